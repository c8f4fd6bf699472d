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

describe('concept families, in more than one language each', () => {
  it.each([
    ['Watermark is missing from the cloud recording', 'feature'],
    ["A marca d'água não aparece na gravação em nuvem", 'feature'],
    ['الخلفية الافتراضية ما تظهر أبدا', 'feature'],
    ['Субтитры не отображаются', 'feature'],
    ['When I share my screen the others see black', 'feature'],
    ['En iPad con iPadOS 17.2 no hay audio; en iPhone con la misma versión no pasa.', 'compatibility'],
    ['Seit dem Update auf Android 14 kein Ton mehr', 'compatibility'],
    ['일부 기기에서 영상이 초록색으로 나와요', 'compatibility'],
    ['Works on Chrome but on Firefox 121 there is no audio', 'compatibility'],
    ['コンソールにログインできなくなりました。', 'other'],
    ['Where is the documentation for the recording API?', 'other'],
    ['The invoice counts more cloud recording minutes than we used', 'other'],
    ['通话几分钟就自动挂断了', 'connectivity'],
    ['Users get stuck on "connecting" and never join', 'connectivity'],
    ['對方講話聲音斷斷續續的，有時候還會變成機器人聲', 'av_quality'],
    ['Hintergrundgeräusche sind sehr laut', 'av_quality'],
    ['Wenn der zweite Nutzer beitritt, schmiert die App ab', 'crash'],
  ])('%j → %s', (text, category) => {
    expect(classify(text).category).toBe(category);
  });

  it('a device named beside a feature without "only" or a contrast leaves it a feature problem', () => {
    expect(classify('Screen sharing does not work on my iPhone 15').category).toBe('feature');
  });

  it('hear churn in deadlines and moves to another platform, not in switching to a headset', () => {
    expect(
      classify('Video is pixelated. Our client is threatening to walk if this is not fixed by Friday').signals,
    ).not.toEqual([]);
    expect(classify('Видео зависает, если не исправите — перейдём на другую платформу').signals).not.toEqual([]);
    expect(classify('Chỉ iPhone bị mất tiếng khi chuyển sang tai nghe Bluetooth').signals).toEqual([]);
    expect(classify('Das Bild friert ein, wenn wir zu Lautsprecher wechseln').signals).toEqual([]);
  });
});
