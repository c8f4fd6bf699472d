import { createHash } from 'node:crypto';
import { InvalidInputError } from '../../errors.js';
import { shareAnswer } from '../../services/ask.js';
import type { ServiceDeps } from '../../services/deps.js';
import { cardAction } from './card-action.js';

/** "Share in channel" under an answer only its asker saw. */
export function shareAnswerAction(deps: ServiceDeps) {
  return cardAction(deps, 'share_answer', async (click) => {
    if (!click.raw) throw new InvalidInputError('That button does not carry a question. Please ask again.');
    // The same person sharing the same answer twice posts it once.
    const clickId = createHash('sha256').update(`${click.userId}\u0000${click.raw}`).digest('hex').slice(0, 24);
    await shareAnswer(deps, { value: click.raw, sharedBy: click.userId, clickId });
    return `The answer will be posted in <#${deps.config.triageChannelId}>.`;
  });
}
