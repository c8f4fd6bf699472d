import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_7 } from '../fixtures/heldout-13/tone-heldout-7.js';
import { builtInFind, evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the seventh held-out table (test/fixtures/heldout-13/tone-heldout-7.ts): replies
 * written from the four definitions by someone who had read neither the rules nor any other table, run once the
 * rules had been widened on the fifth table and the learned reader trained (without this table or the sixth),
 * before any change for it. The issue asks precision >= 0.95 and recall >= 0.90 for every pitfall: the rules alone
 * fall short in blame and English promises (recall), and in apologies and jargon (precision). The floors are what
 * was measured at first contact, so a change cannot lose it.
 */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 0.6 },
  'en apology_without_action': { precision: 0.92, recall: 1 },
  'en overpromise': { precision: 0.94, recall: 0.78 },
  'en jargon': { precision: 0.91, recall: 0.95 },
  'zh blame': { precision: 0.91, recall: 0.47 },
  'zh apology_without_action': { precision: 0.91, recall: 0.91 },
  'zh overpromise': { precision: 0.95, recall: 0.91 },
  'zh jargon': { precision: 0.95, recall: 1 },
};

/**
 * The built-in check as it ships, the rules with the reader learned from the tone and training tables behind them
 * (src/domain/tone-reader.ts; neither this table nor the sixth among them), at first contact.
 */
const BUILT_IN_FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 0.86 },
  'en apology_without_action': { precision: 0.92, recall: 1 },
  'en overpromise': { precision: 0.91, recall: 0.95 },
  'en jargon': { precision: 0.91, recall: 0.95 },
  'zh blame': { precision: 0.94, recall: 0.78 },
  'zh apology_without_action': { precision: 0.91, recall: 0.91 },
  'zh overpromise': { precision: 0.95, recall: 1 },
  'zh jargon': { precision: 0.95, recall: 1 },
};

describe('tone check on the seventh held-out table', () => {
  const result = evaluate(TONE_HELDOUT_7 as never);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, seventh held-out table', result));
    expectFloors(result, FLOOR);
    expect(TONE_HELDOUT_7.length).toBeGreaterThanOrEqual(200);
  });

  it('with the learned reader behind the rules, as the check ships', () => {
    const builtIn = evaluate(TONE_HELDOUT_7 as never, builtInFind);
    console.log(report('Tone check, rules and learned reader, seventh held-out table', builtIn));
    expectFloors(builtIn, BUILT_IN_FLOOR);
  });
});
