import { describe, expect, it } from 'vitest';
import { redact } from '../../src/domain/redact.js';

/** [what the customer wrote, the part that must go, the placeholder it becomes] */
const REDACTED: Array<[string, string, string]> = [
  // mainland mobiles, every way people write them
  ['手机：+86 138 0013 8000，随时联系', '+86 138 0013 8000', '[phone]'],
  ['call me on 138-0013-8000 please', '138-0013-8000', '[phone]'],
  ['我的电话13800138000', '13800138000', '[phone]'],
  ['+8613800138000 is my number', '+8613800138000', '[phone]'],
  ['0086 139 1234 5678', '0086 139 1234 5678', '[phone]'],
  ['(+86) 186-1234-5678', '(+86) 186-1234-5678', '[phone]'],
  ['tel:+86-177-0000-1234', '+86-177-0000-1234', '[phone]'],
  // landlines
  ['座机 010-62345678 转 8001', '010-62345678', '[phone]'],
  ['办公室电话 (010) 6234 5678', '(010) 6234 5678', '[phone]'],
  ['深圳 0755-8765 4321', '0755-8765 4321', '[phone]'],
  ['上海 021 6234 5678', '021 6234 5678', '[phone]'],
  ['+86 10 6234 5678 (Beijing office)', '+86 10 6234 5678', '[phone]'],
  // international
  ['London desk: +44 20 7946 0958.', '+44 20 7946 0958', '[phone]'],
  ['US: +1 (415) 555-0132', '+1 (415) 555-0132', '[phone]'],
  ['ring +1-415-555-0132 after 5', '+1-415-555-0132', '[phone]'],
  ['our NOC is (415) 555-0132', '(415) 555-0132', '[phone]'],
  ['or 415-555-0132', '415-555-0132', '[phone]'],
  ['Berlin +49 30 12345678', '+49 30 12345678', '[phone]'],
  ['Singapore +65 6123 4567', '+65 6123 4567', '[phone]'],
  ['Jakarta +62 812-3456-7890', '+62 812-3456-7890', '[phone]'],
  ['WhatsApp +447946095812', '+447946095812', '[phone]'],
  ['0044 20 7946 0958', '0044 20 7946 0958', '[phone]'],
  // email
  ['Reach me at li.wei@acme.cn.', 'li.wei@acme.cn', '[email]'],
  ['cc support+vip@example.co.uk', 'support+vip@example.co.uk', '[email]'],
  ['(ZHANG_SAN@mail.example.com)', 'ZHANG_SAN@mail.example.com', '[email]'],
  ['邮箱：wang.fang2024@qq.com，谢谢', 'wang.fang2024@qq.com', '[email]'],
  // addresses
  ['server 10.2.3.4 drops', '10.2.3.4', '[ip]'],
  ['edge 192.168.1.10:8080 times out', '192.168.1.10', '[ip]'],
  ['see http://203.0.113.7/status', '203.0.113.7', '[ip]'],
  ['v6 2001:db8::8a2e:370:7334 here', '2001:db8::8a2e:370:7334', '[ip]'],
  ['full 2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '[ip]'],
  ['addr:fe80::1', 'fe80::1', '[ip]'],
  ['loopback ::1 only', '::1', '[ip]'],
  // resident identity numbers (check character verified)
  ['身份证号 11010519491231002X', '11010519491231002X', '[id]'],
  ['ID 440304199003072531.', '440304199003072531', '[id]'],
  ['身份证：310115198506124414', '310115198506124414', '[id]'],
  ['lower-case x: 11010519491231002x', '11010519491231002x', '[id]'],
  // bank cards (Luhn verified)
  ['card 4111 1111 1111 1111 was charged', '4111 1111 1111 1111', '[card]'],
  ['卡号 6222 0212 3456 7890 128', '6222 0212 3456 7890 128', '[card]'],
  ['4111-1111-1111-1111', '4111-1111-1111-1111', '[card]'],
  ['银行卡6217000012345678907', '6217000012345678907', '[card]'],
  ['Amex 3782 822463 10005', '3782 822463 10005', '[card]'],
  ['mc 5105105105105100', '5105105105105100', '[card]'],
  // tokens and keys
  ['token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'xoxb-123456789012', '[secret]'],
  ['user token xoxp-1234-5678-abcdef', 'xoxp-1234-5678-abcdef', '[secret]'],
  ['app token xapp-1-A0123BCDE-1234567890-abcdef0123', 'xapp-1-A0123BCDE', '[secret]'],
  ['OPENAI_API_KEY sk-proj-AbCdEf0123456789_ghIJkl-mnOP', 'sk-proj-AbCdEf0123456789', '[secret]'],
  ['key sk-abcdefghijklmnopqrstuvwx', 'sk-abcdefghijklmnopqrstuvwx', '[secret]'],
  ['AWS AKIAIOSFODNN7EXAMPLE in the logs', 'AKIAIOSFODNN7EXAMPLE', '[secret]'],
  ['aws secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[secret]'],
  [
    'Authorization: Bearer ' +
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
    'eyJhbGciOiJIUzI1NiJ9',
    '[secret]',
  ],
  ['Authorization: Bearer 7f9c2ba4e88f827d616045507605853e', '7f9c2ba4e88f827d616045507605853e', '[secret]'],
  ['header "Authorization: Basic dXNlcjpwYXNzd29yZDEyMw=="', 'dXNlcjpwYXNzd29yZDEyMw==', '[secret]'],
  ['ghp_1234567890abcdefghijABCDEFGHIJ123456 leaked', 'ghp_1234567890abcdefghij', '[secret]'],
  ['api_key=Zx81-secret-value', 'Zx81-secret-value', '[secret]'],
  ['{"password": "hunter2"}', 'hunter2', '[secret]'],
  ['密码：abc123456', 'abc123456', '[secret]'],
  ['App Certificate 5f4dcc3b5aa765d61d8327deb882cf99', '5f4dcc3b5aa765d61d8327deb882cf99', '[secret]'],
  ['hash 3f786850e387550fdab836ed7e6dc881de23001b', '3f786850e387550fdab836ed7e6dc881de23001b', '[secret]'],
];

/** Things that look like numbers or identifiers but are what support needs to find the call. */
const KEPT: string[] = [
  'call ID 8f14e45f-ceea-467f-a8e4-1c7b2a9d3e10 froze',
  'channel id: live-8842',
  '房间号: 889123',
  'Slack channel C0123ABCD, user U0456EFGH',
  'message ts 1718012345.123456',
  'unix time 1718012345',
  'epoch ms 1718012345678',
  '2024-06-12 14:30:05 it happened',
  '昨晚 21:05:33 开始卡',
  'on 2024/06/12 and 12.06.2024',
  'price ¥1,299.00 per month',
  'we pay $12.99 or ¥ 3888',
  'SDK 4.2.1 on Android 14',
  'Agora SDK version 4.3.1.205',
  'upgraded to v3.7.0.2 yesterday',
  'iOS 17.2.1 on iPhone 15 Pro',
  'build 20240612.1 is affected',
  'order 2024061512345678 was refunded',
  '订单号 6000123456789012 的问题',
  'ticket #12345 and case 98765',
  '工单号 20240612001',
  'error code 1006, then 0x80004005',
  'uid 123456789 and room 100200300',
  'resolution 1920x1080 at 30fps, 1200 kbps',
  'packet loss 8%, latency 350 ms, UTC+8',
  'GMT+08:00 evening, around 21:00',
  'commit a1b2c3d is deployed',
  'ID card number 110105194912310021 looks wrong',
  'an 18-digit order 123456789012345678',
  'Email us via the support page, or @channel',
  'user@ alone, or a@b',
  'MAC 00:1A:2B:3C:4D:5E on the router',
  'std::vector crash at 12:30:45',
  'ThisIsAVeryLongCamelCaseIdentifierNameForTheRoom',
  'https://docs.example.com/rtc/android/ReleaseNotesForVersion4Point2/Index.html',
  'Pixel 8 and Galaxy S23 Ultra, Mate 60 Pro',
];

describe('redaction before a model sees the text', () => {
  it.each(REDACTED)('%j loses %j', (text, secret, label) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(label);
  });

  it.each(KEPT)('%j is kept as it is', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('keeps the complaint around what it removes', () => {
    const out = redact(
      'Calls drop. Reach me at li.wei@acme.cn or +86 13812345678, server 10.2.3.4, token xoxb-1234-abcd, ' +
        'api_key=sk-abcdefghijklmnopqrstuvwx',
    );
    expect(out).toBe('Calls drop. Reach me at [email] or [phone], server [ip], token [secret], api_key=[secret]');
  });

  it('keeps the key name of a key-value secret and the scheme of a bearer token', () => {
    expect(redact('password: hunter2 then Bearer abcdefghijklmnop123')).toBe('password: [secret] then Bearer [secret]');
  });

  it('redacts each of several numbers next to each other', () => {
    expect(redact('138 0013 8000 139 1234 5678')).toBe('[phone] [phone]');
    expect(redact('13800138000/13912345678')).toBe('[phone]/[phone]');
  });

  it('has a table of at least 90 realistic cases', () => {
    expect(REDACTED.length + KEPT.length).toBeGreaterThanOrEqual(90);
  });
});
