import { exportCsvJob, postReportJob } from '../queue/jobs.js';
import { requireAgent } from './authorisation.js';
import type { ServiceDeps } from './deps.js';

export interface ReportService {
  /** An agent asks for the review of the last `days` days. */
  requestReport(params: { days: number; requestedBy: string }): Promise<void>;
  /** An agent asks for a CSV of the tickets opened in the last `days` days, sent to them privately. */
  requestExport(params: { days: number; requestedBy: string }): Promise<void>;
}

/** Reports are built after the ack, from the outbox: counting can take longer than Slack waits. */
export function reportService(deps: ServiceDeps): ReportService {
  return {
    async requestReport(params) {
      await requireAgent(deps, params.requestedBy, 'read the complaint report');
      await postReportJob.queue(deps.db, {
        days: params.days,
        requestedBy: params.requestedBy,
        until: deps.now().toISOString(),
      });
      deps.wake();
    },
    async requestExport(params) {
      // The file holds every customer's complaint facts: only agents get it, and only in a direct message.
      await requireAgent(deps, params.requestedBy, 'export tickets');
      await exportCsvJob.queue(deps.db, {
        days: params.days,
        requestedBy: params.requestedBy,
        until: deps.now().toISOString(),
      });
      deps.wake();
    },
  };
}
