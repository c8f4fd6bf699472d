import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident, IncidentPages } from '../../src/db/schema/index.js';
import { runJob } from '../../src/jobs/registry.js';
import { pageIncidentJob } from '../../src/queue/jobs.js';
import { claimed, ENGINEER, jobDeps, TRIAGE, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({
  pages: {} as Record<string, { channel: string; ts: string }>,
  triageTs: null as string | null,
}));
vi.mock('../../src/services/incident-pages.js', () => ({
  pagesOfIncident: vi.fn(async () => state.pages),
  incidentPageSent: vi.fn(async (_db: unknown, p: { key: string; page: IncidentPages[string] }) => {
    state.pages = { ...state.pages, [p.key]: p.page };
  }),
  loadIncidentPage: vi.fn(async () => ({
    incident: { id: 3, pages: state.pages, triageTs: state.triageTs } as unknown as Incident,
    page: {
      incidentId: 3,
      category: 'connectivity',
      region: 'Jakarta, Indonesia',
      role: 'engineer',
      waiting: 14,
      overdue: 9,
      customers: 12,
      longestWaitMs: 95_000,
      totalTickets: 60,
    },
  })),
}));

describe('incident.page', () => {
  const env = useSlack();
  beforeEach(() => {
    state.pages = {};
    state.triageTs = '1772445000.000001';
  });

  it('sends one DM and one mention in the card’s thread, then keeps the DM current, never paging again', async () => {
    const payload = { incidentId: 3, userId: ENGINEER, role: 'engineer' as const };
    await runJob(claimed(pageIncidentJob, payload), jobDeps(env.client));
    const dms = env.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === ENGINEER);
    expect(dms).toHaveLength(1);
    expect(String(dms[0]!.args.text)).toContain('14 of your customers’ tickets wait for us');
    const mentions = env.slack.posts({ channel: TRIAGE, thread_ts: state.triageTs! });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.text).toContain(`<@${ENGINEER}>`);

    // A ticket joins: the same job runs again (coalesced); nothing new is posted, the DM is updated.
    await runJob(claimed(pageIncidentJob, payload, { id: 42 }), jobDeps(env.client));
    expect(env.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === ENGINEER)).toHaveLength(1);
    expect(env.slack.posts({ channel: TRIAGE, thread_ts: state.triageTs! })).toHaveLength(1);
    expect(env.slack.callsOf('chat.update').at(-1)!.args).toMatchObject({ ts: state.pages[ENGINEER]!.ts });
    expect(env.slack.contractBreaks).toEqual([]);
  });

  it('waits for the incident card before mentioning anyone in its thread, with the DM already sent', async () => {
    state.triageTs = null;
    const payload = { incidentId: 3, userId: ENGINEER, role: 'engineer' as const };
    await expect(runJob(claimed(pageIncidentJob, payload), jobDeps(env.client))).rejects.toThrow(/not posted yet/);
    expect(Object.keys(state.pages)).toEqual([ENGINEER]);
  });

  it('merges pages asked for while one waits', () => {
    expect(pageIncidentJob.item({ incidentId: 3, userId: ENGINEER, role: 'lead' })).toMatchObject({
      coalesceKey: `incident-page:3:${ENGINEER}`,
    });
  });
});
