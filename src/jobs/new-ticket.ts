import type { Executor } from '../db/client.js';
import { queueAll } from './define.js';
import { makeDraftJob } from './make-draft.js';
import { checkIncidentJob } from './post-incident.js';
import { postReceiptJob } from './post-receipt.js';
import { setStatusReactionJob } from './status-reaction.js';
import { syncCardJob } from './sync-card.js';

/**
 * Everything a new ticket needs, queued in the transaction that opens it: the customer's receipt, the
 * incident check, the card, a first draft and the 👀 reaction.
 */
export function queueNewTicketWork(db: Executor, ticketId: number): Promise<void> {
  return queueAll(db, [
    postReceiptJob.item({ ticketId }),
    checkIncidentJob.item({ ticketId }),
    syncCardJob.item({ ticketId }),
    makeDraftJob.item({ ticketId, reason: 'new ticket' }),
    setStatusReactionJob.item({ ticketId }),
  ]);
}
