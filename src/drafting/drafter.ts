import { z } from 'zod';
import { MAX_REPLY_LENGTH } from '../domain/message-text.js';
import type { Facts } from '../domain/facts.js';
import type { ToneFinding } from '../domain/tone.js';
import { CATEGORIES, LANGUAGES, type Category, type Language, type Priority } from '../domain/taxonomy.js';

export interface DraftRequest {
  ticketId: number;
  category: Category;
  priority: Priority;
  language: Language;
  /**
   * The language to write the reply in, when it is not the customer's: the agents' (the triage channel's), for a
   * reply that is translated into the customer's language once approved. Only the model is asked to.
   */
  replyLanguage?: Language;
  facts: Facts;
  /** The whole conversation so far, oldest first. */
  conversation: Array<{ role: 'customer' | 'agent' | 'app'; text: string }>;
  /** Plain-language summary of the measured call quality, if known. */
  quality?: string;
  /**
   * What was wrong and what fixed it on the most similar resolved tickets, as agents recorded it. Never another
   * customer's words: only these three fields.
   */
  pastResolutions?: Array<{ side: string | null; rootCause: string | null; fix: string | null }>;
  now: Date;
}

/** What every drafter returns; the model's answer must fit this schema exactly. */
export const draftOutputSchema = z.object({
  reply: z.string().min(1).max(MAX_REPLY_LENGTH).describe('The reply to the customer, in their language'),
  followUps: z
    .array(z.string().min(1).max(300))
    .max(6)
    .describe('Follow-up questions still worth asking, in the customer language'),
  summary: z.string().min(1).max(300).describe('One line for agents, in English'),
  category: z.enum(CATEGORIES),
  confidence: z.number().min(0).max(1),
  language: z.enum(LANGUAGES),
  facts: z
    .object({
      scenario: z.string().nullable(),
      network: z.string().nullable(),
      place: z.enum(['home', 'office', 'outside']).nullable(),
      device: z.string().nullable(),
      os: z.string().nullable(),
      region: z.string().nullable(),
      time: z.string().nullable(),
      callId: z.string().nullable(),
    })
    .describe('Facts the customer stated; null when not stated'),
});
export type DraftOutput = z.infer<typeof draftOutputSchema>;

export interface DraftResult {
  reply: string;
  followUps: string[];
  summary: string;
  category: Category;
  confidence: number;
  language: Language;
  facts: Facts;
  source: 'model' | 'rules';
  /** Why the built-in drafter answered instead of the model. */
  fallbackReason?: string;
  /** The model's own review of the reply against the tone pitfalls, added to the rules' findings. */
  modelFindings?: ToneFinding[];
}

export interface Drafter {
  draft(request: DraftRequest): Promise<DraftResult>;
}
