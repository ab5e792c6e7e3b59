// The wording of changes in what a bound exposure source serves (see src/core/report/phrases.ts).
import type { ServedReading } from '../history/served.js';
import type { ServedBounds, SourceChange, SourceRef } from './change.js';

const KIND_WORDS: Record<SourceRef['kind'], string> = {
  flagd: 'flagd flag',
  argo_rollout: 'Argo Rollout',
  argo_analysis_template: 'Argo AnalysisTemplate',
  flagger_canary: 'Flagger Canary',
  go_feature_flag: 'GO Feature Flag flag',
};

/** `flagd flag renewal-risk-assistant variant=on`: what the source is, in a reader's words. */
export function sourceName(s: SourceRef): string {
  return `${KIND_WORDS[s.kind]} ${s.selector}`;
}

/** `5%`, or `5%-100%` when segments leave it open. */
export function servedText(b: ServedBounds | null): string {
  if (b === null) return 'nothing';
  return b.low === b.high ? `${num(b.high)}%` : `${num(b.low)}%-${num(b.high)}%`;
}

const num = (n: number): string => String(n);

/** What a source served after a commit on a rollout's history: its share, why it cannot be told, or that it is unbound. */
export function describeServed(source: SourceRef, served: ServedReading | { readonly state: 'unbound' }): string {
  const name = `${sourceName(source)} in ${source.path}`;
  if (served.state === 'unbound') return `${name} is no longer bound as an exposure source`;
  if (served.state === 'unmeasured') return `${name}: what it serves cannot be measured: ${served.reason}`;
  return `${name} now serves ${servedText(served)} (${served.basis})`;
}

const GUARD_WORDS: Record<Extract<SourceChange, { kind: 'source_guard_removed' }>['guard'], string> = {
  indefinite_pause: 'indefinite pause',
  timed_pause: 'timed pause',
  analysis: 'analysis step',
  experiment: 'experiment step',
  manual_promotion: 'manual promotion',
  confirm_webhook: 'confirmation webhook',
  metric: 'analysis metric',
};

export function describeSourceChange(c: SourceChange): string {
  const name = sourceName(c.source);
  switch (c.kind) {
    case 'source_exposure_increased':
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, +${num(c.delta)} ${Math.abs(c.delta) === 1 ? 'point' : 'points'}`;
    case 'source_exposure_decreased':
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, -${num(-c.delta)} ${Math.abs(c.delta) === 1 ? 'point' : 'points'}`;
    case 'source_exposure_changed':
      return `${name} serves ${servedText(c.from)} -> ${servedText(c.to)}, by segments the file cannot measure`;
    case 'source_guard_removed':
      return `${name}: ${GUARD_WORDS[c.guard]} removed (${c.name})`;
    case 'source_ramp_loosened':
      return `${name}: ${c.field} loosened, ${c.from === null ? 'not set' : num(c.from)} -> ${c.to === null ? 'not set' : num(c.to)}`;
    case 'source_template_changed':
      return `${name}: its template changed, so a new version enters the ladder`;
    case 'source_removed':
      return `${name}: ${c.source.path} no longer exists`;
    case 'source_unbound':
      return `${name} is no longer bound as an exposure source`;
    case 'source_bound':
      return `${name} bound as an exposure source`;
  }
}
