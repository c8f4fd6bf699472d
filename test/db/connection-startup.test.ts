import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.js';

/**
 * The FATAL ErrorResponse PostgreSQL sends to a backend ended by pg_terminate_backend: message 'E', its length,
 * then fields of one code byte and a zero-terminated string, ending in a zero byte
 * (https://www.postgresql.org/docs/current/protocol-message-formats.html, ErrorResponse); 57P01 is admin_shutdown
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html).
 */
function terminatedByAdministrator(): Buffer {
  const fields = ['SFATAL', 'VFATAL', 'C57P01', 'Mterminating connection due to administrator command'];
  const body = Buffer.concat([...fields.map((f) => Buffer.from(`${f}\0`)), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/**
 * A proxy on 127.0.0.1 in front of the real server: `wire` forwards each connection's traffic (and may cut it);
 * either side closing or failing closes both.
 */
async function proxyTo(target: URL, wire: (client: Socket, upstream: Socket) => void): Promise<Server> {
  const server = createServer((client: Socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    wire(client, upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

/**
 * A proxy that ends the first connection as pg_terminate_backend would, the moment its client sends its first
 * statement (a failover or an administrator does this to whatever a connection is running).
 */
async function terminatingProxy(target: URL): Promise<{ server: Server; port: number; terminated: () => number }> {
  let terminated = 0;
  const server = await proxyTo(target, (client, upstream) => {
    const first = terminated === 0;
    let sentStartup = false;
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('data', (chunk) => {
      // After the startup packet, the first message of type Query or Parse is the first statement.
      const kind = String.fromCharCode(chunk[0] ?? 0);
      if (first && sentStartup && (kind === 'Q' || kind === 'P') && terminated === 0) {
        terminated++;
        client.end(terminatedByAdministrator());
        upstream.destroy();
        return;
      }
      if (!sentStartup && chunk.length >= 8 && chunk.readUInt32BE(4) === 196608) sentStartup = true;
      upstream.write(chunk);
    });
  });
  return { server, port: portOf(server), terminated: () => terminated };
}

/**
 * Backend messages as they arrive whole: a type byte and a length that counts itself but not the type
 * (https://www.postgresql.org/docs/current/protocol-overview.html#PROTOCOL-MESSAGE-CONCEPTS). A chunk may hold
 * several messages or part of one.
 */
function backendMessages(onMessage: (kind: string, message: Buffer) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 5 && pending.length >= 1 + pending.readUInt32BE(1)) {
      const size = 1 + pending.readUInt32BE(1);
      onMessage(String.fromCharCode(pending[0] ?? 0), pending.subarray(0, size));
      pending = pending.subarray(size);
    }
  };
}

/**
 * A proxy that drops its first connection (no error, the socket just closes, as a failed network or a killed
 * server leaves it) once the client has read the second row of a result: a query cut off in the middle of its rows.
 */
async function cutMidResultProxy(target: URL): Promise<{ server: Server; port: number; cut: () => number }> {
  let cut = 0;
  const server = await proxyTo(target, (client, upstream) => {
    const first = cut === 0;
    let rowsSeen = 0;
    upstream.on(
      'data',
      backendMessages((kind, message) => {
        if (client.destroyed) return;
        client.write(message);
        if (first && kind === 'D' && ++rowsSeen === 2) {
          cut++;
          client.destroy();
          upstream.destroy();
        }
      }),
    );
    client.on('data', (chunk) => upstream.write(chunk));
  });
  return { server, port: portOf(server), cut: () => cut };
}

/** One connection through the proxy on `port`, so the next query runs on the connection the last one left. */
function throughProxy(url: string, port: number): string {
  const proxied = new URL(url);
  proxied.host = `127.0.0.1:${port}`;
  return proxied.toString();
}

/** Five rows, whole: a result with leading holes has the right rows after them and a wrong length. */
const FIVE_ROWS = sql`select x from generate_series(1, 5) x`;
const fiveRows = [1, 2, 3, 4, 5].map((x) => ({ x }));

/**
 * postgres.js 3.4.9 keeps the count of rows read so far on the connection and resets it only when a result
 * completes: after a result cut off by an error or a dropped connection, the next query's rows land after that
 * many holes (porsager/postgres#1119, #1181). Whoever takes `[first]` of such a result reads undefined.
 */
describe.skipIf(!onPostgres)('a result cut off after some of its rows', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrateNow: false });
  });
  afterAll(() => t.drop());

  it("leaves the next query's rows whole when the server fails the query mid-result", async () => {
    const database = await openDatabase({ url: t.url!, poolSize: 1 });
    try {
      // Rows 1 to 3 are sent before row 4 divides by zero.
      const failing = sql`select i, 1 / (4 - i) as share from generate_series(1, 10) i`;
      const first = await database.rows(failing).catch((error: unknown) => error);
      expect(String((first as Error).cause)).toContain('division by zero');
      expect(await database.rows(FIVE_ROWS)).toEqual(fiveRows);
    } finally {
      await database.close();
    }
  });

  it("leaves the next connection's rows whole when the connection drops mid-result", async () => {
    const proxy = await cutMidResultProxy(new URL(t.url!));
    const database = await openDatabase({ url: throughProxy(t.url!, proxy.port), poolSize: 1 });
    try {
      const first = await database.rows(sql`select x from generate_series(1, 50) x`).catch((e: unknown) => e);
      expect(proxy.cut()).toBe(1);
      expect(first).toBeInstanceOf(Error);
      expect(await database.rows(FIVE_ROWS)).toEqual(fiveRows);
    } finally {
      await database.close();
      proxy.server.close();
    }
  });
});

describe.skipIf(!onPostgres)('a connection the server terminates', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrateNow: false });
  });
  afterAll(() => t.drop());

  it("fails the query it was running, not the process nor the next connection's first query", async () => {
    const proxy = await terminatingProxy(new URL(t.url!));
    const escaped: unknown[] = [];
    const onUnhandled = (reason: unknown) => escaped.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const database = await openDatabase({ url: throughProxy(t.url!, proxy.port), poolSize: 1 });
    try {
      const first = await database.rows(sql`select 1 as one`).catch((error: unknown) => error);
      const second = await database.rows(sql`select 2 as two`);
      // Unhandled rejections are reported after the microtask queue drains; give them a turn to show.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(proxy.terminated()).toBe(1);
      expect(escaped).toEqual([]);
      expect(second).toEqual([{ two: 2 }]);
      // The query the server was running when it ended the connection fails; only that one.
      expect(first).toBeInstanceOf(Error);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await database.close();
      proxy.server.close();
    }
  });
});
