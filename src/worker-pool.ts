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

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Runs `tasks` on `count` worker threads, each worker built once with `workerData`, and returns
 * the results in task order. A worker answers each task message with `{ ok, value | error }`.
 */
export async function runInWorkers<Task, Result>(
  workerUrl: URL,
  workerData: unknown,
  tasks: readonly Task[],
  count = defaultWorkerCount(),
  onResult?: (result: Result, index: number) => void,
): Promise<Result[]> {
  const results = new Array<Result>(tasks.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(count, tasks.length) }, () => new Worker(workerUrl, { workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const send = () => {
              if (next >= tasks.length) return resolve();
              current = next++;
              worker.postMessage(tasks[current]);
            };
            worker.on('message', (message: { ok: true; value: Result } | { ok: false; error: string }) => {
              if (!message.ok) return reject(new Error(message.error));
              results[current] = message.value;
              onResult?.(message.value, current);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || current >= 0 && results[current] === undefined) reject(new Error(`worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
