/**
 * The four pitfalls, judged clause by clause on what makes each one a pitfall rather than on fixed phrases:
 *
 * - blame: a clause makes the customer's side (the customer, their device, network, team, users,
 *   configuration, "on your side", 贵司, 您这边) the cause of the trouble, or denies that our side has any part
 *   in it, said outright, politely, softened or asked as a question. Negated ("not your fault", "不是您的问题")
 *   or conditional ("if your network…") it is not blame, nor is it when we are the ones checking.
 * - overpromise: certainty about an outcome we do not control (a fix, a time for the fix, "never again",
 *   compensation), as opposed to a commitment to communicate or to check ("we'll update you by 15:00").
 * - apology_without_action: an apology or a holding line ("we've noted it") with no concrete action, no
 *   tracking number and no time anywhere in the reply.
 * - jargon: an engineering term not explained in the same sentence or the next.
 *
 * Every pattern is applied to one clause or sentence at a time; gaps inside a pattern are bounded, so the whole
 * check stays linear in the reply's length.
 */
import { anyOf, matchesOf } from './patterns.js';
import { type TermAt, termsByShape } from './tone-term-shapes.js';
import { MAX_SENTENCE_CHARS, type PitfallLanguage, type Sentence, type Span } from './tone-text.js';

export type Pitfall = 'blame' | 'apology_without_action' | 'overpromise' | 'jargon';

export interface PitfallHit {
  rule: Pitfall;
  start: number;
  end: number;
  /** What kind of problem it is, for the explanation. */
  why: Why;
  /** The term, for jargon. */
  term?: string;
  /** For jargon: the term is on the list of engineering terms, not only of an unfamiliar shape. */
  listed?: boolean;
}

export type Why =
  | 'blame'
  | 'denial'
  | 'guarantee'
  | 'fix_time'
  | 'never_again'
  | 'compensation'
  | 'apology'
  | 'holding'
  | 'vague'
  | 'jargon';

/** How far before a hit, inside its clause, negation and condition words are looked for. */
const LOOKBACK = 60;
/** How far apart a certainty and the outcome it is about may be. */
const PAIR_CHARS = 60;
/**
 * Sentences read per pitfall. A reply fits in 3000 characters (MAX_REPLY_LENGTH), some sixty sentences; a text
 * with thousands is hostile, and its first sentences that could hold the pitfall are enough to judge it.
 */
const MAX_SENTENCES = 200;
/** Clauses read per pitfall, for the same reason. */
const MAX_CLAUSES = 400;
/** Hits kept per pitfall (the check shows at most 12 findings in all). */
const MAX_HITS = 12;

/** Cheap first looks: a clause or sentence without any of these cannot hold the pitfall. */
const MAY_BLAME = new RegExp(
  String.raw`you|local|client|customer|home|office|limitation|their|our|\bus\b|\bwe\b|old|cheap|low-end|budget|` +
    String.raw`['’]s own\b|` +
    'ancient|decade|century|new|better|modern|decent|real|proper|faster|user|follow|use|read|' +
    'blame|nothing|first|admin|side|end|something|designed|everything|checks out|expected|yours|iphone|galaxy|' +
    'host|stream|tester|again|twice|specific|works|maybe|perhaps|lie|integration|app code|nobody|no one|' +
    'bet|guess|chances|odds|suspect|culprit|basement|cellar|cave|tunnel|elevator|lift|bunker|before|inward|' +
    'whoever|members|students|kids|parents|players|learners|candidates|attendees|drivers|pilots|' +
    '学员|学生|玩家|家长|司机|会员|观众|考生|患者|师傅|之前|以前|能不|可能不|才怪|难道|早|怀疑|估计|关系|其他|其它|别的|电梯|地下|山洞|隧道|厕所|' +
    '老|旧|拒绝|特殊|个例|又|集成|接入|' +
    'pixel|redmi|xiaomi|huawei|正常|主播|红米|小米|华为|安卓|手机|您|你|贵|用户|客户|接入方|自家|自己|自身|自查|先排查|按|' +
    '本来|自行|换|下次|问题|原因|瓶颈|根源|症结|毛病|我们|服务|系统|平台|内网|防火墙|内部|像是|最新|without|platform|other|' +
    'sdk|server|config|changed|train|remind|them|possible|could it be|why|what.s|someone|必然',
  'i',
);
const MAY_PROMISE = new RegExp(
  'question|impossible|nobody|no one|again|ships|lands|goes live|goes out|rolls out|deploys|fixed in|' +
    'cover|invoice|made sure|last|最后|始终|一直|以内|抵扣|抵掉|彻底|完全|永远|消失|板上|zero|from now|going forward|' +
    'forever|always|guarant|promis|assur|sure|expect|thing of the past|' +
    "definite|certain|absolute|100|word|ensure|doubt|good|once and|permanent|will|['’]ll|" +
    'going to|gonna|shall|never|no more|won|not|next|upcoming|coming|new|latest|refund|credit|' +
    'discount|voucher|coupon|compensat|free|make it up|waive|reimburse|perfect|flawless|crystal|every|gone|bet|' +
    'history|account|为例|杜绝|接下来|gets|possibility|any ?more|wherever|稳稳|谁也|不管|就算|都会|都能|exactly|' +
    'bulletproof|unbreakable|rock|nothing|稳如|严丝|必|打断|永久|regardless|no matter|whatever|even|any|' +
    'approve|sign off|away|tell your|跟领导|跟老板|再多|再差|再旧|再烂|再慢|再远|再弱|再大|扛得住|照样|无论|不论|' +
    'eliminat|seamless|exception|% off|percent off|完美|所有|任何|每|全部|消失|根除|相信|以下|万无一失|保证|承诺|担保|打包票|包|一定|肯定|绝对|' +
    '必定|必然|务必|确保|百分|就|不会|再也|以后|今后|从此|补偿|赔偿|免单|减免|退|返现|券|折|免|弥补|放心|零|承担|小时|分钟|天|今|明|马上|立|很快|周|点|前',
  'i',
);

const oneOf = (...options: string[]) => `(?:${options.join('|')})`;
/** An emoji (a surrogate pair, or the variation selector after one), which adds no words to a clause. */
const EMOJI = String.raw`[\uD800-\uDBFF][\uDC00-\uDFFF]|\uFE0F`;
const NOT_END = '[^.!?;,。！？；，\\n]';

// ---- negation, conditions, hedges ------------------------------------------------------------------

/** Words with a negative inside that negate nothing: "no doubt", "不好意思", "是不是" (a question). */
const NOT_NEGATIONS = new RegExp(
  String.raw`\bno (?:doubt|worries|problem|matter)\b|\bnot only\b|不好意思|不客气|是不是|是否|有没有|能不能|可不可以|要不要|会不会|` +
    '非常|无论|不管|未来|无声|无画面|不少|不断|不停|不便|不仅|不久|' +
    // A symptom, not a negation: "单边没声音这种事再也不会发生了".
    '没有?(?:声音|画面|图像|反应|信号|响应)',
  'gi',
);
const NEGATION =
  /\b(?:not|no|never|none|nothing|neither|nor|without|hardly)\b|n['’]t\b|\bcannot\b|不|没|无|未|并非|绝非|别/i;
function negated(words: string): boolean {
  return NEGATION.test(words.replace(NOT_NEGATIONS, ' '));
}
/**
 * "不是 bug 哦~ 是贵司管理员把…关掉了", "not a bug, it's your admin who …": the negation sets up what follows; what is
 * read for it is what comes after the contrast.
 */
const CONTRAST = new RegExp(
  String.raw`(?:(?:并)?不是|并非)[^，。！？；\n]{0,16}?[，,~～\s哦呢啦的]*(?:而)?是(?!不是)|` +
    String.raw`\bnot (?:a |an |the )?[a-z -]{0,20}?[,;—–]+\s*(?:it['’]s|it is|this is|that['’]s)\b`,
  'gi',
);
function afterContrast(words: string): string {
  let end = -1;
  for (const m of matchesOf(CONTRAST, words)) end = m.index + m[0].length;
  return end < 0 ? words : words.slice(end);
}
/** "It would help if you…" asks for something, "that is what happens when…" explains: neither sets a condition. */
const NOT_CONDITION = /\bwould (?:help|be (?:good|better|great|helpful)) if\b|\bwhat (?:happens|you get) when\b/gi;
// A concession ("就算主播那边网络有点波动，我们的服务也应该扛得住", "even if") grants a trouble and takes it on.
const CONDITION_WORDS =
  /\b(?:if|unless|in case|when|whenever)\b|如果|假如|假设|万一|(?<![主需重只想总])要是|若是|一旦|的话|就算|即使|即便|哪怕/i;
const CONDITION = { test: (words: string) => CONDITION_WORDS.test(words.replace(NOT_CONDITION, ' ')) };
/** A check asked for, "whether your firewall blocks UDP": a question for facts, not a verdict. */
const ASKS_WHETHER = new RegExp(
  String.raw`\b(?:(?:check|confirm|verify|see|tell|know|test|find out|look|ask)\w*|wondered)\b` +
    String.raw`[^.!?]{0,30}?\bwhether\b|` +
    String.raw`(?:确认|` +
    String.raw`检查|看看|看一下|查一下|告诉|核实|排查)[^，。！？；\n]{0,16}?是否`,
  'i',
);
/** A request to them, just before: "麻烦您这边的运维同学把报错贴一下", "could you ask your IT team to …". */
const ASKS_THEM =
  /(?:\b(?:please|(?:could|can|would) you(?: please)?)\s+(?:ask |have |get |let )?|(?:麻烦|劳烦|能否|能不能|可否|请))$/i;
/** What a request for facts asks them to do: send, paste, tell; not fix or change. */
const FACTS_ASKED = new RegExp(
  String.raw`(?:贴|发|提供|截图|截个图|告诉|确认|导出|分享)(?:一下|下|给我们|过来|出来)|\b(?:send|share|paste|provide|` +
    String.raw`tell|confirm|export|forward)\b`,
  'i',
);
/** We are the ones checking: "we'll check whether your Wi-Fi…", "我们会排查是否是网络导致的". */
const WE_CHECK = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:we|i|our (?:team|engineers?|colleagues?))\b[^.!?;,]{0,24}?\b(?:check|look|review|` +
      'verify|see|test|investigat|compar|confirm|find out|rule out|work out|figure out|dig|trac|' +
      String.raw`analy|examin)\w*(?: [a-z]+){0,2}? (?:whether|if)\b`,
    '',
  ),
  /(?:我们|我)[^，。！？；\n]{0,10}?(?:检查|排查|确认|核对|看看|查看|分析|对比|比对|核实|研究|定位|查一下)[^，。！？；\n]{0,4}?(?:是否|是不是|有没有)/,
);
/** The clause names our side as the other possible cause: "your Wi-Fi or our servers", "还是我们服务的原因". */
const OUR_ALTERNATIVE = anyOf(
  'i',
  // "… and our SFU is fine" clears our side instead of naming it as a cause.
  /\bor (?:on |with |in |from )?(?:our|ours|us)\b|\bor (?:the |a )?(?:server|service|platform)s?\b/,
  new RegExp(
    String.raw`\band (?:on |with |in |from )?(?:our|ours|us)\b` +
      String.raw`(?! [a-z-]+ (?:is|are|was|were|looks?|looked) (?:fine|ok|okay|healthy|normal|clean))`,
    '',
  ),
  /还是我们|或者?我们|还是(?:服务|服务器|服务端)|或者?(?:服务|服务器|服务端)/,
);
/** A hedge turns a prediction into a hope: "should", "we expect", "预计", "争取". */
const HEDGE = new RegExp(
  String.raw`\b(?:should|may|might|could|hope\w*|(?<!(?:^|\byou can)\s*)expect\w*|aim\w*|goal|plan\w*|` +
    String.raw`target\w*|try|trying|` +
    String.raw`estimat\w*|likely|probably|usually|often|(?:best )?guess)\b|预计|预估|有望|初步|争取|尽量|努力|希望|计划|` +
    // "不可能再…" is a certainty, not a hedge.
    '(?<!不)可能|应该|目标|估计|大概|力争|通常|一般|往往|多半|大多',
  'i',
);

// ---- blame ------------------------------------------------------------------------------------------

const THING_EN = oneOf(
  'network',
  'connection',
  'internet',
  'wi-?fi',
  'signal',
  'bandwidth',
  'upload speed',
  'download speed',
  'speed',
  'router',
  'isp',
  'carrier',
  'firewall',
  'vpn',
  'proxy',
  'phone',
  'device',
  'handset',
  'tablet',
  'laptop',
  'computer',
  'pc',
  'hardware',
  'cpu',
  'memory',
  'firmware',
  'os',
  'app',
  'code',
  'integration',
  'implementation',
  'configuration',
  'config',
  'settings?',
  'setup',
  'server',
  'environment',
  'backend',
  'frontend',
  'streamers',
  'broadcasters',
  'testers',
  'qa team',
  'token',
  'version',
  'build',
  'environment',
  'admin',
  'logic',
  'headset',
  'microphone',
  'mic',
  'camera',
  'browser',
  'speakers?',
  'headphones',
  'earbuds',
  'load balancer',
  'gateway',
  'dns',
  'cdn',
  'certificates?',
  'credentials',
  'sdk(?: version)?',
  'webhook',
  'callback(?: server| url| endpoint)?',
  'database',
  'cache',
  'permissions?',
  'deployment',
  'pipeline',
  'scripts?',
);
const PEOPLE_EN = oneOf(
  '(?:end[- ])?users?',
  'customers?',
  'clients?',
  'team',
  'developers?',
  'devs',
  'staff',
  'employees',
  'engineers',
  'it(?: team| department)?',
  'company',
  'side',
  'end',
  'guys',
  'viewers',
  'hosts',
  'folks',
  'people',
  'agents',
  'admins?',
  'engineers?',
  'ops',
  'devops',
  'sysadmins?',
  'colleagues',
  'qa',
  'contractors?',
  'integrators?',
  // The people who run their streams and rooms: "your producer muted the caller".
  'producers?',
  'operators?',
  'moderators?',
  'presenters?',
  'instructors?',
  'teachers?',
  'technicians?',
  // Their staff by role: "your associates", "your paralegals". Not their audiences, who are more often who met the
  // trouble than its cause ("RTT from your students to our edge is 380ms").
  'associates',
  'salespeople',
  'sales (?:guys|team|staff)',
  'paralegals',
  'installers',
  'interpreters',
  'crew',
  'volunteers',
);
/**
 * Places that are the customer's, or their event's: nothing of ours is a venue, a villa or a church hall, so "the
 * venue's Wi-Fi" and "the greenhouse Wi-Fi" are theirs.
 */
const THEIR_PLACE_EN = oneOf(
  'venue',
  'villa',
  'hotel',
  'school',
  'church(?: hall)?',
  'hall',
  'greenhouse',
  'boat',
  'stall',
  'showroom',
  'dealership',
  'courtroom',
  'clubhouse',
  'classroom',
  'house',
  'home',
  'branch',
  'barn',
  'farm',
  'warehouse',
  'caf[eé]',
  'gym',
  'ward',
  'clinic',
  'plant',
  'factory',
  'ship',
  'vessel',
  'rig',
  'restaurant',
  'stadium',
  'arena',
  'library',
  'conference cent(?:re|er)',
  'theat(?:re|er)',
  'temple',
  'chapel',
  'mosque',
);
/**
 * The people who run or join their sessions, named by role: "the auctioneer's laptop", "the interpreter's headset".
 * Our own people are named as ours ("our engineer's"), so a role with "the" before it is theirs.
 */
const THEIR_ROLE_EN = oneOf(
  'auctioneers?',
  'accompanists?',
  'interpreters?',
  'witness(?:es)?',
  'judges?',
  'notar(?:y|ies)',
  'signers?',
  'bassists?',
  'drummers?',
  'singers?',
  'organists?',
  'tutors?',
  'students?',
  'hosts?',
  'co-hosts?',
  'sellers?',
  'realtors?',
  'brokers?',
  'bidders?',
  'buyers?',
  'callers?',
  'guests?',
  'correspondents?',
  'reporters?',
  'narrators?',
  'parents?',
  'grandparents?',
  'kids?',
  'child(?:ren)?',
  'volunteers?',
  'clerks?',
  'sound engineers?',
  'camera operators?',
  'photographers?',
  'planners?',
  'pastors?',
  'priests?',
  'captains?',
  'crew',
  'presenters?',
  'teachers?',
  'instructors?',
  'coach(?:es)?',
  'patients?',
  'nurses?',
  'doctors?',
  'djs?',
  'receptionists?',
  'attendees?',
  'moderators?',
  'speakers?',
);
const PLACE_LINE_EN = oneOf('wi-?fi', 'internet', 'network', 'connection', 'broadband', 'router', 'hotspot', 'upload');
/**
 * What names us, our product and what it carries, a third party, or a time: "the platform's servers", "the stream's
 * connection", "the carrier's network", "the connection at the time". Any other owner of a line or a device, in a
 * reply to a customer, is on their side: no list of their places and people is complete ("the aquarium's upload
 * speed", "the proctors' ancient laptops", "the Wi-Fi at the port terminal").
 */
const NOT_THEIRS_NOUN_EN = oneOf(
  'our',
  'my',
  'platform',
  'service',
  'servers?',
  'sdk',
  'app',
  'player',
  'streams?',
  'calls?',
  'rooms?',
  'sessions?',
  'meetings?',
  'class',
  'lessons?',
  'channels?',
  'relays?',
  'edge',
  'cdn',
  'region',
  'cluster',
  'nodes?',
  'gateway',
  'carriers?',
  'providers?',
  'isp',
  'operators?',
  'telcos?',
  'vendors?',
  'banks?',
  'apple',
  'google',
  'system',
  'bridge',
  'dashboard',
  'console',
  'recordings?',
  'tours?',
  'events?',
  'shows?',
  'exams?',
  'interviews?',
  'broadcasts?',
  'feeds?',
  'network',
  'team',
  'engineers?',
  'agents?',
  'support',
  'update',
  'release',
  'fix',
  'build',
  'version',
  'links?',
  'invites?',
  'time',
  'moment',
  'start',
  'end',
  'beginning',
  'peak',
  'weekend',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'same',
  'other',
  'company',
  'product',
  'feature',
  'test',
  'lab',
  'data cent(?:re|er)',
  'world',
);
/** Words that end no noun phrase: "the connection at the time of the drop" names no place. */
const NOT_A_NOUN_EN = oneOf(
  'of',
  'to',
  'for',
  'with',
  'from',
  'on',
  'in',
  'at',
  'and',
  'or',
  'but',
  'when',
  'where',
  'the',
  'an?',
  'th(?:is|at|ese|ose)',
);
/**
 * Who the trouble met rather than who caused it ("the viewers' browsers asking for missing pieces"), and things that
 * own parts ("the phone's connection was slow, so the app sent a lower-quality picture"): no owner on their side.
 */
const MET_THE_TROUBLE_EN = oneOf(
  'viewers?',
  'listeners?',
  'audiences?',
  'participants?',
  'persons?',
  'people',
  'someone',
  'everyone',
  'callers?',
  'recipients?',
  `(?:${THING_EN})s?`,
);
const OWNER_EN = `(?!(?:${NOT_THEIRS_NOUN_EN}|${NOT_A_NOUN_EN}|${MET_THE_TROUBLE_EN})\\b)[a-z-]+`;
/** What may follow a place that ends its name: "the Wi-Fi at the port terminal is …", not "in the consult rooms". */
const PLACE_NAME_ENDS_EN =
  String.raw`(?=\s*(?:[.!?,;:—–)]|$)|\s(?:is|are|was|were|has|have|had|just|really|keeps?|kept|` +
  String.raw`can|could|cannot|can['’]t|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|won['’]t|simply|drops?|dropped|cuts?|` +
  String.raw`went|goes|gets?|got|seems?|looks?|looked|and|but|which|that|so|tends?|always|often|never|still|` +
  String.raw`struggles?|notoriously)\b)`;
/** Their place's or their people's things: "the venue's Wi-Fi", "the greenhouse Wi-Fi", "the auctioneer's laptop". */
const THEIR_PLACE_OR_ROLE_THING_EN =
  `the (?:[a-z-]+ )?(?:${THEIR_PLACE_EN})['’]s(?: own)?(?: [a-z-]+)? (?:${THING_EN})s?\\b|` +
  `the (?:[a-z-]+ )?${OWNER_EN}['’]s? (?:own )?(?:[a-z-]+ )?(?:${THING_EN})s?\\b|` +
  `the (?:[a-z-]+ )?(?:${PLACE_LINE_EN}|signal|coverage|mic|microphone|camera|laptop|speakers?)(?: connection)? ` +
  `(?:at|in) the (?:[a-z-]+ ){0,2}?${OWNER_EN}(?:['’]s(?: [a-z-]+){1,2})?${PLACE_NAME_ENDS_EN}|` +
  // Without "'s", a place names only the line it is on: "the greenhouse Wi-Fi", not "the classroom app".
  `the (?:[a-z-]+ )?(?:${THEIR_PLACE_EN})(?: guest)? (?:${PLACE_LINE_EN})\\b|` +
  `the (?:[a-z-]+ )?(?:${THEIR_ROLE_EN})['’]s? (?:own )?(?:[a-z-]+ )?(?:${THING_EN})s?\\b`;
/** A clause naming their place's or people's things may hold blame, whatever else it lacks (MAY_BLAME). */
const MAY_BLAME_THEIRS = new RegExp(THEIR_PLACE_OR_ROLE_THING_EN, 'i');
/** The customer's side: "your (home) network", "your users' phones", "the user's device", "their phones". */
const PARTY_EN =
  `\\b(?:like yours\\b|(?:on|from|in) the (?:app|client|customer|user|device|integration) side\\b|` +
  `how you(?:r team)? (?:integrated|implemented|configured|set up|built|wrote|deployed|coded|use|used)\\b|` +
  `how your (?:[a-z-]+ ){1,2}?(?:is|are|was|were) (?:set up|configured|wired|built)\\b|` +
  `your(?: own)?(?: [a-z0-9'’-]+){0,3}? (?:${THING_EN}s?|${PEOPLE_EN})\\b|` +
  `(?:customer|client|user)(?:[- ]side)? (?:[a-z-]+ )?${THING_EN}s?\\b|` +
  `(?:[a-z0-9-]+ ){0,2}?${THING_EN}s? (?:that )?(?:you|your(?: [a-z]+){1,2}?) (?:use|uses|used|run|runs|connect|` +
  `have|has|are using|is using)\\b|` +
  `(?:[a-z0-9-]+ ){0,2}?${THING_EN}s? (?:on|at) your (?:side|end)\\b|` +
  `the (?:[a-z0-9-]+ ){0,3}?${THING_EN}s? (?:that )?you(?:['’]re| are|['’]ve| have)? ` +
  `(?:using|on|use|run|running|have|` +
  `built|wrote|written|shipped|made|deployed|developed|integrated|configured|set up)\\b|` +
  `the (?:customer|user|client)['’]?s? (?:own )?(?:[a-z-]+ )?${THING_EN}s?\\b|` +
  `${THEIR_PLACE_OR_ROLE_THING_EN}|` +
  `their (?:own )?(?:phones?|devices?|network|connection|wi-?fi|routers?|setup|configuration|code|hardware))`;
/** Something their side did at a point in time: a deploy, a release, a change. */
const THEIR_EVENT_EN =
  '(?:deploy\\w*|releases?|update[sd]?|changes?|rollouts?|push(?:es)?|upgrades?|migrations?|switch\\w*|launch\\w*|' +
  'maintenance|backups?|cron\\w*|jobs?|schedules?|restarts?|reboots?|builds?|versions?)\\b';
const THEIR_EVENT_ZH = '(?:时间|时候|时段|时刻|发版|上线|部署|变更|改动|升级|更新|重启|维护|定时任务|切换)';
const FAULT_EN = oneOf(
  'bad',
  'poor',
  'terrible',
  'awful',
  'slow(?:er)?',
  'weak(?:er)?',
  'unstable',
  'unreliable',
  'flaky',
  'spotty',
  'patchy',
  'congested',
  'overloaded',
  'crowded',
  'old(?:er)?',
  'outdated',
  'out of date',
  'obsolete',
  'ancient',
  'cheap',
  'low-end',
  'underpowered',
  'limited',
  'insufficient',
  'wrong',
  'incorrect(?:ly)?',
  'improper(?:ly)?',
  'misconfigured',
  'broken',
  'faulty',
  'buggy',
  'throttl\\w*',
  'block(?:s|ed|ing)?(?! (?:nothing|no|none)\\b)',
  'drop(?:s|ped|ping)? (?:the )?(?:[a-z]+ )?(?:packets|traffic|calls?|connections?|streams?|media)',
  '(?:disconnect|clos|kill|stop|crash|leav|drop|reset|restart|mut)\\w* (?:itself|themselves|on (?:its|their) own|' +
    'by (?:itself|themselves))',
  'below',
  'behind',
  'the (?:main |real |root |likely |likelier |likeliest |more likely |most likely |usual |obvious )?' +
    '(?:problem|issue|cause|culprit|bottleneck|reason|weak (?:link|point))',
  'to blame',
  'at fault',
  "(?:can['’]?t|cannot|couldn['’]t|doesn['’]t|does not|don['’]t|do not|isn['’]t able to|" +
    "aren['’]t able to|is unable to|are unable to|fails? to|failed to) (?:keep up|handle|cope|meet|" +
    'support|run|cut it|manage)',
  "(?:is|are|was|were)n['’]t (?:powerful|fast|good|strong|stable|recent|new) enough",
  '(?:is|are|was|were) not (?:powerful|fast|good|strong|stable|recent|new) enough',
  'too (?:old|slow|weak|far|close|many|much|busy|crowded|low|high|noisy|aggressive|early|late)',
  "(?:never|doesn['’]t|does not|didn['’]t|did not|fails? to|failed to|forgot to|" +
    'forgets to) (?:releas|call|handl|clos|stop|renew|refresh|set|check|request|send|updat|' +
    'reconnect|retry|follow|acknowledg|respond|answer|return|accept|process|grant|wait|keep|includ|' +
    'init|subscrib|regist|publish|unmute|rotat|configur)\\w*',
  'need (?:a |an )?(?:better|newer|faster|stronger|more powerful|new) [a-z-]+',
  'needs? (?:to be )?(?:corrected|fixed|changed|reconfigured|adjusted|fixing|correcting)',
  'return(?:s|ed|ing)? (?:errors?|[45]\\d\\d(?:s|errors)?|failures?|timeouts?|garbage|invalid|wrong)',
  'not [a-z ]{0,30}?(?:correctly|properly|right)',
  "(?:is|are|was|were)n['’]t (?:correct|right|valid|supported)",
  'keeps? (?:switching|closing|killing|turning|moving|putting|restarting|rebooting|dropping|disconnecting|' +
    'cutting out|freezing|crashing)',
  'drops? out',
  '(?:gets? |is |are )?saturated',
  'out of sync',
  '(?:is|was) why',
  'which is why',
  '(?:caus|creat|introduc)(?:es|ed|ing) (?:the|this|these|it)',
  'skipped',
  'ignored',
  'need to (?:update|upgrade|replace|change|buy|get|fix)',
  'should have',
  'struggl\\w*',
  'needs? (?:another|a second|a closer|a fresh|a hard) look',
  // Their side turning our traffic away: "your server rejecting the join requests".
  '(?:reject|refus)\\w*',
  'den(?:y|ies|ied|ying)',
  // The same step done twice on their side: "your developers start the call twice".
  '(?:start|join|init|call|creat|open|publish|subscrib|regist|load|launch)\\w* (?:[a-z]+ ){0,2}?(?:twice|two times|' +
    'more than once)',
  // A state of theirs said to be back: "your testers were on the VPN again".
  "(?:were|was|are|is|['’]re|been|be) (?:on|using|behind|running|connected (?:to|through)|" +
    'testing (?:on|with|through)) ' +
    '[^.!?,;]{0,30}?\\bagain',
  'overheat\\w*',
  // Not "the same missing piece of video": a thing that is missing, not what they left out.
  '(?<!\\b(?:the|a|same|any) )missing',
  'lack(?:s|ing)?',
  // Not "so the crew's phones don't have to upload it five times": what they are spared.
  "(?:doesn['’]t|does not|don['’]t|do not) (?:support|have(?! to\\b)|use|wear|enable|update|upgrade)",
  'misbehav\\w*',
  'bugs?',
  'restrict\\w*',
  'low on',
  'out of (?:memory|storage)',
  'too (?:small|little)',
  'on (?:2g|3g|edge|an? (?:weak|slow|poor|bad|congested|crowded|old|cheap|unstable|spotty) [a-z-]+)',
  // "Your drivers are on phones from 2017", "your NAT is symmetric", "your firewall is dropping STUN on 3478".
  'on (?:[a-z-]+ )?(?:phones|laptops|tablets|devices|handsets|computers) from (?:19|20)\\d\\d',
  'from (?:19|20)[0-2]\\d\\b',
  'symmetric',
  'drop(?:s|ped|ping)? (?:[a-z]+ )?(?:stun|udp|ports?|requests?)',
  '(?:rubbish|crap(?:py)?|dodgy|shoddy|sketchy|junk(?:y)?)',
  'interfer\\w*',
  'problematic',
  'notorious for',
  // What their people did or failed to do: "your IT folks changed the proxy rules", "your team insisted on …".
  'forg[eo]t(?:ten)?',
  'missed',
  'overlooked',
  'insist\\w*',
  '(?:have |has )?(?:changed|disabled|removed|deleted|turned off|overr(?:o|i)de\\w*|overwr(?:o|i)te\\w*)',
  "(?:is|are|was|were)(?:n['’]t| not) (?:handl|releas|call|renew|refresh|clos|send|set|check|request)\\w*ing",
  '(?:expired|stale|invalid)',
  '(?:is|are) where',
  "(?:is|are|was|were) what(?:['’]s| is| was) (?:killing|breaking|dropping|causing|cutting|freezing|slowing)",
  '(?:is|are|was|were) the (?:one|ones) (?:that|who) (?:kills?|drops?|closes?|breaks?|blocks?|sends?|cuts?|' +
    'stops?|ends?|resets?|mutes?|crash\\w*|disconnect\\w*)',
);
/** Words that put the fault where the next words point: "due to your …", "the problem lies with your …". */
const LEAD_EN = oneOf(
  '(?:the )?(?:problem|issue|cause|reason) (?:is|was) that',
  '(?:problem|issue|cause|culprit) (?:is|was|lies in|comes down to) (?:the way|how)',
  "(?:['’]s|is|was|be|lies|probably|likely|maybe|perhaps|possibly|(?:seems|looks|sounds) like) " +
    '(?:(?:probably|likely|most likely|really|clearly|' +
    'definitely|actually|just|simply) )?(?:a |an |the )?(?:[a-z]+ )?(?:problem|issue|something|bug|' +
    'fault|error)s? (?:[a-z]+ ){0,2}?(?:in|with|inside)',
  '(?:comes?|came|coming|stems?|stemmed|originat\\w+|results?|resulted|resulting) from',
  'originat\\w+ (?:within|in|on|at|with)',
  '(?:is |was |are |were )?(?:a |the )?(?:direct )?(?:result|consequence) of',
  'on account of',
  "(?:is |['’]s |was )?(?:all )?down to",
  'turns? out to be',
  'turned out to be',
  'traces? back to',
  'traced back to',
  '(?:caused|created|triggered|slowed down|held back) by',
  'because of',
  'due to',
  'the (?:main |real |root )?(?:problem|issue|cause|fault|culprit|bottleneck) (?:is|was|lies|lay|' +
    'seems to be|appears to be|must be|is probably|is likely)(?: with| in| on| at)?',
  'lies (?:with|in|on)',
  // "It must be something specific to how your office is set up."
  '(?:must|has to|have to) be something (?:specific |particular |peculiar )?(?:to|about|with|in)',
  'points? to',
  // Not "it's tempting to blame the church Wi-Fi, but …".
  '(?<!\\b(?:tempting|easy|natural|unfair|quick|wrong|want) to )blame',
);
const EN_BLAME: RegExp[] = [
  // "That sounds like the school's Wi-Fi.", "Sounds like the venue Wi-Fi again.": their thing named, and no more said.
  new RegExp(
    String.raw`(?<!\b(?:i know|may|might|could|can) )\b(?<pre>)(?<fault>(?:(?:that|this|it)(?:['’]s| is)? )?` +
      `(?:sounds?|looks?|seems?) like ${PARTY_EN})` +
      String.raw`(?=\s*(?:to me|again|here|though|tbh|honestly|i['’]m afraid)?\s*(?:[.!?,;—–:]|$))`,
    'gi',
  ),
  new RegExp(`(?<pre>${PARTY_EN}${NOT_END}{0,40}?)\\b(?<fault>${FAULT_EN})\\b`, 'gi'),
  new RegExp(
    `\\b(?<pre>your (?:own )?)(?<fault>(?:slow|bad|poor|weak|unstable|flaky|old|outdated|cheap|` +
      `ancient|low-end)) (?:${THING_EN})s?\\b`,
    'gi',
  ),
  new RegExp(`\\b(?<pre>)(?<fault>${LEAD_EN}) ${PARTY_EN}`, 'gi'),
  // A cause traced to anything of theirs: "comes from your conference room speakers", "a result of your …".
  new RegExp(
    String.raw`\b(?<pre>)(?<cause>)(?<fault>(?:(?:comes?|came|stems?|stemmed|results?|resulted|originat\w+) from|` +
      String.raw`(?:result|consequence) of|on account of|down to|because of|due to|(?:caused|triggered) by|` +
      String.raw`traces? back to|traced back to|(?:it|this|that)(?: one)?(?:['’]s| is| was) (?:all )?on) ` +
      String.raw`(?:your|their|the customer['’]s|the client['’]s|the user['’]s|your users['’]|the [a-z-]+['’]s own) ` +
      String.raw`(?:own )?` +
      String.raw`(?!(?:[a-z-]+ )?(?:report|logs?|help|patience|feedback|details?|screenshots?|messages?|emails?|` +
      String.raw`ticket|questions?|description|input|recordings?|data|trace|call|quick|prompt))[a-z-]+)`,
    'gi',
  ),
  // The trouble traced a few words on to something of theirs: "the lag is from your agents streaming on mobile data",
  // "come from test rooms that your developers left open", "the cuts line up exactly with your instructors' earbuds".
  new RegExp(
    String.raw`\b(?<pre>)(?<cause>)(?<fault>(?:(?:comes?|came|coming|stems?|stemmed|is|are|was|were) (?:all |` +
      String.raw`entirely |mostly )?from|lines? up (?:exactly |perfectly )?with|` +
      String.raw`(?:(?:is|are|was|were) )?because(?: of)?|go(?:es)? back to|traces? back to) (?:the |a |an )?` +
      String.raw`(?:[a-z0-9'’-]+ ){0,3}?` +
      String.raw`(?:that |which |where |on |in |of )?your (?:[a-z'’-]+ )?(?!(?:report|logs?|help|patience|feedback|` +
      String.raw`details?|screenshots?|messages?|emails?|ticket|questions?|description|input|recordings?|data|trace|` +
      String.raw`call|quick|prompt)\b)[a-z-]+)`,
    'gi',
  ),
  // "It's most likely something in how your app asks for camera permission": a hunch, still a verdict.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:most likely |probably |likely |almost certainly |definitely )?something ` +
      String.raw`(?:in|with|about|on|(?:local|specific|particular|peculiar|unique) to) (?:how |the way )?` +
      String.raw`(?:your|the [a-z-]+['’]s) [a-z-]+)`,
    'gi',
  ),
  // A verdict in four words: "So it's your setup", "Crash is in your code", "the bug sits in your backend".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:(?:it['’]s|it is|that['’]s|that is|this['’]s|this is) (?:just |simply |really )?` +
      String.raw`your (?:own )?(?:setup|config\w*|network|wi-?fi|code|app|device|phone|router|firewall|integration|` +
      String.raw`implementation|isp|carrier|internet|connection|hardware|browser|proxy|vpn)` +
      String.raw`(?=\s*(?:[.!?,;—–]|$))|(?:crash|bug|problem|issue|error|fault|leak|trouble)` +
      String.raw`(?:['’]s| is| lies| sits) ` +
      String.raw`(?:in|inside|within) your [a-z-]+))`,
    'gi',
  ),
  // "Is your producer recording over hotel Wi-Fi again?": suspicion about what their people keep doing, asked
  // ("Are your hosts streaming over Wi-Fi or a wired connection?" only asks which).
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:is|are) your (?:[a-z'’-]+ ){1,2}?[a-z]+ing (?:over|on|through|` +
      String.raw`from|behind) [^.!?]{0,40}?\bagain\?)`,
    'gi',
  ),
  // Asked as a reproach: "Have your IT folks locked down the campus firewall again?", "Wouldn't the relatives' own
  // home internet be the likelier culprit here?".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:have|has|did) your (?:[a-z'’-]+ ){0,3}?(?:lock|change|turn|switch|block|update|` +
      String.raw`disable|move|reset)(?:ed|d)?\b[^.!?]{0,40}?\bagain\?|` +
      String.raw`^\s*(?:wouldn['’]t|isn['’]t|couldn['’]t) [^.!?]{0,80}?\b(?:the |a )?(?:likel\w+|more likely|real|` +
      String.raw`obvious|usual) (?:culprit|cause|explanation|problem)\b[^.!?]{0,20}\?)`,
    'gi',
  ),
  // Suspicion put as a question: "could it be that your admins rotated …?", "is your backend perhaps caching …?".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:(?:could|might|can) it be|is it possible) (?:that )?` +
      // "Could it be that the couriers are calling from spots with poor coverage?", "is it possible the photographer
      // knocked the camera cable loose?": their people, whatever their role.
      String.raw`the (?:[a-z-]+ )?(?:${OWNER_EN}['’]s? [a-z-]+ (?:is|was|were|are)|` +
      String.raw`${OWNER_EN}s (?:are|were|had|have) [a-z]+ing|` +
      String.raw`${OWNER_EN} (?:knocked|left|forgot|turned|switched|unplugged|closed|muted|changed|picked))\b|` +
      String.raw`(?:(?:could|might|can) it be|is it possible) (?:that )?your ` +
      // "Is it possible your team could send the logs?" asks for something.
      String.raw`(?!(?:[a-z'’-]+ ){0,3}?(?:could|can|would|has|have|send|share)\b)[a-z'’ -]{1,30}?|` +
      String.raw`(?:any chance|is it possible) ` +
      String.raw`(?:that )?your (?:[a-z'’-]+ ){1,3}?(?:(?:were|was)(?! able)|changed|turned|` +
      String.raw`rotated|used|set|broke)|(?:is|are|was|were) your (?:[a-z'’-]+ ){1,3}?(?:perhaps|maybe|possibly) ` +
      String.raw`[a-z]+ing)\b`,
    'gi',
  ),
  // Anything of theirs doing the damage: "your reverse proxy strips the upgrade header", "your release process
  // skipped the staging check".
  new RegExp(
    String.raw`\b(?<pre>your (?:[a-z'’-]+ ){0,3}?[a-z-]+ )(?<fault>(?:skipped|ignored|forgot|broke|misconfigured|` +
      String.raw`mixed up|confused|mistyped|swapped|` +
      String.raw`overr(?:o|i)de|overwr(?:o|i)te|strips|stripped|denies|denied|rejects|rejected|blocks|blocked|kills|` +
      String.raw`killed|disables|disabled|hard-?coded|stuff(?:s|ed)|spam(?:s|med)|flood(?:s|ed)|hammer(?:s|ed)|` +
      String.raw`(?:is |are |keeps )?(?:double-send\w*|double-post\w*|double-count\w*|spamming|flooding)|` +
      String.raw`mangle[sd]|corrupt(?:s|ed)|truncat(?:es|ed)|` +
      String.raw`(?:is|was) what (?:broke|breaks|caused|causes|killed)))\b` +
      String.raw`(?! (?:nothing|no|none)\b)`,
    'gi',
  ),
  // "Would your team have shipped a build with debug logging on?": suspicion about what their people did.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:would|could|might) your (?:[a-z'’-]+ ){1,3}?(?:have|be) (?:shipped|deployed|` +
      String.raw`pushed|released|changed|used|enabled|disabled|installed|switched|turned|rotated|updated|blocking|` +
      String.raw`stripping|dropping|caching|killing|throttling|filtering))\b`,
    'gi',
  ),
  // Doubting that their people did it at all: "are you sure your team actually followed …?".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:sure|certain|double-?checked|confirmed?|verified|checked) (?:that )?` +
      String.raw`(?:you|your [a-z ]{1,20}?) (?:actually|really|even|properly) [a-z]+)`,
    'gi',
  ),
  // "Just to rule it out: are you sure nobody stopped the recording from your admin panel?"
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>are you (?:sure|certain) (?:that )?(?:nobody|no one|none of (?:your|them|the)|` +
      String.raw`you didn['’]t|your [a-z ]{1,20}? didn['’]t)\b)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:problem|issue|fault|cause|error|drops?|lag|it|this|that)(?:['’]s|` +
      ' is| was| are| were| lies| lay| seems to be| must be| looks to be| appears to be|' +
      " could be| might be| may be)(?: [a-z]+){0,2}? (?:on|at|with) your (?:[a-z'’-]+ )?(?:side|end)|(?:that|" +
      String.raw`this|it)['’]?s on you)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>you(?:['’]re| are) (?:using|doing|holding|configuring|setting) (?:it|` +
      "this|that)[a-z ]{0,12}? wrong|(?:it['’]?s|it is|this is|that['’]?s|that is) (?:all |" +
      "entirely |really |clearly |simply |just |totally )?(?:your|the user['’]?s|" +
      "the customer['’]?s) (?:own )?(?:fault|problem|issue|doing|responsibility|mistake)|" +
      String.raw`your (?:own )?fault)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>you(?:r team| guys)? (?:(?:probably|must have|may have|might have|obviously|` +
      'clearly|likely|just|simply) )?)(?<fault>(?:skipped|ignored|missed|forgot|misconfigured|' +
      'broke|(?:used|set|picked|installed|chose) the wrong|configured [a-z ]{1,20}?(?:wrong|' +
      "incorrectly)|did (?:it|this|that|something) wrong|(?:are|['’]re) (?:using|doing|holding|" +
      "configuring|setting) (?:it|this|that)[a-z ]{0,12}? wrong|(?:did not|didn['’]t|never|" +
      "haven['’]t|have not|failed to) (?:follow|read|update|upgrade|configure|set|install|check|" +
      String.raw`call|enable|grant|add|restart|test)))\w*`,
    'gi',
  ),
  /\b(?<pre>you )(?<fault>must have (?:done|set|configured|used|installed|broken|misconfigured))\w*/gi,
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:old|older|cheap|cheaper|low-end|budget|outdated|[a-z0-9]+[- ]years?[- ]old|` +
      'ancient) (?:android |ios |windows )?(?:phones?|devices?|handsets?|models?|hardware|laptops?|' +
      String.raw`computers?|routers?)\b(?: [a-z'’]+){0,3}? (?:can['’]?t|cannot|don['’]t|won['’]t|do not|` +
      "will not|aren['’]t|just don['’]t) (?:keep up|handle|cope|cut it|run|support))",
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>from this (?:decade|century)|(?:try|tried|trying|use|using|get|getting|` +
      'buy|buying|upgrade to|switch to|switching to) (?:a |an )?(?:newer|new|better|modern|' +
      'decent|real|proper|faster|more powerful) (?:phone|device|computer|router|handset|laptop|' +
      String.raw`machine))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:did|have|has) (?:you|your [a-z ]{1,20}?) (?:even|actually|ever|really) ` +
      String.raw`(?:read|follow|look|check|` +
      // "Are you sure you want us to stop every recording?" only checks what they ask for.
      'tried?|test)|are you (?:sure|certain) (?:that )?(?:you|your)(?! (?:want|need|would like|wanna)\\b)|' +
      'user error|you should have|' +
      'if you had (?:followed|read|used|updated|set)|(?:upgrade|change|replace) your (?:phone|' +
      String.raw`device|old phone|hardware|router)(?!['’]s))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:an?|the) (?:local|home|office|client[- ]side|customer[- ]side|` +
      'user[- ]side) (?:[a-z-]+ ){0,2}?(?:problem|issue|bug|' +
      'error|fault)|(?:someone|somebody) (?:on|in|from|at) your (?:team|side|end|company|' +
      'office) (?:changed|modified|broke|misconfigured|deleted|turned off|disabled)|(?:a |' +
      String.raw`the )?limitation of your|` +
      // "It's a config issue on your side", "that's a network problem at your end".
      String.raw`(?:an?|the) (?:[a-z-]+ ){0,2}?(?:problem|issue|bug|error|fault) (?:on|at) your (?:end|side))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:fix|resolve|correct|sort out|change|update|repair) (?:it|this|that|` +
      'the [a-z-]+(?: [a-z-]+)?) (?:on|at) your (?:end|side)|(?:once|after|when|if|until) (?:you|' +
      'your (?:team|developers?|devs|engineers|side|app|company)) (?:fix|fixes|correct|corrects|' +
      String.raw`resolve|resolves|update|updates|change|changes)(?= (?:it|this|that|the|your|their|its|[a-z]+ing)\b)|` +
      '(?:did|have|has) (?:you|' +
      'your [a-z]+) (?:change|changed|modify|modified|update|updated|touch|touched|deploy|' +
      'deployed|break|broken|remove|removed)(?: [a-z]+)? (?:anything|something)|whether (?:you|' +
      String.raw`your [a-z]+) (?:followed|read|configured|set up|integrated|called))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:check|double-check|look at|review|verify|examine|inspect|debug|` +
      String.raw`audit)\w* your own [a-z-]+|first,? before we (?:dig|look|check|investigate)|` +
      String.raw`(?:check|double[- ]check|look at|review)\w* yours|` +
      "(?:i['’]d|i would|we['’]d|we would) (?:start|begin) " +
      String.raw`(?:with|by checking) your|out of (?:wi-?fi |signal )?(?:range|coverage))\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:follow|use|read)\w* (?:the )?(?:recommended|correct|right|proper|` +
      String.raw`documented) [a-z ]{0,30}?next time)\b`,
    'gi',
  ),
  // Where the trouble lives, placed on their side: "the cuts happen on your side", "something in your setup".
  new RegExp(
    // Said with an apology ("sorry this is happening on your device") it is where they feel it, not its cause.
    String.raw`\b(?<pre>)(?<!(?:sorry|apologi[sz]e|regret)[^.!?]{0,24})` +
      String.raw`(?<fault>(?:happen|occur|originat|start|begin|began|aris|live|sit)\w* (?:[a-z]+ ){0,2}?` +
      String.raw`(?:on|at|in|inside|within) (?:your|the customer['’]s|the client['’]s) (?:own )?(?:side|end|network|` +
      String.raw`app|setup|environment|infrastructure|office|code|integration|premises|backend|servers?|firewall|` +
      String.raw`proxy|router|load balancer|gateway|vpn|lan|intranet|build)|` +
      String.raw`(?:somewhere|something) ` +
      String.raw`(?:in|on|at|with|inside|within) your (?:own )?(?!(?:message|report|email|ticket|logs?|screenshot|` +
      String.raw`question)s?\b)[a-z-]+|(?:problem|issue|fault|bug|error|cause|trouble)s? (?:(?:is|was|are|were|lies|` +
      String.raw`lay) )?(?:on|at|in) the (?:customer|client|user|caller|viewer)s?['’]?s? (?:side|end))\b`,
    'gi',
  ),
  // Their people named as having done it: "someone on your team rotated the certificate".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:(?:someone|somebody) (?:on|in|from|at) your (?:[a-z]+ )?(?:team|side|end|` +
      String.raw`company|office|org|organi[sz]ation|department|staff|it)|one of your (?:[a-z]+ )?(?:admins?|` +
      String.raw`engineers?|developers?|devs|colleagues|team members?|staff)) (?:(?:probably|must have|may have|` +
      String.raw`might have|accidentally|just) )?(?!(?:reported|asked|mentioned|contacted|emailed|called|noticed|` +
      String.raw`flagged|shared|opened|filed|raised|confirmed|tested|helped|pinged|messaged|joined|signed|agreed|` +
      String.raw`approved|requested|explained|described|replied|answered)\b)(?:[a-z]+ed|broke|took|set|shut|cut|` +
      String.raw`forgot|overrode|overwrote|rewrote|put|let))\b`,
    'gi',
  ),
  // The customers in general as the cause: "this usually happens when customers misconfigure the App ID".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:when|if|because|since|after|where) (?:the )?(?:customers|clients|users|people|` +
      String.raw`developers|teams|integrators|admins) (?:[a-z]+ )?(?:misconfigur\w*|forget|forgot|skip\w*|ignor\w*|` +
      String.raw`(?:use|set|pick|choose) the wrong|(?:don['’]t|do not|fail to|never) (?:follow|read|update|set|call|` +
      String.raw`configure|check|test)|mess up|break))`,
    'gi',
  ),
  // Their side checked first, before we do anything: "please review your configuration first".
  new RegExp(
    String.raw`\b(?<pre>)(?<!\b(?:we|i)(?:['’]ve|['’]ll|['’]d| have| will| had| also| already)? )` +
      String.raw`(?<fault>(?:check|review|verify|look (?:at|into)|inspect|debug|audit|troubleshoot|` +
      String.raw`investigate|sort out|fix|rule out)\w* (?:[a-z'’-]+ ){0,3}?(?:(?:on|at) your (?:end|side)|your ` +
      String.raw`(?:own )?(?:[a-z-]+ ){0,2}?[a-z-]+) first\b(?! (?:thing|time))|before (?:you )?(?:com(?:e|ing) back ` +
      String.raw`to us|contact(?:ing)? us|reach(?:ing)? out|escalat\w+|writ(?:e|ing) (?:back|to us)|open(?:ing)? ` +
      String.raw`(?:a|another) ticket))`,
    'gi',
  ),
  // A reminder to their people is a fix pushed to them: "you may want to remind your users that the app needs …".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>remind (?:your|their) (?:[a-z'’-]+ ){0,2}?(?:users|team|staff|hosts|agents|` +
      String.raw`developers|devs|people|viewers|customers)(?: that| to)?)\b`,
    'gi',
  ),
  // A setting of theirs that causes it, stated ("your build has battery optimisation turned on"), not asked
  // ("whether your build has …", "does your build have …?").
  new RegExp(
    String.raw`(?<!\b(?:whether|if) )\b(?<pre>)(?<fault>your (?:[a-z'’-]+ ){0,3}?(?:has|had) (?:[a-z-]+ ){0,2}?` +
      String.raw`(?:battery optimi[sz]ation|power saving|low power mode|data saver|do not disturb|vpn|proxy|` +
      String.raw`ad ?blocker|strict mode)s? (?:turned on|enabled|switched on|active|on))\b`,
    'gi',
  ),
  // The fix left to them alone: "it's on you to fix", "you'll have to sort it out yourselves".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:only you|you(?:['’]ll| will) have to|it['’]s (?:up to|on) (?:you|your [a-z]+) ` +
      String.raw`to|(?:that['’]s|this is|it['’]s) for your (?:[a-z]+ )?(?:team|developers|devs|engineers|side) to) ` +
      String.raw`(?:fix|sort|solve|resolve|handle|deal with|change|correct))\b`,
    'gi',
  ),
  // Behind the times: "you're still on a two-year-old SDK".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>you(?:['’]re| are)? (?:still )?(?:on|using|running|shipping) (?:an? |the )?` +
      String.raw`(?:very |really )?(?:old|older|outdated|ancient|legacy|deprecated|years?[- ]old|` +
      String.raw`[a-z]+[- ]years?[- ]old)` +
      ')\\b',
    'gi',
  ),
  // Suspicion about their people or things, put softly: "could it be that the hosts are on a crowded hotspot?".
  new RegExp(
    String.raw`\b(?<pre>(?:(?:could|might|can) it be|is it possible|(?:it )?(?:might|may|could) be|perhaps|maybe|` +
      "i['’]d bet|i bet|i suspect|i['’]m guessing|my guess is|chances are|odds are|i['’]d wager) " +
      String.raw`(?:that )?(?:the|their|your) (?:[a-z'’-]+ ){0,2}?(?:${THING_EN}|${PEOPLE_EN})s?\b[^.!?;]{0,40}?)` +
      `\\b(?<fault>${FAULT_EN}|on (?:a |the )?(?:hotel|public|guest|caf[eé]|coffee[- ]shop|shared|airport|` +
      `conference|train|free) (?:wi-?fi|network|hotspot|connection)s?)\\b`,
    'gi',
  ),
  // A device of theirs called old by asking for one that is not: "a phone that isn't five years old?".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:phone|device|handset|laptop|computer|router|machine|headset|tablet|browser)s? ` +
      "(?:that|which)(?:['’]s|['’]re| is| are| was| were)?(?: not|n['’]t) (?:even )?(?:[a-z0-9-]+ ){0,3}?" +
      '(?:old|ancient|outdated|obsolete|from the stone age)|(?:less|not so|not as) (?:old|ancient|' +
      String.raw`outdated|cheap|slow) (?:a )?(?:phone|device|handset|laptop|computer|router|machine))\b`,
    'gi',
  ),
  // The fix handed to their people: "get your developers to sort that out", "once you've had your team look at …".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:get|have|ask|tell|let) your (?:[a-z]+ )?(?:developers?|devs|team|engineers?|` +
      'it(?: team)?|admins?|ops|people|staff) (?:to )?(?:sort (?:that|it|this) out|fix (?:that|it|this)|' +
      'deal with (?:that|it|this)|handle (?:that|it|this)|take care of (?:that|it|this)|clean (?:that|it|' +
      'this) ' +
      "up)|(?:once|until|after) you(?:['’]ve| have)? (?:had|got|gotten) your (?:[a-z]+ )?(?:team|" +
      'developers?|' +
      String.raw`devs|engineers?|it|admins?|people) (?:to )?(?:look|check|review|fix|debug|audit|go through|sort))\b`,
    'gi',
  ),
  // The trouble placed in what is theirs: "specific to your configuration", "lives in the app code".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:specific|particular|unique|isolated|confined|local|peculiar) to (?:your|the ` +
      `customer['’]s|the client['’]s|their) (?:own )?(?:[a-z-]+ )?${THING_EN}s?|(?:problem|issue|bug|cause|` +
      'trouble|fault)s? (?:of this kind |like this )?(?:usually |almost always |typically |normally |' +
      'generally |most likely )?(?:lies?|lives?|sits?|is|are|comes? from|stems? from) (?:somewhere )?in ' +
      String.raw`(?:the|your) (?:app(?:lication)? code|app layer|integration|client(?:-side)? code|business logic))\b`,
    'gi',
  ),
  // Their side named as the likeliest cause: "your office Wi-Fi is the most likely culprit", "the lag is most
  // likely your office network".
  new RegExp(
    `(?<pre>${PARTY_EN}${NOT_END}{0,30}?)\\b(?<fault>(?:is|are|['’]s|seems to be|looks like) (?:the |our )?` +
      '(?:most likely|likeliest|likely|probable|prime|main|obvious|usual|biggest|number one) (?:culprit|suspect|' +
      'cause|source))\\b',
    'gi',
  ),
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:(?:most likely|likeliest|prime|main|obvious|usual|biggest) ` +
      String.raw`(?:culprit|suspect)s?|` +
      String.raw`(?:lag|echo|drops?|freez\w*|stutter\w*|delay|latency|issue|problem|trouble|disconnects?|noise|` +
      String.raw`crash(?:es)?|blur\w*)) (?:here )?(?:is|are|was|['’]s|would be) (?:(?:most|very) )?(?:likely|` +
      String.raw`probably|almost certainly|definitely|clearly|surely|simply|just|obviously) ` +
      String.raw`(?:coming from |down to |caused by |on )?)${PARTY_EN}`,
    'gi',
  ),
  // A hunch about theirs is still a verdict: "my guess is your app's switching …", "I suspect your proxy strips …".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:my (?:guess|hunch|bet)(?: is|['’]s)|i['’]d (?:guess|bet)|i suspect) (?:that )?` +
      String.raw`(?:it['’]s )?your (?:[a-z'’-]+ )?[a-z-]+(?:['’]s| (?:is|are|was|were|isn['’]t|aren['’]t|` +
      String.raw`keeps?|has|had|` +
      String.raw`(?:doesn|don|didn)['’]t)\b))`,
    'gi',
  ),
  // "the tablet was running an outdated version of your app": an old build of theirs named as the cause.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:running|on|using|still on|stuck on) (?:an? |the )?(?:outdated|old|older|ancient|` +
      String.raw`stale) (?:version|build|release) of your [a-z-]+)`,
    'gi',
  ),
  // "the delay your users see is their mobile carrier": the trouble said to be their users' connection.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:is|are|was|were) (?:just |simply |really )?their (?:own )?` +
      String.raw`(?:mobile |local |home )?` +
      String.raw`(?:carrier|isp|provider|network|wi-?fi|connection|router|internet)s?)(?=\s*(?:[.!?,;—–]|$))`,
    'gi',
  ),
  // The trouble called local to them: "this is a local network problem".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:it['’]s|this is|that['’]s|is|are) (?:just |simply |purely )?(?:a |an )?` +
      String.raw`(?:local|last[- ]mile|home|isp|carrier)(?: network| connectivity| internet| wi-?fi)? ` +
      String.raw`(?:problem|issue)s?)\b`,
    'gi',
  ),
  // "did someone on your team touch the room settings recently?": asked whether their people broke it.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>did (?:someone|anyone|somebody) (?:on|in|from|at) your (?:team|side|end|company|` +
      String.raw`office) (?:change|touch|modify|edit|tweak|update|deploy|push|break|turn|disable|rotate|` +
      String.raw`delete|remove|mess))\b`,
    'gi',
  ),
  // "Are you sure the app was actually on the latest version?": doubt that they kept up.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>are you (?:sure|certain) (?:that )?the (?:app|build|sdk|firmware|client)\b` +
      String.raw`[^.!?]{0,24}?\b(?:latest|up to date|current|updated))\b`,
    'gi',
  ),
  // Theirs to fix: "it's something your team will need to sort out".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>your (?:[a-z-]+ )?(?:team|devs|developers|engineers|it team|ops team) (?:will )?` +
      String.raw`(?:need|needs|have|has) to (?:sort (?:it |this |that )?out|fix|resolve|correct|sort))\b`,
    'gi',
  ),
  // "whatever broke, broke in your latest release".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:broke|introduced|regressed)\b[^.!?]{0,12}? in your ` +
      String.raw`(?:latest |last |new |recent )?(?:release|build|version|update|deploy\w*))\b`,
    'gi',
  ),
  // "the storage credentials you entered had expired": what they entered named as the fault.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:the|a|an) (?:[a-z-]+ ){0,3}?(?:you|your team) (?:entered|set|` +
      String.raw`configured|chose|picked|uploaded|typed|pasted|provided)\b[^.!?]{0,40}?\b(?:had |has |have )?` +
      String.raw`(?:expired|wrong|invalid|incorrect|outdated|revoked|malformed))\b`,
    'gi',
  ),
  /\b(?<pre>)(?<fault>smells like (?:it['’]s )?your (?:[a-z-]+ )?[a-z-]+)/gi,
  // "Tell your teachers to stop using Bluetooth earbuds": their habit named as what to end.
  /\b(?<pre>)(?<fault>tell your (?:[a-z-]+ )?[a-z-]+ to (?:stop|quit) [a-z]+ing)\b/gi,
  // "your team has shipped to production without trying it on staging": a step of theirs skipped.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>your (?:[a-z-]+ )?(?:team|devs|developers|engineers|people|staff|users) ` +
      String.raw`(?:has |have |had )?(?:shipped|pushed|deployed|released|launched|went live|changed)\b[^.!?]{0,50}?` +
      String.raw`\bwithout (?:testing|trying|checking|reading|following|asking|telling))\b`,
    'gi',
  ),
  // "Might want to look inward on this one."
  /\b(?<pre>)(?<fault>look (?:inward|closer to home))\b/gi,
  // "the budget tablets you bought", "that's one for your firmware team", "attributable to local conditions".
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:budget|cheap|cheapest|low-end|ancient|old) (?:[a-z-]+ )?(?:tablets?|phones?|` +
      String.raw`devices?|laptops?|routers?|cameras?|headsets?|pcs?|computers?) (?:you|your team|they) ` +
      String.raw`(?:bought|chose|picked|got|use|are using)|(?:that['’]s|this is|it['’]s) (?:one|a job) for your ` +
      String.raw`(?:[a-z-]+ )?(?:team|devs|developers|engineers|people|vendor|it|admins?)|` +
      String.raw`attributable to (?:the )?(?:local|your|their|on-site|customer-side|client-side)\b)`,
    'gi',
  ),
  // "looks like your receptionist closed the app mid-call": a deed of their people named as the cause.
  new RegExp(
    String.raw`\b(?<pre>)(?<fault>(?:looks like|seems like|apparently|because|that['’]s because) ` +
      String.raw`your (?:[a-z-]+ )?(?:${PEOPLE_EN}|staff|receptionists?|clerks?|teachers?|agents?|` +
      String.raw`operators?|hosts?|admins?|presenters?|nurses?|doctors?) (?:had |have |has )?(?:closed|killed|` +
      String.raw`quit|force[- ]quit|muted|unplugged|switched off|turned off|uninstalled|disabled|blocked|` +
      String.raw`skipped|forgot|ignored)\b)`,
    'gi',
  ),
];
/** Denying that our side has any part: blame by another road. These carry their own negation. */
const EN_DENIAL = anyOf(
  'gi',
  new RegExp(
    String.raw`\b(?:not|isn['’]t|wasn['’]t|is not|was not|aren['’]t)(?: (?:on|from|with))? (?:our|` +
      String.raw`my) (?:problem|fault|issue|bug|responsibility|side|end|doing)\b`,
    '',
  ),
  /\b(?:isn['’]t|is not|wasn['’]t|not) ours\b|\bnothing to do with (?:us|our)\b/,
  /\b(?:this|that|it)(?:['’]s| is| was)(?:n['’]t| not) (?:coming from |from )?us\b(?! (?:alone|only)\b)/,
  new RegExp(
    String.raw`\b(?:isn['’]t|is not|wasn['’]t|was not|not) (?:really |actually |exactly )?(?:on|with) ` +
      String.raw`(?:us|our end|our side)\b(?! (?:alone|only|anymore|any longer)\b)`,
    '',
  ),
  /\b(?:didn['’]t|did not|wasn['’]t|isn['’]t)\b[^.!?]{0,30}?\bbecause of us\b/,
  new RegExp(
    String.raw`\b(?:not|isn['’]t|wasn['’]t|is not|was not|aren['’]t|are not)(?: an?| the| any)? (?:problem|issue|bug|` +
      String.raw`fault|error|defect|outage)s? (?:on|in|with|from|at) (?:our|my) ` +
      String.raw`(?:side|end|part|sdk|servers?|service|` +
      String.raw`platform|code|system)\b`,
    '',
  ),
  /\bnothing(?:['’]s| is| was)? wrong (?:on|at|with) our (?:side|end|servers?|service|platform)\b/,
  /\bnothing (?:on|in) our (?:platform|side|end|servers?|sdk) to (?:change|fix)\b/,
  // "Not a platform issue.": ours denied, so theirs.
  new RegExp(
    String.raw`\b(?:not|isn['’]t|wasn['’]t|is not|was not)(?: an?| the)? (?:platform|sdk|server|service) ` +
      String.raw`(?:issue|problem|bug|fault)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:problem|issue|bug|fault|error|cause)s? (?:is|was|are|were|lies|lie)(?:n['’]t| not) (?:on|in|with|` +
      String.raw`from|at) (?:our|my) (?:side|end|part|sdk|servers?|service|platform|code|system)\b`,
    '',
  ),
  // "Your integration blocks nothing on our side" says what their part does not do.
  new RegExp(
    String.raw`(?<!\b(?:block|break|broke|chang|touch|affect|hit|reach|hurt|disrupt)\w* )` +
      String.raw`\bnothing (?:on|at|from) our (?:end|side)\b`,
    '',
  ),
  /\b(?:nothing|not much|little) (?:that )?(?:we|i) can do\b/,
  /\b(?:isn['’]t|is not|not) (?:much|a lot|anything) (?:that )?(?:we|i) can do\b/,
  new RegExp(
    String.raw`\b(?:we|i) (?:can['’]?t|cannot|can not|are unable to|aren['’]t able to) (?:fix|solve|` +
      String.raw`help with|do anything about|control)\b[^.!?]{0,30}?\b(?:(?:your|their)\b|(?:a|the) (?:customer|` +
      String.raw`client|user)['’]s\b|(?:customers|clients|users)['’])`,
    '',
  ),
);
/**
 * Had they done it our way there would be no trouble: "if your hosts used wired connections, none of this would
 * happen", "要是贵司按文档接入，就不会有这个问题". Read on the whole sentence, across its commas.
 */
const COUNTERFACTUAL = anyOf(
  'i',
  // The trouble timed to something of theirs, and said so: "your PM bumped the resolution last Friday? the timing
  // matches perfectly", "卡住的时间刚好是你们代码里连着调了两次切换摄像头".
  /\byour\b[^.!?]{0,80}?[.!?]?\s*(?:the )?timing (?:matches|lines up|fits|checks out)\b/,
  /(?:时间|时间点|时刻)(?:刚好|正好|恰好)(?:是|和|跟|赶上|对上)(?:你们|贵司|您)/,
  // The trouble timed to something of theirs: "the disconnects line up with your nightly deploys".
  // Timing, not figures: "the console should now line up with your own reports" names no cause.
  new RegExp(
    String.raw`\b(?:lines?|lined) up (?:[a-z]+ )?with your (?:[a-z-]+ ){0,2}?${THEIR_EVENT_EN}|` +
      String.raw`\bcoincides? (?:[a-z]+ )?with your (?:[a-z-]+ ){0,2}?${THEIR_EVENT_EN}`,
    '',
  ),
  new RegExp(
    // "和你们小区对讲掉线的时间对得上" times the trouble itself, not something of theirs.
    `(?:和|与|跟)(?:你们|您|贵司|贵方)(?:(?!掉线|断线|卡顿|故障|中断|黑屏|异常|报错)[^，。！？；\\n]){0,12}?` +
      `${THEIR_EVENT_ZH}[^，。！？；\\n]{0,6}?(?<![不没])` +
      '(?:对得上|对上|吻合|重合)',
  ),
  // The trouble dated to a change of theirs: "not sure what your developers changed, but that's exactly when it
  // started", "不知道你们开发改了什么，问题就是从那时候开始的".
  new RegExp(
    String.raw`\byour (?:[a-z'’-]+ ){0,3}?(?:changed|deployed|updated|pushed|released|shipped|rolled out|switched|` +
      String.raw`upgraded|modified|migrated|installed)\b[^.!?]{0,60}?\b(?:that['’]s|that is|which is|this is|is) ` +
      '(?:exactly |precisely |right |just )?when (?:it|this|that|' +
      'the [a-z-]+(?: [a-z-]+)?) (?:all )?(?:started|' +
      String.raw`began|kicked off|first appeared)\b|\b(?:started|began|appeared|kicked off) (?:right |just |` +
      'exactly )?' +
      String.raw`(?:after|since|when) your (?:[a-z-]+ ){0,2}?${THEIR_EVENT_EN}|\bever since your (?:[a-z-]+ ){0,2}?` +
      String.raw`(?:${THEIR_EVENT_EN}|[a-z]+ed)\b`,
    '',
  ),
  new RegExp(
    `(?:你们|您|贵司|贵方|你方)[^。！？\\n]{0,12}?(?:改|换|动|上线|发版|升级|部署|更新|调整)(?:了|过)[^。！？\\n]{0,16}?` +
      '(?:从那(?:时候?|以后|之后|天|一刻|次)(?:起|开始)|(?:之后|以后)就开始(?:出现|有|卡|掉|断))',
  ),
  new RegExp(
    String.raw`\b(?:would(?:n['’]t| not| never)) (?:have )?(?:happen|occur|be (?:a|an) (?:problem|issue))\w*\b` +
      String.raw`[^.!?]{0,20}?\bif (?:you|your)\b|` +
      String.raw`\bif (?:you|your [a-z'’ ]{1,25}?) (?:had |were |did |used |follow|read|` +
      String.raw`set|update|upgrad|configur|switch)\w*[^.!?]{0,60}?\b(?:would(?:n['’]t| not| never)|none of this)\b`,
    '',
  ),
  /(?:要是|如果|假如|只要|但凡)(?:贵司|贵方|您|你|用户)[^。！？\n]{0,8}?按照?(?:文档|说明|要求|指引|规范|我们)[^。！？\n]{0,16}?(?:就不会|也不会|就没有|根本不会|不会)/,
  // Warned before and not heeded: "上个月就提醒过贵司升级…，要是当时升了，今天也不会这样", "like we recommended".
  /(?:要是|如果|假如|若)(?:当时|当初|早点|早些|之前)[^。！？\n]{0,16}?(?:也|就)?(?:不会|没有|没这)/,
  /(?:早就|之前就|上次就|上个?月就|一直)(?:提醒|建议|说|告诉|强调)过/,
  /\b(?:like|as) we (?:recommend(?:ed)?|advised|suggested|told you)\b/,
  /\bwe (?:already |have already )?(?:warned|told) you\b/,
);
/**
 * Reproach by way of a question, a condition or a rhetorical turn: "if your devs had read the release notes, they'd
 * have seen it", "streaming from a basement?", "wouldn't it make sense to test on a real device before reporting a
 * bug?", "double-check your admin didn't block us again", "按最佳实践接入的话是不会出现的", "能不卡吗".
 */
const REPROACH = anyOf(
  'i',
  // Doubt that they did it at all: "could you confirm your engineers actually followed the setup guide?".
  new RegExp(
    String.raw`\b(?:your (?:[a-z-]+ )?(?:${PEOPLE_EN})|someone (?:on|from|in) your (?:side|team)|(?:the|your) team) ` +
      String.raw`actually (?:read|followed|follow|installed|install|paid|pay|updated|update|tested|test|checked|` +
      String.raw`check)\b` +
      String.raw`(?![^.!?]{0,30}?\b(?:correctly|fine|properly|as (?:expected|described)|every step)\b)`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:if (?:you|your [a-z'’ -]{1,25}?) had|had (?:you|your [a-z'’ -]{1,25}?)) (?:\w+ly )?(?:read|` +
      String.raw`followed|tested|checked|used|updated|upgraded|configured|looked|listened|kept|installed|tried|` +
      String.raw`run|asked)\b[^.!?]{0,80}?(?:\b(?:would|could)|['’]d) (?:have\b|['’]ve)`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:from|in|inside|under) (?:a |an |the |some )?(?:[a-z-]+ )?(?:basement|cellar|cave|tunnel|` +
      String.raw`elevator|lift|bunker|submarine|bathroom)s?\b[^.!?]{0,30}?\?`,
    '',
  ),
  /在(?:电梯|地下室|地窖|山洞|隧道|深山|厕所|卫生间)里?[^，。！？；\n]{0,10}?[吗呢]?[？?]/,
  new RegExp(
    String.raw`\b(?:wouldn['’]t it (?:make (?:more )?sense|be (?:better|wiser|smarter|a good idea))|` +
      String.raw`shouldn['’]t (?:you|your [a-z'’-]+(?: [a-z'’-]+)?)(?: have)?|isn['’]t it (?:better|wiser))\b` +
      String.raw`[^.!?]{0,80}?\bbefore (?:reporting|filing|opening|raising|escalating|blaming|complaining|` +
      String.raw`submitting|sending|contacting|calling)\b|\bshouldn['’]t (?:you|your [a-z'’-]+(?: [a-z'’-]+)?) ` +
      String.raw`have (?:[a-z]+ly )?(?:[a-z]+ed|read|run|seen|done|tried|caught|known|checked)\b|` +
      String.raw`\bdid (?:you|your [a-z'’-]+(?: [a-z'’-]+)?) even (?:read|try|test|check|look|bother)\b`,
    '',
  ),
  /(?:报|提|反馈|提交|投诉|开)[^，。！？；\n]{0,8}?(?:之前|以前|前)[，,]?[^。！？\n]{0,16}?(?:是不是|难道不|不是)(?:应该|该|得)/,
  new RegExp(
    String.raw`\b(?:you|your (?:[a-z'’-]+ ){0,3}?[a-z'’-]+) (?:didn['’]t|hasn['’]t|haven['’]t|did not|has not|` +
      String.raw`have not) (?:[a-z]+ly )?(?:block|chang|break|broke|switch|turn|disabl|delet|rotat|revert|ship|mix|` +
      String.raw`forg[eo]t|remov|reset|overwr|touch|restart|enabl|push|deploy|install|uninstall|configur|set|` +
      String.raw`whitelist|filter)\w*\b[^.!?]{0,50}?\bagain\b`,
    '',
  ),
  /按照?(?:我们的?)?(?:最佳实践|文档|说明|指引|规范|要求|示例|demo|Demo)[^，。！？；\n]{0,12}?的话[^。！？\n]{0,8}?(?:是不会|根本不会|本来就?不会|不可能)(?:出现|有|发生)/,
  /能不(?:卡|掉线|掉|断|糊|崩|延迟|出问题|慢)吗|怎么(?:可能|会)不(?:卡|掉线|断|糊|崩|出问题|慢)|不(?:卡|掉线|掉|断|崩)才怪/,
  /\bwhat (?:did|do|else did|else do) you expect\b/,
  // "It's doing exactly what your code tells it to."
  // "Maybe your admins turned on the data saver policy?": a deed of their people, guessed at.
  new RegExp(
    String.raw`\b(?:maybe|perhaps|possibly|i suspect|my guess is) your (?:[a-z-]+ ){0,2}?(?:admins?|it|team|devs?|` +
      String.raw`developers?|ops|qa|pm|engineers?|users?|staff) (?:turned|switched|changed|enabled|disabled|set|` +
      String.raw`rolled|pushed|deployed|installed|removed|blocked|forgot|skipped)\b`,
    '',
  ),
  // "We've seen exactly this with teams that skip the setup guide", "was always going to struggle".
  /\bteams? (?:that|who) (?:skip|ignore|don['’]t follow|didn['’]t follow|miss)\b/,
  /\bwas always going to (?:struggle|fail|break)\b/,
  /\b(?:doing|does|did) (?:exactly |just )?what your (?:code|app|integration|config\w*|setup) (?:tells|told)\b/,
  // Read across the "because" that cuts clauses: "wouldn't this be because your PM bumped the resolution?".
  /\b(?:would|could|might)n['’]t (?:this|it|that) be because(?: of)? your\b/,
  // Whether they read or followed the guide: "Did nobody on your side read the migration guide?".
  new RegExp(
    String.raw`\b(?:did|have|has|does|do) (?:you|anyone|anybody|nobody|no one|someone|your [a-z-]+)(?: on your ` +
      String.raw`(?:side|team|end))? (?:even |actually |ever |already )?(?:tried |bother(?:ed)? )?(?:to )?(?:read|` +
      String.raw`reading|follow|followed|following|look(?:ed)? at|check(?:ed)?) (?:the|our) (?:[a-z-]+ ){0,2}?` +
      String.raw`(?:guide|docs?|documentation|readme|instructions|quick-?start|notes|manual|tutorial)\b`,
    '',
  ),
  /\b(?:properly|correctly|carefully|to the letter) this time\b|\bthis time,? (?:please )?(?:follow|read)\b/,
  /(?:文档|指南|说明|教程|手册)[^，。！？；\n]{0,8}?(?:你们|您|贵司)?[^，。！？；\n]{0,4}?(?:看过|读过|看了|仔细看)吗/,
  /这次[^，。！？；\n]{0,6}?(?:严格|好好|认真|务必)[^，。！？；\n]{0,4}?按/,
);
const THEIR_THING_EN =
  String.raw`(?:code|app|plugin|integration|implementation|setup|config\w*|network|build|side|` +
  String.raw`settings?|server|firewall|proxy|bucket|storage|router|wi-?fi)`;
const THEIR_DEED_EN =
  String.raw`(?:added|installed|wrote|built|integrated|introduced|changed|made|configured|set up|` +
  String.raw`bolted on|shipped|deployed|pushed|released|used|deleted|removed|disabled|forgot|broke|misconfigured|` +
  String.raw`hard-?coded|mixed up|typed|entered|pasted)`;
const PLACED_WITH_THEM = anyOf(
  'i',
  // "The failures seem to originate there rather than on our platform", "so it has to be your team's build".
  new RegExp(
    String.raw`\byour\b[^.!?]{0,80}?\b(?:rather than|and not|not) (?:on |in |with |from )?(?:our|us)\b` +
      String.raw`(?! (?:own )?(?:side|end)? ?(?:too|as well))`,
  ),
  /\b(?:has|have|had|got) to be (?:your|their|something (?:local|on your|in your))\b|\bmust be (?:your|their)\b/,
  // "Your team left 40 test rooms open over the weekend", "it's because your app left rooms open overnight".
  new RegExp(
    String.raw`\b(?:you|your (?:[a-z-]+ ){0,2}?(?:team|app|developers?|devs|people|staff|admins?|users?|backend|` +
      String.raw`server|script|code|integration))\b (?:had |have |has |must have |probably )?left ` +
      String.raw`(?:[a-z0-9-]+ ){0,4}?(?:open|running|on|connected|active)\b`,
  ),
  // "Please first confirm it isn't your own connection": the customer asked to clear themselves first.
  new RegExp(
    String.raw`\b(?:confirm|make sure|check|verify|double-check) (?:that )?(?:it|this|the (?:issue|problem))` +
      String.raw`(?:['’]s| is)(?:n['’]t| not) (?:just )?(?:your|on your|something (?:on|in) your)\b`,
  ),
  // "你们这个项目的时长包上个月就用完了，一直没续".
  /(?:你们|贵司|您)(?:(?!我们|我方|我)[^。！？\n]){0,30}?(?:一直没|忘了|没有?及时)续(?:费|上|订|购)?/,
  /(?:每次|总是|一到)[^。！？；\n]{0,16}?(?:准|肯定|必然|铁定|就)(?:会)?出(?:问题|事|故障)/,
  // "The crash only happens with your custom camera module", "崩溃只在贵司自研的相机模块上出现".
  new RegExp(
    String.raw`\bonly (?:happens|occurs|shows up|appears|crashes|fails|breaks|reproduces) (?:with|on|in|inside|` +
      String.raw`when) (?:your|their)\b`,
  ),
  /只(?:在|有)(?:贵司|你们|您|你方|贵方)[^，。！？；\n]{0,16}?(?:上|里|中|下)?(?:才)?(?:出现|发生|复现|崩|会)/,
  // "That's your code, not the SDK", "the bug is in your integration, not ours".
  new RegExp(
    String.raw`\byour (?:own )?(?:[a-z-]+ ){0,2}?${THEIR_THING_EN}\b,? (?:and )?not ` +
      String.raw`(?:the|our|ours|us|in (?:the|our))\b`,
  ),
  // "The crash trace points straight at the plugin your developers added".
  new RegExp(
    String.raw`\b(?:points? (?:straight |directly |right |squarely )?(?:at|to)|caused by|comes? from|` +
      String.raw`trac(?:e|es|ed) (?:back )?to|lies (?:in|with))\b[^.!?]{0,40}?\b(?:that |which )?` +
      String.raw`(?:you|your (?:[a-z-]+ )?[a-z-]+) ` +
      String.raw`(?:just |recently )?${THEIR_DEED_EN}\b`,
  ),
  // "Only happens when *your* storage bucket rejects the upload".
  new RegExp(
    String.raw`\*?\byour\*? (?:[a-z-]+ ){0,2}?(?:bucket|storage|firewall|proxy|server|network|router|cdn|gateway|` +
      String.raw`backend|app|code|plugin)s? (?:rejects?|rejected|blocks?|blocked|refuses?|refused|denies|denied|` +
      String.raw`kills?|killed|strips?|stripped|drops?|dropped|throttles?|throttled)\b`,
  ),
  // "If you'd kept the SDK up to date, this crash wouldn't be happening."
  new RegExp(
    String.raw`\bif you['’]d (?:[a-z]+ly )?(?:kept|followed|read|updated|upgraded|tested|used|checked|configured|` +
      String.raw`listened|installed|set)\b[^.!?]{0,80}?(?:\bwould(?:n['’]t| not| never)|\bnone of this|['’]d have)`,
  ),
  /\byou should have (?:upgraded|updated|tested|read|checked|followed)\b[^.!?]{0,40}?\b(?:ago|already|first|before)\b/,
  // "Is it possible whoever configured the webhook just typed the wrong URL?"
  new RegExp(
    String.raw`\bwhoever (?:[a-z-]+ ){0,2}?(?:set up|configured|installed|wrote|changed|deployed|built)\b` +
      String.raw`[^.!?]{0,40}?` +
      String.raw`\b(?:typed|entered|set|used|put|pasted|forgot|broke|mistyped|copied)\b[^.!?]{0,20}?\b(?:wrong|` +
      'incorrect|bad|old|stale|typo)',
  ),
  new RegExp(
    String.raw`\bnot sure why (?:this|it|these|they) (?:keeps?|is|are|was|were|ended|ends) (?:landing|coming|` +
      String.raw`ending up|being sent|up)\b[^.!?]{0,10}?\b(?:with|to|on|at) us\b`,
    '',
  ),
  // A guess at their network as the whole reply: "Most likely their home Wi-Fi."
  new RegExp(
    String.raw`\b(?:most likely|almost certainly|probably|definitely|clearly|obviously|i bet|my guess is|odds are)` +
      String.raw`,? (?:it['’]s |that['’]s |it is |this is )?(?:just )?(?:their|your|the (?:school|user|student|` +
      String.raw`customer|client|venue|office)['’]?s?) (?:own )?(?:home |school |office |company |local |campus )?` +
      String.raw`(?:wi-?fi|network|router|connection|internet|firewall|proxy|isp|device|phone|setup)\b`,
  ),
  // Blame under an apology: "Sorry…, though it looks like your team shipped the build with the test App ID".
  new RegExp(
    String.raw`\b(?:though|but|however|honestly|to be honest|frankly)\b[^.!?]{0,20}?\b(?:it )?(?:looks|seems|` +
      String.raw`appears)(?: like| that| as if)? (?:you|your (?:[a-z-]+ )?[a-z-]+) ${THEIR_DEED_EN}\b`,
  ),
  // Other clients as the argument: "every other client runs this without trouble", "其他客户都没遇到过".
  new RegExp(
    String.raw`\b(?:other|all our other|every other|none of our other) (?:clients?|customers?|partners?|` +
      String.raw`compan(?:y|ies)|teams?)\b[^.!?]{0,40}?\b(?:never|haven['’]t|have not|don['’]t|do not|` +
      String.raw`didn['’]t|had no|have no|` +
      String.raw`without)\b[^.!?]{0,20}?\b(?:seen|had|hit|reported|run into|problems?|issues?|trouble|this)\b`,
  ),
  /(?:其他|别的|其它|其余)(?:的)?(?:客户|用户|公司|厂商|团队)[^，。！？；\n]{0,14}?(?:都|从来|从没|也)(?:没|没有|不|从没)(?:遇到|出现|碰到|反馈|有)过?/,
  // Their code, plugin or settings as the culprit, or changed by their people.
  /(?:你们|您|贵司|贵方)(?:自己|那边)?(?:接|加|装|引入|集成|写|改|开发)的[^。！？\n]{0,30}?(?:指向|导致|引起|造成|没法负责|无法负责|不负责|不归我们)/,
  /(?:你们|贵司|贵方|您)(?:的|那边的?)?(?:代码|程序|工程|业务代码)里?(?:把|多|少|漏|重复|写错|调用了)/,
  /被(?:你们|您|贵司|贵方)[^，。！？；\n]{0,8}?(?:改|删|关|动|换|覆盖|重置|停|禁用|拦)(?:过|了|掉)/,
  // "是不是你们的 SDP munging 把 red/ulpfec 删掉了？": a deed of theirs, asked.
  /是不是(?:你们|贵司|您)[^，。！？；\n]{0,20}?(?:删|改|关|拦|漏|弄|覆盖|写错|配错)(?:掉|了|坏|错)/,
  // "是你们客户端重复上报了通话时长才多扣了钱", "让你们前端同学解释一下，为什么每次…".
  /是(?:你们|贵司|您)[^，。！？；\n]{0,16}?才(?:会|多|出|导致|被)/,
  /(?:你们|贵司)[^，。！？；\n]{0,10}?解释一下[^。！？\n]{0,6}?为什么/,
  // "给您的示例写错了": the customer is who it was sent to, not who got it wrong.
  // "您的时长包我们这边忘了续": ours, done to their things.
  /(?<![给发帮替向]|(?<!因)为)(?:你们|贵司|您)(?:(?!我们|我方)[^，。！？；\n]){0,12}?(?:都?塞了|漏了|删了|写死了?|写错了|搞坏了?|改坏了?|跳过了|忘了|多调了|连着调了|重复调了)/,
  /早就?(?:该|应该)(?:升级|更新|换|改|升)/,
  // "你们服务端回调超时设得太短了": a setting of theirs, judged wrong.
  /(?:你们|贵司|您)[^，。！？；\n]{0,20}?(?:设|配|调|开)置?得太(?:短|小|低|长|高|大|多|少|激进|频繁|快|慢)了?/,
  // "The courtroom's uplink is garbage", "the venue's network was dropping out": their line, judged or failing.
  new RegExp(
    String.raw`\b(?:your|their|the (?:[a-z-]+ )?[a-z-]+['’]s) (?:[a-z-]+ )?(?:uplink|upload|network|wi-?fi|internet|` +
      String.raw`connection|bandwidth|router|line) (?:is|was|are|were)(?: just| basically| honestly| frankly)? ` +
      String.raw`(?:garbage|trash|rubbish|terrible|awful|junk|shocking|hopeless|atrocious|a mess|a joke|` +
      String.raw`dreadful|woeful|pathetic)\b|` +
      String.raw`\bthe (?:[a-z-]+ )?[a-z-]+['’]s (?:[a-z-]+ )?(?:network|wi-?fi|internet|connection|uplink) ` +
      String.raw`(?:was|were|is|kept) ` +
      String.raw`(?:dropping|cutting|failing|going down|flaking)\b`,
    '',
  ),
  // "The stream is fine. … Maybe the student's laptop?", "every bidder who dropped was on the auction house's guest
  // Wi-Fi": a guess at their people's device, or everyone who failed placed on their network.
  new RegExp(
    String.raw`\b(?:maybe|perhaps|probably|could be) (?:the|your|their) (?:[a-z-]+['’]s )?(?:[a-z-]+ )?(?:laptop|` +
      String.raw`phone|device|wi-?fi|network|browser|connection|router|computer|pc|tablet)s?\s*\?|` +
      String.raw`\b(?:all|every|each)\b[^.!?]{0,40}?\b(?:was|were) (?:on|using) (?:the|your|their) ` +
      String.raw`(?:(?:[a-z-]+ )?[a-z-]+['’]s )?(?:guest |public |hotel |venue |office |home )?` +
      String.raw`(?:wi-?fi|network|hotspot)\b`,
    'i',
  ),
  // "So the 40 s gap is your backend taking 38 s to hand out a token": the delay named as something of theirs at work.
  new RegExp(
    String.raw`\bis your (?:[a-z-]+ ){0,2}?(?:backend|server|app|code|team|network|firewall|proxy|integration|client|` +
      String.raw`devices?|build) (?:taking|being|sending|returning|dropping|timing out|failing|rejecting|blocking|` +
      String.raw`calling)\b`,
    '',
  ),
  // "主播那头上行太拉胯了": the line at their end, judged.
  /(?:那头|那边|那儿|那里)[^，。！？；\n]{0,6}?(?:上行|网络|网|带宽|宽带|WiFi|wifi|Wi-Fi)[^，。！？；\n]{0,2}?(?:太|真|实在|也太)(?:拉胯|差|烂|垃圾|渣|弱|慢)/,
  // "观众进来看到灰屏很正常" after naming theirs, "老师那台旧电脑哪带得动", "卫生院自己的网络拖了后腿",
  // "我怀疑你们 App Store 上架的是…测试包".
  /(?:你们|贵司|您)[^。！？\n]{0,30}?看到[^，。！？；\n]{0,8}?(?:很|也|是)正常|哪(?:带得动|跑得动|扛得住|受得了|顶得住|撑得住)/,
  /(?:网络|设备|手机|电脑|宽带|网|路由器?)[^，。！？；\n]{0,4}?拖了?后腿/,
  /(?:怀疑|猜测?)(?:是)?(?:你们|贵司)(?!反馈|说|提到|的反馈)/,
  // Rhetorical questions and sarcasm: "难道上线前没测过吗", "不出问题才怪".
  /难道[^。！？\n]{0,20}?(?:没|不)(?:测|试|看|检查|读|想|压测)过?[^。！？\n]{0,16}?[吗么]/,
  /不出(?:问题|事|错|故障)才怪/,
  // A guess at their network, and our SDK cleared: "我怀疑是学校网络…，跟我们的 SDK 关系不大".
  /(?:跟|和|与)我们(?:的)?[^，。！？；\n]{0,10}?(?:关系不大|没(?:什么|多大|啥)?关系|无关)/,
  /(?:怀疑|估计|多半|八成|大概率)是(?:你们|您|贵司|学校|用户|家里|公司|客户)[^，。！？；\n]{0,8}?(?:网络|路由|防火墙|代理|设备|手机|wifi|WiFi|Wi-Fi)/,
  // "大概率是养老院那几台平板的问题": a guess that lays it on a device of theirs, not ours.
  /(?:怀疑|估计|多半|八成|大概率)是(?!我们|我方|平台|服务)[^，。！？；\n]{0,10}?(?:平板|手机|设备|电脑|网络|路由器?|宽带|摄像头|机器)的(?:问题|锅)/,
  // "原因：客户侧牛棚机位的摄像头因暴雪断电", "*Root cause:* the customer's cameras … lost power".
  /(?:根因|原因)[:：]\s*(?:客户侧|客户方|客户那边|贵司|你们)/,
  new RegExp(
    String.raw`\b(?:root )?cause:?\*?:?\s*(?:the customer['’]s|your|their)\b|\b(?:needs?|has) (?:fixing|to be fixed|` +
      String.raw`sorting|to be sorted) (?:at|on) your (?:end|side)\b`,
    'i',
  ),
  // Blame said after disowning it: "Not to point fingers, but your app rejoins every few seconds", "不是针对谁哈，但你们…".
  new RegExp(
    String.raw`\b(?:not to point (?:any )?fingers|not pointing fingers|no offen[cs]e|not blaming anyone|` +
      String.raw`i['’]m not (?:trying to )?blam(?:e|ing) (?:you|anyone))\b[^.!?]{0,4}?,?\s*(?:but|though)\b` +
      String.raw`[^.!?]{0,60}?\byour\b`,
  ),
  /(?:不是针对谁|不是针对您|不是甩锅|不是想甩锅|不是我说|说句不好听的)[^。！？\n]{0,20}?(?:你们|您|贵司)/,
  // The wait put on them: "this ticket came in without logs, which is why it's taken a week", "没附日志，所以才拖了一周".
  new RegExp(
    String.raw`\b(?:came in|arrived|was (?:filed|raised|opened|sent))\b[^.!?]{0,12}?\bwithout (?:any )?` +
      String.raw`(?:logs?|details|ids?|a repro|steps|screenshots?)\b[^.!?]{0,40}?\b(?:why|reason|delay\w*)\b`,
  ),
  new RegExp(
    '(?:没|没有)(?:附|带|提供|给|发)(?:上|过)?(?:日志|截图|房间号|频道号|复现步骤)[^。！？\\n]{0,12}?' +
      '(?:所以才?|才|导致)[^。！？\\n]{0,4}?(?:拖|慢|耽误|晚)',
  ),
  // Read the manual first: "Kindly ensure your team reads the integration guide before raising tickets".
  new RegExp(
    String.raw`\bread(?:s|ing)?(?: through)? the (?:[a-z-]+ )?(?:guide|docs?|documentation|manual|readme)\b` +
      String.raw`[^.!?]{0,20}?\bbefore (?:raising|opening|filing|sending|submitting|posting)\b`,
  ),
  new RegExp(
    '先把?(?:集成|接入|开发)?文档[^，。！？；\\n]{0,6}?(?:看|读)(?:一遍|一下|完|清楚)[^，。！？；\\n]{0,8}?再(?:提|来|找|开)|' +
      '文档(?:里|上)?[^，。！？；\\n]{0,10}?写得(?:清清楚楚|很清楚|明明白白|很明白)',
  ),
  // "That's their networks, not our SFU", "it's your config, not the SDK".
  new RegExp(
    String.raw`\b(?:it|that|this|those|these)(?:['’]s|['’]re| is| are| was| were) (?:all |just )?(?:your|their) ` +
      String.raw`[a-z0-9'’ -]{1,30}?,? (?:and )?not (?:our|us|the (?:platform|sdk|service|servers?))\b`,
  ),
  // "其余端口全被你们科技部封了".
  /被(?:你们|贵(?:司|校|院|行|方|台|单位))[^，。！？；\n]{0,10}?(?:封|拦|屏蔽|禁用|关|删|挡)(?:掉|住|死)?了/,
  // "an integration mistake on your end", "comes down to how your producers set up the desk", "the permissions on
  // your bucket were wrong".
  new RegExp(
    String.raw`\b(?:mistake|error|misconfiguration|fault)s? (?:on|at|in) your (?:end|side)\b(?!-)` +
      String.raw`(?![^.!?]*(?:\?|\b(?:by|from|in) our\b))`,
  ),
  /\bcomes? down to (?:how|the way) (?:your|their)\b/,
  new RegExp(
    String.raw`\byour (?:[a-z-]+ ){0,2}?(?:config\w*|settings?|permissions?|tokens?|certificates?|keys?|` +
      String.raw`integration|setup|buckets?|firewall|code|dns|credentials?|proxy|router) (?:was|were|is|are) ` +
      String.raw`(?:wrong|wrongly set|incorrect|misconfigured|broken|` +
      String.raw`expired|outdated|out of date)\b(?![^.!?]*(?:\?|\b(?:we|our|i['’]ve)\b))`,
  ),
  // "The platform did what it was told", "系统只是照做而已", "我们只是照着你们的设置执行".
  /\b(?:the|our) (?:platform|sdk|system|service|server|app) (?:just |only )?did (?:exactly )?what it was told\b/,
  /(?:系统|平台|SDK|我们)(?:只是|就是)照(?:着)?(?:你们的|您的|贵司的)?(?:设置|指令|操作|配置)?(?:执行|做)/,
  // "That's a user-side thing, not something we can change."
  new RegExp(
    String.raw`\b(?:user|customer|caller|viewer|player|student|listener)[- ]side ` +
      String.raw`(?:thing|issue|problem|matter|fault|bug)\b(?![^.!?]*\bin our\b)`,
  ),
  // "The classes started lagging this week, so something changed for you"; "must have been local to their offices".
  /\bsomething (?:has )?changed for (?:you|them)\b/,
  /\b(?:must|has to|had to) have been local to (?:your|their)\b/,
  // A fix handed to their people as a lesson: "你们法院信息中心得规范一下", "建议你们规范一下主播的开播条件", "你们该换机了".
  new RegExp(
    '(?:你们|贵(?:司|校|院|行|方|台|单位))[^，。！？；\\n]{0,12}?(?:得|该|应该)(?:好好)?(?:规范|培训|强调|管管|换机|' +
      '换个|换台|重新接)(?![^，。！？；\\n]*的话)|(?:让|请|建议|提醒|麻烦)(?:你们|贵(?:司|校|院|行|方|台|单位))' +
      '[^，。！？；\\n]{0,12}?(?:规范|强调|管管)',
  ),
  // "Please train them to wait for the green dot", "ask your users to stop switching apps mid-call".
  new RegExp(
    String.raw`(?<!\b(?:to|we|i|i['’]ll|we['’]ll|me|we['’]d) )` +
      String.raw`\b(?:train|retrain|teach|remind|tell|ask|get|have) ` +
      String.raw`(?:them|(?:your|their) (?:[a-z-]+ ){0,2}?(?:team|` +
      String.raw`staff|people|folks|developers?|devs|users?|tutors?|teachers?|hosts?|streamers?|casters?|presenters?|` +
      String.raw`admins?|producers?|agents?|moderators?)) (?:to )?(?:(?:stop|quit) (?!by\b)|go (?:back )?over|` +
      String.raw`re-?read|` +
      String.raw`read (?:the|our)|follow (?:the|our)|teach from|wait for)(?![^.!?]*\bso (?:that )?(?:we|i) can\b)`,
  ),
);
/**
 * Checked and found clean, across a comma: "我们这边已经查了两遍，没有任何问题", "we've checked twice and there's
 * nothing wrong". Blame, like "everything is fine on our side", when the reply then does nothing on our side.
 */
const CHECKED_CLEAN = anyOf(
  'i',
  /我们(?:这边)?[^。！？；\n]{0,8}?(?:查|看|测|检查|排查)了[^。！？；\n]{0,6}?[，,](?:都|也)?没有?(?:任何)?(?:问题|异常)(?=[，,。！？；\n]|$)/,
  // "我们在自己会议室试过了，完全正常", "我们专门拿贵司同款手机测了一下午，完全正常哈": our test as the argument.
  new RegExp(
    '(?<!(?:修复|修好|恢复|回滚|升级|更新|上线)[^。！？；\\n]{0,10})我们' +
      '(?![^。！？；\\n]{0,16}?(?:修|恢复|回滚|升级后|更新后))[^。！？；\\n]{0,14}?(?:试|测|验证|跑)(?:过|了)' +
      '[^。！？；\\n]{0,8}?[，,]?\\s?(?:(?:完全|一切|都|也)正常|一次都没(?:断|掉|卡|出问题)过?)',
  ),
  new RegExp(
    String.raw`\b(?:we|i)(?:['’]ve| have)? (?:already )?(?:checked|tested|looked|verified)\b[^.!?]{0,30}?` +
      String.raw`\b(?:there['’]s |there is )?(?:nothing (?:is )?wrong|no (?:problems?|issues?|errors?) (?:at all|` +
      String.raw`whatsoever))\b(?=\s*(?:[.!?]|$))`,
    '',
  ),
  // "We've tested this in our lab on 12 different phones and it works every time": our test as the argument.
  new RegExp(
    String.raw`\b(?:tested|tried|ran|reproduced) (?:it |this |that )?(?:[a-z]+ ){0,2}?(?:in|on|with) our (?:own )?` +
      String.raw`(?:lab|office|meeting room|test \w+|devices|phones)\b[^.!?;]{0,40}?\b(?:works?|worked|working) ` +
      String.raw`(?:fine|perfectly|every time|flawlessly|great)\b`,
    '',
  ),
);
/** "Everything is fine on our side": blame when the reply then does nothing on our side. */
const EN_OUR_FINE = anyOf(
  'gi',
  // "no issues on our side today", "all green on our end", "our logs are clean", "works here", "we haven't touched
  // anything": our side cleared in the plainest words.
  new RegExp(
    // Not "No problem from our side — happy to move the call": a yes.
    String.raw`\bno (?:issues?|problems|errors?|faults?|trouble)(?: at all| whatsoever)? (?:on|at|from) (?:our|my) ` +
      String.raw`(?:side|end)\b(?! (?:with|for|if|to)\b)|(?:^\s*|[,;—–:]\s*)all green\b|` +
      // "Our platform operated normally throughout", "our systems were fully operational throughout the broadcast".
      String.raw`\bour (?:[a-z]+ )?(?:platform|systems?|servers?|service|infrastructure|status page|` +
      String.raw`[a-z]{2,5} metrics)\b[^.!?;]{0,30}?\b(?:operated|ran|running|were|was|answered|responded|performed|` +
      String.raw`has been|have been|is|are)` +
      String.raw`\b[^.!?;]{0,15}?\b(?:normally|fully operational|at 100%|up 100%|all green|exactly as expected|` +
      String.raw`up and (?:running|healthy))` +
      String.raw`(?![^.!?;]{0,20}?\b(?:until|till|before|except|apart from)\b)|` +
      String.raw`\b(?:zero|no) (?:other )?reports? (?:like this |of this )?from (?:anyone|any other)\b|` +
      String.raw`\bnobody else has (?:raised|reported|mentioned|flagged)\b|\bthe first we['’]ve heard of\b|` +
      String.raw`\b(?:every (?:[a-z]+ )?(?:dashboard|graph|metric|light|indicator)s?|everything on our (?:side|end))` +
      String.raw`(?:['’]s| (?:is|was|were|are|looks?|looked|stayed|showed))?(?: [a-z]+)? green\b|` +
      String.raw`\bour (?:side|end|logs?|servers?|service|platform|system|network|metrics|dashboards?)\b` +
      String.raw`[^.!?;]{0,10}? ` +
      String.raw`(?:is|are|was|were|looks?|looked|stayed|remained)(?: all| completely| perfectly| totally| rock)? ` +
      String.raw`(?:stable|clean|healthy|green|solid|up the whole time)\b|` +
      String.raw`\bworks? (?:fine|perfectly|great|normally) ` +
      String.raw`(?:here|for me|on my (?:end|side|machine|laptop|phone))\b|` +
      String.raw`\bworks? (?:here|on my (?:end|side|machine|laptop|phone))\b|\bin every test we['’]ve run\b|` +
      String.raw`(?<!\(\s*)\bwe (?:haven['’]t|have not|didn['’]t|did not) (?:touch(?:ed)?|change[sd]?) ` +
      String.raw`(?:anything|a thing)(?: (?:on|at) our (?:side|end))?(?=\s*(?:[.!;]|$))`,
    '',
  ),
  // Others are fine: "other auction houses ran Saturday sales with zero issues", "zero reports from any other
  // festival", "none of them see this", "other teachers on the same plan aren't seeing this".
  new RegExp(
    String.raw`\bother (?:[a-z-]+ ){0,3}?[a-z]+s\b[^.!?;]{0,50}?\b(?:zero|no|without any) (?:issues?|problems?|` +
      String.raw`complaints?|hiccups?|trouble)\b|\b(?:zero|no) (?:reports?|complaints?) from (?:any )?other\b|` +
      String.raw`\b(?:none|no one) of (?:them|the other [a-z]+s|our other [a-z]+s) (?:see|sees|saw|` +
      String.raw`(?:is|are|was|were) (?:seeing|having|hitting)|ha(?:s|ve|d) (?:this|it|that|the same)|` +
      String.raw`hit (?:this|it))\b|` +
      String.raw`\bother [a-z]+s\b[^.!?;]{0,40}?\b(?:aren['’]t|are not|weren['’]t|were not|haven['’]t|have not|` +
      String.raw`don['’]t|didn['’]t) (?:seeing|having|reporting|hitting|see|reported|seen|had|hit|have)\b` +
      String.raw`(?! [^.!?;]{0,30}?\b(?:yet|because|until)\b)|\byou['’]re the only (?:customer|client|one|team)\b`,
    '',
  ),
  // "We're not seeing any issue on our side", "not a single error for your project on our end", "Nothing changed on
  // the platform": our side cleared, and nothing done.
  new RegExp(
    String.raw`(?:(?:\bnot|n['’]t)\b (?:(?:seeing|finding|see|find|seen|found|spotting|detecting|showing) )?|` +
      String.raw`\b(?:see|seeing|saw|seen|find|finding|found|detect\w*|show\w*) no )` +
      String.raw`(?:any |a single |one )?(?:issues?|problems?|errors?|faults?|anomal(?:y|ies)|trouble)\b` +
      String.raw`[^.!?]{0,30}?\b(?:on|at|from) (?:our|my) ` +
      String.raw`(?:side|end)\b`,
    '',
  ),
  /\bnothing (?:has )?changed on (?:our|the) (?:side|end|platform|servers?|sdk)\b(?! for\b)/,
  // Our record as the argument: "our platform handles thousands of rooms a day without this".
  new RegExp(
    String.raw`\b(?:our (?:platform|servers?|service|sdk|system|infrastructure)|we) (?:handles?|serves?|runs?|` +
      String.raw`supports?|hosts?|carr(?:y|ies)|powers?) (?:over |more than )?(?:thousands|millions|hundreds|` +
      String.raw`tens of thousands|\d[\d,.]*[km]?) (?:of )?(?:[a-z-]+ ){0,4}?(?:without|with no|with zero)\b`,
    '',
  ),
  // Our other customers, or our side, as the argument: "none of our other wedding customers had this", "the exam ran
  // fine for all our other certification customers", "Nothing failed on our side", "The stream itself is fine", "our
  // service has been stable all week".
  new RegExp(
    String.raw`\bnone of our other (?:[a-z-]+ ){0,3}?(?:had|saw|have|has|see|reported|hit|ran into)\b|` +
      String.raw`\b(?:ran|worked|went) (?:fine|smoothly|perfectly|without (?:a hitch|issues?|problems?)) for ` +
      String.raw`(?:all |every one of )?our other\b|` +
      String.raw`\bnothing (?:failed|broke|went wrong|was lost|dropped|crashed) (?:on|at|in) (?:our|my) ` +
      String.raw`(?:side|end)\b|` +
      String.raw`^\s*the (?:stream|service|platform|video|call|broadcast) itself (?:is|was) (?:fine|ok|okay|healthy|` +
      String.raw`working)\b|` +
      String.raw`\bour (?:service|platform|servers?|system)s? (?:has|have) been (?:stable|rock solid|healthy|fine)\b`,
    '',
  ),
  // Nobody else has it: "nobody else on this SDK version is reporting this".
  new RegExp(
    String.raw`\b(?:no one|nobody|no other (?:[a-z]+ )?[a-z]+)(?: else)?\b[^.!?;]{0,30}?` +
      String.raw`\b(?:is |are |has |` +
      String.raw`have )?(?:report|see|saw|seen|hit|experienc|complain|run into|ran into)\w*`,
    '',
  ),
  // "We don't have any other customers reporting this", "we don't see this with any other customer".
  new RegExp(
    String.raw`\b(?:don['’]t|do not|haven['’]t|have not|didn['’]t|did not)(?: have| had| see| seen| get| got)? ` +
      String.raw`(?:this |it |that )?(?:with |from |for |in )?any other (?:[a-z-]+ )?(?:customers?|clients?|teams?|` +
      String.raw`users?|operators?|tenants?|partners?)\b`,
    '',
  ),
  // "It's working fine for every other betting operator on the platform".
  new RegExp(
    String.raw`\b(?:works?|working|worked|fine)\b[^.!?;]{0,12}? for (?:every|all the|all) other (?:[a-z-]+ ){0,2}?` +
      String.raw`(?:customers?|clients?|teams?|users?|operators?|tenants?|partners?|apps?)\b`,
    '',
  ),
  // It works for us or for everyone else: "the sample app works perfectly for us".
  new RegExp(
    String.raw`\b(?:works?|worked|runs?|ran|plays?|connects?)(?: (?:perfectly|fine|flawlessly|normally|great|` +
      'smoothly|well|' +
      'without (?:a hitch|any (?:issues?|problems?)|issues?|problems?)))? (?:for us|on our (?:side|end|' +
      'devices|' +
      'phones|test devices)|in our (?:tests?|lab|environment|testing)|for (?:all |every )?(?:of )?(?:our )?' +
      String.raw`other (?:customers|clients|users|apps))\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:we|i) (?:don['’]t|do not|didn['’]t|did not|can['’]t|cannot) (?:see|find|spot) (?:anything|` +
      'any (?:problem|issue|error|fault)s?)(?: (?:wrong|unusual|abnormal))?(?: (?:here|on our (?:side|end)|' +
      String.raw`in our (?:logs|metrics)|from our side))?(?=\s*(?:[.!?;,]|$))`,
    '',
  ),
  /\b(?:everything|all) (?:checks out|looks (?:good|fine|normal)|is (?:fine|normal|ok)) (?:here|on our (?:side|end))\b/,
  new RegExp(
    String.raw`\b(?:everything|all) (?:is |was |looks? |looked |seems? |seemed )?(?:fine|normal|ok|okay|` +
      String.raw`good|healthy) (?:on|at|with) our (?:side|end)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:our|the) (?:platform|service|servers?|system|sdk)s? (?:is|are|was|were) (?:working|` +
      String.raw`running|behaving|functioning) as (?:designed|intended|expected)\b|` +
      String.raw`\b(?:our|the) (?:platform|service|servers?|system|sdk)s? works? as (?:designed|intended|expected)\b`,
    '',
  ),
  new RegExp(
    String.raw`\bour (?:side|end|service|servers?|platform|system|network)s? (?:is|are|was|were|looks?|` +
      'looked|seems?|seemed|(?:is|was|were|are) running|(?:is|are|was|were) working)(?: all|' +
      String.raw` completely| perfectly| totally)? (?:fine|normal(?:ly)?|ok|okay|healthy|as expected)\b`,
    '',
  ),
);

const PARTY_ZH =
  '(?:你方|您方|您|你|贵(?:司|方|公司|行|校|院|台|单位|店|所|园|中心|医院|平台|团队|社|馆|局|厂|集团|部门|委|处)|' +
  '(?:他|她)(?=家|那边|这边|的|们)|用户|客户|终端用户|主播|接入方|' +
  // Their people, by what they do: members, learners, players, drivers, the staff who run their sessions.
  // Named with their own place or things ("学生自己", "玩家家里", "司机那批"); bare or "那边", they may be who the
  // trouble met, or who a neutral question asks about ("学生那边有没有报错提示？").
  '(?:会员|学员|学生|考生|家长|玩家|观众|听众|患者|司机|师傅|飞手|外教|助教|监考老师|营养师|咨询师|教练|主持人|解说)' +
  '(?=们?(?:自己|家里|家|那批))|' +
  '客户端|用户端|设备端|终端|自家|(?<!我们?[^，。！？；\\n您你]{0,6})(?:自己|自身))(?:们)?';
const SIDE_ZH = '(?:那边|这边|那里|家里|家|公司|方面|现场|当地|本地|内部)';
const THING_ZH = oneOf(
  '网络',
  '网速',
  '网',
  '信号',
  '[Ww][Ii]-?[Ff][Ii]',
  '无线',
  '宽带',
  '带宽',
  '上行',
  '下行',
  '路由器?',
  '运营商',
  '防火墙',
  '内网',
  '代理',
  'VPN',
  '手机',
  '设备',
  '机型',
  '机器',
  '终端',
  '电脑',
  '平板',
  '测试机',
  '内存',
  'CPU',
  '性能',
  '配置',
  '系统',
  '固件',
  '版本',
  '[Aa][Pp][Pp]',
  '应用',
  '代码',
  '集成',
  '接入',
  '设置',
  '参数',
  '操作',
  '环境',
  '服务器',
  '红米',
  '小米',
  '华为',
  '荣耀',
  'OPPO',
  'vivo',
  '三星',
  '苹果',
  'iPhone',
  '安卓机',
  '用户',
  '客户',
  '同事',
  '开发',
  '团队',
  '员工',
  '技术',
  'IT',
  '后台',
  '服务端',
  '前端',
  '后端',
  '运维',
  '会议室',
  '证书',
  '密钥',
  '回调',
  '网关',
  '负载均衡',
  '数据库',
  '缓存',
  'DNS',
  'CDN',
  '权限',
  '脚本',
  '音箱',
  '耳机',
  '蓝牙',
  '热点',
  '网络环境',
  '网络规则',
);
const FAULT_ZH = oneOf(
  '差',
  '会重复',
  '(?:有|会)?冲突了?',
  '(?:覆盖|信号)不到',
  '够不着',
  '不太?(?:好|行|对|稳定?|正常|合理|规范|正确|准)',
  '不够稳定',
  '太慢',
  '很慢',
  '慢',
  '太卡',
  '很卡',
  '拥挤',
  '拥堵',
  '老旧',
  '旧',
  // "客户家老人": an old person, not an old device.
  '老(?!人)',
  '过时',
  '落后',
  '低端',
  '太低',
  '不够',
  '不足',
  '跟不上',
  '带不动',
  '扛不住',
  '撑不住',
  '带不动',
  '扛不住',
  '撑不住',
  '有点?问题',
  '有些问题',
  '出问题',
  '出了问题',
  '有毛病',
  '造成',
  '导致',
  '引起',
  '错',
  '有误',
  '不当',
  '不对',
  '不正确',
  '不规范',
  '失误',
  '限速',
  '拦截',
  '屏蔽',
  '波动',
  '弱',
  '(?<!有)没有?按',
  '(?<!有)没有?调用',
  '(?<!有)没有?开',
  '(?<!有)没有?设置',
  '(?<!有)没有?配置',
  '(?<!有)没有?更新',
  '(?<!有)没有?升级',
  '未按',
  '未调用',
  '未开启',
  '需要自己',
  '太(?:远|多|大|小|老|旧|差|慢|弱|低|高|少|早|晚|频繁|激进|挤)',
  '(?<!有)(?:没有?|未)(?:处理|做|配置?|设置|适配|兼容|释放|关闭|调用|集成|实现|写)(?![错坏])好?',
  '不准',
  '不一致',
  '不同步',
  '太高',
  '过高',
  '偏高',
  '便宜',
  '拦了',
  '崩的',
  '[配设写填用调弄搞]错',
  '限制',
  '[Bb][Uu][Gg]',
  '漏洞',
  '缺陷',
  '太小',
  '太少',
  '过低',
  '过小',
  '偏低',
  '偏旧',
  '偏老',
  '发热',
  '过热',
  '频繁切换',
  '不支持',
  '不兼容',
  '缺少',
  '自行',
  '太严',
  '强制',
  '过期',
  '漏掉',
  '忘了',
  '忘记',
  '非要',
  '(?<!有)没有?(?:看|读)过?(?:文档|说明|指引|教程)',
  '重复(?:调用|初始化|加入|进入|创建|登录|推流)',
  '(?:多次|反复)(?:调用|初始化|加入|进入|登录)',
  '(?<!有)没有?及时',
  '太(?:长|久|严|紧)',
  '跳过了?',
  '本身就(?:容易|会|差|不行|不好)',
  // Their side turning our traffic away, falling short of what is required, cutting the connection.
  '拒绝了?',
  '拒掉了?',
  '(?:低于|不满足|达不到|不符合)(?:我们)?',
  '断开了(?!之后|以后|后)',
  '(?:很|太|挺|那么|特别)挤',
);
/** A character inside a Chinese clause; a dot between digits ("3.8 的老版本") is a version, not a full stop. */
const ZH_CLAUSE = '(?:[^，。！？；、,.!?;\\n]|\\.(?=\\d))';
const PARTY_EN_RE = new RegExp(PARTY_EN, 'i');
const PARTY_ZH_RE = new RegExp(`${PARTY_ZH}|${PARTY_EN}`, 'i');
/** A device model named as too old or too weak is the customer's device: "an iPhone 7 is just too old". */
const DEVICE_TOO_OLD = anyOf(
  'gi',
  new RegExp(
    String.raw`\b(?:iphone ?\d+|galaxy [a-z]?\d+|pixel \d+|redmi[ a-z0-9]*|xiaomi[ a-z0-9]*|` +
      String.raw`huawei[ a-z0-9]*)\b(?: [a-z]+){0,3}? (?:is|are|was|were|['’]s) (?:just |simply |really |` +
      String.raw`far |way )?(?:too old|too slow|outdated|obsolete|underpowered|not powerful enough)\b`,
    '',
  ),
  /(?:iPhone ?\d+|红米|小米|华为|OPPO|vivo|三星|安卓机|老款?手机)[^，。！？；\n]{0,10}?(?:太老|太旧|过时|不行|带不动|跟不上|性能不够)/,
);
const ZH_BLAME: RegExp[] = [
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,12}?)${THING_ZH}${ZH_CLAUSE}{0,16}?)(?<fault>${FAULT_ZH})`,
    'g',
  ),
  new RegExp(`(?<pre>${PARTY_ZH}${SIDE_ZH}的?(?<gap>${ZH_CLAUSE}{0,14}?))(?<fault>${FAULT_ZH})`, 'g'),
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,18}?))(?<fault>[配设写填用调弄搞]错|错了|有误|不当|不正确|` +
      '跳过了?|改了|关掉了?|关了|删了|删掉了?|漏掉了?|漏了|忘了|忘记|禁用了?|过期|没?[测做查配]到位|不到位|没做好|' +
      '(?:自己|主动)(?:主动)?(?:断开|退出|关闭|掉线|离开|重启)|(?:开|开启|打开|启用)了(?:电池优化|省电|节能|后台限制)|' +
      `(?:修好|修复|改好|改掉|解决)(?:之后|以后|后))`,
    'g',
  ),
  new RegExp(
    `(?<pre>(?:是|属于|在于|来自|出在|就是|都是)${PARTY_ZH}(?:${PARTY_ZH}|[\u4e00-\u9fff]{1,3}?(?=自己|自身))?${SIDE_ZH}?` +
      `的?(?:自己|自身|本身)?的?(?<gap>${ZH_CLAUSE}{0,6}?)的?)` +
      '(?<fault>问题|原因|责任|锅|错|毛病|事)',
    'g',
  ),
  new RegExp(
    `(?<pre>)(?<fault>(?:问题|原因|瓶颈|毛病|根源|症结)(?:只能|肯定|一定|多半|大概|出|就|主要|应该|可能|估计)?(?:在|于|来自|出在)于?${PARTY_ZH})`,
    'g',
  ),
  new RegExp(`(?<pre>${PARTY_ZH}${SIDE_ZH}?${ZH_CLAUSE}{0,24}?)(?<fault>(?:造成|导致|引起|引发|触发)的)`, 'g'),
  // "这跟你们的网络有关", "卡顿和您家里的路由器有关系": the trouble tied to something of theirs.
  new RegExp(
    `(?<pre>)(?<fault>(?:跟|和|与)(?:${PARTY_ZH}){1,2}${SIDE_ZH}?的?${ZH_CLAUSE}{0,10}?(?:(?<![没无])有关|脱不了关系|分不开))`,
    'g',
  ),
  // The trouble said to belong to their side: "丢包明显是你们运营商那边的", "这是您这边配置的特殊情况".
  new RegExp(
    `(?<pre>)(?<fault>(?:是|来自|出在|属于)${PARTY_ZH}${ZH_CLAUSE}{0,8}?${SIDE_ZH}(?:加|造成|引起|导致|产生|带来)?的)` +
      '(?=[，。！？；\\n]|$)',
    'g',
  ),
  new RegExp(
    `(?<pre>(?:是|属于)${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,6}?的?)(?<fault>特殊情况|个例|个别(?:现象|情况)|特例)`,
    'g',
  ),
  // Their fix as the condition of ours: "只要你们开发把那段代码改掉，闪退就彻底没了".
  new RegExp(
    `(?<pre>)(?<fault>只要(?:${PARTY_ZH})${SIDE_ZH}?(?:的)?(?:开发|技术|运维|同学|工程师)?${ZH_CLAUSE}{0,4}?把` +
      `${ZH_CLAUSE}{1,30}?(?:改掉|修好|修掉|改过来))`,
    'g',
  ),
  // A verdict on the connection of theirs: "就是家里宽带的问题", "就是学员那边网络的问题".
  new RegExp(
    '(?<pre>)(?<fault>就是(?:家里|家庭|小区|公司|学校|酒店|机房|用户|主播|学员|观众|员工)(?:那边|这边)?的?' +
      '(?:宽带|网络|网|运营商|路由器?|WiFi|wifi|Wi-Fi|信号)的?(?:问题|原因))',
    'g',
  ),
  // A softened look at their network: "或许可以排查一下医院内网是不是对视频流量做了限速".
  new RegExp(
    '(?<pre>)(?<fault>(?:排查|检查|查|看|确认)(?:一下|下)?(?:(?!我们|我方|咱们)[^，。！？；\\n]){0,10}?' +
      '(?:内网|网络|防火墙|路由器?|代理|网关|宽带|WiFi|wifi)(?:(?!我们|我方|咱们)[^，。！？；\\n]){0,6}?是不是' +
      '[^，。！？；\\n]{0,14}?(?:限速|限流|拦|屏蔽|封|限制|断|不稳|丢包|有问题|出问题))',
    'g',
  ),
  // A suspicion of what someone of theirs did: "看着很像是内部把什么给拦了".
  /(?<pre>)(?<fault>(?:看着|看起来|感觉|估计|怀疑)(?:很|挺)?像是?(?:你们|贵司|您那边|您这边|内部|公司内部|内网)[^，。！？；\n]{0,10}?(?:拦|屏蔽|限|封|断|改|动))/g,
  // The trouble called local to their place: "这属于当地网络问题".
  /(?<pre>)(?<fault>(?:是|属于)(?:当地|本地|县城|农村|乡镇)的?(?:网络|运营商|宽带|基站|信号)的?(?:问题|原因|故障))/g,
  // The trouble placed in what is theirs without naming them: "这类问题一般都出在集成的这一块".
  new RegExp(
    `(?<pre>)(?<fault>(?:问题|原因|毛病|根源|症结|瓶颈)${ZH_CLAUSE}{0,6}?(?:出在|在于|来自|源于|源自)(?:你们|贵司|您)?的?` +
      '(?:集成|接入|客户端|App|APP|应用层?|业务(?:代码|逻辑|层)|调用方式))',
    'g',
  ),
  // Suspicion about their people or things, asked: "主播们是不是在很挤的热点上", "你们测试同学是不是又开着 VPN".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,6}?)(?<fault>(?:是不是|会不会|该不会|莫非|难道|是否)又?` +
      `${ZH_CLAUSE}{0,12}?(?:很|太|特别|非常|比较|那种)?(?:挤|差|弱|烂|慢|旧|老|便宜|不稳定?)的?${ZH_CLAUSE}{0,2}?` +
      `${THING_ZH}|(?:是不是|会不会|该不会|莫非|难道|估计|八成)?又(?:开着|开了|用|在用|在连|忘|把|没|改|关|连着|装|拿|跑去|切|换))`,
    'g',
  ),
  // A device of theirs called old by asking for one that is not: "您试过用一台不那么老的手机吗".
  /(?<pre>)(?<fault>(?:不那么|没那么|不太|不是那么)(?:老|旧|卡|差|便宜|低端)的?(?:手机|设备|电脑|机型|路由器|机器))/g,
  // The fix handed to their people: "麻烦让你们开发处理一下", "只要你们团队把网络规则改好", "等你们排查完再找我们".
  new RegExp(
    `(?<pre>)(?<fault>(?:让|请|叫|找)${PARTY_ZH}${SIDE_ZH}?的?(?:开发|研发|技术|运维|团队|同事|IT)?(?:同事|同学)?` +
      '(?:自己)?(?:处理|解决|修|修复|修正|改|搞定)(?:一下|下)?(?=[，。！？；\\n吧]|$))',
    'g',
  ),
  new RegExp(
    `(?<pre>)(?<fault>(?:只要|等|等到|一旦|待)${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,6}?把${ZH_CLAUSE}{1,12}?` +
      '(?:改好|修好|改对|配好|配对|弄好|处理好|调好|搞好|修正|纠正))',
    'g',
  ),
  new RegExp(
    `(?<pre>)(?<fault>(?:等|待)${PARTY_ZH}${SIDE_ZH}?${ZH_CLAUSE}{0,8}?(?:排查|查|检查|处理|解决|修|改)(?:完|好|清楚)` +
      `${ZH_CLAUSE}{0,6}?再(?:找|联系|来|反馈|提|问))`,
    'g',
  ),
  // A cause traced to them: "卡顿来自你们集成时…", "是因为你方服务器…" (not what they told or gave us).
  new RegExp(
    '(?<pre>)(?<cause>)(?<fault>(?:来自|源于|源自|是因为|因为|由于|归咎于|都怪|怪|出在|在于)于?' +
      `${PARTY_ZH}${SIDE_ZH}?)(?<gap>${ZH_CLAUSE}{0,6})`,
    'g',
  ),
  // Their side as the one who did it: "您那边的负载均衡把空闲连接断掉了", "贵司运维把证书换了".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,12}?))(?<fault>把${ZH_CLAUSE}{1,12}?` +
      '(?:换|改|关|删|断|禁|停|拦|卸|杀|覆盖|写死|设|配|弄|搞|调|去|清)掉?了)',
    'g',
  ),
  // Their side named the likeliest cause: "您公司办公室的网络嫌疑最大", "最大的嫌疑是贵司的代理".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,12}?))(?<fault>嫌疑最大|最可疑|最有可能是(?:罪魁祸首|元凶|原因)|` +
      '是罪魁祸首|是元凶)',
    'g',
  ),
  new RegExp(`(?<pre>)(?<fault>(?:最大的?嫌疑|罪魁祸首|元凶|最可疑的)(?:是|在|就是|出在)${PARTY_ZH})`, 'g'),
  // Their things called poor: "你们的学生大多在用家里的弱 Wi-Fi" ("弱网" is the trade's word for poor networks).
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,14}?))(?<fault>(?:很|太|特别|非常|那种)?` +
      `(?:弱(?!网)|差劲|烂|破|劣质|山寨)的? ?${THING_ZH})`,
    'g',
  ),
  // Their people got something wrong: "你们测试同学把测试环境和正式环境的 App ID 搞混了".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,8}?))(?<fault>(?:又)?把${ZH_CLAUSE}{1,24}?` +
      '(?:搞混|弄混|混用|写混|填反|写反|配反|弄错|搞错|写错|配错|填错|拦掉|拦截|屏蔽|误删|删掉)了?)',
    'g',
  ),
  // Doubting that they did it at all: "你们的开发是不是真的按文档做了".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,10}?)(?<fault>(?:是不是|有没有|是否|到底)(?:真的|确实|真正|认真)` +
      '(?:按|照|看|读|做|调用|配置|升级|集成))',
    'g',
  ),
  /(?<pre>)(?<fault>(?:从|找找)?(?:自身|自己)(?:找|查)找?(?:原因|问题)|没有?按照?(?:文档|说明|要求|流程|规范|指引|教程|推荐))/g,
  new RegExp(`(?<pre>)(?<fault>按照?(?:文档|说明|指引|教程|推荐参数|要求)${ZH_CLAUSE}{0,12}?就不会)`, 'g'),
  new RegExp(
    '(?<pre>)(?<fault>下次(?:请|记得|注意)?按照?|自查|先自行|自己先(?:检查|排查|查)|先排查(?:一下)?(?:您|你|贵司)|' +
      '(?<!我们?[^，。！？；\\n您你]{0,6})(?:排查|检查|查)一?下?自己的|(?:检查|排查|看看|查)一?下?(?:你们|您们|您|你)(?:自己)?的(?=[，。！？；]|$)|' +
      '先把?(?:自己|自身)(?:这边|那边)?的?(?:问题|代码|配置|网络)|' +
      // "查清楚了再来找我们" sends them away; "我…查清楚了再跟您同步" is our own step.
      '(?<!我[^，。！？；\n]{0,16})(?:排查|查|处理|解决|搞|弄)(?:清楚|明白|干净)(?:了|之后|以后|后)?，?' +
      '再(?!跟您|给您|告诉|同步|回复|通知|联系您)|' +
      '(?:您|你|贵司)(?:们)?(?:先|再|最好)?(?:看看|查查|查一下|看一下|检查一下|排查一下|确认一下)(?:是不是|是否|有没有)(?:自己|自身|您|你)|' +
      '本来就会?(?:差|' +
      '不好|弱|慢|不稳定|卡|吃力|带不动|跑不动|扛不住)|请?自行(?:检查|排查|处理|解决|升级))',
    'g',
  ),
  new RegExp(
    '(?<pre>)(?<fault>(?:该|得|需要|必须|最好)换(?:个|一台|一部)?(?:新|好点的|好一点的)?(?:手机|设备|电脑)|建议换新|(?:建议|可以|' +
      String.raw`不妨)(?:您|你)?(?:换|升级到?)(?:一台|一部|个)?(?:新|配置高|性能好|好)[^，。！？；\n]{0,4}?(?:手机|设备|电脑|机型))`,
    'g',
  ),
  // "确定 App 是最新版吗？": doubt that they kept up ("确认一下是不是最新版" only asks).
  /(?<pre>)(?<fault>确定(?!一下)[^，。！？；\n]{0,12}?(?:是|用的是|升到了?|升级到了?|更新到了?)最新(?:的)?(?:版|版本)?(?:了)?吗)/g,
  // Theirs to fix: "需要你们研发修一下".
  /(?<pre>)(?<fault>需要(?:你们|贵司|您)(?:那边|这边)?的?(?:研发|开发|技术|工程师|同事)?(?:同学)?(?:去|来)?(?:修一下|修复|修改|修掉|改掉))/g,
  // "应该是你们上周那个版本引入的问题".
  /(?<pre>)(?<fault>(?:你们|贵司|您)[^，。！？；\n]{0,10}?(?:版本|发版|上线|更新)[^，。！？；\n]{0,6}?引入的)/g,
  /(?<pre>)(?<fault>没有?按照?(?:我们的?)?建议(?:的)?(?:升级|更新|配置|做|改|操作))/g,
  // "这个我们文档首页第一条就写了", "其他分行的视频面签都没问题": the manual, or others, as the argument.
  new RegExp(
    String.raw`(?<pre>)(?<fault>文档[^，。！？；\n]{0,8}?(?:第一条|早就|明明|清清楚楚|白纸黑字)[^，。！？；\n]{0,4}?写(?:了|着|过)|` +
      String.raw`(?:其他|别的|其它)(?:分行|门店|客户|用户|学校|机构|办公室|分公司|医院|校区)` +
      String.raw`[^，。！？；\n]{0,10}?都(?:没(?:有)?问题|正常|好好的))`,
    'g',
  ),
  // "视频从你们海外仓那边一发出来就已经很糊了": bad from their end before it reached us.
  new RegExp(
    String.raw`(?<pre>)(?<fault>从(?:你们|贵司|您)[^，。！？；\n]{0,12}?(?:一|刚)?(?:发|推|传|送)(?:出来|过来|上来)` +
      String.raw`(?:时|的时候)?就(?:已经)?[^，。！？；\n]{0,4}?(?:糊|卡|花屏|模糊|有问题|不清|断断续续|抖|杂音|回声|延迟|失真|丢))`,
    'g',
  ),
];
ZH_BLAME.push(
  // The fix left to them alone: "要修只能你们那边改", "恐怕得请贵司自己解决".
  new RegExp(
    `(?<pre>)(?<fault>(?:只能|得|必须|只好)(?:请|让|由|靠)?${PARTY_ZH}${SIDE_ZH}?(?:自己|自行)?${ZH_CLAUSE}{0,2}?` +
      '(?:解决|处理|修|改|排查|搞定))',
    'g',
  ),
  /(?<pre>)(?<fault>只(?:在|有)(?:您|你|贵司|贵方)(?:们)?(?:这边|那边|那里)?(?:才)?(?:出现|发生|有|遇到|复现))/g,
  // Suspicion of what they did: "会不会是您的用户开了省电模式", "您这边最近是不是改过网络代理".
  new RegExp(
    `(?<pre>)(?<fault>(?:会不会|是不是|是否|莫非|难道|该不会|可能|估计|八成|多半)是?${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,10}?` +
      '(?:[开关改删换装卸杀禁调设动切]了|[开关改删换装卸杀禁调设动切]过|[开关改删换装卸杀禁调设动切]掉|误[操删关设改]|弄错|搞错|漏))',
    'g',
  ),
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?${ZH_CLAUSE}{0,8}?)(?<fault>(?:是不是|有没有|是否)${ZH_CLAUSE}{0,4}?` +
      '[改动换调关删禁卸]过)',
    'g',
  ),
  // Behind the times: "你们用的还是两年前的 SDK 版本".
  new RegExp(
    `(?<pre>${PARTY_ZH}${SIDE_ZH}?的?(?<gap>${ZH_CLAUSE}{0,6}?))(?<fault>(?:用的|用|装的|跑的)?(?:还是|仍是|仍然是|依然是|` +
      `一直是|还在用)${ZH_CLAUSE}{0,8}?(?:年前|个月前|老|旧|过时|早期|很早)的?)`,
    'g',
  ),
);
/**
 * Trouble called normal or to be expected given something of theirs, even put as a condition: "if your users
 * insist on joining from the subway, some stutter is to be expected", "用户在地铁里开会，断断续续是很正常的".
 */
const NORMALCY = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:is|are|was|were|it['’]s|that['’]s|be) (?:(?:only |quite |perfectly |completely |totally |` +
      String.raw`entirely )?(?:to be expected|expected|normal|inevitable|unavoidable)) ` +
      String.raw`(?:when|with|on|for|if|given)\b|` +
      String.raw`\b(?:is|are|it['’]s|that['’]s) (?:(?:only |quite |perfectly |completely |totally |entirely )?` +
      String.raw`(?:to be expected|inevitable|unavoidable)|par for the course)\b|` +
      String.raw`\b(?:is|are|['’]s) (?:typical|common|usual|classic) (?:of|for|with|on)\b`,
    '',
  ),
);
/** "they are blocking us", said after their admin or ISP is named (and not after our own vendor). */
const THEY_BLOCK = new RegExp(
  String.raw`\bthey(?:['’]re| are| were) (?:the ones? )?(?:blocking|dropping|throttling|filtering|killing|stripping|` +
    String.raw`rejecting) (?:us|our|the (?:calls?|streams?|traffic|media|ports?|connections?))\b`,
  'i',
);
/** "Not sure what your developers changed": doubt about what they did, which negates nothing. */
const UNSURE = /\bnot sure\b|\bno idea\b|\bdon['’]t know\b|不知道|不清楚|不确定/gi;
function counterfactualBlame(whole: string): boolean {
  const m = whole.match(COUNTERFACTUAL) ?? whole.match(REPROACH);
  return m !== null && !negated(whole.slice(Math.max(0, m.index! - 16), m.index).replace(UNSURE, ' '));
}
/**
 * The fault placed with them by a turn of phrase rather than a cause word: their own code or plugin or settings
 * as the culprit, a guess about their network, other clients as the argument, "早就该升级了". A question that
 * asks for facts, a condition or our own check takes it back.
 */
const ONLY_WHEN = /\bonly (?:when|if)\b/gi;
/** A slip of theirs or a step they left undone, named as the cause. */
/**
 * "Someone on the aquarium staff switched the camera off by mistake", "whoever created the event picked the wrong
 * time zone", "your recruiters have created rooms with the wrong region picked": their slip, as the cause. Not when we
 * are in the sentence ("we picked the wrong region for your room").
 */
const THEIR_MISTAKE_EN = new RegExp(
  String.raw`(?<!\b(?:if|in case|whether|even if|maybe|unless)\b[^.!?]{0,20})\b(?:you|your (?:[a-z'’-]+ ){0,2}?` +
    String.raw`[a-z'’-]+|someone (?:on|at|from|in) (?:the|your) [a-z -]{1,30}?|whoever [a-z]+(?: up)? (?:the|your) ` +
    String.raw`[a-z]+)` +
    String.raw`\s+(?:have |has |had )?(?:just |probably |accidentally )?(?:created|set up|picked|chose|selected|` +
    String.raw`entered|typed|switched|turned|unplugged|ended|closed|deleted|muted|scheduled)\b[^.!?]{0,40}?` +
    String.raw`(?:\bthe wrong\b|\bwith the wrong\b|\bby (?:mistake|accident)\b)`,
  'i',
);
const THEIR_SLIP_EN = anyOf(
  'i',
  // "You typed the wrong email when you created the account": a slip of theirs named as the cause. "If you typed …"
  // allows for it without saying so.
  new RegExp(
    String.raw`(?<!\b(?:if|in case|whether|even if|maybe|unless)\b[^.!?]{0,20})\b(?:you|your (?:[a-z]+ ){0,2}?` +
      String.raw`(?:team|admin|staff|developers?|colleagues?|it|hr|agents?|hosts?|operators?|users?))\s+` +
      String.raw`(?:(?:just|probably|accidentally) )?(?:typed|mistyped|pasted|copied|put in|gave us|sent us|uploaded|` +
      String.raw`chose|selected|picked|entered|used|filled in|clicked) (?:in |on )?(?:the |a |an )?wrong\b`,
    '',
  ),
  // "Nobody on your side upgraded", "your admin never renewed": what they did not do, named as the cause.
  new RegExp(
    String.raw`(?<!\b(?:if|in case|whether|even if)\b[^.!?]{0,20})(?:\b(?:nobody|no one|no-one) (?:on|from|at|in) ` +
      String.raw`your (?:side|end|team|company|org\w*)|\bnone of your [a-z]+|\byour (?:[a-z]+ ){0,2}?(?:team|admin|` +
      String.raw`staff|finance|procurement|it|owner|manager|contact)s? (?:never|didn['’]t|did not|forgot to)|` +
      String.raw`\byou (?:never|didn['’]t|did not|forgot to))\s+(?:ever )?` +
      String.raw`(?:upgrad|renew|pa(?:y|id)\b|top(?:ped)? up|` +
      String.raw`repl(?:y|ied)|respond|answer|confirm|cancel|read|follow|act(?:ed)?\b|add(?:ed)? (?:a |the )?card|` +
      String.raw`update(?:d)? (?:the |your )?(?:card|billing|payment|plan))\w*` +
      // "You didn't pay twice", "none of your students paid anything extra": reassurance, not a deed left undone.
      String.raw`(?!\s+(?:anything|twice|a (?:thing|cent|penny)|extra|yet|the extra)\b)`,
    '',
  ),
);
/** The slip put down to us ("because our email bounced", "I sent you the wrong one"), or nothing undone yet. */
const SLIP_WAS_OURS = new RegExp(
  String.raw`\bbecause (?:our|we|i|it went|the system)\b|` +
    String.raw`\b(?:we|i)(?:['’]ve| have)? (?:reversed|moved|restored|fixed|resent|sent|asked|refunded)\b|` +
    String.raw`\bby mistake\b|\bour (?:fault|mistake|doc\w*|ui|email|system|side)\b|` +
    // "Your team didn't confirm the slot yet": still open, not left undone.
    String.raw`\bon us\b|\byet\b|\bno rush\b`,
  'i',
);
function theirSlip(whole: string): boolean {
  const mistake = whole.match(THEIR_MISTAKE_EN);
  if (mistake && !/\b(?:we|i|our|us)\b/i.test(whole) && !CONDITION.test(whole.slice(0, mistake.index))) return true;
  const m = whole.match(THEIR_SLIP_EN);
  if (!m || SLIP_WAS_OURS.test(whole)) return false;
  const before = whole.slice(0, m.index);
  // "Since you didn't renew, the plan ends on the 30th": what follows from it, told as a fact.
  if (/\b(?:since|as)\s*$/i.test(before)) return false;
  return !negated(before.slice(-12)) && !CONDITION.test(before) && !ASKS_WHETHER.test(before);
}

function placedWithThem(whole: string): boolean {
  const m = whole.match(PLACED_WITH_THEM);
  if (!m) return false;
  const before = whole.slice(0, m.index);
  return (
    !negated(before.slice(-12).replace(UNSURE, ' ')) &&
    // "fails only when your gateway rejects it" names the cause, it sets no condition.
    !CONDITION.test(before.replace(ONLY_WHEN, ' ')) &&
    !ASKS_WHETHER.test(before) &&
    !WE_CHECK.test(before) &&
    !OUR_ALTERNATIVE.test(whole)
  );
}

/**
 * The cause named as theirs, after the trouble it explains: "理赔视频里画面是倒着的，是你们 App 没锁定屏幕方向",
 * "回放缺了一段，是因为贵司运营提前关了录制". Not denied (不是你们…), asked (是不是…) or credit (是您提醒我们的).
 */
/** A formal finding of their fault: "系贵院管理员…所致", "系贵方使用非官方美颜插件所致". */
const FOUND_THEIRS_ZH =
  /(?<![非不]|是否)系(?:(?:因|由于)(?:贵|您|你们)[^。！？；\n]{2,40}|(?:贵|您|你们)[^。！？；\n]{2,40}?(?:所致|导致|造成))/;
const CAUSE_THEIRS_ZH = new RegExp(
  // 还是 is "or" as often as "still": "控制台的还是你们自己统计的？" asks which.
  '(?<![不非没还])是(?:因为|由于)?(?:你们|贵(?:司|方|行|校|院|台|单位|平台|团队)|您(?:这边|那边|们)?)' +
    '(?!(?:这边|那边|的)?(?:提醒|提供|反馈|发现|帮|配合|支持|及时|耐心|理解|告诉|报告|发来|问|说|提|要|想|需要|希望))',
);
/** Where the cause begins a clause of its own ("…，是你们…"), or after a word that weighs it ("多半是你们…"). */
const CAUSE_CLAUSE_START_ZH = /(?:^|[，,：:；]\s*|主要|多半|大概率|应该|其实|原来|确实|说白了|坦白讲)(?:也)?$/;
/** What follows a party that reports, thanks or bills them rather than blames them: 是你们最先发现的, 是您那边续费了. */
const NOT_THEIR_DEED_ZH =
  /^[^，。！？；]{0,8}?(?:反馈|提(?!前)|申请|收到|发现|复现|遇到|受影响|影响|续费|打电话|打来|的用户|签收|本人)/;
/** Their deed, as the cause names it: left undone, turned off, changed, deleted, set wrong, forgotten, or done (了). */
const THEIR_DEED_ZH = /没|未|把|自己|关|改|删|封|设错|设成|漏|忘|写死|写错|了/;
/**
 * Their people by role, or their place, named as the cause in Chinese: "是因为老师同时开着好几个软件", "主要是老师离电脑太远了",
 * "仲裁员中途把自己设成了静音，所以…", "嘉宾那边用蓝牙耳机连麦，声音才会断断续续的". Only with a trouble named:
 * "老师把作业发布之后，学生才会收到通知" explains a feature.
 */
const THEIR_ROLE_ZH =
  '(?:主播|嘉宾|模特|老师|成员|团员|拍卖师|竞买人|经纪人|书记员|仲裁员|理财经理|证人|当事人|委托人|工作人员|导购|运营(?!商)|' +
  '场控|司仪|主持人|摄影师|网管|管理员|师傅|店员|助理|志愿者|导游|讲解员|仓管|宾客|考生|调度员|摄像师|跟拍(?:老师)?|策划)';
const THEIR_PLACE_ZH =
  '(?:现场|场馆|教室|礼堂|门店|展厅|审判庭|法庭|会场|茶山|山上|船上|店里|家里|仓库|车间|工地|机场|酒店)';
const TROUBLE_ZH_NAMED =
  /卡|断|没声音|没有声音|黑屏|回声|杂音|延迟|掉线|花屏|模糊|糊|失败|进不去|看不到|听不到|啸叫|爆音|喷麦|闪退|不同步|静音/;
const ROLE_CAUSE_ZH = new RegExp(
  `(?:是因为|都是因为|主要是|原因是|问题出在)(?:[^，。！？；\\n]{0,4}?)(?:${THEIR_ROLE_ZH}|${THEIR_PLACE_ZH})` +
    '[^，。！？；\\n]{0,16}?(?:把|没|忘|开着|离|用的|用了|太|不)' +
    `|${THEIR_ROLE_ZH}(?:那边|自己)?[^，。！？；\\n]{0,16}?(?:把|没|忘了|用|开着|关了|离)[^。！？；\\n]{0,30}?` +
    '(?:所以|才会|导致|造成|引起)',
);
/**
 * Their side named with a fault of its own, however plainly: "是交警队那台 4G 路由器信号太差", "坐席员戴的是自己买的便宜耳机",
 * "老人没按提示把脸放进框里", "贵矿内网把 3478 端口封了", "主要还是司机们用的手机太旧了". Not when the sentence clears them
 * (不是…, 跟…无关), owns the fault (是我们…, 怪我们), says what the trouble did to them (给贵司造成的影响), asks neutrally
 * whether (是否) or reports a step of ours.
 */
const THEIR_SIDE_ZH =
  '(?:贵(?:司|方|园|矿|台|中心|局|馆|校|院|单位|行|厂|所|站|队|店|公司|团队|部门|医院|学校|酒店|集团)|你们|您(?:这边|那边|家)|他们自己|' +
  `(?:园|厂|馆|店|队|局|校|院|村|船|矿|家|楼)里|${THEIR_ROLE_ZH}|` +
  `(?:${THEIR_PLACE_ZH}|分拣中心|网点|站点|收银台|前台|办公室|营业厅)(?:的|那台|那几台|那边|里)?|` +
  '老人|爷爷奶奶|老年人|家长|孩子|学生|听众|观众|市民|群众|员工|同事|坐席员?|记者|' +
  '飞手|巡检员|兽医|配音演员|翻译员?|老师们?|司机们?|快递员|骑手|运维|IT|技术人员|导播|用户|客户|面试官|' +
  '监考老师|[\\u4e00-\\u9fa5]馆那边|外包|信息(?:部门|中心)|' +
  '(?:[\\u4e00-\\u9fa5]{1,3}(?:馆|园|校|厅|考点|车库|冷库|港区|闸口|陵园|营地|酒店)|校园网)(?:的|那边|那条|那台|里)?)';
const THEIR_FAULT_ZH =
  '(?:太差|太烂|太旧|太弱|太老|太远|不够用|跑不动|带不动|吃不消|扛不住|跟不上|撑不住|覆盖不到|信号(?:差|弱|不好|只有一格)|死角|' +
  '(?<![解被])封了|拦了|拦截了|屏蔽了|没擦|没按|没做好|没配好|没装好|不(?:太|怎么|大)?会(?:用|操作)|操作不当|操作失误|没[^，。！？；\\n]{0,4}?充满?电|清掉|' +
  '(?<![没不别])(?:设错|配错|用错|点错|输错|发错|选错|填错|接错|切错|弄错|搞错|拨错)|不小心|挡着|限得太死|锁屏了|' +
  '很不稳定|配置太低|' +
  '(?:方式|方法|写法)(?:不对|有问题|的问题)|拔了|拔掉了|(?<![没未不])(?:改过(?![来去])|动过)|便宜|太小|性能不行|老化|没插(?:紧|好)|老年机|旧手机|淘汰|没升级|忘了|忘记|开着外放|' +
  '(?<!不用|不需要|无需)自己(?:扩容|升级|解决|处理|排查))';
/** Their things, which in a reply to them need no owner named: "电脑太旧了，开着视频就跑不动". */
const THEIR_KIT_ZH = '(?:电脑|路由器|手机|平板|摄像头|耳机|笔记本|网线|宽带|无线|Wi-?Fi|WiFi|麦克风|声卡|上行带宽)';
const KIT_FAULT_ZH = '(?:太旧|太老|太差|太烂|太弱|跑不动|带不动|覆盖不到|信号差|老化|很不稳定|配置太低)';
/**
 * Their side, before what makes it the cause: "仓管验货的时候一直用手挡着摄像头，画面当然不全". Not when we are named there too,
 * nor their audience, who meet the trouble more often than they cause it ("部分观众在公司网络里，…所以会慢一些").
 */
const THEIR_SIDE_ZH_RE = new RegExp(THEIR_SIDE_ZH);
function theirSideBefore(before: string): RegExpMatchArray | null {
  if (/我们|我方|平台|服务器|服务端|系统|SDK/.test(before)) return null;
  const side = before.match(THEIR_SIDE_ZH_RE);
  return side && !/观众|听众|群众|市民|用户|客户|导购/.test(side[0]) ? side : null;
}
/** A cause word needs their side as what the cause is: "是分馆的路由器引起的", not "观众端延迟是切片导致的". */
const THEIR_SIDE_FAULT_ZH = new RegExp(
  `${THEIR_SIDE_ZH}[^，。！？；\\n]{0,14}?${THEIR_FAULT_ZH}|${THEIR_KIT_ZH}[^，。！？；\\n]{0,4}?${KIT_FAULT_ZH}` +
    `|(?:是|都是|主要是)[^，。！？；\\n]{0,4}?${THEIR_SIDE_ZH}[^，。！？；\\n]{0,14}?` +
    '(?:惹的祸|引起的|造成的|导致的|的问题|的原因|的锅)',
);
const CLEARS_OR_OURS_ZH = new RegExp(
  '(?<!是)不是|并非|无关|没关系|不怪|我们的问题|我们这边的问题|我方|我司|[给对][^，。！？；\\n]{0,24}(?:造成|带来)|是否|是我们|怪我们|' +
    '我们的锅|锅是我们|我们同事|我们在查|我们把|我们已|已经改|已改|没有?关系|没问题|没毛病|有没有|帮(?:贵|您|你们)|模拟|' +
    '(?:提到|说)(?:过)?改|(?:时|的时候)[，,]?\\s?(?:就|也|会|App|app|系统|我们|SDK)|被封|是常态|的话|如果|我们给|(?:差|弱)时|' +
    '建议(?:开|打开|开启|关闭|切到|切换到|改用)|' +
    // What our product or our people do about it: "骑手手机太旧也能用", "员工忘记签到的情况，系统会自动发提醒".
    '也能|也可以|也没事|也不要紧|也不影响|的情况|情况下|可以直接|我们可以|我们来|我们免费|问题在我们|在我们这边|系统会|本来就|' +
    // A cause named only to be set aside: "不代表是玩家或者贵司的问题", "乍一看像是店里路由器的问题，但…", "是哪三个教室出的问题？".
    '不代表|不能说明|说明不了|先入为主|迹象|没有怀疑|乍一看|怀疑|以为|是哪|哪一|' +
    // The carrier's signal is no one's fault on their side: "山上的手机信号不好，我已经跟运营商反映了".
    '运营商',
);
/**
 * A leading question, in Chinese, that names a fault on their side: "会不会是学校的网络把视频网站屏蔽了？", "是不是调度员没戴耳机、
 * 直接外放？", "那家度假酒店的网络是不是限了速？". "是不是用的流量？" only asks which; a question that names us or an alternative
 * (还是…) weighs both sides.
 */
const QUESTION_FAULT_ZH =
  '(?:屏蔽|限了?速|换了(?:路由器?|网络?|设备|手机)|没戴|外放|省电模式|分走|太远|太暗|锁屏|开了(?:VPN|代理|省电)|' +
  '同时(?:还)?在(?:给|跑|用)|挂在)';
const LEADING_QUESTION_ZH = new RegExp(
  `(?:会不会是|是不是|会不会|难道是|莫非是?)[^，。！？；\\n]{0,20}?(?:${THEIR_FAULT_ZH}|${QUESTION_FAULT_ZH})` +
    '[^。！？；\\n]{0,20}?[？?]',
);
function leadingQuestionZh(whole: string): boolean {
  const m = whole.match(LEADING_QUESTION_ZH);
  return (
    !!m &&
    // "把直播平台屏蔽了": what their side did to ours is still their deed.
    !/我们|我方|平台|服务器|服务端|运营商|还是|或者/.test(m[0].replace(/[把被].*/, '')) &&
    !THEY_ASKED_ZH.test(whole.slice(0, m.index! + 6)) &&
    !OWNS_THE_FAULT.test(whole)
  );
}
function theirSideFaultZh(whole: string): boolean {
  const m = whole.match(THEIR_SIDE_FAULT_ZH);
  return !!m && !/我们|我方|平台/.test(m[0]) && !CLEARS_OR_OURS_ZH.test(whole) && !OWNS_THE_FAULT.test(whole);
}

function causeNamedTheirs(whole: string): boolean {
  const role = whole.match(ROLE_CAUSE_ZH);
  if (
    role &&
    !ASKS_WHETHER.test(whole.slice(0, role.index)) &&
    !negated(whole.slice(Math.max(0, role.index! - 6), role.index)) &&
    !/我们|我方|我司|平台|系统|SDK|服务器|服务端/.test(whole.slice(role.index, role.index! + role[0].length + 20)) &&
    TROUBLE_ZH_NAMED.test(whole) &&
    !/不用担心|没问题|没关系/.test(whole) &&
    !OWNS_THE_FAULT.test(whole) &&
    !OUR_ALTERNATIVE.test(whole)
  )
    return true;
  const m = whole.match(CAUSE_THEIRS_ZH);
  if (!m) return FOUND_THEIRS_ZH.test(whole) && !OWNS_THE_FAULT.test(whole);
  const before = whole.slice(0, m.index);
  const after = whole.slice(m.index! + m[0].length);
  if (ASKS_WHETHER.test(before) || NOT_THEIR_DEED_ZH.test(after)) return false;
  // "是你们那边升级了 SDK 吗？" asks a fact; asked with the trouble named, it suggests the cause.
  if (/[吗？?]/.test(whole) && !SYMPTOM.test(whole)) return false;
  if (/^[^，。！？；]{0,6}?(?:我们|我方)/.test(after) || OUR_ALTERNATIVE.test(whole) || OWNS_THE_FAULT.test(whole))
    return false;
  // "确实是你们发版以后开始的，不过只是巧合", "可能是你们的证书，也可能是我们这边的配置".
  if (/不过|但是?|只是巧合|(?:也|或者?)可能是?我们/.test(after)) return false;
  const explicit = /造成|导致|引起/.test(after);
  const deed = SYMPTOM.test(whole) || THEIR_DEED_ZH.test(after);
  return explicit || (CAUSE_CLAUSE_START_ZH.test(before) && deed);
}

/**
 * The words that name a cause, in English: "is from", "came from", "is down to", "was caused by", "stems from".
 * What follows them is the cause; what comes before is the trouble, and whoever suffered it ("the drops your users
 * saw came from our release" names their users as who suffered, not as the cause).
 */
const CAUSE_LINK_EN = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|it['’]s|that['’]s|all)` +
    String.raw`(?: all| mostly| likely| probably| almost certainly| just| ` +
    String.raw`really| simply| entirely)? (?:coming |came )?(?:from|down to|due to|caused by|because of)|` +
    String.raw`(?:comes?|came|coming) from|originat(?:e|es|ed|ing) (?:with|from|in|on)|stems? from|stemmed from|` +
    String.raw`result(?:s|ed)? from)\b`,
  'i',
);
/** Whose the cause is, right after the link: their people or things ("their laptop speakers", "the kids' wifi"). */
const THEIR_CAUSE_EN = new RegExp(
  // "from Opus FEC being off for your project": who it was for is not whose the cause is.
  String.raw`^[^.!?;:]{0,24}?(?:(?:supplied|provided|bought|owned|used|run|set up) by )?` +
    String.raw`(?<!\b(?:for|to) )\b(?:your|their|(?:${PEOPLE_EN}|members|students|kids|parents|` +
    String.raw`players|tutors|coaches|` +
    String.raw`drivers|pilots|learners|candidates|attendees|guests|callers|counsell?ors|trainers|clinicians|` +
    String.raw`doctors|nurses|patients|volunteers|families|children|riders|listeners|singers|streamers)(?:['’]s?|` +
    String.raw` (?:joining|connecting|calling|dialing|streaming|sitting|running|using|teaching|working|flying) ` +
    String.raw`(?:from|on|over|through|in|with)))(?=\s)`,
  'i',
);
/** "That's down to your preference": a choice of theirs, not a cause. */
const A_CHOICE = /^\s*(?:own )?(?:preference|choice|call|decision|taste)s?\b/i;
/** Ours, or someone else's, named first: "came from our release that your app picked up", "from the carrier's". */
const NOT_THEIRS_FIRST = /\b(?:our|we|us|ours|the (?:platform|carrier|provider|vendor|isp|operator)['’]?s?)\b/i;
/** "我确认下理解对不对：只有…的时候，学生那边才会延迟？": our reading of their report, asked back. */
const CHECKS_UNDERSTANDING = /理解(?:得)?对不对|理解(?:得)?没错吧|\bdid I (?:get|understand) (?:that|this|it) right\b/i;
const THEY_ASKED_ZH = /(?:您|你们?|贵司)(?:刚才|之前)?问(?:的是)?(?:是不是|是否|会不会|有没有)/;
/** Their people named as who met the trouble: "the drops your users saw", "the echo your counsellors heard". */
const SUFFERED = /\b(?:saw|see|seen|hear|heard|experienced|noticed|reported|ran into|(?:are|were) seeing|felt)\b/i;
/**
 * Their people or things told, softly, to change: "We'd gently suggest your clerks close other programs", "I'd
 * recommend the narrators record in a quieter room". The softener is the blame: we suggest what they do differently
 * because we take the cause to be theirs. Not when the reply owns the fault or it is a stopgap while we fix ours.
 */
const SOFT_SUGGESTION_TO_THEM_EN = new RegExp(
  String.raw`\b(?:we['’]d|i['’]d|we would|i would) (?:gently |kindly |politely |respectfully |strongly )?` +
    String.raw`(?:suggest|recommend|ask|advise|encourage)(?: that)? (?:your [a-z]+|the ${THEIR_ROLE_EN}\b|` +
    String.raw`the (?:guides|drivers|couriers|agents|staff|crew|operators|pilots|technicians|inspectors|recruiters|` +
    String.raw`candidates|interviewers|proctors|officiants|celebrants|vets|performers|players)\b|` +
    String.raw`the ${THEIR_PLACE_EN}\b)|\b(?:might|would) be worth having your [a-z]+|` +
    String.raw`\bit['’]?d help (?:a lot )?if your [a-z]+|` +
    // "I'd look at what changed on your end", "might be worth asking your vendor what they changed", "I'd look there
    // before pointing at our service".
    String.raw`\bi['’]d (?:look|start|check|begin) (?:at |with |into )?[^.!?]{0,30}?` +
    String.raw`\b(?:your|on your (?:end|side))\b|` +
    String.raw`\b(?:might|may|would|could) be worth ` +
    String.raw`(?:asking|checking with|looking at how|raising (?:it |this )?with) ` +
    String.raw`(?:your|(?:the|how the) [a-z-]+['’]s|the [a-z-]+ vendor)\b|` +
    String.raw`\bbefore (?:pointing (?:the finger )?at|blaming|suspecting) (?:us|our)\b|` +
    // Told to change, plainly: "Maybe train your couriers to text first", "Get your IT to open UDP 3478", "Your
    // planners need to stop opening the stream on three devices", "You need to fix your firewall config".
    String.raw`\b(?:train|get|tell|remind) your [a-z -]{1,25}? to (?:open|close|stop|fix|change|replace|swap|keep|` +
    String.raw`wait|text|use|switch|mount|test|plug|charge|whitelist|allowlist|unblock)\b|` +
    String.raw`\b(?:please |maybe )(?:have|ask) your [a-z -]{1,25}? (?:to )?(?:whitelist|allowlist|unblock|open up|` +
    String.raw`fix|replace|swap)\b|` +
    String.raw`\b(?:your|the) (?:[a-z-]+ ){0,2}?[a-z-]+s need to ` +
    String.raw`(?:stop|close|fix|change|update|upgrade|replace|wait|` +
    String.raw`keep|move|use|switch|plug|charge)\b|\byou need to fix your\b|` +
    String.raw`\bour (?:suggestion|recommendation|advice) (?:is|would be) (?:for|that) your [a-z]+`,
  'i',
);
const WHILE_WE_FIX_EN = /\b(?:while|until|till) (?:we|our)\b|\bin the meantime\b|\bfor now\b|\buntil (?:the|a) fix\b/i;
/** A suggestion that helps us look, or points at our own fix or setting: "I'd ask the proctors to note the time". */
const SUGGESTION_FOR_US_EN = new RegExp(
  String.raw`\b(?:note|report|send|share|capture|screenshot|tell us|let us know|so (?:that )?we can|helps? us|` +
    String.raw`our fix|` +
    String.raw`our bug|our release|we should have|in our (?:console|dashboard|app)|our (?:setting|toggle|default))\b`,
  'i',
);
function softSuggestionToThem(whole: string, reply: string): boolean {
  return (
    SOFT_SUGGESTION_TO_THEM_EN.test(whole) &&
    !WHILE_WE_FIX_EN.test(reply) &&
    !SUGGESTION_FOR_US_EN.test(whole) &&
    !OWNS_THE_FAULT.test(reply) &&
    !OUR_ALTERNATIVE.test(whole)
  );
}

function causeNamedTheirsEn(whole: string, reply: string): boolean {
  const link = whole.match(CAUSE_LINK_EN);
  if (!link) return false;
  const before = whole.slice(0, link.index);
  const after = whole.slice(link.index! + link[0].length);
  const party = after.match(THEIR_CAUSE_EN);
  // "The fix came from your suggestion": a cause of no trouble is credit.
  if (!party || NOT_THEIRS_FIRST.test(party[0]) || A_CHOICE.test(after.slice(party[0].length))) return false;
  // "It's down to …", "most of it comes from …": the trouble, named earlier in the reply, pointed back to.
  const pointsBack = /^(?:it|that|all)\b/i.test(link[0]) || /\b(?:it|this|that|these|those|most|all)\s*$/i.test(before);
  if (!SYMPTOM.test(before) && !(pointsBack && SYMPTOM.test(reply))) return false;
  if (negated(before.slice(-16)) || CONDITION.test(before) || ASKS_WHETHER.test(before)) return false;
  return !OWNS_THE_FAULT.test(whole) && !OUR_ALTERNATIVE.test(whole);
}

function theyBlockUs(whole: string): boolean {
  const m = whole.match(THEY_BLOCK);
  if (!m) return false;
  const before = whole.slice(0, m.index);
  return PARTY_EN_RE.test(before) && !/\b(?:our|we)\b/i.test(before) && !negated(before.slice(-12));
}
/** Their equipment, named by its price or age: "用便宜的蓝牙耳机", "on cheap headsets". */
const CHEAP = /\b(?:cheap|low-end|bargain|ancient)\b|便宜|廉价|低端|老旧|山寨|杂牌|千元机|百元机|老年机/i;
const NORMALCY_ZH =
  /(?:很|非常|再|挺|属于)正常|是正常的|正常现象|在所难免|难免(?:会|的)?|不可避免|(?:也|并|一点都?)?不(?:奇怪|意外|稀奇)/;
const RECIPIENT = /(?:给|对|向|替|和|跟|同|帮)$|(?<![因作成认以])为$/;
/**
 * A sentence that names the customer's side and then says that this is why, or of course, it happens: "Your
 * integration calls join twice, that's why people get kicked", "你们把码率设成 200，当然糊啊".
 */
const CAUSAL = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:that['’]s|that is|this is|which is|which explains) (?:exactly |precisely |probably |` +
      String.raw`likely )?why\b|\b(?:that['’]s|that is|this is) (?:almost always |usually |probably |` +
      String.raw`most likely )?(?:the|what) (?:cause|reason|problem|culprit|source)\b|\bof course\b|\bno wonder\b|` +
      String.raw`\bnaturally\b|` +
      String.raw`\b(?:is|are|it['’]s|that['’]s) (?:to be )?expected (?:when|with|on|for)\b|` +
      String.raw`\b(?:happen\w*|occur\w*|freez\w*|drop\w*|lag\w*|crash\w*|fail\w*) because\b|` +
      String.raw`\b(?:that|this|which)(?: alone)? (?:accounts for|explains (?:the|it|why)|is what (?:breaks|` +
      String.raw`causes))\b|\b(?:that|this|which)(?:['’]s| is) what (?:causes|breaks|triggers|creates|leads to|` +
      String.raw`produces|kills|drops)\b|\b(?:that['’]s|that is|this is) where (?:it['’]s |it is |things are )?` +
      String.raw`(?:going|goes|go|went) wrong\b|\b(?:that['’]s|that is|this is) where the (?:problem|issue|fault|bug|` +
      String.raw`trouble) (?:is|lies|comes from|starts)\b|` +
      String.raw`\b(?:is|are|that['’]s|this is) what (?:happens|you get) when\b|\bhence\b|` +
      String.raw`\b(?:that['’]s|that is|this is) where (?:the |all the |that |this )?[a-z]+ ` +
      String.raw`(?:comes? from|came from|(?:is|are|was|were) coming from|starts?|started|begins?|began)\b|` +
      String.raw`\b(?:that|this|which)(?:['’]s| is) what['’]s [a-z]+ing\b|` +
      String.raw`\b(?:that|this)(?:['’]s| is) (?:usually |probably |likely |often |exactly )?` +
      // Not "that's usually what smooths out the pumping": what a fix does.
      String.raw`what (?!(?:we|i|you|they|smooths|fixes|solves|helps|cures|clears|removes|stops)\b)[a-z]+(?:s|ed)\b|` +
      String.raw`\bthat(?: [a-z-]+){1,2} is what (?!(?:we|i|you|they)\b)` +
      String.raw`[a-z]+(?:s|ed)\b|` +
      String.raw`\bwe see (?:this|it) (?:mostly|mainly|usually|often|a lot|all the time) ` +
      String.raw`(?:with|from|on)\b|\bthat['’]s where things (?:goes|go|went) wrong\b`,
    '',
  ),
  new RegExp(
    String.raw`所以(?:才|就)?(?:会|导致)|所以(?!我们|我)[^，。！？；\n我]{0,6}?(?:才|就)?会(?:被|出现|卡|断|掉|崩)|` +
      String.raw`才会|当然|(?:出现|有)?这种情况(?:很|也|是)?(?:很)?正常|肯定会(?:卡|慢|断|掉|糊|出问题|有问题)|这是由于|` +
      String.raw`是由于|难怪|怪不得|(?:也|就|并)不奇怪|所以才(?:丢|卡|断|掉|崩|花|慢|糊)|自然会|[卡断慢]就[卡断慢]在|一般都会这样|(?:通常|往往|大多)都会这样|(?:问题)?就出在这|` +
      String.raw`问题就在这|这就是[^，。！？；\n]{0,12}?的原因|就是[^，。！？；\n]{0,12}?的原因|这就解释了|都是[^，。！？；\n]{0,8}?的(?:问题|原因)|` +
      String.raw`就是这个原因|都是这个原因|就是这(?:么|样)来的|是必然的|(?:卡|断|黑屏)是必然|谁(?:家)?也扛不住|` +
      String.raw`(?:旧|老|低)版本(?:本身)?就?(?:有|存在)(?:这个|这类|这种)?(?:问题|bug|缺陷)|` +
      String.raw`早就(?:已经)?(?:修|解决|处理|优化)|早(?:已|都)(?:修复|解决)`,
    '',
  ),
);
/**
 * "Your bidders were on very old browsers, which is why they dropped": anyone of theirs, as the subject of what the
 * cause says, before the words that make it the cause. No list of people (bidders, moderators, riders) is complete.
 */
const THEIR_SUBJECT_EN = new RegExp(
  String.raw`\b(?:your (?:own )?(?:[a-z'’-]+ ){0,2}?[a-z'’-]+|` +
    // Their people by what they do, whatever the role: "the dispatchers are leaving the mic open …, which is why".
    String.raw`the (?:[a-z-]+ )?(?!(?:${NOT_THEIRS_NOUN_EN}|${MET_THE_TROUBLE_EN}|encoders|decoders|buffers|headers|` +
    String.raw`containers|parameters|layers|filters|timers|counters|numbers|errors|packets|frames|segments)\b)` +
    String.raw`[a-z]+(?:ers|ors|ists|ants|ents|ees|ians|ives|ards|uests|ates)) ` +
    String.raw`(?:were|are|was|is|had|have|has|kept|keep|ran|run|` +
    String.raw`used|use|joined|join|left|leave|leaving|forgot|skipped|turned|switched|changed|set|ignored|` +
    String.raw`open|opened|` +
    String.raw`close|closed|end|ended|hold|held|holding|put|start|started|` +
    String.raw`(?:did|do|does|were|are|was|is)n['’]t)\b`,
  'i',
);
/**
 * What the cause explains is a step of ours ("Your team was right, which is why we rolled back") or no trouble at
 * all ("We changed your config, which is why it works now"): no fault is placed.
 */
const NO_TROUBLE_AFTER =
  /^\s*(?:it|this|that|they|everything|calls?)?\s*(?:now )?(?:works?|worked|(?:is|are) (?:fine|working|back))\b/i;
function ourStepOrNoTrouble(whole: string, causal: RegExpMatchArray): boolean {
  const after = whole.slice(causal.index! + causal[0].length);
  return /^\s*(?:we|i|our)\b/i.test(after) || NO_TROUBLE_AFTER.test(after);
}
/** Their subject, unless what follows it up to the cause is ours ("Your room is routed through our SFU"). */
function theirSubject(before: string): RegExpMatchArray | null {
  const subject = before.match(THEIR_SUBJECT_EN);
  return subject && !/\b(?:our|we|us)\b/i.test(before.slice(subject.index!)) ? subject : null;
}
const OURS_AFTER =
  /^\W*(?:[a-z]+ ){0,2}?(?:in|on|from|at|with|of) [*_]?(?:our|ours|us)\b|^[^，。！？；]{0,4}?(?:是|在|出在)我们|^\s*我们/i;

/** Trouble a cause can explain: a cause traced to the customer's side without any is no blame. */
const SYMPTOM = new RegExp(
  String.raw`\b(?:freez|froze|drop|lag|echo|crash|fail|empty|black|silen|noise|hiss|crackl|stutter|choppy|robotic|` +
    String.raw`delay|latency|time(?:s|d)? ?out|timing out|disconnect|kick|cut(?:s|ting)? out|never connect|connect|` +
    String.raw`drain|blur|pixel|error|break|broke|problem|issue|trouble|slow|one-way|bug|spike|outage|glitch|cuts|` +
    String.raw`jitter|loss|lost|reject|denied|expired?|gaps?|missing|stutter|desync|out of sync|doubled|` +
    String.raw`overcharg)|缺失|不全|空白|中断|` +
    String.raw`卡|断|掉|黑屏|无声|没声|空的|回声|杂音|噪|延迟|失败|崩|连不上|模糊|花屏|踢|` +
    '超时|报错|异常|问题|故障|慢|不稳|丢|没有声音|拒绝|过期',
  'i',
);
/** What the customer told us or gave us is not at fault: "您提供的日志显示…", "您反馈的问题". */
const ZH_REPORTED =
  /提到|提供|反馈|说|描述|发来|遇到|显示|日志|记录|数据|感受|耐心|理解|帮|描述|通话|提|问|咨询|投诉|催/;
const ZH_DENIAL = anyOf(
  'g',
  /(?:(?<!是)不是|并非|不属于|不在|不关)我们[^，。！？；\n]{0,6}?的?(?:问题|原因|责任|锅|事)/,
  /(?:(?<!是)不是|并非)(?:平台|SDK|系统|服务端|服务器)(?:这边)?的?(?:问题|原因|锅)/,
  // "…是当地运营商线路的问题，不在我们这边": the clause says only where the trouble is not.
  /(?:^|[，,]\s*)(?:问题|原因)?(?:也|都|并|根本)?不在我们(?:这边|这里|这儿|身上)(?=\s*(?:[。！？；，,.!?]|$))/,
  /(?:跟|和|与)我们[^，。！？；\n]{0,8}?(?:无关|没关系|没有关系|没啥关系)/,
  // "这种低级问题一般不会出在我们这边".
  /(?:问题|原因|毛病|故障)[^，。！？；\n]{0,8}?(?:不会|不可能|不太可能|很少)出在我们/,
  // "是书记员点了停止，并不是系统自己停的": something of theirs did it, not our system of itself.
  /(?:并|也)?(?:不是|并非)(?:我们的?)?(?:系统|平台|服务器?|SDK|程序|云端)(?:自己|自动|本身)[^，。！？；\n]{0,8}?的/,
  /我们(?:这边|这里)?(?:也)?(?:没办法|无能为力|管不了|无法处理|处理不了|爱莫能助)/,
);
/**
 * Their side named, and then put out of our hands: "冷库里的网络是贵司自己搭的，这块确实不归我们管", "骑手在地下车库拨号，没信号，
 * 怪不了系统". Not "展会现场的网络不归我们管，建议现场备一个 5G 热点": a place not theirs, and a way round it.
 */
const OUT_OF_OUR_HANDS_ZH = new RegExp(
  `(?:${THEIR_ROLE_ZH}|贵|你们|您|自己)[^。！？；\\n]{0,30}?(?:不归我们管|怪不了(?:系统|平台|我们)|` +
    '不是我们能(?:控制|管|解决|左右)的|不在我们的?(?:支持|服务|责任)范围|(?:与|和|跟)平台(?:无关|没关系))',
);
const ZH_OUR_FINE = anyOf(
  'g',
  // Our record as the argument: "我们每天支撑上万个直播间都没出过这种事".
  new RegExp(
    '(?:我们|平台|我们的?(?:服务|系统|SDK))[^，。！？；\\n]{0,10}?(?:支撑|承载|服务|跑|接入|支持)着?[^，。！？；\\n]{0,6}?' +
      '(?:上万|上千|几万|数万|成千上万|几千|几百万|百万|\\d+万)[^，。！？；\\n]{0,10}?(?:都|也|从来)?(?:没|没有|从没|从来没)' +
      '(?:出过|遇到过|出现过|发生过|有过)',
  ),
  /我们(?:这边|的?服务端?|的?服务器|后台|系统|平台)?[^，。！？；\n]{0,4}?(?:看|查)?了?(?:一切|都|全部)(?:是)?(?:正常|没有?(?:任何)?(?:问题|异常))/,
  /我们(?:这边|的服务|服务端|服务器|后台|系统|平台)?(?:的服务)?(?:本身)?(?:一切|都|是|全部)?(?:正常|没有?(?:任何)?(?:问题|异常))/,
  /(?:服务端|服务器|我们这边)(?:一切|都)?(?:正常|没有?(?:任何)?(?:问题|异常))/,
  /(?:服务|系统|平台)(?:也|都)?一直(?:很|都|非常)?稳定|一个版本都没发/,
  /我们(?:这边|这儿)?[^，。！？；\n]{0,4}?(?:一点变更都没有|没有任何变更|什么都没(?:改|动)|监控全绿)/,
  // Our side said to be fine in other words: "我们这边的质量评分也没问题", "百分百没问题", "没看到任何异常".
  new RegExp(
    '我们(?:这边|的?服务端?|的?服务器|后台|系统|平台)的?[^，。！？；\\n]{0,8}?(?:也|都|全|一切|百分百|百分之百|绝对|完全|肯定|一定)' +
      '(?:是|很|挺)?(?<!恢复)(?:正常|没有?(?:任何)?(?:问题|异常))',
  ),
  // "我们这边的 SDK 是没问题的" asserts; "四通在我们这边看是正常的" only reports what a call looked like.
  /我们(?:这边|的?服务端?|的?服务器|后台|系统|平台)的?[^，。！？；\n]{0,8}?是没有?(?:任何)?问题/,
  /我们[^，。！？；\n]{0,6}?没有?(?:看到|发现|查到)(?:任何)?(?:异常|问题)/,
  // "我们这边查下来一点问题都没有".
  /我们(?:这边|这里|后台|服务端)?[^，。！？；\n]{0,6}?(?:一点|半点|一丁点)(?:问题|异常)都?没有?/,
  // "我们服务一直没中断过": our record as the argument.
  /我们的?(?:服务|平台|系统|服务器|线路|节点|SDK)[^，。！？；\n]{0,4}?(?:一直|全程|始终|从来)都?(?:没|没有|未)(?:中断|断|掉线|挂|宕机|出过?问题|出过?故障|异常)过?/,
  /(?:其他|别的|其余)的?(?:客户|用户)[^，。！？；\n]{0,6}?(?:都|也)[^，。！？；\n]{0,4}?(?:正常|没事|没问题|没有问题|好好的)/,
  // Nobody else has it: "没有其他客户反馈过这个问题".
  /没有?(?:其他|别的|其余)的?(?:客户|用户)[^，。！？；\n]{0,4}?(?:反馈|遇到|报告|提|出现)过?|(?:其他|别的)的?(?:客户|用户)都没有?(?:反馈|遇到|出现)/,
  // It works for us: "在我们这边测试是正常的", "我们的示例 App 跑得好好的".
  /我们(?:这边|自己)?的?\s?(?:测试|测|试|示例|Demo|demo|实验室)[^，。！？；\n]{0,12}?(?:正常|没问题|没有问题|好好的)(?!了)/,
  // Our side fine in other words: "我们这边数据都是好的", "我们这边没毛病", "平台运行正常", "整场一切正常，没有任何报错",
  // "我司平台各项服务运行正常", "我们服务器一直正常", "平台侧：全程正常".
  new RegExp(
    '(?:我们|我司|我方)(?:这边|的?服务器|的?平台|后台)?[^，。！？；\\n]{0,6}?(?:数据|指标|日志)?(?:都|全)是(?:好的|绿的)|' +
      '(?<!不代表|不等于|不是说)(?:我们|我司|我方)(?:这边|这里)没(?:毛病|问题)',
  ),
  /(?:(?:我们|我司|我方)的?(?:平台|服务器|服务端|系统|线路)|(?<![贵您你])平台)(?:侧|各项服务)?[：:]?\s?(?:一直|全程|始终|当晚|整场)?(?:运行)?(?:都)?正常/,
  /(?:后台|日志|监控)(?:显示|看|来看)?[，,]?[^，。！？；\n]{0,6}?(?:整场|全程|当时)?一切正常|问题(?:应该|肯定|显然|看来)?不在我们(?!控制|掌控|能|可)/,
  // Others were fine: "别的拍卖行都没有反映问题", "其他十几家仲裁委开庭都没事", "国内观众都好好的", "全都正常".
  new RegExp(
    // Not our other rooms or other software: "同时段其他机房都正常", "其他软件用这款麦克风都正常".
    '(?:别的|其他|其余|别家|同行)(?![^，。！？；\\n]{0,4}?(?:机房|节点|区域|地区|线路|服务器|机器|集群|软件|应用|平台|app))' +
      '[^，。！？；\\n]{0,14}?(?:(?:都|也)(?:没有?(?!再)(?:反映|反馈|出现|遇到)?过?(?:这个?|这种|类似的?)?(?:问题|异常|情况)|没事|' +
      '好好的|正常|很顺|挺好|很流畅|很稳定)|(?:用得|跑得|播得|用着|连得)(?:都)?(?:好好的|很顺|挺好))(?![吗？?])|' +
      '(?:就|只有)(?:您|你们|贵.)(?:(?:这边|这一?[间场家个]|一家)[^，。！？；\\n]{0,6}?(?:出问题|有问题|反馈|说卡|卡)|' +
      '[^，。！？；\\n]{0,4}?(?:出问题|有问题|有这个问题|出现(?:了)?这种情况|反馈(?:了)?这个|反馈过))|' +
      // "这个版本已经发了一个月，您是第一个说有问题的".
      '(?:您|你们|贵.)是第一(?:个|家)(?:说|反馈|提)',
  ),
);
/**
 * Clearing our side and then pointing at theirs in the same sentence: "nothing changed on our side, so I'd look
 * at what your team deployed", "all green on our end, so …", "我们的 SDK 没有任何改动，问题只能在你们的代码里".
 */
const EXONERATE = anyOf(
  'i',
  new RegExp(
    String.raw`\bnothing (?:has |have )?changed (?:on|at|in|with) our\b|` +
      String.raw`\bwe (?:have not|haven['’]t|did not|didn['’]t) (?:touched|changed|deployed|modified) ` +
      String.raw`(?:anything|a thing)\b|\bour [a-z]+(?: [a-z]+)?\b[^.!?;]{0,20}?` +
      String.raw`\b(?:didn['’]t|did not|hasn['’]t|has not|haven['’]t|have not|never) chang|` +
      String.raw`\b(?:all|everything) (?:(?:was|is|looked|looks|were) )?(?:green|clear|good|fine|normal|healthy|` +
      String.raw`clean) (?:on|at|in|with) our\b|\bour (?:logs|metrics|dashboards?|monitoring) (?:are|were|is|was|` +
      String.raw`look|looked) ` +
      String.raw`(?:all )?(?:clean|green|normal|fine)\b|\bnot (?:from|in|with|on) our ` +
      String.raw`(?:sdk|side|end|service|servers?|platform|code)\b|\bnot (?:from |with |on )?us\b|` +
      String.raw`\b(?:you['’]re|you are) the only (?:customer|client|one|team)\b|` +
      String.raw`\bno other (?:customers?|clients?)\b|` +
      String.raw`\bnone of our other (?:customers|clients)\b|\b(?:zero|no) (?:other )?reports? from ` +
      String.raw`(?:anyone|anybody) else\b|\b(?:no one|nobody) else (?:has|is|reported|sees|saw)\b|` +
      String.raw`\bother (?:customers|clients) (?:aren['’]t|don['’]t|` +
      String.raw`haven['’]t|are not|do not|have not)\b`,
    '',
  ),
  new RegExp(
    '我们(?:这边|的 ?SDK|的?服务端?|平台|后台)?[^，。！？；\\n]{0,10}?(?:什么都没[变改动]|没有(?:任何)?(?:改动|变化|变更|动过)|' +
      '没[变改动]过|全绿|一切正常|都正常)|(?:不是|并非)我们(?:这边|的 ?SDK|的?(?:问题|原因|服务|平台))|不在我们(?:这边|的)|' +
      '跟我们[^，。！？；\\n]{0,6}?无关|(?:其他|别的|其余)的?(?:客户|用户)(?:都|也)?(?:没有|没|不|并没有)|' +
      '只有(?:您|你|贵司)(?:们)?(?:这边|一家)?(?:反馈|遇到|有)|(?:其他|别的|其余)的?(?:客户|用户)(?:都|也)?(?:正常|没事|没问题)',
    '',
  ),
);
/** "…, not in our code" after naming their side: the fault is placed with them. */
const THEIRS = /\byour\b|贵司|贵方|你们|你方|您/i;
const NOT_OURS_TAIL =
  /^(?:not (?:from|in|with|on) our|not (?:from |with |on )?us|不在我们|不是我们|(?:其他|别的|其余)的?(?:客户|用户))/i;
/** "Nothing changed on our side, but we are still tracing …": clearing our side, then still working on it. */
const STILL_OURS = /\b(?:but|yet|still)\b|但|仍|还在|不过/i;
/** Something our side is doing: excuses an "everything is fine on our side". */
const OUR_ACTION = new RegExp(
  String.raw`我们(?:正在|也在|会|将|已经|同时|继续|马上|已|安排|派了|开始|立刻|立即)|工程师(?:正在|会)|` +
    String.raw`\b(?:we|i)(?:['’]re| are|['’]ll| will| also)\b(?! not)|` +
    String.raw`\bi['’]m (?:now |also |already )?(?:checking|looking|working|tracing|testing|escalating|reviewing|` +
    String.raw`monitoring|digging|pulling|going through|investigating|rolling|deploying|fixing|patching|restarting|` +
    String.raw`adding|moving|setting up|reaching out|following up|raising|filing|opening|replaying)\b|` +
    // "We've pulled the logs", not "we have over 2,000 customers".
    String.raw`\b(?:we|i)(?:['’]ve| have) (?:already |just |now |also )?(?:[a-z]+(?:ed|en)|sent|put|set|built|` +
    String.raw`kept|brought)\b|` +
    // Work reported done: "新版本已上线", "the fix is live".
    String.raw`已(?:经)?(?:上线|修复|发布|部署|回滚)|恢复正常|\b(?:fix|patch|update|hotfix)(?:es)? (?:is|are|was|were|` +
    String.raw`has been|went) (?:now )?(?:live|out|deployed|released|rolled out|shipped)\b`,
  'i',
);

// ---- over-promising ---------------------------------------------------------------------------------

/** Trouble that can be promised away: "zero downtime", "no lag", "no hiccups". */
const ZERO_TROUBLE_WORDS_EN = oneOf(
  'downtime',
  'lag',
  'delays?',
  'drops?',
  'interruptions?',
  'buffering',
  'freezes?',
  'packet loss',
  'hiccups?',
);
const CERT_EN = new RegExp(
  String.raw`\b(?:guarantee[ds]?|promise[ds]?|assure|rest assured|rest easy|for sure|definitely|certainly|` +
    'absolutely|surely|100 ?%|you have my word|(?:i )?give you my word|count on (?:us|me)|make sure|made sure|' +
    'ensure|no doubt|' +
    "without (?:a )?doubt|(?:i['’]m|i am|we['’]re|we are) (?:100 ?% |completely |absolutely |" +
    "totally )?(?:certain|sure|confident|positive)(?! (?:that )?you(?:['’]re| are|['’]ve| have| know| understand|" +
    "['’]ll| will| can))|" +
    'for good|once and for all|permanently|fully|perfectly|' +
    String.raw`completely|totally|entirely|consider it done|trust me|no question(?: about it)?|` +
    String.raw`without (?:a )?question|` +
    String.raw`without fail|count on it|bank on it|you can be sure|mark my words|take my word|i bet|` +
    String.raw`(?:a |one )?hundred percent|100 percent|` +
    // "Apple will have your app approved by Friday, no problem."
    String.raw`,\s*no problem(?=[.!]*\s*$))(?!\w)`,
  'gi',
);
/** Certainty adverbs promise only about the future: "That's definitely not how it should work" promises nothing. */
const ADVERB_CERT = new RegExp(
  '^(?:for sure|definitely|certainly|absolutely|surely|100 ?%|no doubt|without (?:a )?doubt|perfectly|' +
    'fully|completely|totally|entirely)$',
  'i',
);
const FUTURE_ANY = new RegExp(
  String.raw`\b(?:will|['’]ll|going to|gonna|shall|won['’]t|from now on|again|anymore|any more|update|patch|` +
    String.raw`new version|upgrade|release)\b`,
  'i',
);
const OUTCOME_EN = new RegExp(
  String.raw`\b(?:fix(?:es|ed|ing)?|resolv\w*|solv\w*|sorted|sort (?:it|this)|repair\w*|work(?:s|` +
    String.raw`ing)?(?: again| fine| perfectly)?|smooth\w*|stable|gone|stop(?:s|ped)?|disappear\w*|never|` +
    "no more|no longer|last (?:time|outage|incident|failure|drop|one)|won['’]t|will not|not (?:lose|" +
    'drop|happen|see|have|freeze|lag|' +
    String.raw`occur|recur|experience)|back to normal|uptime|availability|happy|satisf\w*|recur\w*|` +
    String.raw`refunds?|credits?|compensat\w*|discounts?|eliminat\w*|(?:hot)?fix|root cause|solution|` +
    String.raw`done|clear|takes? care of|perfect|flawless\w*|behind us|immune|bulletproof|` +
    String.raw`(?<!\b(?:go|goes|going|went|look|looking) )over|cheaper|less expensive|` +
    String.raw`recover\w*|restor\w*|eradicat\w*|` +
    String.raw`ships?|shipped|goes out|go out|gets? (?:released|shipped|merged|included)|lands? in|` +
    String.raw`makes? it into|(?:hit|hits|make|makes|meet|meets) (?:your|the) (?:[a-z-]+ )?(?:deadline|date|` +
    String.raw`launch|go-live|timeline)|` +
    String.raw`without (?:a (?:single )?|any |one )` +
    String.raw`(?:glitch|hitch|hiccup|issue|problem|drop|interruption|lag|freeze)e?s?|` +
    '(?:go|goes|run|runs) (?:smoothly|perfectly|flawlessly|without a hitch)|' +
    '(?:drop|drops|fall|falls|go|goes|come|comes|stay|stays) (?:down )?(?:below|under)|' +
    String.raw`(?:be|is|are|come|comes) back(?! to you)|purged|flushed|refreshed|go(?:es)? away|` +
    String.raw`can(?:['’]t|not) (?:happen|recur|occur)|be (?:under|below)|` +
    String.raw`connect\w* (?:instantly|right away|first time|every (?:single )?time)|waive[sd]?|` +
    // Someone else's yes: "It'll definitely be approved", "will definitely say yes", "the credit will be applied".
    String.raw`(?<!\b(?:was|were|been|has been|have been|already) )approved|say yes|(?<!\balready )applied|` +
    String.raw`(?:have|get|see) (?:the|your) (?:money|funds|refund|credit)|see it on your (?:card|statement|` +
    String.raw`invoice|account)|(?:be|stays?|remains?) (?:100 ?% |fully |completely |totally )?reliable|` +
    String.raw`ever (?:[a-z-]+ ){0,4}?again)\b`,
  'gi',
);
const COMMS_EN = new RegExp(
  String.raw`\b(?:update (?:you|them|this thread|here)|updates? (?:to|for) you|(?:send|give|post|` +
    String.raw`share)(?: you)? (?:an? |the )?(?:\w+ )?update|updating|keep (?:you|them) updated|` +
    String.raw`let (?:you|them) know|keep (?:you|them) (?:posted|updated|informed)|inform\w*|reply|` +
    String.raw`replie[sd]|respond\w*|get back to|follow(?:ing)? up|follow-up|check(?:ing)? (?:in|back|` +
    String.raw`with)|confirm\w*|report(?:ing)? back|write (?:back|again|to you)|send(?:ing)? (?:you|an?|` +
    String.raw`the)|shar\w*|contact\w*|call(?:ing)? you|reach(?:ing)? out|hear from|talk|notify|tell you|` +
    String.raw`stays?|assign\w*)\b`,
  'i',
);
/** "Expect everything to be stable within the hour", "you can expect a fix by 5": told, not hoped. */
const FUTURE_EN = /\b(?:will|['’]ll|going to|gonna|shall)\b|^\s*expect\b|\byou can expect\b/i;
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-five)?|ninety';
const STATE_EN = new RegExp(
  String.raw`\bfix(?:es)? (?:will|['’]ll) be (?:live|out|released|deployed|ready|available)\b|` +
    String.raw`\b(?:fixed|resolved|solved|sorted(?: out)?|working(?: again)?|back to normal|` +
    'smooth(?: again)?|stable(?: again)?|gone|up and running|behind us|fine|done|ready|live|out|back (?:up|online)|' +
    '(?:up|online|live) again|restored|recovered|be back(?! (?:to you|with you|in touch|here))|purged|flushed|(?:fix|' +
    String.raw`resolve|solve|sort) (?:it|this|that|the \w+))\b`,
  'i',
);
const PAST_STATE = new RegExp(
  String.raw`\b(?:was|were|has been|have been|had been|got|is now|are now)\s+(?:\w+\s+)?(?:fixed|` +
    String.raw`resolved|solved|sorted|back|stable|working)\b`,
  'i',
);
const TIME_EN = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:with)?in (?:the next )?(?:\d+(?:\.\d+)?|a|an|${NUMBER_WORDS}|a few|a couple of|` +
      String.raw`half an?) ?(?:min|minute|hour|hr|h|day|business day|working day|week)s?\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:by|before|after|until) (?:tonight|today|tomorrow|noon|midnight|eod|the weekend|` +
      '(?:the )?end of (?:the )?(?:day|week)|monday|tuesday|wednesday|thursday|friday|saturday|' +
      String.raw`sunday|\d{1,2}(?::\d{2})?\s?(?:am|pm)?|your \w+)|\bin time for (?:your|the)\b`,
    '',
  ),
  /\b(?:with)?in the next (?:hour|day|few hours|couple of hours)\b/,
  /\b(?:within the (?:hour|day|week)|today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|next week)\b/,
  /\b(?:shortly|in no time|right away|immediately|in a jiffy|tops)\b/,
  // "before your night shift starts at 22:00", "before the funeral at 11", "before the school trips start on Monday".
  new RegExp(
    String.raw`\bbefore (?:the|your) [^.!?;]{0,40}?\b(?:starts?|begins?|kicks? off|at \d{1,2}|on (?:mon|tues|wednes|` +
      String.raw`thurs|fri|satur|sun)day)\b`,
    '',
  ),
);
const NEXT_RELEASE_EN = new RegExp(
  String.raw`\b(?:next|upcoming|coming|new|latest) (?:update|release|version|build|patch|` +
    String.raw`sdk(?: version)?)\b(?: [a-z'’]+){0,3}? (?:(?:will|['’]ll|is going to) (?:\w+ )?)?(?:fix|` +
    String.raw`fixes|resolve|resolves|solve|solves|eliminate|eliminates|remove|removes|stop|stops)\b`,
  'gi',
);
/** Trouble a promise can say will never come: drops, freezes, failures … */
const TROUBLE_EN = oneOf(
  'drops?',
  'dropped calls?',
  'dropouts?',
  'freezes?',
  'glitch(?:es)?',
  'lag',
  'outages?',
  'crash(?:es)?',
  'interruptions?',
  'hiccups?',
  'downtime',
  'stutters?',
  'disconnect(?:ion)?s?',
  'failures?',
  'issues?',
  'problems?',
  'errors?',
  'delays?',
  'echo(?:es)?',
  'buffering',
  'blur(?:riness)?',
);
const NEVER_AGAIN_EN = new RegExp(
  String.raw`\bthere (?:won['’]t|will not|will never|['’]ll never|['’]ll be no|will be no) (?:be )?(?:a single|any|` +
    'one|' +
    String.raw`another|even one)? ?(?:[a-z-]+ ){0,2}?${TROUBLE_EN}\b|` +
    String.raw`\b(?:won['’]t|will not|will never|['’]ll never) (?:see|have|get|experience|hear|notice|face|` +
    'hit) (?:any|a ' +
    String.raw`single|one) (?:more )?(?:[a-z-]+ ){0,1}?${TROUBLE_EN}\b|` +
    String.raw`\b(?:are|is|will be)(?: now)? a thing of the past\b|` +
    String.raw`\b(?:zero|no) (?:[a-z-]+ )?${TROUBLE_EN} (?:from now on|going forward|ever again|anymore|any more|` +
    String.raw`from here on)\b|` +
    String.raw`\b(?:will|['’]ll) (?:be|stay|remain|work|run|sound|look) (?:[a-z-]+ ){0,2}?(?:clear|` +
    'smooth|stable|perfect|fine|flawless|reliable|lag-free|great|excellent|good|clean|normal|' +
    String.raw`crystal clear)\b[^.!?]{0,20}?\b(?:from now on|always|forever|for good|going forward)\b|` +
    String.raw`\b(?:zero|no) (?:downtime|lag|drops?|freezes?|issues?|problems?|outages?|` +
    String.raw`interruptions?) (?:from now on|going forward|ever again|anymore|any more)\b|\b(?:never|` +
    String.raw`no more|won['’]t|will not|not) [^.!?,;]{0,40}?\bagain\b|\bno more (?:freez\w*|lag\w*|` +
    String.raw`drops?|dropp\w*|echo\w*|crash\w*|problems?|issues?|stutter\w*|delays?)\b|` +
    String.raw`\bnever (?:happen|occur|recur)\w*|\bnothing (?:will|['’]ll|is going to|can) go wrong\b|` +
    String.raw`\b(?:impossible|no way|no chance) (?:for )?(?:it|this|that) (?:to |will |could )?(?:happen|occur|` +
    String.raw`recur|fail|break|come back|return)\b|\b(?:nobody|no one|no-one) (?:will|['’]ll) ever\b|` +
    String.raw`\b(?:from now on|going forward|from here on)\b[^.!?]{0,30}?\b(?:will|['’]ll) (?:be|stay|remain|work|` +
    String.raw`run|sound|look) (?:[a-z-]+ ){0,2}?(?:perfect|flawless|smooth|stable|fine|clear|reliable)\b|` +
    String.raw`\b(?:won['’]t|will not|will never|['’]ll never|never) ` +
    String.raw`(?:see|have|get|experience|hear|notice) (?:a single|another|one more)\b|` +
    String.raw`\b(?:this|it|that)(?: simply)? (?:can['’]t|cannot|can not) (?:ever )?(?:happen|occur|recur|` +
    String.raw`come back)(?: again)?\b|` +
    String.raw`\blast (?:[a-z-]+ ){0,2}?(?:that )?(?:you|your [a-z]+)(?:['’]ll| will)? ever\b|` +
    String.raw`\blast (?:[a-z-]+ ){0,2}?${TROUBLE_EN} (?:that )?(?:you|your (?:[a-z-]+ )?[a-z]+)(?:['’]ll| will) ` +
    String.raw`(?:see|have|get|hit|experience|face|run into|notice|suffer)\b|` +
    String.raw`\b(?:will|['’]ll) be the last (?:time|outage|incident|failure|crash|drop|glitch|interruption)\b|` +
    String.raw`\b(?:this|that)(?:['’]s| is) the last time (?:you(?:['’]ll| will)|your|it(?:['’]ll| will)|` +
    String.raw`[a-z-]+ (?:fail|drop|crash|freez|break|go(?:es)? down)\w*)|` +
    String.raw`\b(?:it|this|that|they|the (?:[a-z-]+ )?(?:issue|problem|bug|error|crash(?:es)?|freez\w+|lag|echo|` +
    String.raw`outage|glitch(?:es)?|drops?))(?:['’]ll| will)? (?:won['’]t|will not|will never|['’]ll never|never) ` +
    String.raw`(?:ever )?(?:come back|return|recur|reappear|resurface|be back|bother you)\b|` +
    // "after that the frozen frames are history".
    String.raw`\b(?:will be|['’]ll be) (?:history|a thing of the past)\b|\bafter (?:that|this|the (?:patch|update|` +
    String.raw`fix|upgrade|release))\b[^.!?]{0,40}?\b(?:is|are) (?:history|a thing of the past)\b|` +
    // "It's not coming back", "I'd bet my job it stays sorted", "the money will be in your account by Thursday".
    String.raw`\b(?:it|this|that)(?:['’]s| is) not coming back\b|\b(?:isn['’]t|is not|won['’]t be) coming back\b|` +
    String.raw`\b(?:i['’]d|i would|i['’]ll|i will) bet (?:my (?:job|life|house|salary|reputation)|anything)\b|` +
    String.raw`\bwill (?:be in|hit|reach|land in|show up in) your (?:bank )?account (?:by|on|within|before)\b|` +
    // "The bank will have the money in your account by Friday", "the problem goes away forever".
    String.raw`\b(?:will|['’]ll) have (?:the |your )?(?:money|refund|funds|credit|payment)\b[^.!?]{0,20}?\bin your ` +
    String.raw`(?:bank )?account (?:by|on|within|before)\b|` +
    String.raw`\b(?:goes|go|will go|['’]ll go) away (?:forever|for good|permanently)\b|` +
    String.raw`\b(?:will be|['’]ll be) gone (?:forever|for good|permanently)\b|` +
    // "This gets fixed today. Full stop.", "removes any possibility of this recurring", "won't drop anymore".
    String.raw`\b(?:this|it|that) gets (?:fixed|resolved|sorted|solved) (?:today|tonight|tomorrow|this week|by)\b|` +
    String.raw`\b(?:removes?|eliminates?|rules? out) (?:any|all|every) (?:possibility|chance|risk) of\b|` +
    String.raw`\b(?:won['’]t|will not|wont) (?:ever )?(?:drop|freeze|lag|cut out|fail|crash|stutter|buffer|` +
    String.raw`disconnect|break|echo|black out)(?: [a-z]+){0,2}? any ?more\b|` +
    // "From tonight every member … gets a sharp picture, wherever they're watching from".
    String.raw`\bevery (?:[a-z-]+ ){0,5}?(?:gets?|will get|has|will have) (?:a |an )?(?:sharp|crisp|clear|perfect|` +
    String.raw`smooth|flawless|stable|lag-free)\b[^.!?]{0,40}?\b(?:wherever|whatever|however|no matter)\b|` +
    // "It was a one-off. Won't come back.": the subject left out, the certainty whole.
    String.raw`^\s*(?:won['’]t|wont|will never|never) (?:ever )?(?:come back|return|recur|reappear|happen again)\b|` +
    String.raw`\b(?:there(?:['’]ll| will) be|you(?:['’]ll| will) (?:see|have|get|experience)) (?:absolutely )?` +
    String.raw`\*?(?:zero|not (?:a single|one)|no more|no)\*? (?:more )?(?:[a-z-]+ )?` +
    String.raw`(?:drops?|dropped calls?|freezes?|` +
    String.raw`glitch(?:es)?|lag|outages?|crash(?:es)?|interruptions?|hiccups?|downtime|stutters?|disconnects?)\b`,
  'gi',
);
/** What we will do to keep in touch or to check, after "will": a commitment, not an outcome. */
const NOT_COMMS_EN =
  String.raw`(?!(?:always |also |now )?(?:update|tell|let|send|share|notify|email|call|message|write|report|` +
  String.raw`check|keep|reach|contact|follow|review|monitor|watch|look|post|ping|get (?:an? |the )?(?:email|` +
  String.raw`notification|alert|message|report|update|summary)|receive)\b)`;
const WILL_NOT_OURS_EN = String.raw`(?:(?<!\b(?:we|i) )\bwill|(?<!\b(?:we|i))['’]ll) ${NOT_COMMS_EN}`;
const FROM_NOW_ON_EN =
  String.raw`\b(?:from now on|going forward|from here on(?: out)?|` + String.raw`from this (?:week|day|point) on)\b`;
/**
 * An outcome stated for every time to come: "From now on every narrator session will be saved", "the draw stream
 * will come through cleanly every week from now on". Not what we will do to keep them informed.
 */
const FOR_EVERY_TIME_EN = new RegExp(
  `${FROM_NOW_ON_EN}[^.!?]{0,60}?${WILL_NOT_OURS_EN}|${WILL_NOT_OURS_EN}[^.!?]{0,60}?${FROM_NOW_ON_EN}`,
  'gi',
);
/** A fix given a day as a fact: "Ticket filed. Fix ships Thursday." */
const FIX_ON_A_DAY_EN = new RegExp(
  String.raw`\b(?:(?:the |a |our )?(?:fix|patch|hotfix)(?: for (?:this|it))?|fixed in v?\d[\w.]*,?) ` +
    String.raw`(?:ships|lands|goes (?:live|out)|is live|out|` +
    String.raw`deploys|rolls out|is out|releases) (?:on |by |this |next )?(?:today|tonight|tomorrow|monday|tuesday|` +
    String.raw`wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d{2})?\s?(?:am|pm)?|week|eod)\b|` +
    // "the web SDK will support Safari 17 by the end of the month": a release date said as a fact.
    String.raw`(?<!\b(?:we|i) )\b(?:will|['’]ll) (?:support|ship|launch|be (?:released|out|live|fixed))\b` +
    String.raw`[^.!?]{0,40}?` +
    String.raw`\bby (?:the end of|end of|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
    String.raw`(?:the )?\d{1,2}(?:st|nd|rd|th))\b`,
  'gi',
);
/**
 * A bound or a perfect record stated for ever: "your viewers will always have under 200 ms", "latency will stay
 * under 200 ms from now on", "your crash rate will be zero", "100% resolved". Not what we will always do ("we'll
 * always reply within the hour" is a commitment to communicate).
 */
const ALWAYS_BOUND_EN = anyOf(
  'gi',
  new RegExp(
    String.raw`(?:(?<!\b(?:we|i) )\bwill|(?<!\b(?:we|i))['’]ll) always (?:be|have|get|see|stay|remain|run|work|` +
      String.raw`connect|sound|look|load|play|stream|hear)\b[^.!?]{0,40}?\b(?:under|below|less than|within|above|` +
      String.raw`at least|smooth\w*|stable|clear|fast|lag-free|perfect\w*|on time|instant\w*)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:will|['’]ll|is going to|are going to) (?:be|drop to|fall to|go (?:down )?to|stay at|remain at|` +
      String.raw`hit|reach|come down to) (?:exactly |absolutely |basically |literally )?(?:zero|0|nil)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:will|['’]ll) (?:stay|remain|be|keep) (?:well )?(?:under|below|within|less than) \d` +
      String.raw`[^.!?]{0,30}?\b(?:from now on|going forward|forever|for good)\b|\b(?:from now on|going forward)\b` +
      String.raw`[^.!?]{0,40}?\b(?:will|['’]ll) (?:always )?(?:stay|remain|be|keep|have) (?:well )?(?:under|below|` +
      String.raw`within|less than)\b`,
    '',
  ),
  /\b(?:100 ?%|a hundred percent|one hundred percent|definitely|absolutely) (?:fixed|resolved|solved|sorted|gone)\b/,
  /\b(?:gone|fixed|resolved|solved|sorted)[,!]?\s*(?:100 ?%|guaranteed|for sure)/,
);
const COMPENSATION_EN = oneOf('refunds?', 'credits?', 'discounts?', 'vouchers?', 'coupons?', 'compensation');
const COMPENSATE_EN = anyOf(
  'gi',
  new RegExp(
    `\\b(?:give|giving|offer|offering|issue|issuing|process|processing|provide) (?:you |` +
      `your account )?(?:a |an |the )?(?:full |partial |small )?(?:\\d+ ?% )?${COMPENSATION_EN}\\b`,
  ),
  new RegExp(`\\byou(?:['’]ll| will) (?:get|receive|have) (?:a |an )?(?:full |partial )?${COMPENSATION_EN}\\b`),
  new RegExp(
    String.raw`\b(?:you|they|it|this|that|the [a-z]+(?: [a-z]+)?)(?:['’]ll| will) be (?:fully |properly |` +
      String.raw`automatically )?(?:compensated|refunded|reimbursed|credited|paid back|waived)\b`,
  ),
  new RegExp(
    String.raw`\byou(?:['’]ll| will) get (?:the )?(?:enterprise|special|discounted|partner|reduced|lower) ` +
      String.raw`(?:pricing|prices?|rates?|tier)\b`,
  ),
  new RegExp(
    String.raw`\b(?:we|i|they|billing|finance)(?:['’]ll| will| can| are going to|['’]re going to| would)?` +
      String.raw`(?: also| then| gladly| happily| completely)? ` +
      '(?:refund|compensate|reimburse|waive)\\b',
  ),
  // Something of value given away: "we'll double your quota for free".
  new RegExp(
    String.raw`\b(?:we|i)(?:['’]ll| will| are going to|['’]re going to) (?:[a-z]+ ){1,5}?(?:for free|free of ` +
      String.raw`charge|at no (?:extra |additional )?(?:cost|charge))\b`,
  ),
  new RegExp(
    String.raw`\b(?:get|give|send|issue|offer|apply|add|put) (?:you |your account )?(?:a |an |` +
      String.raw`the )?(?:full |partial )?(?:\d+ ?% )?(?:credit|refund|discount|voucher|coupon)s?\b(?! (?:request|` +
      'policy|team))',
    '',
  ),
  new RegExp(
    String.raw`\bfree (?:month|upgrade|credits?|minutes)\b|\bmake (?:it|this) up to you\b|` +
      String.raw`\bcover the cost\b|\b(?:give|giving|offer|offering|promise)\b[^.!?]{0,24}?\b(?:free|on the house)\b|` +
      String.raw`\b(?:count on|expect|will (?:have|see|get)|promise|guarantee) (?:zero|no) (?:downtime|lag|drops?|` +
      String.raw`freezes?|issues?|problems?|outages?|interruptions?)\b|` +
      String.raw`\bmake up for\b|\b(?:months?|invoice|fees?|bill|renewal|minutes)(?:['’]s| is| are| will be) on us\b|` +
      String.raw`\boff (?:on )?your next invoice\b|\b(?:take|knock|give you) \d+ ?% off\b`,
    '',
  ),
  /\b(?:service|account) credit\b|\bcredit (?:to|on) your account\b|\bcredit your account\b/,
  new RegExp(
    String.raw`\b(?:i|we)(?:['’]ll| will| can| could|['’]m going to| am going to|['’]re going to| are going to)\b` +
      String.raw`[^.!?]{0,30}?\b\d+ ?(?:%|percent|per cent) off\b`,
    '',
  ),
);

/**
 * Compensation already approved by its owner, passed to the people who decide it, only named as a topic, or
 * expressly not promised: "Anna, our billing lead, approved it", "补偿的事我已经提交给商务同事申请了", "补偿这块我没法直接答应".
 */
const COMPENSATION_NOT_OFFERED = anyOf(
  'i',
  new RegExp(
    // Approved by the one who may approve it; not "I've approved a full refund on my end".
    String.raw`(?<!\bi(?:['’]ve| have)? )\b(?:approved|signed off|authori[sz]ed)\b(?! (?:it |this |that )?on my end)|` +
      String.raw`\b(?:can['’]t|cannot|can not|not able to|unable to|` +
      String.raw`not in a position to) (?:honestly |really |truly )?(?:promise|commit|confirm|guarantee|approve|` +
      String.raw`offer)\b|\b(?:submitted|requested|` +
      String.raw`asked|raised|passed|escalated|forwarded)\b[^.!?]{0,40}?` +
      String.raw`\b(?:billing|finance|account (?:manager|team)|sales)\b`,
    '',
  ),
  /已经?(?:批|批准|审批)|批了|审批通过|(?:没法|无法|不能|不好)(?:直接)?(?:答应|承诺|保证)|(?:提交|申请|转给|报给)[^，。！？；\n]{0,10}?(?:商务|财务|客户经理|销售)/,
  /提了?(?:退款|补偿|赔偿)(?:工单|申请|单)/,
  /(?:保证|承诺|担保)不了/,
  // Settled with those who decide it: "这个我已经跟财务负责人确认过了", "confirmed with billing".
  /(?:跟|和|与)(?:财务|商务|账单|计费)[^，。！？；\n]{0,6}?(?:确认|核实|审批|批)过?了/,
  /\bconfirmed (?:it |this )?with (?:our )?(?:billing|finance)\b/,
  // Applied by the contract's own terms: "the service credit applies automatically", "补偿会自动抵扣到账单里".
  /\b(?:appl(?:y|ies) automatically|automatically (?:applied|credited|deducted))\b|自动(?:抵扣|返还|退还|发放|到账|减免)/,
  /^(?:的事|这块|这件事|方面|相关|的问题|事宜|的申请)/,
);
/** A check with them promised: the certainty that follows is what the check is for. */
const CHECK_WITH_YOU = new RegExp(
  String.raw`\b(?:check(?:ing)? (?:in|back)? ?with you|call you|follow up with you|get back to you|` +
    String.raw`talk (?:to|with) you|` +
    String.raw`(?:we|i)(?:['’]ll| will) (?:check|confirm|verify|review|look at)\b[^.!?]{0,40}?with you)\b|` +
    '回访|跟您确认|和您确认|再确认|一起确认|核对一下',
  'i',
);
/** "…to make sure the call keeps going", "来保证通话不断": a purpose, said of no one, promises nothing. */
const PURPOSE = {
  test: (words: string) =>
    (/\bto $/i.test(words) && !/\b(?:we|i|our)\b/i.test(words)) ||
    (/(?:来|为了|以|用来|从而|才能|以便|优先|尽量|尽可能)$/.test(words) && !/我们|我/.test(words)),
};
const RATHER_THAN = /宁[可愿肯][^。！？；\n]*也(?:要|得|会)$/;
const CERT_ZH = new RegExp(
  '相信我|拿人格|人格担保|我敢(?:说|保证|打包票)|板上钉钉|包在我身上|(?<!不)放(?:一百个|一万个)?心|一百个放心|铁定|准保|包管|管保|妥妥|百分百|' +
    // 保证金 is a deposit.
    '准(?=[能会]?(?:恢复|好|没问题|修好|解决|搞定|行))|保证(?![金书函])|承诺|担保|打包票|包您|包你|包(?=满意)|' +
    // "肯定是您那边环境的原因" is a diagnosis, not a promise.
    '(?:一定|肯定|绝对)(?!是[^，。！？；\n]{0,12}?(?:原因|问题|导致|造成|引起|的锅))|必定|必然|务必|确保|百分之百|100 ?%',
  'g',
);
const OUTCOME_ZH = new RegExp(
  '最后一次|零(?:中断|卡顿|掉线|故障)|万无一失|顺利|修完|改完|弄好|弄完|整完|办完|弄妥|搞好|处理完|搞完|不丢|零失误|' +
    '过去了|结束|解决|修复|修好|搞定|恢复|(?:自动)?重连|处理好|好了|没问题|一切正常|满意|排第一|第一个处理|稳稳|扛住|不会|不再|再也|清晰|流畅|稳定|不卡|优先|不影响|没有影响|可用率|彻底|' +
    '退款|退回|退还|返还|补偿|赔偿|清楚|不受影响|没了|消失|' +
    'hotfix|修复版|补丁|发版|上线|根除|降到|降低到|低于|以下|找到|定位到|根因|' +
    '(?:刷新|清理?|部署|迁移|切换|同步|更新|跑|做)完|完成|(?<=(?:肯定|一定|保证)(?:能|会)?)(?:好|行)|接通|审核通过|过审|' +
    '(?<=(?:肯定|一定|保证)(?:能|会)?)(?:通过|过)|找回',
  'g',
);
// 更新 is news to share only when said so: "更新之后一秒接通" is an app update.
const COMMS_ZH = new RegExp(
  '回复|答复|同步|跟进|更新(?=[^，。！？；\\n]{0,4}?(?:进展|进度|情况|状态|结果|给您|您|在这|到这|群里))|' +
    '(?:给您|向您|跟您|及时|随时|持续|再)更新|告诉|通知|联系|确认|反馈|汇报|说明|回访|沟通|联络|告知|发给您|回电',
);
const ASKED_OUTCOME_ZH = /(?:什么时候|何时|多久|能否|是否|能不能|会不会)[^，。！？；\n]{0,4}$/;
const NEG_ZH_PROMISE = /无法|不能|没法|不敢|不可能|难以|没有办法|不好说|不确定|还不能|说不准|说不好|拿不准|不一定/;
const TIME_ZH = new RegExp(
  String.raw`(?:\d+|[一二三四五六七八九十两几半]{1,3})\s*个?半?(?:小时|分钟|钟头|天|日|工作日)(?:之?内|以内)?|今天|明天|今晚|今日|下午|上午|晚上|` +
    String.raw`马上|立刻|立即|很快|下周|本周|这周|周[一二三四五六日末]|\d{1,2}\s*[点:：]\d{0,2}|` +
    String.raw`活动前|直播前|下班前|明早|明晚|今早|(?:会|活动|直播|发布|上线|开播|比赛)(?:开始)?之?前`,
  '',
);
/** A fix given a day as a fact: "已提单，周四上线修复". */
const FIX_ON_A_DAY_ZH = new RegExp(
  `(?:^|[，。；、\\s])(?:最晚|最迟)?(?:${TIME_ZH.source})(?:之前|前)?就?(?:(?:上线|发布|推送|发)(?:修复|补丁|新版|修复版)|` +
    '修复上线)',
  'g',
);
const STATE_ZH =
  /(?:就|能|会|可以|将)[^，。！？；\n]{0,6}?(?:解决|修复|修好|搞定|恢复|处理好|好|上线修复|稳定)|(?:之前|以前|之内|以内|前|内)(?:给您)?(?:修好|解决|搞定|处理好)/;
const PAST_ZH = /已经?|已于|刚刚?/;
/** "正在", "已经", "在修": work under way; not the 在 of 现在, 实在, 所在. */
const UNDER_WAY_ZH = /(?:正在|已经?|(?<![现实存所自好站坐躺住待])在)[^，。！？；\n]{0,3}$/;
/** What follows "都会" when it is a word from us: "都会同步一次", "都会跟您说一声". */
const WORD_FROM_US_ZH = '[^，。！？；\\n]{0,10}?(?:说|同步|更新|发|回复|告诉|通知|来|跟您|给您)';
/** A good outcome: "都会清清楚楚", "都能流畅"; not the trouble reproduced ("不管开不开美颜都会出现这个问题"). */
const GOOD_OUTCOME_ZH = '[^，。！？；\\n]{0,8}?(?:清楚|清晰|流畅|稳定|正常|顺畅|不卡|没问题|恢复|找回|到账|稳)';
const SURE_OUTCOME_ZH = new RegExp(
  // A bare "就好了" is advice ("让他们戴上耳机就好了"); with a modal it is a forecast ("就能好了").
  '就(?:能|会|可以)?(?:彻底|完全)?(?:解决|修好|恢复正常|搞定|没了|消失)|就(?:能|会|可以)(?:彻底|完全)?好了|' +
    '(?:会|就|能|将)(?:会|能)?(?:彻底|完全|永远|全部|全都|统统)(?:消失|解决|' +
    '没了|不会|不再|修好|恢复)|(?:彻底|永久|永远|完全)(?:根除|杜绝|消灭|铲除)|板上钉钉|打包票|包在我身上',
  'g',
);
/**
 * A flawless outcome stated as certain, with or without a word of certainty: "every one of your attendees will have
 * a flawless stream", "once you update, the echo is gone", "每个人的直播都会完美流畅", "断续会全部消失".
 */
const FLAWLESS_EN = anyOf(
  'gi',
  // "your call-in lines are bulletproof", "nothing is going to interrupt it", "zero packet loss guaranteed from now
  // on",
  // "gone forever", "calls will be smooth on any network", "every single watch, no exceptions".
  new RegExp(
    String.raw`\b(?:is|are|['’]s|['’]re) (?:now )?(?:bulletproof|rock[- ]solid|unbreakable)\b` +
      String.raw`(?! (?:on|about|with)\b)|` +
      String.raw`\bnothing (?:is going to|will|['’]ll|can|could) (?:interrupt|stop|break|go wrong|disrupt)\b|` +
      String.raw`\b(?:absolutely|that) nothing goes wrong\b|\bnothing of the kind will (?:occur|happen)\b|` +
      String.raw`\bwill (?:experience|see|have) zero\b|` +
      String.raw`\bzero [a-z]+(?: [a-z]+)? (?:guaranteed|anywhere in the world)\b|` +
      String.raw`\b(?:after that|from now on|going forward),? zero\b|\bgone (?:forever|for good)\b|` +
      String.raw`\bwill always (?:go through|work|connect|load)\b|` +
      // Not what we will do ("We'll run the test on any device you send us").
      String.raw`(?<!\b(?:we|i)\s?)\b(?:will|['’]ll)\b[^.!?;]{0,50}?\b(?:on any (?:network|connection|device|phone)|` +
      String.raw`no matter how ` +
      String.raw`(?:bad|slow|weak|patchy|poor)|anywhere in the world|every single (?:time|one))\b|` +
      String.raw`\bevery single [a-z]+\b[^.!?;]{0,30}?,? no exceptions\b|\bguaranteed zero\b|` +
      String.raw`\bzero [a-z]+(?: [a-z]+)?, full stop\b|` +
      // "Not a second of delay between the altar and the screens", "no outages for the whole wedding season", "100% of
      // your ticket holders will get in", "not one freeze, start to finish". Not a record: "not one freeze so far".
      String.raw`\bnot (?:a|one) (?:single )?(?:second|moment|frame)s? of (?:delay|lag|buffering|downtime|` +
      String.raw`interruption)\b|\bno (?:outages?|dropouts?|freezes?|interruptions?|downtime) (?:for|during|` +
      String.raw`throughout) the (?:whole|entire)\b|\b100 ?% of (?:your |the )?[a-z -]{0,30}?(?:will|['’]ll)\b|` +
      // "recordings simply cannot fail", "will get no delay at all", "no candidate will ever lose an interview", "every
      // single guest … will be able to join without a hitch".
      String.raw`\b(?:simply|just) (?:cannot|can['’]t) (?:fail|drop|freeze|break)\b|` +
      String.raw`\bwill (?:get|see|have|notice|experience) no (?:delay|lag|buffering|freezes?|drops?) at all\b|` +
      String.raw`\bno [a-z]+ will ever (?:lose|drop|miss|freeze|fail)\b|` +
      String.raw`\bevery (?:single )?[a-z]+\b[^.!?;]{0,50}?\bwill\b[^.!?;]{0,40}?\bwithout a hitch\b|` +
      String.raw`\bnot (?:one|a single) (?:freeze|drop|dropout|glitch|hiccup|stutter)s?,? ` +
      String.raw`(?:start to finish|from start ` +
      String.raw`to finish|all (?:day|night|evening))\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:will|['’]ll|is going to|are going to|gonna) (?:be|look|sound|run|work|stay|remain|go|play|` +
      'stream) ' +
      '(?:[a-z-]+ )?(?:flawless(?:ly)?|perfect(?:ly)?(?! (?:honest|frank|clear|open|transparent|candid))|' +
      'crystal[- ]clear|seamless(?:ly)?|lag-free|glitch-free|problem-free|error-free|bulletproof|' +
      String.raw`rock[- ]solid)\b|\b(?:will|['’]ll) (?:have|get|enjoy|see|experience) (?:a |an )?(?:[a-z-]+ )?` +
      String.raw`(?:flawless|perfect|seamless|lag-free|glitch-free|crystal[- ]clear|problem-free|uninterrupted)\b|` +
      String.raw`\b(?:will|['’]ll) make (?:[a-z-]+ ){0,3}?(?:perfect|flawless|crystal[- ]clear|seamless|lag-free|` +
      String.raw`glitch-free)\b`,
    '',
  ),
  // "Has run flawlessly for every other client" is a record, not a promise.
  new RegExp(
    String.raw`(?<!\b(?:has|have|had) )\b(?:works?|runs?|performs?) (?:perfectly|flawlessly) ` +
      String.raw`(?:on|for|in|with|across) (?:every|all|any)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:will|['’]ll) (?:be|run|go|work|stream|play) (?:[a-z-]+ )?(?:without (?:a (?:single )?|any )` +
      String.raw`(?:hitch|glitch|hiccup|issue|problem|drop|interruption)e?s?|smoothly|flawlessly)\b|` +
      String.raw`\b(?:everything|all|things|it|you|your (?:[a-z-]+ )?(?:users|calls|streams?|event|launch))` +
      "(?:['’]ll| " +
      String.raw`will) be (?:fine|okay|ok|all good|all right|alright|back to normal)\b|` +
      String.raw`\b(?:will|['’]ll) (?:be )?(?:all |completely |totally |entirely )?(?:gone|history|` +
      String.raw`a thing of the past)\b|` +
      String.raw`\b(?:will|['’]ll) (?:disappear|vanish|go away)\b|` +
      // "every viewer gets perfect video from now on", "the kids won't notice anything during exam week".
      String.raw`\b(?:gets?|has|have|enjoys?) (?:perfect|flawless|seamless|lag-free|glitch-free|crystal[- ]clear) ` +
      String.raw`(?:video|audio|sound|quality|calls?|streams?)\b[^.!?]{0,30}?\b(?:from now on|always|forever|` +
      String.raw`whatever|no matter)\b|\b(?:won['’]t|will not) (?:notice|see|feel|hear) (?:a thing|anything|` +
      String.raw`any (?:difference|lag|delay|drop))\b|` +
      // "there is zero chance of the streams dropping", "every consult connects first time, every time".
      String.raw`\b(?:there['’]s|there is|with) (?:zero|no) (?:chance|risk|way)\b(?! (?:we|i)\b)|` +
      String.raw`\bfirst time, every time\b|\b(?:def(?:initely)?|100%) fixed\b[^.!?]{0,20}?\b(?:won['’]t|wont|will ` +
      String.raw`not|never) (?:come back|happen again|return)\b|` +
      // "the new servers can handle anything your audience throws at them": a capacity without limit.
      String.raw`\b(?:can|will|['’]ll) (?:handle|take|cope with|absorb) (?:anything|whatever|` +
      String.raw`any (?:load|traffic|spike|` +
      String.raw`number))\b|\b(?:will|['’]ll) sound studio[- ]quality\b|` +
      String.raw`\b(?:will|['’]ll) (?:eliminate|get rid of|wipe out|` +
      'remove|stop|end|cure|fix|solve) (?:every|all|each|any)(?: of)?(?: the| your| those| these)? ' +
      `(?:[a-z-]+ ){0,2}?${TROUBLE_EN}`,
    '',
  ),
  // A certainty tagged on, or given on behalf of others: ", guaranteed", "Apple will approve it within 24 hours",
  // "back up in exactly 10 minutes", "none of your viewers will ever see buffering", "you can tell your director
  // it's handled".
  new RegExp(
    String.raw`\b(?:will|['’]ll|going to|after (?:that|this)|from now on)\b` +
      String.raw`(?! (?:update|let|reply|call|check|get back|` +
      String.raw`send|post|message|email|write|ping|follow up|keep|be in touch|stay)\b)[^.!?]*` +
      String.raw`[,—–:]\s*(?:guaranteed|100 ?%|for sure|permanently)\s*[.!]*\s*$|` +
      // "Zero lag during the drop, promise."
      `\\b(?:zero|no) ${ZERO_TROUBLE_WORDS_EN}\\b` +
      String.raw`[^.!?]{0,60}?` +
      String.raw`[,—–:]\s*(?:guaranteed|100 ?%|for sure|promise)\s*[.!]*\s*$|` +
      // Others' deeds given a time: "the carrier will have the signal back by tomorrow morning", "Google Play will
      // push the update to all your users within the hour", "the banks will return the money within 48 hours".
      String.raw`\b(?:the )?(?:carriers?|(?:[a-z]+['’]s )?banks?|card issuers?|google(?: play)?|apple|wechat|isp|` +
      String.raw`paypal|stripe|visa|mastercard|couriers?|microsoft|` +
      String.raw`telcos?) (?:will|['’]ll) ` +
      String.raw`(?!(?:likely|probably|usually|typically|normally|need|want|ask|say|tell|let|` +
      String.raw`send you|` +
      String.raw`confirm|decide|review|look)\b)(?:have|push|return|release|refund|restore|deliver|process|clear|` +
      String.raw`roll out|approve|send|put|get)\b[^.!?]{0,60}?\b(?:by|within|before|the minute|tomorrow|tonight|` +
      String.raw`today|next week|this week|in \d)\b|` +
      String.raw`(?<!\b(?:if|whether|when|once|until|unless)\b[^.!?]{0,20})` +
      String.raw`\b(?:apple|google|the app ?store|(?:the )?play store|app review|(?:your |the )(?:[a-z'’]+ ){0,2}?` +
      String.raw`(?:team|legal|finance|bank|procurement|auditors?|regulator|court|board))(?:['’]s review)? ` +
      String.raw`(?:will|['’]ll|is going to|are going to) (?:definitely |certainly |surely )?(?:approve|sign off|` +
      String.raw`accept|grant)\b|\b(?:will|['’]ll) (?:definitely |certainly |surely )?(?:pass|clear|get through) ` +
      String.raw`(?:[a-z'’]+ ){0,2}?(?:review|audit|approval|certification|inspection)\b(?! (?:notes|comments))|` +
      String.raw`\b(?:will|['’]ll)\b(?![^.!?]{0,30}?\b(?:expire|time out|log|lock|close|end)s?\b)[^.!?]{0,40}?` +
      String.raw`\b(?:in|at) exactly \d|` +
      String.raw`\b(?:we|i)(?:['’]ll| will)? make sure (?:that )?` +
      String.raw`(?:none|no one|nobody|nothing|not (?:one|a single))\b` +
      String.raw`[^.!?]{0,60}?\bever\b|` +
      String.raw`\b(?:will|['’]ll|be able to)\b[^.!?]{0,60}?\bwith no (?:problems?|issues?|trouble|hiccups?|lag|` +
      String.raw`drops?|delay) (?:at all|whatsoever)\b|` +
      String.raw`\b(?:i|we) (?:can )?(?:promise|guarantee)(?: you)? (?:zero|no|nothing but|every|full|100|` +
      String.raw`a (?:flawless|perfect|smooth|stable))\b|` +
      String.raw`\bnot (?:one|a single (?:one|[a-z]+)) (?:will|is going to) be (?:lost|missed|dropped|deleted)\b|` +
      `\\b(?:${TROUBLE_EN})\\w*\\s+(?:goes|go|will go|['’]ll go) away (?:entirely|completely|for good|forever)\\b|` +
      String.raw`\b(?:will|['’]ll) (?!(?:update|let|reply|call|check|get back|send|post|message|email|write|ping|` +
      String.raw`follow up|keep|stay|be (?:in touch|around|here|online|available|on))\b)[^.!?]{0,80}?` +
      String.raw`\b(?:whatever (?:happens|the [a-z]+ does)|no matter what)\b|` +
      String.raw`\bnothing (?:like (?:this|that|it)|of the (?:sort|kind)|similar) (?:will|is going to) happen\b|` +
      String.raw`\byou can tell (?:your|the) [a-z]+ (?:that )?(?:it['’]s|it is|everything['’]s|everything is) ` +
      String.raw`(?:handled|fixed|sorted|solved|resolved|done)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:once|after|as soon as) [^.!?]{0,60}?, (?:the |your |that |this |all |` +
      String.raw`any )?(?:[a-z-]+ ){0,2}?(?:is|are|['’]s) (?:gone|fixed|solved|resolved|history)\b`,
    '',
  ),
  // A claim of zero trouble: "The new build has zero lag", "you'll have zero audio dropouts" ("near-zero" is an aim).
  new RegExp(
    String.raw`\b(?:has|have|gets?|with|is|are|(?:will|['’]ll) (?:be|have|get|see))\s+(?:absolutely |literally |` +
      String.raw`practically )?(?<!(?:near|close to|almost|nearly|virtually)[- ])zero (?:[a-z-]+ )?(?:lag|latency|` +
      String.raw`delay|buffering|dropouts?|drops|downtime|freez\w+|echo|jitter|stutter\w*|packet loss)\b`,
    '',
  ),
  // "this class of issue is now impossible" ("impossible to say" is no claim).
  new RegExp(
    String.raw`\b(?:this|that|it|the (?:issue|problem|bug|outage|freeze|drop)s?|this (?:class|kind|type) of ` +
      String.raw`(?:issue|problem|bug|failure)s?)(?:['’]s| is| are| will be| becomes?) (?:now |simply |literally |` +
      String.raw`just )?impossible\b(?! (?:to|for|on|with)\b)`,
    '',
  ),
  // "the delay drops to basically nothing for every viewer", "Expect the fix by tomorrow. That part is a certainty."
  new RegExp(
    String.raw`\b(?:delay|lag|latency|echo|buffering|jitter|dropouts|freezes|stutter) (?:will )?(?:drops?|falls?|` +
      String.raw`goes|go|comes? down|shrinks?) to (?:basically |practically |literally |absolutely )?` +
      String.raw`(?:nothing|zero)\b|` +
      String.raw`\b(?:that|this|it)(?: part)?(?:['’]s| is) (?:a )?(?:certainty|certain|set in stone)\b` +
      String.raw`(?=\s*(?:[.!,;]|$))`,
    '',
  ),
);
/** Trouble a promise says will not come: "一点延迟都不会有", "一台都不会失败", "再也没有延迟了". */
const NO_TROUBLE_ZH = '(?:延迟|延时|卡顿?|杂音|中断|断线?|掉线|失败|花屏?|超|丢|少|漏|黑屏|回声|发烫)';
const FLAWLESS_ZH = anyOf(
  'g',
  // "一点延迟都不会有", "一台都不会失败", "往后…一段都不会少", "以后…再也没有延迟了", "会做到完全没有延迟", "永久稳定运行",
  // "都会是零杂音", "银行那边三个工作日内必到账", "稳如泰山", "确保每一位听众都能…". Not "之前一次掉线都没有", a record.
  new RegExp(
    `(?:完全|一点|丝毫|再也|永远|绝|一次|一台|一段|一个|一秒)${NO_TROUBLE_ZH}?(?:都|也)?不会(?:再)?(?:有)?(?:任何)?` +
      `${NO_TROUBLE_ZH}|(?:完全|一点|丝毫|再也|永远|绝|一次|一台|一段|一个|一秒)${NO_TROUBLE_ZH}(?:都|也)?不会(?!计费|扣|收|影响)|` +
      `(?:以后|从此|今后|往后|再也)(?:(?!如果|要是|万一)[^，。！？；\\n]){0,10}?(?:完全|一点|丝毫)?${NO_TROUBLE_ZH}?都?没有(?:任何)?` +
      `${NO_TROUBLE_ZH}|(?:之后|以后)就?(?:彻底|完全)没有(?:任何)?${NO_TROUBLE_ZH}|` +
      `(?:会|能)(?:做到)?完全没有(?:任何)?${NO_TROUBLE_ZH}|(?:永久|永远)(?:稳定|保持|流畅)|` +
      '(?:就是|都是|都会|会是)(?:零(?:杂音|延迟|卡顿|丢包|中断)|高清不卡)|(?:必|准能|准会)(?:到账|审完|审核通过|过审)|' +
      '一定完美|稳如泰山|什么都打断不了|严丝合缝|确保(?:每一位|每一个|每位|所有)(?!工程师|同事|值班|客服|员工)',
  ),
  // "直播将全程无任何中断", "一定全程零问题", "从头到尾一次不卡", "后面会一直非常顺畅", "从明天起所有线路都会完全不卡"; not a record
  // (昨晚全程零问题).
  new RegExp(
    '(?<!(?:昨|上周|上次|刚才|已经|之前)[^。！？；\\n]{0,12})(?:全程(?:无任何|零|没有任何|不会有任何)(?:问题|中断|卡顿)|' +
      '从头到尾一次(?:都)?不卡|(?:后面|以后|今后|之后)(?:会)?一直(?:非常|很|都)?(?:顺畅|流畅|稳定)|' +
      '(?:从|自)[^。！？；\\n]{0,6}?起[^。！？；\\n]{0,10}?(?:都|也)?会(?:完全)?不(?:卡|断|掉))',
  ),
  /(?:会|将|能|可以)(?:是|变得|做到|保持)?[^，。！？；\n]{0,4}?(?:完美|零卡顿|零掉线|零延迟|万无一失|丝滑|毫无问题|一点问题都没有)/,
  /完美(?:生效|运行|流畅|解决|兼容|支持|适配|修复|无缺)/,
  /下不为例/,
  // "安卓 15 上也会完全正常", "周末活动期间会一直稳稳的，这次谁也搞不崩它".
  /(?:也|都|就)会完全(?:正常|恢复|没问题|解决)|会一直(?:都)?稳稳(?:的|当当)|谁也(?:搞不|弄不|打不|冲不)(?:崩|垮|挂|倒)/,
  // "下一场直播保证丝滑", "明天起延迟全部低于 100ms".
  // Not a purpose: "系统会先牺牲清晰度来保证不卡".
  /(?<!来|以|为了?)(?:保证|肯定|绝对|铁定)(?:是|会)?(?:丝滑|流畅|清晰|稳定|不卡|顺畅|稳稳的)/,
  /(?:明天|明日|下周|今晚|从今天|今天)起[^，。！？；\n]{0,12}?(?:全部|都|全都|一律)(?:低于|不超过|不高于|稳定在)/,
  /(?:所有|每[个一通场节次台位条路]|任何|全部)[^，。！？；\n]{0,12}?(?:都|全)(?:会|将|能)[^，。！？；\n]{0,6}?(?:流畅|清晰|稳定|完美|降到|低于|恢复)/,
  /(?:所有|每个|每一|任何|全部)[^，。！？；\n]{0,12}?(?:都|全)不会再/,
  /(?:从现在起|从今以后|以后|今后)[^。！？\n]{0,24}?(?:任何|所有|每)[^，。！？；\n]{0,12}?[都均]不(?:超过|会超过|高于|会)/,
  // "不管学员用什么手机，照片都会清清楚楚", "就算同时来 100 万观众也不会卡", "下周起玩家都不用再排队了".
  // Not "不管有没有结论，我都会同步一次": a word from us whatever happens is a promise to keep in touch.
  new RegExp(
    `(?:不管|无论|不论)[^。！？；\\n]{0,24}?(?<!我们?[^，。！？；\\n]{0,4})[都也](?:会|能|是)(?!${WORD_FROM_US_ZH})(?=${GOOD_OUTCOME_ZH})|` +
      `(?<!我们?)都会(?!${WORD_FROM_US_ZH})(?=${GOOD_OUTCOME_ZH})[^，。！？；\\n]{2,12}[，,]\\s*不管|` +
      '就算[^，。！？；\\n]{0,20}?也不会(?:卡|断|掉|延迟|出问题|有问题)',
  ),
  /(?:下周|下个?月|明天|明年|下次)(?:起|开始)[，,]?[^。！？\n]{0,20}?都不(?:用|需要)再/,
  // "修好了，不会再犯", "以后卡顿绝对是零", "RTT 保证在 50ms 以内", "周五前 100% 能出修复".
  /(?:^|[，,。：:])\s*(?:以后|今后|再也)?不会再(?:犯|出现|发生|掉线|卡|断)了?\s*[。！!]?\s*$/,
  /(?:卡顿|掉线|延迟|丢包|故障|黑屏)[^，。！？；\n]{0,4}?(?:绝对|肯定|保证)?(?:是|为|降到)零(?!了)/,
  /保证(?:在|低于|不超过|控制在)\s*\d/,
  /100\s*[%％]\s*(?:能|会|可以)(?!复现|触发|出现|报错)/,
  /(?:跟|给|向)(?:领导|老板|上级|客户)[^，。！？；\n]{0,4}?说[^，。！？；\n]{0,6}?(?:已经)?(?:解决|修好|搞定)了/,
  /(?<!是不是|是否)就(?:全都?|统统|完全|彻底)(?:听不到|看不到|没有了|没了|消失|不会|好了|解决|稳了|稳定了|流畅了|顺畅了|没问题了)/,
  // "录像一个不少都能找回来": all of it back, as certain; "大部分都能找回来" is a forecast with its doubt.
  // Not asked about ("是不是都能找回来") and not only if ("只要备份还在，都能恢复").
  /(?<!(?:是不是|是否|能否|有没有|只要)[^，。！？；\n]{0,8})一[个条段张分秒帧场份](?:都)?不(?:少|落|差)[^，。！？；\n]{0,4}?(?:找回|恢复|退|补|追回|到账|回来)/,
  /(?<!(?:大部分|大多|多数|部分|基本上?|应该|可能|也许|估计|大概|是不是|是否|能否|有没有)[^，。！？；\n]{0,8}|只要[^。！？；\n]{0,16})(?:都|全部|全都)能(?:找回|恢复|补回|追回)/,
  /(?:会|将|就)(?:会)?(?:自动|全部|全都|统统|彻底|完全)?(?:消失|不见)/,
  /不会(?:再)?有任何[^，。！？；\n]{0,8}?(?:问题|掉线|卡顿|中断|故障|失败|异常|延迟|断流|出错)/,
  // "确保今后任何有问题的发布都不可能再进入线上".
  /(?:确保|保证)[^，。！？；\n]{0,20}?(?:都|也)?不(?:可能|会)再/,
  // "升级之后延迟直接降到零".
  /(?:直接|就|会|能|都)(?:会|能)?(?:降|减|压)(?:到|为|至)零/,
  /(?<!为了|确保|做到|力争|争取)万无一失|一点(?:问题|毛病)都不会有|不会有(?:一点|半点)(?:问题|毛病)|稳稳(?:地)?扛(?:得)?住/,
  // A bound kept for ever, or not one failure: "延迟会永远保持在 200 毫秒以内", "画面一下都不会卡".
  /(?:会|将|能)(?:永远|始终|一直)(?:都)?(?:保持|维持|控制|稳定|稳)在[^，。！？；\n]{0,12}?(?:以内|以下|之内|以上|之下|内)/,
  /一(?:下|次|秒|点|帧|丁点|点儿|条|场|个|张|笔)(?:都|也)不会(?:再)?[^，。！？；\n]{0,4}?(?:卡|掉|断|出|有|延迟|中断|崩|花|丢|例外|漏)/,
  // "人再多也扛得住", "网络再差都没关系", "用再旧的手机都能流畅排练": whatever comes, fine.
  new RegExp(
    `再(?:多|差|旧|老|烂|慢|远|弱|大|卡)(?:(?!我们?)[^，。！？；\\n]){0,6}?(?:都|也)(?!${WORD_FROM_US_ZH})` +
      '(?:能|会|扛得住|照样|一样|没问题|不卡|不会(?:掉|卡|断|崩))',
  ),
  new RegExp(
    '(?:就算|即使|哪怕)[^，。！？；\\n]{0,20}?[，,]?[^，。！？；\\n]{0,10}?(?:也|都)(?:照样|一样)(?:能|会|是)?' +
      '[^，。！？；\\n]{0,4}?(?:高清|流畅|清楚|清晰|稳|不卡|不断)',
  ),
  // Others' decisions, given a day: "微信那边明天肯定就过了", "各家银行24小时内就会把退款打到".
  new RegExp(
    '(?<!如果|要是|假如|万一|假设)(?:微信|支付宝|银行|应用市场|应用商店|苹果|App ?Store|运营商|监管)(?:那边|方面)?' +
      '(?:(?!说|表示|称|预计)[^，。！？；\\n]){0,12}?' +
      '(?:明天|今天|今晚|下周|\\d+\\s*(?:小时|天|分钟)内|马上|立刻)[^，。！？；\\n]{0,6}?(?:肯定|一定|就会|就能|保证)' +
      '(?:(?!不)[^，。！？；\\n]){0,10}?(?:过|通过|放开|到账|打到|退到|恢复|上架|审核)(?!不|完不)',
  ),
  // "新版本零延迟": zero trouble claimed ("接近零延迟", "做不到零延迟", "已经连续三天零掉线" are not).
  new RegExp(
    '(?<!接近|趋近于?|几乎|近乎|做到|实现|追求|不是|没有|不存在)(?<!(?:已经|已|连续|过去|这几天|上周|昨天)[^，。！？；\\n]{0,8})' +
      '(?:完全|真正)?零(?:延迟|卡顿|掉线|丢包|中断|故障|回声)(?![^，。！？；\\n]{0,6}?(?:做不到|不可能|不现实|达不到|很难))',
  ),
);
/**
 * A strong word of certainty bound to what will happen: "热更新周五肯定发", "保证零崩溃", "绝对不可能再发生",
 * "都能百分之百录下来". Not "肯定是网络问题" (a diagnosis) nor "一定要" (advice); the weaker 一定 needs an outcome.
 */
const SURE_FUTURE_ZH = new RegExp(
  '(?:能|会|可以|将)(?:百分之百|百分百|绝对)|' +
    '(?:保证|肯定|绝对|百分之百|百分百|铁定)(?!是|有|的|不是|要)[^，。！？；\\n]{0,12}?(?:能|会|可以|将|再|零|不可能|都|全部|下来|回来|发|好)',
  'g',
);
/**
 * Said of the work itself ("我保证会尽力排查" is effort or a check), or of trouble sure to come ("模拟器上肯定会卡" is
 * a forecast of trouble): neither is an outcome promised.
 */
const CHECK_OR_EFFORT_ZH =
  /尽力|尽快|排查|检查|查一下|看看|跟进|同步|回复|通知|告诉|联系|确认|反馈|^[^不没，。！？；\n]{0,6}?会(?:卡|掉|断|崩|出(?:问题|错)|有问题|延迟|失败|报错|慢)/;
const NEVER_AGAIN_ZH = new RegExp(
  '(?:不会|绝不会|保证不会)再(?:出现|发生|有|遇到|掉线|卡|出|黑屏|花屏|断|崩|中断|丢|掉)|再也不会?(?:出现|发生|遇到|卡|掉)?|再也(?:听|看|遇|碰)不到|' +
    '以后(?:都)?不会|今后不会|从此不' +
    '|(?:以后|今后|从此|从现在起|往后|接下来)[^。！？；\\n]{0,20}?(?:都|一直|永远)(?:会|将|能)[^，。！？；\\n]{0,6}?' +
    '(?:完美|流畅|稳定|清晰|顺畅|没问题|正常|稳稳当当|稳稳的|丝滑)' +
    // "从根本上杜绝了此类问题再次发生".
    '|杜绝了?[^，。！？；\\n]{0,10}?再次?(?:发生|出现)|不会(?:再)?复发|不可能再(?:出|发生|有|遇到|复发|犯)|永久(?:解决|修复|修好)了?' +
    // "以后永远不会再犯", "彻底根治了", "bug 已经连根拔掉了".
    '|永远(?:都)?不会(?:再)?(?:犯|出现|发生|遇到|碰到|卡|掉|断|复现)|(?:已经?|就)(?:彻底|永久)?(?:根治|杜绝)了|' +
    '(?<!能否|要|想|需要|如何|怎么|才能|争取|力争|说)(?:彻底|永久)(?:根治|杜绝)了|连根拔(?:掉|除)了|一去不复返',
  'g',
);
const COMPENSATE_ZH = anyOf(
  'g',
  // Not the engineering word: "耳返延迟补偿", "PLC 补偿太多", "运动补偿"; nor a plan or a clause to be discussed.
  /(?<!(?:延迟|时延|PLC|丢包|运动|曝光|音量|时间戳|抖动|回声|温度|相位)\s?)(?:补偿|赔偿|赔付)(?!申请|政策|流程|标准|方案|条款)/,
  /免单|减免|抵扣|抵掉|退(?:给|还)您?|全额退|全部退|(?:给您|为您|帮您)退|退费|退钱/,
  /(?:给您|为您|帮您)免|(?:损失|费用|成本)[^，。！？；\n]{0,6}?(?:由)?我们(?:来)?(?:承担|负责|买单)|送您|赠送|免费使用/,
  /全免|免掉|免了|不收(?:您)?(?:费|钱)|弥补|代金券|优惠券|打[一二三四五六七八九\d]折|[一二三四五六七八九\d]折优惠|折算成|免费(?:送|赠|延长|给您)/,
  /(?:给您|为您|帮您|向您)(?:申请|安排|办理|提供|发放)?[^，。！？；\n]{0,4}?(?:退款|退费|代金券|优惠券|返现)/,
  /(?:会|将|可以|能)(?:给您)?(?:退款|退费|返现)/,
);

// ---- apologies and holding lines ---------------------------------------------------------------

/** An apology; not one waved away ("no need to apologise", "不用道歉"). */
const APOLOGY = new RegExp(
  String.raw`\b(?<!\b(?:no need to|don['’]t|nothing to) )(?:sorry|apolog\w*|regret\w*|forgive)\b|` +
    '抱歉|对不起|对不住|不好意思|致歉|歉意|见谅|(?<!不用|不必|无需|别|用不着)道歉|添麻烦|过意不去|遗憾|难过|深感不安|内疚|惭愧',
  'i',
);
const HOLDING = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:we|i)(?:['’]ve| have)? (?:noted|logged|recorded|made a note of|taken note of|` +
      'passed (?:it|this) on|forwarded (?:it|this)|received (?:it|this|your))',
    '',
  ),
  new RegExp(
    String.raw`\b(?:will|['’]ll) (?:take a look|look into (?:it|this)|get back to you|look at (?:it|` +
      String.raw`this)|escalate (?:it|this)|pass (?:it|this) on|do (?:our|my) best)\b`,
    '',
  ),
  /\b(?:get back to you|follow up|respond) (?:asap|as soon as possible|soon|shortly|when we can)\b/,
  new RegExp(
    String.raw`\b(?:we|i)(?:['’]re| are| am|['’]m) (?:now |currently |still )?(?:looking into (?:it|this)|` +
      String.raw`checking (?:internally|on (?:it|this))|on it|investigating)(?=\s*(?:[.!?]|$))`,
    '',
  ),
  /正在(?:排查|处理|跟进|核实|确认|研究)中/,
  // "收到，我们在看了 🙏": an emoji after it adds nothing.
  new RegExp(
    String.raw`收到[，,]\s*(?:我们)?(?:正?在|已经在)(?:排查|处理|看|查)(?:了|中)?(?=[。！!\s]*(?:${EMOJI})*[。！!\s]*$)`,
  ),
  // Sympathy or thanks for waiting, with nothing behind it: "Thanks for your patience while we investigate".
  new RegExp(
    String.raw`\b(?:we['’]re|we are) (?:digging in|on it)\b|^\s*noted\b|\bthanks? (?:you )?for (?:your|the) patience ` +
      String.raw`while (?:we|our team) (?:investigate|look|dig|work|check|sort)\b|\bstill investigating\b|` +
      String.raw`\bhang(?:ing)? in there\b|\bbearing with us\b|\bwe hear you\b|` +
      String.raw`\b(?:this|that) (?:isn['’]t|is not) the experience we want\b`,
    '',
  ),
  /明白您的感受|理解您的(?:心情|感受)|^\s*(?:好的[，,]\s*)?了解了|多担待|请您?再?耐心|不是我们想(?:给|让)/,
  /\b(?:get back to you|follow up|update you) as soon as (?:we|i) can\b/,
  /还在(?:调查|排查|查|处理|跟进|看)|有(?:消息|进展|结果)(?:了)?(?:会|再|就)(?:第一时间)?(?:通知|告诉|同步|联系)/,
  /\bis being (?:investigated|looked into|checked|reviewed)(?=\s*(?:[.!?]|$))|(?:给|让)我们(?:一点|一些|点)?时间/,
  // "Escalating internally." names no one and no time.
  /\b(?:escalat(?:ing|ed)|raising|raised|flagging|flagged) (?:it |this )?internally(?=\s*(?:[.!?]|$))/,
  /(?:团队|同事|研发)(?:正?在|已经在)(?:处理|跟进|看)了(?=[。！!\s]*$)/,
  /跟进中|在跟进|处理中|记录一下|记录下来|已经?记录|尽快|会跟进|跟进的|会处理|帮您反馈|已经?反馈|请您?耐心等待|会研究|研究一下|会努力|会改进|会看看|升级处理/,
);
/** A time they will hear from us or a step will happen: not "soon" or "as soon as possible". */
const WHEN = anyOf(
  'i',
  /\b(?:by|before|at|until|around) \d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b/,
  new RegExp(
    String.raw`\b(?:within|in) (?:the next )?(?:~ ?|about |around )?` +
      String.raw`(?:\d+(?:\.\d+)?|a|an|${NUMBER_WORDS}|half an?) ?(?:min|` +
      String.raw`minute|hour|hr|h|day|business day|working day)s?\b`,
    '',
  ),
  /\bwithin the (?:hour|day)\b|\b(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day)\b/,
  /\b(?:by|on|before|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|eod)\b/,
  // "goes out to you Friday morning", "on a call next Tuesday".
  new RegExp(
    String.raw`\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night)|` +
      String.raw`(?:this|next|coming) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`,
    '',
  ),
  /\bevery \w+ hours?\b/,
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s (?:call|meeting|sync|session|check-in)\b/,
  /\d+\s*个?工作日(?:之?内)?|\d+\s*(?:分钟|小时)(?:之?内)?|[一两二三四五六半]\s*个?(?:小时|分钟)(?:之?内)?/,
  // "十分钟后回来同步": a longer count is a time only with what ends it ("将近十分钟" is how long it lasted).
  /[一两二三四五六七八九十半]{1,3}\s*个?(?:小时|分钟)(?:之?内|以内|后)/,
  new RegExp(
    String.raw`今天|明天|今晚|明早|明晚|今早|\d{1,2}\s*[:：点]\s*\d{0,2}|(?<![这那有差])[一二三四五六七八九十两]{1,3}点(?![都也儿点不])(?:半|钟|前|之前)?|` +
      String.raw`下班前|中午|上午|下午|(?:下|本|这)?(?:周|` +
      '星期)[一二三四五六日天末](?:前|之前)?',
    '',
  ),
);
/** Who does what: a time counts only in a sentence where someone on our side acts or writes back. */
const OUR_SENTENCE = new RegExp(
  /\b(?:we|i|our|us|engineers?|team|someone|you['’]ll hear|next update)\b|['’]ll\b|\bwill\b|我们|我|工程师|同事|团队|会|将|给您|前|/
    .source + '下一?次(?:进展|更新|同步)|(?:回复|答复|同步|反馈)(?:给)?(?:您|你|客户|进展)|回来同步',
  'i',
);
/** Steps on our side, in Chinese: each names what is done. */
const SPECIFIC_STEPS_ZH =
  '(?:提了|提交|报给|开了|回放|比对|测试|复现|拉取|迁|切换|重启|修复|联系|通电话|请|安排|升级给|转给|对比|验证|监控|观察|部署|回滚|调整|修改|更换|扩容|替换|优化|' +
  '更新|改正|更正|修正|重新|重跑|重测|复测|配置|设置|开通|恢复|放回|补回|切到|切回|挪|移到|接手)';
/** Looking, which is a step only with something to look at: "正在排查中" alone is a holding line. */
const LOOKING_ZH = '(?:查看|排查|检查|分析|核对|定位|看(?![看到见])|查(?![看询]))';
/** Nothing after the looking but a vague word, an emoji or the end of the clause. */
const NOTHING_TO_LOOK_AT =
  String.raw`(?:[中了]|一下|下)?(?:具体)?(?:是)?(?:什么|啥)?(?:原因|问题|情况|怎么回事)?` +
  String.raw`(?:\s*:[a-z_+-]+:|${EMOJI})*\s*(?:[，。！？；,.!?;\n]|$)`;
const UNDER_WAY_OR_DONE_ZH =
  String.raw`(?:正在|已经|已|刚(?!才)|(?<![现实存所自好站坐躺住待])在)[^，。！？；\n]{0,14}?` +
  `(?:${SPECIFIC_STEPS_ZH}|${LOOKING_ZH}(?!${NOTHING_TO_LOOK_AT}))`;
/** A concrete step taken or under way, with its object: not "we'll look into it". */
const ACTION = anyOf(
  'i',
  new RegExp(
    // Not the cause told: "the freeze was caused by an update we released that afternoon".
    String.raw`(?<!\b(?:caused by|came from|comes from|due to|because of) (?:(?:an?|the|one of|our) ` +
      String.raw`(?:[a-z-]+ ){0,3})?)` +
      String.raw`\b(?:(?:i|we)(?:['’]ve| have| had)?|(?:our|the|an?) (?:[a-z]+ ){0,2}?(?:team|engineers?|` +
      'colleagues?|developers?|specialists?|staff)(?: member)?s?(?: has| have| is| are)?|' +
      'someone) (?:just |already |now |also )?(?:asked|assigned|moved|switched|restarted|' +
      String.raw`rolled back|rerouted|pulled|opened|filed|raised|reproduced|replay\w*|review\w*|compar\w*|` +
      String.raw`test\w*|deploy\w*|fixed|found|identified|located|traced|added|increased|reduced|disabled|` +
      'enabled|escalated (?:this|it) to|corrected|updated|changed|resent|sent|re-?ran|re-?opened|' +
      'cleared|reset|applied|rolled out|released|shipped|extended|scheduled|booked|created|' +
      String.raw`submitted|flagged|contacted|called|emailed|wrote)\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:we|i)(?:['’]ll| will| are going to|['’]re going to|['’]m going to|` +
      ' am going to) (?:now |also |first )?(?:raise|lower|increase|reduce|enable|disable|switch|' +
      'move|restart|roll back|deploy|add|replace|change|patch|tune|adjust|turn (?:on|off)|' +
      String.raw`reroute|migrate|rerun|re-run|resend|replay|pull|reproduce)\b`,
    '',
  ),
  new RegExp(
    // "On it — pulling the logs for room 2281 now": Slack shorthand drops the subject.
    String.raw`(?:\b(?:we|i|they|who|team|engineers?|colleagues?|developers?)|[,—–:])(?:['’]re|['’]m| are| am|` +
      ' is)? ?(?:now |currently |already |also )?(?:(?:re-?)?checking(?! in\\b| back\\b)|reviewing|replaying|' +
      'going through|' +
      'investigating (?:the (?!matter|issue|problem|situation)|your|why|whether|how|what)|analy[sz]ing|comparing|' +
      'testing|reproducing|tracing|' +
      'digging into|looking at|' +
      String.raw`working on|pulling|on a call)\b` +
      // With nothing to check, it is a holding line: "We're checking internally."
      String.raw`(?!\s*(?:internally|on (?:it|this|that)|(?:it|this|that|the (?:issue|problem|matter))` +
      String.raw`(?: internally)?)?\s*` +
      String.raw`(?:[.!?;,]|$))`,
    '',
  ),
  // Under way, in Slack shorthand at the start of a sentence: "rechecking the right one now".
  new RegExp(
    String.raw`^\s*(?:(?:re-?)?checking|pulling|replaying|reproducing|tracing|re-?running|redeploying|reviewing|` +
      String.raw`digging into|going through) (?:the|your|it|this|that)\b(?! (?:issue|problem|matter|situation)\b)`,
    'i',
  ),
  // Done, in Slack shorthand at the start of a sentence: "Escalated to @Wei just now", "Rolled back the config".
  new RegExp(
    String.raw`^\s*(?:just |already )?(?:escalated|pinged|looped in|assigned|reassigned|filed|opened|restarted|` +
      String.raw`rolled back|refunded|credited|resent|moved|switched|reverted|patched|flagged|raised) ` +
      String.raw`(?:it |this |that |the |a |an |your |to |with |in )`,
    '',
  ),
  // Under way now, with its object: "Next step: I'm booking a call with our solutions engineer".
  new RegExp(
    String.raw`\b(?:i['’]m|i am|we['’]re|we are) (?:now |also |currently |already )?(?:booking|scheduling|sending|` +
      String.raw`setting up|arranging|preparing|writing up|opening|filing|moving|switching|rolling back|deploying|` +
      String.raw`adding|pushing|patching|rerunning|re-running|restarting|pulling|escalating \w+ to)\b`,
    '',
  ),
  // An owner named, at work: "<@U03ENG> owns this now and is reproducing it".
  new RegExp(
    String.raw`<@[A-Z0-9]+>\s*(?:owns|is (?:on|handling|reproducing|checking|fixing|looking)|has (?:picked|taken))|` +
      String.raw`\bowns (?:this|it) now\b`,
  ),
  // The next step named and taken: "Picking this up now: first step is reproducing …", "the fix went out at 16:30".
  /\bpicking (?:this|it) up\b|\b(?:first|next) step(?: is|:)\s*(?:to )?[a-z]+ing\b/,
  /\b(?:fix|patch|update|hotfix)(?:es)? (?:went|is|was|has been) (?:out|live|deployed|released|shipped|rolled out)\b/,
  /(?:先|现在开始|这就|马上|今天|明天|今晚|稍后)(?:就|会)?[^，。！？；\n]{0,12}?(?:复现|重开|重发|补发|重新|联系|拉取|回放)/,
  // "回调地址我这就改，十分钟": the fix itself, starting now.
  /(?:这就|马上就?)(?:去|来)?(?:改|修|处理|换|调)(?!不)/,
  /(?:已经?|刚)(?:提了|建了|开了|提交了)[^，。！？；\n]{0,10}?(?:工单|单子|故障单|事故单|需求单|ticket)/,
  /(?:已经?|刚)(?:提|建|开)了?单/,
  // "文案我已经改了", "我已经让录制组从备份里捞", "现在由他接手", "<@U05KQ2M> 是我们负责手表端的同学".
  /(?:已经?|刚(?!才))(?:[^，。！？；\n]{0,2}?改(?:了|好|掉)|我?让)|由[^，。！？；\n]{0,6}?(?:接手|负责|跟进)/,
  /<@[A-Z0-9]+>\s*(?:是|会|在|正在|负责|来)|负责人(?:是|为)\s*<@|\bowner (?:for|of) (?:this|it) is\b/i,
  // A step just taken or under way, said casually: "刚把…重建了", "修复包已经在往华南推了", "明细现在发您".
  /刚把[^，。！？；\n]{1,16}?(?:重建|重启|恢复|修|改|补|发|换|切|迁|加|删|调)|已经在(?:往|给|帮|推|发|修|迁|切|部署)|现在(?:就)?发(?:您|给您|你)/,
  new RegExp(
    String.raw`(?:^|[.!?]\s*|\b(?:just|already) )(?:re-?sent|reissued|rebuilt|restarted|corrected|fixed|` +
      String.raw`re-?uploaded)\b[^.!?]{0,60}?\b(?:just now|now)\b`,
    '',
  ),
  /(?:工程师|同事|负责人)[^，。！？；\n]{0,4}?正在(?:处理|修|跟)/,
  /\b(?:is|are) being (?:(?!investigated|looked|checked|reviewed|examined)[a-z]+ed|rebuilt|redone|re-?run)\b/,
  // A correction given or a step finished: "Corrected steps:", "The rollback is done", "刚才说错了，…叫…".
  new RegExp(
    String.raw`\bcorrected (?:steps|version|link|instructions|figures|numbers)\b|\b(?:rollback|fix|patch|restart|` +
      String.raw`migration|switch) is (?:done|complete|finished|live)\b|重新整理(?:一下)?[:：]|` +
      String.raw`(?:说错|写错|发错|搞错|理解错)了[，,：:]`,
    '',
  ),
  // Someone at it now: "Finance is issuing a corrected one today"; a fix placed in a named version: "4.3 里会处理".
  new RegExp(
    String.raw`\b(?:is|are) (?:now |already )?(?:issuing|re-?issuing|sending|preparing|fixing|correcting|processing|` +
      String.raw`refunding|redeploying|restarting|rebooting|rolling back|migrating|replacing|rebuilding|re-?running|` +
      String.raw`regenerating|patching)\b`,
    '',
  ),
  /\b(?:fixed|addressed|handled|resolved) in (?:version |v)?\d+(?:\.\d+)+/,
  /\d+(?:\.\d+)+\s*(?:版本)?(?:里|中)?(?:会|将)(?:处理|修复|解决)/,
  /(?:已经?|刚刚?|刚才)[^，。！？；\n]{0,8}?(?:撤回|删除|删掉|导出|拉出)|(?:附|贴)在(?:下面|后面|这里|楼下|下方)/,
  // The thing itself given, or someone named at it: "here's a working one: <link>", "<@U02MAYA> … is now on this".
  /\bhere['’]s (?:a|the) (?:working|new|correct|fixed|updated|right) (?:one|link|version|file)\b|新的(?:在这|在下面|如下)/,
  /<@[A-Z0-9]+>[^.!?。！？\n]{0,30}?\b(?:is|will|has)\b/,
  /\b(?:i|we)(?:['’]ve| have) re-?(?:run|ran|sent|built|started|uploaded)\b/,
  // Already there for them: "the corrected PDF is attached".
  /\b(?:is|are) (?:now )?attached\b|\battached (?:below|above|here)\b|\bsee (?:the )?attached\b|见附件|附件(?:里|中|是)/,
  new RegExp(
    String.raw`\b(?:is|are|has been|have been|was|were) (?:being )?(?:pulled|moved|switched|restarted|` +
      String.raw`rolled back|deployed|tested|reproduced|fixed|taken out)\b`,
    '',
  ),
  // Slack shorthand: "sorry!! fixing the invite link now, give me 10 min", "sorry sorry — restarted the stuck job",
  // "Sorry. Fixed — rolled back the update at 10:12", "A credit of $150 has been applied to your account today".
  new RegExp(
    // Ours, started at the head of a clause or by "I'm"/"we're", and not refused: "restoring deleted files isn't
    // possible now", "I'm fixing a different issue right now and can't look at yours".
    String.raw`(?:^\s*|[,.!;—–:]\s*|\b(?:i['’]m|we['’]re|i am|we are) )(?:fixing|restarting|resetting|rebuilding|` +
      String.raw`undoing|reverting|` +
      String.raw`re-?sending|re-?opening|re-?enabling|rolling back|refunding|crediting|regenerating|re-?issuing|` +
      String.raw`unlocking|restoring)\b(?! a different)[^.!?]{0,50}?\b(?:now|as we speak)\b` +
      String.raw`(?![^.!?]{0,50}?\b(?:isn['’]t|is not|not possible|can['’]t|cannot|won['’]t)\b)|` +
      String.raw`\bgive (?:me|us) (?:about |around )?\d+ ?(?:min|minutes|mins)\b|` +
      String.raw`(?:^|[—–:]\s*)(?:fixed|restarted|rebuilt|re-?enabled|unlocked|restored|rolled back|` +
      String.raw`reverted|refunded)\b(?: (?:it|this|that|the|your|a|an)\b|\s*[—–:])(?![^.!?]{0,40}\?)|` +
      String.raw`(?<!\b(?:no|not|whether|if)\b[^.!?]{0,40})\b(?:credit|refund|discount|fix|patch|change|setting|` +
      String.raw`coupon|voucher)s? (?:of [^.!?]{1,20}? )?(?:has|have) been ` +
      String.raw`(?:applied|credited|refunded|issued|waived|` +
      String.raw`reinstated|restored|unlocked)\b(?! yet)`,
    'i',
  ),
  /\bhere['’]s (?:the|your) [a-z -]{1,30}? again\b/,
  // Done, in Chinese shorthand: "已作废重开", "已经给您补了 300 个新号", "开播时间已改成…", "我刚把操作步骤录了一个视频",
  // "从今天起由小周专门对接贵司".
  new RegExp(
    '(?:已经?|刚)(?:作废|重开|重新(?:开|发|做|录)|改成|改为|补了|给您补|发到|换成)|' +
      '我刚把[^，。！？；\\n]{1,20}?(?:录|做|整理|写|改|发)|由[^，。！？；\\n]{0,12}?专门(?:对接|负责|跟进)',
  ),
  // "我已经给贵店开启了服务端降噪", "我已经把计费停掉了", "这事现在由组长亲自跟", "我们工程师陪主播在线走一遍"; not a
  // holding line ("已经把情况反馈给相关部门协调了") and not a refusal ("工程师这周没空陪您").
  new RegExp(
    '(?:我|我们)(?:这边)?已经?(?:给|把|帮)[^，。！？；\\n]{1,20}?(?:开启|开通|加进|加入|停掉|关掉|切到|换到|恢复|退|(?<!协)调)|' +
      '(?<![没不无][^，。！？；\\n]{0,4})(?:由(?:(?![没不无])[^，。！？；\\n]){0,16}?亲自跟|(?:工程师|同事)(?:(?![没不无])[^，。！？；\\n]){0,6}?陪)',
  ),
  // Done already, or under way with something to work on: "正在排查中" alone is a holding line.
  new RegExp(UNDER_WAY_OR_DONE_ZH, ''),
  /我们?(?:会|将|马上|立即|现在)?(?:把|将)[^，。！？；\n]{0,16}?(?:调高|调低|调整|打开|关闭|开启|切换|迁|重启|回滚|部署|增加|替换|更新|修改|换成|改成)/,
  // Done already, by us: "I've attached a breakdown", "I've rewritten the section", not "we've noted it".
  new RegExp(
    String.raw`\b(?:i|we)(?:['’]ve| have) (?:just |already |now |also )?(?!(?:been|had|noted|logged|recorded|` +
      String.raw`received|passed|forwarded|heard|seen|read|understood|looked|tried|started|escalated|apologi[sz]ed|` +
      String.raw`got|taken|wanted|needed|made (?:a )?notes?)\b)(?:[a-z]+ed|rewritten|written|sent|put|made|built|set|` +
      String.raw`done|drawn|given)\b`,
    '',
  ),
  /(?:已经?|刚刚?|刚才)[^，。！？；\n]{0,14}?(?:上传|传到|传给|传好|发到|发给|放到|放在|附上|附在|重写|写好|上线|补上|开通|配置好|加上|退回|整理好)/,
  // Done and handed on: "日志我已经拉好，交给了媒体组的王伟", "财务刚刚重新开好", "已录入需求池".
  /(?:已经?|刚刚?|刚才)[^，。！？；\n]{0,10}?(?:[改修换拉开做写配建录传补调整排]好|录入|提交了|创建了|交给|转给|转交|派给)|(?:交给|转给|转交给?|发给|派给)了/,
  /我们?[^，。！？；\n会将要]{0,4}?(?:放在|放到|附在|传到|上传到|发到)[^，。！？；\n]{0,12}?了/,
  // A mistake of ours put right in the same reply: "文档页面我也改好了", "here is the correct link".
  /我们?(?:也|已经?|都|刚刚?)?(?:[^，。！？；\n会将要]{0,6}?)(?:改好|修好|换好|更新好|处理好|补上|更正|改正|改过来|发好|重发|补发)了/,
  /正确的[^，。！？；\n]{0,6}?(?:在下面|如下|是)|\bhere(?:['’]s| is| are) the (?:correct|right|updated|working|fixed) /,
  // The right thing given, or the answer with where to find it: "The correct guide is here: <…>", "位置看这里 <…>".
  new RegExp(
    String.raw`\bthe (?:correct|right|updated|working) [a-z ]{1,40}?\bis (?:here|below|attached)\b|` +
      String.raw`正确的[^，。！？；\n]{0,12}?(?:在这里|在这|见下方)|` +
      // A fix given its day: "下周更新以后，老师的声音…".
      String.raw`(?:今天|明天|今晚|下周|本周|这周|周[一二三四五六日]|\d+号)的?(?:更新|修复)(?:上线)?(?:以后|之后)` +
      String.raw`(?![^，。！？；\n]{0,6}?(?:可能|还是|也|仍|依然))|` +
      // An owner named: "<@U03NET> from our network team now owns this"; done: "账号我已经解封了".
      String.raw`<@[A-Z0-9]+>[^.!?\n]{0,40}?\b(?:now )?owns (?:this|it)\b|` +
      String.raw`(?<!之前|上次|以前)(?:已经?|刚)[^，。！？；\n]{0,8}?(?:解封|解锁|开通|退回|恢复)了|` +
      String.raw`我们?已经?(?:把|将)[^，。！？；\n]{0,16}?` +
      String.raw`(?:调高|调低|调整|打开|关闭|开启|切换|迁|重启|回滚|部署|增加|替换|更新|修改|换成|改成)`,
    '',
  ),
);
/** The one who will do it, named: a promise with an owner and a time is a step, however rash. */
const OWNER = /\b(?:we|i)\b|我们|我/i;
/** "下周一定流畅，我保证", "I promise you": whoever vouches for an outcome takes no step by it. */
const GUARANTOR =
  /[，,]?\s*(?:我|我们)(?:向您|跟您|给您)?(?:保证|发誓|打包票)[！!。.\s]*$|,?\s*\b(?:i|we) (?:promise|swear)(?: you)?[.!\s]*$/gi;
/** Asking for the one thing we need to look it up is a concrete next step. */
const ASKS_FOR_DETAIL = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:(?:could|can|would) you (?:please )?|please )(?:send|share|tell|give|provide|` +
      String.raw`forward)\b[^.!?]{0,40}?\b(?:call id|channel (?:id|name)|room id|logs?|model|screenshot|` +
      String.raw`recording|time|uid|user id)\b`,
    '',
  ),
  /(?:提供|发|告诉|发送)[^，。！？；\n]{0,12}?(?:通话 ?ID|频道|房间号|日志|型号|截图|录屏|时间|UID|用户 ?ID|编号|订单号|会议号)/,
  /把[^，。！？；\n]{0,16}?(?:编号|ID|房间号|订单号|会议号)发(?:我|给我)/,
  // Asking how it happened, to look at it together: "您方便跟我说说具体的操作场景吗", "walk me through the steps".
  /说说[^，。！？；\n]{0,10}?(?:场景|情况|步骤|操作|过程)|\bwalk me through\b/,
  /\btell me (?:more )?about (?:the|your) (?:steps|setup|scenario)\b/,
);
// "追进度" is them chasing us, not a way to track it.
const TRACKING =
  /工单号|单号|(?<![追催问])进度|\b(?:ticket|case|reference) (?:number|#|id|\d+)\b|\btrack (?:the )?progress\b/i;
/** An id in a tracker: "logged as PRD-771". */
const TRACKER_ID = /\b[A-Z]{2,}-\d{2,}\b/;
const VAGUE_ADVICE = anyOf(
  'gi',
  /\b(?:check|verify|test) your (?:network|connection|internet|wi-?fi)(?: connection)?\b/,
  /(?:您|你|请)(?:先|再)?(?:检查|查看|看看)(?:一下|下)?(?:您|你)?(?:的|自己的?)?(?:网络|网速|信号|wifi|wi-fi)(?!是否|有没有|设置|切换)/,
);
const WE_DO_IT = /\b(?:we|i|our|engineers?|team)\b|我们|我|工程师|同事/i;

// ---- jargon -----------------------------------------------------------------------------------------

/** Acronyms match in capitals only ("ICE", not "ice"); words in any case. */
const JARGON = anyOf(
  'g',
  new RegExp(
    String.raw`\b(?:RTT|NACK|FEC|QoS|QoE|SFU|MCU|ICE|STUN|TURN|NAT|UDP|TCP|WebRTC|GOP|PLC|AEC|AGC|ANS|` +
      'MOS|SDP|RTCP?|SRTP|DTLS|PLI|FIR|IDR|SVC|BWE|MTU|ABR|CELT|SILK|HEVC|AAC|VP[89]|AV1|' +
      String.raw`H\.?26[45]|NetEQ|RTMP|HLS|3A|DTX|VAD|CNG|SIP|RTP|PSTN|CBR|VBR|LTR|SEI|FPS|P2P)s?\b`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:[Oo]pus|[Kk]bps|[Mm]bps|[Jj]itter(?: buffer)?|[Cc]odecs?|[Bb]it ?rates?|` +
      '[Kk]ey ?frames?|I-frames?|[Pp]acket loss rate|[Ee]ncoders?|[Dd]ecoders?|[Ss]imulcast|' +
      String.raw`[Tt]ranscod\w+|[Cc]ongestion control|[Bb]andwidth estimation|[Rr]etransmissions?|` +
      String.raw`[Ff]orward error correction|[Ss]ignall?ing server|[Ww]eb[Rr][Tt][Cc](?:-internals)?|` +
      String.raw`[a-z]+-internals|(?:core|heap|crash|stats|thread) dumps?|logcat|adb|` +
      String.raw`(?:packet[- ]loss |error )?concealment|QUIC|use-after-free|deadlocks?|` +
      String.raw`race conditions?|` +
      // Words of plans, queues and media files the labelled replies call jargon (nearly) every time they appear.
      String.raw`MAU|SKUs?|[Pp]ayloads?|[Ee]xponential backoff|moov(?: atom)?|SIG(?:TERM|KILL)|Unified Plan|` +
      String.raw`[Tt]ransceivers?|[Ll]iveness(?: checks?| detection)?|[Ll]imiter|Kafka|[Ss]haders?|` +
      String.raw`[Pp]rorat(?:ion|ed|ing)|[Dd]edupe[ds]?|EXT-X-[A-Z-]+)\b`,
    '',
  ),
  // Distributed systems, delivery guarantees and card disputes, as engineers say them to each other: "an idempotency
  // key collision", "a split-brain in our Raft cluster", "at-least-once delivery", "reason code 4853".
  new RegExp(
    String.raw`\b(?:[Ii]dempoten(?:cy|t)(?: keys?| retries)?|[Ii]ngress(?: controllers?| layer)?|[Ss]plit-brain|Raft|` +
      String.raw`[Ll]eader election|[Cc]lose codes?|anycast|at-(?:least|most)-once|exactly-once|` +
      String.raw`[Ss]taging bucket|[Ww]orker pools?|[Mm]edia nodes?|[Cc]hunked(?: multipart)?|` +
      String.raw`[Aa]cquirer|contentHint|SD-RTN)\b|` +
      '幂等|脑裂|选主|收单行|秒级时间戳|[Tt]oken ?鉴权|音画同步偏差|[Ww]orker ?池|媒体节点|预签名',
  ),
  // The rest of the trade's vocabulary: topology, stream layers, signal measures and their units.
  new RegExp(
    String.raw`\b(?:[Cc]ascad(?:e|es|ed|ing)|[Dd]ual[- ]stream|(?:low|high|small|big)[- ]streams?|[Ss]ample ?rates?|` +
      String.raw`\d+(?:\.\d+)? ?k?Hz|[Pp]acket[- ]loss|[Cc]ache (?:purg\w*|invalidat\w*)|` +
      String.raw`purg\w* (?:the |your )?cache|(?:\d+|one|two|three|four|five|extra|more|` +
      'additional) (?:network )?hops?|' +
      'fps|\\d+ ?fps|[BP]-frames?|mux(?:ed|ing|er)?|demux\\w*|[Ff]irst[- ]frame (?:time|latency|render(?:ing)? time)|' +
      '[Aa]utomatic gain control|NAT traversal|ICE candidates?|' +
      String.raw`[Ii]ngest(?: servers?| points?)?|[Bb]itrate ladder|ptime|[Pp]layout delay|HRTF|GCC(?! ?\d)|BBR|` +
      String.raw`[Pp]acer|[Cc]ongestion control|(?:distance )?attenuation curve)\b`,
    '',
  ),
  // The words of signing, certificates, storage and metered billing: a customer's finance or operations reader
  // follows none of them ("HMAC-SHA256 over the raw body", "a true-up against your committed MAU", "按天 prorate").
  new RegExp(
    String.raw`(?<![A-Za-z\d_-])(?:HMAC(?:-SHA-?\d+)?|SHA-?(?:1|256|384|512)|[RHE]S(?:256|384|512)|JWTs?|JWKS?|` +
      String.raw`SAML|OAuth ?2?(?:\.0)?|OIDC|mTLS|TLS|SSL|X\.509|SSE-(?:KMS|S3|C)|KMS|CMKs?|PAYG|ARR|PCU|CCU|` +
      String.raw`TTLs?|IdP|NameID|CORS|CNAME|BGP|Anycast|SP-initiated|IdP-initiated)(?![A-Za-z\d_])|` +
      String.raw`\b(?:[Ee]gress(?! (?:routes?|doors?|points?|plans?))|[Tt]rue-?ups?|` +
      String.raw`\d+(?:th|st|nd|rd)[- ]percentile(?= (?:billing|pricing|bandwidth|latency|basis|rule|model))|` +
      String.raw`(?<=(?:billed|charged|billing) (?:at|on|by) (?:the )?)\d+(?:th|st|nd|rd)[- ]percentile|` +
      String.raw`[pP]9[059]|[Pp]resigned|` +
      String.raw`[Mm]ultipart upload|(?:TLS|DTLS|SSL|TCP) handshakes?|[Cc]lock skew|[Ii]ntermediate certificates?|` +
      String.raw`[Cc]ertificate chain)\b|` +
      '证书链|(?:TLS|DTLS|SSL) ?握手',
  ),
  new RegExp(
    '码率|帧率|抖动|丢包率|编解码|混流|合流|耳返|死锁|滤波器|编码器|解码器|关键帧|(?<![A-Za-z])(?:IDR|[IPB]) ?帧|拥塞控制|首帧(?:时间|时长|耗时)|' +
      '重传|前向纠错|带宽估计|转码|信令|弱网对抗|硬编|软编|硬解|软解|' +
      '重采样|(?<!延)长连接|削波|限幅|摊销|预留实例|峰值带宽|95\\s*峰值|超分(?!钟)|懒加载|消息网关|短信网关|' +
      '采样率|双流|大小流|小流|大流(?!量)|推流|拉流|级联|回源|刷新[^，。！？；\n]{0,6}?缓存|(?:清理?|清空)(?:完|掉)?缓存|缓存刷新|声道|比特率|跳数|' +
      String.raw`\d+(?:\.\d+)? ?k?Hz`,
  ),
);
const EXPLAINED = anyOf(
  'i',
  new RegExp(
    // A bracket that only spells out an acronym ("带宽估计（BWE）") explains nothing.
    // Nor does one that gives the time zone of a time ("明早 10 点（雅加达时间）").
    String.raw`[(（](?!\s*\d)(?![A-Za-z0-9 .-]{1,12}[)）])(?![^)）]{0,12}(?:时间|\btime\b)[)）])|` +
      String.raw`\bwhich (?:simply |just |basically )?means\b|` +
      String.raw`\bmeaning\b|\bi\.e\.|\bthat is[,:]|` +
      String.raw`\bthat is how\b|` +
      String.raw`\bin (?:plain|everyday|simple|layman['’]s) (?:terms|words|english|language)\b|` +
      // "Packet loss was about 15%, so roughly one in seven pieces of the call never arrived."
      String.raw`\bso (?:roughly |about |nearly |almost )?(?:one|two|three|four|\d+) (?:in|out of) (?:every )?` +
      String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred) (?:small )?(?:pieces?|parts?|` +
      String.raw`bits?|packets?|chunks?|words?|frames?|pictures?)\b`,
    '',
  ),
  new RegExp(
    String.raw`\bshort for\b|\b(?:that|this) (?:just |simply |basically )?means\b|[—–]\s*that['’]s (?:a|an|the)\b|` +
      String.raw`\bwhich (?:send|add|keep|let|make|help|store|fill|` +
      String.raw`carr(?:y|ie)|relay|hold|tell|measure|rebuild|resend|smooth|hide|remove|cancel)s? (?:a|an|the|some|` +
      String.raw`little|extra|spare|more|less|each|every|your)\b|` +
      String.raw`\bput simply\b|\bsimply put\b|\bin other words\b|\bbasically\b|\bin short\b|` +
      String.raw`\bthink of it as\b|\bthe part (?:that|which)\b|` +
      // "15 fps. That's 15 pictures a second".
      String.raw`\bthat['’]s (?:about |roughly )?\d+ (?:[a-z]+ )?(?:pictures|frames|images|photos|snapshots) ` +
      String.raw`(?:a|per|every) (?:second|minute)\b`,
    '',
  ),
  new RegExp(
    String.raw`\bwhich (?:is|are) (?:how|(?:just |basically |simply )?(?:the|an?))\b|\brefers to\b|\bis how much\b|` +
      String.raw`\bis the amount\b|` +
      String.raw`\bthe amount of\b|\bhow much (?:data|sound|picture|video)\b|\broughly what\b|` +
      String.raw`\bthe amount\b`,
    '',
  ),
  /也就是|即|简单说|简单来说|简单理解|意思就是|[，,]\s*它(?:是|就是)|[，,]\s*(?:它|这个)?相当于|[，,]\s*这是一种|通俗地?说|通俗来说|通俗讲|意思是|就是说|指的是/,
  /[，,]\s*是(?:我们|指)[^，。！？；\n]{2,30}?的(?:费用|成本|请求|次数|画面|数据|过程|时间)/,
  new RegExp(
    '换句话说|说白了|打个比方|可以理解[为成]|把(?:它|这个)理解[为成]|' +
      '[，,]\\s*这是(?:一种|目前|最|业内|行业|通用|常用|常见|标准)[^，。！？\\n]{0,8}?(?:格式|标准|协议|功能|技术|方式|做法)',
  ),
  /(?:通俗|简单|直白)(?:一?点|些)(?:说|讲|来说)|白话(?:说|讲)|(?:[，,：:]|——|--)\s*就是/,
  // "简单讲就是…", "其实就是…", "只是我们压缩声音用的一种格式的名字".
  /简单讲|简单地说|其实就是|只是[^，。！？；\n]{2,24}?的(?:名字|名称|叫法|代号)|(?:——|--)\s*(?:一种|一个|也就是|即)/,
);

/** A definition right after the term: "Opus is the audio format …", "编码器就是…的程序". */
const DEFINED_AFTER = new RegExp(
  String.raw`^\s*(?:[:：]\s*\S|(?:means|refers to|stands for)\b|(?:is|are) (?:how|what) |(?:is|are) (?:the|a|an|one|` +
    'just|simply|basically) (?:[a-z-]+ ){0,3}?(?:format|setting|part|way|method|piece|program|tool|' +
    'feature|measure|number|technique|process|system|trick|name|word|term|standard|protocol|kind|type|' +
    String.raw`amount|rate|speed|delay|time|code|step|copy|picture|image|frame|snapshot|value|signal|message|` +
    String.raw`layer|version|round trip|variation|difference|percentage|share|fraction)s?\b|` +
    String.raw`(?:就是|是指|指的是|是一种|是一个|是用来|也就是)|` +
    // "关键帧是视频每隔几秒发一次的完整画面": what it is, ending on the kind of thing.
    String.raw`是[^，。！？；\n]{2,24}?的(?:完整|整张|一小段)?(?:画面|图像|数据|声音|程序|工具|设置|功能|方式|格式|服务器|` +
    String.raw`缓冲区|过程|时间|数量|比例|速度|延迟|部分|模块|机制|请求|费用|消息|信号|次数)|` +
    // "NACK is just the receiver asking …", "bitrate is simply how much data …", "the codec — the method used …".
    String.raw`(?:is|are) (?:just|simply|basically) (?:the|how|what)\b|` +
    // "Those are full pictures the video needs …": what the things are, in the plural.
    String.raw`(?:is|are) (?:just |simply |basically )?(?:[a-z-]+ ){0,2}?(?:pictures|images|frames|copies|` +
    String.raw`packets|` +
    String.raw`messages|signals|snapshots|numbers|parts|pieces|files|chunks)\b|` +
    String.raw`[—–]\s*(?:simply |just |basically )?(?:the|a|an) [a-z]+ (?:used|that|which)\b|` +
    // "An SFU is the server that forwards …", "NACKs are requests a viewer's app sends …".
    String.raw`(?:is|are) the (?!(?:one|thing|reason|problem|cause|issue|culprit|bug)\b)(?:[a-z-]+ ){0,2}?[a-z-]+ ` +
    String.raw`(?:that|which|who|` +
    String.raw`where)\b|(?:is|are) (?:[a-z-]+ ){0,2}?[a-z]{3,}s ` +
    String.raw`(?:that|which|a|an|the|your|each|every|sent|used|made|` +
    String.raw`from|where|when)\b|` +
    // "NACK is the viewer asking the sender to resend …": who does what.
    String.raw`(?:is|are) (?:the|a|an) [a-z-]+ (?:asking|telling|saying|sending|waiting|checking)\b|` +
    // "A jitter buffer is just a small waiting area …": what kind of thing it is, in any words.
    String.raw`(?:is|are) (?:just |simply |basically |really )?(?:a|an) (?!(?:[a-z-]+ )?(?:bit|little|lot|issue|` +
    String.raw`problem|bug|choice|mistake|error|known|common|separate)\b))`,
  'i',
);
/**
 * An apposition that explains: "AEC, the echo cancellation that stops people hearing themselves". The terms inside
 * it are the explanation, not new jargon.
 */
const APPOSITION = anyOf(
  'i',
  // "Opus, the audio format most calling apps use": what kind of thing it is, said at once.
  new RegExp(
    String.raw`^\s*[,，]\s*(?:the|a|an|our)\s+(?:[a-z-]+\s+){1,2}?(?:format|standard|protocol|codec|method|setting|` +
      String.raw`feature|tool|service|kind|type)\b(?!\s+(?:is|was)\b)`,
    '',
  ),
  // "packet loss, which is when bits of the video never arrive", "transcoding minutes, which is us converting …".
  new RegExp(
    String.raw`^\s*(?:(?:minutes?|rate|interval|mode|settings?|layers?|time|count|errors?|requests?)\s*)?[,，]\s*` +
      String.raw`which (?:is|are) (?:just |basically |simply )?(?:when|us|our|what)\b`,
    '',
  ),
  // "simulcast, where each camera sends a high- and a low-quality version": how it works, said at once.
  /^\s*[,，]\s*where (?:each|every|one|the|a|an) [a-z-]+ (?:sends|gets|keeps|has|is|does|waits|picks|uses)\b/,
  new RegExp(
    String.raw`^\s*[,，]\s*(?:the|a|an|our|your)\s+(?:[a-z-]+\s+){0,5}?(?:that|which|where|used to|used for)\s+` +
      String.raw`(?!(?:we|you|i|they|was|were)\b)`,
    '',
  ),
  // "the next keyframe, a full picture the video sends every few seconds": what it is, and what makes it.
  new RegExp(
    String.raw`^\s*[,，]\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?:the|your|each|every|our|a|an)\s+[a-z-]+\s+` +
      String.raw`(?:sends|uses|makes|keeps|needs|gets|takes|shows)\b`,
    '',
  ),
  // "RTT, the time it takes data to reach our server and come back": what it measures, in plain words.
  new RegExp(
    String.raw`^\s*[,，]\s*(?:the|a|an)\s+(?:[a-z]+-[a-z]+\s+)?(?:time|amount|number|share|percentage|rate|delay|` +
      String.raw`gap|speed|part|piece)\s+` +
      String.raw`(?:it|of|that|which|a|each|every|the|your|between|from|for)\b`,
    '',
  ),
  // "jitter, the unevenness in how quickly each piece of sound arrives, …": what it measures.
  /^\s*[,，]\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:in|of)\s+(?:how|what|the|each|every)\b/,
  // "H.264, the most widely supported video format, so …": the kind of thing it is.
  new RegExp(
    String.raw`^\s*[,，]\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,4}?(?:format|standard|protocol|setting|feature|` +
      String.raw`method|technique|measure|kind of [a-z]+|type of [a-z]+)(?=\s*[,.;:!?)]|\s*$|\s+(?:for|in|on|used)\b)`,
    '',
  ),
);
/** The next sentence opens on the term, or on "that's", and defines it: "A key frame is a full picture …". */
/** "That's what is killing the picture": what the term causes, not what it is. */
const POINTS_TO_A_CAUSE =
  /^\s*(?:that|this|it)(?:['’]s|\s+is|\s+was) what(?:['’]s|\s+is|\s+was)?\s+(?:[a-z]+ing|caus|mak|break|kill)/i;
const POINTS_BACK = /^\s*(?:(?:that|this|it)(?:['’]s|\s+is)|(?:those|these|they)(?:['’]re|\s+are))(?=\s)/i;
/** "It sends a little extra backup data …": the next sentence says what the term does. */
const DOES_NEXT = new RegExp(
  String.raw`^\s*(?:it|this|that)\s+(?:just |simply |basically )?(?:sends|adds|keeps|lets|makes|helps|stores|fills|` +
    String.raw`rebuilds|resends|repairs|smooths|holds|compresses|measures|splits|gives|protects|recovers|` +
    String.raw`shrinks|squeezes|tells|checks|buffers|hides|removes|cancels|evens)\b`,
  'i',
);
/** A term set in code or quotes: its definition comes after the closing mark ("`ERR_JOIN_TIMEOUT` 就是…"). */
const CLOSING_MARK = /^[`'"’”」』)）*_~]+/;
/** One word after a term that makes it a thing's name: "keyframe *interval*", "关键帧*间隔*". */
const HEAD_NOUN = /^\s*(?:[a-z-]{2,15}(?=\s+(?:is|are)\b)|[\u4e00-\u9fff]{1,3}(?=就是|是指|指的是|是一种|也就是))/i;
/** The term used again later in its sentence and defined there: "码率掉到了…，码率就是视频每秒用的数据量". */
function definedLater(sentence: string, from: number, term: string): boolean {
  const again = sentence.indexOf(term, from);
  if (again < 0) return false;
  const after = sentence.slice(again + term.length, again + term.length + 40);
  return DEFINED_AFTER.test(after) || DEFINED_AFTER.test(after.replace(HEAD_NOUN, ''));
}
function definedNext(next: string, term: string): boolean {
  if (DOES_NEXT.test(next)) return true;
  if (POINTS_TO_A_CAUSE.test(next)) return false;
  const pointer = next.match(POINTS_BACK);
  if (pointer) return DEFINED_AFTER.test(` is${next.slice(pointer[0].length)}`);
  const rest = next.replace(/^\s*(?:(?:a|an|the)\s+)?/i, '');
  return rest.slice(0, term.length).toLowerCase() === term.toLowerCase() && DEFINED_AFTER.test(rest.slice(term.length));
}

// ---- the analysis -----------------------------------------------------------------------------------

interface Text {
  /** The reply with quotations blanked. */
  masked: string;
  sentences: Sentence[];
  lang: PitfallLanguage;
}

function slice(t: Text, span: Span): string {
  return t.masked.slice(span.start, Math.min(span.end, span.start + MAX_SENTENCE_CHARS));
}

/** The part of a sentence that is read. */
function head(sentence: Sentence): string {
  return sentence.text.length > MAX_SENTENCE_CHARS ? sentence.text.slice(0, MAX_SENTENCE_CHARS) : sentence.text;
}

/** The clauses of a sentence that lie in the part that is read. */
function clausesRead(sentence: Sentence): Span[] {
  const limit = sentence.start + MAX_SENTENCE_CHARS;
  return sentence.clauses.length && sentence.clauses[sentence.clauses.length - 1]!.start < limit
    ? sentence.clauses
    : sentence.clauses.filter((c) => c.start < limit);
}

/** Trouble called normal for something of theirs; in Chinese the trouble must be named before it is called so. */
function normalcyBlame(t: Text, whole: string): boolean {
  const zh = t.lang === 'zh';
  const normal = whole.match(zh ? NORMALCY_ZH : NORMALCY) ?? (zh ? whole.match(NORMALCY) : null);
  if (!normal || negated(whole.slice(Math.max(0, normal.index! - 12), normal.index))) return false;
  // The trouble named just before it is called normal: "有回声很正常", not "卡顿已经消失，现在通话很正常".
  if (zh && !SYMPTOM.test(whole.slice(Math.max(0, normal.index! - 8), normal.index))) return false;
  if (OUR_ALTERNATIVE.test(whole) || WE_CHECK.test(whole)) return false;
  // In Chinese the side comes first ("用户在地铁里开会，断断续续是很正常的"); "不需要您做什么" names no cause.
  const party =
    (zh ? whole.slice(0, normal.index) : whole).match(zh ? PARTY_ZH_RE : PARTY_EN_RE) ??
    whole.match(CHEAP) ??
    (zh && !CLEARS_OR_OURS_ZH.test(whole) ? theirSideBefore(whole.slice(0, normal.index)) : null);
  if (!party) return false;
  const before = whole.slice(0, party.index);
  return !RECIPIENT.test(before) && !negated(before.slice(-6));
}

/**
 * Their side named and then cleared as the cause in the same sentence: "…, but that isn't what caused the missing
 * audio", "asking so I know which test to run, not because I think that's the cause", "…，但这并不是问题的原因".
 */
const CAUSE_DENIED = new RegExp(
  String.raw`\b(?:that|this|it|which)(?:['’]s| is| was)(?:n['’]t| not) (?:what|the thing that) ` +
    String.raw`(?:caused|causes|broke|triggered)\b|\b(?:that|this|it|which) (?:isn['’]t|is not|wasn['’]t|was not) ` +
    String.raw`(?:the|a) (?:cause|reason|culprit|problem)\b|\bbut (?:it|that|they)(?: really)? (?:isn['’]t|is not|` +
    String.raw`aren['’]t|are not|wasn['’]t|was not|weren['’]t)(?=\s*(?:[.!?,;—–]|$))|` +
    '(?:这|那|它)(?:个)?(?:并)?不是(?:问题的|这次的|故障的)?(?:原因|根源|罪魁祸首)|并不是因为(?:这个|这)',
  'i',
);

const THEIR_MATERIAL = /(?:您|你们|贵司)(?:发来|提供|给|发)的|\byou (?:sent|shared|provided)\b/i;
const SUSPICION_DENIED = new RegExp(
  String.raw`\bnot because (?:i|we) (?:think|suspect|believe)\b|并不是因为(?:我们)?(?:觉得|怀疑|认为)|` +
    String.raw`不是(?:我们)?(?:怀疑|觉得)(?:是)?(?:您|你们|贵司)|` +
    // "I assumed it was their wifi, but I checked and it's ours", "还以为是你们网络的问题，结果查下来是我们的".
    // "I know it looked like the drivers' phones were the problem, but the logs show their connections were fine".
    String.raw`\b(?:looked|seemed|sounded) like\b[^.!?]{0,60}?\bbut\b[^.!?]{0,60}?\b(?:were|was|are|is) ` +
    String.raw`(?:fine|ok|okay|healthy|not the (?:problem|cause|issue))\b|` +
    String.raw`\b(?:assumed|thought|suspected|figured|guessed)\b[^.!?]{0,60}?\bbut\b[^.!?]{0,40}?` +
    String.raw`\b(?:it['’]s|it was|it is|turns out it['’]s|turned out to be) (?:ours|on us|our\b)|` +
    String.raw`(?:以为|怀疑|猜)[^。！？]{0,30}?(?:结果|但是?|其实|后来)[^。！？，；]{0,8}?(?:查下来|发现|确认|查了)` +
    String.raw`[^。！？，；]{0,8}?(?:是我们|在我们|出在我们)`,
  'i',
);

/** Asked about theirs, then called the usual culprit: "Have you checked your firewall? That's usually the culprit." */
const ASKED_THEN_CULPRIT = anyOf(
  'i',
  new RegExp(
    String.raw`\byour\b[^.!?]{0,60}\?\s*(?:that['’]s|that is|it['’]s|it is|this is) (?:usually|often|typically|` +
      String.raw`almost always|normally|nearly always) (?:the )?(?:culprit|cause|problem|reason|issue)\b`,
  ),
  new RegExp(
    '(?:你们|您|贵司|主播|用户)[^。！？\\n]{0,30}[？?]\\s*(?:很多|大部分|一般|通常|多半|好多)[^，。！？]{0,8}?(?:都是|就是)' +
      '(?:这么|这样)?(?:搞|弄|闹|造成|引起)出来的',
  ),
);
/**
 * Asked about theirs, then the question's answer told as the explanation: "Could it be that the witness was sitting
 * too far from the microphone? That would explain the muffled audio", "…? We see that a lot with older supporters".
 */
const ASKED_THEN_EXPLAINED = new RegExp(
  String.raw`\b(?:your|their|someone|anyone|they|the (?:[a-z-]+ ){0,2}?(?:${THEIR_ROLE_EN}|${THEIR_PLACE_EN}))\b` +
    String.raw`[^.!?]{0,120}\?\s*` +
    String.raw`(?:(?:that|this|which)(?: alone)?(?: would| could| might)? (?:explain|fit|account for)\b|` +
    String.raw`that['’]s (?:usually|often|typically|(?:almost|nearly) always) (?:why|what)\b|` +
    String.raw`(?:that|this|it) tends to cause\b|` +
    String.raw`(?:most|many|a lot) of (?:the )?[a-z ]{0,30}?comes? down to (?:that|this)\b|` +
    String.raw`we see (?:that|this) a lot\b|the timing lines up\b)` +
    // "Were your users on the EU server? That would explain the slowness: our EU cluster was degraded."
    String.raw`(?![^.!?]{0,80}?\b(?:our|we|us)\b)`,
  'i',
);
/** A party neither ours nor the customer's: a carrier, an app store. */
const THIRD_PARTY = /运营商|苹果|谷歌|应用商店|应用市场|\b(?:carriers?|apple|google|app store|play store|telcos?)\b/i;
const OUR_DEED_ON_THEIRS_ZH = /我们?(?:已经|刚刚?|这边|马上|会|来)?(?:在|帮|给|替|为)$/;
const PERMITTED_ZH = /^(?:您|你们?|贵.)(?:这边)?(?:可以|可|不妨|随时|现在就可以)把/;
const PROMISED_BEFORE = /(?:保证|确保|承诺|担保)[^，。！？；]{0,4}$/;
/** The customer cleared outright: "this isn't something your app did", "not your fault", "nothing you did". */
const CLEARS_THEM_EN = new RegExp(
  String.raw`\b(?:is|was)(?:n['’]t| not) (?:something |anything )?(?:you|your [a-z]+) (?:did|caused|could)\b|` +
    String.raw`\b(?:nobody|no one)['’]s (?:fault|mistake)\b|\bnot something you could have\b|` +
    String.raw`\bnot (?:your|you(?:r [a-z]+)?['’]s) fault\b|\bnothing (?:you|your [a-z]+) did\b`,
  'i',
);
/** The fault named as ours in so many words, beside a word that others are fine: "问题出在我们给直播间新加的滤镜上". */
const OURS_SAID_OUTRIGHT = /问题出在我们|是我们(?:这边)?的(?:问题|锅|责任|失误)|\b(?:our|my) (?:fault|mistake|bug)\b/i;
/**
 * Our side fine as news after a fix, or as a yes: "all green since 14:20, when we rolled back", "no issues on our side
 * if you'd like to pause", "监控显示修复后一切正常", "我们这边没问题，周三下午三点可以".
 */
const RECOVERED_OR_YES =
  /\b(?:since|after the|after we|once|now that|if you['’]d like|happy to|let['’]s)\b|修复后|恢复后|回滚后|(?<!都|也)可以(?!看|查|确认)/i;
/** Our side fine, said with good news or readiness: "everything's green …, and the 9am class went through". */
const GOOD_NEWS_EN = new RegExp(
  String.raw`\b(?:(?:class|session|call|stream|event|show|lesson|meeting|hearing)e?s? went ` +
    String.raw`(?:through|fine|well|smoothly)|you['’]re all set)\b`,
  'i',
);
function blameIn(t: Text, hits: PitfallHit[]): void {
  const patterns = t.lang === 'zh' ? [...ZH_BLAME, ...EN_BLAME] : EN_BLAME;
  const denial = t.lang === 'zh' ? ZH_DENIAL : EN_DENIAL;
  const ourFine = t.lang === 'zh' ? ZH_OUR_FINE : EN_OUR_FINE;
  const theirs = t.lang === 'zh' ? PARTY_ZH_RE : PARTY_EN_RE;
  const acting = OUR_ACTION.test(t.masked);
  const culprit =
    t.lang === 'en'
      ? (ASKED_THEN_CULPRIT.exec(t.masked) ?? ASKED_THEN_EXPLAINED.exec(t.masked))
      : ASKED_THEN_CULPRIT.exec(t.masked);
  if (culprit) hits.push({ rule: 'blame', start: culprit.index, end: culprit.index + culprit[0].length, why: 'blame' });
  let read = 0;
  let clausesSeen = 0;
  for (const sentence of t.sentences) {
    const whole = head(sentence);
    const mayBlame =
      MAY_BLAME.test(whole) ||
      SOFT_SUGGESTION_TO_THEM_EN.test(whole) ||
      MAY_BLAME_THEIRS.test(whole) ||
      (t.lang === 'zh' &&
        (ROLE_CAUSE_ZH.test(whole) ||
          THEIR_SIDE_FAULT_ZH.test(whole) ||
          LEADING_QUESTION_ZH.test(whole) ||
          OUT_OF_OUR_HANDS_ZH.test(whole)));
    if (!mayBlame) continue;
    // "Some of your users were on older versions, but that isn't what caused it": named, then cleared.
    const denied = whole.match(CAUSE_DENIED);
    if (denied && !THEIRS.test(whole.slice(denied.index! + denied[0].length))) continue;
    // "…, not because I think it's your network": what the denial goes on to name is what it clears.
    if (SUSPICION_DENIED.test(whole)) continue;
    if (
      normalcyBlame(t, whole) ||
      counterfactualBlame(whole) ||
      placedWithThem(whole) ||
      theirSlip(whole) ||
      (t.lang === 'zh'
        ? causeNamedTheirs(whole) ||
          theirSideFaultZh(whole) ||
          leadingQuestionZh(whole) ||
          (OUT_OF_OUR_HANDS_ZH.test(whole) && !OWNS_THE_FAULT.test(whole))
        : causeNamedTheirsEn(whole, t.masked) || softSuggestionToThem(whole, t.masked)) ||
      theyBlockUs(whole) ||
      // Our checking is no step of ours when it is what the sentence reports: look for one elsewhere.
      (CHECKED_CLEAN.test(whole) &&
        !OUR_ACTION.test(t.masked.replace(whole, ' ')) &&
        // "您发来的网络配置截图我们都看了，没有问题": their material checked and cleared.
        !THEIR_MATERIAL.test(whole))
    ) {
      hits.push({ rule: 'blame', start: sentence.start, end: sentence.start + whole.length, why: 'blame' });
      continue;
    }
    const causal = whole.match(CAUSAL);
    if (
      causal &&
      !CHECKS_UNDERSTANDING.test(whole) &&
      // "didn't happen because", not "pushing video with no FEC, so of course …".
      !negated(whole.slice(Math.max(0, causal.index! - 12), causal.index).replace(/\bwith (?:no|zero)\b/gi, ' ')) &&
      !OUR_ALTERNATIVE.test(whole) &&
      !OWNS_THE_FAULT.test(whole) &&
      !(t.lang === 'en' && ourStepOrNoTrouble(whole, causal))
    ) {
      const party =
        whole.match(theirs) ??
        (t.lang === 'zh' ? theirSideBefore(whole.slice(0, causal.index)) : theirSubject(whole.slice(0, causal.index)));
      if (party && !RECIPIENT.test(whole.slice(0, party.index)) && !CONDITION.test(whole.slice(0, party.index))) {
        hits.push({ rule: 'blame', start: sentence.start, end: sentence.start + whole.length, why: 'blame' });
        continue;
      }
    }
    const cleared = whole.match(EXONERATE);
    if (cleared) {
      const after = whole.slice(cleared.index! + cleared[0].length);
      const party = after.match(theirs);
      const between = party ? after.slice(0, party.index) : '';
      const before = whole.slice(0, cleared.index);
      const earlier = NOT_OURS_TAIL.test(cleared[0]) ? before.match(THEIRS) : null;
      const pointed =
        (party &&
          !OUR_ACTION.test(between) &&
          !STILL_OURS.test(between) &&
          !negated(between.slice(-16)) &&
          !CONDITION.test(between)) ||
        (earlier && !negated(before.slice(Math.max(0, earlier.index! - 16), earlier.index)));
      if (pointed) {
        hits.push({ rule: 'blame', start: sentence.start, end: sentence.start + whole.length, why: 'denial' });
        continue;
      }
    }
    if (++read > MAX_SENTENCES || clausesSeen > MAX_CLAUSES || hits.length >= MAX_HITS) break;
    // A sentence that owns the fault ("问题出在我们这边：…分配用户的规则配错了") tells what happened to them.
    const alternative = OUR_ALTERNATIVE.test(whole) || OWNS_THE_FAULT.test(whole);
    for (const clause of clausesRead(sentence)) {
      const text = slice(t, clause);
      if (!MAY_BLAME.test(text) && !MAY_BLAME_THEIRS.test(text)) continue;
      if (++clausesSeen > MAX_CLAUSES) break;
      let found = false;
      for (const re of patterns) {
        for (const m of matchesOf(re, text)) {
          const pre = m.groups?.pre ?? '';
          const gap = m.groups?.gap;
          const before = text.slice(Math.max(0, m.index - LOOKBACK), m.index);
          if (gap !== undefined && ZH_REPORTED.test(gap)) continue;
          // A cause traced to them counts when there is trouble to explain: "because of your launch on Friday, I
          // have added an engineer" explains our own step.
          if (m.groups?.cause !== undefined && !cleared && !SYMPTOM.test(whole)) continue;
          if (/\b(?:we|our|us)\b|我们/i.test(pre)) continue;
          // "on the new building's network or the old one?": a choice asked, not a fault.
          if (/\bor (?:the |an? )?$/i.test(pre)) continue;
          // "The dropouts your team saw came from a bad change": they are who saw the trouble, not its cause.
          if (SUFFERED.test(pre)) continue;
          // "您问是不是学员家里网络不好导致的——从数据看不是": their question, restated before the answer.
          if (THEY_ASKED_ZH.test(before + pre)) continue;
          // "我已经在贵行的项目里把它关了" is our deed on their things; "您可以把这个工单关了" a permission.
          if (OUR_DEED_ON_THEIRS_ZH.test(before) || PERMITTED_ZH.test(m[0])) continue;
          // "给您和您的用户造成的困扰": the customer is who the trouble came to, not where it came from.
          if (RECIPIENT.test(before)) continue;
          // "The venue's guest Wi-Fi is blocking the ports …, so this isn't something your app did": a place or person
          // named by role is a third party's when the reply clears the customer.
          if (t.lang === 'en' && /^\s*the\b/i.test(pre) && CLEARS_THEM_EN.test(t.masked)) continue;
          // "your app hit a bug in our SDK": the fault is placed with us.
          if (OURS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
          if (
            negated(afterContrast(before + pre)) ||
            CONDITION.test(before + pre) ||
            WE_CHECK.test(before) ||
            alternative
          )
            continue;
          if (ASKS_WHETHER.test(before + pre) || (ASKS_THEM.test(before + pre) && FACTS_ASKED.test(text))) continue;
          hits.push({
            rule: 'blame',
            start: clause.start + m.index,
            end: clause.start + m.index + m[0].length,
            why: 'blame',
          });
          found = true;
          break;
        }
        if (found) break;
      }
      if (found) continue;
      for (const m of matchesOf(DEVICE_TOO_OLD, text)) {
        if (negated(text.slice(Math.max(0, m.index - LOOKBACK), m.index)) || CONDITION.test(text.slice(0, m.index)))
          continue;
        hits.push({
          rule: 'blame',
          start: clause.start + m.index,
          end: clause.start + m.index + m[0].length,
          why: 'blame',
        });
        found = true;
        break;
      }
      if (found) continue;
      for (const m of matchesOf(denial, text)) {
        // "我们保证一点问题都没有" promises; it does not deny.
        if (PROMISED_BEFORE.test(text.slice(0, m.index + 6))) break;
        // "内蒙那边运营商的网络我们管不了": what we cannot change is a third party's, and they are not named.
        if (THIRD_PARTY.test(whole) && !theirs.test(whole)) break;
        hits.push({
          rule: 'blame',
          start: clause.start + m.index,
          end: clause.start + m.index + m[0].length,
          why: 'denial',
        });
        found = true;
        break;
      }
      if (found || acting || OURS_SAID_OUTRIGHT.test(whole) || GOOD_NEWS_EN.test(whole) || RECOVERED_OR_YES.test(whole))
        continue;
      for (const m of matchesOf(ourFine, text)) {
        if (CONDITION.test(text.slice(0, m.index)) || PROMISED_BEFORE.test(text.slice(0, m.index + 6))) continue;
        hits.push({
          rule: 'blame',
          start: clause.start + m.index,
          end: clause.start + m.index + m[0].length,
          why: 'denial',
        });
        break;
      }
    }
  }
}

/** The clause (of this sentence) that holds `index`. */
function clauseAt(sentence: Sentence, index: number): Span {
  const clauses = sentence.clauses;
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (index < c.start) hi = mid - 1;
    else if (index >= c.end) lo = mid + 1;
    else return c;
  }
  return sentence;
}

/** A promise declined in the same sentence: "…, but I won't promise that", "这个我不敢打包票". */
const PROMISE_DECLINED = new RegExp(
  String.raw`\b(?:won['’]t|can['’]t|cannot|can not|couldn['’]t|wouldn['’]t|not going to) ` +
    String.raw`(?:honestly |really |truly )?(?:promise|guarantee)\b|` +
    String.raw`\b(?:i['’]d|i would) (?:love|like) to (?:tell you|say|promise)\b[^.!?]{0,60}?\bbut\b|` +
    String.raw`\b(?:won['’]t|can['’]t|not going to) (?:tell you|say)\b|` +
    '不敢(?:保证|承诺|打包票|说|讲|肯定)|(?:没法|不能|无法)(?:保证|承诺|打包票)|(?:保证|承诺|担保)不了|' +
    '(?:很|真|特别)想(?:说|告诉您|跟您说|打包票)',
  'i',
);
/** An availability figure quoted from the contract or SLA: "under your contract we guarantee 99.9%", "按合同约定…99.95%". */
const CONTRACT_TERMS = new RegExp(
  String.raw`(?:\b(?:under|per|as per|according to|in) (?:your|the|our) (?:contract|sla|agreement|service terms)\b|` +
    String.raw`按(?:照)?(?:合同|协议|SLA)|(?:合同|协议|SLA)(?:里|中|上)?(?:约定|写明|规定))[^.!?。！？]{0,60}?\d+(?:\.\d+)?\s?%`,
  'i',
);
const OUR_SIDE_SURE_FINE =
  /我们(?:这边|那边|的?服务端?|的?服务器|后台|系统|平台)?(?:是|这块)?(?:肯定|一定|绝对)(?:是)?没(?:有)?(?:任何)?(?:问题|毛病)/;
/** Certainty about how they feel: "一定很难受", "sure you're frustrated". Empathy, not a promise. */
const FEELING_UNDERSTOOD = new RegExp(
  String.raw`^(?:一定|肯定)(?:很|非常|特别|挺|也|都)?(?:难受|着急|失望|生气|崩溃|不好受|心急|焦虑|担心|头疼|郁闷|委屈|辛苦|` +
    String.raw`不爽|抓狂|急坏|急死|气坏|累坏|慌|闹心|烦|糟心|窝火|心疼|失落|难过|伤心|委屈)|` +
    String.raw`^(?:sure|certain) (?:you|your team|everyone|they)(?:['’]re| are| were| must be| feel| felt)\b`,
  'i',
);

/** The strong words of certainty: "make sure", "ensure", "放心" and "务必" more often promise care than outcomes. */
const STRONG_CERT_EN = new RegExp(
  String.raw`^(?:guarantee[ds]?|promise[ds]?|for sure|definitely|certainly|absolutely|surely|100 ?%|no doubt|` +
    String.raw`without (?:a )?doubt|(?!make\b|made\b|ensure\b).*(?:certain|sure|positive|confident)|consider it done|` +
    String.raw`no question.*|` +
    String.raw`you have my word|.*give you my word|without fail|count on it|bank on it|.*hundred percent|100 percent|` +
    String.raw`,\s*no problem)$`,
  'i',
);
const STRONG_CERT_ZH = /^(?:一定|肯定|绝对|保证|打包票|包您|包你|铁定|准保|妥妥|百分百|百分之百|板上钉钉|我敢.*)$/;
const FUTURE_PREDICATE_EN = /\b(?:will|['’]ll|going to|gonna|goes live|go live|ships|shipping|going into|brings?)\b/i;
/** Work, care or a look promised: "we'll definitely look into it", "I'll absolutely pass it on". */
const EFFORT_EN = new RegExp(
  String.raw`\b(?:look(?:ing)? into|investigat\w*|check\w*|dig\w*|try|do (?:our|my) best|keep an eye|` +
    String.raw`pass(?:ing)? (?:it|this|that|them) (?:on|along)|pass\w* on|raise|escalat\w*|flag|share|review|` +
    String.raw`consider|recommend|worth|help|want to|need to)\b`,
  'i',
);
/** After 一定/肯定: what is said is (是), must be done (要/得), exists (有), or is felt, not an outcome. */
const NOT_A_FUTURE_ZH = /^(?:是|要|得|不是|有|很|非常|特别|也|都是|没|不会有错|的是|在|不在|像素|坐标|路径|值)/;
/** "肯定扛不住", "肯定受影响": trouble foreseen, a diagnosis; "一定重视", "一定给个说法": care, not an outcome. */
const TROUBLE_OR_CARE_ZH = new RegExp(
  '扛不住|带不动|跑不动|不够|不行|够呛|打架|受影响|影响|着急|吓|压力|耽误|乱|差|高|大|慢|糊|丢|崩|断|卡|弱|出问题|不了|难|' +
    '重视|认真|对待|说法|教训|全力|以赴|负责|改进|优化|尽|努力|道歉|交代|失败|出不来|一直|错|投诉|看(?!到)|说不出口|做不到|' +
    '参加|出席|到场|准时|按时',
);
const SAID_OF_A_MEANS_ZH = /(?:来|能|会|用来|为了|以|就是|目的是?|才能|可以|是|难|、)$/;
const FUTURE_BEFORE_ZH = /会|能|将|就|以内|之内|之前|前|今天|明天|后天|下周|月底|下个|以后|今后/;
function sureOfTheFuture(s: string, sure: RegExpMatchArray, zh: boolean): boolean {
  // "…, so plan your launch around it" tells them to rely on it: no hedge.
  if (HEDGE.test(s.replace(/\bplan (?:your|their)\b/gi, ' ')) || ASKED.test(s)) return false;
  if (!zh) {
    // "I'm sure these logs are reliable, so we'll use them": sure of a fact; what it is sure of is its clause.
    const of = /^(?!for\b).*(?:certain|sure|positive|confident)$/i.test(sure[0])
      ? s.slice(sure.index! + sure[0].length).split(/[,;:.!?]/)[0]!
      : s;
    // "Absolutely, I'll resend it now": a yes to a request, then our own step.
    const yesThenOurStep =
      /^\W*$/.test(s.slice(0, sure.index)) &&
      /^\s*[,—–!-]+\s*(?:i|we)(?:['’]ll| will)\b/i.test(s.slice(sure.index! + sure[0].length));
    return (
      STRONG_CERT_EN.test(sure[0]) &&
      FUTURE_PREDICATE_EN.test(of) &&
      !yesThenOurStep &&
      !COMMS_EN.test(s) &&
      !EFFORT_EN.test(s)
    );
  }
  if (!STRONG_CERT_ZH.test(sure[0]) || COMMS_ZH.test(s) || CHECK_OR_EFFORT_ZH.test(s)) return false;
  const after = s.slice(sure.index! + sure[0].length).match(/^[^，。！？；,.!?\n]*/)![0];
  if (SAID_OF_A_MEANS_ZH.test(s.slice(0, sure.index)) || TROUBLE_OR_CARE_ZH.test(after)) return false;
  // "请您一定先备份" asks them; "我们一定记下来了" reports; "我一定转告" passes it on.
  if (/(?:请|麻烦|记得|务必)(?:您|你们?)?$/.test(s.slice(0, sure.index)) || /了$|已经|转告|转达/.test(after))
    return false;
  if (after.trim()) return !NOT_A_FUTURE_ZH.test(after.trim());
  return FUTURE_BEFORE_ZH.test(s.slice(0, sure.index));
}

const NOBODY_CAN = /\b(?:nobody|no one|no-one|no vendor|no provider)\b[^.!?]{0,16}$/i;
/** A sentence that is only a word of certainty: "I promise.", "I'm certain of it.", "Zero chance of a rejection." */
const CERTAINTY_ALONE = new RegExp(
  String.raw`^\W*(?:i (?:guarantee|promise)(?: (?:it|you|that|this))?|(?:i['’]m|i am|we['’]re|we are) ` +
    String.raw`(?:100 ?% |completely |absolutely )?(?:certain|sure|positive|confident)` +
    String.raw`(?: (?:of|about) (?:it|that|this))?|no doubt(?: about it)?|consider it done|you have my word|` +
    String.raw`i['’]ll make (?:it|that|this) happen|` +
    // "…, and that'll be the end of the dropouts. Permanently.", "You have my word on that."
    String.raw`permanently|forever|for good|you have my word on (?:that|this|it)|` +
    String.raw`(?:that['’]s |it['’]s )?(?:guaranteed|a promise|` +
    String.raw`100 ?%)|zero (?:chance|risk) of (?:a |an |any )?[a-z-]+|` +
    String.raw`(?:这个|这点)?我(?:敢|可以)?(?:拍胸脯|拿人格)?(?:保证|打包票|担保))[.!。！\s]*$`,
  'i',
);
/** The sentence before names an outcome or a time to be certain of ("We'll be there. I promise." names neither). */
/** No trouble at all, said as a state: "Zero downtime during your arbitration week." */
const ZERO_TROUBLE_EN = new RegExp(`\\b(?:zero|no) ${ZERO_TROUBLE_WORDS_EN}\\b(?! so far)`, 'i');
/** Every one of them: "sub-second for every bidder", "on any connection". */
const FOR_EVERY_ONE_EN = new RegExp(
  String.raw`\b(?:for|on|to)? ?(?:every|all|any)(?: (?:one )?(?:of )?(?:your|the))? (?:bidders?|viewers?|users?|` +
    String.raw`buyers?|listeners?|singers?|students?|guests?|fans?|phones?|devices?|connections?|networks?|screens?|` +
    String.raw`browsers?|one)\b`,
  'i',
);
function certaintyBackedFuture(previous: string, zh: boolean): boolean {
  if (HEDGE.test(previous) || ASKED.test(previous)) return false;
  if (zh)
    return (
      FUTURE_BEFORE_ZH.test(previous) &&
      OUTCOME_ZH.test(previous) &&
      !COMMS_ZH.test(previous) &&
      !CHECK_OR_EFFORT_ZH.test(previous)
    );
  if (ZERO_TROUBLE_EN.test(previous) && !COMMS_EN.test(previous) && !/\b(?:was|were|had|did|saw)\b/i.test(previous))
    return true;
  return (
    FUTURE_PREDICATE_EN.test(previous) &&
    (OUTCOME_EN.test(previous) ||
      TIME_EN.test(previous) ||
      FOR_EVERY_ONE_EN.test(previous) ||
      /\b(?:restored|recovered|approved|shipped)\b/i.test(previous)) &&
    !COMMS_EN.test(previous) &&
    !EFFORT_EN.test(previous)
  );
}
function promisesIn(t: Text, hits: PitfallHit[]): void {
  const zh = t.lang === 'zh';
  const add = (start: number, end: number, why: Why) => hits.push({ rule: 'overpromise', start, end, why });
  const before = hits.length;
  let read = 0;
  let clausesSeen = 0;
  let previous: string | undefined;
  for (const sentence of t.sentences) {
    const s = head(sentence);
    if (!MAY_PROMISE.test(s)) {
      previous = s;
      continue;
    }
    if (++read > MAX_SENTENCES || clausesSeen > MAX_CLAUSES || hits.length - before >= MAX_HITS) break;
    // "I'd love to say this can never happen again, but I won't promise that": the sentence takes it back.
    // "Under your contract we guarantee 99.9% availability": the contract's own terms, quoted.
    if (PROMISE_DECLINED.test(s) || CONTRACT_TERMS.test(s)) {
      previous = undefined;
      continue;
    }
    const at = sentence.start;
    const clauseBefore = (index: number) => {
      const c = clauseAt(sentence, at + index);
      return t.masked.slice(Math.max(c.start, at + index - LOOKBACK), at + index);
    };
    const clauseAfter = (index: number) => {
      const c = clauseAt(sentence, at + index);
      return t.masked.slice(at + index, c.end);
    };
    const notNegated = (index: number) => {
      const words = clauseBefore(index);
      return !negated(words) && !(zh && NEG_ZH_PROMISE.test(words)) && !NOBODY_CAN.test(words);
    };
    // Certainty about an outcome, with no commitment to communicate between the two.
    const certs = [...matchesOf(zh ? CERT_ZH : CERT_EN, s)];
    const outcomes = certs.length ? [...matchesOf(zh ? OUTCOME_ZH : OUTCOME_EN, s)] : [];
    const comms = zh ? COMMS_ZH : COMMS_EN;
    let promised = false;
    let sure: RegExpMatchArray | undefined;
    // Outcomes are in order: each certainty looks only at those within PAIR_CHARS of it.
    let first = 0;
    for (const c of certs) {
      if (promised) break;
      if (ADVERB_CERT.test(c[0]) && !(zh || FUTURE_ANY.test(s))) {
        // "The region goes live on the 3rd, definitely": a future no will names, for sureOfTheFuture alone.
        if (FUTURE_PREDICATE_EN.test(s) && notNegated(c.index)) sure ??= c;
        continue;
      }
      while (first < outcomes.length && outcomes[first]!.index + outcomes[first]![0].length < c.index - PAIR_CHARS)
        first++;
      if (!notNegated(c.index) || PURPOSE.test(clauseBefore(c.index))) continue;
      // "宁可画面没那么清晰，也要保证动作连贯": what a setting puts first, not an outcome promised.
      if (zh && RATHER_THAN.test(s.slice(0, c.index))) continue;
      // "我们这边肯定没问题": our side said to be fine (read as blame), not an outcome promised.
      if (zh && OUR_SIDE_SURE_FINE.test(s.slice(Math.max(0, c.index - 12), c.index + c[0].length + 8))) continue;
      // "家属那边一定很难受", "I'm sure you're frustrated": a feeling understood, not an outcome promised.
      if (FEELING_UNDERSTOOD.test(s.slice(c.index, c.index + c[0].length + 12))) continue;
      // "We'll check in with you tomorrow to make sure the delay is back to normal": a check, promised.
      if (CHECK_WITH_YOU.test(clauseBefore(c.index))) continue;
      sure ??= c;
      for (let i = first; i < outcomes.length; i++) {
        const o = outcomes[i]!;
        if (o.index > c.index + c[0].length + PAIR_CHARS) break;
        const from = Math.min(c.index + c[0].length, o.index + o[0].length);
        const to = Math.max(c.index, o.index);
        if (o.index >= c.index && o.index < c.index + c[0].length) continue;
        // "您放心，工程师正在全力修复": work under way or done is reported, not promised.
        if (zh && UNDER_WAY_ZH.test(s.slice(Math.max(0, o.index - 6), o.index))) continue;
        // "至于具体什么时候修好，现在还说不准": the outcome asked about, and left open.
        if (zh && ASKED_OUTCOME_ZH.test(s.slice(Math.max(0, o.index - 8), o.index))) continue;
        if (comms.test(s.slice(from, to))) continue;
        add(at + Math.min(c.index, o.index), at + Math.max(c.index + c[0].length, o.index + o[0].length), 'guarantee');
        promised = true;
        break;
      }
    }
    // "Legal will sign the DPA this week for sure", "发票今天一定能开出来": certain of a future no outcome word names.
    if (!promised && sure && sureOfTheFuture(s, sure, zh)) {
      add(at + sure.index!, at + Math.min(s.length, sure.index! + sure[0].length + PAIR_CHARS), 'guarantee');
      promised = true;
    }
    // "It will be fixed by tomorrow": a time for an outcome, clause by clause.
    if (!promised)
      for (const clause of clausesRead(sentence)) {
        if (++clausesSeen > MAX_CLAUSES) break;
        const text = slice(t, clause);
        if (HEDGE.test(text) || CONDITION.test(text) || comms.test(text)) continue;
        if (zh) {
          const state = STATE_ZH.exec(text);
          if (state && TIME_ZH.test(text) && !PAST_ZH.test(text) && !negated(text.slice(0, state.index))) {
            add(clause.start, clause.end, 'fix_time');
            promised = true;
            break;
          }
        } else {
          const state = STATE_EN.exec(text);
          if (state && FUTURE_EN.test(text) && TIME_EN.test(text) && !PAST_STATE.test(text)) {
            if (negated(text.slice(0, state.index))) continue;
            add(clause.start, clause.end, 'fix_time');
            promised = true;
            break;
          }
        }
      }
    const others: Array<[RegExp, Why]> = zh
      ? [
          [SURE_OUTCOME_ZH, 'guarantee'],
          [SURE_FUTURE_ZH, 'guarantee'],
          [FIX_ON_A_DAY_ZH, 'guarantee'],
          [THEIR_DECISION_ON_A_DAY_ZH, 'guarantee'],
          [NEVER_AGAIN_ZH, 'never_again'],
          [COMPENSATE_ZH, 'compensation'],
        ]
      : [
          [NEXT_RELEASE_EN, 'guarantee'],
          [ALWAYS_BOUND_EN, 'guarantee'],
          [FOR_EVERY_TIME_EN, 'guarantee'],
          [FIX_ON_A_DAY_EN, 'guarantee'],
          [THEIR_DECISION_ON_A_DAY_EN, 'guarantee'],
          [NEVER_AGAIN_EN, 'never_again'],
          [COMPENSATE_EN, 'compensation'],
        ];
    for (const [re, why] of others)
      for (const m of matchesOf(re, s)) {
        const words = clauseBefore(m.index);
        if (!notNegated(m.index) || (zh && RATHER_THAN.test(s.slice(0, m.index)))) continue;
        if (why === 'guarantee' && (HEDGE.test(words) || CONDITION.test(words))) continue;
        // "会不会再出现？" asks; it promises nothing. "…if it happens again", "您问…会不会再卡" do not promise it won't.
        if (ASKED.test(s)) continue;
        if (
          why === 'never_again' &&
          (/\b(?:if|in case)\b/i.test(m[0]) || (/^不会/.test(m[0]) && /会$/.test(s.slice(0, m.index))))
        )
          continue;
        if (
          re === SURE_FUTURE_ZH &&
          (CHECK_OR_EFFORT_ZH.test(clauseAfter(m.index)) || HEDGE.test(m[0].replace('不可能', '')))
        )
          continue;
        // "I've asked billing …, and they'll waive the fee": passed on, then promised all the same.
        const promisedForThem = /^(?:they|billing|finance)\b/i.test(m[0]);
        if (why === 'compensation' && !promisedForThem && compensationNotOffered(s, m.index + m[0].length)) continue;
        if (FEELING_UNDERSTOOD.test(s.slice(m.index, m.index + m[0].length + 12))) continue;
        // "我已经在账单里给您减免了", "I've just added 2,000 free minutes": a step taken, not a promise.
        if (why === 'compensation' && givenBefore(s, m.index, m[0].length)) continue;
        add(at + m.index, at + m.index + m[0].length, why);
        break;
      }
    if (!promised && !ASKED.test(s) && promisedWhateverHappens(s, zh)) {
      add(at, at + s.length, 'guarantee');
      promised = true;
    }
    // "Every one of those recordings will be recovered. I guarantee it.": the certainty said on its own, after.
    if (!promised && previous && CERTAINTY_ALONE.test(s) && certaintyBackedFuture(previous, zh)) {
      add(at, at + s.length, 'guarantee');
      promised = true;
    }
    previous = s;
    // A flawless outcome needs no word of certainty; a hedge anywhere in the sentence or a question takes it back.
    if (!HEDGE.test(s) && !ASKED.test(s))
      for (const m of matchesOf(zh ? FLAWLESS_ZH : FLAWLESS_EN, s)) {
        if (!notNegated(m.index) || (zh && RATHER_THAN.test(s.slice(0, m.index)))) continue;
        add(at + m.index, at + m.index + m[0].length, 'guarantee');
        break;
      }
  }
}

/**
 * Someone else's decision given a day: "The carrier will lift the block by Monday", "Google Play will approve the app
 * on Thursday", "苹果周三就会审核通过", "明天一早银行卡上就能看到钱". What an app store, a bank or a carrier decides is not ours
 * to date (the seed's second pitfall); "Apple usually takes a day or two" hedges, and "we'll update you when Apple
 * approves it" promises only word from us.
 */
const THEIR_DECISION_ON_A_DAY_EN = new RegExp(
  String.raw`(?<!\b(?:for|to|with|from|at|of|about) )\b(?:apple|google(?: play)?|the (?:app|play) store|stripe|` +
    String.raw`paypal|` +
    String.raw`adyen|visa|mastercard|customs|(?:the|your) (?:payment provider|bank|(?:mobile |phone )?carrier|telco|` +
    String.raw`card issuer)(?: in [a-z]+)?)\b(?!['’])[^.!?;]{0,30}?` +
    String.raw`\b(?:will|['’]ll|is going to|are going to)\b(?! not\b)[^.!?;]{0,70}?` +
    String.raw`\b(?:(?:by|on|before) (?:the )?(?:end of (?:today|the day|the week)|today|tonight|tomorrow|monday|` +
    String.raw`tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)?\b|next)|` +
    String.raw`(?:today|tomorrow|tonight|this (?:afternoon|evening|week)))\b`,
  'gi',
);
const THEIR_DECISION_ON_A_DAY_ZH = new RegExp(
  '(?<=^|[，,。！？；：:\\s])(?:苹果|谷歌|应用(?:市场|商店)|(?:华为|OPPO|vivo|小米|荣耀)\\s?(?:商店|应用市场)|应用宝|移动|联通|电信|运营商|银行卡?|微信(?:审核|那边)|' +
    '支付宝|海关)(?:那边)?[^，。！？；\\n]{0,10}?(?:今天|明天|今晚|后天|明早|明天一早|周[一二三四五六日末]|下周[一二三四五六日]?|月底|' +
    '\\d+\\s*[号日点])(?:之前|以前|前)?[^，。！？；\\n]{0,10}?就(?:会|能|可以)',
  'g',
);
/**
 * A good outcome promised whatever happens on their side: "viewers will see it in crystal-clear quality regardless of
 * their internet", "even in tunnels", "不管观众网速怎么样，都是超清画质", "就是3万人同时考也一样丝滑". Not word from us or a credit
 * ("No matter what, we'll update you by 5pm", "无论结论如何，费用我们都会补偿").
 */
const WHATEVER_HAPPENS_EN = new RegExp(
  String.raw`\b(?:regardless of|no matter (?:what|how|which|where|who)|whatever (?:the|their|your)|` +
    String.raw`even (?:in|on|at|with|from) (?:the )?(?:worst|tunnels?|basements?|lifts?|elevators?|underground|` +
    String.raw`bad|weak|poor|rural|remote|any))\b`,
  'i',
);
const GOOD_OUTCOME_EN = new RegExp(
  String.raw`\b(?:will|['’]ll|won['’]t)\b[^.!?;]{0,60}?\b(?:see|hear|join|connect|get in|stay|work|run|play|` +
    'load|arrive|fail|freeze|drop|lag|buffer|hd|quality|crystal|smooth|clear|instantly|without a hitch)',
  'i',
);
const WHATEVER_HAPPENS_ZH = new RegExp(
  '(?:(?:不管|无论|不论|就算|哪怕|(?<![说讲解理也是])就是(?!说))[^。！？；\\n]{0,24}?|' +
    '任何(?:角落|地方|网络|手机|设备)[^。！？；\\n]{0,6}?)(?:都|也)(?:(?:一样|照样|能|会|是)[^。！？；\\n]{0,10}?' +
    '(?:清|画质|流畅|顺畅|丝滑|不卡|不会卡|不会断|不断|秒通|秒进|稳|进|听得|看得)|不会(?:再)?(?:断|卡|掉))',
);
/**
 * Word from us or something we give, which a "whatever happens" sentence may promise. Not COMMS_EN: it counts "stays"
 * as word from us, and "our stream will stay in full HD whatever the venue's internet" is the promise itself.
 */
const OURS_TO_GIVE = new RegExp(
  String.raw`\b(?:update|tell|let you know|refund|credit|reply|call|message|post|email|hear from|report back)\b|` +
    '同步|通知|告诉|回复|补偿|退|费用|进展|进度|结论|群里',
  'i',
);
function promisedWhateverHappens(s: string, zh: boolean): boolean {
  if (zh) return WHATEVER_HAPPENS_ZH.test(s) && !OURS_TO_GIVE.test(s) && !HEDGE.test(s);
  return WHATEVER_HAPPENS_EN.test(s) && GOOD_OUTCOME_EN.test(s) && !OURS_TO_GIVE.test(s) && !HEDGE.test(s);
}
const ASKED = /[?？]\s*$/;
/** Compensation the writer has already given, said just before it. */
const ALREADY_GIVEN =
  /(?:已经|已)[^，。！？；\n]{0,12}$|做了[^。！？；\n]{0,20}$|\b(?:i|we)(?:['’]ve| have) (?:just |already )?(?:[a-z0-9,.]+ ){0,3}$/i;
/** …or just after: "补偿的 2000 分钟已经充进您账户了", "the refund has been issued". */
const GIVEN_AFTER = new RegExp(
  '^[^，。！？；\\n]{0,12}?(?:已经|已)[^，。！？；\\n]{0,4}?(?:充|发|退|到账|打|抵扣|减免|加|返|补)|' +
    // Under way counts as given: "赔付已经在走流程", "the refund is being processed".
    '^[^，。！？；\\n]{0,12}?(?:已经|已|正)在(?:走流程|处理|办理|审批)|' +
    String.raw`^[^.!?]{0,30}?\b(?:has|have) been (?:issued|applied|added|credited|refunded|processed)\b|` +
    String.raw`^[^.!?]{0,30}?\b(?:is|are) being (?:issued|applied|credited|refunded|processed)\b`,
  'i',
);
function givenBefore(sentence: string, index: number, length = 0): boolean {
  return (
    ALREADY_GIVEN.test(sentence.slice(Math.max(0, index - LOOKBACK), index)) ||
    (length > 0 && GIVEN_AFTER.test(sentence.slice(index + length, index + length + LOOKBACK)))
  );
}

const WHEN_ALL = new RegExp(WHEN.source, 'gi');
/** Words of a step to come or of who takes it. */
const STEP =
  /\b(?:will|['’]ll|going to|by|before|we|i|our|us|next update)\b|(?<![大开约晚例早聚年])会(?!议|员)|将|前|之前|内|给您|发您|回复|我们|我/i;
/** Words of a step still to come, in the apology's own clause: "sorry, we'll send it today". */
const STEP_TO_COME =
  /\b(?:will|['’]ll|going to|by|before|until|next update)\b|(?<![大开约晚例早聚年])会(?!议|员)|将|前|之前|内|给您(?!添|带来|造成)|发您|回复/i;
const OCCASION = /^(?:[^，。！？；\n\d我会将给]{0,3}?的|['’]s\b)/;
/**
 * A time for a step, not the time of the trouble: "五点前把结果发您" is one, "今天全员大会上的声音断断续续" only dates
 * what went wrong.
 */
function timedStep(t: Text, sentence: Sentence): boolean {
  for (const m of matchesOf(WHEN_ALL, head(sentence))) {
    const clause = slice(t, clauseAt(sentence, sentence.start + m.index));
    // "周六的比赛", "today's class": the time names an occasion, not when we act ("will join Thursday's call" does).
    const occasion = OCCASION.test(head(sentence).slice(m.index + m[0].length, m.index + m[0].length + 5));
    if (occasion && !STEP_TO_COME.test(clause)) continue;
    if (SYMPTOM.test(clause) && !STEP.test(clause)) continue;
    // "We regret the problems you had today": the time dates what the apology is for.
    if (APOLOGY.test(clause) && !STEP_TO_COME.test(clause)) continue;
    if (theirTime(head(sentence).slice(0, m.index))) continue;
    return true;
  }
  return false;
}

/**
 * "I know you can't get the crew back in a room tomorrow": the nearest one named before the time is them, so the
 * time is theirs, not a step of ours.
 */
const THEM_EN = new RegExp(
  String.raw`\byou(?:['’](?:re|ve|d|ll)|\s+(?:can|can['’]t|cannot|could(?:n['’]t)?|will|won['’]t|need|have|` +
    'had|must|should|may|might|are|were|want|plan|hope|get))\\b',
  'gi',
);
const US_EN = /\b(?:we|i|us|our)\b|['’]ll\b/gi;
function theirTime(before: string): boolean {
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of matchesOf(re, before)) at = m.index;
    return at;
  };
  const them = last(THEM_EN);
  return them >= 0 && them > last(US_EN);
}

function compensationNotOffered(sentence: string, after: number): boolean {
  return COMPENSATION_NOT_OFFERED.test(sentence) || COMPENSATION_NOT_OFFERED.test(sentence.slice(after, after + 4));
}

/** Compensation the writer has already given ("已经在账单里给您减免了"): a step taken. */
function compensationGiven(t: Text): boolean {
  const given = t.lang === 'zh' ? COMPENSATE_ZH : COMPENSATE_EN;
  return t.sentences.some((sentence) => {
    const s = head(sentence);
    for (const m of matchesOf(given, s)) if (givenBefore(s, m.index, m[0].length)) return true;
    return false;
  });
}

/**
 * An offer someone stands behind: "as an apology, we'll take 50% off next month". "You will receive full compensation"
 * names no one and no time, so an apology followed only by it is still empty.
 */
const OFFERER = /\b(?:we|i|our|us)\b|['’]ll\b|我们|我(?!们)|本公司/i;
function offeredByUs(t: Text, hit: PitfallHit): boolean {
  const sentence = t.sentences.find((s) => s.start <= hit.start && hit.start < s.end);
  if (!sentence) return true;
  return OFFERER.test(head(sentence)) || timedStep(t, sentence);
}

/** An owner named at it, by name (case counts): "Kwame on our identity team is on it right now". */
const NAMED_ON_IT = new RegExp(
  String.raw`\b(?!(?:Nobody|Someone|Somebody|Everybody|Everyone|Anyone|Anybody|None)\b)[A-Z][a-z]+ (?:on|from) our ` +
    String.raw`[a-z -]{1,30}? is on (?:it|this)\b`,
);
/** A plan laid out as a list: "Here's the plan:⏎• today: …", "As remediation we will:⏎• credit …", "接下来：⏎• 今天…". */
const PLAN_LAID_OUT = new RegExp(
  String.raw`(?:\b(?:here['’]s (?:the|our|my) plan|next steps|(?:as )?remediation,? we will|we will)|接下来|` +
    String.raw`(?:补救措施|计划|安排)如下)\s*[:：]\s*\n\s*(?:[•*\-–]|\d+[.)、])`,
  'i',
);
/** A named colleague's step, done: "Anna has re-exported it and it's in your dashboard now". */
const NAMED_PERSON_DID = new RegExp(
  String.raw`\b[A-Z][a-z]+ (?:has |have |just |already )*(?:re-?exported|re-?sent|re-?uploaded|re-?ran|rebuilt|` +
    String.raw`restored|fixed|re-?issued|re-?processed)\b`,
);
function apologiesIn(t: Text, hits: PitfallHit[]): void {
  // A promise with no one and no time to it is no concrete step ("非常抱歉，明天一定修好" names no one); with both
  // ("我们今晚一定帮您处理好") it is a step, judged as over-promising.
  const promised = hits.filter((h) => h.rule === 'overpromise');
  // An apology that comes with an offer ("as an apology, 50% off next month") is not empty: the offer itself is
  // judged as over-promising.
  const concrete =
    promised.some((h) => h.why === 'compensation' && offeredByUs(t, h)) ||
    compensationGiven(t) ||
    TRACKING.test(t.masked) ||
    PLAN_LAID_OUT.test(t.masked) ||
    NAMED_PERSON_DID.test(t.masked) ||
    TRACKER_ID.test(t.masked) ||
    NAMED_ON_IT.test(t.masked) ||
    ASKS_FOR_DETAIL.test(t.masked) ||
    t.sentences.some(
      (s) =>
        ACTION.test(head(s)) ||
        (timedStep(t, s) &&
          (promised.some((h) => h.start < s.end && h.end > s.start) ? OWNER : OUR_SENTENCE).test(
            head(s).replace(GUARANTOR, ' '),
          )),
    );
  if (!concrete) {
    const apology = APOLOGY.exec(t.masked) ?? HOLDING.exec(t.masked);
    if (apology)
      hits.push({
        rule: 'apology_without_action',
        start: apology.index,
        end: apology.index + apology[0].length,
        why: APOLOGY.test(apology[0]) ? 'apology' : 'holding',
      });
  }
  const before = hits.length;
  for (const sentence of t.sentences)
    for (const m of matchesOf(VAGUE_ADVICE, head(sentence))) {
      if (hits.length - before >= MAX_HITS) return;
      const clause = clauseAt(sentence, sentence.start + m.index);
      if (WE_DO_IT.test(t.masked.slice(clause.start, sentence.start + m.index))) continue;
      hits.push({
        rule: 'apology_without_action',
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        why: 'vague',
      });
    }
}

// "a full picture (a keyframe)": the plain words come first, the term after them in brackets.
const OPENS_BRACKET = /[(（]\s*(?:(?:an?|the)\s+)?$/i;
const CLOSES_BRACKET = /^\s*[)）]/;
const COLON_GLOSS = /^[^:：.!?。！？—–]{0,20}(?:[:：]|\s[—–])\s*[^:：.!?。！？]{24,}/;

const TRACKER_TAIL = /^-\d/;
/** The listed terms and, where none is, terms of an unfamiliar shape (tone-term-shapes.ts), in order. */
function termsIn(sentence: string): Array<TermAt & { listed?: boolean }> {
  const listed = [...matchesOf(JARGON, sentence)]
    // "单号 RTC-5170" is a ticket, not a protocol.
    .filter((m) => !TRACKER_TAIL.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 2)))
    .map((m) => ({ index: m.index, term: m[0], listed: true }));
  const covered = (at: TermAt) =>
    listed.some((l) => at.index < l.index + l.term.length && l.index < at.index + at.term.length);
  return [...listed, ...termsByShape(sentence).filter((at) => !covered(at))].sort((a, b) => a.index - b.index);
}

function jargonIn(t: Text, hits: PitfallHit[]): void {
  const explained = new Set<string>();
  const before = hits.length;
  t.sentences.forEach((sentence, i) => {
    if (hits.length - before >= MAX_HITS) return;
    let appositionEnd = -1;
    const next = t.sentences[i + 1] ? head(t.sentences[i + 1]!) : '';
    // Whether the sentence or the next one explains is the same for every term in it: asked once, when needed.
    let around: boolean | undefined;
    const explainedAround = () => {
      if (around === undefined) around = EXPLAINED.test(head(sentence)) || EXPLAINED.test(next);
      return around;
    };
    for (const m of termsIn(head(sentence))) {
      if (hits.length - before >= MAX_HITS) return;
      const term = m.term;
      const key = term.toLowerCase();
      if (explained.has(key) || m.index < appositionEnd) continue;
      const apposition = head(sentence)
        .slice(m.index + term.length)
        .match(APPOSITION);
      if (apposition) {
        appositionEnd = m.index + term.length + apposition[0].length;
        explained.add(key);
        continue;
      }
      // Explained anywhere in its own sentence (before or after the term) or in the next one, or defined right
      // after it ("Opus is the audio format …", "编码器就是把画面压缩的那部分程序").
      const after = head(sentence).slice(m.index + term.length, m.index + term.length + 40);
      // "Noise suppression (ANS)": an acronym in brackets after its plain name.
      const spelledOut = OPENS_BRACKET.test(head(sentence).slice(0, m.index)) && CLOSES_BRACKET.test(after);
      // "Simulcast is now on: the sender uploads the video in a few sizes …": a colon opens the plain account.
      const glossed = COLON_GLOSS.test(after);
      if (
        spelledOut ||
        glossed ||
        explainedAround() ||
        DEFINED_AFTER.test(after.replace(CLOSING_MARK, '')) ||
        // "The keyframe interval is how often …", "关键帧间隔就是…": the term names a thing, then that is defined.
        DEFINED_AFTER.test(after.replace(HEAD_NOUN, '')) ||
        definedLater(head(sentence), m.index + term.length, term) ||
        definedNext(next, term)
      ) {
        // Explained once, the term may be used again.
        explained.add(key);
        continue;
      }
      hits.push({
        rule: 'jargon',
        start: sentence.start + m.index,
        end: sentence.start + m.index + term.length,
        why: 'jargon',
        term,
        listed: m.listed === true,
      });
    }
  });
}

/**
 * The reply says the fault is ours, or clears the customer in so many words: "this one is on us", "是我们的问题",
 * "你们自己的配置没有任何问题". A reply that does is not read as blame by example (tone-reader.ts): words about their side
 * in it are the account of what happened to them.
 */
const OWNS_THE_FAULT = anyOf(
  'i',
  new RegExp(
    String.raw`\b(?:that|this|it)(?: one)?(?:['’]s| is| was) (?:entirely |all |fully )?on us\b|` +
      String.raw`\b(?:our|my) (?:own )?(?:fault|mistake|bug|error)\b|` +
      String.raw`\b(?:was|is) (?:all |entirely )?on our (?:end|side)\b(?! (?:too|as well))|` +
      String.raw`\bthe (?:[a-z-]+ )?(?:bug|problem|issue|fault|cause) (?:is|was|lies|lay) (?:in|on|with) our\b|` +
      String.raw`\bnot (?:your|your team['’]s|your users['’]) fault\b|` +
      String.raw`\b(?:it['’]s|this is|that['’]s) not (?:that )?your\b|` +
      String.raw`\bnothing (?:is |was )?wrong (?:on|with|in) your\b|\b(?:came|comes|stems?|stemmed) from our\b|` +
      // "There isn't a problem on your side", "nothing your team needed to do differently".
      String.raw`\bthere (?:isn['’]t|is no|wasn['’]t|was no|['’]s no) (?:[a-z]+ )?(?:problem|issue|fault|bug) ` +
      String.raw`(?:on|with|in|at) your\b|\bnothing (?:you|your (?:[a-z-]+ )?team) ` +
      String.raw`(?:needed|needs|need|had|has|have) to do differently\b|` +
      // "so there's nothing for you to change".
      String.raw`\bnothing (?:for you|for your team|you need|your team needs?) to (?:change|do|fix)\b|` +
      // "Nobody on your side did anything wrong", "Your clerks and IT setup aren't the problem", "not on you guys".
      String.raw`\b(?:nobody|no one|none of you)(?: on your (?:side|end|team))? did anything wrong\b|` +
      String.raw`\byour (?:[a-z-]+ ){0,5}?(?:aren['’]t|isn['’]t|weren['’]t|wasn['’]t|are not|is not|was not) ` +
      String.raw`(?:the )?(?:problem|issue|cause|culprit)\b|\bnot on you(?: guys| all| folks)?\b(?! to\b)`,
    '',
  ),
  // Not after 不 or 说: "不是我们的问题", "先别急着说是我们的问题" deny it.
  /(?<!不|不会|说|哪|怎么)是我们(?:这边)?的(?:问题|锅|责任|原因|bug|错|失误|疏忽|故障)|(?:不是|并非)(?:您|你们|贵司|用户)(?:那边|这边)?的问题/,
  // "原因在我们这边：…", "不是贵司前端的问题".
  /原因(?:就|都|全)?(?:在|出在)我们(?:这边|这里|身上)(?=[：:，,。！!；;]|$)/,
  /(?:不是|并非)贵(?:司|行|校|院|方|台|单位)[^，。！？；\n是]{0,8}?的(?:问题|原因|锅|责任|错)/,
  // "…so please don't spend time on the Wi-Fi": what they suspected, set aside for them.
  new RegExp(
    String.raw`\b(?:don['’]t|do not|no need to) (?:spend (?:any )?(?:more )?time on|worry about|bother with|chase) ` +
      String.raw`(?:the|your|their) (?:wi-?fi|network|router|firewall|code|config\w*|settings?|setup|devices?|` +
      String.raw`phones?|integration)\b`,
    'i',
  ),
  // "你们的开发一点没做错", "你们 App 这边没有任何异常", "报错全部来自我们的录制服务".
  /(?:您|你们|贵司)[^，。！？；\n]{0,8}?(?:一点|完全|并|都|什么都)?没(?:有)?做错/,
  // "不是你们 app 也不是主播的问题".
  /(?:不是|并非)(?:您|你们|贵司)[^，。！？；\n]{0,12}?也不是[^，。！？；\n]{0,10}?的(?:问题|原因|锅|责任)/,
  /(?:您|你们|贵司)[^，。！？；\n]{0,10}?(?:这边|那边)(?:都|也|并|完全)?没有任何(?:异常|问题)(?![吗么呢？?])/,
  // Not "这种低级问题一般不会出在我们这边": denied, that is blame.
  /(?:报错|问题|故障|异常)[^，。！？；\n不没非否]{0,6}?(?:全部|都|全)?(?:来自|出在|源于)我们/,
  /不是(?:您|你们|贵司|用户)[^，。！？；\n]{0,8}?(?:做错|的错|的责任|操作不当|导致|造成|引起)/,
  // "不是你们开发改出来的": a deed of theirs denied.
  /不是(?:您|你们|贵司)[^，。！？；\n]{0,8}?(?:改|弄|搞|写|配|设)(?:出来|坏)的/,
  /(?:不认为|不觉得)(?:跟|和|与)(?:它|您|你们|贵司|这个)[^，。！？；\n]{0,8}?有关/,
  // "this doesn't look like a problem with their internet. We're treating it as ours."
  new RegExp(
    String.raw`\b(?:treating|treat|taking|take) (?:it|this) as ours\b|\b(?:doesn['’]t|does not|didn['’]t) look like ` +
      String.raw`(?:a|an) (?:problem|issue|fault) (?:with|on|in) (?:your|their)\b`,
    'i',
  ),
  // "isn't something your developers introduced", "Nothing to change in your code",
  // "their Wi-Fi numbers … are healthy".
  new RegExp(
    String.raw`\b(?:isn['’]t|is not|wasn['’]t|was not) (?:something|anything) (?:your|you)\b|` +
      String.raw`\bnothing (?:for you |you need )?to (?:change|fix) (?:in|on) your\b|` +
      String.raw`\b(?:your|their) (?:[a-z-]+ ){0,3}?(?:numbers|stats|setup|settings|config|configuration|network|` +
      String.raw`wi-?fi|upload|code|integration)(?: [a-z-]+){0,4}? (?:are|were|is|was|look|looked|looks) (?:all )?` +
      String.raw`(?:healthy|fine|normal|clean|perfect|correct)\b`,
    'i',
  ),
  /让(?:您|你们|贵司)的?[^，。！？；\n]{0,8}?(?:变差|受影响|困扰|不便|折腾)/,
  /(?:你们|您|贵司)(?:自己)?的[^，。！？；\n]{0,8}?(?:没有任何问题|完全正常|没问题)|是我们[^，。！？；\n]{0,14}?导致的|问题(?:就)?出在我们/,
);

/**
 * The seed's vague advice ("您检查一下网络", "Please check your network and try again") is a holding line, not blame:
 * the seed lists it with empty apologies, and the rules read it as one.
 */
const VAGUE_ADVICE_ANYWHERE = new RegExp(VAGUE_ADVICE.source, 'i');

/**
 * A reply the reader does not read as blame by example: it owns the fault, clears the customer, or gives the seed's
 * vague advice.
 */
export function notBlameByExample(masked: string): boolean {
  return OWNS_THE_FAULT.test(masked) || VAGUE_ADVICE_ANYWHERE.test(masked);
}

/**
 * The reply says what it cannot promise, or that an offer was approved by the one who may approve it: "I can't
 * promise a date", "已经由账单负责人审批通过". Such a reply is not read as over-promising by example.
 */
export function disclaimsPromises(masked: string): boolean {
  return (
    COMPENSATION_NOT_OFFERED.test(masked) ||
    PROMISE_DECLINED.test(masked) ||
    AIM_NOT_PROMISE.test(masked) ||
    (REPORTS_THE_PAST.test(masked) && !FUTURE_OR_CERTAIN.test(masked))
  );
}
/** "Our goal for the Grand Final is zero dropouts", "目标是零掉线": an aim, said as one. */
const AIM_NOT_PROMISE = /\b(?:our|my|the) (?:goal|aim|target|objective)\b[^.!?]{0,40}?\bis\b|(?:我们的)?目标是/i;
/** A reply that reports what happened ("已经修好，之后的回放都能…", "it was fixed at 16:05") with no word of what will. */
// "The fix is deployed", "your account is unlocked": done, and said so.
const REPORTS_THE_PAST = new RegExp(
  String.raw`已经?|已于|昨[天晚]|刚才|\b(?:was|were|has been|have been|went|shipped|fixed|resolved|restored|recovered|` +
    String.raw`deployed|released|rolled (?:out|back)|(?:is|are) (?:now )?live|merged|applied|reverted|unlocked|` +
    String.raw`refunded|credited)\b`,
  'i',
);
const FUTURE_OR_CERTAIN = new RegExp(
  String.raw`\b(?:will|['’]ll|going to|gonna|shall|guarantee\w*|promise\w*|assure\w*|never|always|from now on|` +
    String.raw`tomorrow|tonight|definitely|certainly|surely|completely|entirely|make sure|count on|for good|again|` +
    String.raw`gets? (?:fixed|resolved|sorted|solved)|won['’]t|any ?more|once|safe|` +
    String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)days?|` +
    String.raw`next)\b|100 ?%|会|将|保证|一定|肯定|绝对|必|明天|今晚|以后|今后|从此|下次|再也|不会再|不可能|零|百分之?百|包|承诺|` +
    '确保|' +
    '放心|马上|立刻',
  'i',
);

/** Every pitfall the rules find, in order of kind. */
export function findPitfalls(masked: string, sentences: Sentence[], lang: PitfallLanguage): PitfallHit[] {
  const t: Text = { masked, sentences, lang };
  const hits: PitfallHit[] = [];
  blameIn(t, hits);
  promisesIn(t, hits);
  apologiesIn(t, hits);
  jargonIn(t, hits);
  return hits;
}
