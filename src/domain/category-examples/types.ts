import type { Category } from '../taxonomy.js';

/** Where an example comes from: one of the labelled complaint tables, or written for the classifier. */
export type ExampleSource =
  | 'dev'
  | 'heldout'
  | 'heldout-3'
  | 'heldout-4'
  | 'heldout-7'
  | 'heldout-9'
  | 'heldout-11'
  | 'written';

export interface CategoryExample {
  source: ExampleSource;
  /** BCP 47 tag of the language the example is written in. */
  lang: string;
  category: Category;
  text: string;
}

/** Examples written for the classifier in one language: complaints as customers word them, by category. */
export type WrittenExamples = Record<Category, readonly string[]>;
