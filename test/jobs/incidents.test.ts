import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident, KnownProblem, Ticket } from '../../src/db/schema/index.js';
import { checkIncidentJob, postIncidentJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { claimed, jobDeps, NOW, redelivered, TRIAGE, ticket, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({
  incident: undefined as Incident | undefined,
  tickets: new Map<number, Ticket>(),
  noted: undefined as number | undefined,
  problem: undefined as KnownProblem | undefined,
}));
vi.mock('../../src/services/incident-card.js', () => ({
  loadIncidentCard: vi.fn(async () =>
    state.incident
      ? {
          incident: state.incident,
          problem: state.problem,
          cards: new Map(state.incident.ticketIds.map((id) => [id, state.tickets.get(id)?.triageTs ?? null])),
          details: {
            places: ['Jakarta, Indonesia'],
            devices: [],
            oses: [],
            operators: [],
            latest: [],
            waiting: state.incident.ticketIds.length,
            paged: 0,
            unresolved: state.incident.ticketIds.length,
            pendingUpdates: 0,
          },
        }
      : undefined,
  ),
}));
vi.mock('../../src/db/queries/incidents.js', () => ({
  updateIncident: vi.fn(async () => {}),
}));
vi.mock('../../src/db/queries/tickets.js', () => ({
  findTicket: vi.fn(async (_db: unknown, p: { ticketId: number }) => state.tickets.get(p.ticketId)),
}));
vi.mock('../../src/services/incidents.js', async (original) => ({
  ...(await original()),
  checkForIncident: vi.fn(async () => state.noted),
}));
const { updateIncident } = await import('../../src/db/queries/incidents.js');
const { checkForIncident } = await import('../../src/services/incidents.js');

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 3,
    key: 'connectivity|*',
    category: 'connectivity',
    region: null,
    status: 'open',
    ticketIds: [7, 8, 9],
    customerIds: ['UCUST0001', 'UCUST0002', 'UCUST0003'],
    firstAt: new Date(NOW.getTime() - 900_000),
    lastAt: NOW,
    triageTs: null,
    ...overrides,
  } as Incident;
}

describe('the incident jobs', () => {
  const env = useSlack();
  beforeEach(() => {
    state.tickets = new Map([7, 8, 9].map((id) => [id, ticket({ id, triageTs: `1772445000.00000${id}` })]));
    vi.mocked(updateIncident).mockClear();
  });

  describe('incident.post', () => {
    it('posts the alert once with a link to each ticket’s card, and remembers where', async () => {
      state.incident = incident();
      const row = claimed(postIncidentJob, { incidentId: 3 });
      const result = await runJob(row, jobDeps(env.client));
      const [alert] = env.slack.posts({ channel: TRIAGE });
      expect(JSON.stringify(alert!.blocks)).toContain('https://acme.slack.test/archives/CTRIAGE01/p1772445000000007');
      expect(updateIncident).toHaveBeenCalledWith(expect.anything(), { id: 3, changes: { triageTs: alert!.ts } });
      expect(result).toEqual({ ts: alert!.ts });

      await runJob(redelivered(row), jobDeps(env.client));
      expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
      expect(env.slack.contractBreaks).toEqual([]);
    });

    it('updates the posted alert as tickets join', async () => {
      state.incident = incident();
      await runJob(claimed(postIncidentJob, { incidentId: 3 }), jobDeps(env.client));
      const [alert] = env.slack.posts({ channel: TRIAGE });
      state.incident = incident({ triageTs: alert!.ts, ticketIds: [7, 8, 9, 10] });
      await runJob(claimed(postIncidentJob, { incidentId: 3 }, { id: 43 }), jobDeps(env.client));
      expect(env.slack.posts({ channel: TRIAGE })).toHaveLength(1);
      expect(env.slack.callsOf('chat.update').at(-1)!.args).toMatchObject({ channel: TRIAGE, ts: alert!.ts });
    });

    it('shows the known problem the alert became instead of the button that makes one', async () => {
      state.incident = incident();
      await runJob(claimed(postIncidentJob, { incidentId: 3 }), jobDeps(env.client));
      const [alert] = env.slack.posts({ channel: TRIAGE });
      expect(JSON.stringify(alert!.blocks)).toContain('problem_from_incident');
      state.incident = incident({ triageTs: alert!.ts });
      state.problem = { id: 5, title: 'Connectivity in Jakarta', status: 'open' } as KnownProblem;
      await runJob(claimed(postIncidentJob, { incidentId: 3 }, { id: 44 }), jobDeps(env.client));
      const blocks = JSON.stringify(env.slack.callsOf('chat.update').at(-1)!.args.blocks);
      expect(blocks).toContain('Known problem: *Connectivity in Jakarta*');
      expect(blocks).not.toContain('problem_from_incident');
      state.problem = undefined;
    });

    it('merges alerts asked for while one waits', () => {
      expect(postIncidentJob.item({ incidentId: 3 })).toMatchObject({ coalesceKey: 'incident:3' });
    });
  });

  describe('incident.check', () => {
    it('notes the new ticket for incidents and returns the incident it opened or grew', async () => {
      state.noted = 3;
      const deps = jobDeps(env.client);
      expect(await runJob(claimed(checkIncidentJob, { ticketId: 7 }), deps)).toEqual({
        incidentId: 3,
      });
      expect(checkForIncident).toHaveBeenCalledWith(deps, { ticketId: 7 });
    });

    it('stays quiet when the ticket makes no incident', async () => {
      state.noted = undefined;
      const deps = jobDeps(env.client);
      expect(await runJob(claimed(checkIncidentJob, { ticketId: 7 }), deps)).toEqual({
        incidentId: null,
      });
      expect(env.slack.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    });
  });
});
