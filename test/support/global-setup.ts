import { DEFAULT_MODEL_CACHE_DIR } from '../../src/config.js';
import { keptToneReader, toneReaderIsKept } from '../../src/drafting/tone-reader-store.js';

/**
 * Learns the tone reader into the model cache once per run, before any test file reads it (tone-reader-cache.ts);
 * the examples are loaded only when it must be learned.
 */
export default async function setup(): Promise<void> {
  if (toneReaderIsKept(DEFAULT_MODEL_CACHE_DIR)) return;
  const { TONE_EXAMPLES } = await import('../../src/domain/tone-examples/index.js');
  const { trainToneReader } = await import('../../src/domain/tone-reader.js');
  const kept = keptToneReader(DEFAULT_MODEL_CACHE_DIR, () => trainToneReader(TONE_EXAMPLES));
  if (kept.keepFailed) throw new Error(`the tone reader could not be kept at ${kept.path}: ${kept.keepFailed}`);
}
