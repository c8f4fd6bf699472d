import { findCustomerChannel, upsertCustomerChannel, updateChannelSettings } from '../db/queries/customer-channels.js';
import type { CustomerChannel } from '../db/schema/index.js';
import type { Language } from '../domain/taxonomy.js';
import { isValidTimeZone, parseCalendar } from '../domain/calendar.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { requireAgent } from './authorisation.js';
import type { ServiceDeps } from './deps.js';
import { NOT_OUR_PERSON_TEXT } from './people.js';

const NOT_LINKED = 'This channel is not linked yet. Run `/complaints link @engineer` in it first.';

/** Links a customer channel and pairs its engineer. Only agents may; running it again updates. */
export async function linkChannel(
  deps: ServiceDeps,
  params: { channelId: string; channelName?: string; actorId: string; engineerUserId: string; enterprise: boolean },
): Promise<{ created: boolean; channel: CustomerChannel }> {
  await requireAgent(deps, params.actorId, 'link customer channels');
  if (params.channelId === deps.config.triageChannelId)
    throw new InvalidInputError(
      'This is the triage channel. Run `/complaints link` in the channel you share with the customer.',
    );
  if (/^D/.test(params.channelId))
    throw new InvalidInputError(
      'A direct message cannot be a customer channel. Run this in the channel you share with the customer.',
    );
  await requireOurEngineer(deps, params.engineerUserId);
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
  language?: Language;
}

/** The settings an agent is about to edit. */
export async function channelForSettings(
  deps: ServiceDeps,
  params: { channelId: string; actorId: string },
): Promise<CustomerChannel> {
  await requireAgent(deps, params.actorId, 'change customer settings');
  const channel = await findCustomerChannel(deps.db, { channelId: params.channelId });
  if (!channel) throw new NotFoundError(NOT_LINKED);
  return channel;
}

/**
 * Agents edit a customer's settings; a bad time zone or bad business hours is refused with the reason,
 * as an error about that field.
 */
export async function updateSettings(
  deps: ServiceDeps,
  params: { channelId: string; actorId: string; settings: ChannelSettingsInput },
): Promise<CustomerChannel> {
  await requireAgent(deps, params.actorId, 'change customer settings');
  const existing = await findCustomerChannel(deps.db, { channelId: params.channelId });
  if (!existing) throw new NotFoundError(NOT_LINKED);
  const { settings } = params;
  if (settings.engineerUserId) await requireOurEngineer(deps, settings.engineerUserId, 'engineerUserId');
  const timeZone = settings.timeZone ?? deps.config.sla.calendar.timeZone;
  if (settings.timeZone && !isValidTimeZone(settings.timeZone))
    throw invalidSetting('timeZone', `Time zone: unknown time zone "${settings.timeZone}".`);
  if (settings.businessHours) {
    const parsed = parseCalendar(settings.businessHours, timeZone, existing.holidays);
    if (typeof parsed === 'string') throw invalidSetting('businessHours', `Business hours: ${parsed}.`);
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

/**
 * The engineer paired with a customer is paged when that customer waits and is treated as one of us in their
 * channel: only an active full member of our own workspace can be (the same rule the doctor checks).
 */
async function requireOurEngineer(deps: ServiceDeps, userId: string, field?: ChannelSettingsField): Promise<void> {
  const found = await deps.people.checkOurPerson(userId);
  if (found.ok) return;
  throw new InvalidInputError(
    `<@${userId}> ${NOT_OUR_PERSON_TEXT[found.problem]}, so they cannot be this customer’s engineer. ` +
      'Pair an active member of our own workspace instead.',
    field ? { field } : {},
  );
}

export type ChannelSettingsField = keyof ChannelSettingsInput;

function invalidSetting(field: ChannelSettingsField, message: string): InvalidInputError {
  return new InvalidInputError(message, { field });
}
