import { LogLevel, WebClient } from '@slack/web-api';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { endpointFromConfig, probeModel } from '../drafting/model-probe.js';
import { silentLog } from '../logger.js';
import { HttpQualitySource } from '../services/quality.js';
import { type CheckResult, formatResult, runSelfCheck } from './checks.js';
import { manifestBotScopes } from './manifest.js';

/** `npm run doctor`: checks this configuration against the real workspace, prints one line per check. */
async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stdout.write(
      `${error.problems.map((p) => formatResult({ ok: false, text: p })).join('\n')}\nSee .env.example for ` +
        `every setting.\n`,
    );
    return 1;
  }
  const database = await openDatabase({ url: config.database.url, pgliteDir: config.database.pgliteDir }).catch(
    (error: Error) => error,
  );
  const results: CheckResult[] = [];
  if (database instanceof Error)
    results.push({
      ok: false,
      text: `Database cannot be opened (${database.message}) — check DATABASE_URL or PGLITE_DIR`,
    });
  const endpoint = endpointFromConfig(config);
  try {
    results.push(
      ...(await runSelfCheck({
        config,
        client: new WebClient(config.slack.botToken, {
          slackApiUrl: config.slack.apiUrl,
          timeout: 10_000,
          retryConfig: { retries: 2 },
          // The doctor's own lines say what failed; the client's retry warnings would only repeat it.
          logLevel: LogLevel.ERROR,
        }),
        database: database instanceof Error ? undefined : database,
        quality: config.qualityApiUrl ? new HttpQualitySource(config.qualityApiUrl) : undefined,
        probeModel: endpoint ? () => probeModel(endpoint, { log: silentLog }) : undefined,
        manifestScopes: manifestBotScopes(),
      })),
    );
  } finally {
    if (!(database instanceof Error)) await database.close();
  }
  for (const result of results) process.stdout.write(`${formatResult(result)}\n`);
  const problems = results.filter((r) => !r.ok).length;
  process.stdout.write(problems === 0 ? 'All checks passed.\n' : `${problems} problem(s) to fix before going live.\n`);
  return problems === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`The self-check could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
