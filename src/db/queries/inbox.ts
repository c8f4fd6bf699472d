import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client.js';
import { customerChannels, messages, outbox } from '../schema/index.js';
import { storableText } from '../storable.js';

/** One thing Slack told us, to be stored as intake work before the request is acknowledged. */
export interface IntakeItem {
  kind: string;
  /** Where the job runs (see outbox.lane and outbox.rank). */
  lane: string;
  rank: number;
  /** Deduplicates redeliveries: e.g. "intake:C123:1700000000.000100". */
  onceKey: string;
  channelId: string;
  /** The message this one belongs to (a thread parent, or the message edited or deleted). */
  threadTs?: string;
  /** The once-key of that message's own intake, which may still be waiting in the outbox. */
  parentKey?: string;
  payload: Record<string, unknown>;
}

/**
 * Stores a batch of intake work in one statement, in the given order, once per once-key, and only for
 * channels we serve: a linked channel, or the thread of a known ticket message (taken in already, or
 * waiting in the outbox). Returns the once-keys that were stored; a redelivery or a message we do not
 * handle is left out.
 */
export async function storeIntakeBatch(db: Executor, items: readonly IntakeItem[]): Promise<Set<string>> {
  const rows = items.map((i) => ({
    kind: i.kind,
    lane: i.lane,
    rank: i.rank,
    once_key: i.onceKey,
    channel_id: i.channelId,
    thread_ts: i.threadTs ?? null,
    parent_key: i.parentKey ?? null,
    payload: i.payload,
  }));
  const result = await db.execute(sql`
    insert into ${outbox} (kind, lane, rank, payload, once_key, run_at)
    select e.item->>'kind', e.item->>'lane', (e.item->>'rank')::smallint, e.item->'payload', e.item->>'once_key', now()
    from jsonb_array_elements(${JSON.stringify(rows, (_key, value: unknown) =>
      typeof value === 'string' ? storableText(value) : value,
    )}::jsonb) with ordinality as e(item, n)
    where exists (select 1 from ${customerChannels} c where c.channel_id = e.item->>'channel_id')
       or (e.item->>'thread_ts' is not null and (
            exists (select 1 from ${messages} m
                    where m.channel_id = e.item->>'channel_id' and m.ts = e.item->>'thread_ts')
         or exists (select 1 from ${outbox} o where o.once_key = e.item->>'parent_key')))
    order by e.n
    on conflict (once_key) do nothing
    returning once_key`);
  return new Set(rowsOf<{ once_key: string }>(result).map((r) => r.once_key));
}

/** Messages of one channel are taken in one at a time, whichever instance runs them. */
export async function lockChannelIntake(db: Executor, params: { channelId: string }): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`intake:${params.channelId}`}))`);
}
