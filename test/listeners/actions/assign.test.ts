import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { assignToMeAction } from '../../../src/listeners/actions/assign.js';
import { reassignAction } from '../../../src/listeners/actions/reassign.js';
import { assignTicket } from '../../../src/services/ownership.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/ownership.js', () => ({ assignTicket: vi.fn() }));

const OTHER_AGENT = 'UAGENT002';

describe('Assign to me and reassign', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(assignTicket).mockReset();
    vi.mocked(assignTicket).mockResolvedValue({ ticket: { id: 3 } as Ticket, changed: true });
  });

  it('Assign to me: the clicker owns the card’s ticket; the card says so, no message', async () => {
    const deps = fakeDeps();
    const { args, ack } = blockAction(slack, {
      actionId: IDS.actions.assignToMe,
      channelId: TRIAGE,
      value: JSON.stringify({ t: 3 }),
    });
    await assignToMeAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(assignTicket).toHaveBeenCalledWith(deps, {
      ticketId: 3,
      actorId: AGENT,
      assigneeId: AGENT,
      on: clickedOn(),
    });
    expect(slack.calls).toEqual([]);
  });

  it('reassign: the ticket comes from the picker’s block, the owner from the person picked', async () => {
    const deps = fakeDeps();
    const { args } = blockAction(slack, {
      actionId: IDS.actions.reassign,
      channelId: TRIAGE,
      blockId: `${IDS.blocks.ownerPrefix}3`,
      selectedUser: OTHER_AGENT,
    });
    await reassignAction(deps)(args);
    expect(assignTicket).toHaveBeenCalledWith(deps, {
      ticketId: 3,
      actorId: AGENT,
      assigneeId: OTHER_AGENT,
      on: clickedOn(),
    });
  });

  it('reassign from a block it cannot read changes nothing and says why', async () => {
    const { args } = blockAction(slack, {
      actionId: IDS.actions.reassign,
      channelId: TRIAGE,
      blockId: 'ticket_owner_x',
      selectedUser: OTHER_AGENT,
    });
    await reassignAction(fakeDeps())(args);
    expect(assignTicket).not.toHaveBeenCalled();
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toMatch(/could not be read/);
  });

  it('passes the service’s refusal on to the clicker only', async () => {
    vi.mocked(assignTicket).mockRejectedValue(new NotAnAgentError('assign tickets'));
    const { args } = blockAction(slack, {
      actionId: IDS.actions.assignToMe,
      channelId: TRIAGE,
      value: JSON.stringify({ t: 3 }),
      userId: CUSTOMER,
    });
    await assignToMeAction(fakeDeps())(args);
    expect(slack.callsOf('chat.postEphemeral')).toEqual([
      {
        method: 'chat.postEphemeral',
        args: {
          channel: TRIAGE,
          user: CUSTOMER,
          text: 'Only support agents (members of the triage channel) can assign tickets.',
        },
      },
    ]);
  });

  it('tells the clicker when the person picked is not an agent', async () => {
    vi.mocked(assignTicket).mockRejectedValue(
      new InvalidInputError('Tickets can only be assigned to support agents.', { field: 'assigneeId' }),
    );
    const { args } = blockAction(slack, {
      actionId: IDS.actions.reassign,
      channelId: TRIAGE,
      blockId: `${IDS.blocks.ownerPrefix}3`,
      selectedUser: CUSTOMER,
    });
    await reassignAction(fakeDeps())(args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('Tickets can only be assigned to support agents.');
  });
});
