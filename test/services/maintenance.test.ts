import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, slackEvents } from '../../src/db/schema/index.js';
import { pruneOldRows } from '../../src/services/maintenance.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('pruning', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('removes old finished jobs and old event ids, and keeps everything pending or recent', async () => {
    const now = new Date('2026-11-21T00:00:00Z');
    const old = new Date('2026-11-01T00:00:00Z');
    const db = t.database.db;
    await db.insert(outbox).values([
      { kind: 'x', payload: {}, status: 'done', doneAt: old, onceKey: 'old-done' },
      { kind: 'x', payload: {}, status: 'done', doneAt: new Date('2026-11-20T00:00:00Z'), onceKey: 'recent-done' },
      { kind: 'x', payload: {}, status: 'pending', createdAt: old, onceKey: 'old-pending' },
      { kind: 'x', payload: {}, status: 'dead', doneAt: old, onceKey: 'old-dead' },
    ]);
    await db.insert(slackEvents).values([
      { eventId: 'EvOLD', receivedAt: old },
      { eventId: 'EvNEW', receivedAt: new Date('2026-11-20T23:00:00Z') },
    ]);
    expect(await pruneOldRows({ db }, now)).toBe(1);
    expect((await db.select().from(outbox)).map((r) => r.onceKey).sort()).toEqual([
      'old-dead',
      'old-pending',
      'recent-done',
    ]);
    expect((await db.select().from(slackEvents)).map((r) => r.eventId)).toEqual(['EvNEW']);
  });
});
