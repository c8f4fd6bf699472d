import type { WebClient } from '@slack/web-api';

/**
 * Message links without a call per message. chat.getPermalink has a special rate limit of its own
 * ("Special": hundreds of requests per minute, https://docs.slack.dev/reference/methods/chat.getPermalink), and a card
 * that links its similar tickets, redrawn on every change, spent hundreds of those calls a burst. A top-level
 * message's link is the workspace's URL (auth.test, Tier 4, https://docs.slack.dev/reference/methods/auth.test), then
 * /archives/<channel>/p<ts without the dot>; that URL is asked for once per client and kept.
 */

/** After auth.test fails, links are left out for this long before it is asked again. */
const RETRY_AFTER_FAILURE_MS = 60_000;

const baseUrls = new WeakMap<WebClient, { url: Promise<string | undefined>; failedAt?: number }>();

/** The workspace's URL ("https://acme.slack.com/"), from auth.test, once per client. */
export function workspaceUrl(client: WebClient, now = Date.now()): Promise<string | undefined> {
  const known = baseUrls.get(client);
  if (known && (known.failedAt === undefined || now - known.failedAt < RETRY_AFTER_FAILURE_MS)) return known.url;
  const entry: { url: Promise<string | undefined>; failedAt?: number } = { url: Promise.resolve(undefined) };
  entry.url = client.auth
    .test()
    .then((r) => {
      if (!r.url) entry.failedAt = Date.now();
      return r.url;
    })
    .catch(() => {
      entry.failedAt = Date.now();
      return undefined;
    });
  baseUrls.set(client, entry);
  return entry.url;
}

/** The link of a top-level message, composed: no call to Slack. */
export function composeMessageLink(baseUrl: string, channel: string, ts: string): string | undefined {
  if (!/^[A-Z0-9]+$/.test(channel) || !/^\d+\.\d+$/.test(ts)) return undefined;
  return `${baseUrl.replace(/\/$/, '')}/archives/${channel}/p${ts.replace('.', '')}`;
}

/** The permalink of a top-level message, or undefined when the workspace URL is not known: a card without a link
 * still works. */
export async function permalinkOf(client: WebClient, channel: string, ts: string): Promise<string | undefined> {
  const base = await workspaceUrl(client);
  return base ? composeMessageLink(base, channel, ts) : undefined;
}
