import type { Facts } from './facts.js';
import type { Category } from './taxonomy.js';

/**
 * How long a known problem's words may be. The title is one line (it heads a card section and a menu option);
 * cause and fix are a sentence or two. The modal's inputs hold the same maxima (Slack lets a plain_text_input
 * hold up to 3,000 characters: https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element).
 */
export const PROBLEM_LIMITS = { title: 150, cause: 500, fix: 500 } as const;

/** The facts that place a complaint (where, on what); time, scenario and call id say nothing about a shared cause. */
export const MATCHED_FACTS = ['region', 'device', 'os', 'network'] as const;
type MatchedFact = (typeof MATCHED_FACTS)[number];

/** Only the start of a complaint is read for title words, as classification reads only its start. */
export const MATCH_TEXT_MAX_CHARS = 4000;
/** A title is a line; a longer one (pasted by mistake) is read only this far. */
const TITLE_MAX_CHARS = 200;

/** A ticket already linked to a problem, as far as matching needs it. */
export interface ProblemCase {
  category: Category;
  facts: Facts;
}

export interface ProblemProfile {
  id: number;
  title: string;
  /** Some of its linked tickets (the newest); the problem's category and facts are theirs. */
  cases: ProblemCase[];
}

export interface NewComplaint {
  category: Category;
  facts: Facts;
  /** The customer's words. */
  text: string;
}

/** Why a problem is suggested, as plain phrases for the card ("region: Jakarta", "“backbone”"). */
export type MatchReasons = string[];

/** English words that say nothing about which problem a complaint is. */
const STOP_WORDS = new Set([
  'about',
  'after',
  'again',
  'calls',
  'cannot',
  'could',
  'customers',
  'from',
  'have',
  'issue',
  'issues',
  'other',
  'problem',
  'problems',
  'some',
  'that',
  'their',
  'there',
  'they',
  'this',
  'users',
  'when',
  'where',
  'which',
  'while',
  'with',
]);

// Separators only between letters or digits, so a run of dots cannot make the pattern backtrack.
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}]+(?:[.\-_][\p{Script=Latin}\p{Nd}]+)*/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The words of a title worth finding in a complaint: Latin words of four or more characters (numbers and version
 * strings like "4.2" of any length), and each pair of adjacent Han characters, since Chinese has no spaces and a
 * two-character pair is the usual length of a word.
 */
export function titleTerms(title: string): { latin: string[]; han: string[] } {
  const text = title.slice(0, TITLE_MAX_CHARS).toLowerCase();
  const latin = [...new Set(text.match(LATIN_WORD) ?? [])].filter(
    (w) => ([...w].length >= 4 || /\d/.test(w)) && !STOP_WORDS.has(w),
  );
  const han = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) han.add(chars[i]! + chars[i + 1]!);
  }
  return { latin, han: [...han] };
}

function normalise(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Two reports of the same fact agree when one names the other ("Android 14" and "android 14.1"; "Jakarta"). */
function sameFact(a: string | undefined, b: string | undefined): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x)));
}

const FACT_NAME: Record<MatchedFact, string> = { region: 'region', device: 'device', os: 'system', network: 'network' };

function sharedFacts(complaint: Facts, cases: ProblemCase[]): string[] {
  return MATCHED_FACTS.filter((k) => cases.some((c) => sameFact(complaint[k], c.facts[k]))).map(
    (k) => `${FACT_NAME[k]}: ${complaint[k]}`,
  );
}

/** Title words found in the complaint: one Latin word, or two Han pairs (one pair alone is too often chance). */
function sharedTitleWords(title: string, complaint: NewComplaint): string[] {
  const haystack = `${complaint.text.slice(0, MATCH_TEXT_MAX_CHARS)} ${Object.values(complaint.facts).join(' ')}`;
  const lower = haystack.toLowerCase();
  const words = new Set(lower.match(LATIN_WORD) ?? []);
  const terms = titleTerms(title);
  const latin = terms.latin.filter((w) => words.has(w));
  const han = terms.han.filter((pair) => lower.includes(pair));
  return [...latin, ...(han.length >= 2 ? han : [])];
}

/**
 * Whether a new complaint looks like a case of a known problem, and why. A problem with linked tickets matches a
 * complaint of the same category that shares a place fact (region, device, OS, network) with one of them or names
 * a word of its title. A problem with no tickets yet has no category: its title words alone must match.
 */
export function matchProblem(complaint: NewComplaint, problem: ProblemProfile): MatchReasons | undefined {
  const titleWords = sharedTitleWords(problem.title, complaint);
  if (problem.cases.length === 0) return titleWords.length > 0 ? titleWords.map((w) => `“${w}”`) : undefined;
  const sameKind = problem.cases.filter((c) => c.category === complaint.category);
  if (sameKind.length === 0) return undefined;
  const facts = sharedFacts(complaint.facts, sameKind);
  // A word already named by a shared fact ("region: Jakarta") is not a second reason.
  const words = titleWords.filter((w) => !facts.some((f) => f.toLowerCase().includes(w))).map((w) => `“${w}”`);
  const reasons = [...facts, ...words];
  return reasons.length > 0 ? reasons : undefined;
}

/** The open problems a complaint matches, best first (most reasons), at most `limit`. */
export function suggestProblems(
  complaint: NewComplaint,
  problems: ProblemProfile[],
  limit: number,
): Array<{ problemId: number; reasons: MatchReasons }> {
  return problems
    .map((p) => ({ problemId: p.id, reasons: matchProblem(complaint, p) }))
    .filter((m): m is { problemId: number; reasons: MatchReasons } => m.reasons !== undefined)
    .sort((a, b) => b.reasons.length - a.reasons.length || b.problemId - a.problemId)
    .slice(0, limit);
}
