import { describe, expect, it } from 'vitest';
import { TONE_DEV_TABLE_2 } from './tone-dev-table-2.js';
import { evaluate, report } from './tone-metrics.js';

/**
 * The second development table (tone-dev-table-2.ts): new wordings of blame and over-promising, and hard clean
 * replies. The rules were widened on it, so its figures say how well they learned it, not how they generalise.
 */
describe('tone check on the second development table', () => {
  const result = evaluate(TONE_DEV_TABLE_2);

  it('is large, in both languages, with many blame and over-promising rows and clean ones', () => {
    expect(TONE_DEV_TABLE_2.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TONE_DEV_TABLE_2.map((s) => s.id)).size).toBe(TONE_DEV_TABLE_2.length);
    expect(TONE_DEV_TABLE_2.filter((s) => s.pitfalls.includes('blame')).length).toBeGreaterThanOrEqual(40);
    expect(TONE_DEV_TABLE_2.filter((s) => s.pitfalls.includes('overpromise')).length).toBeGreaterThanOrEqual(30);
    for (const lang of ['en', 'zh'] as const)
      expect(TONE_DEV_TABLE_2.filter((s) => s.lang === lang && s.pitfalls.length === 0).length).toBeGreaterThan(20);
  });

  it('prints every miss and false alarm, and reaches the targets for blame and over-promising', () => {
    console.log(report('Tone check, rules alone, second development table (test/domain/tone-dev-table-2.ts)', result));
    for (const s of result.scores.filter((x) => x.pitfall === 'blame' || x.pitfall === 'overpromise')) {
      expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
