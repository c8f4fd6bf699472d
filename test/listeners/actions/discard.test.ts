import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { discardAction } from '../../../src/listeners/actions/discard.js';
import { discardDraft } from '../../../src/services/drafts.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/drafts.js', () => ({ discardDraft: vi.fn() }));

describe('Discard', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(discardDraft).mockReset();
  });
  const click = (value = JSON.stringify({ t: 3, d: 7 })) =>
    blockAction(slack, { actionId: IDS.actions.discard, channelId: TRIAGE, value });

  it('discards the card’s draft as the clicker; the card itself shows the result', async () => {
    vi.mocked(discardDraft).mockResolvedValue(true);
    const deps = fakeDeps();
    const { args, ack } = click();
    await discardAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(discardDraft).toHaveBeenCalledWith(deps, { draftId: 7, ticketId: 3, agentId: AGENT, on: clickedOn() });
    expect(slack.calls).toEqual([]);
  });

  it('says so when the draft was already handled', async () => {
    vi.mocked(discardDraft).mockResolvedValue(false);
    await discardAction(fakeDeps())(click().args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe('This draft was already handled.');
  });

  it('passes on a refusal, and refuses a card without a draft itself', async () => {
    vi.mocked(discardDraft).mockRejectedValue(new NotAnAgentError('discard drafts'));
    await discardAction(fakeDeps())(click().args);
    await discardAction(fakeDeps())(click(JSON.stringify({ t: 3 })).args);
    expect(discardDraft).toHaveBeenCalledOnce();
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual([
      'Only support agents (members of the triage channel) can discard drafts.',
      'There is no draft to discard on this card.',
    ]);
  });
});
