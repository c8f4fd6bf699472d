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
 * A proxy in front of the real server that ends the first connection as pg_terminate_backend would, the moment its
 * client sends its first statement (a failover or an administrator does this to whatever a connection is running).
 */
async function terminatingProxy(target: URL): Promise<{ server: Server; port: number; terminated: () => number }> {
  let terminated = 0;
  const server = createServer((client: Socket) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
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
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, terminated: () => terminated };
}

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
    const url = new URL(t.url!);
    url.host = `127.0.0.1:${proxy.port}`;
    const database = await openDatabase({ url: url.toString(), poolSize: 1 });
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
