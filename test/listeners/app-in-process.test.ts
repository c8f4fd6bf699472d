import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type RunningApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { customerChannels, drafts, outbox } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { silentLog } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { InProcessSlack } from '../support/in-process-slack.js';
import { AGENT, CHANNEL, CUSTOMER, TRIAGE } from './fakes.js';

/**
 * The whole app, its Bolt listeners and services on an in-memory database, with a Web API client that
 * answers in the process: requests go in through Bolt's processEvent (what the receiver calls), and no
 * socket is opened — `fetch` itself fails the test if anything reaches for the network.
 */
describe('the app without any network', () => {
  const slack = new InProcessSlack().setMembers(TRIAGE, [AGENT, 'UBOT0001']).addUser('UENG00001');
  let t: TestDatabase;
  let running: RunningApp;
  const realFetch = globalThis.fetch;

  beforeAll(async () => {
    t = await createTestDatabase();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-in-process',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: 'https://slack.invalid/api/',
      TRIAGE_CHANNEL_ID: TRIAGE,
    });
    running = await createApp({ config, database: t.database, slackClient: slack.client(), log: silentLog });
    globalThis.fetch = vi.fn(async () => {
      throw new Error('the app reached for the network');
    });
  });
  afterEach(() => expect(globalThis.fetch).not.toHaveBeenCalled());
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await running.stop();
    await t.drop();
  });

  /** What the receiver does with a request: hand Bolt the body and an ack that keeps the answer. */
  async function deliver(body: Record<string, unknown>): Promise<unknown> {
    let answer: unknown;
    await running.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        answer = response;
      },
    });
    return answer;
  }

  it('links a channel from the slash command, answering in the ack', async () => {
    const answer = await deliver({
      token: 'legacy',
      team_id: slack.teamId,
      team_domain: 'acme',
      channel_id: CHANNEL,
      channel_name: 'acme-support',
      user_id: AGENT,
      user_name: 'dana',
      command: IDS.command,
      text: 'link <@UENG00001|eng> enterprise',
      api_app_id: 'ATEST0001',
      trigger_id: '1234.5678.abcd',
    });
    expect(answer).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Linked <#CCUST0001>/) });
    expect(await running.database.db.select().from(customerChannels)).toEqual([
      expect.objectContaining({ channelId: CHANNEL, engineerUserId: 'UENG00001', enterprise: true }),
    ]);
    // Who the bot is (Bolt's authorization), which workspace is ours (the engineer must be one of its people) and who
    // the agents are, asked through the app's client.
    expect(slack.callsOf('auth.test')).toHaveLength(2);
    expect(slack.callsOf('users.info').map((c) => c.args.user)).toEqual(['UENG00001']);
    expect(slack.callsOf('conversations.members')[0]!.args).toMatchObject({ channel: TRIAGE });
  });

  it('stores an agent’s :ticket: reaction as work for the outbox', async () => {
    await deliver({
      token: 'legacy',
      team_id: slack.teamId,
      api_app_id: 'ATEST0001',
      type: 'event_callback',
      event_id: 'Ev0APPREACT1',
      event_time: 1772445600,
      authorizations: [{ team_id: slack.teamId, user_id: slack.botUserId, is_bot: true }],
      event: {
        type: 'reaction_added',
        user: AGENT,
        reaction: 'ticket',
        item_user: CUSTOMER,
        item: { type: 'message', channel: CHANNEL, ts: '1772445600.000100' },
        event_ts: '1772445660.000200',
      },
    });
    const jobs = await running.database.db.select().from(outbox);
    expect(jobs.map((j) => j.kind)).toContain('ticket.open_from_reaction');
  });

  it('refuses a customer’s Approve click with an ephemeral note through the app’s client', async () => {
    await deliver({
      type: 'block_actions',
      team: { id: slack.teamId, domain: 'acme' },
      user: { id: CUSTOMER, team_id: 'TCUST0001' },
      api_app_id: 'ATEST0001',
      token: 'legacy',
      trigger_id: '1234.5678.abcd',
      channel: { id: TRIAGE, name: 'triage' },
      container: { type: 'message', channel_id: TRIAGE, message_ts: '1772445500.000100' },
      message: { type: 'message', ts: '1772445500.000100', text: 'card' },
      actions: [
        {
          type: 'button',
          action_id: IDS.actions.approve,
          block_id: 'b1',
          value: JSON.stringify({ t: 1, d: 1 }),
          action_ts: '1772445600.1',
        },
      ],
    });
    expect(slack.callsOf('chat.postEphemeral').map((c) => [c.args.user, c.args.text])).toEqual([
      [CUSTOMER, 'Only support agents (members of the triage channel) can approve replies.'],
    ]);
    expect(await running.database.db.select().from(drafts)).toEqual([]);
  });
});
