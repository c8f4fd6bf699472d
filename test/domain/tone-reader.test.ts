import { describe, expect, it } from 'vitest';
import { TONE_EXAMPLES } from '../../src/domain/tone-examples/index.js';
import { checkTone } from '../../src/domain/tone.js';
import { FeatureColumns } from '../../src/domain/feature-hash.js';
import {
  READER_MAX_CHARS,
  READER_PITFALLS,
  READER_THRESHOLDS,
  readerFeatures,
  readerScores,
  type ToneReaderModel,
  toneReader,
  trainToneReader,
} from '../../src/domain/tone-reader.js';
import { FIRST_CONTACT_TABLES } from '../fixtures/tone-first-contact-tables.js';
import { builtInReplies } from './built-in-replies.js';
import {
  type Counts,
  choose,
  combinedSays,
  countRows,
  type FoldRow,
  foldRows,
  lowestFlagForBuiltIns,
  meetsFigures,
  precisionOf,
  recallOf,
} from './tone-reader-choice.js';

/**
 * The reader learns from every labelled tone table, so each held-out table is measured with a reader trained
 * without it (leave one table out), next to the rules as they stood when that table was first run: figures for
 * replies neither had seen (docs/tone.md, "The reader as judge and doubter"). Each fold trains a reader (seconds
 * on a busy machine), so the suite runs the three newest tables; `TONE_FOLDS=all npx vitest run
 * test/domain/tone-reader.test.ts` runs every table whose first contact is on record and checks that the rule
 * for choosing the thresholds still chooses READER_THRESHOLDS.
 */
const EVERY_FOLD = process.env.TONE_FOLDS === 'all';
const SOURCES = FIRST_CONTACT_TABLES.map((t) => t.source);
const FOLDS = EVERY_FOLD ? SOURCES : SOURCES.slice(-3);
const LANGS = ['en', 'zh'] as const;

const pr = (c: Counts) => `${precisionOf(c).toFixed(3)} ${recallOf(c).toFixed(3)}`;
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const NONE: Counts = { tp: 0, fp: 0, fn: 0 };
const logit = (p: number) => Math.log(p / (1 - p));

/** Pitfall-language pairs meeting precision 0.95 and recall 0.90, per table: first contact and with the reader. */
function tableFigures(rows: readonly FoldRow[]) {
  const lines = ['table       lang pitfall                 first contact: P     R   with the reader: P     R'];
  const met: Record<string, { before: number; after: number }> = {};
  const pooled: Record<string, Counts> = {};
  for (const table of FOLDS) {
    met[table] = { before: 0, after: 0 };
    for (const lang of LANGS)
      for (const pitfall of READER_PITFALLS) {
        const ofTable = rows.filter((r) => r.table === table && r.lang === lang);
        const before = countRows(ofTable, pitfall, (r) => r.rules.includes(pitfall));
        const after = countRows(ofTable, pitfall, (r) => combinedSays(r, pitfall, READER_THRESHOLDS[lang][pitfall]));
        met[table]!.before += meetsFigures(before) ? 1 : 0;
        met[table]!.after += meetsFigures(after) ? 1 : 0;
        pooled[`${lang} ${pitfall}`] = add(pooled[`${lang} ${pitfall}`] ?? NONE, after);
        lines.push(`${table.padEnd(11)} ${lang}   ${pitfall.padEnd(23)} ${pr(before)}   ${pr(after)}`);
      }
    const { before, after } = met[table]!;
    lines.push(`${table.padEnd(11)} pairs met: ${before} of 8 at first contact, ${after} with the reader`);
  }
  return { lines, met, pooled };
}

/**
 * Pairs met per table and the lowest pooled figures, as measured (rules of each table's first contact; reader
 * trained without the table). Over the newest three (99th to 101st, read by the rules of f2408c9), English blame is
 * the least precise (0.963) and Chinese blame and terms find the fewest (0.917); over all 94 tables, English blame is
 * the least precise (0.982) and finds the fewest (0.957). The thresholds were chosen on these same tables, so these are
 * not blind figures: the next table's first contact is (docs/tone.md).
 */
const PAIRS_MET: Record<string, number> = {
  'heldout-8': 7,
  'heldout-9': 8,
  'heldout-10': 8,
  'heldout-11': 3,
  'heldout-12': 8,
  'heldout-13': 8,
  'heldout-14': 7,
  'heldout-15': 8,
  'heldout-16': 8,
  'heldout-17': 7,
  'heldout-18': 7,
  'heldout-19': 8,
  'heldout-20': 6,
  'heldout-21': 8,
  'heldout-22': 8,
  'heldout-23': 7,
  'heldout-24': 8,
  'heldout-25': 8,
  'heldout-26': 8,
  'heldout-27': 7,
  'heldout-28': 6,
  'heldout-29': 7,
  'heldout-30': 7,
  'heldout-31': 8,
  'heldout-32': 8,
  'heldout-33': 7,
  'heldout-34': 7,
  'heldout-35': 8,
  'heldout-36': 8,
  'heldout-37': 7,
  'heldout-38': 8,
  'heldout-39': 8,
  'heldout-40': 7,
  'heldout-41': 8,
  'heldout-42': 7,
  'heldout-43': 8,
  'heldout-44': 7,
  'heldout-45': 7,
  'heldout-46': 6,
  'heldout-47': 8,
  'heldout-48': 7,
  'heldout-49': 8,
  'heldout-50': 7,
  'heldout-51': 8,
  'heldout-52': 7,
  'heldout-53': 6,
  'heldout-54': 8,
  'heldout-55': 7,
  'heldout-56': 7,
  'heldout-57': 8,
  'heldout-58': 8,
  'heldout-59': 8,
  'heldout-60': 8,
  'heldout-61': 8,
  'heldout-62': 8,
  'heldout-63': 8,
  'heldout-64': 8,
  'heldout-65': 8,
  'heldout-66': 6,
  'heldout-67': 7,
  'heldout-68': 6,
  'heldout-69': 6,
  'heldout-70': 7,
  'heldout-71': 8,
  'heldout-72': 6,
  'heldout-73': 6,
  'heldout-74': 7,
  'heldout-75': 7,
  'heldout-76': 8,
  'heldout-77': 8,
  'heldout-78': 8,
  'heldout-79': 8,
  'heldout-80': 8,
  'heldout-81': 6,
  'heldout-82': 8,
  'heldout-83': 7,
  'heldout-84': 8,
  'heldout-85': 8,
  'heldout-86': 8,
  'heldout-87': 7,
  'heldout-88': 8,
  'heldout-89': 8,
  'heldout-90': 7,
  'heldout-91': 8,
  'heldout-92': 4,
  'heldout-93': 5,
  'heldout-94': 7,
  'heldout-95': 7,
  'heldout-96': 8,
  'heldout-97': 7,
  'heldout-98': 5,
  'heldout-99': 8,
  'heldout-100': 4,
  'heldout-101': 7,
};
const FLOORS = EVERY_FOLD
  ? { pooledPrecision: 0.96, pooledRecall: 0.95 }
  : { pooledPrecision: 0.96, pooledRecall: 0.9 };

describe('tone reader, measured on tables it did not learn from', () => {
  const rows = foldRows(FOLDS);

  it("lifts the rules of each table's first contact to the measured pairs, and prints every figure", () => {
    const { lines, met, pooled } = tableFigures(rows);
    for (const [key, c] of Object.entries(pooled)) lines.push(`pooled ${key.padEnd(28)} ${pr(c)}`);
    console.log(lines.join('\n'));
    for (const table of FOLDS)
      expect(met[table]!.after, `${table} pairs met with the reader`).toBeGreaterThanOrEqual(PAIRS_MET[table]!);
    for (const [key, c] of Object.entries(pooled)) {
      expect(precisionOf(c), `${key} pooled precision`).toBeGreaterThanOrEqual(FLOORS.pooledPrecision);
      expect(recallOf(c), `${key} pooled recall`).toBeGreaterThanOrEqual(FLOORS.pooledRecall);
    }
  }, 300_000);

  it.runIf(EVERY_FOLD)(
    'chooses the thresholds the reader ships with',
    async () => {
      const builtIn = await builtInReplies(LANGS);
      for (const lang of LANGS)
        for (const pitfall of READER_PITFALLS) {
          const chosen = choose(rows, lang, pitfall, lowestFlagForBuiltIns(builtIn, lang, pitfall));
          expect(chosen.threshold, `${lang} ${pitfall}`).toEqual(READER_THRESHOLDS[lang][pitfall]);
        }
      // Every pitfall's grid over every fold's rows: over three minutes on two cores, more than the default allows.
    },
    600_000,
  );
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
      columns: new FeatureColumns(new Uint32Array(0)),
      weights: READER_PITFALLS.map(() => new Float64Array(0)),
      biases: READER_PITFALLS.map((p) => (p === 'blame' || p === 'overpromise' ? 9 : -9)),
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
      "To be clear, the Android echo isn't something your developers introduced; it reproduces on our sample app.",
      'Just pushed a settings update so the app reconnects faster. Nothing to change in your code.',
      'Their Wi-Fi numbers in the call stats are healthy. The gap is somewhere between our two regions.',
      '养老院平板上的回声不是你们开发改出来的，我们用官方 Demo 在同款平板上也能复现。',
      '您提到前天换了新的网络设备。不过断线在换设备之前就开始了，所以我不认为跟它有关系。',
      // The seed's vague advice is a holding line, read as one by the rules, not blame.
      'Please check your network and try again.',
      "Only 14 of 200 players had late buzzers, so this doesn't look like a problem with their internet. It's ours.",
    ])
      expect(readerRules(text), text).not.toContain('blame');
    for (const text of [
      '补偿已经由我们的账单负责人审批通过，下个月账单直接减免 20%。',
      'Our goal for the Grand Final is zero dropouts. Two engineers will be watching your rooms live from 18:00.',
      "I can't promise a date for the fix yet; I'll write here by 5 pm with what engineering finds.",
      "I can't tell you it'll never happen again. We let a certificate expire; it renews itself now.",
      // A report of what happened, with no word of what will.
      '昨晚的故障从 22:10 持续到 22:26，之后所有语音房都自动恢复了。',
      'The recording backlog was cleared at 16:05 and new replays show up within minutes.',
    ])
      expect(readerRules(text), text).not.toContain('overpromise');
    expect(readerRules('The replays were slow yesterday; from now on they show up within minutes.')).toContain(
      'overpromise',
    );
  });

  it('withdraws what it doubts, and a listed term only from a reply that reads nothing like jargon', () => {
    // A reader that reads no reply, and no sentence, as having any pitfall: all it can do is doubt the rules.
    const doubting: ToneReaderModel = {
      columns: new FeatureColumns(new Uint32Array(0)),
      weights: READER_PITFALLS.map(() => new Float64Array(0)),
      biases: READER_PITFALLS.map(() => -9),
    };
    const text = 'Sorry about that. Your Wi-Fi is the problem, we guarantee it will never happen again, a QZT7 thing.';
    const rules = checkTone(text, undefined, { reader: null }).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['blame', 'overpromise', 'apology_without_action', 'jargon']));
    expect(checkTone(text, undefined, { reader: doubting })).toEqual([]);
    // A term on the list of engineering terms needs more than doubt: a reply read as jargon-free with near
    // certainty (below keepListed), as replies that explain a term in words no rule knows are read.
    const listed = 'We looked at the CELT on that call.';
    const { keep, keepListed } = READER_THRESHOLDS.en.jargon;
    const between = logit((keepListed! + keep) / 2);
    const doubtingSomewhat: ToneReaderModel = {
      ...doubting,
      biases: READER_PITFALLS.map((p) => (p === 'jargon' ? between : -9)),
    };
    expect(checkTone(listed, undefined, { reader: doubtingSomewhat }).map((f) => f.rule)).toEqual(['jargon']);
    expect(checkTone(listed, undefined, { reader: doubting })).toEqual([]);
    expect(checkTone('We looked at the QZT7 on that call.', undefined, { reader: doubtingSomewhat })).toEqual([]);
    // Too short to judge: the rules' finding stands.
    expect(checkTone('Sorry!', undefined, { reader: doubting }).map((f) => f.rule)).toEqual(
      checkTone('Sorry!', undefined, { reader: null }).map((f) => f.rule),
    );
  });

  it('keeps blame or a promise that one sentence (for blame, one clause), read alone, reads like', () => {
    // A reader for which only the words of the blaming sentence mean blame: diluted by the careful rest, the whole
    // reply reads below the threshold to keep; the sentence alone does not.
    const blaming = 'Your network is bad.';
    const text = `${blaming} We are checking the three calls now and will update you here within 1 hour.`;
    const columns = new FeatureColumns(new Uint32Array(readerFeatures(blaming)));
    const blame = new Float64Array(columns.size).fill(1.4);
    const reader: ToneReaderModel = {
      columns,
      weights: READER_PITFALLS.map((p) => (p === 'blame' ? blame : new Float64Array(columns.size))),
      biases: READER_PITFALLS.map(() => -9),
    };
    const keep = READER_THRESHOLDS.en.blame.keep;
    expect(readerScores(text, reader)[0]).toBeLessThan(keep);
    expect(readerScores(blaming, reader)[0]).toBeGreaterThanOrEqual(keep);
    expect(checkTone(text, undefined, { reader }).map((f) => f.rule)).toContain('blame');
    // Without that sentence the same reader doubts the rules' finding, and it is withdrawn.
    const hinted = 'Your Wi-Fi is the problem here. We are checking the three calls now.';
    expect(checkTone(hinted, undefined, { reader: null }).map((f) => f.rule)).toContain('blame');
    expect(checkTone(hinted, undefined, { reader }).map((f) => f.rule)).not.toContain('blame');
    // The shipped reader on the example, and blame that only one clause reads as.
    expect(checkTone(text).map((f) => f.rule)).toContain('blame');
    const oneClause = 'Your network is bad, but we guarantee it will be fixed in 2 hours.';
    expect(checkTone(oneClause).map((f) => f.rule)).toEqual(expect.arrayContaining(['blame', 'overpromise']));
  });

  it('flags an empty apology and an unexplained term no rule lists, and says so', () => {
    const sure: ToneReaderModel = {
      columns: new FeatureColumns(new Uint32Array(0)),
      weights: READER_PITFALLS.map(() => new Float64Array(0)),
      biases: READER_PITFALLS.map((p) => (p === 'apology_without_action' || p === 'jargon' ? 9 : -9)),
    };
    const text = 'We looked at the three calls you sent this morning and wrote down what we saw.';
    expect(checkTone(text, undefined, { reader: null })).toEqual([]);
    const found = checkTone(text, undefined, { reader: sure });
    expect(found.map((f) => [f.rule, f.source, f.severity])).toEqual([
      ['apology_without_action', 'reader', 'warning'],
      ['jargon', 'reader', 'warning'],
    ]);
    expect(found[0]!.explanation).toMatch(/reads like apologies with no next step/);
    expect(found[1]!.explanation).toMatch(/reads like replies with unexplained engineering terms/);
  });

  it('does not read a link as words', () => {
    const link = 'More at https://example.com/x';
    expect(readerScores(link, toneReader())).toEqual(readerScores('More at', toneReader()));
    expect(checkTone(link, { writtenBy: 'agent' })).toEqual([]);
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
