import { type PayloadOf, postReceiptJob } from '../queue/jobs.js';
import type { Handler } from './context.js';
import { receiveDeletion, receiveEdit, receiveMessage, tsToDate } from '../services/intake.js';

/** A stored message event becomes a ticket, a burst addition, or a reply. */
export const takeInMessage: Handler<PayloadOf<'intake.message'>> = async ({ eventId, ...incoming }, _job, deps) => {
  const outcome = await receiveMessage(deps, incoming);
  const level = outcome.kind === 'opened' ? 'info' : 'debug';
  deps.log[level]('message handled', {
    request_id: eventId,
    outcome: outcome.kind,
    channel: incoming.channelId,
    ts: incoming.ts,
    ...('ticketId' in outcome ? { ticket_id: outcome.ticketId } : {}),
  });
  // The customer waits for the receipt: it goes out right after the ticket is stored, not behind the burst.
  if (outcome.kind === 'opened') return { ...outcome, followedBy: [postReceiptJob.keyOf(outcome)] };
  return outcome;
};

/** The customer edited a message we took in (or are taking in). */
export const takeInEdit: Handler<PayloadOf<'intake.edit'>> = async (p, _job, deps) => {
  const at = tsToDate(p.editTs);
  return { changed: await receiveEdit(deps, { channelId: p.channelId, ts: p.ts, text: p.text, at }) };
};

/** The customer deleted a message we took in (or are taking in). */
export const takeInDeletion: Handler<PayloadOf<'intake.delete'>> = async (p, _job, deps) => {
  return { changed: await receiveDeletion(deps, { channelId: p.channelId, ts: p.ts, at: tsToDate(p.deleteTs) }) };
};
