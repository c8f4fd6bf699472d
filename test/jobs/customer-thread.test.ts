import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { postClosingJob, postReceiptJob, setStatusReactionJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import {
  CHANNEL,
  CUSTOMER,
  claimed,
  customerMessage,
  jobDeps,
  NOW,
  ROOT_TS,
  redelivered,
  ticket,
  useSlack,
} from './fakes.js';

const state = vi.hoisted(() => ({ ticket: undefined as Ticket | undefined }));
vi.mock('../../src/db/queries/tickets.js', () => ({
  findTicket: vi.fn(async () => state.ticket),
  updateTicket: vi.fn(async () => state.ticket),
  receiptSubjectOf: vi.fn(async () =>
    state.ticket
      ? { ticket: state.ticket, firstResponseDueAt: new Date('2026-03-02T10:30:00Z'), rootText: customerMessage().text }
      : undefined,
  ),
}));
vi.mock('../../src/db/queries/ticket-activity.js', () => ({ recordActivity: vi.fn(async () => {}) }));
const { recordActivity } = await import('../../src/db/queries/ticket-activity.js');
const { updateTicket } = await import('../../src/db/queries/tickets.js');

/** Jobs that answer in the customer's own thread: the receipt, the closing message, the status reaction. */
describe('jobs in the customer’s thread', () => {
  const env = useSlack();
  beforeEach(() => {
    env.slack.seedMessage({ channel: CHANNEL, ts: ROOT_TS, text: 'Calls drop', user: CUSTOMER });
    state.ticket = ticket();
    vi.mocked(recordActivity).mockClear();
  });

  describe('receipt.post', () => {
    it('tells the customer their ticket number and when a person answers, once, and records it', async () => {
      const row = claimed(postReceiptJob, { ticketId: 7 });
      const result = await runJob(row, jobDeps(env.client));
      const [receipt] = env.slack.posts({ thread_ts: ROOT_TS });
      expect(receipt!.text).toContain('#7');
      expect(result).toEqual({ ts: receipt!.ts, found: false });
      expect(recordActivity).toHaveBeenCalledWith(expect.anything(), { ticketId: 7, at: NOW, action: 'receipt_sent' });

      expect(await runJob(redelivered(row), jobDeps(env.client))).toMatchObject({ found: true });
      expect(env.slack.posts({ thread_ts: ROOT_TS })).toHaveLength(1);
      expect(env.slack.contractBreaks).toEqual([]);
    });

    it('answers in the ticket’s language', async () => {
      state.ticket = ticket({ language: 'zh' });
      await runJob(claimed(postReceiptJob, { ticketId: 7 }), jobDeps(env.client));
      expect(env.slack.posts({ thread_ts: ROOT_TS })[0]!.text).toContain('工单');
    });
  });

  describe('closing.post', () => {
    const payload = { ticketId: 7, resolvedAt: NOW.toISOString() };

    it('posts the closing message once in the thread of a resolved ticket', async () => {
      state.ticket = ticket({ status: 'resolved', resolvedAt: NOW });
      const row = claimed(postClosingJob, payload);
      const result = await runJob(row, jobDeps(env.client));
      const [closing] = env.slack.posts({ thread_ts: ROOT_TS });
      expect(result).toEqual({ ts: closing!.ts, found: false });
      // Its ts is kept: the rating buttons count only on this message.
      expect(vi.mocked(updateTicket).mock.calls.at(-1)?.[1]).toEqual({
        ticketId: 7,
        changes: { closingTs: closing!.ts },
      });
      expect(await runJob(redelivered(row), jobDeps(env.client))).toMatchObject({ found: true });
      expect(env.slack.posts({ thread_ts: ROOT_TS })).toHaveLength(1);
      expect(env.slack.contractBreaks).toEqual([]);
    });

    it('opens with the note on what happened that the agent approved, escaped', async () => {
      state.ticket = ticket({ status: 'resolved', resolvedAt: NOW });
      const withNote = { ...payload, note: 'It was on our side <!here>.' };
      await runJob(claimed(postClosingJob, withNote), jobDeps(env.client));
      const [closing] = env.slack.posts({ thread_ts: ROOT_TS });
      expect(closing!.text.startsWith('It was on our side &lt;!here&gt;.')).toBe(true);
      expect(env.slack.contractBreaks).toEqual([]);
    });

    it('says nothing when the ticket was reopened before the message went out', async () => {
      state.ticket = ticket({ status: 'waiting_on_us' });
      expect(await runJob(claimed(postClosingJob, payload), jobDeps(env.client))).toEqual({
        skipped: 'reopened before the closing message went out',
      });
      expect(env.slack.posts({ thread_ts: ROOT_TS })).toEqual([]);
    });

    it('keys each resolution apart, so a ticket resolved again is closed again', () => {
      const later = { ticketId: 7, resolvedAt: new Date(NOW.getTime() + 3_600_000).toISOString() };
      expect(postClosingJob.keyOf(later)).not.toBe(postClosingJob.keyOf(payload));
    });
  });

  describe('reaction.status', () => {
    const reactionsOnRoot = () =>
      [...(env.slack.messages.find((m) => m.ts === ROOT_TS)?.reactions.entries() ?? [])]
        .filter(([, who]) => who.size > 0)
        .map(([name]) => name);

    it('shows 👀 while we work on it and swaps it for ✅ once resolved', async () => {
      const deps = jobDeps(env.client);
      expect(await runJob(claimed(setStatusReactionJob, { ticketId: 7 }), deps)).toEqual({
        reaction: IDS.reactions.inProgress,
      });
      expect(reactionsOnRoot()).toEqual([IDS.reactions.inProgress]);
      state.ticket = ticket({ status: 'resolved' });
      await runJob(claimed(setStatusReactionJob, { ticketId: 7 }), deps);
      expect(reactionsOnRoot()).toEqual([IDS.reactions.resolved]);
    });

    it('takes Slack’s “already there” and “not there” answers as done when run again', async () => {
      const row = claimed(setStatusReactionJob, { ticketId: 7 });
      await runJob(row, jobDeps(env.client));
      await runJob(redelivered(row), jobDeps(env.client));
      expect(reactionsOnRoot()).toEqual([IDS.reactions.inProgress]);
      const answers = env.slack.calls.filter((c) => c.method.startsWith('reactions.')).map((c) => c.answer?.error);
      expect(answers).toContain('already_reacted');
      expect(answers).toContain('no_reaction');
    });

    it('passes any other refusal on, to be retried or given up by the worker', async () => {
      env.slack.fail('reactions.add', { error: 'message_not_found' });
      await expect(runJob(claimed(setStatusReactionJob, { ticketId: 7 }), jobDeps(env.client))).rejects.toMatchObject({
        data: { error: 'message_not_found' },
      });
      env.slack.clearFaults();
    });
  });
});
