/**
 * Writes src/domain/tone-examples/tables.ts: the texts and pitfalls of the labelled tone tables, so the reader of
 * src/domain/tone-reader.ts can learn from them without reading test fixtures at run time. Run after a table
 * changes: `npx tsx scripts/tone-examples.ts`.
 */
import { writeFileSync } from 'node:fs';
import { pitfallLanguage } from '../src/domain/tone-text.js';
import type { ToneExampleSource, TonePitfall } from '../src/domain/tone-examples/types.js';
import { TONE_DEV_TABLE_3 } from '../test/fixtures/dev/tone-dev-3.js';
import { TONE_DEV_TABLE_4 } from '../test/fixtures/dev/tone-dev-4.js';
import { TONE_DEV_TABLE_5 } from '../test/fixtures/dev/tone-dev-5.js';
import { TONE_HELDOUT } from '../test/fixtures/heldout/tone-heldout.js';
import { TONE_HELDOUT_2 } from '../test/fixtures/heldout-2/tone-heldout-2.js';
import { TONE_HELDOUT_3 } from '../test/fixtures/heldout-5/tone-heldout-3.js';
import { TONE_HELDOUT_4 } from '../test/fixtures/heldout-6/tone-heldout-4.js';
import { TONE_HELDOUT_5 } from '../test/fixtures/heldout-8/tone-heldout-5.js';
import { TONE_HELDOUT_6 } from '../test/fixtures/heldout-10/tone-heldout-6.js';
import { TONE_HELDOUT_7 } from '../test/fixtures/heldout-13/tone-heldout-7.js';
import { TONE_HELDOUT_8 } from '../test/fixtures/heldout-14/tone-heldout-8.js';
import { TONE_HELDOUT_9 } from '../test/fixtures/heldout-15/tone-heldout-9.js';
import { TONE_HELDOUT_10 } from '../test/fixtures/heldout-16/tone-heldout-10.js';
import { TONE_HELDOUT_11 } from '../test/fixtures/heldout-17/tone-heldout-11.js';
import { TONE_HELDOUT_12 } from '../test/fixtures/heldout-18/tone-heldout-12.js';
import { TONE_HELDOUT_13 } from '../test/fixtures/heldout-19/tone-heldout-13.js';
import { TONE_HELDOUT_14 } from '../test/fixtures/heldout-20/tone-heldout-14.js';
import { TONE_HELDOUT_15 } from '../test/fixtures/heldout-21/tone-heldout-15.js';
import { TONE_HELDOUT_16 } from '../test/fixtures/heldout-22/tone-heldout-16.js';
import { TONE_HELDOUT_17 } from '../test/fixtures/heldout-23/tone-heldout-17.js';
import { TONE_HELDOUT_18 } from '../test/fixtures/heldout-24/tone-heldout-18.js';
import { TONE_HELDOUT_19 } from '../test/fixtures/heldout-25/tone-heldout-19.js';
import { TONE_HELDOUT_20 } from '../test/fixtures/heldout-26/tone-heldout-20.js';
import { TONE_HELDOUT_21 } from '../test/fixtures/heldout-27/tone-heldout-21.js';
import { TONE_HELDOUT_22 } from '../test/fixtures/heldout-28/tone-heldout-22.js';
import { TONE_HELDOUT_23 } from '../test/fixtures/heldout-29/tone-heldout-23.js';
import { TONE_HELDOUT_24 } from '../test/fixtures/heldout-30/tone-heldout-24.js';
import { TONE_HELDOUT_25 } from '../test/fixtures/heldout-31/tone-heldout-25.js';
import { TONE_HELDOUT_26 } from '../test/fixtures/heldout-32/tone-heldout-26.js';
import { TONE_HELDOUT_27 } from '../test/fixtures/heldout-33/tone-heldout-27.js';
import { TONE_HELDOUT_28 } from '../test/fixtures/heldout-34/tone-heldout-28.js';
import { TONE_HELDOUT_29 } from '../test/fixtures/heldout-35/tone-heldout-29.js';
import { TONE_HELDOUT_30 } from '../test/fixtures/heldout-36/tone-heldout-30.js';
import { TONE_HELDOUT_31 } from '../test/fixtures/heldout-37/tone-heldout-31.js';
import { TONE_HELDOUT_32 } from '../test/fixtures/heldout-38/tone-heldout-32.js';
import { TONE_HELDOUT_33 } from '../test/fixtures/heldout-39/tone-heldout-33.js';
import { TONE_HELDOUT_34 } from '../test/fixtures/heldout-40/tone-heldout-34.js';
import { TONE_HELDOUT_35 } from '../test/fixtures/heldout-41/tone-heldout-35.js';
import { TONE_HELDOUT_36 } from '../test/fixtures/heldout-42/tone-heldout-36.js';
import { TONE_HELDOUT_37 } from '../test/fixtures/heldout-43/tone-heldout-37.js';
import { TONE_HELDOUT_38 } from '../test/fixtures/heldout-44/tone-heldout-38.js';
import { TONE_HELDOUT_39 } from '../test/fixtures/heldout-45/tone-heldout-39.js';
import { TONE_HELDOUT_40 } from '../test/fixtures/heldout-46/tone-heldout-40.js';
import { TONE_HELDOUT_41 } from '../test/fixtures/heldout-47/tone-heldout-41.js';
import { TONE_HELDOUT_42 } from '../test/fixtures/heldout-48/tone-heldout-42.js';
import { TONE_HELDOUT_43 } from '../test/fixtures/heldout-49/tone-heldout-43.js';
import { TONE_HELDOUT_44 } from '../test/fixtures/heldout-50/tone-heldout-44.js';
import { TONE_HELDOUT_45 } from '../test/fixtures/heldout-51/tone-heldout-45.js';
import { TONE_HELDOUT_46 } from '../test/fixtures/heldout-52/tone-heldout-46.js';
import { TONE_HELDOUT_47 } from '../test/fixtures/heldout-53/tone-heldout-47.js';
import { TONE_HELDOUT_48 } from '../test/fixtures/heldout-54/tone-heldout-48.js';
import { TONE_HELDOUT_49 } from '../test/fixtures/heldout-55/tone-heldout-49.js';
import { TONE_HELDOUT_50 } from '../test/fixtures/heldout-56/tone-heldout-50.js';
import { TONE_HELDOUT_51 } from '../test/fixtures/heldout-57/tone-heldout-51.js';
import { TONE_HELDOUT_52 } from '../test/fixtures/heldout-58/tone-heldout-52.js';
import { TONE_HELDOUT_53 } from '../test/fixtures/heldout-59/tone-heldout-53.js';
import { TONE_HELDOUT_54 } from '../test/fixtures/heldout-60/tone-heldout-54.js';
import { TONE_HELDOUT_55 } from '../test/fixtures/heldout-61/tone-heldout-55.js';
import { TONE_HELDOUT_56 } from '../test/fixtures/heldout-62/tone-heldout-56.js';
import { TONE_HELDOUT_57 } from '../test/fixtures/heldout-63/tone-heldout-57.js';
import { TONE_HELDOUT_58 } from '../test/fixtures/heldout-64/tone-heldout-58.js';
import { TONE_HELDOUT_59 } from '../test/fixtures/heldout-65/tone-heldout-59.js';
import { TONE_HELDOUT_60 } from '../test/fixtures/heldout-66/tone-heldout-60.js';
import { TONE_HELDOUT_61 } from '../test/fixtures/heldout-67/tone-heldout-61.js';
import { TONE_HELDOUT_62 } from '../test/fixtures/heldout-68/tone-heldout-62.js';
import { TONE_HELDOUT_63 } from '../test/fixtures/heldout-69/tone-heldout-63.js';
import { TONE_HELDOUT_64 } from '../test/fixtures/heldout-70/tone-heldout-64.js';
import { TONE_HELDOUT_65 } from '../test/fixtures/heldout-71/tone-heldout-65.js';
import { TONE_HELDOUT_66 } from '../test/fixtures/heldout-72/tone-heldout-66.js';
import { TONE_HELDOUT_67 } from '../test/fixtures/heldout-73/tone-heldout-67.js';
import { TONE_HELDOUT_68 } from '../test/fixtures/heldout-74/tone-heldout-68.js';
import { TONE_HELDOUT_69 } from '../test/fixtures/heldout-75/tone-heldout-69.js';
import { TONE_HELDOUT_70 } from '../test/fixtures/heldout-76/tone-heldout-70.js';
import { TONE_HELDOUT_71 } from '../test/fixtures/heldout-77/tone-heldout-71.js';
import { TONE_HELDOUT_72 } from '../test/fixtures/heldout-78/tone-heldout-72.js';
import { TONE_HELDOUT_73 } from '../test/fixtures/heldout-79/tone-heldout-73.js';
import { TONE_HELDOUT_74 } from '../test/fixtures/heldout-80/tone-heldout-74.js';
import { TONE_HELDOUT_75 } from '../test/fixtures/heldout-81/tone-heldout-75.js';
import { TONE_HELDOUT_76 } from '../test/fixtures/heldout-82/tone-heldout-76.js';
import { TONE_HELDOUT_77 } from '../test/fixtures/heldout-83/tone-heldout-77.js';
import { TONE_HELDOUT_78 } from '../test/fixtures/heldout-84/tone-heldout-78.js';
import { TONE_HELDOUT_79 } from '../test/fixtures/heldout-85/tone-heldout-79.js';
import { TONE_HELDOUT_80 } from '../test/fixtures/heldout-86/tone-heldout-80.js';
import { TONE_HELDOUT_81 } from '../test/fixtures/heldout-87/tone-heldout-81.js';
import { TONE_HELDOUT_82 } from '../test/fixtures/heldout-88/tone-heldout-82.js';
import { TONE_HELDOUT_83 } from '../test/fixtures/heldout-89/tone-heldout-83.js';
import { TONE_HELDOUT_84 } from '../test/fixtures/heldout-90/tone-heldout-84.js';
import { TONE_HELDOUT_85 } from '../test/fixtures/heldout-91/tone-heldout-85.js';
import { TONE_HELDOUT_86 } from '../test/fixtures/heldout-92/tone-heldout-86.js';
import { TONE_HELDOUT_87 } from '../test/fixtures/heldout-93/tone-heldout-87.js';
import { TONE_HELDOUT_88 } from '../test/fixtures/heldout-94/tone-heldout-88.js';
import { TONE_HELDOUT_89 } from '../test/fixtures/heldout-95/tone-heldout-89.js';
import { TONE_HELDOUT_90 } from '../test/fixtures/heldout-96/tone-heldout-90.js';
import { TONE_HELDOUT_91 } from '../test/fixtures/heldout-97/tone-heldout-91.js';
import { TONE_HELDOUT_92 } from '../test/fixtures/heldout-98/tone-heldout-92.js';
import { TONE_HELDOUT_93 } from '../test/fixtures/heldout-99/tone-heldout-93.js';
import { TONE_HELDOUT_94 } from '../test/fixtures/heldout-100/tone-heldout-94.js';
import { TONE_HELDOUT_95 } from '../test/fixtures/heldout-101/tone-heldout-95.js';
import { TONE_HELDOUT_96 } from '../test/fixtures/heldout-102/tone-heldout-96.js';
import { TONE_HELDOUT_97 } from '../test/fixtures/heldout-103/tone-heldout-97.js';
import { TONE_HELDOUT_98 } from '../test/fixtures/heldout-104/tone-heldout-98.js';
import { TONE_HELDOUT_99 } from '../test/fixtures/heldout-105/tone-heldout-99.js';
import { TONE_HELDOUT_100 } from '../test/fixtures/heldout-106/tone-heldout-100.js';
import { TONE_HELDOUT_101 } from '../test/fixtures/heldout-107/tone-heldout-101.js';
import { TONE_DEV_TABLE } from '../test/domain/tone-dev-table.js';
import { TONE_DEV_TABLE_2 } from '../test/domain/tone-dev-table-2.js';
import { TONE_TABLE } from '../test/domain/tone-table.js';
import { TONE_TRAIN_A_EN } from '../test/fixtures/train/tone-train-a-en.js';
import { TONE_TRAIN_A_ZH } from '../test/fixtures/train/tone-train-a-zh.js';
import { TONE_TRAIN_B_EN } from '../test/fixtures/train/tone-train-b-en.js';
import { TONE_TRAIN_B_ZH } from '../test/fixtures/train/tone-train-b-zh.js';
import { TONE_TRAIN_C_EN } from '../test/fixtures/train/tone-train-c-en.js';
import { TONE_TRAIN_C_ZH } from '../test/fixtures/train/tone-train-c-zh.js';
import { TONE_TRAIN_D_EN } from '../test/fixtures/train/tone-train-d-en.js';
import { TONE_TRAIN_D_ZH } from '../test/fixtures/train/tone-train-d-zh.js';
import { TONE_TRAIN_E_EN } from '../test/fixtures/train/tone-train-e-en.js';
import { TONE_TRAIN_E_ZH } from '../test/fixtures/train/tone-train-e-zh.js';
import { TONE_TRAIN_F } from '../test/fixtures/train/tone-train-f.js';
import { TONE_TRAIN_G } from '../test/fixtures/train/tone-train-g.js';
import { TONE_TRAIN_H } from '../test/fixtures/train/tone-train-h.js';
import { TONE_TRAIN_I } from '../test/fixtures/train/tone-train-i.js';
import { TONE_TRAIN_J } from '../test/fixtures/train/tone-train-j.js';
import { TONE_TRAIN_K } from '../test/fixtures/train/tone-train-k.js';
import { TONE_TRAIN_L } from '../test/fixtures/train/tone-train-l.js';
import { TONE_TRAIN_M } from '../test/fixtures/train/tone-train-m.js';
import { TONE_TRAIN_N } from '../test/fixtures/train/tone-train-n.js';
import { TONE_TRAIN_O } from '../test/fixtures/train/tone-train-o.js';
import { TONE_TRAIN_P } from '../test/fixtures/train/tone-train-p.js';
import { TONE_TRAIN_Q } from '../test/fixtures/train/tone-train-q.js';
import { TONE_TRAIN_R } from '../test/fixtures/train/tone-train-r.js';
import { TONE_TRAIN_S } from '../test/fixtures/train/tone-train-s.js';
import { TONE_TRAIN_T } from '../test/fixtures/train/tone-train-t.js';
import { TONE_TRAIN_U } from '../test/fixtures/train/tone-train-u.js';
import { TONE_TRAIN_V } from '../test/fixtures/train/tone-train-v.js';
import { TONE_TRAIN_W } from '../test/fixtures/train/tone-train-w.js';
import { TONE_TRAIN_X } from '../test/fixtures/train/tone-train-x.js';
import { TONE_TRAIN_XA } from '../test/fixtures/train/tone-train-xa.js';
import { TONE_TRAIN_XB } from '../test/fixtures/train/tone-train-xb.js';
import { TONE_TRAIN_XC } from '../test/fixtures/train/tone-train-xc.js';
import { TONE_TRAIN_XD } from '../test/fixtures/train/tone-train-xd.js';
import { TONE_TRAIN_XE } from '../test/fixtures/train/tone-train-xe.js';
import { TONE_TRAIN_XF } from '../test/fixtures/train/tone-train-xf.js';
import { TONE_TRAIN_XG } from '../test/fixtures/train/tone-train-xg.js';
import { TONE_TRAIN_XH } from '../test/fixtures/train/tone-train-xh.js';
import { TONE_TRAIN_XI } from '../test/fixtures/train/tone-train-xi.js';
import { TONE_TRAIN_XJ } from '../test/fixtures/train/tone-train-xj.js';
import { TONE_TRAIN_XK } from '../test/fixtures/train/tone-train-xk.js';
import { TONE_TRAIN_XL } from '../test/fixtures/train/tone-train-xl.js';
import { TONE_TRAIN_XM } from '../test/fixtures/train/tone-train-xm.js';
import { TONE_TRAIN_XN } from '../test/fixtures/train/tone-train-xn.js';
import { TONE_TRAIN_XO } from '../test/fixtures/train/tone-train-xo.js';
import { TONE_TRAIN_XP } from '../test/fixtures/train/tone-train-xp.js';
import { TONE_TRAIN_XQ } from '../test/fixtures/train/tone-train-xq.js';
import { TONE_TRAIN_XR } from '../test/fixtures/train/tone-train-xr.js';
import { TONE_TRAIN_XS } from '../test/fixtures/train/tone-train-xs.js';
import { TONE_TRAIN_XT } from '../test/fixtures/train/tone-train-xt.js';
import { TONE_TRAIN_XU } from '../test/fixtures/train/tone-train-xu.js';
import { TONE_TRAIN_XV } from '../test/fixtures/train/tone-train-xv.js';
import { TONE_TRAIN_XW } from '../test/fixtures/train/tone-train-xw.js';
import { TONE_TRAIN_XX } from '../test/fixtures/train/tone-train-xx.js';
import { TONE_TRAIN_XY } from '../test/fixtures/train/tone-train-xy.js';
import { TONE_TRAIN_XZ } from '../test/fixtures/train/tone-train-xz.js';
import { TONE_TRAIN_YA } from '../test/fixtures/train/tone-train-ya.js';
import { TONE_TRAIN_YB } from '../test/fixtures/train/tone-train-yb.js';
import { TONE_TRAIN_YC } from '../test/fixtures/train/tone-train-yc.js';
import { TONE_TRAIN_YD } from '../test/fixtures/train/tone-train-yd.js';
import { TONE_TRAIN_YE } from '../test/fixtures/train/tone-train-ye.js';
import { TONE_TRAIN_YF } from '../test/fixtures/train/tone-train-yf.js';
import { TONE_TRAIN_YG } from '../test/fixtures/train/tone-train-yg.js';
import { TONE_TRAIN_YH } from '../test/fixtures/train/tone-train-yh.js';
import { TONE_TRAIN_Y } from '../test/fixtures/train/tone-train-y.js';
import { TONE_TRAIN_Z } from '../test/fixtures/train/tone-train-z.js';
import { TONE_TRAIN_EN } from '../test/fixtures/train/tone-train-en.js';
import { TONE_TRAIN_ZH } from '../test/fixtures/train/tone-train-zh.js';

const TARGET = new URL('../src/domain/tone-examples/tables.ts', import.meta.url);
/** Texts are cut into pieces of this many characters so every line stays within the line width. */
const PIECE = 45;
const PITFALLS: readonly string[] = ['blame', 'apology_without_action', 'overpromise', 'jargon'];

interface Row {
  lang: string;
  text: string;
  pitfalls: readonly string[];
}

function literal(text: string): string {
  const chars = [...text];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += PIECE) pieces.push(JSON.stringify(chars.slice(i, i + PIECE).join('')));
  return pieces.join(' +\n      ');
}

/** Each set of pitfalls is written once as a constant (an array literal per row is too much for the compiler). */
const SETS = new Map<string, string>();

function setName(pitfalls: readonly TonePitfall[]): string {
  const key = [...pitfalls].sort().join(',');
  let name = SETS.get(key);
  if (!name) {
    name = key
      ? `HAS_${key
          .split(',')
          .map((p) => p[0]!.toUpperCase())
          .join('')}`
      : 'CLEAN';
    SETS.set(key, name);
  }
  return name;
}

function entries(source: ToneExampleSource, rows: readonly Row[]): string[] {
  return rows.map((r) => {
    const pitfalls = r.pitfalls.filter((p) => PITFALLS.includes(p)) as TonePitfall[];
    return (
      `  {\n    source: '${source}',\n    lang: '${r.lang}',\n    pitfalls: ${setName(pitfalls)},\n` +
      `    text:\n      ${literal(r.text)},\n  },`
    );
  });
}

function setConstants(): string[] {
  return [...SETS].map(([key, name]) => {
    const items = key ? key.split(',').map((p) => `'${p}'`) : [];
    return `const ${name}: readonly TonePitfall[] = [${items.join(', ')}];`;
  });
}

/** The phrase table has no language column: its replies are in English or Chinese, told apart by their script. */
const PHRASES: Row[] = TONE_TABLE.map((c) => ({
  lang: pitfallLanguage(c.text) ?? 'en',
  text: c.text,
  pitfalls: c.rules,
}));

/** One array per table: a single array literal of all of them is more than the compiler will type. */
const TABLES: Array<[ToneExampleSource, readonly Row[]]> = [
  ['phrases', PHRASES],
  ['dev-1', TONE_DEV_TABLE],
  ['dev-2', TONE_DEV_TABLE_2],
  ['dev-3', TONE_DEV_TABLE_3],
  ['dev-4', TONE_DEV_TABLE_4],
  ['dev-5', TONE_DEV_TABLE_5],
  ['heldout-1', TONE_HELDOUT],
  ['heldout-2', TONE_HELDOUT_2],
  ['heldout-3', TONE_HELDOUT_3],
  ['heldout-4', TONE_HELDOUT_4],
  ['heldout-5', TONE_HELDOUT_5],
  ['heldout-6', TONE_HELDOUT_6],
  ['heldout-7', TONE_HELDOUT_7],
  ['heldout-8', TONE_HELDOUT_8],
  ['heldout-9', TONE_HELDOUT_9],
  ['heldout-10', TONE_HELDOUT_10],
  ['heldout-11', TONE_HELDOUT_11],
  ['heldout-12', TONE_HELDOUT_12],
  ['heldout-13', TONE_HELDOUT_13],
  ['heldout-14', TONE_HELDOUT_14],
  ['heldout-15', TONE_HELDOUT_15],
  ['heldout-16', TONE_HELDOUT_16],
  ['heldout-17', TONE_HELDOUT_17],
  ['heldout-18', TONE_HELDOUT_18],
  ['heldout-19', TONE_HELDOUT_19],
  ['heldout-20', TONE_HELDOUT_20],
  ['heldout-21', TONE_HELDOUT_21],
  ['heldout-22', TONE_HELDOUT_22],
  ['heldout-23', TONE_HELDOUT_23],
  ['heldout-24', TONE_HELDOUT_24],
  ['heldout-25', TONE_HELDOUT_25],
  ['heldout-26', TONE_HELDOUT_26],
  ['heldout-27', TONE_HELDOUT_27],
  ['heldout-28', TONE_HELDOUT_28],
  ['heldout-29', TONE_HELDOUT_29],
  ['heldout-30', TONE_HELDOUT_30],
  ['heldout-31', TONE_HELDOUT_31],
  ['heldout-32', TONE_HELDOUT_32],
  ['heldout-33', TONE_HELDOUT_33],
  ['heldout-34', TONE_HELDOUT_34],
  ['heldout-35', TONE_HELDOUT_35],
  ['heldout-36', TONE_HELDOUT_36],
  ['heldout-37', TONE_HELDOUT_37],
  ['heldout-38', TONE_HELDOUT_38],
  ['heldout-39', TONE_HELDOUT_39],
  ['heldout-40', TONE_HELDOUT_40],
  ['heldout-41', TONE_HELDOUT_41],
  ['heldout-42', TONE_HELDOUT_42],
  ['heldout-43', TONE_HELDOUT_43],
  ['heldout-44', TONE_HELDOUT_44],
  ['heldout-45', TONE_HELDOUT_45],
  ['heldout-46', TONE_HELDOUT_46],
  ['heldout-47', TONE_HELDOUT_47],
  ['heldout-48', TONE_HELDOUT_48],
  ['heldout-49', TONE_HELDOUT_49],
  ['heldout-50', TONE_HELDOUT_50],
  ['heldout-51', TONE_HELDOUT_51],
  ['heldout-52', TONE_HELDOUT_52],
  ['heldout-53', TONE_HELDOUT_53],
  ['heldout-54', TONE_HELDOUT_54],
  ['heldout-55', TONE_HELDOUT_55],
  ['heldout-56', TONE_HELDOUT_56],
  ['heldout-57', TONE_HELDOUT_57],
  ['heldout-60', TONE_HELDOUT_60],
  ['heldout-61', TONE_HELDOUT_61],
  ['heldout-58', TONE_HELDOUT_58],
  ['heldout-59', TONE_HELDOUT_59],
  ['heldout-62', TONE_HELDOUT_62],
  ['heldout-63', TONE_HELDOUT_63],
  ['heldout-64', TONE_HELDOUT_64],
  ['heldout-65', TONE_HELDOUT_65],
  ['heldout-66', TONE_HELDOUT_66],
  ['heldout-67', TONE_HELDOUT_67],
  ['heldout-68', TONE_HELDOUT_68],
  ['heldout-69', TONE_HELDOUT_69],
  ['heldout-70', TONE_HELDOUT_70],
  ['heldout-71', TONE_HELDOUT_71],
  ['heldout-72', TONE_HELDOUT_72],
  ['heldout-73', TONE_HELDOUT_73],
  ['heldout-74', TONE_HELDOUT_74],
  ['heldout-75', TONE_HELDOUT_75],
  ['heldout-76', TONE_HELDOUT_76],
  ['heldout-77', TONE_HELDOUT_77],
  ['heldout-78', TONE_HELDOUT_78],
  ['heldout-79', TONE_HELDOUT_79],
  ['heldout-80', TONE_HELDOUT_80],
  ['heldout-81', TONE_HELDOUT_81],
  ['heldout-82', TONE_HELDOUT_82],
  ['heldout-83', TONE_HELDOUT_83],
  ['heldout-84', TONE_HELDOUT_84],
  ['heldout-85', TONE_HELDOUT_85],
  ['heldout-86', TONE_HELDOUT_86],
  ['heldout-87', TONE_HELDOUT_87],
  ['heldout-88', TONE_HELDOUT_88],
  ['heldout-89', TONE_HELDOUT_89],
  ['heldout-90', TONE_HELDOUT_90],
  ['heldout-91', TONE_HELDOUT_91],
  ['heldout-92', TONE_HELDOUT_92],
  ['heldout-93', TONE_HELDOUT_93],
  ['heldout-94', TONE_HELDOUT_94],
  ['heldout-95', TONE_HELDOUT_95],
  ['heldout-96', TONE_HELDOUT_96],
  ['heldout-97', TONE_HELDOUT_97],
  ['heldout-98', TONE_HELDOUT_98],
  ['heldout-99', TONE_HELDOUT_99],
  ['heldout-100', TONE_HELDOUT_100],
  ['heldout-101', TONE_HELDOUT_101],
  ['train-en', TONE_TRAIN_EN],
  ['train-zh', TONE_TRAIN_ZH],
  ['train-a-en', TONE_TRAIN_A_EN],
  ['train-a-zh', TONE_TRAIN_A_ZH],
  ['train-b-en', TONE_TRAIN_B_EN],
  ['train-b-zh', TONE_TRAIN_B_ZH],
  ['train-c-en', TONE_TRAIN_C_EN],
  ['train-c-zh', TONE_TRAIN_C_ZH],
  ['train-d-en', TONE_TRAIN_D_EN],
  ['train-d-zh', TONE_TRAIN_D_ZH],
  ['train-e-en', TONE_TRAIN_E_EN],
  ['train-e-zh', TONE_TRAIN_E_ZH],
  ['train-f', TONE_TRAIN_F],
  ['train-g', TONE_TRAIN_G],
  ['train-h', TONE_TRAIN_H],
  ['train-i', TONE_TRAIN_I],
  ['train-j', TONE_TRAIN_J],
  ['train-k', TONE_TRAIN_K],
  ['train-l', TONE_TRAIN_L],
  ['train-m', TONE_TRAIN_M],
  ['train-n', TONE_TRAIN_N],
  ['train-o', TONE_TRAIN_O],
  ['train-p', TONE_TRAIN_P],
  ['train-q', TONE_TRAIN_Q],
  ['train-r', TONE_TRAIN_R],
  ['train-s', TONE_TRAIN_S],
  ['train-t', TONE_TRAIN_T],
  ['train-u', TONE_TRAIN_U],
  ['train-v', TONE_TRAIN_V],
  ['train-w', TONE_TRAIN_W],
  ['train-x', TONE_TRAIN_X],
  ['train-y', TONE_TRAIN_Y],
  ['train-z', TONE_TRAIN_Z],
  ['train-xa', TONE_TRAIN_XA],
  ['train-xb', TONE_TRAIN_XB],
  ['train-xc', TONE_TRAIN_XC],
  ['train-xd', TONE_TRAIN_XD],
  ['train-xe', TONE_TRAIN_XE],
  ['train-xf', TONE_TRAIN_XF],
  ['train-xg', TONE_TRAIN_XG],
  ['train-xh', TONE_TRAIN_XH],
  ['train-xi', TONE_TRAIN_XI],
  ['train-xj', TONE_TRAIN_XJ],
  ['train-xk', TONE_TRAIN_XK],
  ['train-xl', TONE_TRAIN_XL],
  ['train-xm', TONE_TRAIN_XM],
  ['train-xn', TONE_TRAIN_XN],
  ['train-xo', TONE_TRAIN_XO],
  ['train-xp', TONE_TRAIN_XP],
  ['train-xq', TONE_TRAIN_XQ],
  ['train-xr', TONE_TRAIN_XR],
  ['train-xs', TONE_TRAIN_XS],
  ['train-xt', TONE_TRAIN_XT],
  ['train-xu', TONE_TRAIN_XU],
  ['train-xv', TONE_TRAIN_XV],
  ['train-xw', TONE_TRAIN_XW],
  ['train-xx', TONE_TRAIN_XX],
  ['train-xy', TONE_TRAIN_XY],
  ['train-xz', TONE_TRAIN_XZ],
  ['train-ya', TONE_TRAIN_YA],
  ['train-yb', TONE_TRAIN_YB],
  ['train-yc', TONE_TRAIN_YC],
  ['train-yd', TONE_TRAIN_YD],
  ['train-ye', TONE_TRAIN_YE],
  ['train-yf', TONE_TRAIN_YF],
  ['train-yg', TONE_TRAIN_YG],
  ['train-yh', TONE_TRAIN_YH],
];
const constName = (source: string) => source.toUpperCase().replaceAll('-', '_');
const arrays = TABLES.flatMap(([source, rows]) => [
  '// biome-ignore format: the generator keeps every line within the width, counting characters as the lint does',
  `const ${constName(source)}: readonly ToneExample[] = [`,
  ...entries(source, rows),
  '];',
  '',
]);
const count = TABLES.reduce((n, [, rows]) => n + rows.length, 0);
writeFileSync(
  TARGET,
  [
    '/** Generated by scripts/tone-examples.ts from the labelled tone tables: do not edit by hand. */',
    "import type { ToneExample, TonePitfall } from './types.js';",
    '',
    ...setConstants(),
    '',
    ...arrays,
    'export const TONE_TABLE_EXAMPLES: readonly ToneExample[] = [',
    ...TABLES.map(([source]) => `  ...${constName(source)},`),
    '];',
    '',
  ].join('\n'),
);
console.log(`${count} examples written to ${TARGET.pathname}`);
