import { describe, expect, it } from 'vitest';
import { cutMrkdwn, cutPlain, escapeUntrusted, untrustedMrkdwn } from '../../src/slack/untrusted-text.js';

const FAMILY = '👨‍👩‍👧‍👦'; // one grapheme: four emoji joined by ZWJ, 11 UTF-16 code units
const RTL = 'مرحبا بالعالم';
const COMBINING = 'e\u0301\u0301\u0301'; // e with three acute accents: one grapheme

describe('escapeUntrusted', () => {
  it('escapes the three characters Slack reads as markup, so mentions and labelled links show as typed', () => {
    expect(escapeUntrusted('<!channel> <!here> <!everyone> <@U123> <!subteam^S1> <#C1> <https://evil|click>')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;!subteam^S1&gt; &lt;#C1&gt; ' +
        '&lt;https://evil|click&gt;',
    );
    expect(escapeUntrusted('a & b')).toBe('a &amp; b');
  });

  it('shows already-escaped text literally instead of decoding it', () => {
    expect(escapeUntrusted('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });

  it('breaks the bare broadcast words and replaces lone surrogates', () => {
    expect(escapeUntrusted('hi @here and @Channel')).toBe('hi @\u200bhere and @\u200bChannel');
    expect(escapeUntrusted('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeUntrusted(`${FAMILY}${RTL}`)).toBe(`${FAMILY}${RTL}`);
  });
});

describe('cutting', () => {
  it('never cuts inside an entity, the app’s own markup, a surrogate pair or a grapheme', () => {
    const escaped = escapeUntrusted(`${'a'.repeat(8)}&&&`);
    for (let max = 5; max <= escaped.length; max++) {
      const cut = cutMrkdwn(escaped, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/&/);
    }
    expect(cutMrkdwn(`see <https://example.com/a/long/path|the thread> now`, 20)).toBe('see…');
    for (const unit of [FAMILY, COMBINING, '😀']) {
      const text = unit.repeat(30);
      for (let max = 1; max < 40; max++) {
        const cut = cutPlain(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.slice(0, -1).length % unit.length).toBe(0);
      }
    }
  });

  it('shows the cut with a note and keeps short text whole', () => {
    expect(cutPlain('short', 10)).toBe('short');
    expect(cutPlain('a long sentence here', 10, ' (cut)')).toBe('a lo (cut)');
    expect(untrustedMrkdwn('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('escapes and fits 40 KB of hostile text without escaping all of it', () => {
    const hostile = '<!channel>&'.repeat(4_000);
    const started = performance.now();
    const shown = untrustedMrkdwn(hostile, 3000);
    expect(performance.now() - started).toBeLessThan(100);
    expect(shown.length).toBeLessThanOrEqual(3000);
    expect(shown).not.toContain('<');
    expect(shown.endsWith('…')).toBe(true);
  });
});
