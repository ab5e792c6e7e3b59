// A local stand-in for the few GitHub endpoints the action uses, on 127.0.0.1 and a random port.
// It keeps issue comments, pull requests and their reviews, and check runs in memory, records every
// request, can be scripted to fail (a 502, a 429 with retry-after, a 403 read-only token, a 404 for a
// comment deleted meanwhile, an answer lost after the write took effect), and checks each recorded
// request against GitHub's published REST description (@octokit/openapi); the one GraphQL query the
// action makes is checked against the queries this double answers.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

export interface FakeUser {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
}

export interface TokenSpec {
  readonly user: FakeUser;
  /** A GitHub App installation token (GITHUB_TOKEN is one): `GET /user` answers 403. */
  readonly installation?: { readonly appSlug: string };
  /** Read-only, like a fork pull request's GITHUB_TOKEN: every write answers 403. */
  readonly readOnly?: boolean;
  /** `checks: write` (an installation token only: GitHub refuses check runs to personal tokens). */
  readonly checksWrite?: boolean;
}

export interface StoredPullRequest {
  readonly number: number;
  state: 'open' | 'closed';
  headSha: string;
  readonly headRef: string;
  readonly baseRef: string;
  readonly baseSha: string;
}

export interface CheckRunAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface StoredCheckRun {
  readonly id: number;
  readonly name: string;
  readonly head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string; summary: string; text: string | null };
  readonly annotations: CheckRunAnnotation[];
  /** How many annotations each request carried. */
  readonly batches: number[];
  readonly app: string;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  performed_via_github_app: { slug: string } | null;
}

export interface StoredReview {
  id: number;
  pull: number;
  user: FakeUser;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commit_id: string;
  submitted_at: string;
  body?: string;
  /** The inline comments a submitted review carried. */
  comments?: { path: string; line: number; side: string; body: string }[];
}

/** A pull request's changed file as GET /pulls/{n}/files lists it. */
export interface PullFile {
  readonly filename: string;
  readonly patch?: string;
}

export interface Fault {
  readonly method?: string;
  /** Matched against the path without the query string. */
  readonly path?: RegExp;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** How many matching requests fail (default 1). */
  readonly times?: number;
  /** The request takes effect first and only its answer is replaced (a gateway that timed out after the write). */
  readonly afterEffect?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
  /** The token the request carried (never printed by the tests). */
  readonly token: string | null;
  readonly status: number;
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** The GraphQL queries this double answers (the action's `viewer` query), by their exact text. */
export const GRAPHQL_QUERIES: readonly string[] = ['query { viewer { login } }'];

/** GitHub's limits on a check run: 50 annotations per request, 65,535 characters of summary or text. */
export const CHECK_RUN_LIMITS = { annotationsPerRequest: 50, outputChars: 65_535, titleChars: 255 } as const;

const GITHUB_MESSAGES = {
  integration: 'Resource not accessible by integration',
  notFound: 'Not Found',
  badCredentials: 'Bad credentials',
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly reviews: StoredReview[] = [];
  readonly pulls: StoredPullRequest[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  /** The changed files of each pull request (GET /pulls/{n}/files), by number. */
  readonly pullFiles = new Map<number, PullFile[]>();
  /** Pull requests GitHub associates with a commit (GET /commits/{sha}/pulls), by commit. */
  private readonly commitPulls = new Map<string, number[]>();
  /** Runs before each request is handled (after faults): lets a test act as a concurrent run would. */
  beforeHandle: ((request: { readonly method: string; readonly path: string }) => void) | null = null;
  private readonly tokens = new Map<string, TokenSpec>();
  private readonly faults: { fault: Fault; left: number }[] = [];
  private nextId = 1000;
  private clock = Date.parse('2026-02-01T10:00:00Z');

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeGitHub> {
    let fake: FakeGitHub | null = null;
    const server = createServer((req, res) => {
      void fake!.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeGitHub(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  addToken(token: string, spec: TokenSpec): void {
    this.tokens.set(token, spec);
  }

  /** Seeds a comment, e.g. a human's or one left by an earlier run. */
  addComment(issue: number, body: string, user: FakeUser, appSlug: string | null = null): StoredComment {
    const at = this.tick();
    const comment: StoredComment = {
      id: this.nextId++,
      issue,
      body,
      user,
      created_at: at,
      updated_at: at,
      performed_via_github_app: appSlug ? { slug: appSlug } : null,
    };
    this.comments.push(comment);
    return comment;
  }

  addReview(pull: number, user: FakeUser, state: StoredReview['state'], commitId: string): void {
    this.reviews.push({ id: this.nextId++, pull, user, state, commit_id: commitId, submitted_at: this.tick() });
  }

  addPullRequest(pr: Omit<StoredPullRequest, 'state'> & { state?: StoredPullRequest['state'] }): StoredPullRequest {
    const stored: StoredPullRequest = { state: 'open', ...pr };
    this.pulls.push(stored);
    return stored;
  }

  /** Makes GET /commits/{sha}/pulls list these pull requests for the commit. */
  associateCommit(sha: string, pullNumbers: number[]): void {
    this.commitPulls.set(sha, pullNumbers);
  }

  /** Queues a scripted failure for the next matching request(s). */
  fail(fault: Fault): void {
    this.faults.push({ fault, left: fault.times ?? 1 });
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1] ?? null;
    let body: unknown = null;
    try {
      body = raw === '' ? null : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      this.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body, token, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };

    const fault = this.faults.find(
      (f) => f.left > 0 && (f.fault.method === undefined || f.fault.method === method) && (f.fault.path === undefined || f.fault.path.test(url.pathname)),
    );
    if (fault) {
      fault.left -= 1;
      const failed = (): void => {
        reply(fault.fault.status, fault.fault.body ?? { message: 'Server Error' }, fault.fault.headers);
      };
      // With afterEffect, the request is handled for its effect, and answered with the fault instead.
      if (fault.fault.afterEffect) this.route(method, url, token, body, failed);
      else failed();
      return;
    }
    this.beforeHandle?.({ method, path: url.pathname });
    this.route(method, url, token, body, reply);
  }

  private route(
    method: string,
    url: URL,
    token: string | null,
    body: unknown,
    answer: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const reply = answer;

    const spec = token === null ? undefined : this.tokens.get(token);
    if (spec === undefined) return reply(401, { message: GITHUB_MESSAGES.badCredentials, documentation_url: 'https://docs.github.com/rest' });
    // A GraphQL query is a POST but reads only.
    const write = method !== 'GET' && method !== 'HEAD' && url.pathname !== '/graphql';
    if (write && spec.readOnly) return reply(403, { message: GITHUB_MESSAGES.integration, documentation_url: 'https://docs.github.com/rest', status: '403' });

    const path = url.pathname;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/user') {
      if (spec.installation) return reply(403, { message: GITHUB_MESSAGES.integration, status: '403' });
      return reply(200, { login: spec.user.login, id: spec.user.id, type: spec.user.type });
    }
    if (method === 'POST' && path === '/graphql') {
      // GraphQL is read-only here and answers read-only tokens too, as GitHub does for queries.
      const query = (body as { query?: unknown } | null)?.query;
      if (query !== GRAPHQL_QUERIES[0]) return reply(200, { errors: [{ message: `this double does not answer ${JSON.stringify(query)}` }] });
      return reply(200, { data: { viewer: { login: spec.user.login } } });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path)) && method === 'GET') {
      const pr = this.pulls.find((p) => p.number === Number(m![1]));
      if (pr === undefined) return reply(404, { message: GITHUB_MESSAGES.notFound, status: '404' });
      return reply(200, this.pullJson(pr));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/.exec(path)) && method === 'GET') {
      const numbers = this.commitPulls.get(m[1]!) ?? [];
      return this.page(
        url,
        this.pulls.filter((p) => numbers.includes(p.number)).map((p) => this.pullJson(p)),
        reply,
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs(?:\/(\d+))?$/.exec(path)) && (method === 'POST' || method === 'PATCH')) {
      if (!spec.installation || !spec.checksWrite)
        return reply(403, { message: GITHUB_MESSAGES.integration, documentation_url: 'https://docs.github.com/rest/checks/runs', status: '403' });
      const input = (body ?? {}) as {
        name?: unknown;
        head_sha?: unknown;
        status?: unknown;
        conclusion?: unknown;
        output?: { title?: unknown; summary?: unknown; text?: unknown; annotations?: unknown };
      };
      const problem = checkRunProblem(input.output);
      if (problem !== null) return reply(422, { message: 'Validation Failed', errors: [problem], status: '422' });
      const annotations = (input.output?.annotations ?? []) as CheckRunAnnotation[];
      let run: StoredCheckRun | undefined;
      if (method === 'POST') {
        if (typeof input.name !== 'string' || typeof input.head_sha !== 'string') return reply(422, { message: 'Invalid request.', status: '422' });
        run = {
          id: this.nextId++,
          name: input.name,
          head_sha: input.head_sha,
          status: 'queued',
          conclusion: null,
          output: { title: '', summary: '', text: null },
          annotations: [],
          batches: [],
          app: spec.installation.appSlug,
        };
        this.checkRuns.push(run);
      } else {
        run = this.checkRuns.find((r) => r.id === Number(m![1]));
        if (run === undefined) return reply(404, { message: GITHUB_MESSAGES.notFound, status: '404' });
      }
      if (typeof input.status === 'string') run.status = input.status;
      if (typeof input.conclusion === 'string') {
        run.conclusion = input.conclusion;
        run.status = 'completed';
      }
      if (input.output) {
        run.output = {
          title: String(input.output.title),
          summary: String(input.output.summary),
          text: typeof input.output.text === 'string' ? input.output.text : run.output.text,
        };
        run.annotations.push(...annotations);
        run.batches.push(annotations.length);
      }
      return reply(method === 'POST' ? 201 : 200, this.checkRunJson(run));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET')
        return this.page(
          url,
          this.commentsOn(issue).map((c) => this.commentJson(c)),
          reply,
        );
      if (method === 'POST') {
        const text = (body as { body?: unknown } | null)?.body;
        if (typeof text !== 'string') return reply(422, { message: 'Invalid request.' });
        const c = this.addComment(issue, text, spec.user, spec.installation?.appSlug ?? null);
        return reply(201, this.commentJson(c));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      const index = this.comments.findIndex((c) => c.id === id);
      if (index === -1) return reply(404, { message: GITHUB_MESSAGES.notFound, status: '404' });
      const comment = this.comments[index]!;
      if (method === 'PATCH') {
        const text = (body as { body?: unknown } | null)?.body;
        if (typeof text !== 'string') return reply(422, { message: 'Invalid request.' });
        comment.body = text;
        comment.updated_at = this.tick();
        return reply(200, this.commentJson(comment));
      }
      if (method === 'DELETE') {
        this.comments.splice(index, 1);
        return reply(204, null);
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path)) && method === 'GET') {
      const files = (this.pullFiles.get(Number(m[1])) ?? []).map((f) => ({ filename: f.filename, status: 'modified', patch: f.patch }));
      return this.page(url, files, reply);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)) && method === 'POST') {
      const pull = Number(m[1]);
      const input = (body ?? {}) as { commit_id?: unknown; event?: unknown; body?: unknown; comments?: unknown };
      const states: Record<string, StoredReview['state']> = { COMMENT: 'COMMENTED', REQUEST_CHANGES: 'CHANGES_REQUESTED', APPROVE: 'APPROVED' };
      const state = typeof input.event === 'string' ? states[input.event] : undefined;
      if (state === undefined || typeof input.commit_id !== 'string') return reply(422, { message: 'Unprocessable Entity', status: '422' });
      if (typeof input.body === 'string' && input.body.length > 65_536)
        return reply(422, { message: 'Body is too long (maximum is 65536 characters)', status: '422' });
      const comments = (Array.isArray(input.comments) ? input.comments : []) as { path: string; line: number; side: string; body: string }[];
      // GitHub answers 422 to a comment on a line the diff does not show.
      const files = this.pullFiles.get(pull) ?? [];
      for (const c of comments) {
        const file = files.find((f) => f.filename === c.path);
        if (file === undefined || c.side !== 'RIGHT' || !patchRightLines(file.patch).has(c.line))
          return reply(422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' });
      }
      const review: StoredReview = {
        id: this.nextId++,
        pull,
        user: spec.user,
        state,
        commit_id: input.commit_id,
        submitted_at: this.tick(),
        body: typeof input.body === 'string' ? input.body : '',
        comments,
      };
      this.reviews.push(review);
      return reply(200, this.reviewJson(review));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews\/(\d+)\/dismissals$/.exec(path)) && method === 'PUT') {
      const review = this.reviews.find((r) => r.pull === Number(m![1]) && r.id === Number(m![2]));
      if (review === undefined) return reply(404, { message: GITHUB_MESSAGES.notFound, status: '404' });
      if (typeof (body as { message?: unknown } | null)?.message !== 'string') return reply(422, { message: 'Unprocessable Entity', status: '422' });
      review.state = 'DISMISSED';
      return reply(200, this.reviewJson(review));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/reviews$/.exec(path)) && method === 'GET') {
      const pull = Number(m[1]);
      const reviews = this.reviews.filter((r) => r.pull === pull).map((r) => this.reviewJson(r));
      return this.page(url, reviews, reply);
    }
    reply(404, { message: GITHUB_MESSAGES.notFound, status: '404' });
  }

  private reviewJson(r: StoredReview): Record<string, unknown> {
    return {
      id: r.id,
      user: { login: r.user.login, id: r.user.id, type: r.user.type },
      state: r.state,
      commit_id: r.commit_id,
      submitted_at: r.submitted_at,
      body: r.body ?? '',
    };
  }

  private pullJson(p: StoredPullRequest): Record<string, unknown> {
    return {
      id: p.number + 500_000,
      number: p.number,
      state: p.state,
      title: `Pull request #${p.number}`,
      head: { sha: p.headSha, ref: p.headRef, label: `acme:${p.headRef}` },
      base: { sha: p.baseSha, ref: p.baseRef, label: `acme:${p.baseRef}` },
      html_url: `https://github.com/acme/agents/pull/${p.number}`,
    };
  }

  private checkRunJson(r: StoredCheckRun): Record<string, unknown> {
    return {
      id: r.id,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      output: { ...r.output, annotations_count: r.annotations.length },
      app: { slug: r.app },
      html_url: `https://github.com/acme/agents/runs/${r.id}`,
    };
  }

  private commentJson(c: StoredComment): Record<string, unknown> {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/o/r/issues/comments/${c.id}`,
      html_url: `https://github.com/o/r/pull/${c.issue}#issuecomment-${c.id}`,
      body: c.body,
      user: { login: c.user.login, id: c.user.id, type: c.user.type },
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: c.performed_via_github_app,
    };
  }

  /** GitHub-style pagination: `per_page` (default 30, max 100), `page`, and a Link header. */
  private page(url: URL, items: unknown[], reply: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number): string => {
      const next = new URL(url.href);
      next.searchParams.set('page', String(p));
      next.searchParams.set('per_page', String(perPage));
      return next.href;
    };
    const links: string[] = [];
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    reply(200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
  }
}

/** The head-side lines a patch shows (added and context lines), as GitHub resolves a review comment's `line`. */
function patchRightLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  let next = -1;
  for (const line of (patch ?? '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
    if (header) next = Number(header[1]);
    else if (next > 0 && (line.startsWith('+') || line.startsWith(' '))) lines.add(next++);
  }
  return lines;
}

/** What GitHub answers 422 for in a check run's output, or null when it is accepted. */
function checkRunProblem(output: { title?: unknown; summary?: unknown; text?: unknown; annotations?: unknown } | undefined): string | null {
  if (output === undefined) return null;
  if (typeof output.title !== 'string' || typeof output.summary !== 'string') return 'output needs a title and a summary';
  if (output.title.length > CHECK_RUN_LIMITS.titleChars) return 'output.title is too long';
  if (output.summary.length > CHECK_RUN_LIMITS.outputChars) return 'output.summary is too long (maximum is 65535 characters)';
  if (typeof output.text === 'string' && output.text.length > CHECK_RUN_LIMITS.outputChars) return 'output.text is too long (maximum is 65535 characters)';
  const annotations = output.annotations ?? [];
  if (!Array.isArray(annotations)) return 'output.annotations must be an array';
  if (annotations.length > CHECK_RUN_LIMITS.annotationsPerRequest) return 'only 50 annotations are accepted per request';
  for (const a of annotations as Record<string, unknown>[]) {
    if (typeof a['path'] !== 'string' || a['path'] === '' || typeof a['message'] !== 'string') return 'an annotation needs a path and a message';
    if (!Number.isInteger(a['start_line']) || !Number.isInteger(a['end_line']) || (a['start_line'] as number) < 1)
      return 'an annotation needs start_line and end_line';
    if (!['notice', 'warning', 'failure'].includes(a['annotation_level'] as string)) return 'annotation_level must be notice, warning or failure';
    if ((a['start_column'] !== undefined || a['end_column'] !== undefined) && a['start_line'] !== a['end_line'])
      return 'start_column and end_column are only allowed on a single line';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Validation against GitHub's published REST description
// ---------------------------------------------------------------------------------------------------

type Schema = { $ref?: string; properties?: Record<string, unknown>; required?: string[]; type?: string | string[]; oneOf?: Schema[]; anyOf?: Schema[] };
interface Parameter {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Schema> };
}

let spec: { doc: OpenApi; templates: { template: string; regex: RegExp; literals: number }[] } | null = null;

function loadSpec(): NonNullable<typeof spec> {
  if (spec !== null) return spec;
  // The package's index requires every GitHub flavour's description; only api.github.com's is needed.
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    literals: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
  }));
  spec = { doc, templates };
  return spec;
}

function resolveRef<T>(doc: OpenApi, value: T & { $ref?: string }): T {
  if (typeof value.$ref !== 'string') return value;
  const [, , section, name] = value.$ref.split('/');
  return (doc.components as unknown as Record<string, Record<string, T>>)[section!]![name!]!;
}

/** The operation GitHub's description defines for this method and path, or a reason there is none. */
export function findOperation(method: string, path: string): { template: string; operation: Operation } | string {
  const { doc, templates } = loadSpec();
  const matches = templates.filter((t) => t.regex.test(path)).sort((a, b) => b.literals - a.literals);
  if (matches.length === 0) return `${method} ${path}: no such path in GitHub's REST description`;
  for (const { template } of matches) {
    const operation = doc.paths[template]![method.toLowerCase()];
    if (operation) return { template, operation };
  }
  return `${method} ${path}: ${matches[0]!.template} has no ${method} operation`;
}

/**
 * Problems with a recorded request by GitHub's REST description: unknown path or method, query
 * parameters the operation does not declare, a non-numeric value for an integer path parameter, JSON body
 * properties it does not define or required ones it lacks. An empty list means the request is valid.
 */
export function openApiProblems(request: Pick<RecordedRequest, 'method' | 'path' | 'query' | 'body'>): string[] {
  // GraphQL is one endpoint outside the REST description: the query must be one this double answers.
  if (request.path === '/graphql') {
    if (request.method !== 'POST') return [`${request.method} /graphql: GraphQL takes POST only`];
    const body = (request.body ?? {}) as Record<string, unknown>;
    const extra = Object.keys(body).filter((k) => k !== 'query' && k !== 'variables');
    if (extra.length > 0) return [`POST /graphql: unknown body properties ${extra.join(', ')}`];
    return typeof body['query'] === 'string' && GRAPHQL_QUERIES.includes(body['query'])
      ? []
      : [`POST /graphql: query ${JSON.stringify(body['query'])} is not one the action is known to make`];
  }
  const { doc } = loadSpec();
  const found = findOperation(request.method, request.path);
  if (typeof found === 'string') return [found];
  const { template, operation } = found;
  const where = `${request.method} ${template} (${operation.operationId})`;
  const problems: string[] = [];
  const params = (operation.parameters ?? []).map((p) => resolveRef(doc, p));

  const names = template.split('/');
  const values = request.path.split('/');
  names.forEach((segment, i) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name === undefined) return;
    const param = params.find((p) => p.in === 'path' && p.name === name);
    if (param === undefined) problems.push(`${where}: path parameter ${name} is not declared`);
    else if (param.schema?.type === 'integer' && !/^\d+$/.test(values[i] ?? ''))
      problems.push(`${where}: path parameter ${name} must be an integer, got ${values[i] ?? ''}`);
  });
  for (const key of Object.keys(request.query)) {
    if (!params.some((p) => p.in === 'query' && p.name === key)) problems.push(`${where}: unknown query parameter ${key}`);
  }

  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  if (bodySchema === undefined) {
    if (request.body !== null && request.body !== undefined && request.body !== '') problems.push(`${where}: takes no request body`);
  } else {
    const schema = resolveRef(doc, bodySchema);
    const body = (request.body ?? {}) as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in body)) problems.push(`${where}: body lacks required property ${key}`);
    if (schema.properties) for (const key of Object.keys(body)) if (!(key in schema.properties)) problems.push(`${where}: body has unknown property ${key}`);
  }
  return problems;
}
