import type { Language } from './taxonomy.js';

/** CJK Unified Ideographs with Extension A, and the compatibility block. */
function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Chinese when Han characters make up a real share of the letters; English otherwise. One pass over the
 * characters with no pattern and nothing allocated, so the whole message is counted (no cap needed): a
 * long message is judged on all of its words.
 */
export function detectLanguage(text: string): Language {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) han++;
    else if (isLatinLetter(code)) latin++;
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
