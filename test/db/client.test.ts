import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';

describe('the embedded database on disk', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'complaint-desk-client-')), 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'is created on first open (initdb in a process of its own), kept on the next, with its memory ' + 'settings',
    async () => {
      const first = await openDatabase({ pgliteDir: dir });
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
      await first.db.execute(sql`create table kept (id int)`);
      await first.db.execute(sql`insert into kept values (7)`);
      await first.close();

      const again = await openDatabase({ pgliteDir: dir });
      expect(await again.rows(sql`select id from kept`)).toEqual([{ id: 7 }]);
      expect(await again.rows(sql`show shared_buffers`)).toEqual([{ shared_buffers: '16MB' }]);
      await again.close();
    },
  );
});
