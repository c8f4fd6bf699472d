import { TONE_TABLE_EXAMPLES } from './tables.js';
import type { ToneExample } from './types.js';

/** Everything the tone reader learns from: the labelled tone tables. */
export const TONE_EXAMPLES: readonly ToneExample[] = TONE_TABLE_EXAMPLES;
