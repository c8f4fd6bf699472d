import { FeatureColumns } from './feature-hash.js';
import type { ToneReaderModel } from './tone-reader.js';

/** 'TRD1': the bytes are a tone reader's model, in the layout below. */
const MODEL_MAGIC = 0x31445254;
const HEADER_WORDS = 4;
const HEADER_BYTES = HEADER_WORDS * 4;

/**
 * The model as bytes, so a process can keep what it learned (src/drafting/tone-reader-store.ts): a header (magic,
 * pitfalls, columns), the biases and the weight vectors as float64, then each column's feature hash. Exact: a model
 * read back scores every reply as the one that was learned.
 */
export function encodeToneReader(model: ToneReaderModel): Uint8Array {
  const pitfalls = model.weights.length;
  const width = model.columns.size;
  const floats = new Float64Array(pitfalls + pitfalls * width);
  floats.set(model.biases, 0);
  for (const [k, w] of model.weights.entries()) floats.set(w, pitfalls + k * width);
  const hashes = model.columns.hashes;
  const bytes = new Uint8Array(HEADER_BYTES + floats.byteLength + hashes.byteLength);
  bytes.set(new Uint8Array(new Uint32Array([MODEL_MAGIC, pitfalls, width, 0]).buffer), 0);
  bytes.set(new Uint8Array(floats.buffer), HEADER_BYTES);
  bytes.set(new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength), HEADER_BYTES + floats.byteLength);
  return bytes;
}

/** The model `encodeToneReader` wrote, or undefined when the bytes are not one (cut short, another layout). */
export function decodeToneReader(bytes: Uint8Array): ToneReaderModel | undefined {
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  // Typed views need aligned offsets; a file's bytes may start anywhere in a larger buffer.
  const own = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const [magic, pitfalls, width] = new Uint32Array(own.buffer, own.byteOffset, HEADER_WORDS);
  if (magic !== MODEL_MAGIC || pitfalls === undefined || width === undefined) return undefined;
  const floatCount = pitfalls + pitfalls * width;
  if (own.byteLength !== HEADER_BYTES + floatCount * 8 + width * 4) return undefined;
  const floats = new Float64Array(own.buffer, own.byteOffset + HEADER_BYTES, floatCount);
  const hashes = own.slice(HEADER_BYTES + floatCount * 8);
  const weights = Array.from({ length: pitfalls }, (_, k) =>
    floats.slice(pitfalls + k * width, pitfalls + (k + 1) * width),
  );
  return {
    columns: new FeatureColumns(new Uint32Array(hashes.buffer, hashes.byteOffset, width)),
    weights,
    biases: Array.from(floats.subarray(0, pitfalls)),
  };
}
