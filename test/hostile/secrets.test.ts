// The command line never prints the content of files outside the repository (issue #5): symlinks to
// secrets and to /proc/self/environ, evidence paths that climb out, option values that point outside, and
// secrets sitting in the work tree but not in the commit. Only git objects are ever read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/adapters/cli/main.js';
import { readyManifest, SEED_POLICY } from '../fixtures/seeds.js';
import type { Report } from '../../src/core/report/model.js';
import { createRepo, type TestRepo } from '../helpers/repo.js';
import { expectNoPollution, findingsIn, prototypeSnapshot } from './support.js';

const M = 'rollouts/renewal-risk.yaml';

describe('the CLI never prints content from outside the repository', () => {
  let repo: TestRepo;
  let outside = '';
  const FILE_SECRET = `file-secret-${Math.random().toString(36).slice(2)}`;
  const ENV_SECRET = `env-secret-${Math.random().toString(36).slice(2)}`;
  const WORKTREE_SECRET = `worktree-secret-${Math.random().toString(36).slice(2)}`;

  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'rollout-gate-secrets-'));
    const secretFile = join(outside, 'credentials.yaml');
    // A secret that is itself a valid manifest would be the worst case: read, it would be echoed as a workflow name.
    writeFileSync(secretFile, `rollout_plan:\n  workflow: "${FILE_SECRET}"\n  stages: {a: {}}\n`);
    process.env['ROLLOUT_GATE_CLI_SECRET'] = ENV_SECRET;

    repo = createRepo('rollout-gate-secrets-repo-');
    repo.commitFiles({ 'policies/main.yaml': SEED_POLICY, 'policies/leak.yaml': { symlink: secretFile }, 'README.md': 'x\n' }, 'base');
    const evidence = [
      '  evidence:',
      '    trace_coverage: evidence/credentials.yaml',
      '    policy_prechecks: evidence/environ',
      `    policy_decision_traces: "${secretFile}"`,
      '    offline_eval: ../../../../../../../proc/self/environ',
      '    slo: evidence/outside/credentials.yaml',
      '',
    ].join('\n');
    repo.commitFiles(
      {
        [M]: readyManifest().replace(/ {2}evidence:\n( {4}.*\n)+/, evidence),
        'evidence/credentials.yaml': { symlink: secretFile },
        'evidence/environ': { symlink: '/proc/self/environ' },
        'evidence/outside': { symlink: outside },
        'rollouts/leak.yaml': { symlink: secretFile },
        'rollouts/environ.yaml': { symlink: '/proc/self/environ' },
        'rollouts/passwd.yaml': { symlink: '../../../../../../etc/passwd' },
      },
      'pull request',
    );
    // In the work tree only (never committed): the gate reads commits, so these must not matter.
    writeFileSync(join(repo.dir, 'rollouts/uncommitted.yaml'), `rollout_plan:\n  workflow: "${WORKTREE_SECRET}"\n  stages: {a: {}}\n`);
    writeFileSync(join(repo.dir, M), `rollout_plan:\n  workflow: "${WORKTREE_SECRET}"\n  stages: {a: {}}\n`);
  });

  afterAll(() => {
    delete process.env['ROLLOUT_GATE_CLI_SECRET'];
    repo.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await main(['check', '--now', '2026-06-01', ...argv], { cwd: repo.dir, out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  function expectNoSecrets(text: string): void {
    for (const secret of [FILE_SECRET, ENV_SECRET, WORKTREE_SECRET, 'ROLLOUT_GATE_CLI_SECRET']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/root:[^:\n]*:0:0:/);
    expect(text).not.toMatch(/\bPATH=\//);
  }

  test.each(['text', 'json', 'markdown', 'sarif'])('--format %s: blocks, names the refused paths, prints no secret', async (format) => {
    const before = prototypeSnapshot();
    const { code, out, err } = await cli('--format', format);
    expectNoPollution(before);
    expect(code).toBe(1);
    expect(err).toBe('');
    expectNoSecrets(out + err);
    for (const name of [
      'rollouts/leak.yaml',
      'rollouts/environ.yaml',
      'rollouts/passwd.yaml',
      'policies/leak.yaml',
      'evidence/credentials.yaml',
      'evidence/environ',
    ])
      expect(out).toContain(name);
    // The dirty work tree is ignored: the committed manifest is judged, the uncommitted one does not exist.
    expect(out).not.toContain('rollouts/uncommitted.yaml');
  });

  test('the JSON report refuses every escape with a located finding', async () => {
    const { out } = await cli('--format', 'json');
    const report = JSON.parse(out) as Report;
    const at = (file: string, check: string) => findingsIn(report, file, check);
    for (const f of ['rollouts/leak.yaml', 'rollouts/environ.yaml', 'rollouts/passwd.yaml'])
      expect(at(f, 'manifest_invalid')[0]?.message).toMatch(/symbolic link/);
    expect(at('policies/leak.yaml', 'policy_invalid')[0]?.message).toMatch(/symbolic link/);
    expect(
      at(M, 'evidence_invalid')
        .map((f) => f.message)
        .filter((m) => m.startsWith('evidence.'))
        .sort(),
    ).toEqual([
      expect.stringMatching(/^evidence\.offline_eval: .* leaves the repository/),
      expect.stringMatching(/^evidence\.policy_decision_traces: .* is an absolute path/),
      expect.stringMatching(/^evidence\.policy_prechecks: "evidence\/environ" is a symbolic link/),
      expect.stringMatching(/^evidence\.slo: "evidence\/outside\/credentials.yaml" does not exist/),
      expect.stringMatching(/^evidence\.trace_coverage: "evidence\/credentials.yaml" is a symbolic link/),
    ]);
  });

  test.each([
    ['--policies', '/etc'],
    ['--policies', '../../../../etc'],
    ['--manifests', '/etc/**'],
    ['--manifests', '../**/*'],
    ['--head', 'HEAD:../../../etc/passwd'],
    ['--base', `${'../'.repeat(6)}proc/self/environ`],
  ])('%s %s: fails or blocks without printing anything from outside', async (flag, value) => {
    const { code, out, err } = await cli('--format', 'json', flag, value);
    expect([1, 2]).toContain(code);
    expectNoSecrets(out + err);
  });
});
