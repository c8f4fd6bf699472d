import type { PayloadOf } from '../queue/jobs.js';
import { findTicket, updateTicket } from '../db/queries/tickets.js';
import { makeDraft } from '../services/drafts.js';
import { describeQuality } from '../services/quality.js';
import { classifyWithModel, translateCustomerMessages } from '../services/translation.js';
import type { Handler, JobDeps } from './context.js';

/** Measured quality for the ticket's call, if a source is configured and the customer gave an id. */
async function qualityFor(deps: JobDeps, ticketId: number): Promise<string | undefined> {
  if (!deps.quality) return undefined;
  const ticket = await findTicket(deps.db, { ticketId });
  const callId = ticket?.facts.callId;
  if (!ticket || !callId) return undefined;
  try {
    const measured = await deps.quality.lookup(callId);
    if (!measured) return undefined;
    const summary = describeQuality(measured, ticket.language);
    await updateTicket(deps.db, { ticketId, changes: { qualitySummary: describeQuality(measured, 'en') } });
    return summary;
  } catch (error) {
    deps.log.warn('call quality lookup failed; drafting without it', { ticket_id: ticketId, error });
    return undefined;
  }
}

/**
 * A reply drafted for the agent to review (the model, or the built-in drafter when it cannot help). Asked
 * for again while one is waiting, it runs once more on the newest state of the ticket.
 */
export const makeDraftForTicket: Handler<PayloadOf<'draft.make'>> = async ({ ticketId }, _job, deps) => {
  // With a model: its classification of a new ticket first (the draft follows it), and the customer's words
  // translated for the card. Both are model calls, which is why they run here, in the model lane.
  await classifyWithModel(deps, { ticketId });
  await translateCustomerMessages(deps, { ticketId });
  const quality = await qualityFor(deps, ticketId);
  const started = performance.now();
  const draft = await makeDraft(deps, { ticketId, quality });
  if (!draft) return { skipped: 'ticket not waiting on us' };
  deps.metrics?.draftSeconds.observe({ source: draft.source }, (performance.now() - started) / 1000);
  if (draft.fallbackReason) deps.metrics?.draftFallbacks.inc({ reason: draft.fallbackReason });
  deps.log.info('draft ready', {
    ticket_id: ticketId,
    draft_id: draft.id,
    source: draft.source,
    fallback: draft.fallbackReason ?? undefined,
  });
  return { draftId: draft.id, source: draft.source };
};
