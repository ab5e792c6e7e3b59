// One exposure model for every rung of a ladder: what a rung exposes, normalised so that two rungs can be
// compared, which way a move between two rungs goes, and how far it raises exposure. The diff, the
// pacing and cap rules and the stage requirements all read this module, so "wider", "narrower" and
// "unknown" mean the same thing everywhere.
//
// - A rung's exposure is the largest of what it states: a share (the larger of traffic_percent and
//   tenant_percent), an account count, or both. `tenant_percent: 0, traffic_percent: 100` exposes 100%.
// - Shares compare directly, and account counts compare with account counts. An account count is narrower
//   than a share only when it is 0, or when the base ladder ranks a rung with at least that many accounts
//   below a rung that states only a share, and no more than it (the base ladder's order was reviewed when
//   it merged; the pull request's own order proves nothing).
// - A rung that states no number (only a user segment, or nothing) cannot be measured: its exposure is
//   unknown. Unknown is fail-closed: it never proves a reduction, and where it would widen it counts as
//   unbounded.
import type { Stage } from './manifest.js';

export type PercentField = 'traffic_percent' | 'tenant_percent';
export type ExposureField = PercentField | 'accounts';

/** A share of traffic or tenants, in percent, and the field that states it. */
export interface Share {
  readonly field: PercentField;
  readonly value: number;
}

/** What a rung exposes. A measured rung states a share, an account count, or both (never neither). */
export type Exposure =
  | ({ readonly kind: 'measured' } & ({ readonly share: Share; readonly accounts: number | null } | { readonly share: null; readonly accounts: number }))
  | { readonly kind: 'unknown'; readonly segment: string | null };

/** The order comparisons fall back on: the base manifest's ladder, narrowest first; null for a new manifest. */
export type BaseLadder = readonly Stage[] | null;

/** How one exposure stands against another. */
export type Ordering = 'narrower' | 'same' | 'wider' | 'unknown';

/** The fields a rung can declare to make its share measurable, in the order messages name them. */
export const SHARE_FIELDS: readonly PercentField[] = ['traffic_percent', 'tenant_percent'];

export function exposureOf(stage: Stage): Exposure {
  const share = largestShare(stage);
  if (share) return { kind: 'measured', share, accounts: stage.accounts };
  if (stage.accounts !== null) return { kind: 'measured', share: null, accounts: stage.accounts };
  return { kind: 'unknown', segment: stage.users };
}

function largestShare(stage: Stage): Share | null {
  const tenants = stage.tenantPercent;
  const traffic = stage.trafficPercent;
  if (tenants !== null && (traffic === null || tenants >= traffic)) return { field: 'tenant_percent', value: tenants };
  if (traffic !== null) return { field: 'traffic_percent', value: traffic };
  return null;
}

/** The largest share a rung exposes, in percent; null when it states none. */
export function shareOf(stage: Stage): number | null {
  return largestShare(stage)?.value ?? null;
}

/**
 * Is `accounts` accounts proven to be no more than `percent` percent? Always for 0 accounts; otherwise only
 * when the base ladder ranks a rung with at least that many accounts below a rung that states a share
 * above 0 and at most `percent`, and no account count (so that rung exposes exactly its share).
 */
export function accountsWithin(accounts: number, percent: number, ladder: BaseLadder): boolean {
  if (accounts === 0) return true;
  if (!ladder || percent <= 0) return false;
  let mostBelow = -1;
  for (const stage of ladder) {
    const e = exposureOf(stage);
    if (e.kind !== 'measured') continue;
    if (e.share && e.accounts === null && e.share.value > 0 && e.share.value <= percent && mostBelow >= accounts) return true;
    if (e.accounts !== null) mostBelow = Math.max(mostBelow, e.accounts);
  }
  return false;
}

/** Is `x` proven to expose no more than `y`? Every measure of `x` must be within some measure of `y`. */
export function atMost(x: Exposure, y: Exposure, ladder: BaseLadder): boolean {
  if (x.kind === 'unknown' || y.kind === 'unknown') return false;
  const shareWithin = x.share === null || x.share.value === 0 || (y.share !== null && x.share.value <= y.share.value);
  const accountsFit = x.accounts === null || (y.accounts !== null && x.accounts <= y.accounts) || accountsWithin(x.accounts, y.share?.value ?? 0, ladder);
  return shareWithin && accountsFit;
}

/** How `b` stands against `a`: narrower, the same, wider, or unknown when neither bound can be shown. */
export function compareExposure(a: Exposure, b: Exposure, ladder: BaseLadder): Ordering {
  const down = atMost(b, a, ladder);
  const up = atMost(a, b, ladder);
  if (down && up) return 'same';
  if (down) return 'narrower';
  if (up) return 'wider';
  return 'unknown';
}

/**
 * True when `after` (the head's version of a rung) exposes no more than `before` (the base's), field by
 * field: the same segment, no limit removed or added, no number raised.
 */
export function holdsOrNarrows(before: Stage, after: Stage): boolean {
  const fields: readonly (readonly [number | null, number | null])[] = [
    [before.trafficPercent, after.trafficPercent],
    [before.tenantPercent, after.tenantPercent],
    [before.accounts, after.accounts],
  ];
  return before.users === after.users && fields.every(([b, a]) => a === b || (a !== null && b !== null && a <= b));
}

/**
 * Which way moving the live stage from `from` (as the base has it) to `to` (as the head has it) goes.
 * Exposure decides; where it cannot (the same, or not comparable), the base ladder's ranks do, provided
 * the head leaves the target rung as the base ranked it, or narrower. A target the base does not rank (a
 * new rung whose exposure did not decide) makes the move a promotion: fail closed.
 */
export function classifyMove(from: Stage, to: Stage, ladder: readonly Stage[]): 'promotion' | 'demotion' {
  const order = compareExposure(exposureOf(from), exposureOf(to), ladder);
  if (order === 'narrower') return 'demotion';
  if (order === 'wider') return 'promotion';
  const ranked = ladder.find((s) => s.name === to.name);
  return ranked && ranked.index < from.index && holdsOrNarrows(ranked, to) ? 'demotion' : 'promotion';
}

/**
 * Is `live` (the head's version of the live rung) the top of the ladder? It is when it exposes 100% of
 * traffic or tenants, when it is the base ladder's last rung, or when it is proven at least as wide as
 * every measured rung of the base ladder (a rung new in the head is ranked by its exposure).
 */
export function isBroadestRung(live: Stage, ladder: BaseLadder): boolean {
  if (shareOf(live) === 100) return true;
  if (!ladder || ladder.length === 0) return false;
  if (ladder[ladder.length - 1]!.name === live.name) return true;
  const e = exposureOf(live);
  const measured = ladder.map(exposureOf).filter((m) => m.kind === 'measured');
  return measured.length > 0 && measured.every((m) => atMost(m, e, ladder));
}

/** One way a step raises exposure, in the terms pacing measures it. */
export type Rise =
  /** A share rises by `points`; `from` is null when the base side states no share (the rise counts from 0). */
  | { readonly kind: 'points'; readonly points: number; readonly from: Share | null; readonly to: Share }
  /** An account count rises by the factor `ratio` (Infinity from 0). */
  | { readonly kind: 'ratio'; readonly ratio: number; readonly from: number; readonly to: number }
  /** The step cannot be measured until `stage` declares one of `declare`. */
  | { readonly kind: 'unmeasured'; readonly stage: string; readonly declare: readonly ExposureField[] };

/**
 * How going from exposure `from` (of the rung named `names.from`) to `to` raises exposure, measure by
 * measure; [] when nothing rises. A share counts from 0 when the base side states none: whatever that
 * side exposed, the rise is at most the new share. An unknown target, or an account count that neither
 * an earlier count nor the base ladder bounds, cannot be measured.
 */
export function risesBetween(from: Exposure, to: Exposure, ladder: BaseLadder, names: { readonly from: string; readonly to: string }): Rise[] {
  if (to.kind === 'unknown') return [{ kind: 'unmeasured', stage: names.to, declare: SHARE_FIELDS }];
  const rises: Rise[] = [];
  const fromShare = from.kind === 'measured' ? from.share : null;
  if (to.share) {
    const points = roundPoints(to.share.value - (fromShare?.value ?? 0));
    if (points > 0) rises.push({ kind: 'points', points, from: fromShare, to: to.share });
  }
  if (to.accounts !== null && to.accounts > 0) {
    const fromAccounts = from.kind === 'measured' ? from.accounts : null;
    if (fromAccounts !== null) {
      if (to.accounts > fromAccounts)
        rises.push({ kind: 'ratio', ratio: fromAccounts === 0 ? Infinity : to.accounts / fromAccounts, from: fromAccounts, to: to.accounts });
    } else if (!(fromShare && accountsWithin(to.accounts, fromShare.value, ladder))) {
      rises.push({ kind: 'unmeasured', stage: names.from, declare: ['accounts'] });
    }
  }
  return rises;
}

/** Rounds away float noise (0.1 + 0.2); symmetric in sign, so the size of a step does not depend on its direction. */
export function roundPoints(n: number): number {
  const size = Math.round(Math.abs(n) * 1e6) / 1e6;
  // A step that rounds to nothing is 0, never -0 (JSON would print it as 0 and lose the sign anyway).
  return n < 0 && size !== 0 ? -size : size;
}
