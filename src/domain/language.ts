import type { Language } from './taxonomy.js';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Chinese when Han characters make up a real share of the letters; English otherwise. */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
