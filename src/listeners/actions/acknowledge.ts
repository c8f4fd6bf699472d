import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { acknowledgeEscalation } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseJson } from './parse.js';

const escalation = z.object({ k: z.number().int().positive() });

/** "I'm on it" on an escalation ping. */
export function acknowledgeAction(deps: ServiceDeps) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = async (text: string) => {
      if (body.channel?.id) await client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text });
      else await respond({ response_type: 'ephemeral', replace_original: false, text });
    };
    await withBoundary(
      deps.log.child({ action: 'acknowledge', user_id: body.user.id }),
      'acknowledge',
      async () => {
        const action = parseAction(body);
        const value = parseJson(action.raw, escalation, 'That escalation could not be read.');
        const result = await acknowledgeEscalation(deps, { clockId: value.k, userId: action.userId });
        await tell(
          result.already
            ? `<@${result.already}> already took #${result.ticketId}.`
            : `Thanks — you have #${result.ticketId}. No one else will be pinged for this wait.`,
        );
      },
      tell,
    );
  };
}
