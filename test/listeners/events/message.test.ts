import { describe, expect, it, vi } from 'vitest';
import type { IntakeItem } from '../../../src/db/queries/inbox.js';
import { messageListener } from '../../../src/listeners/events/message.js';
import type { IntakeInbox } from '../../../src/services/intake-inbox.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { CHANNEL, CUSTOMER, eventArgs, fakeDeps } from '../fakes.js';

/** The acknowledgement path's only write, faked: what it was asked to store, and whether it was new. */
function fakeInbox(stored = true) {
  const items: IntakeItem[] = [];
  const inbox = {
    store: vi.fn(async (item: IntakeItem) => {
      items.push(item);
      return stored;
    }),
  } as unknown as IntakeInbox;
  return { inbox, items };
}

const slack = new InProcessSlack();
const shared = { event_id: 'Ev0MSG0001', team_id: 'THOME0001', is_ext_shared_channel: true };

/** https://docs.slack.dev/reference/events/message */
const message = (fields: Record<string, unknown> = {}) => ({
  type: 'message' as const,
  channel: CHANNEL,
  user: CUSTOMER,
  user_team: 'TCUST0001',
  text: '视频一直卡',
  ts: '1772445600.000100',
  channel_type: 'channel',
  event_ts: '1772445600.000100',
  ...fields,
});

describe('message events', () => {
  it('stores a customer’s message as intake work keyed by channel and ts, then wakes the worker', async () => {
    const { inbox, items } = fakeInbox();
    const deps = fakeDeps();
    await messageListener(deps, inbox)(eventArgs(slack, message(), shared));
    expect(items).toEqual([
      {
        kind: 'intake.message',
        lane: 'default',
        rank: 1,
        onceKey: `intake:${CHANNEL}:1772445600.000100`,
        channelId: CHANNEL,
        threadTs: undefined,
        payload: {
          channelId: CHANNEL,
          ts: '1772445600.000100',
          threadTs: undefined,
          userId: CUSTOMER,
          authorTeamId: 'TCUST0001',
          homeTeamId: 'THOME0001',
          sharedChannel: true,
          text: '视频一直卡',
          eventId: 'Ev0MSG0001',
        },
      },
    ]);
    expect(deps.wake).toHaveBeenCalledExactlyOnceWith(['default']);
  });

  it('keys a thread reply to its parent, and does not wake the worker for a redelivery', async () => {
    const { inbox, items } = fakeInbox(false);
    const deps = fakeDeps();
    const reply = message({ ts: '1772445700.000200', thread_ts: '1772445600.000100' });
    await messageListener(deps, inbox)(eventArgs(slack, reply, shared));
    expect(items[0]).toMatchObject({ threadTs: '1772445600.000100', onceKey: `intake:${CHANNEL}:1772445700.000200` });
    expect(deps.wake).not.toHaveBeenCalled();
  });

  it('stores edits and deletions with their own keys', async () => {
    const { inbox, items } = fakeInbox();
    const edited = {
      type: 'message' as const,
      subtype: 'message_changed',
      channel: CHANNEL,
      ts: '1772445800.000300',
      message: { ts: '1772445600.000100', text: 'now with audio too', user: CUSTOMER },
    };
    const deleted = {
      type: 'message' as const,
      subtype: 'message_deleted',
      channel: CHANNEL,
      ts: '1772445900.000400',
      deleted_ts: '1772445600.000100',
    };
    await messageListener(fakeDeps(), inbox)(eventArgs(slack, edited, shared));
    await messageListener(fakeDeps(), inbox)(eventArgs(slack, deleted, shared));
    expect(items.map((i) => [i.kind, i.onceKey])).toEqual([
      ['intake.edit', `edit:${CHANNEL}:1772445600.000100:1772445800.000300`],
      ['intake.delete', `delete:${CHANNEL}:1772445600.000100`],
    ]);
  });

  it('stores nothing for bots, this app, or subtypes that are not someone talking', async () => {
    const { inbox, items } = fakeInbox();
    const deps = fakeDeps();
    await messageListener(deps, inbox)(eventArgs(slack, message({ bot_id: 'BBOT0001' }), shared));
    await messageListener(deps, inbox)(eventArgs(slack, message({ subtype: 'channel_join' }), shared));
    const botEdit = {
      type: 'message' as const,
      subtype: 'message_changed',
      channel: CHANNEL,
      ts: '1772445800.000300',
      message: { ts: '1772445600.000100', text: 'card', bot_id: 'BBOT0001' },
    };
    await messageListener(deps, inbox)(eventArgs(slack, botEdit, shared));
    expect(items).toEqual([]);
    expect(deps.wake).not.toHaveBeenCalled();
  });
});
