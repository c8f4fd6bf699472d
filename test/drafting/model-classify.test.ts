import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ModelClassifier } from '../../src/drafting/model-classify.js';
import { StructuredModelClient } from '../../src/drafting/model-client.js';
import { ResponseFormatMemory } from '../../src/drafting/model-format.js';
import { openAiStrictProblem } from '../support/openai-stub-servers.js';
import { silentLog } from '../../src/logger.js';
import { GOOD_CLASSIFICATION, OpenAIStub } from '../support/openai-stub.js';

describe('ModelClassifier', () => {
  const stub = new OpenAIStub({ server: 'openai' });
  let classifier: ModelClassifier;
  beforeAll(async () => {
    const url = await stub.start();
    const endpoint = {
      apiKey: 'sk-test',
      baseURL: url,
      model: 'stub',
      timeoutMs: 2000,
      responseFormat: 'auto' as const,
    };
    const client = new StructuredModelClient(endpoint, new ResponseFormatMemory(silentLog), silentLog, {
      maxRetries: 0,
    });
    classifier = new ModelClassifier(client, silentLog);
  });
  afterAll(() => stub.stop());
  beforeEach(() => {
    stub.mode = 'good';
    stub.classification = GOOD_CLASSIFICATION;
    stub.requests.length = 0;
  });

  it('classifies the redacted complaint with a strict schema, keeping the facts already known', async () => {
    stub.classification = {
      ...GOOD_CLASSIFICATION,
      category: 'crash',
      urgent: true,
      facts: { ...GOOD_CLASSIFICATION.facts, device: 'iPhone 15', region: 'Jakarta' },
    };
    const outcome = await classifier.classify({
      ticketId: 7,
      text: 'Aplikasi keluar sendiri saat siaran langsung. Hubungi saya di budi@contoh.co.id',
      facts: { region: 'Surabaya' },
    });
    expect(outcome).toEqual({
      ok: true,
      category: 'crash',
      urgent: true,
      confidence: 0.9,
      facts: { region: 'Surabaya', device: 'iPhone 15' },
    });
    const [sent] = stub.classificationRequests();
    expect(JSON.stringify(sent)).not.toContain('budi@contoh.co.id');
    expect(sent!.messages[1].content).toContain('[email]');
    expect(sent!.response_format.type).toBe('json_schema');
    expect(openAiStrictProblem(sent!.response_format.json_schema.schema)).toBeUndefined();
  });

  it.each([
    ['error500', 'HTTP 500'],
    ['invalid_json', 'not JSON'],
  ] as const)('leaves the rules to decide when the model answers %s', async (mode, reason) => {
    stub.mode = mode;
    const outcome = await classifier.classify({ ticketId: 8, text: 'calls drop', facts: {} });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok === false && outcome.detail).toContain(reason);
  });

  it('refuses a category outside the table', async () => {
    stub.classification = { ...GOOD_CLASSIFICATION, category: 'billing' };
    const outcome = await classifier.classify({ ticketId: 9, text: 'calls drop', facts: {} });
    expect(outcome).toMatchObject({ ok: false, detail: expect.stringContaining('category') });
  });
});
