// The action's inputs, read and validated in one place so that a typo fails the step with a message that
// names the input and the allowed values, instead of silently falling back to a default.
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { DEFAULT_MANIFEST_GLOBS, DEFAULT_POLICY_DIR } from '../../engine/options.js';
import { splitList } from '../../core/util/splitList.js';
import type { EvaluateMode } from '../../engine/evaluated.js';
import { REVIEW_MODES, type ReviewMode } from './review.js';

export const COMMENT_MODES = ['always', 'on-failure', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export const FAIL_ON = ['block', 'warn'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const ANNOTATION_MODES = ['checks', 'workflow-commands'] as const;
/** `checks`: one check run carrying every finding (falls back to `workflow-commands` where the token cannot create check runs). */
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

export const EVALUATE_MODES = ['merge', 'head'] as const satisfies readonly EvaluateMode[];

export const DEFAULT_REPORT_FILE = 'rollout-gate-report.json';

export interface ActionInputs {
  /** May be empty: the gate still runs, but nothing is posted and approvals cannot be checked. */
  readonly token: string;
  readonly manifests: readonly string[];
  readonly policyDir: string;
  readonly comment: CommentMode;
  readonly failOn: FailOn;
  /** Absolute path of the JSON report file. */
  readonly reportPath: string;
  /** Revision to compare with instead of the one the event implies. */
  readonly base: string | undefined;
  readonly annotations: AnnotationMode;
  /** Absolute path of the SARIF report file; null: none is written. */
  readonly sarifPath: string | null;
  /** The pull-request review with inline comments: `off`, `comment`, or `request-changes` (blocked runs request changes). */
  readonly review: ReviewMode;
  /** Where evidence is read: `merge` (default), the tree merging head into the base gives; or `head`. */
  readonly evaluate: EvaluateMode;
}

/** An input that cannot be used; its message is safe to print (it never contains the token). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Reads one input the way `@actions/core` does: `INPUT_<NAME>` with spaces as `_`, upper-cased, hyphens kept. */
export type InputReader = (name: string) => string;

export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  const match = allowed.find((a) => a === lower);
  if (match === undefined) {
    throw new InputError(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return match;
}

/** A path inside the repository: relative, and not climbing out of it with `..`. */
function repoRelative(name: string, value: string): string {
  const cleaned = normalize(value).replace(/\\/g, '/').replace(/\/+$/, '');
  if (isAbsolute(value) || cleaned === '..' || cleaned.startsWith('../') || cleaned.includes('\0')) {
    throw new InputError(`Input "${name}" must be a path inside the repository (relative, without ".."); got ${JSON.stringify(value)}.`);
  }
  return cleaned;
}

function manifestGlobs(value: string): string[] {
  const globs = value === '' ? [...DEFAULT_MANIFEST_GLOBS] : splitList(value);
  if (globs.length === 0) throw new InputError('Input "manifests" lists no glob; leave it unset for the default rollouts/**/*.yml and rollouts/**/*.yaml.');
  for (const glob of globs) {
    if (glob.startsWith('/') || glob.split('/').includes('..')) {
      throw new InputError(`Input "manifests" globs are matched against paths inside the repository; ${JSON.stringify(glob)} is absolute or uses "..".`);
    }
  }
  return globs;
}

/**
 * Where the JSON report goes: the input (relative to the workspace) or, by default, RUNNER_TEMP so the
 * report never lands in the checked-out tree, falling back to the workspace outside a runner.
 */
function reportPath(value: string, env: NodeJS.ProcessEnv, workspace: string): string {
  if (value === '') return join(env['RUNNER_TEMP'] || workspace, DEFAULT_REPORT_FILE);
  if (value.includes('\0')) throw new InputError('Input "report-path" contains a NUL character.');
  return resolve(workspace, value);
}

/** Where the SARIF report goes, relative to the workspace; none unless asked for. */
function sarifPath(value: string, workspace: string): string | null {
  if (value === '') return null;
  if (value.includes('\0')) throw new InputError('Input "sarif-path" contains a NUL character.');
  return resolve(workspace, value);
}

export function readInputs(read: InputReader, env: NodeJS.ProcessEnv, workspace: string): ActionInputs {
  const base = read('base');
  if (base.startsWith('-')) throw new InputError(`Input "base" must name a revision; ${JSON.stringify(base)} looks like an option.`);
  return {
    token: read('github-token'),
    manifests: manifestGlobs(read('manifests')),
    policyDir: read('policy-dir') === '' ? DEFAULT_POLICY_DIR : repoRelative('policy-dir', read('policy-dir')),
    comment: oneOf('comment', read('comment'), COMMENT_MODES, 'always'),
    failOn: oneOf('fail-on', read('fail-on'), FAIL_ON, 'block'),
    reportPath: reportPath(read('report-path'), env, workspace),
    base: base === '' ? undefined : base,
    annotations: oneOf('annotations', read('annotations'), ANNOTATION_MODES, 'checks'),
    sarifPath: sarifPath(read('sarif-path'), workspace),
    review: oneOf('review', read('review'), REVIEW_MODES, 'comment'),
    evaluate: oneOf('evaluate', read('evaluate'), EVALUATE_MODES, 'merge'),
  };
}
