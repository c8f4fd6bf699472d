import type { Executor } from '../db/client.js';
import { similarResolved, type SimilarTicket } from '../db/queries/similar.js';
import type { Ticket } from '../db/schema/index.js';
import type { Facts } from '../domain/facts.js';
import { ticketTerms } from '../domain/similarity.js';

/** Only the customer's own words describe the problem; our replies would make every ticket look alike. */
export function termsOf(conversation: ReadonlyArray<{ role: string; text: string }>, facts: Facts): string[] {
  return ticketTerms({ customerTexts: conversation.filter((m) => m.role === 'customer').map((m) => m.text), facts });
}

/** The resolved tickets most like this one, by its current words and facts. */
export async function similarToTicket(
  db: Executor,
  params: { ticket: Ticket; conversation: ReadonlyArray<{ role: string; text: string; deletedAt?: Date | null }> },
): Promise<SimilarTicket[]> {
  const live = params.conversation.filter((m) => !m.deletedAt);
  return similarResolved(db, {
    category: params.ticket.category,
    terms: termsOf(live, params.ticket.facts),
    excludeTicketId: params.ticket.id,
  });
}
