import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KnownProblem } from '../../../src/db/schema/index.js';
import { NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { complaintsCommand } from '../../../src/listeners/commands/complaints.js';
import { problemsOverview } from '../../../src/services/problems-overview.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CUSTOMER, fakeDeps, slashCommand } from '../fakes.js';

vi.mock('../../../src/services/problems-overview.js', () => ({ problemsOverview: vi.fn() }));

const problem = (id: number, title: string) =>
  ({ id, title, status: 'open', createdAt: new Date('2026-03-01T10:00:00Z') }) as KnownProblem;

describe('/complaints problems', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(problemsOverview).mockReset();
  });
  const run = async (userId = AGENT) => {
    const { args, ack } = slashCommand(slack, { text: 'problems', userId });
    const deps = fakeDeps();
    await complaintsCommand(deps, { requestReport: vi.fn(), requestExport: vi.fn() })(args);
    return { ack, deps };
  };

  it('answers the asker with the open problems (to mark fixed) and the updates waiting (to approve all)', async () => {
    vi.mocked(problemsOverview).mockResolvedValue({
      open: [{ problem: problem(4, 'Echo on <!here> Android 14'), linked: 5, openTickets: 2 }],
      waiting: [{ problem: problem(3, 'Jakarta backbone'), pending: 3 }],
      openTotal: 1,
    });
    const { ack, deps } = await run();
    expect(problemsOverview).toHaveBeenCalledWith(deps, { agentId: AGENT });
    const answer = ack.mock.calls[0]![0] as { response_type: string; text: string; blocks: unknown[] };
    expect(answer.response_type).toBe('ephemeral');
    const json = JSON.stringify(answer.blocks);
    expect(json).toContain('Echo on &lt;!here&gt; Android 14');
    expect(json).toContain(`"action_id":"${IDS.actions.resolveProblem}"`);
    expect(json).toContain(`"action_id":"${IDS.actions.approveProblemUpdates}"`);
    expect(json).toContain('Send 3 updates?');
    expect(json).toContain(JSON.stringify(JSON.stringify({ k: 3 })).slice(1, -1));
  });

  it('refuses someone who is not an agent, in the ack', async () => {
    vi.mocked(problemsOverview).mockRejectedValue(new NotAnAgentError('list known problems'));
    const { ack } = await run(CUSTOMER);
    expect(ack).toHaveBeenCalledWith({
      response_type: 'ephemeral',
      text: 'Only support agents (members of the triage channel) can list known problems.',
    });
  });
});
