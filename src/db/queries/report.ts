import { and, count, desc, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { alias } from 'drizzle-orm/pg-core';
import { drafts, knownProblems, slaClocks, ticketActivity, tickets } from '../schema/index.js';
import type { DraftOutcome, DrafterSource, FirstResponseOutcome, ReportTicket } from '../../domain/report.js';

/**
 * Tickets opened in [since, until) with the outcome of their first-response clock as of `now`; with `limit`, the
 * newest that many.
 */
export async function ticketsForReport(
  db: Executor,
  params: { since: Date; until: Date; now: Date; limit?: number },
): Promise<ReportTicket[]> {
  const query = db
    .select({ ticket: tickets, clockState: slaClocks.state, dueAt: slaClocks.dueAt, breachedAt: slaClocks.breachedAt })
    .from(tickets)
    .leftJoin(
      slaClocks,
      and(eq(slaClocks.ticketId, tickets.id), eq(slaClocks.kind, 'first_response'), eq(slaClocks.cycle, 0)),
    )
    .where(and(gte(tickets.createdAt, params.since), lt(tickets.createdAt, params.until)))
    .orderBy(desc(tickets.createdAt), desc(tickets.id));
  const rows = await (params.limit === undefined ? query : query.limit(params.limit));
  return rows.map(({ ticket, clockState, dueAt, breachedAt }) => {
    let firstResponse: FirstResponseOutcome = 'none';
    if (clockState === 'met') firstResponse = breachedAt ? 'breached' : 'met';
    else if (clockState === 'running' || clockState === 'paused')
      firstResponse = dueAt && dueAt <= params.now ? 'breached' : 'pending';
    else if (clockState === 'cancelled') firstResponse = breachedAt ? 'breached' : 'none';
    return {
      id: ticket.id,
      channelId: ticket.channelId,
      customerUserId: ticket.customerUserId,
      status: ticket.status,
      enterprise: ticket.enterprise,
      category: ticket.category,
      priority: ticket.priority,
      createdAt: ticket.createdAt,
      firstRespondedAt: ticket.firstRespondedAt,
      resolvedAt: ticket.resolvedAt,
      rating: ticket.rating,
      facts: ticket.facts,
      firstResponse,
      side: ticket.side ?? null,
      rootCause: ticket.rootCause,
      fix: ticket.fix,
    };
  });
}

export async function escalationCounts(
  db: Executor,
  params: { since: Date; until: Date },
): Promise<{ warnings: number; engineer: number; lead: number }> {
  const rows = await db
    .select({ action: ticketActivity.action, n: count() })
    .from(ticketActivity)
    .where(
      and(
        gte(ticketActivity.at, params.since),
        lt(ticketActivity.at, params.until),
        inArray(ticketActivity.action, ['escalation_warning', 'escalation_engineer', 'escalation_lead']),
      ),
    )
    .groupBy(ticketActivity.action);
  const of = (a: string) => rows.find((r) => r.action === a)?.n ?? 0;
  return { warnings: of('escalation_warning'), engineer: of('escalation_engineer'), lead: of('escalation_lead') };
}

/** Facts of the tickets opened in [since, until): the previous period's, to see what rose. */
export async function factsOfPeriod(db: Executor, params: { since: Date; until: Date }) {
  return db
    .select({ facts: tickets.facts })
    .from(tickets)
    .where(and(gte(tickets.createdAt, params.since), lt(tickets.createdAt, params.until)));
}

const editedCopy = alias(drafts, 'edited_copy');

/**
 * Every draft the model or the built-in drafter made in [since, until), with what became of it: sent or approved as
 * it was, edited by an agent (an agent's draft points at it), discarded, replaced by a newer draft, or still open.
 */
export async function draftOutcomes(
  db: Executor,
  params: { since: Date; until: Date },
): Promise<Array<{ source: DrafterSource; outcome: DraftOutcome }>> {
  const rows = await db
    .select({ source: drafts.source, status: drafts.status, editedId: editedCopy.id })
    .from(drafts)
    .leftJoin(editedCopy, eq(editedCopy.editedFromId, drafts.id))
    .where(
      and(
        gte(drafts.createdAt, params.since),
        lt(drafts.createdAt, params.until),
        inArray(drafts.source, ['model', 'rules']),
      ),
    );
  return rows.map((r) => {
    let outcome: DraftOutcome = 'replaced';
    if (r.editedId !== null) outcome = 'edited';
    else if (r.status === 'approved' || r.status === 'sent') outcome = 'as_drafted';
    else if (r.status === 'discarded') outcome = 'discarded';
    else if (r.status === 'proposed') outcome = 'pending';
    return { source: r.source as DrafterSource, outcome };
  });
}

/**
 * Known problems that were open at some point of [since, until): created before its end and not resolved before its
 * start, each with how many tickets were linked to it.
 */
export async function knownProblemsForReport(db: Executor, params: { since: Date; until: Date }) {
  return db
    .select({
      id: knownProblems.id,
      title: knownProblems.title,
      status: knownProblems.status,
      createdAt: knownProblems.createdAt,
      resolvedAt: knownProblems.resolvedAt,
      tickets: count(tickets.id),
    })
    .from(knownProblems)
    .leftJoin(tickets, eq(tickets.knownProblemId, knownProblems.id))
    .where(
      and(
        lt(knownProblems.createdAt, params.until),
        or(isNull(knownProblems.resolvedAt), gte(knownProblems.resolvedAt, params.since)),
      ),
    )
    .groupBy(knownProblems.id);
}
