import type { PayloadOf } from '../queue/jobs.js';
import { makeDraft } from '../services/drafts.js';
import { qualityForDraft } from '../services/quality.js';
import { classifyWithModel, translateCustomerMessages } from '../services/translation.js';
import type { Handler } from './context.js';

/**
 * A reply drafted for the agent to review (the model, or the built-in drafter when it cannot help). Asked
 * for again while one is waiting, it runs once more on the newest state of the ticket.
 */
export const makeDraftForTicket: Handler<PayloadOf<'draft.make'>> = async ({ ticketId }, _job, deps) => {
  // With a model: its classification of a new ticket first (the draft follows it), and the customer's words
  // translated for the card. Both are model calls, which is why they run here, in the model lane.
  await classifyWithModel(deps, { ticketId });
  await translateCustomerMessages(deps, { ticketId });
  const quality = await qualityForDraft(deps, ticketId);
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
