import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TicketExport } from '../../src/services/export.js';
import { exportCsvJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { AGENT, claimed, jobDeps, NOW, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({ file: undefined as TicketExport | undefined }));
vi.mock('../../src/services/export.js', () => ({ buildExport: vi.fn(async () => state.file) }));
const { buildExport } = await import('../../src/services/export.js');

const CSV = '\uFEFFticket,opened_at,category\r\n7,2026-03-01T09:00:00Z,connectivity\r\n';
const asked = { days: 30, requestedBy: AGENT, until: NOW.toISOString() };

describe('the report.export job', () => {
  const env = useSlack();
  beforeEach(() => {
    env.slack.uploads.length = 0;
    state.file = { csv: CSV, rows: 1, cut: false } as TicketExport;
  });

  it('sends the CSV of the period to the agent who asked, in a direct message, byte for byte', async () => {
    const deps = jobDeps(env.client);
    const result = await runJob(claimed(exportCsvJob, asked), deps);
    expect(result).toEqual({ rows: 1, cut: false });
    expect(buildExport).toHaveBeenLastCalledWith(deps.db, { days: 30, until: NOW, now: NOW });
    expect(env.slack.callsOf('conversations.open')[0]!.args).toMatchObject({ users: AGENT });
    const [upload] = env.slack.uploads;
    expect(upload).toMatchObject({ filename: 'complaints-2026-03-02-30d.csv', channel: `D${AGENT.slice(1)}` });
    expect(upload!.bytes.toString('utf8')).toBe(CSV);
    expect(env.slack.callsOf('files.completeUploadExternal')[0]!.args.initial_comment).toContain('1 ticket opened');
  });

  it('lets a refused upload through, to be retried or given up by the worker', async () => {
    env.slack.fail('files.getUploadURLExternal', { error: 'ratelimited' });
    await expect(runJob(claimed(exportCsvJob, asked), jobDeps(env.client))).rejects.toMatchObject({
      data: { error: 'ratelimited' },
    });
    expect(env.slack.uploads).toEqual([]);
  });

  it('keys one file per asking', () => {
    const later = { ...asked, until: '2026-03-02T10:00:01.000Z' };
    expect(exportCsvJob.keyOf(asked)).not.toBe(exportCsvJob.keyOf(later));
  });
});
