import type { WebClient } from '@slack/web-api';

/** A message's permalink never changes, so each is asked for once per process; the map is bounded all the same. */
const CACHE_MAX = 2000;
const cache = new Map<string, string>();

/**
 * The permalink of a message, from chat.getPermalink (https://docs.slack.dev/reference/methods/chat.getPermalink:
 * "hundreds of requests per minute"). Undefined when Slack does not give one: a card without a link still works.
 */
export async function permalinkOf(client: WebClient, channel: string, ts: string): Promise<string | undefined> {
  const key = `${channel}:${ts}`;
  const known = cache.get(key);
  if (known) return known;
  try {
    const res = await client.chat.getPermalink({ channel, message_ts: ts });
    if (!res.permalink) return undefined;
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, res.permalink);
    return res.permalink;
  } catch {
    return undefined;
  }
}
