import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Ticket } from '../../src/db/schema/index.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { checkForIncident } from '../../src/services/incidents.js';

const state = vi.hoisted(() => ({ ticket: undefined as Ticket | undefined }));
vi.mock('../../src/db/queries/tickets.js', () => ({ findTicket: vi.fn(async () => state.ticket) }));
vi.mock('../../src/db/queries/incidents.js', () => ({
  lockIncidentGrouping: vi.fn(async () => {}),
  closeStaleIncidents: vi.fn(async () => {}),
  customerWordsOf: vi.fn(async () => new Map([[7, 'Calls keep dropping in Jakarta']])),
  openIncidents: vi.fn(async () => [
    {
      id: 3,
      category: 'connectivity',
      region: 'Jakarta, Indonesia',
      ticketIds: [5],
      customerIds: ['UCUST0002'],
      pages: {},
      profile: null,
    },
  ]),
  recentTicketsForGrouping: vi.fn(async () => []),
  insertIncident: vi.fn(),
  updateIncident: vi.fn(async () => {}),
}));
vi.mock('../../src/db/queries/known-problems.js', () => ({
  problemOfIncident: vi.fn(async () => undefined),
  linkUnlinkedTickets: vi.fn(async () => []),
}));
vi.mock('../../src/db/queries/outbox.js', () => ({ enqueueJob: vi.fn(async () => true) }));
const { updateIncident } = await import('../../src/db/queries/incidents.js');

function deps(): ServiceDeps & { wake: ReturnType<typeof vi.fn> } {
  const tx = {};
  return {
    db: { transaction: vi.fn(async (work: (t: unknown) => unknown) => work(tx)) },
    config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: 's', TRIAGE_CHANNEL_ID: 'CTRIAGE01' }),
    wake: vi.fn(),
  } as unknown as ServiceDeps & { wake: ReturnType<typeof vi.fn> };
}

const ticket = (category: Ticket['category']) =>
  ({ id: 7, category, customerUserId: 'UCUST0001', facts: {}, createdAt: new Date() }) as Ticket;

describe('checking a new ticket for an incident', () => {
  it('joins the ticket to the open incident in one transaction and wakes the worker for its alert', async () => {
    state.ticket = ticket('connectivity');
    const d = deps();
    expect(await checkForIncident(d, { ticketId: 7 })).toBe(3);
    expect(d.db.transaction).toHaveBeenCalledTimes(1);
    expect(updateIncident).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ id: 3 }));
    expect(d.wake).toHaveBeenCalled();
  });

  it('wakes no one when the ticket makes no incident', async () => {
    // Unclassified, and nothing in common with the open incident (no place, device or words).
    state.ticket = { ...ticket('other'), id: 8 } as Ticket;
    const d = deps();
    expect(await checkForIncident(d, { ticketId: 7 })).toBeUndefined();
    expect(d.wake).not.toHaveBeenCalled();
  });
});
