import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_3 } from '../fixtures/heldout-5/tone-heldout-3.js';
import { evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the third held-out table (test/fixtures/heldout-5/tone-heldout-3.ts): replies
 * written by someone who had read neither the rules nor any other table, run once the rules had been widened on the
 * second table, before any change for this one. The issue asks precision >= 0.95 and recall >= 0.90 for every
 * pitfall; blame and over-promising fall short (docs/tone.md). The floors are what was measured at first contact,
 * so a change cannot lose it; the table is only blind for as long as nothing is tuned on its misses.
 */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 0.62 },
  'en apology_without_action': { precision: 1, recall: 1 },
  'en overpromise': { precision: 1, recall: 0.61 },
  'en jargon': { precision: 0.96, recall: 0.83 },
  'zh blame': { precision: 0.88, recall: 0.51 },
  'zh apology_without_action': { precision: 0.96, recall: 0.96 },
  'zh overpromise': { precision: 0.95, recall: 0.67 },
  'zh jargon': { precision: 0.96, recall: 0.9 },
};

describe('tone check on the third held-out table', () => {
  const result = evaluate(TONE_HELDOUT_3 as never);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, third held-out table', result));
    expectFloors(result, FLOOR);
  });
});
