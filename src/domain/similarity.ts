import type { Facts } from './facts.js';
import { matchesOf } from './patterns.js';

/**
 * What "a ticket like this one" is made of: the facts it shares (device, OS, region, scenario, network) and the words
 * its customer used, in English and Chinese. Terms are computed here, in the app, so that search behaves the same on
 * PGlite and PostgreSQL whatever their locale: PostgreSQL's text search and pg_trgm segment Chinese poorly, and
 * pg_trgm skips non-ASCII characters under the C locale. A term is either a fact ("device=iphone 14") or a word.
 */

/** Facts that describe where a problem happens; time and call id say nothing about other tickets. */
export const SIMILARITY_FACTS = ['device', 'os', 'region', 'scenario', 'network'] as const;

/** A shared fact counts for as much as this many shared words. */
export const FACT_WEIGHT = 3;

/** Only the start of a long conversation is read: the complaint comes first, pasted logs later. */
export const TERMS_MAX_CHARS = 4000;
/** A ticket keeps at most this many word terms (the first ones in its text), so rows and queries stay small. */
export const MAX_WORD_TERMS = 48;

/** Words that say nothing about the problem. */
const EN_STOP = new Set(
  (
    'the and for with our you your this that are was were has have had not but can cannot could would will ' +
    'when all any some from into onto since after before there here what which who how also get got its they them ' +
    'their his her she him ours yours been being very just still again keep kept please thanks thank hello dear ' +
    'team today yesterday now then than too more most much many one two three does did doing don didn isn aren ' +
    'wasn weren won hi hey ok okay yes no so if of on in at to by or an as is it be do we us me my i a'
  ).split(' '),
);
const ZH_STOP = new Set(
  '我们 你们 他们 一直 现在 怎么 什么 可以 没有 还是 就是 这个 那个 一下 已经 请问 麻烦 谢谢 您好 你好 今天 昨天 时候 问题'.split(
    ' ',
  ),
);

/** Characters that only bind a sentence together: a pair holding one says nothing about the problem. */
const ZH_FUNCTION_CHARS = new Set([...'的了是在我你他她它们有吗呢吧啊就都也很还和与及或把被让给对从']);

/** A light English stem, enough for "drops", "dropped" and "dropping" to meet. */
function stem(word: string): string {
  let w = word;
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "dropp" → "drop", "call" → "cal": the same for every form of the word.
  return w.length >= 4 && w.at(-1) === w.at(-2) ? w.slice(0, -1) : w;
}

const HAN = /\p{Script=Han}+/gu;
const LATIN = /[a-z][a-z0-9]{2,29}/g;

/** Chinese has no spaces: each pair of neighbouring characters is a term (a lone character is one on its own). */
function hanTerms(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs.filter((p) => !ZH_STOP.has(p) && ![...p].some((c) => ZH_FUNCTION_CHARS.has(c)));
}

/** The word terms of some text, first occurrence first, without repeats. */
export function wordTerms(text: string): string[] {
  const lower = text.slice(0, TERMS_MAX_CHARS).normalize('NFKC').toLowerCase();
  const found = new Set<string>();
  const add = (term: string) => {
    if (found.size < MAX_WORD_TERMS) found.add(term);
  };
  // One pass in text order, Chinese runs and Latin words alike; both patterns are linear.
  const tokens = [...matchesOf(HAN, lower), ...matchesOf(LATIN, lower)].sort((a, b) => a.index - b.index);
  for (const token of tokens) {
    const t = token[0];
    if (/^[a-z]/.test(t)) {
      if (!EN_STOP.has(t)) add(stem(t));
    } else for (const pair of hanTerms(t)) add(pair);
  }
  return [...found];
}

export function factTerms(facts: Facts): string[] {
  return SIMILARITY_FACTS.filter((k) => facts[k]).map(
    (k) => `${k}=${String(facts[k]).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()}`,
  );
}

export const isFactTerm = (term: string) => term.includes('=');

/** A ticket's terms: its facts, then the words of its customer's messages. */
export function ticketTerms(params: { customerTexts: string[]; facts: Facts }): string[] {
  return [...factTerms(params.facts), ...wordTerms(params.customerTexts.join('\n'))];
}

/** How alike two tickets' terms are: shared facts weigh more than shared words. */
export function similarityScore(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b);
  return a.filter((t) => other.has(t)).reduce((sum, t) => sum + (isFactTerm(t) ? FACT_WEIGHT : 1), 0);
}

/** Below this, tickets share a word or two by chance: one shared fact, or three shared words. */
export const MIN_SIMILARITY = 3;
