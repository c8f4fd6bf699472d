import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { outbox } from '../../src/db/schema/index.js';
import { silentLog } from '../../src/logger.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { scheduleDigest } from '../../src/services/digest.js';
import type { PeopleDirectory } from '../../src/services/people.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('weekly digest schedule', () => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  let woken = 0;
  beforeAll(async () => {
    t = await createTestDatabase();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      TRIAGE_CHANNEL_ID: 'C0TRIAGE1',
      DIGEST_SCHEDULE: 'mon 09:00',
      BUSINESS_TZ: 'Asia/Shanghai',
    });
    deps = {
      db: t.database.db,
      config,
      log: silentLog,
      people: {} as PeopleDirectory,
      now: () => new Date(),
      wake: () => woken++,
    };
  });
  afterAll(() => t.drop());

  it('enqueues one digest when its time comes, however often the sweep asks', async () => {
    expect(await scheduleDigest(deps, new Date('2026-11-23T00:59:00Z'))).toBe(false);
    const monday = new Date('2026-11-23T01:00:30Z');
    expect(await scheduleDigest(deps, monday)).toBe(true);
    expect(await scheduleDigest(deps, new Date(monday.getTime() + 5_000))).toBe(false);
    const rows = await t.database.db.select().from(outbox);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'report.post',
      onceKey: 'digest:2026-11-23T01:00:00.000Z',
      payload: { days: 7, digest: true },
    });
    expect(woken).toBe(1);
  });

  it('skips a digest missed by more than a few hours rather than posting it late', async () => {
    expect(await scheduleDigest(deps, new Date('2026-11-25T12:00:00Z'))).toBe(false);
  });
});
