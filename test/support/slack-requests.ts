import { createHmac, randomUUID } from 'node:crypto';
import { checkViewArgument } from './block-kit-rules.js';

/** Requests as Slack sends them: signed with the signing secret, form- or JSON-encoded. */
export interface SignedOptions {
  /** Unix seconds; defaults to now. A stale one must be refused. */
  timestamp?: number;
  /** Sign with another secret, to forge. */
  secret?: string;
  headers?: Record<string, string>;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export class SlackSender {
  constructor(
    readonly baseUrl: string,
    readonly signingSecret: string,
    readonly teamId: string,
  ) {}

  async post(
    body: string,
    contentType: string,
    opts: SignedOptions = {},
  ): Promise<{ status: number; text: string; json?: unknown; ms: number }> {
    const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const started = performance.now();
    const res = await fetch(`${this.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(opts.secret ?? this.signingSecret, timestamp, body),
        ...opts.headers,
      },
      body,
    });
    const text = await res.text();
    const ms = performance.now() - started;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json, ms };
  }

  /** An Events API callback around one event. */
  envelope(event: Record<string, unknown>, opts: { eventId?: string; shared?: boolean } = {}): Record<string, unknown> {
    return {
      token: 'legacy',
      team_id: this.teamId,
      api_app_id: 'ATEST0001',
      type: 'event_callback',
      event_id: opts.eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      is_ext_shared_channel: opts.shared ?? false,
      authorizations: [{ team_id: this.teamId, user_id: 'UBOT0001', is_bot: true }],
      event,
    };
  }

  event(
    event: Record<string, unknown>,
    opts: SignedOptions & { eventId?: string; shared?: boolean; retryNum?: number } = {},
  ) {
    const headers = opts.retryNum
      ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': 'http_timeout', ...opts.headers }
      : opts.headers;
    return this.post(JSON.stringify(this.envelope(event, opts)), 'application/json', { ...opts, headers });
  }

  command(
    params: { text: string; userId: string; channelId: string; command?: string; channelName?: string },
    opts: SignedOptions = {},
  ) {
    const form = new URLSearchParams({
      token: 'legacy',
      team_id: this.teamId,
      team_domain: 'acme',
      channel_id: params.channelId,
      channel_name: params.channelName ?? params.channelId.toLowerCase(),
      user_id: params.userId,
      user_name: params.userId.toLowerCase(),
      command: params.command ?? '/complaints',
      text: params.text,
      api_app_id: 'ATEST0001',
      response_url: 'http://127.0.0.1:9/response',
      trigger_id: `trigger.${randomUUID()}`,
    });
    return this.post(form.toString(), 'application/x-www-form-urlencoded', opts);
  }

  /**
   * An interaction; a view the app answers with (`response_action` update or push) is held to the same limits as
   * views.update / views.push, and a view Slack would refuse fails the test here.
   */
  async interaction(payload: Record<string, unknown>, opts: SignedOptions = {}) {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    const res = await this.post(form.toString(), 'application/x-www-form-urlencoded', opts);
    const answer = res.json as { response_action?: string; view?: unknown } | undefined;
    if (answer?.response_action === 'update' || answer?.response_action === 'push') {
      const refused = checkViewArgument(answer.view);
      if (refused) throw new Error(`Slack would refuse the ${answer.response_action} view: ${JSON.stringify(refused)}`);
    }
    return res;
  }

  /** A button or select press on a message the app posted. */
  blockAction(
    params: {
      userId: string;
      userTeamId?: string;
      channelId: string;
      messageTs: string;
      /** The thread the message is in, when it is a reply (Slack sends it in `container` and `message`). */
      threadTs?: string;
      actionId: string;
      value?: string;
      selectedValue?: string;
      /** A people picker's choice: users_select sends `selected_user` and no value. */
      selectedUser?: string;
      blockId?: string;
    },
    opts: SignedOptions = {},
  ) {
    return this.interaction(
      {
        type: 'block_actions',
        team: { id: this.teamId },
        user: { id: params.userId, team_id: params.userTeamId ?? this.teamId },
        api_app_id: 'ATEST0001',
        token: 'legacy',
        trigger_id: `trigger.${randomUUID()}`,
        channel: { id: params.channelId },
        container: {
          type: 'message',
          channel_id: params.channelId,
          message_ts: params.messageTs,
          ...(params.threadTs ? { thread_ts: params.threadTs } : {}),
        },
        message: { ts: params.messageTs, type: 'message', ...(params.threadTs ? { thread_ts: params.threadTs } : {}) },
        response_url: 'http://127.0.0.1:9/response',
        actions: [
          {
            action_id: params.actionId,
            block_id: params.blockId ?? 'b',
            type: params.selectedUser ? 'users_select' : params.selectedValue ? 'static_select' : 'button',
            ...(params.value !== undefined ? { value: params.value } : {}),
            ...(params.selectedUser ? { selected_user: params.selectedUser } : {}),
            ...(params.selectedValue
              ? {
                  selected_option: {
                    value: params.selectedValue,
                    text: { type: 'plain_text', text: params.selectedValue },
                  },
                }
              : {}),
            action_ts: String(Date.now() / 1000),
          },
        ],
      },
      opts,
    );
  }

  viewSubmission(
    params: {
      userId: string;
      callbackId: string;
      privateMetadata: string;
      values: Record<string, Record<string, unknown>>;
    },
    opts: SignedOptions = {},
  ) {
    return this.interaction(
      {
        type: 'view_submission',
        team: { id: this.teamId },
        user: { id: params.userId, team_id: this.teamId },
        api_app_id: 'ATEST0001',
        token: 'legacy',
        trigger_id: `trigger.${randomUUID()}`,
        view: {
          id: 'V1',
          type: 'modal',
          callback_id: params.callbackId,
          private_metadata: params.privateMetadata,
          state: { values: params.values },
          hash: 'h',
        },
      },
      opts,
    );
  }

  messageShortcut(
    params: { userId: string; channelId: string; callbackId: string; message: Record<string, unknown> },
    opts: SignedOptions = {},
  ) {
    return this.interaction(
      {
        type: 'message_action',
        callback_id: params.callbackId,
        team: { id: this.teamId },
        user: { id: params.userId, team_id: this.teamId },
        channel: { id: params.channelId, name: params.channelId.toLowerCase() },
        message_ts: params.message.ts,
        message: { type: 'message', ...params.message },
        trigger_id: `trigger.${randomUUID()}`,
        response_url: 'http://127.0.0.1:9/response',
        token: 'legacy',
      },
      opts,
    );
  }
}

let tsSeq = 0;
/** A fresh message ts at the current millisecond (Slack's are "seconds.microseconds"), unique within the run. */
export function newTs(offsetSeconds = 0): string {
  tsSeq = (tsSeq + 1) % 1000;
  const now = Date.now() + offsetSeconds * 1000;
  return `${Math.floor(now / 1000)}.${String((now % 1000) * 1000 + tsSeq).padStart(6, '0')}`;
}
