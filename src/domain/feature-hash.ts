/**
 * Hashed text features, shared by the two readers learned from examples (category-fallback.ts for complaints,
 * tone-reader.ts for replies): n-grams of UTF-16 units and words as 30-bit hashes, so reading a text allocates next
 * to nothing. A collision among the few hundred thousand features of the examples costs only a little noise.
 */

/** The longest n-gram, in UTF-16 units (a character outside the Basic Multilingual Plane counts as two). */
export const MAX_GRAM = 4;
/** Seeds of the kinds of feature, so that a word and an n-gram of the same letters stay apart. */
export const GRAM_SEED = 0x011c9dc5;
export const WORD_SEED = 0x2545f491;
export const SPACE = 0x20;
/** Hashes are kept to 30 bits: small integers, which V8 stores without allocating. */
const HASH_MASK = 0x3fffffff;

/** One step of a hash over UTF-16 code units (FNV-like, with a shift so high bits reach low ones). */
export function mixHash(hash: number, unit: number): number {
  const h = Math.imul(hash ^ unit, 0x01000193);
  return (h ^ (h >>> 15)) & HASH_MASK;
}

/** The last MAX_GRAM units read, for the n-grams that end at each new one. */
export class GramWindow {
  private readonly recent = new Array<number>(MAX_GRAM).fill(SPACE);
  private filled = 0;

  /** Reads one unit and adds the n-grams of 1 to MAX_GRAM units ending at it, hashed from `seed`. */
  push(unit: number, seed: number, found: Set<number>): void {
    this.recent.copyWithin(0, 1);
    this.recent[MAX_GRAM - 1] = unit;
    this.filled = Math.min(this.filled + 1, MAX_GRAM);
    let gram = seed;
    for (let n = 1; n <= this.filled; n++) {
      gram = mixHash(gram, this.recent[MAX_GRAM - n]!);
      // A space alone is no feature; a space inside an n-gram marks a word's edge.
      if (n > 1 || unit !== SPACE) found.add(gram);
    }
  }
}

/**
 * Feature hash → column, for a learned model's hundreds of thousands of features: an open-addressing table over
 * typed arrays, built in one pass from each column's hash, so a model read back from bytes is ready in milliseconds
 * where a Map took half a second to fill.
 */
export class FeatureColumns {
  /** Each slot holds its column + 1, or 0 when empty; at most half are full, so a probe is short. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `hashes[column]` is the feature of that column; each feature once. */
  constructor(readonly hashes: Uint32Array) {
    let capacity = 1024;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let column = 0; column < hashes.length; column++) {
      let slot = hashes[column]! & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = column + 1;
    }
  }

  get size(): number {
    return this.hashes.length;
  }

  get(feature: number): number | undefined {
    for (let slot = feature & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) return undefined;
      if (this.hashes[held - 1] === feature) return held - 1;
    }
  }
}
