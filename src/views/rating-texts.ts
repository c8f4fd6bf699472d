import { catalogue } from '../domain/catalogue/index.js';
import { LANGUAGES, type Language } from '../domain/taxonomy.js';
import { ratedThanks } from './closing.js';

interface RatingTexts {
  thanks: (rating: number) => string;
  notYours: string;
  notThisMessage: string;
}

/** What the person who pressed a rating button reads, in the ticket's customer language (from its catalogue). */
export function ratingTexts(language: Language): RatingTexts {
  const closing = catalogue(language).closing;
  return {
    thanks: (rating) => ratedThanks(language, rating),
    notYours: closing.ratingNotYours,
    notThisMessage: closing.ratingElsewhere,
  };
}

export const RATING_TEXTS = Object.fromEntries(LANGUAGES.map((l) => [l, ratingTexts(l)])) as Record<
  Language,
  RatingTexts
>;
