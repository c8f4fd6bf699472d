import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_SHORT, PRIORITY_LABEL, type Category, type Priority } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';

export interface EscalationModel {
  stage: 1 | 2 | 3;
  clockId: number;
  ticketId: number;
  channelId: string;
  category: Category;
  priority: Priority;
  summary: string;
  waitedMs: number;
  targetMs: number;
  kind: 'first_response' | 'next_response' | 'resolution';
  /** Who is being pinged (engineer or lead); none for the warning. */
  targetUserId?: string;
  link?: string;
  acknowledgedBy?: string | null;
  /** The agent who owns the ticket: mentioned with the engineer or lead, as the first to act on it. */
  assigneeId?: string | null;
}

const WHAT: Record<EscalationModel['kind'], string> = {
  first_response: 'a first reply',
  next_response: 'a reply',
  resolution: 'a resolution',
};

/** A warning in the triage thread, or a ping to the engineer or lead with an "I'm on it" button. */
export function escalationMessage(m: EscalationModel): { text: string; blocks: KnownBlock[] } {
  const ticket = `#${m.ticketId}`;
  const waited = `has waited ${formatDuration(m.waitedMs)} for ${WHAT[m.kind]} (target ${formatDuration(m.targetMs)})`;
  const where = `<#${m.channelId}>`;
  const what = `${CATEGORY_SHORT[m.category]} · ${PRIORITY_LABEL[m.priority]} — ${untrustedMrkdwn(m.summary, 300)}`;
  // User ids come from Slack and the database, never from text anyone typed: these mentions are the app's own.
  const owner = m.assigneeId && m.assigneeId !== m.targetUserId ? `<@${m.assigneeId}> ` : '';
  const ownerNote = owner ? ` ${owner.trim()} owns this ticket.` : '';
  let text: string;
  if (m.stage === 1) text = `:warning: ${ticket} in ${where} ${waited}. Please reply soon.`;
  else if (m.stage === 2)
    text =
      `:rotating_light: <@${m.targetUserId}> ${owner}${ticket} in ${where} ${waited} and is now overdue.${ownerNote} ` +
      `<@${m.targetUserId}>, you are the paired engineer: please take it.`;
  else {
    // Without a support lead configured, the thread itself is the last level.
    const who = m.targetUserId ? `<@${m.targetUserId}> ` : '<!here> ';
    const untaken = m.acknowledgedBy ? '' : ' and no one has taken it yet';
    text = `:sos: ${who}${owner}${ticket} in ${where} ${waited}${untaken}.${ownerNote}`;
  }
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `${what}${m.link ? ` · <${m.link}|open the customer's thread>` : ''}` }],
    },
  ];
  if (m.stage >= 2) {
    blocks.push({
      type: 'actions',
      block_id: `escalation_${m.clockId}_${m.stage}`,
      elements: [
        {
          type: 'button',
          action_id: IDS.actions.acknowledge,
          style: 'primary',
          text: { type: 'plain_text', text: "I'm on it" },
          value: JSON.stringify({ k: m.clockId }),
        },
      ],
    });
  }
  return { text: `${text} ${what}`, blocks };
}
