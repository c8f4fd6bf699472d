import type { Db } from '../../src/db/client.js';
import { customerChannels, knownProblems, slaClocks, ticketActivity, tickets } from '../../src/db/schema/index.js';
import type { ResolutionSide } from '../../src/domain/resolution.js';
import type { Category, Language, Priority } from '../../src/domain/taxonomy.js';

/** A customer as the question data knows it: its shared channel, name and tier. */
export interface AskCustomer {
  channelId: string;
  name: string;
  enterprise: boolean;
}

/** One ticket's whole story, enough to fill every table a question reads. */
export interface AskTicket {
  id: number;
  channelId: string;
  createdAt: Date;
  category: Category;
  priority: Priority;
  language: Language;
  enterprise: boolean;
  status: 'waiting_on_us' | 'waiting_on_customer' | 'resolved';
  facts: { region?: string; device?: string; os?: string; network?: string; scenario?: string };
  /** The first-reply target; the clock is due this long after the ticket was opened. */
  firstReplyTargetMs: number;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  side: ResolutionSide | null;
  rootCause: string | null;
  knownProblemId: number | null;
  rating: number | null;
  escalations: Array<{ at: Date; stage: 1 | 2 | 3 }>;
  reopenedAt: Date[];
  assigneeId: string | null;
}

const STAGE_ACTION = { 1: 'escalation_warning', 2: 'escalation_engineer', 3: 'escalation_lead' } as const;

/**
 * Inserts the tickets into the real schema as the app would have left them: the customer channels, the known
 * problems, each ticket with its first-response clock (met on time, met late, or still running), its rating and
 * resolution, and its escalations and reopenings as activity.
 */
export async function insertAskData(
  db: Db,
  data: {
    customers: AskCustomer[];
    knownProblems: Array<{ id: number; title: string; createdAt: Date }>;
    tickets: AskTicket[];
    now: Date;
  },
): Promise<void> {
  for (const c of data.customers)
    await db.insert(customerChannels).values({
      channelId: c.channelId,
      name: c.name,
      enterprise: c.enterprise,
      linkedBy: 'U0LINKER',
    });
  for (const p of data.knownProblems)
    await db.insert(knownProblems).values({ id: p.id, title: p.title, createdBy: 'U0LEAD', createdAt: p.createdAt });
  const rows = data.tickets.map((t) => ({
    id: t.id,
    channelId: t.channelId,
    rootTs: `${Math.floor(t.createdAt.getTime() / 1000)}.${String(t.id).padStart(6, '0')}`,
    customerUserId: `UCUST${t.channelId}`,
    status: t.status,
    category: t.category,
    priority: t.priority,
    language: t.language,
    enterprise: t.enterprise,
    facts: t.facts,
    createdAt: t.createdAt,
    lastCustomerMessageAt: t.createdAt,
    firstRespondedAt: t.firstRespondedAt,
    resolvedAt: t.resolvedAt,
    resolvedBy: t.resolvedAt ? 'U0AGENT' : null,
    side: t.side,
    rootCause: t.rootCause,
    rating: t.rating,
    knownProblemId: t.knownProblemId,
    assigneeId: t.assigneeId,
    triageTs: `${Math.floor(t.createdAt.getTime() / 1000) + 1}.${String(t.id).padStart(6, '0')}`,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(tickets).values(rows.slice(i, i + 500));
  const clocks = data.tickets.map((t) => {
    const due = new Date(t.createdAt.getTime() + t.firstReplyTargetMs);
    const answered = t.firstRespondedAt;
    const late = answered ? answered > due : false;
    return {
      ticketId: t.id,
      kind: 'first_response' as const,
      cycle: 0,
      state: answered ? ('met' as const) : t.status === 'resolved' ? ('cancelled' as const) : ('running' as const),
      startedAt: t.createdAt,
      targetMs: t.firstReplyTargetMs,
      runningSince: answered ? null : t.createdAt,
      dueAt: due,
      stoppedAt: answered,
      breachedAt: late ? due : !answered && due <= data.now ? due : null,
    };
  });
  for (let i = 0; i < clocks.length; i += 500) await db.insert(slaClocks).values(clocks.slice(i, i + 500));
  const activity = data.tickets.flatMap((t) => [
    ...t.escalations.map((e) => ({ ticketId: t.id, at: e.at, action: STAGE_ACTION[e.stage] })),
    ...t.reopenedAt.map((at) => ({ ticketId: t.id, at, action: 'reopened' })),
  ]);
  for (let i = 0; i < activity.length; i += 500) await db.insert(ticketActivity).values(activity.slice(i, i + 500));
}
