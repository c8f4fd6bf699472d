import { TZDate } from '@date-fns/tz';
import {
  type AskSqlFilters,
  type AskSqlParams,
  askGroups,
  askTotal,
  customerNames,
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
import { detectLanguage } from '../domain/language.js';
import type { Language } from '../domain/taxonomy.js';
import type { QueryWriter } from '../drafting/ask-model.js';
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
  };
}

export class QueryTimeoutError extends Error {}

function isStatementTimeout(error: unknown): boolean {
  const text = String((error as { code?: unknown })?.code ?? '') + String((error as Error)?.message ?? '');
  // 57014 query_canceled (PostgreSQL Appendix A, Error Codes), which statement_timeout raises.
  return text.includes('57014') || /statement timeout/i.test(text);
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
      const total = await askTotal(tx, { ...sqlParams, listUpTo: LIST_TICKETS_UP_TO });
      let rows: AnswerRow[] | null = null;
      let more = { groups: 0, tickets: 0 };
      if (sqlParams.groupBy.length) {
        const now = await askGroups(tx, sqlParams);
        let withPrevious: AnswerRow[] = now;
        if (query.rising) {
          const before = await askGroups(tx, {
            ...sqlParams,
            period: { since: period.previousSince, until: period.since },
          });
          const previous = new Map(before.map((r) => [r.keys.join('\u0000'), r.value]));
          withPrevious = now.map((r) => ({ ...r, previous: previous.get(r.keys.join('\u0000')) ?? 0 }));
        }
        ({ rows, more } = orderRows(withPrevious, query));
      }
      const links = total.ticketIds ? await ticketLinks(tx, { ids: total.ticketIds }) : null;
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
): Promise<{ ok: true; query: AskQuery; readBy: 'model' | 'rules'; language: Language } | AskAnswer> {
  const now = deps.now();
  const timeZone = deps.config.sla.calendar.timeZone;
  const customers = await customerNames(deps.db);
  const language = detectLanguage(question);
  if (deps.writer) {
    const names = customers.map((c) => c.name).filter((n): n is string => Boolean(n));
    const writing = deps.writer.write(question, { today: dayIn(now, timeZone), timeZone, customers: names });
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
  const read = readQuestion(question, { now, timeZone, customers });
  if (read.ok) return { ok: true, query: read.query, readBy: 'rules', language: read.language };
  return { kind: 'unread', language: read.language, unread: read.unread };
}

/** Runs a typed query and shapes the answer; a query cut off by the time limit is answered as such. */
export async function answerQuery(
  deps: ServiceDeps,
  params: { query: AskQuery; readBy: 'model' | 'rules'; language: Language; askedAt: Date },
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
  const language = detectLanguage(question);
  if (!question) return { kind: 'empty', language };
  if (question.length > ASK_MAX_CHARS) return { kind: 'too_long', language, length: question.length };
  const read = await readAskQuestion(deps, question, { modelDeadlineMs: params.modelDeadlineMs });
  if (!('ok' in read)) return read;
  return answerQuery(deps, { query: read.query, readBy: read.readBy, language: read.language, askedAt: deps.now() });
}
