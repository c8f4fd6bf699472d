import { describe, expect, it } from 'vitest';
import { TONE_HELDOUT_2 } from '../fixtures/heldout-2/tone-heldout-2.js';
import { TONE_HELDOUT_3 } from '../fixtures/heldout-5/tone-heldout-3.js';
import { TONE_HELDOUT_4 } from '../fixtures/heldout-6/tone-heldout-4.js';
import { TONE_HELDOUT_5 } from '../fixtures/heldout-8/tone-heldout-5.js';
import { TONE_HELDOUT_6 } from '../fixtures/heldout-10/tone-heldout-6.js';
import { TONE_HELDOUT_7 } from '../fixtures/heldout-13/tone-heldout-7.js';
import { TONE_HELDOUT_8 } from '../fixtures/heldout-14/tone-heldout-8.js';
import { TONE_HELDOUT_9 } from '../fixtures/heldout-15/tone-heldout-9.js';
import { TONE_HELDOUT_10 } from '../fixtures/heldout-16/tone-heldout-10.js';
import { TONE_HELDOUT_11 } from '../fixtures/heldout-17/tone-heldout-11.js';
import { TONE_HELDOUT_12 } from '../fixtures/heldout-18/tone-heldout-12.js';
import { TONE_HELDOUT_13 } from '../fixtures/heldout-19/tone-heldout-13.js';
import { TONE_HELDOUT_14 } from '../fixtures/heldout-20/tone-heldout-14.js';
import { TONE_HELDOUT_15 } from '../fixtures/heldout-21/tone-heldout-15.js';
import { TONE_HELDOUT_16 } from '../fixtures/heldout-22/tone-heldout-16.js';
import { TONE_HELDOUT_17 } from '../fixtures/heldout-23/tone-heldout-17.js';
import { TONE_HELDOUT_18 } from '../fixtures/heldout-24/tone-heldout-18.js';
import { TONE_HELDOUT_19 } from '../fixtures/heldout-25/tone-heldout-19.js';
import { TONE_HELDOUT_20 } from '../fixtures/heldout-26/tone-heldout-20.js';
import { TONE_HELDOUT_21 } from '../fixtures/heldout-27/tone-heldout-21.js';
import { TONE_HELDOUT_22 } from '../fixtures/heldout-28/tone-heldout-22.js';
import { TONE_HELDOUT_23 } from '../fixtures/heldout-29/tone-heldout-23.js';
import { TONE_HELDOUT_24 } from '../fixtures/heldout-30/tone-heldout-24.js';
import { TONE_HELDOUT_25 } from '../fixtures/heldout-31/tone-heldout-25.js';
import { TONE_HELDOUT_26 } from '../fixtures/heldout-32/tone-heldout-26.js';
import { TONE_HELDOUT_27 } from '../fixtures/heldout-33/tone-heldout-27.js';
import { TONE_HELDOUT_28 } from '../fixtures/heldout-34/tone-heldout-28.js';
import { TONE_HELDOUT_29 } from '../fixtures/heldout-35/tone-heldout-29.js';
import { TONE_HELDOUT_30 } from '../fixtures/heldout-36/tone-heldout-30.js';
import { TONE_HELDOUT_31 } from '../fixtures/heldout-37/tone-heldout-31.js';
import { TONE_HELDOUT_32 } from '../fixtures/heldout-38/tone-heldout-32.js';
import { TONE_HELDOUT_33 } from '../fixtures/heldout-39/tone-heldout-33.js';
import { TONE_HELDOUT_34 } from '../fixtures/heldout-40/tone-heldout-34.js';
import { TONE_HELDOUT_35 } from '../fixtures/heldout-41/tone-heldout-35.js';
import { TONE_HELDOUT_36 } from '../fixtures/heldout-42/tone-heldout-36.js';
import { TONE_HELDOUT_37 } from '../fixtures/heldout-43/tone-heldout-37.js';
import { TONE_HELDOUT_38 } from '../fixtures/heldout-44/tone-heldout-38.js';
import { TONE_HELDOUT_39 } from '../fixtures/heldout-45/tone-heldout-39.js';
import { TONE_HELDOUT_40 } from '../fixtures/heldout-46/tone-heldout-40.js';
import { TONE_HELDOUT_41 } from '../fixtures/heldout-47/tone-heldout-41.js';
import { TONE_HELDOUT_42 } from '../fixtures/heldout-48/tone-heldout-42.js';
import { TONE_HELDOUT_43 } from '../fixtures/heldout-49/tone-heldout-43.js';
import { TONE_HELDOUT_44 } from '../fixtures/heldout-50/tone-heldout-44.js';
import { TONE_HELDOUT_45 } from '../fixtures/heldout-51/tone-heldout-45.js';
import { TONE_HELDOUT_46 } from '../fixtures/heldout-52/tone-heldout-46.js';
import { TONE_HELDOUT_47 } from '../fixtures/heldout-53/tone-heldout-47.js';
import { TONE_HELDOUT_48 } from '../fixtures/heldout-54/tone-heldout-48.js';
import { TONE_HELDOUT_49 } from '../fixtures/heldout-55/tone-heldout-49.js';
import { TONE_HELDOUT_50 } from '../fixtures/heldout-56/tone-heldout-50.js';
import { TONE_HELDOUT_51 } from '../fixtures/heldout-57/tone-heldout-51.js';
import { TONE_HELDOUT_52 } from '../fixtures/heldout-58/tone-heldout-52.js';
import { TONE_HELDOUT_53 } from '../fixtures/heldout-59/tone-heldout-53.js';
import { TONE_HELDOUT_54 } from '../fixtures/heldout-60/tone-heldout-54.js';
import { TONE_HELDOUT_55 } from '../fixtures/heldout-61/tone-heldout-55.js';
import { TONE_HELDOUT_56 } from '../fixtures/heldout-62/tone-heldout-56.js';
import { TONE_HELDOUT_57 } from '../fixtures/heldout-63/tone-heldout-57.js';
import { TONE_HELDOUT_58 } from '../fixtures/heldout-64/tone-heldout-58.js';
import { TONE_HELDOUT_59 } from '../fixtures/heldout-65/tone-heldout-59.js';
import { TONE_HELDOUT_60 } from '../fixtures/heldout-66/tone-heldout-60.js';
import { TONE_HELDOUT_61 } from '../fixtures/heldout-67/tone-heldout-61.js';
import { TONE_HELDOUT_62 } from '../fixtures/heldout-68/tone-heldout-62.js';
import { TONE_HELDOUT_63 } from '../fixtures/heldout-69/tone-heldout-63.js';
import { TONE_HELDOUT_64 } from '../fixtures/heldout-70/tone-heldout-64.js';
import { TONE_HELDOUT_65 } from '../fixtures/heldout-71/tone-heldout-65.js';
import { TONE_HELDOUT_66 } from '../fixtures/heldout-72/tone-heldout-66.js';
import { TONE_HELDOUT_67 } from '../fixtures/heldout-73/tone-heldout-67.js';
import { TONE_HELDOUT_68 } from '../fixtures/heldout-74/tone-heldout-68.js';
import { TONE_HELDOUT_69 } from '../fixtures/heldout-75/tone-heldout-69.js';
import { TONE_HELDOUT_70 } from '../fixtures/heldout-76/tone-heldout-70.js';
import { TONE_HELDOUT_71 } from '../fixtures/heldout-77/tone-heldout-71.js';
import { TONE_HELDOUT_72 } from '../fixtures/heldout-78/tone-heldout-72.js';
import { TONE_HELDOUT_73 } from '../fixtures/heldout-79/tone-heldout-73.js';
import { TONE_HELDOUT_74 } from '../fixtures/heldout-80/tone-heldout-74.js';
import { TONE_HELDOUT_75 } from '../fixtures/heldout-81/tone-heldout-75.js';
import { TONE_HELDOUT_76 } from '../fixtures/heldout-82/tone-heldout-76.js';
import { TONE_HELDOUT_77 } from '../fixtures/heldout-83/tone-heldout-77.js';
import { TONE_HELDOUT_78 } from '../fixtures/heldout-84/tone-heldout-78.js';
import { TONE_HELDOUT_79 } from '../fixtures/heldout-85/tone-heldout-79.js';
import { TONE_HELDOUT_80 } from '../fixtures/heldout-86/tone-heldout-80.js';
import { TONE_HELDOUT_81 } from '../fixtures/heldout-87/tone-heldout-81.js';
import { TONE_HELDOUT_82 } from '../fixtures/heldout-88/tone-heldout-82.js';
import { TONE_HELDOUT_83 } from '../fixtures/heldout-89/tone-heldout-83.js';
import { TONE_HELDOUT_84 } from '../fixtures/heldout-90/tone-heldout-84.js';
import { TONE_HELDOUT_85 } from '../fixtures/heldout-91/tone-heldout-85.js';
import { TONE_HELDOUT_86 } from '../fixtures/heldout-92/tone-heldout-86.js';
import { TONE_HELDOUT_87 } from '../fixtures/heldout-93/tone-heldout-87.js';
import { TONE_HELDOUT_88 } from '../fixtures/heldout-94/tone-heldout-88.js';
import { TONE_HELDOUT_89 } from '../fixtures/heldout-95/tone-heldout-89.js';
import { TONE_HELDOUT_90 } from '../fixtures/heldout-96/tone-heldout-90.js';
import { TONE_HELDOUT_91 } from '../fixtures/heldout-97/tone-heldout-91.js';
import { TONE_HELDOUT_92 } from '../fixtures/heldout-98/tone-heldout-92.js';
import { TONE_HELDOUT_93 } from '../fixtures/heldout-99/tone-heldout-93.js';
import { TONE_HELDOUT_94 } from '../fixtures/heldout-100/tone-heldout-94.js';
import { TONE_HELDOUT_95 } from '../fixtures/heldout-101/tone-heldout-95.js';
import { TONE_HELDOUT_96 } from '../fixtures/heldout-102/tone-heldout-96.js';
import { TONE_HELDOUT_97 } from '../fixtures/heldout-103/tone-heldout-97.js';
import { TONE_HELDOUT_98 } from '../fixtures/heldout-104/tone-heldout-98.js';
import { TONE_HELDOUT_99 } from '../fixtures/heldout-105/tone-heldout-99.js';
import { TONE_HELDOUT_100 } from '../fixtures/heldout-106/tone-heldout-100.js';
import { TONE_HELDOUT_101 } from '../fixtures/heldout-107/tone-heldout-101.js';
import { TONE_HELDOUT_102 } from '../fixtures/heldout-108/tone-heldout-102.js';
import { TONE_HELDOUT_103 } from '../fixtures/heldout-109/tone-heldout-103.js';
import { TONE_HELDOUT_104 } from '../fixtures/heldout-110/tone-heldout-104.js';
import { TONE_HELDOUT_105 } from '../fixtures/heldout-111/tone-heldout-105.js';
import { builtInFind, evaluate, expectFloors, type LabelledSample, PITFALLS, report } from './tone-metrics.js';

type Floors = Record<string, { precision: number; recall: number }>;

/** A held-out tone table, the floors the rules alone keep on it and, where measured, the check as it ships. */
interface HeldoutTable {
  name: string;
  rows: readonly LabelledSample[];
  floors: Floors;
  /** The rules with the learned reader behind them (src/domain/tone-reader.ts), on a table it did not learn from. */
  builtInFloors?: Floors;
  /** The size the issue asks of a held-out table. */
  minRows?: number;
}

/** Precision and recall 1 for every pitfall in both languages: what the rules reach on a table they were widened on. */
const EVERY_PITFALL_AT_ONE: Floors = Object.fromEntries(
  (['en', 'zh'] as const).flatMap((lang) => PITFALLS.map((p) => [`${lang} ${p}`, { precision: 1, recall: 1 }])),
);

const TABLES: readonly HeldoutTable[] = [
  /**
   * The tone check, rules alone, on the second held-out table (test/fixtures/heldout-2/tone-heldout-2.ts): replies
   * written by someone who had read neither the rules nor the first table. It was a blind measure until the rules
   * were widened on its misses and false alarms (by concept, with new wordings added to the second development
   * table); it is no longer one, and the floors below are what the rules measure since, so that they cannot slip
   * back. docs/tone.md gives the figures before and after, and why a fresh table is the only honest measure.
   */
  {
    name: 'second',
    rows: TONE_HELDOUT_2,
    floors: EVERY_PITFALL_AT_ONE,
  },
  /**
   * The tone check, rules alone, on the third held-out table (test/fixtures/heldout-5/tone-heldout-3.ts). It was
   * written blind, and at first contact the rules missed much of its blame and over-promising (recall 0.52–0.68,
   * docs/tone.md). The rules were since widened on its 62 mistakes, each read for the family of wordings it belongs
   * to, with new wordings and hard clean cases in test/fixtures/dev/tone-dev-3.ts; so this table is no longer blind
   * and its figures say how well the rules learned it, not how they generalise. The next blind table is the measure.
   * The floors are what the rules reach now, so that no later change loses them.
   */
  {
    name: 'third',
    rows: TONE_HELDOUT_3,
    floors: EVERY_PITFALL_AT_ONE,
  },
  /**
   * The tone check, rules alone, on the fourth held-out table (test/fixtures/heldout-6/tone-heldout-4.ts): replies
   * written from the four definitions by someone who had read neither the rules nor any other table. At first contact
   * blame and over-promising fell short of the recall asked and jargon of the precision (docs/tone.md keeps those
   * figures as the estimate for unseen text). The rules were since widened on its mistakes, by family, so this table
   * is no longer blind: the floors are what it reaches now, kept so a change cannot lose it; the next blind table is
   * the measure.
   */
  {
    name: 'fourth',
    rows: TONE_HELDOUT_4,
    floors: EVERY_PITFALL_AT_ONE,
    minRows: 200,
  },
  /**
   * The tone check, rules alone, on the fifth held-out table (test/fixtures/heldout-8/tone-heldout-5.ts): replies
   * written from the four definitions by someone who had read neither the rules nor any other table. At first contact
   * blame and over-promising fell short in recall (en blame 0.652, zh blame 0.696, en promises 0.826, zh promises
   * 0.652) and apologies and jargon in precision (0.880 to 0.920). The rules were then widened on its 39 mistakes by
   * family, with new wordings and hard clean rows in the fifth development table (test/fixtures/dev/tone-dev-5.ts), so
   * this table is no longer blind: the floors below hold what was reached after, and the first-contact figures in
   * docs/tone.md stay the estimate for unseen text. The next blind table is the measure.
   */
  {
    name: 'fifth',
    rows: TONE_HELDOUT_5,
    floors: EVERY_PITFALL_AT_ONE,
    minRows: 200,
  },
  /**
   * The tone check, rules alone, on the sixth held-out table (test/fixtures/heldout-10/tone-heldout-6.ts): replies
   * written from the four definitions by someone who had read neither the rules nor any other table, run once the
   * rules had been widened on the fifth table, before any change for this one. The issue asks precision >= 0.95 and
   * recall >= 0.90 for every pitfall: blame and over-promising fall short in recall, Chinese apologies and English
   * jargon in precision (docs/tone.md). The floors are what was measured at first contact, so a change cannot lose it.
   */
  {
    name: 'sixth',
    rows: TONE_HELDOUT_6,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.95, recall: 0.95 },
      'en overpromise': { precision: 1, recall: 0.73 },
      'en jargon': { precision: 0.92, recall: 1 },
      'zh blame': { precision: 0.91, recall: 0.47 },
      'zh apology_without_action': { precision: 0.87, recall: 0.91 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.95 },
    },
    /**
     * The built-in check as it ships, the rules with the reader learned from the other tone tables behind them
     * (src/domain/tone-reader.ts). Run once when the reader was added (blame recall 0.739 en, 0.696 zh; English
     * promises 0.870), and again once the training tables written from the definitions alone were added to what it
     * learns from; these floors are the second run.
     */
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.78 },
      'en apology_without_action': { precision: 0.95, recall: 0.95 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.92, recall: 1 },
      'zh blame': { precision: 0.94, recall: 0.78 },
      'zh apology_without_action': { precision: 0.87, recall: 0.91 },
      'zh overpromise': { precision: 0.95, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.95 },
    },
    minRows: 200,
  },
  /**
   * The tone check, rules alone, on the seventh held-out table (test/fixtures/heldout-13/tone-heldout-7.ts): replies
   * written from the four definitions by someone who had read neither the rules nor any other table, run once the
   * rules had been widened on the fifth table and the learned reader trained (without this table or the sixth),
   * before any change for it. The issue asks precision >= 0.95 and recall >= 0.90 for every pitfall: the rules alone
   * fall short in blame and English promises (recall), and in apologies and jargon (precision). The floors are what
   * was measured at first contact, so a change cannot lose it. The rules were widened on its mistakes since, and the
   * reader learns from it, so it is no longer blind; the eighth table is.
   */
  {
    name: 'seventh',
    rows: TONE_HELDOUT_7,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.92, recall: 1 },
      'en overpromise': { precision: 0.94, recall: 0.78 },
      'en jargon': { precision: 0.91, recall: 0.95 },
      'zh blame': { precision: 0.91, recall: 0.47 },
      'zh apology_without_action': { precision: 0.91, recall: 0.91 },
      'zh overpromise': { precision: 0.95, recall: 0.91 },
      'zh jargon': { precision: 0.95, recall: 1 },
    },
    /**
     * The built-in check as it ships, the rules with the reader learned from the tone and training tables behind them
     * (src/domain/tone-reader.ts; neither this table nor the sixth among them then), at first contact.
     */
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.86 },
      'en apology_without_action': { precision: 0.92, recall: 1 },
      'en overpromise': { precision: 0.91, recall: 0.95 },
      'en jargon': { precision: 0.91, recall: 0.95 },
      'zh blame': { precision: 0.94, recall: 0.78 },
      'zh apology_without_action': { precision: 0.91, recall: 0.91 },
      'zh overpromise': { precision: 0.95, recall: 1 },
      'zh jargon': { precision: 0.95, recall: 1 },
    },
    minRows: 200,
  },
  /**
   * The eighth held-out table (test/fixtures/heldout-14/tone-heldout-8.ts): 300 replies written from the four
   * definitions by someone who had read neither the rules nor any other table, run once the rules had been widened
   * on the sixth and seventh tables and the reader trained on them and on 880 more replies from the definitions,
   * before any change for it. Both sets of floors are what was measured at first contact (docs/tone.md); the rules
   * were widened on its mistakes since, so it is no longer blind; the ninth table is.
   */
  {
    name: 'eighth',
    rows: TONE_HELDOUT_8,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.64 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 0.89, recall: 0.6 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 0.89 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 0.89, recall: 0.92 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.93, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    minRows: 300,
  },
  /**
   * The ninth held-out table (test/fixtures/heldout-15/tone-heldout-9.ts): 240 replies written blind from the four
   * definitions, run once the rules had been widened on the eighth table's mistakes, before any change for it. The
   * floors are what was measured at first contact (docs/tone.md): the check as it ships reaches the issue's figures
   * for apologies and promises in both languages, not for blame or jargon. The rules were widened on its mistakes
   * since, and the reader learns from it, so it is no longer blind.
   */
  {
    name: 'ninth',
    rows: TONE_HELDOUT_9,
    floors: {
      'en blame': { precision: 1, recall: 0.56 },
      'en apology_without_action': { precision: 0.95, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.87, recall: 0.91 },
      'zh blame': { precision: 1, recall: 0.47 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.86 },
      'zh jargon': { precision: 0.88, recall: 0.69 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.73 },
      'en apology_without_action': { precision: 0.95, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.87, recall: 0.91 },
      'zh blame': { precision: 0.95, recall: 0.86 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.91 },
      'zh jargon': { precision: 0.88, recall: 0.69 },
    },
    minRows: 240,
  },
  /**
   * The tenth held-out table (test/fixtures/heldout-16/tone-heldout-10.ts): 240 replies written blind from the four
   * definitions, run once the rules had been widened on the ninth table's mistakes and the reader trained on it and
   * on 480 more replies from the definitions, before any change for this one. First-contact floors (docs/tone.md):
   * the check as it ships reaches the issue's figures for blame and promises in both languages and for Chinese
   * jargon; English apologies and jargon and Chinese apologies fall short. The rules were widened on its mistakes
   * since, and the reader learns from it, so it is no longer blind.
   */
  {
    name: 'tenth',
    rows: TONE_HELDOUT_10,
    floors: {
      'en blame': { precision: 1, recall: 0.73 },
      'en apology_without_action': { precision: 0.92, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.91 },
      'en jargon': { precision: 0.9, recall: 0.82 },
      'zh blame': { precision: 0.94, recall: 0.69 },
      'zh apology_without_action': { precision: 0.87, recall: 0.91 },
      'zh overpromise': { precision: 0.94, recall: 0.78 },
      'zh jargon': { precision: 1, recall: 0.95 },
    },
    builtInFloors: {
      'en blame': { precision: 0.95, recall: 0.95 },
      'en apology_without_action': { precision: 0.92, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.9, recall: 0.82 },
      'zh blame': { precision: 0.95, recall: 1 },
      'zh apology_without_action': { precision: 0.87, recall: 0.91 },
      'zh overpromise': { precision: 0.95, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.95 },
    },
    minRows: 240,
  },
  /**
   * The eleventh held-out table (test/fixtures/heldout-17/tone-heldout-11.ts): 300 replies written blind from the
   * four definitions, its writer asked for holding lines and apologies of many shapes. Run once the rules had been
   * widened on the tenth table and the reader trained on it, before any change for this one. First-contact floors
   * (docs/tone.md): only English promises and jargon reach the issue's figures; the reader's lower thresholds cost
   * blame precision here, and thanks-for-your-patience and sympathy lines were not yet read as holding lines. The
   * rules were widened on its mistakes since, and the reader learns from it, so it is no longer blind.
   */
  {
    name: 'eleventh',
    rows: TONE_HELDOUT_11,
    floors: {
      'en blame': { precision: 0.94, recall: 0.6 },
      'en apology_without_action': { precision: 0.91, recall: 0.78 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.42 },
      'zh apology_without_action': { precision: 0.92, recall: 0.82 },
      'zh overpromise': { precision: 1, recall: 0.78 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.86, recall: 0.92 },
      'en apology_without_action': { precision: 0.91, recall: 0.78 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 0.86, recall: 0.89 },
      'zh apology_without_action': { precision: 0.92, recall: 0.82 },
      'zh overpromise': { precision: 0.92, recall: 0.92 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The twelfth held-out table (test/fixtures/heldout-18/tone-heldout-12.ts): 300 replies written blind from the
   * four definitions, run once the rules had been widened on the eleventh table and the reader trained on it, before
   * any change for this one. First-contact floors (docs/tone.md): the check as it ships reaches the issue's figures
   * for promises and jargon in both languages and Chinese blame; English blame misses by one reply, apologies fall
   * short in precision. The rules were widened on its mistakes since, and the reader learns from it.
   */
  {
    name: 'twelfth',
    rows: TONE_HELDOUT_12,
    floors: {
      'en blame': { precision: 1, recall: 0.67 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.82 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.42 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The thirteenth held-out table (test/fixtures/heldout-19/tone-heldout-13.ts): 300 replies written blind from the
   * four definitions, run once the rules had been widened on the twelfth table and the reader trained on it, before
   * any change for this one. First-contact floors (docs/tone.md): the check as it ships reaches the issue's figures
   * for English apologies, promises and jargon and Chinese blame and jargon; English blame misses by one reply,
   * Chinese apologies and promises fall short in precision. The rules were widened on its mistakes since, and the
   * reader learns from it.
   */
  {
    name: 'thirteenth',
    rows: TONE_HELDOUT_13,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 0.93, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.67 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 0.93, recall: 0.96 },
      'zh overpromise': { precision: 0.9, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The fourteenth held-out table (test/fixtures/heldout-20/tone-heldout-14.ts): 300 replies written blind from the
   * four definitions, run once the rules had been widened on the thirteenth table and the reader trained on it,
   * before any change for this one. First-contact floors (docs/tone.md): the check as it ships reaches the issue's
   * figures for every pitfall in both languages but Chinese apologies (0.893 / 0.893). The rules were widened on its
   * mistakes since, and the reader learns from it.
   */
  {
    name: 'fourteenth',
    rows: TONE_HELDOUT_14,
    floors: {
      'en blame': { precision: 1, recall: 0.75 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.75 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 0.75 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The fifteenth held-out table (test/fixtures/heldout-21/tone-heldout-15.ts): 300 replies written blind from the
   * four definitions, run once the rules had been widened on the fourteenth table and the reader trained on it,
   * before any change for this one. First-contact floors (docs/tone.md): the check as it ships reaches the issue's
   * figures for promises and jargon in both languages; blame falls short (en 0.926 / 0.893, zh 0.900 / 0.964) and
   * apologies in precision (0.871 in both). The rules were widened on its mistakes since.
   */
  {
    name: 'fifteenth',
    rows: TONE_HELDOUT_15,
    floors: {
      'en blame': { precision: 0.93, recall: 0.53 },
      'en apology_without_action': { precision: 0.87, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.82 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.94, recall: 0.57 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.92, recall: 0.89 },
      'en apology_without_action': { precision: 0.87, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.9, recall: 0.96 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixteenth and seventeenth held-out tables (test/fixtures/heldout-22/, heldout-23/): 300 replies each, written
   * blind from the four definitions while the reader was being extended to all four pitfalls; the rules have not
   * changed since. The rules-alone floors are their first contact. First contact of the check as it shipped then:
   * 4 and 5 pairs of 8; of the check with the reader judging all four pitfalls, before either was learned from, 3 of
   * 8 on the sixteenth (the seventeenth was first run by an earlier draft of it: 3 of 8). The reader has learned
   * from both since, so the floors "as the check ships" are figures on text it has seen (docs/tone.md, "The reader
   * as judge and doubter").
   */
  {
    name: 'sixteenth',
    rows: TONE_HELDOUT_16,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 0.94, recall: 0.6 },
      'zh apology_without_action': { precision: 1, recall: 0.85 },
      'zh overpromise': { precision: 0.92, recall: 0.89 },
      'zh jargon': { precision: 0.89, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  {
    name: 'seventeenth',
    rows: TONE_HELDOUT_17,
    floors: {
      'en blame': { precision: 0.86, recall: 0.46 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.9, recall: 0.67 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.91, recall: 0.78 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The eighteenth and nineteenth held-out tables (test/fixtures/heldout-24/, heldout-25/): 300 replies each, written
   * blind from the four definitions and first run on the check with the reader judging all four pitfalls, learned
   * from the sixteenth and seventeenth tables and 2,840 learning replies, before anything learned from them. First
   * contact: 5 pairs of 8 on each as the check ships (21 and 13 errors; the check before this reader: 3 and 4 pairs,
   * 37 and 28 errors), 2 and 3 with the rules alone. The reader has learned from both since: the floors "as the check
   * ships" are now its figures on text it has seen.
   */
  {
    name: 'eighteenth',
    rows: TONE_HELDOUT_18,
    floors: {
      'en blame': { precision: 0.87, recall: 0.25 },
      'en apology_without_action': { precision: 0.92, recall: 0.85 },
      'en overpromise': { precision: 0.94, recall: 0.64 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.85, recall: 0.64 },
      'zh jargon': { precision: 0.89, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.9, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  {
    name: 'nineteenth',
    rows: TONE_HELDOUT_19,
    floors: {
      'en blame': { precision: 1, recall: 0.46 },
      'en apology_without_action': { precision: 1, recall: 0.92 },
      'en overpromise': { precision: 1, recall: 0.64 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.46 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.82 },
      'zh jargon': { precision: 0.92, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The twentieth held-out table (test/fixtures/heldout-26/): 300 replies written blind and run once on the check of
   * commit c871907: 24 errors over the eight pairs, 2 pairs of 8 (the check at the start of this round of the reader:
   * 42, 0 of 8). The rules were widened on it and the reader learned from it since; the floors are that first contact.
   */
  {
    name: 'twentieth',
    rows: TONE_HELDOUT_20,
    floors: {
      'en blame': { precision: 0.9, recall: 0.35 },
      'en apology_without_action': { precision: 0.89, recall: 0.89 },
      'en overpromise': { precision: 1, recall: 0.71 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.93, recall: 0.92 },
      'zh blame': { precision: 0.88, recall: 0.28 },
      'zh apology_without_action': { precision: 0.87, recall: 0.75 },
      'zh overpromise': { precision: 0.86, recall: 0.71 },
      'zh jargon': { precision: 0.86, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.89 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.92 },
      'zh apology_without_action': { precision: 0.96, recall: 0.89 },
      'zh overpromise': { precision: 0.9, recall: 1 },
      'zh jargon': { precision: 0.86, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The twenty-first held-out table (test/fixtures/heldout-27/): 300 replies written blind and run once on the check
   * as it shipped then; its floors are that first contact. As the check shipped: 5 pairs of 8, 18 errors over the
   * eight pairs (the check at the start of that round of the reader: 3 pairs, 28 errors). The rules were since widened
   * on its mistakes and the reader learns from it.
   */
  {
    name: 'twenty-first',
    rows: TONE_HELDOUT_21,
    floors: {
      'en blame': { precision: 1, recall: 0.39 },
      'en apology_without_action': { precision: 0.92, recall: 0.92 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.96, recall: 0.89 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.92, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 0.96, recall: 0.92 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 0.89 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The twenty-second held-out table (test/fixtures/heldout-28/): 300 replies written blind from the four definitions
   * and run once on the check of this round (the reader may withdraw blame and promises; thresholds chosen on
   * fourteen tables); its floors are that first contact. As the check shipped: 7 pairs of 8, 13 errors (the check
   * this round began with: 5 pairs, 18 errors); English jargon fell short on five terms explained in shapes the
   * rules did not know. The rules were since widened on its mistakes and the reader learns from it.
   */
  {
    name: 'twenty-second',
    rows: TONE_HELDOUT_22,
    floors: {
      'en blame': { precision: 1, recall: 0.35 },
      'en apology_without_action': { precision: 1, recall: 0.92 },
      'en overpromise': { precision: 0.95, recall: 0.67 },
      'en jargon': { precision: 0.84, recall: 1 },
      'zh blame': { precision: 0.75, recall: 0.32 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 0.84, recall: 1 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The twenty-third held-out table (test/fixtures/heldout-29/): 300 replies written blind and run once on the check
   * of commit c8ee229 (the reader learned from the twenty-second too, thresholds chosen on fifteen tables, the rules
   * widened on the twenty-second); its floors are that first contact. As the check shipped: 5 pairs of 8, 27 errors
   * (the check this round began with: 3 pairs, 36 errors). Blame fell short in both languages: 17 of 56 missed, most
   * a diagnosis of their people or setup beside a helpful step of ours, which reads, as a whole, like care.
   */
  {
    name: 'twenty-third',
    rows: TONE_HELDOUT_23,
    floors: {
      'en blame': { precision: 0.9, recall: 0.32 },
      'en apology_without_action': { precision: 0.87, recall: 1 },
      'en overpromise': { precision: 0.94, recall: 0.64 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 0.93, recall: 0.5 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.88, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.94, recall: 0.6 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.78 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The twenty-fourth held-out table (test/fixtures/heldout-30/): 300 replies written blind and run once on the check
   * of commit 94d6661 (the rules widened on the twenty-third, the reader learned from it, thresholds chosen on sixteen
   * tables); its floors are that first contact. As the check shipped: 6 pairs of 8, 13 errors (the check this round
   * began with: 5 pairs, 21 errors); English jargon (3 false alarms) and Chinese jargon (3 misses) fell short.
   * English blame's precision floor is 0.96, not the 1 of first contact: with the doubt for English blame at 0.3,
   * chosen on fifty tables, the reader no longer withdraws the rules' blame in "Your recordings are 30 fps …, which is
   * why the files are large" (t24-en-058).
   */
  {
    name: 'twenty-fourth',
    rows: TONE_HELDOUT_24,
    floors: {
      'en blame': { precision: 0.92, recall: 0.46 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.67 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 0.95, recall: 0.71 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.9, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    minRows: 300,
  },
  /**
   * The twenty-fifth held-out table (test/fixtures/heldout-31/): 300 replies written blind and run once on the same
   * check as the twenty-fourth; its floors are that first contact. As the check shipped: 7 pairs of 8, 8 errors (the
   * check this round began with: 6 pairs, 12 errors); Chinese promises fell one miss short (25 of 28 found).
   */
  {
    name: 'twenty-fifth',
    rows: TONE_HELDOUT_25,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.5 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.89 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The twenty-sixth held-out table (test/fixtures/heldout-32/): 300 replies written blind and run once on the check
   * of commit 64edca5 (the rules widened on the twenty-fourth and twenty-fifth, the reader learned from them,
   * thresholds chosen on eighteen tables); its floors are that first contact. As the check shipped: 6 pairs of 8,
   * 12 errors (the check this round began with: 6 pairs, 18 errors); English blame (3 misses) and Chinese jargon
   * (1 false alarm, 3 misses) fell short.
   */
  {
    name: 'twenty-sixth',
    rows: TONE_HELDOUT_26,
    floors: {
      'en blame': { precision: 1, recall: 0.53 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.64 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.39 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 0.92 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      // "Thanks for flagging. The team is on it." is labelled an empty apology with no word of apology in it; the
      // reader read it so at a flag of 0.5, not at 0.6, chosen since on seventy tables.
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    minRows: 300,
  },
  /**
   * The twenty-seventh held-out table (test/fixtures/heldout-33/): 300 replies written blind and run once on the same
   * check as the twenty-sixth; its floors are that first contact. As the check shipped: 4 pairs of 8, 16 errors (the
   * check this round began with: 3 pairs, 21 errors); blame in both languages (4 misses each), English jargon
   * (2 false alarms) and Chinese jargon (2 false alarms) fell short.
   */
  {
    name: 'twenty-seventh',
    rows: TONE_HELDOUT_27,
    floors: {
      'en blame': { precision: 0.8, recall: 0.28 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.87, recall: 1 },
      'zh blame': { precision: 1, recall: 0.32 },
      'zh apology_without_action': { precision: 0.96, recall: 0.89 },
      'zh overpromise': { precision: 0.9, recall: 0.71 },
      'zh jargon': { precision: 0.9, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 0.85 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 1, recall: 0.85 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.96 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The twenty-eighth held-out table (test/fixtures/heldout-34/): 300 replies written blind and run once on the check
   * of commit 13b1e3c (the rules widened on the twenty-sixth and twenty-seventh, the reader learned from them,
   * thresholds chosen on twenty tables); its floors are that first contact. As the check shipped: 4 pairs of 8,
   * 21 errors (the check this round began with: 4 pairs, 31 errors); blame in both languages (5 and 4 misses) and
   * jargon in both (3 false alarms each) fell short.
   */
  {
    name: 'twenty-eighth',
    rows: TONE_HELDOUT_28,
    floors: {
      'en blame': { precision: 0.92, recall: 0.46 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.78 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.87, recall: 0.92 },
      'zh blame': { precision: 0.94, recall: 0.6 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.92 },
      'zh jargon': { precision: 0.89, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.82 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.85 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.89, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The twenty-ninth held-out table (test/fixtures/heldout-35/): 300 replies written blind and run once on the same
   * check as the twenty-eighth; its floors are that first contact. As the check shipped: 4 pairs of 8, 18 errors (the
   * check this round began with: 4 pairs, 32 errors); blame in both languages (5 and 4 misses), Chinese promises
   * (3 misses) and Chinese jargon (2 false alarms, 2 misses) fell short.
   */
  {
    name: 'twenty-ninth',
    rows: TONE_HELDOUT_29,
    floors: {
      'en blame': { precision: 0.88, recall: 0.53 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.9, recall: 0.35 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.91, recall: 0.75 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.95, recall: 0.82 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.85 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 0.92, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The thirtieth held-out table (test/fixtures/heldout-36/): 300 replies written blind and run once on the check of
   * commit 05f1493 (blame withdrawn only when no clause reads like it either), the check as it ships; its floors are
   * that first contact. As the check ships: 5 pairs of 8, 21 errors (the check this round began with: 2 pairs,
   * 29 errors); English blame (3 false alarms) and jargon in both languages fell short.
   */
  {
    name: 'thirtieth',
    rows: TONE_HELDOUT_30,
    floors: {
      'en blame': { precision: 0.9, recall: 0.64 },
      'en apology_without_action': { precision: 0.92, recall: 0.92 },
      'en overpromise': { precision: 0.92, recall: 0.82 },
      'en jargon': { precision: 0.82, recall: 1 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 0.92, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.9, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-first held-out table (test/fixtures/heldout-37/): 300 replies written blind and run once on the same
   * check as the thirtieth; its floors are that first contact. As the check ships: all 8 pairs, 3 errors (the check
   * this round began with: 7 pairs, 7 errors; the rules alone: 2 pairs, 52 errors). The one blind table of this
   * round on which the check met every figure; an easier table than most (the check this round began with met 7).
   */
  {
    name: 'thirty-first',
    rows: TONE_HELDOUT_31,
    floors: {
      'en blame': { precision: 0.92, recall: 0.46 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The thirty-second held-out table (test/fixtures/heldout-38/): 300 replies written blind and run once on the check
   * after the reader learned to withdraw listed terms from replies it reads as free of jargon (4eb8cb9); its floors
   * are that first contact. As the check ships: 7 pairs of 8, 9 errors (the check this session began with, 7eee723:
   * 6 pairs, 13 errors; the rules alone: 2 pairs, 66 errors).
   */
  {
    name: 'thirty-second',
    rows: TONE_HELDOUT_32,
    floors: {
      'en blame': { precision: 0.92, recall: 0.42 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.87, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.42 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.88, recall: 0.78 },
      'zh jargon': { precision: 0.88, recall: 0.82 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-third held-out table (test/fixtures/heldout-39/): written blind and run once on the same check as the
   * thirty-second; its floors are that first contact. As the check ships: 4 pairs of 8, 17 errors (7eee723: 4 pairs,
   * 19 errors; the rules alone: 1 pair, 67 errors).
   */
  {
    name: 'thirty-third',
    rows: TONE_HELDOUT_33,
    floors: {
      'en blame': { precision: 1, recall: 0.46 },
      'en apology_without_action': { precision: 0.9, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.83, recall: 0.35 },
      'zh apology_without_action': { precision: 0.96, recall: 0.89 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 0.85, recall: 0.85 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.92, recall: 0.92 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.89 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-fourth held-out table (test/fixtures/heldout-40/): 300 replies written blind and run once on the check
   * after it learned from the thirty-second and thirty-third tables and had its rules widened on the twenty-eighth to
   * thirty-third (cbf53b1); its floors are that first contact. As the check ships: 7 pairs of 8, 12 errors (the check
   * this session began with, 7eee723: 6 pairs, 14 errors; the rules alone: 3 pairs, 60 errors).
   */
  {
    name: 'thirty-fourth',
    rows: TONE_HELDOUT_34,
    floors: {
      'en blame': { precision: 0.87, recall: 0.5 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.93, recall: 0.53 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.42 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.84, recall: 0.78 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.9, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.92 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-fifth held-out table (test/fixtures/heldout-41/): written blind and run once on the same check as the
   * thirty-fourth; its floors are that first contact. As the check ships: 6 pairs of 8, 15 errors (7eee723: 7 pairs,
   * 11 errors; the rules alone: no pair, 53 errors). The check before its last retraining (874d9ac) met all 8 here
   * with 13 errors and 5 of 8 on the thirty-fourth: one table either way is within what a retraining moves.
   */
  {
    name: 'thirty-fifth',
    rows: TONE_HELDOUT_35,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.75 },
      'en jargon': { precision: 0.84, recall: 1 },
      'zh blame': { precision: 1, recall: 0.64 },
      'zh apology_without_action': { precision: 0.92, recall: 0.92 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-sixth held-out table (test/fixtures/heldout-42/): 300 replies written blind and run once on the check
   * after its weight decay was chosen by leaving each table out and it learned from the thirty-fourth and
   * thirty-fifth tables (8de6f02); its floors are that first contact. As the check ships: all 8 pairs, 8 errors (the
   * check this session began with, 7eee723: 6 pairs, 13 errors; the rules alone: no pair, 72 errors).
   */
  {
    name: 'thirty-sixth',
    rows: TONE_HELDOUT_36,
    floors: {
      'en blame': { precision: 1, recall: 0.39 },
      'en apology_without_action': { precision: 0.84, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.57 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 0.84, recall: 0.39 },
      'zh apology_without_action': { precision: 0.93, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.64 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The thirty-seventh held-out table (test/fixtures/heldout-43/): written blind and run once on the same check as the
   * thirty-sixth; its floors are that first contact. As the check ships: 6 pairs of 8, 12 errors (7eee723: 5 pairs,
   * 18 errors; the rules alone: 1 pair, 64 errors).
   */
  {
    name: 'thirty-seventh',
    rows: TONE_HELDOUT_37,
    floors: {
      'en blame': { precision: 1, recall: 0.5 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.9, recall: 0.64 },
      'en jargon': { precision: 0.83, recall: 0.89 },
      'zh blame': { precision: 0.93, recall: 0.5 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 0.93, recall: 0.96 },
      'zh jargon': { precision: 0.92, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 0.93, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The thirty-eighth held-out table (test/fixtures/heldout-44/): 300 replies written blind and run once on the check
   * after it learned from the thirty-sixth and thirty-seventh tables (8e60cd7); its floors are that first contact. As
   * the check ships: 7 pairs of 8, 9 errors (the check this session began with, 7eee723: 7 pairs, 13 errors; the rules
   * alone: 1 pair, 58 errors).
   */
  {
    name: 'thirty-eighth',
    rows: TONE_HELDOUT_38,
    floors: {
      'en blame': { precision: 1, recall: 0.46 },
      'en apology_without_action': { precision: 0.9, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.82 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.46 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.93, recall: 1 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The thirty-ninth held-out table (test/fixtures/heldout-45/): written blind and run once on the same check as the
   * thirty-eighth; its floors are that first contact. As the check ships: all 8 pairs, 6 errors (7eee723: 7 pairs,
   * 8 errors; the rules alone: 2 pairs, 57 errors).
   */
  {
    name: 'thirty-ninth',
    rows: TONE_HELDOUT_39,
    floors: {
      'en blame': { precision: 1, recall: 0.39 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.9, recall: 0.64 },
      'en jargon': { precision: 0.82, recall: 1 },
      'zh blame': { precision: 1, recall: 0.64 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 0.96, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The fortieth held-out table (test/fixtures/heldout-46/): 300 replies written blind and run once on the check after
   * it learned from the thirty-eighth and thirty-ninth tables (6f730c2); its floors are that first contact. As the
   * check ships: 7 pairs of 8, 8 errors (the check this session began with, 7eee723: 6 pairs, 12 errors; the rules
   * alone: 3 pairs, 52 errors).
   */
  {
    name: 'fortieth',
    rows: TONE_HELDOUT_40,
    floors: {
      'en blame': { precision: 0.93, recall: 0.53 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.6 },
      'en jargon': { precision: 0.89, recall: 0.92 },
      'zh blame': { precision: 0.94, recall: 0.57 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.91, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.93, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-first held-out table (test/fixtures/heldout-47/): written blind and run once on the same check as the
   * fortieth; its floors are that first contact. As the check ships: all 8 pairs, 4 errors (7eee723: all 8, 6 errors;
   * the rules alone: 4 pairs, 53 errors).
   */
  {
    name: 'forty-first',
    rows: TONE_HELDOUT_41,
    floors: {
      'en blame': { precision: 0.93, recall: 0.5 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.94, recall: 0.57 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.91, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-second held-out table (test/fixtures/heldout-48/): 300 replies written blind and run once on the check
   * as it ships after learning from the fortieth and forty-first tables (2e94436); its floors are that first
   * contact. As the check ships: 6 pairs of 8, 10 errors (the check this session began with, 7eee723: 5 pairs, 11
   * errors; the rules alone: 1 pair, 55 errors).
   */
  {
    name: 'forty-second',
    rows: TONE_HELDOUT_42,
    floors: {
      'en blame': { precision: 0.85, recall: 0.6 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.64 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.9, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-third held-out table (test/fixtures/heldout-49/): written blind and run once on the same check as the
   * forty-second; its floors are that first contact. As the check ships: all 8 pairs, 3 errors (7eee723: 7 pairs,
   * 8 errors; the rules alone: 2 pairs, 51 errors).
   */
  {
    name: 'forty-third',
    rows: TONE_HELDOUT_43,
    floors: {
      'en blame': { precision: 0.93, recall: 0.5 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.42 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-fourth held-out table (test/fixtures/heldout-50/): 300 replies written blind and run once on the check
   * as it shipped after the forty-second and forty-third tables were run (f1f7c84); its floors are that first contact.
   * As the check then shipped: 7 pairs of 8, 9 errors (the rules alone: 1 pair, 63 errors).
   */
  {
    name: 'forty-fourth',
    rows: TONE_HELDOUT_44,
    floors: {
      'en blame': { precision: 1, recall: 0.28 },
      'en apology_without_action': { precision: 0.87, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.5 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 0.95, recall: 0.71 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.86, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-fifth held-out table (test/fixtures/heldout-51/): written blind and run once on the same check as the
   * forty-fourth; its floors are that first contact. 6 pairs of 8, 14 errors (the rules alone: 1 pair, 69 errors).
   */
  {
    name: 'forty-fifth',
    rows: TONE_HELDOUT_45,
    floors: {
      'en blame': { precision: 0.9, recall: 0.35 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.67 },
      'en jargon': { precision: 0.89, recall: 0.92 },
      'zh blame': { precision: 0.85, recall: 0.42 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.67 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 0.92, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-sixth held-out table (test/fixtures/heldout-52/): 300 replies written blind and run once on the check
   * after it learned from the forty-second to forty-fifth tables (87d9050); its floors are that first contact. 6 pairs
   * of 8, 12 errors (the check as it shipped before, f1f7c84: 5 pairs, 13 errors; the rules alone: 1 pair, 60 errors).
   */
  {
    name: 'forty-sixth',
    rows: TONE_HELDOUT_46,
    floors: {
      'en blame': { precision: 1, recall: 0.28 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.6 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.85 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-seventh held-out table (test/fixtures/heldout-53/): written blind and run once on the same check as the
   * forty-sixth; its floors are that first contact. All 8 pairs, 3 errors (f1f7c84: 8 pairs, 5 errors; the rules
   * alone: 1 pair, 53 errors).
   */
  {
    name: 'forty-seventh',
    rows: TONE_HELDOUT_47,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.94, recall: 0.6 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.64 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The forty-eighth held-out table (test/fixtures/heldout-54/): 300 replies written blind and run once on the check
   * after it learned from the forty-sixth and forty-seventh tables (0926f69); its floors are that first contact. 7
   * pairs of 8, 10 errors (87d9050: 7 pairs, 9 errors; f1f7c84: 7 pairs, 8 errors; the rules alone: no pair, 61
   * errors).
   */
  {
    name: 'forty-eighth',
    rows: TONE_HELDOUT_48,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.92, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.92, recall: 0.89 },
      'zh overpromise': { precision: 1, recall: 0.78 },
      'zh jargon': { precision: 0.92, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.93, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The forty-ninth held-out table (test/fixtures/heldout-55/): written blind and run once on the same check as the
   * forty-eighth; its floors are that first contact. 7 pairs of 8, 13 errors (87d9050: 7 pairs, 11 errors; f1f7c84:
   * 7 pairs, 11 errors; the rules alone: 1 pair, 63 errors).
   */
  {
    name: 'forty-ninth',
    rows: TONE_HELDOUT_49,
    floors: {
      'en blame': { precision: 0.9, recall: 0.35 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.39 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.71 },
      'zh jargon': { precision: 0.92, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.92, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fiftieth held-out table (test/fixtures/heldout-56/): 300 replies written blind and run once on the check after
   * it learned from the forty-eighth and forty-ninth tables (381b8be); its floors are that first contact. 7 pairs of 8,
   * 12 errors (f1f7c84: 7 pairs, 13 errors; the rules alone: 2 pairs, 77 errors).
   */
  {
    name: 'fiftieth',
    rows: TONE_HELDOUT_50,
    floors: {
      'en blame': { precision: 0.8, recall: 0.14 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 0.61, recall: 0.28 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.87, recall: 0.75 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.89 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-first held-out table (test/fixtures/heldout-57/): written blind and run once on the same check as the
   * fiftieth; its floors are that first contact. All 8 pairs, 2 errors (f1f7c84: 8 pairs, 6 errors; the rules alone:
   * 2 pairs, 62 errors).
   */
  {
    name: 'fifty-first',
    rows: TONE_HELDOUT_51,
    floors: {
      'en blame': { precision: 0.85, recall: 0.21 },
      'en apology_without_action': { precision: 0.82, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.6 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.64 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-second held-out table (test/fixtures/heldout-58/): 300 replies written blind and run once on the check
   * as it ships after learning from the fiftieth and fifty-first tables (a97a352); its floors are that first contact.
   * 6 pairs of 8, 13 errors (f1f7c84: 6 pairs, 15 errors; the rules alone: 2 pairs, 78 errors).
   */
  {
    name: 'fifty-second',
    rows: TONE_HELDOUT_52,
    floors: {
      'en blame': { precision: 0.8, recall: 0.14 },
      'en apology_without_action': { precision: 0.89, recall: 0.92 },
      'en overpromise': { precision: 0.9, recall: 0.64 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 0.84, recall: 0.39 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.9, recall: 0.71 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.93, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-third held-out table (test/fixtures/heldout-59/): written blind and run once on the same check as the
   * fifty-second; its floors are that first contact. 6 pairs of 8, 10 errors (f1f7c84: 6 pairs, 14 errors; the rules
   * alone: 3 pairs, 61 errors).
   */
  {
    name: 'fifty-third',
    rows: TONE_HELDOUT_53,
    floors: {
      'en blame': { precision: 1, recall: 0.21 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.46 },
      'zh apology_without_action': { precision: 0.93, recall: 0.96 },
      'zh overpromise': { precision: 0.94, recall: 0.64 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-fourth held-out table (test/fixtures/heldout-60/): 300 replies written blind and run once on the check
   * as it ships (21866b4); its floors are that first contact. All 8 pairs, 6 errors (the rules alone: 1 pair, 51
   * errors).
   */
  {
    name: 'fifty-fourth',
    rows: TONE_HELDOUT_54,
    floors: {
      'en blame': { precision: 0.94, recall: 0.64 },
      'en apology_without_action': { precision: 0.82, recall: 1 },
      'en overpromise': { precision: 0.92, recall: 0.89 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      // The thresholds chosen on 62 tables let one more promise stand here (docs/tone.md, "Their own words").
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-fifth held-out table (test/fixtures/heldout-61/): written blind and run once on the same check as the
   * fifty-fourth; its floors are that first contact. All 8 pairs, 10 errors (the rules alone: 2 pairs, 60 errors).
   */
  {
    name: 'fifty-fifth',
    rows: TONE_HELDOUT_55,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 0.86, recall: 0.67 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The fifty-sixth held-out table (test/fixtures/heldout-62/): written blind and run once on the same check as the
   * fifty-fourth; its floors are that first contact. 7 pairs of 8, 8 errors (the rules alone: 0 pairs, 61 errors).
   */
  {
    name: 'fifty-sixth',
    rows: TONE_HELDOUT_56,
    floors: {
      'en blame': { precision: 1, recall: 0.32 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.89 },
      // A term the customer used is theirs, not jargon (docs/tone.md, "Their own words"); this table labels it jargon.
      'en jargon': { precision: 0.78, recall: 0.89 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.89, recall: 0.89 },
      'zh jargon': { precision: 0.84, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-seventh held-out table (test/fixtures/heldout-63/): written blind and run once on the same check as the
   * fifty-fourth; its floors are that first contact. All 8 pairs, 6 errors (the rules alone: 0 pairs, 49 errors).
   */
  {
    name: 'fifty-seventh',
    rows: TONE_HELDOUT_57,
    floors: {
      'en blame': { precision: 1, recall: 0.46 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 1, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.75 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 0.95, recall: 0.67 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The fifty-eighth held-out table (test/fixtures/heldout-64/): 300 replies written blind and run once on the check as
   * it ships after learning from the fifty-second to fifty-seventh tables (9b2ec0d); its floors are that first
   * contact. All 8 pairs, 3 errors (21866b4: 8 pairs, 3 errors; the rules alone: 2 pairs, 49 errors).
   */
  {
    name: 'fifty-eighth',
    rows: TONE_HELDOUT_58,
    floors: {
      'en blame': { precision: 1, recall: 0.53 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.86, recall: 0.92 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The fifty-ninth held-out table (test/fixtures/heldout-65/): written blind and run once on the same check as the
   * fifty-eighth; its floors are that first contact. All 8 pairs, 4 errors (21866b4: 7 pairs, 5 errors; the
   * rules alone: 1 pair, 56 errors).
   */
  {
    name: 'fifty-ninth',
    rows: TONE_HELDOUT_59,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 0.9, recall: 0.71 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 0.93, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.95, recall: 0.78 },
      'zh jargon': { precision: 0.89, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixtieth held-out table (test/fixtures/heldout-66/): written blind and run once on the check as it
   * stood (9c8c4f4); its floors are that first contact. 8 pairs of 8, 3 errors (the rules alone: 4 pairs, 47 errors).
   */
  {
    name: 'sixtieth',
    rows: TONE_HELDOUT_60,
    floors: {
      'en blame': { precision: 1, recall: 0.5 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.6 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-first held-out table (test/fixtures/heldout-67/): written blind and run once on the check as it
   * stood (9c8c4f4); its floors are that first contact. 8 pairs of 8, 4 errors (the rules alone: 1 pairs, 62 errors).
   */
  {
    name: 'sixty-first',
    rows: TONE_HELDOUT_61,
    floors: {
      'en blame': { precision: 0.92, recall: 0.46 },
      'en apology_without_action': { precision: 0.9, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.75 },
      'en jargon': { precision: 0.81, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.5 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.95, recall: 0.71 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-second held-out table (test/fixtures/heldout-68/): written blind and run once on the check as it
   * stood (9c8c4f4); its floors are that first contact. 7 pairs of 8, 6 errors (the rules alone: 4 pairs, 40 errors).
   */
  {
    name: 'sixty-second',
    rows: TONE_HELDOUT_62,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.67 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.94, recall: 0.6 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.85 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-third held-out table (test/fixtures/heldout-69/): written blind and run once on the check as it
   * stood (9c8c4f4); its floors are that first contact. 8 pairs of 8, 8 errors (the rules alone: 3 pairs, 52 errors).
   */
  {
    name: 'sixty-third',
    rows: TONE_HELDOUT_63,
    floors: {
      'en blame': { precision: 1, recall: 0.5 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 1 },
      // First contact missed one promise and flagged none; after the thresholds were chosen again on the sixtieth and
      // sixty-first tables (English promises flag at 0.3, was 0.5), it finds every promise and flags one clean reply.
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-fourth held-out table (test/fixtures/heldout-70/): written blind and run once on the check as it
   * ships (261a5e3); its floors are that first contact. 7 pairs of 8, 12 errors (the check before the sixtieth and
   * sixty-first tables were learned, 9c8c4f4: 7 pairs, 13 errors; the rules alone: 2 pairs, 54 errors).
   */
  {
    name: 'sixty-fourth',
    rows: TONE_HELDOUT_64,
    floors: {
      'en blame': { precision: 1, recall: 0.25 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.82 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.6 },
      'zh apology_without_action': { precision: 0.89, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.89 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-fifth held-out table (test/fixtures/heldout-71/): written blind and run once on the check as it
   * ships (261a5e3); its floors are that first contact. 6 pairs of 8, 7 errors (the check before the sixtieth and
   * sixty-first tables were learned, 9c8c4f4: 8 pairs, 4 errors; the rules alone: 3 pairs, 57 errors).
   */
  {
    name: 'sixty-fifth',
    rows: TONE_HELDOUT_65,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.91, recall: 0.75 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.78 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.93, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-sixth held-out table (test/fixtures/heldout-72/): written blind and run once on the check as it ships
   * (d62e7c8); its floors are that first contact. 7 pairs of 8, 9 errors (the rules alone: 2 pairs, 50 errors).
   */
  {
    name: 'sixty-sixth',
    rows: TONE_HELDOUT_66,
    floors: {
      'en blame': { precision: 0.93, recall: 0.53 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.75 },
      'en jargon': { precision: 1, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 0.87, recall: 0.96 },
      'zh overpromise': { precision: 0.92, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.92 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-seventh held-out table (test/fixtures/heldout-73/): written blind and run once on the check as it ships
   * (d62e7c8); its floors are that first contact. 7 pairs of 8, 10 errors (the rules alone: 1 pair, 60 errors).
   */
  {
    name: 'sixty-seventh',
    rows: TONE_HELDOUT_67,
    floors: {
      'en blame': { precision: 0.94, recall: 0.57 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.91, recall: 0.75 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 0.91, recall: 0.39 },
      'zh apology_without_action': { precision: 0.96, recall: 0.89 },
      'zh overpromise': { precision: 0.91, recall: 0.75 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The sixty-eighth held-out table (test/fixtures/heldout-74/): written blind and run once on the check as it ships
   * (d62e7c8); its floors are that first contact. 5 pairs of 8, 14 errors (the rules alone: no pair, 69 errors).
   */
  {
    name: 'sixty-eighth',
    rows: TONE_HELDOUT_68,
    floors: {
      'en blame': { precision: 0.91, recall: 0.39 },
      'en apology_without_action': { precision: 0.86, recall: 0.92 },
      'en overpromise': { precision: 0.94, recall: 0.64 },
      'en jargon': { precision: 0.9, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.89, recall: 0.92 },
      'zh overpromise': { precision: 0.96, recall: 0.89 },
      'zh jargon': { precision: 0.86, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      // The thresholds chosen on 62 tables let one more promise stand here (docs/tone.md, "Their own words").
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      // With the reader keeping more of the rules' Chinese promises (keep 0.2), "之后进房就恢复正常了" in a report of
      // a rollback stands as a promise: 1 false alarm in 29.
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 0.9, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The sixty-ninth held-out table (test/fixtures/heldout-75/): written blind and run once on the check as it ships
   * (d62e7c8); its floors are that first contact. 7 pairs of 8, 10 errors (the rules alone: 2 pairs, 46 errors).
   */
  {
    name: 'sixty-ninth',
    rows: TONE_HELDOUT_69,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 1, recall: 0.6 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 0.9, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.9, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventieth held-out table (test/fixtures/heldout-76/): written blind after the sixty-sixth to
   * sixty-ninth were learned from, committed unread and run once on the check as it ships after that round;
   * its floors are that first contact: 8 pairs of 8, 8 errors. The check it started from (d62e7c8): 7 pairs, 11 errors;
   * the rules alone: 1 pair, 52 errors.
   */
  {
    name: 'seventieth',
    rows: TONE_HELDOUT_70,
    floors: {
      'en blame': { precision: 0.93, recall: 0.5 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.87, recall: 0.96 },
      'zh blame': { precision: 0.94, recall: 0.57 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The seventy-first held-out table (test/fixtures/heldout-77/): written blind after the sixty-sixth to
   * sixty-ninth were learned from, committed unread and run once on the check as it ships after that round;
   * its floors are that first contact: 8 pairs of 8, 5 errors. The check it started from (d62e7c8): 8 pairs, 3 errors;
   * the rules alone: 4 pairs, 36 errors.
   */
  {
    name: 'seventy-first',
    rows: TONE_HELDOUT_71,
    floors: {
      'en blame': { precision: 1, recall: 0.67 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The seventy-second held-out table (test/fixtures/heldout-78/): written blind after the sixty-sixth to
   * sixty-ninth were learned from, committed unread and run once on the check as it ships after that round;
   * its floors are that first contact: 6 pairs of 8, 9 errors. The check it started from (d62e7c8): 6 pairs, 9 errors;
   * the rules alone: no pair, 58 errors.
   */
  {
    name: 'seventy-second',
    rows: TONE_HELDOUT_72,
    floors: {
      'en blame': { precision: 0.95, recall: 0.78 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.8, recall: 1 },
      'zh blame': { precision: 0.81, recall: 0.46 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 0.84, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.89 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-third held-out table (test/fixtures/heldout-79/): written blind after the sixty-sixth to
   * sixty-ninth were learned from, committed unread and run once on the check as it ships after that round;
   * its floors are that first contact: 8 pairs of 8, 11 errors. The check it started from (d62e7c8): 6 pairs,
   * 12 errors; the rules alone: 2 pairs, 46 errors.
   */
  {
    name: 'seventy-third',
    rows: TONE_HELDOUT_73,
    floors: {
      'en blame': { precision: 1, recall: 0.67 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 1, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.75 },
      'zh jargon': { precision: 0.9, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The seventy-fourth held-out table (test/fixtures/heldout-80/): written blind and run once on the check as it ships
   * (ebc66b3); its floors are that first contact. 6 pairs of 8, 11 errors (the rules alone: 2 pairs, 64 errors).
   */
  {
    name: 'seventy-fourth',
    rows: TONE_HELDOUT_74,
    floors: {
      'en blame': { precision: 1, recall: 0.64 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 0.86, recall: 0.46 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.94, recall: 0.64 },
      'zh jargon': { precision: 0.74, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.9, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 0.93, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-fifth held-out table (test/fixtures/heldout-81/): written blind and run once on the check as it ships
   * (ebc66b3); its floors are that first contact. 7 pairs of 8, 3 errors (the rules alone: 2 pairs, 47 errors).
   */
  {
    name: 'seventy-fifth',
    rows: TONE_HELDOUT_75,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.9, recall: 0.64 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.64 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.93, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-sixth held-out table (test/fixtures/heldout-82/): written blind and run once on the check as it ships
   * (ebc66b3); its floors are that first contact. 8 pairs of 8, 3 errors (the rules alone: 2 pairs, 47 errors).
   */
  {
    name: 'seventy-sixth',
    rows: TONE_HELDOUT_76,
    floors: {
      'en blame': { precision: 0.94, recall: 0.64 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.87, recall: 1 },
      'zh blame': { precision: 0.82, recall: 0.5 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 0.92, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-seventh held-out table (test/fixtures/heldout-83/): written blind and run once on the check as it ships
   * (ebc66b3); its floors are that first contact. 8 pairs of 8, 2 errors (the rules alone: no pair, 40 errors).
   */
  {
    name: 'seventy-seventh',
    rows: TONE_HELDOUT_77,
    floors: {
      'en blame': { precision: 1, recall: 0.71 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.9, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.75 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-eighth held-out table (test/fixtures/heldout-84/): written blind and run once on the check this round
   * began with (ebc66b3) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 1 error (ebc66b3: 8 pairs, 1 error); the rules alone: 3 pairs, 44 errors (ebc66b3: 2 pairs, 51).
   */
  {
    name: 'seventy-eighth',
    rows: TONE_HELDOUT_78,
    floors: {
      'en blame': { precision: 1, recall: 0.53 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.75 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 0.6 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.95, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The seventy-ninth held-out table (test/fixtures/heldout-85/): written blind and run once on the check this round
   * began with (ebc66b3) and on the result; its floors are the result as it ships: 7 pairs of 8,
   * 9 errors (ebc66b3: 7 pairs, 10 errors); the rules alone: 2 pairs, 50 errors (ebc66b3: 2 pairs, 60).
   */
  {
    name: 'seventy-ninth',
    rows: TONE_HELDOUT_79,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.94, recall: 0.64 },
      'en jargon': { precision: 0.87, recall: 1 },
      'zh blame': { precision: 1, recall: 0.6 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.92, recall: 0.85 },
      'zh jargon': { precision: 0.9, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.92 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The eightieth held-out table (test/fixtures/heldout-86/): written blind and run once on the check this round
   * began with (ebc66b3) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 6 errors (ebc66b3: 8 pairs, 6 errors); the rules alone: 1 pair, 52 errors (ebc66b3: 1 pair, 56).
   */
  {
    name: 'eightieth',
    rows: TONE_HELDOUT_80,
    floors: {
      'en blame': { precision: 1, recall: 0.42 },
      'en apology_without_action': { precision: 0.84, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.82 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.5 },
      'zh apology_without_action': { precision: 0.9, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The eighty-first held-out table (test/fixtures/heldout-87/): written blind and run once on the check this round
   * began with (ebc66b3) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 9 errors (ebc66b3: 6 pairs, 13 errors); the rules alone: 2 pairs, 42 errors (ebc66b3: 1 pair, 51).
   */
  {
    name: 'eighty-first',
    rows: TONE_HELDOUT_81,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.82 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.5 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 0.93, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The eighty-second held-out table (test/fixtures/heldout-88/): written blind and run once on the check as it ships
   * (92806f4); its floors are that first contact. 5 pairs of 8, 15 errors (the rules alone: 1 pair, 46 errors).
   */
  {
    name: 'eighty-second',
    rows: TONE_HELDOUT_82,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.89 },
      'en jargon': { precision: 0.96, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 0.89, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.85 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.93, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.82 },
    },
    minRows: 300,
  },
  /**
   * The eighty-third held-out table (test/fixtures/heldout-89/): written blind and run once on the check as it ships
   * (92806f4); its floors are that first contact. 6 pairs of 8, 11 errors (the rules alone: 2 pairs, 48 errors).
   */
  {
    name: 'eighty-third',
    rows: TONE_HELDOUT_83,
    floors: {
      'en blame': { precision: 0.9, recall: 0.67 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.91, recall: 0.78 },
      'en jargon': { precision: 0.96, recall: 0.85 },
      'zh blame': { precision: 1, recall: 0.67 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.92, recall: 0.85 },
      'zh jargon': { precision: 0.95, recall: 0.78 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.82 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    minRows: 300,
  },
  /**
   * The eighty-fourth held-out table (test/fixtures/heldout-90/): written blind and run once on the check as it ships
   * (92806f4); its floors are that first contact. 5 pairs of 8, 14 errors (the rules alone: 2 pairs, 56 errors).
   */
  {
    name: 'eighty-fourth',
    rows: TONE_HELDOUT_84,
    floors: {
      'en blame': { precision: 1, recall: 0.39 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 0.89, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.39 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.83, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.93, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.85 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.92, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The eighty-fifth held-out table (test/fixtures/heldout-91/): written blind and run once on the check as it ships
   * (92806f4); its floors are that first contact. 5 pairs of 8, 20 errors (the rules alone: 3 pairs, 45 errors).
   */
  {
    name: 'eighty-fifth',
    rows: TONE_HELDOUT_85,
    floors: {
      'en blame': { precision: 0.88, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 0.96, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.67 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 0.92, recall: 0.92 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.9, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.75 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.95, recall: 0.78 },
    },
    minRows: 300,
  },
  /**
   * The eighty-sixth held-out table (test/fixtures/heldout-92/): written blind and run once on the check this round
   * began with (92806f4) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 11 errors (92806f4: 5 pairs, 17 errors); the rules alone: 4 pairs, 33 errors (92806f4: 3 pairs, 36).
   */
  {
    name: 'eighty-sixth',
    rows: TONE_HELDOUT_86,
    floors: {
      'en blame': { precision: 0.95, recall: 0.67 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.89 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.71 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The eighty-seventh held-out table (test/fixtures/heldout-93/): written blind and run once on the check this round
   * began with (92806f4) and on the result; its floors are the result as it ships: 7 pairs of 8,
   * 15 errors (92806f4: 5 pairs, 20 errors); the rules alone: 1 pair, 65 errors (92806f4: 0 pairs, 70).
   */
  {
    name: 'eighty-seventh',
    rows: TONE_HELDOUT_87,
    floors: {
      'en blame': { precision: 1, recall: 0.21 },
      'en apology_without_action': { precision: 0.9, recall: 1 },
      'en overpromise': { precision: 0.88, recall: 0.82 },
      'en jargon': { precision: 0.89, recall: 0.89 },
      'zh blame': { precision: 0.94, recall: 0.6 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.85, recall: 0.82 },
      'zh jargon': { precision: 0.96, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.89, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The eighty-eighth held-out table (test/fixtures/heldout-94/): written blind and run once on the check this round
   * began with (92806f4) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 7 errors (92806f4: 7 pairs, 11 errors); the rules alone: 2 pairs, 44 errors (92806f4: 1 pair, 48).
   */
  {
    name: 'eighty-eighth',
    rows: TONE_HELDOUT_88,
    floors: {
      'en blame': { precision: 0.95, recall: 0.67 },
      'en apology_without_action': { precision: 0.9, recall: 0.96 },
      'en overpromise': { precision: 0.91, recall: 0.75 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 0.95, recall: 0.67 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.9, recall: 0.96 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 0.92 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The eighty-ninth held-out table (test/fixtures/heldout-95/): written blind and run once on the check this round
   * began with (92806f4) and on the result; its floors are the result as it ships: 7 pairs of 8,
   * 11 errors (92806f4: 5 pairs, 14 errors); the rules alone: 3 pairs, 60 errors (92806f4: 3 pairs, 60).
   */
  {
    name: 'eighty-ninth',
    rows: TONE_HELDOUT_89,
    floors: {
      'en blame': { precision: 0.94, recall: 0.57 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.83, recall: 0.35 },
      'zh apology_without_action': { precision: 0.96, recall: 0.92 },
      'zh overpromise': { precision: 0.88, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    minRows: 300,
  },
  /**
   * The ninetieth held-out table (test/fixtures/heldout-96/): written blind and run once on the check as it ships
   * (443ce5f); its floors are that first contact. 6 pairs of 8, 16 errors (the rules alone: 1 pair, 58 errors).
   */
  {
    name: 'ninetieth',
    rows: TONE_HELDOUT_90,
    floors: {
      'en blame': { precision: 0.9, recall: 0.35 },
      'en apology_without_action': { precision: 0.9, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.71 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.42 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 0.95, recall: 0.82 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.89 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.96, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The ninety-first held-out table (test/fixtures/heldout-97/): written blind and run once on the check as it ships
   * (443ce5f); its floors are that first contact. 7 pairs of 8, 11 errors (the rules alone: 3 pairs, 66 errors).
   */
  {
    name: 'ninety-first',
    rows: TONE_HELDOUT_91,
    floors: {
      'en blame': { precision: 0.9, recall: 0.32 },
      'en apology_without_action': { precision: 0.86, recall: 0.92 },
      'en overpromise': { precision: 0.91, recall: 0.78 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.35 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 0.92, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.85 },
      'zh blame': { precision: 1, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The ninety-second held-out table (test/fixtures/heldout-98/): written blind and run once on the check as it ships
   * (443ce5f); its floors are that first contact. 3 pairs of 8, 23 errors (the rules alone: 0 pairs, 67 errors).
   * The reader's thresholds chosen again after it learned the 98th to 101st tables keep one more English blame finding
   * here (a refund, and a bank's timing said to be theirs): English blame precision with the reader, 1 to 0.96.
   */
  {
    name: 'ninety-second',
    rows: TONE_HELDOUT_92,
    floors: {
      'en blame': { precision: 0.92, recall: 0.46 },
      'en apology_without_action': { precision: 0.93, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 1, recall: 0.85 },
      'zh blame': { precision: 0.91, recall: 0.39 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.9, recall: 0.71 },
      'zh jargon': { precision: 1, recall: 0.67 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.89 },
      'zh blame': { precision: 1, recall: 0.85 },
      'zh apology_without_action': { precision: 0.92, recall: 0.89 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    minRows: 300,
  },
  /**
   * The ninety-third held-out table (test/fixtures/heldout-99/): written blind and run once on the check as it ships
   * (443ce5f); its floors are that first contact. 3 pairs of 8, 23 errors (the rules alone: 3 pairs, 68 errors).
   */
  {
    name: 'ninety-third',
    rows: TONE_HELDOUT_93,
    floors: {
      'en blame': { precision: 0.83, recall: 0.35 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.91, recall: 0.78 },
      'en jargon': { precision: 0.96, recall: 0.92 },
      'zh blame': { precision: 0.9, recall: 0.35 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.87, recall: 0.75 },
      'zh jargon': { precision: 0.89, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 0.89 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 0.95, recall: 0.82 },
      'zh apology_without_action': { precision: 1, recall: 0.85 },
      'zh overpromise': { precision: 0.93, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The ninety-fourth held-out table (test/fixtures/heldout-100/): written blind and run once on the check this round
   * began with (443ce5f) and on the result; its floors are the result as it ships: 7 pairs of 8,
   * 11 errors (443ce5f: 7 pairs, 14 errors); the rules alone: 1 pair, 57 errors (443ce5f: 1 pair, 66).
   */
  {
    name: 'ninety-fourth',
    rows: TONE_HELDOUT_94,
    floors: {
      'en blame': { precision: 0.94, recall: 0.57 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.82 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.28 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 0.96, recall: 0.85 },
      'zh jargon': { precision: 1, recall: 0.85 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.92 },
      'zh apology_without_action': { precision: 0.96, recall: 0.89 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The ninety-fifth held-out table (test/fixtures/heldout-101/): written blind and run once on the check this round
   * began with (443ce5f) and on the result; its floors are the result as it ships: 5 pairs of 8,
   * 16 errors (443ce5f: 5 pairs, 18 errors); the rules alone: 2 pairs, 56 errors (443ce5f: 2 pairs, 64).
   */
  {
    name: 'ninety-fifth',
    rows: TONE_HELDOUT_95,
    floors: {
      'en blame': { precision: 1, recall: 0.53 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.78 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.42 },
      'zh apology_without_action': { precision: 0.92, recall: 0.89 },
      'zh overpromise': { precision: 0.88, recall: 0.78 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 0.9, recall: 0.96 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 0.96, recall: 0.89 },
      'zh apology_without_action': { precision: 1, recall: 0.82 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    minRows: 300,
  },
  /**
   * The ninety-sixth held-out table (test/fixtures/heldout-102/): written blind and run once on the check this round
   * began with (443ce5f) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 5 errors (443ce5f: 7 pairs, 8 errors); the rules alone: 2 pairs, 65 errors (443ce5f: 1 pair, 68).
   */
  {
    name: 'ninety-sixth',
    rows: TONE_HELDOUT_96,
    floors: {
      'en blame': { precision: 0.85, recall: 0.42 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.88, recall: 0.78 },
      'en jargon': { precision: 0.93, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.35 },
      'zh apology_without_action': { precision: 0.89, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.67 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 1 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The ninety-seventh held-out table (test/fixtures/heldout-103/): written blind and run once on the check this round
   * began with (443ce5f) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 9 errors (443ce5f: 6 pairs, 11 errors); the rules alone: 1 pair, 53 errors (443ce5f: 1 pair, 58).
   */
  {
    name: 'ninety-seventh',
    rows: TONE_HELDOUT_97,
    floors: {
      'en blame': { precision: 1, recall: 0.6 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 0.95, recall: 0.82 },
      'en jargon': { precision: 1, recall: 0.89 },
      'zh blame': { precision: 0.93, recall: 0.5 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.87, recall: 0.75 },
      'zh jargon': { precision: 0.96, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.92 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 0.96, recall: 1 },
      'en jargon': { precision: 1, recall: 0.92 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.96, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The ninety-eighth held-out table (test/fixtures/heldout-104/): written blind and run once on the check this round
   * began with (f2408c9) and on the result; its floors are the result as it ships: 6 pairs of 8,
   * 19 errors (f2408c9: 6 pairs, 17 errors); the rules alone: 1 pair, 63 errors (f2408c9: 1 pair, 65).
   * Then a development table for the rules and learned by the reader; its floors were raised to the check as it
   * then shipped: 7 pairs, 5 errors; the rules alone: 4 pairs, 31 errors. No longer blind.
   */
  {
    name: 'ninety-eighth',
    rows: TONE_HELDOUT_98,
    floors: {
      'en blame': { precision: 0.95, recall: 0.67 },
      'en apology_without_action': { precision: 0.96, recall: 0.96 },
      'en overpromise': { precision: 0.92, recall: 0.89 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 0.78 },
      'zh apology_without_action': { precision: 1, recall: 0.96 },
      'zh overpromise': { precision: 0.89, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The ninety-ninth held-out table (test/fixtures/heldout-105/): written blind and run once on the check this round
   * began with (f2408c9) and on the result; its floors are the result as it ships: 6 pairs of 8,
   * 14 errors (f2408c9: 8 pairs, 13 errors); the rules alone: 3 pairs, 60 errors (f2408c9: 3 pairs, 60).
   * Then a development table for the rules and learned by the reader; its floors were raised to the check as it
   * then shipped: 7 pairs, 2 errors; the rules alone: 5 pairs, 26 errors. No longer blind.
   */
  {
    name: 'ninety-ninth',
    rows: TONE_HELDOUT_99,
    floors: {
      'en blame': { precision: 0.91, recall: 0.75 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.92 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.95, recall: 0.78 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The hundredth held-out table (test/fixtures/heldout-106/): written blind and run once on the check this round
   * began with (f2408c9) and on the result; its floors are the result as it ships: 4 pairs of 8,
   * 22 errors (f2408c9: 4 pairs, 19 errors); the rules alone: 2 pairs, 67 errors (f2408c9: 2 pairs, 70).
   * Then a development table for the rules and learned by the reader; its floors were raised to the check as it
   * then shipped: 8 pairs, 1 error; the rules alone: 5 pairs, 30 errors. No longer blind.
   */
  {
    name: 'hundredth',
    rows: TONE_HELDOUT_100,
    floors: {
      'en blame': { precision: 1, recall: 0.71 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.87, recall: 0.5 },
      'zh apology_without_action': { precision: 0.93, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The hundred-and-first held-out table (test/fixtures/heldout-107/): written blind and run once on the check this
   * round began with (f2408c9) and on the result; its floors are the result as it ships: 7 pairs of 8,
   * 12 errors (f2408c9: 7 pairs, 11 errors); the rules alone: 3 pairs, 53 errors (f2408c9: 3 pairs, 57).
   * Then a development table for the rules and learned by the reader; its floors were raised to the check as it
   * then shipped: 7 pairs, 4 errors; the rules alone: 4 pairs, 26 errors. No longer blind.
   */
  {
    name: 'hundred-and-first',
    rows: TONE_HELDOUT_101,
    floors: {
      'en blame': { precision: 0.88, recall: 0.85 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.93, recall: 0.96 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 0.95, recall: 0.75 },
      'zh apology_without_action': { precision: 0.96, recall: 0.96 },
      'zh overpromise': { precision: 0.93, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 0.96 },
    },
    builtInFloors: {
      'en blame': { precision: 0.93, recall: 1 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 1 },
      'en jargon': { precision: 0.96, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 1 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The hundred-and-second held-out table (test/fixtures/heldout-108/): written blind and run once on the check this
   * round began with (1487499) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 14 errors (1487499: 7 pairs, 15 errors); the rules alone: 1 pair, 60 errors (1487499: 1 pair, 65).
   */
  {
    name: 'hundred-and-second',
    rows: TONE_HELDOUT_102,
    floors: {
      'en blame': { precision: 0.93, recall: 0.5 },
      'en apology_without_action': { precision: 1, recall: 0.92 },
      'en overpromise': { precision: 0.87, recall: 0.75 },
      'en jargon': { precision: 0.92, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.57 },
      'zh apology_without_action': { precision: 0.92, recall: 0.85 },
      'zh overpromise': { precision: 0.92, recall: 0.82 },
      'zh jargon': { precision: 0.96, recall: 0.89 },
    },
    builtInFloors: {
      'en blame': { precision: 0.96, recall: 0.92 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 1, recall: 0.92 },
      'en jargon': { precision: 0.96, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.92 },
      'zh apology_without_action': { precision: 1, recall: 0.92 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The hundred-and-third held-out table (test/fixtures/heldout-109/): written blind and run once on the check this
   * round began with (1487499) and on the result; its floors are the result as it ships: 5 pairs of 8,
   * 16 errors (1487499: 6 pairs, 16 errors); the rules alone: 2 pairs, 60 errors (1487499: 2 pairs, 66).
   */
  {
    name: 'hundred-and-third',
    rows: TONE_HELDOUT_103,
    floors: {
      'en blame': { precision: 1, recall: 0.39 },
      'en apology_without_action': { precision: 1, recall: 0.92 },
      'en overpromise': { precision: 1, recall: 0.67 },
      'en jargon': { precision: 0.83, recall: 0.92 },
      'zh blame': { precision: 1, recall: 0.53 },
      'zh apology_without_action': { precision: 0.9, recall: 1 },
      'zh overpromise': { precision: 0.92, recall: 0.82 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.85 },
      'en apology_without_action': { precision: 1, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.89 },
      'en jargon': { precision: 1, recall: 0.96 },
      'zh blame': { precision: 1, recall: 0.85 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.92 },
      'zh jargon': { precision: 1, recall: 0.92 },
    },
    minRows: 300,
  },
  /**
   * The hundred-and-fourth held-out table (test/fixtures/heldout-110/): written blind and run once on the check this
   * round began with (1487499) and on the result; its floors are the result as it ships: 3 pairs of 8,
   * 18 errors (1487499: 4 pairs, 20 errors); the rules alone: 2 pairs, 57 errors (1487499: 2 pairs, 61).
   */
  {
    name: 'hundred-and-fourth',
    rows: TONE_HELDOUT_104,
    floors: {
      'en blame': { precision: 0.9, recall: 0.64 },
      'en apology_without_action': { precision: 0.96, recall: 0.92 },
      'en overpromise': { precision: 0.95, recall: 0.71 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 0.92, recall: 0.46 },
      'zh apology_without_action': { precision: 0.89, recall: 0.89 },
      'zh overpromise': { precision: 0.88, recall: 0.78 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    builtInFloors: {
      'en blame': { precision: 0.92, recall: 0.89 },
      'en apology_without_action': { precision: 1, recall: 0.96 },
      'en overpromise': { precision: 0.96, recall: 0.89 },
      'en jargon': { precision: 0.93, recall: 1 },
      'zh blame': { precision: 1, recall: 1 },
      'zh apology_without_action': { precision: 1, recall: 0.89 },
      'zh overpromise': { precision: 1, recall: 0.89 },
      'zh jargon': { precision: 1, recall: 1 },
    },
    minRows: 300,
  },
  /**
   * The hundred-and-fifth held-out table (test/fixtures/heldout-111/): written blind and run once on the check this
   * round began with (1487499) and on the result; its floors are the result as it ships: 8 pairs of 8,
   * 9 errors (1487499: 8 pairs, 9 errors); the rules alone: 1 pair, 50 errors (1487499: 1 pair, 58).
   */
  {
    name: 'hundred-and-fifth',
    rows: TONE_HELDOUT_105,
    floors: {
      'en blame': { precision: 1, recall: 0.57 },
      'en apology_without_action': { precision: 0.93, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.85 },
      'en jargon': { precision: 0.89, recall: 0.89 },
      'zh blame': { precision: 0.93, recall: 0.5 },
      'zh apology_without_action': { precision: 0.96, recall: 1 },
      'zh overpromise': { precision: 0.9, recall: 0.96 },
      'zh jargon': { precision: 0.92, recall: 0.85 },
    },
    builtInFloors: {
      'en blame': { precision: 1, recall: 0.96 },
      'en apology_without_action': { precision: 0.96, recall: 1 },
      'en overpromise': { precision: 1, recall: 0.96 },
      'en jargon': { precision: 1, recall: 1 },
      'zh blame': { precision: 0.96, recall: 0.96 },
      'zh apology_without_action': { precision: 1, recall: 1 },
      'zh overpromise': { precision: 1, recall: 0.96 },
      'zh jargon': { precision: 0.96, recall: 0.92 },
    },
    minRows: 300,
  },
];

for (const table of TABLES)
  describe(`tone check on the ${table.name} held-out table`, () => {
    const result = evaluate(table.rows);

    it('prints every miss and false alarm, and stays at or above the measured floors', () => {
      console.log(report(`Tone check, rules alone, ${table.name} held-out table`, result));
      expectFloors(result, table.floors);
      if (table.minRows) expect(table.rows.length).toBeGreaterThanOrEqual(table.minRows);
    });

    const builtInFloors = table.builtInFloors;
    if (builtInFloors)
      it('with the learned reader behind the rules, as the check ships', () => {
        const builtIn = evaluate(table.rows, builtInFind);
        console.log(report(`Tone check, rules and learned reader, ${table.name} held-out table`, builtIn));
        expectFloors(builtIn, builtInFloors);
      });
  });
