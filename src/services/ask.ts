import { TZDate } from '@date-fns/tz';
import {
  type AskSqlFilters,
  type AskSqlParams,
  askMeasure,
  askTicketIds,
  customerNames,
  knownProblemTitles,
  limitStatementTime,
  readOnly,
  ticketLinks,
} from '../db/queries/ask.js';
import type { Db } from '../db/client.js';
import { ASK_MAX_CHARS, type AnswerRow, type AskAnswer, LIST_TICKETS_UP_TO, orderRows } from '../domain/ask/answer.js';
import { type AskQuery, askQuerySchema, resolvePeriod } from '../domain/ask/query.js';
import { readQuestion } from '../domain/ask/read.js';
import {
  DEVICE_TERMS,
  NETWORK_TERMS,
  namesBySpelling,
  OS_TERMS,
  REGION_TERMS,
  spellingsOf,
} from '../domain/ask/vocabulary.js';
import { type AskLanguage, askLanguageOf } from '../domain/ask/answer.js';
import type { QueryWriter } from '../drafting/ask-model.js';
import { postAnswerJob } from '../queue/jobs.js';
import { InvalidInputError } from '../errors.js';
import { requireAgent } from './authorisation.js';
import type { ServiceDeps } from './deps.js';

/** How long one question's statements may run on PostgreSQL before it is answered "too broad". */
export const ASK_STATEMENT_MS = 3000;

/** The typed query's filters as the SQL takes them, every word expanded to the spellings it stands for. */
export function sqlFilters(query: AskQuery): AskSqlFilters {
  const f = query.filters ?? {};
  const expand = (words: string[] | null | undefined, terms: typeof REGION_TERMS) =>
    words?.length ? [...new Set(words.flatMap((w) => spellingsOf(w, terms)))] : undefined;
  const known = f.knownProblem?.trim();
  const knownId = known && /^#?\d{1,9}$/.test(known) ? Number(known.replace('#', '')) : undefined;
  return {
    category: f.category ?? undefined,
    priority: f.priority ?? undefined,
    side: f.side ?? undefined,
    rootCause: f.rootCause?.map((w) => [w.toLowerCase()]),
    knownProblemId: knownId,
    knownProblemWords: known && knownId === undefined ? known.split(/\s+/).filter(Boolean) : undefined,
    customer: f.customer ?? undefined,
    tier: f.tier ?? undefined,
    region: expand(f.region, REGION_TERMS),
    device: expand(f.device, DEVICE_TERMS),
    os: expand(f.os, OS_TERMS),
    network: expand(f.network, NETWORK_TERMS),
    language: f.language ?? undefined,
    status: f.status ?? undefined,
    owner: f.owner ?? undefined,
    awaitingFirstReply: f.awaitingFirstReply ?? undefined,
    escalated: f.escalated ?? undefined,
    reopened: f.reopened ?? undefined,
  };
}

export class QueryTimeoutError extends Error {}

/** The driver's error, or the query error wrapping it (drizzle keeps the driver's as `cause`), at any depth. */
function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  // 57014 query_canceled (PostgreSQL Appendix A, Error Codes), which statement_timeout raises.
  if (code === '57014' || /canceling statement due to statement timeout/i.test(String(message ?? ''))) return true;
  return isStatementTimeout(cause, depth + 1);
}

/**
 * Runs the typed query, and only it, in a read-only transaction whose statements are bounded in time: the figure
 * over every matching ticket, the groups when it is split, the period before when it asks what rose.
 */
export async function runAskQuery(
  db: Db,
  query: AskQuery,
  params: { now: Date; timeZone: string; statementMs?: number; postgres?: boolean },
): Promise<{
  value: number | null;
  tickets: number;
  rows: AnswerRow[] | null;
  more: { groups: number; tickets: number };
  ticketLinks: Array<{ id: number; channelId: string | null; ts: string | null }> | null;
}> {
  const period = resolvePeriod(query.period, params.now, params.timeZone);
  const sqlParams: AskSqlParams = {
    measure: query.measure,
    statistic: query.statistic ?? undefined,
    since: period.since,
    until: period.until,
    now: params.now,
    timeZone: params.timeZone,
    filters: sqlFilters(query),
    groupBy: query.groupBy ?? [],
    regionNames: namesBySpelling(REGION_TERMS),
  };
  try {
    return await db.transaction(async (tx) => {
      await readOnly(tx);
      if (params.postgres !== false) await limitStatementTime(tx, params.statementMs ?? ASK_STATEMENT_MS);
      const { total, rows: now } = await askMeasure(tx, sqlParams);
      let rows: AnswerRow[] | null = null;
      let more = { groups: 0, tickets: 0 };
      if (sqlParams.groupBy.length) {
        let withPrevious: AnswerRow[] = now;
        if (query.rising) {
          const { rows: before } = await askMeasure(tx, {
            ...sqlParams,
            period: { since: period.previousSince, until: period.since },
          });
          const previous = new Map(before.map((r) => [r.keys.join('\u0000'), r.value]));
          withPrevious = now.map((r) => ({ ...r, previous: previous.get(r.keys.join('\u0000')) ?? 0 }));
        }
        ({ rows, more } = orderRows(withPrevious, query));
      }
      const ids =
        total.tickets > 0 && total.tickets <= LIST_TICKETS_UP_TO
          ? await askTicketIds(tx, { ...sqlParams, limit: LIST_TICKETS_UP_TO })
          : null;
      const links = ids ? await ticketLinks(tx, { ids }) : null;
      return { value: total.value, tickets: total.tickets, rows, more, ticketLinks: links };
    });
  } catch (error) {
    if (isStatementTimeout(error)) throw new QueryTimeoutError('the question took too long to answer');
    throw error;
  }
}

export interface AskDeps extends ServiceDeps {
  /** Writes the typed query with the model; without it the built-in reader reads every question. */
  writer?: QueryWriter;
}

function dayIn(at: Date, timeZone: string): string {
  const d = new TZDate(at.getTime(), timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The typed query for a question: the model's when one is configured and answers well, else the built-in reader's. */
export async function readAskQuestion(
  deps: AskDeps,
  question: string,
  options: { modelDeadlineMs?: number } = {},
): Promise<{ ok: true; query: AskQuery; readBy: 'model' | 'rules'; language: AskLanguage } | AskAnswer> {
  const now = deps.now();
  const timeZone = deps.config.sla.calendar.timeZone;
  const [customers, knownProblems] = await Promise.all([customerNames(deps.db), knownProblemTitles(deps.db)]);
  const language = askLanguageOf(question);
  if (deps.writer) {
    const names = customers.map((c) => c.name).filter((n): n is string => Boolean(n));
    const writing = deps.writer.write(question, {
      today: dayIn(now, timeZone),
      timeZone,
      customers: names,
      knownProblems: knownProblems.slice(0, 50).map((p) => `#${p.id} ${p.title}`),
    });
    const deadline = options.modelDeadlineMs;
    const written = deadline
      ? await Promise.race([
          writing,
          new Promise<{ failed: string }>((resolve) =>
            setTimeout(() => resolve({ failed: 'the model took too long' }), deadline).unref(),
          ),
        ])
      : await writing;
    if ('query' in written) {
      // The model's query is checked again here: only a query of the schema is ever run.
      const checked = askQuerySchema.safeParse(written.query);
      if (checked.success) return { ok: true, query: checked.data, readBy: 'model', language };
    }
  }
  const read = readQuestion(question, { now, timeZone, customers, knownProblems });
  if (read.ok) return { ok: true, query: read.query, readBy: 'rules', language: read.language };
  return { kind: 'unread', language: read.language, unread: read.unread };
}

/** Runs a typed query and shapes the answer; a query cut off by the time limit is answered as such. */
export async function answerQuery(
  deps: ServiceDeps,
  params: { query: AskQuery; readBy: 'model' | 'rules'; language: AskLanguage; askedAt: Date },
): Promise<AskAnswer> {
  const timeZone = deps.config.sla.calendar.timeZone;
  const period = resolvePeriod(params.query.period, params.askedAt, timeZone);
  try {
    const result = await runAskQuery(deps.db, params.query, {
      now: params.askedAt,
      timeZone,
      postgres: !deps.config.database.url ? false : undefined,
    });
    return { kind: 'answer', ...params, period, ...result };
  } catch (error) {
    if (error instanceof QueryTimeoutError)
      return { kind: 'timeout', language: params.language, query: params.query, period };
    throw error;
  }
}

/**
 * An agent's question, answered: refused for anyone else; an empty question gets the examples, a long one is
 * refused; then read (model or built-in reader) and run.
 */
export async function askQuestion(
  deps: AskDeps,
  params: { question: string; askedBy: string; modelDeadlineMs?: number },
): Promise<AskAnswer> {
  await requireAgent(deps, params.askedBy, 'ask about the complaint data');
  const question = params.question.trim();
  const language = askLanguageOf(question);
  if (!question) return { kind: 'empty', language };
  if (question.length > ASK_MAX_CHARS) return { kind: 'too_long', language, length: question.length };
  const read = await readAskQuestion(deps, question, { modelDeadlineMs: params.modelDeadlineMs });
  if (!('ok' in read)) return read;
  return answerQuery(deps, { query: read.query, readBy: read.readBy, language: read.language, askedAt: deps.now() });
}

/** Leading mentions of the app are how it was asked, not part of the question. */
function withoutMentions(text: string): string {
  return text.replace(/^(\s*<@[UWB][A-Z0-9]{2,20}(?:\|[^>]{0,80})?>)+/, '').trim();
}

/**
 * A mention of the app: answered in its thread, and only in the triage channel by an agent. Anywhere else
 * (a customer's shared channel above all) nothing is answered; the mention is left as it is.
 */
export async function askFromMention(
  deps: ServiceDeps,
  params: { channelId: string; userId: string; text: string; ts: string; threadTs?: string },
): Promise<{ queued: boolean }> {
  if (params.channelId !== deps.config.triageChannelId) return { queued: false };
  if (!(await deps.people.isAgent(params.userId))) return { queued: false };
  const question = withoutMentions(params.text);
  const language = askLanguageOf(question);
  const refused = !question
    ? { kind: 'empty' as const, length: 0 }
    : question.length > ASK_MAX_CHARS
      ? { kind: 'too_long' as const, length: question.length }
      : undefined;
  await postAnswerJob.queue(deps.db, {
    ...(refused ? { refused } : { question }),
    language,
    askedBy: params.userId,
    askedAt: deps.now().toISOString(),
    channel: params.channelId,
    threadTs: params.threadTs ?? params.ts,
    source: params.ts,
  });
  deps.wake();
  return { queued: true };
}

/** What a share button carries: the query as the asker saw it answered, and when it was asked. */
const shared = askQuerySchema.transform((q) => q);

/** An agent shares the answer only they saw: it is posted in the triage channel, counted as it was asked. */
export async function shareAnswer(
  deps: ServiceDeps,
  params: { value: string; sharedBy: string; clickId: string },
): Promise<void> {
  await requireAgent(deps, params.sharedBy, 'share an answer about the complaint data');
  let raw: unknown;
  try {
    raw = JSON.parse(params.value);
  } catch {
    throw new InvalidInputError('That button does not carry a question. Please ask again.');
  }
  const value = raw as { q?: unknown; at?: unknown; l?: unknown; r?: unknown };
  const query = shared.safeParse(value.q);
  const at = typeof value.at === 'string' ? new Date(value.at) : new Date(Number.NaN);
  if (!query.success || Number.isNaN(at.getTime()) || at.getTime() > deps.now().getTime() + 60_000)
    throw new InvalidInputError('That button does not carry a question. Please ask again.');
  await postAnswerJob.queue(deps.db, {
    query: query.data,
    readBy: value.r === 'model' ? 'model' : 'rules',
    language: value.l === 'zh' ? 'zh' : 'en',
    askedBy: params.sharedBy,
    askedAt: at.toISOString(),
    channel: deps.config.triageChannelId,
    source: `share:${params.clickId}`,
  });
  deps.wake();
}

/** An answer that is one figure over days or weeks, as a chart draws it; undefined for any other answer. */
export function answerSeries(
  answer: AskAnswer,
): { title: string; unit: string; labels: string[]; values: Array<number | null> } | undefined {
  if (answer.kind !== 'answer' || !answer.rows?.length) return undefined;
  const groups = answer.query.groupBy ?? [];
  if (groups.length !== 1 || (groups[0] !== 'day' && groups[0] !== 'week')) return undefined;
  const rows = [...answer.rows].sort((a, b) => (a.keys[0] ?? '').localeCompare(b.keys[0] ?? ''));
  const unit = SERIES_UNIT[answer.query.measure];
  const values = rows.map((r) =>
    r.value === null ? null : unit === 'minutes' ? Math.round((r.value / 60_000) * 10) / 10 : r.value,
  );
  return {
    title: `${SERIES_TITLE[answer.query.measure]} per ${groups[0]}`,
    unit,
    labels: rows.map((r) => (r.keys[0] ?? '').slice(5)),
    values,
  };
}

const SERIES_UNIT: Record<AskQuery['measure'], string> = {
  tickets: 'tickets',
  first_reply_attainment: '% on time',
  median_first_reply: 'minutes',
  escalations: 'pings',
  escalated_tickets: 'tickets',
  average_rating: 'rating',
  time_to_resolve: 'minutes',
  reopened: 'tickets',
  longest_wait: 'minutes',
};
const SERIES_TITLE: Record<AskQuery['measure'], string> = {
  tickets: 'Tickets opened',
  first_reply_attainment: 'First replies on time',
  median_first_reply: 'Median first-reply time',
  escalations: 'Escalation pings',
  escalated_tickets: 'Escalated tickets',
  average_rating: 'Average rating',
  time_to_resolve: 'Time to resolve',
  reopened: 'Reopened tickets',
  longest_wait: 'Longest wait for a first reply',
};
