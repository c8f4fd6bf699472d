import { DEFAULT_PRIORITY, type Category, type Priority } from './taxonomy.js';

/** Keywords from the seed table, in Chinese and English. Earlier categories win ties: a crash outranks stutter. */
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
      /\bdisconnect|\bdrop(s|ped|ping)?\b|\bcan(no|')?t (connect|join|get through)|\bunable to (connect|join)|\bconnection (fail|lost|drop|error)|\bfails? to (connect|join)|\bkeeps? (dropping|disconnecting|reconnecting)|\breconnect|\bcall(s)? (fail|won't connect)|\btimes? out\b/i,
    ],
  },
  {
    category: 'av_quality',
    patterns: [
      /卡顿|卡|延迟|延时|模糊|不清楚|花屏|马赛克|杂音|噪音|回声|回音|音画不同步|不同步|声音小|没声音|听不到|看不到画面|画质|黑屏|冻结|掉帧/,
      /\bstutter|\blag(gy|s|ging)?\b|\blatency\b|\bdelay(ed)?\b|\bblurr?y\b|\bpixelat|\bnoise\b|\bnoisy\b|\becho(es|ing)?\b|\bout of sync\b|\bnot in sync\b|\bfreez(e|es|ing)\b|\bfrozen\b|\bchoppy\b|\bcan'?t hear\b|\bno (audio|sound|video)\b|\bpoor (quality|picture|video|audio)\b|\bbad (quality|audio|video)\b|\bblack screen\b|\brobotic\b|\bjitter/i,
    ],
  },
  {
    category: 'feature',
    patterns: [
      /美颜|滤镜|录屏|录制|特效|虚拟背景|屏幕共享|共享屏幕|变声/,
      /\bbeauty\b|\bfilters?\b|\bscreen ?record|\brecording\b|\bvirtual background\b|\bscreen ?shar|\beffects?\b|\bvoice changer\b/i,
    ],
  },
  {
    category: 'compatibility',
    patterns: [
      /特定机型|某些机型|部分机型|只有.*(手机|机型|系统)|仅.*(机型|系统)|(华为|小米|oppo|vivo|荣耀|三星|苹果).*(上|才)|鸿蒙|系统版本|兼容/i,
      /\bonly (on|with|happens on)\b.*\b(iphone|android|ios|samsung|huawei|xiaomi|pixel|device|model|version|windows|mac)|\bspecific (device|model|phone)|\bcompatib|\bafter (updating|upgrading) to (ios|android)|\bon (ios|android) \d+ only\b/i,
    ],
  },
];

export interface Classification {
  category: Category;
  priority: Priority;
  /** The keywords that decided it, for the card. */
  matched: string[];
}

export function classify(text: string, options: { enterprise?: boolean } = {}): Classification {
  const scores = RULES.map(({ category, patterns }) => {
    const matched = patterns.flatMap((p) =>
      [...text.matchAll(new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`))].map((m) => m[0]),
    );
    return { category, matched };
  });
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
