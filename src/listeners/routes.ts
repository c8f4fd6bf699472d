import type { WebClient } from '@slack/web-api';
import type { Log } from '../logger.js';

type Handler<Args> = (args: Args) => Promise<void>;

/**
 * The handlers of one kind of request, by id. Bolt runs the matchers of every registered listener on
 * every request, so each kind registers a single listener that looks its handler up here: a message
 * event, the request that comes most often, meets five listeners rather than twenty.
 */
export class Routes<Args> {
  private readonly handlers = new Map<string, Handler<Args>>();

  constructor(
    private readonly kind: string,
    private readonly log: Log,
  ) {}

  on(id: string, handler: Handler<Args>): this {
    if (this.handlers.has(id)) throw new Error(`two ${this.kind} handlers for ${id}`);
    this.handlers.set(id, handler);
    return this;
  }

  ids(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * Runs the handler for the id. For one we do not know (a button from an older version of a card, a
   * tampered payload) `unknown` answers Slack at once and nothing else happens.
   */
  async dispatch(id: string | undefined, args: Args, unknown: () => Promise<void>): Promise<void> {
    const handler = id === undefined ? undefined : this.handlers.get(id);
    if (handler) return handler(args);
    this.log.warn(`unknown ${this.kind} ignored`, { id });
    await unknown();
  }
}

/**
 * Runs a Bolt listener with the app's own Web API client in place of the one Bolt makes for each
 * request: one client, configured once, and in tests one that never leaves the process.
 */
export function withClient<A extends { client: WebClient }>(
  client: WebClient,
  listener: (args: A) => Promise<void>,
): (args: A) => Promise<void> {
  return (args) => listener({ ...args, client });
}
