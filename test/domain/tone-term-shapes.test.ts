import { describe, expect, it } from 'vitest';
import { checkTone } from '../../src/domain/tone.js';
import { termsByShape } from '../../src/domain/tone-term-shapes.js';

const terms = (text: string) => termsByShape(text).map((t) => t.term);

describe('terms by their shape', () => {
  it('finds acronyms, codes of letters and digits and words with capitals inside, in English and in Chinese', () => {
    expect(terms('The capture path hands over NV21 frames while the renderer expects I420.')).toEqual(['NV21', 'I420']);
    expect(terms('建议把音频冗余从RED换成FlexFEC，弱网下恢复效果会好一些。')).toEqual(['RED', 'FlexFEC']);
    expect(terms('对讲模式下用的是G.711A，iOS上AudioUnit的buffer默认是23ms。')).toEqual(['G.711A', 'AudioUnit']);
    expect(terms('Cloud recording writes fMP4 segments; TTFF went up.')).toEqual(['fMP4', 'TTFF']);
  });

  it('leaves the abbreviations, codes and names a business reader knows', () => {
    const plain =
      'Our SDK logs your user ID in UTC; this is a P1 for Q3, 1080p and 4K on iPhone and WhatsApp, fixed in v4.2.1. ' +
      'Your IT team and QA can reach the API over HTTPS from the VPN. Please do NOT restart, FYI.';
    expect(terms(plain)).toEqual([]);
  });

  it('reads a host name or a ticket id as neither', () => {
    expect(terms('Allow `ap1.rtc-edge.example.com` and `ap2.rtc-edge.example.com`.')).toEqual([]);
    expect(checkTone('已经给研发建了单，单号 RTC-5170，今天下班前同步进展。', { writtenBy: 'agent' })).toEqual([]);
  });

  it('makes an unexplained one jargon, and an explained one not', () => {
    const bare = checkTone('We switched your rooms to ULPFEC.', { writtenBy: 'agent' });
    expect(bare.map((f) => f.rule)).toEqual(['jargon']);
    const explained = 'We switched your rooms to ULPFEC, which sends a little spare data so lost sound can be rebuilt.';
    expect(checkTone(explained, { writtenBy: 'agent' })).toEqual([]);
  });

  it('reads a long paste of codes to the end', () => {
    expect(termsByShape('ABCDEF1 '.repeat(5000))).toHaveLength(5000);
  });
});
