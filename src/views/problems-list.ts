import type { Button, KnownBlock } from '@slack/types';
import type { KnownProblem } from '../db/schema/index.js';
import { IDS } from '../ids.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';

/**
 * How much the list shows. A message holds at most 50 blocks (https://docs.slack.dev/reference/block-kit/blocks);
 * one section per problem, so the open ones and the ones waiting for approval together stay well under that.
 */
export const PROBLEMS_LIST_LIMITS = { open: 20, waiting: 10, title: 100 } as const;

export interface ProblemsOverview {
  open: Array<{ problem: KnownProblem; linked: number; openTickets: number }>;
  waiting: Array<{ problem: KnownProblem; pending: number }>;
  /** How many open problems there are in all (the list shows the newest). */
  openTotal: number;
}

function fixedButton(problem: KnownProblem): Button {
  return {
    type: 'button',
    action_id: IDS.actions.resolveProblem,
    text: { type: 'plain_text', text: 'Problem fixed…' },
    value: JSON.stringify({ k: problem.id }),
  };
}

function approveAllButton(problem: KnownProblem, pending: number): Button {
  return {
    type: 'button',
    action_id: IDS.actions.approveProblemUpdates,
    style: 'primary',
    text: { type: 'plain_text', text: `Approve all ${pending}` },
    value: JSON.stringify({ k: problem.id }),
    // The same decision as on the card: many customers at once, so it is asked twice.
    confirm: {
      title: { type: 'plain_text', text: `Send ${pending} updates?` },
      text: {
        type: 'plain_text',
        text: `Each of the ${pending} customers gets the update drafted on their card, once, in their own thread.`,
      },
      confirm: { type: 'plain_text', text: 'Send them all' },
      deny: { type: 'plain_text', text: 'Go back' },
    },
  };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** `/complaints problems`: the open known problems, and resolved ones whose updates wait for approval. */
export function problemsMessage(overview: ProblemsOverview): { text: string; blocks: KnownBlock[] } {
  const open = plural(overview.openTotal, 'open known problem');
  const text = `${open}; ${plural(overview.waiting.length, 'resolved problem')} with updates waiting for approval.`;
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*Known problems* — ${text}` } }];
  for (const { problem, linked, openTickets } of overview.open.slice(0, PROBLEMS_LIST_LIMITS.open)) {
    const title = untrustedMrkdwn(problem.title, PROBLEMS_LIST_LIMITS.title);
    const since = slackDate(problem.createdAt, '{date_short_pretty}');
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `:jigsaw: *${title}* — ${plural(linked, 'ticket')}, ${openTickets} open · since ${since}`,
      },
      accessory: fixedButton(problem),
    });
  }
  if (overview.openTotal > overview.open.length)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${overview.openTotal - overview.open.length} older open problems.` }],
    });
  for (const { problem, pending } of overview.waiting.slice(0, PROBLEMS_LIST_LIMITS.waiting)) {
    const title = untrustedMrkdwn(problem.title, PROBLEMS_LIST_LIMITS.title);
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `:white_check_mark: *${title}* — resolved; ${plural(pending, 'update')} waiting` },
      accessory: approveAllButton(problem, pending),
    });
  }
  if (overview.open.length === 0 && overview.waiting.length === 0)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'None yet. Link a ticket to one with *Known problem…* on its card.' }],
    });
  return { text, blocks };
}
