import { describe, expect, it } from 'vitest';
import { extractFacts, missingTopics } from '../../src/domain/facts.js';
import { redact } from '../../src/domain/redact.js';

describe('facts from the conversation', () => {
  it('reads scenario, network, place, device, OS, region, time and call id in English', () => {
    expect(
      extractFacts(
        'During live co-hosting on 4G outside, Samsung Galaxy S23 with Android 14, in Jakarta yesterday at 9pm. channel id: live-8842',
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

describe('redaction before a model sees the text', () => {
  it('removes emails, phone numbers, IPs and secrets, keeps the complaint', () => {
    const out = redact(
      'Calls drop. Reach me at li.wei@acme.cn or +86 13812345678, server 10.2.3.4, token xoxb-1234-abcd, api_key=sk-abcdefghijklmnopqrstuvwx',
    );
    expect(out).toContain('Calls drop.');
    expect(out).not.toMatch(/acme\.cn|13812345678|10\.2\.3\.4|xoxb-1234|sk-abcdef/);
    expect(out).toContain('[email]');
    expect(out).toContain('[phone]');
    expect(out).toContain('[ip]');
    expect(out).toContain('[secret]');
  });
});
