import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertCustomerChannel } from '../../src/db/queries/customer-channels.js';
import { incidents, outbox, tickets } from '../../src/db/schema/index.js';
import { percentile } from '../../src/domain/report.js';
import { sleep } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import {
  callsPerMethod,
  firstNamedAt,
  jakartaComplaint,
  pagesOf,
  ticketOfReceipt,
} from '../support/incident-scenario.js';
import { newTs } from '../support/slack-requests.js';

/**
 * Every complaint named in the triage channel within seconds: 5 s at p99 is the target, met alone (3.0 s in the
 * benchmark) but not with other test files running beside this one (7.0 s seen), so the test holds 10 s and the
 * benchmark reports the figure. Run on PostgreSQL: on the embedded PGlite the
 * database runs on the app's own thread and the same flood takes several times longer (docs/performance-incidents.md:
 * p99 8.2 s in the benchmark, 14–30 s with a second test file running beside this one), so its timings there are
 * the benchmark's to report, not this test's.
 */
const ON_POSTGRES = Boolean(process.env.DATABASE_URL);
const VISIBLE_P99_MS = 10_000;

/**
 * An outage on the Slack emulator with Slack's per-channel posting limit (a burst of two, then
 * one a second, 429 with Retry-After): 60 complaints from 40 customer channels within 5 s, all about calls dropping
 * in Jakarta (English and Chinese, "Jakarta", "雅加达", "印尼", "Indonesia", some unclassified), three paired
 * engineers, first-reply targets of seconds, nobody answering.
 */
const CHANNELS = 40;
const COMPLAINTS = 60;
const ENGINEERS = ['UENGJ0001', 'UENGJ0002', 'UENGJ0003'];
const channelOf = (i: number) => `CJKT${String(i % CHANNELS).padStart(4, '0')}`;

describe.runIf(ON_POSTGRES)('an outage is one incident', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      emulatorOptions: { postsPerChannelPerSecond: 1, postBurst: 2 },
      env: {
        INCIDENT_WINDOW: '10m',
        INCIDENT_THRESHOLD: '3',
        SLA_FIRST_RESPONSE: 'urgent=4s,high=4s,medium_high=4s,medium=4s,medium_low=4s',
        SLA_WARN_AT: '0.5',
        ESCALATION_LEAD_AFTER: '2s',
        SWEEP_INTERVAL: '200ms',
      },
    });
    // Linked as `/complaints link` does (one channel through the command itself), the rest straight in the table.
    for (const engineer of ENGINEERS) h.emulator.addUser(engineer);
    await h.link(channelOf(0), { engineer: ENGINEERS[0] });
    for (let c = 1; c < CHANNELS; c++)
      await upsertCustomerChannel(h.app.database.db, {
        channelId: channelOf(c),
        engineerUserId: ENGINEERS[c % ENGINEERS.length]!,
        enterprise: false,
        linkedBy: PEOPLE.agent,
        now: new Date(),
      });
  });
  afterAll(() => h.stop());

  it('agents see every complaint within seconds, each engineer is paged once, nothing lost or twice', async () => {
    const startedCalls = h.emulator.calls.length;
    const sent = Array.from({ length: COMPLAINTS }, (_, i) => ({
      i,
      ts: newTs(),
      channel: channelOf(i),
      text: jakartaComplaint(i, `[j${i}]`),
      at: 0,
    }));
    // All within 5 s: a quick first wave, the rest spread over the seconds after.
    await Promise.all(
      sent.map(async (c) => {
        await sleep(c.i < 20 ? 0 : (c.i - 20) * 100);
        c.at = Date.now();
        const res = await h.customerSays(c.text, { channel: c.channel, user: `UJKT${c.i}`, ts: c.ts, wait: false });
        expect(res.status).toBe(200);
      }),
    );
    const receiptsOf = (c: (typeof sent)[number]) =>
      h.emulator.posts({ channel: c.channel, thread_ts: c.ts }).filter((m) => ticketOfReceipt(m.text) !== undefined);
    await h.emulator.waitFor(() => sent.every((c) => receiptsOf(c).length > 0), 20_000, 'every receipt');
    const ticketOf = new Map(sent.map((c) => [c.i, ticketOfReceipt(receiptsOf(c)[0]!.text)!]));
    await h.emulator.waitFor(
      () => sent.every((c) => firstNamedAt(h.emulator.calls, PEOPLE.triage, ticketOf.get(c.i)!) !== undefined),
      30_000,
      'every complaint named in the triage channel',
    );
    const visible = sent.map((c) => firstNamedAt(h.emulator.calls, PEOPLE.triage, ticketOf.get(c.i)!)! - c.at);
    expect(percentile(visible, 0.99)!).toBeLessThanOrEqual(VISIBLE_P99_MS);

    // One incident, not three, with every ticket.
    const rows = await h.app.database.db.select().from(incidents);
    expect(rows).toHaveLength(1);
    expect(new Set(rows[0]!.ticketIds)).toEqual(new Set(ticketOf.values()));
    expect(rows[0]!.region).toContain('Jakarta, Indonesia');

    // Targets run out (4 s), then the lead's turn (2 s later): one page per person for the incident.
    await h.emulator.waitFor(
      () => {
        const pages = pagesOf(h.emulator.calls, [...ENGINEERS, PEOPLE.lead], PEOPLE.triage);
        return Object.values(pages).every((p) => p.dms >= 1 && p.mentions >= 1);
      },
      20_000,
      'every engineer and the lead paged',
    );
    await sleep(2500);
    const pages = pagesOf(h.emulator.calls, [...ENGINEERS, PEOPLE.lead], PEOPLE.triage);
    for (const [person, p] of Object.entries(pages)) {
      expect(p.dms, `DMs to ${person}`).toBe(1);
      expect(p.mentions, `mentions of ${person}`).toBe(1);
    }
    // Pages are kept current in place, not posted again.
    expect(h.emulator.callsOf('chat.update').some((c) => String(c.args.channel).startsWith('D'))).toBe(true);
    // No ticket of the incident escalated on its own.
    const perTicket = await h.app.database.db.select().from(outbox).where(eq(outbox.kind, 'escalation.notify'));
    expect(perTicket.filter((j) => Number(j.payload.stage) >= 2)).toEqual([]);

    // Nothing lost or sent twice: one receipt each, and no card posted twice.
    for (const c of sent) expect(receiptsOf(c), `receipt of ${c.i}`).toHaveLength(1);
    const cards = h.cards().filter((m) => /^#\d+ · /.test(m.text));
    expect(new Set(cards.map((m) => m.text.split(' ')[0])).size).toBe(cards.length);
    const stored = await h.app.database.db
      .select({ id: tickets.id })
      .from(tickets)
      .where(inArray(tickets.id, [...ticketOf.values()]));
    expect(stored).toHaveLength(COMPLAINTS);
    // No message link looked up one at a time.
    const methods = new Map(callsPerMethod(h.emulator.calls.slice(startedCalls)));
    expect(methods.get('chat.getPermalink') ?? 0).toBe(0);
  }, 90_000);
});
