import { describe, expect, it } from 'vitest';
import { checkTone, hasSerious, type ToneRule } from '../../src/domain/tone.js';
import { TONE_TABLE } from './tone-table.js';

const rulesOf = (text: string) => [...new Set(checkTone(text).map((f) => f.rule))].sort();

describe('tone check phrase table', () => {
  it.each(TONE_TABLE.map((c) => [c.text, c.rules] as const))('%j → %j', (text, rules) => {
    expect(rulesOf(text)).toEqual([...rules].sort());
    for (const f of checkTone(text)) expect(f.explanation.length).toBeGreaterThan(20);
  });

  it('is large, bilingual and two-sided, and holds every pitfall sentence of the seed articles', () => {
    const zh = TONE_TABLE.filter((c) => /[\u4e00-\u9fff]/.test(c.text));
    const flagged = TONE_TABLE.filter((c) => c.rules.length > 0);
    expect(TONE_TABLE.length).toBeGreaterThanOrEqual(80);
    expect(zh.length).toBeGreaterThanOrEqual(30);
    expect(TONE_TABLE.length - zh.length).toBeGreaterThanOrEqual(30);
    expect(flagged.length).toBeGreaterThanOrEqual(30);
    expect(TONE_TABLE.length - flagged.length).toBeGreaterThanOrEqual(30);
    const texts = TONE_TABLE.map((c) => c.text);
    for (const pitfall of [
      '这不是我们的问题，是您网络不好。',
      '您设备太老了，该换手机了。',
      '您是不是操作错了？',
      '好的，我们已经记录下来了，会尽快处理',
      '您放心，我们马上派人去处理，三个小时一定给您解决。',
      '这个肯定是我们的问题，下次升级一定优先修好。',
      '我们给您申请VIP补偿，您放心绝对满意。',
    ])
      expect(texts).toContain(pitfall);
  });

  it('marks blame, over-promises and untrusted links serious, apologies and jargon warnings', () => {
    expect(hasSerious(checkTone('Your network is bad.'))).toBe(true);
    expect(hasSerious(checkTone('We guarantee a fix.'))).toBe(true);
    expect(hasSerious(checkTone('Sorry about that.'))).toBe(false);
    expect(hasSerious(checkTone('High RTT on that call.'))).toBe(false);
    expect(hasSerious(checkTone('See <https://evil.example|our status page>.'))).toBe(true);
  });

  it('points at the words that triggered it', () => {
    const [finding] = checkTone('OK so your phone is too old.');
    expect(finding).toMatchObject({ rule: 'blame', excerpt: 'your phone is too old' });
  });
});

describe('negation and condition stay inside their clause', () => {
  it.each([
    ['This is not our problem, your network is just bad.', ['blame']],
    ["We don't blame you, but your network is bad.", ['blame']],
    ["It's not that your network is bad.", []],
    ['If your network is bad, try Wi-Fi; we are checking too and will update you within 1 hour.', []],
    ['不是您的问题', []],
    ['这不是我们的问题，是您网络不好', ['blame']],
    ['如果您网络不好，可以先切换到 Wi-Fi。', []],
    ['我们无法保证修复时间。', []],
    ['我们无法确认，但三个小时一定给您解决。', ['overpromise']],
  ] as Array<[string, ToneRule[]]>)('%j → %j', (text, rules) => {
    expect(rulesOf(text)).toEqual(rules);
  });
});

describe('links and mentions the agent did not write', () => {
  const conversation = [
    { role: 'customer', text: 'It froze, see <https://files.example/shot.png|screenshot> cc <@U0CUSTOMER>' },
    { role: 'agent', text: 'Our status page is https://status.acme.example/ for updates.' },
  ];

  it('flags every link and mention in a drafted reply, except those agents already sent', () => {
    const reply =
      'Thanks. <!channel> please look: <https://evil.example/login|our status page>, www.evil.example, ' +
      '@here and <@U0CUSTOMER>. Status: <https://status.acme.example|status page>.';
    const findings = checkTone(reply, { writtenBy: 'drafter', conversation });
    expect(findings.filter((f) => f.rule === 'untrusted_link').map((f) => f.excerpt)).toEqual([
      '<!channel>',
      '<https://evil.example/login|our status page>',
      '<@U0CUSTOMER>',
      'www.evil.example',
      '@here',
    ]);
    expect(findings.every((f) => f.rule !== 'untrusted_link' || f.severity === 'serious')).toBe(true);
  });

  it('flags, in an agent edit, only what was carried over from the draft or the customer', () => {
    const editedFrom = 'See <https://evil.example/login|here> for help.';
    const text =
      'See <https://evil.example/login|here>, the screenshot https://files.example/shot.png, ' +
      'and our docs https://docs.acme.example/rtc.';
    const findings = checkTone(text, { writtenBy: 'agent', conversation, editedFrom });
    expect(findings.map((f) => f.excerpt)).toEqual([
      '<https://evil.example/login|here>',
      'https://files.example/shot.png',
    ]);
  });

  it('treats a reply with no context as drafted: any link is flagged', () => {
    expect(checkTone('More at https://example.com/x').map((f) => f.rule)).toEqual(['untrusted_link']);
    expect(checkTone('More at https://example.com/x', { writtenBy: 'agent' })).toEqual([]);
  });
});

describe('hostile replies', () => {
  it('reports a bounded number of findings, each with a short excerpt', () => {
    const pitfalls = 'Your network is bad. We guarantee a refund. '.repeat(500);
    const text = `${pitfalls}${'<https://x.example/'.repeat(10)}${'a'.repeat(3000)}|x>`;
    const findings = checkTone(text);
    expect(findings.length).toBeLessThanOrEqual(12);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['untrusted_link', 'blame', 'overpromise']));
    for (const f of findings) expect(f.excerpt.length).toBeLessThanOrEqual(80);
  });
});
