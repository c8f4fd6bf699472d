import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../src/db/schema/index.js';
import { InvalidInputError, NotAnAgentError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { editDraftSubmit } from '../../../src/listeners/views/edit-draft-submit.js';
import { sendEditedDraft } from '../../../src/services/drafts.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, fakeDeps, viewSubmission } from '../fakes.js';

vi.mock('../../../src/services/drafts.js', () => ({ sendEditedDraft: vi.fn() }));

const draft = {
  id: 7,
  ticketId: 3,
  language: 'en',
  reply: 'We are checking it.',
  followUps: [],
  findings: [],
  status: 'proposed',
} as unknown as Draft;

const values = (text: string, sendAnyway = false) => ({
  [IDS.blocks.draftText]: { [IDS.inputs.draftText]: { type: 'plain_text_input', value: text } },
  ...(sendAnyway
    ? {
        [IDS.blocks.sendAnyway]: {
          [IDS.inputs.sendAnyway]: { type: 'checkboxes', selected_options: [{ value: 'yes' }] },
        },
      }
    : {}),
});

describe('Edit modal submit', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(sendEditedDraft).mockReset();
  });
  const submit = (text: string, options: { sendAnyway?: boolean; metadata?: string; userId?: string } = {}) =>
    viewSubmission(slack, {
      callbackId: IDS.views.editDraft,
      privateMetadata: options.metadata ?? JSON.stringify({ draftId: 7 }),
      values: values(text, options.sendAnyway),
      userId: options.userId,
    });

  it('sends the agent’s words and closes the modal', async () => {
    vi.mocked(sendEditedDraft).mockResolvedValue({ kind: 'sending', draft });
    const deps = fakeDeps();
    const { args, ack } = submit('We found it and will update you by 15:00.', { sendAnyway: true });
    await editDraftSubmit(deps)(args);
    expect(sendEditedDraft).toHaveBeenCalledWith(deps, {
      draftId: 7,
      agentId: AGENT,
      text: 'We found it and will update you by 15:00.',
      sendAnyway: true,
    });
    expect(ack.mock.calls).toEqual([[]]);
  });

  it('shows serious tone findings in the same modal, with the agent’s text kept', async () => {
    const findings = [
      { rule: 'blame', severity: 'serious', excerpt: 'your network', explanation: 'Blames the customer.' },
    ];
    vi.mocked(sendEditedDraft).mockResolvedValue({ kind: 'needs_confirmation', draft, findings } as never);
    const { args, ack } = submit('It is your network.');
    await editDraftSubmit(fakeDeps())(args);
    expect(ack).toHaveBeenCalledOnce();
    const answer = ack.mock.calls[0]![0] as { response_action: string; view: unknown };
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain('It is your network.');
    expect(JSON.stringify(answer.view)).toContain(IDS.blocks.sendAnyway);
  });

  it('shows every refusal under the reply, the only input, and keeps the modal open', async () => {
    vi.mocked(sendEditedDraft).mockRejectedValueOnce(new NotAnAgentError('send replies'));
    vi.mocked(sendEditedDraft).mockRejectedValueOnce(new InvalidInputError('The reply is empty.', { field: 'text' }));
    vi.mocked(sendEditedDraft).mockResolvedValueOnce({ kind: 'already_handled' });
    const answers: unknown[] = [];
    for (const text of ['Hi', '  ', 'Hi again']) {
      const { args, ack } = submit(text);
      await editDraftSubmit(fakeDeps())(args);
      expect(ack).toHaveBeenCalledOnce();
      answers.push(ack.mock.calls[0]![0]);
    }
    expect(answers).toEqual([
      {
        response_action: 'errors',
        errors: { [IDS.blocks.draftText]: 'Only support agents (members of the triage channel) can send replies.' },
      },
      { response_action: 'errors', errors: { [IDS.blocks.draftText]: 'The reply is empty.' } },
      {
        response_action: 'errors',
        errors: {
          [IDS.blocks.draftText]:
            'Someone already handled this draft; nothing was sent. The card shows the current state.',
        },
      },
    ]);
  });

  it('refuses a modal whose metadata it cannot read, and shows an unexpected failure with its reference', async () => {
    const stale = submit('Hi', { metadata: '{"draftId":"7"' });
    await editDraftSubmit(fakeDeps())(stale.args);
    expect(sendEditedDraft).not.toHaveBeenCalled();
    expect(stale.ack).toHaveBeenCalledWith({
      response_action: 'errors',
      errors: { [IDS.blocks.draftText]: 'This window is out of date. Please close it and click Edit again.' },
    });

    vi.mocked(sendEditedDraft).mockRejectedValue(new Error('deadlock detected'));
    const deps = fakeDeps();
    const failing = submit('Hi');
    await editDraftSubmit(deps)(failing.args);
    const ref = deps.log.lines.find((l) => l.level === 'error')!.fields.ref;
    expect(JSON.stringify(failing.ack.mock.calls[0]![0])).toContain(`quote reference ${ref}`);
  });
});
