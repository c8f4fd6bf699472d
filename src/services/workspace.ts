import type { WebClient } from '@slack/web-api';
import { composeMessageLink, workspaceUrl } from '../slack/permalinks.js';

/** The workspace's own URL, for building message links without a call per message (src/slack/permalinks.ts). */
export class Workspace {
  constructor(private readonly client: WebClient) {}

  baseUrl(): Promise<string | undefined> {
    return workspaceUrl(this.client);
  }

  async messageLink(channelId: string, ts: string | null | undefined): Promise<string | undefined> {
    const base = await this.baseUrl();
    if (!base || !ts) return undefined;
    return composeMessageLink(base, channelId, ts);
  }
}
