import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../../src/db/schema/index.js';
import { IDS } from '../../../src/ids.js';
import { classificationAction } from '../../../src/listeners/actions/classification.js';
import { reclassifyByAgent } from '../../../src/services/ticket-actions.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, blockAction, clickedOn, fakeDeps, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/ticket-actions.js', () => ({ reclassifyByAgent: vi.fn() }));

describe('Category and priority menus', () => {
  let slack: InProcessSlack;
  beforeEach(() => {
    slack = new InProcessSlack();
    vi.mocked(reclassifyByAgent)
      .mockReset()
      .mockResolvedValue({ id: 3 } as Ticket);
  });
  const pick = (actionId: string, selected: Record<string, unknown>) =>
    blockAction(slack, { actionId, channelId: TRIAGE, selectedValue: JSON.stringify(selected) });

  it('changes only what was picked', async () => {
    const deps = fakeDeps();
    const category = pick(IDS.actions.setCategory, { t: 3, c: 'av_quality' });
    await classificationAction(deps)(category.args);
    await classificationAction(deps)(pick(IDS.actions.setPriority, { t: 3, p: 'urgent' }).args);
    expect(category.ack).toHaveBeenCalledOnce();
    expect(vi.mocked(reclassifyByAgent).mock.calls).toEqual([
      [deps, { ticketId: 3, agentId: AGENT, category: 'av_quality', priority: undefined, on: clickedOn() }],
      [deps, { ticketId: 3, agentId: AGENT, category: undefined, priority: 'urgent', on: clickedOn() }],
    ]);
    expect(slack.calls).toEqual([]);
  });

  it('refuses a category or priority the app does not have, and a choice it cannot read', async () => {
    await classificationAction(fakeDeps())(pick(IDS.actions.setCategory, { t: 3, c: '<!channel>' }).args);
    await classificationAction(fakeDeps())(pick(IDS.actions.setPriority, { t: 3, p: 'whenever' }).args);
    await classificationAction(fakeDeps())(pick(IDS.actions.setPriority, { p: 'urgent' }).args);
    expect(reclassifyByAgent).not.toHaveBeenCalled();
    expect(slack.callsOf('chat.postEphemeral').map((c) => c.args.text)).toEqual([
      '"<!channel>" is not a category.',
      '"whenever" is not a priority.',
      'That choice could not be read. Please try again.',
    ]);
  });
});
