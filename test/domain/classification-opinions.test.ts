import { describe, expect, it } from 'vitest';
import {
  decidedByAgent,
  disagreement,
  type PriorityOf,
  rulesRecord,
  withModelOpinion,
} from '../../src/domain/classification-opinions.js';
import { DEFAULT_PRIORITY } from '../../src/domain/taxonomy.js';

/** The seed table, raised one step for urgency (what src/domain/classify.ts does for the rules). */
const priorityOf: PriorityOf = (category, urgent) =>
  urgent && DEFAULT_PRIORITY[category] === 'medium_high' ? 'high' : DEFAULT_PRIORITY[category];

describe('classification opinions', () => {
  const rules = rulesRecord({ category: 'av_quality', priority: 'medium_high' });

  it('lets the model decide, with the priority the same rules give its category', () => {
    const { record, change } = withModelOpinion(
      rules,
      { category: 'connectivity', confidence: 0.8, urgent: false },
      priorityOf,
    );
    expect(change).toEqual({ category: 'connectivity', priority: 'high' });
    expect(record).toEqual({
      rules: { category: 'av_quality', priority: 'medium_high' },
      model: { category: 'connectivity', priority: 'high', confidence: 0.8, urgent: false },
      decidedBy: 'model',
    });
    expect(disagreement(record)).toEqual({ rules: record.rules, model: record.model, decidedBy: 'model' });
  });

  it('changes nothing and shows no disagreement when both agree', () => {
    const { record, change } = withModelOpinion(
      rules,
      { category: 'av_quality', confidence: 2, urgent: false },
      priorityOf,
    );
    expect(change).toBeUndefined();
    expect(record.model?.confidence).toBe(1);
    expect(disagreement(record)).toBeUndefined();
  });

  it('counts a different priority as a disagreement (the model read urgency the rules did not)', () => {
    const { record, change } = withModelOpinion(
      rules,
      { category: 'av_quality', confidence: 0.7, urgent: true },
      priorityOf,
    );
    expect(change).toEqual({ category: 'av_quality', priority: 'high' });
    expect(disagreement(record)?.model.priority).toBe('high');
  });

  it("never overrides an agent's choice, but keeps the model's opinion on record", () => {
    const chosen = decidedByAgent(rules);
    const { record, change } = withModelOpinion(
      chosen,
      { category: 'crash', confidence: 0.9, urgent: false },
      priorityOf,
    );
    expect(change).toBeUndefined();
    expect(record.decidedBy).toBe('agent');
    expect(disagreement(record)?.model.category).toBe('crash');
  });

  it('shows nothing before the model has answered', () => {
    expect(disagreement(rules)).toBeUndefined();
    expect(disagreement(null)).toBeUndefined();
  });
});
