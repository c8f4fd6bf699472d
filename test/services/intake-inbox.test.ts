import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../../src/db/client.js';
import type { IntakeItem } from '../../src/db/queries/inbox.js';
import { customerChannels, outbox } from '../../src/db/schema/index.js';
import { IntakeInbox } from '../../src/services/intake-inbox.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const dialect = new PgDialect();
const LINKED = 'CLINKED01';
const UNLINKED = 'CSTRANGER';

function message(channelId: string, ts: string, text = 'Calls keep dropping'): IntakeItem {
  const payload = { channelId, ts, text };
  return { kind: 'intake.message', lane: 'default', rank: 1, onceKey: `intake:${channelId}:${ts}`, channelId, payload };
}

/**
 * The database, counting the statements it is given; `failure` may return an error for a statement
 * (from its parameters), which it then raises instead of running it.
 */
function counting(db: Executor, failure: (params: unknown[]) => Error | undefined = () => undefined) {
  const counter = { statements: 0, db: undefined as unknown as Executor };
  counter.db = new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (query: Parameters<Executor['execute']>[0]) => {
        counter.statements += 1;
        const error = failure(dialect.sqlToQuery(query as never).params);
        if (error) throw error;
        return target.execute(query);
      };
    },
  });
  return counter;
}

/** What PostgreSQL raises for data it cannot take. */
const badData = (marker: string) => (params: unknown[]) =>
  JSON.stringify(params).includes(marker)
    ? Object.assign(new Error('invalid input syntax for type json'), { code: '22P02' })
    : undefined;

describe('the intake inbox', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.database.db.insert(customerChannels).values({ channelId: LINKED, linkedBy: 'UAGENT' });
  });
  beforeEach(async () => {
    await t.database.db.delete(outbox);
  });
  afterAll(() => t.drop());

  it(
    'writes requests that arrive together in one statement, in arrival order, each caller told its own ' + 'outcome',
    async () => {
      const counter = counting(t.database.db);
      const inbox = new IntakeInbox(counter.db, { statements: 1, batch: 200 });
      const linked = Array.from({ length: 40 }, (_, i) => message(LINKED, `1700000000.${String(i).padStart(6, '0')}`));
      const strangers = Array.from({ length: 5 }, (_, i) =>
        message(UNLINKED, `1700000001.${String(i).padStart(6, '0')}`),
      );
      const repeats = linked.slice(0, 5);

      const outcomes = await Promise.all([...linked, ...strangers, ...repeats].map((item) => inbox.store(item)));

      expect(outcomes.slice(0, 40)).toEqual(Array(40).fill(true));
      expect(outcomes.slice(40)).toEqual(Array(10).fill(false));
      expect(counter.statements).toBe(1);
      const rows = await t.database.db.select({ onceKey: outbox.onceKey }).from(outbox).orderBy(asc(outbox.id));
      expect(rows.map((r) => r.onceKey)).toEqual(linked.map((i) => i.onceKey));
    },
  );

  it('stores each message once when statements run side by side and a redelivery races the original', async () => {
    const inbox = new IntakeInbox(t.database.db, { statements: 3, batch: 7 });
    const linked = Array.from({ length: 60 }, (_, i) => message(LINKED, `1700000007.${String(i).padStart(6, '0')}`));
    const outcomes = await Promise.all([...linked, ...linked].map((item) => inbox.store(item)));
    // Exactly one of the two deliveries of each message is the one that stored it.
    for (let i = 0; i < linked.length; i++)
      expect([outcomes[i], outcomes[linked.length + i]].filter(Boolean)).toHaveLength(1);
    const rows = await t.database.db.select({ onceKey: outbox.onceKey }).from(outbox);
    expect(rows.map((r) => r.onceKey).sort()).toEqual(linked.map((i) => i.onceKey).sort());
  });

  it('starts the next statement with what arrived while one was being written', async () => {
    const counter = counting(t.database.db);
    const inbox = new IntakeInbox(counter.db, { statements: 1, batch: 200 });
    const first = inbox.store(message(LINKED, '1700000008.000001'));
    await new Promise((r) => setImmediate(r));
    // The first statement is under way; these wait for it and go together.
    const rest = Array.from({ length: 10 }, (_, i) =>
      inbox.store(message(LINKED, `1700000008.${String(i + 2).padStart(6, '0')}`)),
    );
    expect(await Promise.all([first, ...rest])).toEqual(Array(11).fill(true));
    expect(counter.statements).toBe(2);
  });

  it('stores nothing for a redelivery that comes later', async () => {
    const inbox = new IntakeInbox(t.database.db);
    const item = message(LINKED, '1700000002.000001');
    expect(await inbox.store(item)).toBe(true);
    expect(await inbox.store(item)).toBe(false);
    expect(await t.database.db.$count(outbox)).toBe(1);
  });

  it('takes a reply in a known ticket thread of a channel that is not linked, and nothing else there', async () => {
    const inbox = new IntakeInbox(t.database.db);
    await t.database.db.execute(sql`insert into tickets (id, channel_id, root_ts, customer_user_id, category,
      priority, language, status, created_at, last_customer_message_at)
      values (9001, ${UNLINKED}, '1700000003.000001', 'UCUST', 'other', 'normal', 'en', 'waiting_on_us', now(),
        now())`);
    await t.database.db.execute(
      sql`insert into messages (ticket_id, channel_id, ts, user_id, role, text, created_at)
        values (9001, ${UNLINKED}, '1700000003.000001', 'UCUST', 'customer', 'x', now())`,
    );
    const reply = { ...message(UNLINKED, '1700000003.000002'), threadTs: '1700000003.000001' };
    const elsewhere = { ...message(UNLINKED, '1700000003.000003'), threadTs: '1700000003.999999' };
    expect(await Promise.all([inbox.store(reply), inbox.store(elsewhere)])).toEqual([true, false]);
  });

  it('stores text PostgreSQL would refuse (NUL, half a surrogate pair) with those characters cleaned', async () => {
    const inbox = new IntakeInbox(t.database.db);
    expect(await inbox.store(message(LINKED, '1700000004.000001', 'a\u0000b \ud800 c 👩‍👩‍👧'))).toBe(true);
    const [row] = await t.database.db.select({ payload: outbox.payload }).from(outbox);
    expect(row!.payload.text).toBe('ab \ufffd c 👩‍👩‍👧');
  });

  it('does not let one item the database refuses fail the others written with it', async () => {
    const counter = counting(t.database.db, badData('POISON'));
    const inbox = new IntakeInbox(counter.db, { statements: 1, batch: 200 });
    const items = [
      message(LINKED, '1700000005.000001'),
      message(LINKED, '1700000005.000002', 'POISON'),
      message(LINKED, '1700000005.000003'),
      message(LINKED, '1700000005.000004'),
    ];
    const outcomes = await Promise.allSettled(items.map((i) => inbox.store(i)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const rows = await t.database.db.select({ onceKey: outbox.onceKey }).from(outbox).orderBy(asc(outbox.id));
    expect(rows.map((r) => r.onceKey)).toEqual([items[0], items[2], items[3]].map((i) => i!.onceKey));
  });

  it('fails every caller of a statement when the database itself is unreachable, so Slack delivers again', async () => {
    const broken = counting(t.database.db, () =>
      Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' }),
    );
    const inbox = new IntakeInbox(broken.db, { statements: 1, batch: 200 });
    const outcomes = await Promise.allSettled(
      [message(LINKED, '1700000006.000001'), message(LINKED, '1700000006.000002')].map((i) => inbox.store(i)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await t.database.db.$count(outbox)).toBe(0);
  });
});
