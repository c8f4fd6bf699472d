import type { KnownBlock } from '@slack/types';
import { catalogue, fill } from '../domain/catalogue/index.js';
import { CLOSING_NOTE_MAX } from '../domain/closing-note.js';
import type { Language } from '../domain/taxonomy.js';
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
  const words = catalogue(params.language).closing;
  const closing = fill(words.body, { ticket: `#${params.ticketId}` }, params.language);
  // CLOSING_NOTE_MAX keeps the note well inside a section's 3,000 characters, even escaped.
  const note = params.note ? untrustedMrkdwn(params.note, NOTE_SHOWN_MAX) : '';
  const text = note ? `${note}\n\n${closing}` : closing;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.ratePrompt }] },
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

/** What the customer who rated sees, only them. */
export function ratedThanks(language: Language, rating: number): string {
  return fill(catalogue(language).closing.rated, { rating }, language);
}
