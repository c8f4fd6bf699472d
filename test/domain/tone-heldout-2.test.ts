import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_2 } from '../fixtures/heldout-2/tone-heldout-2.js';
import { evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the second held-out table (test/fixtures/heldout-2/tone-heldout-2.ts): replies
 * written by someone who had read neither the rules nor the first table. It was a blind measure until the rules
 * were widened on its misses and false alarms (by concept, with new wordings added to the second development
 * table); it is no longer one, and the floors below are what the rules measure since, so that they cannot slip
 * back. docs/tone.md gives the figures before and after, and why a fresh table is the only honest measure.
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

describe('tone check on the second held-out table', () => {
  const result = evaluate(TONE_HELDOUT_2);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, second held-out table', result));
    expectFloors(result, FLOOR);
  });
});
