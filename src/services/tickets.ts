import { RetryLaterError } from '../errors.js';
import type { Executor } from '../db/client.js';
import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { conversationOf, insertMessage } from '../db/queries/messages.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket, findTicketByRoot, insertTicket, receiptSubjectOf, updateTicket } from '../db/queries/tickets.js';
import type { CustomerChannel, Ticket } from '../db/schema/index.js';
import { classify, priorityFor, raisePriority } from '../domain/classify.js';
import { churnSignals } from '../domain/signals.js';
import { extractFacts } from '../domain/facts.js';
import { detectLanguage, settledLanguage, ticketLanguage } from '../domain/language.js';
import type { Category, Language, Priority } from '../domain/taxonomy.js';
import type { Resolution } from '../domain/resolution.js';
import type { Config } from '../config.js';
import { IDS } from '../ids.js';
import {
  cancelClocks,
  pauseResolutionClock,
  resumeResolutionClock,
  retargetClocks,
  startClock,
  stopResponseClocks,
} from './clocks.js';
import { queueAll } from '../queue/define.js';
import {
  checkIncidentJob,
  makeDraftJob,
  notifyChurnJob,
  postClosingJob,
  postReceiptJob,
  setStatusReactionJob,
  syncCardJob,
} from '../queue/jobs.js';
import { policyFor } from './sla-policy.js';

export interface OpenTicketInput {
  /** The channel's settings when the caller has read them already. */
  channel?: CustomerChannel | null;
  channelId: string;
  rootTs: string;
  customerUserId: string;
  customerTeamId?: string;
  text: string;
  /**
   * The customer's own words when `text` also notes what they attached: the category, the language and the
   * facts come from these only, never from a file's name.
   */
  words?: string;
  at: Date;
  openedVia: Ticket['openedVia'];
  openedBy?: string;
}

/** Opens ticket #N for a customer message, or returns the one it already has. */
export async function openTicket(
  db: Executor,
  config: Pick<Config, 'sla'>,
  input: OpenTicketInput,
): Promise<{ ticket: Ticket; created: boolean }> {
  const { sla } = config;
  const channel =
    input.channel === undefined
      ? await findCustomerChannel(db, { channelId: input.channelId })
      : (input.channel ?? undefined);
  const enterprise = channel?.enterprise ?? false;
  const words = input.words ?? input.text;
  const { category, priority, signals } = classify(words, { enterprise });
  const created = await insertTicket(db, {
    channelId: input.channelId,
    rootTs: input.rootTs,
    customerUserId: input.customerUserId,
    customerTeamId: input.customerTeamId,
    category,
    priority,
    language: ticketLanguage(words, channel?.language),
    enterprise,
    facts: extractFacts(words),
    churnSignals: signals,
    openedVia: input.openedVia,
    openedBy: input.openedBy,
    createdAt: input.at,
    lastCustomerMessageAt: input.at,
  });
  if (!created) {
    const existing = await findTicketByRoot(db, { channelId: input.channelId, rootTs: input.rootTs });
    return { ticket: existing!, created: false };
  }
  await insertMessage(db, {
    ticketId: created.id,
    channelId: input.channelId,
    ts: input.rootTs,
    userId: input.customerUserId,
    teamId: input.customerTeamId,
    role: 'customer',
    text: input.text,
    createdAt: input.at,
  });
  const policy = policyFor(sla, channel);
  await startClock(db, { ticketId: created.id, kind: 'first_response', cycle: 0, startAt: input.at, priority, policy });
  await startClock(db, { ticketId: created.id, kind: 'resolution', cycle: 0, startAt: input.at, priority, policy });
  await queueNewTicketWork(db, created.id);
  if (signals.length > 0) await notifyChurnJob.queue(db, { ticketId: created.id });
  return { ticket: created, created: true };
}

/**
 * Everything a new ticket needs, queued in the transaction that opens it: the customer's receipt, the
 * incident check, the card, a first draft and the 👀 reaction.
 */
function queueNewTicketWork(db: Executor, ticketId: number): Promise<void> {
  return queueAll(db, [
    postReceiptJob.item({ ticketId }),
    checkIncidentJob.item({ ticketId }),
    syncCardJob.item({ ticketId }),
    makeDraftJob.item({ ticketId, reason: 'new ticket' }),
    setStatusReactionJob.item({ ticketId }),
  ]);
}

/**
 * The language a ticket answered in English for want of a better one takes from the customer's later message
 * (src/domain/language.ts, settledLanguage); undefined when it keeps its own. Only a fallback is ever changed.
 */
export async function languageSettledBy(
  db: Executor,
  params: { ticket: Ticket; channel?: CustomerChannel; text: string; at: Date },
): Promise<Language | undefined> {
  const { ticket, channel } = params;
  if (channel?.language || ticket.language !== 'en') return undefined;
  // Most replies to an English ticket are English: only a message in another language reads the conversation.
  const shown = detectLanguage(params.text);
  if (!shown || shown === ticket.language) return undefined;
  const earlierTexts = (await conversationOf(db, { ticketId: ticket.id }))
    .filter((m) => m.role === 'customer' && m.createdAt < params.at)
    .map((m) => m.text);
  const settled = settledLanguage({ channelSetting: channel?.language, earlierTexts, text: params.text });
  return settled && settled !== ticket.language ? settled : undefined;
}

/** A customer wrote more: their facts grow, and the ticket waits on us again (a new cycle after a reply). */
export async function customerWrote(
  db: Executor,
  sla: Config['sla'],
  params: { ticket: Ticket; channel?: CustomerChannel; text: string; at: Date; meaningful: boolean },
): Promise<Ticket> {
  const { ticket, at } = params;
  const policy = policyFor(sla, params.channel);
  const facts = extractFacts(params.text, ticket.facts);
  const changes: Partial<Ticket> = { facts, lastCustomerMessageAt: at };
  const language = await languageSettledBy(db, { ticket, channel: params.channel, text: params.text, at });
  if (language) changes.language = language;
  // The first words of churn or urgency in the thread raise the priority one step (never lower), once per ticket.
  const signals = ticket.churnSignals.length === 0 ? churnSignals(params.text) : [];
  if (signals.length > 0) {
    const priority = raisePriority(ticket.priority);
    Object.assign(changes, { churnSignals: signals, priority });
    if (priority !== ticket.priority) await retargetClocks(db, { ticketId: ticket.id, priority, now: at, policy });
    await notifyChurnJob.queue(db, { ticketId: ticket.id });
  }
  // "Thanks!" after our answer neither reopens the ticket nor starts a clock.
  if (params.meaningful && ticket.status !== 'waiting_on_us') {
    const cycle = ticket.cycle + 1;
    Object.assign(changes, { status: 'waiting_on_us', cycle, resolvedAt: null, resolvedBy: null });
    await startClock(db, {
      ticketId: ticket.id,
      kind: 'next_response',
      cycle,
      startAt: at,
      priority: (changes.priority as Priority | undefined) ?? ticket.priority,
      policy,
    });
    if (ticket.status === 'resolved') {
      await startClock(db, {
        ticketId: ticket.id,
        kind: 'resolution',
        cycle,
        startAt: at,
        priority: ticket.priority,
        policy,
      });
    } else {
      await resumeResolutionClock(db, { ticketId: ticket.id, now: at, policy });
    }
    await setStatusReactionJob.queue(db, { ticketId: ticket.id });
  }
  const updated = (await updateTicket(db, { ticketId: ticket.id, changes }))!;
  if (params.meaningful && updated.status === 'waiting_on_us')
    await makeDraftJob.queue(db, { ticketId: ticket.id, reason: 'customer replied' });
  await syncCardJob.queue(db, { ticketId: ticket.id });
  return updated;
}

/** An agent or engineer answered the customer: the response clock is met and the ticket waits on them. */
export async function weResponded(
  db: Executor,
  sla: Config['sla'],
  params: { ticket: Ticket; channel?: CustomerChannel; at: Date },
): Promise<Ticket> {
  const { ticket, at } = params;
  if (ticket.status !== 'waiting_on_us') return ticket;
  await stopResponseClocks(db, { ticketId: ticket.id, now: at });
  await pauseResolutionClock(db, { ticketId: ticket.id, now: at, policy: policyFor(sla, params.channel) });
  const updated = (await updateTicket(db, {
    ticketId: ticket.id,
    changes: { status: 'waiting_on_customer', firstRespondedAt: ticket.firstRespondedAt ?? at },
  }))!;
  await syncCardJob.queue(db, { ticketId: ticket.id });
  return updated;
}

/**
 * Closes a ticket: clocks stop, the customer gets the closing message (with the note, when the agent approved one).
 * Without a resolution the side, cause and fix already recorded stay as they are.
 */
export async function resolveTicket(
  db: Executor,
  params: { ticket: Ticket; by: string; at: Date; resolution?: Resolution; closingNote?: string | null },
): Promise<Ticket> {
  await stopResponseClocks(db, { ticketId: params.ticket.id, now: params.at });
  await cancelClocks(db, { ticketId: params.ticket.id, now: params.at });
  const updated = (await updateTicket(db, {
    ticketId: params.ticket.id,
    changes: {
      status: 'resolved',
      resolvedAt: params.at,
      resolvedBy: params.by,
      ...(params.resolution ?? {}),
    },
  }))!;
  await postClosingJob.queue(db, {
    ticketId: updated.id,
    resolvedAt: params.at.toISOString(),
    ...(params.closingNote ? { note: params.closingNote } : {}),
  });
  await setStatusReactionJob.queue(db, { ticketId: updated.id });
  await syncCardJob.queue(db, { ticketId: updated.id });
  return updated;
}

/** Agents re-classify; due times follow from the ticket's start, never restarted. */
export async function reclassify(
  db: Executor,
  sla: Config['sla'],
  params: { ticket: Ticket; channel?: CustomerChannel; category?: Category; priority?: Priority; at: Date },
): Promise<Ticket> {
  const category = params.category ?? params.ticket.category;
  const priority =
    params.priority ??
    (params.category
      ? priorityFor(category, params.ticket.enterprise, params.ticket.churnSignals.length > 0)
      : params.ticket.priority);
  const updated = (await updateTicket(db, {
    ticketId: params.ticket.id,
    changes: { category, priority, classifiedBy: 'agent' },
  }))!;
  await retargetClocks(db, {
    ticketId: params.ticket.id,
    priority,
    now: params.at,
    policy: policyFor(sla, params.channel),
  });
  await syncCardJob.queue(db, { ticketId: params.ticket.id });
  return updated;
}

/** The ticket whose closing message is due, or why it no longer is. */
export async function ticketToClose(db: Executor, params: { ticketId: number }): Promise<Ticket | { skipped: string }> {
  const ticket = await findTicket(db, params);
  if (!ticket) return { skipped: 'no ticket' };
  if (ticket.status !== 'resolved') return { skipped: 'reopened before the closing message went out' };
  return ticket;
}

/** The ticket whose churn or urgency words the lead is told of, in its card's thread (retried until it has one). */
export async function churnToNotify(
  db: Executor,
  params: { ticketId: number },
): Promise<(Ticket & { triageTs: string }) | { skipped: string }> {
  const ticket = await findTicket(db, params);
  if (!ticket) return { skipped: 'no ticket' };
  if (!ticket.triageTs) throw new RetryLaterError('the card is not posted yet');
  return { ...ticket, triageTs: ticket.triageTs };
}

/** Keeps the closing message's ts: its rating buttons count only on that message (services/card-place.ts). */
export async function closingPosted(db: Executor, params: { ticketId: number; ts: string }): Promise<void> {
  await updateTicket(db, { ticketId: params.ticketId, changes: { closingTs: params.ts } });
}

/** The reaction the customer's root message should carry now (👀 while we work on it, ✅ once resolved). */
export async function statusReactionOf(
  db: Executor,
  params: { ticketId: number },
): Promise<{ channelId: string; ts: string; add: string; remove: string } | undefined> {
  const ticket = await findTicket(db, params);
  if (!ticket) return undefined;
  const [add, remove] =
    ticket.status === 'resolved'
      ? [IDS.reactions.resolved, IDS.reactions.inProgress]
      : [IDS.reactions.inProgress, IDS.reactions.resolved];
  return { channelId: ticket.channelId, ts: ticket.rootTs, add, remove };
}

/** What the customer's receipt says: the ticket, its first-response due time and the root message's text. */
export function receiptToPost(db: Executor, params: { ticketId: number }) {
  return receiptSubjectOf(db, params);
}

/** The receipt is in the customer's thread. */
export async function receiptSent(db: Executor, params: { ticketId: number; at: Date }): Promise<void> {
  await recordActivity(db, { ticketId: params.ticketId, at: params.at, action: 'receipt_sent' });
}
