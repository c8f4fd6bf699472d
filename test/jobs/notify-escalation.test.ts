import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerChannel, SlaClock, Ticket } from '../../src/db/schema/index.js';
import { RetryLaterError } from '../../src/errors.js';
import { notifyEscalationJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { CHANNEL, ENGINEER, LEAD, NOW, TRIAGE, claimed, jobDeps, redelivered, ticket, useSlack } from './fakes.js';

const CARD_TS = '1772445000.000007';
const state = vi.hoisted(() => ({
  clock: undefined as SlaClock | undefined,
  ticket: undefined as Ticket | undefined,
  channel: undefined as CustomerChannel | undefined,
}));
vi.mock('../../src/db/queries/sla-clocks.js', () => ({ findClock: vi.fn(async () => state.clock) }));
vi.mock('../../src/db/queries/tickets.js', () => ({ findTicket: vi.fn(async () => state.ticket) }));
vi.mock('../../src/db/queries/customer-channels.js', () => ({
  findCustomerChannel: vi.fn(async () => state.channel),
}));

function clock(overrides: Partial<SlaClock> = {}): SlaClock {
  return {
    id: 5,
    ticketId: 7,
    kind: 'first_response',
    cycle: 0,
    state: 'running',
    startedAt: new Date(NOW.getTime() - 40 * 60_000),
    targetMs: 30 * 60_000,
    elapsedMs: 0,
    runningSince: null,
    dueAt: new Date(NOW.getTime() - 10 * 60_000),
    stage: 1,
    nextFireAt: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    stoppedAt: null,
    breachedAt: null,
    ...overrides,
  } as SlaClock;
}

describe('the escalation.notify job', () => {
  const env = useSlack();
  beforeEach(() => {
    state.clock = clock();
    state.ticket = ticket({ triageTs: CARD_TS });
    state.channel = { channelId: CHANNEL, engineerUserId: ENGINEER } as CustomerChannel;
  });

  it('pings the paired engineer in the card’s thread at the breach, once', async () => {
    const row = claimed(notifyEscalationJob, { clockId: 5, stage: 2, target: 'thread' });
    const result = await runJob(row, jobDeps(env.client));
    const [ping] = env.slack.posts({ channel: TRIAGE, thread_ts: CARD_TS });
    expect(ping!.text).toContain(`<@${ENGINEER}>`);
    expect(result).toEqual({ ts: ping!.ts, found: false });
    expect(await runJob(redelivered(row), jobDeps(env.client))).toMatchObject({ found: true });
    expect(env.slack.posts({ channel: TRIAGE, thread_ts: CARD_TS })).toHaveLength(1);
    expect(env.slack.contractBreaks).toEqual([]);
  });

  it('mentions the ticket’s owner beside the paired engineer', async () => {
    state.ticket = ticket({ triageTs: CARD_TS, assigneeId: 'UAGENT002' });
    await runJob(claimed(notifyEscalationJob, { clockId: 5, stage: 2, target: 'thread' }), jobDeps(env.client));
    const [ping] = env.slack.posts({ channel: TRIAGE, thread_ts: CARD_TS });
    expect(ping!.text).toMatch(new RegExp(`^:rotating_light: <@${ENGINEER}> <@UAGENT002> #7`));
  });

  it('sends the lead a direct message at the last stage', async () => {
    await runJob(claimed(notifyEscalationJob, { clockId: 5, stage: 3, target: 'dm' }), jobDeps(env.client));
    const dm = env.slack.callsOf('chat.postMessage').at(-1)!;
    expect(dm.args.channel).toBe(LEAD);
    expect(env.slack.posts({ channel: TRIAGE })).toEqual([]);
  });

  it('has nothing to ask once the clock was answered or taken', async () => {
    state.clock = clock({ state: 'met' });
    const result = await runJob(
      claimed(notifyEscalationJob, { clockId: 5, stage: 2, target: 'thread' }),
      jobDeps(env.client),
    );
    expect(result).toEqual({ skipped: 'clock met' });
    expect(env.slack.callsOf('chat.postMessage')).toEqual([]);
  });

  it('waits for the card before posting in its thread', async () => {
    state.ticket = ticket({ triageTs: null });
    await expect(
      runJob(claimed(notifyEscalationJob, { clockId: 5, stage: 1, target: 'thread' }), jobDeps(env.client)),
    ).rejects.toBeInstanceOf(RetryLaterError);
  });

  it('keys each stage and place apart, so every ping goes out once', () => {
    const keys = [1, 2, 3].flatMap((stage) =>
      (['thread', 'dm'] as const).map((target) =>
        notifyEscalationJob.keyOf({ clockId: 5, stage: stage as 1 | 2 | 3, target }),
      ),
    );
    expect(new Set(keys).size).toBe(6);
  });
});
