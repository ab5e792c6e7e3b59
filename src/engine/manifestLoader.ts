// Loading many manifests (parse, validate, build) on every core. Parsing YAML is most of what a large run
// costs, and each manifest loads on its own: worker threads load chunks side by side while the main thread
// waits for git or judges. The result is the same value `loadManifest` gives in this thread (structured
// clone keeps shared references, such as `currentStage`, shared); the tests compare the two.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadManifest, type Loaded } from '../core/load/documents.js';
import type { Manifest } from '../core/model/manifest.js';
import { bytesOfRef, type BlobTable } from './refs.js';
import type { FileRef } from './targets.js';

export interface LoadItem {
  readonly file: string;
  readonly bytes: Buffer;
}

export interface LoadOptions {
  readonly keepRaw: boolean;
}

export interface ManifestLoader {
  /** Each item loaded as a manifest, in the items' order. */
  load(items: readonly LoadItem[], options: LoadOptions): Promise<Loaded<Manifest>[]>;
  close(): Promise<void>;
}

/** What the main thread sends a worker: the files' bytes back to back in one transferred buffer. */
export interface LoadRequest {
  readonly id: number;
  readonly files: readonly string[];
  /** End offset of each file's bytes in `bytes`. */
  readonly ends: readonly number[];
  readonly bytes: ArrayBuffer;
  readonly keepRaw: boolean;
}

export interface LoadReply {
  readonly id: number;
  readonly results: Loaded<Manifest>[];
}

/** Below this many manifests a worker's start (it loads the parser and the validators) costs more than it saves. */
export const MIN_ITEMS_FOR_WORKERS = 200;
/** Manifests per message: small enough to spread over the workers, large enough that messaging is noise. */
const CHUNK = 50;
const MAX_WORKERS = 4;

export const inThreadLoader: ManifestLoader = {
  load: (items, options) => Promise.resolve(items.map((i) => loadManifest(i.file, i.bytes, options))),
  close: () => Promise.resolve(),
};

/** The worker script beside the running bundle; absent when running from source (tests), then loading stays in this thread. */
export function bundledWorkerFile(): string | null {
  const file = fileURLToPath(new URL('./loadWorker.js', import.meta.url));
  return existsSync(file) ? file : null;
}

/**
 * A loader for a run that expects to load `expected` manifests: worker threads when that is many and the
 * worker script is there, otherwise this thread.
 */
export function manifestLoader(expected: number, workerFile: string | null = bundledWorkerFile(), workers = defaultWorkers()): ManifestLoader {
  if (workerFile === null || expected < MIN_ITEMS_FOR_WORKERS || workers < 2) return inThreadLoader;
  return new WorkerPool(workerFile, workers);
}

function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

interface Job {
  readonly request: LoadRequest;
  readonly items: readonly LoadItem[];
  readonly done: (results: Loaded<Manifest>[]) => void;
}

class WorkerPool implements ManifestLoader {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly all: Worker[] = [];
  private nextId = 0;
  /** Set once a worker failed: what is left loads in this thread, with the same result. */
  private broken = false;

  constructor(workerFile: string, count: number) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile);
      // An idle worker must not keep the process alive; a busy one is waited for.
      worker.unref();
      worker.on('message', (reply: LoadReply) => this.finished(worker, reply.results));
      worker.on('error', () => this.failed(worker));
      worker.on('exit', () => this.failed(worker));
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  load(items: readonly LoadItem[], options: LoadOptions): Promise<Loaded<Manifest>[]> {
    const chunks: Promise<Loaded<Manifest>[]>[] = [];
    for (let at = 0; at < items.length; at += CHUNK) {
      const part = items.slice(at, at + CHUNK);
      chunks.push(new Promise((done) => this.submit({ request: requestOf(this.nextId++, part, options), items: part, done })));
    }
    return Promise.all(chunks).then((parts) => parts.flat());
  }

  async close(): Promise<void> {
    this.broken = true;
    await Promise.all(this.all.map((w) => w.terminate()));
  }

  private submit(job: Job): void {
    if (this.broken) return job.done(loadHere(job));
    const worker = this.idle.pop();
    if (!worker) {
      this.queue.push(job);
      return;
    }
    this.running.set(worker, job);
    worker.ref();
    worker.postMessage(job.request, [job.request.bytes]);
  }

  private finished(worker: Worker, results: Loaded<Manifest>[]): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    worker.unref();
    this.idle.push(worker);
    job?.done(results);
    const next = this.queue.shift();
    if (next) this.submit(next);
  }

  private failed(worker: Worker): void {
    if (!this.all.includes(worker)) return;
    this.all.splice(this.all.indexOf(worker), 1);
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    this.broken = true;
    const job = this.running.get(worker);
    this.running.delete(worker);
    if (job) job.done(loadHere(job));
    for (const queued of this.queue.splice(0)) queued.done(loadHere(queued));
  }
}

function loadHere(job: Job): Loaded<Manifest>[] {
  return job.items.map((i) => loadManifest(i.file, i.bytes, { keepRaw: job.request.keepRaw }));
}

function requestOf(id: number, items: readonly LoadItem[], options: LoadOptions): LoadRequest {
  const total = items.reduce((n, i) => n + i.bytes.length, 0);
  // A buffer of its own (not a slice of Node's shared pool), so it can be transferred rather than copied.
  const buffer = new ArrayBuffer(total);
  const bytes = new Uint8Array(buffer);
  const ends: number[] = [];
  let at = 0;
  for (const i of items) {
    bytes.set(i.bytes, at);
    at += i.bytes.length;
    ends.push(at);
  }
  return { id, files: items.map((i) => i.file), ends, bytes: buffer, keepRaw: options.keepRaw };
}

/** The worker's side: load each file of a request (also what the worker script runs). */
export function answer(request: LoadRequest): LoadReply {
  const results: Loaded<Manifest>[] = [];
  let start = 0;
  request.files.forEach((file, i) => {
    const end = request.ends[i]!;
    const bytes = Buffer.from(request.bytes, start, end - start);
    results.push(loadManifest(file, bytes, { keepRaw: request.keepRaw }));
    start = end;
  });
  return { id: request.id, results };
}

/** Manifests by reference, each loaded as loadFromRef loads it, the readable ones through the loader. */
export async function loadManifestRefs(loader: ManifestLoader, refs: readonly FileRef[], blobs: BlobTable, options: LoadOptions): Promise<Loaded<Manifest>[]> {
  const reads = refs.map((r) => bytesOfRef(r, blobs));
  const items: LoadItem[] = [];
  reads.forEach((r, i) => {
    if (r.ok) items.push({ file: refs[i]!.path, bytes: r.bytes });
  });
  const loaded = await loader.load(items, options);
  let next = 0;
  return reads.map((r) => (r.ok ? loaded[next++]! : r));
}
