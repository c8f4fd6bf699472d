import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownProblems } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { eventually, sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';

const UPDATE_MARK = 'An update on your report';

describe('a known problem from the card to every linked customer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  const click = (cardTs: string, actionId: string, value: unknown, userId: string = PEOPLE.agent) =>
    h.slack.blockAction({
      userId,
      channelId: PEOPLE.triage,
      messageTs: cardTs,
      actionId,
      value: JSON.stringify(value),
    });
  const updatesPosted = () =>
    h.emulator.posts({ channel: PEOPLE.customerChannel }).filter((m) => m.text.includes(UPDATE_MARK));

  it('links three tickets, drafts three updates that wait for approval, and approve-all sends each once', async () => {
    const first = await h.customerSays('Calls keep dropping in Jakarta since this morning', { user: 'UCUSTK001' });
    const firstTicket = await ticketFor(h, first.ts);
    await cardWithDraft(h, firstTicket.id);

    // An agent names the problem from the first card.
    const created = await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.linkProblem,
      privateMetadata: JSON.stringify({ ticketId: firstTicket.id }),
      values: {
        [IDS.blocks.problemTitle]: {
          [IDS.inputs.problemTitle]: { type: 'plain_text_input', value: 'Jakarta operator backbone upgrade' },
        },
      },
    });
    expect(created.status).toBe(200);
    const [problem] = await eventually(
      async () => {
        const rows = await h.app.database.db.select().from(knownProblems);
        return rows.length > 0 ? rows : undefined;
      },
      5000,
      'problem',
    );

    // New complaints like it are suggested for linking on their cards; one click links each.
    const said = [
      first,
      await h.customerSays('Our calls disconnect every few minutes in Jakarta', { user: 'UCUSTK002' }),
      await h.customerSays('Cannot connect to calls at all from Jakarta', { user: 'UCUSTK003' }),
    ];
    const unlike = await h.customerSays('The beauty filter stopped working in Lagos', { user: 'UCUSTK004' });
    const tickets = await Promise.all(said.map(({ ts }) => ticketFor(h, ts)));
    const cards = await Promise.all(tickets.map((t) => cardWithDraft(h, t.id)));
    for (const [i, t] of tickets.entries()) {
      if (i === 0) continue;
      const card = cards[i]!.card;
      expect(JSON.stringify(card.blocks)).toContain(IDS.actions.linkSuggestedProblem);
      expect(JSON.stringify(card.blocks)).toContain('Jakarta operator backbone upgrade');
      await click(card.ts, IDS.actions.linkSuggestedProblem, { t: t.id, k: problem!.id });
    }
    const unlikeCard = (await cardWithDraft(h, (await ticketFor(h, unlike.ts)).id)).card;
    expect(JSON.stringify(unlikeCard.blocks)).not.toContain(IDS.actions.linkSuggestedProblem);
    for (const c of cards)
      await h.emulator.waitFor(
        () =>
          h.cards().find((x) => x.ts === c.card.ts && JSON.stringify(x.blocks).includes(IDS.actions.resolveProblem)),
        10_000,
        'linked card',
      );

    await h.slack.viewSubmission({
      userId: PEOPLE.agent,
      callbackId: IDS.views.resolveProblem,
      privateMetadata: JSON.stringify({ problemId: problem!.id }),
      values: {
        [IDS.blocks.problemFix]: {
          [IDS.inputs.problemFix]: {
            type: 'plain_text_input',
            value: 'We moved your calls to another route until the operator finished its upgrade.',
          },
        },
      },
    });
    const drafted = await Promise.all(
      tickets.map((t) => cardWithDraft(h, t.id, (d) => d.purpose === 'problem_update')),
    );
    for (const { draft, card } of drafted) {
      expect(draft.reply).toContain(`ticket #${draft.ticketId}`);
      await h.emulator.waitFor(
        () => h.cards().find((x) => x.ts === card.ts && JSON.stringify(x.blocks).includes('Approve all 3 updates')),
        10_000,
        'approve-all button',
      );
    }
    // Drafted, not sent: nothing but the receipts has reached the customers.
    await sleep(500);
    expect(updatesPosted()).toEqual([]);

    // Two clicks on "Approve all" (a double click, or two agents): each customer gets one update.
    const cardTs = drafted[0]!.card.ts;
    const value = { t: tickets[0]!.id, k: problem!.id };
    const answers = await Promise.all([
      click(cardTs, IDS.actions.approveProblemUpdates, value),
      click(cardTs, IDS.actions.approveProblemUpdates, value, PEOPLE.agent2),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await h.emulator.waitFor(() => updatesPosted().length >= 3, 10_000, 'three updates');
    await sleep(800);
    const posted = updatesPosted();
    expect(posted).toHaveLength(3);
    expect(posted.map((m) => m.thread_ts).sort()).toEqual(said.map((s) => s.ts).sort());
    for (const m of posted) expect(m.text).toContain('We moved your calls to another route');
  });
});
