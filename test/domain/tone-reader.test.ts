import { describe, expect, it } from 'vitest';
import { TONE_EXAMPLES } from '../../src/domain/tone-examples/index.js';
import type { ToneExample, TonePitfall } from '../../src/domain/tone-examples/types.js';
import { checkTone } from '../../src/domain/tone.js';
import {
  READER_MAX_CHARS,
  READER_MIN_LETTERS,
  READER_PITFALLS,
  READER_THRESHOLDS,
  readerScores,
  type ToneReaderModel,
  toneReader,
  trainToneReader,
} from '../../src/domain/tone-reader.js';
import { blankQuotes } from '../../src/domain/tone-text.js';

/**
 * The reader learns from every labelled tone table, so each held-out table is measured with a reader trained
 * without it and without the development table written from its mistakes (leave one table out): figures for
 * replies the reader has not seen. The rules were widened on all fifteen tables and find nearly everything in them,
 * so "rules + reader" here shows mostly what the reader costs in false alarms; what it wins on unseen text is its
 * own recall (docs/tone.md, "A learned second net"). Figures are printed; the floors are what was measured.
 * Each fold trains a reader (over a second on a busy machine), so the suite runs the three newest tables;
 * `TONE_FOLDS=all npx vitest run test/domain/tone-reader.test.ts` runs all fifteen, as the thresholds were chosen.
 */
const ALL_FOLDS = [
  'heldout-1',
  'heldout-2',
  'heldout-3',
  'heldout-4',
  'heldout-5',
  'heldout-6',
  'heldout-7',
  'heldout-8',
  'heldout-9',
  'heldout-10',
  'heldout-11',
  'heldout-12',
  'heldout-13',
  'heldout-14',
  'heldout-15',
] as const;
const EVERY_FOLD = process.env.TONE_FOLDS === 'all';
const FOLDS = EVERY_FOLD ? ALL_FOLDS : ALL_FOLDS.slice(-3);
const JUDGED: readonly TonePitfall[] = ['blame', 'overpromise'];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

function count(rows: readonly ToneExample[], pitfall: TonePitfall, says: (e: ToneExample) => boolean): Counts {
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

function readerSays(model: ToneReaderModel, pitfall: TonePitfall) {
  const k = READER_PITFALLS.indexOf(pitfall);
  return (e: ToneExample) => readerScores(blankQuotes(e.text), model)[k]! >= READER_THRESHOLDS[e.lang][pitfall]!;
}

function combinedSays(model: ToneReaderModel, pitfall: TonePitfall) {
  return (e: ToneExample) => checkTone(e.text, undefined, { reader: model }).some((f) => f.rule === pitfall);
}

/** The reader leaves replies too short to judge to the rules (READER_MIN_LETTERS). */
function enoughLetters(text: string): boolean {
  return [...blankQuotes(text).matchAll(/\p{L}/gu)].length >= READER_MIN_LETTERS;
}

type Figures = Record<string, { reader: Counts; combined: Counts }>;

function measureFold(fold: (typeof ALL_FOLDS)[number]): Figures {
  const paired = fold.replace('heldout', 'dev');
  const model = trainToneReader(TONE_EXAMPLES.filter((e) => e.source !== fold && e.source !== paired));
  const held = TONE_EXAMPLES.filter((e) => e.source === fold && enoughLetters(e.text));
  const figures: Figures = {};
  for (const lang of ['en', 'zh'] as const)
    for (const pitfall of JUDGED) {
      const rows = held.filter((e) => e.lang === lang);
      figures[`${lang} ${pitfall}`] = {
        reader: count(rows, pitfall, readerSays(model, pitfall)),
        combined: count(rows, pitfall, combinedSays(model, pitfall)),
      };
    }
  return figures;
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const pr = (c: Counts) => `${precision(c).toFixed(3)} ${recall(c).toFixed(3)}`;

type Floors = Record<string, { precision: number; recall: number }>;
/** The reader alone, pooled over the folds run: measured precision and recall, per language and pitfall. */
const READER_FLOORS: Floors = EVERY_FOLD
  ? {
      'en blame': { precision: 0.96, recall: 0.88 },
      'en overpromise': { precision: 0.98, recall: 0.96 },
      'zh blame': { precision: 0.95, recall: 0.95 },
      'zh overpromise': { precision: 0.98, recall: 0.96 },
    }
  : {
      'en blame': { precision: 1, recall: 0.86 },
      'en overpromise': { precision: 0.97, recall: 0.95 },
      'zh blame': { precision: 0.96, recall: 0.98 },
      'zh overpromise': { precision: 0.97, recall: 0.98 },
    };
/**
 * Rules and reader together, in the worst fold: the precision the reader's false alarms leave (over all fifteen,
 * 0.875: the second table's English blame, where the reader flags replies without blame in them, among them plain
 * accounts of how echo or call routing works; over the newest three, 0.900: the fifteenth's Chinese blame).
 */
const COMBINED_PRECISION_FLOOR = EVERY_FOLD ? 0.87 : 0.9;

describe('tone reader, measured on tables it did not learn from', () => {
  // A reader trained per fold: a few seconds each on a busy two-core machine.
  it('stays at the measured floors, and its false alarms keep the check precise', () => {
    const pooled: Record<string, { reader: Counts; combined: Counts }> = {};
    const lines = ['fold       lang pitfall      reader: P     R   rules + reader: P     R'];
    const worst: Record<string, number> = {};
    for (const fold of FOLDS) {
      for (const [key, f] of Object.entries(measureFold(fold))) {
        lines.push(`${fold.padEnd(10)} ${key.padEnd(17)} ${pr(f.reader)}   ${pr(f.combined)}`);
        const sum = pooled[key] ?? { reader: { tp: 0, fp: 0, fn: 0 }, combined: { tp: 0, fp: 0, fn: 0 } };
        pooled[key] = { reader: add(sum.reader, f.reader), combined: add(sum.combined, f.combined) };
        worst[key] = Math.min(worst[key] ?? 1, precision(f.combined));
      }
    }
    for (const [key, f] of Object.entries(pooled))
      lines.push(`all ${String(FOLDS.length).padEnd(6)} ${key.padEnd(17)} ${pr(f.reader)}   ${pr(f.combined)}`);
    console.log(lines.join('\n'));
    for (const [key, p] of Object.entries(worst))
      expect(p, `${key} precision with the reader, worst fold`).toBeGreaterThanOrEqual(COMBINED_PRECISION_FLOOR);
    for (const [key, f] of Object.entries(pooled)) {
      expect(precision(f.reader), `${key} reader precision`).toBeGreaterThanOrEqual(READER_FLOORS[key]!.precision);
      expect(recall(f.reader), `${key} reader recall`).toBeGreaterThanOrEqual(READER_FLOORS[key]!.recall);
    }
  }, 180_000);
});

describe('tone reader in the tone check', () => {
  it('flags blame no listed wording catches, and says the finding comes from the examples', () => {
    const text = 'Honestly, the trouble starts once your folks pile fifteen browser tabs onto a tired laptop.';
    const rulesAlone = checkTone(text, undefined, { reader: null });
    const withReader = checkTone(text);
    const reader = withReader.filter((f) => f.source === 'reader');
    expect(rulesAlone).toEqual([]);
    expect(reader.map((f) => f.rule)).toContain('blame');
    expect(reader[0]!.explanation).toMatch(/reads like replies that blame the customer/);
    expect(reader[0]!.severity).toBe('serious');
  });

  it('does not read blame into a reply that owns the fault, nor a promise into an approved credit', () => {
    // A reader that reads every reply as both pitfalls: what is left is what the reply's own words allow.
    const eager: ToneReaderModel = {
      columns: new Map(),
      weights: [new Float64Array(0), new Float64Array(0)],
      biases: [9, 9],
    };
    const readerRules = (text: string) =>
      checkTone(text, undefined, { reader: eager })
        .filter((f) => f.source === 'reader')
        .map((f) => f.rule);
    expect(readerRules('We checked the logs of the three calls you sent this morning.')).toEqual([
      'blame',
      'overpromise',
    ]);
    for (const text of [
      "The tokens your backend issues are valid. The expiry problem was in our own checker and it's patched.",
      '你们的录屏和日志很清楚，App 的表现完全正常，延迟是我们跨境线路导致的，网络组正在调整。',
      "It's not that your network is bad: our relay in Frankfurt dropped the calls.",
    ])
      expect(readerRules(text), text).not.toContain('blame');
    for (const text of [
      '补偿已经由我们的账单负责人审批通过，下个月账单直接减免 20%。',
      "I can't promise a date for the fix yet; I'll write here by 5 pm with what engineering finds.",
      // A report of what happened, with no word of what will.
      '昨晚的故障从 22:10 持续到 22:26，之后所有语音房都自动恢复了。',
      'The recording backlog was cleared at 16:05 and new replays show up within minutes.',
    ])
      expect(readerRules(text), text).not.toContain('overpromise');
    expect(readerRules('The replays were slow yesterday; from now on they show up within minutes.')).toContain(
      'overpromise',
    );
  });

  it('does not repeat a pitfall the rules already found', () => {
    const findings = checkTone('Your network is bad, so the call drops.');
    expect(findings.filter((f) => f.rule === 'blame')).toHaveLength(1);
    expect(findings[0]!.source).toBeUndefined();
  });

  it('passes a careful reply and a reply that clears the customer', () => {
    for (const text of [
      "It's not that your network is bad.",
      "We're checking the records of your calls now and will update you by 15:00.",
      '这不是您的问题，是我们服务器那边出了故障，工程师正在处理，1 小时内给您更新。',
    ])
      expect(checkTone(text), text).toEqual([]);
  });

  it('leaves a greeting or a one-word answer to the rules: too short for the reader to judge', () => {
    for (const text of ['Hi', 'Hello', 'Hello!', 'Thanks', '收到', '好的，谢谢'])
      expect(checkTone(text, { writtenBy: 'agent' }), text).toEqual([]);
  });

  it('reads only the start of a long reply', () => {
    const padded = `${'We are checking the logs now. '.repeat(READER_MAX_CHARS / 10)} Your network is garbage.`;
    expect(readerScores(padded, toneReader())).toEqual(readerScores(padded.slice(0, READER_MAX_CHARS), toneReader()));
  });

  it('learns the same model from the same examples', () => {
    const few = TONE_EXAMPLES.slice(0, 200);
    const a = trainToneReader(few);
    const b = trainToneReader(few);
    expect(a.biases).toEqual(b.biases);
    expect(Array.from(a.weights[0]!.slice(0, 50))).toEqual(Array.from(b.weights[0]!.slice(0, 50)));
  });
});
