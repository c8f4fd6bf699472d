import type {
  AllMiddlewareArgs,
  BlockAction,
  MessageShortcut,
  RespondFn,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Log } from '../../src/logger.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import type { InProcessSlack } from '../support/in-process-slack.js';

/**
 * Fakes for calling a listener directly, as Bolt would: `ack`, `respond` and a Web API client that
 * answers in process (see InProcessSlack), with payloads shaped like Slack's
 * (https://docs.slack.dev/reference/interaction-payloads). The services a listener calls are replaced
 * with `vi.mock` in each test file: a listener's job is to ack, read the payload, call one service with
 * the right arguments and answer; what the services do is tested in test/services.
 */

export const TRIAGE = 'CTRIAGE01';
export const AGENT = 'UAGENT001';
export const CUSTOMER = 'UCUST0001';
export const CHANNEL = 'CCUST0001';
/** The ts of the message a blockAction() press is on, unless it says otherwise. */
export const MESSAGE_TS = '1772445500.000100';

/** Where a blockAction() press in `channelId` was, as the services are told (the card, by default in triage). */
export function clickedOn(channelId: string = TRIAGE, ts: string = MESSAGE_TS, threadTs?: string) {
  return { kind: 'message' as const, channelId, ts, ...(threadTs ? { threadTs } : {}) };
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  fields: Record<string, unknown>;
}

/** A Log that keeps what it is told, so a test can read the reference an unexpected error was logged with. */
export function recordingLog(lines: LogLine[] = [], base: Record<string, unknown> = {}): Log & { lines: LogLine[] } {
  const at =
    (level: LogLine['level']) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, msg, fields: { ...base, ...fields } });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (fields) => recordingLog(lines, { ...base, ...fields }),
  };
}

const DB_ENTRY_POINTS = new Set([
  'select',
  'selectDistinct',
  'insert',
  'update',
  'delete',
  'execute',
  'transaction',
  'query',
  'with',
  '$count',
]);

/** Service dependencies for a listener. Listeners never touch the database: any use of `db` throws. */
export function fakeDeps(overrides: Partial<ServiceDeps> = {}): ServiceDeps & { log: ReturnType<typeof recordingLog> } {
  const db = new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property === 'string' && DB_ENTRY_POINTS.has(property))
          throw new Error(`a listener used the database (db.${property}); it must call a service`);
        return undefined;
      },
    },
  ) as ServiceDeps['db'];
  const people = {
    isAgent: vi.fn(async (userId: string) => userId === AGENT),
    forget: vi.fn(),
  } as unknown as ServiceDeps['people'];
  return {
    db,
    config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', TRIAGE_CHANNEL_ID: TRIAGE }),
    log: recordingLog(),
    people,
    now: () => new Date('2026-03-02T10:00:00Z'),
    wake: vi.fn(),
    ...overrides,
  } as ServiceDeps & { log: ReturnType<typeof recordingLog> };
}

/** What Bolt gives every listener besides the payload. */
function common(slack: InProcessSlack) {
  return {
    client: slack.client(),
    logger: { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    context: { botUserId: slack.botUserId, botId: slack.botId, teamId: slack.teamId },
    next: vi.fn(async () => {}),
  };
}

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * A button or select press (https://docs.slack.dev/reference/interaction-payloads/block_actions-payload).
 * Without `channelId` it is a press in App Home: no channel and no response_url.
 */
export function blockAction(
  slack: InProcessSlack,
  params: {
    actionId: string;
    userId?: string;
    channelId?: string;
    value?: string;
    selectedValue?: string;
    /** A people picker's choice (users_select sends `selected_user`, no value). */
    selectedUser?: string;
    blockId?: string;
    triggerId?: string | null;
    /** The message the control is on (default MESSAGE_TS) and the thread it is in, if any. */
    messageTs?: string;
    threadTs?: string;
    /** The clicker's workspace (default: this one). */
    teamId?: string;
  },
) {
  const messageTs = params.messageTs ?? MESSAGE_TS;
  const thread = params.threadTs ? { thread_ts: params.threadTs } : {};
  const userId = params.userId ?? AGENT;
  const inChannel = params.channelId !== undefined;
  const action = {
    type: params.selectedUser ? 'users_select' : params.selectedValue ? 'static_select' : 'button',
    action_id: params.actionId,
    block_id: params.blockId ?? 'b1',
    action_ts: '1772445600.123456',
    ...(params.value !== undefined ? { value: params.value } : {}),
    ...(params.selectedUser ? { selected_user: params.selectedUser } : {}),
    ...(params.selectedValue
      ? { selected_option: { value: params.selectedValue, text: { type: 'plain_text', text: params.selectedValue } } }
      : {}),
  };
  const body = {
    type: 'block_actions',
    team: { id: slack.teamId, domain: 'acme' },
    user: { id: userId, team_id: params.teamId ?? slack.teamId },
    api_app_id: 'ATEST0001',
    token: 'legacy',
    ...(params.triggerId === null ? {} : { trigger_id: params.triggerId ?? '1234.5678.abcd' }),
    ...(inChannel
      ? {
          channel: { id: params.channelId, name: 'triage' },
          container: { type: 'message', channel_id: params.channelId, message_ts: messageTs, ...thread },
          message: { type: 'message', ts: messageTs, text: 'card', ...thread },
          response_url: 'https://hooks.slack.invalid/actions/T1/1/x',
        }
      : { container: { type: 'view', view_id: 'VHOME0001' }, view: { id: 'VHOME0001', type: 'home' } }),
    actions: [action],
  };
  const ack = vi.fn(async () => {});
  const respond = vi.fn(async () => ({})) as unknown as RespondFn & ReturnType<typeof vi.fn>;
  const args = { ...common(slack), ack, respond, body, action, payload: action } as unknown as ActionArgs;
  return { args, ack, respond };
}

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** A slash command (https://docs.slack.dev/interactivity/implementing-slash-commands). */
export function slashCommand(slack: InProcessSlack, params: { text: string; userId?: string; channelId?: string }) {
  const command = {
    token: 'legacy',
    team_id: slack.teamId,
    team_domain: 'acme',
    channel_id: params.channelId ?? CHANNEL,
    channel_name: 'acme-support',
    user_id: params.userId ?? AGENT,
    user_name: 'dana',
    command: '/complaints',
    text: params.text,
    api_app_id: 'ATEST0001',
    response_url: 'https://hooks.slack.invalid/commands/T1/1/x',
    trigger_id: '1234.5678.abcd',
  };
  const ack = vi.fn(async (_answer?: unknown) => {});
  const respond = vi.fn(async () => ({}));
  const args = { ...common(slack), ack, respond, command, body: command, payload: command } as unknown as CommandArgs;
  return { args, ack };
}

export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A modal's submit (https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload). */
export function viewSubmission(
  slack: InProcessSlack,
  params: {
    callbackId: string;
    privateMetadata: string;
    values: Record<string, Record<string, unknown>>;
    userId?: string;
  },
) {
  const view = {
    id: 'VMODAL001',
    team_id: slack.teamId,
    type: 'modal',
    callback_id: params.callbackId,
    private_metadata: params.privateMetadata,
    state: { values: params.values },
    hash: '1772445600.abcd',
    blocks: [],
  };
  const body = {
    type: 'view_submission',
    team: { id: slack.teamId, domain: 'acme' },
    user: { id: params.userId ?? AGENT, team_id: slack.teamId },
    api_app_id: 'ATEST0001',
    token: 'legacy',
    trigger_id: '1234.5678.abcd',
    view,
  };
  const ack = vi.fn(async (_answer?: unknown) => {});
  const args = { ...common(slack), ack, body, view, payload: view } as unknown as ViewArgs;
  return { args, ack };
}

export type ShortcutArgs = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** A message shortcut (https://docs.slack.dev/reference/interaction-payloads/shortcuts-interaction-payload). */
export function messageShortcut(
  slack: InProcessSlack,
  params: { userId?: string; channelId?: string; message: Record<string, unknown> },
) {
  const channelId = params.channelId ?? CHANNEL;
  const shortcut = {
    type: 'message_action',
    callback_id: 'open_ticket',
    trigger_id: '1234.5678.abcd',
    action_ts: '1772445600.123456',
    team: { id: slack.teamId, domain: 'acme' },
    user: { id: params.userId ?? AGENT, team_id: slack.teamId, name: 'dana' },
    channel: { id: channelId, name: 'acme-support' },
    message_ts: params.message.ts,
    message: { type: 'message', ...params.message },
    response_url: 'https://hooks.slack.invalid/app/T1/1/x',
    token: 'legacy',
  };
  const ack = vi.fn(async () => {});
  const respond = vi.fn(async () => ({}));
  const args = {
    ...common(slack),
    ack,
    respond,
    shortcut,
    body: shortcut,
    payload: shortcut,
  } as unknown as ShortcutArgs;
  return { args, ack };
}

/** An Events API callback around one event (https://docs.slack.dev/apis/events-api#callback-field). */
export function eventArgs<T extends string>(
  slack: InProcessSlack,
  event: Record<string, unknown> & { type: T },
  envelope: Record<string, unknown> = {},
) {
  const body = {
    token: 'legacy',
    team_id: slack.teamId,
    api_app_id: 'ATEST0001',
    type: 'event_callback',
    event_id: 'Ev0000000001',
    event_time: 1772445600,
    authorizations: [{ team_id: slack.teamId, user_id: slack.botUserId, is_bot: true }],
    ...envelope,
    event,
  };
  return { ...common(slack), body, event, payload: event } as unknown as SlackEventMiddlewareArgs<T> &
    AllMiddlewareArgs;
}
