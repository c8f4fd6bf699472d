import { App, type CustomRoute } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { sql } from 'drizzle-orm';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { countByStatus } from './db/queries/home.js';
import { outboxStats } from './db/queries/outbox.js';
import type { BreakerOptions } from './drafting/model-breaker.js';
import { describeStatus, type ModelHealth } from './drafting/model-health.js';
import { setUpModel } from './drafting/model-setup.js';
import { OpenAIDrafter } from './drafting/openai-drafter.js';
import { RulesDrafter } from './drafting/rules-drafter.js';
import type { Drafter } from './drafting/drafter.js';
import { JOB_HANDLERS } from './jobs/index.js';
import type { JobHandler } from './jobs/context.js';
import { registerActions } from './listeners/actions/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerEvents } from './listeners/events/index.js';
import { registerShortcuts } from './listeners/shortcuts/index.js';
import { registerViews } from './listeners/views/index.js';
import { boltLogger, createLog, type Log } from './logger.js';
import { correlationId } from './errors.js';
import type { ServiceDeps } from './services/deps.js';
import { Metrics } from './services/metrics.js';
import { IntakeInbox } from './services/intake-inbox.js';
import { PeopleDirectory } from './services/people.js';
import { RequestPressure } from './services/request-pressure.js';
import { slackHttpReceiver } from './http/receiver.js';
import { logSelfCheck } from './doctor/at-start.js';
import { manifestBotScopes } from './doctor/manifest.js';
import { HttpQualitySource, type QualitySource } from './services/quality.js';
import { reportService } from './services/report-runner.js';
import { Sweeper } from './services/sweep.js';
import { OutboxWorker } from './services/worker.js';
import { ChannelGate } from './slack/channel-gate.js';
import { Workspace } from './services/workspace.js';

export interface AppOptions {
  config: Config;
  /** An open database; otherwise one is opened from the config. */
  database?: Database;
  log?: Log;
  now?: () => Date;
  /** Run the outbox worker and SLA sweeper in this process (default true). */
  background?: boolean;
  drafter?: Drafter;
  /** Log the doctor's checks once the app has started (default true). */
  selfCheckAtStart?: boolean;
  /** Circuit breaker settings for the model (tests shorten them). */
  modelBreaker?: BreakerOptions;
  quality?: QualitySource;
  extraJobHandlers?: Record<string, JobHandler>;
}

export interface RunningApp {
  app: App;
  deps: ServiceDeps;
  database: Database;
  worker: OutboxWorker;
  metrics: Metrics;
  /** The configured model endpoint's health; undefined without a model. */
  model?: ModelHealth;
  port?: number;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function slackClient(config: Config, forWorker: boolean): WebClient {
  return new WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    // The outbox does its own retries with Retry-After; the client must not retry behind its back.
    ...(forWorker ? { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 10_000 } : {}),
  });
}

/** Builds the whole app: database, Bolt listeners, outbox worker and sweeper. Nothing listens until start(). */
export async function createApp(options: AppOptions): Promise<RunningApp> {
  const { config } = options;
  const log = options.log ?? createLog(config.logLevel);
  const database =
    options.database ?? (await openDatabase({ url: config.database.url, pgliteDir: config.database.pgliteDir }));
  const applied = await migrate(database);
  if (applied > 0) log.info('database migrated', { migrations: applied, database: database.kind });

  // On PostgreSQL the background work gets a small pool of its own, so it never queues requests.
  const workerDatabase =
    database.kind === 'postgres' && config.database.url
      ? await openDatabase({ url: config.database.url, poolSize: 4 })
      : database;
  const metrics = new Metrics();
  const workerClient = slackClient(config, true);
  const workspace = new Workspace(workerClient);
  const people = new PeopleDirectory(slackClient(config, false), config.triageChannelId);
  let worker: OutboxWorker | undefined;
  const pressure = new RequestPressure();
  const deps: ServiceDeps = {
    db: database.db,
    config,
    log,
    people,
    now: options.now ?? (() => new Date()),
    wake: () => worker?.wake(),
  };

  const rules = new RulesDrafter();
  const model = options.drafter ? undefined : setUpModel(config, { log, now: deps.now, metrics }, options.modelBreaker);
  const drafter = options.drafter ?? (model ? new OpenAIDrafter(model.client, rules, log, model.health) : rules);
  const quality = options.quality ?? (config.qualityApiUrl ? new HttpQualitySource(config.qualityApiUrl) : undefined);
  worker = new OutboxWorker(
    {
      ...deps,
      db: workerDatabase.db,
      client: workerClient,
      drafter,
      quality,
      metrics,
      gate: new ChannelGate(),
      workspace,
    },
    { ...JOB_HANDLERS, ...options.extraJobHandlers },
    { pollIntervalMs: config.outboxPollIntervalMs, leaseMs: config.outboxLeaseMs, pressure },
    metrics,
  );
  const sweeper = new Sweeper({ ...deps, db: workerDatabase.db, metrics }, config.sweepIntervalMs);

  const modelHealthFields = () => {
    const status = model?.health.status();
    return status
      ? { model: describeStatus(status), ...(status.format ? { model_response_format: status.format } : {}) }
      : { model: 'off' };
  };
  const health: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      database.db
        .execute(sql`select 1`)
        .then(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'ok', database: database.kind, ...modelHealthFields() }));
        })
        .catch(() => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'unavailable', database: 'unreachable', ...modelHealthFields() }));
        });
    },
  };
  const metricsRoute: CustomRoute = {
    path: '/metrics',
    method: ['GET'],
    handler: (_req, res) => {
      const now = new Date();
      Promise.all([countByStatus(database.db), outboxStats(database.db, now)])
        .then(([tickets, outbox]) => {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
          res.end(
            metrics.render([
              {
                name: 'complaint_desk_tickets',
                help: 'Tickets by state.',
                samples: Object.entries(tickets).map(([state, value]) => ({ labels: { state }, value })),
              },
              {
                name: 'complaint_desk_outbox_pending',
                help: 'Outbox jobs waiting to run.',
                samples: [{ value: outbox.pending }],
              },
              {
                name: 'complaint_desk_outbox_dead',
                help: 'Outbox jobs that gave up.',
                samples: [{ value: outbox.dead }],
              },
              {
                name: 'complaint_desk_outbox_oldest_pending_seconds',
                help: 'Age of the oldest pending outbox job.',
                samples: [{ value: outbox.oldestPendingAgeMs / 1000 }],
              },
              ...(model?.health.gauges() ?? []),
            ]),
          );
        })
        .catch(() => {
          res.writeHead(503);
          res.end();
        });
    },
  };

  const socketMode = Boolean(config.slack.appToken);
  const logger = boltLogger(log, config.logLevel);
  const app = new App({
    token: config.slack.botToken,
    appToken: config.slack.appToken,
    socketMode,
    // HTTP: acknowledge only after the listener has committed what the request means; bodies are bounded.
    receiver: socketMode
      ? undefined
      : slackHttpReceiver({
          signingSecret: config.slack.signingSecret ?? '',
          port: config.port,
          customRoutes: [health, metricsRoute],
          logger,
          log,
        }),
    clientOptions: { slackApiUrl: config.slack.apiUrl },
    logger,
    // Bolt's in-memory conversation store: unused here, wrong across instances, and it builds an Error
    // on every request it has nothing for.
    convoStore: false,
  });
  // Every request gets an id in the logs, and its outcome and duration.
  app.use(async ({ body, next }) => {
    const b = body as {
      event_id?: string;
      type?: string;
      event?: { type?: string };
      actions?: Array<{ action_id?: string }>;
      command?: string;
      view?: { callback_id?: string };
    };
    const requestId = b.event_id ?? correlationId();
    const what = b.event?.type ?? b.actions?.[0]?.action_id ?? b.command ?? b.view?.callback_id ?? b.type;
    const started = performance.now();
    pressure.begin();
    try {
      await next();
      log.debug('request handled', { request_id: requestId, kind: what, ms: Math.round(performance.now() - started) });
    } catch (error) {
      log.error('request failed', {
        request_id: requestId,
        kind: what,
        ms: Math.round(performance.now() - started),
        error,
      });
      throw error;
    } finally {
      pressure.end();
    }
  });
  app.error(async (error) => {
    log.error('unhandled listener error', { error: (error as { original?: unknown }).original ?? error });
    // Rethrown so the receiver answers 500 and Slack redelivers: nothing was committed.
    throw error;
  });
  registerEvents(app, deps, { workspace, inbox: new IntakeInbox(database.db) });
  registerCommands(app, deps, reportService(deps));
  registerActions(app, deps);
  registerShortcuts(app, deps);
  registerViews(app, deps);

  const background = options.background ?? config.backgroundWork;
  const running: RunningApp = {
    app,
    deps,
    database,
    worker,
    metrics,
    model: model?.health,
    async start() {
      const server = await app.start(config.port);
      const address = (server as { address?: () => unknown } | undefined)?.address?.();
      running.port =
        typeof address === 'object' && address && 'port' in address
          ? Number((address as { port: number }).port)
          : config.port;
      model?.health.start();
      if (background) {
        worker!.start();
        sweeper.start();
      }
      log.info('complaint desk started', {
        mode: socketMode ? 'socket' : 'http',
        port: socketMode ? undefined : running.port,
        database: database.kind,
        drafter: config.openai ? 'model' : 'built-in',
        response_format: config.openai?.responseFormat,
      });
      // The model endpoint is probed by its own health check, started above.
      if (options.selfCheckAtStart ?? true)
        void logSelfCheck(
          {
            config,
            client: new WebClient(config.slack.botToken, {
              slackApiUrl: config.slack.apiUrl,
              timeout: 10_000,
              retryConfig: { retries: 2 },
              logger,
            }),
            database,
            quality,
            manifestScopes: manifestBotScopes(),
          },
          log.child({ component: 'self-check' }),
        ).catch((error: unknown) => log.warn('self-check could not run', { error }));
    },
    async stop() {
      model?.health.stop();
      await sweeper.stop();
      await worker!.stop();
      await app.stop().catch(() => {});
      if (workerDatabase !== database) await workerDatabase.close();
      if (!options.database) await database.close();
    },
  };
  return running;
}
