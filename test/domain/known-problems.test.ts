import { describe, expect, it } from 'vitest';
import { matchProblem, suggestProblems, titleTerms, type ProblemProfile } from '../../src/domain/known-problems.js';

const backbone: ProblemProfile = {
  id: 1,
  title: 'Jakarta operator backbone upgrade',
  cases: [{ category: 'connectivity', facts: { region: 'Jakarta', network: '4G' } }],
};
const echo: ProblemProfile = {
  id: 2,
  title: 'Echo on Android 14 with SDK 4.2',
  cases: [{ category: 'av_quality', facts: { os: 'Android 14', device: 'Pixel 8' } }],
};
const zhProblem: ProblemProfile = {
  id: 3,
  title: '雅加达运营商骨干网升级',
  cases: [{ category: 'connectivity', facts: { region: '雅加达' } }],
};

describe('title terms', () => {
  it('keeps telling Latin words and versions, and pairs of Han characters', () => {
    expect(titleTerms('Echo on Android 14 with SDK 4.2')).toEqual({ latin: ['echo', 'android', '14', '4.2'], han: [] });
    expect(titleTerms('Zürich edge node in São Paulo').latin).toEqual(['zürich', 'edge', 'node', 'paulo']);
    expect(titleTerms('雅加达网络').han).toEqual(['雅加', '加达', '达网', '网络']);
  });
});

describe('matching a new complaint with a known problem', () => {
  it('matches the same category sharing a place fact, and says which', () => {
    const reasons = matchProblem(
      { category: 'connectivity', facts: { region: 'jakarta ' }, text: 'Calls keep dropping' },
      backbone,
    );
    expect(reasons).toEqual(['region: jakarta ']);
  });

  it('matches an OS reported a little differently ("Android 14.1")', () => {
    expect(
      matchProblem({ category: 'av_quality', facts: { os: 'android 14.1' }, text: 'I hear myself' }, echo),
    ).toEqual(['system: android 14.1']);
  });

  it('matches words of the title in the complaint', () => {
    expect(
      matchProblem({ category: 'av_quality', facts: {}, text: 'There is an ECHO on every call since Tuesday' }, echo),
    ).toEqual(['“echo”']);
  });

  it('matches Chinese complaints by two or more character pairs of the title, not by one', () => {
    const text = '我们在雅加达的用户视频通话一直掉线';
    expect(matchProblem({ category: 'connectivity', facts: {}, text }, zhProblem)).toEqual(['“雅加”', '“加达”']);
    expect(
      matchProblem({ category: 'connectivity', facts: {}, text: '网络升级以后不好用' }, zhProblem),
    ).toBeUndefined();
  });

  it('never matches another category, whatever the facts and words', () => {
    expect(
      matchProblem(
        { category: 'feature', facts: { region: 'Jakarta' }, text: 'Jakarta backbone upgrade broke filters' },
        backbone,
      ),
    ).toBeUndefined();
  });

  it('does not match on the same category alone, on common words, or on facts that do not place a problem', () => {
    const complaint = {
      category: 'connectivity' as const,
      facts: { region: 'Lagos', time: 'yesterday', scenario: '1v1 call' },
      text: 'Calls have an issue with users when they connect',
    };
    expect(matchProblem(complaint, backbone)).toBeUndefined();
  });

  it('matches a problem with no tickets yet by its title alone', () => {
    const fresh = { id: 9, title: 'Huawei Mate 60 camera', cases: [] };
    expect(matchProblem({ category: 'crash', facts: {}, text: 'App crashes on my Huawei' }, fresh)).toEqual([
      '“huawei”',
    ]);
    expect(matchProblem({ category: 'crash', facts: {}, text: 'App crashes' }, fresh)).toBeUndefined();
  });

  it('ranks by how many reasons, and returns at most the limit', () => {
    const complaint = { category: 'connectivity' as const, facts: { region: 'Jakarta', network: '4G' }, text: 'x' };
    const weaker = {
      ...backbone,
      id: 5,
      title: 'Slow relay',
      cases: [{ category: 'connectivity' as const, facts: { network: '4G' } }],
    };
    expect(suggestProblems(complaint, [weaker, backbone, echo], 5).map((s) => s.problemId)).toEqual([1, 5]);
    expect(suggestProblems(complaint, [weaker, backbone, echo], 1).map((s) => s.problemId)).toEqual([1]);
  });

  it('reads 40 KB of hostile text quickly (patterns stay linear)', () => {
    const hostile = `${'a.'.repeat(10_000)}${'-'.repeat(10_000)}${'雅'.repeat(10_000)}`;
    const started = performance.now();
    for (const p of [backbone, echo, zhProblem])
      matchProblem({ category: 'connectivity', facts: { region: hostile.slice(0, 64) }, text: hostile }, p);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
