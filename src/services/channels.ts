import { findCustomerChannel, upsertCustomerChannel, updateChannelSettings } from '../db/queries/customer-channels.js';
import type { CustomerChannel } from '../db/schema/index.js';
import { parseCalendar } from '../domain/calendar.js';
import { InvalidInputError, NotAnAgentError, NotFoundError } from '../errors.js';
import type { ServiceDeps } from './deps.js';

/** Links a customer channel and pairs its engineer. Only agents may; running it again updates. */
export async function linkChannel(
  deps: ServiceDeps,
  params: { channelId: string; channelName?: string; actorId: string; engineerUserId: string; enterprise: boolean },
): Promise<{ created: boolean; channel: CustomerChannel }> {
  if (!(await deps.people.isAgent(params.actorId))) throw new NotAnAgentError('link customer channels');
  if (params.channelId === deps.config.triageChannelId)
    throw new InvalidInputError(
      'This is the triage channel. Run `/complaints link` in the channel you share with the customer.',
    );
  if (/^D/.test(params.channelId))
    throw new InvalidInputError(
      'A direct message cannot be a customer channel. Run this in the channel you share with the customer.',
    );
  return upsertCustomerChannel(deps.db, {
    channelId: params.channelId,
    name: params.channelName,
    engineerUserId: params.engineerUserId,
    enterprise: params.enterprise,
    linkedBy: params.actorId,
    now: deps.now(),
  });
}

export interface ChannelSettingsInput {
  engineerUserId?: string;
  enterprise: boolean;
  businessHours?: string;
  timeZone?: string;
  language?: 'zh' | 'en';
}

/** Agents edit a customer's settings; bad business hours are refused with the reason. */
export async function updateSettings(
  deps: ServiceDeps,
  params: { channelId: string; actorId: string; settings: ChannelSettingsInput },
): Promise<CustomerChannel> {
  if (!(await deps.people.isAgent(params.actorId))) throw new NotAnAgentError('change customer settings');
  const existing = await findCustomerChannel(deps.db, { channelId: params.channelId });
  if (!existing) throw new NotFoundError('This channel is not linked yet. Run `/complaints link @engineer` first.');
  const { settings } = params;
  if (settings.businessHours) {
    const parsed = parseCalendar(
      settings.businessHours,
      settings.timeZone ?? deps.config.sla.calendar.timeZone,
      existing.holidays,
    );
    if (typeof parsed === 'string') throw new InvalidInputError(`Business hours: ${parsed}.`);
  } else if (settings.timeZone) {
    const parsed = parseCalendar('24/7', settings.timeZone);
    if (typeof parsed === 'string') throw new InvalidInputError(`Time zone: ${parsed}.`);
  }
  const updated = await updateChannelSettings(deps.db, {
    channelId: params.channelId,
    now: deps.now(),
    engineerUserId: settings.engineerUserId ?? existing.engineerUserId,
    enterprise: settings.enterprise,
    businessHours: settings.businessHours || null,
    timeZone: settings.timeZone || null,
    language: settings.language ?? null,
  });
  return updated!;
}
