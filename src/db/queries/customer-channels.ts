import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { customerChannels, type CustomerChannel } from '../schema/index.js';

export async function findCustomerChannel(
  db: Executor,
  params: { channelId: string },
): Promise<CustomerChannel | undefined> {
  const [row] = await db.select().from(customerChannels).where(eq(customerChannels.channelId, params.channelId));
  return row;
}

export async function listCustomerChannels(db: Executor): Promise<CustomerChannel[]> {
  return db.select().from(customerChannels).orderBy(customerChannels.name);
}

/** Links a channel, or updates its pairing and tier when linked already. */
export async function upsertCustomerChannel(
  db: Executor,
  params: {
    channelId: string;
    name?: string;
    engineerUserId: string;
    enterprise: boolean;
    linkedBy: string;
    now: Date;
  },
): Promise<{ created: boolean; channel: CustomerChannel }> {
  const [row] = await db
    .insert(customerChannels)
    .values({
      channelId: params.channelId,
      name: params.name,
      engineerUserId: params.engineerUserId,
      enterprise: params.enterprise,
      linkedBy: params.linkedBy,
      linkedAt: params.now,
      updatedAt: params.now,
    })
    .onConflictDoUpdate({
      target: customerChannels.channelId,
      set: {
        engineerUserId: params.engineerUserId,
        enterprise: params.enterprise,
        name: sql`coalesce(excluded.name, ${customerChannels.name})`,
        updatedAt: params.now,
      },
    })
    .returning({ ...getTableColumns(customerChannels), created: sql<boolean>`(xmax = 0)` });
  const { created, ...channel } = row!;
  return { created: Boolean(created), channel };
}

export async function updateChannelSettings(
  db: Executor,
  params: { channelId: string; now: Date } & Partial<
    Pick<
      CustomerChannel,
      | 'engineerUserId'
      | 'enterprise'
      | 'language'
      | 'businessHours'
      | 'timeZone'
      | 'holidays'
      | 'firstResponseOverrides'
    >
  >,
): Promise<CustomerChannel | undefined> {
  const { channelId, now, ...changes } = params;
  const [row] = await db
    .update(customerChannels)
    .set({ ...changes, updatedAt: now })
    .where(eq(customerChannels.channelId, channelId))
    .returning();
  return row;
}
