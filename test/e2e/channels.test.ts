import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerChannels } from '../../src/db/schema/index.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';

describe('/complaints link and help', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('refuses a non-agent and changes nothing', async () => {
    const res = await h.slack.command({
      text: `link <@${PEOPLE.engineer}|eng> enterprise`,
      userId: PEOPLE.customer,
      channelId: PEOPLE.customerChannel,
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(res.text).toContain('Only support agents');
    expect(await h.app.database.db.select().from(customerChannels)).toHaveLength(0);
  });

  it('links a channel for an agent, and running it again updates the pairing and tier', async () => {
    const first = await h.slack.command({
      text: `link <@${PEOPLE.engineer}|eng>`,
      userId: PEOPLE.agent,
      channelId: PEOPLE.customerChannel,
    });
    expect(first.text).toContain('Linked');
    // Another engineer of ours (only our own people can be paired).
    h.emulator.addUser('UENG00002');
    const second = await h.slack.command({
      text: `link <@UENG00002|other> enterprise`,
      userId: PEOPLE.agent2,
      channelId: PEOPLE.customerChannel,
    });
    expect(second.text).toContain('Updated');
    const rows = await h.app.database.db.select().from(customerChannels);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ engineerUserId: 'UENG00002', enterprise: true, linkedBy: PEOPLE.agent });
  });

  it('explains a malformed link and an unknown subcommand, and shows help', async () => {
    const noMention = await h.slack.command({
      text: 'link dana',
      userId: PEOPLE.agent,
      channelId: PEOPLE.otherCustomerChannel,
    });
    expect(noMention.text).toContain('Name the engineer');
    const unknown = await h.slack.command({
      text: 'frobnicate',
      userId: PEOPLE.agent,
      channelId: PEOPLE.otherCustomerChannel,
    });
    expect(unknown.text).toContain('/complaints help');
    const help = await h.slack.command({
      text: 'help',
      userId: PEOPLE.customer,
      channelId: PEOPLE.otherCustomerChannel,
    });
    expect(help.text).toContain('/complaints link');
    expect(await h.app.database.db.select().from(customerChannels)).toHaveLength(1);
  });

  it('refuses to link the triage channel itself', async () => {
    const res = await h.slack.command({
      text: `link <@${PEOPLE.engineer}>`,
      userId: PEOPLE.agent,
      channelId: PEOPLE.triage,
    });
    expect(res.text).toContain('triage channel');
  });
});
