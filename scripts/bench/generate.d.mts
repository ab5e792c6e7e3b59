// Types for generate.mjs, so TypeScript tests can import the benchmark generator.
export declare const SHARED_EVIDENCE: Record<string, string>;
export declare const COMMIT_DATES: { initial: string; base: string; pr: string };
export declare const BENCH_NOW: string;
export declare const TEAMS: number;
export declare function teamOf(i: number, manifests: number): number;
export declare function isHot(i: number): boolean;
export declare function isTyped(i: number): boolean;
export declare function resultsPath(i: number, manifests: number): string;
export declare function promptsDir(i: number, manifests: number): string;
export declare const MODEL_CONFIG: string;
export declare function resultsFile(i: number, version?: number): string;
export declare function manifestPath(i: number, manifests: number): string;
export declare function manifestYaml(
  i: number,
  manifests: number,
  state?: { stage?: string; tenantPercent?: number; pattern?: string; threshold?: number },
  options?: { typed: boolean },
): string;
export declare function teamPolicyYaml(team: number): string;
export declare function onePolicyYaml(): string;
export declare function changedIndices(manifests: number, changed: number): number[];
export interface GeneratedRepo {
  readonly dir: string;
  readonly manifests: number;
  readonly commits: number;
  readonly policies: number;
  /** Whether the typed workflows' manifests declare their results as typed evidence, with sources. */
  readonly typed: boolean;
  /** Tip of main: every pull request's base. */
  readonly base: string;
  /** The pull requests' heads (each one commit on base): one manifest, `changed` manifests, every manifest. */
  readonly heads: { readonly one: string; readonly some: string; readonly all: string };
  /** The manifests each pull request changes, sorted. */
  readonly changedPaths: { readonly one: readonly string[]; readonly some: readonly string[]; readonly all: readonly string[] };
  readonly manifestPaths: readonly string[];
  /** A fixed moment after every commit, for --now. */
  readonly now: string;
}
export declare function generateRepo(options: {
  dir: string;
  manifests: number;
  changed?: number;
  commits?: number;
  policies?: number;
  typed?: boolean;
}): Promise<GeneratedRepo>;
