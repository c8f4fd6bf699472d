/**
 * `npx tsx scripts/eld-database.ts`: writes assets/eld-medium-served.json, ELD's medium n-gram database cut to the
 * languages we serve (src/domain/eld-database.ts). Run it after upgrading `eld` or changing the languages served;
 * test/domain/eld-database.test.ts fails until the stored cut matches the installed database.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  cutDatabase,
  ELD_LANGUAGES,
  type EldDatabase,
  type StoredEldDatabase,
  storedDatabasePath,
} from '../src/domain/eld-database.js';

/** The installed package's full medium database, beside its main entry (the package exports no path to it). */
export async function fullMediumDatabase(): Promise<EldDatabase> {
  const url = new URL('../ngrams/medium.js', import.meta.resolve('eld'));
  return ((await import(url.href)) as { ngramsData: EldDatabase }).ngramsData;
}

export async function servedCut(): Promise<StoredEldDatabase> {
  return cutDatabase(await fullMediumDatabase(), ELD_LANGUAGES);
}

async function main(): Promise<void> {
  const cut = await servedCut();
  writeFileSync(storedDatabasePath(), `${JSON.stringify(cut)}\n`);
  process.stdout.write(`${Object.keys(cut.ngrams).length} n-grams, ${cut.rows.length} distinct score rows\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
