import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_2 } from '../fixtures/heldout-2/tone-heldout-2.js';
import { evaluate, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the second held-out table (test/fixtures/heldout-2/tone-heldout-2.ts): replies
 * written by someone who had read neither the rules nor the first table, after the rules were last changed, and
 * never used to tune them. This is the figure for sentences the rules have never seen; every miss and false
 * alarm is printed. The floors below are what the rules measured, not the targets: docs/tone.md says where
 * they fall short of 0.95 precision and 0.90 recall.
 */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 0.95, recall: 0.55 },
  'en apology_without_action': { precision: 0.85, recall: 0.95 },
  'en overpromise': { precision: 0.9, recall: 0.7 },
  'en jargon': { precision: 0.95, recall: 0.9 },
  'zh blame': { precision: 0.9, recall: 0.65 },
  'zh apology_without_action': { precision: 0.9, recall: 0.9 },
  'zh overpromise': { precision: 0.85, recall: 0.8 },
  'zh jargon': { precision: 0.95, recall: 0.9 },
};

describe('tone check on the second held-out table', () => {
  const result = evaluate(TONE_HELDOUT_2);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, second held-out table', result));
    for (const s of result.scores) {
      const floor = FLOOR[`${s.lang} ${s.pitfall}`];
      expect(floor, `${s.lang} ${s.pitfall} has a floor`).toBeDefined();
      expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(floor?.precision ?? 1);
      expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(floor?.recall ?? 1);
    }
  });
});
