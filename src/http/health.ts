import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { countByStatus } from '../db/queries/home.js';
import { outboxStats } from '../db/queries/outbox.js';
import type { Metrics } from '../metrics.js';

type Gauge = Parameters<Metrics['render']>[0][number];

export interface HealthSources {
  database: Database;
  /** More fields of the answer, read at each request (e.g. the model endpoint's state). */
  fields?: () => Record<string, unknown>;
}

export interface MetricsSources {
  database: Database;
  metrics: Metrics;
  /** More gauges, read at each scrape (e.g. the model's circuit breaker). */
  gauges?: () => Gauge[];
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * `GET /healthz`: 200 `{"status":"ok","database":"postgres",…}` when the database answers a query,
 * else 503, so a load balancer takes the instance out while its database is unreachable.
 */
export function healthRoute(sources: HealthSources): CustomRoute {
  const fields = () => sources.fields?.() ?? {};
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      sources.database.db
        .execute(sql`select 1`)
        .then(() => sendJson(res, 200, { status: 'ok', database: sources.database.kind, ...fields() }))
        .catch(() => sendJson(res, 503, { status: 'unavailable', database: 'unreachable', ...fields() }));
    },
  };
}

/** The gauges read from the database at scrape time: tickets by state and the outbox's backlog. */
async function databaseGauges(database: Database, now: Date): Promise<Gauge[]> {
  const [tickets, outbox] = await Promise.all([countByStatus(database.db), outboxStats(database.db, now)]);
  return [
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
    { name: 'complaint_desk_outbox_dead', help: 'Outbox jobs that gave up.', samples: [{ value: outbox.dead }] },
    {
      name: 'complaint_desk_outbox_oldest_pending_seconds',
      help: 'Age of the oldest pending outbox job.',
      samples: [{ value: outbox.oldestPendingAgeMs / 1000 }],
    },
  ];
}

/**
 * `GET /metrics` in the Prometheus text format: the process's counters and histograms, and gauges read
 * at scrape time. 503 when the database cannot be read.
 */
export function metricsRoute(sources: MetricsSources): CustomRoute {
  return {
    path: '/metrics',
    method: ['GET'],
    handler: (_req, res) => {
      databaseGauges(sources.database, new Date())
        .then((gauges) => {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
          res.end(sources.metrics.render([...gauges, ...(sources.gauges?.() ?? [])]));
        })
        .catch(() => {
          res.writeHead(503);
          res.end();
        });
    },
  };
}
