// Shallow clones: the base is fetched when it can be, and otherwise the gate stops with what to configure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/engine/run.js';
import { EVIDENCE_FILES, readyManifest } from '../fixtures/seeds.js';
import { MANIFEST, NOW } from '../helpers/gate.js';
import { createRepo } from '../helpers/repo.js';

function shallowCloneOf(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, dir], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  return dir;
}

describe('shallow clones', () => {
  const origin = createRepo();
  let base = '';
  beforeAll(() => {
    base = origin.commitFiles({ ...EVIDENCE_FILES, [MANIFEST]: readyManifest({ tenantPercent: 2 }) }, 'base');
    origin.commitFiles({ [MANIFEST]: readyManifest({ tenantPercent: 5 }) }, 'raise exposure');
  });
  afterAll(() => origin.cleanup());

  test('without the base commit and no remote to fetch from, the gate fails and names fetch-depth', async () => {
    const clone = shallowCloneOf(origin.dir);
    const outcome = await runGate({ repoDir: clone, now: NOW });
    rmSync(clone, { recursive: true, force: true });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.code).toBe('shallow');
      expect(outcome.failure.message).toMatch(/fetch-depth/);
    }
  });

  test('an explicit base missing from the clone is fetched from the remote, then compared', async () => {
    const clone = shallowCloneOf(origin.dir);
    const outcome = await runGate({ repoDir: clone, base, now: NOW, fetchRemote: 'origin' });
    rmSync(clone, { recursive: true, force: true });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.report.base).toBe(base);
      expect(outcome.report.changes).toContainEqual(expect.objectContaining({ kind: 'exposure_increased', unit: 'percent', from: 2, to: 5 }));
    }
  });

  test('an explicit base that cannot be fetched fails closed with the fetch-depth advice', async () => {
    const clone = shallowCloneOf(origin.dir);
    const missing = 'a'.repeat(40);
    const outcome = await runGate({ repoDir: clone, base: missing, now: NOW, fetchRemote: 'origin' });
    rmSync(clone, { recursive: true, force: true });
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'shallow', message: expect.stringMatching(/fetch-depth: 0/) } });
  });
});
