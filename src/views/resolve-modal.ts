import type { KnownBlock, View } from '@slack/types';
import { CLOSING_NOTE_MAX } from '../domain/closing-note.js';
import { RESOLUTION_LIMITS, RESOLUTION_SIDES, SIDE_LABEL, type Resolution } from '../domain/resolution.js';
import { LANGUAGE_NAME, type Language } from '../domain/taxonomy.js';
import type { ToneFinding } from '../domain/tone.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';
import type { AgentLanguage } from './labels.js';

/*
 * Slack's limits for what these modals hold: a modal's title, submit and close are at most 24 characters, its
 * private_metadata at most 3,000 (https://docs.slack.dev/reference/views/modal-views); a radio button group holds at
 * most 10 options (https://docs.slack.dev/reference/block-kit/block-elements/radio-button-group-element), each
 * option's text and description at most 75 characters and its value 150
 * (https://docs.slack.dev/reference/block-kit/composition-objects/option-object); a plain_text_input's max_length is
 * at most 3,000 (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element).
 */

/** What a radio option says under its label, so the agent can tell the sides apart at a glance. */
const SIDE_HINT: Record<(typeof RESOLUTION_SIDES)[number], Record<AgentLanguage, string>> = {
  customer_network: { en: 'Wi-Fi, mobile data, operator, firewall', zh: 'Wi-Fi、移动数据、运营商、防火墙' },
  customer_device: { en: 'Phone or computer model, OS version, permissions', zh: '机型、系统版本、权限' },
  our_service: { en: 'Our servers, SDK or app', zh: '我方服务器、SDK 或应用' },
  customer_config: { en: 'How they set up or call our SDK/API', zh: '客户的接入方式或 SDK/API 配置' },
  not_found: { en: 'Could not reproduce, or nothing to fix', zh: '无法复现，或无需处理' },
};

/** Step one: where the problem was (required), the cause and the fix (optional), and whether to tell the customer. */
export function resolveModal(params: { ticketId: number; language: AgentLanguage; customerLanguage: Language }): View {
  const L = params.language;
  const options = RESOLUTION_SIDES.map((side) => ({
    text: { type: 'plain_text' as const, text: SIDE_LABEL[side][L] },
    description: { type: 'plain_text' as const, text: SIDE_HINT[side][L] },
    value: side,
  }));
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: IDS.blocks.side,
      label: { type: 'plain_text', text: L === 'zh' ? '问题出在哪里' : 'Where was the problem?' },
      element: { type: 'radio_buttons', action_id: IDS.inputs.side, options },
    },
    {
      type: 'input',
      block_id: IDS.blocks.rootCause,
      optional: true,
      label: { type: 'plain_text', text: L === 'zh' ? '根本原因（一句话）' : 'Root cause (one line)' },
      element: {
        type: 'plain_text_input',
        action_id: IDS.inputs.rootCause,
        max_length: RESOLUTION_LIMITS.rootCause,
        placeholder: {
          type: 'plain_text',
          text: L === 'zh' ? '例如：雅加达运营商骨干网升级' : 'e.g. Jakarta operator backbone upgrade',
        },
      },
    },
    {
      type: 'input',
      block_id: IDS.blocks.fix,
      optional: true,
      label: { type: 'plain_text', text: L === 'zh' ? '如何解决的 / 给客户的建议' : 'What fixed it / what we advised' },
      element: {
        type: 'plain_text_input',
        action_id: IDS.inputs.fix,
        multiline: true,
        max_length: RESOLUTION_LIMITS.fix,
      },
    },
    {
      type: 'input',
      block_id: IDS.blocks.tellCustomer,
      optional: true,
      label: { type: 'plain_text', text: L === 'zh' ? '告知客户' : 'Tell the customer' },
      element: {
        type: 'checkboxes',
        action_id: IDS.inputs.tellCustomer,
        options: [
          {
            text: {
              type: 'plain_text',
              text:
                L === 'zh' ? '在结束消息里说明发生了什么（下一步可修改）' : 'Say what happened in the closing message',
            },
            description: {
              type: 'plain_text',
              text: L === 'zh' ? '发送前您会看到草稿' : 'You review the drafted sentence before anything is sent',
            },
            value: 'yes',
          },
        ],
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: IDS.views.resolve,
    private_metadata: JSON.stringify({ t: params.ticketId }),
    title: { type: 'plain_text', text: cutPlain(`${L === 'zh' ? '解决' : 'Resolve'} #${params.ticketId}`, 24) },
    submit: { type: 'plain_text', text: L === 'zh' ? '解决' : 'Resolve' },
    close: { type: 'plain_text', text: L === 'zh' ? '取消' : 'Cancel' },
    blocks,
  };
}

/** What the note modal carries from step one; JSON of it stays far inside the 3,000 characters of metadata. */
export interface NoteMetadata {
  t: number;
  side: Resolution['side'];
  rootCause: string | null;
  fix: string | null;
}

function findingLines(findings: ToneFinding[]): string {
  return findings
    .map((f) => {
      const mark = f.severity === 'serious' ? ':red_circle:' : ':large_yellow_circle:';
      return `${mark} “${untrustedMrkdwn(f.excerpt, 200)}” — ${f.explanation}`;
    })
    .join('\n');
}

/**
 * Step two: the drafted sentence on what happened, for the agent to edit and approve. Nothing is resolved or sent
 * until this is submitted; with a serious tone finding it comes back with the findings and a "send anyway" box.
 */
export function closingNoteModal(params: {
  ticketId: number;
  resolution: Resolution;
  note: string;
  customerLanguage: Language;
  language: AgentLanguage;
  findings?: ToneFinding[];
}): View {
  const L = params.language;
  const findings = params.findings ?? [];
  const { resolution } = params;
  const customerLanguage = LANGUAGE_NAME[params.customerLanguage] ?? params.customerLanguage;
  const recorded = [
    `*${SIDE_LABEL[resolution.side][L]}*`,
    resolution.rootCause ? untrustedMrkdwn(resolution.rootCause, 200) : '',
    resolution.fix ? `_${L === 'zh' ? '解决' : 'Fix'}:_ ${untrustedMrkdwn(resolution.fix, 600)}` : '',
  ].filter(Boolean);
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: cutMrkdwn(recorded.join('\n'), 2000) }] },
    {
      type: 'input',
      block_id: IDS.blocks.closingNote,
      label: {
        type: 'plain_text',
        text:
          L === 'zh'
            ? `结束消息中告诉客户的话（${customerLanguage}）`
            : `What the closing message tells the customer (${customerLanguage})`,
      },
      element: {
        type: 'plain_text_input',
        action_id: IDS.inputs.closingNote,
        multiline: true,
        max_length: CLOSING_NOTE_MAX,
        initial_value: cutPlain(params.note, CLOSING_NOTE_MAX, ''),
      },
      hint: {
        type: 'plain_text',
        text:
          L === 'zh'
            ? '发送时会检查推卸责任、空洞道歉、无法兑现的承诺和术语。清空则不附加说明。'
            : 'Checked for blame, empty apologies, promises we cannot keep and jargon. Empty it to send no note.',
      },
    },
  ];
  if (findings.length > 0) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(`*Tone check*\n${findingLines(findings)}`, 3000, `… _(${findings.length} findings in all)_`),
      },
    });
    blocks.push({
      type: 'input',
      block_id: IDS.blocks.sendAnyway,
      optional: true,
      label: { type: 'plain_text', text: L === 'zh' ? '仍然发送' : 'Send anyway' },
      element: {
        type: 'checkboxes',
        action_id: IDS.inputs.sendAnyway,
        options: [
          {
            text: {
              type: 'plain_text',
              text:
                L === 'zh' ? '我已阅读检查结果，按原样发送' : 'I have read the findings and want to send this as it is',
            },
            value: 'yes',
          },
        ],
      },
    });
  }
  const metadata: NoteMetadata = { t: params.ticketId, ...resolution };
  return {
    type: 'modal',
    callback_id: IDS.views.resolveNote,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: cutPlain(`${L === 'zh' ? '解决' : 'Resolve'} #${params.ticketId}`, 24) },
    submit: { type: 'plain_text', text: L === 'zh' ? '解决并发送' : 'Resolve & send' },
    close: { type: 'plain_text', text: L === 'zh' ? '取消' : 'Cancel' },
    blocks,
  };
}
