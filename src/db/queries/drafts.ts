import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { drafts, type Draft, type DraftStatus } from '../schema/index.js';

export type NewDraft = typeof drafts.$inferInsert;

export async function insertDraft(db: Executor, params: NewDraft): Promise<Draft> {
  const [row] = await db.insert(drafts).values(params).returning();
  return row!;
}

export async function findDraft(db: Executor, params: { draftId: number }): Promise<Draft | undefined> {
  const [row] = await db.select().from(drafts).where(eq(drafts.id, params.draftId));
  return row;
}

export async function latestDraftOf(db: Executor, params: { ticketId: number }): Promise<Draft | undefined> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(eq(drafts.ticketId, params.ticketId))
    .orderBy(desc(drafts.id))
    .limit(1);
  return row;
}

/** Moves a draft from one status to another; returns undefined if someone else moved it first. */
export async function transitionDraft(
  db: Executor,
  params: { draftId: number; from: DraftStatus[]; to: DraftStatus; actedBy?: string; at: Date },
): Promise<Draft | undefined> {
  const [row] = await db
    .update(drafts)
    .set({ status: params.to, ...(params.actedBy ? { actedBy: params.actedBy, actedAt: params.at } : {}) })
    .where(and(eq(drafts.id, params.draftId), inArray(drafts.status, params.from)))
    .returning();
  return row;
}

export async function supersedeProposed(db: Executor, params: { ticketId: number }): Promise<void> {
  await db
    .update(drafts)
    .set({ status: 'superseded' })
    .where(and(eq(drafts.ticketId, params.ticketId), eq(drafts.status, 'proposed')));
}
