import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { customerChannels, outbox, ticketActivity, tickets } from '../../src/db/schema/index.js';
import { MAX_REPLY_LENGTH } from '../../src/domain/message-text.js';
import { InvalidInputError, NotFoundError } from '../../src/errors.js';
import { silentLog } from '../../src/logger.js';
import { linkChannel, updateSettings } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { sendEditedDraft } from '../../src/services/drafts.js';
import { PeopleDirectory } from '../../src/services/people.js';
import { openTicketManually, requestTicketFromReaction } from '../../src/services/ticket-actions.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { InProcessSlack } from '../support/in-process-slack.js';

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const AGENT = 'UAGENT001';

describe('opening tickets by hand, channel settings and edited replies', () => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  let woken = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = {
      db: t.database.db,
      config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', TRIAGE_CHANNEL_ID: TRIAGE }),
      log: silentLog,
      people: new PeopleDirectory(
        new InProcessSlack().setMembers(TRIAGE, [AGENT]).addUser('UENG00001').client(),
        TRIAGE,
      ),
      now: () => new Date('2026-03-02T10:00:00Z'),
      wake: () => {
        woken += 1;
      },
    };
    await linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId: 'UENG00001', enterprise: true });
  });
  afterAll(() => t.drop());

  const message = (ts: string, extra: Record<string, string> = {}) => ({
    channelId: CHANNEL,
    ts,
    text: '通话总是掉线',
    userId: 'UCUST0001',
    userTeamId: 'TCUST0001',
    ...extra,
  });

  it('opens a ticket once from a person’s message, whichever way it is asked for', async () => {
    const wokenBefore = woken;
    const first = await openTicketManually(deps, {
      message: message('1772445600.000100'),
      agentId: AGENT,
      via: 'reaction',
    });
    expect(first.created).toBe(true);
    expect(first.ticket).toMatchObject({
      channelId: CHANNEL,
      rootTs: '1772445600.000100',
      openedVia: 'reaction',
      openedBy: AGENT,
      enterprise: true,
      language: 'zh',
      createdAt: new Date(1772445600000),
    });
    expect(woken).toBe(wokenBefore + 1);
    const again = await openTicketManually(deps, {
      message: message('1772445600.000100'),
      agentId: AGENT,
      via: 'shortcut',
    });
    expect(again).toMatchObject({ created: false, ticket: { id: first.ticket.id, openedVia: 'reaction' } });
    expect(woken).toBe(wokenBefore + 1);
    const activity = await deps.db.select().from(ticketActivity).where(eq(ticketActivity.ticketId, first.ticket.id));
    expect(activity.filter((a) => a.action === 'opened_manually')).toEqual([
      expect.objectContaining({ actorUserId: AGENT }),
    ]);
    const jobs = await deps.db.select().from(outbox);
    expect(jobs.filter((j) => j.onceKey === `receipt:${first.ticket.id}`)).toHaveLength(1);
  });

  it('refuses an app’s message and a reply inside a thread, and opens nothing', async () => {
    const before = (await deps.db.select().from(tickets)).length;
    await expect(
      openTicketManually(deps, {
        message: message('1772445601.000100', { botId: 'B1' }),
        agentId: AGENT,
        via: 'shortcut',
      }),
    ).rejects.toThrow(/person’s message/);
    await expect(
      openTicketManually(deps, {
        message: { ...message('1772445602.000100'), userId: undefined },
        agentId: AGENT,
        via: 'shortcut',
      }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(
      openTicketManually(deps, {
        message: message('1772445603.000100', { threadTs: '1772445600.000100' }),
        agentId: AGENT,
        via: 'shortcut',
      }),
    ).rejects.toThrow(/first message of a conversation/);
    expect(await deps.db.select().from(tickets)).toHaveLength(before);
  });

  it('stores a :ticket: reaction once per Slack event, however often Slack delivers it', async () => {
    const params = { eventId: 'EvREACT01', channelId: CHANNEL, ts: '1772445700.000100', agentId: AGENT };
    await requestTicketFromReaction(deps, params);
    await requestTicketFromReaction(deps, params);
    const jobs = (await deps.db.select().from(outbox)).filter((j) => j.onceKey === `reaction:${CHANNEL}:${params.ts}`);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.payload).toEqual({ channelId: CHANNEL, ts: params.ts, userId: AGENT });
  });

  it('names the field of a bad setting as data, and keeps the old settings', async () => {
    const attempt = (settings: Parameters<typeof updateSettings>[1]['settings']) =>
      updateSettings(deps, { channelId: CHANNEL, actorId: AGENT, settings }).catch((e: unknown) => e);
    const badZone = await attempt({
      enterprise: false,
      timeZone: 'Mars/Olympus',
      businessHours: 'mon-fri 09:00-18:00',
    });
    expect(badZone).toBeInstanceOf(InvalidInputError);
    expect(badZone).toMatchObject({ field: 'timeZone', message: expect.stringContaining('Mars/Olympus') });
    const badHours = await attempt({ enterprise: false, timeZone: 'Asia/Shanghai', businessHours: 'nine to five' });
    expect(badHours).toMatchObject({ field: 'businessHours', message: expect.stringContaining('should look like') });
    const [row] = await deps.db.select().from(customerChannels).where(eq(customerChannels.channelId, CHANNEL));
    expect(row).toMatchObject({ enterprise: true, businessHours: null, timeZone: null });

    const unlinked = await updateSettings(deps, {
      channelId: 'CNOTLINKED',
      actorId: AGENT,
      settings: { enterprise: false },
    }).catch((e: unknown) => e);
    expect(unlinked).toBeInstanceOf(NotFoundError);
    expect(unlinked).toMatchObject({ field: undefined });
  });

  it('names the reply as the field of an empty or overlong edit', async () => {
    const edit = (text: string) =>
      sendEditedDraft(deps, { draftId: 1, agentId: AGENT, text, sendAnyway: false }).catch((e: unknown) => e);
    expect(await edit('   ')).toMatchObject({ field: 'text', message: expect.stringContaining('empty') });
    const overlong = await edit('x'.repeat(MAX_REPLY_LENGTH + 1));
    expect(overlong).toMatchObject({ field: 'text', message: expect.stringContaining('longer than') });
  });
});
