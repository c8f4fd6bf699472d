import type { WebClient } from '@slack/web-api';

/**
 * Who is an agent: the members of the triage channel. Kept for a short while so that intake does not
 * ask Slack on every message; membership events clear it.
 */
export class PeopleDirectory {
  private agents: Set<string> | undefined;
  private fetchedAt = 0;
  private inflight: Promise<Set<string>> | undefined;

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
