import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeReport, type Report } from '../../src/domain/report.js';
import { postReportJob, uploadChartJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { AGENT, CHANNEL, claimed, jobDeps, NOW, redelivered, TRIAGE, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({ report: undefined as Report | undefined }));
vi.mock('../../src/services/report.js', () => ({ buildReport: vi.fn(async () => state.report) }));
const PNG = vi.hoisted(() => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
vi.mock('../../src/services/chart.js', () => ({ renderReportChart: vi.fn(async () => PNG) }));
const outbox = vi.hoisted(() => ({ enqueueJob: vi.fn(async () => true), enqueueJobs: vi.fn(), jobPending: vi.fn() }));
vi.mock('../../src/db/queries/outbox.js', () => outbox);
const { buildReport } = await import('../../src/services/report.js');

function reportOf(count: number): Report {
  return computeReport({
    since: new Date(NOW.getTime() - 7 * 86_400_000),
    until: NOW,
    timeZone: 'Asia/Shanghai',
    escalations: { warnings: 0, engineer: 0, lead: 0 },
    previous: [],
    drafts: [],
    knownProblems: [],
    tickets: Array.from({ length: count }, (_, i) => ({
      id: i + 1,
      channelId: CHANNEL,
      customerUserId: `UCUST${i}`,
      status: 'waiting_on_us' as const,
      enterprise: false,
      category: 'connectivity' as const,
      priority: 'high' as const,
      createdAt: new Date(NOW.getTime() - (i + 1) * 3_600_000),
      firstRespondedAt: null,
      resolvedAt: null,
      rating: null,
      facts: {},
      firstResponse: 'pending' as const,
      side: null,
      rootCause: null,
      fix: null,
    })),
  });
}

describe('the report jobs', () => {
  const env = useSlack();
  beforeEach(() => {
    outbox.enqueueJob.mockClear();
  });

  describe('report.post', () => {
    const asked = { days: 7, requestedBy: AGENT, until: NOW.toISOString() };

    it('posts the review for the period asked, says who asked, and queues its chart in the thread', async () => {
      state.report = reportOf(3);
      const deps = jobDeps(env.client);
      const result = await runJob(claimed(postReportJob, asked), deps);
      const [review] = env.slack.posts({ channel: TRIAGE });
      expect(review!.text).toContain(`Asked by <@${AGENT}>`);
      expect(buildReport).toHaveBeenLastCalledWith(deps.db, expect.objectContaining({ days: 7, until: NOW }));
      expect(result).toEqual({ ts: review!.ts, total: 3 });
      expect(outbox.enqueueJob).toHaveBeenCalledWith(deps.db, {
        kind: 'report.chart',
        lane: 'default',
        rank: 2,
        payload: expect.objectContaining({ threadTs: review!.ts, until: asked.until }),
        onceKey: `chart:${review!.ts}`,
      });
      expect(deps.wake).toHaveBeenCalled();
      expect(env.slack.contractBreaks).toEqual([]);
    });

    it('posts one review when run again after an attempt whose outcome was not known', async () => {
      state.report = reportOf(1);
      const row = claimed(postReportJob, asked);
      await runJob(row, jobDeps(env.client));
      await runJob(redelivered(row), jobDeps(env.client));
      expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
      // The chart is keyed by the review's message, so the second run queues the same chart, not another.
      const keys = outbox.enqueueJob.mock.calls
        .map((c) => (c as unknown[])[1])
        .map((j) => (j as { onceKey: string }).onceKey);
      expect(new Set(keys).size).toBe(1);
    });

    it('draws no chart for an empty period', async () => {
      state.report = reportOf(0);
      await runJob(claimed(postReportJob, asked), jobDeps(env.client));
      expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
      expect(outbox.enqueueJob).not.toHaveBeenCalled();
    });

    it('keys the weekly digest by its due time, so every instance that sees it due adds the same one', () => {
      const digest = { days: 7, requestedBy: null, until: '2026-11-23T01:00:00.000Z', digest: true };
      expect(postReportJob.keyOf(digest)).toBe('digest:2026-11-23T01:00:00.000Z');
      expect(postReportJob.keyOf(asked)).not.toBe(postReportJob.keyOf({ ...asked, requestedBy: 'UOTHER001' }));
    });
  });

  describe('report.chart', () => {
    it('uploads the chart into the review’s thread through Slack’s external upload', async () => {
      const report = reportOf(2);
      const threadTs = '1772445900.000300';
      const payload = { until: NOW.toISOString(), threadTs, byCategory: report.byCategory, daily: report.daily };
      const result = await runJob(claimed(uploadChartJob, payload), jobDeps(env.client));
      expect(result).toEqual({ bytes: PNG.length });
      expect(env.slack.uploads.at(-1)!.bytes.equals(PNG)).toBe(true);
      expect(env.slack.uploads).toContainEqual(
        expect.objectContaining({ filename: 'complaint-review-2026-03-02.png', channel: TRIAGE }),
      );
      expect(env.slack.callsOf('files.completeUploadExternal')[0]!.args).toMatchObject({ thread_ts: threadTs });
    });
  });
});
