import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_6 } from '../fixtures/heldout-10/tone-heldout-6.js';
import { builtInFind, evaluate, expectFloors, report } from './tone-metrics.js';

/**
 * The tone check, rules alone, on the sixth held-out table (test/fixtures/heldout-10/tone-heldout-6.ts): replies
 * written from the four definitions by someone who had read neither the rules nor any other table, run once the
 * rules had been widened on the fifth table, before any change for this one. The issue asks precision >= 0.95 and
 * recall >= 0.90 for every pitfall: blame and over-promising fall short in recall, Chinese apologies and English
 * jargon in precision (docs/tone.md). The floors are what was measured at first contact, so a change cannot lose it.
 */
const FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 0.6 },
  'en apology_without_action': { precision: 0.95, recall: 0.95 },
  'en overpromise': { precision: 1, recall: 0.73 },
  'en jargon': { precision: 0.92, recall: 1 },
  'zh blame': { precision: 0.91, recall: 0.47 },
  'zh apology_without_action': { precision: 0.87, recall: 0.91 },
  'zh overpromise': { precision: 0.95, recall: 0.82 },
  'zh jargon': { precision: 1, recall: 0.95 },
};

/**
 * The built-in check as it ships, the rules with the reader learned from the other tone tables behind them
 * (src/domain/tone-reader.ts). Run once when the reader was added (blame recall 0.739 en, 0.696 zh; English
 * promises 0.870), and again once the training tables written from the definitions alone were added to what it
 * learns from; these floors are the second run.
 */
const BUILT_IN_FLOOR: Record<string, { precision: number; recall: number }> = {
  'en blame': { precision: 1, recall: 0.78 },
  'en apology_without_action': { precision: 0.95, recall: 0.95 },
  'en overpromise': { precision: 1, recall: 1 },
  'en jargon': { precision: 0.92, recall: 1 },
  'zh blame': { precision: 0.94, recall: 0.78 },
  'zh apology_without_action': { precision: 0.87, recall: 0.91 },
  'zh overpromise': { precision: 0.95, recall: 1 },
  'zh jargon': { precision: 1, recall: 0.95 },
};

describe('tone check on the sixth held-out table', () => {
  const result = evaluate(TONE_HELDOUT_6 as never);

  it('prints every miss and false alarm, and stays at or above the measured floors', () => {
    console.log(report('Tone check, rules alone, sixth held-out table', result));
    expectFloors(result, FLOOR);
    expect(TONE_HELDOUT_6.length).toBeGreaterThanOrEqual(200);
  });

  it('with the learned reader behind the rules, as the check ships', () => {
    const builtIn = evaluate(TONE_HELDOUT_6 as never, builtInFind);
    console.log(report('Tone check, rules and learned reader, sixth held-out table', builtIn));
    expectFloors(builtIn, BUILT_IN_FLOOR);
  });
});
