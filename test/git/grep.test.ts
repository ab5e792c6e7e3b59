// grepFiles: which files of a commit contain some text, from the commit's tree (never the work tree).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grepFiles } from '../../src/git/grep.js';
import { GitError } from '../../src/git/exec.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';

let repo: TestRepo;
let first: string;
let second: string;

beforeAll(() => {
  repo = createRepo();
  first = repo.commitFiles({
    'rollouts/a.yaml': 'rollout_plan:\n  workflow: "Renewal Risk"\n  evidence:\n    slo: evidence/slo.md\n',
    'rollouts/b c/ü.yaml': '{"rollout_plan": {"workflow": "Support triage", "evidence": {"slo": "./evidence/slo.md"}}}\n',
    'rollouts/-dash.yaml': 'rollout_plan:\n  workflow: triage\n',
    'docs/slo.md': 'see evidence/slo.md\n',
  });
  second = repo.commitFiles({ 'rollouts/a.yaml': 'rollout_plan:\n  workflow: "Renewal Risk"\n' });
});
afterAll(() => repo.cleanup());

const sorted = (s: Set<string>) => [...s].sort();

describe('grepFiles', () => {
  test('lists the files under the pathspecs that contain any of the fixed strings, names exact', async () => {
    expect(sorted(await grepFiles(repo.dir, first, ['evidence/slo.md'], ['rollouts']))).toEqual(['rollouts/a.yaml', 'rollouts/b c/ü.yaml']);
    expect(sorted(await grepFiles(repo.dir, first, ['evidence/slo.md'], []))).toEqual(['docs/slo.md', 'rollouts/a.yaml', 'rollouts/b c/ü.yaml']);
    expect(sorted(await grepFiles(repo.dir, first, ['nothing like this', 'workflow: triage'], ['rollouts']))).toEqual(['rollouts/-dash.yaml']);
  });

  test('reads the commit asked for, not the work tree', async () => {
    writeFileSync(join(repo.dir, 'rollouts/a.yaml'), 'evidence/slo.md\n');
    expect(sorted(await grepFiles(repo.dir, second, ['evidence/slo.md'], ['rollouts']))).toEqual(['rollouts/b c/ü.yaml']);
  });

  test('no match is an empty answer, not an error; fixed strings are literal', async () => {
    expect(await grepFiles(repo.dir, first, ['evidence/*.md'], ['rollouts'])).toEqual(new Set());
    expect(await grepFiles(repo.dir, first, [], ['rollouts'])).toEqual(new Set());
    // A line break can match no line: such a pattern is left out rather than split in two.
    expect(await grepFiles(repo.dir, first, ['nothing\nworkflow'], ['rollouts'])).toEqual(new Set());
  });

  test('literals are literal, whatever characters they hold', async () => {
    const odd = 'evidence/a.b[c](d)*+?{2}|^$\\w.md';
    const r = createRepo();
    try {
      const c = r.commitFiles({
        'm/exact.yaml': `plan: ${odd}\n`,
        'm/near.yaml': 'plan: evidence/aXb[c](d)*+?{2}|^$\\w.md\n',
        'm/dots.yaml': 'plan: evidence/a.bc.md\n',
      });
      expect(sorted(await grepFiles(r.dir, c, [odd], ['m']))).toEqual(['m/exact.yaml']);
      expect(sorted(await grepFiles(r.dir, c, ['a.b'], ['m']))).toEqual(['m/dots.yaml', 'm/exact.yaml']);
    } finally {
      r.cleanup();
    }
  });

  test('case-insensitive, with context around the literals', async () => {
    const around = { before: 'workflow"?[[:space:]]*:[[:space:]]*"?', after: '"?[[:space:]]*([,}]|$)' };
    expect(sorted(await grepFiles(repo.dir, first, ['support TRIAGE', 'renewal'], ['rollouts'], { ignoreCase: true, around }))).toEqual([
      'rollouts/b c/ü.yaml',
    ]);
    expect(sorted(await grepFiles(repo.dir, first, ['renewal risk'], ['rollouts'], { ignoreCase: true, around }))).toEqual(['rollouts/a.yaml']);
  });

  test('many literals go in several processes and give the same answer; a very long one is matched by its start', async () => {
    const many = [...Array.from({ length: 900 }, (_, i) => `absent-${i}`), 'workflow: triage'];
    expect(sorted(await grepFiles(repo.dir, first, many, ['rollouts']))).toEqual(['rollouts/-dash.yaml']);
    const r = createRepo();
    try {
      const c = r.commitFiles({ 'm/long.yaml': `${'a'.repeat(9000)}\n` });
      // Too long for one pattern: matched by its first 8 KiB, so the answer holds more files, never fewer.
      expect(sorted(await grepFiles(r.dir, c, [`${'a'.repeat(8192)}b`], ['m']))).toEqual(['m/long.yaml']);
    } finally {
      r.cleanup();
    }
  });

  test('an unknown revision fails as git does; an option-like one is refused', async () => {
    await expect(grepFiles(repo.dir, '0'.repeat(40), ['x'], [])).rejects.toBeInstanceOf(GitError);
    await expect(grepFiles(repo.dir, '--no-index', ['x'], [])).rejects.toBeInstanceOf(RangeError);
  });
});
