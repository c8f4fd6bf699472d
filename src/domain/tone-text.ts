/**
 * The tone check reads a reply sentence by sentence and clause by clause. This file cuts a reply into
 * those pieces, blanks out what the reply quotes (the customer's own words are not the agent's tone), and
 * says whether the reply is in a language the check knows. Every function here is one pass over the text.
 */
import { matchesOf } from './patterns.js';

export interface Span {
  start: number;
  end: number;
}

const LETTER = /\p{L}/u;

/** One sentence with its clauses; `text` is the (quote-blanked) sentence itself. */
export interface Sentence extends Span {
  text: string;
  clauses: Span[];
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’', '《': '》' };
const OPENING_QUOTE = /[“「『"‘《]/g;
const MAY_QUOTE = /[“「『"‘《>]|&gt;/;
/** A `>` quote line, as Slack shows one: in a reply, the customer's words quoted. */
const QUOTE_LINE = /^[ \t]*(?:>|&gt;)/;

/** The reply's `>` quote lines, in order. */
export function quoteLines(text: string): string[] {
  return text.split('\n').filter((line) => QUOTE_LINE.test(line));
}

/** A quotation longer than this is not a quotation but a stray mark: nothing is blanked. */
const MAX_QUOTE_CHARS = 400;

/**
 * The text with every quotation and every `>` quote line replaced by spaces of the same length, so positions
 * stay the same. A quotation opens and closes on one line; an opening mark with no closing mark on its line
 * (or one too far away) blanks nothing.
 */
export function blankQuotes(text: string): string {
  if (!MAY_QUOTE.test(text)) return text;
  const out: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (QUOTE_LINE.test(line)) out.push(' '.repeat(line.length));
    else out.push(blankQuotesInLine(line));
    if (lineEnd < text.length) out.push('\n');
    lineStart = lineEnd + 1;
  }
  return out.join('');
}

function blankQuotesInLine(line: string): string {
  let result = '';
  let from = 0;
  // The next closing mark of each kind, once looked up: each search starts where the last one ended, so the
  // line is scanned at most once per kind of mark, however many opening marks it has.
  const nextClose = new Map<string, number>();
  const closeAfter = (close: string, index: number) => {
    const known = nextClose.get(close);
    if (known !== undefined && (known < 0 || known > index)) return known;
    const found = line.indexOf(close, index + 1);
    nextClose.set(close, found);
    return found;
  };
  for (const m of matchesOf(OPENING_QUOTE, line)) {
    if (m.index < from) continue;
    const end = closeAfter(QUOTE_PAIRS[m[0]]!, m.index);
    // Unclosed on this line, or too long to be a quotation: not one. (Each mark looks ahead at most
    // MAX_QUOTE_CHARS when it finds its closing mark; an unclosed mark is looked up once.)
    if (end < 0 || end - m.index > MAX_QUOTE_CHARS) continue;
    result += line.slice(from, m.index) + ' '.repeat(end + 1 - m.index);
    from = end + 1;
  }
  return result + line.slice(from);
}

/** Where a sentence ends: full stops, question and exclamation marks, an ellipsis, a line break. */
const SENTENCE_END = /(?:[。！？!?…\n]|\.(?=\s|$)|[;；](?=\s*\n))[\s。！？!?….;；，,、：:]*/g;
/** Where a clause ends inside a sentence: commas, semicolons, colons, dashes, and the words that join clauses. */
const CLAUSE_BREAK = new RegExp(
  String.raw`[,;:，；：、]|\s[—–-]{1,2}\s|\s(?:but|however|although|though|whereas|while|so|since|` +
    String.raw`because(?! of))\b|但是|但|不过|可是|然而|而是|所以|因此`,
  'gi',
);

/** The reply's sentences and, inside each, its clauses. */
/**
 * Sentences read in one reply. A reply fits in 3000 characters (MAX_REPLY_LENGTH); a text with more sentences
 * than this is hostile, and what follows them is not read.
 */
const MAX_SENTENCES = 1000;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let ended = false;
  const push = (end: number, next: number) => {
    const body = text.slice(start, end);
    // A "sentence" with no letter in it (". . .", "，。，。") has nothing to judge.
    if (end > start && LETTER.test(body)) {
      sentences.push({ start, end, text: body, clauses: clausesOf(body, start) });
    }
    start = next;
  };
  for (const m of matchesOf(SENTENCE_END, text)) {
    push(m.index + m[0].length, m.index + m[0].length);
    if (sentences.length >= MAX_SENTENCES) {
      ended = true;
      break;
    }
  }
  if (!ended) push(text.length, text.length);
  return sentences;
}

/**
 * Characters of one sentence that are read: a real sentence is far shorter; a longer run is hostile text, and
 * the rules read only its start.
 */
export const MAX_SENTENCE_CHARS = 1000;

function clausesOf(whole: string, offset: number): Span[] {
  const sentence = whole.length > MAX_SENTENCE_CHARS ? whole.slice(0, MAX_SENTENCE_CHARS) : whole;
  const spans: Span[] = [];
  let start = 0;
  for (const m of matchesOf(CLAUSE_BREAK, sentence)) {
    if (m.index > start && LETTER.test(sentence.slice(start, m.index)))
      spans.push({ start: offset + start, end: offset + m.index });
    start = m.index + m[0].length;
  }
  if (sentence.length > start && LETTER.test(sentence.slice(start)))
    spans.push({ start: offset + start, end: offset + sentence.length });
  return spans;
}

export type PitfallLanguage = 'zh' | 'en';

/** Scripts of languages whose replies the pitfall rules cannot read (Japanese kana, Hangul, Thai, …). */
const OTHER_SCRIPT = /[\u3040-\u30ff\uac00-\ud7af\u0e00-\u0e7f\u0600-\u06ff\u0400-\u04ff\u0900-\u097f]/g;
/** Characters written differently in Traditional and Simplified Chinese, common in support replies. */
const TRADITIONAL = /[們這為題網絡說會時點間對還與處應視頻體後讓請謝師進據問們當麼嗎條務專業連線據裝機]/g;
const SIMPLIFIED = /[们这为题网络说会时点间对还与处应视频体后让请谢师进据问当么吗条务专业连线装机]/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const WORD = /[A-Za-zÀ-ÿĀ-ſƠ-ưẠ-ỹ]+/g;
/** Words common in English replies and rare in the other languages written in Latin letters. */
const ENGLISH_WORDS = new Set(
  (
    'the and you your we our is are was were to of it this that will for with have has be can please sorry ' +
    'thanks thank i my what which when could would should there they them their not on in at by from us ' +
    "we're we'll i'm i'll it's don't can't won a an as all any more after before just about into out up so if " +
    'but or do does did been had he she his her its yours than then also only very some how why who again because ' +
    'get got make need see ' +
    // Terse replies ("Ticket filed. Fix ships Thursday.") carry no function word, only the trade's words.
    'ticket filed fix fixed ships shipped patch logs received done today tomorrow tonight monday tuesday ' +
    'wednesday thursday friday saturday sunday morning afternoon update updated issue call calls checking looking ' +
    'looks like seems yeah yep nope'
  ).split(' '),
);
/** Words of Latin-script languages that English rarely uses: a reply with several of them is not English. */
const OTHER_LATIN = new Set(
  (
    'el la los las que de del por para con una uno muy su sus nos estamos gracias lo je nous vous est les des ' +
    'pour avec une merci der die das und ist wir sie ihr nicht mit bitte danke um não você obrigado estamos ' +
    'kami anda dan yang untuk dengan terima kasih tidak chúng tôi bạn của và không được bir ve için teşekkür ' +
    'é e o os um em na no ao à pela pelo seu sua mas se já também muito y en es un al su pero también muy ya ' +
    'et le en au du ce mais aussi très votre notre ein eine ist und zu den dem auch sehr ihre unser ini itu ' +
    'akan ada di ke dari sudah juga sangat bu da ile çok ama'
  ).split(' '),
);

/**
 * The language whose pitfalls the rules know, or undefined for a reply in another language: there the check
 * stays quiet rather than raise alarms on words it cannot read.
 */
export function pitfallLanguage(text: string): PitfallLanguage | undefined {
  const sample = text.slice(0, 4000);
  let han = 0;
  let other = 0;
  for (const _ of matchesOf(HAN, sample)) han++;
  for (const _ of matchesOf(OTHER_SCRIPT, sample)) other++;
  if (other > 0 && other * 4 >= han) return undefined;
  let words = 0;
  let english = 0;
  let foreign = 0;
  for (const m of matchesOf(WORD, sample)) {
    words++;
    const w = m[0].toLowerCase();
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_LATIN.has(w)) foreign++;
  }
  if (han > 0 && han * 3 >= words) {
    // Traditional Chinese: the rules' Chinese words are simplified, and would not see its actions or times.
    let traditional = 0;
    let simplified = 0;
    for (const _ of matchesOf(TRADITIONAL, sample)) traditional++;
    for (const _ of matchesOf(SIMPLIFIED, sample)) simplified++;
    return traditional >= 2 && traditional > simplified ? undefined : 'zh';
  }
  if (foreign > english) return undefined;
  return english > 0 || words < 4 ? 'en' : undefined;
}
