import { type PayloadOf, uploadChartJob } from '../queue/jobs.js';
import { buildReport } from '../services/report.js';
import { postOnce } from '../slack/post-once.js';
import { reportMessage } from '../views/report.js';
import { type Handler, postOptions } from './context.js';

/** The review in the triage channel; its chart follows in the thread as a separate, retryable step. */
export const postReport: Handler<PayloadOf<'report.post'>> = async (
  { days, requestedBy, until, digest },
  job,
  deps,
) => {
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
};

/** Renders the chart and uploads it in the review's thread. */
export const uploadChart: Handler<PayloadOf<'report.chart'>> = async (
  { until, threadTs, byCategory, daily, series },
  _job,
  deps,
) => {
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
};
