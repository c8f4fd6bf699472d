import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KnownProblem } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { approveProblemUpdatesAction } from '../../../src/listeners/actions/approve-problem-updates.js';
import { linkProblemAction } from '../../../src/listeners/actions/link-problem.js';
import { linkSuggestedProblemAction } from '../../../src/listeners/actions/link-suggested-problem.js';
import { problemFromIncidentAction } from '../../../src/listeners/actions/problem-from-incident.js';
import { resolveProblemAction } from '../../../src/listeners/actions/resolve-problem.js';
import { unlinkProblemAction } from '../../../src/listeners/actions/unlink-problem.js';
import { linkProblemSubmit } from '../../../src/listeners/views/link-problem-submit.js';
import { resolveProblemSubmit } from '../../../src/listeners/views/resolve-problem-submit.js';
import {
  approveAllUpdates,
  linkFromForm,
  linkTicketToProblem,
  openProblemsForLinking,
  problemForResolving,
  problemFromIncident,
  resolveKnownProblem,
  unlinkTicket,
} from '../../../src/services/known-problems.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, TRIAGE, viewSubmission } from '../fakes.js';

vi.mock('../../../src/services/known-problems.js', () => ({
  approveAllUpdates: vi.fn(),
  linkFromForm: vi.fn(),
  linkTicketToProblem: vi.fn(),
  openProblemsForLinking: vi.fn(),
  problemForResolving: vi.fn(),
  problemFromIncident: vi.fn(),
  resolveKnownProblem: vi.fn(),
  unlinkTicket: vi.fn(),
}));

const problem = {
  id: 5,
  title: 'Echo on <!channel> Android 14',
  status: 'open',
  cause: null,
  fix: null,
} as unknown as KnownProblem;

describe('known-problem controls on the card', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.clearAllMocks();
  });
  const click = (actionId: string, value: unknown, userId = AGENT) =>
    blockAction(slack, { actionId, channelId: TRIAGE, value: JSON.stringify(value), userId });

  it('"Known problem…" opens the modal listing the open problems for the card’s ticket', async () => {
    vi.mocked(openProblemsForLinking).mockResolvedValue([problem]);
    const deps = fakeDeps();
    const { args, ack } = click(IDS.actions.linkProblem, { t: 3 });
    await linkProblemAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(openProblemsForLinking).toHaveBeenCalledWith(deps, { agentId: AGENT, ticketId: 3, on: clickedOn() });
    const [open] = slack.callsOf('views.open');
    const view = (open!.args as { view: { callback_id: string; private_metadata: string } }).view;
    expect(view.callback_id).toBe(IDS.views.linkProblem);
    expect(JSON.parse(view.private_metadata)).toEqual({ ticketId: 3 });
    expect(JSON.stringify(view)).toContain('"value":"5"');
  });

  it('a non-agent gets the refusal and no modal', async () => {
    vi.mocked(openProblemsForLinking).mockRejectedValue(new NotAnAgentError('link tickets to known problems'));
    await linkProblemAction(fakeDeps())(click(IDS.actions.linkProblem, { t: 3 }, CUSTOMER).args);
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postEphemeral')[0]?.args).toMatchObject({ user: CUSTOMER, channel: TRIAGE });
  });

  it('a suggestion’s Link links that problem in one click', async () => {
    vi.mocked(linkTicketToProblem).mockResolvedValue({ problem, changed: true });
    const deps = fakeDeps();
    await linkSuggestedProblemAction(deps)(click(IDS.actions.linkSuggestedProblem, { t: 3, k: 5 }).args);
    expect(linkTicketToProblem).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      ticketId: 3,
      problemId: 5,
      on: clickedOn(),
    });
    expect(slack.calls).toEqual([]);
  });

  it('a Link without a problem in its value is refused before any service', async () => {
    await linkSuggestedProblemAction(fakeDeps())(click(IDS.actions.linkSuggestedProblem, { t: 3 }).args);
    expect(linkTicketToProblem).not.toHaveBeenCalled();
    expect(String(slack.callsOf('chat.postEphemeral')[0]?.args.text)).toContain('names no known problem');
  });

  it('Unlink unlinks the card’s ticket', async () => {
    vi.mocked(unlinkTicket).mockResolvedValue(true);
    const deps = fakeDeps();
    await unlinkProblemAction(deps)(click(IDS.actions.unlinkProblem, { t: 3, k: 5 }).args);
    expect(unlinkTicket).toHaveBeenCalledWith(deps, { agentId: AGENT, ticketId: 3, problemId: 5, on: clickedOn() });
  });

  it('"Problem fixed…" opens the resolve modal saying how many updates will be drafted', async () => {
    vi.mocked(problemForResolving).mockResolvedValue({ problem, openTickets: 3 });
    const deps = fakeDeps();
    await resolveProblemAction(deps)(click(IDS.actions.resolveProblem, { t: 3, k: 5 }).args);
    expect(problemForResolving).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      problemId: 5,
      ticketId: 3,
      on: clickedOn(),
    });
    const view = (slack.callsOf('views.open')[0]!.args as { view: unknown }).view;
    expect(JSON.stringify(view)).toContain('3 linked tickets are still open');
    expect(JSON.stringify(view)).toContain('&lt;!channel&gt;');
  });

  it('"Approve all" tells how many were approved, and that a second click sent nothing', async () => {
    const deps = fakeDeps();
    vi.mocked(approveAllUpdates).mockResolvedValueOnce({ problem, approved: [1, 2, 3] });
    await approveProblemUpdatesAction(deps)(click(IDS.actions.approveProblemUpdates, { t: 3, k: 5 }).args);
    vi.mocked(approveAllUpdates).mockResolvedValueOnce({ problem, approved: [] });
    await approveProblemUpdatesAction(deps)(click(IDS.actions.approveProblemUpdates, { t: 3, k: 5 }).args);
    expect(approveAllUpdates).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      problemId: 5,
      ticketId: 3,
      on: clickedOn(),
    });
    const told = slack.callsOf('chat.postEphemeral').map((c) => String(c.args.text));
    expect(told[0]).toBe(
      'Approved 3 updates about “Echo on &lt;!channel&gt; Android 14”; each customer gets theirs once.',
    );
    expect(told[1]).toContain('nothing more was sent');
  });

  it('"Approve all" and "Problem fixed…" from the problems list name only the problem', async () => {
    const deps = fakeDeps();
    vi.mocked(approveAllUpdates).mockResolvedValueOnce({ problem, approved: [1] });
    await approveProblemUpdatesAction(deps)(click(IDS.actions.approveProblemUpdates, { k: 5 }).args);
    expect(approveAllUpdates).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      problemId: 5,
      ticketId: undefined,
      on: clickedOn(),
    });
    vi.mocked(problemForResolving).mockResolvedValue({ problem, openTickets: 0 });
    await resolveProblemAction(deps)(click(IDS.actions.resolveProblem, { k: 5 }).args);
    expect(slack.callsOf('views.open')).toHaveLength(1);
    // Unlink needs the card's ticket: without one nothing is called.
    await unlinkProblemAction(deps)(click(IDS.actions.unlinkProblem, { k: 5 }).args);
    expect(unlinkTicket).not.toHaveBeenCalled();
  });

  it('"Make it a known problem" on an incident alert reports the problem and how many tickets it linked', async () => {
    const deps = fakeDeps();
    vi.mocked(problemFromIncident).mockResolvedValue({ problem, created: true, linked: 4 });
    await problemFromIncidentAction(deps)(click(IDS.actions.problemFromIncident, { i: 9 }).args);
    expect(problemFromIncident).toHaveBeenCalledWith(deps, { agentId: AGENT, incidentId: 9, on: clickedOn() });
    expect(String(slack.callsOf('chat.postEphemeral')[0]?.args.text)).toContain('4 tickets linked');
  });
});

describe('known-problem modals', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.clearAllMocks();
  });
  const input = (value: string) => ({ type: 'plain_text_input', value });

  it('the link modal passes the picked problem or the new one’s words, and closes', async () => {
    vi.mocked(linkFromForm).mockResolvedValue(problem);
    const deps = fakeDeps();
    const { args, ack } = viewSubmission(slack, {
      callbackId: IDS.views.linkProblem,
      privateMetadata: JSON.stringify({ ticketId: 3 }),
      values: {
        [IDS.blocks.problemPick]: {
          [IDS.inputs.problemPick]: { type: 'static_select', selected_option: { value: '5' } },
        },
        [IDS.blocks.problemTitle]: { [IDS.inputs.problemTitle]: { type: 'plain_text_input', value: null } },
        [IDS.blocks.problemFix]: { [IDS.inputs.problemFix]: input('Rerouted') },
      },
    });
    await linkProblemSubmit(deps)(args);
    expect(linkFromForm).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      ticketId: 3,
      problemId: 5,
      title: undefined,
      cause: undefined,
      fix: 'Rerouted',
    });
    expect(ack.mock.calls).toEqual([[]]);
  });

  it('shows a service’s complaint under the field it names, and keeps the modal open', async () => {
    vi.mocked(linkFromForm).mockRejectedValue(new InvalidInputError('Too long.', { field: 'fix' }));
    const { args, ack } = viewSubmission(slack, {
      callbackId: IDS.views.linkProblem,
      privateMetadata: JSON.stringify({ ticketId: 3 }),
      values: { [IDS.blocks.problemTitle]: { [IDS.inputs.problemTitle]: input('Echo') } },
    });
    await linkProblemSubmit(fakeDeps())(args);
    expect(ack.mock.calls).toEqual([[{ response_action: 'errors', errors: { [IDS.blocks.problemFix]: 'Too long.' } }]]);
  });

  it('the resolve modal resolves with the cause and fix; a second submit is told it was done', async () => {
    const deps = fakeDeps();
    const submit = () =>
      viewSubmission(slack, {
        callbackId: IDS.views.resolveProblem,
        privateMetadata: JSON.stringify({ problemId: 5 }),
        values: {
          [IDS.blocks.problemCause]: { [IDS.inputs.problemCause]: input('Operator upgrade') },
          [IDS.blocks.problemFix]: { [IDS.inputs.problemFix]: input('Rerouted') },
        },
      });
    vi.mocked(resolveKnownProblem).mockResolvedValueOnce({ problem, drafted: [1, 2, 3], already: false });
    const first = submit();
    await resolveProblemSubmit(deps)(first.args);
    expect(resolveKnownProblem).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      problemId: 5,
      cause: 'Operator upgrade',
      fix: 'Rerouted',
    });
    expect(first.ack.mock.calls).toEqual([[]]);
    vi.mocked(resolveKnownProblem).mockResolvedValueOnce({ problem, drafted: [], already: true });
    const second = submit();
    await resolveProblemSubmit(deps)(second.args);
    expect(second.ack.mock.calls[0]?.[0]).toMatchObject({ response_action: 'errors' });
  });

  it('an out-of-date window is refused without calling a service', async () => {
    const { args, ack } = viewSubmission(slack, {
      callbackId: IDS.views.resolveProblem,
      privateMetadata: '{"problemId":"x"}',
      values: {},
    });
    await resolveProblemSubmit(fakeDeps())(args);
    expect(resolveKnownProblem).not.toHaveBeenCalled();
    expect(JSON.stringify(ack.mock.calls)).toContain('out of date');
  });
});
