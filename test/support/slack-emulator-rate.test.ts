import { afterEach, describe, expect, it } from 'vitest';
import { SlackEmulator } from './slack-emulator.js';

const TOKEN = 'xoxb-rate-test';

async function post(emulator: SlackEmulator, channel: string) {
  const res = await fetch(`${emulator.url}chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ channel, text: 'hello' }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

describe("the Slack emulator's posting limit (one per second per channel, short bursts)", () => {
  let emulator: SlackEmulator | undefined;
  afterEach(() => emulator?.stop());

  it('with no burst allowance a second post to the channel within the second is refused with Retry-After', async () => {
    emulator = new SlackEmulator({ token: TOKEN, postsPerChannelPerSecond: 1 });
    await emulator.start();
    expect((await post(emulator, 'C1')).status).toBe(200);
    const refused = await post(emulator, 'C1');
    expect(refused).toMatchObject({ status: 429, retryAfter: '1', body: { ok: false, error: 'ratelimited' } });
    // The limit is per channel.
    expect((await post(emulator, 'C2')).status).toBe(200);
  });

  it('a burst of two goes through, the third waits, and the allowance refills at one a second', async () => {
    emulator = new SlackEmulator({ token: TOKEN, postsPerChannelPerSecond: 1, postBurst: 2 });
    await emulator.start();
    expect((await post(emulator, 'C1')).status).toBe(200);
    expect((await post(emulator, 'C1')).status).toBe(200);
    expect(await post(emulator, 'C1')).toMatchObject({ status: 429, retryAfter: '1' });
    await new Promise((r) => setTimeout(r, 1050));
    expect((await post(emulator, 'C1')).status).toBe(200);
    // One second refilled one post, not a whole burst.
    expect((await post(emulator, 'C1')).status).toBe(429);
  });
});
