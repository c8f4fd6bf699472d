import { CATALOGUES } from './catalogue/index.js';

/** The seed table: categories and priorities, and what each means to a person. */
export const CATEGORIES = ['connectivity', 'av_quality', 'crash', 'feature', 'compatibility', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from most to least urgent. */
export const PRIORITIES = ['urgent', 'high', 'medium_high', 'medium', 'medium_low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/**
 * The languages customers are served in. Each is stored as written here (tickets.language, drafts.language,
 * customer_channels.language). 'zh' is Simplified Chinese: it is what the first version stored, so stored rows stay
 * valid without a migration; LANGUAGE_TAG gives the BCP 47 tag ('zh-Hans') for anything outside the app.
 */
export const LANGUAGES = [
  'en',
  'zh',
  'zh-Hant',
  'ja',
  'ko',
  'es',
  'pt',
  'id',
  'vi',
  'th',
  'ar',
  'tr',
  'fr',
  'de',
  'ru',
  'hi',
] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages the card and the agents' texts are written in (AGENT_LANGUAGE). */
export type AgentLanguage = 'en' | 'zh';

/** BCP 47 tags, for a translation service or a model: stored 'zh' is Simplified Chinese. */
export const LANGUAGE_TAG: Record<Language, string> = {
  en: 'en',
  zh: 'zh-Hans',
  'zh-Hant': 'zh-Hant',
  ja: 'ja',
  ko: 'ko',
  es: 'es',
  pt: 'pt',
  id: 'id',
  vi: 'vi',
  th: 'th',
  ar: 'ar',
  tr: 'tr',
  fr: 'fr',
  de: 'de',
  ru: 'ru',
  hi: 'hi',
};

/** Each language's name in English, for agents (the card, the settings modal). */
export const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  zh: 'Chinese (Simplified)',
  'zh-Hant': 'Chinese (Traditional)',
  ja: 'Japanese',
  ko: 'Korean',
  es: 'Spanish',
  pt: 'Portuguese',
  id: 'Indonesian',
  vi: 'Vietnamese',
  th: 'Thai',
  ar: 'Arabic',
  tr: 'Turkish',
  fr: 'French',
  de: 'German',
  ru: 'Russian',
  hi: 'Hindi',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A language from a BCP 47 tag or a stored value: 'zh', 'zh-Hans', 'zh-CN' and 'zh-SG' are Simplified Chinese;
 * 'zh-Hant', 'zh-TW', 'zh-HK' and 'zh-MO' Traditional; otherwise the primary subtag ('pt-BR' → 'pt').
 */
export function languageFromTag(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (lower === 'zh' || lower.startsWith('zh-')) {
    return /^zh-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-Hant' : 'zh';
  }
  const primary = lower.split('-')[0] ?? '';
  return isLanguage(primary) ? primary : undefined;
}

/** Crashes are as severe as dropped calls; unclassified complaints get a short clock so a person looks soon. */
export const DEFAULT_PRIORITY: Record<Category, Priority> = {
  connectivity: 'high',
  av_quality: 'medium_high',
  crash: 'high',
  feature: 'medium',
  compatibility: 'medium_low',
  other: 'medium_high',
};

/** The kind of problem in plain words, in each customer language (from the catalogues). */
export const CATEGORY_LABEL: Record<Category, Record<Language, string>> = Object.fromEntries(
  CATEGORIES.map((category) => [
    category,
    Object.fromEntries(LANGUAGES.map((language) => [language, CATALOGUES[language].category[category]])),
  ]),
) as Record<Category, Record<Language, string>>;

export const CATEGORY_SHORT: Record<Category, string> = {
  connectivity: 'Connectivity',
  av_quality: 'A/V quality',
  crash: 'Crash',
  feature: 'Feature',
  compatibility: 'Compatibility',
  other: 'Unclassified',
};

export const PRIORITY_LABEL: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  medium_high: 'Medium-high',
  medium: 'Medium',
  medium_low: 'Medium-low',
};

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}
