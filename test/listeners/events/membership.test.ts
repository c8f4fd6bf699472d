import { describe, expect, it } from 'vitest';
import { membershipListener } from '../../../src/listeners/events/membership.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CHANNEL, eventArgs, fakeDeps, TRIAGE } from '../fakes.js';

/** https://docs.slack.dev/reference/events/member_joined_channel and member_left_channel */
const membership = (type: 'member_joined_channel' | 'member_left_channel', channel: string) => ({
  type,
  user: AGENT,
  channel,
  channel_type: 'C',
  team: 'THOME0001',
  event_ts: '1772445600.000100',
});

describe('triage channel membership', () => {
  it('forgets who the agents are when someone joins or leaves the triage channel', async () => {
    const deps = fakeDeps();
    const slack = new InProcessSlack();
    await membershipListener(deps)(eventArgs(slack, membership('member_joined_channel', TRIAGE)));
    await membershipListener(deps)(eventArgs(slack, membership('member_left_channel', TRIAGE)));
    expect(deps.people.forget).toHaveBeenCalledTimes(2);
  });

  it('keeps the list when the change is in another channel', async () => {
    const deps = fakeDeps();
    await membershipListener(deps)(eventArgs(new InProcessSlack(), membership('member_joined_channel', CHANNEL)));
    expect(deps.people.forget).not.toHaveBeenCalled();
  });
});
