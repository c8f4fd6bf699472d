import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { editAction } from '../../../src/listeners/actions/edit.js';
import { draftForEditing } from '../../../src/services/drafts.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, CUSTOMER, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/drafts.js', () => ({ draftForEditing: vi.fn() }));

const draft = {
  id: 7,
  ticketId: 3,
  cycle: 0,
  source: 'rules',
  purpose: 'reply',
  fallbackReason: null,
  language: 'en',
  reply: 'We are sorry the video freezes. We are checking it and will update you by 15:00.',
  followUps: [],
  summary: 'Video freezes',
  findings: [],
  status: 'proposed',
  createdAt: new Date('2026-03-02T09:00:00Z'),
  editedFromId: null,
  actedBy: null,
  actedAt: null,
  outgoing: null,
  outgoingLanguage: null,
  translationNote: null,
} as Draft;

describe('Edit', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(draftForEditing).mockReset();
  });
  const click = (params: { userId?: string; triggerId?: string | null } = {}) =>
    blockAction(slack, {
      actionId: IDS.actions.edit,
      channelId: TRIAGE,
      value: JSON.stringify({ t: 3, d: 7 }),
      ...params,
    });

  it('opens the edit modal with the draft, with the click’s trigger', async () => {
    vi.mocked(draftForEditing).mockResolvedValue(draft);
    const deps = fakeDeps();
    const { args, ack } = click();
    await editAction(deps)(args);
    expect(ack).toHaveBeenCalledOnce();
    expect(draftForEditing).toHaveBeenCalledWith(deps, { draftId: 7, ticketId: 3, agentId: AGENT, on: clickedOn() });
    const [open] = slack.callsOf('views.open');
    expect(open!.args.trigger_id).toBe('1234.5678.abcd');
    expect(open!.args.view).toMatchObject({ callback_id: IDS.views.editDraft, private_metadata: expect.any(String) });
    expect(JSON.stringify(open!.args.view)).toContain(draft.reply);
  });

  it('tells a non-agent why, and opens nothing', async () => {
    vi.mocked(draftForEditing).mockRejectedValue(new NotAnAgentError('edit replies'));
    const { args } = click({ userId: CUSTOMER });
    await editAction(fakeDeps())(args);
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toContain('Only support agents');
  });

  it('asks for another click when Slack sent no trigger, or when the trigger has expired', async () => {
    vi.mocked(draftForEditing).mockResolvedValue(draft);
    await editAction(fakeDeps())(click({ triggerId: null }).args);
    expect(slack.callsOf('views.open')).toEqual([]);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toContain('Please click again');

    // https://docs.slack.dev/reference/methods/views.open: a trigger is good for 3 seconds.
    slack.refuse('views.open', 'expired_trigger_id');
    const deps = fakeDeps();
    await editAction(deps)(click().args);
    expect(deps.log.lines.find((l) => l.level === 'error')?.fields.error).toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
    expect(slack.callsOf('chat.postEphemeral')[1]!.args.text).toContain('Something went wrong on our side');
  });

  it('tells the clicker when the draft was already handled', async () => {
    vi.mocked(draftForEditing).mockRejectedValue(
      new InvalidInputError('This draft was already handled; the card shows the current one.'),
    );
    await editAction(fakeDeps())(click().args);
    expect(slack.callsOf('chat.postEphemeral')[0]!.args.text).toBe(
      'This draft was already handled; the card shows the current one.',
    );
  });
});
