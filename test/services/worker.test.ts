import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/context.js';
import { silentLog } from '../../src/logger.js';
import { RequestPressure } from '../../src/services/request-pressure.js';
import { OutboxWorker } from '../../src/services/worker.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('the outbox worker under request pressure', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  beforeEach(async () => {
    await t.database.db.delete(outbox);
    await t.database.db.insert(outbox).values(Array.from({ length: 6 }, (_, i) => ({ kind: 'probe', payload: { i } })));
  });
  afterAll(() => t.drop());

  /** A worker whose jobs note how many of them run at once. */
  function probeWorker(pressure: RequestPressure) {
    const seen = { running: 0, most: 0, done: 0 };
    const probe = async () => {
      seen.running += 1;
      seen.most = Math.max(seen.most, seen.running);
      await new Promise((r) => setTimeout(r, 20));
      seen.running -= 1;
      seen.done += 1;
    };
    const deps = { db: t.database.db, log: silentLog } as unknown as JobDeps;
    const worker = new OutboxWorker(deps, { probe }, { pollIntervalMs: 1000, concurrency: 4, pressure });
    return { worker, seen };
  }

  it('runs jobs side by side when no request is being handled', async () => {
    const { worker, seen } = probeWorker(new RequestPressure(5));
    expect(await worker.runOnce()).toBe(6);
    expect(seen).toMatchObject({ most: 4, done: 6 });
    expect(await t.database.db.$count(outbox, eq(outbox.status, 'done'))).toBe(6);
  });

  it('runs one job at a time while requests are being handled, and still finishes them all', async () => {
    const pressure = new RequestPressure(5);
    pressure.begin();
    const { worker, seen } = probeWorker(pressure);
    expect(await worker.runOnce()).toBe(6);
    expect(seen).toMatchObject({ most: 1, done: 6 });
    expect(await t.database.db.$count(outbox, eq(outbox.status, 'done'))).toBe(6);
    pressure.end();
  });

  it('finishes the jobs in hand without waiting for a pause once it is told to stop', async () => {
    const pressure = new RequestPressure(5);
    pressure.begin();
    const { worker, seen } = probeWorker(pressure);
    const started = Date.now();
    const run = worker.runOnce();
    await worker.stop();
    expect(await run).toBe(6);
    expect(seen).toMatchObject({ most: 1, done: 6 });
    // Waiting for a pause before each job would take 6 × 250 ms.
    expect(Date.now() - started).toBeLessThan(1000);
    pressure.end();
  });
});
