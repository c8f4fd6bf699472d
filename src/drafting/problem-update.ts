import { catalogue, fill, sentences } from '../domain/catalogue/index.js';
import type { Language } from '../domain/taxonomy.js';

/** The agent's own words about the fix, as far as a customer update quotes them. */
export const UPDATE_FIX_MAX_CHARS = 400;

/**
 * The built-in update for a customer whose ticket is one case of a known problem that is now resolved: what
 * happened in plain words, what was done (the fix as the agent wrote it, which the tone check reads before anyone
 * approves it), and the next step. The problem's title and cause are internal notes and stay out of it.
 */
export function problemUpdateText(params: { ticketId: number; language: Language; fix?: string | null }): string {
  const w = catalogue(params.language).problemUpdate;
  const lang = params.language;
  const fix = params.fix?.trim().replace(/\s+/g, ' ').slice(0, UPDATE_FIX_MAX_CHARS);
  const opening = fill(w.opening, { ticket: `#${params.ticketId}` }, lang);
  const paragraphs = [sentences(lang, opening, fix ? w.fixed : w.found)];
  if (fix) paragraphs.push(sentences(lang, w.what, fix));
  paragraphs.push(w.next, w.thanks);
  return paragraphs.join('\n\n');
}
