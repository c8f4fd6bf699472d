/**
 * The seed's three pitfalls, plus jargon, checked on every draft and every edit before it reaches a
 * customer. Serious findings need an explicit "send anyway".
 */
export type ToneRule = 'blame' | 'apology_without_action' | 'overpromise' | 'jargon';
export type Severity = 'serious' | 'warning';

export interface ToneFinding {
  rule: ToneRule;
  severity: Severity;
  excerpt: string;
  explanation: string;
}

const NEGATION_BEFORE = /(not|n't|cannot|never|no way to|unable to|无法|不能|不敢|没法|不可能|难以|不会)\s*\S{0,12}$/i;
const CONDITION_BEFORE = /(if|whether|when|in case|sometimes|如果|是否|假如|若|有时)[^.。!！?？]{0,40}$/i;

function hits(text: string, re: RegExp): Array<{ excerpt: string; before: string }> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(global)].map((m) => ({
    excerpt: m[0],
    before: text.slice(Math.max(0, m.index - 48), m.index),
  }));
}

const BLAME: RegExp[] = [
  /\byour (network|connection|internet|wi-?fi|signal) (is|was|'s) (bad|poor|terrible|slow|weak|unstable|too slow|the (problem|issue|cause))/i,
  /\byour (phone|device|computer|hardware|laptop) (is|was) (too )?(old|outdated|slow|weak|cheap|the (problem|issue))/i,
  /\b(it'?s|it is|this is|that'?s) (your|the user'?s) (fault|problem|network|device|issue)/i,
  /\b(problem|issue|fault) (is )?(on|at) your (side|end)\b/i,
  /\byou('re| are) (using|doing) it wrong\b|\buser error\b|\byou should have\b|\byou (didn'?t|did not) (follow|read|update|configure)/i,
  /(您|你)(的|那边的?)?(网络|网|信号|wifi|WiFi)(太|很|比较)?(差|不好|不行|有问题|不稳定|太慢|卡)/,
  /(您|你)的?(手机|设备|电脑|机器)(太|比较|有点)?(旧|老|差|烂|落后|不行)/,
  /(是|属于)(您|你|你们|用户)(自己)?(的|那边的?)(问题|原因|责任)/,
  /(您|你)(操作|使用|设置)(不当|错误|有误)/,
];

const OVERPROMISE: Array<{ re: RegExp; why: string }> = [
  {
    re: /\bguarantee(d|s)?\b|\bwe promise\b|\bi promise\b|\b100 ?%\b|\bfor sure\b|\bdefinitely (be )?(fix|resolv|solv)/i,
    why: 'a guarantee we may not be able to keep',
  },
  { re: /\b(will )?never happen again\b|\bwon'?t happen again\b/i, why: 'a promise that it will never recur' },
  {
    re: /\b(fix|fixed|resolve|resolved|solve|solved|sorted)\b[^.!?]{0,20}\b(with)?in \d+(\.\d+)? ?(min|minute|hour|hr|h|day)s?\b/i,
    why: 'a fixed time for the fix, which no one can know yet',
  },
  {
    re: /\b(with)?in \d+(\.\d+)? ?(minute|hour|hr|day)s?\b[^.!?]{0,30}\b(be )?(fix|fixed|resolved|solved)\b/i,
    why: 'a fixed time for the fix, which no one can know yet',
  },
  {
    re: /\b(refund|compensat\w*|free month|credit (to|on) your account|reimburse\w*)\b/i,
    why: 'compensation that policy may not allow',
  },
  {
    re: /保证|担保|承诺|百分之百|100%|绝对|肯定(能|会|可以)?(解决|修复|修好|没问题)|一定(能|会|可以)?(解决|修复|修好|搞定|恢复)/,
    why: 'a guarantee we may not be able to keep',
  },
  {
    re: /(\d+|[一二三两几半])\s*(个)?(小时|分钟|天)(之?内)?(就|一定|肯定)?(能|会|可以)?(解决|修复|修好|搞定)/,
    why: 'a fixed time for the fix, which no one can know yet',
  },
  { re: /(不会|再也不会)再(出现|发生)/, why: 'a promise that it will never recur' },
  { re: /补偿|赔偿|退款|退费|免单/, why: 'compensation that policy may not allow' },
];

const APOLOGY = /\bsorry\b|\bapologi[sz]e|\bapologies\b|抱歉|对不起|不好意思|致歉/i;
const ACTION =
  /\bwe('re| are| have| will|'ll|'ve) (now )?(looking|checking|investigating|working|escalat|reviewing|analy[sz]|pulled|opened|raised|passed|reproduc|contact|get back|follow|update|send|share|look|check)\w*|\bi('m| am| will|'ll) (look|check|investigat|escalat|get back|follow|update)\w*|\bour (engineer|team)s? (is|are|will)\b|正在|已经(转|提交|安排|联系|记录)|会在|将在|马上|立即|稍后|我们(会|将|已)|工程师(会|将|正在)/i;
const WHEN =
  /\b(within|in) (the next )?\d+(\.\d+)? ?(min|minute|hour|hr|h)s?\b|\bby \d{1,2}(:\d{2})?\s?(am|pm)?\b|\b(today|tomorrow|tonight|this (morning|afternoon|evening))\b|\bshortly\b|\bas soon as\b|\bwithin the hour\b|\bwithin (one|1|a|two|2) (business|working) days?\b|\d+\s*个?工作日(之?内)?|\d+\s*(分钟|小时)(之?内)|今天|明天|今晚|稍后|尽快|\d{1,2}[:：点]\d{0,2}(前|之前)?/i;

const JARGON =
  /\b(RTT|jitter|codecs?|NACK|bit ?rate|FEC|QoS|SFU|MCU|ICE|STUN|TURN server|NAT|UDP|TCP|WebRTC|keyframes?|I-frames?|GOP|PLC|AEC|AGC|ANS|MOS|SDP|RTCP?|packet loss rate)\b|码率|帧率|抖动|丢包率|编解码|关键帧|回声消除|拥塞控制/g;
const EXPLAINED_AFTER = /^\s*(\(|（|,? which means|,? meaning|，也就是|，即|（即|, i\.e\.)/i;

export function checkTone(text: string): ToneFinding[] {
  const findings: ToneFinding[] = [];
  for (const re of BLAME) {
    for (const hit of hits(text, re)) {
      if (CONDITION_BEFORE.test(hit.before) || NEGATION_BEFORE.test(hit.before)) continue;
      findings.push({
        rule: 'blame',
        severity: 'serious',
        excerpt: hit.excerpt,
        explanation:
          'This puts the blame on the customer. Describe what we will check instead; if their network or device may play a part, say so gently as something we look at together.',
      });
    }
  }
  for (const { re, why } of OVERPROMISE) {
    for (const hit of hits(text, re)) {
      if (NEGATION_BEFORE.test(hit.before)) continue;
      findings.push({
        rule: 'overpromise',
        severity: 'serious',
        excerpt: hit.excerpt,
        explanation: `This is ${why}. Commit to what we control instead: when we will update them and what we are doing.`,
      });
    }
  }
  if (APOLOGY.test(text) && !(ACTION.test(text) && WHEN.test(text))) {
    findings.push({
      rule: 'apology_without_action',
      severity: 'warning',
      excerpt: text.match(APOLOGY)?.[0] ?? '',
      explanation: 'An apology with no next step. Say what we are doing now and when the customer will hear from us.',
    });
  }
  const seen = new Set<string>();
  for (const m of text.matchAll(JARGON)) {
    const term = m[0];
    if (seen.has(term.toLowerCase())) continue;
    seen.add(term.toLowerCase());
    if (EXPLAINED_AFTER.test(text.slice(m.index + term.length))) continue;
    findings.push({
      rule: 'jargon',
      severity: 'warning',
      excerpt: term,
      explanation: `"${term}" is engineering jargon. Use plain words (e.g. "the video paused", "the sound arrived late") or explain it in brackets.`,
    });
  }
  return findings;
}

export function hasSerious(findings: ToneFinding[]): boolean {
  return findings.some((f) => f.severity === 'serious');
}
