import { WebClient } from '@slack/web-api';
import { contractRefusal } from './block-kit-rules.js';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
}

type Answer = (args: Record<string, unknown>) => Record<string, unknown>;

/**
 * The Slack Web API answered inside the test process: a real `WebClient` (its own argument encoding,
 * its `WebAPIPlatformError` for `ok: false`, its handling of 429) whose `fetch` never opens a socket.
 * It records every call, answers the few methods the listeners and services call the way Slack's method
 * pages describe (https://docs.slack.dev/reference/methods/<method>), and can be told to refuse the next
 * call of a method with one of Slack's error codes. Unknown methods get Slack's `unknown_method`. Like the
 * HTTP emulator, it refuses a post or view that breaks Slack's documented limits (block-kit-rules.ts).
 */
export class InProcessSlack {
  readonly calls: ApiCall[] = [];
  /** Calls Slack would refuse because the payload breaks a documented limit (block-kit-rules.ts). */
  readonly contractBreaks: ApiCall[] = [];
  readonly teamId = 'THOME0001';
  readonly botUserId = 'UBOT0001';
  readonly botId = 'BBOT0001';
  private readonly refusals = new Map<string, string[]>();
  private readonly members = new Map<string, string[]>();
  private readonly history = new Map<string, Array<Record<string, unknown>>>();
  /** People users.info knows; anyone else is `user_not_found`. */
  readonly users = new Map<string, Record<string, unknown>>();
  private tsCounter = 0;

  private readonly answers: Record<string, Answer> = {
    'auth.test': () => ({ user_id: this.botUserId, bot_id: this.botId, team_id: this.teamId, user: 'complaintdesk' }),
    'chat.postMessage': (a) => {
      requireArgs(a, 'channel');
      requireContent(a);
      return { channel: a.channel, ts: this.nextTs(), message: { text: a.text } };
    },
    // https://docs.slack.dev/reference/methods/chat.postEphemeral: channel and user are required.
    'chat.postEphemeral': (a) => {
      requireArgs(a, 'channel', 'user');
      requireContent(a);
      return { message_ts: this.nextTs() };
    },
    // https://docs.slack.dev/reference/methods/views.open: trigger_id (valid 3 s, once) and view.
    'views.open': (a) => {
      requireArgs(a, 'trigger_id', 'view');
      return { view: { id: 'V0000001', ...(a.view as object) } };
    },
    'views.publish': (a) => {
      requireArgs(a, 'user_id', 'view');
      return { view: { id: 'V0000002', ...(a.view as object) } };
    },
    // https://docs.slack.dev/reference/methods/conversations.members: pages with next_cursor ('' on the last).
    'conversations.members': (a) => {
      requireArgs(a, 'channel');
      const members = this.members.get(String(a.channel));
      if (!members) throw new SlackRefusal('channel_not_found');
      return { members, response_metadata: { next_cursor: '' } };
    },
    // https://docs.slack.dev/reference/methods/users.info: the user object, or user_not_found.
    'users.info': (a) => {
      requireArgs(a, 'user');
      const user = this.users.get(String(a.user));
      if (!user) throw new SlackRefusal('user_not_found');
      return { user: { id: a.user, ...user } };
    },
    'conversations.history': (a) => {
      requireArgs(a, 'channel');
      const messages = (this.history.get(String(a.channel)) ?? []).filter((m) => !a.latest || m.ts === a.latest);
      return { messages, has_more: false };
    },
  };

  /** Members of a channel; the triage channel's members are the agents. */
  setMembers(channel: string, userIds: string[]): this {
    this.members.set(channel, userIds);
    return this;
  }

  /**
   * Someone users.info knows: of this workspace unless `team_id` says otherwise; `deleted`, `is_bot`,
   * `is_restricted` and `is_ultra_restricted` as Slack's user object has them.
   */
  addUser(id: string, fields: Record<string, unknown> = {}): this {
    this.users.set(id, { team_id: this.teamId, name: id.toLowerCase(), deleted: false, is_bot: false, ...fields });
    return this;
  }

  /** A message conversations.history returns. */
  seedMessage(channel: string, message: Record<string, unknown>): this {
    this.history.set(channel, [...(this.history.get(channel) ?? []), message]);
    return this;
  }

  /** The next call of `method` answers `{ ok: false, error }`, as Slack does for a refused call. */
  refuse(method: string, error: string): this {
    this.refusals.set(method, [...(this.refusals.get(method) ?? []), error]);
    return this;
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  client(): WebClient {
    return new WebClient('xoxb-in-process', {
      slackApiUrl: 'https://slack.invalid/api/',
      fetch: (url, init) => this.fetch(String(url), init?.body),
      retryConfig: { retries: 0 },
    });
  }

  private async fetch(url: string, body: unknown): Promise<Response> {
    const method = new URL(url).pathname.replace(/^\/api\//, '');
    const args = parseBody(body);
    this.calls.push({ method, args });
    const answer = (value: Record<string, unknown>) =>
      new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });
    const refusal = this.refusals.get(method)?.shift();
    if (refusal) return answer({ ok: false, error: refusal });
    const handler = this.answers[method];
    if (!handler) return answer({ ok: false, error: 'unknown_method' });
    const refused = contractRefusal(method, args);
    if (refused) {
      this.contractBreaks.push({ method, args });
      return answer(refused);
    }
    try {
      return answer({ ok: true, ...handler(args) });
    } catch (error) {
      if (error instanceof SlackRefusal) return answer({ ok: false, error: error.message });
      throw error;
    }
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

class SlackRefusal extends Error {}

function requireArgs(args: Record<string, unknown>, ...names: string[]): void {
  for (const name of names)
    if (args[name] === undefined || args[name] === '') throw new SlackRefusal('invalid_arguments');
}

/** Messages need text, blocks or attachments (Slack answers `no_text`). */
function requireContent(args: Record<string, unknown>): void {
  if (!args.text && !args.blocks && !args.attachments) throw new SlackRefusal('no_text');
}

/** The client sends form-encoded arguments, with objects and arrays as JSON strings. */
function parseBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string') return {};
  if (body.startsWith('{')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    try {
      args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}
