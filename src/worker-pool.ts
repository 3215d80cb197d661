import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from './version.js';

/**
 * The compiled form of a module next to `importMetaUrl`. Workers need JavaScript: from dist/
 * this is the sibling file; from the TypeScript sources (tests) it is the same path in dist/.
 */
export function compiledSibling(importMetaUrl: string, fileName: string): URL {
  const sibling = new URL(fileName, importMetaUrl);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  const rel = relative(PACKAGE_ROOT, fileURLToPath(sibling));
  return pathToFileURL(join(PACKAGE_ROOT, 'dist', rel));
}

/**
 * When a run's own thread stops doing the heavy work alone: a worker costs ~0.3 s of CPU (and,
 * for lint workers, ≈ 75 MB) to start, as it loads the parser and ESLint, so below a few hundred
 * candidate files the caller's thread finishes first. Candidates go to workers in batches of this size.
 */
export const WORKER_MIN_CANDIDATES = 400;
export const WORKER_BATCH_SIZE = 16;

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Workers for a run that decides for itself, next to its scan thread: every core but the one the
 * scan reads on, and none on two cores, where a pool only competes with the scan (`check` on
 * 1,708 candidates: 19.5–21.3 s and 298 MB without a pool, 21–22.5 s and 485 MB with two workers).
 */
export function automaticWorkerCount(): number {
  const cores = availableParallelism();
  return cores >= 3 ? Math.min(cores - 1, 8) : 0;
}

type Reply<Result> = { ok: true; value: Result } | { ok: false; error: string };

/**
 * A fixed set of worker threads, each built once with `workerData`, taking tasks as they come:
 * workers start (and load their heavy modules) while the caller is still finding work. Tasks
 * are posted at once to the least-loaded worker, which works through its own queue — so
 * workers stay busy even while the caller's thread is busy too.
 * A worker answers each task message, in order, with `{ ok, value | error }`.
 */
export class WorkerPool<Task, Result> {
  readonly #workers: Array<{ worker: Worker; waiting: Array<{ resolve: (r: Result) => void; reject: (e: Error) => void }> }>;
  #failure: Error | undefined;
  #closing = false;

  constructor(workerUrl: URL, workerData: unknown, count = defaultWorkerCount()) {
    this.#workers = Array.from({ length: Math.max(1, count) }, () => {
      const entry = { worker: new Worker(workerUrl, { workerData }), waiting: [] as Array<{ resolve: (r: Result) => void; reject: (e: Error) => void }> };
      entry.worker.on('message', (reply: Reply<Result>) => {
        const job = entry.waiting.shift();
        if (!job) return;
        if (reply.ok) job.resolve(reply.value);
        else job.reject(new Error(reply.error));
      });
      entry.worker.on('error', (error) => this.#fail(error));
      entry.worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`worker exited with code ${code}`));
      });
      return entry;
    });
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const entry of this.#workers) for (const job of entry.waiting.splice(0)) job.reject(error);
  }

  run(task: Task): Promise<Result> {
    if (this.#failure) return Promise.reject(this.#failure);
    const entry = this.#workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}
