import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client.js';
import { outbox } from '../schema/index.js';
import { customerChannels, messages } from '../schema/index.js';

/**
 * The whole of an acknowledgement: one statement that stores what Slack sent as intake work, once per
 * message, and only for channels we serve (a linked channel, or the thread of a known ticket message).
 * Returns false for a redelivery or a message we do not handle.
 */
export async function storeIntake(
  db: Executor,
  params: { kind: string; onceKey: string; channelId: string; threadTs?: string; payload: Record<string, unknown> },
): Promise<boolean> {
  const linked = sql`exists (select 1 from ${customerChannels} where ${customerChannels.channelId} = ${params.channelId})`;
  const knownThread = params.threadTs
    ? sql`exists (select 1 from ${messages} where ${messages.channelId} = ${params.channelId} and ${messages.ts} = ${params.threadTs})
         or exists (select 1 from ${outbox} where ${outbox.onceKey} = ${`intake:${params.channelId}:${params.threadTs}`})`
    : sql`false`;
  const rows = await db.execute(sql`
    insert into ${outbox} (kind, payload, once_key, run_at)
    select ${params.kind}, ${JSON.stringify(params.payload)}::jsonb, ${params.onceKey}, now()
    where ${linked} or ${knownThread}
    on conflict (once_key) do nothing
    returning id`);
  return rowsOf(rows).length > 0;
}

/** Is the intake of this message still waiting to run? Then a reply to it must wait too. */
export async function intakePending(db: Executor, params: { channelId: string; ts: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.onceKey, `intake:${params.channelId}:${params.ts}`), eq(outbox.status, 'pending')));
  return Boolean(row);
}

/** Messages of one channel are taken in one at a time, whichever instance runs them. */
export async function lockChannelIntake(db: Executor, params: { channelId: string }): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`intake:${params.channelId}`}))`);
}
