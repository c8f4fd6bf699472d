import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { createTestDatabase, onPostgres } from '../support/db.js';

const total = readMigrationFiles({ migrationsFolder: 'drizzle' }).length;

describe('migrations at start', () => {
  it('apply once; a second run finds nothing to do', async () => {
    const t = await createTestDatabase({ migrateNow: false });
    try {
      expect(await migrate(t.database)).toBe(total);
      expect(await migrate(t.database)).toBe(0);
    } finally {
      await t.drop();
    }
  });

  it.runIf(onPostgres)('let two instances that start together both come up (advisory lock)', async () => {
    const t = await createTestDatabase({ migrateNow: false });
    const a = await openDatabase({ url: t.url });
    const b = await openDatabase({ url: t.url });
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      expect(applied.sort()).toEqual([0, total]);
    } finally {
      await a.close();
      await b.close();
      await t.drop();
    }
  });
});
