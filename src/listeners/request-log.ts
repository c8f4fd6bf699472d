import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import { correlationId } from '../errors.js';
import type { Log } from '../logger.js';
import type { RequestPressure } from '../services/request-pressure.js';

interface RequestBody {
  event_id?: string;
  type?: string;
  event?: { type?: string };
  actions?: Array<{ action_id?: string }>;
  command?: string;
  view?: { callback_id?: string };
}

/**
 * Bolt middleware run before every listener: each request gets an id in the logs (Slack's event_id
 * where there is one) with its kind, outcome and duration, and counts as in flight while it runs, so
 * background work steps aside (RequestPressure).
 */
export function requestLog(log: Log, pressure: RequestPressure): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as RequestBody;
    const requestId = b.event_id ?? correlationId();
    const kind = b.event?.type ?? b.actions?.[0]?.action_id ?? b.command ?? b.view?.callback_id ?? b.type;
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    pressure.begin();
    try {
      await next();
      log.debug('request handled', { request_id: requestId, kind, ms: ms() });
    } catch (error) {
      log.error('request failed', { request_id: requestId, kind, ms: ms(), error });
      throw error;
    } finally {
      pressure.end();
    }
  };
}
