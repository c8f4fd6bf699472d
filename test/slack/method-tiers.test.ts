import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SLACK_METHOD_TIERS } from '../../src/slack/method-tiers.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `client.chat.update(`, `deps.client.conversations.open(`… and filesUploadV2 (two methods of its own). */
function calledMethods(): Set<string> {
  const found = new Set<string>();
  const call = /\.(auth|chat|conversations|users|views|reactions|files|team|bots|pins|bookmarks)\.([a-zA-Z]+)\s*\(/g;
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) if (!(m[1] === 'chat' && m[2] === 'completions')) found.add(`${m[1]}.${m[2]}`);
    if (text.includes('filesUploadV2(')) {
      found.add('files.getUploadURLExternal');
      found.add('files.completeUploadExternal');
    }
  }
  return found;
}

describe('the Slack call budget', () => {
  it('names the tier of every Web API method the app calls, with its source', () => {
    const called = calledMethods();
    expect(called.size).toBeGreaterThan(10);
    const missing = [...called].filter((m) => !(m in SLACK_METHOD_TIERS));
    expect(missing).toEqual([]);
    for (const budget of Object.values(SLACK_METHOD_TIERS)) expect(budget.note).toMatch(/https:\/\/docs\.slack\.dev\//);
  });
});
