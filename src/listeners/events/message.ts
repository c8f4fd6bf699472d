import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps.js';
import type { IntakeInbox } from '../../services/intake-inbox.js';
import { intakeItemFor, readMessageEvent } from '../../services/message-events.js';

/**
 * Every message event is read for what it asks (src/services/message-events.ts) and, unless it is ignored on
 * purpose, stored as intake work in one statement before the request is acknowledged; a crash right after
 * the ack loses nothing, and a redelivery stores nothing twice. Bots, including this app, are never customers.
 */
export function messageListener(deps: ServiceDeps, inbox: IntakeInbox) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const intake = readMessageEvent(body, event);
    if (intake.kind === 'ignore') {
      deps.log.debug('message event not taken in', { reason: intake.reason });
      return;
    }
    const item = intakeItemFor(intake);
    if (await inbox.store(item)) deps.wake([item.lane]);
  };
}
