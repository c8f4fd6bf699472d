import { describe, expect, it } from 'vitest';
import { checkResolution, RESOLUTION_LIMITS, RESOLUTION_SIDES, SIDE_LABEL } from '../../src/domain/resolution.js';

describe('checkResolution', () => {
  it('needs only the side; blank text is not recorded', () => {
    expect(checkResolution({ side: 'not_found', rootCause: '  ', fix: '' })).toEqual({
      ok: true,
      resolution: { side: 'not_found', rootCause: null, fix: null },
    });
  });

  it('refuses a missing or unknown side, naming the field', () => {
    expect(checkResolution({ side: undefined })).toMatchObject({ ok: false, field: 'side' });
    expect(checkResolution({ side: 'their_fault' })).toMatchObject({ ok: false, field: 'side' });
  });

  it('folds the root cause to one line and keeps the fix as written', () => {
    const checked = checkResolution({ side: 'our_service', rootCause: ' Jakarta node\r\n overloaded ', fix: 'a\nb' });
    expect(checked).toEqual({
      ok: true,
      resolution: { side: 'our_service', rootCause: 'Jakarta node overloaded', fix: 'a\nb' },
    });
  });

  it('counts characters, not UTF-16 units, at the limits', () => {
    const atLimit = '回'.repeat(RESOLUTION_LIMITS.rootCause);
    expect(checkResolution({ side: 'customer_device', rootCause: atLimit }).ok).toBe(true);
    const emoji = '🎧'.repeat(RESOLUTION_LIMITS.rootCause);
    expect(checkResolution({ side: 'customer_device', rootCause: emoji }).ok).toBe(true);
    expect(checkResolution({ side: 'customer_device', rootCause: `${atLimit}x` })).toMatchObject({
      ok: false,
      field: 'rootCause',
    });
    expect(checkResolution({ side: 'customer_device', fix: 'x'.repeat(RESOLUTION_LIMITS.fix + 1) })).toMatchObject({
      ok: false,
      field: 'fix',
    });
  });

  it('labels every side in both languages', () => {
    for (const side of RESOLUTION_SIDES) {
      expect(SIDE_LABEL[side].en).not.toBe('');
      expect(SIDE_LABEL[side].zh).not.toBe('');
    }
  });
});
