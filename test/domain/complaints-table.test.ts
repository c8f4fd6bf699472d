import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/catalogue/index.js';
import { classify } from '../../src/domain/classify.js';
import { detectLanguage, ticketLanguage } from '../../src/domain/language.js';
import { languageFromTag } from '../../src/domain/taxonomy.js';
import { receiptMessage } from '../../src/views/receipt.js';
import { COMPLAINTS_DEV, type TableComplaint } from '../fixtures/dev/complaints-dev.js';

/**
 * Language, category and receipt language for complaints written natively in every supported language, with the
 * churn and urgency words. The rules were written against the dev table; the held-out table was written by someone
 * who had not read them, and is the honest measure. Misses are printed, so a change shows what it won or lost.
 */
const HELDOUT_FILE = new URL('../fixtures/heldout/complaints-heldout.ts', import.meta.url);
/** What the issue asks of a table: language, category and receipt language right for at least 95 % of it. */
const REQUIRED_SHARE = 0.95;

interface Outcome {
  id: string;
  language: boolean;
  category: boolean;
  receipt: boolean;
  churn: boolean;
  line: string;
}

function judge(c: TableComplaint): Outcome {
  const want = languageFromTag(c.lang)!;
  const detected = detectLanguage(c.text);
  const result = classify(c.text);
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

function measure(name: string, table: TableComplaint[]) {
  const outcomes = table.map(judge);
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
    const { right, total } = measure('dev table', COMPLAINTS_DEV);
    expect(right / total).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });

  it('the Chinese wordings customers use for a call they cannot get into, and a one-model problem', () => {
    for (const text of ['进不了频道', '加入时一直提示超时', '被踢出来'])
      expect(classify(text).category, text).toBe('connectivity');
    expect(classify('只有华为 Mate 60 Pro（HarmonyOS 4.0）上进房间后黑屏').category).toBe('compatibility');
  });

  it.runIf(existsSync(HELDOUT_FILE))('held-out table', async () => {
    const { COMPLAINTS_HELDOUT } = (await import(HELDOUT_FILE.href)) as { COMPLAINTS_HELDOUT: TableComplaint[] };
    const { right, total } = measure('held-out table', COMPLAINTS_HELDOUT);
    expect(right / total).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
