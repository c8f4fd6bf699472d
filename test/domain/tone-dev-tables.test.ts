import { describe, expect, it } from 'vitest';
import { TONE_DEV_TABLE_3 } from '../fixtures/dev/tone-dev-3.js';
import { TONE_DEV_TABLE_4 } from '../fixtures/dev/tone-dev-4.js';
import { TONE_DEV_TABLE_5 } from '../fixtures/dev/tone-dev-5.js';
import { evaluate, type LabelledSample, report } from './tone-metrics.js';

/**
 * The development tables test/fixtures/dev/tone-dev-3, -4 and -5: the families learned from the third, fourth and
 * fifth held-out tables, in new wordings, each with clean rows close to it. The rules were written for these
 * families, so their figures say how well the rules cover them, not how they generalise.
 */
const TABLES: ReadonlyArray<{ name: string; file: string; rows: readonly LabelledSample[]; minPitfallRows: number }> = [
  { name: 'third', file: 'tone-dev-3.ts', rows: TONE_DEV_TABLE_3, minPitfallRows: 20 },
  { name: 'fourth', file: 'tone-dev-4.ts', rows: TONE_DEV_TABLE_4, minPitfallRows: 15 },
  { name: 'fifth', file: 'tone-dev-5.ts', rows: TONE_DEV_TABLE_5, minPitfallRows: 15 },
];

for (const table of TABLES)
  describe(`tone check on the ${table.name} development table`, () => {
    const result = evaluate(table.rows);

    it('has unique ids, both languages, and clean rows beside the pitfalls', () => {
      expect(new Set(table.rows.map((s) => s.id)).size).toBe(table.rows.length);
      for (const lang of ['en', 'zh'] as const) {
        const rows = table.rows.filter((s) => s.lang === lang);
        expect(rows.filter((s) => s.pitfalls.length === 0).length).toBeGreaterThanOrEqual(12);
        expect(rows.filter((s) => s.pitfalls.length > 0).length).toBeGreaterThanOrEqual(table.minPitfallRows);
      }
    });

    it('prints every miss and false alarm, and reaches precision 0.95 and recall 0.90 everywhere', () => {
      const title = `Tone check, rules alone, ${table.name} development table (test/fixtures/dev/${table.file})`;
      console.log(report(title, result));
      for (const s of result.scores) {
        expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(0.95);
        expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(0.9);
      }
    });
  });
