import type { Executor } from '../db/client.js';
import { latestDraftOf } from '../db/queries/drafts.js';
import { conversationOf } from '../db/queries/messages.js';
import { bringForward } from '../db/queries/outbox.js';
import { clocksOfTicket } from '../db/queries/sla-clocks.js';
import { activityOf } from '../db/queries/ticket-activity.js';
import { findTicket, updateTicket } from '../db/queries/tickets.js';
import type { TicketActivity } from '../db/schema/index.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';
import { notifyEscalationJob } from '../queue/jobs.js';
import { loadCardProblems } from './card-problems.js';
import type { AgentLanguage } from '../views/labels.js';
import { slackDate } from '../views/format.js';
import type { CardModel } from '../views/triage-card.js';
import { similarToTicket } from './similar.js';
import { agentsLanguage } from './translation.js';

const ACTION_TEXT: Record<string, string> = {
  approved: 'approved the draft',
  edited_and_approved: 'edited and approved a reply',
  discarded: 'discarded the draft',
  regenerate_requested: 'asked for a new draft',
  reply_sent: 'reply posted to the customer',
  reclassified: 'changed the classification',
  resolved: 'resolved the ticket',
  reopened: 'customer wrote again; reopened',
  rated: 'customer rated the outcome',
  escalation_warning: 'SLA warning posted',
  escalation_engineer: 'paired engineer pinged',
  escalation_lead: 'support lead pinged',
  acknowledged: 'took the escalation',
  agent_replied: 'replied in the customer thread',
  linked_problem: 'linked it to a known problem',
  unlinked_problem: 'unlinked it from its known problem',
  problem_update_drafted: 'known problem resolved; an update was drafted',
  incident_update_drafted: 'an interim update about the incident was drafted',
  assigned_self: 'took the ticket',
  reassigned: 'changed the owner',
  reply_translated: "reply translated into the customer's language and checked",
  translation_refused: 'reply not sent: its translation failed the check',
};

function historyLine(a: TicketActivity): string | undefined {
  const text = ACTION_TEXT[a.action];
  if (!text) return undefined;
  const who = a.actorUserId ? `<@${a.actorUserId}> ` : '';
  // A detail may quote an error from the model endpoint: untrusted text like any other.
  return `${slackDate(a.at, '{time}')} ${who}${text}${a.detail ? ` — ${untrustedMrkdwn(a.detail, 200)}` : ''}`;
}

/** Everything the card shows, read fresh at render time so the card never shows a stale state. */
export async function loadCardModel(
  db: Executor,
  params: {
    ticketId: number;
    /** AGENT_LANGUAGE: the card's language unless the triage channel chose another. */
    language: AgentLanguage;
    now: Date;
    /** With these, the card shows customers' words in the triage channel's language (translated by the model). */
    translation?: { triageChannelId: string; model: boolean };
  },
): Promise<CardModel | undefined> {
  const ticket = await findTicket(db, { ticketId: params.ticketId });
  if (!ticket) return undefined;
  // The card's own words are in English or Chinese; customers' words in whatever language agents work in.
  const agents = params.translation
    ? await agentsLanguage({
        db,
        config: { triageChannelId: params.translation.triageChannelId, agentLanguage: params.language },
      })
    : params.language;
  const [conversation, draft, clocks, activity] = await Promise.all([
    conversationOf(db, { ticketId: ticket.id }),
    latestDraftOf(db, { ticketId: ticket.id }),
    clocksOfTicket(db, { ticketId: ticket.id, states: ['running'] }),
    activityOf(db, { ticketId: ticket.id }),
  ]);
  // Past fixes help while the ticket is being worked on; a resolved card has its own answer.
  const similar = ticket.status === 'resolved' ? [] : await similarToTicket(db, { ticket, conversation });
  return {
    ticket,
    conversation,
    draft,
    clock: clocks.find((c) => c.kind !== 'resolution') ?? clocks[0],
    history: activity.map(historyLine).filter((l): l is string => Boolean(l)),
    quality: ticket.qualitySummary ?? undefined,
    problems: await loadCardProblems(db, ticket, conversation),
    language: agents === 'zh' ? 'zh' : agents === 'en' ? 'en' : params.language,
    now: params.now,
    similar,
    translation: params.translation ? { agents, model: params.translation.model } : undefined,
  };
}

/** The card's first post is in the triage channel: later syncs update it in place. */
export async function cardPosted(db: Executor, params: { ticketId: number; ts: string }): Promise<void> {
  await updateTicket(db, { ticketId: params.ticketId, changes: { triageTs: params.ts } });
  // Escalation steps for the card's thread waited for it (in a flood, cards come a second apart): they go now, not
  // at their next retry, and stop asking meanwhile.
  const clocks = await clocksOfTicket(db, { ticketId: params.ticketId });
  const threadSteps = clocks.flatMap((clock) =>
    ([1, 2, 3] as const).map((stage) => notifyEscalationJob.keyOf({ clockId: clock.id, stage, target: 'thread' })),
  );
  await bringForward(db, { onceKeys: threadSteps, now: new Date() });
}
