// Runs the gate on the bundled example: builds a throwaway git repository whose base commit is
// examples/renewal-risk/base and whose head commit overlays examples/renewal-risk/pull-request, then runs
// the committed CLI there with the embedded default policy. Extra arguments go to `check`
// (e.g. `--format markdown`); with `history` first, the rollout's history is printed instead
// (`node scripts/example.mjs history --format markdown`). Needs only node and git.
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
// Dated commits a week apart, so the history and its chart are the same on every run.
const git = (date, ...args) =>
  execFileSync('git', args, { cwd: repo, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: ['ignore', 'ignore', 'inherit'] });
const [command, args] = process.argv[2] === 'history' ? ['history', ['--now', '2026-11-16', ...process.argv.slice(3)]] : ['check', process.argv.slice(2)];

try {
  git('2026-11-02T09:00:00Z', 'init', '-q', '-b', 'main');
  cpSync(join(example, 'base'), repo, { recursive: true });
  git('2026-11-02T09:00:00Z', 'add', '-A');
  git('2026-11-02T09:00:00Z', 'commit', '-q', '-m', 'renewal-risk assistant live at canary (5% of tenants)');
  cpSync(join(example, 'pull-request'), repo, { recursive: true });
  git('2026-11-09T09:00:00Z', 'add', '-A');
  git('2026-11-09T09:00:00Z', 'commit', '-q', '-m', 'promote to GA, route triage, on-call TBD');
  process.stdout.write(`$ rollout-gate ${command} ${args.join(' ')}   # in a throwaway repo: base = examples/renewal-risk/base, head = + pull-request/\n\n`);
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), command, ...args], { cwd: repo, stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
