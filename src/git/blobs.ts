// Reading object contents through ONE long-lived `git cat-file --batch` process per run.
//
// Why one process: a gate reads the manifests touched by a change (old and new versions), and a
// large change or a full-tree check can mean thousands of files. Starting git once per file costs a
// process spawn each (milliseconds, far more on Windows and on loaded CI runners), so the cost would
// grow with the number of files times spawn latency. With one batch process, requests are pipelined
// over stdin and answers streamed back over stdout, so the cost grows with the bytes actually read.
//
// Protocol (git 2.39 `--batch`, LF-terminated names on stdin, answers strictly in request order):
//   <oid> SP <type> SP <size> LF <size bytes of content> LF
//   <name> SP missing LF          (object not found)
//   <name> SP ambiguous LF        (short id matches several objects)
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GIT_SAFETY_CONFIG, GitError, classifyGitStderr, gitEnvironment, spawnFailure, type EnvOverrides } from './exec.js';
import { OID_SOURCE } from './oid.js';

/** An object that was read; `tooLarge` objects were skipped over without being held in memory. */
export type BlobRead =
  { oid: string; type: string; size: number; tooLarge: false; content: Buffer } | { oid: string; type: string; size: number; tooLarge: true; content: null };

export interface BlobReaderOptions {
  /** Objects larger than this many bytes come back as `{ tooLarge: true, content: null }`. */
  maxBlobSize?: number;
  /** Environment overrides for the git process (see gitEnvironment). */
  env?: EnvOverrides;
  /**
   * Fail every outstanding read when git sends nothing for this long while answers are awaited
   * (default 20 s; 0 disables). See STALL_TIMEOUT_MS.
   */
  stallTimeoutMs?: number;
}

interface Pending {
  name: string;
  resolve(value: BlobRead | null): void;
  reject(error: GitError): void;
}

interface Body {
  pending: Pending;
  oid: string;
  type: string;
  size: number;
  content: Buffer | null;
  filled: number;
  /** Content bytes still to come; then one LF. */
  remaining: number;
}

const LF = 0x0a;
const WRITE_CHUNK = 64 * 1024;
const ARGS = ['cat-file', '--batch'] as const;
const HEADER = new RegExp(`^(${OID_SOURCE}) (\\S+) (\\d+)$`);
const MAX_STDERR = 64 * 1024;
/**
 * Hardening (issue #5): a loose object whose zlib stream is valid but whose header claims more bytes
 * than it holds ("blob 999999\0short") makes git 2.39 print the header, the bytes it has and a newline,
 * and then wait for the next request, without any error. The reader, trusting the header, waited for
 * the rest forever: one corrupt object hung the gate until the CI job's own timeout. The stream cannot
 * tell such a lie from a large object still coming, so a watchdog fails all outstanding reads (kind
 * `corrupt` when an object was cut short) once git has been silent this long while answers are due.
 * Normal answers take milliseconds; the margin covers loaded runners and lazy fetches in partial clones.
 */
const STALL_TIMEOUT_MS = 20_000;

/** Simple FIFO with O(1) shift, for tens of thousands of in-flight requests. */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined as T;
    this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  drain(): T[] {
    const rest = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return rest;
  }
}

interface RefCounted {
  ref?(): void;
  unref?(): void;
}

export class BlobReader {
  private readonly cwd: string;
  private readonly maxBlobSize: number | undefined;
  private readonly env: EnvOverrides | undefined;
  private child: ChildProcessWithoutNullStreams | null = null;
  private readonly queue = new Queue<Pending>();
  private failure: GitError | null = null;
  private closed = false;
  private exited: Promise<void> | null = null;
  private stderr = '';
  private headerParts: Buffer[] = [];
  private headerLength = 0;
  private body: Body | null = null;
  private readonly wakeOnFailure = new Set<() => void>();
  private readonly stallTimeoutMs: number;
  private stallTimer: NodeJS.Timeout | null = null;
  private readonly writers = new Set<Promise<void>>();

  constructor(cwd: string, options: BlobReaderOptions = {}) {
    this.cwd = cwd;
    this.maxBlobSize = options.maxBlobSize;
    this.env = options.env;
    this.stallTimeoutMs = options.stallTimeoutMs ?? STALL_TIMEOUT_MS;
  }

  /** Process id of the running `git cat-file --batch`, if one has been started (for diagnostics). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Reads many objects, pipelined: all names are written (respecting stdin backpressure) while
   * answers are parsed as they stream in, so any number of objects can be requested at once.
   * Results are in the order of `names`; null for objects that do not exist.
   */
  readMany(names: readonly string[]): Promise<Array<BlobRead | null>> {
    for (const name of names) {
      if (name.includes('\n') || name.endsWith('\r') || name.includes('\0')) {
        return Promise.reject(
          new GitError('failed', ARGS, '', {
            cwd: this.cwd,
            message:
              `object name ${JSON.stringify(name)} cannot be sent to git cat-file --batch ` +
              '(names are newline-terminated, and a trailing carriage return is stripped by git); read it by object id instead.',
          }),
        );
      }
    }
    if (this.closed) {
      return Promise.reject(new GitError('failed', ARGS, '', { cwd: this.cwd, message: 'BlobReader is closed; create a new one.' }));
    }
    if (this.failure) return Promise.reject(this.failure);
    if (names.length === 0) return Promise.resolve([]);

    return new Promise<Array<BlobRead | null>>((resolve, reject) => {
      const results = new Array<BlobRead | null>(names.length).fill(null);
      let outstanding = names.length;
      let settled = false;
      const fail = (error: GitError): void => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const pendingFor = (index: number, name: string): Pending => ({
        name,
        resolve: (value) => {
          results[index] = value;
          outstanding -= 1;
          if (outstanding === 0 && !settled) {
            settled = true;
            resolve(results);
          }
        },
        reject: fail,
      });
      const writing = this.writeRequests(names, pendingFor).catch((error: unknown) => {
        fail(error instanceof GitError ? error : new GitError('failed', ARGS, this.stderr, { cwd: this.cwd, cause: error }));
      });
      this.writers.add(writing);
      void writing.finally(() => this.writers.delete(writing));
    });
  }

  /** Ends the git process after it has answered everything already asked. */
  async close(): Promise<void> {
    this.closed = true;
    // Let readMany calls still feeding stdin finish writing before stdin is ended.
    while (this.writers.size > 0) await Promise.all([...this.writers]);
    const child = this.child;
    if (!child || !this.exited) return;
    this.setRef(true);
    child.stdin.end();
    await this.exited;
  }

  private async writeRequests(names: readonly string[], pendingFor: (index: number, name: string) => Pending): Promise<void> {
    const child = this.start();
    let index = 0;
    while (index < names.length) {
      if (this.failure) throw this.failure;
      // Queue the requests and write them in the same synchronous step, so that concurrent callers
      // can never interleave the order of the queue and the order of the bytes on stdin.
      let text = '';
      while (index < names.length && text.length < WRITE_CHUNK) {
        const name = names[index] as string;
        this.queue.push(pendingFor(index, name));
        text += `${name}\n`;
        index += 1;
      }
      this.setRef(true);
      this.watch();
      const accepted = child.stdin.write(text);
      if (!accepted) await this.drained(child);
    }
  }

  /** Resolves on 'drain', or once the reader has failed (pending reads are rejected by then). */
  private drained(child: ChildProcessWithoutNullStreams): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        child.stdin.off('drain', done);
        this.wakeOnFailure.delete(done);
        resolve();
      };
      child.stdin.once('drain', done);
      this.wakeOnFailure.add(done);
      if (this.failure || !this.child) done();
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn('git', [...GIT_SAFETY_CONFIG, ...ARGS], {
      cwd: this.cwd,
      env: gitEnvironment(this.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    this.exited = new Promise<void>((resolve) => {
      child.once('close', (code, signal) => {
        this.onExit(code, signal);
        resolve();
      });
    });
    child.on('error', (error) => {
      this.failAll(spawnFailure(this.cwd, ARGS, error));
      // If the process never started, 'close' may still follow; make sure close() cannot hang.
      if (child.pid === undefined) this.child = null;
    });
    child.stdin.on('error', () => undefined); // EPIPE when git dies; reported via 'close'.
    child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (this.stderr.length < MAX_STDERR) this.stderr += chunk.toString('utf8');
    });
    return child;
  }

  /**
   * Keeps Node's event loop alive only while answers are awaited, so a caller that forgets close()
   * does not hang the process at exit (git then sees EOF on stdin and exits by itself).
   */
  private setRef(active: boolean): void {
    const child = this.child;
    if (!child) return;
    const method = active ? 'ref' : 'unref';
    child[method]();
    for (const stream of [child.stdin, child.stdout, child.stderr] as unknown as RefCounted[]) stream[method]?.();
  }

  /** (Re)arms the stall watchdog while answers are awaited; see STALL_TIMEOUT_MS. */
  private watch(): void {
    if (this.stallTimeoutMs <= 0 || this.failure) return;
    if (this.stallTimer) {
      this.stallTimer.refresh();
      return;
    }
    this.stallTimer = setTimeout(() => this.onStall(), this.stallTimeoutMs);
    this.stallTimer.unref();
  }

  private unwatch(): void {
    if (this.stallTimer) clearTimeout(this.stallTimer);
    this.stallTimer = null;
  }

  private onStall(): void {
    this.stallTimer = null;
    const body = this.body;
    const outstanding = this.queue.length + (body ? 1 : 0);
    if (outstanding === 0 || this.failure) return;
    const kind = body ? 'corrupt' : 'failed';
    const what = body
      ? `${body.filled} of the ${body.size} bytes its header announced for ${body.oid} arrived; an object whose header claims more bytes than it holds does this`
      : 'git appears to hang';
    this.failAll(
      new GitError(kind, ARGS, this.stderr, {
        cwd: this.cwd,
        message: `git cat-file --batch sent nothing for ${this.stallTimeoutMs} ms in ${this.cwd} with ${outstanding} read(s) unanswered (${what}). To fix: ${GitError.hint(kind)}`,
      }),
    );
    this.child?.kill();
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.unwatch();
    this.child = null;
    if (this.queue.length === 0 && !this.body) {
      // Exited with nothing outstanding (close(), or killed while idle): later reads must not hang.
      if (!this.closed)
        this.failure ??= new GitError('failed', ARGS, this.stderr, {
          cwd: this.cwd,
          exitCode: code,
          message: `git cat-file --batch exited unexpectedly in ${this.cwd}; create a new BlobReader.`,
        });
      for (const wake of [...this.wakeOnFailure]) wake();
      return;
    }
    const kind = classifyGitStderr(this.stderr);
    const how = signal ? `was killed by ${signal}` : `exited with code ${code ?? 'unknown'}`;
    const said = this.stderr.trim().split('\n').slice(0, 3).join(' / ');
    this.failAll(
      new GitError(kind, ARGS, this.stderr, {
        cwd: this.cwd,
        exitCode: code,
        message:
          `git cat-file --batch ${how} in ${this.cwd} with ${this.queue.length + (this.body ? 1 : 0)} read(s) unanswered` +
          `${said ? `: ${said}` : ''}. To fix: ${GitError.hint(kind)}`,
      }),
    );
  }

  private failAll(error: GitError): void {
    this.unwatch();
    this.failure ??= error;
    const body = this.body;
    this.body = null;
    this.headerParts = [];
    this.headerLength = 0;
    if (body) body.pending.reject(error);
    for (const pending of this.queue.drain()) pending.reject(error);
    for (const wake of [...this.wakeOnFailure]) wake();
  }

  private protocolError(what: string): void {
    this.failAll(new GitError('failed', ARGS, this.stderr, { cwd: this.cwd, message: `unexpected output from git cat-file --batch in ${this.cwd}: ${what}` }));
    this.child?.kill();
  }

  private onData(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length && !this.failure) {
      const body = this.body;
      if (body) {
        if (body.remaining > 0) {
          const take = Math.min(body.remaining, chunk.length - pos);
          if (body.content) chunk.copy(body.content, body.filled, pos, pos + take);
          body.filled += take;
          body.remaining -= take;
          pos += take;
          continue;
        }
        if (chunk[pos] !== LF) {
          this.protocolError(`no newline after the ${body.size} bytes of ${body.oid}`);
          return;
        }
        pos += 1;
        this.body = null;
        this.finishBody(body);
        continue;
      }
      const lf = chunk.indexOf(LF, pos);
      if (lf === -1) {
        this.headerParts.push(chunk.subarray(pos));
        this.headerLength += chunk.length - pos;
        if (this.headerLength > 1024 * 1024) this.protocolError('header line longer than 1 MiB');
        return;
      }
      const last = chunk.subarray(pos, lf);
      const header = this.headerParts.length === 0 ? last : Buffer.concat([...this.headerParts, last]);
      this.headerParts = [];
      this.headerLength = 0;
      pos = lf + 1;
      this.onHeader(header.toString('utf8'));
    }
    if (this.queue.length === 0 && !this.body) {
      // Once close() has begun, the loop must stay alive until git exits (close() awaits that).
      if (!this.closed) this.setRef(false);
      this.unwatch();
    } else if (!this.failure) this.watch();
  }

  private onHeader(header: string): void {
    const pending = this.queue.shift();
    if (!pending) {
      this.protocolError(`answer ${JSON.stringify(header)} without a request`);
      return;
    }
    const m = HEADER.exec(header);
    if (m) {
      const size = Number(m[3]);
      const tooLarge = this.maxBlobSize !== undefined && size > this.maxBlobSize;
      this.body = {
        pending,
        oid: m[1] as string,
        type: m[2] as string,
        size,
        content: tooLarge ? null : Buffer.allocUnsafe(size),
        filled: 0,
        remaining: size,
      };
      return;
    }
    if (header.endsWith(' missing')) {
      pending.resolve(null);
      return;
    }
    if (header.endsWith(' ambiguous')) {
      pending.reject(
        new GitError('unknown_revision', ARGS, '', {
          cwd: this.cwd,
          message: `object name ${JSON.stringify(pending.name)} is ambiguous in ${this.cwd}; use a full object id.`,
        }),
      );
      return;
    }
    // Neither an object nor a known "not found" answer: the stream can no longer be trusted.
    this.failAll(
      new GitError('failed', ARGS, this.stderr, {
        cwd: this.cwd,
        message: `unexpected output from git cat-file --batch in ${this.cwd}: ${JSON.stringify(header)}`,
      }),
    );
    pending.reject(this.failure as GitError);
    this.child?.kill();
  }

  private finishBody(body: Body): void {
    const { oid, type, size } = body;
    if (body.content) body.pending.resolve({ oid, type, size, tooLarge: false, content: body.content });
    else body.pending.resolve({ oid, type, size, tooLarge: true, content: null });
  }
}
