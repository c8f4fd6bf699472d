/**
 * Short messages that carry no complaint ("thanks!", "好的", "👍"). They never open a ticket,
 * though in a ticket's thread they are kept as part of the conversation.
 */
const PLEASANTRY_WORDS = [
  'thanks',
  'thank you',
  'thx',
  'ty',
  'cheers',
  'ok',
  'okay',
  'k',
  'got it',
  'great',
  'cool',
  'nice',
  'perfect',
  'awesome',
  'sounds good',
  'will do',
  'noted',
  'hi',
  'hello',
  'hey',
  'good morning',
  'bye',
  'yes',
  'no',
  'sure',
  'np',
  'no problem',
  'all good',
  'that works',
  'thanks a lot',
  'many thanks',
  'much appreciated',
  'appreciate it',
  '谢谢',
  '多谢',
  '感谢',
  '好的',
  '好',
  '嗯',
  '嗯嗯',
  '收到',
  '明白',
  '了解',
  '知道了',
  '没问题',
  '可以',
  '行',
  '你好',
  '您好',
  '早上好',
  '再见',
  '辛苦了',
  '谢啦',
  '好滴',
  '好嘞',
  'ok了',
  '是的',
  '对',
];

const BY_LENGTH = [...PLEASANTRY_WORDS].sort((a, b) => b.length - a.length);
const FILLERS = new Set([
  'team',
  'guys',
  'so',
  'much',
  'very',
  'a',
  'lot',
  'all',
  'you',
  'again',
  'for',
  'the',
  'help',
  'info',
  '啦',
  '了',
  '哈',
  '呀',
  '哦',
  '啊',
]);

function stripDecorations(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/<@[^>]+>/g, ' ')
      .replace(/:[a-z0-9_+-]+:/g, ' ')
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: modifiers and joiners are removed one code point at a time on purpose
      .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
      .replace(/[!！。.,，~～?？、…\s]+/g, ' ')
      .trim()
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when nothing is left once greetings, thanks and acknowledgements are taken out. */
export function isPleasantry(text: string): boolean {
  let rest = ` ${stripDecorations(text)} `;
  if (rest.trim().length > 60) return false;
  for (const phrase of BY_LENGTH) {
    const latin = /^[a-z0-9 ]+$/.test(phrase);
    rest = rest.replace(new RegExp(latin ? `(?<=\\s)${escapeRegExp(phrase)}(?=\\s)` : escapeRegExp(phrase), 'g'), ' ');
  }
  return rest
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => FILLERS.has(word));
}
