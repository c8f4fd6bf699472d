import { describe, expect, it } from 'vitest';
import { storableText } from '../../src/db/storable.js';

describe('storable text', () => {
  it('leaves ordinary text, emoji and whole surrogate pairs alone', () => {
    for (const text of ['Calls drop', '通话断断续续', '👩‍👩‍👧‍👦 𝓜𝓪𝓽𝓱', '']) expect(storableText(text)).toBe(text);
  });

  it('drops NUL characters', () => {
    expect(storableText('a\u0000b\u0000')).toBe('ab');
  });

  it('replaces half of a surrogate pair, at either end or alone', () => {
    expect(storableText('x\ud83d')).toBe('x\ufffd');
    expect(storableText('\ude00x')).toBe('\ufffdx');
    expect(storableText('\ud83d\ud83d\ude00')).toBe('\ufffd😀');
  });
});
