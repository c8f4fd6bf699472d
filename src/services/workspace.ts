import type { WebClient } from '@slack/web-api';

/** The workspace's own URL, for building message links without a call per message. */
export class Workspace {
  private url: Promise<string | undefined> | undefined;

  constructor(private readonly client: WebClient) {}

  baseUrl(): Promise<string | undefined> {
    this.url ??= this.client.auth
      .test()
      .then((r) => r.url)
      .catch(() => {
        this.url = undefined;
        return undefined;
      });
    return this.url;
  }

  async messageLink(channelId: string, ts: string | null | undefined): Promise<string | undefined> {
    const base = await this.baseUrl();
    if (!base || !ts) return undefined;
    return `${base.replace(/\/$/, '')}/archives/${channelId}/p${ts.replace('.', '')}`;
  }
}
