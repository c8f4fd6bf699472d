import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { ServiceDeps } from '../../services/deps.js';
import { type Tell, withBoundary } from '../boundary.js';
import { type Click, parseAction } from './parse.js';

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Answers only the person who clicked: an ephemeral message in the channel of the card; where there
 * is no channel, through the message's response URL; from App Home (neither), a direct message.
 */
export function tellClicker({ body, client, respond }: Pick<ActionArgs, 'body' | 'client' | 'respond'>): Tell {
  return async (text) => {
    const userId = body.user.id;
    // chat.postEphemeral: Tier 4 (src/slack/method-tiers.ts)
    if (body.channel?.id) await client.chat.postEphemeral({ channel: body.channel.id, user: userId, text });
    else if (body.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
    // chat.postMessage: special, 1/s per channel (src/slack/method-tiers.ts)
    else await client.chat.postMessage({ channel: userId, text });
  };
}

/** What a card action does with a click; what it returns is told to the person who clicked. */
export type ClickHandler = (click: Click, client: WebClient) => Promise<string | undefined>;

/**
 * The common opening of every button and menu: acknowledge (Slack shows nothing more for a click, and
 * in HTTP mode the answer leaves only once the handler is done), read the click, then run the handler
 * inside the error boundary and tell the person what it answered.
 */
export function cardAction(deps: Pick<ServiceDeps, 'log'>, name: string, handle: ClickHandler) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const tell = tellClicker(args);
    await withBoundary(
      deps.log.child({ action: name, user_id: args.body.user.id }),
      name,
      async () => {
        const answer = await handle(parseAction(args.body), args.client);
        if (answer) await tell(answer);
      },
      tell,
    );
  };
}
