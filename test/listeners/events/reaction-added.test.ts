import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAnAgentError } from '../../../src/errors.js';
import { reactionAddedListener } from '../../../src/listeners/events/reaction-added.js';
import { requestTicketFromReaction } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CHANNEL, CUSTOMER, eventArgs, fakeDeps } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ requestTicketFromReaction: vi.fn() }));

/** https://docs.slack.dev/reference/events/reaction_added */
const reaction = (fields: Record<string, unknown> = {}) => ({
  type: 'reaction_added' as const,
  user: AGENT,
  reaction: 'ticket',
  item_user: CUSTOMER,
  item: { type: 'message', channel: CHANNEL, ts: '1772445600.000100' },
  event_ts: '1772445660.000200',
  ...fields,
});

describe(':ticket: reaction', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(requestTicketFromReaction).mockReset().mockResolvedValue();
  });

  it('asks for a ticket from the message it was put on, with the event id against redelivery', async () => {
    const deps = fakeDeps();
    await reactionAddedListener(deps)(eventArgs(slack, reaction(), { event_id: 'Ev0REACT01' }));
    expect(requestTicketFromReaction).toHaveBeenCalledWith(deps, {
      eventId: 'Ev0REACT01',
      channelId: CHANNEL,
      ts: '1772445600.000100',
      agentId: AGENT,
    });
    expect(slack.calls).toEqual([]);
  });

  it('ignores other emoji and reactions on files, without calling anything', async () => {
    await reactionAddedListener(fakeDeps())(eventArgs(slack, reaction({ reaction: 'eyes' })));
    const onFile = reaction({ item: { type: 'file', file: 'F0001' } });
    await reactionAddedListener(fakeDeps())(eventArgs(slack, onFile));
    expect(requestTicketFromReaction).not.toHaveBeenCalled();
  });

  it('answers nobody when a customer adds :ticket: (events have no one to answer), and logs no error', async () => {
    vi.mocked(requestTicketFromReaction).mockRejectedValue(new NotAnAgentError('open tickets'));
    const deps = fakeDeps();
    await reactionAddedListener(deps)(eventArgs(slack, reaction({ user: CUSTOMER })));
    expect(slack.calls).toEqual([]);
    expect(deps.log.lines.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
  });

  it('logs an unexpected failure with a reference', async () => {
    vi.mocked(requestTicketFromReaction).mockRejectedValue(new Error('database is down'));
    const deps = fakeDeps();
    await reactionAddedListener(deps)(eventArgs(slack, reaction()));
    expect(deps.log.lines.find((l) => l.level === 'error')?.fields).toMatchObject({ where: 'reaction_added' });
  });
});
