import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateTicket } from '../../src/db/queries/tickets.js';
import * as schema from '../../src/db/schema/index.js';
import type { Ticket } from '../../src/db/schema/index.js';
import { ticketRating } from '../../src/domain/rating.js';
import { NotAllowedError } from '../../src/errors.js';
import type { ClickPlace } from '../../src/services/card-place.js';
import { linkChannel } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { openTicketManually, rateTicket } from '../../src/services/ticket-actions.js';
import { RATING_TEXTS } from '../../src/views/rating-texts.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { InProcessSlack } from '../support/in-process-slack.js';
import { SERVICE_TEST_NOW, serviceDeps } from '../support/service-deps.js';

const TRIAGE = 'CTRIAGE01';
const SHARED = 'CCUST0001';
const OTHER_SHARED = 'CCUST0002';
const INTERNAL = 'CINTERN01';
const HOME = 'THOME0001';
const CUSTOMER_TEAM = 'TCUST0001';
const OTHER_TEAM = 'TCUST0002';
const AGENT = 'UAGENT001';
const ENGINEER = 'UENG00001';
const LEAD = 'ULEAD0001';
const COLLEAGUE = 'UCOLL0001';
const REQUESTER = 'UCUST0001';
const TEAMMATE = 'UCUST0003';
const TEAMMATE2 = 'UCUST0004';
const OTHER_CUSTOMER = 'UCUST0002';
/** People of our own workspace using an internal (not shared) channel as customers. */
const INTERNAL_USER = 'UINT00001';
const INTERNAL_MEMBER = 'UINT00002';

describe('ratings: only the customer’s side, on the ticket’s own closing message', () => {
  let t: TestDatabase;
  let slack: InProcessSlack;
  let deps: ServiceDeps;
  let clock = SERVICE_TEST_NOW.getTime();
  let seq = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    slack = new InProcessSlack();
    deps = serviceDeps(t.database.db, {
      triage: TRIAGE,
      agents: [AGENT],
      staff: [ENGINEER, LEAD, COLLEAGUE, INTERNAL_USER, INTERNAL_MEMBER],
      env: { SUPPORT_LEAD_USER_ID: LEAD },
      slack,
    });
    deps.now = () => new Date(clock);
    slack.setMembers(INTERNAL, [INTERNAL_USER, INTERNAL_MEMBER, AGENT, ENGINEER]);
    for (const channelId of [SHARED, OTHER_SHARED, INTERNAL])
      await linkChannel(deps, { channelId, actorId: AGENT, engineerUserId: ENGINEER, enterprise: false });
  });
  afterAll(() => t.drop());

  /** A resolved ticket whose closing message went out; `closing: false` for one closed before its ts was kept. */
  async function closedTicket(
    channelId: string,
    customer: { id: string; team?: string },
    opts: { language?: 'en' | 'zh'; closing?: boolean } = {},
  ): Promise<Ticket> {
    seq += 1;
    const { ticket } = await openTicketManually(deps, {
      message: {
        channelId,
        ts: `1772400${String(seq).padStart(3, '0')}.000100`,
        text: opts.language === 'zh' ? '视频通话一直卡' : 'Video calls keep freezing',
        userId: customer.id,
        userTeamId: customer.team,
      },
      agentId: AGENT,
      via: 'shortcut',
    });
    return (await updateTicket(deps.db, {
      ticketId: ticket.id,
      changes: {
        status: 'resolved',
        closingTs: opts.closing === false ? null : `1772500${String(seq).padStart(3, '0')}.000200`,
        ...(opts.language ? { language: opts.language } : {}),
      },
    }))!;
  }

  const closingOf = (ticket: Ticket): ClickPlace => ({
    kind: 'message',
    channelId: ticket.channelId,
    ts: ticket.closingTs ?? '1772599999.000900',
    threadTs: ticket.rootTs,
  });

  const rate = (
    ticket: Ticket,
    userId: string,
    userTeamId: string | undefined,
    rating: number,
    on = closingOf(ticket),
  ) => rateTicket(deps, { ticketId: ticket.id, userId, userTeamId, rating, on });

  const stored = async (ticketId: number) => {
    const [row] = await deps.db.select().from(schema.tickets).where(eq(schema.tickets.id, ticketId));
    const ratings = await deps.db
      .select()
      .from(schema.ticketRatings)
      .where(eq(schema.ticketRatings.ticketId, ticketId));
    return { rating: row!.rating, ratedBy: row!.ratedBy, people: ratings.map((r) => [r.userId, r.rating]).sort() };
  };

  const later = () => {
    clock += 60_000;
  };

  it('the customer rates and is thanked in their language; a later click by them replaces their rating', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM }, { language: 'zh' });
    await expect(rate(ticket, REQUESTER, CUSTOMER_TEAM, 4)).resolves.toMatchObject({ answer: '感谢您的评价（4/5）！' });
    later();
    await rate(ticket, REQUESTER, CUSTOMER_TEAM, 5);
    expect(await stored(ticket.id)).toEqual({ rating: 5, ratedBy: REQUESTER, people: [[REQUESTER, 5]] });
  });

  it('the paired engineer, an agent, the lead and a colleague are refused; nothing changes', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM });
    await rate(ticket, REQUESTER, CUSTOMER_TEAM, 4);
    const before = await stored(ticket.id);
    for (const who of [ENGINEER, AGENT, LEAD, COLLEAGUE]) {
      await expect(rate(ticket, who, HOME, 1)).rejects.toThrow(new NotAllowedError(RATING_TEXTS.en.notYours));
    }
    expect(await stored(ticket.id)).toEqual(before);
    expect(before).toEqual({ rating: 4, ratedBy: REQUESTER, people: [[REQUESTER, 4]] });
  });

  it('a customer of another workspace is refused, in this ticket’s channel or from their own', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM }, { language: 'zh' });
    const theirs = await closedTicket(OTHER_SHARED, { id: OTHER_CUSTOMER, team: OTHER_TEAM });
    await rate(ticket, REQUESTER, CUSTOMER_TEAM, 4);
    // In this ticket's channel, on its closing message: not their workspace. The refusal is in the ticket's language.
    await expect(rate(ticket, OTHER_CUSTOMER, OTHER_TEAM, 1)).rejects.toThrow(RATING_TEXTS.zh.notYours);
    // Their own ticket's closing message, the value naming this ticket.
    await expect(rate(ticket, OTHER_CUSTOMER, OTHER_TEAM, 1, closingOf(theirs))).rejects.toThrow(
      RATING_TEXTS.zh.notThisMessage,
    );
    // This channel, but not the closing message (a receipt, a reply), and a click from App Home.
    await expect(
      rate(ticket, REQUESTER, CUSTOMER_TEAM, 1, { kind: 'message', channelId: SHARED, ts: ticket.rootTs }),
    ).rejects.toThrow(NotAllowedError);
    await expect(rate(ticket, REQUESTER, CUSTOMER_TEAM, 1, { kind: 'view' })).rejects.toThrow(NotAllowedError);
    expect(await stored(ticket.id)).toEqual({ rating: 4, ratedBy: REQUESTER, people: [[REQUESTER, 4]] });
    expect(await stored(theirs.id)).toEqual({ rating: null, ratedBy: null, people: [] });
  });

  it('several of the customer’s team: one rating each; the requester’s counts, else the latest', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM });
    await rate(ticket, TEAMMATE, CUSTOMER_TEAM, 2);
    expect(await stored(ticket.id)).toMatchObject({ rating: 2, ratedBy: TEAMMATE });
    later();
    await rate(ticket, TEAMMATE2, CUSTOMER_TEAM, 3);
    expect(await stored(ticket.id)).toMatchObject({ rating: 3, ratedBy: TEAMMATE2 });
    later();
    await rate(ticket, REQUESTER, CUSTOMER_TEAM, 4);
    later();
    // A teammate's later rating no longer moves the ticket's: the requester has spoken.
    await rate(ticket, TEAMMATE, CUSTOMER_TEAM, 1);
    expect(await stored(ticket.id)).toEqual({
      rating: 4,
      ratedBy: REQUESTER,
      people: [
        [REQUESTER, 4],
        [TEAMMATE, 1],
        [TEAMMATE2, 3],
      ],
    });
  });

  it('a channel not shared: a non-agent member rates; agents, the engineer, non-members do not', async () => {
    const ticket = await closedTicket(INTERNAL, { id: INTERNAL_USER, team: HOME });
    await expect(rate(ticket, INTERNAL_MEMBER, HOME, 3)).resolves.toMatchObject({
      answer: 'Thank you for rating us 3/5!',
    });
    for (const who of [AGENT, ENGINEER, COLLEAGUE])
      await expect(rate(ticket, who, HOME, 1)).rejects.toThrow(RATING_TEXTS.en.notYours);
    // Someone of another workspace in a channel we never shared with them.
    await expect(rate(ticket, OTHER_CUSTOMER, OTHER_TEAM, 1)).rejects.toThrow(RATING_TEXTS.en.notYours);
    expect(await stored(ticket.id)).toEqual({ rating: 3, ratedBy: INTERNAL_MEMBER, people: [[INTERNAL_MEMBER, 3]] });
  });

  it('closed before its closing message was kept: a message in its own thread, not another', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM }, { closing: false });
    await expect(
      rate(ticket, REQUESTER, CUSTOMER_TEAM, 2, {
        kind: 'message',
        channelId: SHARED,
        ts: '1772599999.000100',
        threadTs: '1772000000.000100',
      }),
    ).rejects.toThrow(RATING_TEXTS.en.notThisMessage);
    await rate(ticket, REQUESTER, CUSTOMER_TEAM, 5);
    expect(await stored(ticket.id)).toMatchObject({ rating: 5 });
  });

  it('a rating is a whole number from 1 to 5', async () => {
    const ticket = await closedTicket(SHARED, { id: REQUESTER, team: CUSTOMER_TEAM });
    await expect(rate(ticket, REQUESTER, CUSTOMER_TEAM, 9)).rejects.toThrow('whole number from 1 to 5');
  });
});

describe('ticketRating: the one rating a ticket shows', () => {
  const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 10, m));
  it('is the requester’s, whenever they rated', () => {
    expect(
      ticketRating(
        [
          { userId: 'UA', rating: 2, ratedAt: at(5) },
          { userId: 'UREQ', rating: 4, ratedAt: at(1) },
        ],
        'UREQ',
      ),
    ).toMatchObject({ userId: 'UREQ', rating: 4 });
  });
  it('is otherwise the most recent, the same whatever order the rows come in; none without ratings', () => {
    const rows = [
      { userId: 'UA', rating: 2, ratedAt: at(5) },
      { userId: 'UB', rating: 5, ratedAt: at(7) },
      { userId: 'UC', rating: 1, ratedAt: at(7) },
    ];
    expect(ticketRating(rows, 'UREQ')).toMatchObject({ userId: 'UC', rating: 1 });
    expect(ticketRating([...rows].reverse(), 'UREQ')).toMatchObject({ userId: 'UC', rating: 1 });
    expect(ticketRating([], 'UREQ')).toBeUndefined();
  });
});
