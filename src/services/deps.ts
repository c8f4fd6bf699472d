import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Log } from '../logger.js';
import type { PeopleDirectory } from './people.js';

/** What services need from the running app; tests build their own. */
export interface ServiceDeps {
  db: Db;
  config: Config;
  log: Log;
  people: PeopleDirectory;
  /** Time is a parameter: tests set it. */
  now: () => Date;
  /** Tells the outbox worker that new work was committed: to the lanes named, or to any. */
  wake: (lanes?: readonly string[]) => void;
}

export interface WorkerDeps extends ServiceDeps {
  client: WebClient;
}
