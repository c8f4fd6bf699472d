import type { Category, Priority } from './taxonomy.js';

/**
 * Two opinions on one ticket: the rules' (src/domain/classify.ts, at intake, always there) and the model's (when a
 * model is configured and answered). The model's decides; the rules' stays the fallback; where they differ the card
 * shows both. An agent's choice on the card ends the matter: neither opinion changes the ticket after it.
 */
export interface ClassificationOpinion {
  category: Category;
  priority: Priority;
}

export interface ModelOpinion extends ClassificationOpinion {
  /** How sure the model said it was, 0 to 1. */
  confidence: number;
  /** The model read words of churn or urgency ("production is down", "we will switch providers"). */
  urgent: boolean;
}

export type DecidedBy = 'rules' | 'model' | 'agent';

/** Stored with the ticket (tickets.classification). */
export interface ClassificationRecord {
  rules: ClassificationOpinion;
  model?: ModelOpinion;
  decidedBy: DecidedBy;
}

/** How the ticket's priority follows from a category: the seed table, enterprise and churn/urgency raise it. */
export type PriorityOf = (category: Category, urgent: boolean) => Priority;

export function rulesRecord(rules: ClassificationOpinion): ClassificationRecord {
  return { rules: { category: rules.category, priority: rules.priority }, decidedBy: 'rules' };
}

export interface ModelAnswer {
  category: Category;
  confidence: number;
  urgent: boolean;
}

/**
 * The record once the model has answered, and the category and priority the ticket should now have (undefined when
 * nothing changes: the model agrees, or an agent already chose). The same priority rules apply to both opinions, so
 * the model's category drives the SLA clock exactly as the rules' would.
 */
export function withModelOpinion(
  record: ClassificationRecord,
  answer: ModelAnswer,
  priorityOf: PriorityOf,
): { record: ClassificationRecord; change?: ClassificationOpinion } {
  const model: ModelOpinion = {
    category: answer.category,
    priority: priorityOf(answer.category, answer.urgent),
    confidence: Math.min(1, Math.max(0, answer.confidence)),
    urgent: answer.urgent,
  };
  if (record.decidedBy === 'agent') return { record: { ...record, model } };
  const next: ClassificationRecord = { ...record, model, decidedBy: 'model' };
  const current = record.decidedBy === 'model' && record.model ? record.model : record.rules;
  const same = current.category === model.category && current.priority === model.priority;
  return same ? { record: next } : { record: next, change: { category: model.category, priority: model.priority } };
}

/** An agent chose on the card: both opinions stay on record, and neither decides any more. */
export function decidedByAgent(record: ClassificationRecord): ClassificationRecord {
  return { ...record, decidedBy: 'agent' };
}

/** What the card shows when the rules and the model differ; undefined when they agree or the model has not answered. */
export function disagreement(
  record: ClassificationRecord | null | undefined,
): { rules: ClassificationOpinion; model: ModelOpinion; decidedBy: DecidedBy } | undefined {
  if (!record?.model) return undefined;
  const { rules, model } = record;
  if (rules.category === model.category && rules.priority === model.priority) return undefined;
  return { rules, model, decidedBy: record.decidedBy };
}
