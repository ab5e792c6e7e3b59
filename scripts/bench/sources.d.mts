// Types for sources.mjs, so TypeScript tests can import the exposure-source benchmark generator.
export declare function flagPath(i: number, manifests: number): string;
export declare function flagFile(i: number, percent: number): string;
export declare function boundManifestYaml(i: number, manifests: number): string;
export declare function changedSource(manifests: number): number;
export interface GeneratedSourcesRepo {
  readonly dir: string;
  readonly manifests: number;
  readonly base: string;
  readonly head: string;
  /** The one manifest that binds the flag file the PR changes. */
  readonly changedManifest: string;
  readonly changedSource: string;
}
export declare function generateSourcesRepo(options: { dir: string; manifests: number }): Promise<GeneratedSourcesRepo>;
