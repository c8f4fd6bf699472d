import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { similarResolved } from '../../src/db/queries/similar.js';
import { textArrayLiteral } from '../../src/db/text-array.js';
import { tickets } from '../../src/db/schema/index.js';
import { extractFacts } from '../../src/domain/facts.js';
import type { ResolutionSide } from '../../src/domain/resolution.js';
import { similarityScore, ticketTerms, wordTerms } from '../../src/domain/similarity.js';
import type { Category } from '../../src/domain/taxonomy.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

interface Seed {
  key: string;
  category: Category;
  text: string;
  side?: ResolutionSide;
  rootCause?: string;
  fix?: string;
  status?: 'resolved' | 'waiting_on_us';
  resolvedDaysAgo?: number;
}

/** Resolved tickets with a known answer for each query below. */
const SEEDS: Seed[] = [
  {
    key: 'jakarta-4g',
    category: 'connectivity',
    text: 'Calls keep dropping every few minutes on 4G, our users are in Jakarta',
    side: 'customer_network',
    rootCause: 'Operator backbone upgrade in Jakarta',
    fix: 'Advised Wi-Fi until the operator finished',
  },
  {
    key: 'jakarta-4g-zh',
    category: 'connectivity',
    text: '视频通话老是掉线，用户在雅加达，用的 4G',
    side: 'customer_network',
    rootCause: '雅加达运营商骨干网升级',
    fix: '建议先用 Wi-Fi',
  },
  {
    key: 'firewall',
    category: 'connectivity',
    text: 'Cannot connect to the live room from the office, the firewall blocks UDP',
    side: 'customer_config',
    rootCause: 'Corporate firewall blocked UDP',
    fix: 'Opened the UDP ports',
  },
  {
    key: 'pixel-switch',
    category: 'connectivity',
    text: 'Disconnects when switching from Wi-Fi to 5G on Pixel 8',
    side: 'our_service',
    rootCause: 'SDK did not reconnect on a network change',
    fix: 'SDK 4.2.1',
  },
  // Same words as the first, but nobody recorded why: nothing to learn from it.
  {
    key: 'no-cause',
    category: 'connectivity',
    text: 'Calls keep dropping on 4G in Jakarta all day',
    side: 'not_found',
  },
  // Same words again, but another kind of problem.
  {
    key: 'other-category',
    category: 'feature',
    text: 'Calls keep dropping on 4G in Jakarta when the beauty filter is on',
    side: 'our_service',
    rootCause: 'Filter crash',
  },
  // Still open: not a past answer.
  {
    key: 'open',
    category: 'connectivity',
    text: 'Calls keep dropping on 4G in Jakarta',
    status: 'waiting_on_us',
    rootCause: 'draft note',
  },
  {
    key: 'p40-cohost',
    category: 'av_quality',
    text: '直播连麦的时候画面很卡很模糊，主播用的华为 P40',
    side: 'customer_device',
    rootCause: 'P40 硬件编码兼容问题',
    fix: 'SDK 4.3 关闭硬编',
  },
  {
    key: 'echo-room',
    category: 'av_quality',
    text: '语音房里一直有回声，大家都听到自己的声音',
    side: 'our_service',
    rootCause: '回声消除未开启',
    fix: '打开 AEC',
  },
  {
    key: 'echo-en',
    category: 'av_quality',
    text: 'Terrible echo in our voice room on Android 14',
    side: 'our_service',
    rootCause: 'Echo cancellation off on Android 14 with SDK 4.2',
    fix: 'SDK 4.2.2',
    resolvedDaysAgo: 3,
  },
  {
    key: 'blurry-1v1',
    category: 'av_quality',
    text: 'The video is blurry in 1v1 calls on iPhone 12',
    side: 'customer_network',
    rootCause: 'Weak Wi-Fi',
    fix: 'Advised 5 GHz',
  },
];

describe('similar past tickets', () => {
  let db: TestDatabase;
  const idOf = new Map<string, number>();
  const keyOf = new Map<number, string>();
  const now = new Date('2026-11-20T10:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const [i, s] of SEEDS.entries()) {
      const facts = extractFacts(s.text);
      const [row] = await db.database.db
        .insert(tickets)
        .values({
          channelId: `CSIM${i}`,
          rootTs: `1700000000.${String(i).padStart(6, '0')}`,
          customerUserId: `USIM${i}`,
          category: s.category,
          priority: 'medium',
          language: /\p{Script=Han}/u.test(s.text) ? 'zh' : 'en',
          status: s.status ?? 'resolved',
          facts,
          searchTerms: ticketTerms({ customerTexts: [s.text], facts }),
          side: s.side ?? null,
          rootCause: s.rootCause ?? null,
          fix: s.fix ?? null,
          createdAt: new Date(now.getTime() - 30 * 86_400_000),
          lastCustomerMessageAt: new Date(now.getTime() - 30 * 86_400_000),
          resolvedAt: s.status ? null : new Date(now.getTime() - (s.resolvedDaysAgo ?? 10 + i) * 86_400_000),
          triageTs: `1700000001.${String(i).padStart(6, '0')}`,
        })
        .returning();
      idOf.set(s.key, row!.id);
      keyOf.set(row!.id, s.key);
    }
  });
  afterAll(() => db.drop());

  const search = async (category: Category, text: string) => {
    const facts = extractFacts(text);
    const found = await similarResolved(db.database.db, {
      category,
      terms: ticketTerms({ customerTexts: [text], facts }),
    });
    return found.map((t) => keyOf.get(t.id));
  };

  it('finds an English complaint’s answer first, and the Chinese ticket with the same facts after it', async () => {
    expect(await search('connectivity', 'Our calls drop all the time on 4G, users in Jakarta')).toEqual([
      'jakarta-4g',
      'jakarta-4g-zh',
    ]);
  });

  it('finds a Chinese complaint’s answer by its words and facts', async () => {
    expect((await search('av_quality', '连麦直播的时候视频特别卡，画面模糊，手机是华为 P40'))[0]).toBe('p40-cohost');
    expect(await search('av_quality', '语音房有回声')).toEqual(['echo-room', 'echo-en']);
  });

  it('matches English words in any form, and ranks shared facts above shared words', async () => {
    expect((await search('connectivity', 'We keep getting disconnected switching to 5G, Pixel 8 phones'))[0]).toBe(
      'pixel-switch',
    );
    expect(await search('connectivity', 'Firewall at our office blocks the connection')).toEqual(['firewall']);
  });

  it('never returns open tickets, other categories, tickets without a cause, or weak matches', async () => {
    const all = [
      ...(await search('connectivity', 'Calls keep dropping on 4G in Jakarta')),
      ...(await search('feature', 'Calls keep dropping on 4G in Jakarta')),
    ];
    expect(all).not.toContain('no-cause');
    expect(all).not.toContain('open');
    expect(await search('feature', 'Calls keep dropping on 4G in Jakarta')).toEqual(['other-category']);
    expect(await search('connectivity', 'hello, a question about billing')).toEqual([]);
  });

  it('leaves out the ticket itself, and returns at most three', async () => {
    const id = idOf.get('jakarta-4g')!;
    const terms = ticketTerms({ customerTexts: [SEEDS[0]!.text], facts: extractFacts(SEEDS[0]!.text) });
    const found = await similarResolved(db.database.db, { category: 'connectivity', terms, excludeTicketId: id });
    expect(found.map((t) => t.id)).not.toContain(id);
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found[0]).toMatchObject({ rootCause: '雅加达运营商骨干网升级', side: 'customer_network' });
  });

  it('keeps any fact value one array element, whatever it holds', async () => {
    const odd = ['device=a,"b"\\c{d}', '视频'];
    const literal = textArrayLiteral(odd);
    const [row] = await db.database.rows<{ n: number; first: string }>(
      sql`select cardinality(${literal}::text[]) as n, (${literal}::text[])[1] as first`,
    );
    expect(Number(row!.n)).toBe(2);
    expect(row!.first).toBe(odd[0]);
  });

  it('reads each stored term back whole, whatever it holds, on either driver', async () => {
    const odd = ['device=a,"b"\\c{d}', 'x', 'y z', 'NULL'];
    const [row] = await db.database.db
      .insert(tickets)
      .values({
        channelId: 'CSIMODD',
        rootTs: '1700000002.000001',
        customerUserId: 'USIMODD',
        category: 'other',
        priority: 'medium',
        language: 'en',
        status: 'resolved',
        searchTerms: odd,
        rootCause: 'odd terms',
        createdAt: now,
        lastCustomerMessageAt: now,
        resolvedAt: now,
      })
      .returning();
    const found = await similarResolved(db.database.db, { category: 'other', terms: odd });
    expect(found.map((t) => [t.id, t.score])).toEqual([[row!.id, similarityScore(odd, odd)]]);
  });
});

describe('similarity terms', () => {
  it('stems English forms together and pairs Chinese characters', () => {
    expect(wordTerms('drops dropped dropping')).toEqual(['drop']);
    expect(wordTerms('视频卡顿')).toEqual(['视频', '频卡', '卡顿']);
    expect(wordTerms('the and please')).toEqual([]);
  });

  it('reads 40 KB of hostile text in bounded time and keeps a bounded number of terms', () => {
    const text = `${'卡'.repeat(20_000)}${'dropping '.repeat(2_000)}${'a'.repeat(10_000)}`;
    const started = performance.now();
    const terms = wordTerms(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(terms.length).toBeLessThanOrEqual(48);
  });

  it('weighs a shared fact as three shared words', () => {
    expect(similarityScore(['device=p40', 'echo'], ['device=p40', 'echo', 'room'])).toBe(4);
  });
});
