import { categoryModel } from './domain/category-fallback.js';
import { prepareToneReader } from './domain/tone-reader.js';
import { warmToneCheck } from './domain/tone.js';
import { App, type Authorize, type CustomRoute } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import type { BreakerOptions } from './drafting/model-breaker.js';
import { describeStatus, type ModelHealth } from './drafting/model-health.js';
import { setUpModel } from './drafting/model-setup.js';
import { ModelToneReviewer } from './drafting/model-tone-review.js';
import { OpenAIDrafter } from './drafting/openai-drafter.js';
import { ModelQueryWriter } from './drafting/ask-model.js';
import { RulesDrafter } from './drafting/rules-drafter.js';
import { keepToneReaderIn, logToneReader } from './drafting/tone-reader-store.js';
import { ModelClassifier } from './drafting/model-classify.js';
import { ModelTranslator, NoTranslator } from './drafting/translate.js';
import type { Drafter } from './drafting/drafter.js';
import { healthRoute, metricsRoute } from './http/health.js';
import { slackHttpReceiver } from './http/receiver.js';
import { JOB_HANDLERS } from './jobs/registry.js';
import type { JobHandler } from './jobs/context.js';
import { registerActions } from './listeners/actions/index.js';
import { registerCommands } from './listeners/commands/index.js';
import { registerEvents } from './listeners/events/index.js';
import { requestLog } from './listeners/request-log.js';
import { registerShortcuts } from './listeners/shortcuts/index.js';
import { registerViews } from './listeners/views/index.js';
import { boltLogger, createLog, type Log } from './logger.js';
import type { ServiceDeps } from './services/deps.js';
import { Metrics } from './metrics.js';
import { IntakeInbox } from './services/intake-inbox.js';
import { PeopleDirectory } from './services/people.js';
import { RequestPressure } from './services/request-pressure.js';
import { logSelfCheck } from './doctor/at-start.js';
import { manifestBotScopes } from './doctor/manifest.js';
import { HttpQualitySource, type QualitySource } from './services/quality.js';
import { reportService } from './services/report-runner.js';
import { Sweeper } from './services/sweep.js';
import { DEFAULT_SLOTS, OutboxWorker } from './jobs/worker.js';
import { JOB_PLACEMENTS } from './queue/jobs.js';
import { placePendingJobs } from './db/queries/outbox.js';
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
  /**
   * The Slack Web API client for every call the app makes: listeners, the outbox, who is an agent, and
   * who the bot is. By default two are made from the config (one for requests, one that leaves retries
   * to the outbox); a test can pass one whose transport never leaves the process.
   */
  slackClient?: WebClient;
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

/**
 * Bolt's authorization for the one workspace the app is installed in: the bot token, and who the bot
 * is (auth.test through the app's client, asked on the first request and again after a failure, where
 * Bolt would ask at construction and keep a failure for good).
 */
function botAuthorization(client: WebClient, botToken: string): Authorize<boolean> {
  let bot: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    // auth.test: special (src/slack/method-tiers.ts)
    bot ??= client.auth.test({ token: botToken }).then(
      (r) => ({ botId: r.bot_id, botUserId: r.user_id }),
      (error: unknown) => {
        bot = undefined;
        throw error;
      },
    );
    return { botToken, ...(await bot) };
  };
}

function boltApp(config: Config, log: Log, client: WebClient, routes: CustomRoute[]): App {
  const socketMode = Boolean(config.slack.appToken);
  const logger = boltLogger(log, config.logLevel);
  return new App({
    authorize: botAuthorization(client, config.slack.botToken),
    appToken: config.slack.appToken,
    socketMode,
    // HTTP: acknowledge only after the listener has committed what the request means; bodies are bounded.
    receiver: socketMode
      ? undefined
      : slackHttpReceiver({
          signingSecret: config.slack.signingSecret ?? '',
          port: config.port,
          customRoutes: routes,
          logger,
          log,
        }),
    clientOptions: { slackApiUrl: config.slack.apiUrl },
    logger,
    // Bolt's in-memory conversation store: unused here, wrong across instances, and it builds an Error
    // on every request it has nothing for.
    convoStore: false,
  });
}

/** The model endpoint's state as /healthz shows it. */
function modelHealthFields(model: ModelHealth | undefined): Record<string, unknown> {
  const status = model?.status();
  return status
    ? { model: describeStatus(status), ...(status.format ? { model_response_format: status.format } : {}) }
    : { model: 'off' };
}

interface BackgroundParts {
  deps: ServiceDeps;
  db: Database['db'];
  client: WebClient;
  workspace: Workspace;
  metrics: Metrics;
  pressure: RequestPressure;
}

/** The outbox worker (with the drafter and quality source its jobs use) and the SLA sweeper. */
function backgroundWork(options: AppOptions, parts: BackgroundParts) {
  const { config } = options;
  const { deps, db, metrics } = parts;
  const rules = new RulesDrafter();
  const model = options.drafter
    ? undefined
    : setUpModel(config, { log: deps.log, now: deps.now, metrics }, options.modelBreaker);
  const reviewer = model && new ModelToneReviewer(model.client, deps.log.child({ component: 'tone-review' }));
  const drafter =
    options.drafter ?? (model ? new OpenAIDrafter(model.client, rules, deps.log, model.health, reviewer) : rules);
  // Translation and the model's classification use the same endpoint and health as drafts.
  const translator = model ? new ModelTranslator(model.client, deps.log, model.health) : new NoTranslator();
  const classifier = model ? new ModelClassifier(model.client, deps.log, model.health) : undefined;
  const quality = options.quality ?? (config.qualityApiUrl ? new HttpQualitySource(config.qualityApiUrl) : undefined);
  // Questions about the complaint data are read by the same endpoint, under the same breaker, as the drafts.
  const askWriter = model ? new ModelQueryWriter(model.client, deps.log, model.health) : undefined;
  const worker = new OutboxWorker(
    {
      ...deps,
      db,
      client: parts.client,
      drafter,
      translator,
      classifier,
      quality,
      metrics,
      gate: new ChannelGate(),
      workspace: parts.workspace,
      askWriter,
    },
    { ...JOB_HANDLERS, ...options.extraJobHandlers },
    {
      pollIntervalMs: config.outboxPollIntervalMs,
      leaseMs: config.outboxLeaseMs,
      slots: { model: config.modelConcurrency },
      pressure: parts.pressure,
    },
    metrics,
  );
  const sweeper = new Sweeper({ ...deps, db, metrics }, config.sweepIntervalMs);
  return { worker, sweeper, model, quality, askWriter };
}

/** Builds the whole app: database, Bolt listeners, outbox worker and sweeper. Nothing listens until start(). */
export async function createApp(options: AppOptions): Promise<RunningApp> {
  const { config } = options;
  const log = options.log ?? createLog(config.logLevel);
  const database =
    options.database ?? (await openDatabase({ url: config.database.url, pgliteDir: config.database.pgliteDir }));
  const applied = await migrate(database);
  if (applied > 0) log.info('database migrated', { migrations: applied, database: database.kind });
  const moved = await placePendingJobs(database.db, JOB_PLACEMENTS);
  if (moved > 0) log.info('pending jobs moved to the lane and rank their definitions give now', { jobs: moved });
  // The category reader learns its examples (a fifth of a second) before the first complaint, not during it.
  categoryModel();
  // So does the tone reader, before the first draft is checked: read back from the model cache when an earlier start
  // learned it from the same examples (a tenth of a second), else learned (ten seconds or more on two small cores)
  // and kept. The tone check's patterns in both languages are compiled too.
  if (config.modelCacheDir) keepToneReaderIn(config.modelCacheDir, (kept) => logToneReader(log, kept));
  await prepareToneReader();
  warmToneCheck();

  // On PostgreSQL the background work gets a pool of its own, one connection per default-lane slot (model
  // jobs hold one only briefly), so it never queues requests.
  const workerDatabase =
    database.kind === 'postgres' && config.database.url
      ? await openDatabase({ url: config.database.url, poolSize: DEFAULT_SLOTS.default })
      : database;
  const metrics = new Metrics();
  const requestClient = options.slackClient ?? slackClient(config, false);
  const workerClient = options.slackClient ?? slackClient(config, true);
  const workspace = new Workspace(workerClient);
  const pressure = new RequestPressure();
  let wake: ServiceDeps['wake'] = () => {};
  const deps: ServiceDeps = {
    db: database.db,
    config,
    log,
    people: new PeopleDirectory(requestClient, config.triageChannelId),
    now: options.now ?? (() => new Date()),
    wake: (lanes) => wake(lanes),
  };
  const { worker, sweeper, model, quality, askWriter } = backgroundWork(options, {
    deps,
    db: workerDatabase.db,
    client: workerClient,
    workspace,
    metrics,
    pressure,
  });
  wake = (lanes) => worker.wake(lanes);

  const app = boltApp(config, log, requestClient, [
    healthRoute({ database, fields: () => modelHealthFields(model?.health) }),
    metricsRoute({ database, metrics, gauges: () => model?.health.gauges() ?? [] }),
  ]);
  app.use(requestLog(log, pressure));
  app.error(async (error) => {
    log.error('unhandled listener error', { error: (error as { original?: unknown }).original ?? error });
    // Rethrown so the receiver answers 500 and Slack redelivers: nothing was committed.
    throw error;
  });
  registerEvents(app, deps, { workspace, inbox: new IntakeInbox(database.db), client: requestClient });
  registerCommands(app, deps, reportService(deps), requestClient, askWriter);
  registerActions(app, deps, requestClient);
  registerShortcuts(app, deps, requestClient);
  registerViews(app, deps, requestClient);

  return runningApp(options, {
    app,
    deps,
    database,
    workerDatabase,
    worker,
    sweeper,
    metrics,
    model: model?.health,
    quality,
  });
}

interface AppParts {
  app: App;
  deps: ServiceDeps;
  database: Database;
  workerDatabase: Database;
  worker: OutboxWorker;
  sweeper: Sweeper;
  metrics: Metrics;
  model?: ModelHealth;
  quality?: QualitySource;
}

/** The doctor's checks against the real workspace, logged once the app is up; they never stop it. */
function selfCheck(options: AppOptions, parts: AppParts): void {
  const { config } = options;
  const log = parts.deps.log;
  const client =
    options.slackClient ??
    new WebClient(config.slack.botToken, {
      slackApiUrl: config.slack.apiUrl,
      timeout: 10_000,
      retryConfig: { retries: 2 },
      logger: boltLogger(log, config.logLevel),
    });
  const checks = {
    config,
    client,
    database: parts.database,
    quality: parts.quality,
    manifestScopes: manifestBotScopes(),
  };
  void logSelfCheck(checks, log.child({ component: 'self-check' })).catch((error: unknown) =>
    log.warn('self-check could not run', { error }),
  );
}

/** Start listening (and, unless turned off, the background work); stop in the reverse order. */
function runningApp(options: AppOptions, parts: AppParts): RunningApp {
  const { config } = options;
  const { app, deps, database, workerDatabase, worker, sweeper, model } = parts;
  const background = options.background ?? config.backgroundWork;
  const socketMode = Boolean(config.slack.appToken);
  const running: RunningApp = {
    app,
    deps,
    database,
    worker,
    metrics: parts.metrics,
    model,
    async start() {
      const server = await app.start(config.port);
      const address = (server as { address?: () => unknown } | undefined)?.address?.();
      running.port =
        typeof address === 'object' && address && 'port' in address
          ? Number((address as { port: number }).port)
          : config.port;
      model?.start();
      if (background) {
        worker.start();
        sweeper.start();
      }
      deps.log.info('complaint desk started', {
        mode: socketMode ? 'socket' : 'http',
        port: socketMode ? undefined : running.port,
        database: database.kind,
        drafter: config.openai ? 'model' : 'built-in',
        response_format: config.openai?.responseFormat,
      });
      // The model endpoint is probed by its own health check, started above.
      if (options.selfCheckAtStart ?? true) selfCheck(options, parts);
    },
    async stop() {
      model?.stop();
      await sweeper.stop();
      await worker.stop();
      await app.stop().catch(() => {});
      if (workerDatabase !== database) await workerDatabase.close();
      if (!options.database) await database.close();
    },
  };
  return running;
}
