import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { manifestBotScopes } from '../../src/doctor/manifest.js';
import { checkMessage, checkViewArgument } from './block-kit-rules.js';

/**
 * A local stand-in for the Slack Web API: keeps channels, messages and users in memory, records every
 * call, and can be told to fail (429 with Retry-After, 5xx, hang) or to add latency and rate limits.
 * Like Slack, it refuses what breaks Slack's documented limits (block-kit-rules.ts) with Slack's errors,
 * and cuts message text past 40,000 characters with Slack's warning; `contractBreaks` lists every such call.
 */
export interface EmulatedMessage {
  channel: string;
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  reactions: Map<string, Set<string>>;
  edited?: boolean;
}

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
  /** The HTTP status the emulator answered with. */
  status: number;
  /** The body the emulator answered with (absent for a hanging call). */
  answer?: Record<string, unknown>;
}

/** Errors Slack gives for a payload that breaks its limits, as opposed to faults a test injects. */
const CONTRACT_ERRORS = new Set([
  'no_text',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_blocks_too_long',
  'invalid_metadata_format',
  'invalid_arguments',
  'view_too_large',
]);

export type Fault =
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 | 503 }
  | { hang: true }
  | { error: string };

export interface EmulatorOptions {
  token?: string;
  teamId?: string;
  /** Added before every answer, in ms. */
  latencyMs?: number;
  /**
   * chat.postMessage's rate per channel, in posts per second, and how many a channel may take at once
   * (default 1: no burst). Slack: "Posting messages: 1 per second. Short bursts >1 allowed. If you attempt
   * bursts, there is no guarantee that messages will be stored or displayed to users"
   * (https://docs.slack.dev/apis/web-api/rate-limits). Past it: 429 with Retry-After in whole seconds.
   * Off when unset.
   */
  postsPerChannelPerSecond?: number;
  postBurst?: number;
  /** The scopes the token was granted; default: every bot scope manifest.yml asks for. */
  scopes?: string[];
}

/**
 * The scopes a method accepts (any one will do), from each method's page at
 * https://docs.slack.dev/reference/methods/<method>. A call without one answers `missing_scope` with the
 * `needed` and `provided` fields Slack sends (https://docs.slack.dev/reference/methods/users.info → Errors).
 * Conversations methods need the scope of the channel's kind: channels:* for public, groups:* for private.
 */
function acceptedScopes(method: string, privateChannel: boolean): string[] | undefined {
  const kind = privateChannel ? 'groups' : 'channels';
  const table: Record<string, string[]> = {
    'chat.postMessage': ['chat:write'],
    'chat.update': ['chat:write'],
    'chat.postEphemeral': ['chat:write'],
    'conversations.info': [`${kind}:read`],
    'conversations.members': [`${kind}:read`],
    'conversations.history': [`${kind}:history`],
    'conversations.replies': [`${kind}:history`],
    'conversations.open': ['im:write'],
    'users.info': ['users:read'],
    'reactions.add': ['reactions:write'],
    'reactions.remove': ['reactions:write'],
    'files.getUploadURLExternal': ['files:write'],
    'files.completeUploadExternal': ['files:write'],
  };
  return table[method];
}

export class SlackEmulator {
  readonly teamId: string;
  readonly botUserId = 'UBOT0001';
  readonly botId = 'BBOT0001';
  readonly calls: RecordedCall[] = [];
  /** Calls Slack would refuse, or accept only with a warning, because the payload breaks a documented limit. */
  readonly contractBreaks: RecordedCall[] = [];
  readonly messages: EmulatedMessage[] = [];
  readonly ephemerals: Array<{ channel: string; user: string; text: string }> = [];
  readonly views: Array<{ method: string; view: Record<string, unknown>; user_id?: string; trigger_id?: string }> = [];
  readonly uploads: Array<{ filename: string; bytes: Buffer; channel?: string; title?: string }> = [];
  readonly members = new Map<string, Set<string>>();
  readonly users = new Map<
    string,
    {
      team_id: string;
      name: string;
      deleted?: boolean;
      is_bot?: boolean;
      is_restricted?: boolean;
      is_ultra_restricted?: boolean;
    }
  >();
  /** What is known about a channel beyond its members; a channel not listed here is public and exists. */
  readonly channels = new Map<string, { name?: string; private?: boolean; archived?: boolean; missing?: boolean }>();
  /** The token's scopes, sent back in the x-oauth-scopes header of every answer, as Slack does. */
  scopes: string[];
  private readonly faults = new Map<string, Fault[]>();
  private readonly hanging: ServerResponse[] = [];
  /** Per channel: posts it may take now (a token bucket), as of `at`. */
  private readonly postAllowance = new Map<string, { tokens: number; at: number }>();
  private readonly pendingUploads = new Map<string, { filename: string; bytes?: Buffer }>();
  private server: Server | undefined;
  private tsCounter = 0;
  private readonly waiters = new Set<() => void>();
  url = '';
  /** Until this time (ms since epoch) every call answers 503, as during a Slack outage. */
  downUntil = 0;

  constructor(readonly options: EmulatorOptions = {}) {
    this.teamId = options.teamId ?? 'THOME0001';
    this.scopes = options.scopes ?? manifestBotScopes();
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging.splice(0)) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** How many posts a channel may take at once from now on (see EmulatorOptions.postBurst). */
  setPostBurst(burst: number): void {
    this.options.postBurst = burst;
    this.postAllowance.clear();
  }

  /** Members of a channel (the triage channel's members are the agents). */
  setMembers(channel: string, userIds: string[]): void {
    this.members.set(channel, new Set(userIds));
  }

  addUser(
    id: string,
    teamId = this.teamId,
    name = id.toLowerCase(),
    flags: { deleted?: boolean; isBot?: boolean; guest?: 'single' | 'multi' } = {},
  ): void {
    this.users.set(id, {
      team_id: teamId,
      name,
      deleted: flags.deleted,
      is_bot: flags.isBot,
      // https://docs.slack.dev/reference/methods/users.info: a multi-channel guest is is_restricted, a single-channel
      // one is_ultra_restricted as well.
      is_restricted: flags.guest !== undefined,
      is_ultra_restricted: flags.guest === 'single',
    });
  }

  /** A channel's name and kind; `missing` makes Slack not know it at all. */
  setChannel(id: string, info: { name?: string; private?: boolean; archived?: boolean; missing?: boolean }): void {
    this.channels.set(id, info);
  }

  /** The next calls of a method get these answers, in order. */
  fail(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  clearFaults(): void {
    this.faults.clear();
    for (const res of this.hanging.splice(0)) res.destroy();
  }

  /** A message a person posted (so the app can fetch it, e.g. for the :ticket: reaction). */
  seedMessage(m: { channel: string; ts: string; text: string; user: string; thread_ts?: string }): void {
    this.messages.push({ ...m, reactions: new Map() });
  }

  posts(filter: { channel?: string; thread_ts?: string } = {}): EmulatedMessage[] {
    return this.messages.filter(
      (m) =>
        m.bot_id &&
        (!filter.channel || m.channel === filter.channel) &&
        (filter.thread_ts === undefined || m.thread_ts === filter.thread_ts),
    );
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when the predicate holds, checked after each call; rejects after the timeout. */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const started = Date.now();
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const done = () => {
          this.waiters.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, 50);
        this.waiters.add(done);
      });
    }
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  private nextTs(): string {
    const seconds = Math.floor(Date.now() / 1000);
    this.tsCounter += 1;
    return `${seconds}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (type.includes('application/json'))
      return raw.length ? (JSON.parse(raw.toString()) as Record<string, unknown>) : {};
    if (type.includes('application/x-www-form-urlencoded')) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of new URLSearchParams(raw.toString())) {
        out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
      }
      return out;
    }
    return { _raw: raw };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/upload/')) return this.receiveUpload(url.pathname.slice(8), req, res);
    const method = url.pathname.replace(/^\/api\//, '');
    const args = await this.readBody(req);
    for (const [k, v] of url.searchParams) args[k] = v;
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const call = { method, args, at: Date.now(), status, answer: body };
      this.calls.push(call);
      if (this.breaksContract(body)) this.contractBreaks.push(call);
      res.writeHead(status, { 'content-type': 'application/json', ...scopeHeaders, ...headers });
      res.end(JSON.stringify(body));
      this.notify();
    };
    let scopeHeaders: Record<string, string> = {};
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || String(args.token ?? '');
    if (this.options.token && token !== this.options.token) return answer(200, { ok: false, error: 'invalid_auth' });
    scopeHeaders = { 'x-oauth-scopes': this.scopes.join(',') };

    if (Date.now() < this.downUntil) return answer(503, { ok: false, error: 'service_unavailable' });
    const fault = this.faults.get(method)?.shift();
    if (fault) {
      if ('hang' in fault) {
        this.calls.push({ method, args, at: Date.now(), status: 0 });
        this.hanging.push(res);
        this.notify();
        return;
      }
      if ('error' in fault) return answer(200, { ok: false, error: fault.error });
      if (fault.status === 429)
        return answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(fault.retryAfter) });
      return answer(fault.status, { ok: false, error: 'internal_error' });
    }
    if (this.options.postsPerChannelPerSecond && method === 'chat.postMessage') {
      const retryAfter = this.takePostAllowance(String(args.channel), this.options.postsPerChannelPerSecond);
      if (retryAfter > 0)
        return answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(retryAfter) });
    }
    const channelId = String(args.channel ?? '');
    const accepted = acceptedScopes(method, this.channels.get(channelId)?.private === true);
    if (accepted && !accepted.some((scope) => this.scopes.includes(scope)))
      return answer(200, {
        ok: false,
        error: 'missing_scope',
        needed: accepted.join(','),
        provided: this.scopes.join(','),
      });
    try {
      answer(200, this.dispatch(method, args));
    } catch (error) {
      answer(200, { ok: false, error: (error as Error).message });
    }
  }

  /** Takes one post from the channel's allowance: 0 if there was one, else the seconds until there is. */
  private takePostAllowance(channel: string, perSecond: number): number {
    const burst = Math.max(1, this.options.postBurst ?? 1);
    const now = Date.now();
    const last = this.postAllowance.get(channel) ?? { tokens: burst, at: now };
    const tokens = Math.min(burst, last.tokens + ((now - last.at) / 1000) * perSecond);
    if (tokens < 1) {
      this.postAllowance.set(channel, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / perSecond));
    }
    this.postAllowance.set(channel, { tokens: tokens - 1, at: now });
    return 0;
  }

  private breaksContract(body: Record<string, unknown>): boolean {
    const warnings = (body.response_metadata as { warnings?: unknown[] } | undefined)?.warnings;
    return (body.ok === false && CONTRACT_ERRORS.has(String(body.error))) || (warnings?.length ?? 0) > 0;
  }

  /** The message part of a post or update as Slack would take it: refused, or taken (text cut past 40,000). */
  private takeMessage(
    a: Record<string, unknown>,
  ): { refused: Record<string, unknown> } | { text: string; warn: Record<string, unknown> } {
    const verdict = checkMessage(a);
    if (!verdict.ok) return { refused: verdict.answer };
    const warn = verdict.warnings.length
      ? { response_metadata: { messages: verdict.messages, warnings: verdict.warnings } }
      : {};
    return { text: verdict.text, warn };
  }

  private receiveUpload(id: string, req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const pending = this.pendingUploads.get(id);
      if (pending) pending.bytes = extractMultipartFile(Buffer.concat(chunks), req.headers['content-type']);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('OK');
      this.calls.push({ method: 'upload', args: { id }, at: Date.now(), status: 200 });
      this.notify();
    });
  }

  private findMessage(channel: string, ts: string): EmulatedMessage {
    const m = this.messages.find((x) => x.channel === channel && x.ts === ts);
    if (!m) throw new Error('message_not_found');
    return m;
  }

  private view(m: EmulatedMessage, includeMetadata: boolean) {
    return {
      type: 'message',
      ts: m.ts,
      text: m.text,
      user: m.user ?? this.botUserId,
      ...(m.bot_id ? { bot_id: m.bot_id } : {}),
      ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      ...(m.blocks ? { blocks: m.blocks } : {}),
      ...(includeMetadata && m.metadata ? { metadata: m.metadata } : {}),
    };
  }

  /**
   * views.open and views.push take a modal and a trigger_id, views.publish a Home tab and a user_id, views.update
   * either kind and a view_id or external_id (each method's page; a missing trigger answers
   * "invalid `trigger_id`": https://api.slack.com/methods/views.open).
   */
  private refuseView(method: string, a: Record<string, unknown>): Record<string, unknown> | undefined {
    const view = a.view as { type?: unknown } | undefined;
    if ((method === 'views.open' || method === 'views.push') && !a.trigger_id)
      return invalidArgument('invalid `trigger_id`');
    if (method === 'views.publish' && !a.user_id) return invalidArgument('invalid `user_id`');
    if (method === 'views.update' && !a.view_id && !a.external_id) return invalidArgument('invalid `view_id`');
    const wanted = method === 'views.publish' ? 'home' : method === 'views.update' ? view?.type : 'modal';
    if (view?.type !== wanted || (wanted !== 'home' && wanted !== 'modal'))
      return invalidArgument('[ERROR] must be a valid enum value [json-pointer:/view/type]');
    return checkViewArgument(a.view);
  }

  /**
   * A channel as the app's token sees it. The app is a member unless the channel's members are known and it is
   * not among them. Slack answers channel_not_found for a channel it does not have, and for a private channel
   * the app is not in (https://docs.slack.dev/reference/methods/conversations.info → Errors).
   */
  private visibleChannel(id: string) {
    const info = this.channels.get(id);
    const isMember = this.members.get(id)?.has(this.botUserId) ?? true;
    if (info?.missing || (info?.private && !isMember)) throw new Error('channel_not_found');
    return { info, isMember };
  }

  private dispatch(method: string, a: Record<string, unknown>): Record<string, unknown> {
    const channelOf = (c: unknown) => {
      const id = String(c ?? '');
      if (!id) throw new Error('channel_not_found');
      return /^[UW]/.test(id) ? `D${id.slice(1)}` : id;
    };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://acme.slack.test/',
          team: 'Acme',
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: this.botId,
          user: 'complaintdesk',
        };
      case 'chat.postMessage': {
        const channel = channelOf(a.channel);
        const taken = this.takeMessage(a);
        if ('refused' in taken) return taken.refused;
        const m: EmulatedMessage = {
          channel,
          ts: this.nextTs(),
          text: taken.text,
          bot_id: this.botId,
          thread_ts: a.thread_ts ? String(a.thread_ts) : undefined,
          blocks: a.blocks as unknown[] | undefined,
          metadata: a.metadata as EmulatedMessage['metadata'],
          reactions: new Map(),
        };
        this.messages.push(m);
        return { ok: true, channel, ts: m.ts, message: this.view(m, true), ...taken.warn };
      }
      case 'chat.update': {
        const m = this.findMessage(String(a.channel), String(a.ts));
        const taken = this.takeMessage(a);
        if ('refused' in taken) return taken.refused;
        m.text = taken.text || m.text;
        if (a.blocks) m.blocks = a.blocks as unknown[];
        if (a.metadata) m.metadata = a.metadata as EmulatedMessage['metadata'];
        m.edited = true;
        return { ok: true, channel: m.channel, ts: m.ts, ...taken.warn };
      }
      case 'chat.postEphemeral': {
        if (!a.user) throw new Error('user_not_in_channel');
        const taken = this.takeMessage(a);
        if ('refused' in taken) return taken.refused;
        this.ephemerals.push({ channel: String(a.channel), user: String(a.user), text: taken.text });
        return { ok: true, message_ts: this.nextTs(), ...taken.warn };
      }
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: a.channel,
          permalink: `https://acme.slack.test/archives/${a.channel}/p${String(a.message_ts).replace('.', '')}`,
        };
      case 'conversations.members': {
        this.visibleChannel(String(a.channel));
        const members = [...(this.members.get(String(a.channel)) ?? [])];
        return { ok: true, members, response_metadata: { next_cursor: '' } };
      }
      case 'conversations.open': {
        const user = String(a.users ?? '').split(',')[0] ?? '';
        return { ok: true, channel: { id: `D${user.slice(1)}` } };
      }
      case 'conversations.info': {
        const id = String(a.channel);
        const { info, isMember } = this.visibleChannel(id);
        return {
          ok: true,
          channel: {
            id,
            name: info?.name ?? id.toLowerCase(),
            is_private: info?.private === true,
            is_archived: info?.archived === true,
            is_member: isMember,
            is_ext_shared: false,
          },
        };
      }
      case 'conversations.history': {
        const channel = String(a.channel);
        const oldest = a.oldest ? Number(a.oldest) : -Infinity;
        const latest = a.latest ? Number(a.latest) : Infinity;
        const inclusive = a.inclusive === true || a.inclusive === 'true';
        const list = this.messages
          .filter((m) => m.channel === channel && (!m.thread_ts || m.thread_ts === m.ts))
          .filter((m) => {
            const t = Number(m.ts);
            return inclusive ? t >= oldest && t <= latest : t > oldest && t < latest;
          })
          .sort((x, y) => Number(y.ts) - Number(x.ts))
          .slice(0, Number(a.limit ?? 100))
          .map((m) => this.view(m, a.include_all_metadata === true || a.include_all_metadata === 'true'));
        return { ok: true, messages: list, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'conversations.replies': {
        const channel = String(a.channel);
        const root = String(a.ts);
        const list = this.messages
          .filter((m) => m.channel === channel && (m.ts === root || m.thread_ts === root))
          .map((m) => this.view(m, a.include_all_metadata === true || a.include_all_metadata === 'true'));
        return { ok: true, messages: list, has_more: false, response_metadata: { next_cursor: '' } };
      }
      case 'users.info': {
        const u = this.users.get(String(a.user));
        if (!u) throw new Error('user_not_found');
        return {
          ok: true,
          user: {
            id: a.user,
            team_id: u.team_id,
            name: u.name,
            deleted: u.deleted === true,
            is_bot: u.is_bot === true,
            is_restricted: u.is_restricted === true,
            is_ultra_restricted: u.is_ultra_restricted === true,
          },
        };
      }
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish': {
        const refused = this.refuseView(method, a);
        if (refused) return refused;
        this.views.push({
          method,
          view: a.view as Record<string, unknown>,
          user_id: a.user_id as string | undefined,
          trigger_id: a.trigger_id as string | undefined,
        });
        return { ok: true, view: { id: `V${this.views.length}`, ...(a.view as object) } };
      }
      case 'reactions.add': {
        const m = this.findMessage(String(a.channel), String(a.timestamp));
        const name = String(a.name);
        const who = m.reactions.get(name) ?? new Set();
        if (who.has(this.botUserId)) throw new Error('already_reacted');
        who.add(this.botUserId);
        m.reactions.set(name, who);
        return { ok: true };
      }
      case 'reactions.remove': {
        const m = this.findMessage(String(a.channel), String(a.timestamp));
        const who = m.reactions.get(String(a.name));
        if (!who?.delete(this.botUserId)) throw new Error('no_reaction');
        return { ok: true };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${this.pendingUploads.size + 1}`;
        this.pendingUploads.set(id, { filename: String(a.filename) });
        return { ok: true, file_id: id, upload_url: `${this.url.replace(/api\/$/, '')}upload/${id}` };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof a.files === 'string' ? safeJson(a.files) : a.files) as Array<{
          id: string;
          title?: string;
        }>;
        for (const f of files) {
          const pending = this.pendingUploads.get(f.id);
          if (!pending?.bytes) throw new Error('file_not_found');
          this.uploads.push({
            filename: pending.filename,
            bytes: pending.bytes,
            channel: a.channel_id as string | undefined,
            title: f.title,
          });
        }
        return { ok: true, files: files.map((f) => ({ id: f.id })) };
      }
      default:
        throw new Error('unknown_method');
    }
  }
}

const invalidArgument = (message: string) => ({
  ok: false,
  error: 'invalid_arguments',
  response_metadata: { messages: [message] },
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The SDK uploads a file as multipart form data or as the raw body; either way return the bytes. */
function extractMultipartFile(body: Buffer, contentType: string | undefined): Buffer {
  const boundary = contentType?.match(/boundary=(.+)$/)?.[1];
  if (!boundary) return body;
  const sep = Buffer.from(`--${boundary}`);
  const start = body.indexOf(sep);
  const headerEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(sep, headerEnd);
  return body.subarray(headerEnd + 4, end - 2);
}
