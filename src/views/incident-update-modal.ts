import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { DEFAULT_NEXT_UPDATE, NEXT_UPDATE_MINUTES, nextUpdateLabel } from '../domain/incident-update.js';
import { IDS } from '../ids.js';
import { cutPlain } from '../slack/untrusted-text.js';

/** What the form carries to its submit: the incident, the card it was opened from, and when (this round). */
export interface IncidentUpdateMetadata {
  incidentId: number;
  channelId: string;
  ts: string;
  /** ISO time the form opened: updates drafted since then are this round's, so a second submit drafts none. */
  openedAt: string;
}

function option(minutes: (typeof NEXT_UPDATE_MINUTES)[number]): PlainTextOption {
  return { text: { type: 'plain_text', text: nextUpdateLabel(minutes) }, value: String(minutes) };
}

/**
 * "Update every customer…": when they will hear from us next, and what happens on submit. Nothing is sent from
 * here: each customer's update waits on their ticket's card.
 */
export function incidentUpdateModal(params: { metadata: IncidentUpdateMetadata; customers: number }): View {
  const { customers } = params;
  const who = customers === 1 ? 'The customer whose ticket is' : `Each of the ${customers} customers whose ticket is`;
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: IDS.blocks.nextUpdate,
      label: { type: 'plain_text', text: 'When will they hear from us next?' },
      element: {
        type: 'static_select',
        action_id: IDS.inputs.nextUpdate,
        options: NEXT_UPDATE_MINUTES.map(option),
        initial_option: option(DEFAULT_NEXT_UPDATE),
      },
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text:
            `${who} still open gets an update drafted in their own language on their ticket's card: others see ` +
            'the same problem, engineers are on it, and when the next update comes (shown in their own time zone). ' +
            'It replaces the draft waiting there. Nothing is sent until an agent approves it, one by one or all ' +
            'at once from the incident card.',
        },
      ],
    },
  ];
  return {
    type: 'modal',
    callback_id: IDS.views.incidentUpdate,
    private_metadata: JSON.stringify(params.metadata),
    title: { type: 'plain_text', text: cutPlain('Update every customer', 24) },
    submit: { type: 'plain_text', text: 'Draft updates' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}
