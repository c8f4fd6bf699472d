import type { ToneExample, TonePitfall } from './tone-examples/types.js';
import type { PitfallLanguage, Sentence } from './tone-text.js';
import { type ToneReaderSource, toneReaderSource } from './tone-reader-source.js';
import { FeatureColumns, GRAM_SEED, GramWindow, mixHash, SPACE, WORD_SEED } from './feature-hash.js';

/**
 * A learned second net behind the tone rules, for the two serious pitfalls: blame and over-promising are said
 * in more ways than any list of wordings holds, and each new table of replies found the rules missing a quarter
 * to a half of them. For each pitfall a logistic model over character n-grams (no word segmentation needed for
 * Chinese), words and pairs of words learns from the labelled tone tables (src/domain/tone-examples/), and flags a
 * reply that reads like the replies with that pitfall. The thresholds and the choice to read the whole reply
 * rather than its strongest sentence were chosen by leaving each held-out table out in turn (docs/tone.md).
 */

/** A reply comes first; what follows a very long text is not a reply, and reading it would cost time. */
export const READER_MAX_CHARS = 2000;
/** The pitfalls the reader judges: all four, in this order in its weights. */
export const READER_PITFALLS: readonly TonePitfall[] = ['blame', 'overpromise', 'apology_without_action', 'jargon'];
/**
 * The serious pitfalls, whose rule findings the reader withdraws only when no part of the reply, read alone, reads
 * like the pitfall either: "Your network is bad. We are checking now and will update you within 1 hour." reads, as a
 * whole, like careful replies, and its first sentence alone does not. For blame the parts are the clauses too: in
 * "Your network is bad, but we guarantee it will be fixed in 2 hours." only the clause reads as blame. For promises
 * they are the sentences: read clause by clause, Chinese promises lost five tables of twenty
 * (docs/tone.md, "Withdrawing by sentence"). A warning (an apology, a term) is judged on the whole reply, since
 * what clears it (a step, an explanation) may be in another sentence.
 */
export const READER_READS_PARTS: Partial<Record<TonePitfall, 'sentences' | 'clauses'>> = {
  blame: 'clauses',
  overpromise: 'sentences',
};

/**
 * How the reader's probability for a pitfall is used: from `flag` up it flags a reply the rules passed; below
 * `keep` it withdraws what the rules found (the reply reads like replies that do not have the pitfall, as when an
 * apology comes with a step in words no rule lists, a term is one business readers know, or a rule took a fact
 * about a device for blame or a step already taken for a promise).
 */
export interface ReaderThreshold {
  flag: number;
  keep: number;
  /**
   * For jargon only: below this the reader withdraws even a term on the list of engineering terms. The rules read
   * an explanation only in the shapes they know; on fresh tables most of their false alarms were terms explained in
   * other words ("NACKs, the messages a phone sends asking us to resend …"), and those replies read as far from
   * jargon as replies can (on four tables the reader had not learned from, nine of sixteen scored under 0.013, and
   * every term dropped unexplained but one scored above 0.03; docs/tone.md, "Listed terms").
   */
  keepListed?: number;
}

/**
 * Chosen per language and pitfall by a rule fixed before looking (docs/tone.md, "The reader as judge and doubter";
 * test/domain/tone-reader-choice.ts): on the held-out tables whose first contact is on record, each left out of the
 * reader's learning in turn and read by the rules as they stood when that table was first run, the thresholds of the
 * grid (keep 0 … 0.4; flag 0.3 … 0.9 or never; for jargon, keepListed 0 … 0.03) under which most tables meet
 * precision 0.95 and recall 0.90, ties going to the widest pooled margin, among those that flag no reply the app
 * writes itself.
 */
export const READER_THRESHOLDS: Record<PitfallLanguage, Record<TonePitfall, ReaderThreshold>> = {
  en: {
    blame: { keep: 0.3, flag: 0.5 },
    overpromise: { keep: 0.4, flag: 0.6 },
    apology_without_action: { keep: 0.3, flag: 0.6 },
    jargon: { keep: 0.15, flag: 0.8, keepListed: 0.03 },
  },
  zh: {
    blame: { keep: 0.4, flag: 0.5 },
    overpromise: { keep: 0.4, flag: 0.5 },
    apology_without_action: { keep: 0.3, flag: 0.9 },
    jargon: { keep: 0.15, flag: 0.4, keepListed: 0.03 },
  },
};

export interface ToneReaderModel {
  /** Feature hash → column of the weight vectors. */
  columns: FeatureColumns;
  /** One weight vector per pitfall, in READER_PITFALLS order. */
  weights: Float64Array[];
  biases: number[];
}

/** Anything but a letter, a mark, a digit or a question mark separates words; a question is part of the tone. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}?？|]+/gu;
/** Where a negation's reach ends: the end of its clause. */
const CLAUSE_END = /[,.;:!，。；：！—]+/g;
const DIGITS = /\p{N}+/gu;
const QUESTION = /[?？]/g;

/**
 * Links and Slack's markup are not words of the reply: read as letters, "https example com" looked like jargon.
 * Each alternative stops at the next `<`, `>` or space, so the pass stays linear.
 */
const LINKS = /<[^<>]*>|\b(?:https?:\/\/|www\.)\S*/gi;

/** The part of a reply the reader reads. */
function readable(text: string): string {
  return text.slice(0, READER_MAX_CHARS).replace(LINKS, ' ');
}

function normalised(text: string): string {
  return ` ${readable(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(DIGITS, '0')
    .replace(QUESTION, ' ? ')
    .replace(CLAUSE_END, ' | ')
    .replace(SEPARATORS, ' ')
    .trim()} `;
}

/** Seeds beyond those of n-grams and words (feature-hash.ts): pairs of words, and what a negation reaches. */
const PAIR_SEED = 0x3c6ef372;
const NEGATED_SEED = 0x5be0cd19;
const PIPE = 0x7c;
/** Words after which, up to the end of the clause, every feature means something else ("not that your …"). */
const NEGATIONS = new Set(['not', "isn't", "it's not", 'nothing', 'never', 'nobody', 'no']);
/**
 * The distinct features of a text as 30-bit hashes: n-grams of 1 to MAX_GRAM UTF-16 units, words, and pairs of
 * neighbouring words ("your network", "not our"). One pass over at most READER_MAX_CHARS characters.
 */
export function readerFeatures(text: string): Set<number> {
  const found = new Set<number>();
  const grams = new GramWindow();
  let word = WORD_SEED;
  let wordLength = 0;
  let previousWord = -1;
  let negated = false;
  let wordStart = 0;
  const s = normalised(text);
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit === PIPE) {
      negated = false;
      continue;
    }
    grams.push(unit, negated ? NEGATED_SEED : GRAM_SEED, found);
    if (unit !== SPACE) {
      if (wordLength === 0) wordStart = i;
      word = mixHash(word, unit);
      wordLength++;
      continue;
    }
    if (wordLength > 0) {
      found.add(word);
      if (previousWord >= 0) found.add(mixHash(mixHash(PAIR_SEED, previousWord), word));
      previousWord = word;
      if (!negated && NEGATIONS.has(s.slice(wordStart, i))) negated = true;
    }
    word = negated ? NEGATED_SEED ^ WORD_SEED : WORD_SEED;
    wordLength = 0;
  }
  return found;
}

/** Six rounds learn what twelve did (the same figures over the fifteen folds) in about half the start-up time. */
const EPOCHS = 6;
const LEARNING_RATE = 0.5;
/**
 * Weight decay chosen by the same leave-one-table-out procedure as the thresholds, on twenty-six tables (8th–33rd):
 * table-pairs meeting the figures were 181, 184, 188, 187 and 183 of 208 for 3e-6, 1e-5, 1e-4, 3e-4 and 1e-3. Replies
 * written by a new hand share fewer exact n-grams with the examples; smaller weights on rare ones carry over better.
 */
const L2 = 1e-4;

/** A fixed shuffle, so a model trained twice on the same examples is the same model. */
function shuffled(count: number, seed: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = seed;
  for (let i = count - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Each example as the columns of its features, numbering new features as they come. */
function featureRows(examples: readonly ToneExample[], columns: Map<number, number>): Int32Array[] {
  return examples.map((example) => {
    const features = readerFeatures(example.text);
    const row = new Int32Array(features.size);
    let k = 0;
    for (const feature of features) {
      let column = columns.get(feature);
      if (column === undefined) {
        column = columns.size;
        columns.set(feature, column);
      }
      row[k++] = column;
    }
    return row;
  });
}

/** Logistic regression by AdaGrad: features scaled by 1/√count, so a long reply does not shout. */
function trainPitfall(rows: readonly Int32Array[], labels: readonly boolean[], width: number) {
  const w = new Float64Array(width);
  const squares = new Float64Array(width).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(rows.length, 7 + epoch)) {
      const row = rows[i]!;
      const scale = 1 / Math.sqrt(row.length || 1);
      let z = bias;
      for (const c of row) z += w[c]! * scale;
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
      for (const c of row) {
        const g = error * scale + L2 * w[c]!;
        squares[c]! += g * g;
        w[c]! -= (LEARNING_RATE * g) / Math.sqrt(squares[c]!);
      }
      biasSquares += error * error;
      bias -= (LEARNING_RATE * error) / Math.sqrt(biasSquares);
    }
  }
  return { w, bias };
}

export function trainToneReader(examples: readonly ToneExample[]): ToneReaderModel {
  const columns = new Map<number, number>();
  const rows = featureRows(examples, columns);
  const weights: Float64Array[] = [];
  const biases: number[] = [];
  for (const pitfall of READER_PITFALLS) {
    const { w, bias } = trainPitfall(
      rows,
      examples.map((e) => e.pitfalls.includes(pitfall)),
      columns.size,
    );
    weights.push(w);
    biases.push(bias);
  }
  const hashes = new Uint32Array(columns.size);
  for (const [feature, column] of columns) hashes[column] = feature;
  return { columns: new FeatureColumns(hashes), weights, biases };
}

/** Probability, 0..1, that a text has each pitfall (READER_PITFALLS order). */
export function readerScores(text: string, model: ToneReaderModel): number[] {
  const known: number[] = [];
  const features = readerFeatures(text);
  for (const feature of features) {
    const column = model.columns.get(feature);
    if (column !== undefined) known.push(column);
  }
  const scale = 1 / Math.sqrt(features.size || 1);
  return model.weights.map((w, k) => {
    let z = model.biases[k]!;
    for (const column of known) z += w[column]! * scale;
    return 1 / (1 + Math.exp(-z));
  });
}

/**
 * Letters (or characters of a script without spaces) a reply needs before the reader judges it. In a greeting or
 * a one-word answer ("Hi", "Hello", "收到") almost every feature is the model's prior, not the reply's: those scored
 * like promises. A pitfall that short is said in words the rules know.
 */
export const READER_MIN_LETTERS = 12;
const LETTER = /\p{L}/gu;

export function enoughToRead(text: string): boolean {
  let letters = 0;
  for (const _ of readable(text).matchAll(LETTER)) if (++letters >= READER_MIN_LETTERS) return true;
  return false;
}

export interface ReaderHit {
  rule: TonePitfall;
  /** The sentence that reads most like the pitfall, to show as the excerpt. */
  start: number;
  end: number;
}

/** What the reader makes of a reply: the pitfalls it flags, and those whose rule findings it withdraws. */
export interface ReaderVerdict {
  flagged: ReaderHit[];
  doubted: ReadonlySet<TonePitfall>;
  /** The reply reads so far from jargon that a listed term in it is taken to be explained (`keepListed`). */
  termsExplained: boolean;
}

const UNREAD: ReaderVerdict = { flagged: [], doubted: new Set(), termsExplained: false };

/**
 * The reader's scores for the parts of a reply read on their own (in its first READER_MAX_CHARS characters), each
 * read once and only when asked for: the sentences, and the clauses of sentences that have more than one.
 */
export interface PartScores {
  sentences: () => readonly number[][];
  clauses: () => readonly number[][];
}

export function partScores(text: string, sentences: readonly Sentence[], model: ToneReaderModel): PartScores {
  const read = sentences.filter((s) => s.start < READER_MAX_CHARS);
  let bySentence: number[][] | undefined;
  let byClause: number[][] | undefined;
  return {
    sentences: () => {
      bySentence ??= read.map((s) => readerScores(s.text, model));
      return bySentence;
    },
    clauses: () => {
      byClause ??= read
        .filter((s) => s.clauses.length > 1)
        .flatMap((s) => s.clauses.filter((c) => c.start < READER_MAX_CHARS))
        .map((c) => readerScores(text.slice(c.start, c.end), model));
      return byClause;
    },
  };
}

/** The highest score of pitfall `k` among the parts READER_READS_PARTS names for it; 0 where it names none. */
export function highestInParts(parts: PartScores, pitfall: TonePitfall, k: number): number {
  const kind = READER_READS_PARTS[pitfall];
  if (!kind) return 0;
  let highest = 0;
  for (const scores of kind === 'clauses' ? [parts.sentences(), parts.clauses()] : [parts.sentences()])
    for (const part of scores) highest = Math.max(highest, part[k]!);
  return highest;
}

/**
 * Whether a rule finding stands against the reader's doubt: the reply, or one of the parts READER_READS_PARTS names
 * (`highestInPart`), reads at least `keep` like the pitfall. A term on the list of engineering terms (`listed`) is
 * withdrawn only below `keepListed`. The one definition for the check and for the procedure that chooses thresholds.
 */
export function findingStands(threshold: ReaderThreshold, score: number, highestInPart: number, listed = false) {
  if (listed) return score >= (threshold.keepListed ?? 0);
  return score >= threshold.keep || highestInPart >= threshold.keep;
}

/**
 * The reader's verdict on a (quote-blanked) reply, judged whole; each flagged pitfall comes with the sentence that
 * reads most like it among those in the first READER_MAX_CHARS characters, to show where. `ruled` are the pitfalls the
 * rules found: only those can be withdrawn.
 */
export function readReply(
  text: string,
  sentences: readonly Sentence[],
  lang: PitfallLanguage,
  model: ToneReaderModel,
  ruled: ReadonlySet<TonePitfall> = new Set(),
): ReaderVerdict {
  if (!enoughToRead(text)) return UNREAD;
  const whole = readerScores(text, model);
  const parts = partScores(text, sentences, model);
  const judged = READER_PITFALLS.map((rule, k) => ({
    rule,
    k,
    score: whole[k]!,
    threshold: READER_THRESHOLDS[lang][rule],
  }));
  const doubted = new Set(
    judged
      .filter(
        ({ rule, k, score, threshold }) =>
          ruled.has(rule) && !findingStands(threshold, score, highestInParts(parts, rule, k)),
      )
      .map((j) => j.rule),
  );
  const jargon = judged[READER_PITFALLS.indexOf('jargon')]!;
  const termsExplained = ruled.has('jargon') && !findingStands(jargon.threshold, jargon.score, 0, true);
  const found = judged.filter((j) => j.score >= j.threshold.flag);
  if (found.length === 0) return { flagged: [], doubted, termsExplained };
  const read = sentences.filter((s) => s.start < READER_MAX_CHARS);
  const scored = parts.sentences();
  const flagged = found.map(({ rule, k }) => {
    let best = 0;
    for (let i = 1; i < scored.length; i++) if (scored[i]![k]! > scored[best]![k]!) best = i;
    const sentence = read[best];
    return { rule, start: sentence?.start ?? 0, end: sentence?.end ?? Math.min(text.length, READER_MAX_CHARS) };
  });
  return { flagged, doubted, termsExplained };
}

let made: { model: ToneReaderModel; by: ToneReaderSource } | undefined;
/** Loaded only to learn the reader: some thirty megabytes a process that reads the reader back never holds. */
let builtInExamples: readonly ToneExample[] | undefined;

/** The reader had to be learned, and the examples were not loaded: the process did not prepare it at start. */
export class ToneReaderNotPrepared extends Error {
  constructor() {
    super('the tone reader must be learned, and its examples are loaded only by prepareToneReader(), at start');
  }
}

function learnBuiltIn(): ToneReaderModel {
  if (!builtInExamples) throw new ToneReaderNotPrepared();
  return trainToneReader(builtInExamples);
}

/**
 * The built-in reader, made on first use, not at import, so a process that never checks a reply pays nothing: read
 * back by the source the process chose (tone-reader-source.ts), or learned from the built-in examples when the process
 * prepared it (prepareToneReader).
 */
export function toneReader(): ToneReaderModel {
  const source = toneReaderSource();
  if (made?.by !== source) made = { model: source(learnBuiltIn), by: source };
  return made.model;
}

/**
 * Makes the built-in reader before the first reply is checked (the app does at start), loading the examples only
 * when the chosen source cannot read it back.
 */
export async function prepareToneReader(): Promise<ToneReaderModel> {
  try {
    return toneReader();
  } catch (error) {
    if (!(error instanceof ToneReaderNotPrepared)) throw error;
  }
  builtInExamples = (await import('./tone-examples/index.js')).TONE_EXAMPLES;
  return toneReader();
}
