import { describe, expect, it } from 'vitest';
import { IDS } from '../../src/ids.js';
import { actionRoutes } from '../../src/listeners/actions/index.js';
import { Routes } from '../../src/listeners/routes.js';
import { silentLog } from '../../src/logger.js';
import type { ServiceDeps } from '../../src/services/deps.js';

describe('routes', () => {
  it('runs the handler registered for the id, and only that one', async () => {
    const calls: string[] = [];
    const routes = new Routes<string>('action', silentLog)
      .on('a', async (arg) => void calls.push(`a:${arg}`))
      .on('b', async (arg) => void calls.push(`b:${arg}`));
    await routes.dispatch('b', 'x', async () => void calls.push('unknown'));
    expect(calls).toEqual(['b:x']);
  });

  it('answers an id it does not know with the fallback and runs no handler', async () => {
    const calls: string[] = [];
    const routes = new Routes<string>('action', silentLog).on('a', async () => void calls.push('a'));
    await routes.dispatch('tampered', 'x', async () => void calls.push('unknown'));
    await routes.dispatch(undefined, 'x', async () => void calls.push('unknown'));
    expect(calls).toEqual(['unknown', 'unknown']);
  });

  it('refuses a second handler for the same id', () => {
    const routes = new Routes<string>('view', silentLog).on('a', async () => {});
    expect(() => routes.on('a', async () => {})).toThrow(/two view handlers for a/);
  });

  it('has a handler for every button and menu the app puts on a card or in App Home', () => {
    const ids = new Set(actionRoutes({ log: silentLog } as ServiceDeps).ids());
    for (const [name, id] of Object.entries(IDS.actions)) {
      if (name === 'rate') for (let score = 1; score <= 5; score++) expect(ids).toContain(`${id}_${score}`);
      else expect(ids).toContain(id);
    }
  });
});
