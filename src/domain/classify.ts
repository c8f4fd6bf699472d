import { DEFAULT_PRIORITY, type Category, type Priority } from './taxonomy.js';
import { matchesOf } from './patterns.js';

/**
 * Only the first 4,000 characters are read. What a customer types about their problem comes first and
 * fits easily (a full screen of text); what follows in a longer message is a pasted log or stack trace,
 * whose words ("crash", "disconnect", "timeout") say nothing about what the person is complaining of.
 */
export const CLASSIFY_MAX_CHARS = 4000;
/** The card shows the keywords that decided: a few distinct ones are enough. */
const MAX_MATCHED = 8;

/**
 * Keywords from the seed table, in Chinese and English. Earlier categories win ties: a crash outranks stutter.
 * Every gap between two keywords is bounded and stays inside one clause, so no pattern scans ahead
 * without limit from each of many starting points.
 */
const RULES: Array<{ category: Category; patterns: RegExp[] }> = [
  {
    category: 'crash',
    patterns: [
      /崩溃|闪退|卡死|无响应|白屏|黑屏退出/,
      /\bcrash(es|ed|ing)?\b|\bkeeps? closing\b|\bforce[- ]clos|\bapp (closes|quits|dies)\b|\bfreezes? and closes?\b/i,
    ],
  },
  {
    category: 'connectivity',
    patterns: [
      /掉线|断线|断开|连不上|无法接通|接不通|打不通|无法连接|连接失败|进不去|加入失败|频繁断|重连|登录失败|呼叫失败/,
      /\bdisconnect|\bdrop(s|ped|ping)?\b|\bcan(no|')?t (connect|join|get through)|\bunable to (connect|join)/i,
      /\bconnection (fail|lost|drop|error)|\bfails? to (connect|join)|\bkeeps? (dropping|disconnecting|reconnecting)/i,
      /\breconnect|\bcall(s)? (fail|won't connect)|\btimes? out\b/i,
    ],
  },
  {
    category: 'av_quality',
    patterns: [
      /卡顿|卡|延迟|延时|模糊|不清楚|花屏|马赛克|杂音|噪音|回声|回音|音画不同步|不同步|声音小|没声音|听不到|看不到画面|画质|黑屏|冻结|掉帧/,
      /\bstutter|\blag(gy|s|ging)?\b|\blatency\b|\bdelay(ed)?\b|\bblurr?y\b|\bpixelat|\bnoise\b|\bnoisy\b/i,
      /\becho(es|ing)?\b|\bout of sync\b|\bnot in sync\b|\bfreez(e|es|ing)\b|\bfrozen\b|\bchoppy\b|\bcan'?t hear\b/i,
      /\bno (audio|sound|video)\b|\bpoor (quality|picture|video|audio)\b|\bbad (quality|audio|video)\b/i,
      /\bblack screen\b|\brobotic\b|\bjitter/i,
    ],
  },
  {
    category: 'feature',
    patterns: [
      /美颜|滤镜|录屏|录制|特效|虚拟背景|屏幕共享|共享屏幕|变声/,
      /\bbeauty\b|\bfilters?\b|\bscreen ?record|\brecording\b|\bvirtual background\b|\bscreen ?shar/i,
      /\beffects?\b|\bvoice changer\b/i,
    ],
  },
  {
    category: 'compatibility',
    patterns: [
      /特定机型|某些机型|部分机型|鸿蒙|系统版本|兼容/,
      /只有[^，。！？,.!?\n]{0,20}(手机|机型|系统)|仅[^，。！？,.!?\n]{0,20}(机型|系统)/,
      /(华为|小米|oppo|vivo|荣耀|三星|苹果)[^，。！？,.!?\n]{0,12}(上|才)/i,
      /\bonly (on|with|happens on)\b[^.!?\n]{0,40}\b(iphone|android|ios|samsung|huawei|xiaomi|pixel|device|model)/i,
      /\bonly (on|with|happens on)\b[^.!?\n]{0,40}\b(version|windows|mac)/i,
      /\bspecific (device|model|phone)|\bcompatib/i,
      /\bafter (updating|upgrading) to (ios|android)|\bon (ios|android) \d+ only\b/i,
    ],
  },
];

export interface Classification {
  category: Category;
  priority: Priority;
  /** The keywords that decided it, for the card. */
  matched: string[];
}

const GLOBAL_RULES = RULES.map(({ category, patterns }) => ({
  category,
  patterns: patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`)),
}));

/** The distinct keywords found, in order, at most MAX_MATCHED. */
function keywords(text: string, patterns: RegExp[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns)
    for (const m of matchesOf(pattern, text)) {
      found.add(m[0]);
      if (found.size >= MAX_MATCHED) return [...found];
    }
  return [...found];
}

export function classify(fullText: string, options: { enterprise?: boolean } = {}): Classification {
  const text = fullText.slice(0, CLASSIFY_MAX_CHARS);
  const scores = GLOBAL_RULES.map(({ category, patterns }) => ({ category, matched: keywords(text, patterns) }));
  // "Only on Huawei it stutters" is a compatibility problem: a device-specific signal beats the symptom.
  const compatibility = scores.find((s) => s.category === 'compatibility')!;
  const crash = scores.find((s) => s.category === 'crash')!;
  const best =
    crash.matched.length > 0
      ? crash
      : compatibility.matched.length > 0
        ? compatibility
        : scores.find((s) => s.matched.length > 0 && s.category !== 'compatibility');
  const category = best?.category ?? 'other';
  return {
    category,
    priority: options.enterprise ? 'urgent' : DEFAULT_PRIORITY[category],
    matched: best?.matched ?? [],
  };
}

/** An enterprise customer's ticket is always raised to the top. */
export function priorityFor(category: Category, enterprise: boolean): Priority {
  return enterprise ? 'urgent' : DEFAULT_PRIORITY[category];
}
