import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { messages, type Message } from '../schema/index.js';

export type NewMessage = typeof messages.$inferInsert;

/** Stores a message once; a redelivered one returns undefined. */
export async function insertMessage(db: Executor, params: NewMessage): Promise<Message | undefined> {
  const [row] = await db.insert(messages).values(params).onConflictDoNothing().returning();
  return row;
}

export async function findMessage(
  db: Executor,
  params: { channelId: string; ts: string },
): Promise<Message | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.channelId, params.channelId), eq(messages.ts, params.ts)));
  return row;
}

export async function conversationOf(db: Executor, params: { ticketId: number }): Promise<Message[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.ticketId, params.ticketId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

export async function editMessage(
  db: Executor,
  params: { channelId: string; ts: string; text: string; at: Date },
): Promise<Message | undefined> {
  const [row] = await db
    .update(messages)
    // A translation of the old words is no translation of the new ones.
    .set({
      text: params.text,
      editedAt: params.at,
      translation: null,
      translationLanguage: null,
      translationNote: null,
    })
    .where(and(eq(messages.channelId, params.channelId), eq(messages.ts, params.ts)))
    .returning();
  return row;
}

export async function markMessageDeleted(
  db: Executor,
  params: { channelId: string; ts: string; at: Date },
): Promise<Message | undefined> {
  const [row] = await db
    .update(messages)
    .set({ deletedAt: params.at })
    .where(and(eq(messages.channelId, params.channelId), eq(messages.ts, params.ts)))
    .returning();
  return row;
}
