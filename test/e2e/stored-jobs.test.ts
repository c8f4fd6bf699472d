import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drafts, outbox, tickets } from '../../src/db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { eventually } from '../support/eventually.js';
import { BOT_TOKEN, PEOPLE, startHarness } from '../support/harness.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { newTs } from '../support/slack-requests.js';

/**
 * Work queued by the release before job contracts moved to src/queue/ must run after the upgrade. The rows
 * below are written as that release stored them, column by column (kind, payload, once or coalesce key,
 * lane, rank), with no code of this one, into a database the new app then starts on.
 */
interface StoredRow {
  kind: string;
  payload: Record<string, unknown>;
  once_key?: string;
  coalesce_key?: string;
  lane: string;
  rank: number;
}

/** As that release wrote them: a used once-key adds nothing, a pending coalesce-key is marked to run again. */
async function insertStored(db: TestDatabase, rows: StoredRow[]): Promise<void> {
  for (const r of rows) {
    const values = sql`(${r.kind}, ${JSON.stringify(r.payload)}::jsonb, ${r.once_key ?? null},
      ${r.coalesce_key ?? null}, ${r.lane}, ${r.rank})`;
    await db.database.db.execute(
      r.coalesce_key
        ? sql`insert into outbox (kind, payload, once_key, coalesce_key, lane, rank) values ${values}
            on conflict (coalesce_key) where status = 'pending' do update set generation = outbox.generation + 1`
        : sql`insert into outbox (kind, payload, once_key, coalesce_key, lane, rank) values ${values}
            on conflict do nothing`,
    );
  }
}

describe('jobs queued before the upgrade', () => {
  let db: TestDatabase;
  let emulator: SlackEmulator;
  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = new SlackEmulator({ token: BOT_TOKEN });
    await emulator.start();
    // The customer channel is linked (the command writes it at once; no background work runs yet).
    const linking = await startHarness({ db, emulator, env: { BACKGROUND_WORK: 'off' } });
    await linking.link();
    await linking.stop();
  });
  afterAll(async () => {
    await emulator.stop();
    await db.drop();
  });

  it('run on the new code: a stored message becomes a ticket with its receipt, card and draft', async () => {
    const ts = newTs();
    const text = 'Video calls keep dropping every few minutes since this morning';
    emulator.seedMessage({ channel: PEOPLE.customerChannel, ts, text, user: PEOPLE.customer });
    const until = '2026-03-02T10:00:00.000Z';
    await insertStored(db, [
      {
        kind: 'intake.message',
        payload: {
          channelId: PEOPLE.customerChannel,
          ts,
          userId: PEOPLE.customer,
          authorTeamId: PEOPLE.customerTeam,
          sharedChannel: true,
          text,
          eventId: 'EvOLD0001',
        },
        once_key: `intake:${PEOPLE.customerChannel}:${ts}`,
        lane: 'default',
        rank: 1,
      },
      {
        kind: 'report.post',
        payload: { days: 7, requestedBy: PEOPLE.agent, until },
        once_key: `report:${PEOPLE.agent}:${until}`,
        lane: 'default',
        rank: 2,
      },
    ]);
    const h = await startHarness({ db, emulator });
    try {
      const receipt = await emulator.waitFor(() => emulator.posts({ thread_ts: ts })[0], 15_000, 'receipt');
      expect(receipt.text).toMatch(/#\d+/);
      await emulator.waitFor(() => h.cards().find((c) => c.text?.includes('#')), 15_000, 'card');
      await emulator.waitFor(
        () => emulator.posts({ channel: PEOPLE.triage }).find((m) => m.text?.includes(`<@${PEOPLE.agent}>`)),
        15_000,
        'the review asked for',
      );
      const [ticket] = await db.database.db.select().from(tickets).where(eq(tickets.rootTs, ts));
      expect(ticket).toBeDefined();
      await eventually(
        async () => (await db.database.db.select().from(drafts).where(eq(drafts.ticketId, ticket!.id)))[0],
        15_000,
        'a draft',
      );
    } finally {
      await h.stop();
    }
  });

  it('run on the new code: an approved reply queued before the upgrade is posted once, the card follows', async () => {
    const [ticket] = await db.database.db.select().from(tickets).limit(1);
    const [draft] = await db.database.db.select().from(drafts).where(eq(drafts.ticketId, ticket!.id));
    // What the old Approve & send committed: the draft approved, its send and a card update queued.
    await db.database.db
      .update(drafts)
      .set({ status: 'approved', actedBy: PEOPLE.agent, actedAt: new Date() })
      .where(eq(drafts.id, draft!.id));
    await insertStored(db, [
      { kind: 'reply.send', payload: { draftId: draft!.id }, once_key: `send:${draft!.id}`, lane: 'default', rank: 0 },
      {
        kind: 'card.sync',
        payload: { ticketId: ticket!.id },
        coalesce_key: `card:${ticket!.id}`,
        lane: 'default',
        rank: 2,
      },
    ]);
    const repliesBefore = emulator.posts({ thread_ts: ticket!.rootTs }).length;
    const h = await startHarness({ db, emulator });
    try {
      await eventually(
        async () => {
          const [sent] = await db.database.db.select().from(drafts).where(eq(drafts.id, draft!.id));
          return sent?.status === 'sent' ? sent : undefined;
        },
        15_000,
        'the draft sent',
      );
      const replies = emulator.posts({ thread_ts: ticket!.rootTs }).slice(repliesBefore);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.text).toBe(draft!.reply.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      await emulator.waitFor(
        () =>
          emulator
            .callsOf('chat.update')
            .find((c) => c.args.channel === PEOPLE.triage && JSON.stringify(c.args).includes('reply posted')),
        15_000,
        'the card saying the reply went out',
      );
      await eventually(
        async () => {
          const rows = await db.database.db.select().from(outbox);
          return rows.every((r) => r.status === 'done') ? rows : undefined;
        },
        15_000,
        'every stored job done',
      );
      const dead = await db.database.db.select().from(outbox).where(eq(outbox.status, 'dead'));
      expect(dead).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
