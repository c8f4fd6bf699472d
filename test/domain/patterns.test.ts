import { describe, expect, it } from 'vitest';
import { anyOf, matchesOf } from '../../src/domain/patterns.js';

const summary = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);

describe('matchesOf', () => {
  const cases: Array<[string, RegExp, string]> = [
    ['words', /[a-z]+/g, 'calls keep dropping'],
    ['captures', /call id[: ]+(\w+)/gi, 'Call ID: abc123, then call id 999'],
    ['empty matches', /x*/g, 'axxbx'],
    ['empty matches, astral characters, unicode', /(?:)/gu, 'a😀b'],
    ['lookbehind', /(?<![\w.@])@(?:channel|here)\b/gi, 'hi @here and a@here @channel'],
    ['Han runs', /\p{Script=Han}+/gu, '视频 very 卡顿 😀 掉线'],
    ['no match', /zzz/g, 'nothing here'],
    ['built with anyOf', anyOf('gi', /网络/, /network/), 'Your network, 你们的网络'],
  ];
  for (const [name, re, text] of cases)
    it(`finds what matchAll finds: ${name}`, () => {
      expect(summary(matchesOf(re, text))).toEqual(summary(text.matchAll(new RegExp(re))));
    });

  it('runs the pattern itself, not a copy, and leaves it at the start', () => {
    const re = /o/g;
    const ran: RegExp[] = [];
    const exec = re.exec;
    re.exec = function (this: RegExp, s: string) {
      ran.push(this);
      return exec.call(this, s);
    };
    expect([...matchesOf(re, 'foo boo')].map((m) => m.index)).toEqual([1, 2, 5, 6]);
    expect(new Set(ran)).toEqual(new Set([re]));
    expect(re.lastIndex).toBe(0);
  });

  it('can be stopped early and interleaved with other uses of the same pattern', () => {
    const re = /\d+/g;
    const outer: string[] = [];
    for (const m of matchesOf(re, '1 22 333')) {
      outer.push(m[0]);
      expect([...matchesOf(re, '7 8')].map((n) => n[0])).toEqual(['7', '8']);
      if (outer.length === 2) break;
    }
    expect(outer).toEqual(['1', '22']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a pattern without the g flag, which would find its first match for ever', () => {
    expect(() => [...matchesOf(/a/, 'aaa')]).toThrow(/global/);
  });
});
