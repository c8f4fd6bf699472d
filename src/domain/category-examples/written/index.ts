import { CATEGORIES } from '../../taxonomy.js';
import type { CategoryExample, WrittenExamples } from '../types.js';
import { AR } from './ar.js';
import { DE } from './de.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import { HI } from './hi.js';
import { ID } from './id.js';
import { JA } from './ja.js';
import { KO } from './ko.js';
import { PT } from './pt.js';
import { RU } from './ru.js';
import { TH } from './th.js';
import { TR } from './tr.js';
import { VI } from './vi.js';
import { ZH_HANS } from './zh-Hans.js';
import { ZH_HANT } from './zh-Hant.js';

/** Keyed by BCP 47 tag, as the complaint tables are. */
const BY_LANGUAGE: Record<string, WrittenExamples> = {
  en: EN,
  'zh-Hans': ZH_HANS,
  'zh-Hant': ZH_HANT,
  ja: JA,
  ko: KO,
  es: ES,
  pt: PT,
  id: ID,
  vi: VI,
  th: TH,
  ar: AR,
  tr: TR,
  fr: FR,
  de: DE,
  ru: RU,
  hi: HI,
};

export const WRITTEN_EXAMPLES: readonly CategoryExample[] = Object.entries(BY_LANGUAGE).flatMap(([lang, byCategory]) =>
  CATEGORIES.flatMap((category) =>
    byCategory[category].map((text) => ({ source: 'written' as const, lang, category, text })),
  ),
);
