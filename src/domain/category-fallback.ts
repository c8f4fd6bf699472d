import { CATEGORY_EXAMPLES } from './category-examples/index.js';
import { GRAM_SEED, GramWindow, mixHash, SPACE, WORD_SEED } from './feature-hash.js';
import type { CategoryExample } from './category-examples/types.js';
import { CATEGORIES, type Category } from './taxonomy.js';

/**
 * A naive Bayes reader of complaints, for the complaints the keyword rules cannot place: "the other side hears
 * everything twice" has no listed word, yet reads like the echo complaints it was trained on. It learns from
 * labelled examples (src/domain/category-examples/) over character n-grams, which need no word segmentation for
 * Chinese, Japanese, Thai, Arabic or Devanagari, and over whole words where the script has spaces.
 */

/** The complaint comes first; what follows a long message is a pasted log, and reading it would cost time. */
export const FALLBACK_MAX_CHARS = 2000;
/** Smoothing for a feature a category never saw: small, so that rare but telling n-grams keep their weight. */
const SMOOTHING = 0.1;

/**
 * Per feature, the log-probability of seeing it in a complaint of each category: row `rows.get(feature)` of
 * `weights`, one column per category in CATEGORIES order. One flat array rather than an array per feature keeps the
 * tens of thousands of features to a few megabytes.
 */
export interface CategoryModel {
  rows: Map<number, number>;
  weights: Float64Array;
}

export interface FallbackGuess {
  category: Category;
  /** Posterior probability of the category, 0..1, with the features' evidence tempered (see TEMPERATURE). */
  confidence: number;
}

const ARABIC_MARKS = /[\u0640\u064b-\u0652]/g;
/** Anything that is not a letter, a mark or a digit separates words; digit runs are one shape ("4.2.1" = "0.0.0"). */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const DIGITS = /\p{N}+/gu;

export function normalise(text: string): string {
  return ` ${text
    .slice(0, FALLBACK_MAX_CHARS)
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(DIGITS, '0')
    .replace(SEPARATORS, ' ')
    .trim()} `;
}

/**
 * The distinct features of a text, as 30-bit hashes: n-grams of 1 to MAX_GRAM UTF-16 units (a character outside
 * the Basic Multilingual Plane, an emoji, counts as two), and words of two letters or more. Hashes, not strings, so
 * reading a complaint allocates next to nothing; among the few hundred thousand features of the examples a
 * collision is rare and costs only a little noise.
 */
export function featuresOf(text: string): Set<number> {
  const found = new Set<number>();
  const grams = new GramWindow();
  let word = WORD_SEED;
  let wordLength = 0;
  const normalised = normalise(text);
  for (let i = 0; i < normalised.length; i++) {
    const codePoint = normalised.charCodeAt(i);
    grams.push(codePoint, GRAM_SEED, found);
    if (codePoint !== SPACE) {
      word = mixHash(word, codePoint);
      wordLength++;
    } else {
      if (wordLength >= 2) found.add(word);
      word = WORD_SEED;
      wordLength = 0;
    }
  }
  return found;
}

export function trainCategoryModel(examples: readonly CategoryExample[]): CategoryModel {
  const width = CATEGORIES.length;
  const featureSets = examples.map((example) => featuresOf(example.text));
  const rows = new Map<number, number>();
  for (const features of featureSets)
    for (const feature of features) if (!rows.has(feature)) rows.set(feature, rows.size);
  const weights = new Float64Array(rows.size * width);
  const totals = new Float64Array(width);
  examples.forEach((example, i) => {
    const c = CATEGORIES.indexOf(example.category);
    for (const feature of featureSets[i]!) weights[rows.get(feature)! * width + c]!++;
    totals[c]! += featureSets[i]!.size;
  });
  for (let i = 0; i < weights.length; i++) {
    const c = i % width;
    weights[i] = Math.log((weights[i]! + SMOOTHING) / (totals[c]! + SMOOTHING * rows.size));
  }
  return { rows, weights };
}

/**
 * Naive Bayes counts every overlapping n-gram as independent evidence, so its raw posterior is near 0 or 1 for
 * any text; dividing the log-likelihoods by this makes the confidence a usable threshold.
 */
const TEMPERATURE = 30;

/** The likeliest category for a text (equal priors), or undefined when no feature of it was ever seen. */
export function guessCategory(text: string, model: CategoryModel): FallbackGuess | undefined {
  const width = CATEGORIES.length;
  const scores = new Float64Array(width);
  let seen = 0;
  for (const feature of featuresOf(text)) {
    const row = model.rows.get(feature);
    if (row === undefined) continue;
    seen++;
    for (let c = 0; c < width; c++) scores[c]! += model.weights[row * width + c]!;
  }
  if (seen === 0) return undefined;
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += Math.exp((scores[c]! - scores[best]!) / TEMPERATURE);
  return { category: CATEGORIES[best]!, confidence: 1 / sum };
}

let defaultModel: CategoryModel | undefined;

/** Trained on first use, not at import, so a process that never classifies pays nothing; the app trains it at start. */
export function categoryModel(): CategoryModel {
  defaultModel ??= trainCategoryModel(CATEGORY_EXAMPLES);
  return defaultModel;
}
