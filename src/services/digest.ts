import { lastDigestAt } from '../domain/digest.js';
import { postReportJob } from '../queue/jobs.js';
import type { ServiceDeps } from './deps.js';

/** A digest missed by more than this (the app was down) is skipped rather than posted late. */
const GRACE_MS = 6 * 3_600_000;

/** The key of the digest whose time has come (its scheduled instant), or undefined when off. */
export function digestDue(config: ServiceDeps['config'], now: Date): string | undefined {
  return config.digest ? lastDigestAt(now, config.digest, config.sla.calendar.timeZone).toISOString() : undefined;
}

/**
 * Called by the sweeper when a scheduled time comes: enqueues this week's digest once its time has come. The once-key
 * (the
 * scheduled instant) makes it one digest however many instances sweep.
 */
export async function scheduleDigest(deps: ServiceDeps, now: Date): Promise<boolean> {
  const schedule = deps.config.digest;
  if (!schedule) return false;
  const due = lastDigestAt(now, schedule, deps.config.sla.calendar.timeZone);
  if (now.getTime() - due.getTime() > GRACE_MS) return false;
  const added = await postReportJob.queue(deps.db, {
    days: 7,
    requestedBy: null,
    until: due.toISOString(),
    digest: true,
  });
  if (added) deps.wake();
  return added;
}
