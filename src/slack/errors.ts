import { ErrorCode } from '@slack/web-api';

export type SlackFailure =
  | { kind: 'rate_limited'; retryAfterMs: number }
  /** The request may have reached Slack and taken effect. */
  | { kind: 'uncertain'; detail: string }
  /** Slack answered no; trying again will not help. */
  | { kind: 'permanent'; detail: string }
  /** Slack answered no for now. */
  | { kind: 'transient'; detail: string };

const TRANSIENT_PLATFORM_ERRORS = new Set([
  'ratelimited',
  'service_unavailable',
  'internal_error',
  'fatal_error',
  'request_timeout',
  'team_added_to_org',
]);

/**
 * chat.postMessage's own answer for "Application has posted too many messages" (its Errors table,
 * https://docs.slack.dev/reference/methods/chat.postMessage): HTTP 200 with no Retry-After, so wait out
 * the posting limit's second (https://docs.slack.dev/apis/web-api/rate-limits, "Posting messages").
 */
export const POSTED_TOO_MANY = 'rate_limited';
const POSTING_LIMIT_MS = 1000;

export function classifySlackError(error: unknown): SlackFailure {
  const e = error as {
    code?: string;
    retryAfter?: number;
    statusCode?: number;
    data?: { error?: string };
    message?: string;
  };
  if (e?.code === ErrorCode.RateLimitedError)
    return { kind: 'rate_limited', retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000 };
  if (e?.code === ErrorCode.HTTPError) {
    if (e.statusCode === 429) return { kind: 'rate_limited', retryAfterMs: 1000 };
    return { kind: 'uncertain', detail: `HTTP ${e.statusCode}` };
  }
  if (e?.code === ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    if (code === POSTED_TOO_MANY) return { kind: 'rate_limited', retryAfterMs: POSTING_LIMIT_MS };
    return TRANSIENT_PLATFORM_ERRORS.has(code)
      ? { kind: 'transient', detail: code }
      : { kind: 'permanent', detail: code };
  }
  return { kind: 'uncertain', detail: e?.message ?? String(error) };
}
