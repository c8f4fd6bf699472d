import { servedDetector } from './eld-database.js';
import { LANGUAGES, type Language } from './taxonomy.js';

/**
 * Which language a customer wrote in. The language itself is told by ELD (the `eld` package, Nito-ELD, its medium
 * n-gram database cut to our languages: src/domain/eld-database.ts), chosen by measuring candidates on short support
 * messages (docs/languages.md). Two steps are ours: product words inside another script are set aside first, and
 * Chinese is told apart into Simplified and Traditional after ELD says Chinese, which it does not do.
 */

/**
 * Only the start of a message is read: a few hundred characters tell the language, and what follows in a long
 * message is a pasted log. ELD's cost grows with the text, so this also bounds the cost of 40 KB of hostile text.
 */
export const DETECT_MAX_CHARS = 1000;

/** ELD's Malay is read as Indonesian (see ELD_LANGUAGES). */
const FROM_ELD: Record<string, Language> = { ms: 'id' };

/** Its own instance, limited to the languages we serve, so a setting made elsewhere cannot change it. */
const detector = await servedDetector();

/**
 * Letters of the scripts we serve besides Latin: Cyrillic, Arabic, Devanagari, Thai, kana, Han, Hangul. When a
 * message has any, its Latin words and numbers are product names, versions and devices ("SDK 4.2.1", "iPhone 15
 * Pro", "joinChannel"), not the language it is written in.
 */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const NON_LATIN_ANSWERS = new Set(['zh', 'ja', 'ko', 'th', 'ar', 'hi', 'ru']);

/** How many letters of the other scripts, counted up to `enough`. */
function otherScriptLetters(text: string, enough: number): number {
  let n = 0;
  for (const ch of text) if (OTHER_SCRIPT.test(ch) && ++n >= enough) break;
  return n;
}
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9._/-]{0,40}/g;
/** Slack's markup: mentions, links, channel names and emoji codes say nothing about the language. */
const SLACK_MARKUP = /<[^<>\s]{1,300}>|:[a-z0-9_+-]{1,40}:/g;

/**
 * Characters written one way in Simplified and another in Traditional Chinese, among the commonest in support
 * messages (从 / 從, 这 / 這 …). Each string holds one script's forms; the count decides.
 */
const SIMPLIFIED_ONLY = new Set(
  '们这个来时说对没发后会过还为开关问题从动现线连话频声画视听断录网络机应该设备号户务请谢钟进让么样经点实试间总' +
    '错误无显长门电脑数据认给换处级页帧闪颜滤镜稳质图传载启复杂响测报义体讯语变难万与业东丢两严举书买产亲价众优' +
    '伤约统环场头钱费单帮丝灵尽阶极权横听实虽现览当装麦风迟记员键吗达区边厂链码旧种够坏订态际识闭摄术块拟虚',
);
const TRADITIONAL_ONLY = new Set(
  '們這個來時說對沒發後會過還為開關問題從動現線連話頻聲畫視聽斷錄網絡機應該設備號戶務請謝鐘進讓麼樣經點實試間總' +
    '錯誤無顯長門電腦數據認給換處級頁幀閃顏濾鏡穩質圖傳載啟復雜響測報義體訊語變難萬與業東丟兩嚴舉書買產親價眾優' +
    '傷約統環場頭錢費單幫絲靈盡階極權橫聽實雖現覽當裝麥風遲記員鍵嗎達區邊廠鏈碼舊種夠壞訂態際識閉攝術塊擬虛' +
    // Written Cantonese, which Hong Kong customers write alongside Traditional characters.
    '係咗嘅冇啲喺睇嚟嘢',
);

/** Simplified ('zh') unless the text has more characters found only in Traditional writing. */
export function chineseScript(text: string): 'zh' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++;
    else if (TRADITIONAL_ONLY.has(ch)) traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh';
}

/** What the detector reads: the start of the message, without Slack markup and, in other scripts, Latin words. */
export function textForDetection(text: string): string {
  const start = text.slice(0, DETECT_MAX_CHARS).replace(SLACK_MARKUP, ' ');
  return OTHER_SCRIPT.test(start) ? start.replace(LATIN_WORD, ' ') : start;
}

/**
 * Hindi written in Latin letters ("video ekdum dhundhla aa raha hai"), which ELD does not know: its commonest words,
 * none of them words of the other Latin-script languages we serve. Three different ones make a message Hindi.
 */
const HINGLISH_WORDS = new Set(
  (
    'hai hain nahi nahin raha rahi rahe jaata jata jaati jati gaya gayi karo karna karte kya kyun kyon hamara ' +
    'hamare hamari humara humare aapka aapke aapki yaar ekdum bahut bohot theek thik jaldi abhi kuch wala wale wali ' +
    'lekin dekho hota hoti meri apna aaj bhai sahi bilkul hamko humko mujhe'
  ).split(' '),
);
const HINGLISH_ENOUGH = 3;
const LATIN_LOWER_WORD = /[a-z]+/g;

function isHinglish(text: string): boolean {
  if (OTHER_SCRIPT.test(text)) return false;
  const found = new Set<string>();
  for (const m of text.toLowerCase().matchAll(LATIN_LOWER_WORD)) {
    if (HINGLISH_WORDS.has(m[0])) found.add(m[0]);
    if (found.size >= HINGLISH_ENOUGH) return true;
  }
  return false;
}

/**
 * The language of a customer's message, or null when it is too short or unlike any language we serve ("ok", "👍",
 * a stack trace the detector is unsure of): the caller then uses the channel's setting, then English.
 */
export function detectLanguage(text: string): Language | null {
  const start = text.slice(0, DETECT_MAX_CHARS).replace(SLACK_MARKUP, ' ');
  if (isHinglish(start)) return 'hi';
  let cleaned = start;
  let result = detector.detect(cleaned);
  if (!result.language || !result.isReliable()) {
    cleaned = textForDetection(text);
    result = detector.detect(cleaned);
  }
  // A short message in a script only one or two languages use ("华为P40 黑屏") is still told apart by ELD, though it
  // says it is unsure: its answer is kept when the message holds a few letters of that script.
  if (!result.language) return null;
  if (!result.isReliable() && !(NON_LATIN_ANSWERS.has(result.language) && otherScriptLetters(cleaned, 3) >= 3))
    return null;
  const language = FROM_ELD[result.language] ?? result.language;
  if (language === 'zh') return chineseScript(cleaned);
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : null;
}

/** The language a new ticket is answered in: the channel's setting, else the message's, else English. */
export function ticketLanguage(text: string, channelSetting: Language | null | undefined): Language {
  return channelSetting ?? detectLanguage(text) ?? 'en';
}

/**
 * The language a ticket that fell back to English settles on: when neither the channel's setting nor any earlier
 * customer message showed one (a screenshot, a log, "iOS 18.1?"), the first message that does decides, so the
 * drafts, closing and rating prompt that follow are in it. Null: the ticket keeps its language.
 */
export function settledLanguage(p: {
  channelSetting: Language | null | undefined;
  earlierTexts: readonly string[];
  text: string;
}): Language | null {
  if (p.channelSetting) return null;
  if (p.earlierTexts.some((earlier) => detectLanguage(earlier) !== null)) return null;
  return detectLanguage(p.text);
}
