import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelEndpoint } from '../../src/drafting/model-client.js';
import { probeModel } from '../../src/drafting/model-probe.js';
import { OpenAIStub, type StubOptions } from '../support/openai-stub.js';

const stubs: OpenAIStub[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.stop();
});

async function stubbed(options: StubOptions, mode: OpenAIStub['mode'] = 'good') {
  const stub = new OpenAIStub(options);
  stub.mode = mode;
  await stub.start();
  stubs.push(stub);
  return stub;
}

const endpoint = (url: string, overrides: Partial<ModelEndpoint> = {}): ModelEndpoint => ({
  apiKey: 'sk-right',
  baseURL: url,
  model: 'gpt-4o-mini',
  timeoutMs: 2000,
  responseFormat: 'auto',
  ...overrides,
});

describe('the model check', () => {
  it('is ok and says which response format the endpoint takes', async () => {
    const stub = await stubbed({ server: 'deepseek', apiKey: 'sk-right', models: ['gpt-4o-mini'] });
    const result = await probeModel(endpoint(stub.url));
    expect(result).toMatchObject({ ok: true, outcome: 'ok', format: 'json_object' });
    expect(result.endpoint).toBe(`${stub.url} gpt-4o-mini`);
    // Small: a short system prompt, a one-word question.
    expect(JSON.stringify(stub.requests.at(-1)!.messages).length).toBeLessThan(1000);
  });

  it.each([
    [
      'a timeout',
      { server: 'openai' } as StubOptions,
      'hang' as const,
      { timeoutMs: 300 },
      'timeout',
      'the model did not answer in time (0.3 s)',
    ],
    [
      'a wrong key (401)',
      { server: 'openai', apiKey: 'sk-other' } as StubOptions,
      'good' as const,
      {},
      'auth',
      'the endpoint refused the API key (HTTP 401); check OPENAI_API_KEY',
    ],
    [
      'an unknown model (404)',
      { server: 'openai', models: ['gpt-4.1'] } as StubOptions,
      'good' as const,
      {},
      'not_found',
      'the endpoint does not know the model "gpt-4o-mini" (HTTP 404); check OPENAI_MODEL and OPENAI_BASE_URL',
    ],
    [
      'a refused response format (400)',
      { server: 'json-mode-fenced' } as StubOptions,
      'good' as const,
      { responseFormat: 'json_schema' as const },
      'format_refused',
      expect.stringMatching(
        new RegExp(
          '^the endpoint refused response_format json_schema \\(HTTP 400: ' +
            'The parameter `response_format.type` .{80,140}…\\)$',
        ),
      ),
    ],
    [
      'an answer that is not JSON',
      { server: 'vllm' } as StubOptions,
      'invalid_json' as const,
      {},
      'not_json',
      'the model returned text that is not JSON',
    ],
    [
      'a server error',
      { server: 'ollama' } as StubOptions,
      'error500' as const,
      {},
      'server',
      'the model endpoint answered HTTP 500',
    ],
  ])('reports %s in plain words', async (_name, options, mode, overrides, outcome, reason) => {
    const stub = await stubbed(options, mode);
    const result = await probeModel(endpoint(stub.url, overrides));
    expect(result).toMatchObject({ ok: false, outcome, reason });
    // One request: the check does not retry.
    expect(stub.requests).toHaveLength(1);
  });

  it("reports an Ollama model that was never pulled in Ollama's terms", async () => {
    const stub = await stubbed({ server: 'ollama', models: ['qwen2.5'] });
    const result = await probeModel(endpoint(stub.url, { model: 'llama3' }));
    expect(result.reason).toBe(
      'the endpoint does not know the model "llama3" (HTTP 404); check OPENAI_MODEL and OPENAI_BASE_URL',
    );
  });

  it('reports an endpoint nobody listens on', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
    const result = await probeModel(endpoint(`http://127.0.0.1:${port}/v1`));
    expect(result).toMatchObject({
      ok: false,
      outcome: 'unreachable',
      reason: 'the model endpoint could not be reached',
    });
  });
});
