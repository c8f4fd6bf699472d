import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerChannel } from '../../../src/db/schema/index.js';
import { NotAnAgentError, NotFoundError } from '../../../src/errors.js';
import { IDS } from '../../../src/ids.js';
import { complaintsCommand } from '../../../src/listeners/commands/complaints.js';
import { channelForSettings, linkChannel } from '../../../src/services/channels.js';
import type { ReportService } from '../../../src/services/report-runner.js';
import { InProcessSlack } from '../../support/in-process-slack.js';
import { AGENT, CHANNEL, CUSTOMER, fakeDeps, slashCommand, TRIAGE } from '../fakes.js';

vi.mock('../../../src/services/channels.js', () => ({ linkChannel: vi.fn(), channelForSettings: vi.fn() }));

const channel = { channelId: CHANNEL, enterprise: true, engineerUserId: 'UENG00002' } as CustomerChannel;

describe('/complaints', () => {
  let slack: InProcessSlack;
  let reports: ReportService & {
    requestReport: ReturnType<typeof vi.fn>;
    requestExport: ReturnType<typeof vi.fn>;
  };
  beforeEach(() => {
    slack = new InProcessSlack();
    reports = { requestReport: vi.fn(async () => {}), requestExport: vi.fn(async () => {}) };
    vi.mocked(linkChannel).mockReset();
    vi.mocked(channelForSettings).mockReset();
  });
  const run = async (text: string, userId = AGENT) => {
    const { args, ack } = slashCommand(slack, { text, userId });
    const deps = fakeDeps();
    await complaintsCommand(deps, reports)(args);
    return { ack, deps };
  };

  it('links the channel it runs in and answers in the ack, once it is stored', async () => {
    vi.mocked(linkChannel).mockResolvedValue({ created: true, channel });
    const { ack, deps } = await run('link <@UENG00002|dana> enterprise');
    expect(linkChannel).toHaveBeenCalledWith(deps, {
      channelId: CHANNEL,
      channelName: 'acme-support',
      actorId: AGENT,
      engineerUserId: 'UENG00002',
      enterprise: true,
    });
    expect(ack).toHaveBeenCalledOnce();
    expect(ack.mock.calls[0]![0]).toEqual({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Linked <#CCUST0001>: an \*enterprise\* customer .* paired with <@UENG00002>/),
    });
  });

  it('answers a refusal or a usage error in the ack, ephemerally', async () => {
    vi.mocked(linkChannel).mockRejectedValue(new NotAnAgentError('link customer channels'));
    const refused = await run('link <@UENG00002|dana>', CUSTOMER);
    expect(refused.ack).toHaveBeenCalledWith({
      response_type: 'ephemeral',
      text: 'Only support agents (members of the triage channel) can link customer channels.',
    });
    const usage = await run('link dana');
    expect(usage.ack.mock.calls[0]![0]).toMatchObject({ text: expect.stringContaining('Name the engineer') });
    expect(linkChannel).toHaveBeenCalledOnce();
  });

  it('shows help to anyone, with nothing else called', async () => {
    const { ack } = await run('help', CUSTOMER);
    expect(ack.mock.calls[0]![0]).toMatchObject({ text: expect.stringContaining('/complaints link @engineer') });
    expect(slack.calls).toEqual([]);
  });

  it('opens the channel’s settings with the command’s trigger, after answering', async () => {
    vi.mocked(channelForSettings).mockResolvedValue(channel);
    const { ack, deps } = await run('settings');
    expect(channelForSettings).toHaveBeenCalledWith(deps, { channelId: CHANNEL, actorId: AGENT });
    expect(ack).toHaveBeenCalledWith({ response_type: 'ephemeral', text: 'Opening the settings…' });
    expect(slack.callsOf('views.open')[0]!.args).toMatchObject({
      trigger_id: '1234.5678.abcd',
      view: { callback_id: IDS.views.channelSettings },
    });

    vi.mocked(channelForSettings).mockRejectedValue(new NotFoundError('This channel is not linked yet.'));
    const unlinked = await run('settings');
    expect(unlinked.ack).toHaveBeenCalledWith({ response_type: 'ephemeral', text: 'This channel is not linked yet.' });
    expect(slack.callsOf('views.open')).toHaveLength(1);
  });

  it('asks for the report as the person who ran it, and says where it will be posted', async () => {
    const { ack } = await run('report 30');
    expect(reports.requestReport).toHaveBeenCalledWith({ days: 30, requestedBy: AGENT });
    expect(ack.mock.calls[0]![0]).toMatchObject({
      text: `Building the report for the last 30 days; it will be posted in <#${TRIAGE}>.`,
    });

    reports.requestReport.mockRejectedValueOnce(new NotAnAgentError('read the complaint report'));
    const refused = await run('report', CUSTOMER);
    expect(refused.ack.mock.calls[0]![0]).toMatchObject({ text: expect.stringContaining('Only support agents') });
  });

  it('asks for the export as the person who ran it, for 30 days unless told, and says where it goes', async () => {
    const { ack } = await run('export');
    expect(reports.requestExport).toHaveBeenCalledWith({ days: 30, requestedBy: AGENT });
    expect(ack.mock.calls[0]![0]).toMatchObject({ text: expect.stringContaining('direct message') });
    await run('export 90');
    expect(reports.requestExport).toHaveBeenLastCalledWith({ days: 90, requestedBy: AGENT });
    const usage = await run('export 400');
    expect(usage.ack.mock.calls[0]![0]).toMatchObject({ text: expect.stringContaining('1 to 365') });
    expect(reports.requestExport).toHaveBeenCalledTimes(2);
    expect(reports.requestReport).not.toHaveBeenCalled();
  });

  it('answers once even when the views.open after the answer fails, and logs the failure', async () => {
    vi.mocked(channelForSettings).mockResolvedValue(channel);
    slack.refuse('views.open', 'expired_trigger_id');
    const { ack, deps } = await run('settings');
    expect(ack).toHaveBeenCalledOnce();
    expect(deps.log.lines.some((l) => l.level === 'error' && l.fields.where === 'command')).toBe(true);
  });
});
