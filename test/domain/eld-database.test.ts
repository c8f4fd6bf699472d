import { readFileSync } from 'node:fs';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { servedCut } from '../../scripts/eld-database.js';
import { CATEGORY_EXAMPLES } from '../../src/domain/category-examples/index.js';
import { ELD_LANGUAGES, type Eld, servedDetector, storedDatabasePath } from '../../src/domain/eld-database.js';
import { textForDetection } from '../../src/domain/language.js';
import { COMPLAINTS_DEV } from '../fixtures/dev/complaints-dev.js';
import { COMPLAINTS_HELDOUT } from '../fixtures/heldout/complaints-heldout.js';
import { COMPLAINTS_HELDOUT_3 } from '../fixtures/heldout-3/complaints-heldout-3.js';
import { COMPLAINTS_HELDOUT_4 } from '../fixtures/heldout-4/complaints-heldout-4.js';
import { hostileInputs } from './hostile-text.js';

/** Short and mixed messages, where a score a hair's breadth from another decides whether ELD is sure. */
const SHORT = [
  'ok',
  '👍',
  'Pixel 8でjoinChannelが失敗します',
  'Android 13 上沒有聲音',
  'iOS 18.1?',
  'ses yok',
  'no audio',
];

function texts(): string[] {
  const tables = [...COMPLAINTS_DEV, ...COMPLAINTS_HELDOUT, ...COMPLAINTS_HELDOUT_3, ...COMPLAINTS_HELDOUT_4];
  const whole = [...tables, ...CATEGORY_EXAMPLES].map((c) => c.text);
  const hostile = hostileInputs().map((h) => h.text);
  return [...whole, ...whole.map(textForDetection), ...whole.map((t) => t.slice(0, 12)), ...hostile, ...SHORT];
}

function answer(detector: Eld, text: string): string {
  const result = detector.detect(text);
  return `${result.language} ${result.isReliable()} ${JSON.stringify(result.getScores())}`;
}

describe("ELD's medium database cut to the languages we serve", () => {
  it('is stored as the installed package cuts it (npx tsx scripts/eld-database.ts rewrites it)', async () => {
    expect(JSON.parse(readFileSync(storedDatabasePath(), 'utf8'))).toEqual(await servedCut());
  });

  it("gives the full database's language, sureness and scores on every table's text", async () => {
    const full = eld.newInstance();
    full.setLanguageSubset([...ELD_LANGUAGES]);
    const served = await servedDetector();
    const all = texts();
    expect(all.length).toBeGreaterThan(1000);
    const differing = all.filter((text) => answer(served, text) !== answer(full, text));
    expect(differing).toEqual([]);
  });
});
