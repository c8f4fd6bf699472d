import { and, eq, isNull, ne, or } from 'drizzle-orm';
import type { Language } from '../../domain/taxonomy.js';
import type { ClassificationRecord } from '../../domain/classification-opinions.js';
import type { Category, Priority } from '../../domain/taxonomy.js';
import type { Executor } from '../client.js';
import {
  drafts,
  type Draft,
  messages,
  type Message,
  tickets,
  triageSettings,
  type TriageSettings,
} from '../schema/index.js';

/** A ticket's customer messages that have no translation (nor a note why) in `language` yet. */
export async function messagesToTranslate(
  db: Executor,
  params: { ticketId: number; language: Language },
): Promise<Message[]> {
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.ticketId, params.ticketId),
        eq(messages.role, 'customer'),
        isNull(messages.deletedAt),
        or(isNull(messages.translationLanguage), ne(messages.translationLanguage, params.language)),
      ),
    )
    .orderBy(messages.createdAt, messages.id);
}

/**
 * Stores a message's translation, or the note why there is none; only if its text is still the one translated
 * (an edit meanwhile clears the translation and asks for a new one).
 */
export async function setMessageTranslation(
  db: Executor,
  params: {
    messageId: number;
    translatedText: string;
    language: Language;
    translation: string | null;
    note: string | null;
  },
): Promise<boolean> {
  const rows = await db
    .update(messages)
    .set({ translation: params.translation, translationLanguage: params.language, translationNote: params.note })
    .where(and(eq(messages.id, params.messageId), eq(messages.text, params.translatedText)))
    .returning({ id: messages.id });
  return rows.length > 0;
}

/** The checked translation that goes to the customer, stored with the approved draft before it is sent. */
export async function setDraftOutgoing(
  db: Executor,
  params: { draftId: number; outgoing: string | null; language: Language | null; note: string | null },
): Promise<Draft | undefined> {
  const [row] = await db
    .update(drafts)
    .set({ outgoing: params.outgoing, outgoingLanguage: params.language, translationNote: params.note })
    .where(eq(drafts.id, params.draftId))
    .returning();
  return row;
}

/** A draft that could not be translated goes back to the agents with the reason; only an approved one can. */
export async function returnDraftUnsent(
  db: Executor,
  params: { draftId: number; note: string },
): Promise<Draft | undefined> {
  const [row] = await db
    .update(drafts)
    .set({ status: 'proposed', translationNote: params.note, outgoing: null, outgoingLanguage: null })
    .where(and(eq(drafts.id, params.draftId), eq(drafts.status, 'approved')))
    .returning();
  return row;
}

export async function findTriageSettings(
  db: Executor,
  params: { channelId: string },
): Promise<TriageSettings | undefined> {
  const [row] = await db.select().from(triageSettings).where(eq(triageSettings.channelId, params.channelId));
  return row;
}

export async function saveAgentLanguage(
  db: Executor,
  params: { channelId: string; language: Language; by: string; at: Date },
): Promise<void> {
  const values = { agentLanguage: params.language, updatedBy: params.by, updatedAt: params.at };
  await db
    .insert(triageSettings)
    .values({ channelId: params.channelId, ...values })
    .onConflictDoUpdate({ target: triageSettings.channelId, set: values });
}

/** Stores both classifications; with `change`, the ticket follows the model's category and priority. */
export async function setClassification(
  db: Executor,
  params: { ticketId: number; record: ClassificationRecord; change?: { category: Category; priority: Priority } },
): Promise<void> {
  await db
    .update(tickets)
    .set({
      classification: params.record,
      ...(params.change
        ? { category: params.change.category, priority: params.change.priority, classifiedBy: 'model' as const }
        : {}),
    })
    .where(eq(tickets.id, params.ticketId));
}
