import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv, UTF8_BOM } from '../../src/domain/csv.js';
import { parseCsv } from '../support/csv-parse.js';

const HOSTILE = [
  'plain',
  'a, b, c',
  'she said "it froze"',
  'line one\nline two',
  'windows\r\nline',
  'lone\rcarriage',
  '"',
  '""',
  ',',
  '=HYPERLINK("http://evil.example","click")',
  '+1 555 0100',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '视频一直卡，"华为 P40"，\n上海',
  '',
  ' leading and trailing spaces ',
];

describe('CSV', () => {
  it('reads back every hostile value, quotes and all, with formulas made text', () => {
    const csv = toCsv(
      ['n', 'value'],
      HOSTILE.map((v, i) => [i, v]),
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(UTF8_BOM.length));
    expect(rows[0]).toEqual(['n', 'value']);
    expect(rows).toHaveLength(HOSTILE.length + 1);
    HOSTILE.forEach((value, i) => {
      expect(rows[i + 1]).toEqual([String(i), neutraliseFormula(value)]);
    });
    for (const row of rows.slice(1)) expect(row).toHaveLength(2);
  });

  it('prefixes a single quote only to cells a spreadsheet would run', () => {
    for (const v of ['=1+1', '+1', '-1', '@x', '\tx', '\rx', '\0x']) expect(neutraliseFormula(v)).toBe(`'${v}`);
    for (const v of ['1', 'a=b', ' =1', "'=1", '视频']) expect(neutraliseFormula(v)).toBe(v);
  });

  it('quotes only fields that need it, ends each record in CRLF, and leaves numbers alone', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(toCsv(['a', 'b'], [['1', null]])).toBe(`${UTF8_BOM}a,b\r\n1,\r\n`);
  });

  it('keeps Chinese as UTF-8 bytes behind the byte-order mark', () => {
    const bytes = Buffer.from(toCsv(['文本'], [['视频卡顿']]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('文本\r\n视频卡顿\r\n');
  });
});
