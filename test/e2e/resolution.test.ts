import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';
import { resolveValues } from '../support/resolve-form.js';
import { cardRecorded, openResolveWindow } from './resolve-support.js';

describe('resolving with a cause, through Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  const row = async (id: number) => (await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]!;
  const closings = (ts: string) =>
    h.emulator.posts({ channel: PEOPLE.customerChannel, thread_ts: ts }).filter((m) => m.text.includes('as resolved'));

  async function openResolve(ticketId: number, cardTs: string) {
    const { status, view } = await openResolveWindow(h, { ticketId, cardTs, userId: PEOPLE.agent });
    expect(status).toBe(200);
    return view;
  }

  it('with a cause: the window opens; the cause is stored and on the card; one closing message', async () => {
    const { ts } = await h.customerSays('Echo on every call from Android 14 phones, SDK 4.2', { user: 'UCUSTR001' });
    const ticket = await ticketFor(h, ts);
    const { card } = await cardWithDraft(h, ticket.id);
    const view = await openResolve(ticket.id, card.ts);
    expect(view.callback_id).toBe(IDS.views.resolve);
    // Nothing is resolved by opening the window.
    expect((await row(ticket.id)).status).not.toBe('resolved');

    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: resolveValues({
        side: 'customer_device',
        cause: 'Echo cancellation off on Android 14 with SDK 4.2',
        fix: 'Advised SDK 4.3',
      }),
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const stored = await row(ticket.id);
    expect(stored).toMatchObject({
      status: 'resolved',
      side: 'customer_device',
      rootCause: 'Echo cancellation off on Android 14 with SDK 4.2',
      fix: 'Advised SDK 4.3',
      resolvedBy: PEOPLE.agent,
    });
    const updated = await h.emulator.waitFor(
      () =>
        h
          .cards()
          .find((c) => c.ts === card.ts && JSON.stringify(c.blocks).includes('Echo cancellation off on Android 14')),
      5000,
      'card shows the cause',
    );
    expect(JSON.stringify(updated.blocks)).toContain('Customer device / OS');
    await h.emulator.waitFor(() => closings(ts).length > 0, 5000, 'closing message');
    await sleep(300);
    expect(closings(ts)).toHaveLength(1);
    expect(closings(ts)[0]!.text).not.toContain('Echo cancellation');
  });

  it('without a cause: the side alone resolves it in one submit', async () => {
    const { ts } = await h.customerSays('Calls were choppy this morning', { user: 'UCUSTR002' });
    const ticket = await ticketFor(h, ts);
    const { card } = await cardWithDraft(h, ticket.id);
    const view = await openResolve(ticket.id, card.ts);
    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: resolveValues({ side: 'not_found' }),
    });
    expect(res.status).toBe(200);
    expect(await row(ticket.id)).toMatchObject({ status: 'resolved', side: 'not_found', rootCause: null, fix: null });
    await h.emulator.waitFor(() => closings(ts).length > 0, 5000, 'closing message');
  });

  it('a missing side keeps the window open with the error under it, and resolves nothing', async () => {
    const { ts } = await h.customerSays('Screen share is black for the viewers', { user: 'UCUSTR003' });
    const ticket = await ticketFor(h, ts);
    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.resolve,
      privateMetadata: JSON.stringify({ t: ticket.id }),
      values: resolveValues({ cause: 'Something' }),
    });
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { [IDS.blocks.side]: expect.any(String) } });
    expect((await row(ticket.id)).status).not.toBe('resolved');
  });

  it('telling the customer: the drafted note waits for the agent; the closing carries what they approved', async () => {
    const { ts } = await h.customerSays('All calls in Jakarta dropped for an hour', { user: 'UCUSTR004' });
    const ticket = await ticketFor(h, ts);
    const first = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.resolve,
      privateMetadata: JSON.stringify({ t: ticket.id }),
      values: resolveValues({
        side: 'our_service',
        cause: 'Jakarta node overloaded',
        fix: 'Added capacity',
        tell: true,
      }),
    });
    const next = first.json as { response_action: string; view: { callback_id: string; private_metadata: string } };
    expect(next.response_action).toBe('update');
    expect(next.view.callback_id).toBe(IDS.views.resolveNote);
    expect(JSON.stringify(next.view)).toContain('Jakarta node overloaded');
    await sleep(300);
    expect((await row(ticket.id)).status).not.toBe('resolved');
    expect(closings(ts)).toHaveLength(0);

    const approved = 'The trouble was on our side: one of our Jakarta servers was overloaded. We added capacity.';
    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: next.view.callback_id,
      privateMetadata: next.view.private_metadata,
      values: { [IDS.blocks.closingNote]: { [IDS.inputs.closingNote]: { type: 'plain_text_input', value: approved } } },
    });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await row(ticket.id)).toMatchObject({ status: 'resolved', side: 'our_service' });
    const closing = await h.emulator.waitFor(() => closings(ts)[0], 5000, 'closing message');
    expect(closing.text.startsWith(approved)).toBe(true);
  });
});

describe('ownership, through Slack', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  it('Assign to me, then reassign: stored, on the card, listed first in the owner’s Home', async () => {
    const { ts } = await h.customerSays('Video freezes every few seconds', { user: 'UCUSTO001' });
    const ticket = await ticketFor(h, ts);
    const { card } = await cardWithDraft(h, ticket.id);
    await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: card.ts,
      actionId: IDS.actions.assignToMe,
      value: JSON.stringify({ t: ticket.id }),
    });
    const owned = async () =>
      (await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]!.assigneeId;
    const cardShowsOwner = (user: string, what: string) =>
      h.emulator.waitFor(
        () => h.cards().find((c) => c.ts === card.ts && JSON.stringify(c.blocks).includes(`*Owner*\\n<@${user}>`)),
        5000,
        what,
      );
    const reassignTo = (user: string) =>
      h.slack.blockAction({
        userId: PEOPLE.agent,
        channelId: PEOPLE.triage,
        messageTs: card.ts,
        actionId: IDS.actions.reassign,
        blockId: `${IDS.blocks.ownerPrefix}${ticket.id}`,
        selectedUser: user,
      });
    expect(await owned()).toBe(PEOPLE.agent);
    await cardShowsOwner(PEOPLE.agent, 'card shows the owner');

    await reassignTo(PEOPLE.agent2);
    expect(await owned()).toBe(PEOPLE.agent2);
    await cardShowsOwner(PEOPLE.agent2, 'card shows the new owner');

    // A customer cannot be made the owner; the agent is told why and nothing changes.
    await reassignTo(PEOPLE.customer);
    await h.emulator.waitFor(
      () => h.emulator.ephemerals.find((e) => e.user === PEOPLE.agent && e.text.includes('support agents')),
      5000,
      'refusal',
    );
    expect(await owned()).toBe(PEOPLE.agent2);

    await h.slack.event({
      type: 'app_home_opened',
      user: PEOPLE.agent2,
      channel: 'DHOME',
      tab: 'home',
      event_ts: '1.2',
    });
    const home = await h.emulator.waitFor(
      () => h.emulator.views.find((v) => v.method === 'views.publish' && v.user_id === PEOPLE.agent2),
      10_000,
      'home',
    );
    const blocks = JSON.stringify(home.view.blocks);
    const mine = blocks.slice(blocks.indexOf('My tickets'), blocks.indexOf('Waiting on us'));
    expect(blocks.indexOf('My tickets')).toBeGreaterThan(-1);
    expect(blocks.indexOf('My tickets')).toBeLessThan(blocks.indexOf('Waiting on us'));
    expect(mine).toContain(`*#${ticket.id}*`);
  });
});

describe('the owner in the escalation ping', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: {
        // Long enough that the click lands first on a busy machine; the ping is what is under test.
        SLA_FIRST_RESPONSE: 'urgent=5s,high=5s,medium_high=5s,medium=5s',
        SLA_WARN_AT: '0.5',
        ESCALATION_LEAD_AFTER: '60s',
        SWEEP_INTERVAL: '100ms',
      },
    });
    await h.link();
  });
  afterAll(() => h.stop());

  it('the first ping mentions the owner alongside the paired engineer', async () => {
    const { ts } = await h.customerSays('Calls keep dropping for all our users', { user: 'UCUSTO002' });
    const ticket = await ticketFor(h, ts);
    // Assign to me on the ticket's own card: a control counts only on the card it belongs to.
    const card = await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${ticket.id} `)),
      5000,
      'card',
    );
    await cardRecorded(h, ticket.id, card.ts);
    await h.slack.blockAction({
      userId: PEOPLE.agent2,
      channelId: PEOPLE.triage,
      messageTs: card.ts,
      actionId: IDS.actions.assignToMe,
      value: JSON.stringify({ t: ticket.id }),
    });
    const ping = await h.emulator.waitFor(
      () =>
        h.emulator
          .callsOf('chat.postMessage')
          .find(
            (c) =>
              c.status === 200 &&
              c.args.channel === PEOPLE.triage &&
              String(c.args.text).startsWith(':rotating_light:') &&
              String(c.args.text).includes(`#${ticket.id} in`),
          ),
      15_000,
      'engineer ping',
    );
    const text = String(ping.args.text);
    expect(text).toContain(`<@${PEOPLE.engineer}>`);
    expect(text).toContain(`<@${PEOPLE.agent2}> owns this ticket`);
  });
});
