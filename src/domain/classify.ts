import { type CategoryModel, categoryModel, guessCategory } from './category-fallback.js';
import {
  ACCOUNT_WORDS,
  BOTH_PLATFORMS,
  BROWSER_NAMES,
  CATEGORY_WORDS,
  CO_STREAMING_WORDS,
  COMPATIBILITY_WORDS,
  EVERYWHERE,
  HOW_TO,
  NAMED_FEATURE_WORDS,
  PLATFORM_NAMES,
  SET_AGAINST,
  THROWN_OUT,
} from './keywords.js';
import { matchesOf } from './patterns.js';
import { churnSignals } from './signals.js';
import { DEFAULT_PRIORITY, PRIORITIES, type Category, type Priority } from './taxonomy.js';

/**
 * Only the first 4,000 characters are read. What a customer types about their problem comes first and
 * fits easily (a full screen of text); what follows in a longer message is a pasted log or stack trace,
 * whose words ("crash", "disconnect", "timeout") say nothing about what the person is complaining of.
 */
export const CLASSIFY_MAX_CHARS = 4000;
/** The card shows the keywords that decided: a few distinct ones are enough. */
const MAX_MATCHED = 8;

/**
 * The order in which kinds of problem win when a message names several: a problem tied to one device, system or
 * framework version outranks its symptom, even a crash ("since iOS 18 screen sharing shuts off", "only on Redmi the
 * mic turns itself off"); a crash outranks the rest; a question about the
 * account or the documentation is neither a fault nor a feature problem; a feature named precisely (raise hand,
 * co-host, moderation, webhooks) outranks the reconnect or kick it mentions, and so does a feature asked about ("how do
 * I set up a joint stream so the second host can connect"); a dropped call outranks its stutter; a
 * named feature ("screen sharing freezes") is about that feature.
 */
const ORDER = [
  'compatibility',
  'crash',
  'other',
  'asked_feature',
  'named_feature',
  'connectivity',
  'feature',
  'av_quality',
] as const;
type RuleKind = (typeof ORDER)[number];

/**
 * 'other' has words of its own only for the account and the documentation, which come before connectivity and
 * features: "I can't log in to the console" is not a call that cannot connect.
 */
function patternsFor(kind: RuleKind): RegExp[] {
  if (kind === 'compatibility') return COMPATIBILITY_WORDS;
  if (kind === 'other') return ACCOUNT_WORDS;
  if (kind === 'named_feature') return NAMED_FEATURE_WORDS;
  if (kind === 'asked_feature') return [...CATEGORY_WORDS.feature, ...NAMED_FEATURE_WORDS, ...CO_STREAMING_WORDS];
  return CATEGORY_WORDS[kind];
}

const FEATURE_KINDS: ReadonlySet<RuleKind> = new Set(['asked_feature', 'named_feature']);

export interface Classification {
  category: Category;
  priority: Priority;
  /** The keywords that decided it, for the card. */
  matched: string[];
  /** Words of churn or urgency (src/domain/signals.ts); when there are any, the priority is one step higher. */
  signals: string[];
}

const GLOBAL_RULES = ORDER.map((kind) => ({
  kind,
  category: (FEATURE_KINDS.has(kind) ? 'feature' : kind) as Category,
  patterns: patternsFor(kind).map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)),
}));
const CONNECTIVITY_RULE = GLOBAL_RULES.find((rule) => rule.kind === 'connectivity')!;

/** The distinct keywords found, in order, at most MAX_MATCHED. */
function keywords(text: string, patterns: RegExp[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns)
    for (const m of matchesOf(pattern, text)) {
      found.add(m[0]);
      if (found.size >= MAX_MATCHED) return [...found];
    }
  return [...found];
}

/**
 * Arabic short vowels, shadda and the tatweel are optional in writing ("يقطّع" and "يقطع" are one word): they are
 * dropped before matching so the word lists need only the bare letters.
 */
const ARABIC_MARKS = /[\u0640\u064b-\u0652]/g;

/** What `matched` holds when the category was taken from similar examples rather than from keywords. */
export const SIMILAR_EXAMPLES = '~similar examples';
/**
 * How sure the examples must be before a complaint without any keyword leaves 'other'. Chosen on the
 * leave-one-table-out measure (test/domain/category-fallback.test.ts): lower, and billing or documentation
 * questions start to be read as faults; higher, and most wordings without keywords stay unplaced.
 */
export const FALLBACK_THRESHOLD = 0.6;

/**
 * Two different browsers named, and not as "both" or "every browser": "in Firefox nobody hears us, the same page in
 * Chrome works" ties the problem to one of them, whatever words it is said in.
 */
function contrastedBrowsers(text: string): string[] {
  if (EVERYWHERE.test(text)) return [];
  const names = new Map<string, string>();
  for (const m of matchesOf(BROWSER_NAMES, text)) {
    names.set(m[0].toLowerCase(), m[0]);
    if (names.size >= 2) return [...names.values()];
  }
  return [];
}

/**
 * Both systems named as one ("on iOS and Android alike", "iOSでもAndroidでも"), or every platform: the problem is
 * everywhere, so no word for "only" or "fine" nearby ties it to one of them.
 */
function onEveryPlatform(text: string): boolean {
  const m = BOTH_PLATFORMS.exec(text);
  if (!m) return false;
  const between = m[1] ?? m[2];
  return between === undefined || !SET_AGAINST.test(between);
}

/**
 * A crash read only from a word for being thrown out ("เด้งออก", "튕겨") in a complaint that also says the join or the
 * call failed: the call threw them out, the app did not go down.
 */
function thrownOutOfCall(text: string, crashWords: string[]): { category: Category; matched: string[] } | undefined {
  if (!crashWords.every((word) => THROWN_OUT.test(word))) return undefined;
  const matched = keywords(text, CONNECTIVITY_RULE.patterns);
  return matched.length > 0 ? { category: 'connectivity', matched } : undefined;
}

/** The words asking how to do something or whether it can be done, if the complaint asks. */
function howToQuestion(text: string): string | undefined {
  for (const pattern of HOW_TO) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** A question ("how do I", "is there a way to") about a named feature: the feature, whatever symptom is mentioned. */
function askedAbout(text: string, featureWords: string[]): string[] {
  if (featureWords.length === 0) return [];
  const question = howToQuestion(text);
  return question === undefined ? [] : [question, ...featureWords];
}

function ruleDecision(text: string): { category: Category; matched: string[] } | undefined {
  const everywhere = onEveryPlatform(text);
  for (const { kind, category, patterns } of GLOBAL_RULES) {
    if (category === 'compatibility' && everywhere) continue;
    const found = keywords(text, patterns);
    const matched = kind === 'asked_feature' ? askedAbout(text, found) : found;
    if (matched.length > 0) return (kind === 'crash' && thrownOutOfCall(text, matched)) || { category, matched };
    if (category === 'compatibility') {
      const browsers = contrastedBrowsers(text);
      if (browsers.length > 0) return { category, matched: browsers };
    }
  }
  return undefined;
}

/**
 * How sure the examples must be to make a symptom the rules read ("freezes", "drops") a device-specific problem,
 * when the complaint names two platforms. Higher than FALLBACK_THRESHOLD: here a keyword is overruled.
 */
export const COMPATIBILITY_THRESHOLD = 0.75;
/** The categories of a symptom, which a contrast between platforms can turn into a device-specific problem. */
const SYMPTOMS: ReadonlySet<Category> = new Set(['connectivity', 'av_quality', 'feature']);

/** Two different platforms named ("Firefox" and "Chrome", "macOS 14" and "macOS 13"): a contrast may be drawn. */
function namesTwoPlatforms(text: string): boolean {
  const names = new Set<string>();
  for (const m of matchesOf(PLATFORM_NAMES, text)) {
    names.add(m[0].toLowerCase());
    if (names.size >= 2) return true;
  }
  return false;
}

function contrastedSymptom(text: string, byRules: { category: Category; matched: string[] }, model: CategoryModel) {
  if (!SYMPTOMS.has(byRules.category) || !namesTwoPlatforms(text)) return undefined;
  if (onEveryPlatform(text) || EVERYWHERE.test(text)) return undefined;
  const guess = guessCategory(text, model);
  if (guess?.category !== 'compatibility' || guess.confidence < COMPATIBILITY_THRESHOLD) return undefined;
  return { category: guess.category, matched: [SIMILAR_EXAMPLES, ...byRules.matched] };
}

/**
 * The rules decide whenever they found a keyword, except a symptom in a complaint that contrasts two platforms and
 * reads, to the examples, clearly like a device-specific problem; similar examples also place what the rules left
 * unplaced.
 */
function decide(text: string, model: CategoryModel): { category: Category; matched: string[] } {
  const byRules = ruleDecision(text);
  if (byRules) return contrastedSymptom(text, byRules, model) ?? byRules;
  const guess = guessCategory(text, model);
  const sure = guess !== undefined && guess.confidence >= FALLBACK_THRESHOLD;
  if (sure && guess.category !== 'other') return { category: guess.category, matched: [SIMILAR_EXAMPLES] };
  const question = sure ? undefined : howToQuestion(text);
  if (question !== undefined) return { category: 'feature', matched: [question] };
  return { category: 'other', matched: [] };
}

export interface ClassifyOptions {
  enterprise?: boolean;
  /** The examples' model to fall back on; another one is given only to measure the fallback on unseen tables. */
  model?: CategoryModel;
}

export function classify(fullText: string, options: ClassifyOptions = {}): Classification {
  const text = fullText.slice(0, CLASSIFY_MAX_CHARS).replace(ARABIC_MARKS, '');
  const { category, matched } = decide(text, options.model ?? categoryModel());
  const signals = churnSignals(text);
  return {
    category,
    priority: priorityFor(category, options.enterprise ?? false, signals.length > 0),
    matched,
    signals,
  };
}

/** The keyword rules alone, without similar examples: what the fallback is measured against. */
export function classifyByRules(fullText: string): Category {
  const text = fullText.slice(0, CLASSIFY_MAX_CHARS).replace(ARABIC_MARKS, '');
  return ruleDecision(text)?.category ?? 'other';
}

/** One step more urgent, never less: "medium" becomes "medium_high", "urgent" stays. */
export function raisePriority(priority: Priority): Priority {
  return PRIORITIES[Math.max(0, PRIORITIES.indexOf(priority) - 1)]!;
}

/** An enterprise customer's ticket is always raised to the top. */
export function priorityFor(category: Category, enterprise: boolean, churnOrUrgency = false): Priority {
  if (enterprise) return 'urgent';
  return churnOrUrgency ? raisePriority(DEFAULT_PRIORITY[category]) : DEFAULT_PRIORITY[category];
}
