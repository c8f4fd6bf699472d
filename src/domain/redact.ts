import { anyOf, matchesOf } from './patterns.js';

/**
 * Personal data and secrets never leave for a model: each is replaced by a labelled placeholder.
 *
 * The whole text is scanned, with no cap: a key at the end of a pasted 40,000-character log must go too.
 * So every pattern is linear: each starts behind a look-behind that forbids starting inside a run it
 * would consume (one attempt per run, not one per character), every repeat is either bounded or
 * followed by nothing that could make it give characters back, and separators between digit groups
 * are required rather than optional inside a repeat. What a pattern cannot judge (a checksum, a date,
 * the words before a number) is checked in code on the candidate, which is short.
 */

/**
 * What to do with a candidate: undefined leaves it, '' replaces all of it, `{ keep }` keeps that many of its first
 * characters (the key's name in `api_key=…`) and replaces the rest.
 */
type Verdict = '' | { keep: number } | undefined;
type Check = (match: string, at: { offset: number; text: string; groups: string[] }) => Verdict;

interface Rule {
  label: 'secret' | 'email' | 'ip' | 'id' | 'card' | 'phone';
  pattern: RegExp;
  /** Returns the replacement, or undefined to leave the candidate as it is. */
  check?: Check;
}

const ALWAYS: Check = () => '';

export type RedactionLabel = Rule['label'];

/** The few characters before a match, for context words such as "version" or "订单号". */
function before(text: string, offset: number, length = 16): string {
  return text.slice(Math.max(0, offset - length), offset);
}

// ---- secrets ----------------------------------------------------------------------------------

/** Slack (https://docs.slack.dev/authentication/tokens), OpenAI, AWS access key ids, GitHub, Google. */
const VENDOR_TOKEN = anyOf(
  'g',
  /(?<![A-Za-z0-9_-])(?:xox[abposrcde]|xapp)-[A-Za-z0-9-]{6,}/,
  /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{16,}/,
  /(?<![A-Za-z0-9_-])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
  /(?<![A-Za-z0-9_-])(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AIza[A-Za-z0-9_-]{35})/,
);

/** A JSON Web Token: three base64url parts, the first two starting with `{"` encoded. */
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** `Authorization: Bearer …` (RFC 6750 §2.1 token68 characters) and Basic credentials. */
const BEARER = /\b(Bearer|Basic)[ \t]{1,4}[A-Za-z0-9._~+/=-]{12,}/gi;

/** `api_key=…`, `"password": "…"`, `密码：…` — whatever the value looks like. */
const SECRET_KEY_NAME = anyOf(
  '',
  /api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|secret[_-]?(?:access[_-]?)?key|client[_-]?secret/,
  /(?:access|auth|refresh)[_-]?token|app[_-]?certificate|secret|token|password|passwd|pwd/,
);
const KEY_VALUE = new RegExp(
  String.raw`(?<![A-Za-z0-9_])((?:${SECRET_KEY_NAME.source})["']?[ \t]{0,3}[:=：][ \t]{0,3}["']?` +
    String.raw`|(?:密码|口令|密钥|令牌)[ \t]{0,3}[:=：是为][ \t]{0,3})[^\s"'<>,;，。；]{1,512}`,
  'gi',
);

/** 32 or more hex digits in one run (API secrets, app certificates, SHA digests of keys). */
const LONG_HEX = /(?<![A-Za-z0-9_+/=-])[0-9A-Fa-f]{32,}(?![A-Za-z0-9_+/=-])/g;

/** 40 or more base64 characters in one run; never inside a URL (a run after `:`, `.` or `/` is not tried). */
const LONG_BASE64 = /(?<![A-Za-z0-9_+/=.:-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9_+/=-])/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** Random keys mix upper case, lower case and digits throughout; long words and CamelCase names do not. */
function looksRandom(run: string): boolean {
  if (count(run, /[A-Z]/g) < 2 || count(run, /[a-z]/g) < 2 || count(run, /\d/g) < 1) return false;
  return count(run, /\d+/g) >= 2 || /[+/]/.test(run);
}

// ---- contact data -----------------------------------------------------------------------------

/** Local part at most 64 characters and labels at most 63 (RFC 5321 §4.5.3.1). */
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\w|\\.\\d)`, 'g');
/** "SDK 4.3.1.205" is a version, not an address. */
const VERSION_BEFORE = /(?:\b(?:v|version|ver|sdk|build|release|firmware)\.?|版本号?|固件)[\s:：=]{0,3}$/i;

/**
 * A candidate of hex groups joined by at least two colons, or starting with "::"; whether it is an
 * address is decided by isIpv6. It never starts inside another candidate: not after a hex digit, nor
 * after a colon that follows one ("addr:fe80::1" still starts at "fe80").
 */
const IPV6 = anyOf(
  'g',
  /(?<![0-9A-Fa-f])(?<![0-9A-Fa-f:]:)[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z_:])/,
  /(?<![0-9A-Fa-f])(?<![0-9A-Fa-f:]:)::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6}(?![0-9A-Za-z_:])/,
);

/** RFC 4291 §2.2 text forms (without an embedded IPv4 tail): eight groups, or fewer around one "::". */
function isIpv6(candidate: string): boolean {
  if (!/\d/.test(candidate)) return false;
  const halves = candidate.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

// ---- identity and payment numbers ------------------------------------------------------------

/** Mainland resident identity number (GB 11643-1999): 17 digits and a check character. */
const RESIDENT_ID = /(?<![A-Za-z0-9])[1-9]\d{16}[\dXx](?![A-Za-z0-9])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function isResidentId(id: string, now = new Date()): boolean {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (ID_CHECK[sum % 11] !== id[17]!.toUpperCase()) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && birth <= now && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
}

/** 13 to 19 digits, in one run or in groups split by single spaces or dashes. */
const CARD = /(?<![\w-])(?<!\d[ -])(?:\d{13,19}|\d{4,6}(?:[ -]\d{2,6}){1,4})(?![\w-]|[ -]\d)/g;
/** Issuer prefixes of Visa, Mastercard (51–55, 2221–2720), Amex, Diners, JCB, Discover, UnionPay. */
const CARD_PREFIX = /^(?:4|5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720|3[47]|3[068]|35|6)/;
/** How card numbers are printed: fours (the last group shorter), Amex 4-6-5, Diners 4-6-4. */
const CARD_GROUPS = /^(?:4,4,4,[1-4]|4,4,4,4,[1-3]|4,6,[45])$/;
const NOT_A_CARD_BEFORE = /(?:order|invoice|tracking|ticket|case|ref|订单|单号|工单|流水|快递|物流|发票)[^0-9]{0,12}$/i;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isCard(candidate: string, context: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !CARD_PREFIX.test(digits) || !luhn(digits)) return false;
  const groups = candidate.split(/[ -]/).map((g) => g.length);
  if (groups.length > 1 && (!CARD_GROUPS.test(groups.join(',')) || new Set(candidate.match(/[ -]/g)).size > 1))
    return false;
  return !NOT_A_CARD_BEFORE.test(context);
}

// ---- phone numbers ----------------------------------------------------------------------------

/** Mainland mobile numbers: 1[3-9] and nine digits, written 3-4-4 or in one run, with or without +86. */
const CN_MOBILE = /(?<![\w+])(?:(?:\+|00)86[ -]?|\(\+?86\)[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\w)/g;

/** Mainland landlines: area code 010, 02x or 0xxx (in brackets or followed by a separator), then 7–8 digits. */
const CN_LANDLINE = new RegExp(
  /(?<![\w+])(?:(?:\+|00)86[ -]?)?(?:\(0(?:10|2\d|[3-9]\d\d)\)[ -]?|0(?:10|2\d|[3-9]\d\d)[ -]?)/.source +
    /[2-9]\d{2,3}[ -]?\d{4}(?!\w)/.source,
  'g',
);

/** E.164 with a + or 00 prefix: country code, then groups split by spaces, dashes or brackets. */
const INTERNATIONAL = /(?<![\w+])(?:(?:\+|00)[1-9]\d{0,2}(?:[ -]?\(\d{1,4}\)|[ -]\d{1,8}){1,5}|\+[1-9]\d{7,14})(?!\w)/g;

/** North American numbers need their separators: a bare ten-digit run is more often a timestamp. */
const NANP = /(?<![\w+])(?:\(\d{3}\) ?\d{3}[ -]\d{4}|\d{3}-\d{3}-\d{4}|\d{3}\.\d{3}\.\d{4})(?![\w]|[.-]\d)/g;

/** E.164 allows at most 15 digits; fewer than 8 is a short code or a price, not a personal number. */
function isInternational(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15 && !/\d{4}-\d{2}-\d{2}/.test(candidate);
}

const RULES: Rule[] = [
  { label: 'secret', pattern: VENDOR_TOKEN },
  { label: 'secret', pattern: JWT },
  { label: 'secret', pattern: BEARER, check: (m) => ({ keep: m.search(/[ \t]/) + 1 }) },
  // Keep the key so the reader still knows what was there.
  { label: 'secret', pattern: KEY_VALUE, check: (_m, { groups }) => ({ keep: groups[0]!.length }) },
  { label: 'secret', pattern: LONG_HEX, check: (m) => (/\d/.test(m) && /[a-f]/i.test(m) ? '' : undefined) },
  { label: 'secret', pattern: LONG_BASE64, check: (m) => (looksRandom(m) ? '' : undefined) },
  { label: 'email', pattern: EMAIL },
  { label: 'ip', pattern: IPV6, check: (m) => (isIpv6(m) ? '' : undefined) },
  {
    label: 'ip',
    pattern: IPV4,
    check: (_m, { offset, text }) => (VERSION_BEFORE.test(before(text, offset)) ? undefined : ''),
  },
  { label: 'id', pattern: RESIDENT_ID, check: (m) => (isResidentId(m) ? '' : undefined) },
  {
    label: 'card',
    pattern: CARD,
    check: (m, { offset, text }) => (isCard(m, before(text, offset, 24)) ? '' : undefined),
  },
  { label: 'phone', pattern: CN_MOBILE },
  { label: 'phone', pattern: CN_LANDLINE },
  { label: 'phone', pattern: INTERNATIONAL, check: (m) => (isInternational(m) ? '' : undefined) },
  { label: 'phone', pattern: NANP },
];

/** Writes what stands in the text for a redacted part. */
type Placeholder = (label: RedactionLabel, original: string) => string;

function applyRule(text: string, { label, pattern, check = ALWAYS }: Rule, placeholder: Placeholder): string {
  return text.replace(pattern, (match: string, ...rest: unknown[]) => {
    const at = rest.findIndex((x) => typeof x === 'number');
    const verdict = check(match, { offset: rest[at] as number, text, groups: rest.slice(0, at) as string[] });
    if (verdict === undefined) return match;
    const keep = verdict === '' ? 0 : verdict.keep;
    return match.slice(0, keep) + placeholder(label, match.slice(keep));
  });
}

export function redact(text: string): string {
  return RULES.reduce((out, rule) => applyRule(out, rule, (label) => `[${label}]`), text);
}

/** `{{email_1}}`: what a model is told to copy as it is. */
const NUMBERED = /\{\{(secret|email|ip|id|card|phone)_(\d{1,6})\}\}/g;

export interface ReversibleRedaction {
  /** The text with each redacted part replaced by a numbered placeholder such as `{{email_1}}`. */
  text: string;
  /** Each placeholder and the text it stands for, in the order they were made. */
  originals: Array<[placeholder: string, original: string]>;
}

/**
 * Redacts as `redact` does, with numbered placeholders a translation can carry through and `restoreRedacted`
 * can put back. A number the customer already wrote in that shape is skipped, so their own `{{email_1}}` is
 * never mistaken for ours.
 */
export function redactReversibly(text: string): ReversibleRedaction {
  const used = new Set<string>();
  for (const m of matchesOf(NUMBERED, text)) used.add(m[2]!);
  const originals: Array<[string, string]> = [];
  let n = 0;
  const placeholder: Placeholder = (label, original) => {
    do n++;
    while (used.has(String(n)));
    const made = `{{${label}_${n}}}`;
    originals.push([made, original]);
    return made;
  };
  const redacted = RULES.reduce((out, rule) => applyRule(out, rule, placeholder), text);
  return { text: redacted, originals };
}

/**
 * Puts the redacted parts back into a text made from a `redactReversibly` result (a translation of it). One pass;
 * a part that itself held an earlier placeholder (a key's value redacted twice) is restored in turn.
 */
export function restoreRedacted(text: string, originals: ReversibleRedaction['originals']): string {
  const byPlaceholder = new Map(originals);
  const restore = (chunk: string, depth: number): string =>
    chunk.replace(NUMBERED, (match) => {
      const original = byPlaceholder.get(match);
      if (original === undefined) return match;
      return depth < 4 ? restore(original, depth + 1) : original;
    });
  return restore(text, 0);
}
