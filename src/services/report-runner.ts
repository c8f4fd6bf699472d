import { enqueueJob } from '../db/queries/outbox.js';
import type { ServiceDeps } from './deps.js';
import { JOB } from './jobs.js';

export interface ReportService {
  requestReport(params: { days: number; requestedBy?: string }): Promise<void>;
}

/** Reports are built after the ack, from the outbox: counting can take longer than Slack waits. */
export function reportService(deps: ServiceDeps): ReportService {
  return {
    async requestReport(params) {
      await enqueueJob(deps.db, {
        kind: JOB.postReport,
        payload: { days: params.days, requestedBy: params.requestedBy ?? null, until: deps.now().toISOString() },
      });
      deps.wake();
    },
  };
}
