import { describe, expect, it } from 'vitest';
import { redactReversibly, restoreRedacted } from '../../src/domain/redact.js';
import {
  checkPreservation,
  foldForComparison,
  MAX_REPORTED,
  numberReadings,
  type PreservedKind,
} from '../../src/domain/translation-check.js';
import { fill, HOSTILE_LENGTH, hostileInputs } from './hostile-text.js';

const REPLY =
  'Thank you for your patience. Your ticket #123 is with our engineers; we will update you by 3 pm today ' +
  '(14:30 your time was the last call, on Dec 6). The $20 charge and the 20% discount are noted, and ¥300 ' +
  'too. Details: https://status.example.com/incidents/88?ref=desk. <@U0AGENT1> checked call room-4471 on ' +
  'SDK 4.3.1 with an iPhone 15.';

/** A faithful Indonesian rendering, written with other digit styles where a translator might use them. */
const FAITHFUL_ID =
  'Terima kasih atas kesabaran Anda. Tiket #123 Anda sedang ditangani teknisi kami; kami akan mengabari Anda ' +
  'paling lambat pukul 15.00 hari ini (panggilan terakhir pukul 14:30 waktu Anda, pada 6 Desember). Tagihan ' +
  'US$20 dan diskon 20% sudah dicatat, begitu juga ¥300. Detail: https://status.example.com/incidents/88?ref=desk. ' +
  '<@U0AGENT1> memeriksa panggilan room-4471 pada SDK 4.3.1 dengan iPhone 15.';

function lost(source: string, translation: string, names?: string[]): Array<[PreservedKind, string]> {
  return checkPreservation(source, translation, { names }).missing.map((m) => [m.kind, m.text]);
}

describe('checkPreservation', () => {
  it('accepts a faithful translation of a reply that has one of everything', () => {
    const result = checkPreservation(REPLY, FAITHFUL_ID);
    expect(result).toMatchObject({ ok: true, missing: [], missingCount: 0 });
    // ticket, two times, date, two amounts and a percentage, link, mention, ID, version, brand, the number 15
    expect(result.checked).toBeGreaterThanOrEqual(12);
  });

  it.each<[string, string, PreservedKind, string]>([
    ['the ticket number', '#123', 'ticket', '#123'],
    ['the time', 'pukul 15.00', 'time', '3 pm'],
    ['the other time', '14:30', 'time', '14:30'],
    ['the date', '6 Desember', 'date', 'Dec 6'],
    ['the dollar amount', 'US$20', 'amount', '$20'],
    ['the yen amount', '¥300', 'amount', '¥300'],
    ['the percentage', '20%', 'percent', '20%'],
    [
      'the link',
      'https://status.example.com/incidents/88?ref=desk',
      'url',
      'https://status.example.com/incidents/88?ref=desk',
    ],
    ['the mention', '<@U0AGENT1>', 'mention', '<@U0AGENT1>'],
    ['the call ID', 'room-4471', 'id', 'room-4471'],
    ['the version', '4.3.1', 'version', '4.3.1'],
    ['the product name', 'iPhone', 'name', 'iPhone'],
  ])('refuses a translation that lost %s', (_what, cut, kind, reported) => {
    const damaged = FAITHFUL_ID.replace(cut, '');
    expect(damaged).not.toBe(FAITHFUL_ID);
    expect(lost(REPLY, damaged)).toContainEqual([kind, reported]);
  });

  it('refuses a changed number, not only a dropped one', () => {
    expect(lost('Ticket #123', 'Tiket #124')).toEqual([['ticket', '#123']]);
    expect(lost('update by 3 pm', 'kabar pukul 16.00')).toEqual([['time', '3 pm']]);
    expect(lost('a $20 credit', 'kredit US$200')).toEqual([['amount', '$20']]);
    expect(lost('within 1.5 hours', 'dalam 15 jam')).toEqual([['number', '1.5']]);
    expect(lost('call room-4471', 'panggilan room-4417')).toEqual([['id', 'room-4471']]);
    expect(lost('on Dec 6', 'pada 7 Desember')).toEqual([['date', 'Dec 6']]);
  });

  it('refuses an amount whose currency changed', () => {
    expect(lost('a $20 credit', 'un crédit de 20 €')).toEqual([['amount', '$20']]);
    expect(lost('a $20 credit', 'kredit 20 dolar')).toEqual([]);
  });

  it('counts digits of other scripts and full-width digits as the same number', () => {
    expect(lost('Ticket #45 at 14:30, 20% off', 'التذكرة #٤٥ الساعة ١٤:٣٠، خصم ٢٠٪')).toEqual([]);
    expect(lost('Ticket #45 at 14:30, 20% off', 'チケット＃４５、１４：３０、２０％オフ')).toEqual([]);
    expect(lost('Ticket #45 costs 300', 'टिकट #४५ की कीमत ३००')).toEqual([]);
    expect(lost('Ticket #45', 'ตั๋ว #๔๖')).toEqual([['ticket', '#45']]);
    expect(foldForComparison('٠١٢٣٤٥٦٧٨٩ ۰۹ ０９ ٫٬٪')).toBe('0123456789 09 09 .,%');
  });

  it('reads times in the ways languages write them', () => {
    expect(lost('by 3 pm', '下午3点前')).toEqual([]);
    expect(lost('by 3 pm', '15:00までに')).toEqual([]);
    expect(lost('by 3 pm', 'bis 15 Uhr')).toEqual([]);
    expect(lost('by 3:30 pm', 'avant 15h30')).toEqual([]);
    expect(lost('下午3点半', 'at 3:30 PM')).toEqual([]);
    expect(lost('오후 3시', 'at 3 pm')).toEqual([]);
    expect(lost('14:30', '2:30 PM')).toEqual([]);
    expect(lost('by 3 pm', 'before 4 pm')).toEqual([['time', '3 pm']]);
  });

  it('reads dates in the ways languages write them, months in words included', () => {
    expect(lost('on Dec 6', 'le 6 décembre')).toEqual([]);
    expect(lost('on Dec 6', '6 декабря')).toEqual([]);
    expect(lost('on Dec 6', '12月6日')).toEqual([]);
    expect(lost('on 2026-12-06', 'am 06.12.2026')).toEqual([]);
    expect(lost('on 2026-12-06', 'pada 6 Desember 2026')).toEqual([]);
    expect(lost('on 2026-12-06', 'pada 6 Desember 2025')).toEqual([['date', '2026-12-06']]);
    expect(lost('on December 6th, 2026', 'ngày 6 tháng 12 năm 2026')).toEqual([]);
    expect(lost('2026年12月6日', 'December 6, 2026')).toEqual([]);
  });

  it('reads decimal commas and thousands separators as the same number', () => {
    expect(lost('$20.50', 'US$20,50')).toEqual([]);
    expect(lost('$1,200', '1.200 dolar')).toEqual([]);
    expect(lost('$20', '20,00 $')).toEqual([]);
    expect(numberReadings('1,234.5')).toEqual(['1234.5']);
    expect(numberReadings('1.000').sort()).toEqual(['1', '1000']);
    expect(numberReadings('20,50')).toEqual(['20.5']);
  });

  it('keeps the address of a Slack link, letting its label be translated', () => {
    expect(lost('see <https://x.example/a|the status page>', 'lihat <https://x.example/a|halaman status>')).toEqual([]);
    expect(lost('see <https://x.example/a|status>', 'lihat <https://x.example/b|status>')).toEqual([
      ['url', '<https://x.example/a|status>'],
    ]);
  });

  it('keeps the names it is given, and only where the source has them', () => {
    expect(lost('Maria from the Agora team will call', 'Tim akan menelepon', ['Maria', 'Agora'])).toEqual([
      ['name', 'Maria'],
      ['name', 'Agora'],
    ]);
    expect(lost('The team will call', 'Tim akan menelepon', ['Maria'])).toEqual([]);
    expect(lost('On your Huawei Mate 60', 'Pada huawei mate 60 Anda', ['Huawei Mate 60'])).toEqual([]);
  });

  it('keeps placeholders of redacted details', () => {
    expect(lost('mail {{email_1}} or call {{phone_2}}', 'kirim ke {{email_1}}')).toEqual([
      ['placeholder', '{{phone_2}}'],
    ]);
  });

  it('does not take a unit or an ordinal for an ID, nor words for names', () => {
    expect(lost('the 2nd call on 4G, 10min', 'panggilan ke-2 di 4G, 10 menit')).toEqual([]);
    expect(lost('Thank You So Much', 'Terima kasih banyak')).toEqual([]);
  });

  it('reports each lost item once, and at most a handful', () => {
    const source = `${Array.from({ length: 30 }, (_, i) => `#${i + 1}`).join(' ')} #1 #1`;
    const result = checkPreservation(source, 'nothing');
    expect(result.ok).toBe(false);
    expect(result.missingCount).toBe(30);
    expect(result.missing).toHaveLength(MAX_REPORTED);
    expect(result.missing[0]).toEqual({ kind: 'ticket', text: '#1' });
  });

  /** The fastest of up to three runs, as text-worst-case.test.ts times them: backtracking is slow every time. */
  function fastest(run: () => unknown): number {
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && best > 100; attempt++) {
      const started = performance.now();
      run();
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  // Each shape against itself is in text-functions.ts (text-worst-case.test.ts); here, as one side only.
  it('stays linear on 40 KB of hostile text as the source or as the translation', () => {
    const inputs = [
      ...hostileInputs().map((i) => i.text),
      fill('#1 14:30 3 pm $2 20% Dec 6 2026-12-06 room-1 v1.2.3 '),
      `1.${fill('0', HOSTILE_LENGTH - 3)}1`,
      fill('1,'),
      fill('下午3点'),
      fill('{{email_1}}'),
      fill('pukul 3 '),
    ];
    checkPreservation(REPLY, FAITHFUL_ID);
    for (const text of inputs) {
      expect(
        fastest(() => checkPreservation(text, 'x')),
        text.slice(0, 30),
      ).toBeLessThan(100);
      expect(
        fastest(() => checkPreservation(REPLY, text)),
        text.slice(0, 30),
      ).toBeLessThan(100);
    }
  });
});

describe('reversible redaction', () => {
  it('numbers each redacted part, and restores them in a translation', () => {
    const text = 'Mail li.wei@acme.cn or call +86 138 0013 8000; api_key=abcdef123456 please';
    const { text: redacted, originals } = redactReversibly(text);
    expect(redacted).toMatch(/^Mail \{\{email_\d\}\} or call \{\{phone_\d\}\}; api_key=\{\{secret_\d\}\} please$/);
    expect(new Set(originals.map(([p]) => p)).size).toBe(3);
    expect(redacted).not.toContain('acme.cn');
    const translated = redacted.replace('Mail', 'Kirim ke').replace('or call', 'atau telepon');
    expect(restoreRedacted(translated, originals)).toBe(
      'Kirim ke li.wei@acme.cn atau telepon +86 138 0013 8000; api_key=abcdef123456 please',
    );
  });

  it("never takes the customer's own {{email_1}} for a placeholder", () => {
    const { text, originals } = redactReversibly('template {{email_1}} goes to x@y.example');
    expect(text).toBe('template {{email_1}} goes to {{email_2}}');
    expect(restoreRedacted(text, originals)).toBe('template {{email_1}} goes to x@y.example');
  });

  it('restores in one pass over 40 KB of placeholders', () => {
    const { originals } = redactReversibly('a@b.example');
    const started = performance.now();
    const out = restoreRedacted(fill('{{email_1}}'), originals);
    expect(out.startsWith('a@b.example')).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
