import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImage } from '@napi-rs/canvas';
import { slaClocks, ticketActivity, tickets } from '../../src/db/schema/index.js';
import { lastDigestAt } from '../../src/domain/digest.js';
import { median, percentile } from '../../src/domain/report.js';
import { renderReportChart } from '../../src/services/chart.js';
import { buildReport } from '../../src/services/report.js';
import { reportMessage } from '../../src/views/report.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const MIN = 60_000;
const until = new Date('2026-11-21T00:00:00Z');
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h));

/**
 * Eight tickets over three days with answers worked out by hand:
 * - first replies after 5, 10, 20, 40 and 90 minutes → median 20m, p90 (nearest rank of 5) 90m
 * - on time: 5m, 10m, 20m (targets 15/15/30) = 3; late: 40m (30m target), 90m (15m target), and one unanswered past due
 * = 3 → 50 %
 * - one ticket still within its target (pending), one resolved without a clock decision
 */
const SEED: Array<{
  channel: string;
  category: 'connectivity' | 'av_quality' | 'crash' | 'feature';
  created: Date;
  replyMin: number | null;
  targetMin: number;
  rating?: number;
  facts?: Record<string, string>;
  clock: 'met' | 'running' | 'cancelled';
}> = [
  {
    channel: 'CA',
    category: 'connectivity',
    created: day(18),
    replyMin: 5,
    targetMin: 15,
    rating: 5,
    facts: { device: 'iPhone 14', region: 'Jakarta', network: '4G', scenario: 'live co-hosting' },
    clock: 'met',
  },
  {
    channel: 'CA',
    category: 'connectivity',
    created: day(18, 12),
    replyMin: 10,
    targetMin: 15,
    rating: 4,
    facts: { device: 'iPhone 14', region: 'Jakarta', network: '4G' },
    clock: 'met',
  },
  {
    channel: 'CB',
    category: 'av_quality',
    created: day(19),
    replyMin: 20,
    targetMin: 30,
    rating: 3,
    facts: { device: 'Pixel 8', network: 'Wi-Fi', scenario: '1v1 call' },
    clock: 'met',
  },
  {
    channel: 'CB',
    category: 'av_quality',
    created: day(19, 15),
    replyMin: 40,
    targetMin: 30,
    facts: { network: 'Wi-Fi', region: 'Manila' },
    clock: 'met',
  },
  {
    channel: 'CC',
    category: 'connectivity',
    created: day(20),
    replyMin: 90,
    targetMin: 15,
    rating: 1,
    facts: { region: 'Jakarta' },
    clock: 'met',
  },
  { channel: 'CC', category: 'crash', created: day(20, 11), replyMin: null, targetMin: 15, clock: 'running' },
  {
    channel: 'CA',
    category: 'feature',
    created: new Date(until.getTime() - 10 * MIN),
    replyMin: null,
    targetMin: 120,
    clock: 'running',
  },
  { channel: 'CB', category: 'feature', created: day(19, 9), replyMin: null, targetMin: 120, clock: 'cancelled' },
];

describe('complaint review', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const db = t.database.db;
    for (const [i, s] of SEED.entries()) {
      const replied = s.replyMin === null ? null : new Date(s.created.getTime() + s.replyMin * MIN);
      const [row] = await db
        .insert(tickets)
        .values({
          channelId: s.channel,
          rootTs: `${i}.000001`,
          customerUserId: `U${i}`,
          category: s.category,
          priority: 'high',
          language: 'en',
          facts: s.facts ?? {},
          createdAt: s.created,
          lastCustomerMessageAt: s.created,
          firstRespondedAt: replied,
          rating: s.rating ?? null,
          status: replied ? 'waiting_on_customer' : 'waiting_on_us',
        })
        .returning();
      const due = new Date(s.created.getTime() + s.targetMin * MIN);
      await db.insert(slaClocks).values({
        ticketId: row!.id,
        kind: 'first_response',
        cycle: 0,
        state: s.clock,
        startedAt: s.created,
        targetMs: s.targetMin * MIN,
        dueAt: due,
        runningSince: s.clock === 'running' ? s.created : null,
        breachedAt: replied && replied > due ? due : null,
      });
    }
    // Escalations in range, and one before it that must not count.
    await db.insert(ticketActivity).values([
      { ticketId: 1, at: day(20, 12), action: 'escalation_warning' },
      { ticketId: 1, at: day(20, 12), action: 'escalation_engineer' },
      { ticketId: 1, at: day(20, 13), action: 'escalation_lead' },
      { ticketId: 1, at: day(20, 13), action: 'escalation_engineer' },
      { ticketId: 1, at: day(1), action: 'escalation_engineer' },
    ]);
  });
  afterAll(() => t.drop());

  it('counts volume, response times, attainment, escalations, satisfaction and patterns exactly', async () => {
    const report = await buildReport(t.database.db, { days: 7, until, timeZone: 'UTC', now: until });
    expect(report.total).toBe(8);
    expect(report.byCategory).toMatchObject({
      connectivity: 3,
      av_quality: 2,
      crash: 1,
      feature: 2,
      compatibility: 0,
      other: 0,
    });
    expect(report.byCustomer).toEqual([
      { channelId: 'CA', count: 3 },
      { channelId: 'CB', count: 3 },
      { channelId: 'CC', count: 2 },
    ]);
    expect(report.firstResponse).toEqual({
      met: 3,
      breached: 3,
      pending: 1,
      attainmentPct: 50,
      medianMs: 20 * MIN,
      p90Ms: 90 * MIN,
    });
    expect(report.escalations).toEqual({ warnings: 1, engineer: 2, lead: 1 });
    expect(report.satisfaction).toEqual({ count: 4, average: 3.25, distribution: { 1: 1, 2: 0, 3: 1, 4: 1, 5: 1 } });
    expect(report.top.devices).toEqual([
      ['iPhone 14', 2],
      ['Pixel 8', 1],
    ]);
    expect(report.top.regions[0]).toEqual(['Jakarta', 3]);
    expect(report.top.networks).toEqual([
      ['4G', 2],
      ['Wi-Fi', 2],
    ]);
    expect(report.repeated).toEqual(
      expect.arrayContaining([
        { category: 'connectivity', attribute: 'region', value: 'Jakarta', count: 3 },
        { category: 'connectivity', attribute: 'device', value: 'iPhone 14', count: 2 },
        { category: 'av_quality', attribute: 'network', value: 'Wi-Fi', count: 2 },
      ]),
    );
    expect(report.daily.map((d) => d.day)).toEqual([
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(report.daily[0]).toMatchObject({ attainmentPct: null, byCategory: { connectivity: 0 } });
    expect(report.daily[4]).toMatchObject({ attainmentPct: 100, byCategory: { connectivity: 2 } });
    expect(report.daily[6]).toMatchObject({ attainmentPct: 0 });

    const message = reportMessage(report, 'Weekly complaint review');
    expect(message.text).toContain('8 complaints');
    expect(JSON.stringify(message.blocks)).toContain('median 20m, 90th percentile 1h 30m');
  });

  it('draws the chart as a valid PNG', async () => {
    const report = await buildReport(t.database.db, { days: 7, until, timeZone: 'UTC', now: until });
    const png = await renderReportChart(report, { width: 900, height: 450 });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(900);
    expect(png.readUInt32BE(20)).toBe(450);
    const image = await loadImage(png);
    expect(image.width).toBe(900);
  });
});

describe('statistics and schedule', () => {
  it('median and nearest-rank percentile', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([5], 0.9)).toBe(5);
  });

  it('finds the last weekly digest time in the business time zone', () => {
    const schedule = { day: 1, minute: 9 * 60 };
    // Saturday 21 Nov 2026 → Monday 16 Nov 09:00 Shanghai = 01:00Z.
    expect(lastDigestAt(new Date('2026-11-21T12:00:00Z'), schedule, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-16T01:00:00.000Z',
    );
    // Monday 08:59 local is still last week's.
    expect(lastDigestAt(new Date('2026-11-23T00:59:00Z'), schedule, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-16T01:00:00.000Z',
    );
    expect(lastDigestAt(new Date('2026-11-23T01:00:00Z'), schedule, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-23T01:00:00.000Z',
    );
  });
});
