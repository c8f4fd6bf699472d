import type { Executor } from '../db/client.js';
import { findCustomerChannel } from '../db/queries/customer-channels.js';
import { findDraft } from '../db/queries/drafts.js';
import { conversationOf } from '../db/queries/messages.js';
import { recordActivity } from '../db/queries/ticket-activity.js';
import { findTicket, lockTicket } from '../db/queries/tickets.js';
import {
  findTriageSettings,
  messagesToTranslate,
  returnDraftUnsent,
  saveAgentLanguage,
  setClassification,
  setDraftOutgoing,
  setMessageTranslation,
} from '../db/queries/translations.js';
import type { Draft, Message, Ticket } from '../db/schema/index.js';
import { priorityFor } from '../domain/classify.js';
import { rulesRecord, withModelOpinion } from '../domain/classification-opinions.js';
import { isLanguage, type Language, languageFromTag } from '../domain/taxonomy.js';
import type { ModelClassifier } from '../drafting/model-classify.js';
import type { TranslationOutcome, Translator } from '../drafting/translate.js';
import { InvalidInputError } from '../errors.js';
import { sendReplyJob, syncCardJob, translateReplyJob } from '../queue/jobs.js';
import { requireAgent } from './authorisation.js';
import { type ClickPlace, ticketOfCard } from './card-place.js';
import { retargetClocks } from './clocks.js';
import type { ServiceDeps } from './deps.js';
import { policyFor } from './sla-policy.js';

/** How many customer messages the card shows (CARD_LIMITS.messages): the first and the latest. */
const SHOWN_MESSAGES = 4;

/** The language the triage channel's agents read and write: its setting, else AGENT_LANGUAGE. */
export async function agentsLanguage(deps: {
  db: Executor;
  config: { triageChannelId: string; agentLanguage: Language };
}): Promise<Language> {
  const settings = await findTriageSettings(deps.db, { channelId: deps.config.triageChannelId });
  const chosen = settings?.agentLanguage;
  return chosen && isLanguage(chosen) ? chosen : deps.config.agentLanguage;
}

/** An agent sets the language the triage channel works in; cards show customers' words translated into it. */
export async function setAgentsLanguage(
  deps: ServiceDeps,
  params: { actorId: string; language: string },
): Promise<Language> {
  await requireAgent(deps, params.actorId, 'change the agents’ language');
  // A stored code or any BCP 47 tag of it: zh, zh-Hans, zh-TW, pt-BR.
  const language = languageFromTag(params.language.slice(0, 40));
  if (!language)
    throw new InvalidInputError(`“${params.language.slice(0, 20)}” is not a language Complaint Desk serves.`);
  await saveAgentLanguage(deps.db, {
    channelId: deps.config.triageChannelId,
    language,
    by: params.actorId,
    at: deps.now(),
  });
  return language;
}

/** The customer's messages as written, for the card's "Show original": only agents read them. */
export async function originalMessagesFor(
  deps: ServiceDeps,
  params: { ticketId: number; agentId: string; on?: ClickPlace },
): Promise<{ ticket: Ticket; messages: Message[] }> {
  await requireAgent(deps, params.agentId, 'read the original messages');
  // The ticket must be the one of the card clicked on: another ticket's words are not shown from this card.
  const ticket = await ticketOfCard(deps.db, deps.config, { ticketId: params.ticketId, on: params.on });
  return { ticket, messages: await conversationOf(deps.db, { ticketId: ticket.id }) };
}

/** Names that must come through a translation unchanged: the device and system the customer named. */
function namesOf(ticket: Ticket): string[] {
  return [ticket.facts.device, ticket.facts.os].filter((n): n is string => Boolean(n));
}

/** The customer messages the card shows: the first and the latest ones (src/views/triage-card.ts). */
function shownOnCard(conversation: Message[]): Message[] {
  const words = conversation.filter((m) => m.role === 'customer' && !m.deletedAt);
  return words.length <= SHOWN_MESSAGES ? words : [words[0]!, ...words.slice(-(SHOWN_MESSAGES - 1))];
}

/** Why a message shows without a translation, or with a warning, in words for the card. */
export function translationNote(outcome: TranslationOutcome): string | null {
  if (outcome.ok) return outcome.cut ? 'only the beginning of this long message was translated' : null;
  if (outcome.reason === 'no_model') return 'translation needs a model';
  if (outcome.reason === 'model_failed') return `not translated: ${outcome.detail}`;
  return `check the original: ${outcome.detail}`;
}

/**
 * The customer's messages the card shows, translated into the agents' language. Each message gets a translation or
 * a note why it has none, so it is not asked for again until its text changes. Slow (the model): run from a job in
 * the model lane, never in a transaction.
 */
export async function translateCustomerMessages(
  deps: ServiceDeps & { translator?: Translator },
  params: { ticketId: number },
): Promise<number> {
  if (!deps.translator?.available) return 0;
  const ticket = await findTicket(deps.db, { ticketId: params.ticketId });
  if (!ticket) return 0;
  const target = await agentsLanguage(deps);
  if (ticket.language === target) return 0;
  const missing = new Set(
    (await messagesToTranslate(deps.db, { ticketId: ticket.id, language: target })).map((m) => m.id),
  );
  const todo = shownOnCard(await conversationOf(deps.db, { ticketId: ticket.id })).filter((m) => missing.has(m.id));
  let stored = 0;
  for (const message of todo) {
    const outcome = await deps.translator.translate({
      text: message.text,
      from: ticket.language,
      to: target,
      purpose: 'for_agents',
      names: namesOf(ticket),
      ticketId: ticket.id,
    });
    // A translation that lost something is still shown to agents who cannot read the original, with a warning.
    const translation = outcome.ok ? outcome.text : null;
    const saved = await setMessageTranslation(deps.db, {
      messageId: message.id,
      translatedText: message.text,
      language: target,
      translation,
      note: translationNote(outcome),
    });
    if (saved) stored++;
  }
  if (stored > 0) {
    await syncCardJob.queue(deps.db, { ticketId: ticket.id });
    deps.wake();
  }
  return stored;
}

/**
 * What happens once a reply is approved: one written in the customer's language is sent as it is; one written in
 * the agents' language is translated first, in the model lane (translateApprovedReply).
 */
export async function queueReplyDelivery(db: Executor, params: { draft: Draft; ticket: Ticket }): Promise<void> {
  const { draft, ticket } = params;
  if (draft.language === ticket.language) {
    await sendReplyJob.queue(db, { draftId: draft.id });
    return;
  }
  await translateReplyJob.queue(db, {
    draftId: draft.id,
    approvedAt: (draft.actedAt ?? draft.createdAt).toISOString(),
  });
}

export type ReplyTranslation = 'sending' | 'returned' | 'skipped';

/**
 * An approved reply in the agents' language, translated into the customer's and checked. If the translation kept
 * everything it had to, it is stored with the draft and sent; if not, or the model failed, nothing is sent: the
 * draft goes back to the card, which says why.
 */
export async function translateApprovedReply(
  deps: ServiceDeps & { translator?: Translator },
  params: { draftId: number },
): Promise<ReplyTranslation> {
  const draft = await findDraft(deps.db, { draftId: params.draftId });
  if (draft?.status !== 'approved') return 'skipped';
  const ticket = await findTicket(deps.db, { ticketId: draft.ticketId });
  if (!ticket) return 'skipped';
  const outcome: TranslationOutcome = deps.translator
    ? await deps.translator.translate({
        text: draft.reply,
        from: draft.language,
        to: ticket.language,
        purpose: 'for_customer',
        names: namesOf(ticket),
        ticketId: ticket.id,
      })
    : { ok: false, reason: 'no_model', detail: 'translation needs a model (OPENAI_API_KEY)' };
  const result = await deps.db.transaction(async (tx): Promise<ReplyTranslation> => {
    await lockTicket(tx, { ticketId: ticket.id });
    const current = await findDraft(tx, { draftId: draft.id });
    // Approved with this very text still: an edit meanwhile is another draft.
    if (current?.status !== 'approved' || current.reply !== draft.reply) return 'skipped';
    if (outcome.ok) {
      await setDraftOutgoing(tx, { draftId: draft.id, outgoing: outcome.text, language: ticket.language, note: null });
      await sendReplyJob.queue(tx, { draftId: draft.id });
      await recordActivity(tx, { ticketId: ticket.id, at: deps.now(), action: 'reply_translated' });
    } else {
      const note = `Not sent: ${outcome.detail}.`;
      await returnDraftUnsent(tx, { draftId: draft.id, note });
      await recordActivity(tx, {
        ticketId: ticket.id,
        at: deps.now(),
        action: 'translation_refused',
        detail: outcome.detail,
      });
    }
    await syncCardJob.queue(tx, { ticketId: ticket.id });
    return outcome.ok ? 'sending' : 'returned';
  });
  deps.wake();
  return result;
}

/**
 * The model's classification of a ticket beside the rules'. The model decides unless an agent already chose; a
 * changed priority moves the due times, counted from the ticket's start as an agent's change does.
 */
export async function classifyWithModel(
  deps: ServiceDeps & { classifier?: ModelClassifier },
  params: { ticketId: number },
): Promise<'changed' | 'agreed' | 'skipped'> {
  if (!deps.classifier) return 'skipped';
  const ticket = await findTicket(deps.db, { ticketId: params.ticketId });
  if (!ticket || ticket.classification || ticket.status === 'resolved') return 'skipped';
  const first = (await conversationOf(deps.db, { ticketId: ticket.id })).find((m) => m.role === 'customer');
  if (!first) return 'skipped';
  const answer = await deps.classifier.classify({ ticketId: ticket.id, text: first.text, facts: ticket.facts });
  if (!answer.ok) return 'skipped';
  const changed = await deps.db.transaction(async (tx) => {
    const current = await lockTicket(tx, { ticketId: ticket.id });
    if (!current || current.classification) return false;
    const base =
      current.classifiedBy === 'agent'
        ? { ...rulesRecord(current), decidedBy: 'agent' as const }
        : rulesRecord({ category: current.category, priority: current.priority });
    // Words of churn or urgency the rules found still count, whichever category decides.
    const rulesUrgent = current.churnSignals.length > 0;
    const { record, change } = withModelOpinion(base, answer, (category, urgent) =>
      priorityFor(category, current.enterprise, urgent || rulesUrgent),
    );
    await setClassification(tx, { ticketId: current.id, record, change });
    if (change && change.priority !== current.priority) {
      const channel = await findCustomerChannel(tx, { channelId: current.channelId });
      await retargetClocks(tx, {
        ticketId: current.id,
        priority: change.priority,
        now: deps.now(),
        policy: policyFor(deps.config.sla, channel),
      });
    }
    await syncCardJob.queue(tx, { ticketId: current.id });
    return Boolean(change);
  });
  deps.wake();
  return changed ? 'changed' : 'agreed';
}
