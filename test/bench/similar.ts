/**
 * Similar-ticket search at scale: 100,000 resolved tickets (English and Chinese complaints built from a vocabulary of
 * symptoms, scenarios, devices, systems, networks and regions, plus a long tail of other words), then the card's
 * query for complaints of every kind, timed, with EXPLAIN ANALYZE of a common-word and a rare-word query.
 * Alone: `npx tsx test/bench/similar.ts` (PGlite) or with DATABASE_URL (a fresh PostgreSQL database, dropped after).
 */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { similarResolved, SIMILAR_WINDOW } from '../../src/db/queries/similar.js';
import { textArrayLiteral } from '../../src/db/text-array.js';
import { tickets } from '../../src/db/schema/index.js';
import { extractFacts } from '../../src/domain/facts.js';
import { percentile } from '../../src/domain/report.js';
import { RESOLUTION_SIDES } from '../../src/domain/resolution.js';
import { ticketTerms } from '../../src/domain/similarity.js';
import type { Category } from '../../src/domain/taxonomy.js';

const SYMPTOMS: Record<Category, { en: string[]; zh: string[] }> = {
  connectivity: {
    en: [
      'calls keep dropping',
      'cannot connect to the room',
      'disconnects every few minutes',
      'join fails with a timeout',
    ],
    zh: ['通话老是掉线', '无法接通', '频繁断开', '进房间失败'],
  },
  av_quality: {
    en: ['video stutters and freezes', 'the picture is blurry', 'there is an echo', 'audio and video are out of sync'],
    zh: ['视频很卡', '画面模糊', '有回声', '音画不同步'],
  },
  crash: {
    en: ['the app crashes on start', 'it crashes when the call ends'],
    zh: ['一进房间就闪退', '通话结束时崩溃'],
  },
  feature: { en: ['the beauty filter does not work', 'screen recording is black'], zh: ['美颜不生效', '录屏是黑屏'] },
  compatibility: {
    en: ['only this phone model has the problem', 'fails only on the new system version'],
    zh: ['只有这个机型有问题', '升级系统后才出现'],
  },
  other: { en: ['we have a question about the service'], zh: ['想咨询一下服务'] },
};
const SCENARIOS = {
  en: ['in 1v1 video calls', 'during live co-hosting', 'in our voice room', 'in online class'],
  zh: ['视频通话的时候', '直播连麦的时候', '语音房里', '上课的时候'],
};
const DEVICES = [
  'iPhone 12',
  'iPhone 14',
  'iPhone 15 Pro',
  'Pixel 7',
  'Pixel 8',
  'Galaxy S22',
  'Galaxy A54',
  '华为 P40',
  '华为 Mate 60',
  '小米 13',
  'Redmi Note 12',
  'OPPO Reno 10',
  'vivo X90',
];
const OSES = ['iOS 16', 'iOS 17', 'Android 12', 'Android 13', 'Android 14', 'HarmonyOS 4'];
const NETWORKS = {
  en: ['on 4G', 'on 5G', 'on Wi-Fi', 'on mobile data'],
  zh: ['用的 4G', '用的 5G', '连的 Wi-Fi', '用流量'],
};
const REGIONS = {
  en: ['in Jakarta', 'in Manila', 'in Singapore', 'in Bangkok', 'in Sao Paulo', 'in Dubai', 'in Lagos'],
  zh: ['在上海', '在北京', '在广州', '在深圳', '在成都', '在雅加达'],
};
/** A long tail of other words, as real complaints have: each ticket takes a few. */
const TAIL_EN = Array.from({ length: 600 }, (_, i) => `word${i.toString(36)}x`);
const TAIL_ZH = Array.from({ length: 400 }, (_, i) =>
  String.fromCodePoint(0x4e00 + ((i * 37) % 20000), 0x4e00 + ((i * 91 + 7) % 20000)),
);

/** A fixed sequence, so every run builds the same table. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const CATEGORIES: Category[] = [
  'connectivity',
  'connectivity',
  'av_quality',
  'av_quality',
  'av_quality',
  'crash',
  'feature',
  'compatibility',
  'other',
];

export function complaint(rand: () => number): { category: Category; text: string } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Skewed towards the first items, as real traffic is: a few devices and regions are most of it.
  const skew = <T>(xs: readonly T[]) => xs[Math.floor(xs.length * rand() ** 2)]!;
  const category = pick(CATEGORIES);
  const zh = rand() < 0.4;
  const lang = zh ? 'zh' : 'en';
  const parts = [pick(SYMPTOMS[category][lang]), pick(SCENARIOS[lang])];
  if (rand() < 0.7) parts.push(skew(DEVICES));
  if (rand() < 0.5) parts.push(skew(OSES));
  if (rand() < 0.6) parts.push(pick(NETWORKS[lang]));
  if (rand() < 0.6) parts.push(skew(REGIONS[lang]));
  const tail = zh ? TAIL_ZH : TAIL_EN;
  for (let i = 0; i < 3; i++) parts.push(skew(tail));
  return { category, text: parts.join(zh ? '，' : ', ') };
}

async function fill(database: Database, total: number): Promise<void> {
  const rand = random(12);
  const now = Date.now();
  const batch = 2000;
  for (let start = 0; start < total; start += batch) {
    const rows = Array.from({ length: Math.min(batch, total - start) }, (_, k) => {
      const i = start + k;
      const { category, text } = complaint(rand);
      const facts = extractFacts(text);
      const at = new Date(now - (1 + (i % 700)) * 86_400_000 + i);
      return {
        channelId: `CSIM${i % 300}`,
        rootTs: `1500000000.${String(i).padStart(6, '0')}`,
        customerUserId: `USIM${i}`,
        category,
        priority: 'medium' as const,
        language: 'en' as const,
        status: 'resolved' as const,
        facts,
        searchTerms: ticketTerms({ customerTexts: [text], facts }),
        side: RESOLUTION_SIDES[i % RESOLUTION_SIDES.length]!,
        rootCause: `cause ${i % 500}`,
        fix: i % 3 === 0 ? null : `fix ${i % 200}`,
        triageTs: `1500000001.${String(i).padStart(6, '0')}`,
        createdAt: at,
        lastCustomerMessageAt: at,
        resolvedAt: at,
      };
    });
    await database.db.insert(tickets).values(rows);
  }
  await database.db.execute(sql`vacuum analyze tickets`);
}

export interface SimilarBench {
  tickets: number;
  queries: number;
  p50: number;
  p95: number;
  max: number;
  plans: Array<{ label: string; lines: string[] }>;
}

/** Times the card's query for `queries` complaints (each once warm), and explains two of them. */
export async function benchSimilar(database: Database, total: number, queries = 200): Promise<SimilarBench> {
  await fill(database, total);
  const rand = random(99);
  const asks = Array.from({ length: queries }, () => {
    const { category, text } = complaint(rand);
    return { category, terms: ticketTerms({ customerTexts: [text], facts: extractFacts(text) }) };
  });
  for (const a of asks.slice(0, 20)) await similarResolved(database.db, a);
  const times: number[] = [];
  for (const a of asks) {
    const t0 = performance.now();
    await similarResolved(database.db, a);
    times.push(performance.now() - t0);
  }
  const explain = async (label: string, category: Category, text: string) => {
    const terms = textArrayLiteral(ticketTerms({ customerTexts: [text], facts: extractFacts(text) }));
    const rows = await database.rows<{ 'QUERY PLAN': string }>(sql`explain analyze
      select id from tickets
      where status = 'resolved' and (root_cause is not null or fix is not null)
        and category = ${category} and search_terms && ${terms}::text[] and id <> 0
      order by resolved_at desc nulls last limit ${SIMILAR_WINDOW}`);
    return { label: `${label}: "${text}"`, lines: rows.map((r) => r['QUERY PLAN']) };
  };
  const plans = [
    await explain(
      'common words',
      'av_quality',
      'video stutters and freezes in 1v1 video calls, iPhone 12, on 4G, in Jakarta',
    ),
    await explain('rare words', 'connectivity', `join fails with a timeout, ${TAIL_EN[590]}, ${TAIL_EN[597]}`),
    await explain('Chinese', 'av_quality', '直播连麦的时候视频很卡，华为 P40，在上海'),
  ];
  return {
    tickets: total,
    queries,
    p50: percentile(times, 0.5)!,
    p95: percentile(times, 0.95)!,
    max: Math.max(...times),
    plans,
  };
}

export function printSimilar(r: SimilarBench): void {
  console.log(
    `\n5. Similar past tickets: ${r.tickets.toLocaleString('en')} resolved tickets, ` +
      `${r.queries} complaints asked once each`,
  );
  console.log(
    `   card query: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ` +
      `max ${r.max.toFixed(1)} ms (target < 20 ms)`,
  );
  for (const plan of r.plans) {
    console.log(`   plan of the candidate scan, ${plan.label}`);
    for (const line of plan.lines) console.log(`     ${line}`);
  }
}

/** A database of its own: a fresh one on PostgreSQL (DATABASE_URL), or PGlite in memory. */
export async function withBenchDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await migrate(db);
      return await run(db);
    } finally {
      await db.close();
    }
  }
  const name = `cd_bench_similar_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  try {
    await migrate(db);
    return await run(db);
  } finally {
    await db.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const total = Number(process.env.BENCH_SIMILAR_TICKETS ?? 100_000);
  withBenchDatabase((db) => benchSimilar(db, total)).then(
    (r) => {
      console.log(`Similar-ticket search — ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
      printSimilar(r);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
