import type { Sql, TransactionSql } from 'postgres';

type Client = Sql | TransactionSql;

/**
 * The postgres.js client as drizzle should use it. Drizzle runs every query it was not given a name
 * for through `unsafe(query, params, { prepare: false })`, and postgres.js then describes each query
 * with parameters before running it: two round trips, and a fresh parse and plan on the server, every
 * time (drizzle-team/drizzle-orm#6096). Through this client, queries follow the connection's own
 * `prepare` setting: by default prepared once per connection and then run in one round trip.
 * Transactions and savepoints hand their callbacks a client that does the same.
 */
export function preparedStatements<T extends Client>(client: T, prepare = (client as Sql).options.prepare): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(query, params as never, { ...options, prepare });
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const callback = args.pop() as (inner: TransactionSql) => unknown;
          return open.call(target, ...args, (inner: TransactionSql) => callback(preparedStatements(inner, prepare)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
