import type { PayloadOf } from '../queue/jobs.js';
import type { Handler } from './context.js';
import { buildExport } from '../services/export.js';
import { exportComment } from '../views/export.js';

/** The CSV goes to the agent who asked, in a direct message: it holds every customer's tickets. */
export const exportCsv: Handler<PayloadOf<'report.export'>> = async ({ days, requestedBy, until }, _job, deps) => {
  const file = await buildExport(deps.db, { days, until: new Date(until), now: deps.now() });
  // conversations.open: Tier 3 (src/slack/method-tiers.ts)
  const opened = await deps.client.conversations.open({ users: requestedBy });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  // filesUploadV2 is Slack's upload flow: files.getUploadURLExternal, the bytes, then files.completeUploadExternal.
  // files.getUploadURLExternal + files.completeUploadExternal: Tier 4 (src/slack/method-tiers.ts)
  await deps.client.filesUploadV2({
    channel_id: channel,
    file: Buffer.from(file.csv, 'utf8'),
    filename: `complaints-${until.slice(0, 10)}-${days}d.csv`,
    title: `Complaint tickets, last ${days} day${days === 1 ? '' : 's'}`,
    initial_comment: exportComment({ days, rows: file.rows, cut: file.cut }),
  });
  return { rows: file.rows, cut: file.cut };
};
