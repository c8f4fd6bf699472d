import type { ChatPostMessageArguments, WebClient } from '@slack/web-api';
import type { Block, KnownBlock } from '@slack/types';
import { ChannelRateLimited, type ChannelGate } from './channel-gate.js';
import { classifySlackError } from './errors.js';

/** Tag on every message the app posts, so a retry can tell whether an earlier attempt landed. */
export const POST_EVENT_TYPE = 'complaint_desk_post';

export interface PostRequest {
  channel: string;
  text: string;
  blocks?: Array<Block | KnownBlock>;
  threadTs?: string;
  /** The outbox job doing the post; stored in the message metadata. */
  jobId: number;
  /** An earlier attempt may have landed: look before posting again. */
  uncertain: boolean;
  /** Lower bound for the search of an earlier attempt (unix seconds). */
  notBefore: number;
  /** Per-channel rate-limit memory shared by the instance's posts. */
  gate?: ChannelGate;
  /** Goes before the posts already waiting for the channel (see ChannelGate). */
  ahead?: boolean;
}

export interface Posted {
  channel: string;
  ts: string;
  /** True when an earlier attempt had already posted it. */
  found: boolean;
}

interface MetaMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

async function findEarlierPost(client: WebClient, req: PostRequest, channel: string): Promise<string | undefined> {
  const matches = (m: MetaMessage) =>
    m.metadata?.event_type === POST_EVENT_TYPE && Number(m.metadata?.event_payload?.job_id) === req.jobId;
  if (req.threadTs) {
    let cursor: string | undefined;
    do {
      // conversations.replies: Tier 3 (src/slack/method-tiers.ts)
      const page = await client.conversations.replies({
        channel,
        ts: req.threadTs,
        include_all_metadata: true,
        limit: 200,
        cursor,
        oldest: String(req.notBefore),
      });
      const hit = (page.messages as MetaMessage[] | undefined)?.find(matches);
      if (hit?.ts) return hit.ts;
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return undefined;
  }
  let cursor: string | undefined;
  do {
    // conversations.history: Tier 3 (src/slack/method-tiers.ts)
    const page = await client.conversations.history({
      channel,
      oldest: String(req.notBefore),
      include_all_metadata: true,
      limit: 200,
      cursor,
    });
    const hit = (page.messages as MetaMessage[] | undefined)?.find(matches);
    if (hit?.ts) return hit.ts;
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return undefined;
}

/**
 * Posts a message at most once per job: after an attempt whose outcome is unknown (timeout, 5xx,
 * crash), it first looks for the message tagged with this job and returns that one if it landed.
 */
export async function postOnce(client: WebClient, req: PostRequest): Promise<Posted> {
  const wait = req.gate?.acquire(req.channel, req.jobId, Date.now(), req.ahead) ?? 0;
  if (wait > 0) throw new ChannelRateLimited(req.channel, wait);
  let channel = req.channel;
  if (req.uncertain) {
    // A DM is addressed by user id; the search needs the conversation id.
    if (/^[UW]/.test(channel)) {
      // conversations.open: Tier 3 (src/slack/method-tiers.ts)
      const opened = await client.conversations.open({ users: channel });
      channel = opened.channel?.id ?? channel;
    }
    const ts = await findEarlierPost(client, req, channel);
    if (ts) return { channel, ts, found: true };
  }
  // The SDK's argument type is a union of exclusive shapes; this message is a valid one of them.
  const args = {
    channel,
    text: req.text,
    ...(req.blocks ? { blocks: req.blocks } : {}),
    ...(req.threadTs ? { thread_ts: req.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
    metadata: { event_type: POST_EVENT_TYPE, event_payload: { job_id: req.jobId } },
  } as unknown as ChatPostMessageArguments;
  let res: Awaited<ReturnType<typeof client.chat.postMessage>>;
  try {
    // chat.postMessage: special, 1/s per channel (src/slack/method-tiers.ts)
    res = await client.chat.postMessage(args);
  } catch (error) {
    // Either way Slack refused it (a 429, or chat.postMessage's own `rate_limited`): the channel takes turns.
    const failure = classifySlackError(error);
    if (failure.kind === 'rate_limited') req.gate?.penalize(req.channel, failure.retryAfterMs);
    throw error;
  }
  return { channel: res.channel ?? channel, ts: res.ts!, found: false };
}
