import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { clocksOfTicket } from '../../src/db/queries/sla-clocks.js';
import { insertTicket, receiptSubjectOf } from '../../src/db/queries/tickets.js';
import { openTicket } from '../../src/services/tickets.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

describe('what a receipt is about, read in one statement', () => {
  let t: TestDatabase;
  const at = new Date('2026-03-02T10:00:00Z');
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', TRIAGE_CHANNEL_ID: 'CTRIAGE' });
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('is the ticket, its first-response due time and the words it was opened with', async () => {
    const { ticket } = await openTicket(t.database.db, config, {
      channel: null,
      channelId: 'CRECEIPT',
      rootTs: '1772445600.000100',
      customerUserId: 'UCUST',
      text: 'Calls drop every few minutes\n[attached: screenshot frozen.png]',
      words: 'Calls drop every few minutes',
      at,
      openedVia: 'message',
    });
    const [clock] = (await clocksOfTicket(t.database.db, { ticketId: ticket.id })).filter(
      (c) => c.kind === 'first_response',
    );
    const subject = await receiptSubjectOf(t.database.db, { ticketId: ticket.id });
    expect(subject?.ticket).toEqual(ticket);
    expect(clock?.dueAt).toBeInstanceOf(Date);
    expect(subject?.firstResponseDueAt).toEqual(clock!.dueAt);
    expect(subject?.rootText).toBe('Calls drop every few minutes\n[attached: screenshot frozen.png]');
  });

  it('has no due time or words without a clock or root message, and is undefined with no ticket', async () => {
    const bare = await insertTicket(t.database.db, {
      channelId: 'CRECEIPT',
      rootTs: '1772445600.000200',
      customerUserId: 'UCUST',
      category: 'other',
      priority: 'medium_low',
      language: 'en',
      createdAt: at,
      lastCustomerMessageAt: at,
    });
    expect(await receiptSubjectOf(t.database.db, { ticketId: bare!.id })).toEqual({
      ticket: bare,
      firstResponseDueAt: null,
      rootText: null,
    });
    expect(await receiptSubjectOf(t.database.db, { ticketId: 999_999 })).toBeUndefined();
  });
});
