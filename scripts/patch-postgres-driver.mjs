/**
 * postgres.js 3.4.9 (the latest release) crashes the process and can leave a pooled connection
 * unable to write when PostgreSQL drops a connection while a small write is buffered
 * (upstream issues porsager/postgres#1066, #1154, #1208). This install step applies a minimal fix of
 * our own to the installed driver, in both its ESM and CJS builds:
 *  - when a connection closes or is terminated, the buffered write and its timer are reset;
 *  - a write attempted with no socket fails the pending query with CONNECTION_CLOSED instead of
 *    throwing out of a timer.
 * It is idempotent, and fails the install loudly if the driver's code no longer looks as expected
 * (then check whether a newer postgres release fixed it and remove this step).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = '/* complaint-desk: null-socket write fix */';
const root = fileURLToPath(new URL('../node_modules/postgres', import.meta.url));
// Not installed here (e.g. hoisted elsewhere): nothing to patch.
if (!existsSync(root)) process.exit(0);

const edits = [
  [
    '  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)',
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n      chunk = nextWriteTimer = null\n      ;(query || initial || sent.length) && error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    '    clearImmediate(nextWriteTimer)\n    if (socket) {',
    '    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {',
  ],
  [
    '    incomings = null\n    clearImmediate(nextWriteTimer)\n',
    '    incomings = null\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n',
  ],
];

for (const file of ['src/connection.js', 'cjs/src/connection.js']) {
  const path = join(root, file);
  let source = readFileSync(path, 'utf8');
  if (source.includes(MARK)) continue;
  for (const [from, to] of edits) {
    if (!source.includes(from)) {
      console.error(
        `patch-postgres-driver: ${file} does not contain the expected code; the postgres driver changed. Review scripts/patch-postgres-driver.mjs.`,
      );
      process.exit(1);
    }
    source = source.replace(from, to);
  }
  writeFileSync(path, source);
}
