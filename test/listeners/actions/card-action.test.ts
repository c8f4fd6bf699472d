import { describe, expect, it } from 'vitest';
import { cardAction, tellClicker } from '../../../src/listeners/actions/card-action.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, fakeDeps, TRIAGE } from '../fakes.js';

describe('the opening every card action shares', () => {
  it('acks before the handler runs and hands it the click as read from the payload', async () => {
    const slack = new InProcessSlack();
    const { args, ack } = blockAction(slack, { actionId: 'a', channelId: TRIAGE, value: '{"t":1}' });
    const seen: unknown[] = [];
    await cardAction(fakeDeps(), 'test', async (click) => {
      seen.push(ack.mock.calls.length, click);
      return undefined;
    })(args);
    expect(seen).toEqual([
      1,
      {
        userId: AGENT,
        teamId: 'THOME0001',
        on: clickedOn(TRIAGE),
        triggerId: '1234.5678.abcd',
        channelId: TRIAGE,
        raw: '{"t":1}',
        blockId: 'b1',
        selectedUser: undefined,
      },
    ]);
  });

  it('answers a payload it cannot read without running the handler', async () => {
    const slack = new InProcessSlack();
    const { args } = blockAction(slack, { actionId: 'a', channelId: TRIAGE });
    (args.body as unknown as { actions: unknown[] }).actions = [];
    let ran = false;
    await cardAction(fakeDeps(), 'test', async () => {
      ran = true;
      return 'no';
    })(args);
    expect(ran).toBe(false);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe(
      'That button press could not be read. Please try again.',
    );
  });

  it('tells the clicker ephemerally in a channel, through the response URL without one, else by DM', async () => {
    const slack = new InProcessSlack();
    const inChannel = blockAction(slack, { actionId: 'a', channelId: TRIAGE });
    await tellClicker(inChannel.args)('one');
    const withUrl = blockAction(slack, { actionId: 'a', channelId: TRIAGE });
    delete (withUrl.args.body as { channel?: unknown }).channel;
    await tellClicker(withUrl.args)('two');
    const home = blockAction(slack, { actionId: 'a' });
    await tellClicker(home.args)('three');
    expect(slack.calls.map((c) => [c.method, c.args.channel, c.args.text])).toEqual([
      ['chat.postEphemeral', TRIAGE, 'one'],
      ['chat.postMessage', AGENT, 'three'],
    ]);
    expect(withUrl.respond).toHaveBeenCalledWith({ response_type: 'ephemeral', replace_original: false, text: 'two' });
  });
});
