import type { Executor } from '../db/client.js';
import { storeIntakeBatch, type IntakeItem } from '../db/queries/inbox.js';

interface Waiting {
  item: IntakeItem;
  resolve: (stored: boolean) => void;
  reject: (error: unknown) => void;
}

export interface InboxLimits {
  /** Statements writing at the same time. */
  statements: number;
  /** Items in one statement. */
  batch: number;
}

/** PostgreSQL's SQLSTATE of a failed statement, whichever driver or wrapper raised it. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * The acknowledgement path's only write. Requests arriving while earlier ones are being written share
 * the next statement (and its commit), so under a burst the database does one insert per batch rather
 * than one per request; a quiet request is written at once. Every caller still hears back only after
 * its own row is committed.
 */
export class IntakeInbox {
  private readonly waiting: Waiting[] = [];
  private writing = 0;
  private pumpScheduled = false;

  constructor(
    private readonly db: Executor,
    private readonly limits: InboxLimits = { statements: 2, batch: 200 },
  ) {}

  /** Resolves true when the item was stored now, false for a redelivery or a message we do not handle. */
  store(item: IntakeItem): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedulePump();
    });
  }

  /**
   * Starts statements after the event loop has read what has arrived: requests already received
   * join the next batch instead of each starting a statement of one. (On the embedded database a
   * statement runs on this thread, so without this every batch would hold a single request.)
   */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.writing < this.limits.statements && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.limits.batch);
      this.writing += 1;
      void this.write(batch).finally(() => {
        this.writing -= 1;
        this.schedulePump();
      });
    }
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const stored = await storeIntakeBatch(
        this.db,
        batch.map((w) => w.item),
      );
      for (const w of batch) {
        // A key twice in one batch (a redelivery racing the original) is stored for the first only.
        const first = stored.delete(w.item.onceKey);
        w.resolve(first);
      }
    } catch (error) {
      const state = sqlState(error);
      // Bad data in one item (SQLSTATE class 22) must not fail the others: write them one at a time.
      if (batch.length > 1 && state?.startsWith('22')) {
        for (const w of batch) await this.write([w]);
        return;
      }
      for (const w of batch) w.reject(error);
    }
  }
}
