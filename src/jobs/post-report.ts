import { z } from 'zod';
import { RESOLUTION_SIDES } from '../domain/resolution.js';
import { CATEGORIES } from '../domain/taxonomy.js';
import { buildReport } from '../services/report.js';
import { postOnce } from '../slack/post-once.js';
import { reportMessage } from '../views/report.js';
import { postOptions } from './context.js';
import { defineJob } from './define.js';

const perCategory = z.record(z.enum(CATEGORIES), z.number());
const perSide = z.record(z.enum(RESOLUTION_SIDES), z.number());

/** The review in the triage channel; its chart follows in the thread as a separate, retryable step. */
export const postReportJob = defineJob({
  name: 'report.post',
  payload: z.object({
    days: z.number().int().positive(),
    /** Who asked with /complaints report; null for the weekly digest. */
    requestedBy: z.string().nullable(),
    /** The end of the period (ISO time): when it was asked for, or when the digest was due. */
    until: z.string(),
    digest: z.boolean().optional(),
  }),
  // A digest is posted once per due time, however many instances see it due; an asked-for review once
  // per asking.
  key: { once: (p) => (p.digest ? `digest:${p.until}` : `report:${p.requestedBy}:${p.until}`) },
  async run({ days, requestedBy, until, digest }, job, deps) {
    const report = await buildReport(deps.db, {
      days,
      until: new Date(until),
      timeZone: deps.config.sla.calendar.timeZone,
      now: deps.now(),
    });
    const title = digest ? 'Weekly complaint review' : `Complaint review, last ${days} day${days === 1 ? '' : 's'}`;
    const message = reportMessage(report, title);
    const posted = await postOnce(deps.client, {
      channel: deps.config.triageChannelId,
      text: requestedBy ? `${message.text} Asked by <@${requestedBy}>.` : message.text,
      blocks: message.blocks,
      ...postOptions(job, deps),
    });
    if (report.total > 0) {
      await uploadChartJob.queue(deps.db, {
        until,
        threadTs: posted.ts,
        byCategory: report.byCategory,
        daily: report.daily,
      });
      deps.wake();
    }
    return { ts: posted.ts, total: report.total };
  },
});

/** Renders the chart and uploads it in the review's thread. */
export const uploadChartJob = defineJob({
  name: 'report.chart',
  payload: z.object({
    until: z.string(),
    /** The review's message: the chart goes in its thread. */
    threadTs: z.string(),
    byCategory: perCategory,
    daily: z.array(
      z.object({
        day: z.string(),
        byCategory: perCategory,
        attainmentPct: z.number().nullable(),
        // Charts queued before sides were recorded have none.
        bySide: perSide.optional(),
      }),
    ),
    /** An answer's series over time (src/services/ask.ts) instead of the review's; `id` is the answer's ts. */
    series: z
      .object({
        id: z.string(),
        title: z.string().max(200),
        unit: z.string().max(60),
        labels: z.array(z.string().max(20)).max(400),
        values: z.array(z.number().nullable()).max(400),
      })
      .optional(),
  }),
  // One chart per posted review, or per answer.
  key: {
    once: (p: { threadTs: string; series?: { id: string } }) =>
      `chart:${p.threadTs}${p.series ? `:${p.series.id}` : ''}`,
  },
  async run({ until, threadTs, byCategory, daily, series }, _job, deps) {
    // The native canvas and Chart.js load only when a chart is drawn, not at every start.
    const charts = await import('../services/chart.js');
    const png = series ? await charts.renderSeriesChart(series) : await charts.renderReportChart({ byCategory, daily });
    await deps.client.filesUploadV2({
      channel_id: deps.config.triageChannelId,
      thread_ts: threadTs,
      file: png,
      filename: series ? `complaint-answer-${until.slice(0, 10)}.png` : `complaint-review-${until.slice(0, 10)}.png`,
      title: series ? series.title : 'Complaints per day and first replies on time',
    });
    return { bytes: png.length };
  },
});
