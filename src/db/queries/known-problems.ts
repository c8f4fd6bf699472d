import { and, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Facts } from '../../domain/facts.js';
import type { Category } from '../../domain/taxonomy.js';
import { rowsOf, type Executor } from '../client.js';
import {
  drafts,
  knownProblems,
  ticketActivity,
  tickets,
  type Draft,
  type KnownProblem,
  type Ticket,
} from '../schema/index.js';

export type NewKnownProblem = typeof knownProblems.$inferInsert;

export async function insertKnownProblem(db: Executor, params: NewKnownProblem): Promise<KnownProblem | undefined> {
  // An incident makes at most one problem: a second click inserts nothing (known_problems_incident_uq).
  const [row] = await db.insert(knownProblems).values(params).onConflictDoNothing().returning();
  return row;
}

export async function findKnownProblem(db: Executor, params: { problemId: number }): Promise<KnownProblem | undefined> {
  const [row] = await db.select().from(knownProblems).where(eq(knownProblems.id, params.problemId));
  return row;
}

/** Locks the problem for the rest of the transaction, so resolving and linking happen one after another. */
export async function lockKnownProblem(db: Executor, params: { problemId: number }): Promise<KnownProblem | undefined> {
  const [row] = await db.select().from(knownProblems).where(eq(knownProblems.id, params.problemId)).for('update');
  return row;
}

export async function problemOfIncident(
  db: Executor,
  params: { incidentId: number },
): Promise<KnownProblem | undefined> {
  const [row] = await db.select().from(knownProblems).where(eq(knownProblems.fromIncidentId, params.incidentId));
  return row;
}

/** The newest open problems first: the ones agents are most likely linking to now. */
export async function openKnownProblems(db: Executor, params: { limit: number }): Promise<KnownProblem[]> {
  return db
    .select()
    .from(knownProblems)
    .where(eq(knownProblems.status, 'open'))
    .orderBy(desc(knownProblems.id))
    .limit(params.limit);
}

/** Problems resolved with updates still waiting for an agent's approval, newest first. */
export async function problemsWithPendingUpdates(db: Executor, params: { limit: number }): Promise<KnownProblem[]> {
  return db
    .select()
    .from(knownProblems)
    .where(
      and(
        eq(knownProblems.status, 'resolved'),
        // Spelled out: drizzle leaves column names unqualified in a one-table query, which a subquery would misread.
        sql`exists (select 1 from tickets t join drafts d on d.ticket_id = t.id
          where t.known_problem_id = known_problems.id and d.purpose = 'problem_update' and d.status = 'proposed')`,
      ),
    )
    .orderBy(desc(knownProblems.resolvedAt))
    .limit(params.limit);
}

export interface ProblemCaseRow {
  problemId: number;
  category: Category;
  facts: Facts;
}

/** The newest `perProblem` linked tickets of each problem: what a new complaint is compared with. */
export async function casesOfProblems(
  db: Executor,
  params: { problemIds: number[]; perProblem: number },
): Promise<ProblemCaseRow[]> {
  if (params.problemIds.length === 0) return [];
  const ids = sql.join(
    params.problemIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select problem_id as "problemId", category, facts from (
      select known_problem_id as problem_id, category, facts,
        row_number() over (partition by known_problem_id order by id desc) as n
      from ${tickets} where known_problem_id in (${ids})
    ) newest where n <= ${params.perProblem}`);
  return rowsOf<ProblemCaseRow>(result);
}

export async function setTicketProblem(
  db: Executor,
  params: { ticketId: number; problemId: number | null },
): Promise<Ticket | undefined> {
  const [row] = await db
    .update(tickets)
    .set({ knownProblemId: params.problemId })
    .where(eq(tickets.id, params.ticketId))
    .returning();
  return row;
}

/** Links the given tickets that are linked to no problem yet; returns the ids it linked. */
export async function linkUnlinkedTickets(
  db: Executor,
  params: { ticketIds: number[]; problemId: number },
): Promise<number[]> {
  if (params.ticketIds.length === 0) return [];
  const rows = await db
    .update(tickets)
    .set({ knownProblemId: params.problemId })
    .where(and(inArray(tickets.id, params.ticketIds), isNull(tickets.knownProblemId)))
    .returning({ id: tickets.id });
  return rows.map((r) => r.id);
}

/** The problem's tickets that are not resolved, locked: each is about to get a drafted update. */
export async function lockOpenTicketsOfProblem(db: Executor, params: { problemId: number }): Promise<Ticket[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.knownProblemId, params.problemId), ne(tickets.status, 'resolved')))
    .orderBy(tickets.id)
    .for('update');
}

export async function countTicketsOfProblem(
  db: Executor,
  params: { problemId: number },
): Promise<{ linked: number; open: number }> {
  const [row] = await db
    .select({
      linked: count(),
      open: sql<number>`count(*) filter (where ${tickets.status} <> 'resolved')`.mapWith(Number),
    })
    .from(tickets)
    .where(eq(tickets.knownProblemId, params.problemId));
  return { linked: row?.linked ?? 0, open: row?.open ?? 0 };
}

/** Marks the problem resolved unless someone already did; undefined when they had. */
export async function markProblemResolved(
  db: Executor,
  params: { problemId: number; by: string; at: Date; cause: string | null; fix: string | null },
): Promise<KnownProblem | undefined> {
  const [row] = await db
    .update(knownProblems)
    .set({ status: 'resolved', resolvedBy: params.by, resolvedAt: params.at, cause: params.cause, fix: params.fix })
    .where(and(eq(knownProblems.id, params.problemId), eq(knownProblems.status, 'open')))
    .returning();
  return row;
}

/** A drafted update about the problem that still waits for an agent (drafts joined with their tickets). */
function waitingUpdateOf(problemId: number) {
  return and(
    eq(tickets.knownProblemId, problemId),
    eq(drafts.purpose, 'problem_update'),
    eq(drafts.status, 'proposed'),
  );
}

/** Drafted updates about the problem that still wait for an agent, oldest ticket first. */
export async function pendingUpdatesOfProblem(db: Executor, params: { problemId: number }): Promise<Draft[]> {
  const rows = await db
    .select({ draft: drafts })
    .from(drafts)
    .innerJoin(tickets, eq(tickets.id, drafts.ticketId))
    .where(waitingUpdateOf(params.problemId))
    .orderBy(drafts.ticketId);
  return rows.map((r) => r.draft);
}

export async function countPendingUpdates(db: Executor, params: { problemId: number }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(drafts)
    .innerJoin(tickets, eq(tickets.id, drafts.ticketId))
    .where(waitingUpdateOf(params.problemId));
  return row?.n ?? 0;
}

/** Many drafts in one statement: a problem may have hundreds of tickets waiting for its update. */
export async function insertUpdateDrafts(db: Executor, rows: Array<typeof drafts.$inferInsert>): Promise<Draft[]> {
  if (rows.length === 0) return [];
  return db.insert(drafts).values(rows).returning();
}

export async function supersedeProposedOf(db: Executor, params: { ticketIds: number[] }): Promise<void> {
  if (params.ticketIds.length === 0) return;
  await db
    .update(drafts)
    .set({ status: 'superseded' })
    .where(and(inArray(drafts.ticketId, params.ticketIds), eq(drafts.status, 'proposed')));
}

export async function recordActivities(db: Executor, rows: Array<typeof ticketActivity.$inferInsert>): Promise<void> {
  if (rows.length > 0) await db.insert(ticketActivity).values(rows);
}

export interface ProblemCounts {
  linked: number;
  open: number;
  /** Drafted updates waiting for an agent. */
  pending: number;
}

/** Linked, open and waiting-update counts for each of the given problems, in one statement. */
export async function countsOfProblems(
  db: Executor,
  params: { problemIds: number[] },
): Promise<Map<number, ProblemCounts>> {
  if (params.problemIds.length === 0) return new Map();
  const rows = await db
    .select({
      problemId: tickets.knownProblemId,
      linked: count(),
      open: sql<number>`count(*) filter (where ${tickets.status} <> 'resolved')`.mapWith(Number),
      pending: sql<number>`count(*) filter (where exists (select 1 from drafts d where d.ticket_id = tickets.id
        and d.purpose = 'problem_update' and d.status = 'proposed'))`.mapWith(Number),
    })
    .from(tickets)
    .where(inArray(tickets.knownProblemId, params.problemIds))
    .groupBy(tickets.knownProblemId);
  return new Map(rows.map((r) => [r.problemId!, { linked: r.linked, open: r.open, pending: r.pending }]));
}

export async function countOpenProblems(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(knownProblems).where(eq(knownProblems.status, 'open'));
  return row?.n ?? 0;
}
