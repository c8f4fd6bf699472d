import { MAX_MESSAGE_TEXT } from '../support/block-kit-rules.js';

/**
 * Known-bad shapes for text matching: each input is one Slack message at Slack's 40,000-character limit
 * (MAX_MESSAGE_TEXT, with its source), built so that a pattern with nested or adjacent quantifiers, an
 * unbounded `.*` before alternatives, or an unanchored `[…]+` would have to try (and fail) at every position.
 */
export const HOSTILE_LENGTH = MAX_MESSAGE_TEXT;

/** `unit` repeated up to `length` UTF-16 units, never cutting a surrogate pair. */
export function fill(unit: string, length = HOSTILE_LENGTH): string {
  const out = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return /[\ud800-\udbff]$/.test(out) ? out.slice(0, -1) : out;
}

/** `head`, then `unit` repeated, then `tail`, at the target length in all. */
function framed(head: string, unit: string, tail = ''): string {
  return head + fill(unit, HOSTILE_LENGTH - head.length - tail.length) + tail;
}

const RUNS: Array<[string, string]> = [
  ['spaces', ' '],
  ['newlines', '\n'],
  ['digits', '7'],
  ['latin letters', 'a'],
  ['capitals', 'A'],
  ['one CJK character (仅)', '仅'],
  ['one CJK character (卡)', '卡'],
  ['full-width spaces', '\u3000'],
  ['emoji', '😀'],
  ['emoji with skin tone', '👍🏽'],
  ['zero-width joiner family', '👨‍👩‍👧'],
  ['flags', '🇨🇳'],
  ['combining marks', 'e\u0301'],
];

const REPEATED: Array<[string, string]> = [
  // keyword prefixes: each occurrence starts a match attempt that must fail fast
  ['"call " repeated', 'call '],
  ['"callcall" repeated', 'call'],
  ['"channel id " repeated', 'channel id '],
  ['"room_id:" repeated', 'room_id:'],
  ['"房间号" repeated', '房间号'],
  ['"只有" repeated', '只有'],
  ['"仅华为" repeated', '仅华为'],
  ['"only on " repeated', 'only on '],
  ['"iphone " repeated', 'iphone '],
  ['"samsung galaxy " repeated', 'samsung galaxy '],
  ['"huawei " repeated', 'huawei '],
  ['"小米 " repeated', '小米 '],
  ['"ios " repeated', 'ios '],
  ['"android " repeated', 'android '],
  ['"windows " repeated', 'windows '],
  ['"today " repeated', 'today '],
  ['"今天 " repeated', '今天 '],
  ['"昨晚 9 " repeated', '昨晚 9 '],
  ['"your " repeated', 'your '],
  ['"your network is " repeated', 'your network is '],
  ['"your devs had read " repeated', 'your devs had read '],
  ['"your admin didn\'t block " repeated', "your admin didn't block "],
  ['"the lag is most likely your " repeated', 'the lag is most likely your '],
  ['"from a basement " repeated', 'from a basement '],
  ['"wouldn\'t it make sense " repeated', "wouldn't it make sense "],
  ['"will always have under " repeated', 'will always have under '],
  ['"last outage " repeated', 'last outage '],
  ['"we checked " repeated', 'we checked '],
  ['"AEC, the " repeated', 'AEC, the '],
  ['"按文档接入的话" repeated', '按文档接入的话'],
  ['"你们把" repeated', '你们把'],
  ['"报 bug 之前" repeated', '报 bug 之前'],
  ['"会永远保持在" repeated', '会永远保持在'],
  ['"一下都不会" repeated', '一下都不会'],
  ['"我们查了" repeated', '我们查了'],
  ['"在电梯里" repeated', '在电梯里'],
  ['"not " repeated', 'not '],
  ['"if " repeated', 'if '],
  ['"您的" repeated', '您的'],
  ['"您" repeated', '您'],
  ['"是您" repeated', '是您'],
  ['"一定" repeated', '一定'],
  ['"三个小时" repeated', '三个小时'],
  ['"3个" repeated', '3个'],
  ['"sorry " repeated', 'sorry '],
  ['"fix " repeated', 'fix '],
  ['"within 3 hours " repeated', 'within 3 hours '],
  ['"we will " repeated', 'we will '],
  ['"RTT " repeated', 'RTT '],
  ['"thanks " repeated', 'thanks '],
  ['"谢谢" repeated', '谢谢'],
  ['"ok " repeated', 'ok '],
  // alternating separators
  ['"1 " repeated', '1 '],
  ['"1-" repeated', '1-'],
  ['"1." repeated', '1.'],
  ['"12 34 " repeated', '12 34 '],
  ['"-_" repeated', '-_'],
  ['". " repeated', '. '],
  ['"，。" repeated', '，。'],
  ['"\\t\\n" repeated', '\t\n'],
  ['" -" repeated', ' -'],
  ['"/:" repeated', '/:'],
  ['"a-" repeated', 'a-'],
  ['"a." repeated', 'a.'],
  ['"a_" repeated', 'a_'],
  // near-miss emails, IPs and phones
  ['"a@" repeated', 'a@'],
  ['"a@b." repeated', 'a@b.'],
  ['"x@y " repeated', 'x@y '],
  ['"@" repeated', '@'],
  ['"1.2.3." repeated', '1.2.3.'],
  ['"999." repeated', '999.'],
  ['"1.2.3.4." repeated', '1.2.3.4.'],
  ['"a:" repeated', 'a:'],
  ['"abcd:" repeated', 'abcd:'],
  ['"::" repeated', '::'],
  ['"fe80::1:" repeated', 'fe80::1:'],
  ['"+86 " repeated', '+86 '],
  ['"+86 138 " repeated', '+86 138 '],
  ['"138-0013-" repeated', '138-0013-'],
  ['"(010) " repeated', '(010) '],
  ['"010-" repeated', '010-'],
  ['"+" repeated', '+'],
  ['"1380013800" repeated (no boundary)', '1380013800'],
  ['ID number without check digit, repeated', '11010519491231002'],
  ['"X" after digits, repeated', '1234567X'],
  ['card-like groups "4111 " repeated', '4111 '],
  // secrets and tokens
  ['"xoxb-" repeated', 'xoxb-'],
  ['"xoxb-1-" repeated', 'xoxb-1-'],
  ['"sk-" repeated', 'sk-'],
  ['"AKIA" repeated', 'AKIA'],
  ['"eyJ" repeated', 'eyJ'],
  ['"eyJa." repeated', 'eyJa.'],
  ['"token:" repeated', 'token:'],
  ['"api_key " repeated', 'api_key '],
  ['"Bearer " repeated', 'Bearer '],
  ['"password=" repeated', 'password='],
  ['hex "deadbeef" repeated', 'deadbeef'],
  ['base64-ish "Ab1+" repeated', 'Ab1+'],
  ['"ghp_" repeated', 'ghp_'],
  // Slack markup
  ['"<@U0123ABCD> " repeated', '<@U0123ABCD> '],
  ['"<!channel> " repeated', '<!channel> '],
  ['"<https://x.example|" repeated', '<https://x.example|'],
  ['"<https://" repeated', '<https://'],
  ['"https://a." repeated', 'https://a.'],
  ['"<" repeated', '<'],
  ['"<@" repeated', '<@'],
  ['":pray:" repeated', ':pray:'],
  ['":" repeated', ':'],
  ['"www." repeated', 'www.'],
  ['"@here " repeated', '@here '],
  ['"<https://x.example/" repeated', '<https://x.example/'],
  // tone: clause breaks, hedges and pitfall fragments
  ['", " repeated', ', '],
  ['"your network is just " repeated', 'your network is just '],
  ['"fixed within " repeated', 'fixed within '],
  ['"保证" repeated', '保证'],
  ['"小时" repeated', '小时'],
  ['"您的网络" repeated', '您的网络'],
  ['"但是" repeated', '但是'],
  ['"sorry we noted it " repeated', 'sorry we noted it '],
  // tone: many short sentences or clauses, each worth a look, and quotation marks that never close
  ['"您，" repeated', '您，'],
  ['"您网络不好。" repeated', '您网络不好。'],
  ['"your. " repeated', 'your. '],
  ['"We guarantee a fix. " repeated', 'We guarantee a fix. '],
  ['unclosed "“a" repeated', '“a'],
  ['unclosed ""a" repeated', '"a'],
  ['"> quote" lines repeated', '> your network is bad\n'],
  ['"the phone you are using " repeated', 'the phone you are using '],
  ['"是您那边的" repeated', '是您那边的'],
  // tone: openings of suspicion, handed-off fixes, flawless outcomes and dated changes
  ['"could it be that the users " repeated', 'could it be that the users '],
  ['"perhaps your testers were on " repeated', 'perhaps your testers were on '],
  ['"once a, " repeated', 'once a, '],
  ['"your team changed " repeated', 'your team changed '],
  ['"a phone that is not " repeated', 'a phone that is not '],
  ['"there won\'t be any " repeated', "there won't be any "],
  ['"will be " repeated', 'will be '],
  ['"nobody else " repeated', 'nobody else '],
  ['"你们是不是又" repeated', '你们是不是又'],
  ['"等你们把" repeated', '等你们把'],
  ['"所有用户都会" repeated', '所有用户都会'],
  ['"3.3." repeated', '3.3.'],
  ['"刷新" repeated', '刷新'],
];

const FRAMED: Array<[string, string, string, string]> = [
  ['"call" then 40,000 spaces', 'call', ' ', ''],
  ['"call" then spaces then a colon', 'call', ' ', ':'],
  ['"call id" then spaces and hyphens', 'call id', ' -', ''],
  ['"房间号" then spaces', '房间号', ' ', ''],
  ['"只有" then one CJK character', '只有', '仅', ''],
  ['"仅" then letters then "机型"', '仅', 'a', '机型'],
  ['"only on" then spaces', 'only on', ' ', ''],
  ['"today" then spaces then "at"', 'today', ' ', 'at'],
  ['"今天" then spaces', '今天', ' ', ''],
  ['"windows" then spaces then a digit', 'windows', ' ', '1'],
  ['letters then "@"', '', 'a', '@'],
  ['letters then "@x."', '', 'a', '@x.'],
  ['digits then "X"', '', '7', 'X'],
  ['"+" then digits', '+', '7', ''],
  ['"token" then spaces then ":"', 'token', ' ', ':'],
  ['"token:" then spaces', 'token:', ' ', ''],
  ['"xoxb-" then letters', 'xoxb-', 'a', ''],
  ['"sk-" then letters', 'sk-', 'a', ''],
  ['"eyJ" then letters then "."', 'eyJ', 'a', '.'],
  ['"Bearer " then letters', 'Bearer ', 'a', ''],
  ['"your network" then spaces then "is bad"', 'your network', ' ', 'is bad'],
  ['"not" then spaces then "your network is bad"', 'not', ' ', 'your network is bad'],
  ['"sorry" then letters', 'sorry', 'a', ''],
  ['"RTT" then spaces then "("', 'RTT', ' ', '('],
  ['"<https://" then letters', '<https://', 'a', ''],
  ['"<@U" then capitals', '<@U', 'A', ''],
  ['"https://x" then dots', 'https://x', '.', ''],
  ['"www" then dots then a space', 'www', '.', ' '],
  ['"<https://x" then letters then "|" and ">"', '<https://x', 'a', '|x>'],
  ['"<!" then letters then ">"', '<!', 'a', '>'],
  ['"您" then spaces then "网络"', '您', ' ', '网络'],
];

export interface HostileInput {
  name: string;
  text: string;
}

/** Every shape once, each exactly or nearly HOSTILE_LENGTH long. */
export function hostileInputs(): HostileInput[] {
  return [
    ...RUNS.map(([name, unit]) => ({ name: `run of ${name}`, text: fill(unit) })),
    ...REPEATED.map(([name, unit]) => ({ name, text: fill(unit) })),
    ...FRAMED.map(([name, head, unit, tail]) => ({ name, text: framed(head, unit, tail) })),
  ];
}
