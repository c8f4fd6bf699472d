/** The baseline: a bare Bolt app in HTTP mode with a no-op message listener, same settings otherwise. */
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  processBeforeResponse: true,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
  customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.end('ok') }],
});
app.event('message', async () => {});
await app.start(Number(process.env.PORT));
