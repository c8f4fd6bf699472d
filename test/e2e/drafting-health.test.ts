import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPLY_LENGTH } from '../../src/domain/message-text.js';
import { startHarness, type Harness } from '../support/harness.js';
import { OpenAIStub } from '../support/openai-stub.js';
import { cardWithDraft, healthOf, metricsOf, ticketFor } from './drafting-support.js';

const KEY = 'sk-test-key-not-real';

describe('a model reply too long for our limits', () => {
  const stub = new OpenAIStub({ server: 'openai' });
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({ env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: stub.url } });
    await h.app.model!.ready();
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  it('is shortened at a sentence end and stays the model draft', async () => {
    stub.mode = 'too_long';
    const { ts } = await h.customerSays('Calls drop every few minutes', { user: 'UCUSTLONG' });
    const ticket = await ticketFor(h, ts);
    const { draft } = await cardWithDraft(h, ticket.id);
    expect(draft.source).toBe('model');
    expect(draft.reply.length).toBeLessThanOrEqual(MAX_REPLY_LENGTH);
    expect(draft.reply.length).toBeGreaterThan(MAX_REPLY_LENGTH / 2);
    expect(draft.reply.endsWith('again soon.')).toBe(true);
  });
});

describe('a model endpoint that goes down', () => {
  const stub = new OpenAIStub({ server: 'vllm' });
  let clock = Date.now();
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: stub.url, DRAFT_TIMEOUT: '2s' },
      now: () => new Date(clock),
      modelBreaker: { failureThreshold: 2, openForMs: 60_000, maxOpenForMs: 120_000 },
    });
    await h.app.model!.ready();
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  async function draftFor(user: string, text: string) {
    const { ts } = await h.customerSays(text, { user });
    const ticket = await ticketFor(h, ts);
    return cardWithDraft(h, ticket.id);
  }

  it('stops calling it after repeated failures, says why on the card and /healthz, and comes back', async () => {
    stub.mode = 'error500';
    for (const [i, user] of ['UCUSTDN01', 'UCUSTDN02'].entries()) {
      const { draft } = await draftFor(user, `Video freezes all the time (${i})`);
      expect(draft).toMatchObject({ source: 'rules', fallbackReason: 'the model endpoint answered HTTP 500' });
    }
    const calls = stub.requests.length;
    const { card, draft } = await draftFor('UCUSTDN03', 'Cannot join any room');
    expect(draft.source).toBe('rules');
    expect(draft.fallbackReason).toMatch(
      /^model unavailable since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(the model endpoint answered HTTP 500\)$/,
    );
    expect(JSON.stringify(card.blocks)).toContain('model unavailable since');
    expect(stub.requests.length).toBe(calls); // the open circuit did not call the model
    expect(String((await healthOf(h)).model)).toMatch(/^degraded \(unavailable since .* UTC: the model endpoint/);
    const metrics = await metricsOf(h);
    expect(metrics).toContain('complaint_desk_model_circuit_open 1');
    expect(metrics).toContain('complaint_desk_model_circuit_opened_total 1');

    // A minute later the circuit is half-open: the next draft probes first, and the model is back.
    stub.mode = 'good';
    clock += 61_000;
    const back = await draftFor('UCUSTDN04', 'Echo in every call');
    expect(back.draft).toMatchObject({ source: 'model', fallbackReason: null });
    expect(await healthOf(h)).toMatchObject({ model: 'ok' });
    expect(await metricsOf(h)).toContain('complaint_desk_model_circuit_open 0');
  });
});
