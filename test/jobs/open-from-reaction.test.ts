import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError, NotAnAgentError } from '../../src/errors.js';
import { openFromReactionJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { AGENT, CHANNEL, CUSTOMER, claimed, jobDeps, ROOT_TS, ticket, useSlack } from './fakes.js';

vi.mock('../../src/services/ticket-actions.js', () => ({
  openTicketManually: vi.fn(async () => ({ ticket: ticket(), created: true })),
}));
const { openTicketManually } = await import('../../src/services/ticket-actions.js');

const payload = { channelId: CHANNEL, ts: ROOT_TS, userId: AGENT };

describe('the ticket.open_from_reaction job', () => {
  const env = useSlack();
  beforeEach(() => {
    vi.mocked(openTicketManually).mockClear();
  });

  it('fetches the message the reaction was put on and opens a ticket from it for the reacting agent', async () => {
    env.slack.seedMessage({ channel: CHANNEL, ts: ROOT_TS, text: 'Video freezes in every meeting', user: CUSTOMER });
    const deps = jobDeps(env.client);
    const result = await runJob(claimed(openFromReactionJob, payload), deps);
    expect(result).toEqual({ ticketId: 7, created: true });
    expect(openTicketManually).toHaveBeenCalledWith(deps, {
      message: expect.objectContaining({
        channelId: CHANNEL,
        ts: ROOT_TS,
        text: 'Video freezes in every meeting',
        userId: CUSTOMER,
      }),
      agentId: AGENT,
      via: 'reaction',
    });
    expect(env.slack.callsOf('conversations.history')[0]!.args).toMatchObject({
      channel: CHANNEL,
      latest: ROOT_TS,
      oldest: ROOT_TS,
    });
  });

  it('opens nothing for a reaction on a reply in a thread (history lists top-level messages only)', async () => {
    env.slack.seedMessage({
      channel: CHANNEL,
      ts: '1772445700.000200',
      text: 'me too',
      user: CUSTOMER,
      thread_ts: ROOT_TS,
    });
    const result = await runJob(
      claimed(openFromReactionJob, { ...payload, ts: '1772445700.000200' }),
      jobDeps(env.client),
    );
    expect(result).toEqual({ skipped: 'not a top-level message' });
    expect(openTicketManually).not.toHaveBeenCalled();
  });

  it('finishes quietly when the service refuses (a reactor who is not an agent has no one to be told)', async () => {
    env.slack.seedMessage({ channel: CHANNEL, ts: ROOT_TS, text: 'Calls drop', user: CUSTOMER });
    vi.mocked(openTicketManually).mockRejectedValueOnce(new NotAnAgentError('open tickets'));
    const result = await runJob(claimed(openFromReactionJob, payload), jobDeps(env.client));
    expect(result).toMatchObject({ skipped: expect.stringContaining('Only support agents') });
    vi.mocked(openTicketManually).mockRejectedValueOnce(new InvalidInputError('not from an app'));
    expect(await runJob(claimed(openFromReactionJob, payload), jobDeps(env.client))).toEqual({
      skipped: 'not from an app',
    });
  });

  it('lets other failures through, to be retried', async () => {
    env.slack.seedMessage({ channel: CHANNEL, ts: ROOT_TS, text: 'Calls drop', user: CUSTOMER });
    vi.mocked(openTicketManually).mockRejectedValueOnce(new Error('connection reset'));
    await expect(runJob(claimed(openFromReactionJob, payload), jobDeps(env.client))).rejects.toThrow(
      'connection reset',
    );
  });

  it('opens one ticket per message, whoever reacts', () => {
    expect(openFromReactionJob.keyOf({ channelId: CHANNEL, ts: ROOT_TS })).toBe(
      openFromReactionJob.item({ ...payload, userId: 'USOMEONE2' }).onceKey,
    );
  });
});
