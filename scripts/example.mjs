// Runs the gate on the bundled example: builds a throwaway git repository whose base commit is
// examples/renewal-risk/base and whose head commit overlays examples/renewal-risk/pull-request, then runs
// the committed CLI there with the embedded default policy. Extra arguments go to `check`
// (e.g. `--format markdown`). Needs only node and git.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'renewal-risk');
const repo = mkdtempSync(join(tmpdir(), 'rollout-gate-example-'));
const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Example',
  GIT_AUTHOR_EMAIL: 'example@example.com',
  GIT_COMMITTER_NAME: 'Example',
  GIT_COMMITTER_EMAIL: 'example@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: repo, env, stdio: ['ignore', 'ignore', 'inherit'] });

try {
  git('init', '-q', '-b', 'main');
  cpSync(join(example, 'base'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'renewal-risk assistant live at canary (5% of tenants)');
  cpSync(join(example, 'pull-request'), repo, { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'promote to GA, route triage, on-call TBD');
  process.stdout.write(
    `$ rollout-gate check ${process.argv.slice(2).join(' ')}   # in a throwaway repo: base = examples/renewal-risk/base, head = + pull-request/\n\n`,
  );
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
