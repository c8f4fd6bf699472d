import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { rowsOf, type Database } from './client.js';

/** The generated SQL lives in drizzle/ at the project root, whether this runs from src/ or from dist/. */
function migrationsFolder(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'drizzle', 'meta', '_journal.json'))) return join(dir, 'drizzle');
  }
  throw new Error('drizzle/ migrations folder not found next to the app');
}
/** Any fixed number; every instance takes the same lock so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies drizzle-kit's generated SQL in one transaction under an advisory lock: instances that start
 * together wait for the first, then find nothing left to do.
 */
export async function migrate(database: Database): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder() });
  let applied = 0;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.execute(
      sql`create table if not exists schema_migrations (hash text primary key, created_at bigint not null,
        applied_at timestamptz not null default now())`,
    );
    const done = rowsOf<{ hash: string }>(await tx.execute(sql`select hash from schema_migrations`));
    const doneHashes = new Set(done.map((r) => r.hash));
    for (const migration of migrations) {
      if (doneHashes.has(migration.hash)) continue;
      for (const statement of migration.sql) if (statement.trim()) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into schema_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      );
      applied++;
    }
  });
  return applied;
}

/** How many of this version's migrations the database has, and how many it has that this version does not know. */
export async function migrationStatus(
  database: Database,
): Promise<{ known: number; applied: number; unknown: number }> {
  const migrations = readMigrationFiles({ migrationsFolder: migrationsFolder() });
  const exists = await database.rows<{ found: string | null }>(sql`select to_regclass('schema_migrations') as found`);
  if (!exists[0]?.found) return { known: migrations.length, applied: 0, unknown: 0 };
  const done = new Set(
    (await database.rows<{ hash: string }>(sql`select hash from schema_migrations`)).map((r) => r.hash),
  );
  const applied = migrations.filter((m) => done.has(m.hash)).length;
  return { known: migrations.length, applied, unknown: done.size - applied };
}
