import { describe, expect, it } from 'vitest';
import { CLOSING_NOTE_MAX, draftClosingNote } from '../../src/domain/closing-note.js';
import { RESOLUTION_LIMITS, RESOLUTION_SIDES } from '../../src/domain/resolution.js';
import { checkTone } from '../../src/domain/tone.js';

describe('draftClosingNote', () => {
  it.each(RESOLUTION_SIDES.flatMap((side) => (['en', 'zh'] as const).map((lang) => [side, lang] as const)))(
    '%s in %s: plain, and the tone check finds no blame or promise in it',
    (side, language) => {
      const note = draftClosingNote({ side, rootCause: null, fix: null }, language);
      expect(note.length).toBeGreaterThan(10);
      expect(checkTone(note, { writtenBy: 'drafter' })).toEqual([]);
    },
  );

  it('names the cause and what helped, in the customer’s language', () => {
    const resolution = { side: 'customer_network' as const, rootCause: 'operator backbone upgrade', fix: 'Use Wi-Fi' };
    expect(draftClosingNote(resolution, 'en')).toBe(
      'We looked into this: the trouble came from the network connection the calls were using ' +
        '(operator backbone upgrade). What helped: Use Wi-Fi.',
    );
    expect(draftClosingNote({ ...resolution, rootCause: '运营商骨干网升级', fix: '改用 Wi-Fi' }, 'zh')).toBe(
      '我们排查后发现，这次的问题与通话途经的网络有关（运营商骨干网升级）。解决办法：改用 Wi-Fi。',
    );
  });

  it('says what we did when it was on our side, and leaves a "not found" cause out', () => {
    expect(draftClosingNote({ side: 'our_service', rootCause: null, fix: 'We restarted the node.' }, 'en')).toBe(
      'We looked into this: the trouble was on our side. What we did: We restarted the node.',
    );
    expect(draftClosingNote({ side: 'not_found', rootCause: 'could not reproduce', fix: null }, 'en')).not.toContain(
      'reproduce',
    );
  });

  it('the longest cause and fix still fit the note box', () => {
    const note = draftClosingNote(
      {
        side: 'customer_device',
        rootCause: '回'.repeat(RESOLUTION_LIMITS.rootCause),
        fix: 'x\n'.repeat(RESOLUTION_LIMITS.fix / 2),
      },
      'zh',
    );
    expect(note.length).toBeLessThanOrEqual(CLOSING_NOTE_MAX);
    expect(note).not.toContain('\n');
  });
});
