import { listCustomerChannels } from '../db/queries/customer-channels.js';
import { countByStatus, ticketsOwnedBy, ticketsWaitingOnUs, ticketsWithStatus } from '../db/queries/home.js';
import type { Ticket } from '../db/schema/index.js';
import { HOME_LIMITS, homeView } from '../views/home.js';
import type { ServiceDeps } from './deps.js';
import type { Workspace } from './workspace.js';

const RECENT_MS = 7 * 86_400_000;

/** The App Home tab for one person: agents see the queue, others a short note. */
export async function buildHome(deps: ServiceDeps, workspace: Workspace, userId: string) {
  const now = deps.now();
  if (!(await deps.people.isAgent(userId)))
    return homeView({
      isAgent: false,
      mine: [],
      waitingOnUs: [],
      waitingOnCustomer: [],
      recentlyResolved: [],
      totals: { mine: 0, waitingOnUs: 0, waitingOnCustomer: 0, resolved: 0 },
      channels: [],
      now,
    });
  const [mine, onUs, onCustomer, resolved, totals, channels] = await Promise.all([
    ticketsOwnedBy(deps.db, { assigneeId: userId, limit: HOME_LIMITS.mine }),
    ticketsWaitingOnUs(deps.db, { limit: HOME_LIMITS.waitingOnUs }),
    ticketsWithStatus(deps.db, { status: 'waiting_on_customer', limit: HOME_LIMITS.waitingOnCustomer }),
    ticketsWithStatus(deps.db, {
      status: 'resolved',
      limit: HOME_LIMITS.resolved,
      since: new Date(now.getTime() - RECENT_MS),
    }),
    countByStatus(deps.db),
    listCustomerChannels(deps.db),
  ]);
  const withLinks = async (ticket: Ticket) => ({
    ticket,
    cardLink: await workspace.messageLink(deps.config.triageChannelId, ticket.triageTs),
    threadLink: await workspace.messageLink(ticket.channelId, ticket.rootTs),
  });
  return homeView({
    isAgent: true,
    mine: await Promise.all(mine.tickets.map(withLinks)),
    waitingOnUs: await Promise.all(onUs.map(async (r) => ({ ...(await withLinks(r.ticket)), dueAt: r.dueAt }))),
    waitingOnCustomer: await Promise.all(onCustomer.map(withLinks)),
    recentlyResolved: await Promise.all(resolved.map(withLinks)),
    totals: {
      mine: mine.total,
      waitingOnUs: totals.waiting_on_us,
      waitingOnCustomer: totals.waiting_on_customer,
      resolved: totals.resolved,
    },
    channels,
    now,
  });
}
