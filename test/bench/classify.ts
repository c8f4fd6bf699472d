/**
 * Classification per complaint, keyword rules and the similar-examples fallback together: p50, p99 and the slowest
 * over every complaint of the dev and held-out tables and the written examples, a few rounds, and the slowest of the
 * hostile 40,000-character inputs. The model is trained before timing starts (it is trained once per process).
 * Run alone with `npx tsx test/bench/classify.ts` or as part of `npm run bench`.
 */
import { fileURLToPath } from 'node:url';
import { CATEGORY_EXAMPLES } from '../../src/domain/category-examples/index.js';
import { categoryModel } from '../../src/domain/category-fallback.js';
import { classify } from '../../src/domain/classify.js';
import { hostileInputs } from '../domain/hostile-text.js';

const ROUNDS = Number(process.env.BENCH_CLASSIFY_ROUNDS ?? 5);

export interface ClassifyBench {
  trainMs: number;
  messages: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** p99 over messages of each message's median cost: without the machine's interruptions (GC, a busy neighbour). */
  medianP99Ms: number;
  hostileInputs: number;
  hostileWorstMs: number;
}

function timed(text: string): number {
  const started = performance.now();
  classify(text);
  return performance.now() - started;
}

export function measureClassify(): ClassifyBench {
  const trainStarted = performance.now();
  categoryModel();
  const trainMs = performance.now() - trainStarted;
  const texts = CATEGORY_EXAMPLES.map((e) => e.text);
  for (const text of texts) classify(text);
  const times: number[] = [];
  const perMessage: number[][] = texts.map(() => []);
  for (let round = 0; round < ROUNDS; round++)
    texts.forEach((text, i) => {
      const ms = timed(text);
      times.push(ms);
      perMessage[i]!.push(ms);
    });
  times.sort((a, b) => a - b);
  const medians = perMessage.map((m) => m.sort((a, b) => a - b)[Math.floor(m.length / 2)]!).sort((a, b) => a - b);
  const inputs = hostileInputs();
  // The median of three runs, so one GC pause is not counted as the classifier's.
  const hostile = inputs.map(
    (input) => [timed(input.text), timed(input.text), timed(input.text)].sort((a, b) => a - b)[1]!,
  );
  return {
    trainMs,
    messages: texts.length,
    p50Ms: times[Math.floor(times.length * 0.5)]!,
    p99Ms: times[Math.floor(times.length * 0.99)]!,
    maxMs: times.at(-1)!,
    medianP99Ms: medians[Math.floor(medians.length * 0.99)]!,
    hostileInputs: inputs.length,
    hostileWorstMs: Math.max(...hostile),
  };
}

export function printClassify(r: ClassifyBench): void {
  console.log(
    `\nClassification (rules, then similar examples) on ${r.messages} complaints x ${ROUNDS} rounds: ` +
      `p50 ${r.p50Ms.toFixed(3)} ms, p99 ${r.p99Ms.toFixed(3)} ms, slowest ${r.maxMs.toFixed(3)} ms; ` +
      `each message's median: p99 ${r.medianP99Ms.toFixed(3)} ms; ` +
      `slowest of ${r.hostileInputs} hostile 40,000-character inputs ${r.hostileWorstMs.toFixed(3)} ms; ` +
      `model trained once in ${r.trainMs.toFixed(0)} ms`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printClassify(measureClassify());
