import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../src/db/schema/index.js';
import { RetryLaterError } from '../../src/errors.js';
import { runJob } from '../../src/jobs/registry.js';
import { notifyChurnJob } from '../../src/queue/jobs.js';
import { CHANNEL, LEAD, TRIAGE, claimed, jobDeps, redelivered, ticket, useSlack } from './fakes.js';

const CARD_TS = '1772445000.000009';
const state = vi.hoisted(() => ({ ticket: undefined as Ticket | undefined }));
vi.mock('../../src/db/queries/tickets.js', () => ({ findTicket: vi.fn(async () => state.ticket) }));

describe('the churn.notify job', () => {
  const env = useSlack();
  beforeEach(() => {
    state.ticket = ticket({
      triageTs: CARD_TS,
      priority: 'urgent',
      churnSignals: ['switching to another provider', '<!channel> refund'],
    });
  });

  it('tells the lead once, in the card’s thread, quoting the words escaped', async () => {
    const row = claimed(notifyChurnJob, { ticketId: 7 });
    const result = await runJob(row, jobDeps(env.client));
    const [post] = env.slack.posts({ channel: TRIAGE, thread_ts: CARD_TS });
    expect(post!.text).toContain(`<@${LEAD}>`);
    expect(post!.text).toContain(`#7 in <#${CHANNEL}>`);
    expect(post!.text).toContain('switching to another provider');
    expect(post!.text).toContain('Urgent');
    expect(post!.text).not.toContain('<!channel>');
    expect(result).toEqual({ ts: post!.ts, found: false });
    expect(await runJob(redelivered(row), jobDeps(env.client))).toMatchObject({ found: true });
    expect(env.slack.posts({ channel: TRIAGE, thread_ts: CARD_TS })).toHaveLength(1);
    expect(env.slack.contractBreaks).toEqual([]);
  });

  it('waits for the card, and is keyed once per ticket', async () => {
    state.ticket = ticket({ triageTs: null, churnSignals: ['urgent'] });
    await expect(runJob(claimed(notifyChurnJob, { ticketId: 7 }), jobDeps(env.client))).rejects.toThrow(
      RetryLaterError,
    );
    expect(notifyChurnJob.item({ ticketId: 7 })).toMatchObject({ onceKey: 'churn:7' });
  });
});
