import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_CACHE_DIR } from '../../src/config.js';
import { FeatureColumns } from '../../src/domain/feature-hash.js';
import {
  prepareToneReader,
  ToneReaderNotPrepared,
  type ToneReaderModel,
  toneReader,
} from '../../src/domain/tone-reader.js';
import { useToneReaderSource } from '../../src/domain/tone-reader-source.js';
import {
  type KeptToneReader,
  keepToneReaderIn,
  keptToneReader,
  logToneReader,
  toneReaderIsKept,
  toneReaderKey,
} from '../../src/drafting/tone-reader-store.js';
import { type Log, silentLog } from '../../src/logger.js';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tone-reader-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  // The rest of this file's process reads the reader where every test file does.
  keepToneReaderIn(DEFAULT_MODEL_CACHE_DIR);
});

/** A tiny model standing for a learned one, and a learner that counts how often it is asked. */
function learner(bias: number) {
  const model: ToneReaderModel = {
    columns: new FeatureColumns(new Uint32Array([11, 22])),
    weights: [0, 1, 2, 3].map((k) => new Float64Array([k, -k])),
    biases: [bias, 0, 0, 0],
  };
  const learn = { calls: 0, model, run: () => (learn.calls++, model) };
  return learn;
}

describe('the kept tone reader', () => {
  it('is learned once, then read back as it was', () => {
    const dir = freshDir();
    const learn = learner(0.5);
    const first = keptToneReader(dir, learn.run);
    expect(first).toMatchObject({ outcome: 'learned', keepFailed: undefined });
    expect(first.path).toBe(join(dir, `tone-reader-ts-${toneReaderKey()}.bin`));
    expect(toneReaderIsKept(dir)).toBe(true);
    expect(toneReaderIsKept(freshDir())).toBe(false);
    const second = keptToneReader(dir, learn.run);
    expect(second.outcome).toBe('read');
    expect(learn.calls).toBe(1);
    expect(second.model.biases).toEqual([0.5, 0, 0, 0]);
    expect(second.model.weights).toEqual(learn.model.weights);
    expect(second.model.columns.get(22)).toBe(1);
  });

  it('learns again over a file that is not a model, and clears what its own form kept under other names', () => {
    const dir = freshDir();
    writeFileSync(join(dir, `tone-reader-ts-${toneReaderKey()}.bin`), 'not a model');
    writeFileSync(join(dir, 'tone-reader-ts-0123456789abcdef0000.bin'), 'learned from older examples');
    writeFileSync(join(dir, 'tone-reader-js-0123456789abcdef0000.bin'), 'learned by the built form');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    const learn = learner(1);
    expect(keptToneReader(dir, learn.run).outcome).toBe('learned');
    expect(learn.calls).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([
      'notes.txt',
      'tone-reader-js-0123456789abcdef0000.bin',
      `tone-reader-ts-${toneReaderKey()}.bin`,
    ]);
    expect(keptToneReader(dir, learn.run).model.biases[0]).toBe(1);
  });

  it('still gives the learned model when nothing can be written, and says why', () => {
    const dir = freshDir();
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, '');
    const kept = keptToneReader(join(notADir, 'cache'), learner(2).run);
    expect(kept.outcome).toBe('learned');
    expect(kept.model.biases[0]).toBe(2);
    expect(kept.keepFailed).toMatch(/ENOTDIR|EEXIST/);
    if (process.getuid?.() !== 0) {
      const readOnly = freshDir();
      chmodSync(readOnly, 0o500);
      expect(keptToneReader(readOnly, learner(3).run).keepFailed).toMatch(/EACCES/);
    }
  });

  it('learns and keeps nothing when the model cannot be named', () => {
    const dir = freshDir();
    const unreadable = () => {
      throw new Error('EACCES: permission denied');
    };
    const kept = keptToneReader(dir, learner(5).run, unreadable);
    expect(kept).toMatchObject({ outcome: 'learned', keepFailed: expect.stringMatching(/cannot be named.*EACCES/) });
    expect(kept.model.biases[0]).toBe(5);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('becomes the built-in reader once a process keeps it in a directory', () => {
    const dir = freshDir();
    const learn = learner(4);
    keptToneReader(dir, learn.run);
    const heard: KeptToneReader[] = [];
    keepToneReaderIn(dir, (kept) => heard.push(kept));
    expect(toneReader().biases[0]).toBe(4);
    expect(toneReader()).toBe(toneReader());
    keepToneReaderIn(dir, (kept) => heard.push(kept));
    toneReader();
    expect(heard.map((k) => k.outcome)).toEqual(['read']);
  });

  it('learns only in a process that prepared it, so reading it back never loads the examples', () => {
    const dir = freshDir();
    keepToneReaderIn(dir);
    expect(() => toneReader()).toThrow(ToneReaderNotPrepared);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('when prepared, loads the examples and asks the source again only when the source must learn', async () => {
    const model = learner(6).model;
    const asked: string[] = [];
    useToneReaderSource(() => (asked.push('read back'), model));
    expect(await prepareToneReader()).toBe(model);
    expect(asked).toEqual(['read back']);
    const needsLearning = learner(7).model;
    useToneReaderSource((learn) => {
      asked.push('learn');
      return asked.filter((a) => a === 'learn').length === 1 ? learn() : needsLearning;
    });
    expect(await prepareToneReader()).toBe(needsLearning);
    expect(asked).toEqual(['read back', 'learn', 'learn']);
  });

  it('says at start where the reader came from, and warns when the cache cannot be written', () => {
    const lines: [string, string, Record<string, unknown> | undefined][] = [];
    const log: Log = {
      ...silentLog,
      info: (msg, fields) => void lines.push(['info', msg, fields]),
      warn: (msg, fields) => void lines.push(['warn', msg, fields]),
    };
    const kept = { model: learner(0).model, path: '/c/tone-reader-x.bin', ms: 12.4 };
    logToneReader(log, { ...kept, outcome: 'read' });
    logToneReader(log, { ...kept, outcome: 'learned' });
    logToneReader(log, { ...kept, outcome: 'learned', keepFailed: 'EROFS: read-only file system' });
    expect(lines).toEqual([
      ['info', 'tone reader read back from the model cache', { path: '/c/tone-reader-x.bin', ms: 12 }],
      ['info', 'tone reader learned and kept in the model cache', { path: '/c/tone-reader-x.bin', ms: 12 }],
      [
        'warn',
        'tone reader learned, but the model cache could not be written; the next start learns it again',
        { path: '/c/tone-reader-x.bin', ms: 12, error: 'EROFS: read-only file system' },
      ],
    ]);
  });
});
