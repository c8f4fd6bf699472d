import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../src/db/schema/index.js';
import { UTF8_BOM } from '../../src/domain/csv.js';
import { EXPORT_COLUMNS } from '../../src/domain/export.js';
import { eventually, sleep } from '../support/eventually.js';
import { parseCsv } from '../support/csv-parse.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';

describe('/complaints export', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.link();
  });
  afterAll(() => h.stop());

  it('sends the asking agent a CSV that a spreadsheet reads back column by column, hostile text intact', async () => {
    const first = await h.customerSays('Calls keep dropping on 4G in Jakarta, "urgent", please', { user: 'UEXP00001' });
    await h.customerSays('视频很卡，华为 P40，上海', { user: 'UEXP00002' });
    const db = h.app.database.db;
    const ticket = await eventually(
      async () => (await db.select().from(tickets).where(eq(tickets.rootTs, first.ts)))[0],
      5000,
      'ticket',
    );
    await eventually(async () => (await db.select().from(tickets)).length === 2 || undefined, 5000, 'two tickets');
    const hostileCause = '=HYPERLINK("http://evil.example","x"), then\na new line';
    await db
      .update(tickets)
      .set({
        status: 'resolved',
        resolvedAt: new Date(),
        side: 'customer_network',
        rootCause: hostileCause,
        fix: '@advised switching to Wi-Fi, "5 GHz"',
        rating: 4,
      })
      .where(eq(tickets.id, ticket.id));

    const res = await h.slack.command({ text: 'export 7', userId: PEOPLE.agent, channelId: PEOPLE.customerChannel });
    expect(res.text).toContain('direct message');
    const upload = await h.emulator.waitFor(() => h.emulator.uploads[0], 15_000, 'csv upload');
    // Never in the customer's channel, where the command ran: the file holds other customers' tickets.
    expect(upload.channel).toBe(`D${PEOPLE.agent.slice(1)}`);
    expect(upload.filename).toMatch(/^complaints-\d{4}-\d{2}-\d{2}-7d\.csv$/);

    const text = upload.bytes.toString('utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(text.slice(UTF8_BOM.length));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(EXPORT_COLUMNS.length);
    const byId = new Map(rows.slice(1).map((r) => [r[0], Object.fromEntries(EXPORT_COLUMNS.map((c, i) => [c, r[i]]))]));
    const resolved = byId.get(`#${ticket.id}`)!;
    expect(resolved).toMatchObject({
      customer_channel: PEOPLE.customerChannel,
      customer: 'UEXP00001',
      status: 'resolved',
      category: 'connectivity',
      side: 'customer_network',
      root_cause: `'${hostileCause}`,
      fix: `'@advised switching to Wi-Fi, "5 GHz"`,
      network: '4G',
      region: 'Jakarta',
      rating: '4',
    });
    expect(resolved.opened_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const chinese = [...byId.values()].find((r) => r.customer === 'UEXP00002')!;
    expect(chinese.device).toContain('P40');
    expect(chinese.side).toBe('');
    expect(['met', 'breached', 'pending', 'none']).toContain(chinese.first_reply_sla);
    const complete = h.emulator.callsOf('files.completeUploadExternal')[0]!;
    expect(String(complete.args.initial_comment)).toContain('2 tickets');
  });

  it('refuses a non-agent and a malformed period, and uploads nothing', async () => {
    const before = h.emulator.uploads.length;
    const refused = await h.slack.command({
      text: 'export',
      userId: PEOPLE.customer,
      channelId: PEOPLE.customerChannel,
    });
    expect(refused.text).toContain('Only support agents');
    const usage = await h.slack.command({ text: 'export 0', userId: PEOPLE.agent, channelId: PEOPLE.customerChannel });
    expect(usage.text).toContain('1 to 365');
    await sleep(500);
    expect(h.emulator.uploads).toHaveLength(before);
  });
});
