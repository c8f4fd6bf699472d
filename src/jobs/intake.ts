import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../domain/attachments.js';
import { receiveDeletion, receiveEdit, receiveMessage, tsToDate } from '../services/intake.js';
import { defineJob } from './define.js';

/** A message in a channel: the intake of one message is keyed by where it is, so a redelivery adds nothing. */
interface MessagePlace {
  channelId: string;
  ts: string;
}

const messagePayload = z.object({
  channelId: z.string(),
  ts: z.string(),
  threadTs: z.string().optional(),
  userId: z.string(),
  authorTeamId: z.string().optional(),
  homeTeamId: z.string().optional(),
  sharedChannel: z.boolean(),
  text: z.string(),
  attachments: z.array(z.object({ kind: z.enum(ATTACHMENT_KINDS), name: z.string().optional() })).optional(),
  /** The Events API event id, logged with the outcome so a request can be followed into its job. */
  eventId: z.string().optional(),
});

/** A stored message event becomes a ticket, a burst addition, or a reply. */
export const intakeMessageJob = defineJob({
  name: 'intake.message',
  payload: messagePayload,
  key: { once: (m: MessagePlace) => `intake:${m.channelId}:${m.ts}` },
  priority: 'intake',
  async run({ eventId, ...incoming }, _job, deps) {
    const outcome = await receiveMessage(deps, incoming);
    const level = outcome.kind === 'opened' ? 'info' : 'debug';
    deps.log[level]('message handled', {
      request_id: eventId,
      outcome: outcome.kind,
      channel: incoming.channelId,
      ts: incoming.ts,
      ...('ticketId' in outcome ? { ticket_id: outcome.ticketId } : {}),
    });
    return outcome;
  },
});

/** The customer edited a message we took in (or are taking in). */
export const intakeEditJob = defineJob({
  name: 'intake.edit',
  payload: z.object({ channelId: z.string(), ts: z.string(), text: z.string(), editTs: z.string() }),
  // Every edit of a message is its own work: the key holds the edit's time too.
  key: { once: (e) => `edit:${e.channelId}:${e.ts}:${e.editTs}` },
  priority: 'intake',
  async run(p, _job, deps) {
    const at = tsToDate(p.editTs);
    return { changed: await receiveEdit(deps, { channelId: p.channelId, ts: p.ts, text: p.text, at }) };
  },
});

/** The customer deleted a message we took in (or are taking in). */
export const intakeDeletionJob = defineJob({
  name: 'intake.delete',
  payload: z.object({ channelId: z.string(), ts: z.string(), deleteTs: z.string() }),
  key: { once: (d: MessagePlace) => `delete:${d.channelId}:${d.ts}` },
  priority: 'intake',
  async run(p, _job, deps) {
    return { changed: await receiveDeletion(deps, { channelId: p.channelId, ts: p.ts, at: tsToDate(p.deleteTs) }) };
  },
});
