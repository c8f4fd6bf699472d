import { askLanguageOf, type AskLanguage } from './answer.js';
import { TZDate } from '@date-fns/tz';
import { anyOf } from '../patterns.js';
import type { ResolutionSide } from '../resolution.js';
import type { Category, Priority } from '../taxonomy.js';
import type { AskDimension, AskFilters, AskMeasure, AskQuery, AskStatus } from './query.js';
import { DEVICE_TERMS, NETWORK_TERMS, OS_TERMS, REGION_TERMS, type Term } from './vocabulary.js';

/**
 * The built-in reader: the common forms of a question in Chinese and English, read into the typed query. It reads
 * a question only when every word of it is accounted for; a word it does not know means "I can't read that", never a
 * guess, so it never answers a different question with a wrong figure.
 */
export interface ReadContext {
  now: Date;
  timeZone: string;
  /** Linked customer channels, so their names can be asked about. */
  customers: Array<{ channelId: string; name: string | null }>;
  /** Known problems, so one can be named by the words of its title. */
  knownProblems?: Array<{ id: number; title: string }>;
}

export type ReadOutcome =
  | { ok: true; query: AskQuery; language: AskLanguage }
  | { ok: false; language: AskLanguage; unread: string[] };

/** Longest question read: a question is a sentence, and every pattern below stays linear on it. */
export const READ_MAX_CHARS = 1000;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十五: 15,
  二十: 20,
  三十: 30,
};

function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()];
}

const NUM = '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)';
const ZH_NUM = '(\\d{1,3}|十五|二十|三十|[一二两三四五六七八九十])';
/** A device model named in a question ("iPhone 13", "Mate 40 Pro", "Redmi Note 12"). */
const MODEL_NAMES = new RegExp(
  `\\b(${[
    /iphone ?\d{1,2}(?: pro max| pro| plus| mini)?/.source,
    /galaxy ?[a-z]?\d{1,3}(?: ultra| plus)?|pixel ?\d{1,2}a?/.source,
    /mate ?\d{1,3}(?: pro)?|redmi(?: note)? ?\d{1,3}|p\d{2}(?: pro)?/.source,
  ].join('|')})\\b`,
  'i',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The question as it is being read: what is found is cut out, so what is left is what was not understood. */
class Reading {
  rest: string;
  constructor(text: string) {
    this.rest = ` ${text} `;
  }

  /** The first match of `re`, cut out of what is left. */
  take(re: RegExp): RegExpMatchArray | undefined {
    const m = this.rest.match(re);
    if (!m || m.index === undefined) return undefined;
    this.rest = `${this.rest.slice(0, m.index)} ${this.rest.slice(m.index + m[0].length)}`;
    return m;
  }

  has(re: RegExp): boolean {
    return re.test(this.rest);
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A spelling as a pattern: whole words for Latin letters, anywhere for Chinese. */
function spellingPattern(spelling: string): string {
  const body = escapeRe(spelling).replace(/ /g, '[ -]?');
  return /^[a-z0-9]/i.test(spelling) ? `(?<![a-z0-9])${body}(?![a-z])` : body;
}

function termsIn(reading: Reading, terms: Term[], suffix = ''): string[] {
  const found: string[] = [];
  // Longest spellings first, so "Southeast Asia" is not read as a stray "Asia".
  const all = terms.flatMap((t) => t.spellings.map((s) => ({ t, s }))).sort((a, b) => b.s.length - a.s.length);
  for (const { t, s } of all) {
    const re = new RegExp(`${spellingPattern(s)}${suffix}`, 'i');
    while (reading.take(re)) if (!found.includes(t.name)) found.push(t.name);
  }
  return found;
}

function dayOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readPeriod(r: Reading, ctx: ReadContext): AskQuery['period'] | undefined {
  const local = new TZDate(ctx.now.getTime(), ctx.timeZone);
  const year = local.getFullYear();
  let m: RegExpMatchArray | undefined;
  m = r.take(new RegExp(`\\b(?:in |over |during |for )?(?:the )?(?:last|past|previous) ${NUM} days?\\b`, 'i'));
  if (m) return { kind: 'last_days', days: numberOf(m[1]) };
  m = r.take(new RegExp(`\\b(?:in |over |during |for )?(?:the )?(?:last|past|previous) ${NUM} weeks?\\b`, 'i'));
  if (m) return { kind: 'last_days', days: (numberOf(m[1]) ?? 1) * 7 };
  m = r.take(new RegExp(`(?:最近|过去|近)${ZH_NUM}(?:天|日)`));
  if (m) return { kind: 'last_days', days: numberOf(m[1]) };
  m = r.take(new RegExp(`(?:最近|过去|近)${ZH_NUM}(?:个)?(?:周|星期|礼拜)`));
  if (m) return { kind: 'last_days', days: (numberOf(m[1]) ?? 1) * 7 };
  const named: Array<[RegExp, AskQuery['period']['kind']]> = [
    [
      /\b(?:in |during |for )?(?:the )?(?:last|previous|past) week\b|上周|上星期|上个星期|上个礼拜|上礼拜/i,
      'last_week',
    ],
    [/\b(?:in |during |for )?this week\b|本周|这周|这星期|这个星期|本星期|这礼拜/i, 'this_week'],
    [/\b(?:in |during |for )?(?:the )?(?:last|previous|past) month\b|上个月|上月/i, 'last_month'],
    [/\b(?:in |during |for )?this month\b|本月|这个月|当月/i, 'this_month'],
    [/\b(?:for |on )?today\b|今天|今日/i, 'today'],
    [/\b(?:for |on )?yesterday\b|昨天|昨日/i, 'yesterday'],
  ];
  for (const [re, kind] of named) if (r.take(re)) return { kind };
  m =
    r.take(/\bsince (\d{4})-(\d{1,2})-(\d{1,2})\b/i) ??
    r.take(/(?:自|从)?(\d{4})-(\d{1,2})-(\d{1,2})(?:以来|之后|起|开始)/);
  if (m) {
    const from = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (from) return { kind: 'since', from };
  }
  m = r.take(/\bsince (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (\d{1,2})(?:st|nd|rd|th)?\b/i);
  if (m) {
    const from = dayOf(year, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
    if (from) return { kind: 'since', from };
  }
  m = r.take(/\bsince (\d{1,2})(?:st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/i);
  if (m) {
    const from = dayOf(year, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
    if (from) return { kind: 'since', from };
  }
  m = r.take(/(?:自|从)?(\d{1,2})月(\d{1,2})(?:日|号)(?:以来|之后|起|开始)(?:到现在|至今)?/);
  if (m) {
    const from = dayOf(year, Number(m[1]), Number(m[2]));
    if (from) return { kind: 'since', from };
  }
  // "11月以来", "since November": from the first of that month, the latest one not in the future.
  const month = local.getMonth() + 1;
  const sinceMonth = (n: number) => dayOf(n > month ? year - 1 : year, n, 1);
  m = r.take(/(?:自|从)?(\d{1,2})月份?(?:以来|之后|起|开始)(?:到现在|至今)?/);
  if (m) {
    const from = sinceMonth(Number(m[1]));
    if (from) return { kind: 'since', from };
  }
  m = r.take(/\bsince (?:the (?:start|beginning) of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b/i);
  if (m) {
    const from = sinceMonth(MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
    if (from) return { kind: 'since', from };
  }
  return undefined;
}

const CATEGORY_WORDS: Array<[RegExp, Category]> = [
  [
    anyOf(
      'i',
      /\b(?:call )?(?:drops?|dropped|dropping|disconnect(?:s|ed|ions?)?)\b/,
      /\b(?:can'?t connect|cannot connect|connection|connectivity)\b/,
      /掉线|断线|断开|连不上|无法接通|接不通|连接/,
    ),
    'connectivity',
  ],
  [
    anyOf(
      'i',
      /\b(?:stutter(?:s|ing)?|lag(?:s|gy|ging)?|freez(?:e|es|ing)|blurry|blur|echo|noise)\b/,
      /\b(?:a\/?v quality|audio\/video quality|quality)\b/,
      /卡顿|延迟|模糊|回声|杂音|不同步|音视频质量|画质|卡/,
    ),
    'av_quality',
  ],
  [/\bcrash(?:es|ed|ing)?\b|崩溃|闪退/i, 'crash'],
  [/\b(?:beauty filter|filters?|screen recording|recording|feature)\b|美颜|滤镜|录屏|功能异常/i, 'feature'],
  [/\bcompatibility\b|兼容/i, 'compatibility'],
];

const PRIORITY_WORDS: Array<[RegExp, Priority]> = [
  [/\burgent\b|紧急/i, 'urgent'],
  [/\bmedium[- ]high\b|中高/i, 'medium_high'],
  [/\bmedium[- ]low\b|中低/i, 'medium_low'],
  [/\bhigh[- ]priority\b|高优先级/i, 'high'],
  [/\bmedium[- ]priority\b|中优先级/i, 'medium'],
];

const SIDE_WORDS: Array<[RegExp, ResolutionSide]> = [
  [/\b(?:the )?customer'?s? network\b|客户网络|客户的网络/i, 'customer_network'],
  [/\b(?:the )?customer'?s? device\b|客户设备|客户的设备/i, 'customer_device'],
  [/\bour (?:service|side)\b|我方服务|我方|我们的服务/i, 'our_service'],
  [/\b(?:the )?customer'?s? (?:config(?:uration)?|integration)\b|客户配置|客户集成/i, 'customer_config'],
];

const STATUS_WORDS: Array<[RegExp, AskStatus]> = [
  [/\bwaiting on us\b|等我们回复|待我们回复/i, 'waiting_on_us'],
  [/\bwaiting on (?:the )?customers?\b|等客户回复|待客户回复/i, 'waiting_on_customer'],
  [/\b(?:still )?(?:open|unresolved)\b|未解决|未关闭|没解决|还没解决|处理中/i, 'open'],
  [/\b(?:resolved|closed|solved)\b|已解决|已关闭|解决了的/i, 'resolved'],
];

/** The measures, most specific first; "how many" alone means tickets. */
const MEASURE_WORDS: Array<[RegExp, AskMeasure]> = [
  [
    anyOf(
      'i',
      /\b(?:first[- ]reply |first[- ]response |sla )?(?:attainment|on[- ]time rate|on[- ]time|within (?:the )?sla)\b/,
      /首次回复达标率|首响达标率|首次回复及时率|达标率|达成率|及时率|准时率|按时回复率|达标/,
    ),
    'first_reply_attainment',
  ],
  [
    anyOf(
      'i',
      /\bwait(?:ed|ing|s)? (?:the )?(?:longest|most)(?: for (?:a |the |their )?first (?:reply|response))?/,
      /\blongest wait(?:s|ing)?(?: for (?:a |the |their )?first (?:reply|response))?/,
      /等(?:得|的)?最久|等待(?:时间)?最长|等(?:得|的)?最长/,
    ),
    'longest_wait',
  ],
  [
    anyOf(
      'i',
      /\b(?:the )?(?:median |typical |average |mean )?(?:first[- ]reply|first[- ]response|response|reply) times?\b/,
      /\b(?:the )?(?:median |typical |average |mean )?time to (?:first )?(?:reply|respond)\b/,
      /(?:平均)?(?:首次回复时间|首次响应时间|首响时间|响应时间|回复时间|等待时间)(?:的?中位数|的?平均值)?/,
    ),
    'median_first_reply',
  ],
  [
    anyOf(
      'i',
      /\b(?:the )?(?:median |typical |average |mean )?(?:time to (?:resolve|resolution)|resol(?:ution|ve) time)\b/,
      /(?:平均)?(?:解决时间|解决时长|处理时长)(?:的?中位数|的?平均值)?|多久解决/,
    ),
    'time_to_resolve',
  ],
  [
    /\b(?:the )?(?:average |mean )?(?:satisfaction )?(?:ratings?|satisfaction|scores?)\b|平均评分|平均满意度|满意度|评分|打分/i,
    'average_rating',
  ],
  [/\b(?:escalations?|escalation pings?|times escalated)\b|升级次数|升级了几次/i, 'escalations'],
  [/\b(?:got |were |was |been )?escalated(?: tickets?)?\b|被升级|升级/i, 'escalated_tickets'],
  [/\bre-?open(?:ed|s)?\b|重开|重新打开|重新开启/i, 'reopened'],
];

/** Words that name a grouping, once a "by", "which" or "按" has said the answer is split by it. */
const DIMENSION_WORDS: Array<[string, AskDimension]> = [
  ['customers?|clients?|客户', 'customer'],
  ['regions?|cities|city|countries|country|areas?|地区|区域|城市|国家', 'region'],
  ['device models?|devices?|phone models?|phones?|models?|机型|设备|手机型号|手机', 'device'],
  ['operating systems?|os|systems?|os versions?|系统版本|操作系统|系统|版本', 'os'],
  ['network types?|networks?|网络类型|网络', 'network'],
  ['categor(?:y|ies)|problem types?|kinds? of problems?|types?|类别|分类|问题类型|类型', 'category'],
  ['priorit(?:y|ies)|优先级', 'priority'],
  ['whose side|sides?|责任方|问题方', 'side'],
  ['root causes?|causes?|根因|原因', 'root_cause'],
  ['known problems?|已知问题', 'known_problem'],
  ['tiers?|客户等级|等级', 'tier'],
  ['languages?|语言', 'language'],
  ['status(?:es)?|状态', 'status'],
  ['owners?|assignees?|agents?|负责人|处理人|跟进人', 'owner'],
  ['tickets?|工单', 'ticket'],
  ['weeks?|周|星期', 'week'],
  ['days?|dates?|天|日期', 'day'],
];

const DIMENSION_ALTERNATION = DIMENSION_WORDS.map(([w]) => w).join('|');

function dimensionOf(word: string): AskDimension | undefined {
  for (const [words, dim] of DIMENSION_WORDS) if (new RegExp(`^(?:${words})$`, 'i').test(word)) return dim;
  return undefined;
}

function readGroupings(r: Reading, sort: { value?: 'desc' | 'asc'; limit?: number }): AskDimension[] {
  const groups: AskDimension[] = [];
  const add = (d: AskDimension | undefined) => {
    if (d && !groups.includes(d) && groups.length < 2) groups.push(d);
  };
  const time: Array<[RegExp, AskDimension]> = [
    [/\b(?:per|by|each|a) day\b|\bdaily\b|\bday by day\b|每天|每日|按天|按日|逐日/i, 'day'],
    [/\b(?:per|by|each|a) week\b|\bweekly\b|\bweek by week\b|每周|每星期|按周|逐周/i, 'week'],
  ];
  for (const [re, dim] of time) if (r.take(re)) add(dim);
  // "by X", "which 3 X", "top 5 X", and "… and Y" after one of them.
  const en = new RegExp(
    `\\b(?:broken down by|break(?:ing)? (?:it |them |tickets |down )?(?:down )?by|split by|grouped by|by|per|` +
      `for each|each|across|which|what|top)\\s+(?:${NUM}\\s+)?(?:the\\s+)?(${DIMENSION_ALTERNATION})(?![a-z])` +
      `(?:\\s*(?:,|and|&)\\s*(?:by\\s+|per\\s+)?(?:the\\s+)?(${DIMENSION_ALTERNATION})(?![a-z]))?`,
    'i',
  );
  // "按X", "各X", "不同X", "最多的5个X", "前3名X", and "和Y" after one of them.
  const zhBefore = new RegExp(
    `(?:按照|按|各个|各|每个|每一个|不同的?|哪些|哪个|哪|分|(最多|最少|最高|最低|最长|最短|最久)的?${ZH_NUM}(?:个|名|位)|` +
      `前${ZH_NUM}(?:名|个|位)?的?)(${DIMENSION_ALTERNATION})(?:(?:和|与|及|、)(${DIMENSION_ALTERNATION}))?`,
  );
  const zhAfter = new RegExp(`(${DIMENSION_ALTERNATION})(?:分布|排名|排行|排行榜|维度)`);
  for (let i = 0; i < 3; i++) {
    const m = r.take(en);
    if (!m) break;
    if (m[1]) sort.limit = numberOf(m[1]);
    add(dimensionOf(m[2]!));
    if (m[3]) add(dimensionOf(m[3]));
  }
  for (let i = 0; i < 3; i++) {
    const m = r.take(zhBefore);
    if (!m) break;
    if (m[1]) sort.value = /最少|最低|最短/.test(m[1]) ? 'asc' : 'desc';
    const n = numberOf(m[2]) ?? numberOf(m[3]);
    if (n) sort.limit = n;
    add(dimensionOf(m[4]!));
    if (m[5]) add(dimensionOf(m[5]));
  }
  for (let i = 0; i < 3; i++) {
    const m = r.take(zhAfter);
    if (!m) break;
    add(dimensionOf(m[1]!));
  }
  return groups;
}

/** Words that carry no part of the query once the rest is read. */
const EN_FILLER = new Set(
  (
    "how many much what whats what's was were is are did do does the a an of for from in on at with our we us " +
    'there have had has and or to which who complaints complaint tickets ticket cases case issues issue problems ' +
    'problem me show give list tell please been get got that these those it its their them they came come all any ' +
    'total number count in were was by been so far up until now right currently current than more most number ' +
    "reported raised opened filed about did got received see let know can you i'd i like would could by s " +
    'over during within break down broken split grouped compared before'
  ).split(' '),
);
const ZH_FILLER = [
  '是多少',
  '有多少',
  '多少',
  '一共',
  '总共',
  '共有',
  '数量',
  '投诉量',
  '投诉',
  '工单',
  '问题',
  '情况',
  '统计',
  '看看',
  '请问',
  '我们',
  '我们的',
  '哪些',
  '来自',
  '以及',
  '还有',
  '分别',
  '各自',
  '有',
  '的',
  '了',
  '是',
  '在',
  '中',
  '里',
  '吗',
  '呢',
  '个',
  '张',
  '条',
  '起',
  '和',
  '与',
  '及',
  '都',
  '被',
  '请',
  '给',
  '看',
  '数',
  '几',
  '多',
  '少',
  '谁',
  '最',
  '上',
  '对',
  '下',
  '一下',
  '过',
  '还',
  '负责',
  '处理',
  '跟进',
  '排',
  '看',
  '按',
  '提到',
];

/** What is left once fillers and punctuation are gone: anything here was not understood. */
function unreadWords(rest: string): string[] {
  let text = rest.toLowerCase();
  for (const w of [...ZH_FILLER].sort((a, b) => b.length - a.length)) text = text.split(w).join(' ');
  return text
    .split(/[\s,.;:!?，。；：！？、"“”'‘’()（）@<>|-]+/)
    .filter(Boolean)
    .filter((w) => !EN_FILLER.has(w));
}

/** Words of a Chinese description as the English of a title would say them. */
const TITLE_WORDS: Array<[RegExp, string]> = [
  [/卡顿|卡/g, ' stutter '],
  [/掉线|断线/g, ' drops '],
  [/闪退|崩溃/g, ' crash '],
  [/回声/g, ' echo '],
  [/耳机/g, ' headset '],
  [/蓝牙/g, ' bluetooth '],
];

function titleTokens(text: string): string[] {
  let t = text.toLowerCase();
  for (const term of [...DEVICE_TERMS, ...OS_TERMS, ...REGION_TERMS])
    for (const spelling of term.spellings)
      if (/[\u4e00-\u9fff]/.test(spelling)) t = t.split(spelling).join(` ${term.name.toLowerCase()} `);
  for (const [re, word] of TITLE_WORDS) t = t.replace(re, word);
  return t.split(/[^a-z0-9.]+/).filter((w) => w.length >= 2 || /\d/.test(w));
}

const PROBLEM_NOISE = new Set(['the', 'that', 'this', 'on', 'of', 'in', 'for', 'with', 'to', 'a', 'an']);

/**
 * "linked to the iOS 18.1 Bluetooth headset known problem", "关联到华为 Mate 60 Pro 卡顿那个已知问题": the words before
 * "known problem" name it. The one known problem whose title holds the most of them (at least two) is meant; null when
 * a known problem is named but none or several fit equally.
 */
function readKnownProblem(r: Reading, problems: Array<{ id: number; title: string }>): number | null | undefined {
  const byNumber = r.take(/\bknown problem #?(\d{1,9})\b|已知问题\s?#?(\d{1,9})/i);
  if (byNumber) return Number(byNumber[1] ?? byNumber[2]);
  const en = r.take(/\b(?:linked to|tied to|under|from|in|of)\s+(?:the\s+)?((?:[\w.]+\s+){1,8}?)known problem\b/i);
  const zh = en ? undefined : r.take(/(?:关联到|关联|属于|挂在)\s?(.{1,40}?)(?:那个|这个|的)?已知问题/);
  const words = en?.[1] ?? zh?.[1];
  if (words === undefined) return r.has(/\bknown problem\b|已知问题/i) ? null : undefined;
  const tokens = titleTokens(words).filter((w) => !PROBLEM_NOISE.has(w));
  const scored = problems
    .map((p) => {
      const title = ` ${titleTokens(p.title).join(' ')} `;
      return { id: p.id, score: tokens.filter((w) => title.includes(` ${w} `)).length };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < 2 || scored[1]?.score === best.score) return null;
  return best.id;
}

/** "root cause mentioning SDK", "根因里提到 SDK 的": the word the root cause must contain. */
function readRootCause(r: Reading): string | undefined {
  const en = r.take(
    new RegExp(
      /\broot causes? (?:mentioning|mentions?|containing|contains?|with|saying|that (?:mentions?|says?|contains?))/
        .source + /\s+["“']?([\w.+-]{1,40})["”']?/.source,
      'i',
    ),
  );
  if (en) return en[1];
  const zh = r.take(
    /(?:根因|根本原因|原因)(?:里|中)?(?:提到|包含|含有|含|写着|有)\s?["“']?([\w.+-]{1,40}|[\u4e00-\u9fff]{1,10}?)["”']?\s?的/,
  );
  return zh?.[1];
}

/** A question in plain words read into the typed query, or what in it could not be read. */
export function readQuestion(question: string, ctx: ReadContext): ReadOutcome {
  // "this month's tickets", "what's": the possessive and the contraction say nothing more.
  const text = question
    .slice(0, READ_MAX_CHARS)
    .replace(/\s+/g, ' ')
    .replace(/['’]s\b/gi, '')
    .trim();
  const language = askLanguageOf(text);
  const r = new Reading(text);
  // Mentions of the app itself are how it was asked, not part of the question.
  r.take(/<@[UW][A-Z0-9]+(?:\|[^>]{0,80})?>/);
  const filters: AskFilters = {};
  let owner = r.take(/\b(?:owned by|assigned to|taken by)\s+<@([UW][A-Z0-9]{2,20})(?:\|[^>]{0,80})?>/i);
  owner ??= r.take(/<@([UW][A-Z0-9]{2,20})(?:\|[^>]{0,80})?>\s*(?:负责的|跟进的|处理的|的)?/);
  if (owner) filters.owner = owner[1]!;
  else if (r.take(/\bunassigned\b|\b(?:nobody|no one) (?:took|owns)\b|无人负责|没人跟进|未分配/i))
    filters.owner = 'none';

  // A known problem named by words of its title, before those words are read as a device or a category.
  const problem = readKnownProblem(r, ctx.knownProblems ?? []);
  if (problem === null) return { ok: false, language, unread: [] };
  if (problem !== undefined) filters.knownProblem = `#${problem}`;
  const cause = readRootCause(r);
  if (cause) filters.rootCause = [cause];

  const stated = readPeriod(r, ctx);
  // The period the question compares with is always the one just before, as long as this one.
  r.take(
    new RegExp(
      /\b(?:compared (?:with|to)|versus|vs\.?|than) (?:the )?(?:previous |prior |preceding )?/.source +
        /(?:(?:\d{1,3}|two|three|four|one) )?(?:days?|weeks?|months?|period)(?: before)?\b/.source,
      'i',
    ),
  );
  r.take(/(?:和|与|跟|比)(?:上一?期|前一?期|之前|上个?(?:周|月))(?:相比|比)?/);
  const sort: { value?: 'desc' | 'asc'; limit?: number } = {};
  if (r.take(/\b(?:sorted |ordered |ranked )?by (?:count|number|volume)\b|按数量排(?:序|名|列)?|按数量/i))
    sort.value = 'desc';
  let rising = false;
  if (
    r.take(
      /\b(?:rose|rise|rising|risen|grew|grow|growing|increased|went up|gone up|up the most)\b|上升|增加|增长|变多|涨/i,
    )
  )
    rising = true;

  let measure: AskMeasure | undefined;
  let statistic: 'median' | 'mean' | undefined;
  for (const [re, m] of MEASURE_WORDS) {
    const found = r.take(re);
    if (found) {
      measure = m;
      const timed = m === 'median_first_reply' || m === 'time_to_resolve';
      if (!timed) break;
      if (/average|mean|平均/i.test(found[0])) statistic = 'mean';
      else if (/median|中位数/i.test(found[0])) statistic = 'median';
      break;
    }
  }
  const groupBy = readGroupings(r, sort);
  const top = r.take(new RegExp(`\\btop ${NUM}\\b|前${ZH_NUM}(?:名|个|位)?`, 'i'));
  if (top) {
    sort.limit = numberOf(top[1] ?? top[2]);
    sort.value = 'desc';
  }
  // Who waits longest, with no period named: the tickets waiting for a first reply now, however old.
  if (measure === 'longest_wait' && !stated) filters.awaitingFirstReply = true;
  const period = stated ?? { kind: 'all' as const };
  // Customers by their channel's name, longest names first, before any other word of theirs is read as a term.
  const customers = ctx.customers
    .filter((c) => c.name && c.name.length >= 2)
    .sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0));
  const named: string[] = [];
  for (const c of customers) {
    const re = new RegExp(spellingPattern(c.name!.toLowerCase()), 'i');
    if (r.take(re)) named.push(c.channelId);
  }
  if (named.length) filters.customer = named;

  if (r.take(/\benterprise(?: customers?| clients?| tier)?\b|企业客户|企业级客户|企业版|企业/i))
    filters.tier = 'enterprise';
  else if (r.take(/\b(?:standard|regular|non-enterprise)(?: customers?| clients?| tier)?\b|普通客户|标准客户|非企业/i))
    filters.tier = 'standard';

  const regions = termsIn(r, REGION_TERMS);
  if (regions.length) filters.region = regions;
  const oses = termsIn(r, OS_TERMS);
  if (oses.length) filters.os = oses;
  const models = [] as string[];
  for (let i = 0; i < 3; i++) {
    const m = r.take(MODEL_NAMES);
    if (!m) break;
    models.push(m[1]!);
  }
  // "华为机型", "Huawei phones": the word for devices after a brand says nothing more.
  const brands = termsIn(r, DEVICE_TERMS, '(?:\\s?(?:机型|手机|设备|devices?|phones?))?');
  if (models.length || brands.length) filters.device = [...models, ...brands];
  const networks = termsIn(r, NETWORK_TERMS);
  if (networks.length) filters.network = networks;

  const categories = [] as Category[];
  for (const [re, c] of CATEGORY_WORDS) while (r.take(re)) if (!categories.includes(c)) categories.push(c);
  if (categories.length) filters.category = categories;
  const priorities = [] as Priority[];
  for (const [re, p] of PRIORITY_WORDS) if (r.take(re)) priorities.push(p);
  if (priorities.length) filters.priority = priorities;
  const sides = [] as ResolutionSide[];
  for (const [re, s] of SIDE_WORDS) if (r.take(re)) sides.push(s);
  if (sides.length) filters.side = sides;
  const statuses = [] as AskStatus[];
  for (const [re, s] of STATUS_WORDS) if (r.take(re)) statuses.push(s);
  if (statuses.length) filters.status = statuses;
  if (r.take(/\b(?:in )?chinese\b|中文/i)) filters.language = ['zh'];
  else if (r.take(/\b(?:in )?english\b|英文/i)) filters.language = ['en'];

  if (r.take(/\b(?:most|highest|longest|worst|biggest|largest)\b|最多|最长|最高|最久|最差|最大/i))
    sort.value ??= 'desc';
  else if (r.take(/\b(?:fewest|least|lowest|shortest|smallest)\b|最少|最短|最低|最小/i)) sort.value ??= 'asc';

  // A question must ask for something: a count, a measure, or a split.
  const asks = r.take(/\bhow many\b|\bnumber of\b|\bcount\b|多少|几(?:个|张|条|起)?/i) !== undefined;
  if (!measure && !asks && groupBy.length === 0 && !rising) return { ok: false, language, unread: [] };

  const unread = unreadWords(r.rest);
  if (unread.length > 0) return { ok: false, language, unread };
  if (rising && groupBy.length === 0) return { ok: false, language, unread: [] };
  const query: AskQuery = {
    measure: measure ?? 'tickets',
    ...(statistic && statistic !== 'median' ? { statistic } : {}),
    period,
    filters,
    groupBy,
    sort: sort.value ?? null,
    limit: sort.limit ?? null,
    rising,
  };
  return { ok: true, query, language };
}
