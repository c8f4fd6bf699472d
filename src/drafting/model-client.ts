import OpenAI from 'openai';
import type { Log } from '../logger.js';
import { endpointKey, formatsToTry, isResponseFormatRefusal } from './model-format.js';
import type { ResponseFormatSetting } from '../config.js';
import type { ResponseFormat, ResponseFormatMemory } from './model-format.js';
import { extractJsonObject } from './model-output.js';
import type { StrictSchema } from './model-schema.js';

export interface ModelEndpoint {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  responseFormat: ResponseFormatSetting;
}

/** What went wrong, in plain words, and whether it says the endpoint (rather than one answer) is not working. */
export type ModelFailureKind =
  | 'timeout'
  | 'unreachable'
  | 'auth'
  | 'not_found'
  | 'format_refused'
  | 'rate_limited'
  | 'server'
  | 'http'
  | 'refusal'
  | 'empty'
  | 'not_json';

const ENDPOINT_FAILURES = new Set<ModelFailureKind>([
  'timeout',
  'unreachable',
  'auth',
  'not_found',
  'format_refused',
  'rate_limited',
  'server',
  'http',
]);

/** Failures where the same request may well work a moment later. */
const RETRYABLE = new Set<ModelFailureKind | 'schema'>(['server', 'unreachable']);
const RETRY_PAUSE_MS = 500;

export class ModelCallError extends Error {
  constructor(
    readonly kind: ModelFailureKind | 'schema',
    message: string,
  ) {
    super(message);
  }

  /** Failures of the endpoint count towards the circuit breaker; a bad answer to one ticket does not. */
  get endpointDown(): boolean {
    return ENDPOINT_FAILURES.has(this.kind as ModelFailureKind);
  }
}

export interface StructuredRequest {
  /** Names the schema for `json_schema` (letters, digits, _ and -). */
  name: string;
  schema: StrictSchema;
  /** Limits the schema cannot carry, in words. */
  limits: string[];
  system: string;
  user: string;
  temperature?: number;
}

export interface StructuredAnswer {
  value: unknown;
  format: ResponseFormat;
}

/** One line of a server's error message, short enough for a log line or a health answer. */
function serverMessage(error: InstanceType<typeof OpenAI.APIError>): string {
  const body = error.error as { message?: unknown } | undefined;
  const raw = typeof body?.message === 'string' ? body.message : error.message;
  const line = Array.from(raw.slice(0, 400), (c) => (c < ' ' || c === '\u007f' ? ' ' : c))
    .join('')
    .trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

function timedOut(endpoint: ModelEndpoint): ModelCallError {
  return new ModelCallError('timeout', `the model did not answer in time (${endpoint.timeoutMs / 1000} s)`);
}

function classify(error: unknown, endpoint: ModelEndpoint, format: ResponseFormat): ModelCallError {
  if (error instanceof ModelCallError) return error;
  // Our own deadline aborted the call (APIUserAbortError), or the SDK's per-attempt timeout fired.
  if (error instanceof OpenAI.APIUserAbortError || error instanceof OpenAI.APIConnectionTimeoutError)
    return timedOut(endpoint);
  if (error instanceof OpenAI.APIConnectionError)
    return new ModelCallError('unreachable', 'the model endpoint could not be reached');
  if (error instanceof OpenAI.APIError && error.status) {
    const status = error.status;
    if (status === 401 || status === 403)
      return new ModelCallError('auth', `the endpoint refused the API key (HTTP ${status}); check OPENAI_API_KEY`);
    if (status === 404)
      return new ModelCallError(
        'not_found',
        `the endpoint does not know the model "${endpoint.model}" (HTTP 404); check OPENAI_MODEL and OPENAI_BASE_URL`,
      );
    if (isResponseFormatRefusal(error))
      return new ModelCallError(
        'format_refused',
        `the endpoint refused response_format ${format} (HTTP ${status}: ${serverMessage(error)})`,
      );
    if (status === 429) return new ModelCallError('rate_limited', 'the endpoint is rate limiting us (HTTP 429)');
    if (status >= 500) return new ModelCallError('server', `the model endpoint answered HTTP ${status}`);
    return new ModelCallError('http', `the model endpoint answered HTTP ${status} (${serverMessage(error)})`);
  }
  return new ModelCallError('http', 'the model call failed');
}

/** The part of the system prompt that says how to answer, for each response format. */
export function answerInstructions(format: ResponseFormat, request: StructuredRequest): string {
  const limits = request.limits.length ? `\nKeep within these limits: ${request.limits.join('; ')}.` : '';
  if (format === 'json_schema') return `Answer only with the JSON object described by the response schema.${limits}`;
  // JSON mode needs the word "json" in the messages and an example of the shape
  // (https://api-docs.deepseek.com/guides/json_mode; Alibaba Model Studio, structured output). Written in
  // lower case too, in case a server compares it case-sensitively.
  const shape =
    `Reply in json: one JSON object that follows this JSON Schema, every field present (null where ` +
    `nothing is known):\n${JSON.stringify(request.schema)}${limits}`;
  return format === 'none' ? `${shape}\nWrite nothing before or after the JSON object and no code fence.` : shape;
}

function responseFormatField(format: ResponseFormat, request: StructuredRequest) {
  if (format === 'json_schema')
    return {
      response_format: {
        type: 'json_schema' as const,
        json_schema: { name: request.name, strict: true, schema: request.schema },
      },
    };
  if (format === 'json_object') return { response_format: { type: 'json_object' as const } };
  return {};
}

/**
 * Asks an OpenAI-compatible chat completions endpoint for a JSON object. With `auto` it starts from the
 * format this endpoint is known to take (strict `json_schema` first) and moves on to `json_object`, then
 * to plain text, when the server refuses the response format; the choice is remembered per endpoint.
 */
export class StructuredModelClient {
  private readonly client: OpenAI;
  private readonly retries: number;
  readonly key: string;

  constructor(
    readonly endpoint: ModelEndpoint,
    private readonly memory: ResponseFormatMemory,
    private readonly log: Log,
    options: { maxRetries?: number } = {},
  ) {
    // The SDK's own retries are off: they sleep for Retry-After without looking at the abort signal
    // (openai-node client.js, retryRequest), and they would hide which failure ended the request.
    this.client = new OpenAI({ apiKey: endpoint.apiKey, baseURL: endpoint.baseURL, maxRetries: 0 });
    this.retries = options.maxRetries ?? 1;
    this.key = endpointKey(endpoint.baseURL, endpoint.model);
  }

  /** The format this endpoint answered with last, if any call has succeeded yet. */
  get format(): ResponseFormat | undefined {
    return this.memory.get(this.key);
  }

  /**
   * One deadline (the endpoint's timeout) covers the whole request: every response format tried and every
   * retry. A retry happens only when the endpoint failed in a way worth another go and there is still time
   * for it; otherwise that failure is the answer, so the card and the log name it.
   */
  async request(request: StructuredRequest): Promise<StructuredAnswer> {
    const ends = Date.now() + this.endpoint.timeoutMs;
    const deadline = AbortSignal.timeout(this.endpoint.timeoutMs);
    return untilDeadline(this.withRetries(request, deadline, ends), deadline, () => timedOut(this.endpoint));
  }

  private async withRetries(request: StructuredRequest, deadline: AbortSignal, ends: number) {
    for (let retry = 0; ; retry++) {
      try {
        return await this.attempt(request, deadline);
      } catch (error) {
        const failure = classify(error, this.endpoint, 'json_schema');
        const worthIt = RETRYABLE.has(failure.kind) && retry < this.retries;
        // Room for the pause and at least as long again for the answer.
        if (!worthIt || Date.now() + 2 * RETRY_PAUSE_MS > ends) throw failure;
        await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
      }
    }
  }

  private async attempt(request: StructuredRequest, deadline: AbortSignal): Promise<StructuredAnswer> {
    const formats = formatsToTry(this.endpoint.responseFormat, this.memory.get(this.key));
    const refused: string[] = [];
    for (const [i, format] of formats.entries()) {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await this.client.chat.completions.create(
          {
            model: this.endpoint.model,
            temperature: request.temperature ?? 0.3,
            ...responseFormatField(format, request),
            messages: [
              { role: 'system', content: `${request.system}\n\n${answerInstructions(format, request)}` },
              { role: 'user', content: request.user },
            ],
          },
          // The signal also stops a server that sent its headers and then stalls the body (the SDK's own
          // `timeout` stops watching once headers have arrived: openai-node client.js, fetchWithTimeout).
          { signal: deadline, timeout: this.endpoint.timeoutMs },
        );
      } catch (error) {
        const last = i === formats.length - 1;
        if (!last && error instanceof OpenAI.APIError && isResponseFormatRefusal(error)) {
          refused.push(`${format}: ${serverMessage(error)}`);
          this.log.debug('model endpoint refused a response format', { endpoint: this.key, response_format: format });
          continue;
        }
        throw classify(error, this.endpoint, format);
      }
      // The server took the request in this format: that is the one to use from now on.
      this.memory.remember(this.key, format, this.endpoint.responseFormat, refused);
      return { value: readObject(completion), format };
    }
    throw new ModelCallError('format_refused', 'the endpoint refused every response format');
  }
}

/**
 * The work's outcome, or `expired()` as soon as the signal aborts, whichever comes first: a late answer
 * is not waited for (nor is the pause before a retry).
 */
function untilDeadline<T>(work: Promise<T>, signal: AbortSignal, expired: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(expired());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function readObject(completion: OpenAI.Chat.Completions.ChatCompletion): unknown {
  const choice = completion.choices?.[0];
  const message = choice?.message as { content?: string | null; refusal?: string | null } | undefined;
  if (message?.refusal) throw new ModelCallError('refusal', 'the model refused');
  const extracted = extractJsonObject(message?.content);
  if (extracted.ok) return extracted.value;
  if (choice?.finish_reason === 'length')
    throw new ModelCallError('not_json', "the model's answer was cut off at its length limit");
  throw new ModelCallError(message?.content?.trim() ? 'not_json' : 'empty', extracted.reason);
}
