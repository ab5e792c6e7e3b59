// What a source serves at one commit, and the one interface every reader implements: the file's bytes and
// a binding in, the exposure it serves (with where in the file that is decided) or located problems out.
// Readers are pure and execute nothing from the file: targeting rules are read as data, never evaluated.
import type { InputProblem, SourceLocation } from '../model/location.js';
import type { SourceBinding } from './binding.js';

export type GuardKind = 'indefinite_pause' | 'timed_pause' | 'analysis' | 'experiment' | 'manual_promotion' | 'confirm_webhook' | 'metric';

/**
 * Something in a source that holds a rollout back or watches it: a pause a person must lift, an analysis
 * that aborts it. Removing one lets the rollout go further on its own.
 */
export interface Guard {
  readonly kind: GuardKind;
  /** Tells guards of one kind apart across commits (`step 3`, an analysis template's name). */
  readonly name: string;
  readonly at: SourceLocation;
}

/**
 * The share of users (traffic, evaluations) the source serves the rollout to, in percent, as bounds: low
 * equals high when the file decides it alone. Segments (targeting conditions on who the user is) have a
 * share the file cannot tell, so a variant served in one segment and not another lies between the two.
 */
export interface Served {
  /**
   * False for a source that only guards the rollout (an Argo AnalysisTemplate): it serves no share of its
   * own, so only its metrics and thresholds are judged; low and high are 0.
   */
  readonly carriesExposure: boolean;
  readonly low: number;
  readonly high: number;
  /** Where the value that decides it is: the fractional split, the defaultVariant, the setWeight. */
  readonly at: SourceLocation;
  /** How the file arrives at it, for messages: `fractional split on 5 of 100`. */
  readonly basis: string;
  /** The conditions whose share the gate cannot measure, as written. */
  readonly segments: readonly string[];
  readonly guards: readonly Guard[];
  /** What the source deploys (container images, model settings), when it deploys something; null for a flag. */
  readonly deploys: string | null;
  /** How fast the controller ramps by itself (step weight, interval, failed checks tolerated); none for a flag. */
  readonly ramp: readonly RampSetting[];
  /** The metrics the controller's analysis checks, with the range it accepts. */
  readonly metrics: readonly SourceMetric[];
}

/** A number that paces the controller's own ramp; `looser` says which way it lets the rollout go faster or further. */
export interface RampSetting {
  readonly field: string;
  readonly value: number;
  readonly looser: 'higher' | 'lower';
  readonly at: SourceLocation;
}

/** A metric the controller checks during the rollout: it aborts when the value leaves [min, max]. */
export interface SourceMetric {
  readonly name: string;
  readonly min: number | null;
  readonly max: number | null;
  /** Whether the bound itself still passes (Flagger's thresholdRange: yes; `result < 3`: no). */
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly at: SourceLocation;
}

export type SourceRead = { readonly ok: true; readonly served: Served } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/** What a reader may need besides the file: the moment a source that changes by itself over time is judged from. */
export interface ReadContext {
  readonly now: Date;
}

export interface SourceReader<B extends SourceBinding = SourceBinding> {
  readonly kind: B['kind'];
  read(file: string, bytes: Buffer | string, binding: B, context: ReadContext): SourceRead;
}

export const failed = (...problems: InputProblem[]): SourceRead => ({ ok: false, problems });
