import { CATEGORY_SHORT, PRIORITY_LABEL, type Category, type Priority } from '../domain/taxonomy.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';

/** The most words of the customer's quoted in the lead's notice: a few are enough to see what was said. */
const SIGNALS_SHOWN_MAX = 300;

/** The customer's words of churn or urgency, quoted and escaped, for the card and the lead's notice. */
export function churnWords(signals: readonly string[]): string {
  return untrustedMrkdwn(signals.map((s) => `“${s}”`).join(', '), SIGNALS_SHOWN_MAX);
}

/**
 * The support lead's notice, once per ticket, in the card's thread: the customer spoke of leaving, a refund, legal
 * steps or an outage for all their users, so the ticket was raised a step. Without a lead configured the thread is told
 * instead. User ids come from configuration, never from text anyone typed.
 */
export function churnAlertMessage(m: {
  ticketId: number;
  channelId: string;
  category: Category;
  priority: Priority;
  signals: readonly string[];
  leadUserId?: string;
}): { text: string } {
  const who = m.leadUserId ? `<@${m.leadUserId}> ` : '';
  return {
    text:
      `:loudspeaker: ${who}churn or urgency on #${m.ticketId} in <#${m.channelId}>: the customer wrote ` +
      `${churnWords(m.signals)}. Priority raised to ${PRIORITY_LABEL[m.priority]} (${CATEGORY_SHORT[m.category]}).`,
  };
}
