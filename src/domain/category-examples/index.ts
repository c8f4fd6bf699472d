import { TABLE_EXAMPLES } from './tables.js';
import type { CategoryExample } from './types.js';
import { WRITTEN_EXAMPLES } from './written/index.js';

/** Everything the fallback classifier learns from: the labelled tables and the examples written for it. */
export const CATEGORY_EXAMPLES: readonly CategoryExample[] = [...TABLE_EXAMPLES, ...WRITTEN_EXAMPLES];
