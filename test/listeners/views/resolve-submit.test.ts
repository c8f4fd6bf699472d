import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import type { Resolution } from '../../../src/domain/resolution.js';
import { InvalidInputError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { resolveNoteSubmit } from '../../../src/listeners/views/resolve-note-submit.js';
import { resolveSubmit } from '../../../src/listeners/views/resolve-submit.js';
import { resolveWithCause, resolveWithNote } from '../../../src/services/resolution.js';
import { checkViewArgument } from '../../support/block-kit-rules.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { resolveValues } from '../../support/resolve-form.js';
import { AGENT, fakeDeps, viewSubmission } from '../fakes.js';

vi.mock('../../../src/services/resolution.js', () => ({ resolveWithCause: vi.fn(), resolveWithNote: vi.fn() }));

const ticket = { id: 3, status: 'waiting_on_us', language: 'en', resolvedBy: null } as Ticket;
const resolution: Resolution = { side: 'our_service', rootCause: 'Jakarta node overloaded', fix: 'Added capacity' };

describe('Resolve window submit', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(resolveWithCause).mockReset();
  });
  const submit = (values: ReturnType<typeof resolveValues>, metadata = '{"t":3}') =>
    viewSubmission(slack, { callbackId: IDS.views.resolve, privateMetadata: metadata, values });

  it('with only the side: resolves and closes the window', async () => {
    vi.mocked(resolveWithCause).mockResolvedValue({ kind: 'resolved', ticket });
    const deps = fakeDeps();
    const { args, ack } = submit(resolveValues({ side: 'not_found' }));
    await resolveSubmit(deps)(args);
    expect(resolveWithCause).toHaveBeenCalledWith(deps, {
      ticketId: 3,
      agentId: AGENT,
      side: 'not_found',
      rootCause: null,
      fix: null,
      tellCustomer: false,
    });
    expect(ack).toHaveBeenCalledExactlyOnceWith();
    expect(slack.calls).toEqual([]);
  });

  it('with the cause and "tell the customer": shows the drafted note to approve, as Slack would take it', async () => {
    vi.mocked(resolveWithCause).mockResolvedValue({
      kind: 'review_note',
      ticket,
      resolution,
      note: 'We looked into this: the trouble was on our side (Jakarta node overloaded).',
      findings: [],
    });
    const { args, ack } = submit(
      resolveValues({ side: 'our_service', cause: resolution.rootCause!, fix: resolution.fix!, tell: true }),
    );
    await resolveSubmit(fakeDeps())(args);
    expect(resolveWithCause).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ tellCustomer: true }));
    const answer = ack.mock.calls[0]![0] as { response_action: string; view: { callback_id: string } };
    expect(answer.response_action).toBe('update');
    expect(answer.view.callback_id).toBe(IDS.views.resolveNote);
    expect(JSON.stringify(answer.view)).toContain('Jakarta node overloaded');
    expect(checkViewArgument(answer.view)).toBeUndefined();
  });

  it('shows a field’s error under that field and keeps the window open', async () => {
    vi.mocked(resolveWithCause).mockRejectedValue(
      new InvalidInputError('Keep the root cause short.', { field: 'rootCause' }),
    );
    const { args, ack } = submit(resolveValues({ side: 'our_service', cause: 'x' }));
    await resolveSubmit(fakeDeps())(args);
    expect(ack).toHaveBeenCalledExactlyOnceWith({
      response_action: 'errors',
      errors: { [IDS.blocks.rootCause]: 'Keep the root cause short.' },
    });
  });

  it('a missing side is shown under the side', async () => {
    vi.mocked(resolveWithCause).mockRejectedValue(
      new InvalidInputError('Choose where the problem was.', { field: 'side' }),
    );
    const { args, ack } = submit(resolveValues({}));
    await resolveSubmit(fakeDeps())(args);
    expect(ack).toHaveBeenCalledExactlyOnceWith({
      response_action: 'errors',
      errors: { [IDS.blocks.side]: 'Choose where the problem was.' },
    });
  });

  it('says so when someone else resolved it first', async () => {
    vi.mocked(resolveWithCause).mockResolvedValue({
      kind: 'already_resolved',
      ticket: { ...ticket, status: 'resolved' },
    });
    const { args, ack } = submit(resolveValues({ side: 'not_found' }));
    await resolveSubmit(fakeDeps())(args);
    expect(ack).toHaveBeenCalledExactlyOnceWith({
      response_action: 'errors',
      errors: { [IDS.blocks.side]: expect.stringMatching(/already resolved/) },
    });
  });

  it('an unreadable window asks to start again and calls nothing', async () => {
    const { args, ack } = submit(resolveValues({ side: 'not_found' }), 'nonsense');
    await resolveSubmit(fakeDeps())(args);
    expect(resolveWithCause).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalledExactlyOnceWith({
      response_action: 'errors',
      errors: { [IDS.blocks.side]: expect.stringMatching(/out of date/) },
    });
  });
});

describe('Closing note window submit', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(resolveWithNote).mockReset();
  });
  const metadata = JSON.stringify({ t: 3, ...resolution });
  const submit = (note: string, sendAnyway = false) =>
    viewSubmission(slack, {
      callbackId: IDS.views.resolveNote,
      privateMetadata: metadata,
      values: {
        [IDS.blocks.closingNote]: { [IDS.inputs.closingNote]: { type: 'plain_text_input', value: note } },
        ...(sendAnyway
          ? {
              [IDS.blocks.sendAnyway]: {
                [IDS.inputs.sendAnyway]: { type: 'checkboxes', selected_options: [{ value: 'yes' }] },
              },
            }
          : {}),
      },
    });

  it('resolves with the approved note and the resolution carried from the first window', async () => {
    vi.mocked(resolveWithNote).mockResolvedValue({ kind: 'resolved', ticket });
    const deps = fakeDeps();
    const { args, ack } = submit('It was on our side; we added capacity.');
    await resolveNoteSubmit(deps)(args);
    expect(resolveWithNote).toHaveBeenCalledWith(deps, {
      ticketId: 3,
      agentId: AGENT,
      resolution,
      note: 'It was on our side; we added capacity.',
      sendAnyway: false,
    });
    expect(ack).toHaveBeenCalledExactlyOnceWith();
  });

  it('comes back with the findings when the note needs a second look', async () => {
    vi.mocked(resolveWithNote).mockResolvedValue({
      kind: 'needs_confirmation',
      ticket,
      resolution,
      note: 'Your network is bad.',
      findings: [{ rule: 'blame', severity: 'serious', excerpt: 'Your network is bad', explanation: 'Blame.' }],
    });
    const { args, ack } = submit('Your network is bad.');
    await resolveNoteSubmit(fakeDeps())(args);
    const answer = ack.mock.calls[0]![0] as { response_action: string; view: unknown };
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain(IDS.blocks.sendAnyway);
    expect(checkViewArgument(answer.view)).toBeUndefined();
  });

  it('passes "send anyway" on', async () => {
    vi.mocked(resolveWithNote).mockResolvedValue({ kind: 'resolved', ticket });
    await resolveNoteSubmit(fakeDeps())(submit('Your network is bad.', true).args);
    expect(resolveWithNote).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ sendAnyway: true }));
  });

  it('shows an error under the note', async () => {
    vi.mocked(resolveWithNote).mockRejectedValue(new InvalidInputError('Too long.', { field: 'closingNote' }));
    const { args, ack } = submit('x');
    await resolveNoteSubmit(fakeDeps())(args);
    expect(ack).toHaveBeenCalledExactlyOnceWith({
      response_action: 'errors',
      errors: { [IDS.blocks.closingNote]: 'Too long.' },
    });
  });
});
