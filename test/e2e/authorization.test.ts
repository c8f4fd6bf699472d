import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerChannels, drafts, ticketRatings, tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { RATING_TEXTS } from '../../src/views/rating-texts.js';
import { eventually, sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';
import { resolveThroughWindow } from './resolve-support.js';

/**
 * A few rows of the authorization table (test/services/authorization-table.test.ts) through the signed HTTP
 * receiver and the Slack emulator: the cases seen in the field.
 */
describe('who may act, through the real app', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
    await h.link(PEOPLE.otherCustomerChannel);
  });
  afterAll(() => h.stop());

  it('/complaints link @customer is refused with the reason; an engineer of ours is paired', async () => {
    h.emulator.addUser(PEOPLE.customer, PEOPLE.customerTeam, 'cora');
    const refused = await h.slack.command({
      text: `link <@${PEOPLE.customer}|cora>`,
      userId: PEOPLE.agent,
      channelId: 'CCUST0009',
    });
    expect(refused.text).toContain('belongs to another workspace');
    const rows = await h.app.database.db
      .select()
      .from(customerChannels)
      .where(eq(customerChannels.channelId, 'CCUST0009'));
    expect(rows).toEqual([]);
  });

  it('Approve with another ticket’s draft in the value is refused and sends nothing', async () => {
    const first = await h.customerSays('We cannot join any room since this morning', { user: 'UCUSTA001' });
    const second = await h.customerSays('Echo in every call', {
      user: PEOPLE.customer2,
      channel: PEOPLE.otherCustomerChannel,
    });
    const mine = await ticketFor(h, first.ts);
    const theirs = await ticketFor(h, second.ts);
    const { card } = await cardWithDraft(h, mine.id);
    const { draft: otherDraft } = await cardWithDraft(h, theirs.id);
    const res = await h.slack.blockAction({
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
      messageTs: card.ts,
      actionId: IDS.actions.approve,
      value: JSON.stringify({ t: mine.id, d: otherDraft.id }),
    });
    expect(res.status).toBe(200);
    await h.emulator.waitFor(
      () =>
        h.emulator.ephemerals.find((e) => e.user === PEOPLE.agent && e.text.includes('does not belong to this card')),
      5000,
      'the refusal',
    );
    await sleep(300);
    const [after] = await h.app.database.db.select().from(drafts).where(eq(drafts.id, otherDraft.id));
    expect(after!.status).toBe('proposed');
    expect(h.emulator.posts({ thread_ts: second.ts }).filter((m) => m.text === otherDraft.reply)).toHaveLength(0);
  });

  it('the rating: the customer’s counts; the engineer’s, a colleague’s and a forged one do not', async () => {
    const { ts } = await h.customerSays('The beauty filter makes faces green', { user: PEOPLE.customer });
    const ticket = await ticketFor(h, ts);
    const card = await h.emulator.waitFor(
      () => h.cards().find((c) => c.text.startsWith(`#${ticket.id} `)),
      5000,
      'card',
    );
    await resolveThroughWindow(h, { ticketId: ticket.id, cardTs: card.ts, userId: PEOPLE.agent });
    const closing = await h.emulator.waitFor(
      () => h.emulator.posts({ thread_ts: ts }).find((m) => m.text.includes('resolved')),
      5000,
      'closing message',
    );
    const stored = await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]?.closingTs,
      5000,
      'closing ts kept',
    );
    expect(stored).toBe(closing.ts);
    const rate = (
      userId: string,
      teamId: string,
      r: number,
      where: { channelId: string; ts: string } = { channelId: PEOPLE.customerChannel, ts: closing.ts },
    ) =>
      h.slack.blockAction({
        userId,
        userTeamId: teamId,
        channelId: where.channelId,
        messageTs: where.ts,
        threadTs: ts,
        actionId: `${IDS.actions.rate}_${r}`,
        value: JSON.stringify({ t: ticket.id, r }),
      });
    await rate(PEOPLE.customer, PEOPLE.customerTeam, 4);
    await eventually(
      async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id)))[0]?.rating === 4,
      5000,
      'rating stored',
    );
    await rate(PEOPLE.engineer, h.emulator.teamId, 1);
    await rate(PEOPLE.colleague, h.emulator.teamId, 1);
    await rate(PEOPLE.customer2, 'TCUST0002', 1, { channelId: PEOPLE.otherCustomerChannel, ts: '1772599999.000100' });
    await sleep(300);
    const [after] = await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(after).toMatchObject({ rating: 4, ratedBy: PEOPLE.customer });
    const ratings = await h.app.database.db.select().from(ticketRatings).where(eq(ticketRatings.ticketId, ticket.id));
    expect(ratings.map((r) => [r.userId, r.rating])).toEqual([[PEOPLE.customer, 4]]);
    const told = (user: string) => h.emulator.ephemerals.filter((e) => e.user === user).map((e) => e.text);
    expect(told(PEOPLE.engineer)).toContain(RATING_TEXTS.en.notYours);
    expect(told(PEOPLE.colleague)).toContain(RATING_TEXTS.en.notYours);
    expect(told(PEOPLE.customer2)).toContain(RATING_TEXTS.en.notThisMessage);
    expect(told(PEOPLE.customer)).toContain(RATING_TEXTS.en.thanks(4));
  });
});
