import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { parseComplaintsCommand } from '../../domain/command.js';
import { InvalidInputError } from '../../errors.js';
import { channelForSettings, linkChannel } from '../../services/channels.js';
import type { ServiceDeps } from '../../services/deps.js';
import type { ReportService } from '../../services/report-runner.js';
import { channelSettingsModal } from '../../views/channel-settings-modal.js';
import { helpMessage, linkedMessage } from '../../views/help.js';
import { problemsMessage } from '../../views/problems-list.js';
import { problemsOverview } from '../../services/problems-overview.js';
import { agentsLanguage, setAgentsLanguage } from '../../services/translation.js';
import { agentsLanguageMessage } from '../../views/card-translation.js';
import { askQuestion } from '../../services/ask.js';
import type { QueryWriter } from '../../drafting/ask-model.js';
import { askAnswerMessage } from '../../views/ask-answer.js';
import { withBoundary } from '../boundary.js';

/**
 * How long a question may wait on the model before the built-in reader reads it: the answer is the ack, which Slack
 * waits at most 3 seconds for (https://docs.slack.dev/interactivity/implementing-slash-commands: "you must send an
 * HTTP 200 OK … within 3000 ms").
 */
const ASK_MODEL_DEADLINE_MS = 1800;

/**
 * `/complaints link | settings | report | export | help`. The answer is the ack itself, so it is only sent once
 * the change is stored.
 */
export function complaintsCommand(deps: ServiceDeps, reports: ReportService, writer?: QueryWriter) {
  return async ({ command, ack, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    let answered = false;
    const replyWith = async (text: string, blocks?: KnownBlock[]) => {
      if (answered) return;
      answered = true;
      await ack({ response_type: 'ephemeral', text, ...(blocks ? { blocks } : {}) });
    };
    const reply = (text: string) => replyWith(text);
    const actorId = command.user_id;
    await withBoundary(
      deps.log.child({ command: 'complaints', user_id: actorId }),
      'command',
      async () => {
        const parsed = parseComplaintsCommand(command.text ?? '');
        switch (parsed.kind) {
          case 'help':
            return reply(helpMessage().text);
          case 'invalid':
            throw new InvalidInputError(parsed.problem);
          case 'link': {
            const { engineerUserId, enterprise } = parsed;
            const { created, channel } = await linkChannel(deps, {
              channelId: command.channel_id,
              channelName: command.channel_name,
              actorId,
              engineerUserId,
              enterprise,
            });
            const linked = { channelId: channel.channelId, engineerUserId, enterprise: channel.enterprise, created };
            return reply(linkedMessage(linked).text);
          }
          case 'settings': {
            const channel = await channelForSettings(deps, { channelId: command.channel_id, actorId });
            await reply('Opening the settings…');
            // views.open: Tier 4 (src/slack/method-tiers.ts)
            await client.views.open({
              trigger_id: command.trigger_id,
              view: channelSettingsModal(channel, deps.config.sla.calendar.timeZone),
            });
            return;
          }
          case 'language': {
            const language = parsed.language
              ? await setAgentsLanguage(deps, { actorId, language: parsed.language })
              : await agentsLanguage(deps);
            return reply(agentsLanguageMessage(language, Boolean(parsed.language), deps.config.openai !== undefined));
          }
          case 'ask': {
            const answer = await askQuestion(
              { ...deps, writer },
              { question: parsed.question, askedBy: actorId, modelDeadlineMs: ASK_MODEL_DEADLINE_MS },
            );
            const message = askAnswerMessage(answer, {
              timeZone: deps.config.sla.calendar.timeZone,
              triageChannelId: deps.config.triageChannelId,
              shareable: true,
            });
            return replyWith(message.text, message.blocks);
          }
          case 'problems': {
            const list = problemsMessage(await problemsOverview(deps, { agentId: actorId }));
            return replyWith(list.text, list.blocks);
          }
          case 'report': {
            await reports.requestReport({ days: parsed.days, requestedBy: actorId });
            const where = `<#${deps.config.triageChannelId}>`;
            return reply(`Building the report for the last ${parsed.days} days; it will be posted in ${where}.`);
          }
          case 'export': {
            await reports.requestExport({ days: parsed.days, requestedBy: actorId });
            const period = `the last ${parsed.days} days`;
            return reply(
              `Preparing a CSV of the tickets opened in ${period}; it will arrive in a direct message from the app.`,
            );
          }
        }
      },
      reply,
    );
  };
}
