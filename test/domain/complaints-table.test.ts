import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue/index.js';
import { CATEGORY_EXAMPLES } from '../../src/domain/category-examples/index.js';
import type { ExampleSource } from '../../src/domain/category-examples/types.js';
import { type CategoryModel, trainCategoryModel } from '../../src/domain/category-fallback.js';
import { classify } from '../../src/domain/classify.js';
import { extractFacts } from '../../src/domain/facts.js';
import { detectLanguage, ticketLanguage } from '../../src/domain/language.js';
import { languageFromTag } from '../../src/domain/taxonomy.js';
import { receiptMessage } from '../../src/views/receipt.js';
import { COMPLAINTS_DEV, type TableComplaint } from '../fixtures/dev/complaints-dev.js';
import { COMPLAINTS_HELDOUT_4 } from '../fixtures/heldout-4/complaints-heldout-4.js';
import { COMPLAINTS_HELDOUT_6 } from '../fixtures/heldout-7/complaints-heldout-6.js';
import { COMPLAINTS_HELDOUT_8 } from '../fixtures/heldout-9/complaints-heldout-8.js';
import { COMPLAINTS_HELDOUT_10 } from '../fixtures/heldout-11/complaints-heldout-10.js';
import { COMPLAINTS_HELDOUT_12 } from '../fixtures/heldout-12/complaints-heldout-12.js';

/**
 * Language, category and receipt language for complaints written natively in every supported language, with the
 * churn and urgency words. The rules were written against the dev table; the held-out table was written by someone
 * who had not read them, and is the honest measure. Misses are printed, so a change shows what it won or lost.
 */
const HELDOUT_FILE = new URL('../fixtures/heldout/complaints-heldout.ts', import.meta.url);
/**
 * A second held-out table, written blind after the rules had been widened on the first one's misses. The rules were
 * since widened on its misses too (by concept, in every language), so it is no longer the figure for complaints the
 * rules have never seen: the next table written blind will be. Held as a floor of what was measured.
 */
const HELDOUT_3_FILE = new URL('../fixtures/heldout-3/complaints-heldout-3.ts', import.meta.url);
/** What the issue asks of a table: language, category and receipt language right for at least 95 % of it. */
const REQUIRED_SHARE = 0.95;
/** What the rules measured on the second held-out table (docs/languages.md), kept so a change cannot lose it. */
const SECOND_HELDOUT_FLOOR = { right: 1, churn: 0.99 };

/**
 * The held-out tables written blind one after another, each measured at first contact before any change for it;
 * the fallback reads each with a model trained without it ('none': not among its examples).
 */
const LATER_HELDOUT_TABLES: ReadonlyArray<{
  name: string;
  rows: TableComplaint[];
  source: ExampleSource | 'none';
  floor: { right: number; churn: number };
}> = [
  /**
   * Measured on the third held-out table when it was first run, before any change was made for it: 133 of 160
   * (83.1 %) right, churn 143 of 160; with the fallback to similar examples, 143 of 160 (89.4 %). Its misses were since
   * fixed by concept, in every language, never by its sentences (docs/languages.md), so it is no longer blind: the next
   * table written blind is the measure. Held as a floor of what was measured after: all 160 right, churn 160 of 160.
   */
  { name: 'third', rows: COMPLAINTS_HELDOUT_4 as TableComplaint[], source: 'heldout-4', floor: { right: 1, churn: 1 } },
  /**
   * The fourth held-out table (test/fixtures/heldout-7), written blind once the rules had been widened on the third
   * table's misses, measured at first contact before any change for it: 140 of 160 (87.5 %) right, churn 151 of 160.
   * Its misses were since fixed by concept, in every language, never by its sentences (docs/languages.md), and it is
   * now among the examples the fallback learns from (measured here with a model trained without it), so it is no
   * longer blind: the next table written blind is the measure. Held as a floor of what was measured after: 159 of 160
   * right, churn 160 of 160.
   */
  {
    name: 'fourth',
    rows: COMPLAINTS_HELDOUT_6 as TableComplaint[],
    source: 'heldout-7',
    floor: { right: 0.99, churn: 1 },
  },
  /**
   * The fifth held-out table (test/fixtures/heldout-9), written blind once the rules had been widened on the fourth
   * table's misses, measured at first contact before any change for it: 146 of 160 (91.3 %) right, churn 156 of 160.
   * Its misses were since fixed by class of error and by concept, in every language, never by its sentences
   * (docs/languages.md), and it is now among the examples the fallback learns from (measured here with a model trained
   * without it), so it is no longer blind: the next table written blind is the measure. Held as a floor of what was
   * measured after: all 160 right, churn 160 of 160.
   */
  { name: 'fifth', rows: COMPLAINTS_HELDOUT_8 as TableComplaint[], source: 'heldout-9', floor: { right: 1, churn: 1 } },
  /**
   * The sixth held-out table (test/fixtures/heldout-11), written blind once the rules had been widened on the fifth
   * table's misses, measured at first contact before any change for it: 149 of 160 (93.1 %) right, churn 152 of 160.
   * That first-contact figure is the estimate for complaints the rules have never seen. Its misses were since fixed by
   * class of error and by concept, in every language, never by its sentences (docs/languages.md), and it is now among
   * the examples the fallback learns from (measured here with a model trained without it), so it is no longer blind:
   * the next table written blind is the measure. Held as a floor of what was measured after: all 160 right, churn 160
   * of 160.
   */
  {
    name: 'sixth',
    rows: COMPLAINTS_HELDOUT_10 as TableComplaint[],
    source: 'heldout-11',
    floor: { right: 1, churn: 1 },
  },
  /**
   * The seventh held-out table (test/fixtures/heldout-12), written blind once the rules had been widened on the sixth
   * table's misses, measured before any change for it: 154 of 160 (96.3 %) right, above the 95 % asked; churn 156 of
   * 160. The figure for complaints the classifier has never seen, kept as a floor a change cannot lose.
   */
  {
    name: 'seventh',
    rows: COMPLAINTS_HELDOUT_12 as TableComplaint[],
    source: 'none',
    floor: { right: 0.9625, churn: 0.975 },
  },
];

interface Outcome {
  id: string;
  language: boolean;
  category: boolean;
  receipt: boolean;
  churn: boolean;
  line: string;
}

function judge(c: TableComplaint, model: CategoryModel): Outcome {
  const want = languageFromTag(c.lang)!;
  const detected = detectLanguage(c.text);
  const result = classify(c.text, { model });
  const language = ticketLanguage(c.text, undefined);
  const receipt = receiptMessage({ ticketId: 7, category: result.category, language, dueAt: null, now: new Date(0) });
  // The receipt is in the customer's language when it opens as that language's receipt does.
  const opening = catalogue(want).receipt.body.slice(0, 12);
  const outcome = {
    id: c.id,
    language: detected === want,
    category: result.category === c.category,
    receipt: receipt.text.startsWith(opening),
    churn: result.signals.length > 0 === c.churnOrUrgency,
  };
  const misses = [
    outcome.language ? '' : `language ${detected} (want ${want})`,
    outcome.category ? '' : `category ${result.category} (want ${c.category}; matched ${result.matched.join(', ')})`,
    outcome.receipt ? '' : 'receipt language',
    outcome.churn ? '' : `churn/urgency ${c.churnOrUrgency ? 'missed' : `false: ${result.signals.join(', ')}`}`,
  ].filter(Boolean);
  return { ...outcome, line: `${c.id}: ${misses.join('; ')} | ${c.text.slice(0, 100)}` };
}

type HeldoutRow = TableComplaint & {
  facts?: { device?: string; os?: string; region?: string; network?: 'wifi' | '4g' | '5g' | 'cellular' | 'ethernet' };
};
/** The facts a reader would take from the held-out complaints: most must be read. */
const REQUIRED_FACTS_SHARE = 0.9;
const NETWORK_LABELS: Record<string, string[]> = {
  wifi: ['Wi-Fi'],
  '4g': ['4G'],
  '5g': ['5G'],
  cellular: ['mobile data', '4G', '5G'],
  ethernet: ['wired'],
};
const squeeze = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');

/** Device, system, region and network as the table states them, against what extractFacts reads. */
function measureFacts(table: HeldoutRow[]) {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const c of table) {
    if (!c.facts) continue;
    const read = extractFacts(c.text);
    for (const key of ['device', 'os', 'region', 'network'] as const) {
      const want = c.facts[key];
      if (!want) continue;
      total++;
      const got = read[key];
      const ok =
        key === 'network'
          ? got !== undefined && NETWORK_LABELS[want]!.includes(got)
          : got !== undefined && (squeeze(want).includes(squeeze(got)) || squeeze(got).includes(squeeze(want)));
      if (ok) right++;
      else misses.push(`${c.id} ${key}: read ${got ?? 'nothing'}, stated ${want}`);
    }
  }
  console.log(`held-out facts: ${right} of ${total} read\n  ${misses.join('\n  ')}`);
  return { right, total };
}

/**
 * The tables are among the examples the fallback to similar examples learns from: each is measured with a model
 * trained without it, so the figure is what a table the classifier has not seen would get from the fallback.
 */
function modelWithout(source: ExampleSource): CategoryModel {
  return trainCategoryModel(CATEGORY_EXAMPLES.filter((example) => example.source !== source));
}

function measure(name: string, table: TableComplaint[], source: ExampleSource | 'none') {
  // A table not among the examples is read by the model the app trains at start, as it is.
  const model = source === 'none' ? trainCategoryModel(CATEGORY_EXAMPLES) : modelWithout(source);
  const outcomes = table.map((c) => judge(c, model));
  const right = outcomes.filter((o) => o.language && o.category && o.receipt).length;
  const churn = outcomes.filter((o) => o.churn).length;
  const misses = outcomes.filter((o) => !(o.language && o.category && o.receipt && o.churn));
  console.log(
    `${name}: ${table.length} complaints; language+category+receipt right ${right} ` +
      `(${((100 * right) / table.length).toFixed(1)} %); language ${outcomes.filter((o) => o.language).length}, ` +
      `category ${outcomes.filter((o) => o.category).length}, churn/urgency ${churn}` +
      (misses.length ? `\n  misses:\n  ${misses.map((m) => m.line).join('\n  ')}` : ''),
  );
  return { right, churn, total: table.length };
}

describe('complaints in every language', () => {
  it('dev table: at least ten per language, every category and the churn words in each', () => {
    const byLanguage = new Map<string, TableComplaint[]>();
    for (const c of COMPLAINTS_DEV) byLanguage.set(c.lang, [...(byLanguage.get(c.lang) ?? []), c]);
    expect(byLanguage.size).toBe(16);
    for (const rows of byLanguage.values()) {
      expect(rows.length).toBeGreaterThanOrEqual(10);
      expect(new Set(rows.map((r) => r.category)).size).toBe(6);
      expect(rows.some((r) => r.churnOrUrgency)).toBe(true);
    }
    const { right, total } = measure('dev table', COMPLAINTS_DEV, 'dev');
    expect(right / total).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });

  it('the Chinese wordings customers use for a call they cannot get into, and a one-model problem', () => {
    for (const text of ['进不了频道', '加入时一直提示超时', '被踢出来'])
      expect(classify(text).category, text).toBe('connectivity');
    expect(classify('只有华为 Mate 60 Pro（HarmonyOS 4.0）上进房间后黑屏').category).toBe('compatibility');
  });

  for (const table of LATER_HELDOUT_TABLES)
    it(`${table.name} held-out table`, () => {
      const { right, churn, total } = measure(`${table.name} held-out table`, table.rows, table.source);
      expect(right / total).toBeGreaterThanOrEqual(table.floor.right);
      expect(churn / total).toBeGreaterThanOrEqual(table.floor.churn);
    });

  it.runIf(existsSync(HELDOUT_3_FILE))('second held-out table', async () => {
    const { COMPLAINTS_HELDOUT_3 } = (await import(HELDOUT_3_FILE.href)) as { COMPLAINTS_HELDOUT_3: TableComplaint[] };
    const { right, churn, total } = measure('second held-out table', COMPLAINTS_HELDOUT_3, 'heldout-3');
    expect(right / total).toBeGreaterThanOrEqual(SECOND_HELDOUT_FLOOR.right);
    expect(churn / total).toBeGreaterThanOrEqual(SECOND_HELDOUT_FLOOR.churn);
  });

  it.runIf(existsSync(HELDOUT_FILE))('held-out table', async () => {
    const { COMPLAINTS_HELDOUT } = (await import(HELDOUT_FILE.href)) as { COMPLAINTS_HELDOUT: HeldoutRow[] };
    const { right, total } = measure('held-out table', COMPLAINTS_HELDOUT, 'heldout');
    expect(right / total).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    const facts = measureFacts(COMPLAINTS_HELDOUT);
    expect(facts.right / facts.total).toBeGreaterThanOrEqual(REQUIRED_FACTS_SHARE);
  });
});
