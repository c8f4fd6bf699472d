import { readFileSync } from 'node:fs';
import { TONE_EXAMPLES } from '../../src/domain/tone-examples/index.js';
import type { TonePitfall } from '../../src/domain/tone-examples/types.js';
import { disclaimsPromises, findPitfalls, notBlameByExample } from '../../src/domain/tone-pitfalls.js';
import {
  enoughToRead,
  findingStands,
  highestInParts,
  partScores,
  READER_MAX_CHARS,
  READER_PITFALLS,
  type ReaderThreshold,
  readerScores,
  toneReader,
  trainToneReader,
} from '../../src/domain/tone-reader.js';
import { blankQuotes, type PitfallLanguage, sentencesOf } from '../../src/domain/tone-text.js';
import { FIRST_CONTACT_TABLES, type FirstContactRow } from '../fixtures/tone-first-contact-tables.js';

/**
 * How the reader's thresholds are chosen (docs/tone.md, "The reader as judge and doubter"): each held-out table
 * whose first contact is on record is left out of the reader's learning in turn; its rows are read by that reader
 * and by the rules as they stood when the table was first run (test/fixtures/tone-first-contact.json); the pair of
 * thresholds under which most tables meet the figures wins, ties going to the widest pooled margin.
 */
export const KEEP_GRID = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4] as const;

/** For jargon: below which the reader withdraws a listed term too (`keepListed`); 0 leaves listed terms alone. */
export const KEEP_LISTED_GRID = [0, 0.005, 0.01, 0.02, 0.03] as const;

export const FLAG_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Number.POSITIVE_INFINITY] as const;
const PRECISION = 0.95;
const RECALL = 0.9;

export interface FoldRow extends FirstContactRow {
  table: string;
  /** What the rules found at the table's first contact. */
  rules: readonly string[];
  /** The reader's probabilities (READER_PITFALLS order), from a reader that did not learn from this table. */
  scores: readonly number[];
  /** The highest probability of each pitfall among the parts of the reply read alone (READER_READS_PARTS). */
  partScores: readonly number[];
  /** Enough letters for the reader to judge (READER_MIN_LETTERS). */
  readable: boolean;
  /** The reply owns the fault, clears the customer or only gives vague advice: the reader reads no blame in it. */
  notBlame: boolean;
  disclaims: boolean;
  /**
   * Today's rules find a listed engineering term in it, which the reader may not withdraw (tone.ts). Read with
   * today's list, since the first-contact answers say only whether jargon was found.
   */
  listedTerm: boolean;
}

const FIRST_CONTACT: Record<string, string[]> = JSON.parse(
  readFileSync(new URL('../fixtures/tone-first-contact.json', import.meta.url), 'utf8'),
);

function listedTermIn(masked: string, lang: PitfallLanguage): boolean {
  return findPitfalls(masked, sentencesOf(masked), lang).some((hit) => hit.rule === 'jargon' && hit.listed);
}

/** Every row of the chosen tables, scored by a reader trained without its table. */
export function foldRows(sources?: readonly string[]): FoldRow[] {
  const tables = FIRST_CONTACT_TABLES.filter((t) => !sources || sources.includes(t.source));
  return tables.flatMap((table) => {
    const model = trainToneReader(TONE_EXAMPLES.filter((e) => e.source !== table.source));
    return table.rows.map((row) => {
      const masked = blankQuotes(row.text);
      const read = masked.slice(0, READER_MAX_CHARS);
      const parts = partScores(masked, sentencesOf(masked), model);
      return {
        ...row,
        table: table.source,
        rules: FIRST_CONTACT[row.id] ?? [],
        scores: readerScores(masked, model),
        partScores: READER_PITFALLS.map((pitfall, k) => highestInParts(parts, pitfall, k)),
        readable: enoughToRead(masked),
        notBlame: notBlameByExample(read),
        disclaims: disclaimsPromises(read),
        listedTerm: listedTermIn(masked, row.lang),
      };
    });
  });
}

/** What rules and reader together say of a row, as tone.ts decides it. */
export function combinedSays(row: FoldRow, pitfall: TonePitfall, threshold: ReaderThreshold): boolean {
  const ruled = row.rules.includes(pitfall);
  if (!row.readable) return ruled;
  const k = READER_PITFALLS.indexOf(pitfall);
  const score = row.scores[k]!;
  if (ruled)
    return (
      findingStands(threshold, score, row.partScores[k]!) ||
      (pitfall === 'jargon' && row.listedTerm && findingStands(threshold, score, 0, true))
    );
  if (score < threshold.flag) return false;
  if (pitfall === 'blame' && row.notBlame) return false;
  return !(pitfall === 'overpromise' && row.disclaims);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const precisionOf = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recallOf = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const meetsFigures = (c: Counts) => precisionOf(c) >= PRECISION && recallOf(c) >= RECALL;

export function countRows(rows: readonly FoldRow[], pitfall: TonePitfall, says: (row: FoldRow) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const row of rows) {
    const said = says(row);
    const truth = row.pitfalls.includes(pitfall);
    if (said && truth) c.tp++;
    else if (said) c.fp++;
    else if (truth) c.fn++;
  }
  return c;
}

export interface Choice {
  threshold: ReaderThreshold;
  tablesMet: number;
  pooled: Counts;
}

/** The lowest flag threshold that leaves every built-in reply of the language unflagged by the shipped reader. */
export function lowestFlagForBuiltIns(
  replies: ReadonlyArray<{ lang: PitfallLanguage; text: string }>,
  lang: PitfallLanguage,
  pitfall: TonePitfall,
): number {
  const model = toneReader();
  let highest = 0;
  for (const reply of replies.filter((r) => r.lang === lang)) {
    const masked = blankQuotes(reply.text);
    const read = masked.slice(0, READER_MAX_CHARS);
    if (!enoughToRead(masked)) continue;
    if (pitfall === 'blame' && notBlameByExample(read)) continue;
    if (pitfall === 'overpromise' && disclaimsPromises(read)) continue;
    highest = Math.max(highest, readerScores(masked, model)[READER_PITFALLS.indexOf(pitfall)]!);
  }
  return highest;
}

/** Every threshold of the grid for a pitfall whose flag stays above `builtInFloor`. */
function candidates(pitfall: TonePitfall, builtInFloor: number): ReaderThreshold[] {
  const listedGrid = pitfall === 'jargon' ? KEEP_LISTED_GRID : [undefined];
  return KEEP_GRID.flatMap((keep) =>
    FLAG_GRID.filter((f) => f > builtInFloor).flatMap((flag) =>
      listedGrid.map((keepListed) => (keepListed === undefined ? { keep, flag } : { keep, flag, keepListed })),
    ),
  );
}

/**
 * The grid's best threshold for one language and pitfall, by the rule above, among those that flag no built-in
 * reply (`builtInFloor`: the highest score a built-in reply of the language gets).
 */
export function choose(
  rows: readonly FoldRow[],
  lang: PitfallLanguage,
  pitfall: TonePitfall,
  builtInFloor = 0,
): Choice {
  const ofLang = rows.filter((r) => r.lang === lang);
  const tables = [...new Set(ofLang.map((r) => r.table))];
  let best: (Choice & { margin: number }) | undefined;
  for (const threshold of candidates(pitfall, builtInFloor)) {
    const says = (r: FoldRow) => combinedSays(r, pitfall, threshold);
    const tablesMet = tables.filter((t) =>
      meetsFigures(
        countRows(
          ofLang.filter((r) => r.table === t),
          pitfall,
          says,
        ),
      ),
    ).length;
    const pooled = countRows(ofLang, pitfall, says);
    const margin = Math.min(precisionOf(pooled) - PRECISION, recallOf(pooled) - RECALL);
    if (!best || tablesMet > best.tablesMet || (tablesMet === best.tablesMet && margin > best.margin))
      best = { threshold, tablesMet, pooled, margin };
  }
  return best!;
}
