import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { resolveAction } from '../../../src/listeners/actions/resolve.js';
import { resolveByAgent } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, CUSTOMER, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ resolveByAgent: vi.fn() }));

describe('Resolve', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(resolveByAgent).mockReset();
  });
  const click = (userId = AGENT) =>
    blockAction(slack, { actionId: IDS.actions.resolve, channelId: TRIAGE, value: JSON.stringify({ t: 3 }), userId });

  it('resolves the card’s ticket as the clicker', async () => {
    vi.mocked(resolveByAgent).mockResolvedValue({ id: 3, status: 'resolved' } as Ticket);
    const deps = fakeDeps();
    const { args, ack } = click();
    await resolveAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(resolveByAgent).toHaveBeenCalledWith(deps, { ticketId: 3, agentId: AGENT });
    expect(slack.calls).toEqual([]);
  });

  it('passes a refusal on to the clicker only', async () => {
    vi.mocked(resolveByAgent).mockRejectedValue(new NotAnAgentError('resolve tickets'));
    await resolveAction(fakeDeps())(click(CUSTOMER).args);
    expect(slack.callsOf('chat.postEphemeral')).toEqual([
      {
        method: 'chat.postEphemeral',
        args: {
          channel: TRIAGE,
          user: CUSTOMER,
          text: 'Only support agents (members of the triage channel) can resolve tickets.',
        },
      },
    ]);
  });
});
