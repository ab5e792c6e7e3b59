// --manifests on the command line is split like the action's `manifests` input: commas separate globs,
// except inside `{...}`, where they belong to a brace glob.
import { main } from '../../../src/adapters/cli/main.js';
import { EVIDENCE_FILES, readyManifest } from '../../fixtures/seeds.js';
import { createRepo, type TestRepo } from '../../helpers/repo.js';

async function manifestsFound(cwd: string, ...globs: string[]): Promise<string[]> {
  let out = '';
  let err = '';
  const args = globs.flatMap((g) => ['--manifests', g]);
  const code = await main(['check', '--all', ...args, '--format', 'json', '--now', '2026-06-01'], { cwd, out: (t) => (out += t), err: (t) => (err += t) });
  if (code === 2) throw new Error(`check failed: ${err}`);
  return (JSON.parse(out) as { manifests: { file: string }[] }).manifests.map((m) => m.file).sort();
}

describe('rollout-gate check --manifests', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = createRepo();
    repo.commitFiles({ ...EVIDENCE_FILES, 'README.md': 'x\n' }, 'base');
    repo.commitFiles(
      {
        'rollouts/a/one.yml': readyManifest(),
        'rollouts/b/two.yml': readyManifest(),
        'rollouts/c/three.yml': readyManifest(),
      },
      'three rollouts',
    );
  });
  afterAll(() => repo.cleanup());

  test('a brace glob finds the manifests in both directories it names, and only those', async () => {
    expect(await manifestsFound(repo.dir, 'rollouts/{a,b}/*.yml')).toEqual(['rollouts/a/one.yml', 'rollouts/b/two.yml']);
  });

  test('commas outside braces separate globs', async () => {
    expect(await manifestsFound(repo.dir, 'rollouts/{a,b}/*.yml, rollouts/c/*.yml')).toEqual([
      'rollouts/a/one.yml',
      'rollouts/b/two.yml',
      'rollouts/c/three.yml',
    ]);
  });

  test('the option may also be repeated', async () => {
    expect(await manifestsFound(repo.dir, 'rollouts/a/*.yml', 'rollouts/c/*.yml')).toEqual(['rollouts/a/one.yml', 'rollouts/c/three.yml']);
  });
});
