import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../src/db/schema/index.js';
import { syncCardJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import type { CardModel } from '../../src/views/triage-card.js';
import { claimed, customerMessage, jobDeps, NOW, redelivered, TRIAGE, ticket, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({ model: undefined as CardModel | undefined }));
vi.mock('../../src/services/card.js', async (original) => ({
  ...(await original()),
  loadCardModel: vi.fn(async () => state.model),
}));
vi.mock('../../src/db/queries/tickets.js', () => ({ updateTicket: vi.fn(async () => {}) }));
// A posted card brings forward the escalation steps that waited for it: none here.
vi.mock('../../src/db/queries/sla-clocks.js', async (original) => ({
  ...(await original()),
  clocksOfTicket: vi.fn(async () => []),
}));
const { updateTicket } = await import('../../src/db/queries/tickets.js');

function model(overrides: Partial<Ticket> = {}): CardModel {
  return {
    ticket: ticket(overrides),
    conversation: [customerMessage()],
    history: [],
    language: 'en',
    now: NOW,
  };
}

describe('the card.sync job', () => {
  const env = useSlack();
  beforeEach(() => {
    vi.mocked(updateTicket).mockClear();
  });

  it('posts the card in the triage channel the first time and remembers where', async () => {
    state.model = model();
    const result = await runJob(claimed(syncCardJob, { ticketId: 7 }), jobDeps(env.client));
    const [card] = env.slack.posts({ channel: TRIAGE });
    expect(card!.text).toContain('#7');
    expect(card!.blocks?.length).toBeGreaterThan(0);
    expect(updateTicket).toHaveBeenCalledWith(expect.anything(), { ticketId: 7, changes: { triageTs: card!.ts } });
    expect(result).toEqual({ ts: card!.ts, found: false });
    expect(env.slack.contractBreaks).toEqual([]);
  });

  it('posts one card even when run again after an attempt whose outcome was not known', async () => {
    state.model = model();
    const row = claimed(syncCardJob, { ticketId: 7 });
    await runJob(row, jobDeps(env.client));
    const again = await runJob(redelivered(row), jobDeps(env.client));
    expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
    expect(again).toMatchObject({ found: true });
  });

  it('updates the posted card in place after that', async () => {
    state.model = model();
    await runJob(claimed(syncCardJob, { ticketId: 7 }), jobDeps(env.client));
    const [card] = env.slack.posts({ channel: TRIAGE });
    state.model = model({ triageTs: card!.ts, status: 'resolved' });
    const result = await runJob(claimed(syncCardJob, { ticketId: 7 }, { id: 42 }), jobDeps(env.client));
    expect(result).toEqual({ ts: card!.ts });
    expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
    expect(env.slack.callsOf('chat.update').at(-1)!.args).toMatchObject({ channel: TRIAGE, ts: card!.ts });
    expect(card!.edited).toBe(true);
  });

  it('does nothing for a ticket that is gone', async () => {
    state.model = undefined;
    expect(await runJob(claimed(syncCardJob, { ticketId: 7 }), jobDeps(env.client))).toEqual({
      skipped: 'no ticket',
    });
    expect(env.slack.posts()).toEqual([]);
  });
});
