import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ModelCallError, StructuredModelClient } from '../../src/drafting/model-client.js';
import { ResponseFormatMemory } from '../../src/drafting/model-format.js';
import { strictJsonSchema } from '../../src/drafting/model-schema.js';
import { silentLog } from '../../src/logger.js';

const request = {
  name: 'answer',
  schema: strictJsonSchema(z.object({ ok: z.boolean() })),
  limits: [],
  system: 'Say ok.',
  user: 'ok?',
};

const TIMEOUT_MS = 400;

/** A chat completions endpoint on 127.0.0.1 that answers every request with `handle`. */
async function endpoint(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: number[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(Date.now());
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return { server, url, seen };
}

function clientFor(url: string, maxRetries: number, timeoutMs = TIMEOUT_MS) {
  const ep = { apiKey: 'sk-test', baseURL: url, model: 'm', timeoutMs, responseFormat: 'auto' as const };
  return new StructuredModelClient(ep, new ResponseFormatMemory(silentLog), silentLog, { maxRetries });
}

/** Runs one request and returns how long it took and how it failed. */
async function timed(client: StructuredModelClient) {
  const started = Date.now();
  const error = await client.request(request).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: Date.now() - started, error };
}

describe('one deadline per model request', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise<void>((r) => server?.close(() => r()) ?? r());
  });

  it('a model that never answers ends at the timeout, even when retries are allowed', async () => {
    const ep = await endpoint(() => {});
    server = ep.server;
    const { ms, error } = await timed(clientFor(ep.url, 3));
    expect(error).toBeInstanceOf(ModelCallError);
    expect((error as ModelCallError).kind).toBe('timeout');
    expect(ep.seen).toHaveLength(1);
    // With a timeout per attempt, 3 retries would take 4 × 400 ms plus back-off.
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(ms).toBeLessThan(TIMEOUT_MS + 300);
  });

  it('a failing server is tried again only while there is time, and its own failure is what is reported', async () => {
    const fail = (res: ServerResponse) => {
      res.writeHead(500, { 'content-type': 'application/json', 'retry-after': '30' });
      res.end(JSON.stringify({ error: { message: 'busy', type: 'server_error', param: null, code: null } }));
    };
    const ep = await endpoint((_req, res) => fail(res));
    server = ep.server;
    // 400 ms leave no room for a pause and another try: the 500 is the answer, at once.
    const short = await timed(clientFor(ep.url, 1));
    expect((short.error as ModelCallError).kind).toBe('server');
    expect(short.error).toMatchObject({ message: 'the model endpoint answered HTTP 500' });
    expect(ep.seen).toHaveLength(1);
    expect(short.ms).toBeLessThan(TIMEOUT_MS);

    // With time to spare it tries once more after a short pause, not after the 30 s the server asked for.
    ep.seen.length = 0;
    const ep2 = { apiKey: 'sk-test', baseURL: ep.url, model: 'm', timeoutMs: 3000, responseFormat: 'auto' as const };
    const longer = new StructuredModelClient(ep2, new ResponseFormatMemory(silentLog), silentLog, { maxRetries: 1 });
    const second = await timed(longer);
    expect((second.error as ModelCallError).kind).toBe('server');
    expect(ep.seen).toHaveLength(2);
    expect(ep.seen[1]! - ep.seen[0]!).toBeLessThan(1500);
  });

  it('headers sent and then a body that stalls: the deadline still ends the wait', async () => {
    const ep = await endpoint((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"chatcmpl-1","choices":[');
    });
    server = ep.server;
    const { ms, error } = await timed(clientFor(ep.url, 0));
    expect((error as ModelCallError).kind).toBe('timeout');
    expect(ms).toBeLessThan(TIMEOUT_MS + 300);
  });

  it('each response format tried shares the one deadline', async () => {
    // Every format is refused after 600 ms: the second is asked well inside the 1 s deadline (room for a busy
    // machine), a third would start past it; three formats would take 1.8 s with a timeout per call.
    const refusedAfterMs = 600;
    const deadlineMs = 1000;
    const ep = await endpoint((_req, res) => {
      setTimeout(() => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'response_format is not supported', param: 'response_format' } }));
      }, refusedAfterMs);
    });
    server = ep.server;
    const { ms, error } = await timed(clientFor(ep.url, 0, deadlineMs));
    expect((error as ModelCallError).kind).toBe('timeout');
    expect(ep.seen).toHaveLength(2);
    expect(ms).toBeLessThan(deadlineMs + 300);
  });
});
