/**
 * The floor of a durable acknowledgement: a bare Bolt app in HTTP mode whose message listener commits the event
 * (one insert into a table of its own, keyed by event_id as the app's is) before Bolt acknowledges it. Same
 * database as the app (its own PGlite directory, BARE_PGLITE_DIR, since a PGlite directory has one owner).
 */
import { App, LogLevel } from '@slack/bolt';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.js';

const database = await openDatabase(
  process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, poolSize: 4 }
    : { pgliteDir: process.env.BARE_PGLITE_DIR ?? 'memory://' },
);
await database.db.execute(
  sql`create table if not exists bench_bare_events (event_id text primary key, body jsonb not null,
    received_at timestamptz not null default now())`,
);

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  processBeforeResponse: true,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.end('ok') }],
});
app.event('message', async ({ body }) => {
  const id = (body as { event_id?: string }).event_id ?? `${Date.now()}-${Math.random()}`;
  await database.db.execute(
    sql`insert into bench_bare_events (event_id, body) values (${id}, ${JSON.stringify(body)}::jsonb)
      on conflict do nothing`,
  );
});
await app.start(Number(process.env.PORT));
