import { recordActivity } from '../db/queries/ticket-activity.js';
import { lockTicket, updateTicket } from '../db/queries/tickets.js';
import type { Ticket } from '../db/schema/index.js';
import { syncCardJob } from '../queue/jobs.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { requireAgent } from './authorisation.js';
import { type ClickPlace, requireTicketCard } from './card-place.js';
import type { ServiceDeps } from './deps.js';

export interface AssignResult {
  ticket: Ticket;
  /** False when the ticket already had that owner: nothing was written. */
  changed: boolean;
}

/**
 * Gives an open ticket an owner: an agent takes it ("Assign to me") or hands it to another agent. Only agents may
 * assign, and only to agents: the owner is who App Home lists it for and who escalations mention.
 */
export async function assignTicket(
  deps: ServiceDeps,
  params: { ticketId: number; actorId: string; assigneeId: string; on?: ClickPlace },
): Promise<AssignResult> {
  await requireAgent(deps, params.actorId, 'assign tickets');
  if (params.assigneeId !== params.actorId && !(await deps.people.isAgent(params.assigneeId)))
    throw new InvalidInputError(
      'Tickets can only be assigned to support agents (members of the triage channel). Pick an agent instead.',
      { field: 'assigneeId' },
    );
  const result = await deps.db.transaction(async (tx): Promise<AssignResult> => {
    const current = await lockTicket(tx, { ticketId: params.ticketId });
    if (!current) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    requireTicketCard(deps.config, current, params.on);
    if (current.status === 'resolved')
      throw new InvalidInputError(`Ticket #${current.id} is resolved; there is nothing left to own.`);
    if (current.assigneeId === params.assigneeId) return { ticket: current, changed: false };
    const updated = (await updateTicket(tx, {
      ticketId: current.id,
      changes: { assigneeId: params.assigneeId, assignedAt: deps.now() },
    }))!;
    await recordActivity(tx, {
      ticketId: current.id,
      at: deps.now(),
      actorUserId: params.actorId,
      action: params.assigneeId === params.actorId ? 'assigned_self' : 'reassigned',
    });
    await syncCardJob.queue(tx, { ticketId: current.id });
    return { ticket: updated, changed: true };
  });
  if (result.changed) deps.wake();
  return result;
}
