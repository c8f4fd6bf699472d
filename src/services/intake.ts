import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { editMessage, findMessage, insertMessage, markMessageDeleted } from '../db/queries/messages.js';
import { lockChannelIntake } from '../db/queries/inbox.js';
import { RetryLaterError } from '../errors.js';
import { findTicket, latestOpenTicketOf, updateTicket } from '../db/queries/tickets.js';
import type { Tx } from '../db/client.js';
import type { AuthorRole, CustomerChannel } from '../db/schema/index.js';
import { type Attachment, withAttachmentNote } from '../domain/attachments.js';
import { classify } from '../domain/classify.js';
import { extractFacts } from '../domain/facts.js';
import { isPleasantry } from '../domain/pleasantry.js';
import type { ServiceDeps } from './deps.js';
import { intakeMessageJob, makeDraftJob, syncCardJob } from '../queue/jobs.js';
import { customerWrote, languageSettledBy, openTicket, weResponded } from './tickets.js';

export interface IncomingMessage {
  channelId: string;
  ts: string;
  threadTs?: string;
  userId: string;
  /** The author's workspace (user_team), when Slack says. */
  authorTeamId?: string;
  /** The workspace the app is installed in. */
  homeTeamId?: string;
  /** True in a Slack Connect channel shared with another organization. */
  sharedChannel: boolean;
  /** The customer's own words (possibly none, when they only attached something). */
  text: string;
  /** Files that came with the message: a screenshot of a frozen call is a complaint too. */
  attachments?: Attachment[];
}

/** The message as it is kept and shown: the words, then a note of what was attached. */
function keptText(msg: IncomingMessage): string {
  return withAttachmentNote(msg.text, msg.attachments ?? []);
}

const attached = (msg: IncomingMessage) => (msg.attachments?.length ?? 0) > 0;

export type IntakeOutcome =
  | { kind: 'duplicate' }
  | { kind: 'ignored'; reason: string }
  | { kind: 'opened'; ticketId: number }
  | { kind: 'joined'; ticketId: number }
  | { kind: 'customer_reply'; ticketId: number }
  | { kind: 'agent_reply'; ticketId: number };

export function tsToDate(ts: string): Date {
  return new Date(Math.round(Number(ts) * 1000));
}

/** Customer or agent: agents are triage members (and the paired engineer); in a shared channel a customer is from
 * another workspace. */
async function roleOf(
  deps: ServiceDeps,
  msg: IncomingMessage,
  channel: CustomerChannel | undefined,
): Promise<Exclude<AuthorRole, 'app'> | 'staff'> {
  if (channel?.engineerUserId === msg.userId) return 'agent';
  if (msg.sharedChannel && msg.authorTeamId && msg.homeTeamId) {
    if (msg.authorTeamId !== msg.homeTeamId) return 'customer';
    // Our own colleagues who are not agents are not customers in a shared channel.
    return (await deps.people.isAgent(msg.userId)) ? 'agent' : 'staff';
  }
  return (await deps.people.isAgent(msg.userId)) ? 'agent' : 'customer';
}

/**
 * A message in a channel: open a ticket, join one, or record a reply. Runs from the outbox right after
 * the acknowledgement stored it; one transaction, one channel at a time, safe to run again.
 */
export async function receiveMessage(deps: ServiceDeps, msg: IncomingMessage): Promise<IntakeOutcome> {
  const at = tsToDate(msg.ts);
  const channel = await findCustomerChannel(deps.db, { channelId: msg.channelId });
  const isThreadReply = Boolean(msg.threadTs && msg.threadTs !== msg.ts);
  if (!channel && !isThreadReply) return { kind: 'ignored', reason: 'channel not linked' };
  // Role lookups may call Slack: do them before the transaction holds a connection.
  const role = await roleOf(deps, msg, channel);

  const outcome = await deps.db.transaction(async (tx): Promise<IntakeOutcome> => {
    await lockChannelIntake(tx, { channelId: msg.channelId });
    if (await findMessage(tx, { channelId: msg.channelId, ts: msg.ts })) return { kind: 'duplicate' };
    return isThreadReply ? threadReply(tx, deps, msg, channel, role, at) : topLevel(tx, deps, msg, channel!, role, at);
  });
  if (outcome.kind !== 'duplicate' && outcome.kind !== 'ignored') deps.wake();
  return outcome;
}

async function threadReply(
  tx: Tx,
  deps: ServiceDeps,
  msg: IncomingMessage,
  channel: CustomerChannel | undefined,
  role: string,
  at: Date,
): Promise<IntakeOutcome> {
  const parent = await findMessage(tx, { channelId: msg.channelId, ts: msg.threadTs! });
  // The message this replies to is still being taken in: come back once it is.
  if (!parent && (await intakeMessageJob.pending(tx, { channelId: msg.channelId, ts: msg.threadTs! })))
    throw new RetryLaterError('the parent message is not taken in yet');
  const ticket = parent ? await findTicket(tx, { ticketId: parent.ticketId }) : undefined;
  if (!ticket) return { kind: 'ignored', reason: 'thread has no ticket' };
  if (role === 'staff') return { kind: 'ignored', reason: 'colleague outside support' };
  await insertMessage(tx, {
    ticketId: ticket.id,
    channelId: msg.channelId,
    ts: msg.ts,
    userId: msg.userId,
    teamId: msg.authorTeamId,
    role: role as AuthorRole,
    text: keptText(msg),
    createdAt: at,
  });
  if (role === 'agent') {
    await weResponded(tx, deps.config.sla, { ticket, channel, at });
    return { kind: 'agent_reply', ticketId: ticket.id };
  }
  await customerWrote(tx, deps.config.sla, {
    ticket,
    channel,
    text: msg.text,
    at,
    meaningful: attached(msg) || !isPleasantry(msg.text),
  });
  return { kind: 'customer_reply', ticketId: ticket.id };
}

async function topLevel(
  tx: Tx,
  deps: ServiceDeps,
  msg: IncomingMessage,
  channel: CustomerChannel,
  role: string,
  at: Date,
): Promise<IntakeOutcome> {
  if (role !== 'customer') return { kind: 'ignored', reason: 'not a customer' };
  if (!attached(msg) && isPleasantry(msg.text)) return { kind: 'ignored', reason: 'pleasantry' };

  // A burst: the same person adding to what they just said, before anyone answered, is one ticket.
  const recent = await latestOpenTicketOf(tx, { channelId: msg.channelId, customerUserId: msg.userId });
  if (
    recent &&
    recent.status === 'waiting_on_us' &&
    at.getTime() - recent.lastCustomerMessageAt.getTime() <= deps.config.burstWindowMs
  ) {
    await insertMessage(tx, {
      ticketId: recent.id,
      channelId: msg.channelId,
      ts: msg.ts,
      userId: msg.userId,
      teamId: msg.authorTeamId,
      role: 'customer',
      text: keptText(msg),
      createdAt: at,
    });
    const language = await languageSettledBy(tx, { ticket: recent, channel, text: msg.text, at });
    const reclassified =
      recent.category === 'other' && recent.classifiedBy === 'rules'
        ? classify(msg.text, { enterprise: recent.enterprise })
        : undefined;
    await updateTicket(tx, {
      ticketId: recent.id,
      changes: {
        facts: extractFacts(msg.text, recent.facts),
        lastCustomerMessageAt: at,
        ...(language ? { language } : {}),
        ...(reclassified && reclassified.category !== 'other'
          ? { category: reclassified.category, priority: reclassified.priority }
          : {}),
      },
    });
    await makeDraftJob.queue(tx, { ticketId: recent.id, reason: 'customer added more' });
    await syncCardJob.queue(tx, { ticketId: recent.id });
    return { kind: 'joined', ticketId: recent.id };
  }

  const { ticket } = await openTicket(tx, deps.config, {
    channel,
    channelId: msg.channelId,
    rootTs: msg.ts,
    customerUserId: msg.userId,
    customerTeamId: msg.authorTeamId,
    text: keptText(msg),
    words: msg.text,
    at,
    openedVia: 'message',
  });
  return { kind: 'opened', ticketId: ticket.id };
}

/** The customer edited a message: the ticket shows the new words and re-reads its facts. */
export async function receiveEdit(
  deps: ServiceDeps,
  params: { channelId: string; ts: string; text: string; at: Date },
): Promise<boolean> {
  const changed = await deps.db.transaction(async (tx) => {
    await lockChannelIntake(tx, { channelId: params.channelId });
    if (!(await findMessage(tx, params)) && (await intakeMessageJob.pending(tx, params)))
      throw new RetryLaterError('the edited message is not taken in yet');
    const message = await editMessage(tx, {
      channelId: params.channelId,
      ts: params.ts,
      text: params.text,
      at: params.at,
    });
    if (!message || message.role !== 'customer') return false;
    const ticket = await findTicket(tx, { ticketId: message.ticketId });
    if (!ticket) return false;
    await updateTicket(tx, { ticketId: ticket.id, changes: { facts: extractFacts(params.text, ticket.facts) } });
    await syncCardJob.queue(tx, { ticketId: ticket.id });
    if (ticket.status === 'waiting_on_us')
      await makeDraftJob.queue(tx, { ticketId: ticket.id, reason: 'customer edited a message' });
    return true;
  });
  if (changed) deps.wake();
  return changed;
}

export async function receiveDeletion(
  deps: ServiceDeps,
  params: { channelId: string; ts: string; at: Date },
): Promise<boolean> {
  const changed = await deps.db.transaction(async (tx) => {
    await lockChannelIntake(tx, { channelId: params.channelId });
    if (!(await findMessage(tx, params)) && (await intakeMessageJob.pending(tx, params)))
      throw new RetryLaterError('the deleted message is not taken in yet');
    const message = await markMessageDeleted(tx, params);
    if (!message) return false;
    await syncCardJob.queue(tx, { ticketId: message.ticketId });
    return true;
  });
  if (changed) deps.wake();
  return changed;
}
