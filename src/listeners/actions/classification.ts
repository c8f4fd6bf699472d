import { isCategory, isPriority } from '../../domain/taxonomy.js';
import { InvalidInputError } from '../../errors.js';
import type { ServiceDeps } from '../../services/deps.js';
import { reclassifyByAgent } from '../../services/ticket-actions.js';
import { cardAction } from './card-action.js';
import { parseSelection } from './parse.js';

/** Category or priority picked on the card; due times are recomputed from the ticket's start. */
export function classificationAction(deps: ServiceDeps) {
  return cardAction(deps, 'reclassify', async (click) => {
    const choice = parseSelection(click.raw);
    if (choice.c !== undefined && !isCategory(choice.c))
      throw new InvalidInputError(`"${choice.c}" is not a category.`);
    if (choice.p !== undefined && !isPriority(choice.p))
      throw new InvalidInputError(`"${choice.p}" is not a priority.`);
    await reclassifyByAgent(deps, {
      ticketId: choice.t,
      agentId: click.userId,
      category: isCategory(choice.c) ? choice.c : undefined,
      priority: isPriority(choice.p) ? choice.p : undefined,
      on: click.on,
    });
    return undefined;
  });
}
