import { expect } from 'vitest';
import { checkTone } from '../../src/domain/tone.js';

export const PITFALLS = ['blame', 'apology_without_action', 'overpromise', 'jargon'] as const;
export type PitfallName = (typeof PITFALLS)[number];
export type Lang = 'zh' | 'en';

export interface LabelledSample {
  id: string;
  lang: Lang;
  text: string;
  pitfalls: readonly PitfallName[];
}

export interface Score {
  lang: Lang;
  pitfall: PitfallName;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was flagged; 1 when nothing was to be found. */
  precision: number;
  recall: number;
}

export interface Mistake {
  id: string;
  lang: Lang;
  pitfall: PitfallName;
  kind: 'miss' | 'false alarm';
  text: string;
  found: string[];
}

/** The pitfalls the rules alone find in a text (links are not a pitfall of the tables). */
export function rulesFind(text: string): PitfallName[] {
  return pitfallsOf(checkTone(text, undefined, { reader: null }));
}

/** The pitfalls the built-in check finds: the rules, and the reader learned from the tone tables behind them. */
export function builtInFind(text: string): PitfallName[] {
  return pitfallsOf(checkTone(text));
}

function pitfallsOf(findings: ReadonlyArray<{ rule: string }>): PitfallName[] {
  const found = new Set<string>(findings.map((f) => f.rule));
  return PITFALLS.filter((p) => found.has(p));
}

/** Precision and recall per pitfall and language, with every miss and false alarm. */
export function evaluate(samples: readonly LabelledSample[], find = rulesFind) {
  const scores: Score[] = [];
  const mistakes: Mistake[] = [];
  const found = new Map(samples.map((s) => [s.id, find(s.text)]));
  for (const lang of ['en', 'zh'] as const)
    for (const pitfall of PITFALLS) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const s of samples.filter((x) => x.lang === lang)) {
        const said = found.get(s.id)!.includes(pitfall);
        const truth = s.pitfalls.includes(pitfall);
        if (said && truth) tp++;
        else if (said) fp++;
        else if (truth) fn++;
        if (said !== truth)
          mistakes.push({
            id: s.id,
            lang,
            pitfall,
            kind: truth ? 'miss' : 'false alarm',
            text: s.text,
            found: found.get(s.id)!,
          });
      }
      scores.push({
        lang,
        pitfall,
        truePositives: tp,
        falsePositives: fp,
        falseNegatives: fn,
        precision: tp + fp === 0 ? 1 : tp / (tp + fp),
        recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      });
    }
  return { scores, mistakes };
}

export function report(title: string, result: ReturnType<typeof evaluate>): string {
  const lines = [`${title}`, 'lang pitfall                  TP  FP  FN  precision  recall'];
  for (const s of result.scores)
    lines.push(
      `${s.lang.padEnd(4)} ${s.pitfall.padEnd(24)} ${String(s.truePositives).padStart(3)} ` +
        `${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ` +
        `${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`,
    );
  lines.push(`${result.mistakes.length} mistakes:`);
  for (const m of result.mistakes)
    lines.push(
      `  ${m.kind.padEnd(11)} ${m.pitfall.padEnd(22)} ${m.id}: ${m.text}  [found: ${m.found.join(', ') || '-'}]`,
    );
  return lines.join('\n');
}

/** Every pitfall and language at or above its floor (precision and recall), each with a floor of its own. */
export function expectFloors(
  result: ReturnType<typeof evaluate>,
  floors: Record<string, { precision: number; recall: number }>,
): void {
  for (const s of result.scores) {
    const floor = floors[`${s.lang} ${s.pitfall}`];
    expect(floor, `${s.lang} ${s.pitfall} has a floor`).toBeDefined();
    expect(s.precision, `${s.lang} ${s.pitfall} precision`).toBeGreaterThanOrEqual(floor?.precision ?? 1);
    expect(s.recall, `${s.lang} ${s.pitfall} recall`).toBeGreaterThanOrEqual(floor?.recall ?? 1);
  }
}
