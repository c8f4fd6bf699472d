import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { eld } from 'eld';
import { LANGUAGES } from './taxonomy.js';

/**
 * ELD's medium n-gram database, cut to the languages we serve. The package ships its databases as JavaScript
 * object literals: compiling the medium one held about 60 MB of heap and left the process 190 MB larger, for all
 * sixty languages when we ask for fifteen. The cut, as JSON, holds the same n-gram scores for our languages, so
 * ELD's answers are the same (test/domain/eld-database.test.ts), for about a twentieth of the memory.
 */

export type Eld = typeof eld;

/** ELD has Malay (`ms`) but not Indonesian, the same standard language; we serve Indonesian and no Malay. */
export const ELD_LANGUAGES: readonly string[] = [...LANGUAGES.filter((l) => l !== 'zh-Hant' && l !== 'id'), 'ms'];

/** ELD's own form of a database: per n-gram, a score for each language id that has one. */
export interface EldDatabase {
  type: string;
  /** Every language id of the full database, so that ELD's score per id keeps its length and its answers. */
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/**
 * The cut as stored: each n-gram points at one of a few thousand distinct score rows, so that the tens of thousands
 * of n-grams that share a row ("only Thai, 52") share one object when loaded.
 */
export interface StoredEldDatabase {
  type: string;
  languages: Record<string, string>;
  rows: Record<string, number>[];
  ngrams: Record<string, number>;
}

const FILE_NAME = 'eld-medium-served.json';

/** The cut lives in assets/ at the project root, whether this runs from src/ or from dist/. */
export function storedDatabasePath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'assets', FILE_NAME))) return join(dir, 'assets', FILE_NAME);
  }
  throw new Error(`assets/${FILE_NAME} not found next to the app`);
}

function servedScores(scores: Record<string, number>, servedIds: ReadonlySet<string>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).filter(([id]) => servedIds.has(id)));
}

/** The n-grams with a score for a served language, with only those scores (scripts/eld-database.ts writes it). */
export function cutDatabase(full: EldDatabase, served: readonly string[]): StoredEldDatabase {
  const servedIds = new Set(Object.keys(full.languages).filter((id) => served.includes(full.languages[id]!)));
  const rowIndex = new Map<string, number>();
  const rows: Record<string, number>[] = [];
  const ngrams: Record<string, number> = {};
  for (const [ngram, scores] of Object.entries(full.ngrams)) {
    const row = servedScores(scores, servedIds);
    const key = JSON.stringify(row);
    if (key === '{}') continue;
    if (!rowIndex.has(key)) rowIndex.set(key, rows.push(row) - 1);
    ngrams[ngram] = rowIndex.get(key)!;
  }
  return { type: full.type, languages: full.languages, rows, ngrams };
}

/** The stored cut in ELD's form; every n-gram's row index is replaced, in place, by the shared row itself. */
export function loadServedDatabase(path = storedDatabasePath()): EldDatabase {
  const stored = JSON.parse(readFileSync(path, 'utf8')) as StoredEldDatabase;
  const ngrams = stored.ngrams as unknown as EldDatabase['ngrams'];
  for (const ngram in stored.ngrams) ngrams[ngram] = stored.rows[stored.ngrams[ngram]!]!;
  return { type: stored.type, languages: stored.languages, ngrams };
}

/**
 * The installed ELD's own detector module, which takes a database as it is: the package exports only entries with
 * a database built in, so it is found beside the main entry.
 */
async function eldDetectorModule(): Promise<{ createEld(): { instance: Eld; loadData(data: EldDatabase): string } }> {
  return import(new URL('../languageDetector.js', import.meta.resolve('eld')).href);
}

/** An ELD instance reading `database`, limited to the languages we serve. */
export async function servedDetector(database: EldDatabase = loadServedDatabase()): Promise<Eld> {
  const { createEld } = await eldDetectorModule();
  const { instance, loadData } = createEld();
  loadData(database);
  instance.setLanguageSubset([...ELD_LANGUAGES]);
  return instance;
}
