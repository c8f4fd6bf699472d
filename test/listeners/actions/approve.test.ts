import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/db/schema/index.js';
import { NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { approveAction } from '../../../src/listeners/actions/approve.js';
import { approveDraft } from '../../../src/services/drafts.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/drafts.js', () => ({ approveDraft: vi.fn() }));

const draft = (fields: Partial<Draft>) =>
  ({ id: 7, ticketId: 3, status: 'approved', actedBy: null, ...fields }) as Draft;

describe('Approve & send', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(approveDraft).mockReset();
  });

  const click = (value: string, userId = AGENT) =>
    blockAction(slack, { actionId: IDS.actions.approve, channelId: TRIAGE, value, userId });

  it('acks, approves the card’s draft as the clicker, and says nothing more when it is being sent', async () => {
    vi.mocked(approveDraft).mockResolvedValue({ kind: 'sending', draft: draft({}) });
    const deps = fakeDeps();
    const { args, ack } = click(JSON.stringify({ t: 3, d: 7 }));
    await approveAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(approveDraft).toHaveBeenCalledWith(deps, { draftId: 7, ticketId: 3, agentId: AGENT, on: clickedOn() });
    expect(slack.calls).toEqual([]);
  });

  it('tells a second clicker who sent it, only them, in the channel of the card', async () => {
    vi.mocked(approveDraft).mockResolvedValue({ kind: 'already_handled', draft: draft({ actedBy: 'UAGENT002' }) });
    const { args } = click(JSON.stringify({ t: 3, d: 7 }));
    await approveAction(fakeDeps())(args);
    expect(slack.callsOf('chat.postEphemeral')).toEqual([
      {
        method: 'chat.postEphemeral',
        args: {
          channel: TRIAGE,
          user: AGENT,
          text: 'This draft was already approved by <@UAGENT002>; nothing more was sent.',
        },
      },
    ]);
  });

  it('passes the service’s refusal of a non-agent on to the clicker', async () => {
    vi.mocked(approveDraft).mockRejectedValue(new NotAnAgentError('approve replies'));
    const { args, ack } = click(JSON.stringify({ t: 3, d: 7 }), CUSTOMER);
    await approveAction(fakeDeps())(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(slack.callsOf('chat.postEphemeral')[0]!.args).toMatchObject({
      user: CUSTOMER,
      text: expect.stringContaining('Only support agents'),
    });
  });

  it('refuses a card without a draft or with a value it cannot read, without calling the service', async () => {
    for (const value of [JSON.stringify({ t: 3 }), '{"t":"3"', JSON.stringify({ t: -1, d: 7 })]) {
      const { args, ack } = click(value);
      await approveAction(fakeDeps())(args);
      expect(ack).toHaveBeenCalledOnce();
    }
    expect(approveDraft).not.toHaveBeenCalled();
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual([
      'There is no draft to approve on this card.',
      'That button belongs to a card this app cannot read. Please use the latest card.',
      'That button belongs to a card this app cannot read. Please use the latest card.',
    ]);
  });

  it('logs an unexpected failure with a reference and shows the clicker the same reference', async () => {
    vi.mocked(approveDraft).mockRejectedValue(new Error('connection reset'));
    const deps = fakeDeps();
    const { args } = click(JSON.stringify({ t: 3, d: 7 }));
    await approveAction(deps)(args);
    const logged = deps.log.lines.find((l) => l.level === 'error');
    expect(logged?.fields).toMatchObject({
      where: 'approve',
      user_id: AGENT,
      ref: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    const text = String(slack.callsOf('chat.postEphemeral')[0]!.args.text);
    expect(text).toContain(`quote reference ${logged!.fields.ref}`);
    expect(text).not.toContain('connection reset');
  });
});
