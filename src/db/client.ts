import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { assertPatchedDriver } from './driver-patch.js';
import { preparedStatements } from './prepared-statements.js';
import * as schema from './schema/index.js';
import { parseTextArray, textArrayLiteral } from './text-array.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

/** Rows of a raw `execute` result: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * PostgreSQL settings for the embedded database. It serves one app process with a small working set;
 * PGlite's default 128 MB of shared buffers would be most of the app's memory.
 */
const PGLITE_SETTINGS = ['shared_buffers=16MB'];

/** PostgreSQL's text[] (type oid 1009, pg_type.dat) for postgres.js, which is not told array types at connect. */
const TEXT_ARRAY = {
  to: 1009,
  from: [1009],
  serialize: (value: string | readonly string[]) => (typeof value === 'string' ? value : textArrayLiteral(value)),
  parse: parseTextArray,
};

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Rows of a raw query, whichever driver is underneath. */
  rows<T = Record<string, unknown>>(query: ReturnType<typeof import('drizzle-orm').sql>): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * postgres.js against DATABASE_URL, or PGlite on disk (or in memory with "memory://"). On PostgreSQL
 * it refuses a driver without our fix (see driver-patch.ts) before any connection is made.
 */
export async function openDatabase(options: {
  url?: string;
  pgliteDir?: string;
  poolSize?: number;
}): Promise<Database> {
  if (options.url) {
    assertPatchedDriver();
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
      // The driver's own first query on each connection (array types) has its failure dropped as an unhandled
      // rejection, which ends the process when a backend is terminated while it runs (porsager/postgres#1192,
      // #1223). text[] is the schema's one array type, so it is declared instead of looked up.
      fetch_types: false,
      types: { textArray: TEXT_ARRAY },
    });
    const db = drizzlePostgres(preparedStatements(client), { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      rows: async (query) => rowsOf(await db.execute(query)),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, 'PG_VERSION'))) await createDataDirectory(dir);
  }
  const client = await PGlite.create(dir, { postgresqlconf: PGLITE_SETTINGS });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    rows: async (query) => rowsOf(await db.execute(query)),
    close: () => client.close(),
  };
}

/**
 * Creates a new PGlite data directory (initdb) in a child process: initdb leaves several hundred
 * megabytes behind in the process that ran it, and this way they go with the child.
 */
async function createDataDirectory(dir: string): Promise<void> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const init = `const { PGlite } = require(${JSON.stringify(pglite)});
    PGlite.create(process.argv[1], { postgresqlconf: JSON.parse(process.argv[2]) }).then((db) => db.close());`;
  const child = spawn(process.execPath, ['-e', init, dir, JSON.stringify(PGLITE_SETTINGS)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`could not create the database in ${dir} (initdb exited with ${code})`);
}
