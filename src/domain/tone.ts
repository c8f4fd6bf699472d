/**
 * The seed's three pitfalls (shifting blame, apology without action, promises that cannot be kept), plus
 * unexplained jargon and links or mentions the agent did not write, checked on every draft and every edit
 * before it reaches a customer. Serious findings need an explicit "send anyway".
 *
 * The reply is cut into sentences and clauses (tone-text.ts), what it quotes is set aside, and each pitfall
 * is judged on what makes it one (tone-pitfalls.ts; docs/tone.md): who is made responsible, whether an
 * outcome we do not control is stated as certain, whether an apology comes with anything concrete, whether a
 * term is explained. Every pattern runs on one clause or sentence with bounded gaps, so the check is linear
 * in the reply's length. Replies in a language the rules cannot read are checked for links only.
 */
import { matchesOf } from './patterns.js';
import { disclaimsPromises, findPitfalls, notBlameByExample, type PitfallHit } from './tone-pitfalls.js';
import { READER_MAX_CHARS, readReply, type ToneReaderModel, toneReader } from './tone-reader.js';
import type { TonePitfall } from './tone-examples/types.js';
import { blankQuotes, pitfallLanguage, quoteLines, sentencesOf } from './tone-text.js';

export type ToneRule = 'blame' | 'apology_without_action' | 'overpromise' | 'jargon' | 'untrusted_link';
export type Severity = 'serious' | 'warning';

export interface ToneFinding {
  rule: ToneRule;
  severity: Severity;
  excerpt: string;
  explanation: string;
  /**
   * Who found it: the rules (absent), the reader learned from labelled replies (tone-reader.ts), or the model's
   * review of a draft, shown as such on the card.
   */
  source?: 'rules' | 'reader' | 'model';
}

/** Who wrote the reply, and the conversation it answers: decides which links and mentions are the agent's own. */
export interface ToneContext {
  /** A drafter (model or rules) wrote it, or an agent typed or edited it. */
  writtenBy: 'drafter' | 'agent';
  /** The ticket's conversation: agents' earlier links may be repeated, customers' may not be carried over. */
  conversation?: ReadonlyArray<{ role: string; text: string }>;
  /** For an agent's edit: the drafted reply it started from (its links were not typed by the agent). */
  editedFrom?: string;
}

/** A long reply with many problems gets the first few of each kind, not hundreds of findings. */
export const MAX_FINDINGS = 12;
const MAX_EXCERPT_CHARS = 80;

// ---- links and mentions ---------------------------------------------------------------------

/** Slack's markup for links and mentions (https://docs.slack.dev/messaging/formatting-message-text/). */
const SLACK_MARKUP = /<([@#!][^<>|\s]{1,80}|[a-z][a-z0-9+.-]{1,20}:[^<>|\s]{1,2000})(?:\|[^<>]{0,2000})?>/gi;
/** Slack turns these into links by itself. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'|]{1,2000}/gi;
/** Turned into notifications when a message is posted with link_names. */
const PLAIN_MENTION = /(?<![\w.@])@(?:channel|here|everyone)\b/gi;
/**
 * Context texts are read up to Slack's own message length
 * (https://api.slack.com/changelog/2018-04-truncating-really-long-messages).
 */
const CONTEXT_MAX_CHARS = 40_000;

/** Sentence punctuation after a bare link is not part of it (a loop: a pattern ending in `+$` is quadratic). */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?)]}\'"。，；：！？）'.includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

function linkKey(target: string): string {
  const key = withoutTrailingPunctuation(target.toLowerCase());
  return key.endsWith('/') ? key.slice(0, -1) : key;
}

/** Every link and mention in the text, with the key it is compared by and the words that carry it. */
function linksIn(text: string): Array<{ key: string; excerpt: string }> {
  const found: Array<{ key: string; excerpt: string }> = [];
  for (const m of matchesOf(SLACK_MARKUP, text)) found.push({ key: linkKey(m[1]!), excerpt: m[0] });
  const rest = text.replace(SLACK_MARKUP, ' ');
  for (const m of matchesOf(BARE_URL, rest)) {
    const url = withoutTrailingPunctuation(m[0]);
    found.push({ key: linkKey(url), excerpt: url });
  }
  for (const m of matchesOf(PLAIN_MENTION, rest)) found.push({ key: `!${m[0].slice(1).toLowerCase()}`, excerpt: m[0] });
  return found;
}

function keysOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => linksIn(t.slice(0, CONTEXT_MAX_CHARS)).map((l) => l.key)));
}

function untrustedLinks(text: string, context: ToneContext): Array<{ excerpt: string }> {
  const links = linksIn(text);
  if (links.length === 0) return [];
  const said = (role: string) => (context.conversation ?? []).filter((m) => m.role === role).map((m) => m.text);
  const agents = keysOf(said('agent'));
  if (context.writtenBy === 'drafter') return links.filter((l) => !agents.has(l.key));
  const carried = keysOf([...(context.editedFrom ? [context.editedFrom] : []), ...said('customer')]);
  return links.filter((l) => carried.has(l.key) && !agents.has(l.key));
}

// ---- the check --------------------------------------------------------------------------------

/**
 * What the customer wrote, as far as the check can see it: the lines the reply quotes and their messages in the
 * conversation, the newest first, up to Slack's message length in all. A term they used themselves
 * ("> our NACK rate spiked") is a word they know, not jargon to them.
 */
function customerWords(text: string, context: ToneContext): string {
  const quoted = quoteLines(text.slice(0, CONTEXT_MAX_CHARS));
  const theirs = (context.conversation ?? []).filter((m) => m.role === 'customer').map((m) => m.text);
  return [...quoted, ...theirs.reverse()].join('\n').slice(0, CONTEXT_MAX_CHARS).toLowerCase();
}

/** The term named as theirs just before it: "您问的 Opus", "you asked about NACKs" ("我跟您说的" is ours). */
const NAMED_AS_THEIRS = new RegExp(
  // "您 IT 同事问到的 TURN": a colleague of theirs asked about it.
  String.raw`(?:(?<![跟给对向和])(?:您|你|你们|贵司)(?:的?\s*[^，。！？；\n]{0,6}?(?:同事|开发|技术|工程师|团队|老师|负责人))?` +
    String.raw`(?:刚才|之前|上面)?(?:问到|问|说|提到|提|抓到)的|\byou (?:asked about|` +
    String.raw`mentioned|brought up|flagged)(?: the| your| those| these)?|` +
    // "Your report mentions the kbps figures", "您邮件里提到的 RTT"; a screenshot that shows a term is not their word.
    String.raw`\byour (?:report|message|ticket|email|note|question|post)s? ` +
    String.raw`(?:mentions?|says|lists?|cites?|quotes?|asks about)(?: the| those| these| your)?|` +
    String.raw`(?:您|你们|贵司)(?:的)?(?:报告|消息|邮件|工单)里(?:提到|写)的)\s*["“'‘「]?\s*$`,
  'i',
);
const HAS_LATIN = /[a-z0-9]/i;
const WORD_CHAR = /[a-z0-9]/i;

/**
 * The term is in their words (lowercased): where it has Latin letters or digits, as a whole word or its plural
 * ("NACKs" for NACK), not inside a longer one; in Chinese, anywhere.
 */
function usedByCustomer(term: string, words: string): boolean {
  const wanted = term.toLowerCase();
  if (!HAS_LATIN.test(wanted)) return words.includes(wanted);
  for (let at = words.indexOf(wanted); at >= 0; at = words.indexOf(wanted, at + 1)) {
    let end = at + wanted.length;
    if (words.startsWith('es', end)) end += 2;
    else if (words[end] === 's') end += 1;
    if (!WORD_CHAR.test(words[at - 1] ?? ' ') && !WORD_CHAR.test(words[end] ?? ' ')) return true;
  }
  return false;
}

/**
 * The jargon findings whose term the customer knows: used in their words, or named as theirs anywhere in the reply
 * (then every use of it counts, "您问的 NACK 已经打开了。另外 NACK …").
 */
function theirTerms(hits: readonly PitfallHit[], text: string, context: ToneContext): Set<PitfallHit> {
  const terms = hits.filter((hit) => hit.term !== undefined);
  if (terms.length === 0) return new Set();
  const named = new Set(
    terms
      .filter((hit) => NAMED_AS_THEIRS.test(text.slice(Math.max(0, hit.start - 40), hit.start)))
      .map((hit) => hit.term!.toLowerCase()),
  );
  const words = customerWords(text, context);
  return new Set(terms.filter((hit) => named.has(hit.term!.toLowerCase()) || usedByCustomer(hit.term!, words)));
}

function excerptOf(text: string): string {
  return text.length > MAX_EXCERPT_CHARS ? `${text.slice(0, MAX_EXCERPT_CHARS - 1)}…` : text;
}

const EXPLAIN = {
  blame:
    'This puts the blame on the customer. Describe what we will check instead; if their network or device may ' +
    'play a part, say so gently as something we look at together.',
  denial:
    'This denies any part on our side, which leaves the fault with the customer. Say what we checked and what ' +
    'we are doing next instead.',
  apology: 'An apology with no next step. Say what we are doing now and when the customer will hear from us.',
  holding:
    'This acknowledges the problem but promises nothing concrete. Say what we are doing now and when the ' +
    'customer will hear from us (a time, not "as soon as possible").',
  vague:
    '"Check your network" gives the customer nothing to do. Suggest one concrete step (for example switching ' +
    'from mobile data to Wi-Fi) and say what we are checking on our side.',
  link:
    'An agent did not write this link or mention: it came from the model or from a customer message. Check ' +
    'where it leads or whom it notifies, and delete it unless you mean to send it.',
};

function explanationOf(hit: PitfallHit): string {
  switch (hit.why) {
    case 'blame':
      return EXPLAIN.blame;
    case 'denial':
      return EXPLAIN.denial;
    case 'apology':
      return EXPLAIN.apology;
    case 'holding':
      return EXPLAIN.holding;
    case 'vague':
      return EXPLAIN.vague;
    case 'jargon':
      return (
        `"${hit.term}" is engineering jargon. Use plain words (e.g. "the video paused", "the sound arrived late") ` +
        'or explain it in the same sentence or the next ("in plain terms, …", "简单说就是…").'
      );
    default:
      return (
        `This is ${PROMISES[hit.why]}. Commit to what we control instead: when we will update them and what we ` +
        'are doing.'
      );
  }
}

/** Why the learned reader flagged a reply: it matched no rule, only the way such replies read. */
const READER_EXPLAIN: Record<TonePitfall, string> = {
  blame:
    'This reads like replies that blame the customer (learned from labelled replies; no listed wording matched). ' +
    EXPLAIN.blame,
  overpromise:
    'This reads like replies that promise an outcome we do not control (learned from labelled replies; no listed ' +
    'wording matched). Commit to what we control instead: when we will update them and what we are doing.',
  apology_without_action:
    'This reads like apologies with no next step (learned from labelled replies; no listed wording matched). ' +
    'Say what we are doing now and when the customer will hear from us.',
  jargon:
    'This reads like replies with unexplained engineering terms (learned from labelled replies; no listed term ' +
    'matched). Use plain words, or explain the term in the same sentence or the next.',
};

/** Which learned reader backs the rules: the one trained on the tone tables, another, or none (rules alone). */
export interface ToneCheckOptions {
  reader?: ToneReaderModel | null;
}

const PROMISES: Record<string, string> = {
  guarantee: 'certainty about an outcome we do not control',
  fix_time: 'a fixed time for the fix, which no one can know yet',
  never_again: 'a promise that it will never recur',
  compensation: 'compensation that policy may not allow',
};

export function checkTone(
  text: string,
  context: ToneContext = { writtenBy: 'drafter' },
  options: ToneCheckOptions = {},
): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const seen = new Set<string>();
  const add = (rule: ToneRule, severity: Severity, excerpt: string, explanation: string, reader = false) => {
    const key = `${rule}:${excerpt.toLowerCase()}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push({
      rule,
      severity,
      excerpt: excerptOf(excerpt),
      explanation,
      ...(reader ? { source: 'reader' } : {}),
    });
  };

  for (const link of untrustedLinks(text, context)) add('untrusted_link', 'serious', link.excerpt, EXPLAIN.link);
  const lang = pitfallLanguage(text);
  if (!lang) return findings;
  const masked = blankQuotes(text);
  const sentences = sentencesOf(masked);
  const found = findPitfalls(masked, sentences, lang);
  const severityOf = (rule: ToneRule): Severity => (rule === 'blame' || rule === 'overpromise' ? 'serious' : 'warning');
  const reader = options.reader === undefined ? toneReader() : options.reader;
  const verdict = reader ? readReply(masked, sentences, lang, reader, new Set(found.map((h) => h.rule))) : undefined;
  // A rule finding the reader doubts is withdrawn: the reply reads like replies without that pitfall. A term on the
  // list of engineering terms needs more: a reply that reads as far from jargon as replies get (`keepListed`). The
  // seed's own example of an empty answer, "please check your network", stands whatever the examples say.
  const withdrawn = (hit: PitfallHit) =>
    hit.why !== 'vague' && (hit.listed ? verdict?.termsExplained : verdict?.doubted.has(hit.rule));
  const standing = found.filter((hit) => !withdrawn(hit));
  const known = theirTerms(standing, text, context);
  const hits = standing.filter((hit) => !known.has(hit));
  for (const hit of hits)
    add(hit.rule, severityOf(hit.rule), text.slice(hit.start, hit.end).trim(), explanationOf(hit));
  if (!verdict) return findings;
  // The reader speaks where the rules found nothing of the same pitfall, and is taken back on the words it read.
  const read = masked.slice(0, READER_MAX_CHARS);
  for (const hit of verdict.flagged) {
    if (found.some((h) => h.rule === hit.rule)) continue;
    if (hit.rule === 'blame' && notBlameByExample(read)) continue;
    if (hit.rule === 'overpromise' && disclaimsPromises(read)) continue;
    add(hit.rule, severityOf(hit.rule), text.slice(hit.start, hit.end).trim(), READER_EXPLAIN[hit.rule], true);
  }
  return findings;
}

/**
 * The rules' findings with the model's review of the same draft added: a model finding the rules already made
 * (same pitfall, overlapping words) is not repeated; the rest are kept, marked as the model's.
 */
export function withModelFindings(rules: ToneFinding[], model: readonly ToneFinding[] = []): ToneFinding[] {
  const out = [...rules];
  for (const finding of model) {
    if (out.length >= MAX_FINDINGS) break;
    const words = finding.excerpt.toLowerCase();
    const known = out.some((f) => {
      if (f.rule !== finding.rule) return false;
      const other = f.excerpt.toLowerCase().replace(/…$/, '');
      return other.includes(words.replace(/…$/, '')) || words.includes(other);
    });
    if (!known) out.push({ ...finding, source: 'model' });
  }
  return out;
}

/**
 * Runs the check once in each language it reads, so the patterns of both are compiled before the first reply is
 * checked: otherwise the first Chinese reply after a start pays for compiling every Chinese pattern at once.
 */
export function warmToneCheck(): void {
  checkTone("Sorry, your network can't keep up; we guarantee it's fixed by 5 pm, it's an RTT thing.");
  checkTone('抱歉，是您网络的问题，我们保证今晚修好，码率已经调低了。');
}

export function hasSerious(findings: ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'serious');
}
