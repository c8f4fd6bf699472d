import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_4 } from '../fixtures/heldout-6/tone-heldout-4.js';
import { evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the fourth held-out table (test/fixtures/heldout-6/tone-heldout-4.ts): replies
 * written from the four definitions by someone who had read neither the rules nor any other table. At first contact
 * blame and over-promising fell short of the recall asked and jargon of the precision (docs/tone.md keeps those
 * figures as the estimate for unseen text). The rules were since widened on its mistakes, by family, so this table
 * is no longer blind: the floors are what it reaches now, kept so a change cannot lose it; the next blind table is
 * the measure.
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

describe('tone check on the fourth held-out table', () => {
  const result = evaluate(TONE_HELDOUT_4 as never);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, fourth held-out table', result));
    expectFloors(result, FLOOR);
    expect(TONE_HELDOUT_4.length).toBeGreaterThanOrEqual(200);
  });
});
