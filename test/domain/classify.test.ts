import { describe, expect, it } from 'vitest';
import { classify, priorityFor, raisePriority } from '../../src/domain/classify.js';
import { CATEGORIES, PRIORITIES } from '../../src/domain/taxonomy.js';
import { detectLanguage } from '../../src/domain/language.js';
import { isPleasantry } from '../../src/domain/pleasantry.js';

describe('classification from the seed table', () => {
  it.each([
    ['Calls keep dropping after a minute', 'connectivity', 'high'],
    ["We can't connect to the room at all", 'connectivity', 'high'],
    ['频繁掉线，无法接通', 'connectivity', 'high'],
    ['Video is laggy and the picture is blurry', 'av_quality', 'medium_high'],
    ['音画不同步，还有回声', 'av_quality', 'medium_high'],
    ['The beauty filter stopped working', 'feature', 'medium'],
    ['录屏功能用不了', 'feature', 'medium'],
    ['Only on Huawei P40 the video stutters', 'compatibility', 'medium_low'],
    ['只有华为手机上才会出现', 'compatibility', 'medium_low'],
    ['The app crashes when I join', 'crash', 'high'],
    ['一进房间就闪退', 'crash', 'high'],
    ['Something is off with our account page', 'other', 'medium_high'],
  ])('%j → %s / %s', (text, category, priority) => {
    expect(classify(text)).toMatchObject({ category, priority });
  });

  it('raises an enterprise customer to the top priority whatever the category', () => {
    expect(classify('The beauty filter stopped working', { enterprise: true })).toMatchObject({
      category: 'feature',
      priority: 'urgent',
    });
  });
});

describe('language', () => {
  it.each([
    ['视频通话一直卡', 'zh'],
    ['calls drop', 'en'],
    ['iPhone 14 上 5G 网络掉线', 'zh'],
    ['The app shows 错误 sometimes on our side', 'en'],
  ])('%j is %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});

describe('pleasantries', () => {
  it.each([
    'thanks!',
    'Thank you so much 🙏',
    'ok',
    '👍',
    '好的',
    '谢谢！',
    '收到，谢谢～',
    'ok thanks team',
    ':pray:',
  ])('%j opens nothing', (t) => expect(isPleasantry(t)).toBe(true));
  it.each(['thanks, but the calls still drop', '好的，但是还是卡', 'hi, video freezes', 'no sound'])(
    '%j is a complaint',
    (t) => expect(isPleasantry(t)).toBe(false),
  );
});

describe('churn and urgency', () => {
  it('raise the priority one step, never lower it, and leave an enterprise ticket at the top', () => {
    expect(classify('The beauty filter is broken and we will switch to another provider')).toMatchObject({
      category: 'feature',
      priority: 'medium_high',
    });
    expect(classify('映像がカクカクします。解約を検討しています。').priority).toBe('high');
    expect(classify('生产环境挂了，所有用户都连不上', { enterprise: true }).priority).toBe('urgent');
    expect(raisePriority('urgent')).toBe('urgent');
    expect(raisePriority('medium_low')).toBe('medium');
    for (const category of CATEGORIES) {
      const plain = priorityFor(category, false);
      const raised = priorityFor(category, false, true);
      expect(PRIORITIES.indexOf(raised)).toBeLessThanOrEqual(PRIORITIES.indexOf(plain));
    }
  });

  it('are not read into an ordinary complaint or a pasted log', () => {
    expect(classify('Calls keep dropping on 4G').signals).toEqual([]);
    expect(classify(`Calls drop.\n${'x'.repeat(4000)} refund urgent`).signals).toEqual([]);
  });
});

describe('churn words and Slack markup', () => {
  it('a mention of everyone is not a word of urgency', () => {
    expect(classify('Calls keep dropping <!everyone> <!channel>').signals).toEqual([]);
  });
});
