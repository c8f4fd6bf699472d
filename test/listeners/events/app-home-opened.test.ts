import type { View } from '@slack/types';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appHomeOpenedListener } from '../../../src/listeners/events/app-home-opened.js';
import { buildHome } from '../../../src/services/home.js';
import type { Workspace } from '../../../src/services/workspace.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, eventArgs, fakeDeps } from '../fakes.js';

vi.mock('../../../src/services/home.js', () => ({ buildHome: vi.fn() }));

const home: View = { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Queue' } }] };
/** https://docs.slack.dev/reference/events/app_home_opened */
const opened = (tab: string) => ({
  type: 'app_home_opened' as const,
  user: AGENT,
  channel: 'DAPPHOME1',
  tab,
  event_ts: '1772445600.000100',
});

describe('App Home', () => {
  let slack: InProcessSlack;
  const workspace = {} as Workspace;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(buildHome).mockReset().mockResolvedValue(home);
  });

  it('publishes the view built for the person who opened the Home tab', async () => {
    const deps = fakeDeps();
    await appHomeOpenedListener(deps, workspace)(eventArgs(slack, opened('home')));
    expect(buildHome).toHaveBeenCalledWith(deps, workspace, AGENT);
    expect(slack.callsOf('views.publish').map((c) => c.args)).toEqual([{ user_id: AGENT, view: home }]);
  });

  it('does nothing for the Messages tab', async () => {
    await appHomeOpenedListener(fakeDeps(), workspace)(eventArgs(slack, opened('messages')));
    expect(buildHome).not.toHaveBeenCalled();
    expect(slack.calls).toEqual([]);
  });

  it('logs a refused publish as a warning and does not throw (the event is already acknowledged)', async () => {
    slack.refuse('views.publish', 'invalid_blocks');
    const deps = fakeDeps();
    await appHomeOpenedListener(deps, workspace)(eventArgs(slack, opened('home')));
    expect(deps.log.lines.find((l) => l.level === 'warn')).toMatchObject({ msg: 'could not publish the Home tab' });
  });
});
