/**
 * The seed's three pitfalls (shifting blame, apology without action, promises that cannot be kept), plus
 * unexplained jargon and links or mentions the agent did not write, checked on every draft and every edit
 * before it reaches a customer. Serious findings need an explicit "send anyway".
 *
 * Each pattern runs once over the whole reply and every gap inside a pattern is bounded and stays inside
 * one clause, so the check is linear in the reply's length. A hit is then judged by the words before it
 * in its own clause only: "This is not our problem, your network is just bad." is still blame, while
 * "If your network is unstable, …" and "不是您的问题" are not.
 */
import { anyOf, matchesOf } from './patterns.js';

export type ToneRule = 'blame' | 'apology_without_action' | 'overpromise' | 'jargon' | 'untrusted_link';
export type Severity = 'serious' | 'warning';

export interface ToneFinding {
  rule: ToneRule;
  severity: Severity;
  excerpt: string;
  explanation: string;
}

/** Who wrote the reply, and the conversation it answers: decides which links and mentions are the agent's own. */
export interface ToneContext {
  /** A drafter (model or rules) wrote it, or an agent typed or edited it. */
  writtenBy: 'drafter' | 'agent';
  /** The ticket's conversation: agents' earlier links may be repeated, customers' may not be carried over. */
  conversation?: ReadonlyArray<{ role: string; text: string }>;
  /** For an agent's edit: the drafted reply it started from (its links were not typed by the agent). */
  editedFrom?: string;
}

/** A long reply with many problems gets the first few of each kind, not hundreds of findings. */
const MAX_FINDINGS = 12;
/** Negation and condition words count only this close before a hit, and only inside its clause. */
const LOOKBACK_CHARS = 120;
const MAX_EXCERPT_CHARS = 80;

// ---- clauses ----------------------------------------------------------------------------------

/** Where one clause ends and the next begins: punctuation, a line break, or a "but" in either language. */
const CLAUSE_BREAK =
  /[,;!?，。；：！？、\n]|[.:](?=\s|$)|\s(?:but|however|although|though|whereas)\b|但是|但|不过|可是|然而|而是/gi;

function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const m of matchesOf(CLAUSE_BREAK, text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The words before `index` in its own clause (at most LOOKBACK_CHARS of them). */
function clauseBefore(text: string, starts: number[], index: number): string {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(Math.max(starts[lo]!, index - LOOKBACK_CHARS), index);
}

/** Idioms with a negative word that negate nothing: "no doubt", "no worries", "不好意思". */
const NOT_NEGATIONS = /\bno (?:doubt|worries|problem)\b|不好意思|不客气|没问题/gi;
const NEGATION = /\b(?:not|no|never|cannot|unable|neither|nor|without)\b|n't\b|n’t\b|不|没|无法|未|并非|别|难以|绝非/i;
function negated(words: string): boolean {
  return NEGATION.test(words.replace(NOT_NEGATIONS, ' '));
}
const CONDITION = anyOf(
  'i',
  /\b(?:if|whether|when|whenever|in case|unless|sometimes|at times|check|see)\b/,
  /\b(?:may|might|could|perhaps|possibly|maybe)\b/,
  /如果|假如|假设|若|万一|要是|是否|有时|可能|也许|或许|检查|排查|确认|看看|是不是/,
);

// ---- the rules --------------------------------------------------------------------------------

/** One of several words or phrases, as a pattern source. */
const oneOf = (...options: string[]) => `(?:${options.join('|')})`;
/** Any run of characters inside one clause, at most n long. */
const gap = (n: number) => `[^,.;!?，。；！？\\n]{0,${n}}?`;

const ADVERBS = `(?: ${oneOf(
  'just',
  'really',
  'very',
  'too',
  'quite',
  'pretty',
  'simply',
  'clearly',
  'obviously',
  'definitely',
  'so',
  'extremely',
  'probably',
  'likely',
  'kind of',
  'a bit',
  'far too',
  'way too',
)}){0,3}`;
const NETWORKS = oneOf(
  'network',
  'connection',
  'internet',
  'wi-?fi',
  'signal',
  'bandwidth',
  'router',
  'isp',
  'data plan',
);
const DEVICES = oneOf('phone', 'device', 'computer', 'hardware', 'laptop', 'handset', 'mobile', 'pc', 'cpu', 'machine');
const YOUR_NETWORK = `\\byour (?:own )?${NETWORKS}`;
const YOUR_DEVICE = `\\byour ${DEVICES}(?: model)?`;
const IS = "(?:is|was|'s|seems|seemed|looks|looked|appears)";

const BLAME: RegExp[] = [
  new RegExp(
    `${YOUR_NETWORK}(?: connection)? ${IS}${ADVERBS} ${oneOf(
      'bad',
      'poor',
      'terrible',
      'awful',
      'slow',
      'weak',
      'unstable',
      'unreliable',
      'flaky',
      'not good',
      'not stable',
      'not fast enough',
      'the (?:problem|issue|cause|culprit)',
      'to blame',
      'at fault',
    )}\\b`,
    'gi',
  ),
  new RegExp(
    `${YOUR_DEVICE} ${IS}${ADVERBS} ${oneOf(
      'old',
      'outdated',
      'slow',
      'weak',
      'cheap',
      'underpowered',
      'ancient',
      'low-end',
      'not powerful enough',
      'the (?:problem|issue|cause)',
    )}\\b`,
    'gi',
  ),
  new RegExp(
    "\\b(?:it'?s|it is|this is|that'?s|that is)(?: (?:all|entirely|really|clearly|simply|just))? " +
      "(?:your|the user'?s|the customer'?s) (?:own )?(?:fault|problem|issue|doing|responsibility|isp|carrier|" +
      `${NETWORKS}|${DEVICES})\\b`,
    'gi',
  ),
  /\b(?:problem|issue|fault) (?:is |lies )?(?:on|at|with) your (?:side|end|network|device|phone)\b/gi,
  /\b(?:that'?s|it'?s|this is|that is) on you\b/gi,
  new RegExp(
    `\\b(?:(?:comes?|came|coming|stems?) from|(?:caused|slowed down) by|because of|due to) ${YOUR_NETWORK}\\b`,
    'gi',
  ),
  new RegExp(
    `\\b(?:(?:comes?|came|coming|stems?) from|(?:caused|slowed down) by|because of|due to) ${YOUR_DEVICE}\\b`,
    'gi',
  ),
  new RegExp(
    `\\byour ${oneOf('slow', 'bad', 'poor', 'weak', 'unstable', 'terrible', 'flaky', 'cheap')} ${NETWORKS}\\b`,
    'gi',
  ),
  new RegExp(`\\byour ${oneOf('slow', 'old', 'outdated', 'cheap', 'weak', 'ancient', 'low-end')} ${DEVICES}\\b`, 'gi'),
  new RegExp(`${YOUR_DEVICE}${ADVERBS} (?:can'?t|cannot|isn't able to|is unable to) (?:handle|keep up|cope)\\b`, 'gi'),
  /\byou(?:'re| are) (?:using|doing|holding|configuring|setting) it (?:up )?wrong\b/gi,
  /\buser error\b|\byou should have\b/gi,
  new RegExp(
    "\\byou (?:probably |obviously |clearly )?(?:didn'?t|did not|never) " +
      '(?:follow|read|update|configure|set|install|check)\\w*',
    'gi',
  ),
  /\byou must have (?:done|set|configured|used|installed|broken|misconfigured)\w*/gi,
  new RegExp(
    `\\byou (?:did|configured|set up|set|installed|used|integrated) ${gap(30)} ` +
      '(?:wrong|wrongly|incorrectly|improperly)\\b',
    'gi',
  ),
  new RegExp(
    "\\b(?:you need|you'll need|you have|you should|time) to (?:get|buy|upgrade to) a " +
      '(?:new|better|newer|faster|decent) (?:phone|device|computer|router|connection)\\b',
    'gi',
  ),
  /\bget a (?:new|better|newer) (?:phone|device|router)\b/gi,
  /\b(?:upgrade|change|replace) your (?:phone|device|old phone|hardware)\b(?!'s|’s)/gi,
  /\b(?:this|it|that)(?: is|'s) not (?:our|on our) (?:problem|fault|issue|side|end|responsibility)\b/gi,
  /\bnot (?:our|my) (?:problem|fault|responsibility)\b|\bnothing to do with (?:us|our (?:side|service|servers?))\b/gi,
  new RegExp(
    '(?:您|你)们?(?:的|那边的?|这边的?|家里的?|当地的?)?(?:网络|网速|网|信号|wifi|wi-fi|宽带|路由器)(?:环境|连接|信号)?' +
      '(?:太|很|比较|有点|实在|本身就?|就是|确实|就)?(?:差|不好|不行|有问题|不稳定|太慢|很慢|慢|太卡|很卡|卡|烂)',
    'gi',
  ),
  new RegExp(
    '(?:您|你)们?(?:的|那台|这台|用的)?(?:手机|设备|电脑|机器|机型)(?:型号)?(?:太|比较|有点|实在|确实)?' +
      '(?:旧|老|差|烂|落后|过时|不行|性能不够|配置太低|太低端|低端)',
    'g',
  ),
  /(?:该|得|需要|必须|最好)换(?:个|一台|一部)?(?:新|好点的|好一点的)?(?:手机|设备|电脑)/g,
  new RegExp(
    '(?:是|属于)(?:您|你|你们|您们|用户|客户|客户端|用户端|终端)(?:那边|这边)?(?:自己|自身|本身)?的?(?:网络|设备|手机|设置|配置|操作|环境)?' +
      '(?:的|那边的?|这边的?)(?:问题|原因|责任|错)',
    'g',
  ),
  /问题(?:出)?在(?:您|你|用户|客户)(?:那边|这边|那里|身上|自己)/g,
  new RegExp(
    '(?:您|你)们?(?:那边|这边)?(?:是不是|是否|肯定|一定|可能)?(?:自己)?(?:操作|设置|使用|配置|安装)(?:得|的)?' +
      '(?:不当|错误|有误|失误|错了|错|不对|不正确)',
    'g',
  ),
  /(?:这|这个|那|此)?(?:不是|并非|不属于)我们(?:的|这边的?|服务的?)(?:问题|原因|责任)/g,
  /(?:跟|和|与)我们(?:这边)?(?:无关|没关系|没有关系)/g,
];

const FIX_EN = oneOf('fix', 'fixed', 'resolve', 'resolved', 'solve', 'solved', 'sort', 'sorted', 'repair', 'repaired');
const TIME_EN = oneOf(
  String.raw`(?:with)?in (?:the next )?(?:\d+(?:\.\d+)?|a|an|one|two|three|a few|a couple of) ?` +
    String.raw`(?:min|minute|hour|hr|h|day|business day|working day)s?\b`,
  String.raw`by (?:tomorrow|tonight|today|eod|(?:the )?end of (?:the )?(?:day|week))`,
  String.raw`by (?:monday|tuesday|wednesday|thursday|friday|\d{1,2}(?::\d{2})? ?(?:am|pm)?)`,
  'within the (?:hour|day|week)|today|tomorrow|tonight',
);
const FIXED_EN = oneOf('fixed', 'resolved', 'solved', 'sorted', 'repaired', 'working again', 'back to normal');
const FIX_ZH = '(?:解决|修复|修好|搞定|恢复正常|恢复|处理好)(?!方案|进展|进度|情况|思路|办法|结论)';
const CLAUSE_ZH = '[^，。！？；\\n]';
const GUARANTEE = 'a guarantee we may not be able to keep';
const FIX_TIME = 'a fixed time for the fix, which no one can know yet';
const NEVER_AGAIN = 'a promise that it will never recur';
const COMPENSATION = 'compensation that policy may not allow';

const RELEASE = oneOf('update', 'release', 'version', 'build', 'patch');
const NEXT_RELEASE = `\\b${oneOf('next', 'upcoming', 'coming', 'new')} ${RELEASE}`;
const OFFER = oneOf('give', 'giving', 'offer', 'offering', 'issue', 'issuing', 'process', 'processing', 'provide');
const COMPENSATION_EN = oneOf('refund', 'credit', 'discount', 'voucher', 'coupon', 'compensation');

const OVERPROMISE: Array<{ re: RegExp; why: string }> = [
  {
    re: anyOf(
      'gi',
      /\bguarantee[ds]?\b|\b(?:we|i) promise\b|\bpromise you\b|\bpromise(?=\s*[.!]|\s*$)|\bfor sure\b/,
      new RegExp(`${NEXT_RELEASE} (?:will|'ll|is going to) (?:fix|resolve|solve)\\w*`),
      /\b100 ?% (?:sure|certain|guaranteed)\b|\b100 ?% (?:fix|resolv)\w*/,
      /\b(?:definitely|certainly|absolutely) (?:be )?(?:fix|resolv|solv|sort)\w*/,
      /\bwill (?:definitely|certainly|absolutely) (?:be )?(?:fix|resolv|solv|sort|work)\w*/,
    ),
    why: GUARANTEE,
  },
  { re: /\b(?:will never|never) happen again\b|\bwon'?t happen again\b|\bwill not happen again\b/gi, why: NEVER_AGAIN },
  {
    // "the fix today" is a noun, about our work, not a promise about when it ends.
    re: new RegExp(String.raw`(?<!\b(?:the|a|our|any) )\b${FIX_EN}\b${gap(24)}\b${TIME_EN}`, 'gi'),
    why: FIX_TIME,
  },
  {
    re: new RegExp(String.raw`\b${TIME_EN}${gap(30)}\b(?:be |get |have (?:it|this) )?${FIXED_EN}\b`, 'gi'),
    why: FIX_TIME,
  },
  {
    // An offer of compensation, not the word: "refund requests go through your account manager" is fine.
    re: anyOf(
      'gi',
      new RegExp(`${OFFER}(?: you| your account)? (?:a |an |the )?(?:full |partial |small )?${COMPENSATION_EN}s?\\b`),
      new RegExp(`\\byou(?:'ll| will) (?:get|receive|have) (?:a |an )?(?:full |partial )?${COMPENSATION_EN}s?\\b`),
      /\b(?:we|i)(?:'ll| will| can| are going to|'re going to| would)? (?:refund|compensate|reimburse)\b/,
      /\bfree (?:month|upgrade|credits?)\b|\bmake (?:it|this) up to you\b/,
      /\b(?:service|account) credit\b|\bcredit (?:to|on) your account\b/,
    ),
    why: COMPENSATION,
  },
  {
    re: new RegExp(
      oneOf(
        '(?:我们|我)(?:可以|能|敢)?(?:向您|跟您)?(?:保证|担保|承诺|打包票)',
        '向您(?:保证|承诺)',
        `(?:保证|承诺|担保)${CLAUSE_ZH}{0,8}?(?:${FIX_ZH}|满意)`,
        `百分之百|100 ?%${CLAUSE_ZH}{0,4}?(?:解决|修复|修好|搞定|满意|没问题)|打包票`,
      ),
      'g',
    ),
    why: GUARANTEE,
  },
  {
    re: new RegExp(
      `(?:一定|肯定|绝对|必定|务必)(?:能|会|可以|给您|帮您|为您|优先|马上|立刻|尽快){0,3}` +
        `${CLAUSE_ZH}{0,8}?(?:${FIX_ZH}|没问题|满意)`,
      'g',
    ),
    why: GUARANTEE,
  },
  {
    re: new RegExp(
      oneOf(
        `(?:\\d+|[一二三四五六七八九十两几半]{1,3})[ \\t]{0,2}个?半?(?:小时|分钟|钟头|天|日|工作日)(?:之?内|以内)?` +
          `${CLAUSE_ZH}{0,6}?${FIX_ZH}`,
        `(?:马上|立刻|立即|今天|明天|今晚)(?:之前|前|内)?就(?:能|会|可以)${CLAUSE_ZH}{0,4}?${FIX_ZH}`,
      ),
      'g',
    ),
    why: FIX_TIME,
  },
  { re: /(?:不会|绝不会|保证不会)再(?:出现|发生|有)|再也不会(?:出现|发生)?/g, why: NEVER_AGAIN },
  {
    re: new RegExp(
      oneOf(
        '补偿|赔偿',
        `(?:给您|为您|帮您|向您)(?:申请|安排|办理|提供|发放)?${CLAUSE_ZH}{0,4}?(?:退款|退费|免单|代金券|优惠券|返现|减免)`,
        '(?:会|将|可以|能)(?:给您)?(?:退款|退费|免单|返现)',
      ),
      'g',
    ),
    why: COMPENSATION,
  },
];

const APOLOGY = /\bsorry\b|\bapologi[sz]e|\bapologies\b|抱歉|对不起|不好意思|致歉|见谅/i;
/** A holding line: "we've noted it", "会尽快处理" — acknowledgement that promises nothing concrete. */
const HOLDING = anyOf(
  'i',
  /\bwe(?:'ve| have)? (?:noted|logged|recorded|taken note of) (?:it|this|that|your (?:feedback|issue|report|problem))/,
  /\b(?:will|'ll) (?:look into|handle|deal with|get to) (?:it|this) (?:asap|as soon as possible|soon|shortly)\b/,
  /\b(?:get back to you|follow up|respond) (?:asap|as soon as possible|soon|shortly)\b/,
  /记录一下|记录下来|已经?记录|尽快(?:处理|解决|回复|答复|跟进|给您答复)/,
);
/** A concrete next step we are taking (a holding line's "we've recorded it" is not one). */
const ACTION = anyOf(
  'i',
  /\bwe('re| are| have| will|'ll|'ve) (now )?(looking|checking|investigating|working|escalat|reviewing|analy[sz])\w*/,
  /\bwe('re| are| have| will|'ll|'ve) (now )?(pulled|opened|raised|passed|reproduc|contact|get back|follow)\w*/,
  /\bwe('re| are| have| will|'ll|'ve) (now )?(update|send|share|look|check)\w*/,
  /\bi('m| am| will|'ll|'ve| have) (look|check|investigat|escalat|get back|follow|update|pass|rais|open)\w*/,
  /\bour (engineer|team)s? (is|are|will|have)\b/,
  /正在|已经(转|提交|安排|联系)|会在|将在|我们(会|将|已)|工程师(会|将|正在)/,
);
/** When they will hear from us: a time, not "soon" or "as soon as possible". */
const WHEN = anyOf(
  'i',
  /\b(within|in) (the next )?\d+(\.\d+)? ?(min|minute|hour|hr|h)s?\b|\bwithin the hour\b/,
  /\bby \d{1,2}(:\d{2})?\s?(am|pm)?\b|\bat \d{1,2}(:\d{2})\b/,
  /\b(today|tomorrow|tonight|this (morning|afternoon|evening))\b|\bwithin (one|1|a|two|2) (business|working) days?\b/,
  /\d+\s*个?工作日(之?内)?|\d+\s*(分钟|小时)(之?内)|[一两二三四五六]\s*个?(小时|分钟)(之?内)/,
  /今天|明天|今晚|\d{1,2}[:：点]\d{0,2}(前|之前)?/,
);
/** Somewhere the customer can follow progress themselves. */
const TRACKING = /工单号|单号|进度|\b(ticket|case|reference) (number|#|id)\b|\btrack (the )?progress\b/i;
/** "Check your network" on its own gives the customer nothing to do (the seed's "您检查一下网络"). */
const VAGUE_ADVICE = anyOf(
  'gi',
  /\b(?:check|verify|test) your (?:network|connection|internet|wi-?fi)(?: connection)?\b/,
  /(?:您|你|请)(?:先|再)?(?:检查|查看|看看)(?:一下|下)?(?:您|你)?(?:的|自己的?)?(?:网络|网速|信号|wifi|wi-fi)(?!是否|有没有|设置|切换)/,
);
const WE_DO_IT = /\b(?:we|i|our|engineers?|team)\b|我们|我|工程师|同事/i;

/** Acronyms are matched in capitals only ("ICE", not "ice"); words in any case. */
const JARGON = anyOf(
  'g',
  /\b(?:RTT|NACK|FEC|QoS|SFU|MCU|ICE|STUN|TURN server|NAT|UDP|TCP|WebRTC|GOP|PLC|AEC|AGC|ANS|MOS|SDP|RTCP?)\b/,
  /\b(?:[Jj]itter|[Cc]odecs?|[Bb]it ?rate|[Kk]eyframes?|I-frames?|[Pp]acket loss rate)\b/,
  /码率|帧率|抖动|丢包率|编解码|关键帧|回声消除|拥塞控制/,
);
const EXPLAINED_AFTER = /^\s*(\(|（|,? which means|,? meaning|，也就是|，即|（即|, i\.e\.)/i;

// ---- links and mentions ---------------------------------------------------------------------

/** Slack's markup for links and mentions (https://docs.slack.dev/messaging/formatting-message-text/). */
const SLACK_MARKUP = /<([@#!][^<>|\s]{1,80}|[a-z][a-z0-9+.-]{1,20}:[^<>|\s]{1,2000})(?:\|[^<>]{0,2000})?>/gi;
/** Slack turns these into links by itself. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'|]{1,2000}/gi;
/** Turned into notifications when a message is posted with link_names. */
const PLAIN_MENTION = /(?<![\w.@])@(?:channel|here|everyone)\b/gi;
/**
 * Context texts are read up to Slack's own message length
 * (https://api.slack.com/changelog/2018-04-truncating-really-long-messages).
 */
const CONTEXT_MAX_CHARS = 40_000;

/** Sentence punctuation after a bare link is not part of it (a loop: a pattern ending in `+$` is quadratic). */
function withoutTrailingPunctuation(url: string): string {
  let end = url.length;
  while (end > 0 && '.,;:!?)]}\'"。，；：！？）'.includes(url[end - 1]!)) end--;
  return url.slice(0, end);
}

function linkKey(target: string): string {
  const key = withoutTrailingPunctuation(target.toLowerCase());
  return key.endsWith('/') ? key.slice(0, -1) : key;
}

/** Every link and mention in the text, with the key it is compared by and the words that carry it. */
function linksIn(text: string): Array<{ key: string; excerpt: string }> {
  const found: Array<{ key: string; excerpt: string }> = [];
  for (const m of matchesOf(SLACK_MARKUP, text)) found.push({ key: linkKey(m[1]!), excerpt: m[0] });
  const rest = text.replace(SLACK_MARKUP, ' ');
  for (const m of matchesOf(BARE_URL, rest)) {
    const url = withoutTrailingPunctuation(m[0]);
    found.push({ key: linkKey(url), excerpt: url });
  }
  for (const m of matchesOf(PLAIN_MENTION, rest)) found.push({ key: `!${m[0].slice(1).toLowerCase()}`, excerpt: m[0] });
  return found;
}

function keysOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => linksIn(t.slice(0, CONTEXT_MAX_CHARS)).map((l) => l.key)));
}

function untrustedLinks(text: string, context: ToneContext): Array<{ excerpt: string }> {
  const links = linksIn(text);
  if (links.length === 0) return [];
  const said = (role: string) => (context.conversation ?? []).filter((m) => m.role === role).map((m) => m.text);
  const agents = keysOf(said('agent'));
  if (context.writtenBy === 'drafter') return links.filter((l) => !agents.has(l.key));
  const carried = keysOf([...(context.editedFrom ? [context.editedFrom] : []), ...said('customer')]);
  return links.filter((l) => carried.has(l.key) && !agents.has(l.key));
}

// ---- the check --------------------------------------------------------------------------------

function excerptOf(text: string): string {
  return text.length > MAX_EXCERPT_CHARS ? `${text.slice(0, MAX_EXCERPT_CHARS - 1)}…` : text;
}

const EXPLAIN = {
  blame:
    'This puts the blame on the customer. Describe what we will check instead; if their network or device may ' +
    'play a part, say so gently as something we look at together.',
  apology: 'An apology with no next step. Say what we are doing now and when the customer will hear from us.',
  holding:
    'This acknowledges the problem but promises nothing concrete. Say what we are doing now and when the ' +
    'customer will hear from us (a time, not "as soon as possible").',
  vague:
    '"Check your network" gives the customer nothing to do. Suggest one concrete step (for example switching ' +
    'from mobile data to Wi-Fi) and say what we are checking on our side.',
  link:
    'An agent did not write this link or mention: it came from the model or from a customer message. Check ' +
    'where it leads or whom it notifies, and delete it unless you mean to send it.',
};

export function checkTone(text: string, context: ToneContext = { writtenBy: 'drafter' }): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const seen = new Set<string>();
  const add = (rule: ToneRule, severity: Severity, excerpt: string, explanation: string) => {
    const key = `${rule}:${excerpt.toLowerCase()}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) return;
    seen.add(key);
    findings.push({ rule, severity, excerpt: excerptOf(excerpt), explanation });
  };
  const starts = clauseStarts(text);
  const before = (index: number) => clauseBefore(text, starts, index);

  for (const link of untrustedLinks(text, context)) add('untrusted_link', 'serious', link.excerpt, EXPLAIN.link);
  for (const re of BLAME)
    for (const m of matchesOf(re, text)) {
      const words = before(m.index);
      if (!negated(words) && !CONDITION.test(words)) add('blame', 'serious', m[0], EXPLAIN.blame);
    }
  for (const { re, why } of OVERPROMISE)
    for (const m of matchesOf(re, text))
      if (!negated(before(m.index)))
        add(
          'overpromise',
          'serious',
          m[0],
          `This is ${why}. Commit to what we control instead: when we will update them and what we are doing.`,
        );

  const concrete = ACTION.test(text) && WHEN.test(text);
  const apology = text.match(APOLOGY);
  const holding = text.match(HOLDING);
  if (apology && !concrete) add('apology_without_action', 'warning', apology[0], EXPLAIN.apology);
  else if (holding && !concrete && !TRACKING.test(text))
    add('apology_without_action', 'warning', holding[0], EXPLAIN.holding);
  for (const m of matchesOf(VAGUE_ADVICE, text))
    if (!WE_DO_IT.test(before(m.index))) add('apology_without_action', 'warning', m[0], EXPLAIN.vague);

  for (const m of matchesOf(JARGON, text)) {
    const term = m[0];
    const key = `jargon:${term.toLowerCase()}`;
    if (seen.has(key)) continue;
    // Explained once, the term may be used again.
    if (EXPLAINED_AFTER.test(text.slice(m.index + term.length, m.index + term.length + 40))) {
      seen.add(key);
      continue;
    }
    add(
      'jargon',
      'warning',
      term,
      `"${term}" is engineering jargon. Use plain words (e.g. "the video paused", "the sound arrived late") ` +
        'or explain it in brackets.',
    );
  }
  return findings;
}

export function hasSerious(findings: ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'serious');
}
