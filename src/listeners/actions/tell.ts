import type { WebClient } from '@slack/web-api';

/** An ephemeral note to the person who clicked, in the channel they clicked in. */
export function ephemeralTeller(client: WebClient, channelId: string | undefined, userId: string) {
  return async (text: string) => {
    if (!channelId) return;
    await client.chat.postEphemeral({ channel: channelId, user: userId, text });
  };
}
