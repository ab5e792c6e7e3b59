// What a workflow file says about the rollout-gate steps it runs, and what a change to it does to them.
// On a pull request GitHub runs the workflow as the pull request leaves it, so the gate's inputs, its
// triggers and whatever runs before it in its job are the pull request's to choose: a change there is a
// blocking difference (it takes effect once merged, reviewed on its own), any other change a warning.
// Pure: two texts in, differences out.
import { LineCounter, parseDocument, type Document } from 'yaml';

/** The action's inputs that decide what is judged and how; a change to any of them blocks. */
export const GATE_INPUTS = ['manifests', 'policy-dir', 'base', 'evaluate', 'fail-on', 'comment', 'github-token'] as const;

/** The action's inputs that only say where reports go and how they are shown: a change to them is a warning. */
export const REPORTING_INPUTS = ['report-path', 'annotations', 'sarif-path', 'review'] as const;

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/i;

/** Whether `path` names a workflow file: GitHub runs only files directly in `.github/workflows/`. */
export const isWorkflowPath = (path: string): boolean => WORKFLOW_PATH.test(path);

/** The check id of every difference this comparison finds. */
export const GATE_CONFIG_CHECK = 'gate_config_changed';

/** One side of the comparison: the file's text at a commit, or why there is none. */
export type WorkflowVersion =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'absent' }
  /** There but not usable as text (too large, binary, not UTF-8, a symbolic link). */
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface WorkflowDifference {
  readonly severity: 'block' | 'warn';
  /** Where at head (1-based); line 1 when the difference has no place there. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface WorkflowComparison {
  readonly differences: readonly WorkflowDifference[];
  /** What could not be compared and why, for the job summary. */
  readonly notes: readonly string[];
}

type Path = readonly (string | number)[];
type Json = Record<string, unknown>;

/** One setting the gate depends on: its value and where it sits in the file. */
interface Entry {
  readonly value: unknown;
  readonly path: Path;
}

/** A rollout-gate step: its position in the job and the settings that shape it. */
interface GateStep {
  readonly index: number;
  readonly fields: ReadonlyMap<string, Entry>;
}

/** A job that runs the gate. */
interface GateJob {
  readonly fields: ReadonlyMap<string, Entry>;
  readonly steps: readonly GateStep[];
}

interface GateConfig {
  readonly workflow: ReadonlyMap<string, Entry>;
  readonly jobs: ReadonlyMap<string, GateJob>;
}

interface Place {
  readonly line: number;
  readonly column: number;
}

const START: Place = { line: 1, column: 1 };

type Parsed =
  | { readonly ok: true; readonly config: GateConfig; readonly locate: (path: Path) => Place }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string };

/** Aliases are allowed in workflows; expanding more than this many is refused (an alias bomb). */
const MAX_ALIAS_COUNT = 100;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether a step's `uses:` runs this action: a published reference (`<owner>/rollout-gate@<ref>`) or the
 * repository's own action (`./`, as this repository gates itself).
 */
export function isGateStep(uses: unknown): boolean {
  if (typeof uses !== 'string') return false;
  const u = uses.trim();
  return u === './' || /(?:^|\/)rollout-gate@\S+$/i.test(u);
}

function parseWorkflow(text: string): Parsed {
  const lineCounter = new LineCounter();
  let doc: Document;
  let value: unknown;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
    const error = doc.errors[0];
    if (error !== undefined) {
      const pos = lineCounter.linePos(error.pos[0]);
      return { ok: false, line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? 'invalid YAML' };
    }
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // Nesting deep enough to exhaust the stack, or too many aliases: refused, never a crash.
    return {
      ok: false,
      line: 1,
      column: 1,
      message: error instanceof RangeError ? 'the file nests too deeply to read' : `the file cannot be read: ${(error as Error).message}`,
    };
  }
  if (!isObject(value)) return { ok: false, line: 1, column: 1, message: 'the file is not a YAML mapping, so it is not a workflow' };
  const locate = (path: Path): Place => {
    // The nearest enclosing node that exists at this side (a removed key points at its parent).
    for (let n = path.length; n >= 0; n -= 1) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = lineCounter.linePos(range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return START;
  };
  return { ok: true, config: gateConfigOf(value), locate };
}

/** The settings of a workflow the gate depends on, keyed by a phrase that names them in messages. */
function gateConfigOf(workflow: Json): GateConfig {
  const top = new Map<string, Entry>([
    ['the `on:` triggers', { value: workflow['on'], path: ['on'] }],
    ['the workflow-level `env:`', { value: workflow['env'], path: ['env'] }],
    ['the workflow-level `defaults:`', { value: workflow['defaults'], path: ['defaults'] }],
  ]);
  const jobs = new Map<string, GateJob>();
  const jobMap = isObject(workflow['jobs']) ? workflow['jobs'] : {};
  for (const [id, job] of Object.entries(jobMap)) {
    if (!isObject(job) || !Array.isArray(job['steps'])) continue;
    const stepsValue = job['steps'] as unknown[];
    const gateIndexes = stepsValue.flatMap((s, i) => (isObject(s) && isGateStep(s['uses']) ? [i] : []));
    if (gateIndexes.length === 0) continue;
    const at = (...rest: (string | number)[]): Path => ['jobs', id, ...rest];
    const fields = new Map<string, Entry>();
    // Settings that decide whether the job runs, whether its failure counts, the check's name, and where
    // and with what environment every step of it runs.
    // (`needs:` too: a job whose dependency fails or is skipped is skipped, and a skipped check passes.)
    for (const key of ['name', 'if', 'needs', 'continue-on-error', 'runs-on', 'container', 'env', 'defaults', 'strategy']) {
      fields.set(`\`${key}:\``, { value: job[key], path: at(key) });
    }
    // Anything that runs before the (last) gate step can change what it sees: PATH, git, the checkout.
    const last = gateIndexes[gateIndexes.length - 1] as number;
    const before = stepsValue.slice(0, last).filter((s) => !(isObject(s) && isGateStep(s['uses'])));
    fields.set('the steps before the rollout-gate step', { value: before, path: at('steps', 0) });
    const steps = gateIndexes.map((index) => {
      const step = stepsValue[index] as Json;
      const stepAt = (...rest: string[]): Path => at('steps', index, ...rest);
      const stepFields = new Map<string, Entry>();
      for (const key of ['uses', 'if', 'continue-on-error', 'env']) stepFields.set(`\`${key}:\``, { value: step[key], path: stepAt(key) });
      // Input names are case-insensitive to the runner (`INPUT_<NAME>`).
      const withMap = new Map(Object.entries(isObject(step['with']) ? step['with'] : {}).map(([k, v]) => [k.toLowerCase(), { key: k, value: v }]));
      for (const input of GATE_INPUTS) {
        const given = withMap.get(input);
        stepFields.set(`input \`${input}\``, { value: given?.value, path: given ? stepAt('with', given.key) : stepAt('with') });
      }
      return { index, fields: stepFields };
    });
    jobs.set(id, { fields, steps });
  }
  return { workflow: top, jobs };
}

/** JSON with sorted keys, so key order and formatting never count as a change. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A value as the message shows it: compact, and cut short when long. */
function shown(value: unknown): string {
  if (value === undefined) return '(not set)';
  const text = typeof value === 'string' ? JSON.stringify(value.trim()) : canonical(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function gateStepCount(config: GateConfig): number {
  return [...config.jobs.values()].reduce((n, j) => n + j.steps.length, 0);
}

/** The first line that differs between two texts, as a place at head. */
function firstDifferentLine(base: string, head: string): number {
  const a = base.split(/\r?\n/);
  const b = head.split(/\r?\n/);
  for (let i = 0; i < b.length; i += 1) if (a[i] !== b[i]) return i + 1;
  return Math.max(1, b.length);
}

function compareEntries(
  before: ReadonlyMap<string, Entry>,
  after: ReadonlyMap<string, Entry>,
  where: string,
  locate: (p: Path) => Place,
  out: WorkflowDifference[],
): void {
  for (const [what, entry] of after) {
    const old = before.get(what)?.value;
    if (canonical(old) === canonical(entry.value)) continue;
    const moved = what.startsWith('the steps') ? 'changed' : `changed from ${shown(old)} to ${shown(entry.value)}`;
    out.push({ severity: 'block', ...locate(entry.path), message: `${what}${where} ${moved}` });
  }
}

/**
 * How the change from `base` to `head` of the workflow file `file` (the one running the gate) touches the
 * gate. Blocking: the gate's inputs, the triggers, the settings of the gate's job and step and the steps
 * before it; a gate step added or gone; a file at head that cannot be read. A warning: any other change.
 */
export function compareGateWorkflow(file: string, base: WorkflowVersion, head: WorkflowVersion): WorkflowComparison {
  const block = (message: string, at: Place = START): WorkflowDifference => ({ severity: 'block', ...at, message });
  if (head.kind === 'absent') {
    if (base.kind === 'absent')
      return {
        differences: [],
        notes: [
          `The workflow ${file} that runs the gate is in neither the base nor the head commit (it is only on the branch the pull request merges into), so this pull request does not change it.`,
        ],
      };
    return { differences: [block(`the workflow ${file} that runs the gate is removed by this change`)], notes: [] };
  }
  if (head.kind === 'unreadable')
    return {
      differences: [
        block(`the workflow ${file} that runs the gate cannot be read at head (${head.reason}), so what it changes about the gate cannot be checked`),
      ],
      notes: [],
    };
  if (base.kind === 'text' && base.text === head.text) return { differences: [], notes: [] };

  const after = parseWorkflow(head.text);
  if (!after.ok)
    return {
      differences: [
        block(`the workflow ${file} that runs the gate does not parse at head (${after.message}), so what it changes about the gate cannot be checked`, {
          line: after.line,
          column: after.column,
        }),
      ],
      notes: [],
    };
  const before = base.kind === 'text' ? parseWorkflow(base.text) : null;
  const headSteps = gateStepCount(after.config);

  if (before === null || !before.ok) {
    const why =
      base.kind === 'absent'
        ? 'is new in this change'
        : base.kind === 'unreadable'
          ? `cannot be read at the base (${base.reason})`
          : `does not parse at the base (${before?.ok === false ? before.message : 'invalid'})`;
    const note = `The workflow ${file} that runs the gate ${why}, so there is no reviewed version of it to compare with.`;
    if (headSteps > 0)
      return {
        differences: [block(`the workflow ${file} ${why} and runs the gate: its inputs and triggers have never been reviewed on the base branch`)],
        notes: [note],
      };
    return {
      differences: [
        { severity: 'warn', line: 1, column: 1, message: `the workflow ${file} ${why}; it has no rollout-gate step, so its inputs could not be compared` },
      ],
      notes: [note],
    };
  }

  const baseSteps = gateStepCount(before.config);
  const differences: WorkflowDifference[] = [];
  const notes: string[] = [];
  if (baseSteps > 0 && headSteps === 0) {
    differences.push(
      block(`the workflow ${file} ran the gate at the base but has no rollout-gate step (\`uses: <owner>/rollout-gate@<ref>\` or \`uses: ./\`) at head`),
    );
  } else if (baseSteps === 0 && headSteps === 0) {
    notes.push(
      `The workflow ${file} has no rollout-gate step (\`uses: <owner>/rollout-gate@<ref>\` or \`uses: ./\`), perhaps because it calls a reusable workflow, so its inputs were not compared.`,
    );
  } else {
    compareEntries(before.config.workflow, after.config.workflow, '', after.locate, differences);
    for (const [id, job] of after.config.jobs) {
      const old = before.config.jobs.get(id);
      const inJob = ` of job \`${id}\``;
      if (old === undefined) {
        differences.push(block(`job \`${id}\` runs the gate at head but did not at the base`, after.locate(['jobs', id])));
        continue;
      }
      compareEntries(old.fields, job.fields, inJob, after.locate, differences);
      job.steps.forEach((step, n) => {
        const was = old.steps[n];
        const which = job.steps.length > 1 ? ` ${n + 1}` : '';
        if (was === undefined) differences.push(block(`rollout-gate step${which}${inJob} is new at head`, after.locate(['jobs', id, 'steps', step.index])));
        else compareEntries(was.fields, step.fields, ` of the rollout-gate step${which}${inJob}`, after.locate, differences);
      });
      if (old.steps.length > job.steps.length)
        differences.push(block(`${old.steps.length - job.steps.length} rollout-gate step(s)${inJob} are gone at head`, after.locate(['jobs', id])));
    }
    for (const id of before.config.jobs.keys()) {
      if (!after.config.jobs.has(id)) differences.push(block(`job \`${id}\` ran the gate at the base but does not at head`, after.locate(['jobs'])));
    }
  }
  if (differences.length === 0) {
    const line = firstDifferentLine(base.kind === 'text' ? base.text : '', head.text);
    differences.push({
      severity: 'warn',
      line,
      column: 1,
      message: `the workflow ${file} that runs the gate changed (first at line ${line}), though not the gate's inputs, triggers or the steps before it`,
    });
  }
  return { differences, notes };
}
