import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { resolveAction } from '../../../src/listeners/actions/resolve.js';
import { ticketForResolving } from '../../../src/services/resolution.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/resolution.js', () => ({ ticketForResolving: vi.fn() }));

describe('Resolve', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(ticketForResolving).mockReset();
  });
  const click = (params: { userId?: string; triggerId?: string | null } = {}) =>
    blockAction(slack, {
      actionId: IDS.actions.resolve,
      channelId: TRIAGE,
      value: JSON.stringify({ t: 3 }),
      ...params,
    });

  it('opens the resolve window for the card’s ticket, with the click’s trigger; nothing is resolved yet', async () => {
    vi.mocked(ticketForResolving).mockResolvedValue({ id: 3, status: 'waiting_on_us', language: 'zh' } as Ticket);
    const deps = fakeDeps();
    const { args, ack } = click();
    await resolveAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(ticketForResolving).toHaveBeenCalledWith(deps, { ticketId: 3, agentId: AGENT, on: clickedOn() });
    const [open] = slack.callsOf('views.open');
    expect(open!.args.trigger_id).toBe('1234.5678.abcd');
    expect(open!.args.view).toMatchObject({ callback_id: IDS.views.resolve, private_metadata: '{"t":3}' });
    expect(slack.calls.map((c) => c.method)).toEqual(['views.open']);
  });

  it('passes a refusal on to the clicker only, and opens nothing', async () => {
    vi.mocked(ticketForResolving).mockRejectedValue(new NotAnAgentError('resolve tickets'));
    await resolveAction(fakeDeps())(click({ userId: CUSTOMER }).args);
    expect(slack.callsOf('views.open')).toEqual([]);
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

  it('says so when the ticket was resolved meanwhile', async () => {
    vi.mocked(ticketForResolving).mockRejectedValue(new InvalidInputError('Ticket #3 is already resolved.'));
    await resolveAction(fakeDeps())(click().args);
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('Ticket #3 is already resolved.');
  });

  it('asks for a fresh click when Slack sent no trigger', async () => {
    vi.mocked(ticketForResolving).mockResolvedValue({ id: 3, status: 'waiting_on_us', language: 'en' } as Ticket);
    await resolveAction(fakeDeps())(click({ triggerId: null }).args);
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toMatch(/click again/);
  });
});
