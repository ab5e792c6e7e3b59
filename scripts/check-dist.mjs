// Fails when the committed dist/ differs from a fresh build of the sources (the action runs dist/ as is).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'rollout-gate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, ROLLOUT_GATE_DIST_DIR: scratch } });
  const fresh = readdirSync(scratch).sort();
  const committed = readdirSync('dist').sort();
  const stale = [...new Set([...fresh, ...committed])].filter((f) => {
    try {
      return !readFileSync(join(scratch, f)).equals(readFileSync(join('dist', f)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`dist/ is not a fresh build of src/: ${stale.join(', ')} differ. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
