import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { acknowledgeAction } from '../../../src/listeners/actions/acknowledge.js';
import { acknowledgeEscalation } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { blockAction, clickedOn, fakeDeps } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ acknowledgeEscalation: vi.fn() }));

const ENGINEER = 'UENG00001';
const DM = 'DENG00001';

describe('"I’m on it" on an escalation ping', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(acknowledgeEscalation).mockReset();
  });
  const click = (value = JSON.stringify({ k: 11 })) =>
    blockAction(slack, { actionId: IDS.actions.acknowledge, channelId: DM, value, userId: ENGINEER });

  it('takes the escalation for the clicker and thanks them where they clicked', async () => {
    vi.mocked(acknowledgeEscalation).mockResolvedValue({ ticketId: 3 });
    const deps = fakeDeps();
    const { args, ack } = click();
    await acknowledgeAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(acknowledgeEscalation).toHaveBeenCalledWith(deps, { clockId: 11, userId: ENGINEER, on: clickedOn(DM) });
    expect(slack.callsOf('chat.postEphemeral')[0]!.args).toEqual({
      channel: DM,
      user: ENGINEER,
      text: 'Thanks — you have #3. No one else will be pinged for this wait.',
    });
  });

  it('says who already took it', async () => {
    vi.mocked(acknowledgeEscalation).mockResolvedValue({ ticketId: 3, already: 'UAGENT002' });
    await acknowledgeAction(fakeDeps())(click().args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('<@UAGENT002> already took #3.');
  });

  it('refuses a value it cannot read, and passes on a refusal', async () => {
    vi.mocked(acknowledgeEscalation).mockRejectedValue(new NotAnAgentError('take an escalation'));
    await acknowledgeAction(fakeDeps())(click(JSON.stringify({ k: 'x' })).args);
    await acknowledgeAction(fakeDeps())(click().args);
    expect(acknowledgeEscalation).toHaveBeenCalledOnce();
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual([
      'That escalation could not be read.',
      'Only support agents (members of the triage channel) can take an escalation.',
    ]);
  });
});
