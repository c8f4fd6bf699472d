import { conversationOf } from '../db/queries/messages.js';
import { findTicket } from '../db/queries/tickets.js';
import type { Ticket } from '../db/schema/index.js';
import { CLOSING_NOTE_MAX, draftClosingNote } from '../domain/closing-note.js';
import { checkResolution, type Resolution } from '../domain/resolution.js';
import { checkTone, hasSerious, type ToneFinding } from '../domain/tone.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { requireAgent } from './authorisation.js';
import { type ClickPlace, requireTicketCard } from './card-place.js';
import type { ServiceDeps } from './deps.js';
import { resolveByAgent } from './ticket-actions.js';

/** The fields of the resolve windows, as errors name them. */
export type ResolveField = 'side' | 'rootCause' | 'fix' | 'closingNote';

export type ResolveOutcome =
  | { kind: 'resolved'; ticket: Ticket }
  | { kind: 'already_resolved'; ticket: Ticket }
  /** The agent asked to tell the customer: here is the drafted note to review; nothing changed yet. */
  | { kind: 'review_note'; ticket: Ticket; resolution: Resolution; note: string; findings: ToneFinding[] }
  /** The note has a serious tone finding: nothing changed until the agent confirms. */
  | { kind: 'needs_confirmation'; ticket: Ticket; resolution: Resolution; note: string; findings: ToneFinding[] };

async function openTicket(deps: ServiceDeps, ticketId: number): Promise<Ticket> {
  const ticket = await findTicket(deps.db, { ticketId });
  if (!ticket) throw new NotFoundError(`Ticket #${ticketId} does not exist.`);
  return ticket;
}

/** The ticket an agent is about to resolve, for the resolve window; a resolved one has nothing left to resolve. */
export async function ticketForResolving(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; on?: ClickPlace },
): Promise<Ticket> {
  await requireAgent(deps, params.agentId, 'resolve tickets');
  const ticket = await openTicket(deps, params.ticketId);
  requireTicketCard(deps.config, ticket, params.on);
  if (ticket.status === 'resolved')
    throw new InvalidInputError(`Ticket #${ticket.id} is already resolved; the card shows how.`);
  return ticket;
}

function checked(input: { side: unknown; rootCause?: string | null; fix?: string | null }): Resolution {
  const result = checkResolution(input);
  if (!result.ok) throw new InvalidInputError(result.message, { field: result.field });
  return result.resolution;
}

function outcomeOf(result: { ticket: Ticket; resolvedNow: boolean }): ResolveOutcome {
  return result.resolvedNow
    ? { kind: 'resolved', ticket: result.ticket }
    : { kind: 'already_resolved', ticket: result.ticket };
}

/**
 * The resolve window's submit. Only the side is required. Without "tell the customer" the ticket is resolved at
 * once; with it, a plain note on what happened is drafted in the customer's language and tone-checked, and comes
 * back for the agent to review: nothing reaches the customer without their OK.
 */
export async function resolveWithCause(
  deps: ServiceDeps,
  params: {
    ticketId: number;
    agentId: string;
    side: unknown;
    rootCause?: string | null;
    fix?: string | null;
    tellCustomer: boolean;
  },
): Promise<ResolveOutcome> {
  await requireAgent(deps, params.agentId, 'resolve tickets');
  const resolution = checked(params);
  if (!params.tellCustomer) {
    return outcomeOf(await resolveByAgent(deps, { ticketId: params.ticketId, agentId: params.agentId, resolution }));
  }
  const ticket = await openTicket(deps, params.ticketId);
  if (ticket.status === 'resolved') return { kind: 'already_resolved', ticket };
  const note = draftClosingNote(resolution, ticket.language);
  const conversation = await conversationOf(deps.db, { ticketId: ticket.id });
  return {
    kind: 'review_note',
    ticket,
    resolution,
    note,
    findings: checkTone(note, { writtenBy: 'drafter', conversation }),
  };
}

/**
 * The note window's submit: the agent's approved (maybe edited) note is tone-checked as their own words; a serious
 * finding needs "send anyway". An emptied note resolves without one.
 */
export async function resolveWithNote(
  deps: ServiceDeps,
  params: {
    ticketId: number;
    agentId: string;
    resolution: { side: unknown; rootCause?: string | null; fix?: string | null };
    note: string;
    sendAnyway: boolean;
  },
): Promise<ResolveOutcome> {
  await requireAgent(deps, params.agentId, 'resolve tickets');
  const resolution = checked(params.resolution);
  const note = params.note.trim();
  if (note.length > CLOSING_NOTE_MAX)
    throw new InvalidInputError(`Keep the note to at most ${CLOSING_NOTE_MAX.toLocaleString('en')} characters.`, {
      field: 'closingNote',
    });
  if (note) {
    const conversation = await conversationOf(deps.db, { ticketId: params.ticketId });
    const findings = checkTone(note, { writtenBy: 'agent', conversation });
    if (hasSerious(findings) && !params.sendAnyway) {
      const ticket = await openTicket(deps, params.ticketId);
      return { kind: 'needs_confirmation', ticket, resolution, note, findings };
    }
  }
  const result = await resolveByAgent(deps, {
    ticketId: params.ticketId,
    agentId: params.agentId,
    resolution,
    closingNote: note || null,
  });
  return outcomeOf(result);
}
