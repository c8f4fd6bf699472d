import { describe, expect, it } from 'vitest';
import { MAX_LINE_WIDTH, overlongLines } from '../../scripts/check-line-width.js';

describe('the line width check', () => {
  it('reports each line over the width with its number and width, and none at the width', () => {
    const text = ['ok', 'x'.repeat(MAX_LINE_WIDTH), 'y'.repeat(MAX_LINE_WIDTH + 1), '', 'z'.repeat(200)].join('\n');
    expect(overlongLines(text)).toEqual([
      { line: 3, width: MAX_LINE_WIDTH + 1 },
      { line: 5, width: 200 },
    ]);
  });

  it('counts characters, not bytes, and ignores a Windows line ending', () => {
    expect(overlongLines(`${'卡'.repeat(MAX_LINE_WIDTH)}\r\n${'🎧'.repeat(MAX_LINE_WIDTH)}`)).toEqual([]);
    expect(overlongLines('卡'.repeat(MAX_LINE_WIDTH + 1))).toEqual([{ line: 1, width: MAX_LINE_WIDTH + 1 }]);
  });
});
