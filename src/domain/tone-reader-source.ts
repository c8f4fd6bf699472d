import type { ToneReaderModel } from './tone-reader.js';

/**
 * Where the built-in tone reader comes from: given the way to learn it (some seconds on two small cores), a source
 * may read back what an earlier process learned instead (src/drafting/tone-reader-store.ts). This module imports no
 * examples, so a process can choose its source before anything loads them.
 */
export type ToneReaderSource = (learn: () => ToneReaderModel) => ToneReaderModel;

const learnHere: ToneReaderSource = (learn) => learn();
let chosen: ToneReaderSource = learnHere;

/** From now on the built-in reader comes from `source` (made again on next use); no argument: learned here. */
export function useToneReaderSource(source: ToneReaderSource = learnHere): void {
  chosen = source;
}

export function toneReaderSource(): ToneReaderSource {
  return chosen;
}
