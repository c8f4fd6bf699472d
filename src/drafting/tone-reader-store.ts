import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeToneReader, encodeToneReader } from '../domain/tone-reader-bytes.js';
import { type ToneReaderSource, useToneReaderSource } from '../domain/tone-reader-source.js';
import type { ToneReaderModel } from '../domain/tone-reader.js';
import type { Log } from '../logger.js';

/**
 * The tone reader learns from some thirty thousand replies, which takes ten seconds or more on two small cores; a
 * process that starts often (a deploy, a restart, each test file) reads back what an earlier one learned instead, in
 * a tenth of a second. What is kept is named by a digest of everything that decides what is learned: the learner's
 * source and the examples' modules, read as files, so that choosing to read back loads none of the examples. A file
 * under that name that is not a model (cut short, another layout) is learned again and replaced.
 */

/** Modules of src/domain/ whose change changes what is learned, next to this one's compiled form (.ts, or .js). */
const LEARNER_MODULES = ['tone-reader', 'feature-hash', 'tone-reader-bytes'];
const EXAMPLES_FOLDER = 'tone-examples';
/**
 * Named apart by the form the learner runs in (`ts` under tsx, `js` built), so that `npm run demo` and `npm start` in
 * one checkout each keep their own model instead of clearing the other's.
 */
const FILE_PREFIX = `tone-reader-${extname(fileURLToPath(import.meta.url)).slice(1)}-`;
const FILE_SUFFIX = '.bin';

/** A short digest of the learner's source and the examples' modules: the kept model's name. */
export function toneReaderKey(): string {
  const here = fileURLToPath(import.meta.url);
  const ext = extname(here);
  const domain = join(dirname(here), '..', 'domain');
  const examples = join(domain, EXAMPLES_FOLDER);
  const files = [
    ...LEARNER_MODULES.map((name) => join(domain, `${name}${ext}`)),
    ...readdirSync(examples)
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => join(examples, name)),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(domain.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 20);
}

export interface KeptToneReader {
  model: ToneReaderModel;
  /** Where the model is kept. */
  path: string;
  /** Read back (`read`), or learned now (`learned`, and kept unless `keepFailed` says why not). */
  outcome: 'read' | 'learned';
  keepFailed?: string;
  ms: number;
}

function keptPath(dir: string, key: () => string = toneReaderKey): string {
  return join(dir, `${FILE_PREFIX}${key()}${FILE_SUFFIX}`);
}

function readKept(path: string): ToneReaderModel | undefined {
  try {
    return decodeToneReader(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds a whole tone reader learned from the examples as they are now. */
export function toneReaderIsKept(dir: string): boolean {
  try {
    return readKept(keptPath(dir)) !== undefined;
  } catch {
    return false;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Written whole or not at all: another process reading at the same moment sees no file, or the whole new one. */
function keep(dir: string, path: string, model: ToneReaderModel): string | undefined {
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${path}.${process.pid}.part`;
    writeFileSync(partial, encodeToneReader(model));
    renameSync(partial, path);
    // Models learned from older examples by this form of the learner are never read again.
    for (const name of readdirSync(dir)) {
      const stale = name.startsWith(FILE_PREFIX) && name.endsWith(FILE_SUFFIX) && join(dir, name) !== path;
      if (stale) rmSync(join(dir, name), { force: true });
    }
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

/**
 * The tone reader read back from `dir` when it was learned there from the same examples, else `learn`ed and kept.
 * `key` names what is kept (toneReaderKey).
 */
export function keptToneReader(
  dir: string,
  learn: () => ToneReaderModel,
  key: () => string = toneReaderKey,
): KeptToneReader {
  const started = performance.now();
  let path: string;
  try {
    path = keptPath(dir, key);
  } catch (error) {
    // The learner's files cannot be read to name the model (an unusual install): learn it, keep nothing.
    const model = learn();
    const keepFailed = `the model cannot be named: ${messageOf(error)}`;
    return { model, path: dir, outcome: 'learned', keepFailed, ms: performance.now() - started };
  }
  const read = readKept(path);
  if (read) return { model: read, path, outcome: 'read', ms: performance.now() - started };
  const model = learn();
  const keepFailed = keep(dir, path, model);
  return { model, path, outcome: 'learned', keepFailed, ms: performance.now() - started };
}

let keptIn: string | undefined;

/**
 * From now on the built-in tone reader comes from `dir` (keptToneReader), made on its first use; `onMade` hears how.
 * Naming the same directory again changes nothing, so a model already made is not made twice.
 */
export function keepToneReaderIn(dir: string, onMade?: (kept: KeptToneReader) => void): void {
  if (keptIn === dir) return;
  keptIn = dir;
  const source: ToneReaderSource = (learn) => {
    const kept = keptToneReader(dir, learn);
    onMade?.(kept);
    return kept.model;
  };
  useToneReaderSource(source);
}

/** One line at start on where the tone reader came from; a cache that cannot be written is a warning, not a stop. */
export function logToneReader(log: Log, kept: KeptToneReader): void {
  const fields = { path: kept.path, ms: Math.round(kept.ms) };
  if (kept.outcome === 'read') log.info('tone reader read back from the model cache', fields);
  else if (kept.keepFailed) {
    log.warn('tone reader learned, but the model cache could not be written; the next start learns it again', {
      ...fields,
      error: kept.keepFailed,
    });
  } else log.info('tone reader learned and kept in the model cache', fields);
}
