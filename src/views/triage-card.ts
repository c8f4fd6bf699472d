import type { Block, KnownBlock } from '@slack/types';
import type { Draft, Message, SlaClock, Ticket } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { FACT_KEYS, type Facts } from '../domain/facts.js';
import { CATEGORIES, CATEGORY_SHORT, LANGUAGE_NAME, PRIORITIES, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { churnWords } from './churn-alert.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { ownerField, ownershipActions } from './card-ownership.js';
import { resolutionBlocks } from './card-resolution.js';
import { similarBlocks, type SimilarOnCard } from './card-similar.js';
import { type CardProblems, knownProblemBlocks } from './card-known-problem.js';
import { AGENT_LABELS, type AgentLanguage } from './labels.js';
import { quote, slackDate } from './format.js';
import {
  type CardTranslation,
  classificationLine,
  draftLanguageNote,
  messageQuote,
  sentBlocks,
  showOriginalButton,
  showsTranslations,
  translationNotice,
  unsentNote,
} from './card-translation.js';

/**
 * How much of each part the card shows. Every block stays inside its own limit, and all the text together stays
 * under 9,500 characters: Slack refuses a message whose blocks hold too much text in total (msg_blocks_too_long;
 * a message of 11,341 characters was refused, one of 9,597 accepted: https://github.com/slackapi/bolt-js/issues/2867).
 */
export const CARD_LIMITS = {
  /** Customer messages shown: the first and the latest ones. */
  messages: 4,
  perMessage: 560,
  /** Was 2,000; 700 of it went to the known-problem section below. */
  words: 1300,
  facts: 500,
  quality: 400,
  summary: 300,
  draft: 2800,
  followUps: 800,
  findings: 1000,
  history: 600,
  historyLines: 6,
  fallback: 140,
  /** The known-problem section, all its text (card-known-problem.ts keeps within it). */
  problems: 700,
} as const;

export interface CardModel {
  ticket: Ticket;
  conversation: Message[];
  /** The draft awaiting a decision, or the one last acted on. */
  draft?: Draft;
  /** The running response clock, if any. */
  clock?: SlaClock;
  /** Plain lines of what happened, newest last ("Approved and sent by @x at …"). */
  history: string[];
  /** A summary of measured call quality, when a quality source answered. */
  quality?: string;
  /** The known problem it is linked to, or the ones it could be linked to. */
  problems?: CardProblems;
  language: AgentLanguage;
  now: Date;
  /** Resolved tickets most like this one, with what fixed them. */
  similar?: SimilarOnCard[];
  /** The agents' language and whether a model translates; undefined leaves language out of the card. */
  translation?: CardTranslation;
}

const FACT_LABEL: Record<(typeof FACT_KEYS)[number], string> = {
  scenario: 'scenario',
  network: 'network',
  place: 'where',
  device: 'device',
  os: 'system',
  region: 'region',
  time: 'when',
  callId: 'call/channel ID',
};

export function describeFacts(facts: Facts): string {
  return FACT_KEYS.filter((k) => facts[k])
    .map((k) => `${FACT_LABEL[k]}: ${untrustedMrkdwn(String(facts[k]), 120)}`)
    .join(' · ');
}

export function actionValue(ticketId: number, draftId?: number): string {
  return JSON.stringify(draftId === undefined ? { t: ticketId } : { t: ticketId, d: draftId });
}

function dueLine(model: CardModel): string {
  const L = AGENT_LABELS[model.language];
  const { clock, now } = model;
  if (!clock?.dueAt) return '—';
  const left = clock.dueAt.getTime() - now.getTime();
  const kind =
    clock.kind === 'first_response' ? 'first reply' : clock.kind === 'next_response' ? 'next reply' : 'resolution';
  return left >= 0
    ? `${slackDate(clock.dueAt, '{time}')} (${kind}, in ${formatDuration(left)})`
    : `:rotating_light: ${L.overdue} by ${formatDuration(-left)} (${kind})`;
}

function sourceNote(draft: Draft): string {
  if (draft.purpose === 'problem_update') return 'update about the known problem, built-in drafter';
  if (draft.purpose === 'incident_update') return 'interim update while the incident lasts, built-in drafter';
  if (draft.source === 'agent') return 'edited by an agent';
  if (draft.source === 'model') return 'drafted by the model';
  return draft.fallbackReason
    ? `built-in drafter — the model was not used: ${untrustedMrkdwn(draft.fallbackReason, 200)}`
    : 'built-in drafter';
}

/** The customer's words: the first message and the latest ones, each quoted, escaped and cut to fit. */
function customerWords(model: CardModel): string {
  const L = AGENT_LABELS[model.language];
  const words = model.conversation.filter((m) => m.role === 'customer');
  const shown = words.length <= CARD_LIMITS.messages ? words : [words[0]!, ...words.slice(-(CARD_LIMITS.messages - 1))];
  const hidden = words.length - shown.length;
  const lines = shown.map((m) =>
    m.deletedAt
      ? `> _${L.deleted}_`
      : `${messageQuote(m, model.translation, CARD_LIMITS.perMessage, model.ticket.language)}` +
        `${m.editedAt ? ` _${L.edited}_` : ''}`,
  );
  if (hidden > 0) lines.splice(1, 0, `_…${hidden} more in the thread…_`);
  return cutMrkdwn(lines.join('\n') || '_(no text)_', CARD_LIMITS.words);
}

function findingsLine(findings: Draft['findings'], cleanLabel: string): string {
  if (findings.length === 0) return `:white_check_mark: ${cleanLabel}`;
  // The model's findings are marked as such, and their reasons are model text: escaped like any untrusted text.
  const lines = findings.map((f) => {
    const model = f.source === 'model';
    const dot = f.severity === 'serious' ? ':red_circle:' : ':large_yellow_circle:';
    const why = model ? untrustedMrkdwn(f.explanation, 300) : f.explanation;
    return `${dot} ${model ? '_model:_ ' : ''}“${untrustedMrkdwn(f.excerpt, 120)}” — ${why}`;
  });
  return lines.join('\n');
}

/** The draft awaiting a decision: the reply as it will be sent, what it asks, and what the tone check found. */
function draftBlocks(model: CardModel, draft: Draft): KnownBlock[] {
  const L = AGENT_LABELS[model.language];
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(
          `*${L.draft}* _(${sourceNote(draft)}${draftLanguageNote(model.ticket, draft)})_\n` +
            `${quote(draft.reply, CARD_LIMITS.draft)}`,
          CARD_LIMITS.draft,
          '… _(cut here: Edit shows the whole reply)_',
        ),
      },
    },
  ];
  const unsent = unsentNote(draft);
  if (unsent) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: unsent }] });
  if (draft.followUps.length > 0) {
    const asks = draft.followUps.map((f) => untrustedMrkdwn(f, 300)).join(' · ');
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: cutMrkdwn(`*${L.followUps}:* ${asks}`, CARD_LIMITS.followUps) }],
    });
  }
  const findings = cutMrkdwn(
    `*${L.tone}:* ${findingsLine(draft.findings, L.toneClean)}`,
    CARD_LIMITS.findings,
    `… _(${draft.findings.length} findings in all)_`,
  );
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: findings }] });
  return blocks;
}

/** The ticket's card in the triage channel: the customer's words, the clock, the draft and the controls. */
export function triageCard(model: CardModel): { text: string; blocks: Array<Block | KnownBlock> } {
  const L = AGENT_LABELS[model.language];
  const { ticket, draft } = model;
  const title =
    `#${ticket.id} · ${CATEGORY_SHORT[ticket.category]} · ${PRIORITY_LABEL[ticket.priority]}` +
    `${ticket.enterprise ? ' · Enterprise' : ''}${ticket.churnSignals.length > 0 ? ' · 🚨' : ''}`;
  const latest = model.conversation.filter((m) => m.role === 'customer').at(-1);
  const text =
    `${title} — ${L[ticket.status]}` +
    `${latest && !latest.deletedAt ? `: ${untrustedMrkdwn(latest.text, CARD_LIMITS.fallback)}` : ''}`;

  const blocks: Array<Block | KnownBlock> = [
    { type: 'header', text: { type: 'plain_text', text: cutPlain(title, 150) } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: customerWords(model) },
      ...(showsTranslations(model.conversation, model.translation) ? { accessory: showOriginalButton(ticket.id) } : {}),
      fields: [
        { type: 'mrkdwn', text: `*${L.customer}*\n<@${ticket.customerUserId}> in <#${ticket.channelId}>` },
        { type: 'mrkdwn', text: `*${L.status}*\n${L[ticket.status]}` },
        { type: 'mrkdwn', text: `*${L.due}*\n${ticket.status === 'waiting_on_us' ? dueLine(model) : '—'}` },
        {
          type: 'mrkdwn',
          text: `*${L.facts}*\n${cutMrkdwn(describeFacts(ticket.facts) || L.noFacts, CARD_LIMITS.facts)}`,
        },
        ownerField(ticket, model.language),
      ],
    },
  ];
  // Which language the customer is answered in, and their words of churn or urgency, which raised the priority.
  const churn =
    ticket.churnSignals.length > 0 ? ` · :rotating_light: *${L.churn}:* ${churnWords(ticket.churnSignals)}` : '';
  blocks.push({
    type: 'context',
    elements: [
      { type: 'mrkdwn', text: `${L.customerLanguage}: ${LANGUAGE_NAME[ticket.language] ?? ticket.language}${churn}` },
    ],
  });
  if (model.quality)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `:bar_chart: ${untrustedMrkdwn(model.quality, CARD_LIMITS.quality)}` }],
    });
  if (ticket.summary)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `:memo: ${untrustedMrkdwn(ticket.summary, CARD_LIMITS.summary)}` }],
    });
  const disagreeing = classificationLine(ticket);
  if (disagreeing) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: disagreeing }] });
  blocks.push(...resolutionBlocks(ticket, model.language));
  blocks.push(...similarBlocks(model.similar));
  blocks.push({ type: 'divider' });

  const proposed = draft?.status === 'proposed' ? draft : undefined;
  const notice = translationNotice(ticket, draft, model.translation);
  if (notice) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notice }] });
  blocks.push(...sentBlocks(draft));
  if (proposed) blocks.push(...draftBlocks(model, proposed));
  else if (ticket.status === 'waiting_on_us') {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `:hourglass_flowing_sand: ${L.drafting}` }] });
  }

  const value = actionValue(ticket.id, proposed?.id);
  const buttons: KnownBlock = {
    type: 'actions',
    block_id: `ticket_actions_${ticket.id}`,
    elements: [
      ...(proposed
        ? [
            {
              type: 'button' as const,
              action_id: IDS.actions.approve,
              style: 'primary' as const,
              text: { type: 'plain_text' as const, text: L.approve },
              value,
              // Sending past a serious tone finding takes an explicit second decision.
              ...(proposed.findings.some((f) => f.severity === 'serious')
                ? {
                    confirm: {
                      title: { type: 'plain_text' as const, text: 'Send anyway?' },
                      text: {
                        type: 'mrkdwn' as const,
                        text: seriousFindingsQuestion(proposed.findings),
                      },
                      confirm: { type: 'plain_text' as const, text: 'Send anyway' },
                      deny: { type: 'plain_text' as const, text: 'Go back' },
                      style: 'danger' as const,
                    },
                  }
                : {}),
            },
            {
              type: 'button' as const,
              action_id: IDS.actions.edit,
              text: { type: 'plain_text' as const, text: L.edit },
              value,
            },
            {
              type: 'button' as const,
              action_id: IDS.actions.regenerate,
              text: { type: 'plain_text' as const, text: L.regenerate },
              value,
            },
            {
              type: 'button' as const,
              action_id: IDS.actions.discard,
              style: 'danger' as const,
              text: { type: 'plain_text' as const, text: L.discard },
              value,
            },
          ]
        : ticket.status !== 'resolved'
          ? [
              {
                type: 'button' as const,
                action_id: IDS.actions.regenerate,
                text: { type: 'plain_text' as const, text: L.regenerate },
                value,
              },
            ]
          : []),
      ...(ticket.status !== 'resolved'
        ? [
            {
              type: 'button' as const,
              action_id: IDS.actions.resolve,
              text: { type: 'plain_text' as const, text: L.resolve },
              // Opens the resolve window (where the problem was, cause, fix): it is the confirmation.
              value,
            },
          ]
        : []),
      {
        type: 'static_select',
        action_id: IDS.actions.setCategory,
        placeholder: { type: 'plain_text', text: L.category },
        initial_option: {
          text: { type: 'plain_text', text: CATEGORY_SHORT[ticket.category] },
          value: JSON.stringify({ t: ticket.id, c: ticket.category }),
        },
        options: CATEGORIES.map((c) => ({
          text: { type: 'plain_text' as const, text: CATEGORY_SHORT[c] },
          value: JSON.stringify({ t: ticket.id, c }),
        })),
      },
      {
        type: 'static_select',
        action_id: IDS.actions.setPriority,
        placeholder: { type: 'plain_text', text: L.priority },
        initial_option: {
          text: { type: 'plain_text', text: PRIORITY_LABEL[ticket.priority] },
          value: JSON.stringify({ t: ticket.id, p: ticket.priority }),
        },
        options: PRIORITIES.map((p) => ({
          text: { type: 'plain_text' as const, text: PRIORITY_LABEL[p] },
          value: JSON.stringify({ t: ticket.id, p }),
        })),
      },
    ],
  };
  blocks.push(buttons);
  blocks.push(...knownProblemBlocks(ticket, model.problems, model.language));
  blocks.push(...ownershipActions(ticket, model.language));
  if (model.history.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: recentHistory(model.history) }] });
  }
  return { text, blocks };
}

/** The newest lines of what happened that fit, whole lines only. */
function recentHistory(history: string[]): string {
  const lines: string[] = [];
  let length = 0;
  for (const line of history.slice(-CARD_LIMITS.historyLines).reverse()) {
    if (length + line.length + 1 > CARD_LIMITS.history) break;
    lines.unshift(line);
    length += line.length + 1;
  }
  return lines.join('\n') || cutMrkdwn(history.at(-1) ?? '', CARD_LIMITS.history);
}

/** The confirm dialog's question (at most 300 characters, Slack's limit for a confirm's text). */
function seriousFindingsQuestion(findings: Draft['findings']): string {
  const ask = ' Edit the reply, or send it as it is.';
  const found = findings
    .filter((f) => f.severity === 'serious')
    .map((f) => `“${untrustedMrkdwn(f.excerpt, 60)}”`)
    .join(', ');
  return `${cutMrkdwn(`The tone check found: ${found}`, 300 - ask.length - 1, '…')}.${ask}`;
}
