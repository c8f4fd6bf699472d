import { and, count, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { slaClocks, ticketActivity, tickets } from '../schema/index.js';
import type { FirstResponseOutcome, ReportTicket } from '../../domain/report.js';

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
