import { eq } from 'drizzle-orm';
import { drafts, tickets } from '../../src/db/schema/index.js';
import { createLog, type Log } from '../../src/logger.js';
import { eventually } from '../support/eventually.js';
import type { Harness } from '../support/harness.js';

export async function ticketFor(h: Harness, ts: string) {
  return eventually(
    async () => (await h.app.database.db.select().from(tickets).where(eq(tickets.rootTs, ts)))[0],
    5000,
    'ticket',
  );
}

/** Waits for the card of a ticket to show a proposed draft; returns the card and its draft row. */
export async function cardWithDraft(
  h: Harness,
  ticketId: number,
  predicate: (d: typeof drafts.$inferSelect) => boolean = () => true,
) {
  const draft = await eventually(
    async () => {
      const rows = await h.app.database.db.select().from(drafts).where(eq(drafts.ticketId, ticketId));
      return rows.find((d) => d.status === 'proposed' && predicate(d));
    },
    10_000,
    `draft for #${ticketId}`,
  );
  const card = await h.emulator.waitFor(
    () =>
      h
        .cards()
        .find((c) => c.text.startsWith(`#${ticketId} `) && JSON.stringify(c.blocks).includes(`"d\\":${draft.id}`)),
    10_000,
    `card #${ticketId} showing draft ${draft.id}`,
  );
  return { card, draft };
}

/** A log that keeps its lines, to assert on what the app told the operator. */
export function capturingLog(): { log: Log; lines: Array<Record<string, any>> } {
  const lines: Array<Record<string, any>> = [];
  return { lines, log: createLog('info', {}, (line) => lines.push(JSON.parse(line))) };
}

export async function healthOf(h: Harness): Promise<Record<string, unknown>> {
  return (await fetch(`${h.baseUrl}/healthz`)).json() as Promise<Record<string, unknown>>;
}

export async function metricsOf(h: Harness): Promise<string> {
  return (await fetch(`${h.baseUrl}/metrics`)).text();
}
