import type { KnownBlock, View } from '@slack/types';
import type { Draft } from '../db/schema/index.js';
import { LANGUAGE_NAME, type Language } from '../domain/taxonomy.js';
import type { ToneFinding } from '../domain/tone.js';
import { MAX_REPLY_LENGTH } from '../domain/message-text.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';

/**
 * The reply as the agent will send it. After a submit with serious tone findings the same modal comes
 * back with the findings and a "send anyway" box that must be ticked.
 */
export function editDraftModal(params: {
  draft: Draft;
  text?: string;
  findings?: ToneFinding[];
  /** The customer's language, when the reply is written in another (the agents'): it is translated when sent. */
  customerLanguage?: Language;
}): View {
  const { draft, findings = [] } = params;
  const translated =
    params.customerLanguage && params.customerLanguage !== draft.language
      ? ` Written in ${LANGUAGE_NAME[draft.language]}; translated into ${LANGUAGE_NAME[params.customerLanguage]} ` +
        'and checked before it is sent.'
      : '';
  const reply = params.text ?? draft.reply;
  // Drafts stored before replies were capped may be longer than the box holds: open it anyway, and say so.
  const tooLong = reply.length > MAX_REPLY_LENGTH;
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: IDS.blocks.draftText,
      label: { type: 'plain_text', text: `Reply to the customer (${LANGUAGE_NAME[draft.language] ?? draft.language})` },
      element: {
        type: 'plain_text_input',
        action_id: IDS.inputs.draftText,
        multiline: true,
        max_length: MAX_REPLY_LENGTH,
        initial_value: cutPlain(reply, MAX_REPLY_LENGTH, ''),
      },
      hint: {
        type: 'plain_text',
        text: tooLong
          ? `The draft was longer than ${MAX_REPLY_LENGTH.toLocaleString('en')} characters, the most Slack lets ` +
            `a reply box hold; its end was cut. Read it through before sending.`
          : `Checked for blame, empty apologies, promises we cannot keep and jargon when you send.${translated}`,
      },
    },
  ];
  if (findings.length > 0) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(
          `*Tone check*\n` +
            `${findings
              .map(
                (f) =>
                  `${f.severity === 'serious' ? ':red_circle:' : ':large_yellow_circle:'} “` +
                  `${untrustedMrkdwn(f.excerpt, 200)}” — ${f.explanation}`,
              )
              .join('\n')}`,
          3000,
          `… _(${findings.length} findings in all)_`,
        ),
      },
    });
    blocks.push({
      type: 'input',
      block_id: IDS.blocks.sendAnyway,
      optional: true,
      label: { type: 'plain_text', text: 'Send anyway' },
      element: {
        type: 'checkboxes',
        action_id: IDS.inputs.sendAnyway,
        options: [
          {
            text: { type: 'plain_text', text: 'I have read the findings and want to send this as it is' },
            value: 'yes',
          },
        ],
      },
    });
  }
  return {
    type: 'modal',
    callback_id: IDS.views.editDraft,
    private_metadata: JSON.stringify({ draftId: draft.id }),
    title: { type: 'plain_text', text: cutPlain(`Edit reply #${draft.ticketId}`, 24) },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks,
  };
}
