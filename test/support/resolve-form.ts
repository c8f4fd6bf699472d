import { IDS } from '../../src/ids.js';

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
