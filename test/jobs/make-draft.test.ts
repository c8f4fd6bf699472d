import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, Ticket } from '../../src/db/schema/index.js';
import { makeDraftJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { Metrics } from '../../src/metrics.js';
import type { QualitySource } from '../../src/services/quality.js';
import { claimed, jobDeps, ticket, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({ ticket: undefined as Ticket | undefined, draft: undefined as Draft | undefined }));
vi.mock('../../src/db/queries/tickets.js', () => ({
  findTicket: vi.fn(async () => state.ticket),
  updateTicket: vi.fn(async () => {}),
}));
vi.mock('../../src/services/drafts.js', () => ({ makeDraft: vi.fn(async () => state.draft) }));
const { updateTicket } = await import('../../src/db/queries/tickets.js');
const { makeDraft } = await import('../../src/services/drafts.js');

const measured = {
  callId: 'c-881',
  packetLossPct: 12,
  latencyMs: 90,
  freezeCount: 0,
  freezeSeconds: 0,
  worstSide: 'caller' as const,
};

describe('the draft.make job', () => {
  const env = useSlack();
  beforeEach(() => {
    state.ticket = ticket({ facts: { callId: 'c-881' } });
    state.draft = { id: 30, source: 'rules', fallbackReason: 'model_timeout' } as Draft;
    vi.mocked(updateTicket).mockClear();
    vi.mocked(makeDraft).mockClear();
  });

  it('drafts with the measured call quality, keeps the quality on the ticket and counts the fallback', async () => {
    const quality: QualitySource = { lookup: vi.fn(async () => measured) };
    const metrics = new Metrics();
    const deps = jobDeps(env.client, { quality, metrics });
    const result = await runJob(claimed(makeDraftJob, { ticketId: 7, reason: 'new ticket' }), deps);
    expect(result).toEqual({ draftId: 30, source: 'rules' });
    expect(quality.lookup).toHaveBeenCalledWith('c-881');
    expect(makeDraft).toHaveBeenCalledWith(deps, { ticketId: 7, quality: expect.stringContaining('12') });
    expect(updateTicket).toHaveBeenCalledWith(expect.anything(), {
      ticketId: 7,
      changes: { qualitySummary: expect.any(String) },
    });
    expect(metrics.render([])).toMatch(/complaint_desk_draft_fallbacks_total\{reason="model_timeout"\} 1/);
  });

  it('drafts without the quality when the source fails, and says so in the log', async () => {
    const quality: QualitySource = { lookup: vi.fn(async () => Promise.reject(new Error('503'))) };
    const deps = jobDeps(env.client, { quality });
    await runJob(claimed(makeDraftJob, { ticketId: 7, reason: 'new ticket' }), deps);
    expect(makeDraft).toHaveBeenCalledWith(deps, { ticketId: 7, quality: undefined });
    expect(deps.log.lines.map((l) => l.msg)).toContain('call quality lookup failed; drafting without it');
  });

  it('drafts nothing for a ticket no longer waiting on us', async () => {
    state.draft = undefined;
    const result = await runJob(claimed(makeDraftJob, { ticketId: 7, reason: 'regenerate' }), jobDeps(env.client));
    expect(result).toEqual({ skipped: 'ticket not waiting on us' });
  });

  it('merges requests for a draft of the same ticket while one waits, whatever their reason', () => {
    expect(makeDraftJob.item({ ticketId: 7, reason: 'customer replied' }).coalesceKey).toBe(
      makeDraftJob.item({ ticketId: 7, reason: 'regenerate' }).coalesceKey,
    );
  });
});
