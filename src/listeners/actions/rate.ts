import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { ServiceDeps } from '../../services/deps.js';
import { rateTicket } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseJson } from './parse.js';
import { ephemeralTeller } from './tell.js';

const rating = z.object({ t: z.number().int().positive(), r: z.number().int() });

/** The customer's rating click, from any workspace; they see a thank-you only they can see. */
export function rateAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'rate', user_id: body.user.id }),
      'rate',
      async () => {
        const action = parseAction(body);
        const value = parseJson(action.raw, rating, 'That rating could not be read.');
        const ticket = await rateTicket(deps, { ticketId: value.t, userId: action.userId, rating: value.r });
        await tell(
          ticket.language === 'zh' ? `感谢您的评价（${value.r}/5）！` : `Thank you for rating us ${value.r}/5!`,
        );
      },
      tell,
    );
  };
}
