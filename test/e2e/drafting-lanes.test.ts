import { and, eq, lte } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, outbox } from '../../src/db/schema/index.js';
import { makeDraftJob } from '../../src/queue/jobs.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { OpenAIStub } from '../support/openai-stub.js';
import { cardWithDraft, healthOf, metricsOf, ticketFor } from './drafting-support.js';

const KEY = 'sk-test-key-not-real';
const OTHER_CHANNEL = 'CCUST0002';

/** Sends a complaint and returns how long its receipt (a post in its thread) took to appear. */
async function receiptDelay(h: Harness, channel: string, user: string, text: string) {
  const sent = Date.now();
  const { ts } = await h.customerSays(text, { channel, user, wait: false });
  const receipt = await h.emulator.waitFor(() => h.emulator.posts({ channel, thread_ts: ts })[0], 5000, 'receipt');
  return { ts, ms: Date.now() - sent, receipt };
}

describe('a model that never answers', () => {
  const stub = new OpenAIStub({ server: 'vllm' });
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: stub.url, DRAFT_TIMEOUT: '4s', MODEL_CONCURRENCY: '1' },
    });
    await h.app.model!.ready();
    await h.link();
    await h.link(OTHER_CHANNEL);
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  it("holds up only drafts: another customer's receipt and card come within 2 s", async () => {
    stub.mode = 'hang';
    const first = await h.customerSays('Calls drop every few minutes', { user: 'UCUSTHANG1' });
    const firstTicket = await ticketFor(h, first.ts);
    await eventually(() => stub.draftRequests().length === 1 || undefined, 5000, 'the first draft asked for');

    const hangingSince = Date.now();
    const second = await receiptDelay(h, OTHER_CHANNEL, 'UCUSTHANG2', 'Video freezes in every meeting');
    expect(second.ms).toBeLessThan(2000);
    const secondTicket = await ticketFor(h, second.ts);
    expect(second.receipt.text).toContain(`#${secondTicket.id}`);
    await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${secondTicket.id} `)),
      Math.max(0, 2000 - (Date.now() - hangingSince)),
      'card of the second ticket',
    );
    // All of that while the first draft was still waiting on the model.
    expect(Date.now() - hangingSince).toBeLessThan(4000);
    const [firstDraft] = await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, firstTicket.id));
    expect(firstDraft).toBeUndefined();
    expect(stub.draftRequests()).toHaveLength(1); // one slot: the second draft waits its turn

    // At the deadline the first falls back to the built-in drafter, and the second draft gets its turn.
    const { draft } = await cardWithDraft(h, firstTicket.id);
    expect(draft).toMatchObject({ source: 'rules' });
    expect(draft.fallbackReason).toMatch(/did not answer in time \(4 s\)/);
    await eventually(() => stub.draftRequests().length === 2 || undefined, 5000, 'the second draft asked for');
  }, 30_000);
});

describe('a model endpoint that refuses connections', () => {
  const stub = new OpenAIStub({ server: 'vllm' });
  let h: Harness;
  beforeAll(async () => {
    // A port that was just listening and no longer is: connections are refused.
    await stub.start();
    await stub.stop();
    h = await startHarness({
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: stub.url, DRAFT_TIMEOUT: '2s' },
      modelBreaker: { failureThreshold: 2, openForMs: 60_000, maxOpenForMs: 120_000 },
    });
    await h.app.model!.ready();
    await h.link();
    await h.link(OTHER_CHANNEL);
  });
  afterAll(async () => {
    await h.stop();
  });

  it('lets nothing pile up: receipts come at once, drafts are built in, the breaker opens, the outbox ' +
    'drains', async () => {
    const started = Date.now();
    const sent = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        receiptDelay(h, i % 2 ? OTHER_CHANNEL : PEOPLE.customerChannel, `UCUSTDOWN${i}`, `Audio cuts out (${i})`),
      ),
    );
    for (const s of sent) {
      const ticket = await ticketFor(h, s.ts);
      const { draft } = await cardWithDraft(h, ticket.id);
      expect(draft.source).toBe('rules');
      expect(draft.fallbackReason).toMatch(/could not be reached|model unavailable since/);
    }
    expect(String((await healthOf(h)).model)).toMatch(/^degraded \(/);
    expect(await metricsOf(h)).toContain('complaint_desk_model_circuit_open 1');
    // Nothing due is left waiting and nothing was given up on; with the circuit open no draft waits for a
    // connection at all, so six tickets take seconds, not a timeout each.
    const due = () =>
      h.app.database.db.$count(outbox, and(eq(outbox.status, 'pending'), lte(outbox.runAt, new Date())));
    await eventually(async () => (await due()) === 0 || undefined, 5000, 'the outbox drained');
    expect(await h.app.database.db.$count(outbox, eq(outbox.status, 'dead'))).toBe(0);
    expect(await h.app.database.db.$count(outbox, eq(outbox.kind, makeDraftJob.name))).toBeGreaterThanOrEqual(6);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);
});
