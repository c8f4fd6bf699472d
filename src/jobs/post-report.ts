import { enqueueJob } from '../db/queries/outbox.js';
import { JOB } from '../services/jobs.js';
import { buildReport } from '../services/report.js';
import type { ChartData } from '../services/chart.js';
import { postOnce } from '../slack/post-once.js';
import { reportMessage } from '../views/report.js';
import { postOptions, type JobHandler } from './context.js';

/** The review in the triage channel; its chart follows in the thread as a separate, retryable step. */
export const postReport: JobHandler = async (job, deps) => {
  const { days, requestedBy, until, digest } = job.payload as {
    days: number;
    requestedBy: string | null;
    until: string;
    digest?: boolean;
  };
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
    await enqueueJob(deps.db, {
      kind: JOB.uploadChart,
      payload: { until, threadTs: posted.ts, byCategory: report.byCategory, daily: report.daily },
      onceKey: `chart:${job.id}`,
    });
    deps.wake();
  }
  return { ts: posted.ts, total: report.total };
};

/** Renders the chart and uploads it in the review's thread. */
export const uploadChart: JobHandler = async (job, deps) => {
  const { until, threadTs, byCategory, daily } = job.payload as { until: string; threadTs: string } & ChartData;
  // The native canvas and Chart.js load only when a chart is drawn, not at every start.
  const { renderReportChart } = await import('../services/chart.js');
  const png = await renderReportChart({ byCategory, daily });
  await deps.client.filesUploadV2({
    channel_id: deps.config.triageChannelId,
    thread_ts: threadTs,
    file: png,
    filename: `complaint-review-${until.slice(0, 10)}.png`,
    title: 'Complaints per day and first replies on time',
  });
  return { bytes: png.length };
};
