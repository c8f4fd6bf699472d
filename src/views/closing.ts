import type { KnownBlock } from '@slack/types';
import type { Language } from '../domain/taxonomy.js';
import { CLOSING_NOTE_MAX } from '../domain/closing-note.js';
import { IDS } from '../ids.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';

/** Escaping can lengthen a note (`&` → `&amp;`); what shows is cut, visibly, below a section's 3,000 characters. */
const NOTE_SHOWN_MAX = 2 * CLOSING_NOTE_MAX;

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

/**
 * The closing message in the customer's thread, with a one-click rating; only the customer's side counts
 * (docs/authorization.md), and only on this message, whose ts the ticket keeps. An agent's
 * approved note on what happened comes first; it is shown as written (escaped: it pings no one, hides no link).
 */
export function closingMessage(params: { ticketId: number; language: Language; note?: string | null }): {
  text: string;
  blocks: KnownBlock[];
} {
  const zh = params.language === 'zh';
  const closing = zh
    ? `工单 #${params.ticketId} 已处理完毕。感谢您的耐心！如果问题再次出现，直接在这个帖子里回复，我们会马上跟进。`
    : `We've marked ticket #${params.ticketId} as resolved. Thank you for your patience! If it happens again, ` +
      `just reply in this thread and we'll pick it up right away.`;
  // CLOSING_NOTE_MAX keeps the note well inside a section's 3,000 characters, even escaped.
  const note = params.note ? untrustedMrkdwn(params.note, NOTE_SHOWN_MAX) : '';
  const text = note ? `${note}\n\n${closing}` : closing;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: zh ? '这次的处理您满意吗？' : 'How did we do?' }] },
      {
        type: 'actions',
        block_id: `rate_${params.ticketId}`,
        elements: FACES.map((face, i) => ({
          type: 'button' as const,
          action_id: `${IDS.actions.rate}_${i + 1}`,
          text: { type: 'plain_text' as const, text: `${face} ${i + 1}`, emoji: true },
          value: JSON.stringify({ t: params.ticketId, r: i + 1 }),
        })),
      },
    ],
  };
}
