/**
 * Language detection per message: what one customer message costs to read (p50, p99 and the slowest, over every
 * complaint of the dev and held-out tables, a few rounds), and the slowest of the hostile 40,000-character inputs
 * of test/domain/hostile-text.ts. Bounded: a few thousand calls. Run alone with `npx tsx test/bench/language.ts`
 * or as part of `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../src/domain/language.js';
import { hostileInputs } from '../domain/hostile-text.js';
import { COMPLAINTS_DEV } from '../fixtures/dev/complaints-dev.js';

const ROUNDS = Number(process.env.BENCH_LANGUAGE_ROUNDS ?? 10);
const HELDOUT = new URL('../fixtures/heldout/complaints-heldout.ts', import.meta.url);

export interface LanguageBench {
  messages: number;
  calls: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p99 and slowest over messages of each message's median cost. */
  medianP99Ms: number;
  medianMaxMs: number;
  hostileInputs: number;
  hostileWorstMs: number;
  hostileWorstInput: string;
}

function timed(text: string): number {
  const started = performance.now();
  detectLanguage(text);
  return performance.now() - started;
}

export async function measureLanguageDetection(): Promise<LanguageBench> {
  const texts = COMPLAINTS_DEV.map((c) => c.text);
  if (existsSync(HELDOUT)) {
    const { COMPLAINTS_HELDOUT } = (await import(HELDOUT.href)) as { COMPLAINTS_HELDOUT: Array<{ text: string }> };
    texts.push(...COMPLAINTS_HELDOUT.map((c) => c.text));
  }
  for (const text of texts) detectLanguage(text);
  const times: number[] = [];
  const perMessage: number[][] = texts.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    texts.forEach((text, i) => {
      const ms = timed(text);
      times.push(ms);
      perMessage[i]!.push(ms);
    });
  times.sort((a, b) => a - b);
  // Each message's median over the rounds: its cost without the machine's interruptions (GC, a busy neighbour).
  const medians = perMessage.map((m) => m.sort((a, b) => a - b)[Math.floor(m.length / 2)]!).sort((a, b) => a - b);
  let hostileWorstMs = 0;
  let hostileWorstInput = '';
  const inputs = hostileInputs();
  for (const input of inputs) {
    // The median of three runs, so one GC pause is not counted as the detector's.
    const ms = [timed(input.text), timed(input.text), timed(input.text)].sort((a, b) => a - b)[1]!;
    if (ms > hostileWorstMs) [hostileWorstMs, hostileWorstInput] = [ms, input.name];
  }
  return {
    messages: texts.length,
    calls: times.length,
    p50Ms: times[Math.floor(times.length * 0.5)]!,
    p99Ms: times[Math.floor(times.length * 0.99)]!,
    maxMs: times.at(-1)!,
    medianP99Ms: medians[Math.floor(medians.length * 0.99)]!,
    medianMaxMs: medians.at(-1)!,
    hostileInputs: inputs.length,
    hostileWorstMs,
    hostileWorstInput,
  };
}

export function printLanguageDetection(r: LanguageBench): void {
  console.log(
    `\nLanguage detection (ELD, medium database) on ${r.messages} complaints x ${ROUNDS} rounds (${r.calls} calls): ` +
      `p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms, slowest ${r.maxMs.toFixed(3)} ms; ` +
      `each message's median: p99 ${r.medianP99Ms.toFixed(3)} ms, slowest ${r.medianMaxMs.toFixed(3)} ms; ` +
      `slowest of ${r.hostileInputs} hostile 40,000-character inputs ${r.hostileWorstMs.toFixed(3)} ms ` +
      `(${r.hostileWorstInput})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printLanguageDetection(await measureLanguageDetection());
