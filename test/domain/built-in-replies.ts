import { draftClosingNote } from '../../src/domain/closing-note.js';
import type { Facts } from '../../src/domain/facts.js';
import { RESOLUTION_SIDES } from '../../src/domain/resolution.js';
import { CATEGORIES, type Language, PRIORITIES } from '../../src/domain/taxonomy.js';
import { incidentUpdateText } from '../../src/drafting/incident-update.js';
import { problemUpdateText } from '../../src/drafting/problem-update.js';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';

const KNOWN_FACTS: readonly Facts[] = [{}, { network: '4G', place: 'outside', device: 'iPhone 15', os: 'iOS 17' }];
const NEXT_AT = new Date('2026-12-06T09:30:00Z');

/**
 * Every reply the app writes by itself in the given languages: drafts of every category and priority (with nothing
 * and with everything known), updates on incidents and known problems, closing notes. Each must pass its own check.
 */
export async function builtInReplies<L extends Language>(
  languages: readonly L[],
): Promise<Array<{ lang: L; text: string }>> {
  const drafter = new RulesDrafter();
  const replies: Array<{ lang: L; text: string }> = [];
  for (const lang of languages) {
    const texts = [
      incidentUpdateText({ ticketId: 41, language: lang, nextAt: NEXT_AT }),
      problemUpdateText({ ticketId: 41, language: lang }),
      problemUpdateText({ ticketId: 41, language: lang, fix: 'We moved your calls to another route.' }),
      ...RESOLUTION_SIDES.map((side) => draftClosingNote({ side, rootCause: null, fix: null }, lang)),
    ];
    for (const category of CATEGORIES)
      for (const priority of PRIORITIES)
        for (const facts of KNOWN_FACTS) {
          const conversation = [{ role: 'customer' as const, text: 'x' }];
          const draft = await drafter.draft({
            ticketId: 1,
            category,
            priority,
            language: lang,
            facts,
            conversation,
            now: NEXT_AT,
          });
          texts.push(draft.reply);
        }
    for (const text of new Set(texts)) replies.push({ lang, text });
  }
  return replies;
}
