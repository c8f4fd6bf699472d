import type { WebClient } from '@slack/web-api';

/** Why someone cannot be one of our people (a paired engineer, the support lead). */
export type NotOurPerson = 'unknown' | 'deleted' | 'bot' | 'other_workspace' | 'guest';

/** A person of our workspace who may be paired or paged, or the reason they may not. */
export type PersonCheck = { ok: true; name: string } | { ok: false; problem: NotOurPerson; name?: string };

/**
 * The one rule for "one of our people", shared by `/complaints link`, the settings window and the doctor: an active
 * person (not a bot, not deactivated) of the workspace the app is installed in, and a full member (not a guest,
 * single- or multi-channel: users.info `is_restricted` / `is_ultra_restricted`,
 * https://docs.slack.dev/reference/methods/users.info). Someone from another workspace (a customer in a shared
 * channel) is not. A Slack error other than `user_not_found` is thrown as the SDK gives it: the caller decides
 * what "could not check" means for it.
 */
export async function checkOurPerson(client: WebClient, userId: string, homeTeamId: string): Promise<PersonCheck> {
  let user: Record<string, unknown> | undefined;
  try {
    user = (await client.users.info({ user: userId })).user as Record<string, unknown> | undefined;
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string } };
    if (e.code === 'slack_webapi_platform_error' && e.data?.error === 'user_not_found')
      return { ok: false, problem: 'unknown' };
    throw error;
  }
  if (!user) return { ok: false, problem: 'unknown' };
  const name = typeof user.name === 'string' ? user.name : userId;
  if (user.deleted === true) return { ok: false, problem: 'deleted', name };
  if (user.is_bot === true || userId === 'USLACKBOT') return { ok: false, problem: 'bot', name };
  if (typeof user.team_id === 'string' && user.team_id !== homeTeamId)
    return { ok: false, problem: 'other_workspace', name };
  if (user.is_restricted === true || user.is_ultra_restricted === true) return { ok: false, problem: 'guest', name };
  return { ok: true, name };
}

/** The reason, in words that finish "<who> …". */
export const NOT_OUR_PERSON_TEXT: Record<NotOurPerson, string> = {
  unknown: 'is not a member of this workspace',
  deleted: 'has been deactivated',
  bot: 'is a bot, not a person',
  other_workspace: 'belongs to another workspace (a customer, not one of our people)',
  guest: 'is a guest of this workspace, not a full member',
};

/**
 * Who is an agent: the members of the triage channel. Kept for a short while so that intake does not
 * ask Slack on every message; membership events clear it.
 */
export class PeopleDirectory {
  private agents: Set<string> | undefined;
  private fetchedAt = 0;
  private inflight: Promise<Set<string>> | undefined;
  private homeTeam: Promise<string> | undefined;

  constructor(
    private readonly client: WebClient,
    private readonly triageChannelId: string,
    private readonly ttlMs = 60_000,
  ) {}

  async isAgent(userId: string): Promise<boolean> {
    return (await this.agentIds()).has(userId);
  }

  async agentIds(): Promise<Set<string>> {
    if (this.agents && Date.now() - this.fetchedAt < this.ttlMs) return this.agents;
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  forget(): void {
    this.agents = undefined;
  }

  /** The workspace the app is installed in (auth.test's team_id), asked once. */
  homeTeamId(): Promise<string> {
    this.homeTeam ??= this.client.auth.test().then(
      (r) => String(r.team_id ?? ''),
      (error: unknown) => {
        this.homeTeam = undefined;
        throw error;
      },
    );
    return this.homeTeam;
  }

  /** Whether someone may be paired as an engineer: see checkOurPerson. */
  async checkOurPerson(userId: string): Promise<PersonCheck> {
    return checkOurPerson(this.client, userId, await this.homeTeamId());
  }

  /** Whether someone is in a channel (conversations.members, every page). */
  async isMemberOf(channelId: string, userId: string): Promise<boolean> {
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.members({ channel: channelId, limit: 1000, cursor });
      if (page.members?.includes(userId)) return true;
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return false;
  }

  private async fetch(): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | undefined;
    do {
      // conversations.members: Tier 4 (src/slack/method-tiers.ts)
      const page = await this.client.conversations.members({ channel: this.triageChannelId, limit: 1000, cursor });
      for (const id of page.members ?? []) ids.add(id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    this.agents = ids;
    this.fetchedAt = Date.now();
    return ids;
  }
}
