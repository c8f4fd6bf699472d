import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerChannel } from '../../../src/db/schema/index.js';
import { NotFoundError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { channelSettingsAction } from '../../../src/listeners/actions/channel-settings.js';
import { channelForSettings } from '../../../src/services/channels.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, CHANNEL, fakeDeps } from '../fakes.js';

vi.mock('../../../src/services/channels.js', () => ({ channelForSettings: vi.fn() }));

const channel = {
  channelId: CHANNEL,
  name: 'acme-support',
  engineerUserId: 'UENG00001',
  enterprise: true,
  businessHours: 'mon-fri 09:00-18:00',
  timeZone: 'Asia/Shanghai',
  holidays: [],
  language: 'zh',
  linkedBy: AGENT,
  createdAt: new Date('2026-03-01T00:00:00Z'),
  updatedAt: new Date('2026-03-01T00:00:00Z'),
} as unknown as CustomerChannel;

describe('Settings button in App Home', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(channelForSettings).mockReset();
  });
  // App Home: no channel and no response_url in the payload.
  const click = (value?: string) => blockAction(slack, { actionId: IDS.actions.openChannelSettings, value });

  it('opens the settings modal of the channel on the button', async () => {
    vi.mocked(channelForSettings).mockResolvedValue(channel);
    const deps = fakeDeps();
    const { args, ack } = click(CHANNEL);
    await channelSettingsAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(channelForSettings).toHaveBeenCalledWith(deps, { channelId: CHANNEL, actorId: AGENT });
    const [open] = slack.callsOf('views.open');
    expect(open!.args.view).toMatchObject({ callback_id: IDS.views.channelSettings });
    expect(JSON.parse(String((open!.args.view as { private_metadata: string }).private_metadata))).toEqual({
      channelId: CHANNEL,
    });
  });

  it('answers a refusal in a direct message, since App Home has no channel to answer in', async () => {
    vi.mocked(channelForSettings).mockRejectedValue(new NotFoundError('This channel is not linked yet.'));
    await channelSettingsAction(fakeDeps())(click(CHANNEL).args);
    await channelSettingsAction(fakeDeps())(click().args);
    expect(channelForSettings).toHaveBeenCalledOnce();
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postMessage').map((c) => c.args)).toEqual([
      { channel: AGENT, text: 'This channel is not linked yet.' },
      { channel: AGENT, text: 'That button does not name a channel. Please reopen App Home.' },
    ]);
  });
});
