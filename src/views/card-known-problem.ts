import type { Button, KnownBlock } from '@slack/types';
import type { KnownProblem } from '../db/schema/index.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';
import type { AgentLanguage } from './labels.js';

/**
 * How much of a known problem the card shows. The card's blocks share one text budget (see CARD_LIMITS in
 * triage-card.ts), so the list of open problems to pick from lives in a modal, not in a menu on every card; a
 * confirm dialog's title holds 100 characters, its text 300 and its buttons 30
 * (https://docs.slack.dev/reference/block-kit/composition-objects/confirmation-dialog-object).
 */
export const PROBLEM_CARD_LIMITS = {
  title: 100,
  cause: 150,
  fix: 150,
  suggestions: 2,
  suggestedTitle: 60,
  reasons: 80,
  confirmTitle: 40,
} as const;

export type ProblemSummary = Pick<KnownProblem, 'id' | 'title'>;

/** What the card's known-problem section shows, read when the card is drawn. */
export interface CardProblems {
  linked?: { problem: KnownProblem; tickets: number; pendingUpdates: number };
  /** Open problems this complaint looks like, best first; never linked without a click. */
  suggested: Array<{ problem: ProblemSummary; reasons: string[] }>;
}

const LABELS = {
  en: {
    knownProblem: 'Known problem',
    open: 'open',
    resolved: 'resolved',
    tickets: (n: number) => `${n} ticket${n === 1 ? '' : 's'}`,
    cause: 'Cause',
    fix: 'Fix',
    unlink: 'Unlink',
    fixed: 'Problem fixed…',
    approveAll: (n: number) => `Approve all ${n} updates`,
    looksLike: 'Looks like known problem',
    link: 'Link',
    linkTo: 'Known problem…',
  },
  zh: {
    knownProblem: '已知问题',
    open: '处理中',
    resolved: '已解决',
    tickets: (n: number) => `${n} 个工单`,
    cause: '原因',
    fix: '处理',
    unlink: '取消关联',
    fixed: '问题已修复…',
    approveAll: (n: number) => `批准全部 ${n} 条更新`,
    looksLike: '可能属于已知问题',
    link: '关联',
    linkTo: '已知问题…',
  },
} as const;

function value(ticketId: number, problemId?: number): string {
  return JSON.stringify(problemId === undefined ? { t: ticketId } : { t: ticketId, k: problemId });
}

function button(actionId: string, text: string, v: string): Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: cutPlain(text, 75) }, value: v };
}

/** The confirm dialog of "Approve all": sending many customers a message is one decision, taken knowingly. */
function approveAllConfirm(problem: KnownProblem, pending: number) {
  const text = `Each of the ${pending} customers gets the update drafted on their card, once, in their own thread.`;
  return {
    title: { type: 'plain_text' as const, text: `Send ${pending} updates?` },
    text: { type: 'plain_text' as const, text },
    confirm: { type: 'plain_text' as const, text: 'Send them all' },
    deny: { type: 'plain_text' as const, text: 'Go back' },
  };
}

function linkedBlocks(ticketId: number, linked: NonNullable<CardProblems['linked']>, lang: AgentLanguage) {
  const L = LABELS[lang];
  const { problem, tickets, pendingUpdates } = linked;
  const state =
    problem.status === 'resolved' && problem.resolvedAt
      ? `${L.resolved} ${slackDate(problem.resolvedAt, '{date_short_pretty}')}`
      : L.open;
  const title = untrustedMrkdwn(problem.title, PROBLEM_CARD_LIMITS.title);
  const lines = [`:jigsaw: *${L.knownProblem}:* ${title} — ${state} · ${L.tickets(tickets)}`];
  if (problem.cause) lines.push(`*${L.cause}:* ${untrustedMrkdwn(problem.cause, PROBLEM_CARD_LIMITS.cause)}`);
  if (problem.fix) lines.push(`*${L.fix}:* ${untrustedMrkdwn(problem.fix, PROBLEM_CARD_LIMITS.fix)}`);
  const elements = [button(IDS.actions.unlinkProblem, L.unlink, value(ticketId, problem.id))];
  if (problem.status === 'open')
    elements.push(button(IDS.actions.resolveProblem, L.fixed, value(ticketId, problem.id)));
  else if (pendingUpdates > 0)
    elements.push({
      ...button(IDS.actions.approveProblemUpdates, L.approveAll(pendingUpdates), value(ticketId, problem.id)),
      style: 'primary',
      confirm: approveAllConfirm(problem, pendingUpdates),
    });
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(lines.join('\n'), 3000) } },
    { type: 'actions', block_id: `problem_actions_${ticketId}`, elements },
  ];
  return blocks;
}

function suggestionBlock(ticketId: number, s: CardProblems['suggested'][number], lang: AgentLanguage): KnownBlock {
  const L = LABELS[lang];
  const why = untrustedMrkdwn(s.reasons.join(' · '), PROBLEM_CARD_LIMITS.reasons);
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `:bulb: ${L.looksLike} *${untrustedMrkdwn(s.problem.title, PROBLEM_CARD_LIMITS.suggestedTitle)}* (${why})`,
    },
    accessory: {
      type: 'button',
      action_id: IDS.actions.linkSuggestedProblem,
      text: { type: 'plain_text', text: L.link },
      value: value(ticketId, s.problem.id),
    },
  };
}

function linkControls(ticketId: number, lang: AgentLanguage): KnownBlock {
  // One button: the modal it opens lists the open problems and can start a new one.
  const elements = [button(IDS.actions.linkProblem, LABELS[lang].linkTo, value(ticketId))];
  return { type: 'actions', block_id: `problem_link_${ticketId}`, elements };
}

/**
 * The card's known-problem section: the linked problem with its cause, fix and controls; or suggestions (only for
 * tickets still open) and the button to link one.
 */
export function knownProblemBlocks(
  ticket: { id: number; status: string },
  problems: CardProblems | undefined,
  lang: AgentLanguage,
): KnownBlock[] {
  if (!problems) return [];
  if (problems.linked) return linkedBlocks(ticket.id, problems.linked, lang);
  const suggestions =
    ticket.status === 'resolved'
      ? []
      : problems.suggested.slice(0, PROBLEM_CARD_LIMITS.suggestions).map((s) => suggestionBlock(ticket.id, s, lang));
  return [...suggestions, linkControls(ticket.id, lang)];
}
