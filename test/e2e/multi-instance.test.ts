import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { tickets } from '../../src/db/schema/index.js';
import { eventually, sleep } from '../support/eventually.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';
import { BOT_TOKEN, PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { SlackEmulator } from '../support/slack-emulator.js';

describe.runIf(onPostgres)('two app instances on one PostgreSQL', () => {
  const emulator = new SlackEmulator({ token: BOT_TOKEN });
  let db: TestDatabase;
  let secondPool: TestDatabase;
  let a: Harness;
  let b: Harness;

  beforeAll(async () => {
    await emulator.start();
    db = await createTestDatabase();
    const second = await openDatabase({ url: db.url, poolSize: 5 });
    secondPool = { database: second, url: db.url, drop: () => second.close() };
    // A ticket taken in after its warning time is already overdue and gets no warning: the targets leave a busy
    // machine's intake of thirty complaints seconds of room before the first warning is due.
    const env = {
      SLA_FIRST_RESPONSE: 'high=6s',
      SLA_WARN_AT: '0.5',
      ESCALATION_LEAD_AFTER: '1s',
      SWEEP_INTERVAL: '50ms',
      OUTBOX_POLL_INTERVAL: '50ms',
    };
    a = await startHarness({ db, emulator, env });
    b = await startHarness({ db: secondPool, emulator, env });
    await a.link();
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
    await secondPool.drop();
    await db.drop();
    await emulator.stop();
  });

  it('fires every receipt, card and ping exactly once', async () => {
    const count = 30;
    const roots = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        (i % 2 ? a : b).customerSays(`Calls keep dropping, customer ${i}`, {
          user: `UMULTI${String(i).padStart(3, '0')}`,
        }),
      ),
    );
    const rows = await eventually(
      async () => {
        const all = await a.app.database.db.select().from(tickets);
        return all.length === count && all;
      },
      10_000,
      'all tickets',
    );
    const textsFor = (id: number, mark: string) =>
      emulator.posts().filter((m) => m.text.includes(`#${id} in`) && m.text.includes(mark));
    await emulator.waitFor(() => rows.every((t) => textsFor(t.id, ':sos:').length >= 2), 20_000, 'every lead ping');
    await sleep(1000);
    for (const t of rows) {
      expect(textsFor(t.id, ':warning:'), `warning for #${t.id}`).toHaveLength(1);
      expect(textsFor(t.id, ':rotating_light:'), `engineer ping for #${t.id}`).toHaveLength(2);
      expect(textsFor(t.id, ':sos:'), `lead ping for #${t.id}`).toHaveLength(2);
    }
    for (const { ts } of roots)
      expect(emulator.posts({ thread_ts: ts }).filter((m) => m.text.includes('opened ticket'))).toHaveLength(1);
    expect(
      emulator.posts({ channel: PEOPLE.triage }).filter((m) => !m.thread_ts && /^#\d+ · /.test(m.text)),
    ).toHaveLength(count);
    // Both instances did part of the work.
    expect(a.app.metrics.jobsDone.values.size).toBeGreaterThan(0);
    expect(b.app.metrics.jobsDone.values.size).toBeGreaterThan(0);
  });
});
