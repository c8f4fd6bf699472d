/**
 * Where a labelled reply comes from: the phrase table, a development table, a held-out table by number, or a
 * training table written from the definitions alone, for the reader only.
 */
export type ToneExampleSource =
  | 'phrases'
  | 'dev-1'
  | 'dev-2'
  | 'dev-3'
  | 'dev-4'
  | 'dev-5'
  | 'heldout-1'
  | 'heldout-2'
  | 'heldout-3'
  | 'heldout-4'
  | 'heldout-5'
  | 'heldout-6'
  | 'heldout-7'
  | 'heldout-8'
  | 'heldout-9'
  | 'heldout-10'
  | 'heldout-11'
  | 'heldout-12'
  | 'heldout-13'
  | 'heldout-14'
  | 'heldout-15'
  | 'heldout-16'
  | 'heldout-17'
  | 'heldout-18'
  | 'heldout-19'
  | 'heldout-20'
  | 'heldout-21'
  | 'heldout-22'
  | 'heldout-23'
  | 'heldout-24'
  | 'heldout-25'
  | 'train-en'
  | 'train-zh'
  | 'train-a-en'
  | 'train-a-zh'
  | 'train-b-en'
  | 'train-b-zh'
  | 'train-c-en'
  | 'train-c-zh'
  | 'train-d-en'
  | 'train-d-zh'
  | 'train-e-en'
  | 'train-e-zh'
  | 'train-f'
  | 'train-g'
  | 'train-h'
  | 'train-i'
  | 'train-j'
  | 'train-k'
  | 'train-l'
  | 'train-m'
  | 'train-n'
  | 'train-o'
  | 'train-p'
  | 'train-q'
  | 'train-r'
  | 'train-s'
  | 'train-t'
  | 'train-u'
  | 'train-v'
  | 'train-w'
  | 'train-x'
  | 'train-y'
  | 'train-z'
  | 'train-xa'
  | 'train-xb'
  | 'train-xc'
  | 'train-xd'
  | 'train-xe';

export type TonePitfall = 'blame' | 'apology_without_action' | 'overpromise' | 'jargon';

export interface ToneExample {
  source: ToneExampleSource;
  lang: 'en' | 'zh';
  /** Every pitfall the reply has; none for a reply that must pass clean. */
  pitfalls: readonly TonePitfall[];
  text: string;
}
