/**
 * The slowest single call of each text function run on customer or model text, over every hostile
 * 40,000-character input in test/domain/hostile-text.ts. Run alone with `npx tsx test/bench/text-worst-case.ts`
 * or as part of `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { hostileInputs } from '../domain/hostile-text.js';
import { TEXT_FUNCTIONS } from '../domain/text-functions.js';

export interface WorstCase {
  fn: string;
  worstMs: number;
  input: string;
  medianMs: number;
  inputs: number;
}

function timeOnce(run: (text: string) => unknown, text: string): number {
  const started = performance.now();
  run(text);
  return performance.now() - started;
}

/** Each input three times; its cost is the middle of the three, so one GC pause does not count as the pattern's. */
export function measureTextWorstCases(): WorstCase[] {
  const inputs = hostileInputs();
  return TEXT_FUNCTIONS.map(({ name, run }) => {
    run('warm up: call 123 dropped on iPhone 13, +86 138 0013 8000, sorry');
    const costs = inputs.map((input) => {
      const times = [0, 1, 2].map(() => timeOnce(run, input.text)).sort((a, b) => a - b);
      return { input: input.name, ms: times[1]! };
    });
    const sorted = [...costs].sort((a, b) => a.ms - b.ms);
    const worst = sorted.at(-1)!;
    return {
      fn: name,
      worstMs: worst.ms,
      input: worst.input,
      medianMs: sorted[Math.floor(sorted.length / 2)]!.ms,
      inputs: inputs.length,
    };
  });
}

export function printTextWorstCases(results: WorstCase[]): void {
  const inputs = results[0]?.inputs ?? 0;
  console.log(`\nText functions on ${inputs} hostile 40,000-character inputs (worst single call, target < 100 ms)`);
  const ms = (x: number, width: number) => `${x.toFixed(2).padStart(width)} ms`;
  for (const r of results)
    console.log(`   ${r.fn.padEnd(22)} worst ${ms(r.worstMs, 8)}  median ${ms(r.medianMs, 6)}  (${r.input})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printTextWorstCases(measureTextWorstCases());
