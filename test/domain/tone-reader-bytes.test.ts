import { describe, expect, it } from 'vitest';
import { FeatureColumns } from '../../src/domain/feature-hash.js';
import { decodeToneReader, encodeToneReader } from '../../src/domain/tone-reader-bytes.js';
import { readerScores, trainToneReader } from '../../src/domain/tone-reader.js';
import { TONE_EXAMPLES } from '../../src/domain/tone-examples/index.js';

// A few hundred examples of both languages: a model with real weights, learned in a moment.
const model = trainToneReader(TONE_EXAMPLES.filter((_, i) => i % 80 === 0));
const replies = [
  'Your network is bad. We are checking the three calls now.',
  '我们保证以后再也不会出现这种情况。',
  'Sorry about that! The SFU dropped your stream; I have asked our media team to look at it.',
  'Hi',
];

describe('the tone reader as bytes', () => {
  it('reads back a model that scores every reply exactly as the one learned', () => {
    const back = decodeToneReader(encodeToneReader(model))!;
    expect(back.biases).toEqual(model.biases);
    expect(back.weights).toEqual(model.weights);
    expect(Array.from(back.columns.hashes)).toEqual(Array.from(model.columns.hashes));
    for (const reply of replies) expect(readerScores(reply, back)).toEqual(readerScores(reply, model));
  });

  it('reads bytes that start anywhere in a larger buffer', () => {
    const bytes = encodeToneReader(model);
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    const back = decodeToneReader(shifted.subarray(3))!;
    expect(readerScores(replies[0]!, back)).toEqual(readerScores(replies[0]!, model));
  });

  it('refuses bytes that are not a whole model', () => {
    const bytes = encodeToneReader(model);
    expect(decodeToneReader(bytes.subarray(0, bytes.byteLength - 1))).toBeUndefined();
    expect(decodeToneReader(bytes.subarray(0, 10))).toBeUndefined();
    expect(decodeToneReader(new Uint8Array(0))).toBeUndefined();
    const otherLayout = bytes.slice();
    otherLayout[0] = otherLayout[0]! ^ 0xff;
    expect(decodeToneReader(otherLayout)).toBeUndefined();
  });
});

describe('feature columns', () => {
  it('finds each feature at its column, and nothing for a feature it does not hold', () => {
    const hashes = new Uint32Array(5000).map((_, i) => (i * 2654435761) & 0x3fffffff);
    const columns = new FeatureColumns(hashes);
    expect(columns.size).toBe(5000);
    for (const [column, hash] of hashes.entries()) expect(columns.get(hash)).toBe(column);
    // Hashes that share their low bits with held ones probe past them.
    expect(columns.get(hashes[7]! ^ (1 << 29))).toBeUndefined();
    expect(new FeatureColumns(new Uint32Array(0)).get(0)).toBeUndefined();
  });
});
