import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outbox, tickets } from '../../src/db/schema/index.js';
import { cardPosted } from '../../src/services/card.js';
import { sweepOnce } from '../../src/services/sweep.js';
import { openTicket } from '../../src/services/tickets.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { SERVICE_TEST_NOW, serviceDeps } from '../support/service-deps.js';

describe('the SLA sweep over many due clocks, and their warnings', () => {
  let t: TestDatabase;
  const at = SERVICE_TEST_NOW;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  const deps = () =>
    serviceDeps(t.database.db, {
      triage: 'CTRIAGE',
      agents: ['UAGENT1'],
      env: { SLA_FIRST_RESPONSE: 'urgent=4s,high=4s,medium_high=4s,medium=4s,medium_low=4s', SLA_WARN_AT: '0.5' },
    });
  const warnings = async () =>
    (await t.database.db.select().from(outbox).where(eq(outbox.kind, 'escalation.notify'))).length;

  it('steps every due clock once, a transaction at a time, within its batch', async () => {
    const count = 45;
    for (let i = 0; i < count; i++)
      await openTicket(t.database.db, deps().config, {
        channel: null,
        channelId: `CSWEEP${String(i).padStart(3, '0')}`,
        rootTs: `1772445600.${String(100 + i).padStart(6, '0')}`,
        customerUserId: `UCUST${i}`,
        text: `Calls drop every few minutes, report ${i}`,
        at,
        openedVia: 'message',
      });
    const warnDue = new Date(at.getTime() + 2500);
    // More than one transaction's worth, fewer than the pass may take: a pass of 30 stops at 30.
    expect(await sweepOnce(deps(), { now: warnDue, batchSize: 30 })).toBe(30);
    expect(await sweepOnce(deps(), { now: warnDue })).toBe(count - 30);
    expect(await sweepOnce(deps(), { now: warnDue })).toBe(0);
    expect(await warnings()).toBe(count);
  });

  it('a warning waiting for its card goes as soon as the card is posted, not at its next retry', async () => {
    const later = new Date(Date.now() + 3_600_000);
    await t.database.db.update(outbox).set({ runAt: later }).where(eq(outbox.kind, 'escalation.notify'));
    const [first] = await t.database.db.select().from(tickets).orderBy(tickets.id).limit(1);
    await cardPosted(t.database.db, { ticketId: first!.id, ts: '1772445700.000100' });
    const rows = await t.database.db.select().from(outbox).where(eq(outbox.kind, 'escalation.notify'));
    const due = rows.filter((r) => r.runAt.getTime() <= Date.now());
    expect(due.map((r) => r.onceKey)).toEqual([expect.stringMatching(/^escalation:\d+:1:thread$/)]);
    expect(rows.length - due.length).toBe(rows.length - 1);
  });
});
