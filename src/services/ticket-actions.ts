import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { findClock, updateClock } from '../db/queries/sla-clocks.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { lockTicket, updateTicket } from '../db/queries/tickets.js';
import type { Ticket } from '../db/schema/index.js';
import { CATEGORY_SHORT, PRIORITY_LABEL, type Category, type Priority } from '../domain/taxonomy.js';
import { InvalidInputError, NotAnAgentError, NotFoundError } from '../errors.js';
import type { ServiceDeps } from './deps.js';
import { jobs } from './jobs.js';
import { reclassify, resolveTicket } from './tickets.js';

async function requireAgent(deps: ServiceDeps, userId: string, action: string): Promise<void> {
  if (!(await deps.people.isAgent(userId))) throw new NotAnAgentError(action);
}

export async function resolveByAgent(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string },
): Promise<Ticket> {
  await requireAgent(deps, params.agentId, 'resolve tickets');
  const ticket = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    if (current.status === 'resolved') return current;
    const resolved = await resolveTicket(tx, { ticket: current, by: params.agentId, at: deps.now() });
    await recordActivity(tx, { ticketId: current.id, at: deps.now(), actorUserId: params.agentId, action: 'resolved' });
    return resolved;
  });
  deps.wake();
  return ticket;
}

export async function reclassifyByAgent(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; category?: Category; priority?: Priority },
): Promise<Ticket> {
  await requireAgent(deps, params.agentId, 'change a ticket’s category or priority');
  const ticket = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
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

/** The customer's one-click rating; a later click replaces an earlier one. Agents cannot rate for them. */
export async function rateTicket(
  deps: ServiceDeps,
  params: { ticketId: number; userId: string; rating: number },
): Promise<Ticket> {
  if (!Number.isInteger(params.rating) || params.rating < 1 || params.rating > 5)
    throw new InvalidInputError('A rating is a whole number from 1 to 5.');
  if (await deps.people.isAgent(params.userId)) throw new InvalidInputError('Only the customer can rate this ticket.');
  const ticket = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    const updated = (await updateTicket(tx, {
      ticketId: current.id,
      changes: { rating: params.rating, ratedBy: params.userId, ratedAt: deps.now() },
    }))!;
    await recordActivity(tx, {
      ticketId: current.id,
      at: deps.now(),
      actorUserId: params.userId,
      action: 'rated',
      detail: `${params.rating}/5`,
    });
    await jobs.syncCard(tx, current.id);
    return updated;
  });
  deps.wake();
  return ticket;
}

/** "I'm on it": the escalation is taken and no further level is pinged for this cycle. */
export async function acknowledgeEscalation(
  deps: ServiceDeps,
  params: { clockId: number; userId: string },
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
    await jobs.syncCard(tx, clock.ticketId);
    return { ticketId: clock.ticketId };
  });
  deps.wake();
  return result;
}
