// What differs between a recorded decision and its replay, in words a reader acts on: a missing object, a
// file read at another version, another policy, another tool version; then the report lines that differ.
import type { ApprovalRequest, Finding } from '../report/model.js';
import type { DecisionRecord, RecordedGateWorkflow, RecordedInput, RecordedReviews } from '../report/record.js';

/** Objects the replay looked for in the repository and did not find, with what each one was. */
export interface MissingObject {
  readonly oid: string;
  readonly what: string;
}

const short = (oid: string) => oid.slice(0, 12);
const describeInput = (i: RecordedInput) => `${i.role} ${i.path} at ${short(i.commit)}`;

/** The commits and blobs of a record, each once, with what it was to the verdict (to name what is missing). */
export function recordedObjects(record: DecisionRecord): MissingObject[] {
  const objects = new Map<string, string>();
  const add = (oid: string | null, what: string) => {
    if (oid !== null && !objects.has(oid)) objects.set(oid, what);
  };
  add(record.head, 'the head commit');
  add(record.base, 'the base commit');
  add(record.mergeBase, 'the merge base');
  const workflow = record.external.gateWorkflow;
  if (workflow) add(workflow.eventBase, `the event's base commit, from which ${workflow.path} (the workflow that ran the gate) was compared`);
  for (const i of record.inputs) {
    add(i.commit, `commit ${short(i.commit)}, which gave ${describeInput(i)}`);
    add(i.oid, `the blob of ${describeInput(i)}`);
  }
  return [...objects].map(([oid, what]) => ({ oid, what }));
}

export function missingReasons(missing: readonly MissingObject[]): string[] {
  return missing.map(
    (m) =>
      `${m.what} (${m.oid}) is not in this repository: it was force-pushed away and pruned, or this clone never fetched it. ` +
      'Fetch it (`git fetch origin ' +
      m.oid +
      '`, or clone with full history); a decision whose inputs are gone cannot be proved again.',
  );
}

const key = (i: RecordedInput) => `${i.role}\0${i.commit}\0${i.path}`;

/** Why two records of the same decision differ, most telling first; empty when they agree. */
export function recordDifferences(recorded: DecisionRecord, replayed: DecisionRecord): string[] {
  const out: string[] = [];
  if (recorded.toolVersion !== replayed.toolVersion)
    out.push(
      `tool version: the report was made by rollout-gate ${recorded.toolVersion}, this is ${replayed.toolVersion}; ` +
        `replay with ${recorded.toolVersion} (its release's dist/cli.js) to prove the same answer`,
    );
  for (const field of ['base', 'mergeBase', 'head', 'now'] as const)
    if (recorded[field] !== replayed[field]) out.push(`${field}: recorded ${String(recorded[field])}, replayed ${String(replayed[field])}`);
  const before = new Map(recorded.policies.map((p) => [p.file, p]));
  const after = new Map(replayed.policies.map((p) => [p.file, p]));
  for (const [file, p] of before) {
    const q = after.get(file);
    if (!q) out.push(`policy of ${file}: recorded ${p.digest}, but the replay judged no policy for it`);
    else if (q.digest !== p.digest) {
      const was = p.sources.map((s) => `${s.file} (${s.source})`).join(', ');
      const now = q.sources.map((s) => `${s.file} (${s.source})`).join(', ');
      out.push(`policy of ${file}: the digest differs, recorded ${p.digest} from ${was}, replayed ${q.digest} from ${now}`);
    }
  }
  for (const file of after.keys()) if (!before.has(file)) out.push(`policy of ${file}: the replay judged it, the report did not`);
  const inputsBefore = new Map(recorded.inputs.map((i) => [key(i), i]));
  const inputsAfter = new Map(replayed.inputs.map((i) => [key(i), i]));
  for (const [k, i] of inputsBefore) {
    const j = inputsAfter.get(k);
    if (!j) out.push(`${describeInput(i)}: recorded as read, not read by the replay`);
    else if (j.oid !== i.oid) out.push(`${describeInput(i)}: recorded blob ${i.oid ?? 'none'}, the replay read ${j.oid ?? 'none'}`);
  }
  for (const [k, j] of inputsAfter) if (!inputsBefore.has(k)) out.push(`${describeInput(j)}: read by the replay, not recorded`);
  const [was, now] = [recorded.external, replayed.external];
  if (was.reviews !== now.reviews) out.push(`reviews: recorded ${was.reviews}, the replay ${now.reviews === 'read' ? 'needed them' : 'did not need them'}`);
  if (was.adapterChecks.join() !== now.adapterChecks.join())
    out.push(`checks an adapter added: recorded [${was.adapterChecks.join(', ')}], replayed [${now.adapterChecks.join(', ')}]`);
  const outcomes = (r: RecordedReviews | undefined) =>
    r === undefined
      ? 'none'
      : r.kind === 'unavailable'
        ? 'none (they could not be read)'
        : `[${r.outcomes.map((o) => `${o.handle} ${o.state}${o.commit === null ? '' : ` at ${short(o.commit)}`}`).join(', ')}]`;
  if (outcomes(was.reviewed) !== outcomes(now.reviewed))
    out.push(`reviews the verdict used: recorded ${outcomes(was.reviewed)}, replayed ${outcomes(now.reviewed)}`);
  const workflow = (w: RecordedGateWorkflow | undefined) => (w ? `${w.path} from ${w.eventBase}` : 'none');
  if (workflow(was.gateWorkflow) !== workflow(now.gateWorkflow))
    out.push(`gate workflow check: recorded ${workflow(was.gateWorkflow)}, replayed ${workflow(now.gateWorkflow)}`);
  return out;
}

const findingKey = (f: Finding) => JSON.stringify(f);
const describeFinding = (f: Finding) => `${f.check} (${f.severity}) at ${f.file}:${f.line}, ${JSON.stringify(f.message)}`;

/**
 * How the gate-workflow findings of the report differ from those the replay derived again from git: a
 * finding deleted from the report, or one added or edited in it, is named.
 */
export function gateWorkflowDifferences(recorded: readonly Finding[], replayed: readonly Finding[]): string[] {
  const before = new Set(recorded.map(findingKey));
  const after = new Set(replayed.map(findingKey));
  return [
    ...replayed.filter((f) => !before.has(findingKey(f))).map((f) => `gate workflow finding ${describeFinding(f)}: derived again from git, not in the report`),
    ...recorded
      .filter((f) => !after.has(findingKey(f)))
      .map((f) => `gate workflow finding ${describeFinding(f)}: in the report, not derived from git by the replay`),
  ];
}

/** Lines of context shown around a difference, and the most difference lines printed. */
const CONTEXT = 2;
const MAX_LINES = 60;
/** Above this many differing lines on a side, the middle is shown as removed and added without alignment. */
const MAX_ALIGN = 1500;

/**
 * A unified-style line diff (`-` recorded, `+` replayed, two lines of context) of two texts, cut after
 * 60 lines with a count of what was left out; empty when the texts are equal.
 */
export function lineDiff(recorded: string, replayed: string): string[] {
  if (recorded === replayed) return [];
  const a = recorded.split('\n');
  const b = replayed.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops = midA.length <= MAX_ALIGN && midB.length <= MAX_ALIGN ? align(midA, midB) : [...midA.map((l) => `-${l}`), ...midB.map((l) => `+${l}`)];
  const all = [...a.slice(Math.max(0, start - CONTEXT), start).map((l) => ` ${l}`), ...ops, ...a.slice(endA, endA + CONTEXT).map((l) => ` ${l}`)];
  // Long runs of unchanged lines between two differences are shortened to their context.
  const lines: string[] = [`@@ line ${Math.max(1, start + 1 - CONTEXT)} of the recorded report @@`];
  let same: string[] = [];
  for (const op of [...all, null]) {
    if (op !== null && op.startsWith(' ')) {
      same.push(op);
      continue;
    }
    lines.push(...(same.length > 2 * CONTEXT + 1 ? [...same.slice(0, CONTEXT), ' ...', ...same.slice(-CONTEXT)] : same));
    same = [];
    if (op !== null) lines.push(op);
  }
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `... ${lines.length - MAX_LINES} more lines differ`];
}

/** Longest-common-subsequence alignment of two short line lists, as ` `, `-` and `+` lines. */
function align(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(` ${a[i]!}`);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push(`-${a[i++]!}`);
    else out.push(`+${b[j++]!}`);
  }
  while (i < n) out.push(`-${a[i++]!}`);
  while (j < m) out.push(`+${b[j++]!}`);
  return out;
}

/** The report's approvals that disagree with the reviews its record says the verdict used. */
export function approvalDifferences(approvals: readonly Pick<ApprovalRequest, 'handle' | 'state'>[], reviewed: RecordedReviews): string[] {
  const byHandle = new Map(reviewed.kind === 'reviews' ? reviewed.outcomes.map((o) => [o.handle, o.state]) : []);
  return approvals.flatMap((a, i) => {
    // No handle: nobody to ask, so the reviews were not consulted.
    if (a.handle === null) return [];
    const recorded = reviewed.kind === 'unavailable' ? 'unchecked' : byHandle.get(a.handle);
    if (recorded === a.state) return [];
    const says =
      reviewed.kind === 'unavailable'
        ? 'the record says the reviews could not be read'
        : recorded === undefined
          ? `the record's reviews have no outcome for ${a.handle}`
          : `the record's reviews say ${recorded}`;
    return [`approvals[${i}] (${a.handle}): the report says ${a.state}, ${says}`];
  });
}
