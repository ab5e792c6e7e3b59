// One criterion the gate checked against evidence, for the report: met and unmet ones with the value
// measured next to the threshold, unverified ones (no metric behind them) and human-judged ones (free text).
export type EvidenceCheckState = 'met' | 'unmet' | 'unverified' | 'human';

export interface EvidenceCheck {
  /** The manifest. */
  readonly file: string;
  /** Where the criterion is written (the manifest's line, or the policy's). */
  readonly line: number;
  /** What the criterion belongs to: `evidence.offline_eval`, `stages.limited_beta.exit`, `policy evidence_thresholds`. */
  readonly subject: string;
  /** As written: `pass_rate >= 0.95`, or the free text of a human-judged criterion. */
  readonly criterion: string;
  readonly state: EvidenceCheckState;
  /** The value behind a met or unmet criterion, where it is stated and how old that evidence is. */
  readonly measured: {
    readonly metric: string;
    readonly value: number;
    readonly evidence: string;
    readonly line: number;
    /** Whole days since the evidence file last changed, null when history does not say. */
    readonly ageDays: number | null;
  } | null;
}
