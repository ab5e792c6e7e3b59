// The rollout-gate command line: a thin adapter over the engine. Exit 0 pass/warn, 1 block, 2 usage.
import { parseArgs } from 'node:util';
import { BUILTIN_CHECKS, isBuiltinId } from '../../core/rules/builtin.js';
import { ALL_CHECK_IDS, blockTitle, findRule, RULES } from '../../core/rules/registry.js';
import { settingLabel } from '../../core/rules/setting.js';
import { runGate } from '../../engine/run.js';
import { FORMATS, rendererFor } from '../../core/render/registry.js';
import { splitList } from '../../core/util/splitList.js';
import { didYouMean } from '../../core/util/suggest.js';
import { TOOL_VERSION } from '../../core/report/build.js';
import { replay } from './replay.js';
import { history, HISTORY_USAGE } from './history.js';

const USAGE = `usage:
  rollout-gate check [--base REV] [--head REV] [--manifests GLOB]... [--policies DIR] [--all] [--evaluate head|merge]
                     [--format ${FORMATS.join('|')}] [--now ISO-DATE]
  rollout-gate explain [CHECK_ID]
  rollout-gate replay REPORT.json
  ${HISTORY_USAGE}
  rollout-gate --version

Run in a git repository. Without --base, HEAD (or --head) is compared with its first parent.
Exit codes: 0 pass (warnings allowed), 1 blocked, 2 usage error.`;

export interface CliIo {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}
const usageError = (message: string): Error => new UsageError(message);

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.out(`rollout-gate ${TOOL_VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await check(rest, io);
    if (command === 'explain') return explain(rest, io);
    if (command === 'replay') return await replay(rest, io, usageError);
    if (command === 'history') return await history(rest, io, usageError);
    throw new UsageError(`unknown command "${command}"; ${didYouMean(command, ['check', 'explain', 'replay', 'history'])}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`rollout-gate: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`rollout-gate: internal error: ${(error as Error).message}\nThe gate fails closed; please report this with the command you ran.\n`);
    return 1;
  }
}

async function check(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      manifests: { type: 'string', multiple: true },
      policies: { type: 'string' },
      format: { type: 'string', default: 'text' },
      all: { type: 'boolean', default: false },
      now: { type: 'string' },
      evaluate: { type: 'string', default: 'head' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const format = values.format;
  const render = rendererFor(format);
  if (!render) throw new UsageError(`--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1] ?? ''}, not "${format}"`);
  const evaluate = values.evaluate;
  if (evaluate !== 'head' && evaluate !== 'merge') throw new UsageError(`--evaluate must be head or merge, not "${evaluate}"`);
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now "${values.now}" is not a date (use e.g. 2026-11-24 or 2026-11-24T12:00:00Z)`);
  }
  const outcome = await runGate({
    repoDir: io.cwd,
    head: values.head,
    base: values.base,
    manifestGlobs: values.manifests?.flatMap((list) => splitList(list)),
    policyDir: values.policies,
    all: values.all,
    evaluate,
    now,
    fetchRemote: null,
  });
  if (!outcome.ok) {
    io.err(`rollout-gate: ${outcome.failure.message}\n`);
    return 2;
  }
  const report = outcome.report;
  io.out(render(report));
  return report.verdict === 'block' ? 1 : 0;
}

function explain(args: readonly string[], io: CliIo): number {
  if (args.length === 0) {
    for (const r of RULES) io.out(`${r.id.padEnd(40)} ${r.kind.padEnd(12)} ${blockTitle(r.readinessBlock)}\n`);
    for (const [id, b] of Object.entries(BUILTIN_CHECKS)) io.out(`${id.padEnd(40)} ${'always'.padEnd(12)} ${blockTitle(b.readinessBlock)}\n`);
    return 0;
  }
  if (args.length > 1) throw new UsageError('explain takes one check id');
  const id = args[0]!;
  const rule = findRule(id);
  if (rule) {
    const settings = rule.settings.map(settingLabel).map((l) => `rollout.${l}`);
    const where =
      rule.kind === 'requirement'
        ? 'list it under rollout.require'
        : rule.kind === 'hazard'
          ? 'list it under rollout.block_if'
          : `switched on by ${settings.join(' or ')}`;
    io.out(
      `${rule.id}: ${rule.title}\n  readiness block: ${blockTitle(rule.readinessBlock)}\n  kind: ${rule.kind} (${where})\n  asks for: ${rule.description}\n  to satisfy: ${rule.remediation}\n  notifies: ${rule.owner ?? 'nobody in particular'} owner\n`,
    );
    return 0;
  }
  // Own keys only: `explain constructor` must not find Object's prototype members.
  if (isBuiltinId(id)) {
    const b = BUILTIN_CHECKS[id];
    io.out(`${id}: ${b.title}\n  readiness block: ${blockTitle(b.readinessBlock)}\n  kind: always on\n  to satisfy: ${b.remediation}\n`);
    return 0;
  }
  throw new UsageError(`unknown check "${id}"; ${didYouMean(id, ALL_CHECK_IDS)}`);
}

/**
 * Writes to one of the process's streams until its reader goes away. A reader that stops early
 * (`rollout-gate explain | head -1`) closes the pipe and the next write fails with EPIPE: that is the
 * reader's choice, not a failure of the gate, so further output is dropped quietly and the run still ends
 * with its own exit code. Any other write error means output was lost, which `lost` reports.
 */
function streamWriter(stream: NodeJS.WriteStream, lost: (error: Error) => void): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false;
    if (error.code !== 'EPIPE') lost(error);
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

// Run when executed directly (the bundled dist/cli.js), not when imported by tests.
const entry = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli\.js|rollout-gate)$/.test(entry) || entry.endsWith('/cli/main.ts')) {
  let settled = false;
  let outputLost = false;
  // A report that could not be written must not read as a pass, whether the write failed before or after
  // the verdict.
  const loseOutput = () => {
    outputLost = true;
    if (settled && process.exitCode === 0) process.exitCode = 1;
  };
  const err = streamWriter(process.stderr, loseOutput);
  const out = streamWriter(process.stdout, (error) => {
    loseOutput();
    err(`rollout-gate: could not write the output: ${error.message}\n`);
  });
  // Fail closed if Node runs out of work before main() settles (a bug that dropped the last reference to
  // pending I/O): exiting 0 there would look exactly like a gate that passed.
  process.on('exit', () => {
    if (settled) return;
    err('rollout-gate: internal error: the run ended before the gate reached a verdict; please report this\n');
    process.exitCode = 1;
  });
  main(process.argv.slice(2), { cwd: process.cwd(), out, err }).then(
    (code) => {
      settled = true;
      process.exitCode = outputLost && code === 0 ? 1 : code;
    },
    (error: unknown) => {
      settled = true;
      err(`rollout-gate: internal error: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
