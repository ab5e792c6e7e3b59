// What the action's end-to-end tests share: the triage manifest they ramp, the pull_request payload GitHub
// sends, and a fresh API double per test whose every request is checked against GitHub's OpenAPI schema.
import { FakeGitHub, openApiProblems } from './fakeGitHub.js';

export interface TriageManifest {
  readonly workflow?: string;
  readonly trafficPercent: number;
  /** Entry criteria on the canary rung. */
  readonly entry?: boolean;
  /** A risk owner (a team handle) besides the technical and rollback owners. */
  readonly riskOwner?: boolean;
  readonly stopConditions?: readonly string[];
  /** `evidence.<kind>: <path>` entries. */
  readonly evidence?: Readonly<Record<string, string>>;
}

/** A support-triage rollout live at canary with `trafficPercent`% of traffic: the manifest the e2e tests ramp. */
export function triageManifest(m: TriageManifest): string {
  const stops = m.stopConditions ?? ['cost_per_account > $1.50'];
  const evidence = Object.entries(m.evidence ?? {});
  return `rollout_plan:
  workflow: "${m.workflow ?? 'Support triage assistant'}"
  current_stage: canary
  stages:
    limited_beta:
      accounts: 20
      exit: ["precision_at_top_10 >= 0.85"]
    canary:
      traffic_percent: ${m.trafficPercent}
${m.entry ? '      entry: ["limited beta exit met"]\n' : ''}      exit: ["error_rate < 0.01 for 7d"]
  stop_conditions:
${stops.map((s) => `    - "${s}"\n`).join('')}  owners:
    technical: { name: "AI Platform on-call", github: "@platform-lead" }
${m.riskOwner ? '    risk: { name: "Trust steward", github: "@acme/trust" }\n' : ''}    rollback: "AI Platform on-call"
  rollback:
    plan: docs/rollback.md
${evidence.length === 0 ? '' : `  evidence:\n${evidence.map(([kind, path]) => `    ${kind}: ${path}\n`).join('')}`}`;
}

export const REPOSITORY = { name: 'agents', full_name: 'acme/agents', owner: { login: 'acme' } };

export interface PullRequestEvent {
  readonly number: number;
  readonly base: string;
  readonly head: string;
  /** The head branch; default `ramp`. */
  readonly headRef?: string;
  /** The head branch lives in a fork (`mallory/agents`). */
  readonly fork?: boolean;
  /** The event's action; default `synchronize`. */
  readonly action?: string;
}

/** The payload of a pull_request event, with the fields the action reads. */
export function pullRequestPayload(e: PullRequestEvent) {
  const fork = e.fork ?? false;
  return {
    action: e.action ?? 'synchronize',
    number: e.number,
    pull_request: {
      number: e.number,
      state: 'open',
      base: { sha: e.base, ref: 'main', repo: { full_name: 'acme/agents', fork: false } },
      head: { sha: e.head, ref: e.headRef ?? 'ramp', repo: { full_name: fork ? 'mallory/agents' : 'acme/agents', fork } },
    },
    repository: REPOSITORY,
  };
}

/**
 * A fresh API double for each test, set up by `setup` (tokens, pull requests), closed after the test once
 * every request it received has been checked against GitHub's OpenAPI description.
 */
export function fakeGitHubPerTest(setup: (github: FakeGitHub) => void): void {
  let github: FakeGitHub | null = null;
  beforeEach(async () => {
    github = await FakeGitHub.start();
    setup(github);
  });
  afterEach(async () => {
    const current = github;
    github = null;
    if (!current) return;
    try {
      for (const request of current.requests) expect(openApiProblems(request)).toEqual([]);
    } finally {
      await current.close();
    }
  });
}
