/**
 * Whether a translation kept what must not change: ticket numbers, times, dates, amounts, percentages, links,
 * mentions, version strings, call/channel IDs, names, every other number, and the placeholders that stand for
 * redacted details. A reply whose translation lost one of these is not sent.
 *
 * The two texts are first folded so that the same thing written differently compares equal: digits of other
 * scripts (Arabic-Indic ٠-٩, Persian ۰-۹, Devanagari, Thai, full-width ０-９ …) become ASCII digits, full-width
 * ASCII becomes ASCII, and the Arabic decimal, thousands and percent signs become `.` `,` `%`. Folding keeps the
 * length, so what is reported is the source exactly as written.
 *
 * The source is read strictly: each item is taken once, the most specific reading first (a URL before the numbers
 * in it, a date before its digits). The translation is read leniently: every number in it, in every reading
 * (`20,50` is 20.5 and `1.000` is 1000 or 1), every time and date in several spellings, the months and currencies
 * it names anywhere. An item of the source survives when one of its readings is among the translation's.
 *
 * Every pattern starts only where its run starts (a look-behind forbids starting inside one) and has no nested
 * repeat that could give characters back, so each scan is linear; what a pattern cannot judge is checked in code
 * on the short match. Nothing here reads the clock.
 */

export type PreservedKind =
  | 'placeholder'
  | 'url'
  | 'mention'
  | 'ticket'
  | 'date'
  | 'time'
  | 'amount'
  | 'percent'
  | 'version'
  | 'id'
  | 'name'
  | 'number';

export interface PreservedItem {
  kind: PreservedKind;
  /** The item as the source wrote it. */
  text: string;
}

export interface PreservationResult {
  ok: boolean;
  /** Items of the source the translation lost, in the order they appear, each once; at most MAX_REPORTED. */
  missing: PreservedItem[];
  /** How many items were lost in all. */
  missingCount: number;
  /** How many distinct items the source had. */
  checked: number;
}

export interface PreservationOptions {
  /** Names of people or products that must appear unchanged wherever the source has them (case-insensitive). */
  names?: readonly string[];
}

/** A card says what was lost; a handful of items is enough to act on. */
export const MAX_REPORTED = 8;
const MAX_NAMES = 20;
const NAME_MAX_CHARS = 64;
/** An ID or a brand name is a word, not a pasted blob. */
const TOKEN_MAX_CHARS = 64;

// ---- folding ------------------------------------------------------------------------------------------------

/** The code point of digit zero in each decimal-digit block of the scripts customers write in. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // full-width
];

function foldChar(code: number): number {
  if (code < 0x80) return code;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return 0x30 + code - zero;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  switch (code) {
    case 0x066a: // Arabic percent sign
      return 0x25;
    case 0x066b: // Arabic decimal separator
      return 0x2e;
    case 0x066c: // Arabic thousands separator
      return 0x2c;
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x202f: // narrow no-break space (French "20 %", "1 000")
    case 0x2009: // thin space
      return 0x20;
    case 0x2212: // minus sign
      return 0x2d;
    case 0xffe5: // full-width yen sign
      return 0xa5;
    default:
      return code;
  }
}

/** The text with every character folded as the module comment says; same length, one pass. */
export function foldForComparison(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldChar(code);
    if (folded === code) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// ---- numbers ------------------------------------------------------------------------------------------------

/** A number as digits with single `.` or `,` between groups (linear: every repeat needs its separator). */
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;

/** The number without leading zeros in its integer part or trailing zeros in its fraction (loops, not patterns). */
function canonical(integer: string, fraction = ''): string {
  let from = 0;
  while (from < integer.length - 1 && integer[from] === '0') from++;
  let to = fraction.length;
  while (to > 0 && fraction[to - 1] === '0') to--;
  const int = integer.slice(from);
  return to > 0 ? `${int}.${fraction.slice(0, to)}` : int;
}

/**
 * Every value a written number may have: `1,234.5` is 1234.5; `20,50` is 20.5; `1.000` is 1000 (a thousands
 * separator) or 1 (a decimal one). Groups after the first must have three digits (two in Indian grouping) for the
 * separators to be thousands separators.
 */
export function numberReadings(written: string): string[] {
  const groups = written.split(/[.,]/);
  if (groups.length === 1) return [canonical(written)];
  const readings = new Set<string>();
  const tail = groups.slice(1);
  const last = tail.at(-1)!;
  const grouped = tail.every((g, i) => g.length === 3 || (g.length === 2 && i < tail.length - 1));
  if (grouped) readings.add(canonical(groups.join('')));
  // The last separator as the decimal point, the earlier ones as thousands separators.
  const earlier = tail.slice(0, -1);
  if (earlier.every((g) => g.length === 3 || g.length === 2))
    readings.add(canonical(groups.slice(0, -1).join(''), last));
  return [...readings];
}

// ---- times --------------------------------------------------------------------------------------------------

const MERIDIEM = String.raw`(am|pm|a\.m\.|p\.m\.)`;
const TIME_COLON = new RegExp(
  String.raw`(?<![\d:.,])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])(?:\s?${MERIDIEM}(?![a-z]))?`,
  'gi',
);
const TIME_MERIDIEM = new RegExp(String.raw`(?<![\d:.,])(\d{1,2})\s?${MERIDIEM}(?![a-z])`, 'gi');
/** 下午3点, 15時30分, 오후 3시, 9点半. */
const TIME_CJK =
  /(上午|下午|早上|晚上|中午|凌晨|傍晚|午前|午後|오전|오후)?\s?(?<![\d.,])(\d{1,2})\s?(?:点|點|時|时|시)(?:\s?(\d{1,2})\s?(?:分|분)|(半))?/g;
/** French 15h30. */
const TIME_H = /(?<![\d.,])(\d{1,2})h(\d{2})(?!\d)/g;
/**
 * Words for "at" or "o'clock" right before or after an hour, in the languages served. Matched on a short window
 * next to the number only, so the cost per number is bounded.
 */
const HOUR_WORD_BEFORE =
  /(?:pukul|jam|at|by|um|ab|bis|gegen|à|vers|a las|a la|hasta|às|até|alle|в|к|saat|lúc|vào|เวลา|الساعة)\s?$/i;
const HOUR_WORD_AFTER =
  /^\s?(?:uhr|h\b|heures?|horas?|giờ|बजे|o'?clock|sore|pagi|siang|malam|น\.|โมง|ทุ่ม|'?te\b|'?de\b|'?da\b)/i;

function hourInWords(text: string, start: number, end: number): boolean {
  return (
    HOUR_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || HOUR_WORD_AFTER.test(text.slice(end, end + 12))
  );
}

/** Only in a translation: Indonesian and others write 15.30. */
const TIME_DOTTED = /(?<![\d.,])(\d{1,2})\.(\d{2})(?!\d|[.,]\d)/g;

const PM_WORDS = new Set(['下午', '晚上', '傍晚', '午後', '오후']);
const AM_WORDS = new Set(['上午', '早上', '凌晨', '午前', '오전']);

/** Minutes of the day a time may mean; a time without am/pm up to 12 may be either half of the day. */
function timeReadings(hour: number, minute: number, half?: 'am' | 'pm' | 'noon'): number[] {
  if (minute > 59 || hour > 24) return [];
  if (half === 'noon') return hour === 12 || hour === 0 ? [12 * 60 + minute] : [(hour + 12) * 60 + minute];
  if (half) {
    if (hour < 1 || hour > 12) return [];
    const h24 = (hour % 12) + (half === 'pm' ? 12 : 0);
    return [h24 * 60 + minute];
  }
  const base = (hour % 24) * 60 + minute;
  return hour >= 1 && hour <= 12 ? [base, ((hour % 12) + 12) * 60 + minute] : [base];
}

function meridiem(word: string | undefined): 'am' | 'pm' | undefined {
  if (!word) return undefined;
  return word.toLowerCase().startsWith('p') ? 'pm' : 'am';
}

function cjkHalf(word: string | undefined): 'am' | 'pm' | 'noon' | undefined {
  if (!word) return undefined;
  if (word === '中午') return 'noon';
  if (PM_WORDS.has(word)) return 'pm';
  return AM_WORDS.has(word) ? 'am' : undefined;
}

// ---- dates --------------------------------------------------------------------------------------------------

const EN_MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const EN_MONTH = `(${EN_MONTHS.join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
const DATE_ISO = /(?<![\d.,/-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/-])/g;
const DATE_DMY_DOTS = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/g;
const DATE_SLASH = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
const DATE_CJK = /(?:(?<!\d)(\d{4})\s?[年년]\s?)?(?<!\d)(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日号號일]/g;
const DATE_EN_MONTH_DAY = new RegExp(
  String.raw`(?<![a-z])${EN_MONTH}\.?\s(\d{1,2})${ORDINAL}(?![\d:])(?:,?\s(\d{4})(?!\d))?`,
  'gi',
);
const DATE_EN_DAY_MONTH = new RegExp(
  String.raw`(?<![\d.,:])(\d{1,2})${ORDINAL}\s(?:of\s)?${EN_MONTH}(?![a-z])(?:,?\s(\d{4})(?!\d))?`,
  'gi',
);
/** Vietnamese writes the month as a number: "ngày 6 tháng 12". */
const VI_MONTH = /tháng\s?(\d{1,2})(?!\d)/gi;

const EN_MONTH_WHOLE = EN_MONTHS.map((m) => new RegExp(`^(?:${m})$`));

function monthOfEnglish(word: string): number {
  const w = word.toLowerCase();
  return EN_MONTH_WHOLE.findIndex((re) => re.test(w)) + 1;
}

/** The locales whose month names a translation may use. */
const MONTH_LOCALES = ['en', 'zh', 'ja', 'ko', 'es', 'pt', 'id', 'vi', 'th', 'ar', 'tr', 'fr', 'de', 'ru', 'hi'];
let monthNames: Array<string[]> | undefined;

/** Month names (lower case, long forms in both grammatical contexts) in every locale, built once from Intl. */
function monthNamesByMonth(): Array<string[]> {
  if (monthNames) return monthNames;
  const names = Array.from({ length: 12 }, () => new Set<string>());
  for (const locale of MONTH_LOCALES) {
    const standalone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const at = new Date(Date.UTC(2026, m, 15));
      const forms = [standalone.format(at), inDate.formatToParts(at).find((p) => p.type === 'month')?.value ?? ''];
      for (const form of forms) {
        const name = form.toLowerCase().replace(/\.$/, '');
        if (name.length >= 3 && !/\d/.test(name)) names[m]!.add(name);
      }
    }
  }
  monthNames = names.map((set) => [...set]);
  return monthNames;
}

// ---- amounts and percentages --------------------------------------------------------------------------------

/** Each currency and the ways a translation may write it. */
const CURRENCIES: Array<{ id: string; symbols: string[]; words: string[] }> = [
  {
    id: 'dollar',
    symbols: ['US$', 'S$', 'HK$', 'NT$', 'A$', 'C$', '$'],
    words: ['usd', 'sgd', 'hkd', 'twd', 'aud', 'cad', 'dollar', 'dólar', 'dolar', 'доллар', '美元', '美金', 'ドル'],
  },
  { id: 'euro', symbols: ['€'], words: ['eur', 'euro', 'евро', '欧元', 'ユーロ', '유로'] },
  { id: 'pound', symbols: ['£'], words: ['gbp', 'pound', 'libra', 'livre', 'фунт', '英镑'] },
  {
    id: 'yen_yuan',
    symbols: ['¥', '元', '円', '块', '塊'],
    words: ['cny', 'rmb', 'jpy', 'yuan', 'yen', 'юан', 'иен', '人民币', '日元', '엔', '위안'],
  },
  { id: 'rupee', symbols: ['₹', '₨', 'Rs'], words: ['inr', 'rupee', 'rupia', 'रुपय', 'रुपए', 'рупи'] },
  { id: 'won', symbols: ['₩', '원'], words: ['krw', 'won', '韩元', 'ウォン'] },
  { id: 'rouble', symbols: ['₽'], words: ['rub', 'руб', 'rouble', 'ruble', 'rublo'] },
  { id: 'lira', symbols: ['₺'], words: ['lira', 'tl'] },
  { id: 'baht', symbols: ['฿'], words: ['thb', 'baht', 'บาท'] },
  { id: 'dong', symbols: ['₫'], words: ['vnd', 'đồng', 'dong'] },
  { id: 'rupiah', symbols: ['Rp'], words: ['idr', 'rupiah'] },
  { id: 'real', symbols: ['R$'], words: ['brl', 'real', 'reais'] },
];

const CODES: Record<string, string> = {
  usd: 'dollar',
  sgd: 'dollar',
  hkd: 'dollar',
  twd: 'dollar',
  aud: 'dollar',
  cad: 'dollar',
  eur: 'euro',
  gbp: 'pound',
  cny: 'yen_yuan',
  rmb: 'yen_yuan',
  jpy: 'yen_yuan',
  inr: 'rupee',
  krw: 'won',
  rub: 'rouble',
  thb: 'baht',
  vnd: 'dong',
  idr: 'rupiah',
  brl: 'real',
};

function currencyOf(marker: string): string | undefined {
  const m = marker.replace(/\.$/, '');
  const code = CODES[m.toLowerCase()];
  if (code) return code;
  // Longest symbols first: R$ is the real, not the dollar.
  for (const c of CURRENCIES) if (c.symbols.some((s) => s !== '$' && s === m)) return c.id;
  return m === '$' ? 'dollar' : undefined;
}

const CODE_ALTERNATIVES = Object.keys(CODES).join('|');
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?<![a-z])(R\$|US\$|S\$|HK\$|NT\$|A\$|C\$|Rp\.?|Rs\.?|[$€£¥₹₨₩₽₺฿₫]|${CODE_ALTERNATIVES})` +
    String.raw`\s?(?<![\d.,])(${NUMBER})`,
  'gi',
);
const AMOUNT_AFTER = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s?([€£¥₹₩₽₺฿₫元円块塊원]|(?:${CODE_ALTERNATIVES})(?![a-z]))`,
  'gi',
);

const PERCENT_AFTER = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s?%`, 'g');
const PERCENT_BEFORE = new RegExp(String.raw`%\s?(${NUMBER})`, 'g');
const PERCENT_CJK = new RegExp(String.raw`百分之\s?(${NUMBER})`, 'g');
const PERCENT_WORDS = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s?(?:persen|percent|per cent|por ciento|por cento|pour cent|prozent|` +
    `процент|phần trăm|เปอร์เซ็นต์|प्रतिशत|بالمئة|بالمائة|في المئة|yüzde)`,
  'gi',
);

// ---- links, mentions, tickets, versions, IDs ------------------------------------------------------------------

const PLACEHOLDER = /\{\{[a-z]{2,8}_\d{1,6}\}\}/g;
/** Slack's own link markup, `<https://…|label>`: the address must survive, the label may be translated. */
const SLACK_LINK = /<((?:https?|mailto):[^|<>\s]{1,2000})(?:\|[^<>]{0,500})?>/gi;
const BARE_URL = /(?<![\w/@.-])(?:https?:\/\/|www\.)[^\s<>|"'`\u0080-\uffff]{1,2000}/gi;
const MENTION = /<([@#!][A-Za-z0-9^]{1,40})(?:\|[^<>]{0,200})?>/g;
const TICKET = /(?<![&\w])#\s?(\d{1,9})(?!\d)/g;
const VERSION = /(?<![\w.])(?:v(\d{1,6}(?:\.\d{1,6}){0,5})|(\d{1,6}(?:\.\d{1,6}){2,5}))(?![\w]|\.\d)/gi;
/** Letters, digits, and - or _ between them: room-4471, call_88213, A1B2, iPhone. */
const WORD_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*/g;
const DOTTED = /(?<![\d.])\d+(?:\.\d+)+/g;
const NUMBER_RE = new RegExp(`(?<![\\d.,])${NUMBER}`, 'g');
/** Trailing punctuation is not part of a bare URL. */
const URL_TAIL = /[.,;:!?)\]}。，、！？）」』]+$/;

function isId(token: string): boolean {
  if (token.length > TOKEN_MAX_CHARS || !/\d/.test(token) || !/[A-Za-z]/.test(token)) return false;
  // 2nd, 10min, 4G: a number with a unit or an ordinal is read as the number.
  if (/^\d+[A-Za-z]{1,3}$/.test(token)) return false;
  return /^[A-Za-z]/.test(token) || /[-_]/.test(token) || /[A-Za-z]\d/.test(token);
}

/** iPhone, MacBook, WhatsApp: names written with a capital inside. */
function isBrand(token: string): boolean {
  return token.length <= TOKEN_MAX_CHARS && /^[A-Za-z]+$/.test(token) && /[a-z][A-Z]/.test(token);
}

// ---- reading the two texts ----------------------------------------------------------------------------------

interface SourceItem {
  kind: PreservedKind;
  start: number;
  end: number;
  /** The readings any of which the translation must have. */
  keys: string[];
  /** For a date: the year, which must also be among the translation's numbers. */
  year?: string;
  /** For an amount: its currency, which the translation must name somewhere. */
  currency?: string;
  /** For a date: the month and day, for a translation that names the month in words. */
  monthDay?: [number, number];
}

/** What a translation has, in every reading. */
interface TranslationFacts {
  keys: Set<string>;
  folded: string;
  lower: string;
  monthsNamed?: Set<number>;
  currenciesNamed: Map<string, boolean>;
}

function fullYear(y: string | undefined): string | undefined {
  if (!y) return undefined;
  return y.length === 2 ? String(2000 + Number(y)) : y;
}

function dateKeys(month: number, day: number, alsoSwapped = false): string[] {
  const keys: string[] = [];
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) keys.push(`date:${month}-${day}`);
  if (alsoSwapped && day >= 1 && day <= 12 && month >= 1 && month <= 31 && month !== day)
    keys.push(`date:${day}-${month}`);
  return keys;
}

/** Runs `re` over `text`, calling `take` for each match that lies on no span taken before. */
function scan(re: RegExp, text: string, taken: Uint8Array | undefined, take: (m: RegExpExecArray) => unknown): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (taken && spanTaken(taken, start, end)) continue;
    if (take(m) && taken) taken.fill(1, start, end);
  }
  re.lastIndex = 0;
}

function spanTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** The items of the source, most specific first; each character belongs to one item at most. */
function sourceItems(folded: string, names: readonly string[]): SourceItem[] {
  const items: SourceItem[] = [];
  const taken = new Uint8Array(folded.length);
  // The same thing written again is the same item: taken, not read again (a pasted log repeats itself).
  const written = new Set<string>();
  const add = (m: RegExpExecArray, kind: PreservedKind, keys: string[], extra: Partial<SourceItem> = {}) => {
    if (keys.length === 0) return false;
    const id = `${kind}\u0000${m[0]}`;
    if (written.has(id)) return true;
    written.add(id);
    items.push({ kind, start: m.index, end: m.index + m[0].length, keys, ...extra });
    return true;
  };
  scan(PLACEHOLDER, folded, taken, (m) => add(m, 'placeholder', [`ph:${m[0]}`]));
  scan(SLACK_LINK, folded, taken, (m) => add(m, 'url', [`url:${m[1]}`]));
  scan(BARE_URL, folded, taken, (m) => {
    const url = m[0].replace(URL_TAIL, '');
    if (url.length < 8) return false;
    items.push({ kind: 'url', start: m.index, end: m.index + url.length, keys: [`url:${url}`] });
    return true;
  });
  scan(MENTION, folded, taken, (m) => add(m, 'mention', [`mention:${m[1]}`]));
  scan(TICKET, folded, taken, (m) => add(m, 'ticket', [`ticket:${canonical(m[1]!)}`]));

  scan(DATE_ISO, folded, taken, (m) => {
    const [month, day] = [Number(m[2]), Number(m[3])];
    return add(m, 'date', dateKeys(month, day), { year: m[1], monthDay: [month, day] });
  });
  scan(DATE_DMY_DOTS, folded, taken, (m) => {
    const [day, month] = [Number(m[1]), Number(m[2])];
    return add(m, 'date', dateKeys(month, day), { year: m[3], monthDay: [month, day] });
  });
  scan(DATE_CJK, folded, taken, (m) => {
    const [month, day] = [Number(m[2]), Number(m[3])];
    return add(m, 'date', dateKeys(month, day), { year: m[1], monthDay: [month, day] });
  });
  scan(DATE_EN_MONTH_DAY, folded, taken, (m) => {
    const [month, day] = [monthOfEnglish(m[1]!), Number(m[2])];
    return add(m, 'date', dateKeys(month, day), { year: m[3], monthDay: [month, day] });
  });
  scan(DATE_EN_DAY_MONTH, folded, taken, (m) => {
    const [day, month] = [Number(m[1]), monthOfEnglish(m[2]!)];
    return add(m, 'date', dateKeys(month, day), { year: m[3], monthDay: [month, day] });
  });

  const timeItem = (m: RegExpExecArray, readings: number[]) =>
    add(
      m,
      'time',
      readings.map((r) => `time:${r}`),
    );
  scan(TIME_CJK, folded, taken, (m) => {
    const minute = m[4] ? 30 : Number(m[3] ?? 0);
    return timeItem(m, timeReadings(Number(m[2]), minute, cjkHalf(m[1])));
  });
  scan(TIME_COLON, folded, taken, (m) => timeItem(m, timeReadings(Number(m[1]), Number(m[2]), meridiem(m[3]))));
  scan(TIME_MERIDIEM, folded, taken, (m) => timeItem(m, timeReadings(Number(m[1]), 0, meridiem(m[2]))));
  scan(TIME_H, folded, taken, (m) => timeItem(m, timeReadings(Number(m[1]), Number(m[2]))));
  // After times, so that 12/6 is not read inside 14:30, and before plain numbers.
  scan(DATE_SLASH, folded, taken, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return add(m, 'date', dateKeys(a, b, true), { year: fullYear(m[3]) });
  });

  scan(AMOUNT_BEFORE, folded, taken, (m) => {
    const currency = currencyOf(m[1]!);
    return currency ? add(m, 'amount', numberKeys(m[2]!), { currency }) : false;
  });
  scan(AMOUNT_AFTER, folded, taken, (m) => {
    const currency = currencyOf(m[2]!);
    return currency ? add(m, 'amount', numberKeys(m[1]!), { currency }) : false;
  });
  for (const re of [PERCENT_AFTER, PERCENT_BEFORE, PERCENT_CJK])
    scan(re, folded, taken, (m) => add(m, 'percent', percentKeys(m[1]!)));
  scan(VERSION, folded, taken, (m) => add(m, 'version', [`version:${m[1] ?? m[2]}`]));
  scan(WORD_TOKEN, folded, taken, (m) => {
    if (isId(m[0])) return add(m, 'id', [`word:${m[0]}`]);
    if (isBrand(m[0])) return add(m, 'name', [`lower:${m[0].toLowerCase()}`]);
    return false;
  });
  const lower = folded.toLowerCase();
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at < 0) continue;
    items.push({ kind: 'name', start: at, end: at + name.length, keys: [`lower:${name}`] });
  }
  scan(NUMBER_RE, folded, taken, (m) => add(m, 'number', numberKeys(m[0])));
  return items.sort((a, b) => a.start - b.start);
}

function numberKeys(written: string): string[] {
  return numberReadings(written).map((r) => `n:${r}`);
}

function percentKeys(written: string): string[] {
  return numberReadings(written).map((r) => `pct:${r}`);
}

/** Everything a translation has, read leniently. */
function translationFacts(translation: string): TranslationFacts {
  const folded = foldForComparison(translation);
  const keys = new Set<string>();
  const addAll = (list: string[]) => {
    for (const k of list) keys.add(k);
  };
  scan(PLACEHOLDER, folded, undefined, (m) => keys.add(`ph:${m[0]}`));
  scan(SLACK_LINK, folded, undefined, (m) => keys.add(`url:${m[1]}`));
  scan(BARE_URL, folded, undefined, (m) => keys.add(`url:${m[0].replace(URL_TAIL, '')}`));
  scan(MENTION, folded, undefined, (m) => keys.add(`mention:${m[1]}`));
  scan(TICKET, folded, undefined, (m) => keys.add(`ticket:${canonical(m[1]!)}`));
  const seenNumbers = new Set<string>();
  scan(NUMBER_RE, folded, undefined, (m) => {
    const written = m[0];
    // An hour with a word for time next to it (pukul 3, 15 Uhr, 3 giờ chiều) is the time it names, in either half.
    if (written.length <= 2 && hourInWords(folded, m.index, m.index + written.length))
      addAll(timeReadings(Number(written), 0).map((r) => `time:${r}`));
    if (seenNumbers.has(written)) return;
    seenNumbers.add(written);
    addAll(numberKeys(written));
  });
  scan(DOTTED, folded, undefined, (m) => keys.add(`version:${m[0]}`));
  scan(VERSION, folded, undefined, (m) => keys.add(`version:${m[1] ?? m[2]}`));
  scan(WORD_TOKEN, folded, undefined, (m) => {
    if (m[0].length <= TOKEN_MAX_CHARS) {
      keys.add(`word:${m[0]}`);
      keys.add(`lower:${m[0].toLowerCase()}`);
    }
  });
  const time = (readings: number[]) => addAll(readings.map((r) => `time:${r}`));
  scan(TIME_COLON, folded, undefined, (m) => {
    time(timeReadings(Number(m[1]), Number(m[2]), meridiem(m[3])));
  });
  scan(TIME_MERIDIEM, folded, undefined, (m) => {
    time(timeReadings(Number(m[1]), 0, meridiem(m[2])));
  });
  scan(TIME_CJK, folded, undefined, (m) => {
    time(timeReadings(Number(m[2]), m[4] ? 30 : Number(m[3] ?? 0), cjkHalf(m[1])));
  });
  for (const re of [TIME_H, TIME_DOTTED])
    scan(re, folded, undefined, (m) => {
      time(timeReadings(Number(m[1]), Number(m[2])));
    });
  const date = (month: number, day: number, year?: string, swapped = false) => {
    addAll(dateKeys(month, day, swapped));
    if (year) keys.add(`year:${fullYear(year)}`);
  };
  scan(DATE_ISO, folded, undefined, (m) => date(Number(m[2]), Number(m[3]), m[1]));
  scan(DATE_DMY_DOTS, folded, undefined, (m) => date(Number(m[2]), Number(m[1]), m[3]));
  scan(DATE_CJK, folded, undefined, (m) => date(Number(m[2]), Number(m[3]), m[1]));
  scan(DATE_SLASH, folded, undefined, (m) => date(Number(m[1]), Number(m[2]), m[3], true));
  scan(DATE_EN_MONTH_DAY, folded, undefined, (m) => date(monthOfEnglish(m[1]!), Number(m[2])));
  scan(DATE_EN_DAY_MONTH, folded, undefined, (m) => date(monthOfEnglish(m[2]!), Number(m[1])));
  for (const re of [PERCENT_AFTER, PERCENT_BEFORE, PERCENT_CJK, PERCENT_WORDS])
    scan(re, folded, undefined, (m) => {
      addAll(percentKeys(m[1]!));
    });
  return { keys, folded, lower: folded.toLowerCase(), currenciesNamed: new Map() };
}

function monthsNamedIn(facts: TranslationFacts): Set<number> {
  if (facts.monthsNamed) return facts.monthsNamed;
  const named = new Set<number>();
  monthNamesByMonth().forEach((names, i) => {
    if (names.some((n) => facts.lower.includes(n))) named.add(i + 1);
  });
  scan(VI_MONTH, facts.folded, undefined, (m) => named.add(Number(m[1])));
  facts.monthsNamed = named;
  return named;
}

function currencyNamedIn(facts: TranslationFacts, id: string): boolean {
  const known = facts.currenciesNamed.get(id);
  if (known !== undefined) return known;
  const currency = CURRENCIES.find((c) => c.id === id)!;
  const found =
    currency.symbols.some((s) => facts.folded.includes(s)) ||
    currency.words.some((w) => new RegExp(`(?<![a-z])${w}`, 'i').test(facts.lower));
  facts.currenciesNamed.set(id, found);
  return found;
}

function survives(item: SourceItem, facts: TranslationFacts): boolean {
  if (item.kind === 'amount') {
    if (!item.keys.some((k) => facts.keys.has(k)) || !item.currency) return false;
    return currencyNamedIn(facts, item.currency);
  }
  if (item.kind === 'date') {
    const year = fullYear(item.year);
    const yearKept =
      !year || [`year:${year}`, `n:${year}`, `n:${canonical(item.year!)}`].some((k) => facts.keys.has(k));
    if (!yearKept) return false;
    if (item.keys.some((k) => facts.keys.has(k))) return true;
    // "6 Desember", "6 декабря": the month named in words and the day among the numbers.
    const [month, day] = item.monthDay ?? [0, 0];
    return month > 0 && facts.keys.has(`n:${day}`) && monthsNamedIn(facts).has(month);
  }
  if (item.kind === 'name') return item.keys.some((k) => facts.keys.has(k) || facts.lower.includes(k.slice(6)));
  return item.keys.some((k) => facts.keys.has(k));
}

function cleanNames(names: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of names ?? []) {
    const name = foldForComparison(raw.trim()).toLowerCase();
    if (name.length >= 2 && name.length <= NAME_MAX_CHARS) out.add(name);
    if (out.size >= MAX_NAMES) break;
  }
  return [...out];
}

/**
 * Checks that `translation` kept every ticket number, time, date, amount, percentage, link, mention, version,
 * ID, name, placeholder and other number of `source`. Linear in the length of both texts.
 */
export function checkPreservation(
  source: string,
  translation: string,
  options: PreservationOptions = {},
): PreservationResult {
  const folded = foldForComparison(source);
  const items = sourceItems(folded, cleanNames(options.names));
  const facts = translationFacts(translation);
  const seen = new Set<string>();
  const missing: PreservedItem[] = [];
  let missingCount = 0;
  let checked = 0;
  for (const item of items) {
    const id = `${item.kind}|${item.keys.join('|')}|${item.currency ?? ''}|${item.year ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    checked++;
    if (survives(item, facts)) continue;
    missingCount++;
    if (missing.length < MAX_REPORTED) missing.push({ kind: item.kind, text: source.slice(item.start, item.end) });
  }
  return { ok: missingCount === 0, missing, missingCount, checked };
}
