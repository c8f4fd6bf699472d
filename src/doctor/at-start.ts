import type { Log } from '../logger.js';
import { runSelfCheck, type SelfCheckDeps } from './checks.js';

/**
 * The doctor's checks, logged once at start: one entry per check (info when fine, warn with the fix when
 * not), then a summary. It runs beside the app, never before it: a setup problem is reported, not a
 * reason to refuse Slack's requests.
 */
export async function logSelfCheck(deps: SelfCheckDeps, log: Log): Promise<void> {
  const results = await runSelfCheck(deps);
  for (const result of results) log[result.ok ? 'info' : 'warn']('self-check', { ok: result.ok, check: result.text });
  const problems = results.filter((r) => !r.ok).length;
  if (problems > 0) log.warn('self-check found problems', { problems, see: 'npm run doctor' });
  else log.info('self-check passed', { checks: results.length });
}
