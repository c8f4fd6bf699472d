import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOutputSchema } from '../../src/drafting/drafter.js';
import { ModelCallError, StructuredModelClient } from '../../src/drafting/model-client.js';
import type { ResponseFormatSetting } from '../../src/config.js';
import {
  endpointKey,
  formatsToTry,
  isResponseFormatRefusal,
  ResponseFormatMemory,
} from '../../src/drafting/model-format.js';
import { limitsInWords, strictJsonSchema } from '../../src/drafting/model-schema.js';
import { createLog } from '../../src/logger.js';
import { GOOD_DRAFT, OpenAIStub, type ServerKind } from '../support/openai-stub.js';

const request = {
  name: 'support_draft',
  schema: strictJsonSchema(draftOutputSchema),
  limits: limitsInWords(draftOutputSchema),
  system: 'You draft replies for a support team.',
  user: 'Calls keep dropping.',
};

function capturingLog() {
  const lines: Array<Record<string, any>> = [];
  return { lines, log: createLog('debug', {}, (line) => lines.push(JSON.parse(line))) };
}

describe('which 400s mean "not this response format"', () => {
  it.each([
    [
      'OpenAI strict schema',
      400,
      {
        message:
          "Invalid schema for response_format 'x': In context=('properties', 'reply'), 'maxLength' is not permitted.",
        param: 'response_format',
      },
    ],
    [
      'OpenAI model without json_schema',
      400,
      {
        message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        param: null,
      },
    ],
    ['DeepSeek', 400, { message: 'This response_format type is unavailable now', param: null }],
    [
      'DeepSeek, earlier',
      422,
      {
        message:
          'Failed to deserialize the JSON body into the target type: response_format: response_format.type ' +
          '`json_schema` is unavailable now',
      },
    ],
    [
      'a JSON-mode-only server',
      400,
      {
        message: 'invalid value: `json_schema`, supported values are: `json_object` and `text`.',
        param: 'response_format.type',
      },
    ],
  ])('%s', (_name, status, error) => {
    expect(isResponseFormatRefusal({ status, error })).toBe(true);
  });

  it.each([
    ['a bad key', 401, { message: 'Incorrect API key provided', param: null }],
    ['an unknown model', 404, { message: 'The model `x` does not exist', param: null }],
    ['a server error', 500, { message: 'response_format handler crashed' }],
    ['another bad request', 400, { message: "'temperature' must be below 2", param: 'temperature' }],
  ])('not %s', (_name, status, error) => {
    expect(isResponseFormatRefusal({ status, error })).toBe(false);
  });

  it('auto starts from what the endpoint took last; a fixed setting tries only itself', () => {
    expect(formatsToTry('auto')).toEqual(['json_schema', 'json_object', 'none']);
    expect(formatsToTry('auto', 'json_object')).toEqual(['json_object', 'none']);
    expect(formatsToTry('json_schema', 'none')).toEqual(['json_schema']);
  });
});

describe('asking each server for JSON', () => {
  const stubs = new Map<ServerKind, OpenAIStub>();
  beforeAll(async () => {
    for (const server of ['openai', 'deepseek', 'json-mode-fenced', 'ollama', 'vllm'] as const) {
      const stub = new OpenAIStub({ server });
      await stub.start();
      stubs.set(server, stub);
    }
  });
  afterAll(async () => {
    for (const stub of stubs.values()) await stub.stop();
  });

  function clientFor(server: ServerKind, setting: ResponseFormatSetting = 'auto') {
    const { lines, log } = capturingLog();
    const stub = stubs.get(server)!;
    stub.requests.length = 0;
    stub.statuses.length = 0;
    const endpoint = { apiKey: 'sk-test', baseURL: stub.url, model: 'm', timeoutMs: 2000, responseFormat: setting };
    return { stub, lines, client: new StructuredModelClient(endpoint, new ResponseFormatMemory(log), log) };
  }

  it.each([
    ['openai', 'json_schema', [200]],
    ['ollama', 'json_schema', [200]],
    ['vllm', 'json_schema', [200]],
    ['deepseek', 'json_object', [400, 200]],
    ['json-mode-fenced', 'json_object', [400, 200]],
  ] as const)('%s: auto settles on %s, logs it once and starts there next time', async (server, format, statuses) => {
    const { stub, lines, client } = clientFor(server);
    const first = await client.request(request);
    expect(first).toEqual({ value: GOOD_DRAFT, format });
    expect(stub.statuses).toEqual(statuses);
    const second = await client.request(request);
    expect(second.format).toBe(format);
    expect(stub.statuses).toEqual([...statuses, 200]);
    expect(stub.requests.at(-1)!.response_format.type).toBe(format);
    const chosen = lines.filter((l) => l.msg === 'model response format chosen');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ response_format: format, setting: 'auto', endpoint: endpointKey(stub.url, 'm') });
    if (statuses.length > 1) expect(chosen[0]!.refused[0]).toMatch(/^json_schema: /);
  });

  it('json_object: describes the schema and says "json", as DeepSeek and Qwen require', async () => {
    const { stub, client } = clientFor('deepseek', 'json_object');
    await client.request(request);
    const system = stub.requests[0]!.messages[0].content as string;
    expect(system).toContain('JSON Schema');
    expect(system).toMatch(/\bjson\b/);
    expect(system).toContain('"additionalProperties":false');
    expect(system).toMatch(/reply: at most \d+ characters/);
  });

  it.each([
    ['deepseek', "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'."],
    ['openai', "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'."],
  ] as const)('%s refuses JSON mode when no message says json, as documented', async (server, message) => {
    const { stub } = clientFor(server);
    const res = await fetch(`${stub.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify({
        model: 'm',
        response_format: { type: 'json_object' },
        messages: [{ role: 'user', content: 'Draft a reply.' }],
      }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(message);
  });

  it('none: no response_format at all, and the JSON is read out of the prose and fence around it', async () => {
    const { stub, client } = clientFor('openai', 'none');
    const answer = await client.request(request);
    expect(answer).toEqual({ value: GOOD_DRAFT, format: 'none' });
    expect(stub.requests[0]!.response_format).toBeUndefined();
  });

  it('a fixed json_schema on a JSON-mode server is a failure in plain words, not a silent fallback', async () => {
    const { stub, client } = clientFor('deepseek', 'json_schema');
    const error = await client.request(request).catch((e) => e);
    expect(error).toBeInstanceOf(ModelCallError);
    expect(error.kind).toBe('format_refused');
    expect(error.message).toBe(
      'the endpoint refused response_format json_schema (HTTP 400: This response_format type is unavailable now)',
    );
    expect(stub.statuses).toEqual([400]);
  });

  it('OpenAI strict mode refuses the plain zod schema with its own words; auto then uses JSON mode', async () => {
    const { stub, client } = clientFor('openai');
    const { z } = await import('zod');
    const plain = z.toJSONSchema(draftOutputSchema) as Record<string, unknown>;
    const answer = await client.request({ ...request, schema: plain });
    expect(answer.format).toBe('json_object');
    expect(stub.statuses).toEqual([400, 200]);
  });
});
