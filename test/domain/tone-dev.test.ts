import { describe, expect, it } from 'vitest';
import { TONE_DEV_TABLE } from './tone-dev-table.js';
import { evaluate, PITFALLS, report } from './tone-metrics.js';

/**
 * The development table: the rules are tuned on it, so its figures say little about replies the rules have not
 * seen (tone-heldout.test.ts measures that). Every miss and false alarm is printed.
 */
describe('tone check on the development table', () => {
  const result = evaluate(TONE_DEV_TABLE);

  it('is large, in both languages, with clean replies and every pitfall in each', () => {
    expect(TONE_DEV_TABLE.length).toBeGreaterThanOrEqual(200);
    expect(new Set(TONE_DEV_TABLE.map((s) => s.id)).size).toBe(TONE_DEV_TABLE.length);
    for (const lang of ['en', 'zh'] as const) {
      const rows = TONE_DEV_TABLE.filter((s) => s.lang === lang);
      expect(rows.filter((s) => s.pitfalls.length === 0).length).toBeGreaterThanOrEqual(30);
      for (const p of PITFALLS) expect(rows.filter((s) => s.pitfalls.includes(p)).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('reaches precision 0.95 and recall 0.90 for every pitfall in both languages', () => {
    console.log(report('Tone check, rules alone, development table (test/domain/tone-dev-table.ts)', result));
    for (const s of result.scores) {
      expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
