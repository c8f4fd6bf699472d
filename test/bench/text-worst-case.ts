/**
 * The slowest single call of each text function run on customer or model text, over every hostile
 * 40,000-character input in test/domain/hostile-text.ts. Run alone with `npx tsx test/bench/text-worst-case.ts`
 * or as part of `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { prepareToneReader } from '../../src/domain/tone-reader.js';
import { hostileInputs } from '../domain/hostile-text.js';
import { TEXT_FUNCTIONS } from '../domain/text-functions.js';

export interface WorstCase {
  fn: string;
  /** The slowest input's cost: the median of its runs. */
  worstMs: number;
  /** The fastest of that input's runs: the cost without the machine's interruptions. */
  worstFastestMs: number;
  input: string;
  /** The median input's cost. */
  medianMs: number;
  inputs: number;
}

const RUNS = 5;

function timeOnce(run: (text: string) => unknown, text: string): number {
  const started = performance.now();
  run(text);
  return performance.now() - started;
}

/** Each input five times; its cost is the median, so a GC pause or a busy neighbour does not count as the pattern's. */
export function measureTextWorstCases(): WorstCase[] {
  const inputs = hostileInputs();
  return TEXT_FUNCTIONS.map(({ name, run }) => {
    run('warm up: call 123 dropped on iPhone 13, +86 138 0013 8000, sorry');
    const costs = inputs.map((input) => {
      const times = Array.from({ length: RUNS }, () => timeOnce(run, input.text)).sort((a, b) => a - b);
      return { input: input.name, ms: times[Math.floor(RUNS / 2)]!, fastest: times[0]! };
    });
    const sorted = [...costs].sort((a, b) => a.ms - b.ms);
    const worst = sorted.at(-1)!;
    return {
      fn: name,
      worstMs: worst.ms,
      worstFastestMs: worst.fastest,
      input: worst.input,
      medianMs: sorted[Math.floor(sorted.length / 2)]!.ms,
      inputs: inputs.length,
    };
  });
}

export function printTextWorstCases(results: WorstCase[]): void {
  const inputs = results[0]?.inputs ?? 0;
  console.log(
    `\nText functions on ${inputs} hostile 40,000-character inputs, ${RUNS} runs each (worst input, target < 100 ms)`,
  );
  const ms = (x: number, width: number) => `${x.toFixed(2).padStart(width)} ms`;
  for (const r of results)
    console.log(
      `   ${r.fn.padEnd(18)} worst ${ms(r.worstMs, 7)} (fastest run ${ms(r.worstFastestMs, 6)})` +
        `  median input ${ms(r.medianMs, 5)}  (${r.input})`,
    );
}

/** A full garbage collection, on demand: the flag exposes `gc` to contexts created after it is set. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const ORDINARY = 'Our video calls keep dropping every few minutes on iPhone 13 over 4G, call id 55001, sorry';

/**
 * Each function on an ordinary complaint right after six full garbage collections, as a long-running
 * process calls it: a pattern whose compiled code a collection threw away is compiled again here.
 */
export function measureAfterCollections(): Array<{ fn: string; ms: number }> {
  return TEXT_FUNCTIONS.map(({ name, run }) => {
    run(ORDINARY);
    run(`${ORDINARY}.`);
    for (let i = 0; i < 6; i++) collectGarbage();
    return { fn: name, ms: timeOnce(run, `${ORDINARY}!`) };
  });
}

export function printAfterCollections(results: Array<{ fn: string; ms: number }>): void {
  console.log('   one ordinary complaint right after six full garbage collections (a long-running process):');
  console.log(`     ${results.map((r) => `${r.fn} ${r.ms.toFixed(2)} ms`).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The tone check reads with the learned reader, which the app learns (or loads) once at start.
  await prepareToneReader();
  printTextWorstCases(measureTextWorstCases());
  printAfterCollections(measureAfterCollections());
}
