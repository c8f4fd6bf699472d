import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { modelNotFound, type ServerKind, SERVERS, UNAUTHORIZED } from './openai-stub-servers.js';

export type { ServerKind } from './openai-stub-servers.js';

export type StubMode =
  | 'good'
  | 'invalid_json'
  | 'schema_mismatch'
  | 'error500'
  | 'slow'
  | 'hang'
  | 'refusal'
  | 'injected'
  | 'too_long';

export interface StubOptions {
  /** Which server's rules the stub follows (default: accepts anything, like the old stub). */
  server?: ServerKind;
  /** When set, any other key is refused with 401. */
  apiKey?: string;
  /** When set, any other model is refused with 404. */
  models?: string[];
}

export const GOOD_DRAFT = {
  reply:
    'I understand how frustrating dropped calls are. Our engineers are checking the records of your calls now, ' +
    'and we will update you here within 1 hour.',
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

/** The answer to the model check (model-probe.ts), which asks for another shape. */
const PROBE_ANSWER = { status: 'ok', language: null, notes: [] };

/** What the stub answers a classification request with, until a test sets another. */
export const GOOD_CLASSIFICATION = {
  category: 'connectivity',
  urgent: false,
  confidence: 0.9,
  facts: { scenario: null, network: null, place: null, device: null, os: null, region: null, time: null, callId: null },
};

/** The text a translation request asks to translate (inside <text> tags), and the language tag it asks for. */
export function translationAsked(body: Record<string, any>): { text: string; to: string } | undefined {
  if (!isTranslation(body)) return undefined;
  const user = String(body.messages?.find((m: { role: string }) => m.role === 'user')?.content ?? '');
  const text = /<text>\n?([\s\S]*?)\n?<\/text>/.exec(user)?.[1] ?? '';
  const to = /into .*?\(([a-z]{2,3}(?:-[A-Za-z]+)?)\)/.exec(String(body.messages?.[0]?.content ?? ''))?.[1] ?? '??';
  return { text: text.trim(), to };
}

/**
 * An OpenAI-compatible chat completions endpoint on 127.0.0.1. It follows one server's documented rules
 * for `response_format` (openai-stub-servers.ts), then answers as `mode` says. The way the JSON comes
 * back also follows the server: in JSON mode a Qwen-style server fences it; without a response format a
 * model writes a sentence and a fence around it.
 */
export class OpenAIStub {
  mode: StubMode = 'good';
  /**
   * The answer to a tone review of a draft (src/drafting/model-tone-review.ts). It comes at once, whatever
   * `mode` says, unless `reviewMode` is set: then the review answers as that mode says.
   */
  toneReview: unknown = { findings: [] };
  reviewMode: StubMode | undefined;
  slowMs = 5000;
  readonly requests: Array<Record<string, any>> = [];
  /**
   * Translations, deterministic: the text asked for (exactly, after redaction) → its translation. A text not in the
   * dictionary comes back as `[<language tag>] <text>`, which keeps everything the check looks for.
   */
  readonly dictionary = new Map<string, string>();
  /** When set, every translation loses its ticket numbers (#123): the slip the translation check must catch. */
  dropTicketNumbers = false;
  /**
   * When set, a draft's reply is this text, with `{ticket}` replaced by the ticket number the request names: a
   * reply that carries its ticket number, for the translation check to guard.
   */
  replyTemplate: string | undefined;
  /** The answer to a classification request. */
  classification: Record<string, unknown> = GOOD_CLASSIFICATION;
  /** Status of each answer, in order. */
  readonly statuses: number[] = [];
  private server: Server | undefined;
  url = '';

  constructor(readonly options: StubOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.answer(req, Buffer.concat(chunks).toString(), res));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** Requests that were drafts (not the model check at start, a tone review, a translation or a classification). */
  draftRequests(): Array<Record<string, any>> {
    return this.requests.filter(isDraft);
  }

  /** Requests that were tone reviews of a draft. */
  reviewRequests(): Array<Record<string, any>> {
    return this.requests.filter(isReview);
  }

  /** Requests that asked for a translation. */
  translationRequests(): Array<Record<string, any>> {
    return this.requests.filter(isTranslation);
  }

  /** Requests that asked for a classification. */
  classificationRequests(): Array<Record<string, any>> {
    return this.requests.filter(isClassification);
  }

  /** The translation the stub gives for a request. */
  private translationFor(body: Record<string, any>): { translation: string } {
    const asked = translationAsked(body)!;
    const translated = this.dictionary.get(asked.text) ?? `[${asked.to}] ${asked.text}`;
    return { translation: this.dropTicketNumbers ? translated.replace(/#\d+\s?/g, '') : translated };
  }

  private async answer(req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    const send = (status: number, payload: unknown) => {
      this.statuses.push(status);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions'))
      return send(404, { error: { message: 'Not found', type: 'invalid_request_error', param: null, code: null } });
    const body = JSON.parse(raw || '{}') as Record<string, any>;
    this.requests.push(body);
    const server = this.options.server ?? 'lenient';
    if (this.options.apiKey && req.headers.authorization !== `Bearer ${this.options.apiKey}` && server !== 'ollama')
      return send(UNAUTHORIZED.status, UNAUTHORIZED.body);
    if (this.options.models && !this.options.models.includes(body.model)) {
      const refusal = modelNotFound(server, String(body.model));
      return send(refusal.status, refusal.body);
    }
    const refusal = SERVERS[server](body);
    if (refusal) return send(refusal.status, refusal.body);

    const completion = (content: string | null, refusalText: string | null = null) => ({
      id: 'chatcmpl-stub',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: refusalText } }],
    });
    const json = (value: unknown) => this.wrap(server, body, JSON.stringify(value));
    const review = isReview(body);
    if (review && this.reviewMode === undefined) return send(200, completion(json(this.toneReview)));
    let good = (
      isProbe(body)
        ? PROBE_ANSWER
        : review
          ? this.toneReview
          : isTranslation(body)
            ? this.translationFor(body)
            : isClassification(body)
              ? this.classification
              : GOOD_DRAFT
    ) as Record<string, unknown>;
    if (good === GOOD_DRAFT && this.replyTemplate) {
      const user = String(body.messages?.find((m: { role: string }) => m.role === 'user')?.content ?? '');
      const ticket = /Ticket #(\d+)/.exec(user)?.[1] ?? '?';
      good = { ...GOOD_DRAFT, reply: this.replyTemplate.replaceAll('{ticket}', ticket) };
    }
    // The draft-shaped modes answer other requests as 'good' does.
    const draftOnly = this.mode === 'injected' || this.mode === 'too_long';
    if (draftOnly && !isDraft(body)) return send(200, completion(json(good)));
    switch (review ? this.reviewMode : this.mode) {
      case 'good':
        return send(200, completion(json(good)));
      case 'injected':
        return send(
          200,
          completion(json({ ...GOOD_DRAFT, reply: 'We guarantee a full refund for everything, as you asked.' })),
        );
      case 'too_long': {
        const sentence = 'We are looking into every call you made this week and will write again soon. ';
        return send(200, completion(json({ ...GOOD_DRAFT, reply: sentence.repeat(80) })));
      }
      case 'invalid_json':
        return send(200, completion('Sure! Here is your draft: {reply: oops'));
      case 'schema_mismatch':
        return send(200, completion(JSON.stringify({ reply: 'hi' })));
      case 'refusal':
        return send(200, completion(null, 'I cannot help with that.'));
      case 'error500':
        return send(500, { error: { message: 'upstream exploded', type: 'server_error', param: null, code: null } });
      case 'hang':
        return; // never answers; the client's timeout ends the wait
      case 'slow':
        await new Promise((r) => setTimeout(r, this.slowMs));
        if (!res.destroyed) send(200, completion(json(good)));
    }
  }

  /** The text a server's model puts around the JSON for this request. */
  private wrap(server: ServerKind, body: Record<string, any>, json: string): string {
    const type = body.response_format?.type;
    if (!type)
      return `Sure, here is the JSON you asked for:\n\`\`\`json\n${json}\n\`\`\`\nLet me know if you need more.`;
    if (server === 'json-mode-fenced') return `\`\`\`json\n${json}\n\`\`\``;
    return json;
  }
}

function isReview(body: Record<string, any>): boolean {
  const system = String(body.messages?.[0]?.content ?? '');
  return system.includes('<reply> tags') || body.response_format?.json_schema?.name === 'tone_review';
}

function isProbe(body: Record<string, any>): boolean {
  const system = String(body.messages?.[0]?.content ?? '');
  return system.includes('connectivity check');
}

function isDraft(body: Record<string, any>): boolean {
  return !isProbe(body) && !isReview(body) && !isTranslation(body) && !isClassification(body);
}

function isTranslation(body: Record<string, any>): boolean {
  return String(body.messages?.[0]?.content ?? '').startsWith('You translate');
}

function isClassification(body: Record<string, any>): boolean {
  return String(body.messages?.[0]?.content ?? '').startsWith('You classify');
}
