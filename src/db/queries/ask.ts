import { type SQL, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../client.js';

/**
 * The one query a question about the complaint data runs: a measure over the tickets opened in [since, until),
 * narrowed by filters, split by up to two groupings. Every value is a parameter; the column expressions come from
 * the fixed tables below, chosen by name.
 */
export type AskMeasureName =
  | 'tickets'
  | 'first_reply_attainment'
  | 'median_first_reply'
  | 'escalations'
  | 'escalated_tickets'
  | 'average_rating'
  | 'time_to_resolve'
  | 'reopened'
  | 'longest_wait';

export type AskGroupName =
  | 'category'
  | 'priority'
  | 'side'
  | 'root_cause'
  | 'known_problem'
  | 'customer'
  | 'tier'
  | 'region'
  | 'device'
  | 'os'
  | 'network'
  | 'language'
  | 'status'
  | 'owner'
  | 'ticket'
  | 'day'
  | 'week';

/** Filters with every word already expanded to the spellings it stands for (lower case). */
export interface AskSqlFilters {
  category?: string[];
  priority?: string[];
  side?: string[];
  /** Each inner list is one word's spellings; every word must appear in the root cause. */
  rootCause?: string[][];
  knownProblemId?: number;
  knownProblemWords?: string[];
  /** Any of these: a channel id, or words of the customer channel's name. */
  customer?: string[];
  tier?: 'enterprise' | 'standard';
  region?: string[];
  device?: string[];
  os?: string[];
  network?: string[];
  language?: string[];
  status?: string[];
  owner?: string;
  awaitingFirstReply?: boolean;
  escalated?: boolean;
  reopened?: boolean;
}

export interface AskSqlParams {
  measure: AskMeasureName;
  /** For the time measures: median (default) or mean. */
  statistic?: 'median' | 'mean';
  since: Date;
  until: Date;
  now: Date;
  timeZone: string;
  filters: AskSqlFilters;
  groupBy: AskGroupName[];
  /** Spellings of a region and the name it is shown under (lower-case alias → name). */
  regionNames: Array<[string, string]>;
}

export interface AskGroupRow {
  keys: string[];
  labels: string[];
  value: number | null;
  tickets: number;
}

export interface AskTotal {
  value: number | null;
  tickets: number;
}

const ESCALATION_ACTIONS = sql`('escalation_warning', 'escalation_engineer', 'escalation_lead')`;

const ESCALATED = sql`exists (select 1 from ticket_activity a
  where a.ticket_id = t.id and a.action in ${ESCALATION_ACTIONS})`;
const REOPENED = sql`exists (select 1 from ticket_activity a where a.ticket_id = t.id and a.action = 'reopened')`;

/** The middle value or the mean of a duration in milliseconds, over the tickets where it is known. */
function durationSql(statistic: 'median' | 'mean' | undefined, ms: SQL, known: SQL): SQL {
  return statistic === 'mean'
    ? sql`(avg(${ms}) filter (where ${known}))::float8`
    : sql`(percentile_cont(0.5) within group (order by ${ms}) filter (where ${known}))::float8`;
}

function measureSql(measure: AskMeasureName, now: Date, statistic?: 'median' | 'mean'): SQL {
  const at = now.toISOString();
  const met = sql`(c.state = 'met' and c.breached_at is null)`;
  const breached = sql`((c.state in ('met', 'cancelled') and c.breached_at is not null)
    or (c.state in ('running', 'paused') and c.due_at <= ${at}::timestamptz))`;
  switch (measure) {
    case 'tickets':
      return sql`count(*)::float8`;
    case 'first_reply_attainment':
      return sql`round(100.0 * count(*) filter (where ${met})
        / nullif(count(*) filter (where ${met} or ${breached}), 0), 1)::float8`;
    case 'median_first_reply':
      return durationSql(
        statistic,
        sql`extract(epoch from (t.first_responded_at - t.created_at)) * 1000`,
        sql`t.first_responded_at is not null`,
      );
    case 'time_to_resolve':
      return durationSql(
        statistic,
        sql`extract(epoch from (t.resolved_at - t.created_at)) * 1000`,
        sql`t.status = 'resolved' and t.resolved_at is not null`,
      );
    case 'longest_wait':
      // How long the first reply took, or has been awaited so far when none was sent.
      return sql`max(extract(epoch from
        (coalesce(t.first_responded_at, ${at}::timestamptz) - t.created_at)) * 1000)::float8`;
    case 'average_rating':
      return sql`round(avg(t.rating)::numeric, 2)::float8`;
    case 'escalations':
      // Every ping: warnings, engineer and lead; the ticket's own activity index finds them.
      return sql`coalesce(sum((select count(*) from ticket_activity a
        where a.ticket_id = t.id and a.action in ${ESCALATION_ACTIONS})), 0)::float8`;
    case 'escalated_tickets':
      return sql`(count(*) filter (where ${ESCALATED}))::float8`;
    case 'reopened':
      return sql`(count(*) filter (where ${REOPENED}))::float8`;
  }
}

/**
 * The facts as the columns the database keeps from them: as written (trimmed, null when not stated) and as grouped
 * (lower case; without spaces but for regions). Sorting a key byte by byte ("C") is what grouping needs, and a
 * fraction of the cost of the locale's order.
 */
const FACT_COLUMNS = {
  region: { label: sql`t.fact_region`, key: sql`t.fact_region_key` },
  device: { label: sql`t.fact_device`, key: sql`t.fact_device_key` },
  os: { label: sql`t.fact_os`, key: sql`t.fact_os_key` },
  network: { label: sql`t.fact_network`, key: sql`t.fact_network_key` },
} as const;

/** A text grouped ignoring case and spaces, shown as it is most often spelled. */
// replace() rather than a regular expression: it costs a tenth as much per row on a scan of every ticket.
const folded = (column: SQL) => sql`replace(lower(${column}), ' ', '')`;

/**
 * For each grouping: the key it groups by (null keys are left out) and either the label shown (an aggregate) or the
 * spelling whose commonest form in the group is shown ("Jakarta" rather than "jakarta").
 */
type GroupSql = { key: SQL; label: SQL; spelling?: undefined } | { key: SQL; spelling: SQL; label?: undefined };

function groupSql(group: AskGroupName, params: AskSqlParams): GroupSql {
  const tz = params.timeZone;
  const plain = (column: SQL) => ({ key: column, label: sql`min(${column})` });
  switch (group) {
    case 'category':
      return plain(sql`t.category`);
    case 'priority':
      return plain(sql`t.priority`);
    case 'side':
      return plain(sql`t.side`);
    case 'language':
      return plain(sql`t.language`);
    case 'status':
      return plain(sql`t.status`);
    case 'owner':
      return plain(sql`t.assignee_id`);
    case 'tier':
      return plain(sql`(case when t.enterprise then 'enterprise' else 'standard' end)`);
    case 'root_cause':
      return { key: folded(sql`t.root_cause`), spelling: sql`btrim(t.root_cause)` };
    case 'known_problem':
      return { key: sql`t.known_problem_id::text`, label: sql`min(kp.title)` };
    case 'customer':
      return { key: sql`t.channel_id`, label: sql`coalesce(min(cc.name), min(t.channel_id))` };
    case 'region': {
      // One group per place however it is spelled ("Jakarta", "雅加达"), shown as customers most often wrote it; the
      // spellings are a small table joined by hash (see fromSql), not an expression evaluated for every ticket.
      return { key: sql`coalesce(rn.name, t.fact_region_key) collate "C"`, spelling: sql`t.fact_region` };
    }
    case 'device':
    case 'os':
    case 'network': {
      const { key, label } = FACT_COLUMNS[group];
      return { key: sql`${key} collate "C"`, spelling: label };
    }
    case 'ticket':
      return plain(sql`t.id::text`);
    case 'day':
      return plain(sql`to_char(t.created_at at time zone ${tz}, 'YYYY-MM-DD')`);
    case 'week':
      return plain(sql`to_char(date_trunc('week', t.created_at at time zone ${tz}), 'YYYY-MM-DD')`);
  }
}

const list = (values: Array<string | number>) =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** `%word%` for LIKE, with LIKE's own wildcards in the word taken literally. */
const contains = (word: string) => `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Any of the words in the column, ignoring case (and spaces too when `fold`: "Mate40" is "mate 40"). */
function anyLike(column: SQL, words: string[], fold = false): SQL {
  const text = fold ? sql`replace(lower(${column}), ' ', '')` : sql`lower(${column})`;
  return sql`(${sql.join(
    words.map((w) => sql`${text} like ${contains(fold ? w.replace(/ /g, '') : w)}`),
    sql` or `,
  )})`;
}

/** Any of the words in a fact's key column, which is lower case already (and without spaces when `fold`). */
function anyLikeKey(key: SQL, words: string[], fold: boolean): SQL {
  return sql`(${sql.join(
    words.map((w) => sql`coalesce(${key}, '') like ${contains(fold ? w.replace(/ /g, '') : w)}`),
    sql` or `,
  )})`;
}

function whereSql(params: AskSqlParams, since: Date, until: Date): SQL {
  const f = params.filters;
  const parts: SQL[] = [
    sql`t.created_at >= ${since.toISOString()}::timestamptz`,
    sql`t.created_at < ${until.toISOString()}::timestamptz`,
  ];
  if (f.category?.length) parts.push(sql`t.category in ${list(f.category)}`);
  if (f.priority?.length) parts.push(sql`t.priority in ${list(f.priority)}`);
  if (f.side?.length) parts.push(sql`t.side in ${list(f.side)}`);
  if (f.language?.length) parts.push(sql`t.language in ${list(f.language)}`);
  if (f.status?.length) {
    const statuses = f.status.flatMap((s) => (s === 'open' ? ['waiting_on_us', 'waiting_on_customer'] : [s]));
    parts.push(sql`t.status in ${list(statuses)}`);
  }
  if (f.tier) parts.push(f.tier === 'enterprise' ? sql`t.enterprise` : sql`not t.enterprise`);
  if (f.owner) parts.push(f.owner === 'none' ? sql`t.assignee_id is null` : sql`t.assignee_id = ${f.owner}`);
  for (const spellings of f.rootCause ?? []) parts.push(anyLike(sql`coalesce(t.root_cause, '')`, spellings));
  if (f.awaitingFirstReply) parts.push(sql`t.first_responded_at is null and t.status <> 'resolved'`);
  if (f.escalated !== undefined) parts.push(f.escalated ? ESCALATED : sql`not ${ESCALATED}`);
  if (f.reopened !== undefined) parts.push(f.reopened ? REOPENED : sql`not ${REOPENED}`);
  if (f.knownProblemId !== undefined) parts.push(sql`t.known_problem_id = ${f.knownProblemId}`);
  if (f.knownProblemWords?.length)
    for (const word of f.knownProblemWords) parts.push(anyLike(sql`coalesce(kp.title, '')`, [word]));
  if (f.customer?.length)
    parts.push(sql`(t.channel_id in ${list(f.customer)} or ${anyLike(sql`coalesce(cc.name, '')`, f.customer)})`);
  for (const fact of ['region', 'device', 'os', 'network'] as const) {
    const words = f[fact];
    if (words?.length) parts.push(anyLikeKey(FACT_COLUMNS[fact].key, words, fact !== 'region'));
  }
  return sql.join(parts, sql` and `);
}

function fromSql(params: AskSqlParams): SQL {
  const names =
    params.groupBy.includes('region') && params.regionNames.length
      ? sql`left join (values ${sql.join(
          params.regionNames.map(([alias, name]) => sql`(${alias}, ${name.toLowerCase()})`),
          sql`, `,
        )}) as rn(alias, name) on rn.alias = t.fact_region_key`
      : sql``;
  return sql`tickets t
  left join sla_clocks c on c.ticket_id = t.id and c.kind = 'first_response' and c.cycle = 0
  left join customer_channels cc on cc.channel_id = t.channel_id
  left join known_problems kp on kp.id = t.known_problem_id
  ${names}`;
}

/**
 * The measure over every matching ticket and, when grouped, per group (every group with a known key: a ticket with no
 * region is in no region group) in one pass over the tickets, as grouping sets, in [since, until) or the period given.
 * A group's commonest spelling is counted in a set of its own (key and spelling), so that when the measure needs no
 * order (counts, means) the whole statement is hashed instead of sorting every ticket; a median sorts anyway, and
 * then the spelling is the group's mode.
 */
export async function askMeasure(
  db: Executor,
  params: AskSqlParams & { period?: { since: Date; until: Date } },
): Promise<{ total: AskTotal; rows: AskGroupRow[] }> {
  const groups = params.groupBy.map((g) => groupSql(g, params));
  const since = params.period?.since ?? params.since;
  const until = params.period?.until ?? params.until;
  const ordered = isOrderedMeasure(params.measure, params.statistic);
  const spelledApart = groups.map((g) => g.spelling !== undefined && !ordered);
  // Constants grouped only in their own set (null elsewhere) tell the sets' rows apart.
  const columns: SQL[] = [
    ...groups.map((g, i) => sql`${g.key} as ${sql.raw(`k${i}`)}`),
    groups.length ? sql`true as grouped` : sql`null::boolean as grouped`,
    ...groups.flatMap((g, i) =>
      spelledApart[i] ? [sql`${g.spelling} collate "C" as ${sql.raw(`s${i}`)}`, sql`true as ${sql.raw(`m${i}`)}`] : [],
    ),
    ...groups.map((g, i) => sql`${labelSql(g, spelledApart[i]!)} as ${sql.raw(`l${i}`)}`),
  ];
  const result = await db.execute(sql`
    select ${sql.join(columns, sql`, `)},
      ${measureSql(params.measure, params.now, params.statistic)} as value, count(*)::int as tickets
    from ${fromSql(params)}
    where ${whereSql(params, since, until)}
    ${groups.length ? sql.raw(`group by grouping sets (${groupingSets(groups.length, spelledApart)})`) : sql``}`);
  const all = rowsOf<Record<string, unknown>>(result);
  const spellings = commonestSpellings(all, spelledApart);
  const totalRow = all.find((row) => row.grouped == null && spelledApart.every((_, i) => row[`m${i}`] == null));
  const rows = all.filter((row) => row.grouped === true && groups.every((_, i) => row[`k${i}`] !== null));
  return {
    total: { value: numberOrNull(totalRow?.value), tickets: Number(totalRow?.tickets ?? 0) },
    rows: rows.map((row) => ({
      keys: groups.map((_, i) => String(row[`k${i}`])),
      labels: groups.map((_, i) => String(spellings[i]?.get(String(row[`k${i}`])) ?? row[`l${i}`] ?? row[`k${i}`])),
      value: numberOrNull(row.value),
      tickets: Number(row.tickets),
    })),
  };
}

/** A median is an ordered-set aggregate: the rows are sorted whatever the grouping. */
function isOrderedMeasure(measure: AskMeasureName, statistic: 'median' | 'mean' | undefined): boolean {
  return (measure === 'median_first_reply' || measure === 'time_to_resolve') && statistic !== 'mean';
}

/** The label of a group in the groups' own set: its aggregate, the commonest spelling, or none (counted apart). */
function labelSql(group: GroupSql, spelledApart: boolean): SQL {
  if (group.label) return group.label;
  return spelledApart ? sql`null::text` : sql`mode() within group (order by ${group.spelling} collate "C")`;
}

/** (), the groups' set, and a set of key, spelling and its marker for each grouping spelled apart, by position. */
function groupingSets(count: number, spelledApart: boolean[]): string {
  const sets = ['()', `(${[...Array.from({ length: count }, (_, i) => i + 1), count + 1].join(', ')})`];
  let position = count + 2;
  spelledApart.forEach((apart, i) => {
    if (!apart) return;
    sets.push(`(${i + 1}, ${position}, ${position + 1})`);
    position += 2;
  });
  return sets.join(', ');
}

/** Per grouping spelled apart: key → its commonest spelling, the first in code-point order on a tie. */
function commonestSpellings(rows: Record<string, unknown>[], spelledApart: boolean[]): Array<Map<string, string>> {
  return spelledApart.map((apart, i) => {
    const best = new Map<string, { spelling: string; count: number }>();
    if (!apart) return new Map();
    for (const row of rows) {
      const spelling = row[`s${i}`];
      if (row[`m${i}`] !== true || row[`k${i}`] === null || spelling === null || spelling === undefined) continue;
      const key = String(row[`k${i}`]);
      const count = Number(row.tickets);
      const current = best.get(key);
      if (!current || count > current.count || (count === current.count && String(spelling) < current.spelling))
        best.set(key, { spelling: String(spelling), count });
    }
    return new Map([...best].map(([key, b]) => [key, b.spelling]));
  });
}

const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The matching tickets' numbers, at most `limit`, lowest first: asked only once the count shows they are few. */
export async function askTicketIds(db: Executor, params: AskSqlParams & { limit: number }): Promise<number[]> {
  const result = await db.execute(sql`
    select t.id from ${fromSql({ ...params, groupBy: [] })}
    where ${whereSql(params, params.since, params.until)}
    order by t.id limit ${params.limit}`);
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

/** Bounds the statements of the current transaction (PostgreSQL; SET LOCAL ends with the transaction). */
export async function limitStatementTime(db: Executor, ms: number): Promise<void> {
  await db.execute(sql.raw(`set local statement_timeout = ${Math.max(1, Math.floor(ms))}`));
  // A grouping over every ticket sorts its rows (medians sort each group): with the default 4 MB a hundred thousand
  // tickets spill to disk (an external merge, as the benchmark's plan showed); 32 MB, for this transaction only, not.
  await db.execute(sql.raw(`set local work_mem = '32MB'`));
}

/** Makes the current transaction read-only: whatever runs in it can change nothing. */
export async function readOnly(db: Executor): Promise<void> {
  await db.execute(sql`set transaction read only`);
}

/** Customer channel names and ids, to read names in a question. */
export async function customerNames(db: Executor): Promise<Array<{ channelId: string; name: string | null }>> {
  const result = await db.execute(sql`select channel_id, name from customer_channels order by channel_id limit 2000`);
  return rowsOf<{ channel_id: string; name: string | null }>(result).map((r) => ({
    channelId: r.channel_id,
    name: r.name,
  }));
}

/** The tickets' cards in the triage channel, to link each ticket. */
export async function ticketLinks(
  db: Executor,
  params: { ids: number[] },
): Promise<Array<{ id: number; channelId: string | null; ts: string | null }>> {
  if (params.ids.length === 0) return [];
  const result = await db.execute(sql`select id, triage_ts from tickets where id in ${list(params.ids)} order by id`);
  return rowsOf<{ id: number; triage_ts: string | null }>(result).map((r) => ({
    id: Number(r.id),
    channelId: null,
    ts: r.triage_ts,
  }));
}

/** Known problems by number and title, newest first, so a question can name one by its words. */
export async function knownProblemTitles(db: Executor): Promise<Array<{ id: number; title: string }>> {
  const result = await db.execute(sql`select id, title from known_problems order by id desc limit 500`);
  return rowsOf<{ id: number; title: string }>(result).map((r) => ({ id: Number(r.id), title: r.title }));
}
