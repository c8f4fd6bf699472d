import type { Config } from '../config.js';
import type { Executor } from '../db/client.js';
import { findTicket } from '../db/queries/tickets.js';
import type { Draft, Incident, Ticket } from '../db/schema/index.js';
import { NotAllowedError, NotFoundError } from '../errors.js';

/**
 * Where a control was clicked, as Slack's block_actions payload says (`container`): a message (its channel, ts and
 * thread), or a view (App Home, a modal), or nowhere Slack named. The ids in a control's value are only trusted when
 * they belong to this place: a ticket's card is the message at that ticket's `triage_ts` in the triage channel.
 */
export type ClickPlace =
  | { kind: 'message'; channelId: string; ts: string; threadTs?: string }
  | { kind: 'view' }
  | { kind: 'unknown' };

const ANOTHER_CARD =
  'That control does not belong to this card, so nothing was changed. Please use the buttons on the ticket’s own ' +
  'card.';

/** Whether a click was on this ticket's card in the triage channel. */
export function isTicketCard(config: Pick<Config, 'triageChannelId'>, ticket: Ticket, on: ClickPlace): boolean {
  return (
    on.kind === 'message' &&
    on.channelId === config.triageChannelId &&
    ticket.triageTs !== null &&
    on.ts === ticket.triageTs
  );
}

/**
 * Refuses a card control whose ticket is not the ticket of the card it was clicked on. `on` is absent when the
 * operation is not a click on a card (a modal's submit, the app's own work): there is no card to match.
 */
export function requireTicketCard(config: Pick<Config, 'triageChannelId'>, ticket: Ticket, on?: ClickPlace): void {
  if (on && !isTicketCard(config, ticket, on)) throw new NotAllowedError(ANOTHER_CARD);
}

/** The ticket a card control names, checked against the card it was clicked on. */
export async function ticketOfCard(
  db: Executor,
  config: Pick<Config, 'triageChannelId'>,
  params: { ticketId: number; on?: ClickPlace },
): Promise<Ticket> {
  const ticket = await findTicket(db, { ticketId: params.ticketId });
  if (!ticket) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
  requireTicketCard(config, ticket, params.on);
  return ticket;
}

/**
 * A draft control (Approve, Edit, Discard) names the draft and its ticket: the draft must be that ticket's, and the
 * ticket the card's. Without a click place there is nothing to match.
 */
export async function requireDraftOfCard(
  db: Executor,
  config: Pick<Config, 'triageChannelId'>,
  draft: Draft,
  params: { ticketId?: number; on?: ClickPlace },
): Promise<void> {
  if (!params.on) return;
  if (params.ticketId === undefined || draft.ticketId !== params.ticketId) throw new NotAllowedError(ANOTHER_CARD);
  await ticketOfCard(db, config, { ticketId: draft.ticketId, on: params.on });
}

/** A known-problem control on a ticket's card names the ticket's own problem. */
export function requireProblemOfTicket(ticket: Ticket, problemId: number): void {
  if (ticket.knownProblemId !== problemId) throw new NotAllowedError(ANOTHER_CARD);
}

/** The incident alert's button must be on that alert. */
export function requireIncidentCard(
  config: Pick<Config, 'triageChannelId'>,
  incident: Incident,
  on?: ClickPlace,
): void {
  if (!on) return;
  const onAlert = on.kind === 'message' && on.channelId === config.triageChannelId && on.ts === incident.triageTs;
  if (!onAlert) throw new NotAllowedError('That button does not belong to this alert, so nothing was changed.');
}

/**
 * An escalation's "I'm on it" is in the ticket's thread in the triage channel, or in a direct message from the app
 * (a DM channel id starts with D).
 */
export function requireEscalationPlace(config: Pick<Config, 'triageChannelId'>, ticket: Ticket, on?: ClickPlace): void {
  if (!on) return;
  const inThread =
    on.kind === 'message' &&
    on.channelId === config.triageChannelId &&
    ticket.triageTs !== null &&
    on.threadTs === ticket.triageTs;
  const inDm = on.kind === 'message' && on.channelId.startsWith('D');
  if (!inThread && !inDm)
    throw new NotAllowedError('That button does not belong to this escalation, so nothing was changed.');
}

/**
 * A rating button is the ticket's closing message in the customer's thread: the message stored as the ticket's
 * closing message, or, for a ticket closed before that was stored, a message in the ticket's own thread.
 */
export function isClosingMessage(ticket: Ticket, on: ClickPlace): boolean {
  if (on.kind !== 'message' || on.channelId !== ticket.channelId) return false;
  if (ticket.closingTs) return on.ts === ticket.closingTs;
  return on.threadTs === ticket.rootTs && on.ts !== ticket.rootTs;
}
