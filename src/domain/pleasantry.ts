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
  // The other languages we serve: thanks, greetings and acknowledgements.
  '謝謝',
  '多謝',
  '感謝',
  '沒問題',
  'ありがとうございます',
  'ありがとうございました',
  'ありがとう',
  '承知しました',
  '了解しました',
  '了解です',
  '助かります',
  'よろしくお願いします',
  'お疲れ様です',
  'わかりました',
  'はい',
  '감사합니다',
  '고맙습니다',
  '감사해요',
  '알겠습니다',
  '확인했습니다',
  '안녕하세요',
  '넵',
  '네',
  'gracias',
  'muchas gracias',
  'vale',
  'genial',
  'de acuerdo',
  'hola',
  'entendido',
  'obrigado',
  'obrigada',
  'valeu',
  'beleza',
  'perfeito',
  'entendi',
  'terima kasih',
  'makasih',
  'oke',
  'siap',
  'cảm ơn',
  'cám ơn',
  'vâng',
  'xin chào',
  'ขอบคุณครับ',
  'ขอบคุณค่ะ',
  'ขอบคุณ',
  'รับทราบ',
  'โอเค',
  'ครับ',
  'ค่ะ',
  'شكرا',
  'شكراً',
  'شكرًا',
  'مشكور',
  'تمام',
  'teşekkürler',
  'teşekkür ederim',
  'sağ olun',
  'tamam',
  'merhaba',
  'merci',
  'merci beaucoup',
  "d'accord",
  'parfait',
  'super',
  'bonjour',
  'danke',
  'vielen dank',
  'danke schön',
  'alles klar',
  'perfekt',
  'hallo',
  'спасибо',
  'большое спасибо',
  'понял',
  'поняла',
  'хорошо',
  'отлично',
  'здравствуйте',
  'धन्यवाद',
  'शुक्रिया',
  'ठीक है',
  'नमस्ते',
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

/**
 * A thank-you is short. Longer than 500 characters, a message is never a mere pleasantry (even with a
 * dozen mentions and emoji around "thanks!"), so it is answered before any pattern runs; the patterns
 * below then only ever see short text.
 */
export const PLEASANTRY_MAX_CHARS = 500;
/** What is left once decorations are gone: at most this long to count as a pleasantry. */
const MAX_WORDS_CHARS = 60;

function stripDecorations(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/<@[^<>]{1,40}>/g, ' ')
      .replace(/:[a-z0-9_+-]{1,40}:/g, ' ')
      // Skin-tone modifiers and joiners are removed one code point at a time, on purpose.
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: see the line above
      .replace(/[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]/gu, ' ')
      .replace(/[!！¡¿。.,，~～?？、…\s]+/g, ' ')
      .trim()
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PHRASE_PATTERNS = BY_LENGTH.map((phrase) => {
  const latin = /^[a-z0-9 ]+$/.test(phrase);
  return new RegExp(latin ? `(?<=\\s)${escapeRegExp(phrase)}(?=\\s)` : escapeRegExp(phrase), 'g');
});

/** True when nothing is left once greetings, thanks and acknowledgements are taken out. */
export function isPleasantry(text: string): boolean {
  if (text.length > PLEASANTRY_MAX_CHARS) return false;
  let rest = ` ${stripDecorations(text)} `;
  if (rest.trim().length > MAX_WORDS_CHARS) return false;
  for (const pattern of PHRASE_PATTERNS) rest = rest.replace(pattern, ' ');
  return rest
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => FILLERS.has(word));
}
