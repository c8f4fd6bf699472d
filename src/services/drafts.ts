import type { Config } from '../config.js';
import type { Tx } from '../db/client.js';
import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { findDraft, insertDraft, supersedeProposed, transitionDraft } from '../db/queries/drafts.js';
import { conversationOf, insertMessage } from '../db/queries/messages.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket, lockTicket, updateTicket } from '../db/queries/tickets.js';
import type { Draft, Ticket } from '../db/schema/index.js';
import { MAX_REPLY_LENGTH } from '../domain/message-text.js';
import { checkTone, hasSerious, type ToneContext, type ToneFinding, withModelFindings } from '../domain/tone.js';
import type { DraftRequest, Drafter } from '../drafting/drafter.js';
import type { Language } from '../domain/taxonomy.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { requireAgent } from './authorisation.js';
import { type ClickPlace, requireDraftOfCard, requireTicketCard } from './card-place.js';
import type { ServiceDeps } from './deps.js';
import { makeDraftJob, syncCardJob } from '../queue/jobs.js';
import type { Translator } from '../drafting/translate.js';
import { recountIncidentUpdates } from './incident-updates.js';
import { agentsLanguage, queueReplyDelivery } from './translation.js';
import { similarToTicket, termsOf } from './similar.js';
import { weResponded } from './tickets.js';

export async function draftRequestFor(
  db: Tx | ServiceDeps['db'],
  ticket: Ticket,
  now: Date,
  quality?: string,
): Promise<DraftRequest> {
  const conversation = (await conversationOf(db, { ticketId: ticket.id }))
    .filter((m) => !m.deletedAt)
    .map((m) => ({ role: m.role, text: m.text }));
  // Other customers' tickets give the model only what was wrong and what fixed it, never their words.
  const similar = await similarToTicket(db, { ticket, conversation });
  return {
    ticketId: ticket.id,
    category: ticket.category,
    priority: ticket.priority,
    language: ticket.language,
    facts: ticket.facts,
    conversation,
    quality,
    pastResolutions: similar.map((t) => ({ side: t.side, rootCause: t.rootCause, fix: t.fix })),
    now,
  };
}

/**
 * Makes a fresh draft for a ticket that waits on us. The slow part (the model) runs outside any
 * transaction; the result is stored only if the ticket still waits on us.
 */
export async function makeDraft(
  deps: ServiceDeps & { drafter: Drafter; translator?: Translator },
  params: { ticketId: number; quality?: string },
): Promise<Draft | undefined> {
  const ticket = await findTicket(deps.db, { ticketId: params.ticketId });
  if (!ticket || ticket.status !== 'waiting_on_us') return undefined;
  const started = Date.now();
  const request = await draftRequestFor(deps.db, ticket, deps.now(), params.quality);
  // With translation at hand the model writes in the agents' language; the approved reply is translated.
  const agents = deps.translator?.available ? await agentsLanguage(deps) : undefined;
  if (agents && agents !== ticket.language) request.replyLanguage = agents;
  const result = await deps.drafter.draft(request);
  const elapsedMs = Date.now() - started;
  return deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: ticket.id });
    if (!current || current.status !== 'waiting_on_us') return undefined;
    await supersedeProposed(tx, { ticketId: ticket.id });
    const draft = await insertDraft(tx, {
      ticketId: ticket.id,
      cycle: current.cycle,
      source: result.source,
      fallbackReason: result.fallbackReason,
      // The built-in drafter writes in the customer's language as it was read for this draft: a language the ticket
      // settled on meanwhile gets the next draft, which the customer's message queued.
      language: result.source === 'model' && request.replyLanguage ? request.replyLanguage : ticket.language,
      reply: result.reply,
      followUps: result.followUps,
      summary: result.summary,
      findings: withModelFindings(
        checkTone(result.reply, { writtenBy: 'drafter', conversation: request.conversation }),
        result.modelFindings,
      ),
      createdAt: deps.now(),
    });
    const facts = { ...result.facts, ...current.facts };
    await updateTicket(tx, {
      ticketId: ticket.id,
      changes: { summary: result.summary, facts, searchTerms: termsOf(request.conversation, facts) },
    });
    await recordActivity(tx, {
      ticketId: ticket.id,
      at: deps.now(),
      action: 'drafted',
      detail:
        `${result.source}${result.fallbackReason ? ` (fallback: ${result.fallbackReason})` : ''} in ` +
        `${elapsedMs} ms`,
    });
    await syncCardJob.queue(tx, { ticketId: ticket.id });
    return draft;
  });
}

export type ApproveOutcome = { kind: 'sending'; draft: Draft } | { kind: 'already_handled'; draft: Draft };

/** Approve & send: only an agent, and only the first of any number of clicks sends. */
export async function approveDraft(
  deps: ServiceDeps,
  params: { draftId: number; agentId: string; ticketId?: number; on?: ClickPlace },
): Promise<ApproveOutcome> {
  await requireAgent(deps, params.agentId, 'approve replies');
  const outcome = await deps.db.transaction(async (tx): Promise<ApproveOutcome> => {
    const draft = await findDraft(tx, { draftId: params.draftId });
    if (!draft) throw new NotFoundError('That draft no longer exists.');
    await requireDraftOfCard(tx, deps.config, draft, params);
    const ticket = await lockTicket(tx, { ticketId: draft.ticketId });
    if (!ticket) throw new NotFoundError('That ticket no longer exists.');
    const approved = await transitionDraft(tx, {
      draftId: draft.id,
      from: ['proposed'],
      to: 'approved',
      actedBy: params.agentId,
      at: deps.now(),
    });
    if (!approved) return { kind: 'already_handled', draft: (await findDraft(tx, { draftId: draft.id }))! };
    // Sent as written, or translated into the customer's language and checked first.
    await queueReplyDelivery(tx, { draft: approved, ticket });
    await recordActivity(tx, {
      ticketId: draft.ticketId,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'approved',
    });
    await syncCardJob.queue(tx, { ticketId: draft.ticketId });
    await recountIncidentUpdates(tx, approved);
    return { kind: 'sending', draft: approved };
  });
  deps.wake();
  return outcome;
}

/** The draft an agent is about to edit; only a proposed one can be. */
export async function draftForEditing(
  deps: ServiceDeps,
  params: { draftId: number; agentId: string; ticketId?: number; on?: ClickPlace },
): Promise<Draft & { customerLanguage?: Language }> {
  await requireAgent(deps, params.agentId, 'edit replies');
  const draft = await findDraft(deps.db, { draftId: params.draftId });
  if (draft) await requireDraftOfCard(deps.db, deps.config, draft, params);
  if (draft?.status !== 'proposed')
    throw new InvalidInputError('This draft was already handled; the card shows the current one.');
  // A reply in the agents' language is translated when sent: the edit window says so.
  const ticket = await findTicket(deps.db, { ticketId: draft.ticketId });
  return { ...draft, customerLanguage: ticket?.language };
}

export type EditOutcome =
  | { kind: 'sending'; draft: Draft }
  | { kind: 'needs_confirmation'; draft: Draft; findings: ToneFinding[] }
  | { kind: 'already_handled' };

/** Links and mentions an edit kept from the drafted reply or the customer's messages were not typed by the agent. */
async function editToneContext(db: ServiceDeps['db'], draftId: number): Promise<ToneContext> {
  const draft = await findDraft(db, { draftId });
  if (!draft) return { writtenBy: 'agent' };
  const conversation = await conversationOf(db, { ticketId: draft.ticketId });
  return { writtenBy: 'agent', conversation, editedFrom: draft.reply };
}

/** An agent's own words: tone-checked; a serious finding needs an explicit "send anyway". */
export async function sendEditedDraft(
  deps: ServiceDeps,
  params: { draftId: number; agentId: string; text: string; sendAnyway: boolean },
): Promise<EditOutcome> {
  await requireAgent(deps, params.agentId, 'send replies');
  const text = params.text.trim();
  if (!text)
    throw new InvalidInputError('The reply is empty. Write something to send, or close the window.', { field: 'text' });
  if (text.length > MAX_REPLY_LENGTH)
    throw new InvalidInputError(
      `The reply is longer than ${MAX_REPLY_LENGTH.toLocaleString('en')} characters. Please shorten it.`,
      { field: 'text' },
    );
  const findings = checkTone(text, await editToneContext(deps.db, params.draftId));
  if (hasSerious(findings) && !params.sendAnyway) {
    const draft = await findDraft(deps.db, { draftId: params.draftId });
    if (!draft) throw new NotFoundError('That draft no longer exists.');
    return { kind: 'needs_confirmation', draft, findings };
  }
  const outcome = await deps.db.transaction(async (tx): Promise<EditOutcome> => {
    const original = await findDraft(tx, { draftId: params.draftId });
    if (!original) throw new NotFoundError('That draft no longer exists.');
    const ticket = await lockTicket(tx, { ticketId: original.ticketId });
    if (!ticket) throw new NotFoundError('That ticket no longer exists.');
    if (!(await transitionDraft(tx, { draftId: original.id, from: ['proposed'], to: 'superseded', at: deps.now() })))
      return { kind: 'already_handled' };
    const edited = await insertDraft(tx, {
      ticketId: original.ticketId,
      cycle: original.cycle,
      source: 'agent',
      editedFromId: original.id,
      // An edited update about a known problem is still that update.
      purpose: original.purpose,
      language: original.language,
      reply: text,
      followUps: original.followUps,
      summary: original.summary,
      findings,
      status: 'approved',
      createdAt: deps.now(),
      actedBy: params.agentId,
      actedAt: deps.now(),
    });
    // An edit is written in the language of the draft it edits: the agents', translated when it is sent.
    await queueReplyDelivery(tx, { draft: edited, ticket });
    await recordActivity(tx, {
      ticketId: original.ticketId,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'edited_and_approved',
      detail: hasSerious(findings) ? 'sent past a serious tone finding' : undefined,
    });
    await syncCardJob.queue(tx, { ticketId: original.ticketId });
    await recountIncidentUpdates(tx, original);
    return { kind: 'sending', draft: edited };
  });
  deps.wake();
  return outcome;
}

export async function discardDraft(
  deps: ServiceDeps,
  params: { draftId: number; agentId: string; ticketId?: number; on?: ClickPlace },
): Promise<boolean> {
  await requireAgent(deps, params.agentId, 'discard drafts');
  const done = await deps.db.transaction(async (tx) => {
    const named = await findDraft(tx, { draftId: params.draftId });
    if (named) await requireDraftOfCard(tx, deps.config, named, params);
    const draft = await transitionDraft(tx, {
      draftId: params.draftId,
      from: ['proposed'],
      to: 'discarded',
      actedBy: params.agentId,
      at: deps.now(),
    });
    if (!draft) return false;
    await recordActivity(tx, {
      ticketId: draft.ticketId,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'discarded',
    });
    await syncCardJob.queue(tx, { ticketId: draft.ticketId });
    await recountIncidentUpdates(tx, draft);
    return true;
  });
  if (done) deps.wake();
  return done;
}

export async function requestRegeneration(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; on?: ClickPlace },
): Promise<void> {
  await requireAgent(deps, params.agentId, 'ask for a new draft');
  await deps.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, { ticketId: params.ticketId });
    if (!ticket) throw new NotFoundError(`Ticket #${params.ticketId} does not exist.`);
    requireTicketCard(deps.config, ticket, params.on);
    if (ticket.status !== 'waiting_on_us')
      throw new InvalidInputError(`Ticket #${ticket.id} is not waiting on us, so there is nothing to draft.`);
    await recordActivity(tx, {
      ticketId: ticket.id,
      at: deps.now(),
      actorUserId: params.agentId,
      action: 'regenerate_requested',
    });
    await makeDraftJob.queue(tx, { ticketId: ticket.id, reason: 'regenerate' });
  });
  deps.wake();
}

/** What the send job posts for a draft: the approved draft and its ticket, or why nothing goes out. */
export async function replyToSend(
  db: ServiceDeps['db'],
  params: { draftId: number },
): Promise<{ draft: Draft; ticket: Ticket } | { skipped: string }> {
  const draft = await findDraft(db, params);
  if (!draft || (draft.status !== 'approved' && draft.status !== 'sent')) return { skipped: 'draft not approved' };
  const ticket = await findTicket(db, { ticketId: draft.ticketId });
  if (!ticket) return { skipped: 'no ticket' };
  return { draft, ticket };
}

/** After the reply landed in the customer's thread: the draft is sent and the clock is met, in one transaction. */
export async function markReplySent(deps: ServiceDeps, params: { draft: Draft; ts: string }): Promise<void> {
  const at = deps.now();
  await deps.db.transaction((tx) => recordReplySent(tx, deps.config.sla, { ...params, at }));
}

async function recordReplySent(
  tx: Tx,
  sla: Config['sla'],
  params: { draft: Draft; at: Date; ts: string },
): Promise<void> {
  const sent = await transitionDraft(tx, { draftId: params.draft.id, from: ['approved'], to: 'sent', at: params.at });
  if (!sent) return;
  const ticket = await lockTicket(tx, { ticketId: params.draft.ticketId });
  if (!ticket) return;
  // Our reply is part of the conversation the next draft reads.
  await insertMessage(tx, {
    ticketId: ticket.id,
    channelId: ticket.channelId,
    ts: params.ts,
    userId: params.draft.actedBy,
    role: 'agent',
    // What the customer read: the translation, when the reply was written in the agents' language.
    text: params.draft.outgoing ?? params.draft.reply,
    createdAt: params.at,
  });
  await weResponded(tx, sla, {
    ticket,
    channel: await findCustomerChannel(tx, { channelId: ticket.channelId }),
    at: params.at,
  });
  await recordActivity(tx, {
    ticketId: ticket.id,
    at: params.at,
    actorUserId: params.draft.actedBy ?? undefined,
    action: 'reply_sent',
  });
  await syncCardJob.queue(tx, { ticketId: ticket.id });
}
