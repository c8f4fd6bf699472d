import { z } from 'zod';
import { isLanguage } from '../../domain/taxonomy.js';
import { InvalidInputError } from '../../errors.js';
import { IDS } from '../../ids.js';
import { type ChannelSettingsField, updateSettings } from '../../services/channels.js';
import type { ServiceDeps } from '../../services/deps.js';
import { withBoundary } from '../boundary.js';
import { tellForm, type ViewArgs } from './form.js';

const metadata = z.object({ channelId: z.string().min(1) });

/** Where each setting is in the modal, so an error about it shows under it. */
const SETTING_BLOCKS: Record<ChannelSettingsField, string> = {
  engineerUserId: IDS.blocks.engineer,
  enterprise: IDS.blocks.tier,
  businessHours: IDS.blocks.hours,
  timeZone: IDS.blocks.timeZone,
  language: IDS.blocks.language,
};

function parseMetadata(text: string): z.infer<typeof metadata> {
  try {
    return metadata.parse(JSON.parse(text || '{}'));
  } catch {
    throw new InvalidInputError('This window is out of date. Please close it and open the settings again.');
  }
}

export function channelSettingsSubmit(deps: ServiceDeps) {
  return async ({ ack, view, body }: ViewArgs): Promise<void> => {
    const tell = tellForm(ack, IDS.blocks.engineer, SETTING_BLOCKS);
    await withBoundary(
      deps.log.child({ view: 'channel_settings', user_id: body.user.id }),
      'channel_settings_submit',
      async () => {
        const { channelId } = parseMetadata(view.private_metadata);
        const values = view.state.values;
        const language = values[IDS.blocks.language]?.[IDS.inputs.language]?.selected_option?.value;
        await updateSettings(deps, {
          channelId,
          actorId: body.user.id,
          settings: {
            engineerUserId: values[IDS.blocks.engineer]?.[IDS.inputs.engineer]?.selected_user ?? undefined,
            enterprise: values[IDS.blocks.tier]?.[IDS.inputs.tier]?.selected_option?.value === 'enterprise',
            businessHours: values[IDS.blocks.hours]?.[IDS.inputs.hours]?.value?.trim() || undefined,
            timeZone: values[IDS.blocks.timeZone]?.[IDS.inputs.timeZone]?.value?.trim() || undefined,
            language: isLanguage(language) ? language : undefined,
          },
        });
        await ack();
      },
      tell,
    );
  };
}
