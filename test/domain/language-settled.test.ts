import { describe, expect, it } from 'vitest';
import { settledLanguage } from '../../src/domain/language.js';

describe('the language a ticket that fell back to English settles on', () => {
  const japanese = 'カメラをオンにするとアプリが落ちます。';
  it('is the first message that shows one, when nothing before did', () => {
    expect(settledLanguage({ channelSetting: null, earlierTexts: ['iOS 18.1 ???', 'ok'], text: japanese })).toBe('ja');
  });
  it('is none when the channel has a setting, an earlier message showed one, or this one shows none', () => {
    expect(settledLanguage({ channelSetting: 'en', earlierTexts: ['iOS 18.1 ???'], text: japanese })).toBeNull();
    expect(
      settledLanguage({ channelSetting: null, earlierTexts: ['The app crashes on start.'], text: japanese }),
    ).toBeNull();
    expect(settledLanguage({ channelSetting: null, earlierTexts: [], text: '👍 4.2.6' })).toBeNull();
  });
});
