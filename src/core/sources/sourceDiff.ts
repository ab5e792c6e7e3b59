// What a change does to the exposure sources a manifest binds: the bounds each serves at the base and at
// head, the guards it loses, the template it deploys. Pure: the engine reads the files, this compares them.
// Every change is located in the source file, on the line that decides it, so annotations land there.
import type { Manifest } from '../model/manifest.js';
import type { InputProblem } from '../model/location.js';
import { roundPoints, shareOf } from '../model/exposure.js';
import type { Change, ServedBounds, SourceExposure, SourceRef } from '../report/model.js';
import { selectorOf, type SourceBinding } from './binding.js';
import type { Guard, RampSetting, Served, SourceRead } from './source.js';

/** A bound source's file at one commit: not there, or read (or refused with problems). */
export type SourceSide = { readonly state: 'absent'; readonly path: string } | { readonly state: 'present'; readonly path: string; readonly read: SourceRead };

/** One binding, paired across the change (same kind and selector; the path may move), with both sides. */
export interface BoundSource {
  /** As the head binds it; as the base did when the head no longer binds it. */
  readonly binding: SourceBinding;
  readonly boundAtHead: boolean;
  readonly boundAtBase: boolean;
  /**
   * The file at the base (at the base binding's path, else the head's): what it served there whether or not
   * the base manifest bound it. null without a base commit.
   */
  readonly base: SourceSide | null;
  readonly head: SourceSide;
}

export const sourceRef = (b: SourceBinding, path: string = b.path): SourceRef => ({ kind: b.kind, path, selector: selectorOf(b) });

const bounds = (s: Served): ServedBounds => ({ low: s.low, high: s.high });

/** The side's reading, when the file is there and could be read. */
export function servedOf(side: SourceSide | null): Served | null {
  return side?.state === 'present' && side.read.ok ? side.read.served : null;
}

/**
 * What the source serves at head as the gate counts it. A Rollout that did not exist at the base is
 * created, not updated: Argo Rollouts deploys a new Rollout's template at once, without running its steps.
 */
export function effectiveHead(s: BoundSource): Served | null {
  const head = servedOf(s.head);
  if (!head) return null;
  const existed = s.base?.state === 'present';
  if (s.binding.kind === 'argo_rollout' && !existed && s.head.state === 'present')
    return { ...head, low: 100, high: 100, basis: 'a new Rollout deploys its template at once to 100%: its steps apply only to later updates' };
  return head;
}

export function diffSources(sources: readonly BoundSource[], head: Manifest | null): Change[] {
  const out: Change[] = [];
  const stage = head?.currentStage?.name ?? null;
  for (const s of sources) {
    const ref = sourceRef(s.binding, s.head.path);
    const at = (line: number, subject: string, releaseBearing: boolean) => ({ file: s.head.path, line, subject, releaseBearing });
    const subject = `exposure_sources.${s.binding.kind}`;
    if (!s.boundAtHead) out.push({ kind: 'source_unbound', ...at(1, subject, true), source: ref });
    else if (!s.boundAtBase) out.push({ kind: 'source_bound', ...at(1, subject, false), source: ref });
    if (s.head.state === 'absent') {
      if (s.base?.state === 'present')
        out.push({ kind: 'source_removed', file: s.base.path, line: 1, subject, releaseBearing: true, source: sourceRef(s.binding, s.base.path) });
      continue;
    }
    const after = effectiveHead(s);
    if (!after) continue; // refused: the problems are findings of their own
    // A base that could not be read proves nothing: the head's share counts from 0.
    const before = servedOf(s.base);
    const line = after.at.line;
    if (before === null) {
      if (after.high > 0)
        out.push({
          kind: 'source_exposure_increased',
          ...at(line, subject, true),
          source: ref,
          liveStage: stage,
          from: null,
          to: bounds(after),
          delta: after.high,
        });
    } else {
      if (after.high > before.high)
        out.push({
          kind: 'source_exposure_increased',
          ...at(line, subject, true),
          source: ref,
          liveStage: stage,
          from: bounds(before),
          to: bounds(after),
          delta: roundPoints(after.high - before.high),
        });
      // A fall is proven only when the most the head can serve is no more than the least the base served.
      else if (after.high < before.high && after.high <= before.low)
        out.push({
          kind: 'source_exposure_decreased',
          ...at(line, subject, false),
          source: ref,
          liveStage: stage,
          from: bounds(before),
          to: bounds(after),
          delta: roundPoints(after.high - before.high),
        });
      else if (after.high !== before.high || after.low !== before.low)
        out.push({ kind: 'source_exposure_changed', ...at(line, subject, true), source: ref, liveStage: stage, from: bounds(before), to: bounds(after) });
      for (const g of removedGuards(before.guards, after.guards))
        out.push({ kind: 'source_guard_removed', ...at(after.at.line, subject, true), source: ref, guard: g.kind, name: g.name });
      for (const r of loosenedRamp(before.ramp, after.ramp))
        out.push({ kind: 'source_ramp_loosened', ...at(r.line, subject, true), source: ref, field: r.field, from: r.from, to: r.to });
      if (before.deploys !== null && after.deploys !== null && before.deploys !== after.deploys)
        out.push({ kind: 'source_template_changed', ...at(after.at.line, subject, true), source: ref });
    }
  }
  return out;
}

/**
 * The guards of the base that the head lacks. Analyses, metrics and confirmation webhooks are told apart
 * by name; pauses and experiments by count, since inserting a step renumbers the ones after it.
 */
function removedGuards(before: readonly Guard[], after: readonly Guard[]): Guard[] {
  const out: Guard[] = [];
  for (const kind of ['analysis', 'metric', 'confirm_webhook'] as const) {
    const names = after.filter((g) => g.kind === kind).map((g) => g.name);
    for (const g of before.filter((x) => x.kind === kind)) {
      const i = names.indexOf(g.name);
      if (i >= 0) names.splice(i, 1);
      else out.push(g);
    }
  }
  for (const kind of ['indefinite_pause', 'timed_pause', 'experiment', 'manual_promotion'] as const) {
    const b = before.filter((g) => g.kind === kind);
    out.push(...b.slice(after.filter((g) => g.kind === kind).length));
  }
  return out;
}

/**
 * The ramp settings that moved the permissive way. A setting the head drops counts as loosened (to
 * null): the controller's default is not the gate's to assume. Located at the head's setting, else at
 * what decides the share.
 */
interface Loosened {
  readonly field: string;
  readonly from: number;
  readonly to: number | null;
  readonly line: number;
}

function loosenedRamp(before: readonly RampSetting[], after: readonly RampSetting[]): Loosened[] {
  return before.flatMap((b): Loosened[] => {
    const a = after.find((x) => x.field === b.field);
    if (!a) return [{ field: b.field, from: b.value, to: null, line: 1 }];
    const looser = b.looser === 'higher' ? a.value > b.value : a.value < b.value;
    return looser ? [{ field: b.field, from: b.value, to: a.value, line: a.at.line }] : [];
  });
}

/** What the report shows of each source bound at head: both sides and the share the manifest declares. */
export function sourceExposures(sources: readonly BoundSource[], head: Manifest | null): SourceExposure[] {
  const live = head?.currentStage ?? null;
  const declared = head === null ? null : live ? shareOf(live) : 0;
  return sources
    .filter((s) => s.boundAtHead && s.binding.kind !== 'argo_analysis_template')
    .map((s) => {
      const served = effectiveHead(s);
      const before = servedOf(s.base);
      return {
        source: sourceRef(s.binding, s.head.path),
        declared,
        before: before && bounds(before),
        served: served && bounds(served),
        basis: served?.basis ?? null,
      };
    });
}

/** The problems that keep a bound source from being read at head, located (a missing file at its binding). */
export function sourceProblems(sources: readonly BoundSource[]): InputProblem[] {
  return sources.flatMap((s): InputProblem[] => {
    if (!s.boundAtHead) return [];
    if (s.head.state === 'absent')
      return [
        {
          ...s.binding.at,
          message: `exposure source ${s.binding.path} does not exist at the head commit`,
          hint: 'point `path` at the file the deploy tooling reads (after a rename, its new path), or remove the binding',
        },
      ];
    return s.head.read.ok ? [] : [...s.head.read.problems];
  });
}
