import type { Db } from '../../src/db/client.js';
import {
  customerChannels,
  knownProblems,
  messages,
  slaClocks,
  ticketActivity,
  tickets,
} from '../../src/db/schema/index.js';
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
  /** The customer's message, stored in the conversation. */
  text?: string;
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
  const words = data.tickets
    .filter((t) => t.text)
    .map((t) => ({
      ticketId: t.id,
      channelId: t.channelId,
      ts: rows.find((r) => r.id === t.id)!.rootTs,
      userId: `UCUST${t.channelId}`,
      role: 'customer' as const,
      text: t.text!,
      createdAt: t.createdAt,
    }));
  for (let i = 0; i < words.length; i += 500) await db.insert(messages).values(words.slice(i, i + 500));
}

/** The neutral records of the question set (test/fixtures/ask/tickets.ts), as the app's tables hold them. */
export interface NeutralTicket {
  number: number;
  channelId: string;
  createdAt: string;
  category: Category;
  priority: Priority;
  language: 'en' | 'zh';
  text: string;
  region?: string;
  device?: string;
  os?: string;
  network?: 'wifi' | '4g' | '5g';
  firstResponseDueAt: string;
  firstRepliedAt?: string;
  escalations: number;
  status: 'open' | 'waiting_on_customer' | 'resolved';
  resolvedAt?: string;
  reopened: boolean;
  rating?: number;
  side?: string;
  rootCause?: string;
  knownProblem?: string;
  ownerId?: string;
}

/** How the app's fact reader spells the networks a record names by id (src/domain/facts.ts). */
const NETWORK_AS_READ = { wifi: 'Wi-Fi', '4g': '4G', '5g': '5G' } as const;
/** The record's name for "customer integration / configuration" is the schema's customer_config. */
const SIDE_AS_STORED: Record<string, ResolutionSide> = {
  customer_network: 'customer_network',
  customer_device: 'customer_device',
  our_service: 'our_service',
  customer_integration: 'customer_config',
  customer_config: 'customer_config',
  not_found: 'not_found',
};

/**
 * Loads neutral ticket records: each customer a linked channel, each known problem's title a known problem, each
 * ticket with its first-response clock, its escalation pings (one activity row per ping, stages in order), a
 * reopening as activity, and the customer's message in the conversation.
 */
export async function insertNeutralTickets(
  db: Db,
  data: {
    customers: ReadonlyArray<{ channelId: string; name: string; tier: 'standard' | 'enterprise' }>;
    tickets: readonly NeutralTicket[];
    now: Date;
  },
): Promise<void> {
  const titles = [...new Set(data.tickets.map((t) => t.knownProblem).filter((k): k is string => Boolean(k)))];
  const problemIds = new Map(titles.map((title, i) => [title, i + 1]));
  const tier = new Map(data.customers.map((c) => [c.channelId, c.tier === 'enterprise']));
  const first = data.tickets.map((t) => Date.parse(t.createdAt)).reduce((a, b) => Math.min(a, b), Date.now());
  await insertAskData(db, {
    customers: data.customers.map((c) => ({
      channelId: c.channelId,
      name: c.name,
      enterprise: c.tier === 'enterprise',
    })),
    knownProblems: titles.map((title) => ({ id: problemIds.get(title)!, title, createdAt: new Date(first) })),
    now: data.now,
    tickets: data.tickets.map((t): AskTicket => {
      const created = new Date(t.createdAt);
      const due = new Date(t.firstResponseDueAt);
      const target = due.getTime() - created.getTime();
      return {
        id: t.number,
        channelId: t.channelId,
        createdAt: created,
        category: t.category,
        priority: t.priority,
        language: t.language,
        enterprise: tier.get(t.channelId) ?? false,
        status: t.status === 'open' ? 'waiting_on_us' : t.status,
        facts: {
          ...(t.region ? { region: t.region } : {}),
          ...(t.device ? { device: t.device } : {}),
          ...(t.os ? { os: t.os } : {}),
          ...(t.network ? { network: NETWORK_AS_READ[t.network] } : {}),
        },
        firstReplyTargetMs: target,
        firstRespondedAt: t.firstRepliedAt ? new Date(t.firstRepliedAt) : null,
        resolvedAt: t.resolvedAt ? new Date(t.resolvedAt) : null,
        side: t.side ? (SIDE_AS_STORED[t.side] ?? null) : null,
        rootCause: t.rootCause ?? null,
        knownProblemId: t.knownProblem ? (problemIds.get(t.knownProblem) ?? null) : null,
        rating: t.rating ?? null,
        escalations: Array.from({ length: t.escalations }, (_, i) => ({
          at: new Date(due.getTime() + i * target),
          stage: Math.min(3, i + 1) as 1 | 2 | 3,
        })),
        reopenedAt: t.reopened && t.resolvedAt ? [new Date(t.resolvedAt)] : [],
        assigneeId: t.ownerId ?? null,
        text: t.text,
      };
    }),
  });
}
