import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { UserFacingError, correlationId, unexpectedErrorMessage } from '../../errors.js';
import { IDS } from '../../ids.js';
import { updateSettings } from '../../services/channels.js';
import type { ServiceDeps } from '../../services/deps.js';

const metadata = z.object({ channelId: z.string().min(1) });

export function channelSettingsSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const values = view.state.values;
    const fail = (block: string, message: string) => ack({ response_action: 'errors', errors: { [block]: message } });
    try {
      const meta = metadata.parse(JSON.parse(view.private_metadata || '{}'));
      const language = values[IDS.blocks.language]?.[IDS.inputs.language]?.selected_option?.value;
      await updateSettings(deps, {
        channelId: meta.channelId,
        actorId: body.user.id,
        settings: {
          engineerUserId: values[IDS.blocks.engineer]?.[IDS.inputs.engineer]?.selected_user ?? undefined,
          enterprise: values[IDS.blocks.tier]?.[IDS.inputs.tier]?.selected_option?.value === 'enterprise',
          businessHours: values[IDS.blocks.hours]?.[IDS.inputs.hours]?.value?.trim() || undefined,
          timeZone: values[IDS.blocks.timeZone]?.[IDS.inputs.timeZone]?.value?.trim() || undefined,
          language: language === 'zh' || language === 'en' ? language : undefined,
        },
      });
      await ack();
    } catch (error) {
      if (error instanceof UserFacingError) {
        const block = /time zone/i.test(error.message)
          ? IDS.blocks.timeZone
          : /hours/i.test(error.message)
            ? IDS.blocks.hours
            : IDS.blocks.engineer;
        return void (await fail(block, error.message));
      }
      const ref = correlationId();
      deps.log.error('settings submit failed', { ref, error });
      await fail(IDS.blocks.engineer, unexpectedErrorMessage(ref));
    }
  };
}
