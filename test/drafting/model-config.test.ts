import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = {
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_SIGNING_SECRET: 'secret-value-123',
  TRIAGE_CHANNEL_ID: 'C0TRIAGE1',
  OPENAI_API_KEY: 'sk-test',
};

describe('model settings', () => {
  it('asks for JSON in the format the endpoint takes unless told otherwise', () => {
    expect(loadConfig(base).openai).toEqual({
      apiKey: 'sk-test',
      baseURL: undefined,
      model: 'gpt-4o-mini',
      responseFormat: 'auto',
    });
    for (const format of ['json_schema', 'json_object', 'none'] as const)
      expect(loadConfig({ ...base, OPENAI_RESPONSE_FORMAT: format }).openai?.responseFormat).toBe(format);
  });

  it('refuses an unknown response format with a clear message', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ ...base, OPENAI_RESPONSE_FORMAT: 'structured' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual(['OPENAI_RESPONSE_FORMAT must be one of auto, json_schema, json_object, none']);
  });
});
