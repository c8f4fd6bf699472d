import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/context.js';
import { HANDLERS, JOB_HANDLERS, runJob } from '../../src/jobs/registry.js';
import { InvalidJobPayloadError } from '../../src/queue/define.js';
import { JOBS } from '../../src/queue/jobs.js';

function row(kind: string, payload: Record<string, unknown>): OutboxRow {
  return {
    id: 7,
    kind,
    payload,
    status: 'pending',
    attempts: 1,
    generation: 0,
    uncertain: false,
    createdAt: new Date('2026-03-02T10:00:00Z'),
  } as OutboxRow;
}

describe('the handler registry', () => {
  it('runs every kind a contract names, and no other', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(JOBS).sort());
    expect(Object.keys(JOB_HANDLERS).sort()).toEqual(Object.keys(JOBS).sort());
  });

  it('parses the stored payload with the contract before the handler sees it', async () => {
    const handle = JOB_HANDLERS['reply.send']!;
    const error = await handle(row('reply.send', { draftId: 'twelve' }), {} as JobDeps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidJobPayloadError);
    expect(error).toMatchObject({ jobName: 'reply.send', problems: [{ path: ['draftId'] }] });
    const missing = await handle(row('reply.send', {}), {} as JobDeps).catch((e: unknown) => e);
    expect(missing).toMatchObject({ problems: [{ path: ['draftId'] }] });
  });

  it('refuses a kind nothing runs', async () => {
    await expect(runJob(row('reply.resend', { draftId: 1 }), {} as JobDeps)).rejects.toThrow(
      'no handler for reply.resend',
    );
  });
});
