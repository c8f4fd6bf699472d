import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { openTicketShortcut } from '../../../src/listeners/shortcuts/open-ticket.js';
import { openTicketManually } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CHANNEL, CUSTOMER, fakeDeps, messageShortcut } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ openTicketManually: vi.fn() }));

const message = { ts: '1772445600.000100', text: 'Calls drop <!channel>', user: CUSTOMER, user_team: 'TCUST0001' };

describe('"Open complaint ticket" message shortcut', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(openTicketManually).mockReset();
  });

  it('opens a ticket from the message as the agent who used it, and tells them its number', async () => {
    vi.mocked(openTicketManually).mockResolvedValue({ ticket: { id: 12 } as Ticket, created: true });
    const deps = fakeDeps();
    const { args, ack } = messageShortcut(slack, { message });
    await openTicketShortcut(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(openTicketManually).toHaveBeenCalledWith(deps, {
      message: {
        channelId: CHANNEL,
        ts: message.ts,
        text: message.text,
        userId: CUSTOMER,
        userTeamId: 'TCUST0001',
        botId: undefined,
        threadTs: undefined,
      },
      agentId: AGENT,
      via: 'shortcut',
    });
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args)).toEqual([
      { channel: CHANNEL, user: AGENT, text: 'Opened ticket #12.' },
    ]);
  });

  it('says which ticket a message already is', async () => {
    vi.mocked(openTicketManually).mockResolvedValue({ ticket: { id: 12 } as Ticket, created: false });
    await openTicketShortcut(fakeDeps())(messageShortcut(slack, { message }).args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('This message already is ticket #12.');
  });

  it('passes the service’s refusals on to the person who used it', async () => {
    vi.mocked(openTicketManually).mockRejectedValueOnce(new NotAnAgentError('open tickets'));
    vi.mocked(openTicketManually).mockRejectedValueOnce(
      new InvalidInputError('Tickets are opened from a person’s message, not from an app’s.'),
    );
    await openTicketShortcut(fakeDeps())(messageShortcut(slack, { userId: CUSTOMER, message }).args);
    const fromApp = { ts: message.ts, text: 'Deploy finished', bot_id: 'B0001' };
    await openTicketShortcut(fakeDeps())(messageShortcut(slack, { message: fromApp }).args);
    expect(vi.mocked(openTicketManually).mock.calls[1]![1].message).toMatchObject({
      botId: 'B0001',
      userId: undefined,
    });
    expect(slack.callsOf('chat.postEphemeral').map((c) => [c.args.user, c.args.text])).toEqual([
      [CUSTOMER, 'Only support agents (members of the triage channel) can open tickets.'],
      [AGENT, 'Tickets are opened from a person’s message, not from an app’s.'],
    ]);
  });

  it('refuses a payload without a message, without calling the service', async () => {
    const { args } = messageShortcut(slack, { message: {} });
    await openTicketShortcut(fakeDeps())(args);
    expect(openTicketManually).not.toHaveBeenCalled();
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('That message could not be read.');
  });
});
