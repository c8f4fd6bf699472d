import { z } from 'zod';
import type { JobPlacement } from '../db/queries/outbox.js';
import { ASK_MAX_CHARS } from '../domain/ask/answer.js';
import { askQuerySchema } from '../domain/ask/query.js';
import { ATTACHMENT_KINDS } from '../domain/attachments.js';
import { CLOSING_NOTE_MAX } from '../domain/closing-note.js';
import { RESOLUTION_SIDES } from '../domain/resolution.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { defineJob, type Job } from './define.js';
import { RANK } from './lanes.js';

/**
 * Every kind of background work, as a caller queues it: the name stored in outbox.kind, the payload, the
 * once- or coalesce-key, the lane and the priority. What runs each one is in src/jobs/ (src/jobs/registry.ts
 * maps each name to its handler).
 */

/** A message in a channel: the intake of one message is keyed by where it is, so a redelivery adds nothing. */
interface MessagePlace {
  channelId: string;
  ts: string;
}

/** A stored message event becomes a ticket, a burst addition, or a reply. */
export const intakeMessageJob = defineJob({
  name: 'intake.message',
  payload: z.object({
    channelId: z.string(),
    ts: z.string(),
    threadTs: z.string().optional(),
    userId: z.string(),
    authorTeamId: z.string().optional(),
    homeTeamId: z.string().optional(),
    sharedChannel: z.boolean(),
    text: z.string(),
    attachments: z.array(z.object({ kind: z.enum(ATTACHMENT_KINDS), name: z.string().optional() })).optional(),
    /** The Events API event id, logged with the outcome so a request can be followed into its job. */
    eventId: z.string().optional(),
  }),
  key: { once: (m: MessagePlace) => `intake:${m.channelId}:${m.ts}` },
  priority: 'intake',
});

/** The customer edited a message we took in (or are taking in). */
export const intakeEditJob = defineJob({
  name: 'intake.edit',
  payload: z.object({ channelId: z.string(), ts: z.string(), text: z.string(), editTs: z.string() }),
  // Every edit of a message is its own work: the key holds the edit's time too.
  key: { once: (e) => `edit:${e.channelId}:${e.ts}:${e.editTs}` },
  priority: 'intake',
});

/** The customer deleted a message we took in (or are taking in). */
export const intakeDeletionJob = defineJob({
  name: 'intake.delete',
  payload: z.object({ channelId: z.string(), ts: z.string(), deleteTs: z.string() }),
  key: { once: (d: MessagePlace) => `delete:${d.channelId}:${d.ts}` },
  priority: 'intake',
});

/** The customer's receipt in their thread: #N, what we understood, when a person answers. */
export const postReceiptJob = defineJob({
  name: 'receipt.post',
  payload: z.object({ ticketId: z.number().int() }),
  key: { once: (p) => `receipt:${p.ticketId}` },
  priority: 'answer',
});

/** Off the request path: does this new ticket make (or join) a possible incident? */
export const checkIncidentJob = defineJob({
  name: 'incident.check',
  payload: z.object({ ticketId: z.number().int() }),
  key: { once: (p) => `incident-check:${p.ticketId}` },
});

/** Posts the ticket's card in the triage channel the first time, and updates it in place after. */
export const syncCardJob = defineJob({
  name: 'card.sync',
  payload: z.object({ ticketId: z.number().int() }),
  // Changes while an update waits make one update, showing the newest state.
  key: { coalesce: (p) => `card:${p.ticketId}` },
});

/**
 * A reply drafted for the agent to review (the model, or the built-in drafter when it cannot help). Asked
 * for again while one is waiting, it runs once more on the newest state of the ticket.
 */
export const makeDraftJob = defineJob({
  name: 'draft.make',
  payload: z.object({ ticketId: z.number().int(), reason: z.string() }),
  key: { coalesce: (p: { ticketId: number }) => `draft:${p.ticketId}` },
  // It waits on the model and the call-quality source (up to DRAFT_TIMEOUT): never in front of a receipt.
  lane: 'model',
});

/** The customer's root message shows where the ticket stands: 👀 while we work on it, ✅ once resolved. */
export const setStatusReactionJob = defineJob({
  name: 'reaction.status',
  payload: z.object({ ticketId: z.number().int() }),
  // Status changes while one is waiting make one change, to the newest status.
  key: { coalesce: (p) => `reaction:${p.ticketId}` },
});

/** The approved reply, posted once in the customer's thread; then the clock is met. */
export const sendReplyJob = defineJob({
  name: 'reply.send',
  payload: z.object({ draftId: z.number().int() }),
  // A draft is sent once, however often Approve is clicked or the job is retried.
  key: { once: (p) => `send:${p.draftId}` },
  priority: 'answer',
});

/**
 * An approved reply written in the agents' language: translated into the customer's, checked, and only then sent
 * (reply.send); a translation that lost something sends nothing and the draft returns to the card.
 */
export const translateReplyJob = defineJob({
  name: 'reply.translate',
  payload: z.object({ draftId: z.number().int(), approvedAt: z.string() }),
  // Once per approval: a draft returned to the card and approved again is translated again.
  key: { once: (p) => `translate-reply:${p.draftId}:${p.approvedAt}` },
  // It waits on the model; someone waits for the reply it sends.
  lane: 'model',
  priority: 'answer',
});

/** A :ticket: reaction: fetch the message it was put on and open a ticket from it. */
export const openFromReactionJob = defineJob({
  name: 'ticket.open_from_reaction',
  payload: z.object({ channelId: z.string(), ts: z.string(), userId: z.string() }),
  // One message opens one ticket, whoever reacts and however often.
  key: { once: (p: { channelId: string; ts: string }) => `reaction:${p.channelId}:${p.ts}` },
  priority: 'intake',
});

/** One escalation step, posted in the ticket's triage thread or as a DM to the person pinged. */
export const notifyEscalationJob = defineJob({
  name: 'escalation.notify',
  payload: z.object({
    clockId: z.number().int(),
    stage: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    target: z.enum(['thread', 'dm']),
  }),
  // Each stage of a clock pings each place once, however often the sweep sees it due.
  key: { once: (p) => `escalation:${p.clockId}:${p.stage}:${p.target}` },
  priority: 'answer',
});

/**
 * Tells the support lead, in the card's thread, that a customer spoke of leaving or of an outage for all their
 * users. Once per ticket, whichever message said it first and however many say it again.
 */
export const notifyChurnJob = defineJob({
  name: 'churn.notify',
  payload: z.object({ ticketId: z.number().int() }),
  key: { once: (p) => `churn:${p.ticketId}` },
  priority: 'answer',
});

/** The closing message in the customer's thread once their ticket is resolved. */
export const postClosingJob = defineJob({
  name: 'closing.post',
  payload: z.object({
    ticketId: z.number().int(),
    resolvedAt: z.string(),
    // What happened, as the agent approved it for this resolution; it travels with the job, so it is sent with
    // this closing message only and is as durable as the message itself.
    note: z.string().max(CLOSING_NOTE_MAX).optional(),
  }),
  // Once per resolution: a ticket reopened and resolved again gets a closing message again.
  key: { once: (p) => `closing:${p.ticketId}:${p.resolvedAt}` },
  priority: 'answer',
});

/** Posts the incident alert in the triage channel, and keeps it up to date as tickets join. */
export const postIncidentJob = defineJob({
  name: 'incident.post',
  payload: z.object({ incidentId: z.number().int() }),
  // Tickets joining while the alert waits make one update, of the newest state.
  key: { coalesce: (p) => `incident:${p.incidentId}` },
  // Agents must see an outage before anything else in the triage channel.
  priority: 'answer',
});

/** One person's page for an incident (an engineer or the lead): posted once, then kept current. */
export const pageIncidentJob = defineJob({
  name: 'incident.page',
  payload: z.object({
    incidentId: z.number().int(),
    userId: z.string(),
    role: z.enum(['engineer', 'lead']),
  }),
  // Tickets joining or breaching while a page waits make one update, of the newest state.
  key: { coalesce: (p) => `incident-page:${p.incidentId}:${p.userId}` },
  priority: 'answer',
});

/** The review in the triage channel; its chart follows in the thread as a separate, retryable step. */
export const postReportJob = defineJob({
  name: 'report.post',
  payload: z.object({
    days: z.number().int().positive(),
    /** Who asked with /complaints report; null for the weekly digest. */
    requestedBy: z.string().nullable(),
    /** The end of the period (ISO time): when it was asked for, or when the digest was due. */
    until: z.string(),
    digest: z.boolean().optional(),
  }),
  // A digest is posted once per due time, however many instances see it due; an asked-for review once
  // per asking.
  key: { once: (p) => (p.digest ? `digest:${p.until}` : `report:${p.requestedBy}:${p.until}`) },
});

const perCategory = z.record(z.enum(CATEGORIES), z.number());
const perSide = z.record(z.enum(RESOLUTION_SIDES), z.number());

/** Renders the review's chart and uploads it in the review's thread. */
export const uploadChartJob = defineJob({
  name: 'report.chart',
  payload: z.object({
    until: z.string(),
    /** The review's message: the chart goes in its thread. */
    threadTs: z.string(),
    byCategory: perCategory,
    daily: z.array(
      z.object({
        day: z.string(),
        byCategory: perCategory,
        attainmentPct: z.number().nullable(),
        // Charts queued before sides were recorded have none.
        bySide: perSide.optional(),
      }),
    ),
    /** An answer's series over time (src/services/ask.ts) instead of the review's; `id` is the answer's ts. */
    series: z
      .object({
        id: z.string(),
        title: z.string().max(200),
        unit: z.string().max(60),
        labels: z.array(z.string().max(20)).max(400),
        values: z.array(z.number().nullable()).max(400),
      })
      .optional(),
  }),
  // One chart per posted review, or per answer.
  key: {
    once: (p: { threadTs: string; series?: { id: string } }) =>
      `chart:${p.threadTs}${p.series ? `:${p.series.id}` : ''}`,
  },
});

/**
 * An answer posted for everyone in the triage channel: to a mention of the app (in its thread), or one an agent
 * shared from the answer only they saw. In the model lane: reading a mention's question may wait on the model.
 */
export const postAnswerJob = defineJob({
  name: 'ask.answer',
  lane: 'model',
  priority: 'answer',
  payload: z.object({
    /** A mention's question, read by the handler (by the model when one is configured). */
    question: z.string().max(ASK_MAX_CHARS).optional(),
    /** Set instead of a question that cannot be asked: empty, or over the limit (its length). */
    refused: z.object({ kind: z.enum(['empty', 'too_long']), length: z.number().int() }).optional(),
    /** A shared answer's query, as the asker saw it answered. */
    query: askQuerySchema.optional(),
    readBy: z.enum(['model', 'rules']).optional(),
    language: z.enum(['zh', 'en']),
    askedBy: z.string(),
    /** The moment the question was asked: the periods are counted from it. */
    askedAt: z.string(),
    channel: z.string(),
    threadTs: z.string().optional(),
    /** What makes it once: the mention's ts, or the share click's. */
    source: z.string(),
  }),
  key: { once: (p) => `ask:${p.channel}:${p.source}` },
});

/** The CSV goes to the agent who asked, in a direct message: it holds every customer's tickets. */
export const exportCsvJob = defineJob({
  name: 'report.export',
  payload: z.object({
    days: z.number().int().positive(),
    /** The agent who ran /complaints export, and gets the file. */
    requestedBy: z.string(),
    /** The end of the period (ISO time): when it was asked for. */
    until: z.string(),
  }),
  // One file per asking.
  key: { once: (p) => `export:${p.requestedBy}:${p.until}` },
});

// biome-ignore lint/suspicious/noExplicitAny: any contract, whatever its payload and key
type AnyJob = Job<string, any, any>;

/** Contracts by name, typed, so a map over every name can be checked to miss none. */
function byName<const J extends readonly AnyJob[]>(...jobs: J): { readonly [X in J[number] as X['name']]: X } {
  const map: Record<string, AnyJob> = {};
  for (const job of jobs) {
    if (map[job.name]) throw new Error(`two jobs are named ${job.name}`);
    map[job.name] = job;
  }
  return map as { readonly [X in J[number] as X['name']]: X };
}

/** Every kind of background work the app does, by the name stored in outbox.kind. */
export const JOBS = byName(
  intakeMessageJob,
  intakeEditJob,
  intakeDeletionJob,
  postReceiptJob,
  checkIncidentJob,
  syncCardJob,
  makeDraftJob,
  setStatusReactionJob,
  sendReplyJob,
  translateReplyJob,
  openFromReactionJob,
  notifyEscalationJob,
  notifyChurnJob,
  postClosingJob,
  postIncidentJob,
  pageIncidentJob,
  postReportJob,
  uploadChartJob,
  exportCsvJob,
  postAnswerJob,
);

export type JobName = keyof typeof JOBS;

/** The payload a job of this name is queued with, and its handler receives. */
export type PayloadOf<N extends JobName> = (typeof JOBS)[N] extends Job<N, infer P, infer _K> ? P : never;

/**
 * Each kind's lane and rank as its contract says now. Jobs are stored with theirs when queued, and each
 * lane claims what someone waits for first (see JobPriority in src/queue/lanes.ts).
 */
export const JOB_PLACEMENTS: readonly JobPlacement[] = Object.values(JOBS).map((job: AnyJob) => ({
  kind: job.name,
  lane: job.lane,
  rank: RANK[job.priority],
}));

/** Where a kind of job runs; a kind no contract names gets the outbox columns' defaults. */
export function placementOf(kind: string): JobPlacement {
  return JOB_PLACEMENTS.find((p) => p.kind === kind) ?? { kind, lane: 'default', rank: RANK.background };
}
