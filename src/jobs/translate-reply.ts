import type { PayloadOf } from '../queue/jobs.js';
import { translateApprovedReply } from '../services/translation.js';
import type { Handler } from './context.js';

/** An approved reply translated into the customer's language and checked; sent only if nothing was lost. */
export const translateReply: Handler<PayloadOf<'reply.translate'>> = async ({ draftId }, _job, deps) => {
  const outcome = await translateApprovedReply(deps, { draftId });
  deps.log.info('reply translation', { draft_id: draftId, outcome });
  return { outcome };
};
