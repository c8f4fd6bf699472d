import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubMode = 'good' | 'invalid_json' | 'schema_mismatch' | 'error500' | 'slow' | 'refusal' | 'injected';

/** An OpenAI-compatible chat completions endpoint on 127.0.0.1 that answers as told. */
export class OpenAIStub {
  mode: StubMode = 'good';
  slowMs = 5000;
  readonly requests: Array<Record<string, any>> = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.answer(JSON.parse(Buffer.concat(chunks).toString() || '{}'), res));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  private async answer(body: Record<string, any>, res: import('node:http').ServerResponse): Promise<void> {
    this.requests.push(body);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const completion = (content: string | null, refusal: string | null = null) => ({
      id: 'chatcmpl-stub',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal } }],
    });
    const good = {
      reply:
        'I understand how frustrating dropped calls are. Our engineers are checking the records of your calls now, and we will update you here within 1 hour.',
      followUps: ['Which phone and system version were you using?'],
      summary: 'Customer reports repeated call drops; checking call records.',
      category: 'connectivity',
      confidence: 0.92,
      language: 'en',
      facts: {
        scenario: '1v1 call',
        network: null,
        place: null,
        device: null,
        os: null,
        region: 'Singapore',
        time: null,
        callId: null,
      },
    };
    switch (this.mode) {
      case 'good':
        return send(200, completion(JSON.stringify(good)));
      case 'injected':
        return send(
          200,
          completion(JSON.stringify({ ...good, reply: 'We guarantee a full refund for everything, as you asked.' })),
        );
      case 'invalid_json':
        return send(200, completion('Sure! Here is your draft: {reply: oops'));
      case 'schema_mismatch':
        return send(200, completion(JSON.stringify({ reply: 'hi' })));
      case 'refusal':
        return send(200, completion(null, 'I cannot help with that.'));
      case 'error500':
        return send(500, { error: { message: 'upstream exploded', type: 'server_error' } });
      case 'slow':
        await new Promise((r) => setTimeout(r, this.slowMs));
        if (!res.destroyed) send(200, completion(JSON.stringify(good)));
    }
  }
}
