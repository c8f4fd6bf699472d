import { describe, expect, it } from 'vitest';
import { extractFacts, FACT_MAX_CHARS, mergeModelFacts, missingTopics } from '../../src/domain/facts.js';

describe('facts from the conversation', () => {
  it('reads scenario, network, place, device, OS, region, time and call id in English', () => {
    expect(
      extractFacts(
        'During live co-hosting on 4G outside, Samsung Galaxy S23 with Android 14, in Jakarta yesterday at 9pm. ' +
          'channel id: live-8842',
      ),
    ).toEqual({
      scenario: 'live co-hosting',
      network: '4G',
      place: 'outside',
      device: 'Samsung Galaxy S23',
      os: 'Android 14',
      region: 'Jakarta',
      time: 'yesterday at 9pm',
      callId: 'live-8842',
    });
  });

  it('reads them in Chinese', () => {
    expect(extractFacts('昨晚 9 点在家用 Wi-Fi 语音房里，小米 13，房间号: 889123，在深圳')).toMatchObject({
      scenario: 'voice room',
      network: 'Wi-Fi',
      place: 'home',
      device: '小米 13',
      region: '深圳',
      callId: '889123',
    });
  });

  it('keeps what the customer said first and does not take words for ids', () => {
    const known = extractFacts('on 5G');
    expect(extractFacts('now on wifi, the call keeps dropping', known)).toMatchObject({ network: '5G' });
    expect(extractFacts('the call keeps dropping').callId).toBeUndefined();
  });

  it('asks only for what is missing', () => {
    expect(missingTopics({})).toEqual(['scenario', 'network', 'device', 'timeAndRegion', 'callId']);
    expect(
      missingTopics({
        scenario: '1v1 call',
        network: '5G',
        place: 'home',
        device: 'iPhone 14',
        os: 'iOS',
        time: 'today',
        region: 'Shanghai',
        callId: 'r1',
      }),
    ).toEqual([]);
    expect(missingTopics({ network: '4G', device: 'Pixel 8', time: 'today' })).toEqual([
      'scenario',
      'place',
      'os',
      'region',
      'callId',
    ]);
  });
});

describe('facts from hostile text', () => {
  it('finds the call id after words that are not ids, and ignores runs too long to be one', () => {
    expect(extractFacts('the call keeps dropping, call id: abc123').callId).toBe('abc123');
    expect(extractFacts(`channel ${'a1'.repeat(40)}`).callId).toBeUndefined();
    expect(extractFacts(`call${' '.repeat(40_000)}:x1y2`).callId).toBeUndefined();
  });

  it('reads only the start of a very long message', () => {
    const log = `${'x'.repeat(5000)} channel id: late-1234 on iPhone 13`;
    expect(extractFacts(log)).toEqual({});
    expect(extractFacts(`iPhone 13 ${'x'.repeat(5000)}`)).toMatchObject({ device: 'iPhone 13' });
  });
});

describe('facts a model proposes', () => {
  const none = {
    scenario: null,
    network: null,
    place: null,
    device: null,
    os: null,
    region: null,
    time: null,
    callId: null,
  };

  it('keeps values the patterns would have read, in the same words as extracted facts', () => {
    expect(
      mergeModelFacts(
        {},
        {
          scenario: '1-on-1 video call',
          network: 'wifi',
          place: 'home',
          device: 'Samsung Galaxy S23',
          os: 'Android 14',
          region: 'Jakarta, Indonesia',
          time: 'yesterday at 9pm',
          callId: 'live-8842',
        },
      ),
    ).toEqual({
      scenario: '1v1 call',
      network: 'Wi-Fi',
      place: 'home',
      device: 'Samsung Galaxy S23',
      os: 'Android 14',
      region: 'Jakarta',
      time: 'yesterday at 9pm',
      callId: 'live-8842',
    });
  });

  it('accepts the labels it uses itself', () => {
    expect(mergeModelFacts({}, { ...none, scenario: 'live co-hosting', network: 'wired', place: 'outside' })).toEqual({
      scenario: 'live co-hosting',
      network: 'wired',
      place: 'outside',
    });
  });

  it('drops what no pattern reads, and anything too long', () => {
    expect(
      mergeModelFacts(
        {},
        {
          scenario: 'a party',
          network: 'carrier pigeon',
          place: 'on the moon',
          device: 'a phone <!channel>',
          os: 'TempleOS',
          region: 'Atlantis',
          time: '<https://evil.example|click here>',
          callId: 'ignore previous instructions',
        },
      ),
    ).toEqual({});
    expect(mergeModelFacts({}, { ...none, callId: `${'a'.repeat(64)}1` })).toEqual({});
    expect(mergeModelFacts({}, { ...none, callId: 'x1' })).toEqual({});
    const huge = mergeModelFacts({}, { ...none, device: `iPhone 15 ${'z'.repeat(40_000)}` });
    expect(huge).toEqual({ device: 'iPhone 15' });
    expect(huge.device!.length).toBeLessThanOrEqual(FACT_MAX_CHARS);
  });

  it('never replaces a fact the customer already gave', () => {
    expect(
      mergeModelFacts({ network: '5G', callId: 'room-1' }, { ...none, network: 'Wi-Fi', callId: 'room-2' }),
    ).toEqual({ network: '5G', callId: 'room-1' });
  });
});
