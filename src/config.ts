import { z } from 'zod';
import { parseDuration } from './domain/duration.js';
import { PRIORITIES, type Priority } from './domain/taxonomy.js';
import { parseCalendar, type SupportCalendar } from './domain/calendar.js';

/** How the model is asked for JSON (`OPENAI_RESPONSE_FORMAT`). */
export const RESPONSE_FORMAT_SETTINGS = ['auto', 'json_schema', 'json_object', 'none'] as const;
export type ResponseFormatSetting = (typeof RESPONSE_FORMAT_SETTINGS)[number];

const duration = (name: string) =>
  z.string().transform((value, ctx) => {
    const ms = parseDuration(value);
    if (ms === undefined || ms <= 0) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a duration such as 30s, 15m, 2h (got "${value}")` });
      return z.NEVER;
    }
    return ms;
  });

/** "urgent=10m,high=15m,…": a target for every priority, missing ones from the defaults. */
const targetsByPriority = (name: string, defaults: Record<Priority, number>) =>
  z.string().transform((value, ctx) => {
    const targets = { ...defaults };
    for (const pair of value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [key, raw] = pair.split('=').map((s) => s.trim());
      const ms = raw ? parseDuration(raw) : undefined;
      if (!key || !(PRIORITIES as readonly string[]).includes(key) || ms === undefined || ms <= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `${name}: "${pair}" should be priority=duration with a priority among ${PRIORITIES.join(', ')}`,
        });
        return z.NEVER;
      }
      targets[key as Priority] = ms;
    }
    return targets;
  });

const MIN = 60_000;
/** Where learned models are kept between starts, relative to the working directory. */
export const DEFAULT_MODEL_CACHE_DIR = '.data/cache';

export const DEFAULT_FIRST_RESPONSE: Record<Priority, number> = {
  urgent: 10 * MIN,
  high: 15 * MIN,
  medium_high: 30 * MIN,
  medium: 120 * MIN,
  medium_low: 24 * 60 * MIN,
};

const slackId = (prefix: string, name: string) =>
  z
    .string()
    .regex(
      new RegExp(`^[${prefix}][A-Z0-9]{2,}$`),
      `${name} must be a Slack ID starting with ${prefix.split('').join(' or ')}`,
    );

const envSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'SLACK_BOT_TOKEN is required (xoxb-…)' })
    .startsWith('xoxb-', 'SLACK_BOT_TOKEN must start with xoxb-'),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'SLACK_APP_TOKEN must start with xapp-').optional(),
  SLACK_API_URL: z.url({ error: 'SLACK_API_URL must be a URL' }).default('https://slack.com/api/'),
  TRIAGE_CHANNEL_ID: slackId('CG', 'TRIAGE_CHANNEL_ID'),
  SUPPORT_LEAD_USER_ID: slackId('UW', 'SUPPORT_LEAD_USER_ID').optional(),
  PORT: z.coerce.number({ error: 'PORT must be a number' }).int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  PGLITE_DIR: z.string().default('.data/pglite'),
  MODEL_CACHE_DIR: z.string().default(DEFAULT_MODEL_CACHE_DIR),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url({ error: 'OPENAI_BASE_URL must be a URL' }).optional(),
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_RESPONSE_FORMAT: z
    .enum(RESPONSE_FORMAT_SETTINGS, {
      error: `OPENAI_RESPONSE_FORMAT must be one of ${RESPONSE_FORMAT_SETTINGS.join(', ')}`,
    })
    .default('auto'),
  DRAFT_TIMEOUT: duration('DRAFT_TIMEOUT').default(20_000),
  MODEL_CONCURRENCY: z.coerce
    .number({ error: 'MODEL_CONCURRENCY must be a whole number from 1 to 64' })
    .int('MODEL_CONCURRENCY must be a whole number from 1 to 64')
    .min(1, 'MODEL_CONCURRENCY must be at least 1')
    .max(64, 'MODEL_CONCURRENCY must be at most 64')
    .default(4),
  SLA_FIRST_RESPONSE: targetsByPriority('SLA_FIRST_RESPONSE', DEFAULT_FIRST_RESPONSE).default(DEFAULT_FIRST_RESPONSE),
  SLA_NEXT_RESPONSE: targetsByPriority('SLA_NEXT_RESPONSE', DEFAULT_FIRST_RESPONSE).default(DEFAULT_FIRST_RESPONSE),
  SLA_RESOLUTION: duration('SLA_RESOLUTION').optional(),
  SLA_WARN_AT: z.coerce
    .number({ error: 'SLA_WARN_AT must be a number between 0 and 1' })
    .gt(0, 'SLA_WARN_AT must be above 0')
    .lt(1, 'SLA_WARN_AT must be below 1')
    .default(0.75),
  ESCALATION_LEAD_AFTER: duration('ESCALATION_LEAD_AFTER').default(30 * MIN),
  SWEEP_INTERVAL: duration('SWEEP_INTERVAL').default(5_000),
  OUTBOX_POLL_INTERVAL: duration('OUTBOX_POLL_INTERVAL').default(1_000),
  OUTBOX_LEASE: duration('OUTBOX_LEASE').default(60_000),
  BURST_WINDOW: duration('BURST_WINDOW').default(2 * MIN),
  BUSINESS_HOURS: z.string().default('24/7'),
  BUSINESS_TZ: z.string().default('UTC'),
  HOLIDAYS: z.string().default(''),
  QUALITY_API_URL: z.url({ error: 'QUALITY_API_URL must be a URL' }).optional(),
  DIGEST_SCHEDULE: z
    .string()
    .regex(
      /^(off|(sun|mon|tue|wed|thu|fri|sat)\s+\d{1,2}:\d{2})$/i,
      'DIGEST_SCHEDULE must look like "mon 09:00" or be "off"',
    )
    .default('mon 09:00'),
  INCIDENT_WINDOW: duration('INCIDENT_WINDOW').default(30 * MIN),
  INCIDENT_THRESHOLD: z.coerce
    .number({ error: 'INCIDENT_THRESHOLD must be a whole number of at least 2' })
    .int()
    .min(2, 'INCIDENT_THRESHOLD must be at least 2')
    .default(3),
  BACKGROUND_WORK: z.enum(['on', 'off'], { error: 'BACKGROUND_WORK must be on or off' }).default('on'),
  AGENT_LANGUAGE: z.enum(['en', 'zh'], { error: 'AGENT_LANGUAGE must be en or zh' }).default('en'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export interface Config {
  slack: { botToken: string; signingSecret?: string; appToken?: string; apiUrl: string };
  triageChannelId: string;
  supportLeadUserId?: string;
  port: number;
  database: { url?: string; pgliteDir: string };
  /** Where what the tone reader learned is kept between starts; undefined (`off`): learned at every start. */
  modelCacheDir?: string;
  /** `responseFormat`: how the model is asked for JSON; `auto` finds out what the endpoint takes. */
  openai?: { apiKey: string; baseURL?: string; model: string; responseFormat: ResponseFormatSetting };
  draftTimeoutMs: number;
  /** Drafts (model and call-quality calls) run at once per instance, apart from all other background work. */
  modelConcurrency: number;
  sla: {
    firstResponseMs: Record<Priority, number>;
    nextResponseMs: Record<Priority, number>;
    resolutionMs?: number;
    warnAt: number;
    leadAfterMs: number;
    calendar: SupportCalendar;
  };
  sweepIntervalMs: number;
  outboxPollIntervalMs: number;
  /** How long a claimed job belongs to one instance before another may take it over. */
  outboxLeaseMs: number;
  burstWindowMs: number;
  qualityApiUrl?: string;
  /** Weekly review: day (0 = Sunday) and minute of the day in the business time zone; undefined when off. */
  digest?: { day: number; minute: number };
  incident: { windowMs: number; threshold: number };
  /** Off: this instance only answers Slack; other instances drain the outbox and sweep. */
  backgroundWork: boolean;
  agentLanguage: 'en' | 'zh';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

function parseDigest(spec: string): { day: number; minute: number } | undefined {
  if (spec.toLowerCase() === 'off') return undefined;
  const [day, clock] = spec.toLowerCase().split(/\s+/);
  const [h, m] = clock!.split(':').map(Number);
  return { day: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(day!), minute: h! * 60 + m! };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment once; every problem is reported on its own line, never with a secret's value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) =>
        i.message.includes(String(i.path[0] ?? '')) ? i.message : `${String(i.path[0])}: ${i.message}`,
      );
  if (!present.SLACK_APP_TOKEN && !present.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const holidays = e.HOLIDAYS.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const calendar = parseCalendar(e.BUSINESS_HOURS, e.BUSINESS_TZ, holidays);
  if (typeof calendar === 'string') throw new ConfigError([`BUSINESS_HOURS/BUSINESS_TZ/HOLIDAYS: ${calendar}`]);
  return {
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
    },
    triageChannelId: e.TRIAGE_CHANNEL_ID,
    supportLeadUserId: e.SUPPORT_LEAD_USER_ID,
    port: e.PORT,
    database: { url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR },
    modelCacheDir: e.MODEL_CACHE_DIR.toLowerCase() === 'off' ? undefined : e.MODEL_CACHE_DIR,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          responseFormat: e.OPENAI_RESPONSE_FORMAT,
        }
      : undefined,
    draftTimeoutMs: e.DRAFT_TIMEOUT,
    modelConcurrency: e.MODEL_CONCURRENCY,
    sla: {
      firstResponseMs: e.SLA_FIRST_RESPONSE,
      nextResponseMs: e.SLA_NEXT_RESPONSE,
      resolutionMs: e.SLA_RESOLUTION,
      warnAt: e.SLA_WARN_AT,
      leadAfterMs: e.ESCALATION_LEAD_AFTER,
      calendar,
    },
    sweepIntervalMs: e.SWEEP_INTERVAL,
    outboxPollIntervalMs: e.OUTBOX_POLL_INTERVAL,
    outboxLeaseMs: e.OUTBOX_LEASE,
    burstWindowMs: e.BURST_WINDOW,
    qualityApiUrl: e.QUALITY_API_URL,
    digest: parseDigest(e.DIGEST_SCHEDULE),
    incident: { windowMs: e.INCIDENT_WINDOW, threshold: e.INCIDENT_THRESHOLD },
    backgroundWork: e.BACKGROUND_WORK === 'on',
    agentLanguage: e.AGENT_LANGUAGE,
    logLevel: e.LOG_LEVEL,
  };
}
