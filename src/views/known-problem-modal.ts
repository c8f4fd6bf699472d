import type { InputBlock, KnownBlock, View } from '@slack/types';
import type { KnownProblem } from '../db/schema/index.js';
import type { ProblemSummary } from './card-known-problem.js';
import { IDS } from '../ids.js';
import { PROBLEM_LIMITS } from '../domain/known-problems.js';
import { cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';

/** A modal's title and buttons hold 24 characters (https://docs.slack.dev/reference/views/modal-views). */
const MODAL_TEXT = 24;

function textInput(params: {
  block: string;
  action: string;
  label: string;
  max: number;
  optional?: boolean;
  multiline?: boolean;
  initial?: string | null;
  placeholder?: string;
}): InputBlock {
  return {
    type: 'input',
    block_id: params.block,
    optional: params.optional ?? false,
    label: { type: 'plain_text', text: params.label },
    element: {
      type: 'plain_text_input',
      action_id: params.action,
      max_length: params.max,
      multiline: params.multiline ?? false,
      ...(params.initial ? { initial_value: cutPlain(params.initial, params.max, '') } : {}),
      ...(params.placeholder ? { placeholder: { type: 'plain_text' as const, text: params.placeholder } } : {}),
    },
  };
}

function causeAndFix(problem?: Pick<KnownProblem, 'cause' | 'fix'>): InputBlock[] {
  return [
    textInput({
      block: IDS.blocks.problemCause,
      action: IDS.inputs.problemCause,
      label: 'Root cause (for agents)',
      max: PROBLEM_LIMITS.cause,
      optional: true,
      multiline: true,
      initial: problem?.cause,
    }),
    textInput({
      block: IDS.blocks.problemFix,
      action: IDS.inputs.problemFix,
      label: 'What fixed it',
      max: PROBLEM_LIMITS.fix,
      optional: true,
      multiline: true,
      initial: problem?.fix,
    }),
  ];
}

/**
 * A static select holds at most 100 options, each option's text at most 75 characters and its value 150
 * (https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element,
 * https://docs.slack.dev/reference/block-kit/composition-objects/option-object).
 */
export const PICK_LIMITS = { options: 100, optionText: 75 } as const;

function pickInput(open: ProblemSummary[]): InputBlock {
  return {
    type: 'input',
    block_id: IDS.blocks.problemPick,
    optional: true,
    label: { type: 'plain_text', text: 'Link to an open known problem' },
    element: {
      type: 'static_select',
      action_id: IDS.inputs.problemPick,
      placeholder: { type: 'plain_text', text: 'Newest first' },
      options: open.slice(0, PICK_LIMITS.options).map((p) => ({
        text: { type: 'plain_text' as const, text: cutPlain(p.title, PICK_LIMITS.optionText) || `#${p.id}` },
        value: String(p.id),
      })),
    },
  };
}

/**
 * "Known problem…" from a card: pick one of the open problems, or name a new one (with its cause and fix when
 * already known). Either way the card's ticket is linked to it.
 */
export function linkProblemModal(params: { ticketId: number; open: ProblemSummary[] }): View {
  const blocks: KnownBlock[] = [];
  if (params.open.length > 0) {
    blocks.push(pickInput(params.open), {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '…or start a new known problem:' }],
    });
  }
  blocks.push(
    textInput({
      block: IDS.blocks.problemTitle,
      action: IDS.inputs.problemTitle,
      label: 'New problem’s title',
      max: PROBLEM_LIMITS.title,
      optional: params.open.length > 0,
      placeholder: 'e.g. Jakarta operator backbone upgrade',
    }),
    ...causeAndFix(),
  );
  return {
    type: 'modal',
    callback_id: IDS.views.linkProblem,
    private_metadata: JSON.stringify({ ticketId: params.ticketId }),
    title: { type: 'plain_text', text: cutPlain(`Known problem #${params.ticketId}`, MODAL_TEXT) },
    submit: { type: 'plain_text', text: 'Link' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}

/**
 * Resolving a problem: the cause and fix as now known, and what happens next. The fix is quoted in each
 * customer's update, which an agent still approves.
 */
export function resolveProblemModal(params: { problem: KnownProblem; openTickets: number }): View {
  const { problem, openTickets } = params;
  const next =
    openTickets > 0
      ? `${openTickets} linked ticket${openTickets === 1 ? ' is' : 's are'} still open. Each gets a drafted update ` +
        'on its card; nothing is sent until an agent approves it there (one by one, or all at once).'
      : 'No linked ticket is open, so no update will be drafted.';
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*${untrustedMrkdwn(problem.title, PROBLEM_LIMITS.title)}*` } },
    ...causeAndFix(problem),
    { type: 'context', elements: [{ type: 'mrkdwn', text: next }] },
  ];
  return {
    type: 'modal',
    callback_id: IDS.views.resolveProblem,
    private_metadata: JSON.stringify({ problemId: problem.id }),
    title: { type: 'plain_text', text: cutPlain('Problem fixed', MODAL_TEXT) },
    submit: { type: 'plain_text', text: 'Resolve' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}
