import type { Block, KnownBlock } from '@slack/types';
import type { Draft, Message, SlaClock, Ticket } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { FACT_KEYS, type Facts } from '../domain/facts.js';
import { CATEGORIES, CATEGORY_SHORT, PRIORITIES, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { AGENT_LABELS, type AgentLanguage } from './labels.js';
import { neutralize, quote, slackDate, truncate } from './format.js';

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
  language: AgentLanguage;
  now: Date;
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
    .map((k) => `${FACT_LABEL[k]}: ${neutralize(String(facts[k]))}`)
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
  if (draft.source === 'agent') return 'edited by an agent';
  if (draft.source === 'model') return 'drafted by the model';
  return draft.fallbackReason
    ? `built-in drafter — the model was not used: ${draft.fallbackReason}`
    : 'built-in drafter';
}

/** The ticket's card in the triage channel: the customer's words, the clock, the draft and the controls. */
export function triageCard(model: CardModel): { text: string; blocks: Array<Block | KnownBlock> } {
  const L = AGENT_LABELS[model.language];
  const { ticket, draft } = model;
  const customerWords = model.conversation.filter((m) => m.role === 'customer');
  const title = `#${ticket.id} · ${CATEGORY_SHORT[ticket.category]} · ${PRIORITY_LABEL[ticket.priority]}${ticket.enterprise ? ' · Enterprise' : ''}`;
  const latest = customerWords.at(-1);
  const text = `${title} — ${L[ticket.status]}${latest ? `: ${truncate(latest.text, 140)}` : ''}`;

  const words = customerWords
    .slice(-4)
    .map((m) => (m.deletedAt ? `> _${L.deleted}_` : `${quote(m.text, 700)}${m.editedAt ? ` _${L.edited}_` : ''}`))
    .join('\n');
  const blocks: Array<Block | KnownBlock> = [
    { type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: truncate(words || '_(no text)_', 3000) },
      fields: [
        { type: 'mrkdwn', text: `*${L.customer}*\n<@${ticket.customerUserId}> in <#${ticket.channelId}>` },
        { type: 'mrkdwn', text: `*${L.status}*\n${L[ticket.status]}` },
        { type: 'mrkdwn', text: `*${L.due}*\n${ticket.status === 'waiting_on_us' ? dueLine(model) : '—'}` },
        { type: 'mrkdwn', text: `*${L.facts}*\n${truncate(describeFacts(ticket.facts) || L.noFacts, 1900)}` },
      ],
    },
  ];
  if (model.quality)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(`:bar_chart: ${model.quality}`, 2900) }],
    });
  if (ticket.summary)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(`:memo: ${neutralize(ticket.summary)}`, 2900) }],
    });
  blocks.push({ type: 'divider' });

  const proposed = draft?.status === 'proposed' ? draft : undefined;
  if (proposed) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: truncate(`*${L.draft}* _(${sourceNote(proposed)})_\n${quote(proposed.reply, 2600)}`, 3000),
      },
    });
    if (proposed.followUps.length > 0) {
      blocks.push({
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: truncate(`*${L.followUps}:* ${proposed.followUps.map(neutralize).join(' · ')}`, 2900),
          },
        ],
      });
    }
    const findings = proposed.findings.length
      ? proposed.findings
          .map(
            (f) =>
              `${f.severity === 'serious' ? ':red_circle:' : ':large_yellow_circle:'} “${neutralize(f.excerpt)}” — ${f.explanation}`,
          )
          .join('\n')
      : `:white_check_mark: ${L.toneClean}`;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`*${L.tone}:* ${findings}`, 2900) }] });
  } else if (ticket.status === 'waiting_on_us') {
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
                        text: truncate(
                          `The tone check found: ${proposed.findings
                            .filter((f) => f.severity === 'serious')
                            .map((f) => `“${neutralize(f.excerpt)}”`)
                            .join(', ')}. Edit the reply, or send it as it is.`,
                          300,
                        ),
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
              value,
              confirm: {
                title: { type: 'plain_text' as const, text: `Resolve #${ticket.id}?` },
                text: { type: 'mrkdwn' as const, text: 'The customer gets a closing message and a one-click rating.' },
                confirm: { type: 'plain_text' as const, text: L.resolve },
                deny: { type: 'plain_text' as const, text: 'Cancel' },
              },
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
  if (model.history.length > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: truncate(model.history.slice(-6).join('\n'), 2900) }],
    });
  }
  return { text, blocks };
}
