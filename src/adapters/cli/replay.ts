// `rollout-gate replay REPORT.json`: exit 0 when the gate, run again on the report's recorded inputs, writes
// the same report byte for byte; 1 with what differs when it does not; 2 when it cannot be replayed at all.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readArtifact } from '../../core/replay/artifact.js';
import { replayDecision } from '../../engine/replay.js';

interface Io {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export async function replay(args: readonly string[], io: Io, usage: (message: string) => Error): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) throw usage('replay takes one argument, the JSON report to replay');
  const file = args[0]!;
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.err(`rollout-gate: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const read = readArtifact(file, text);
  if (!read.ok) {
    io.err(`rollout-gate: ${read.message}\n`);
    return 2;
  }
  const { record } = read.artifact;
  const outcome = await replayDecision(io.cwd, read.artifact);
  if (outcome.kind === 'failed') {
    io.err(`rollout-gate: the recorded decision could not be run again: ${outcome.message}\n`);
    return 2;
  }
  const what = `head ${record.head.slice(0, 12)}${record.base ? ` against base ${record.base.slice(0, 12)}` : ''}, judged at ${record.now}`;
  const notes = outcome.notes.map((n) => `  note: ${n}\n`).join('');
  if (outcome.kind === 'identical') {
    io.out(`replay: identical. ${file} (${what}) is what the gate answers again: verdict ${outcome.verdict}.\n${notes}`);
    return 0;
  }
  io.out(
    `replay: DIFFERS. ${file} (${what}) is not what the gate answers again:\n` +
      outcome.reasons.map((r) => `  - ${r}\n`).join('') +
      notes +
      (outcome.diff.length > 0 ? `\n--- ${file} (recorded)\n+++ replay\n${outcome.diff.join('\n')}\n` : ''),
  );
  return 1;
}
