import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { findClock, updateClock } from '../db/queries/sla-clocks.js';
import { recordEventOnce } from '../db/queries/slack-events.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket, lockTicket, updateTicket } from '../db/queries/tickets.js';
import type { Ticket } from '../db/schema/index.js';
import { SIDE_LABEL, type Resolution } from '../domain/resolution.js';
import { CATEGORY_SHORT, PRIORITY_LABEL, type Category, type Priority } from '../domain/taxonomy.js';
import { InvalidInputError, NotAllowedError, NotAnAgentError, NotFoundError } from '../errors.js';
import { upsertRating, ratingsOf } from '../db/queries/ticket-ratings.js';
import { ticketRating } from '../domain/rating.js';
import { RATING_TEXTS } from '../views/rating-texts.js';
import { type ClickPlace, isClosingMessage, requireEscalationPlace, requireTicketCard } from './card-place.js';
import { requireAgent } from './authorisation.js';
import type { ServiceDeps } from './deps.js';
import { openFromReactionJob, syncCardJob } from '../queue/jobs.js';
import { tsToDate } from './intake.js';
import { openTicket, reclassify, resolveTicket } from './tickets.js';

/** What an agent's resolve did: resolved it now, or found it already resolved (and changed nothing). */
export interface ResolveResult {
  ticket: Ticket;
  resolvedNow: boolean;
}

/**
 * Resolves a ticket as an agent. With a resolution, where the problem was (and its cause and fix) is stored; with
 * an approved closing note, the closing message carries it. A second resolve of a resolved ticket changes nothing.
 */
export async function resolveByAgent(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; resolution?: Resolution; closingNote?: string | null },
): Promise<ResolveResult> {
  await requireAgent(deps, params.agentId, 'resolve tickets');
  const result = await deps.db.transaction(async (tx): Promise<ResolveResult> => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    if (current.status === 'resolved') return { ticket: current, resolvedNow: false };
    const resolved = await resolveTicket(tx, {
      ticket: current,
      by: params.agentId,
      at: deps.now(),
      resolution: params.resolution,
      closingNote: params.closingNote,
    });
    await recordActivity(tx, {
      ticketId: current.id,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'resolved',
      detail: resolutionDetail(params.resolution, Boolean(params.closingNote)),
    });
    return { ticket: resolved, resolvedNow: true };
  });
  if (result.resolvedNow) deps.wake();
  return result;
}

/** The history line's detail: where the problem was, and whether the customer was told what happened. */
function resolutionDetail(resolution: Resolution | undefined, told: boolean): string | undefined {
  if (!resolution) return undefined;
  const parts = [SIDE_LABEL[resolution.side].en];
  if (resolution.rootCause) parts.push(resolution.rootCause);
  if (told) parts.push('the customer was told what happened');
  return parts.join('; ');
}

export async function reclassifyByAgent(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; category?: Category; priority?: Priority; on?: ClickPlace },
): Promise<Ticket> {
  await requireAgent(deps, params.agentId, 'change a ticket’s category or priority');
  const ticket = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    requireTicketCard(deps.config, current, params.on);
    const channel = await findCustomerChannel(tx, { channelId: current.channelId });
    const updated = await reclassify(tx, deps.config.sla, {
      ticket: current,
      channel,
      category: params.category,
      priority: params.priority,
      at: deps.now(),
    });
    await recordActivity(tx, {
      ticketId: current.id,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'reclassified',
      detail: `${CATEGORY_SHORT[updated.category]}, ${PRIORITY_LABEL[updated.priority]}`,
    });
    return updated;
  });
  deps.wake();
  return ticket;
}

/** What a rating click did: counted (and the ticket's rating now), in the ticket's customer language. */
export interface RateResult {
  ticket: Ticket;
  /** The text to show the person who clicked, in the ticket's language. */
  answer: string;
}

/**
 * Who may rate a ticket: someone of the customer's side, never one of our people acting for them (agents, the
 * paired engineer, the lead). In a channel shared with the customer's workspace, a person of that workspace; in a
 * channel that is not shared (or when Slack did not say which workspace the requester is from), a member of the
 * channel.
 */
async function isCustomerSide(
  deps: ServiceDeps,
  ticket: Ticket,
  channelEngineer: string | null | undefined,
  person: { userId: string; teamId?: string },
): Promise<boolean> {
  if (person.userId === channelEngineer || person.userId === deps.config.supportLeadUserId) return false;
  if (await deps.people.isAgent(person.userId)) return false;
  const home = await deps.people.homeTeamId();
  const shared = Boolean(ticket.customerTeamId && ticket.customerTeamId !== home);
  if (shared) return person.teamId === ticket.customerTeamId;
  // Not shared, or the requester's workspace unknown: the channel's members who are not our people.
  return deps.people.isMemberOf(ticket.channelId, person.userId);
}

/**
 * A satisfaction rating from the ticket's closing message. It counts only from the customer's side (isCustomerSide),
 * clicked on that ticket's own closing message; anyone else is thanked and refused, and nothing changes. Each person
 * has one rating per ticket (a later click replaces theirs); the ticket's rating is the requester's if they rated,
 * otherwise the most recent (ticketRating in src/domain/rating.ts).
 */
export async function rateTicket(
  deps: ServiceDeps,
  params: { ticketId: number; userId: string; userTeamId?: string; rating: number; on: ClickPlace },
): Promise<RateResult> {
  if (!Number.isInteger(params.rating) || params.rating < 1 || params.rating > 5)
    throw new InvalidInputError('A rating is a whole number from 1 to 5.');
  const found = await findTicket(deps.db, { ticketId: params.ticketId });
  if (!found) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
  const texts = RATING_TEXTS[found.language];
  if (!isClosingMessage(found, params.on)) throw new NotAllowedError(texts.notThisMessage);
  const channel = await findCustomerChannel(deps.db, { channelId: found.channelId });
  // Slack lookups happen before the transaction holds a connection.
  if (
    !(await isCustomerSide(deps, found, channel?.engineerUserId, { userId: params.userId, teamId: params.userTeamId }))
  )
    throw new NotAllowedError(texts.notYours);
  const ticket = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    await upsertRating(tx, { ticketId: current.id, userId: params.userId, rating: params.rating, ratedAt: deps.now() });
    const counted = ticketRating(await ratingsOf(tx, { ticketId: current.id }), current.customerUserId);
    const updated = (await updateTicket(tx, {
      ticketId: current.id,
      changes: { rating: counted?.rating ?? null, ratedBy: counted?.userId ?? null, ratedAt: counted?.ratedAt ?? null },
    }))!;
    await recordActivity(tx, {
      ticketId: current.id,
      at: deps.now(),
      actorUserId: params.userId,
      action: 'rated',
      detail: `${params.rating}/5`,
    });
    await syncCardJob.queue(tx, { ticketId: current.id });
    return updated;
  });
  deps.wake();
  return { ticket, answer: texts.thanks(params.rating) };
}

/** "I'm on it": the escalation is taken and no further level is pinged for this cycle. */
export async function acknowledgeEscalation(
  deps: ServiceDeps,
  params: { clockId: number; userId: string; on?: ClickPlace },
): Promise<{ ticketId: number; already?: string }> {
  const result = await deps.db.transaction(async (tx) => {
    const clock = await findClock(tx, { clockId: params.clockId });
    if (!clock) throw new NotFoundError('That escalation no longer exists.');
    const ticket = await lockTicket(tx, { ticketId: clock.ticketId });
    const channel = ticket ? await findCustomerChannel(tx, { channelId: ticket.channelId }) : undefined;
    const allowed =
      channel?.engineerUserId === params.userId ||
      params.userId === deps.config.supportLeadUserId ||
      (await deps.people.isAgent(params.userId));
    if (!allowed) throw new NotAnAgentError('take an escalation');
    if (ticket) requireEscalationPlace(deps.config, ticket, params.on);
    if (clock.acknowledgedBy) return { ticketId: clock.ticketId, already: clock.acknowledgedBy };
    await updateClock(tx, {
      clockId: clock.id,
      changes: {
        acknowledgedBy: params.userId,
        acknowledgedAt: deps.now(),
        nextFireAt: clock.stage >= 2 ? null : clock.nextFireAt,
      },
    });
    await recordActivity(tx, {
      ticketId: clock.ticketId,
      at: deps.now(),
      actorUserId: params.userId,
      action: 'acknowledged',
    });
    await syncCardJob.queue(tx, { ticketId: clock.ticketId });
    return { ticketId: clock.ticketId };
  });
  deps.wake();
  return result;
}

/** A Slack message an agent wants to make a ticket of, as the shortcut payload or the API gives it. */
export interface ManualTicketMessage {
  channelId: string;
  ts: string;
  text: string;
  userId?: string;
  userTeamId?: string;
  botId?: string;
  threadTs?: string;
}

/**
 * An agent opens a ticket from someone's message (message shortcut, or a :ticket: reaction once the
 * message is fetched): it becomes ticket #N as if the customer had just posted it. Opening the same
 * message twice returns the ticket it already is.
 */
export async function openTicketManually(
  deps: ServiceDeps,
  params: { message: ManualTicketMessage; agentId: string; via: 'shortcut' | 'reaction' },
): Promise<{ ticket: Ticket; created: boolean }> {
  await requireAgent(deps, params.agentId, 'open tickets');
  const m = params.message;
  if (!m.userId || m.botId)
    throw new InvalidInputError('Tickets are opened from a person’s message, not from an app’s.');
  if (m.threadTs && m.threadTs !== m.ts)
    throw new InvalidInputError(
      'Open a ticket from the first message of a conversation, not from a reply in a thread.',
    );
  const customerUserId = m.userId;
  const result = await deps.db.transaction(async (tx) => {
    const opened = await openTicket(tx, deps.config, {
      channelId: m.channelId,
      rootTs: m.ts,
      customerUserId,
      customerTeamId: m.userTeamId,
      text: m.text,
      at: tsToDate(m.ts),
      openedVia: params.via,
      openedBy: params.agentId,
    });
    if (opened.created)
      await recordActivity(tx, {
        ticketId: opened.ticket.id,
        at: deps.now(),
        actorUserId: params.agentId,
        action: 'opened_manually',
      });
    return opened;
  });
  if (result.created) deps.wake();
  return result;
}

/**
 * An agent's :ticket: reaction, stored before the ack: the message it was put on is fetched and opened
 * (openTicketManually) from the outbox. Slack's redelivery of the same event stores nothing twice.
 */
export async function requestTicketFromReaction(
  deps: ServiceDeps,
  params: { eventId?: string; channelId: string; ts: string; agentId: string },
): Promise<void> {
  await requireAgent(deps, params.agentId, 'open tickets');
  const stored = await deps.db.transaction(async (tx) => {
    if (params.eventId && !(await recordEventOnce(tx, { eventId: params.eventId }))) return false;
    await openFromReactionJob.queue(tx, { channelId: params.channelId, ts: params.ts, userId: params.agentId });
    return true;
  });
  if (stored) deps.wake();
}
