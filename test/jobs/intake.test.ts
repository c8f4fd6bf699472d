import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidJobPayloadError } from '../../src/queue/define.js';
import { intakeDeletionJob, intakeEditJob, intakeMessageJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { CHANNEL, CUSTOMER, claimed, jobDeps, ROOT_TS, resetSlack, startSlack } from './fakes.js';

vi.mock('../../src/services/intake.js', async (original) => ({
  ...(await original<typeof import('../../src/services/intake.js')>()),
  receiveMessage: vi.fn(async () => ({ kind: 'opened', ticketId: 7 })),
  receiveEdit: vi.fn(async () => true),
  receiveDeletion: vi.fn(async () => false),
}));
const { receiveDeletion, receiveEdit, receiveMessage } = await import('../../src/services/intake.js');

const message = {
  channelId: CHANNEL,
  ts: ROOT_TS,
  userId: CUSTOMER,
  authorTeamId: 'TCUST0001',
  homeTeamId: 'THOME0001',
  sharedChannel: true,
  text: '直播连麦的时候频繁掉线',
  attachments: [{ kind: 'image' as const, name: 'freeze.png' }],
  eventId: 'Ev0001',
};

describe('the intake jobs', () => {
  let env: Awaited<ReturnType<typeof startSlack>>;
  beforeAll(async () => {
    env = await startSlack();
  });
  afterAll(() => env.slack.stop());
  beforeEach(() => resetSlack(env.slack));

  it('intake.message hands the stored message to intake and logs the outcome with the event id', async () => {
    const deps = jobDeps(env.client);
    const result = await runJob(claimed(intakeMessageJob, message), deps);
    const { eventId: _, ...incoming } = message;
    expect(receiveMessage).toHaveBeenCalledWith(deps, incoming);
    // The new ticket's receipt is asked to follow at once, in the same slot.
    expect(result).toEqual({ kind: 'opened', ticketId: 7, followedBy: ['receipt:7'] });
    expect(deps.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'message handled',
        fields: expect.objectContaining({ request_id: 'Ev0001', ticket_id: 7 }),
      }),
    );
  });

  it('intake.message refuses a stored message it cannot read, naming what is wrong', async () => {
    const row = claimed(intakeMessageJob, message, { payload: { ...message, sharedChannel: 'yes' } });
    await expect(runJob(row, jobDeps(env.client))).rejects.toMatchObject({
      constructor: InvalidJobPayloadError,
      problems: [{ path: ['sharedChannel'] }],
    });
  });

  it('intake.edit passes the new words with the time of the edit', async () => {
    const edit = { channelId: CHANNEL, ts: ROOT_TS, text: 'still dropping', editTs: '1772445700.000200' };
    const deps = jobDeps(env.client);
    expect(await runJob(claimed(intakeEditJob, edit), deps)).toEqual({ changed: true });
    expect(receiveEdit).toHaveBeenCalledWith(deps, {
      channelId: CHANNEL,
      ts: ROOT_TS,
      text: 'still dropping',
      at: new Date(1772445700000),
    });
  });

  it('intake.delete passes the deletion with its time', async () => {
    const deletion = { channelId: CHANNEL, ts: ROOT_TS, deleteTs: '1772445800.000000' };
    const deps = jobDeps(env.client);
    expect(await runJob(claimed(intakeDeletionJob, deletion), deps)).toEqual({ changed: false });
    expect(receiveDeletion).toHaveBeenCalledWith(deps, {
      channelId: CHANNEL,
      ts: ROOT_TS,
      at: new Date(1772445800000),
    });
  });

  it('keys a redelivered event to the same work, and each edit of a message apart', () => {
    expect(intakeMessageJob.item(message).onceKey).toBe(
      intakeMessageJob.item({ ...message, eventId: 'Ev0002' }).onceKey,
    );
    const edit = { channelId: CHANNEL, ts: ROOT_TS, text: 'a', editTs: '1.1' };
    expect(intakeEditJob.keyOf(edit)).not.toBe(intakeEditJob.keyOf({ ...edit, editTs: '1.2' }));
    expect(intakeDeletionJob.keyOf({ channelId: CHANNEL, ts: ROOT_TS })).not.toBe(
      intakeMessageJob.keyOf({ channelId: CHANNEL, ts: ROOT_TS }),
    );
  });
});
