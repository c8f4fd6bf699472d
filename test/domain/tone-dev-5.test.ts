import { describe, expect, it } from 'vitest';
import { TONE_DEV_TABLE_5 } from '../fixtures/dev/tone-dev-5.js';
import { evaluate, report } from './tone-metrics.js';

/**
 * The fifth development table (test/fixtures/dev/tone-dev-5.ts): the families learned from the fifth held-out
 * table in new wordings, each with clean rows close to it. The rules were written for these families, so its
 * figures say how well they cover them, not how they generalise.
 */
describe('tone check on the fifth development table', () => {
  const result = evaluate(TONE_DEV_TABLE_5);

  it('has unique ids, both languages, and clean rows beside the pitfalls', () => {
    expect(new Set(TONE_DEV_TABLE_5.map((s) => s.id)).size).toBe(TONE_DEV_TABLE_5.length);
    for (const lang of ['en', 'zh'] as const) {
      const rows = TONE_DEV_TABLE_5.filter((s) => s.lang === lang);
      expect(rows.filter((s) => s.pitfalls.length === 0).length).toBeGreaterThanOrEqual(12);
      expect(rows.filter((s) => s.pitfalls.length > 0).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('prints every miss and false alarm, and reaches precision 0.95 and recall 0.90 everywhere', () => {
    console.log(report('Tone check, rules alone, fifth development table (test/fixtures/dev/tone-dev-5.ts)', result));
    for (const s of result.scores) {
      expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
