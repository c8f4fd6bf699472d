import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAllowedError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { rateAction } from '../../../src/listeners/actions/rate.js';
import { rateTicket } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { blockAction, CHANNEL, CUSTOMER, fakeDeps } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ rateTicket: vi.fn() }));

describe('A customer’s rating', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(rateTicket).mockReset();
  });
  const click = (value: string) =>
    blockAction(slack, { actionId: `${IDS.actions.rate}_4`, channelId: CHANNEL, value, userId: CUSTOMER });

  it('passes who clicked, their workspace and where, and tells them the service’s answer, only them', async () => {
    vi.mocked(rateTicket).mockResolvedValueOnce({ ticket: { id: 3 } as Ticket, answer: '感谢您的评价（4/5）！' });
    vi.mocked(rateTicket).mockResolvedValueOnce({
      ticket: { id: 4 } as Ticket,
      answer: 'Thank you for rating us 5/5!',
    });
    const deps = fakeDeps();
    const { args, ack } = click(JSON.stringify({ t: 3, r: 4 }));
    await rateAction(deps)(args);
    await rateAction(deps)(click(JSON.stringify({ t: 4, r: 5 })).args);
    expect(ack).toHaveBeenCalledOnce();
    expect(vi.mocked(rateTicket).mock.calls[0]).toEqual([
      deps,
      {
        ticketId: 3,
        userId: CUSTOMER,
        userTeamId: slack.teamId,
        rating: 4,
        on: { kind: 'message', channelId: CHANNEL, ts: '1772445500.000100' },
      },
    ]);
    expect(slack.callsOf('chat.postEphemeral').map((c) => [c.args.user, c.args.text])).toEqual([
      [CUSTOMER, '感谢您的评价（4/5）！'],
      [CUSTOMER, 'Thank you for rating us 5/5!'],
    ]);
  });

  it('passes on a refusal in the customer’s words', async () => {
    vi.mocked(rateTicket).mockRejectedValue(new NotAllowedError('这个工单只能由提出问题的客户评价'));
    await rateAction(fakeDeps())(click(JSON.stringify({ t: 3, r: 1 })).args);
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual(['这个工单只能由提出问题的客户评价']);
  });

  it('passes on the service’s refusal and refuses what it cannot read', async () => {
    vi.mocked(rateTicket).mockRejectedValue(new InvalidInputError('A rating is a whole number from 1 to 5.'));
    await rateAction(fakeDeps())(click(JSON.stringify({ t: 3, r: 9 })).args);
    await rateAction(fakeDeps())(click('4').args);
    expect(rateTicket).toHaveBeenCalledOnce();
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual([
      'A rating is a whole number from 1 to 5.',
      'That rating could not be read.',
    ]);
  });
});
