import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { drafts, knownProblems, tickets } from '../../src/db/schema/index.js';
import type { Facts } from '../../src/domain/facts.js';
import type { ResolutionSide } from '../../src/domain/resolution.js';
import type { Category } from '../../src/domain/taxonomy.js';
import { renderReportChart } from '../../src/services/chart.js';
import { buildReport } from '../../src/services/report.js';
import { reportMessage } from '../../src/views/report.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

const until = new Date('2026-11-21T00:00:00Z');
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h));

/**
 * Worked by hand. This week (14–20 Nov): five resolved tickets and one open one; the week before: four.
 * - sides of the resolved ones: customer network 2, our service 2, one resolved without saying
 * - causes: "Operator backbone upgrade" twice (spelled two ways), "Echo cancellation off" once
 * - rose against the week before: Android 14 0→2, Manila 0→2, iPhone 14 1→2, Pixel 8 1→2; Jakarta stayed at 3
 */
const THIS_WEEK: Array<{
  category: Category;
  created: Date;
  side?: ResolutionSide;
  rootCause?: string;
  facts: Facts;
  open?: boolean;
}> = [
  {
    category: 'connectivity',
    created: day(15),
    side: 'customer_network',
    rootCause: 'Operator backbone upgrade',
    facts: { device: 'iPhone 14', region: 'Jakarta', os: 'iOS 17' },
  },
  {
    category: 'connectivity',
    created: day(16),
    side: 'customer_network',
    rootCause: ' operator  backbone upgrade ',
    facts: { device: 'iPhone 14', region: 'Jakarta' },
  },
  {
    category: 'av_quality',
    created: day(16, 12),
    side: 'our_service',
    rootCause: 'Echo cancellation off',
    facts: { device: 'Pixel 8', os: 'Android 14', region: 'Manila' },
  },
  { category: 'av_quality', created: day(17), side: 'our_service', facts: { os: 'Android 14', region: 'Manila' } },
  { category: 'crash', created: day(18), facts: { device: 'Pixel 8' } },
  { category: 'feature', created: day(19), facts: { region: 'Jakarta' }, open: true },
];
const WEEK_BEFORE: Facts[] = [
  { device: 'iPhone 14', region: 'Jakarta' },
  { region: 'Jakarta' },
  { region: 'Jakarta' },
  { device: 'Pixel 8' },
];

describe('the review answers why', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const db = t.database.db;
    const rows = [
      ...THIS_WEEK.map((s, i) => ({
        channelId: 'CWHY',
        rootTs: `${i}.000001`,
        customerUserId: `UWHY${i}`,
        category: s.category,
        priority: 'medium' as const,
        language: 'en' as const,
        facts: s.facts,
        status: s.open ? ('waiting_on_us' as const) : ('resolved' as const),
        side: s.side ?? null,
        rootCause: s.rootCause ?? null,
        createdAt: s.created,
        lastCustomerMessageAt: s.created,
        resolvedAt: s.open ? null : new Date(s.created.getTime() + 3_600_000),
      })),
      ...WEEK_BEFORE.map((facts, i) => ({
        channelId: 'CWHY',
        rootTs: `${i}.000002`,
        customerUserId: `UWHYP${i}`,
        category: 'connectivity' as const,
        priority: 'medium' as const,
        language: 'en' as const,
        facts,
        status: 'resolved' as const,
        createdAt: day(8 + i),
        lastCustomerMessageAt: day(8 + i),
      })),
    ];
    const inserted = await db.insert(tickets).values(rows).returning();
    const ticketId = inserted[0]!.id;
    // Known problems: one resolved in the period after 50 hours (two tickets), one still open with three tickets (one
    // from the week before), one resolved before the period began (not shown).
    const [jakarta, echo] = await db
      .insert(knownProblems)
      .values([
        {
          title: 'Jakarta operator backbone upgrade',
          status: 'resolved',
          createdBy: 'UAGENT',
          createdAt: day(14),
          resolvedAt: day(16, 12),
        },
        { title: 'Echo on Android 14', status: 'open', createdBy: 'UAGENT', createdAt: day(16) },
        { title: 'Old problem', status: 'resolved', createdBy: 'UAGENT', createdAt: day(5), resolvedAt: day(6) },
      ])
      .returning();
    const idOf = (i: number) => inserted[i]!.id;
    await db
      .update(tickets)
      .set({ knownProblemId: jakarta!.id })
      .where(inArray(tickets.id, [idOf(0), idOf(1)]));
    await db
      .update(tickets)
      .set({ knownProblemId: echo!.id })
      .where(inArray(tickets.id, [idOf(2), idOf(3), idOf(THIS_WEEK.length)]));
    const draft = (source: 'model' | 'rules' | 'agent', status: string, extra: Record<string, unknown> = {}) => ({
      ticketId,
      cycle: 0,
      source,
      language: 'en' as const,
      reply: 'reply',
      summary: 'summary',
      status: status as 'sent',
      createdAt: day(15, 11),
      ...extra,
    });
    const [, edited] = await db
      .insert(drafts)
      .values([draft('model', 'sent'), draft('model', 'superseded')])
      .returning();
    await db.insert(drafts).values([
      // The agent's edit of the second model draft: counts as "edited" for the model, not as a draft of its own.
      draft('agent', 'sent', { editedFromId: edited!.id }),
      draft('rules', 'discarded'),
      draft('rules', 'superseded'),
      draft('rules', 'proposed'),
      draft('model', 'approved'),
      // Before the period: not counted.
      draft('model', 'sent', { createdAt: day(10) }),
    ]);
  });
  afterAll(() => t.drop());

  it('counts sides, causes, what rose and how drafts fared exactly', async () => {
    const report = await buildReport(t.database.db, { days: 7, until, timeZone: 'UTC', now: until });
    expect(report.total).toBe(6);
    expect(report.bySide).toEqual({
      customer_network: 2,
      customer_device: 0,
      our_service: 2,
      customer_config: 0,
      not_found: 0,
      unrecorded: 1,
    });
    expect(report.rootCauses).toEqual([
      ['operator backbone upgrade', 2],
      ['Echo cancellation off', 1],
    ]);
    expect(report.rising).toEqual([
      { attribute: 'os', value: 'Android 14', count: 2, previous: 0 },
      { attribute: 'region', value: 'Manila', count: 2, previous: 0 },
      { attribute: 'device', value: 'iPhone 14', count: 2, previous: 1 },
      { attribute: 'device', value: 'Pixel 8', count: 2, previous: 1 },
    ]);
    expect(report.drafts).toEqual({
      model: { as_drafted: 2, edited: 1, discarded: 0, replaced: 0, pending: 0 },
      rules: { as_drafted: 0, edited: 0, discarded: 1, replaced: 1, pending: 1 },
    });
    expect(report.knownProblems).toEqual([
      expect.objectContaining({
        title: 'Echo on Android 14',
        status: 'open',
        tickets: 3,
        resolveMs: null,
        openMs: 110 * 3_600_000,
      }),
      expect.objectContaining({
        title: 'Jakarta operator backbone upgrade',
        status: 'resolved',
        tickets: 2,
        resolveMs: 50 * 3_600_000,
        openMs: null,
      }),
    ]);
    const byDay = Object.fromEntries(report.daily.map((d) => [d.day, d.bySide]));
    expect(byDay['2026-11-15']).toMatchObject({ customer_network: 1, our_service: 0 });
    expect(byDay['2026-11-16']).toMatchObject({ customer_network: 1, our_service: 1 });
    expect(byDay['2026-11-17']).toMatchObject({ our_service: 1 });
    expect(byDay['2026-11-18']).toMatchObject({ customer_network: 0, our_service: 0 });

    const json = JSON.stringify(reportMessage(report, 'Weekly complaint review').blocks);
    expect(json).toContain('Customer network 2 · Our service 2 (1 resolved without saying)');
    expect(json).toContain('operator backbone upgrade (2)');
    expect(json).toContain('system *Android 14*: 2 complaints, 0 the period before');
    expect(json).toContain('*Echo on Android 14*: 3 tickets, open for');
    expect(json).toContain('*Jakarta operator backbone upgrade*: 2 tickets, resolved in 2d 2h');
    expect(json).toContain('Model: 3 drafted, 2 sent as drafted, 1 edited, 0 discarded, 0 replaced');
    expect(json).toContain('Built-in: 3 drafted, 0 sent as drafted, 0 edited, 1 discarded, 1 replaced, 1 waiting');
  });

  it('draws the sides over time under the daily volume', async () => {
    const report = await buildReport(t.database.db, { days: 7, until, timeZone: 'UTC', now: until });
    const png = await renderReportChart(report, { width: 900, height: 450 });
    expect(png.readUInt32BE(16)).toBe(900);
    expect(png.readUInt32BE(20)).toBe(450 + 315);
  });
});
