import type { ResponseFormatSetting } from '../config.js';
import type { Log } from '../logger.js';

export type ResponseFormat = Exclude<ResponseFormatSetting, 'auto'>;

/** `auto` tries these in order, moving on when the server refuses the response format. */
export const AUTO_ORDER: readonly ResponseFormat[] = ['json_schema', 'json_object', 'none'];

export function formatsToTry(setting: ResponseFormatSetting, remembered?: ResponseFormat): ResponseFormat[] {
  if (setting !== 'auto') return [setting];
  const from = remembered ? AUTO_ORDER.indexOf(remembered) : 0;
  return AUTO_ORDER.slice(from);
}

export interface ApiErrorLike {
  status?: number;
  message?: string;
  error?: unknown;
}

/**
 * Whether an HTTP error means "this server does not take that response_format", as each server words it:
 * - OpenAI, a schema outside strict mode: 400 `{"error":{"message":"Invalid schema for response_format
 *   'x': In context=('properties', 'description'), 'default' is not permitted.","type":
 *   "invalid_request_error","param":"response_format","code":null}}` (dottxt-ai/outlines#1254), and a
 *   model without Structured Outputs: "Invalid parameter: 'response_format' of type 'json_schema' is not
 *   supported with this model." (langchain-ai/langchain#31490).
 * - DeepSeek: 400 `{"error":{"message":"This response_format type is unavailable now","type":
 *   "invalid_request_error","param":null,"code":"invalid_request_error"}}` (llm-exe/llm-exe#662,
 *   khoj-ai/khoj#1336); earlier 422 "Failed to deserialize the JSON body into the target type:
 *   response_format: response_format.type `json_schema` is unavailable now" (browser-use/browser-use#215).
 * - JSON-mode-only servers such as Volcengine Ark: 400 `{"error":{"code":"InvalidParameter","message":
 *   "The parameter `response_format.type` specified in the request are not valid: invalid value:
 *   `json_schema`, supported values are: `json_object` and `text`.","param":"response_format.type",
 *   "type":"BadRequest"}}` (agno-agi/agno#2553).
 * So: a 400 (or DeepSeek's older 422) whose message or `param` names the response format.
 */
export function isResponseFormatRefusal(error: ApiErrorLike): boolean {
  if (error.status !== 400 && error.status !== 422) return false;
  const body = (error.error ?? {}) as { message?: unknown; param?: unknown };
  const text = `${String(body.message ?? '')} ${String(body.param ?? '')} ${error.message ?? ''}`.toLowerCase();
  return /response_format|json_schema|json_object/.test(text);
}

/** The endpoint a choice belongs to: one server and one model. */
export function endpointKey(baseURL: string | undefined, model: string): string {
  return `${(baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')} ${model}`;
}

/**
 * Which response format each endpoint takes, learnt once per process (the probe at start usually
 * learns it) and logged once when chosen, so the operator reads in the log which mode `auto` picked.
 */
export class ResponseFormatMemory {
  private readonly chosen = new Map<string, ResponseFormat>();

  constructor(private readonly log: Log) {}

  get(key: string): ResponseFormat | undefined {
    return this.chosen.get(key);
  }

  remember(key: string, format: ResponseFormat, setting: ResponseFormatSetting, refused: string[]): void {
    if (this.chosen.get(key) === format) return;
    this.chosen.set(key, format);
    this.log.info('model response format chosen', {
      endpoint: key,
      response_format: format,
      setting,
      ...(refused.length ? { refused } : {}),
    });
  }
}
