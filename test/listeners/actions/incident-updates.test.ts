import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Incident } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAllowedError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { approveIncidentUpdatesAction } from '../../../src/listeners/actions/approve-incident-updates.js';
import { updateIncidentCustomersAction } from '../../../src/listeners/actions/update-incident-customers.js';
import { incidentUpdateSubmit } from '../../../src/listeners/views/incident-update-submit.js';
import {
  approveIncidentUpdates,
  draftIncidentUpdates,
  incidentForUpdate,
} from '../../../src/services/incident-updates.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, MESSAGE_TS, TRIAGE, viewSubmission } from '../fakes.js';

vi.mock('../../../src/services/incident-updates.js', () => ({
  approveIncidentUpdates: vi.fn(),
  draftIncidentUpdates: vi.fn(),
  incidentForUpdate: vi.fn(),
}));

const OPENED = new Date('2026-03-02T10:00:00Z');
const metadata = { incidentId: 9, channelId: TRIAGE, ts: MESSAGE_TS, openedAt: OPENED.toISOString() };

describe('"Update every customer…" on the incident card', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.clearAllMocks();
  });
  const click = (actionId: string, value: unknown, userId = AGENT) =>
    blockAction(slack, { actionId, channelId: TRIAGE, value: JSON.stringify(value), userId });

  it('opens the form for the incident of the card, carrying the card’s place and when it opened', async () => {
    vi.mocked(incidentForUpdate).mockResolvedValue({
      incident: { id: 9 } as Incident,
      unresolved: 4,
      place: { channelId: TRIAGE, ts: MESSAGE_TS },
      openedAt: OPENED,
    });
    const deps = fakeDeps();
    const { args, ack } = click(IDS.actions.updateIncidentCustomers, { i: 9 });
    await updateIncidentCustomersAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(incidentForUpdate).toHaveBeenCalledWith(deps, { agentId: AGENT, incidentId: 9, on: clickedOn() });
    const view = (slack.callsOf('views.open')[0]!.args as { view: { callback_id: string; private_metadata: string } })
      .view;
    expect(view.callback_id).toBe(IDS.views.incidentUpdate);
    expect(JSON.parse(view.private_metadata)).toEqual(metadata);
    expect(JSON.stringify(view)).toContain('Each of the 4 customers');
  });

  it('a non-agent, or a button of another alert, gets the refusal and no form', async () => {
    vi.mocked(incidentForUpdate).mockRejectedValueOnce(new NotAnAgentError('update customers about an incident'));
    await updateIncidentCustomersAction(fakeDeps())(
      click(IDS.actions.updateIncidentCustomers, { i: 9 }, CUSTOMER).args,
    );
    vi.mocked(incidentForUpdate).mockRejectedValueOnce(new NotAllowedError('That button does not belong here.'));
    await updateIncidentCustomersAction(fakeDeps())(click(IDS.actions.updateIncidentCustomers, { i: 8 }).args);
    expect(slack.callsOf('views.open')).toEqual([]);
    const told = slack.callsOf('chat.postEphemeral').map((c) => c.args);
    expect(told).toMatchObject([
      { user: CUSTOMER, channel: TRIAGE, text: expect.stringContaining('Only support agents') },
      { user: AGENT, channel: TRIAGE, text: 'That button does not belong here.' },
    ]);
  });

  it('a value that names no incident is refused before any service', async () => {
    await updateIncidentCustomersAction(fakeDeps())(click(IDS.actions.updateIncidentCustomers, { t: 3 }).args);
    expect(incidentForUpdate).not.toHaveBeenCalled();
    expect(slack.callsOf('chat.postEphemeral')).toHaveLength(1);
  });

  it('"Approve all" tells how many were approved, and that a second click sent nothing', async () => {
    const deps = fakeDeps();
    vi.mocked(approveIncidentUpdates).mockResolvedValueOnce({ approved: [1, 2, 3] });
    await approveIncidentUpdatesAction(deps)(click(IDS.actions.approveIncidentUpdates, { i: 9 }).args);
    vi.mocked(approveIncidentUpdates).mockResolvedValueOnce({ approved: [] });
    await approveIncidentUpdatesAction(deps)(click(IDS.actions.approveIncidentUpdates, { i: 9 }).args);
    expect(approveIncidentUpdates).toHaveBeenCalledWith(deps, { agentId: AGENT, incidentId: 9, on: clickedOn() });
    const told = slack.callsOf('chat.postEphemeral').map((c) => String(c.args.text));
    expect(told[0]).toContain('Approved 3 updates');
    expect(told[1]).toContain('nothing more was sent');
  });
});

describe('the interim update form', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.clearAllMocks();
  });
  const submit = (picked: string | undefined, meta: unknown = metadata, userId = AGENT) =>
    viewSubmission(slack, {
      callbackId: IDS.views.incidentUpdate,
      privateMetadata: JSON.stringify(meta),
      values: {
        [IDS.blocks.nextUpdate]: {
          [IDS.inputs.nextUpdate]: {
            type: 'static_select',
            selected_option: picked === undefined ? null : { value: picked },
          },
        },
      },
      userId,
    });

  it('passes the choice, the card and the round to the service, and closes', async () => {
    vi.mocked(draftIncidentUpdates).mockResolvedValue({ drafted: [1, 2], already: false });
    const deps = fakeDeps();
    const { args, ack } = submit('120');
    await incidentUpdateSubmit(deps)(args);
    expect(draftIncidentUpdates).toHaveBeenCalledWith(deps, {
      agentId: AGENT,
      incidentId: 9,
      nextUpdate: '120',
      place: { channelId: TRIAGE, ts: MESSAGE_TS },
      openedAt: OPENED,
    });
    expect(ack.mock.calls).toEqual([[]]);
  });

  it('an unknown choice or a refusal is shown under the choice, and the form stays open', async () => {
    vi.mocked(draftIncidentUpdates).mockRejectedValueOnce(
      new InvalidInputError('Pick when customers will hear from us next.', { field: 'nextUpdate' }),
    );
    const bad = submit('45');
    await incidentUpdateSubmit(fakeDeps())(bad.args);
    expect(bad.ack.mock.calls).toEqual([
      [
        {
          response_action: 'errors',
          errors: { [IDS.blocks.nextUpdate]: 'Pick when customers will hear from us next.' },
        },
      ],
    ]);
    vi.mocked(draftIncidentUpdates).mockRejectedValueOnce(new NotAnAgentError('update customers about an incident'));
    const outsider = submit('60', metadata, CUSTOMER);
    await incidentUpdateSubmit(fakeDeps())(outsider.args);
    expect(JSON.stringify(outsider.ack.mock.calls)).toContain('Only support agents');
  });

  it('an out-of-date form is refused without calling the service', async () => {
    for (const meta of [{ incidentId: 9 }, { ...metadata, openedAt: 'yesterday' }, { ...metadata, incidentId: -1 }]) {
      const { args, ack } = submit('60', meta);
      await incidentUpdateSubmit(fakeDeps())(args);
      expect(ack.mock.calls[0]?.[0]).toMatchObject({ response_action: 'errors' });
    }
    expect(draftIncidentUpdates).not.toHaveBeenCalled();
  });
});
