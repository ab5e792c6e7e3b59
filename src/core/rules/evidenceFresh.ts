// Evidence must be at least as new as what it vouches for. Typed evidence is stale when a path the
// manifest (or its base) names under `sources` changed after it, by git ancestry rather than by commit
// dates a pull request could set, or when the change edits orchestration or capabilities without
// producing the evidence again. Any evidence is stale past the policy's `evidence_max_age` for its kind,
// counted from its last change in history, or from the run's own timestamp when the file states an older one.
import { formatDuration } from '../model/duration.js';
import { EVIDENCE_KINDS } from '../model/vocabulary.js';
import { EVIDENCE_MAX_AGE } from './evidenceSettings.js';
import { defineRule, type JudgeContext, type Violation } from './rule.js';
import { evidenceCause } from './support.js';
import { readingOf, typedRefsOf } from './typedEvidence.js';

/** Changes after which an eval result no longer describes the workflow. */
const BEHAVIOUR_CHANGES: ReadonlySet<string> = new Set([
  'pattern_added',
  'pattern_changed',
  'pattern_removed',
  'capability_added',
  'capability_changed',
  'capability_removed',
  'write_capability_added',
  'write_capability_changed',
]);

const when = (d: Date): string => d.toISOString().slice(0, 10);

function staleness(ctx: JudgeContext): Violation[] {
  const content = ctx.evidence.content;
  const out: Violation[] = [];
  const m = ctx.manifest;
  const sources = [...new Map([...(ctx.base?.sources ?? []), ...m.sources].map((s) => [s.path, s])).values()];
  // A new manifest declares a workflow for the first time: nothing about it changed since its evidence.
  const behaviour = ctx.base ? ctx.changes.filter((c) => BEHAVIOUR_CHANGES.has(c.kind)) : [];
  for (const ref of typedRefsOf(ctx)) {
    if (ref.path === null || ref.spec === null) continue;
    const path = ref.path;
    const causes = [evidenceCause(path)];
    const label = `evidence.${ref.kind}`;
    if (!content) {
      out.push({ at: ref.at, message: `${label}: the history of "${path}" was not read, so its freshness cannot be shown`, causes });
      continue;
    }
    if (sources.length > 0 || behaviour.length > 0) {
      const own = content.lastChange(path);
      if (own.kind === 'unknown') {
        out.push({
          at: ref.at,
          message: `${label}: when "${path}" last changed cannot be told (${own.because === 'shallow' ? 'the clone is shallow' : 'no history'}), so it cannot be shown newer than what it vouches for; set \`fetch-depth: 0\` on actions/checkout`,
          causes,
        });
        continue;
      }
      for (const s of sources) {
        if (!content.changedAfter(s.path, path)) continue;
        const sc = content.lastChange(s.path);
        const date = sc.kind === 'changed' ? ` on ${when(sc.last.time)} (${sc.last.commit.slice(0, 12)})` : '';
        out.push({
          at: ref.at,
          message: `${label}: "${path}" is stale: it last changed on ${when(own.last.time)} (${own.last.commit.slice(0, 12)}), before the source "${s.path}" changed${date}; run it again on the current sources`,
          causes,
        });
      }
      if (behaviour.length > 0 && !content.changedHere(path))
        out.push({
          at: ref.at,
          message: `${label}: "${path}" is stale: the change edits ${[...new Set(behaviour.map((c) => c.subject))].join(', ')} but does not produce the evidence again (last changed on ${when(own.last.time)})`,
          causes,
        });
    }
  }
  const maxAge = ctx.policy.get(EVIDENCE_MAX_AGE);
  const typedRefs = typedRefsOf(ctx);
  for (const kind of EVIDENCE_KINDS) {
    const limit = maxAge[kind];
    const ref = m.evidence[kind];
    if (limit === undefined || !ref) continue;
    const causes = [evidenceCause(ref.path)];
    const info = content?.lastChange(ref.path);
    if (!info || info.kind === 'unknown') {
      out.push({
        at: ref.at,
        message: `evidence.${kind}: the age of "${ref.path}" cannot be told from history${info?.kind === 'unknown' && info.because === 'shallow' ? ' (the clone is shallow; set `fetch-depth: 0` on actions/checkout)' : ''}, and the policy allows at most ${formatDuration(limit)}`,
        causes,
      });
      continue;
    }
    // A results file that states when its run happened is as old as that run, however recently it was
    // committed: committing old results again does not make them new.
    const typed = typedRefs.find((r) => r.kind === kind);
    const reading = typed ? readingOf(content, typed) : null;
    const stated = reading !== null && reading !== 'not_read' && reading.ok ? reading.producedAt : null;
    const since = stated && stated < info.last.time ? stated : info.last.time;
    const age = ctx.now.getTime() - since.getTime();
    if (age > limit)
      out.push({
        at: ref.at,
        message: `evidence.${kind}: "${ref.path}" is ${Math.floor(age / 86_400_000)} days old (${since === stated ? `its run is dated ${when(since)}` : `last changed on ${when(since)}`}), older than the ${formatDuration(limit)} the policy allows`,
        causes,
      });
  }
  return out;
}

export const evidenceFresh = defineRule({
  id: 'evidence_fresh',
  kind: 'mode',
  readinessBlock: 'eval_and_slo',
  title: 'Evidence is fresh',
  description:
    "Typed evidence changed after every path under `sources` (by git ancestry) and again in any change that edits orchestration or capabilities; any evidence is younger than the policy's `evidence_max_age` for its kind (by git history, so a replay gives the same answer).",
  remediation: 'Run the eval again on the current prompts, model config and orchestration, and commit its results.',
  owner: 'eval',
  settings: [EVIDENCE_MAX_AGE],
  needs: ['evidence', 'base', 'changes'],
  // Always on: it judges nothing unless the manifest has typed evidence or the policy sets a maximum age.
  active: () => true,
  evaluate: staleness,
});
