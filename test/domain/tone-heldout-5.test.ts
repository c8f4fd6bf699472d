import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_5 } from '../fixtures/heldout-8/tone-heldout-5.js';
import { evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the fifth held-out table (test/fixtures/heldout-8/tone-heldout-5.ts): replies
 * written from the four definitions by someone who had read neither the rules nor any other table. At first contact
 * blame and over-promising fell short in recall (en blame 0.652, zh blame 0.696, en promises 0.826, zh promises
 * 0.652) and apologies and jargon in precision (0.880 to 0.920). The rules were then widened on its 39 mistakes by
 * family, with new wordings and hard clean rows in the fifth development table (test/fixtures/dev/tone-dev-5.ts), so
 * this table is no longer blind: the floors below hold what was reached after, and the first-contact figures in
 * docs/tone.md stay the estimate for unseen text. The next blind table is the measure.
 */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 1 },
  'en apology_without_action': { precision: 1, recall: 1 },
  'en overpromise': { precision: 1, recall: 1 },
  'en jargon': { precision: 1, recall: 1 },
  'zh blame': { precision: 1, recall: 1 },
  'zh apology_without_action': { precision: 1, recall: 1 },
  'zh overpromise': { precision: 1, recall: 1 },
  'zh jargon': { precision: 1, recall: 1 },
};

describe('tone check on the fifth held-out table', () => {
  const result = evaluate(TONE_HELDOUT_5 as never);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, fifth held-out table', result));
    expectFloors(result, FLOOR);
    expect(TONE_HELDOUT_5.length).toBeGreaterThanOrEqual(200);
  });
});
