import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseFormat } from '../../src/drafting/model-format.js';
import { startHarness, type Harness } from '../support/harness.js';
import { GOOD_DRAFT, OpenAIStub, type ServerKind } from '../support/openai-stub.js';
import { capturingLog, cardWithDraft, healthOf, metricsOf, ticketFor } from './drafting-support.js';

const KEY = 'sk-test-key-not-real';
const MODEL = 'stub-model';

/** Each documented server ends in a model draft on the card; `auto` finds the format it takes. */
const SERVERS: Array<[ServerKind, ResponseFormat]> = [
  ['openai', 'json_schema'],
  ['deepseek', 'json_object'],
  ['json-mode-fenced', 'json_object'],
  ['ollama', 'json_schema'],
  ['vllm', 'json_schema'],
];

describe.each(SERVERS)('drafting against a %s server', (server, format) => {
  const stub = new OpenAIStub({ server, apiKey: KEY, models: [MODEL] });
  const { log, lines } = capturingLog();
  let h: Harness;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: stub.url, OPENAI_MODEL: MODEL, DRAFT_TIMEOUT: '5s' },
      log,
    });
    expect(await h.app.model!.ready()).toMatchObject({ ok: true, format });
    await h.link();
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  it(`puts a model draft on the card, asked for as ${format}, and the log and /healthz say so`, async () => {
    const { ts } = await h.customerSays('Calls keep dropping in Singapore since this morning', { user: 'UCUSTSRV1' });
    const ticket = await ticketFor(h, ts);
    const { card, draft } = await cardWithDraft(h, ticket.id);
    expect(draft).toMatchObject({ source: 'model', fallbackReason: null, reply: GOOD_DRAFT.reply });
    expect(JSON.stringify(card.blocks)).toContain('drafted by the model');
    expect(stub.draftRequests().at(-1)!.response_format?.type).toBe(format);

    const chosen = lines.filter((l) => l.msg === 'model response format chosen');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ response_format: format, setting: 'auto' });
    expect(lines.find((l) => l.msg === 'model endpoint checked')).toMatchObject({ response_format: format });
    expect(await healthOf(h)).toMatchObject({ status: 'ok', model: 'ok', model_response_format: format });
    const metrics = await metricsOf(h);
    expect(metrics).toContain('complaint_desk_model_up 1');
    expect(metrics).toContain('complaint_desk_model_probes_total{outcome="ok"} 1');
  });
});
