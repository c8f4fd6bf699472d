import type { KnownBlock } from '@slack/types';
import type { Ticket } from '../db/schema/index.js';
import { SIDE_LABEL } from '../domain/resolution.js';
import { cutMrkdwn, untrustedMrkdwn } from '../slack/untrusted-text.js';
import type { AgentLanguage } from './labels.js';

/** How much of the card's text budget (see CARD_LIMITS) the resolution may take: the cause whole, the fix cut. */
export const RESOLUTION_CARD_LIMITS = { rootCause: 160, fix: 240, total: 480 } as const;

const WORDS = {
  en: { where: 'Where', cause: 'Root cause', fix: 'Fix' },
  zh: { where: '问题所在', cause: '根本原因', fix: '解决办法' },
} as const;

/** Where the problem was, its cause and what fixed it, once an agent recorded them; nothing before. */
export function resolutionBlocks(ticket: Ticket, language: AgentLanguage): KnownBlock[] {
  if (!ticket.side) return [];
  const W = WORDS[language];
  const parts = [`:mag: *${W.where}:* ${SIDE_LABEL[ticket.side][language]}`];
  if (ticket.rootCause)
    parts.push(`*${W.cause}:* ${untrustedMrkdwn(ticket.rootCause, RESOLUTION_CARD_LIMITS.rootCause)}`);
  if (ticket.fix) parts.push(`*${W.fix}:* ${untrustedMrkdwn(ticket.fix, RESOLUTION_CARD_LIMITS.fix)}`);
  return [
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: cutMrkdwn(parts.join(' · '), RESOLUTION_CARD_LIMITS.total) }],
    },
  ];
}
