import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../src/db/schema/index.js';
import { eventually } from '../support/eventually.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { newTs } from '../support/slack-requests.js';

/**
 * Complaints shaped to be slow to match, each about 40 KB (within Slack's 40,000 characters): runs of
 * whitespace after a word that starts a pattern, one Han character repeated, one long number.
 */
const CRAFTED = {
  'call + 39,990 spaces': `call${' '.repeat(39_990)}`,
  '仅 × 39,990': '仅'.repeat(39_990),
  '39,990 digits': '1'.repeat(39_990),
  'channel id + spaces + id': `channel id${' '.repeat(19_990)}id${' '.repeat(19_990)}x`,
};

/** Far above a normal answer (tens of ms) and far below the seconds a backtracking pattern takes. */
const STALL_BOUND_MS = 1_000;
const MIN_PROBES = 4;

describe('a crafted complaint does not stall the process', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
    // One ordinary complaint in each language through to its drafted card first: what the first complaint after a
    // start costs once (patterns compiled, modules warmed) is not what a crafted input does, which is what these
    // tests measure.
    for (const [user, words] of [
      ['USTALLWRM', 'Video calls keep dropping in Jakarta since this morning'],
      ['USTALLWRZ', '从今天早上开始，雅加达的视频通话一直掉线'],
    ] as const) {
      const { ts } = await h.customerSays(words, { user });
      const ticket = await eventually(
        async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
        30_000,
        'the warm-up ticket',
      );
      await h.emulator.waitFor(
        () =>
          h
            .cards()
            .find((c) => c.text.startsWith(`#${ticket.id} `) && JSON.stringify(c.blocks).includes('Suggested reply')),
        30_000,
        'the warm-up card with its draft',
      );
    }
  });
  afterAll(() => h.stop());

  for (const [name, text] of Object.entries(CRAFTED)) {
    it(`keeps acknowledging and /healthz answering while "${name}" is taken in and drafted`, async () => {
      const user = `USTALL${String(Object.keys(CRAFTED).indexOf(name)).padStart(3, '0')}`;
      const health: number[] = [];
      const acks: number[] = [];
      // The probe shares this process's event loop: a stall that begins while it sleeps delays its next
      // turn rather than its next request, so the time between turns is measured too.
      const turns: number[] = [];
      let done = false;
      const failures: string[] = [];
      const probe = (async () => {
        let n = 0;
        let last = performance.now();
        // A few turns at least, even when the complaint is through before the probe gets going.
        while (!done || health.length < MIN_PROBES) {
          const started = performance.now();
          turns.push(started - last);
          last = started;
          const res = await fetch(`${h.baseUrl}/healthz`);
          health.push(performance.now() - started);
          if (res.status !== 200) failures.push(`/healthz ${res.status}`);
          if (n++ % 4 === 0) {
            // A message in a channel nobody linked: the whole acknowledgement path, one statement, no ticket.
            const other = await h.slack.event(
              { type: 'message', channel: 'CNOTLINKD', user: 'UPROBE001', text: 'hello', ts: newTs() },
              { shared: false },
            );
            if (other.status !== 200) failures.push(`event ${other.status}`);
            acks.push(other.ms);
          }
          await new Promise((r) => setTimeout(r, 20));
        }
      })().catch((error: unknown) => failures.push(String(error)));
      // The probe runs from before the crafted complaint arrives until everything about it is done.
      await new Promise((r) => setTimeout(r, 100));
      const crafted = await h.customerSays(text, { user, wait: false });
      expect(crafted.status).toBe(200);

      // Taken in, classified, drafted and on its card: every text function has run on it.
      try {
        const ticket = await eventually(
          async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, crafted.ts)))[0],
          30_000,
          'the ticket',
        );
        await h.emulator.waitFor(
          () =>
            h
              .cards()
              .find((c) => c.text.startsWith(`#${ticket.id} `) && JSON.stringify(c.blocks).includes('Suggested reply')),
          30_000,
          'the card with its draft',
        );
      } finally {
        done = true;
        await probe;
      }

      const worst = (xs: number[]) => Math.round(Math.max(...xs));
      expect(failures).toEqual([]);
      expect(health.length).toBeGreaterThanOrEqual(MIN_PROBES);
      expect(acks.length).toBeGreaterThan(0);
      expect(worst(health), `slowest /healthz of ${health.length}`).toBeLessThan(STALL_BOUND_MS);
      expect(worst(turns), `longest turn of ${turns.length}`).toBeLessThan(STALL_BOUND_MS);
      expect(worst(acks), `slowest acknowledgement of ${acks.length}`).toBeLessThan(STALL_BOUND_MS);
    });
  }

  it('a normal complaint is still taken in afterwards', async () => {
    const { ts, status } = await h.customerSays('Video calls keep freezing on 4G', { user: 'USTALL900' });
    expect(status).toBe(200);
    const [ticket] = await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts));
    expect(ticket).toMatchObject({ category: 'av_quality', channelId: PEOPLE.customerChannel });
  });
});
