import { describe, expect, it } from 'vitest';
import { checkTone, hasSerious, type ToneRule } from '../../src/domain/tone.js';

/** Realistic phrases an agent or a model might write, and what the check must say about each. */
const FLAGGED: Array<[string, ToneRule]> = [
  ['Your network is bad, so the call drops.', 'blame'],
  ['Honestly your phone is too old for HD video.', 'blame'],
  ["It's your fault for using a VPN.", 'blame'],
  ['The problem is on your end, not ours.', 'blame'],
  ['您网络不好，所以会卡。', 'blame'],
  ['你的手机太旧了，建议换一台。', 'blame'],
  ['这是您自己的问题，和我们无关。', 'blame'],
  ['您操作不当导致闪退。', 'blame'],
  ['We guarantee this will be fixed today.', 'overpromise'],
  ["It'll be fixed within 3 hours for sure.", 'overpromise'],
  ['This will never happen again.', 'overpromise'],
  ["We'll give you a refund for this month.", 'overpromise'],
  ['We will definitely fix it.', 'overpromise'],
  ['我们保证明天之前修复。', 'overpromise'],
  ['3小时内一定解决。', 'overpromise'],
  ['我们会给您补偿。', 'overpromise'],
  ['以后不会再出现这种情况。', 'overpromise'],
  ['Sorry about that.', 'apology_without_action'],
  ['We apologize for the inconvenience caused.', 'apology_without_action'],
  ['非常抱歉给您带来不便。', 'apology_without_action'],
  ['The RTT was high and jitter spiked.', 'jargon'],
  ['It looks like a codec negotiation issue with NACK disabled.', 'jargon'],
  ['您那边的丢包率和抖动都比较高。', 'jargon'],
];

const CLEAN: string[] = [
  "Sorry for the trouble. We're checking the records of your calls now and will update you by 15:00.",
  "I'm sorry the calls keep dropping. Our engineers are looking into it and we'll update you here within 1 hour.",
  'We cannot promise an exact fix time yet, but we will update you within 2 hours.',
  "If your network is unstable at times, switching to Wi-Fi may help; we're also checking our side today.",
  'We looked at that call: about 8 in every 100 pieces of sound and picture did not arrive in time.',
  'The bitrate (how much picture data is sent each second) dropped sharply at 21:05.',
  '非常抱歉给您带来不便，我们正在排查，会在 30 分钟内给您更新进展。',
  '我们无法保证具体的修复时间，但会在今天 18:00 前告诉您进展。',
  '如果网络不稳定，可以试试切换到 Wi-Fi，我们也在检查服务端的情况。',
  'Thanks for the details! We will share what we find tomorrow morning.',
];

describe('tone check phrase table', () => {
  it.each(FLAGGED)('flags %j as %s', (text, rule) => {
    const findings = checkTone(text);
    expect(findings.map((f) => f.rule)).toContain(rule);
    for (const f of findings) expect(f.explanation.length).toBeGreaterThan(20);
  });

  it.each(CLEAN)('lets %j through', (text) => {
    expect(checkTone(text)).toEqual([]);
  });

  it('marks blame and overpromises serious, apologies and jargon warnings', () => {
    expect(hasSerious(checkTone('Your network is bad.'))).toBe(true);
    expect(hasSerious(checkTone('We guarantee a fix.'))).toBe(true);
    expect(hasSerious(checkTone('Sorry about that.'))).toBe(false);
    expect(hasSerious(checkTone('High RTT on that call.'))).toBe(false);
  });

  it('points at the words that triggered it', () => {
    const [finding] = checkTone('OK so your phone is too old.');
    expect(finding).toMatchObject({ rule: 'blame', excerpt: 'your phone is too old' });
  });
});
