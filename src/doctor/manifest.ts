import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** manifest.yml at the project root, whether this runs from src/ or from dist/. */
export function manifestPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'manifest.yml');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('manifest.yml not found next to the app');
}

/**
 * The bot scopes manifest.yml asks for: the list under `oauth_config: scopes: bot:`. Only this one
 * list is read, by indentation, which is all our own manifest needs (no YAML library for one list).
 */
export function manifestBotScopes(text = readFileSync(manifestPath(), 'utf8')): string[] {
  const scopes: string[] = [];
  const path: Array<{ indent: number; key: string }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const item = line.trim().match(/^-\s+(\S+)$/);
    if (item) {
      const under = path.map((p) => p.key).join('.');
      if (under === 'oauth_config.scopes.bot') scopes.push(item[1]!);
      continue;
    }
    const key = line.trim().match(/^([A-Za-z_]+):/)?.[1];
    if (!key) continue;
    while (path.length > 0 && path[path.length - 1]!.indent >= indent) path.pop();
    path.push({ indent, key });
  }
  return scopes;
}
