import { describe, expect, it } from 'vitest';
import { knownPlaces, placesIn } from '../../src/domain/gazetteer.js';
import {
  alike,
  type ComplaintSignature,
  mergeProfile,
  placeLabels,
  signatureOf,
} from '../../src/domain/incident-grouping.js';

const sig = (text: string, over: Partial<Parameters<typeof signatureOf>[0]> = {}): ComplaintSignature =>
  signatureOf({ category: 'connectivity', facts: {}, text, ...over });

describe('the gazetteer', () => {
  it.each([
    ['Calls drop in Jakarta', 'jakarta'],
    ['雅加达的用户通话一直掉线', 'jakarta'],
    ['雅加達的通話一直斷線', 'jakarta'],
    ['ジャカルタで通話が切れます', 'jakarta'],
    ['자카르타에서 통화가 끊겨요', 'jakarta'],
    ['Las llamadas se cortan en Yakarta', 'jakarta'],
    ['As chamadas caem em Jacarta', 'jakarta'],
    ['Panggilan putus terus di Jakarta', 'jakarta'],
    ['Cuộc gọi bị rớt ở Gia-các-ta', 'jakarta'],
    ['การโทรหลุดในจาการ์ตา', 'jakarta'],
    ['المكالمات تنقطع في جاكرتا', 'jakarta'],
    ["Cakarta'da aramalar kopuyor", 'jakarta'],
    ['Les appels coupent à Jakarta', 'jakarta'],
    ['Anrufe brechen in Jakarta ab', 'jakarta'],
    ['в Джакарте звонки обрываются', 'jakarta'],
    ['जकार्ता में कॉल कट रही है', 'jakarta'],
    ['印尼这边很多用户掉线', 'indonesia'],
    ['INDONESIA', 'indonesia'],
    ['Indonésie', 'indonesia'],
    ['Sao Paulo', 'sao_paulo'],
    ['São Paulo', 'sao_paulo'],
    ['İstanbul', 'istanbul'],
  ])('finds the place in %s', (text, id) => {
    expect(placesIn(text).map((p) => p.id)).toContain(id);
  });

  it('does not find a place inside another word', () => {
    expect(placesIn('Indiana users')).toEqual([]);
    expect(placesIn('タイムアウトしました')).toEqual([]);
    expect(placesIn('phương pháp mới')).toEqual([]);
  });

  it('has each place under its English name and a Chinese one', () => {
    for (const place of knownPlaces()) {
      expect(placesIn(place.name).map((p) => p.id)).toContain(place.id);
      expect(place.aliases.some((a) => /\p{Script=Han}/u.test(a))).toBe(true);
    }
  });

  it('reads at most the start of a hostile text, quickly', () => {
    const text = `${'Jakart'.repeat(7000)}Jakarta`;
    const started = performance.now();
    placesIn(text);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('grouping complaints into incidents', () => {
  it('one outage in three spellings and two languages is alike', () => {
    const a = sig('Calls keep dropping in Jakarta');
    const b = sig('雅加达的用户通话一直掉线');
    const c = sig('印尼这边视频通话断开', { facts: { region: '印尼' } });
    const d = sig('connection lost', { facts: { region: 'jakarta' } });
    const e = sig('our app is weird today', { category: 'other', facts: { region: 'Indonesia' } });
    for (const [x, y] of [
      [a, b],
      [a, c],
      [b, c],
      [c, d],
      [a, e],
    ] as const)
      expect(alike(x, y)).toBe(true);
  });

  it('places in different countries are never one problem', () => {
    expect(alike(sig('Calls keep dropping in Jakarta today'), sig('Calls keep dropping in Tokyo today'))).toBe(false);
  });

  it('different classified categories are not one problem; unclassified joins any', () => {
    expect(alike(sig('Jakarta'), sig('Jakarta', { category: 'av_quality' }))).toBe(false);
    expect(alike(sig('Jakarta', { category: 'other' }), sig('Jakarta', { category: 'av_quality' }))).toBe(true);
  });

  it('a shared device, OS or operator groups; a vague unclassified complaint does not', () => {
    expect(alike(sig('x', { facts: { device: 'iPhone 15' } }), sig('y', { facts: { device: 'iphone 15' } }))).toBe(
      true,
    );
    expect(alike(sig('Telkomsel users drop'), sig('on telkomsel again'))).toBe(true);
    expect(alike(sig('help', { category: 'other' }), sig('hello', { category: 'other' }))).toBe(false);
    expect(
      alike(sig('calls drop', { facts: { device: 'Pixel 8' } }), sig('no sound', { facts: { os: 'iOS 17' } })),
    ).toBe(false);
  });

  it('a complaint that names nothing joins its own category', () => {
    expect(alike(sig('calls keep dropping'), sig('Calls drop in Jakarta'))).toBe(true);
  });

  it('an incident profile unions its complaints and takes the first classified category', () => {
    let profile = mergeProfile(undefined, sig('weird', { category: 'other', facts: { region: 'jakarta' } }));
    profile = mergeProfile(profile, sig('印尼掉线'));
    expect(profile.category).toBe('connectivity');
    expect(profile.countries).toEqual(['indonesia']);
    expect(placeLabels(profile.places)).toEqual(['Jakarta, Indonesia']);
  });
});
