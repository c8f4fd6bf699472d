import { matchesOf } from './patterns.js';

/**
 * Engineering terms by their shape rather than by a list: no list of the trade's words is ever complete (NV21,
 * I420, fMP4, FlexFEC, AudioUnit, RED, ULPFEC, TTFF …), but most of what a reader outside engineering cannot
 * follow is an acronym, a code of letters and digits, or a word with capitals inside. Each shape is jargon unless
 * it is one of the abbreviations and names everyone in a business reads (SDK, ID, VPN, UTC, iPhone, WhatsApp …);
 * camelCase names (joinChannel, readPixels) are left to the listed terms: a customer's developers call the SDK's
 * methods themselves.
 */

/** Abbreviations a business reader knows, and capitalised words that are not abbreviations ("NOT", "ASAP"). */
const COMMON_CAPITALS = new Set(
  (
    'SDK API ID UID UTC GMT CET CEST PST PDT EST EDT BST JST SGT IST PT ET CT MT QA IT VPN HD UHD SD PM AM ISP ' +
    'CPU GPU RAM ROM IP ' +
    'URL EU US USA UK OS PC PDF VIP USB CEO CTO CFO COO VP HR FAQ ASAP FYI ETA EOD EOW OK TV PR UI UX APP AI ML ' +
    'SMS OTP KPI KYC SLA SLO CDN APAC EMEA LATAM MEA AWS GCP GB MB KB TB HTTP HTTPS WIFI LTE NFC GPS QR CSV XLS ' +
    'CMS CRM KTV VR AR XR ' +
    'ERP MDM POP SSO PIN DM RSVP TBD TBC NB PS BTW IMO IIRC AFAIK LOL PK DAU MAU ARPU ROI SKU PO VAT CNY USD EUR ' +
    'SGD JPY KRW RMB AED SAR IDR THB VND INR MYR PHP HKD TWD OPPO VIVO ZTE HP LG IBM SAP BBC CNN NBA NFL FIFA ' +
    'NOT ALL NO YES NOW OFF ON ANY EVERY NEVER DO DONT NEW FREE HOT TOP BIG OUR YOUR THE AND OR BUT FOR TO OF IN ' +
    'AT BY IS IT BE WE I A HI OOO WFH BUG XXX TODO NOTE PLEASE URGENT IMPORTANT WARNING TIP TL DR TLDR FWIW ARM P S ' +
    // Time zones, and the paperwork of a deal: a business reader's words, not the trade's.
    'KST BRT HKT AEST AEDT ACST AWST NZST NZDT WIB WITA WIT ICT PHT MYT MSK CST MST HST AKST EET EEST WET WEST SAST ' +
    'CAT EAT WAT PKT NPT CLT COT PET AST ADT GST IRST IPO NDA DPA MSA SOW RFP RFQ GDPR HIPAA ISO SOC AML LLC ' +
    'LTD INC GMV MOU NPS CSAT OKR CS CX ' +
    // Words of the customer's own trade that everyone in it reads: a DJ's room, the BGM, the ICU.
    'DJ MC BGM KOL PPT MV MVP ICU ER ATM DIY NGO'
  ).split(' '),
);
/** Codes of letters and digits everyone reads: priorities, quarters, screen sizes, phone and OS names. */
const COMMON_CODES =
  /^(?:P\d|Q[1-4]|H[12]|FY\d{2,4}|\d+[KkMmGgTt][Bb]?|4K|8K|[1-9]\d{2,3}[Pp]|5G|4G|3G|2G|Win\d+|v\d+(?:\.\d+)*)$/;
/** Names with capitals inside that are brands or products everyone knows. */
const COMMON_NAMES = new Set(
  (
    'WiFi WeChat WhatsApp YouTube TikTok LinkedIn FaceTime PowerPoint GitHub GitLab JavaScript TypeScript PayPal ' +
    'HarmonyOS MacBook AirPods AppID AppId AppStore IoT DingTalk WeCom QQMusic BiliBili McDonald OpenAI ChatGPT ' +
    'iPhone iPad iPod iOS iPadOS macOS watchOS tvOS iCloud iMac eBay'
  ).split(' '),
);

// Edges are Latin letters and digits only: in Chinese a term sits right against the characters around it. A dot
// followed by more letters makes a host name ("ap1.example.com"), not a term.
const CAPITALS = /(?<![A-Za-z\d._/@#-])[A-Z]{2,6}s?(?!\.?[A-Za-z\d_-])/g;
const LETTERS_AND_DIGITS =
  /(?<![A-Za-z\d._/@#-])(?=[A-Za-z.]*\d)[A-Za-z][A-Za-z\d]*(?:\.\d+[A-Za-z]?)?(?!\.?[A-Za-z\d_-])/g;
/** A constant of the SDK's: "MUSIC_HIGH_QUALITY_STEREO". */
const CONSTANT = /(?<![A-Za-z\d._/@#-])[A-Z][A-Z\d]*(?:_[A-Z\d]+)+(?![A-Za-z\d_-])/g;
const INNER_CAPITALS = /(?<![A-Za-z\d._/\\@#-])[A-Z]+[a-z]+[A-Z][A-Za-z\d]*(?!\.?[A-Za-z\d_\\-])/g;

export interface TermAt {
  index: number;
  term: string;
}

function known(term: string): boolean {
  const bare = term.endsWith('s') && term.length > 2 && term !== term.toLowerCase() ? term.slice(0, -1) : term;
  return COMMON_CAPITALS.has(bare) || COMMON_CODES.test(term) || COMMON_NAMES.has(term);
}

/** "app ID `a7f3`": letters and digits set as code are an identifier the reader can copy, not a term. */
function codeSpan(sentence: string, m: RegExpExecArray): boolean {
  return sentence[m.index - 1] === '`' && sentence[m.index + m[0].length] === '`';
}

/** A phone's model after its brand ("OPPO A57") or a long number ("SF1423887765") names a thing. */
const BRAND_BEFORE =
  /(?:OPPO|vivo|Redmi(?: Note)?|Xiaomi|Galaxy(?: Note)?|Samsung|Huawei|Realme|OnePlus|华为|小米|红米|荣耀)\s*$/;
function namedThing(sentence: string, m: RegExpExecArray): boolean {
  return /\d{7,}/.test(m[0]) || BRAND_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index));
}

/** Terms of an unfamiliar shape in a sentence, in order; each at most once. */
export function termsByShape(sentence: string): TermAt[] {
  const found = new Map<number, string>();
  for (const shape of [CONSTANT, CAPITALS, LETTERS_AND_DIGITS, INNER_CAPITALS])
    for (const m of matchesOf(shape, sentence))
      if (
        !known(m[0]) &&
        !found.has(m.index) &&
        !(shape === LETTERS_AND_DIGITS && (codeSpan(sentence, m) || namedThing(sentence, m)))
      )
        found.set(m.index, m[0]);
  return [...found].sort((a, b) => a[0] - b[0]).map(([index, term]) => ({ index, term }));
}
