import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerChannel } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotFoundError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { channelSettingsSubmit } from '../../../src/listeners/views/channel-settings-submit.js';
import { updateSettings } from '../../../src/services/channels.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CHANNEL, fakeDeps, viewSubmission } from '../fakes.js';

vi.mock('../../../src/services/channels.js', () => ({ updateSettings: vi.fn() }));

const form = (fields: { engineer?: string | null; tier?: string; hours?: string; tz?: string; language?: string }) => ({
  [IDS.blocks.engineer]: {
    [IDS.inputs.engineer]: { type: 'users_select', selected_user: fields.engineer ?? null },
  },
  [IDS.blocks.tier]: {
    [IDS.inputs.tier]: { type: 'static_select', selected_option: { value: fields.tier ?? 'standard' } },
  },
  [IDS.blocks.hours]: { [IDS.inputs.hours]: { type: 'plain_text_input', value: fields.hours ?? null } },
  [IDS.blocks.timeZone]: { [IDS.inputs.timeZone]: { type: 'plain_text_input', value: fields.tz ?? null } },
  [IDS.blocks.language]: {
    [IDS.inputs.language]: { type: 'static_select', selected_option: { value: fields.language ?? 'auto' } },
  },
});

describe('Channel settings modal submit', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(updateSettings).mockReset();
  });
  const submit = (fields: Parameters<typeof form>[0], metadata = JSON.stringify({ channelId: CHANNEL })) =>
    viewSubmission(slack, { callbackId: IDS.views.channelSettings, privateMetadata: metadata, values: form(fields) });

  it('stores what the form says, trimmed, and closes the modal', async () => {
    vi.mocked(updateSettings).mockResolvedValue({} as CustomerChannel);
    const deps = fakeDeps();
    const { args, ack } = submit({
      engineer: 'UENG00002',
      tier: 'enterprise',
      hours: '  mon-fri 09:00-18:00 ',
      tz: ' Asia/Shanghai',
      language: 'zh',
    });
    await channelSettingsSubmit(deps)(args);
    expect(updateSettings).toHaveBeenCalledWith(deps, {
      channelId: CHANNEL,
      actorId: AGENT,
      settings: {
        engineerUserId: 'UENG00002',
        enterprise: true,
        businessHours: 'mon-fri 09:00-18:00',
        timeZone: 'Asia/Shanghai',
        language: 'zh',
      },
    });
    expect(ack.mock.calls).toEqual([[]]);
  });

  it('takes every customer language the modal offers, and nothing else', async () => {
    for (const language of ['zh-Hant', 'ja', 'ar', 'hi'] as const) {
      vi.mocked(updateSettings)
        .mockReset()
        .mockResolvedValue({} as CustomerChannel);
      await channelSettingsSubmit(fakeDeps())(submit({ language }).args);
      expect(vi.mocked(updateSettings).mock.calls[0]![1].settings.language).toBe(language);
    }
    vi.mocked(updateSettings)
      .mockReset()
      .mockResolvedValue({} as CustomerChannel);
    await channelSettingsSubmit(fakeDeps())(submit({ language: 'xx-forged' }).args);
    expect(vi.mocked(updateSettings).mock.calls[0]![1].settings.language).toBeUndefined();
  });

  it('leaves out what was left empty or on "auto"', async () => {
    vi.mocked(updateSettings).mockResolvedValue({} as CustomerChannel);
    await channelSettingsSubmit(fakeDeps())(submit({ hours: '   ' }).args);
    expect(vi.mocked(updateSettings).mock.calls[0]![1].settings).toEqual({
      engineerUserId: undefined,
      enterprise: false,
      businessHours: undefined,
      timeZone: undefined,
      language: undefined,
    });
  });

  it('shows an error under the input its field names, whatever the message says', async () => {
    const cases: Array<[InvalidInputError | NotFoundError, string]> = [
      [new InvalidInputError('Nope.', { field: 'timeZone' }), IDS.blocks.timeZone],
      [new InvalidInputError('Nope.', { field: 'businessHours' }), IDS.blocks.hours],
      // The message mentions hours, but the field is the time zone: the field decides.
      [new InvalidInputError('Business hours need a valid time zone.', { field: 'timeZone' }), IDS.blocks.timeZone],
      [new NotFoundError('This channel is not linked yet.'), IDS.blocks.engineer],
    ];
    for (const [error, block] of cases) {
      vi.mocked(updateSettings).mockRejectedValueOnce(error);
      const { args, ack } = submit({});
      await channelSettingsSubmit(fakeDeps())(args);
      expect(ack.mock.calls).toEqual([[{ response_action: 'errors', errors: { [block]: error.message } }]]);
    }
  });

  it('refuses a modal whose metadata it cannot read', async () => {
    const { args, ack } = submit({}, '{}');
    await channelSettingsSubmit(fakeDeps())(args);
    expect(updateSettings).not.toHaveBeenCalled();
    expect(ack.mock.calls[0]![0]).toMatchObject({
      response_action: 'errors',
      errors: { [IDS.blocks.engineer]: expect.stringContaining('out of date') },
    });
  });
});
