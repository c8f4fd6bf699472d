import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerChannels } from '../../src/db/schema/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { linkChannel, updateSettings } from '../../src/services/channels.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { checkOurPerson } from '../../src/services/people.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { InProcessSlack } from '../support/in-process-slack.js';
import { serviceDeps } from '../support/service-deps.js';

const TRIAGE = 'CTRIAGE01';
const CHANNEL = 'CCUST0001';
const AGENT = 'UAGENT001';
const ENGINEER = 'UENG00001';
const CUSTOMER = 'UCUST0001';

describe('only our own people can be paired as a channel’s engineer', () => {
  let t: TestDatabase;
  let slack: InProcessSlack;
  let deps: ServiceDeps;

  beforeAll(async () => {
    t = await createTestDatabase();
    slack = new InProcessSlack();
    deps = serviceDeps(t.database.db, { triage: TRIAGE, agents: [AGENT], staff: [ENGINEER], slack });
    slack
      .addUser(CUSTOMER, { team_id: 'TCUST0001', name: 'cora' })
      .addUser('UBOTPERSN', { is_bot: true })
      .addUser('UGONE0001', { deleted: true })
      .addUser('UGUEST001', { is_restricted: true })
      .addUser('UGUEST002', { is_restricted: true, is_ultra_restricted: true });
  });
  afterAll(() => t.drop());

  const link = (engineerUserId: string) =>
    linkChannel(deps, { channelId: CHANNEL, actorId: AGENT, engineerUserId, enterprise: false });
  const rows = () => deps.db.select().from(customerChannels);

  it.each([
    [CUSTOMER, 'belongs to another workspace'],
    ['UBOTPERSN', 'is a bot, not a person'],
    ['UGONE0001', 'has been deactivated'],
    ['UGUEST001', 'is a guest of this workspace'],
    ['UGUEST002', 'is a guest of this workspace'],
    ['UNOBODY01', 'is not a member of this workspace'],
  ])('/complaints link @%s is refused: it %s, and nothing is linked', async (who, why) => {
    const refusal = link(who);
    await expect(refusal).rejects.toBeInstanceOf(InvalidInputError);
    await expect(link(who)).rejects.toThrow(why);
    expect(await rows()).toEqual([]);
  });

  it('an active full member of our workspace is paired', async () => {
    await link(ENGINEER);
    expect(await rows()).toEqual([expect.objectContaining({ channelId: CHANNEL, engineerUserId: ENGINEER })]);
  });

  it('the settings window refuses a customer as engineer, under its field, and keeps the old one', async () => {
    const refusal = updateSettings(deps, {
      channelId: CHANNEL,
      actorId: AGENT,
      settings: { engineerUserId: CUSTOMER, enterprise: true },
    });
    await expect(refusal).rejects.toMatchObject({ field: 'engineerUserId' });
    await expect(refusal).rejects.toThrow(`<@${CUSTOMER}> belongs to another workspace`);
    expect(await rows()).toEqual([expect.objectContaining({ engineerUserId: ENGINEER, enterprise: false })]);
  });

  it('the doctor and linking share the rule: the same answer for each person', async () => {
    const client = slack.client();
    expect(await checkOurPerson(client, ENGINEER, slack.teamId)).toEqual({ ok: true, name: 'ueng00001' });
    expect(await checkOurPerson(client, CUSTOMER, slack.teamId)).toEqual({
      ok: false,
      problem: 'other_workspace',
      name: 'cora',
    });
    expect(await checkOurPerson(client, 'UNOBODY01', slack.teamId)).toEqual({ ok: false, problem: 'unknown' });
    // A Slack error other than user_not_found is not an answer about the person: it is thrown for the caller.
    slack.refuse('users.info', 'missing_scope');
    await expect(checkOurPerson(client, ENGINEER, slack.teamId)).rejects.toThrow(/missing_scope/);
  });
});
