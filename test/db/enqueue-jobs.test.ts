import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJobs } from '../../src/db/queries/outbox.js';
import { outbox } from '../../src/db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('several jobs queued at once', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  const rows = () =>
    t.database.db
      .select({ kind: outbox.kind, onceKey: outbox.onceKey, coalesceKey: outbox.coalesceKey, gen: outbox.generation })
      .from(outbox)
      .orderBy(asc(outbox.id));

  it('stores once-keyed jobs once and marks a pending coalesced job to run again', async () => {
    const receipt = { kind: 'receipt', payload: { ticketId: 1 }, onceKey: 'receipt:1' };
    const card = { kind: 'card', payload: { ticketId: 1 }, coalesceKey: 'card:1' };
    await enqueueJobs(t.database.db, [receipt, card]);
    await enqueueJobs(t.database.db, [receipt, card, { kind: 'draft', payload: {}, onceKey: 'draft:1' }]);
    // The order of ids across the two kinds is not promised; the claim orders by rank and due time.
    const stored = await rows();
    expect(stored).toEqual(
      expect.arrayContaining([
        { kind: 'receipt', onceKey: 'receipt:1', coalesceKey: null, gen: 0 },
        { kind: 'card', onceKey: null, coalesceKey: 'card:1', gen: 1 },
        { kind: 'draft', onceKey: 'draft:1', coalesceKey: null, gen: 0 },
      ]),
    );
    expect(stored).toHaveLength(3);
  });

  it('takes lists of only one kind, and an empty one', async () => {
    await enqueueJobs(t.database.db, [{ kind: 'reaction', payload: {}, onceKey: 'reaction:1' }]);
    await enqueueJobs(t.database.db, [{ kind: 'card', payload: {}, coalesceKey: 'card:2' }]);
    await enqueueJobs(t.database.db, []);
    const keys = (await rows()).map((r) => r.onceKey ?? r.coalesceKey);
    expect(keys.slice(-2)).toEqual(['reaction:1', 'card:2']);
  });
});
