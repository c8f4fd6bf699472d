import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret-value-123', TRIAGE_CHANNEL_ID: 'C0TRIAGE1' };

describe('config', () => {
  it('applies defaults and parses durations as short as seconds', () => {
    const config = loadConfig({ ...base, SLA_FIRST_RESPONSE: 'high=5s', SWEEP_INTERVAL: '250ms' });
    expect(config.sla.firstResponseMs.high).toBe(5000);
    expect(config.sla.firstResponseMs.medium).toBe(2 * 3_600_000);
    expect(config.sweepIntervalMs).toBe(250);
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.openai).toBeUndefined();
  });

  it('reports every problem on its own line and never echoes a secret', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxp-secret-user-token',
        TRIAGE_CHANNEL_ID: 'general',
        PORT: 'eighty',
        SLA_WARN_AT: '2',
        DATABASE_URL: 'mysql://x',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual(
      expect.arrayContaining([
        'SLACK_BOT_TOKEN must start with xoxb-',
        'TRIAGE_CHANNEL_ID must be a Slack ID starting with C or G',
        'PORT must be a number',
        'SLA_WARN_AT must be below 1',
        'DATABASE_URL must start with postgres://',
        'SLACK_SIGNING_SECRET is required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      ]),
    );
    expect(error!.message).not.toContain('xoxp-secret-user-token');
  });

  it('allows Socket Mode without a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', TRIAGE_CHANNEL_ID: 'C0TRIAGE1' });
    expect(config.slack.appToken).toBe('xapp-1');
  });

  it('takes the number of drafts made at once, 4 unless told, and refuses what is not a small whole number', () => {
    expect(loadConfig(base).modelConcurrency).toBe(4);
    expect(loadConfig({ ...base, MODEL_CONCURRENCY: '2' }).modelConcurrency).toBe(2);
    for (const bad of ['0', '1.5', 'many', '65'])
      expect(() => loadConfig({ ...base, MODEL_CONCURRENCY: bad })).toThrow(/MODEL_CONCURRENCY/);
  });

  it('keeps learned models in .data/cache unless told another directory, or off', () => {
    expect(loadConfig(base).modelCacheDir).toBe('.data/cache');
    expect(loadConfig({ ...base, MODEL_CACHE_DIR: '/var/cache/desk' }).modelCacheDir).toBe('/var/cache/desk');
    expect(loadConfig({ ...base, MODEL_CACHE_DIR: 'OFF' }).modelCacheDir).toBeUndefined();
  });

  it('refuses bad business hours', () => {
    expect(() => loadConfig({ ...base, BUSINESS_HOURS: 'weekdays', BUSINESS_TZ: 'UTC' })).toThrow(/BUSINESS_HOURS/);
  });
});
