// applies_to globs are compiled once into expressions; a compiled glob matches exactly the paths
// Minimatch.match (with dot) matches, or a policy would gate other manifests than it says.
import fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { globMatcher, policiesFor } from '../../../src/core/policy/effective.js';
import { loadPolicy } from '../../../src/core/load/documents.js';

const GLOBS = [
  'rollouts/**',
  'rollouts/**/*.yaml',
  'rollouts/team-a/*',
  'rollouts/team-?/**/*.y?(a)ml',
  'rollouts/{team-a,team-b}/**',
  'rollouts/team-[ab]/*.yaml',
  '!rollouts/team-a/**',
  '**/*.yaml',
  '**/.hidden/**',
  'rollouts/*.yaml',
  'rollouts/+(x|y)/*.yaml',
  'rollouts/team-a/w.yaml',
  // A literal segment after a globstar can match anywhere below it.
  '*/**/team-*/**',
  'rollouts/**/team-b/*',
  '{rollouts,other}/team-?/**',
  '# a comment',
  '',
];

const PATHS = [
  'rollouts/team-a/w.yaml',
  'rollouts/team-b/deep/w.yml',
  'rollouts/team-c/w.yaml',
  'rollouts/.hidden/w.yaml',
  'rollouts/x/w.yaml',
  'rollouts/w.yaml',
  'other/w.yaml',
  'rollouts/team-a',
  '.github/rollouts/w.yaml',
  'rollouts/team-a/w.yaml.bak',
  'rollouts/team-b/rollouts',
  'rollouts/x/team-b/w.yaml',
];

describe('globMatcher', () => {
  test.each(GLOBS)('%j matches what Minimatch.match matches', (glob) => {
    const m = new Minimatch(glob, { dot: true });
    const compiled = globMatcher(glob);
    for (const path of PATHS) expect([path, compiled(path)]).toEqual([path, m.match(path)]);
  });

  test('agrees with Minimatch.match on generated globs and paths', () => {
    const segment = fc.constantFrom('rollouts', 'team-a', 'team-b', '.hidden', 'w.yaml', 'x.yml', 'a.b');
    const globPart = fc.constantFrom('*', '**', '?(a)', 'team-*', 'team-a', '{w,x}.y*ml', '[tw]*', 'rollouts', '.hidden', '+(a|b)', '{rollouts,team-b}');
    fc.assert(
      fc.property(
        fc.array(globPart, { minLength: 1, maxLength: 4 }),
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (parts, segs, negate) => {
          const glob = (negate ? '!' : '') + parts.join('/');
          const path = segs.join('/');
          expect(globMatcher(glob)(path)).toBe(new Minimatch(glob, { dot: true }).match(path));
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 5000) },
    );
  });
});

describe('policiesFor', () => {
  const policy = (file: string, appliesTo: string | null) => {
    const loaded = loadPolicy(file, `rollout:\n  require: [trace_coverage]\n${appliesTo === null ? '' : `  applies_to: [${JSON.stringify(appliesTo)}]\n`}`);
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    return loaded.value;
  };

  test('picks the policies whose applies_to matches, and those without applies_to, in order', () => {
    const all = policy('policies/all.yaml', null);
    const a = policy('policies/a.yaml', 'rollouts/team-a/**');
    const b = policy('policies/b.yaml', 'rollouts/team-b/**');
    const policies = [all, a, b];
    expect(policiesFor('rollouts/team-a/w.yaml', policies)).toEqual([all, a]);
    expect(policiesFor('rollouts/team-b/w.yaml', policies)).toEqual([all, b]);
    expect(policiesFor('rollouts/team-c/w.yaml', policies)).toEqual([all]);
    // Asked again, the compiled globs answer the same.
    expect(policiesFor('rollouts/team-a/w.yaml', policies)).toEqual([all, a]);
  });
});
