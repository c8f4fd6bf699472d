import type { Executor } from '../db/client.js';
import { enqueueJob, enqueueJobs } from '../db/queries/outbox.js';

/** Every kind of outbox work, with the keys that make it once-only or coalesced. */
export const JOB = {
  intakeMessage: 'intake.message',
  intakeEdit: 'intake.edit',
  intakeDeletion: 'intake.delete',
  postReceipt: 'receipt.post',
  syncCard: 'card.sync',
  openFromReaction: 'ticket.open_from_reaction',
  makeDraft: 'draft.make',
  sendReply: 'reply.send',
  notifyEscalation: 'escalation.notify',
  postClosing: 'closing.post',
  setStatusReaction: 'reaction.status',
  postReport: 'report.post',
  uploadChart: 'report.chart',
  checkIncident: 'incident.check',
  postIncident: 'incident.post',
} as const;

export const jobs = {
  /** Everything a new ticket needs, in two statements (once-only work, then coalesced work). */
  newTicket: (db: Executor, ticketId: number) =>
    enqueueJobs(db, [
      { kind: JOB.postReceipt, payload: { ticketId }, onceKey: `receipt:${ticketId}` },
      { kind: JOB.checkIncident, payload: { ticketId }, onceKey: `incident-check:${ticketId}` },
      { kind: JOB.syncCard, payload: { ticketId }, coalesceKey: `card:${ticketId}` },
      { kind: JOB.makeDraft, payload: { ticketId, reason: 'new ticket' }, coalesceKey: `draft:${ticketId}` },
      { kind: JOB.setStatusReaction, payload: { ticketId }, coalesceKey: `reaction:${ticketId}` },
    ]),
  syncCard: (db: Executor, ticketId: number) =>
    enqueueJob(db, { kind: JOB.syncCard, payload: { ticketId }, coalesceKey: `card:${ticketId}` }),
  makeDraft: (db: Executor, ticketId: number, reason: string) =>
    enqueueJob(db, { kind: JOB.makeDraft, payload: { ticketId, reason }, coalesceKey: `draft:${ticketId}` }),
  sendReply: (db: Executor, draftId: number) =>
    enqueueJob(db, { kind: JOB.sendReply, payload: { draftId }, onceKey: `send:${draftId}` }),
  openFromReaction: (db: Executor, p: { channelId: string; ts: string; userId: string }) =>
    enqueueJob(db, { kind: JOB.openFromReaction, payload: p, onceKey: `reaction:${p.channelId}:${p.ts}` }),
  notifyEscalation: (db: Executor, p: { clockId: number; stage: number; target: 'thread' | 'dm' }) =>
    enqueueJob(db, {
      kind: JOB.notifyEscalation,
      payload: p,
      onceKey: `escalation:${p.clockId}:${p.stage}:${p.target}`,
    }),
  postClosing: (db: Executor, p: { ticketId: number; resolvedAt: string }) =>
    enqueueJob(db, { kind: JOB.postClosing, payload: p, onceKey: `closing:${p.ticketId}:${p.resolvedAt}` }),
  setStatusReaction: (db: Executor, ticketId: number) =>
    enqueueJob(db, { kind: JOB.setStatusReaction, payload: { ticketId }, coalesceKey: `reaction:${ticketId}` }),
};
