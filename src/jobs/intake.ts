import { z } from 'zod';
import { ATTACHMENT_KINDS } from '../domain/attachments.js';
import { receiveDeletion, receiveEdit, receiveMessage, tsToDate } from '../services/intake.js';
import type { JobHandler } from './context.js';

const message = z.object({
  channelId: z.string(),
  ts: z.string(),
  threadTs: z.string().optional(),
  userId: z.string(),
  authorTeamId: z.string().optional(),
  homeTeamId: z.string().optional(),
  sharedChannel: z.boolean(),
  text: z.string(),
  attachments: z.array(z.object({ kind: z.enum(ATTACHMENT_KINDS), name: z.string().optional() })).optional(),
  eventId: z.string().optional(),
});

/** A stored message event becomes a ticket, a burst addition, or a reply. */
export const intakeMessage: JobHandler = async (job, deps) => {
  const { eventId, ...incoming } = message.parse(job.payload);
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
};

export const intakeEdit: JobHandler = async (job, deps) => {
  const p = z
    .object({ channelId: z.string(), ts: z.string(), text: z.string(), editTs: z.string() })
    .parse(job.payload);
  return {
    changed: await receiveEdit(deps, { channelId: p.channelId, ts: p.ts, text: p.text, at: tsToDate(p.editTs) }),
  };
};

export const intakeDeletion: JobHandler = async (job, deps) => {
  const p = z.object({ channelId: z.string(), ts: z.string(), deleteTs: z.string() }).parse(job.payload);
  return { changed: await receiveDeletion(deps, { channelId: p.channelId, ts: p.ts, at: tsToDate(p.deleteTs) }) };
};
