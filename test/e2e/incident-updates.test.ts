import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, incidents, slaClocks, tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { eventually, sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';

/** How each customer's interim update opens, in their language (catalogue `incidentUpdate`). */
const OPENING = { en: 'An update on your report (ticket #', zh: '关于您反馈的问题（工单 #' } as const;

/**
 * An outage on the Slack emulator: three customers report calls dropping in Jakarta, in English and Chinese; the
 * incident card offers an interim update to all of them before any cause is known. A non-agent's clicks change
 * nothing; an agent's form drafts one update per customer (twice submitted, drafted once); "Approve all", clicked
 * twice, sends each customer exactly one update in their language in their own thread, and their clocks stop.
 */
describe('an interim update to every customer of an outage', () => {
  let h: Harness;
  beforeAll(async () => {
    // Slack's per-channel posting limit on: a burst of two, then one a second, 429 with Retry-After.
    h = await startHarness({
      env: { INCIDENT_WINDOW: '10m', INCIDENT_THRESHOLD: '3' },
      emulatorOptions: { postsPerChannelPerSecond: 1, postBurst: 2 },
    });
    await h.link();
  });
  afterAll(() => h.stop());

  const db = () => h.app.database.db;
  const click = (ts: string, actionId: string, value: unknown, userId: string = PEOPLE.agent) =>
    h.slack.blockAction({ userId, channelId: PEOPLE.triage, messageTs: ts, actionId, value: JSON.stringify(value) });
  const incidentCard = (ts: string, shows: string) =>
    h.emulator.waitFor(
      () => h.cards().find((c) => c.ts === ts && JSON.stringify(c.blocks).includes(shows)),
      15_000,
      `incident card showing ${shows}`,
    );
  const interimDrafts = (ids: number[]) =>
    db()
      .select()
      .from(drafts)
      .where(inArray(drafts.ticketId, ids))
      .then((rows) => rows.filter((d) => d.purpose === 'incident_update'));
  const updatesIn = (threadTs: string) =>
    h.emulator
      .posts({ channel: PEOPLE.customerChannel, thread_ts: threadTs })
      .filter((m) => Object.values(OPENING).some((o) => m.text.includes(o)));

  it('drafts one update per customer in their language, and approve-all sends each once; clocks stop', async () => {
    const said = [
      { ...(await h.customerSays('Calls keep dropping for our users in Jakarta', { user: 'UCUSTI001' })), lang: 'en' },
      { ...(await h.customerSays('雅加达的用户通话一直掉线，连不上', { user: 'UCUSTI002' })), lang: 'zh' },
      {
        ...(await h.customerSays('jakarta: the call disconnects after a few seconds', { user: 'UCUSTI003' })),
        lang: 'en',
      },
    ] as const;
    const opened = await Promise.all(said.map((s) => ticketFor(h, s.ts)));
    const ids = opened.map((t) => t.id);
    // Each ticket's first draft is on its card before the incident's updates take its place.
    for (const id of ids) await cardWithDraft(h, id);
    const incident = await eventually(
      async () => {
        const [row] = await db().select().from(incidents);
        return row?.triageTs && row.ticketIds.length === 3 ? row : undefined;
      },
      15_000,
      'incident card posted',
    );
    const cardTs = incident.triageTs!;
    await incidentCard(cardTs, IDS.actions.updateIncidentCustomers);
    const value = { i: incident.id };

    // Someone who is not an agent: told so, no form, nothing drafted.
    const refusedAt = h.emulator.calls.length;
    expect((await click(cardTs, IDS.actions.updateIncidentCustomers, value, PEOPLE.colleague)).status).toBe(200);
    await h.emulator.waitFor(
      () => h.emulator.calls.slice(refusedAt).find((c) => c.method === 'chat.postEphemeral'),
      5000,
      'refusal',
    );
    const refusal = h.emulator.calls.slice(refusedAt).find((c) => c.method === 'chat.postEphemeral')!;
    expect(refusal.args).toMatchObject({ user: PEOPLE.colleague });
    expect(h.emulator.calls.slice(refusedAt).some((c) => c.method === 'views.open')).toBe(false);

    // The agent opens the form from the card, and submits it twice (a double click on Submit).
    const openedAt = h.emulator.calls.length;
    expect((await click(cardTs, IDS.actions.updateIncidentCustomers, value)).status).toBe(200);
    const open = await h.emulator.waitFor(
      () => h.emulator.calls.slice(openedAt).find((c) => c.method === 'views.open' && c.status === 200),
      5000,
      'form opened',
    );
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe(IDS.views.incidentUpdate);
    const submit = () =>
      h.slack.viewSubmission({
        userId: PEOPLE.agent,
        callbackId: view.callback_id,
        privateMetadata: view.private_metadata,
        values: {
          [IDS.blocks.nextUpdate]: {
            [IDS.inputs.nextUpdate]: { type: 'static_select', selected_option: { value: '60' } },
          },
        },
      });
    expect((await Promise.all([submit(), submit()])).map((r) => r.status)).toEqual([200, 200]);
    const interim = await interimDrafts(ids);
    expect(interim.map((d) => [d.ticketId, d.language, d.status]).sort()).toEqual(
      ids.map((id, i) => [id, said[i]!.lang, 'proposed']).sort(),
    );
    for (const d of interim) expect(d.findings).toEqual([]);
    // Drafted, not sent: each waits on its card.
    for (const id of ids) await cardWithDraft(h, id, (d) => d.purpose === 'incident_update');
    await incidentCard(cardTs, 'Approve all 3 updates');
    await sleep(300);
    for (const s of said) expect(updatesIn(s.ts)).toEqual([]);

    // A non-agent's "Approve all" sends nothing.
    await click(cardTs, IDS.actions.approveIncidentUpdates, value, PEOPLE.colleague);
    await sleep(500);
    expect((await interimDrafts(ids)).every((d) => d.status === 'proposed')).toBe(true);
    for (const s of said) expect(updatesIn(s.ts)).toEqual([]);

    // Two clicks on "Approve all" (or two agents at once): each customer gets one update, in their language.
    await Promise.all([
      click(cardTs, IDS.actions.approveIncidentUpdates, value),
      click(cardTs, IDS.actions.approveIncidentUpdates, value, PEOPLE.agent2),
    ]);
    await h.emulator.waitFor(() => said.every((s) => updatesIn(s.ts).length > 0), 15_000, 'three updates');
    await sleep(800);
    for (const [i, s] of said.entries()) {
      const posted = updatesIn(s.ts);
      expect(posted, `updates in thread ${i}`).toHaveLength(1);
      expect(posted[0]!.text).toContain(`${OPENING[s.lang]}${ids[i]}`);
      // The next update's time reaches each customer as a date token, read in their own time zone.
      expect(posted[0]!.text).toMatch(/<!date\^\d+\^\{date_short_pretty\} \{time\}\|\d{4}-\d\d-\d\d \d\d:\d\d UTC>/);
    }

    // An update is a reply: each ticket is answered, its first-reply clock met, and none is resolved.
    await eventually(
      async () => {
        const rows = await db().select().from(tickets).where(inArray(tickets.id, ids));
        return rows.every((t) => t.status === 'waiting_on_customer' && t.firstRespondedAt) ? rows : undefined;
      },
      10_000,
      'tickets answered',
    );
    for (const id of ids) {
      const clocks = await db().select().from(slaClocks).where(eq(slaClocks.ticketId, id));
      expect(clocks.find((c) => c.kind === 'first_response')?.state, `clock of #${id}`).toBe('met');
    }
    await h.emulator.waitFor(
      () => h.cards().find((c) => c.ts === cardTs && !JSON.stringify(c.blocks).includes('Approve all')),
      10_000,
      'incident card without waiting updates',
    );
  }, 90_000);
});
