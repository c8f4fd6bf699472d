import type { KnownBlock } from '@slack/types';
import type { Ticket } from '../db/schema/index.js';
import { IDS } from '../ids.js';
import type { AgentLanguage } from './labels.js';

const WORDS = {
  en: { owner: 'Owner', nobody: 'nobody yet', assignToMe: 'Assign to me', reassign: 'Reassign…' },
  zh: { owner: '负责人', nobody: '暂无', assignToMe: '分配给我', reassign: '转交给…' },
} as const;

/** The card's "Owner" field: who took the ticket. User ids come from Slack, so the mention is the app's own markup. */
export function ownerField(ticket: Ticket, language: AgentLanguage): { type: 'mrkdwn'; text: string } {
  const W = WORDS[language];
  return { type: 'mrkdwn', text: `*${W.owner}*\n${ticket.assigneeId ? `<@${ticket.assigneeId}>` : `_${W.nobody}_`}` };
}

/** "Assign to me" and a people picker to hand the ticket to someone else; only while the ticket is open. */
export function ownershipActions(ticket: Ticket, language: AgentLanguage): KnownBlock[] {
  if (ticket.status === 'resolved') return [];
  const W = WORDS[language];
  const value = JSON.stringify({ t: ticket.id });
  return [
    {
      type: 'actions',
      block_id: `${IDS.blocks.ownerPrefix}${ticket.id}`,
      elements: [
        {
          type: 'button',
          action_id: IDS.actions.assignToMe,
          text: { type: 'plain_text', text: W.assignToMe },
          value,
        },
        {
          type: 'users_select',
          action_id: IDS.actions.reassign,
          placeholder: { type: 'plain_text', text: W.reassign },
          ...(ticket.assigneeId ? { initial_user: ticket.assigneeId } : {}),
        },
      ],
    },
  ];
}
