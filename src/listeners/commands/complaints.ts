import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseComplaintsCommand } from '../../domain/command.js';
import { InvalidInputError, NotAnAgentError } from '../../errors.js';
import { linkChannel } from '../../services/channels.js';
import type { ServiceDeps } from '../../services/deps.js';
import { findCustomerChannel } from '../../db/queries/customer-channels.js';
import { helpMessage, linkedMessage } from '../../views/help.js';
import { channelSettingsModal } from '../../views/channel-settings-modal.js';
import { withBoundary } from '../boundary.js';
import type { ReportService } from '../../services/report-runner.js';

/** `/complaints link | settings | report | help`. The answer is the ack itself, so it is only sent once the change is stored. */
export function complaintsCommand(deps: ServiceDeps, reports: ReportService) {
  return async ({ command, ack, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let answered = false;
    const reply = async (text: string) => {
      if (answered) return;
      answered = true;
      await ack({ response_type: 'ephemeral', text });
    };
    await withBoundary(
      deps.log.child({ command: 'complaints', user_id: command.user_id }),
      'command',
      async () => {
        const parsed = parseComplaintsCommand(command.text ?? '');
        switch (parsed.kind) {
          case 'help':
            return reply(helpMessage().text);
          case 'invalid':
            throw new InvalidInputError(parsed.problem);
          case 'link': {
            const { created, channel } = await linkChannel(deps, {
              channelId: command.channel_id,
              channelName: command.channel_name,
              actorId: command.user_id,
              engineerUserId: parsed.engineerUserId,
              enterprise: parsed.enterprise,
            });
            return reply(
              linkedMessage({
                channelId: channel.channelId,
                engineerUserId: parsed.engineerUserId,
                enterprise: channel.enterprise,
                created,
              }).text,
            );
          }
          case 'settings': {
            if (!(await deps.people.isAgent(command.user_id))) throw new NotAnAgentError('change customer settings');
            const channel = await findCustomerChannel(deps.db, { channelId: command.channel_id });
            if (!channel)
              throw new InvalidInputError(
                'This channel is not linked yet. Run `/complaints link @engineer` here first.',
              );
            await reply('Opening the settings…');
            await client.views.open({
              trigger_id: command.trigger_id,
              view: channelSettingsModal(channel, deps.config.sla.calendar.timeZone),
            });
            return;
          }
          case 'report': {
            if (!(await deps.people.isAgent(command.user_id))) throw new NotAnAgentError('read the complaint report');
            await reply(
              `Building the report for the last ${parsed.days} days; it will be posted in <#${deps.config.triageChannelId}>.`,
            );
            await reports.requestReport({ days: parsed.days, requestedBy: command.user_id });
            return;
          }
        }
      },
      reply,
    );
  };
}
