import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Tell } from '../boundary.js';

export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Answers a modal's submit with an error shown under one input block and keeps the modal open
 * (`response_action: "errors"`, keyed by block_id:
 * https://docs.slack.dev/tools/bolt-js/reference/interfaces/ViewErrorsResponseAction): the block of the
 * error's `field`, per `blocks`, or `fallback` when the error names no field of this form.
 */
export function tellForm(ack: ViewArgs['ack'], fallback: string, blocks: Record<string, string> = {}): Tell {
  return (text, field) => {
    const block = (field !== undefined && blocks[field]) || fallback;
    return ack({ response_action: 'errors', errors: { [block]: text } });
  };
}
