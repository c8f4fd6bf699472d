import { catalogue, endSentence, fill } from './catalogue/index.js';
import type { Resolution, ResolutionSide } from './resolution.js';
import type { Language } from './taxonomy.js';

/**
 * The most a closing note may hold: the longest drafted note (template, a 150-character cause and a 500-character
 * fix) fits with room for the agent's own edits, and the closing message stays far inside Slack's 3,000 characters
 * for a section's text.
 */
export const CLOSING_NOTE_MAX = 1000;

/**
 * What happened, said plainly and without pointing at the customer: the practice is to share context honestly
 * ("实话实说…坦诚告知原因和替代方案"), so the note names where the trouble was and what helped, never who is to blame.
 * The wording of each side is in the language's catalogue (closingNote).
 */
const FIX_LEAD: Record<ResolutionSide, 'helped' | 'weDid' | 'suggest'> = {
  customer_network: 'helped',
  customer_device: 'helped',
  our_service: 'weDid',
  customer_config: 'helped',
  not_found: 'suggest',
};

/** A one- or two-sentence note on what happened, in the customer's language, for the agent to review and edit. */
export function draftClosingNote(resolution: Resolution, language: Language): string {
  const words = catalogue(language).closingNote;
  const cause = resolution.rootCause && resolution.side !== 'not_found' ? resolution.rootCause : null;
  const where = words.where[resolution.side];
  // The agent's own words are filled in as they are: isolated in a right-to-left language, never scanned again.
  const first = cause ? fill(words.withCause, { where, cause }, language) : endSentence(where, language);
  if (!resolution.fix) return first;
  const fix = endSentence(resolution.fix.replace(/\s*[\r\n]+\s*/g, ' '), language);
  const lead = words[FIX_LEAD[resolution.side]];
  return `${first}${catalogue(language).sentenceGap}${fill(words.fix, { lead, fix }, language)}`;
}
