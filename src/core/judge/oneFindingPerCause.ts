// One problem, one finding: an on-call owner set to `TBD` fails owners_named, oncall_owner and
// owner_removed; a missing evidence file fails evidence_invalid and the check that needed it. Findings of
// one file that share a cause (Violation.causes) are merged into the most telling one, which lists every
// other check it covers, so nothing is lost for tooling and the reviewer reads the problem once.
import type { CoveredCheck, Finding } from '../report/model.js';

export interface CausedFinding {
  readonly finding: Finding;
  readonly causes: readonly string[];
  /** Lower reads better as the headline: a hazard of the change, then a requirement, then the rest. */
  readonly rank: number;
}

export function oneFindingPerCause(items: readonly CausedFinding[]): Finding[] {
  // Union-find over the items: two items with a cause in common (in the same file) are one problem.
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstWith = new Map<string, number>();
  items.forEach((item, i) => {
    for (const cause of item.causes) {
      const key = `${item.finding.file}\0${cause}`;
      const seen = firstWith.get(key);
      if (seen === undefined) firstWith.set(key, i);
      else parent[root(i)] = root(seen);
    }
  });
  const groups = new Map<number, CausedFinding[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!.finding;
    // The headline: blocking before warning, then by rank, then in the order the rules ran.
    const [head, ...rest] = [...group].sort((a, b) => (a.finding.severity === 'block' ? 0 : 1) - (b.finding.severity === 'block' ? 0 : 1) || a.rank - b.rank);
    const covers: CoveredCheck[] = rest.map(({ finding: f }) => ({
      check: f.check,
      severity: f.severity,
      readinessBlock: f.readinessBlock,
      line: f.line,
      column: f.column,
      message: f.message,
      owner: f.owner,
      ownerCategory: f.ownerCategory,
    }));
    return { ...head!.finding, covers };
  });
}
