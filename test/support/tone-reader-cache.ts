import { DEFAULT_MODEL_CACHE_DIR } from '../../src/config.js';
import { keepToneReaderIn } from '../../src/drafting/tone-reader-store.js';

/**
 * Each test file runs in a fresh module graph, and each would learn the tone reader again (ten seconds or more on
 * two cores). Every file reads it back from the model cache the app itself uses; the global setup learns it there
 * once, before any file runs.
 */
keepToneReaderIn(DEFAULT_MODEL_CACHE_DIR);
