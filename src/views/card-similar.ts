import type { KnownBlock } from '@slack/types';
import type { SimilarTicket } from '../db/queries/similar.js';
import { SIDE_SHORT } from '../domain/resolution.js';
import { cutMrkdwn, untrustedMrkdwn } from '../slack/untrusted-text.js';

/** A similar past ticket as the card shows it; `link` is its card's permalink when Slack gave one. */
export type SimilarOnCard = SimilarTicket & { link?: string };

/**
 * How much the section may take. The card's blocks must stay under 9,500 characters of text in all (see CARD_LIMITS in
 * triage-card.ts); this is its share. A line is a link to the full card, so the cause and fix are short here.
 */
export const SIMILAR_LIMITS = { rootCause: 70, fix: 90, section: 560 } as const;

/** Slack's permalinks are https URLs without the characters that end a mrkdwn link. */
const SAFE_LINK = /^https:\/\/[^\s|<>]+$/;

function line(t: SimilarOnCard): string {
  const name = t.link && SAFE_LINK.test(t.link) ? `<${t.link}|#${t.id}>` : `#${t.id}`;
  const side = t.side ? ` · ${SIDE_SHORT[t.side]}` : '';
  // Causes and fixes are typed by agents, but may quote a customer: shown as untrusted text.
  const cause = t.rootCause ? untrustedMrkdwn(t.rootCause, SIMILAR_LIMITS.rootCause) : '_cause not recorded_';
  const fix = t.fix ? ` → ${untrustedMrkdwn(t.fix, SIMILAR_LIMITS.fix)}` : '';
  return `• ${name}${side}: ${cause}${fix}`;
}

const HEADING = '*Similar resolved tickets*';

/** The card's "similar resolved tickets" section, whole lines only; nothing when there are none. */
export function similarBlocks(similar: readonly SimilarOnCard[] | undefined): KnownBlock[] {
  if (!similar?.length) return [];
  const lines: string[] = [];
  let length = HEADING.length;
  for (const t of similar.slice(0, 3)) {
    const next = line(t);
    if (length + 1 + next.length > SIMILAR_LIMITS.section) break;
    lines.push(next);
    length += 1 + next.length;
  }
  // A line always fits on its own (70 + 90 characters and a link); the cut is only a guard.
  const text = lines.length ? `${HEADING}\n${lines.join('\n')}` : cutMrkdwn(`${HEADING}\n${line(similar[0]!)}`, 560);
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text }] }];
}
