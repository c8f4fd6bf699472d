import type { View } from '@slack/types';
import type { CustomerChannel } from '../db/schema/index.js';
import { CATALOGUES } from '../domain/catalogue/index.js';
import { LANGUAGE_NAME, LANGUAGES } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { cutPlain } from '../slack/untrusted-text.js';

/** Business hours ("mon-fri 09:00-18:00") and IANA zone names are short; the boxes say so to Slack too. */
const SETTING_LENGTH = 200;

/** A customer channel's settings, editable by agents. */
export function channelSettingsModal(channel: CustomerChannel, defaultTimeZone: string): View {
  const tierOptions = [
    { text: { type: 'plain_text' as const, text: 'Standard' }, value: 'standard' },
    { text: { type: 'plain_text' as const, text: 'Enterprise (top priority, 24/7)' }, value: 'enterprise' },
  ];
  const languageOptions = [
    { text: { type: 'plain_text' as const, text: 'Detect from each message' }, value: 'auto' },
    ...LANGUAGES.map((language) => ({
      text: { type: 'plain_text' as const, text: `${CATALOGUES[language].name} (${LANGUAGE_NAME[language]})` },
      value: language,
    })),
  ];
  return {
    type: 'modal',
    callback_id: IDS.views.channelSettings,
    private_metadata: JSON.stringify({ channelId: channel.channelId }),
    title: { type: 'plain_text', text: 'Customer settings' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `Settings for <#${channel.channelId}>` } },
      {
        type: 'input',
        block_id: IDS.blocks.engineer,
        label: { type: 'plain_text', text: 'Paired engineer' },
        element: {
          type: 'users_select',
          action_id: IDS.inputs.engineer,
          ...(channel.engineerUserId ? { initial_user: channel.engineerUserId } : {}),
        },
      },
      {
        type: 'input',
        block_id: IDS.blocks.tier,
        label: { type: 'plain_text', text: 'Tier' },
        element: {
          type: 'static_select',
          action_id: IDS.inputs.tier,
          options: tierOptions,
          initial_option: tierOptions[channel.enterprise ? 1 : 0],
        },
      },
      {
        type: 'input',
        block_id: IDS.blocks.hours,
        optional: true,
        label: { type: 'plain_text', text: 'Business hours' },
        hint: {
          type: 'plain_text',
          text: 'e.g. "mon-fri 09:00-18:00" or "24/7". Empty: app default (enterprise: 24/7).',
        },
        element: {
          type: 'plain_text_input',
          action_id: IDS.inputs.hours,
          max_length: SETTING_LENGTH,
          ...(channel.businessHours ? { initial_value: cutPlain(channel.businessHours, SETTING_LENGTH, '') } : {}),
        },
      },
      {
        type: 'input',
        block_id: IDS.blocks.timeZone,
        optional: true,
        label: { type: 'plain_text', text: 'Time zone' },
        hint: {
          type: 'plain_text',
          text: cutPlain(`An IANA name such as Asia/Shanghai. Empty: ${defaultTimeZone}.`, 2000),
        },
        element: {
          type: 'plain_text_input',
          action_id: IDS.inputs.timeZone,
          max_length: SETTING_LENGTH,
          ...(channel.timeZone ? { initial_value: cutPlain(channel.timeZone, SETTING_LENGTH, '') } : {}),
        },
      },
      {
        type: 'input',
        block_id: IDS.blocks.language,
        label: { type: 'plain_text', text: 'Customer language' },
        element: {
          type: 'static_select',
          action_id: IDS.inputs.language,
          options: languageOptions,
          initial_option: languageOptions.find((o) => o.value === (channel.language ?? 'auto')),
        },
      },
    ],
  };
}
