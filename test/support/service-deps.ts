import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { silentLog } from '../../src/logger.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { PeopleDirectory } from '../../src/services/people.js';
import { InProcessSlack } from './in-process-slack.js';

/** The engineer service tests pair with their customer channel: a person of our workspace. */
export const SERVICE_TEST_ENGINEER = 'UENG00001';

/** The moment service tests run at, unless they move it. */
export const SERVICE_TEST_NOW = new Date('2026-03-02T10:00:00Z');

/**
 * What a service needs, on a test database: the triage channel's members are the agents, the clock is fixed
 * and waking the worker does nothing unless `wake` says otherwise. `env` adds to the required settings.
 */
export function serviceDeps(
  db: Db,
  params: {
    triage: string;
    agents: string[];
    env?: Record<string, string>;
    wake?: () => void;
    /** People of our workspace besides the agents (users.info knows them); the engineer the service tests pair. */
    staff?: string[];
    /** The Slack double, to add people and channel members to. */
    slack?: InProcessSlack;
  },
): ServiceDeps {
  const slack = (params.slack ?? new InProcessSlack()).setMembers(params.triage, params.agents);
  for (const id of [...params.agents, ...(params.staff ?? [SERVICE_TEST_ENGINEER])]) slack.addUser(id);
  return {
    db,
    config: loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 's',
      TRIAGE_CHANNEL_ID: params.triage,
      ...params.env,
    }),
    log: silentLog,
    people: new PeopleDirectory(slack.client(), params.triage),
    now: () => new Date(SERVICE_TEST_NOW),
    wake: params.wake ?? (() => {}),
  };
}
