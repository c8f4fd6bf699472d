import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.js';
import { preparedStatements } from '../../src/db/prepared-statements.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';

describe.skipIf(!onPostgres)('queries through drizzle on PostgreSQL', () => {
  let t: TestDatabase;
  let client: postgres.Sql;
  beforeAll(async () => {
    t = await createTestDatabase({ migrateNow: false });
    // One connection, so the statements it has prepared can be listed from it.
    client = postgres(t.url!, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await client.end();
    await t.drop();
  });

  const prepared = async (db: ReturnType<typeof drizzle>) =>
    rowsOf<{ statement: string }>(await db.execute(sql`select statement from pg_prepared_statements`)).map(
      (r) => r.statement,
    );

  it('are prepared once per connection, in and out of transactions', async () => {
    const db = drizzle(preparedStatements(client));
    for (let i = 0; i < 2; i++) await db.execute(sql`select ${i}::int as n`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`select ${7}::int + 1 as m`);
      await tx.transaction((inner) => inner.execute(sql`select ${8}::int + 2 as k`));
    });
    const statements = await prepared(db);
    expect(statements).toContain('select $1::int as n');
    expect(statements).toContain('select $1::int + 1 as m');
    expect(statements).toContain('select $1::int + 2 as k');
  });
});
