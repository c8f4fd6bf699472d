import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { eventually, sleep } from '../support/eventually.js';
import { resolveThroughWindow } from './resolve-support.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import type { RecordedCall, SlackEmulator } from '../support/slack-emulator.js';

const FAST_SLA = {
  SLA_FIRST_RESPONSE: 'urgent=2s,high=2s,medium_high=2s,medium=5s',
  SLA_NEXT_RESPONSE: 'urgent=2s,high=2s,medium_high=2s',
  SLA_WARN_AT: '0.5',
  ESCALATION_LEAD_AFTER: '1500ms',
  SWEEP_INTERVAL: '100ms',
};

/** Successful posts about ticket #N, by kind of step. */
function steps(emulator: SlackEmulator, ticketId: number) {
  const posts = emulator
    .callsOf('chat.postMessage')
    .filter((c) => c.status === 200 && String(c.args.text).includes(`#${ticketId} in`));
  const is = (c: RecordedCall, mark: string) => String(c.args.text).includes(mark);
  return {
    warnings: posts.filter((c) => is(c, ':warning:')),
    engineer: posts.filter((c) => is(c, ':rotating_light:')),
    lead: posts.filter((c) => is(c, ':sos:')),
  };
}

async function ticketId(h: Harness, ts: string): Promise<number> {
  return (
    await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
      5000,
      'ticket',
    )
  ).id;
}

describe('SLA escalation with targets of seconds', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: FAST_SLA });
    await h.link();
  });
  afterAll(() => h.stop());

  it(
    'warns, then pings the engineer (DM and triage thread), then the lead: after each due time, once ' + 'each',
    async () => {
      const { ts } = await h.customerSays('Calls keep dropping for all our users', { user: 'UCUSTE001' });
      const id = await ticketId(h, ts);
      const [ticket] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, id));
      // The clock starts when the customer wrote (the message ts), as stored on the ticket.
      const started = ticket!.createdAt.getTime();
      await h.emulator.waitFor(() => steps(h.emulator, id).lead.length >= 2, 15_000, 'lead ping');
      await sleep(800);
      const s = steps(h.emulator, id);
      expect(s.warnings).toHaveLength(1);
      expect(s.engineer).toHaveLength(2);
      expect(s.lead).toHaveLength(2);
      // Not before their time: warning at half the 2 s target, engineer at 2 s, lead 1.5 s later.
      expect(s.warnings[0]!.at - started).toBeGreaterThanOrEqual(1000);
      expect(Math.min(...s.engineer.map((c) => c.at)) - started).toBeGreaterThanOrEqual(2000);
      expect(Math.min(...s.lead.map((c) => c.at)) - started).toBeGreaterThanOrEqual(3500);
      expect(Math.min(...s.engineer.map((c) => c.at))).toBeGreaterThan(s.warnings[0]!.at);
      // The engineer's DM and the thread mention; the lead likewise.
      expect(s.engineer.map((c) => c.args.channel).sort()).toEqual([PEOPLE.engineer, PEOPLE.triage].sort());
      expect(s.lead.map((c) => c.args.channel).sort()).toEqual([PEOPLE.lead, PEOPLE.triage].sort());
      const ping = s.engineer.find((c) => c.args.channel === PEOPLE.triage)!;
      expect(String(ping.args.text)).toContain(`<@${PEOPLE.engineer}>`);
      expect(String(ping.args.text)).toMatch(/waited \d+s for a first reply/);
      const card = h.cards().find((c) => c.text.startsWith(`#${id} `))!;
      expect(ping.args.thread_ts).toBe(card.ts);
    },
  );

  it('"I\'m on it" records who took it and stops the next level', async () => {
    const { ts } = await h.customerSays('We cannot connect to any room', { user: 'UCUSTE002' });
    const id = await ticketId(h, ts);
    await h.emulator.waitFor(() => steps(h.emulator, id).engineer.length >= 2, 10_000, 'engineer ping');
    const dm = h.emulator
      .posts()
      .find((m) => m.channel === `D${PEOPLE.engineer.slice(1)}` && m.text.includes(`#${id} in`))!;
    const value = JSON.stringify({
      k: JSON.parse(
        ((dm.blocks as Array<Record<string, any>>).find((b) => b.type === 'actions')!.elements[0] as { value: string })
          .value,
      ).k,
    });
    const res = await h.slack.blockAction({
      userId: PEOPLE.engineer,
      channelId: dm.channel,
      messageTs: dm.ts,
      actionId: IDS.actions.acknowledge,
      value,
    });
    expect(res.status).toBe(200);
    await h.emulator.waitFor(
      () => h.emulator.ephemerals.find((e) => e.user === PEOPLE.engineer && e.text.includes(`#${id}`)),
      5000,
      'ack',
    );
    await sleep(2500);
    expect(steps(h.emulator, id).lead).toHaveLength(0);
    await h.emulator.waitFor(
      () =>
        h.cards().find((c) => c.text.startsWith(`#${id} `) && JSON.stringify(c.blocks).includes('took the escalation')),
      5000,
      'card shows who took it',
    );
  });

  it('a reply before the target means no ping at all', async () => {
    // A medium ticket (5 s target, warning at 2.5 s) leaves room to answer first even on a busy machine.
    const { ts } = await h.customerSays('The screen recording button does nothing', { user: 'UCUSTE003' });
    const id = await ticketId(h, ts);
    await h.agentSays('On it, checking this now; update within 30 minutes.', { threadTs: ts });
    await sleep(6000);
    const s = steps(h.emulator, id);
    expect(s.warnings.length + s.engineer.length + s.lead.length).toBe(0);
  });

  it('a customer message that waits on us starts a new cycle whose pings fire again, once', async () => {
    const { ts } = await h.customerSays('Calls drop again and again', { user: 'UCUSTE004' });
    const id = await ticketId(h, ts);
    await h.agentSays('Looking into it, update within 30 minutes.', { threadTs: ts });
    await h.customerSays('Still dropping, please help', { user: 'UCUSTE004', threadTs: ts });
    const nextCycle = (list: RecordedCall[]) => list.filter((c) => String(c.args.text).includes('for a reply'));
    await h.emulator.waitFor(() => nextCycle(steps(h.emulator, id).engineer).length >= 2, 10_000, 'next-response ping');
    await sleep(500);
    expect(nextCycle(steps(h.emulator, id).warnings)).toHaveLength(1);
    expect(nextCycle(steps(h.emulator, id).engineer)).toHaveLength(2);
  });
});

describe('a channel without a paired engineer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: FAST_SLA });
    await h.link();
    // An agent clears the engineer through the settings modal.
    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.channelSettings,
      privateMetadata: JSON.stringify({ channelId: PEOPLE.customerChannel }),
      values: {
        [IDS.blocks.engineer]: { [IDS.inputs.engineer]: { type: 'users_select', selected_user: null } },
        [IDS.blocks.tier]: { [IDS.inputs.tier]: { type: 'static_select', selected_option: { value: 'standard' } } },
        [IDS.blocks.hours]: { [IDS.inputs.hours]: { type: 'plain_text_input', value: '24/7' } },
        [IDS.blocks.timeZone]: { [IDS.inputs.timeZone]: { type: 'plain_text_input', value: 'Asia/Shanghai' } },
        [IDS.blocks.language]: { [IDS.inputs.language]: { type: 'static_select', selected_option: { value: 'auto' } } },
      },
    });
    expect(res.status).toBe(200);
    const { customerChannels } = await import('../../src/db/schema/index.js');
    await h.app.database.db.update(customerChannels).set({ engineerUserId: null });
  });
  afterAll(() => h.stop());

  it('escalates straight to the support lead at the target', async () => {
    const { ts } = await h.customerSays('Calls drop constantly', { user: 'UCUSTE010' });
    const id = await ticketId(h, ts);
    await h.emulator.waitFor(() => steps(h.emulator, id).lead.length >= 2, 10_000, 'lead ping');
    expect(steps(h.emulator, id).engineer).toHaveLength(0);
  });

  it('refuses bad business hours in the settings modal and keeps the old ones', async () => {
    const res = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.channelSettings,
      privateMetadata: JSON.stringify({ channelId: PEOPLE.customerChannel }),
      values: {
        [IDS.blocks.engineer]: { [IDS.inputs.engineer]: { type: 'users_select', selected_user: PEOPLE.engineer } },
        [IDS.blocks.tier]: { [IDS.inputs.tier]: { type: 'static_select', selected_option: { value: 'enterprise' } } },
        [IDS.blocks.hours]: { [IDS.inputs.hours]: { type: 'plain_text_input', value: 'weekdays nine to five' } },
        [IDS.blocks.timeZone]: { [IDS.inputs.timeZone]: { type: 'plain_text_input', value: '' } },
        [IDS.blocks.language]: { [IDS.inputs.language]: { type: 'static_select', selected_option: { value: 'zh' } } },
      },
    });
    expect(res.json).toMatchObject({
      response_action: 'errors',
      errors: { [IDS.blocks.hours]: expect.stringContaining('should look like') },
    });
    const { customerChannels } = await import('../../src/db/schema/index.js');
    const [row] = await h.app.database.db.select().from(customerChannels);
    expect(row).toMatchObject({ businessHours: '24/7', timeZone: 'Asia/Shanghai', enterprise: false });
  });
});

describe('resolve, rate and reopen', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  it('closes with a rating a customer from another workspace can give, and a later reply reopens', async () => {
    const { ts } = await h.customerSays('The beauty filter makes faces green', { user: 'UCUSTR001' });
    const id = await ticketId(h, ts);
    const card = await h.emulator.waitFor(() => h.cards().find((c) => c.text.startsWith(`#${id} `)), 5000, 'card');
    // The customer's message shows 👀 while we work on it.
    await h.emulator.waitFor(
      () => h.emulator.messages.find((m) => m.ts === ts)?.reactions.get(IDS.reactions.inProgress)?.size,
      5000,
      'in-progress reaction',
    );

    await h.slack.blockAction({
      userId: PEOPLE.customer,
      channelId: PEOPLE.triage,
      messageTs: card.ts,
      actionId: IDS.actions.resolve,
      value: JSON.stringify({ t: id }),
    });
    await sleep(200);
    expect((await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]!.status).toBe('waiting_on_us');

    await resolveThroughWindow(h, { ticketId: id, cardTs: card.ts, userId: PEOPLE.agent });
    const closing = await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text.includes('resolved')),
      5000,
      'closing message',
    );
    await h.emulator.waitFor(
      () => h.emulator.messages.find((m) => m.ts === ts)?.reactions.get(IDS.reactions.resolved)?.size,
      5000,
      'resolved reaction',
    );
    expect(h.emulator.messages.find((m) => m.ts === ts)!.reactions.get(IDS.reactions.inProgress)?.size ?? 0).toBe(0);

    const rate = (userId: string, r: number, teamId: string = PEOPLE.customerTeam) =>
      h.slack.blockAction({
        userId,
        userTeamId: teamId,
        channelId: PEOPLE.customerChannel,
        messageTs: closing.ts,
        // Slack names the thread of a threaded message; without it the click only counts once the closing ts is kept.
        threadTs: ts,
        actionId: `${IDS.actions.rate}_${r}`,
        value: JSON.stringify({ t: id, r }),
      });
    await rate('UCUSTR001', 4);
    const rated = await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]?.rating === 4,
      5000,
      'rating stored',
    );
    expect(rated).toBe(true);
    expect(h.emulator.ephemerals.some((e) => e.user === 'UCUSTR001' && e.text.includes('4/5'))).toBe(true);
    // An agent cannot rate on the customer's behalf.
    await rate(PEOPLE.agent, 1, h.emulator.teamId);
    await sleep(200);
    expect((await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]!.rating).toBe(4);

    await h.customerSays('Thanks!', { user: 'UCUSTR001', threadTs: ts });
    expect((await h.app.database.db.select().from(tickets).where(eq(tickets.id, id)))[0]!.status).toBe('resolved');
    await h.customerSays('It is happening again today', { user: 'UCUSTR001', threadTs: ts });
    const [reopened] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, id));
    expect(reopened).toMatchObject({ status: 'waiting_on_us', cycle: 1, resolvedAt: null });
    await h.emulator.waitFor(
      () => h.emulator.messages.find((m) => m.ts === ts)?.reactions.get(IDS.reactions.inProgress)?.size,
      5000,
      'back in progress',
    );
  });
});
