import type { z } from 'zod';

/**
 * Reading a model's answer. Servers in JSON mode or plain text wrap JSON in code fences or put a
 * sentence before it (Alibaba Model Studio, structured output: "the LLM might return extra text, such
 * as ```json", https://www.alibabacloud.com/help/en/model-studio/qwen-structured-output); DeepSeek's
 * JSON mode can answer blanks only (https://api-docs.deepseek.com/guides/json_mode). Every scan here is
 * linear in the answer's length, and an answer over MAX_ANSWER_CHARS is not read at all.
 */
export const MAX_ANSWER_CHARS = 64_000;
/** How many `{` a tolerant read tries before it gives up (each try is one linear scan). */
const MAX_OBJECT_STARTS = 3;

export type Extracted = { ok: true; value: unknown } | { ok: false; reason: string };

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The end of the JSON object that starts at `start`, skipping braces inside strings; -1 if it never ends. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The inside of the first ``` fence (with or without a language tag), if the text has a closed one. */
function fenced(text: string): string | undefined {
  const open = text.indexOf('```');
  if (open < 0) return undefined;
  const close = text.indexOf('```', open + 3);
  if (close < 0) return undefined;
  return text.slice(open + 3, close).replace(/^[A-Za-z]*[ \t]*\r?\n?/, '');
}

/** A JSON object from a model's answer: bare, in a code fence, or after (and before) some prose. */
export function extractJsonObject(content: string | null | undefined): Extracted {
  const text = (content ?? '').trim();
  if (!text) return { ok: false, reason: 'the model returned no content' };
  if (text.length > MAX_ANSWER_CHARS)
    return { ok: false, reason: `the model's answer was too long to read (${text.length} characters)` };
  const direct = text.startsWith('{') ? tryParse(text) : undefined;
  if (isObject(direct)) return { ok: true, value: direct };
  const inFence = fenced(text);
  const candidates = inFence === undefined ? [text] : [inFence.trim(), text];
  for (const candidate of candidates) {
    let start = candidate.indexOf('{');
    for (let attempt = 0; start >= 0 && attempt < MAX_OBJECT_STARTS; attempt++) {
      const end = objectEnd(candidate, start);
      if (end < 0) break;
      const value = tryParse(candidate.slice(start, end + 1));
      if (isObject(value)) return { ok: true, value };
      start = candidate.indexOf('{', start + 1);
    }
  }
  return { ok: false, reason: 'the model returned text that is not JSON' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', '…', '\n']);
const CLOSERS = new Set(['"', "'", ')', '」', '』', '）', '”', '’']);

/**
 * The longest prefix of `text` within `max` characters that ends a sentence, provided it keeps at least
 * half of the room; otherwise undefined (cutting shorter would lose the point of the reply).
 */
export function shortenAtSentence(text: string, max: number): string | undefined {
  if (text.length <= max) return text;
  let cut = -1;
  for (let i = 0; i < max; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let end = i + 1;
    while (end < max && CLOSERS.has(text[end]!)) end++;
    // An ASCII full stop ends a sentence only before a space (not in "3.5" or "example.com").
    const next = text[end];
    if ('.!?'.includes(text[i]!) && next !== undefined && !/\s/.test(next)) continue;
    cut = end;
  }
  if (cut < max / 2) return undefined;
  return text.slice(0, cut).trimEnd();
}

export interface DraftLimits {
  reply: number;
  summary: number;
  followUps: number;
  followUp: number;
}

export type Fitted<T> = { ok: true; value: T; shortened: string[] } | { ok: false; reason: string };

/**
 * Brings a model's answer within our own limits, then validates it with zod: a reply over the cap is
 * shortened at a sentence boundary (or refused, so the built-in drafter answers); extra or overlong
 * follow-up questions are dropped; the agents' one-line summary is cut; the confidence is clamped.
 */
export function fitDraftOutput<T>(value: unknown, schema: z.ZodType<T>, limits: DraftLimits): Fitted<T> {
  if (!isObject(value)) return { ok: false, reason: "the model's answer did not match the schema (root)" };
  const draft: Record<string, unknown> = { ...value };
  const shortened: string[] = [];
  if (typeof draft.reply === 'string' && draft.reply.length > limits.reply) {
    const cut = shortenAtSentence(draft.reply, limits.reply);
    if (cut === undefined)
      return {
        ok: false,
        reason:
          `the model's reply was ${draft.reply.length} characters, over the limit ` +
          `of ${limits.reply}, with no sentence end to shorten it at`,
      };
    draft.reply = cut;
    shortened.push('reply');
  }
  if (typeof draft.summary === 'string' && draft.summary.length > limits.summary) {
    draft.summary =
      shortenAtSentence(draft.summary, limits.summary) ?? `${draft.summary.slice(0, limits.summary - 1).trimEnd()}…`;
    shortened.push('summary');
  }
  if (Array.isArray(draft.followUps)) {
    const kept = draft.followUps
      .filter((q): q is string => typeof q === 'string' && q.trim().length > 0 && q.length <= limits.followUp)
      .slice(0, limits.followUps);
    if (kept.length !== draft.followUps.length) shortened.push('followUps');
    draft.followUps = kept;
  }
  if (typeof draft.confidence === 'number') draft.confidence = Math.min(1, Math.max(0, draft.confidence));
  const parsed = schema.safeParse(draft);
  if (!parsed.success)
    return {
      ok: false,
      reason: `the model's answer did not match the schema (${parsed.error.issues[0]?.path.join('.') || 'root'})`,
    };
  return { ok: true, value: parsed.data, shortened };
}
