import { IDS } from '../../src/ids.js';
import type { Harness } from '../support/harness.js';

/** The values Slack sends for the resolve window, as a person filled it in. */
export function resolveValues(p: { side?: string; cause?: string; fix?: string; tell?: boolean }) {
  return {
    [IDS.blocks.side]: {
      [IDS.inputs.side]: {
        type: 'radio_buttons',
        selected_option: p.side ? { value: p.side, text: { type: 'plain_text', text: p.side } } : null,
      },
    },
    [IDS.blocks.rootCause]: { [IDS.inputs.rootCause]: { type: 'plain_text_input', value: p.cause ?? null } },
    [IDS.blocks.fix]: { [IDS.inputs.fix]: { type: 'plain_text_input', value: p.fix ?? null } },
    [IDS.blocks.tellCustomer]: {
      [IDS.inputs.tellCustomer]: { type: 'checkboxes', selected_options: p.tell ? [{ value: 'yes' }] : [] },
    },
  };
}

/** An agent clicks Resolve on the card, and submits the window it opens with where the problem was. */
export async function resolveThroughWindow(
  h: Harness,
  params: { ticketId: number; cardTs: string; userId: string; side?: string },
) {
  const before = h.emulator.callsOf('views.open').length;
  await h.slack.blockAction({
    userId: params.userId,
    channelId: h.app.deps.config.triageChannelId,
    messageTs: params.cardTs,
    actionId: IDS.actions.resolve,
    value: JSON.stringify({ t: params.ticketId }),
  });
  const open = await h.emulator.waitFor(
    () =>
      h.emulator
        .callsOf('views.open')
        .slice(before)
        .find((c) => c.status === 200),
    5000,
    'resolve window',
  );
  const view = open.args.view as { callback_id: string; private_metadata: string };
  return h.slack.viewSubmission({
    userId: params.userId,
    callbackId: view.callback_id,
    privateMetadata: view.private_metadata,
    values: resolveValues({ side: params.side ?? 'not_found' }),
  });
}
