// `rollout-gate history [MANIFEST...]`: each rollout's timeline from the first-parent history of a branch,
// with the verdict the gate gives each commit against its parent (run again, not stored).
import { parseArgs } from 'node:util';
import { HISTORY_FORMATS, historyRendererFor } from '../../core/render/history.js';
import { splitList } from '../../core/util/splitList.js';
import { runHistory } from '../../engine/history.js';

interface Io {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const HISTORY_USAGE = `rollout-gate history [MANIFEST...] [--ref REV] [--manifests GLOB]... [--policies DIR] [--format ${HISTORY_FORMATS.join('|')}] [--now ISO-DATE] [--no-verdicts]`;

export async function history(args: readonly string[], io: Io, usage: (message: string) => Error): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      ref: { type: 'string' },
      manifests: { type: 'string', multiple: true },
      policies: { type: 'string' },
      format: { type: 'string', default: 'text' },
      now: { type: 'string' },
      'no-verdicts': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const render = historyRendererFor(values.format);
  if (!render) throw usage(`--format must be ${HISTORY_FORMATS.join(', ')} for history, not "${values.format}"`);
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw usage(`--now "${values.now}" is not a date (use e.g. 2026-11-24 or 2026-11-24T12:00:00Z)`);
  }
  const outcome = await runHistory({
    repoDir: io.cwd,
    ref: values.ref,
    paths: positionals.map((p) => p.replace(/^\.\/+/, '')),
    manifestGlobs: values.manifests?.flatMap((list) => splitList(list)),
    policyDir: values.policies,
    now,
    verdicts: !values['no-verdicts'],
  });
  if (!outcome.ok) {
    io.err(`rollout-gate: ${outcome.failure.message}\n`);
    return 2;
  }
  io.out(render(outcome.history));
  // Where the time went: a verdict judged directly costs a fraction of a full gate run on its commit.
  const { direct, fullRuns } = outcome.verdicts;
  if (direct + fullRuns > 0) io.err(`rollout-gate: ${direct} verdict(s) judged directly, ${fullRuns} commit(s) given a full gate run\n`);
  return 0;
}
