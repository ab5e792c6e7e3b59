// Types for generate.mjs, so TypeScript tests can import the benchmark generator.
export declare const SHARED_EVIDENCE: Record<string, string>;
export declare const COMMIT_DATES: { initial: string; stopConditions: string; promotion: string; rollbackTriggers: string; pr: string };
export declare const BENCH_NOW: string;
export declare function manifestPath(i: number): string;
export declare function manifestYaml(
  i: number,
  state?: { stage?: string; tenantPercent?: number; pattern?: string; extraStop?: boolean; extraTrigger?: boolean },
): string;
export declare function changedIndices(manifests: number, changed: number): number[];
export interface GeneratedRepo {
  readonly dir: string;
  readonly manifests: number;
  /** Tip of main: the PR's base. */
  readonly base: string;
  /** Tip of pr: the PR's head, whose parent is base. */
  readonly head: string;
  readonly manifestPaths: readonly string[];
  /** The manifests the PR commit changes, sorted. */
  readonly changedPaths: readonly string[];
  /** A fixed moment after every commit, for --now. */
  readonly now: string;
}
export declare function generateRepo(options: { dir: string; manifests: number; changed?: number }): Promise<GeneratedRepo>;
