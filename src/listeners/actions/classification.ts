import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isCategory, isPriority } from '../../domain/taxonomy.js';
import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { reclassifyByAgent } from '../../services/ticket-actions.js';
import { withBoundary } from '../boundary.js';
import { parseAction, parseSelection } from './parse.js';
import { ephemeralTeller } from './tell.js';

/** Category or priority picked on the card; due times are recomputed from the ticket's start. */
export function classificationAction(deps: ServiceDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const tell = ephemeralTeller(client, body.channel?.id, body.user.id);
    await withBoundary(
      deps.log.child({ action: 'reclassify', user_id: body.user.id }),
      'reclassify',
      async () => {
        const action = parseAction(body);
        const choice = parseSelection(action.raw);
        if (choice.c !== undefined && !isCategory(choice.c))
          throw new InvalidInputError(`"${choice.c}" is not a category.`);
        if (choice.p !== undefined && !isPriority(choice.p))
          throw new InvalidInputError(`"${choice.p}" is not a priority.`);
        await reclassifyByAgent(deps, {
          ticketId: choice.t,
          agentId: action.userId,
          category: isCategory(choice.c) ? choice.c : undefined,
          priority: isPriority(choice.p) ? choice.p : undefined,
        });
      },
      tell,
    );
  };
}
