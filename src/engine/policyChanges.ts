// Policy files on both sides of a change, and what the change does to them: each touched file is reported,
// and blocks when its effect loosens the gate for the manifests it gates, starts or stops gating (see
// fileChangeLoosening), or when a manifest the change moves ends up under a looser set of policies. The
// base side still judges the change itself; the head side is only what is judged.
import type { FileChange } from '../git/tree.js';
import type { Loaded } from '../core/load/documents.js';
import {
  fileChangeLoosening,
  PolicySetComparison,
  policiesInForce,
  settingsLoosening,
  type ChangeScope,
  type PolicyFileChange,
  type PolicySide,
  type PolicyVersion,
} from '../core/policy/loosening.js';
import type { Policy } from '../core/policy/policy.js';
import type { Change, Finding } from '../core/report/model.js';
import { builtinFinding } from '../core/rules/builtin.js';

export interface PolicyFile {
  readonly path: string;
  readonly loaded: Loaded<Policy>;
}

/** One diff entry that touches a policy file: the version in force at the base and the one at head. */
export interface PolicyEdit {
  readonly change: FileChange;
  /** The file at the base commit under the entry's old path; null when there is none (added, or not a policy file). */
  readonly before: PolicyFile | null;
  /** The file at head; null when deleted or no longer a policy file. */
  readonly after: PolicyFile | null;
}

export function sideOf(files: readonly PolicyFile[]): PolicySide {
  return { valid: files.flatMap((f) => (f.loaded.ok ? [f.loaded.value] : [])), invalid: files.flatMap((f) => (f.loaded.ok ? [] : [f.path])) };
}

const versionOf = (f: PolicyFile | null): PolicyVersion | null => (f ? { path: f.path, policy: f.loaded.ok ? f.loaded.value : null } : null);

/** The policy files after the change: the base's, with the edited ones replaced by their head versions. */
export function headFiles(base: readonly PolicyFile[], edits: readonly PolicyEdit[]): PolicyFile[] {
  const gone = new Set(edits.flatMap((e) => (e.before ? [e.before.path] : [])));
  const added = edits.flatMap((e) => (e.after ? [e.after] : []));
  const replaced = new Set(added.map((f) => f.path));
  return [...base.filter((f) => !gone.has(f.path) && !replaced.has(f.path)), ...added].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A manifest the run judges: its path at the base (or at head when new) and at head. */
export interface JudgedPath {
  readonly before: string;
  readonly after: string;
}

export interface PolicyJudgement {
  readonly changes: Change[];
  readonly findings: Finding[];
}

/**
 * Every edit reported; what it loosens, when `compare` (false where there is no base commit to compare
 * with: the policies at head then gate, and edits are reported only).
 */
export function judgePolicyEdits(
  base: readonly PolicyFile[],
  edits: readonly PolicyEdit[],
  judged: readonly JudgedPath[],
  fallback: Policy,
  options: { readonly compare: boolean },
): PolicyJudgement {
  const baseSide = sideOf(base);
  const head = headFiles(base, edits);
  const headSide = sideOf(head);
  const changes: Change[] = [];
  const findings: Finding[] = [];

  // What each edit loosens, in words, per edit (edits in diff order).
  const parts = edits.map(() => new Map<string, Set<string>>());
  const add = (i: number, scope: string, loosens: readonly string[]) => {
    const seen = [...parts[i]!.values()].flatMap((s) => [...s]);
    const fresh = loosens.filter((l) => !seen.includes(l));
    if (fresh.length === 0) return;
    const set = parts[i]!.get(scope) ?? new Set<string>();
    fresh.forEach((l) => set.add(l));
    parts[i]!.set(scope, set);
  };
  if (options.compare) {
    edits.forEach((e, i) => {
      const change: PolicyFileChange = { before: versionOf(e.before), after: versionOf(e.after) };
      for (const s of fileChangeLoosening(change, baseSide, headSide, fallback)) add(i, scopeText(s.scope, e, s.fromDefault), s.loosens);
    });
  }

  // The manifests this run judges, each under the policies that gate it on either side.
  const comparison = new PolicySetComparison(policiesInForce(baseSide, fallback), policiesInForce(headSide, fallback), fallback);
  const editOf = new Map<Policy, number>();
  edits.forEach((e, i) => {
    for (const f of [e.before, e.after]) if (f?.loaded.ok) editOf.set(f.loaded.value, i);
  });
  // The default stands in for invalid files: edits that break or repair one answer for it.
  const standIns = edits.flatMap((e, i) => ((e.before && !e.before.loaded.ok) || (e.after && !e.after.loaded.ok) ? [i] : []));
  const names = (ps: readonly Policy[]) => ps.map((p) => (p === fallback ? 'the embedded default policy' : p.file)).join(', ');
  const viaEdits = new Map<string, { readonly edits: number[]; readonly files: string[]; readonly loosens: readonly string[] }>();
  for (const m of judged) {
    // Same path, same policy files: nothing can differ (the usual full check, which judges thousands).
    if (edits.length === 0 && m.before === m.after) continue;
    const c = comparison.compare(m.before, m.after);
    if (c.loosens.length === 0) continue;
    const touched = [...new Set([...c.before, ...c.after].flatMap((p) => (p === fallback ? standIns : editOf.has(p) ? [editOf.get(p)!] : [])))].sort(
      (a, b) => a - b,
    );
    if (touched.length === 0 && m.before !== m.after) {
      // No edited policy gates it on either side: the manifest itself moved out from under its policies.
      findings.push(
        builtinFinding(
          'policy_changed',
          { file: m.after, line: 1, column: 1 },
          `moving ${m.before} to ${m.after} takes it from ${names(c.before)} to ${names(c.after)}, which loosens the gate: ${c.loosens.join('; ')}`,
          'Keep the manifest where its policies apply, or change which manifests they gate in a change of its own.',
        ),
      );
      continue;
    }
    const key = `${touched.join(',')}|${names(c.before)}>${names(c.after)}`;
    const entry = viaEdits.get(key) ?? { edits: touched.length > 0 ? touched : edits.map((_, i) => i), files: [], loosens: c.loosens };
    entry.files.push(m.after);
    viaEdits.set(key, entry);
  }
  for (const v of viaEdits.values()) for (const i of v.edits) add(i, `for ${listOf(v.files)}`, v.loosens);

  edits.forEach((e, i) => {
    const c = e.change;
    const renamed = c.status === 'renamed' || c.status === 'copied';
    changes.push({
      kind: 'policy_changed',
      file: c.path,
      line: 1,
      subject: 'policy',
      releaseBearing: true,
      path: c.path,
      ...(renamed
        ? { status: c.status, previousPath: c.from }
        : { status: c.status === 'added' ? 'added' : c.status === 'deleted' ? 'removed' : 'modified', previousPath: null }),
    });
    if (e.after && !e.after.loaded.ok)
      for (const p of e.after.loaded.problems) findings.push(builtinFinding('policy_invalid', p, `policy (proposed) ${p.message}`, p.hint));
    const found = [...parts[i]!.entries()];
    const at = { file: c.path, line: 1, column: 1 };
    findings.push(
      found.length > 0
        ? builtinFinding('policy_changed', at, `policy change loosens the gate: ${found.map(([scope, ls]) => `${scope}: ${[...ls].join('; ')}`).join('; ')}`)
        : builtinFinding('policy_changed', at, 'policy changed; it applies after merge (this change is gated by the base policy)', undefined, 'warn'),
    );
  });
  return { changes, findings };
}

function scopeText(scope: ChangeScope, e: PolicyEdit, fromDefault: boolean): string {
  const byDefault = fromDefault ? ', gated until now by the embedded default policy' : '';
  switch (scope) {
    case 'gated':
      return `for the manifests it gates${byDefault}`;
    case 'newly_gated':
      return `for the manifests it ${e.before ? 'starts to gate' : 'gates'}${byDefault}`;
    case 'no_longer_gated': {
      if (e.after) return 'for the manifests it stops gating (its applies_to narrows)';
      const c = e.change;
      if (c.status === 'renamed') return `for the manifests it gated (renamed to ${c.path}, which is not a policy file)`;
      return 'for the manifests it gated (the file is removed)';
    }
  }
}

function listOf(files: readonly string[]): string {
  const sorted = [...files].sort();
  return sorted.length <= 3 ? sorted.join(', ') : `${sorted.slice(0, 3).join(', ')} and ${sorted.length - 3} more manifests`;
}

/**
 * The policy files at the base that do not load. While one is invalid, manifests are judged by the valid
 * files and the embedded default in its place, and the file blocks every change, except one whose every
 * manifest change only lowers exposure (a rollback must never wait for a policy fix), and the change that
 * repairs it: valid at head and no looser than the embedded default. Those get a warning.
 */
export function invalidBaseFindings(base: readonly PolicyFile[], edits: readonly PolicyEdit[], fallback: Policy, onlyLowersExposure: boolean): Finding[] {
  const findings: Finding[] = [];
  for (const f of base) {
    if (f.loaded.ok) continue;
    const repair = edits.find((e) => e.before?.path === f.path)?.after ?? null;
    const repairLoosens = repair?.loaded.ok ? settingsLoosening(fallback, repair.loaded.value) : null;
    const repaired = repairLoosens !== null && repairLoosens.length === 0;
    const severity = repaired || onlyLowersExposure ? 'warn' : 'block';
    const note = repaired
      ? 'this change repairs it'
      : onlyLowersExposure
        ? 'this change only lowers exposure, so it passes; repair the file next'
        : repairLoosens !== null
          ? `the repaired version is looser than the embedded default policy (${repairLoosens.join('; ')}), so it does not count as a repair`
          : 'until it is repaired, manifests are judged by the other policy files and the embedded default policy in its place';
    for (const p of f.loaded.problems) findings.push(builtinFinding('policy_invalid', p, `policy ${p.message} (${note})`, p.hint, severity));
  }
  return findings;
}
