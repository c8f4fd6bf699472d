import type { Language } from '../taxonomy.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { id } from './id.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { tr } from './tr.js';
import type { Catalogue } from './types.js';
import { vi } from './vi.js';
import { zh } from './zh.js';
import { zhHant } from './zh-Hant.js';

export type { Catalogue, CategoryPhrases } from './types.js';

/** One catalogue per language; the record's type makes a missing language a compile error. */
export const CATALOGUES: Record<Language, Catalogue> = {
  en,
  zh,
  'zh-Hant': zhHant,
  ja,
  ko,
  es,
  pt,
  id,
  vi,
  th,
  ar,
  tr,
  fr,
  de,
  ru,
  hi,
};

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language] ?? en;
}

/** First strong isolate and pop directional isolate (Unicode Bidirectional Algorithm, UAX #9, section 2.7). */
export const FSI = '\u2068';
export const PDI = '\u2069';

const PLACEHOLDER = /\{([a-zA-Z]{1,20})\}/g;

/** The `{name}`s a text holds, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

/**
 * A catalogue text with its placeholders filled. In a right-to-left language each value is wrapped in a first strong
 * isolate (U+2068 … U+2069), so "#123", "4/5" or a Latin device name keeps its own order and does not pull the
 * punctuation around it out of place (see docs/languages.md). A placeholder with no value is left out. The text is
 * scanned once; values are never scanned again, so a value holding "{ticket}" stays as it is.
 */
export function fill(template: string, values: Record<string, string | number>, language: Language): string {
  const rtl = catalogue(language).direction === 'rtl';
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') return '';
    return rtl ? `${FSI}${value}${PDI}` : String(value);
  });
}

/** Joins sentences as the language does: with a space, or none in Chinese and Japanese. */
export function sentences(language: Language, ...parts: string[]): string {
  return parts.filter((p) => p !== '').join(catalogue(language).sentenceGap);
}

/** A sentence ends with the language's full stop unless it has an end mark already. */
export function endSentence(text: string, language: Language): string {
  if (/[.!?。！？؟।]$/.test(text)) return text;
  return `${text}${catalogue(language).fullStop}`;
}
