import { describe, expect, it, vi } from 'vitest';
import type { Executor } from '../../src/db/client.js';
import { InvalidJobPayloadError } from '../../src/queue/define.js';
import {
  intakeMessageJob,
  JOB_PLACEMENTS,
  JOBS,
  makeDraftJob,
  notifyEscalationJob,
  sendReplyJob,
  syncCardJob,
  translateReplyJob,
} from '../../src/queue/jobs.js';
import { someoneWaitsFor } from '../../src/queue/lanes.js';

const outbox = vi.hoisted(() => ({
  enqueueJob: vi.fn(async (_db: unknown, _job: unknown) => true),
  enqueueJobs: vi.fn(async (_db: unknown, _jobs: unknown) => {}),
  jobPending: vi.fn(async (_db: unknown, _key: unknown) => false),
}));
vi.mock('../../src/db/queries/outbox.js', () => outbox);

const db = {} as Executor;

describe('the job contracts', () => {
  it('names each contract by the kind it is stored under, once', () => {
    const names = Object.values(JOBS).map((j) => j.name);
    expect(Object.keys(JOBS)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(JOB_PLACEMENTS.map((p) => p.kind)).toEqual(names);
  });

  it('keys once-only work by what makes it the same work', () => {
    expect(sendReplyJob.item({ draftId: 12 })).toEqual({
      kind: 'reply.send',
      lane: 'default',
      rank: 0,
      payload: { draftId: 12 },
      onceKey: 'send:12',
    });
    const ping = { clockId: 3, stage: 2 as const };
    expect(notifyEscalationJob.keyOf({ ...ping, target: 'thread' })).not.toBe(
      notifyEscalationJob.keyOf({ ...ping, target: 'dm' }),
    );
    // A message's intake key can be asked for with its place alone (a reply checks whether its parent waits).
    expect(intakeMessageJob.keyOf({ channelId: 'C1', ts: '1.2' })).toBe('intake:C1:1.2');
  });

  it('says in each definition where it runs and whether someone waits for it', () => {
    expect(makeDraftJob.lane).toBe('model');
    expect(
      Object.values(JOBS)
        .filter((j) => j.lane === 'model')
        .map((j) => j.name),
      // An answer to a question about the data waits on the model when one reads the question.
    ).toEqual([makeDraftJob.name, translateReplyJob.name, 'ask.answer']);
    expect(someoneWaitsFor(sendReplyJob.item({ draftId: 1 }))).toBe(true);
    expect(someoneWaitsFor(syncCardJob.item({ ticketId: 1 }))).toBe(false);
    const tier = (priority: string) =>
      Object.values(JOBS)
        .filter((j) => j.priority === priority)
        .map((j) => j.name);
    expect(tier('answer')).toEqual([
      'receipt.post',
      'reply.send',
      'reply.translate',
      'escalation.notify',
      'churn.notify',
      'closing.post',
      'incident.post',
      'incident.page',
      'ask.answer',
    ]);
    expect(tier('intake')).toEqual(['intake.message', 'intake.edit', 'intake.delete', 'ticket.open_from_reaction']);
  });

  it('keys coalesced work so that requests while one waits merge into it', () => {
    expect(syncCardJob.item({ ticketId: 5 })).toEqual({
      kind: 'card.sync',
      lane: 'default',
      rank: 2,
      payload: { ticketId: 5 },
      coalesceKey: 'card:5',
    });
    expect(syncCardJob.mode).toBe('coalesce');
  });

  it('queues through the outbox with the job’s key, inside the caller’s transaction', async () => {
    await sendReplyJob.queue(db, { draftId: 9 });
    expect(outbox.enqueueJob).toHaveBeenLastCalledWith(db, {
      kind: 'reply.send',
      lane: 'default',
      rank: 0,
      payload: { draftId: 9 },
      onceKey: 'send:9',
    });
    await intakeMessageJob.pending(db, { channelId: 'C1', ts: '1.2' });
    expect(outbox.jobPending).toHaveBeenLastCalledWith(db, { onceKey: 'intake:C1:1.2' });
    await syncCardJob.pending(db, { ticketId: 5 });
    expect(outbox.jobPending).toHaveBeenLastCalledWith(db, { coalesceKey: 'card:5' });
  });

  it('refuses to queue a payload its schema does not accept, before anything is stored', async () => {
    outbox.enqueueJob.mockClear();
    await expect(sendReplyJob.queue(db, { draftId: 1.5 })).rejects.toBeInstanceOf(InvalidJobPayloadError);
    expect(outbox.enqueueJob).not.toHaveBeenCalled();
  });

  it('turns a stored payload that does not parse into a typed error naming the job and the field', () => {
    const error = (() => {
      try {
        return sendReplyJob.parse({ draftId: 'twelve' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidJobPayloadError);
    expect(error).toMatchObject({ jobName: 'reply.send', problems: [{ path: ['draftId'] }] });
    expect((error as Error).message).toMatch(/^reply\.send: the stored payload is not valid \(draftId: /);
  });

  it('stores every kind exactly as the release before this layout did, so queued work still matches', () => {
    // Each contract's row for a sample payload, as that release wrote it: kind, key, lane and rank.
    const byCategory = { connectivity: 1, av_quality: 0, crash: 0, feature: 0, compatibility: 0, other: 0 };
    const stored: Array<[keyof typeof JOBS, Record<string, unknown>, Record<string, unknown>]> = [
      [
        'intake.message',
        { channelId: 'C1', ts: '1.2', userId: 'U1', sharedChannel: true, text: 'hi' },
        { onceKey: 'intake:C1:1.2', lane: 'default', rank: 1 },
      ],
      [
        'intake.edit',
        { channelId: 'C1', ts: '1.2', text: 'hi', editTs: '1.3' },
        { onceKey: 'edit:C1:1.2:1.3', lane: 'default', rank: 1 },
      ],
      [
        'intake.delete',
        { channelId: 'C1', ts: '1.2', deleteTs: '1.4' },
        { onceKey: 'delete:C1:1.2', lane: 'default', rank: 1 },
      ],
      ['receipt.post', { ticketId: 7 }, { onceKey: 'receipt:7', lane: 'default', rank: 0 }],
      ['incident.check', { ticketId: 7 }, { onceKey: 'incident-check:7', lane: 'default', rank: 2 }],
      ['card.sync', { ticketId: 7 }, { coalesceKey: 'card:7', lane: 'default', rank: 2 }],
      ['draft.make', { ticketId: 7, reason: 'new ticket' }, { coalesceKey: 'draft:7', lane: 'model', rank: 2 }],
      ['reaction.status', { ticketId: 7 }, { coalesceKey: 'reaction:7', lane: 'default', rank: 2 }],
      ['reply.send', { draftId: 12 }, { onceKey: 'send:12', lane: 'default', rank: 0 }],
      // New with translation: a reply written in the agents' language, translated before reply.send.
      [
        'reply.translate',
        { draftId: 12, approvedAt: '2026-12-06T05:00:00.000Z' },
        { onceKey: 'translate-reply:12:2026-12-06T05:00:00.000Z', lane: 'model', rank: 0 },
      ],
      [
        'ticket.open_from_reaction',
        { channelId: 'C1', ts: '1.2', userId: 'U1' },
        { onceKey: 'reaction:C1:1.2', lane: 'default', rank: 1 },
      ],
      [
        'escalation.notify',
        { clockId: 3, stage: 2, target: 'dm' },
        { onceKey: 'escalation:3:2:dm', lane: 'default', rank: 0 },
      ],
      ['closing.post', { ticketId: 7, resolvedAt: 'T' }, { onceKey: 'closing:7:T', lane: 'default', rank: 0 }],
      ['incident.post', { incidentId: 3 }, { coalesceKey: 'incident:3', lane: 'default', rank: 0 }],
      [
        'incident.page',
        { incidentId: 3, userId: 'U1', role: 'engineer' },
        { coalesceKey: 'incident-page:3:U1', lane: 'default', rank: 0 },
      ],
      [
        'report.post',
        { days: 7, requestedBy: null, until: 'T', digest: true },
        { onceKey: 'digest:T', lane: 'default', rank: 2 },
      ],
      [
        'report.chart',
        { until: 'T', threadTs: '9.9', byCategory, daily: [] },
        { onceKey: 'chart:9.9', lane: 'default', rank: 2 },
      ],
      [
        'report.export',
        { days: 7, requestedBy: 'U1', until: 'T' },
        { onceKey: 'export:U1:T', lane: 'default', rank: 2 },
      ],
    ];
    // Every kind that release could have queued is still here (kinds added since have no stored rows to match).
    expect(Object.keys(JOBS)).toEqual(expect.arrayContaining(stored.map(([kind]) => kind)));
    for (const [kind, payload, row] of stored)
      expect((JOBS[kind] as { item(p: unknown): unknown }).item(payload)).toEqual({ kind, payload, ...row });
  });
});
