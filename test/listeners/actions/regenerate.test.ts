import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { regenerateAction } from '../../../src/listeners/actions/regenerate.js';
import { requestRegeneration } from '../../../src/services/drafts.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/drafts.js', () => ({ requestRegeneration: vi.fn() }));

describe('Regenerate', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(requestRegeneration).mockReset();
  });
  const click = () =>
    blockAction(slack, { actionId: IDS.actions.regenerate, channelId: TRIAGE, value: JSON.stringify({ t: 3, d: 7 }) });

  it('asks for a new draft of the card’s ticket', async () => {
    vi.mocked(requestRegeneration).mockResolvedValue();
    const deps = fakeDeps();
    const { args, ack } = click();
    await regenerateAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(requestRegeneration).toHaveBeenCalledWith(deps, { ticketId: 3, agentId: AGENT, on: clickedOn() });
    expect(slack.calls).toEqual([]);
  });

  it('tells the clicker why nothing will be drafted', async () => {
    vi.mocked(requestRegeneration).mockRejectedValue(
      new InvalidInputError('Ticket #3 is not waiting on us, so there is nothing to draft.'),
    );
    await regenerateAction(fakeDeps())(click().args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe(
      'Ticket #3 is not waiting on us, so there is nothing to draft.',
    );
  });
});
