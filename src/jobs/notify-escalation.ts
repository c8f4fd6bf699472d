import type { PayloadOf } from '../queue/jobs.js';
import { escalationSubject } from '../services/sweep.js';
import { permalinkOf } from '../slack/permalinks.js';
import { postOnce } from '../slack/post-once.js';
import { escalationMessage } from '../views/escalation.js';
import { RetryLaterError } from '../errors.js';
import { type Handler, postOptions } from './context.js';

/** One escalation step, posted in the ticket's triage thread or as a DM to the person pinged. */
export const notifyEscalation: Handler<PayloadOf<'escalation.notify'>> = async (
  { clockId, stage, target },
  job,
  deps,
) => {
  const subject = await escalationSubject(deps.db, { clockId });
  if (!subject) return { skipped: 'no clock' };
  const { clock, ticket } = subject;
  // Answered or taken between the sweep and now: the ping has nothing left to ask for.
  if (clock.state !== 'running') return { skipped: `clock ${clock.state}` };
  const targetUserId = stage === 2 ? subject.engineerUserId : stage === 3 ? deps.config.supportLeadUserId : undefined;
  if (target === 'thread' && !ticket.triageTs) throw new RetryLaterError('the card is not posted yet');
  // Composed from the workspace URL, not a chat.getPermalink call per ping (src/slack/permalinks.ts).
  const link = await permalinkOf(deps.client, ticket.channelId, ticket.rootTs);
  const message = escalationMessage({
    stage,
    clockId,
    ticketId: ticket.id,
    channelId: ticket.channelId,
    category: ticket.category,
    priority: ticket.priority,
    summary: ticket.summary ?? '',
    waitedMs: deps.now().getTime() - clock.startedAt.getTime(),
    targetMs: clock.targetMs,
    kind: clock.kind,
    targetUserId,
    link,
    acknowledgedBy: clock.acknowledgedBy,
    assigneeId: ticket.assigneeId,
  });
  if (target === 'dm') {
    if (!targetUserId) return { skipped: 'no one to DM' };
    // chat.postMessage: special, 1/s per channel (src/slack/method-tiers.ts)
    const posted = await postOnce(deps.client, {
      channel: targetUserId,
      text: message.text,
      blocks: message.blocks,
      ...postOptions(job, deps),
    });
    return { ts: posted.ts, found: posted.found };
  }
  const posted = await postOnce(deps.client, {
    channel: deps.config.triageChannelId,
    threadTs: ticket.triageTs!,
    text: message.text,
    blocks: message.blocks,
    ...postOptions(job, deps),
  });
  return { ts: posted.ts, found: posted.found };
};
