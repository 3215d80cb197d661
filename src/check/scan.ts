import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/index.js';
import { mayContainFactorySite, mayContainFinding } from '../analysis/prefilter.js';
import { compiledSibling } from '../worker-pool.js';
import { toPosixRelative } from './posix-path.js';
import { inShard, type Shard } from './shard.js';

/**
 * The front half of a run — find the files, read them, keep those the prefilter cannot rule
 * out — as a stream of chunks, so the caller can lint or rewrite the first candidates while the
 * rest are still being read. The gate runs it in a thread of its own (`scanInThread`), where it
 * overlaps loading ESLint and linting: on the 10,000-file bench repo, ≈ 0.5 s of reading and
 * prefiltering no longer sits in front of the linting. The codemod runs it in its own thread
 * (`scanFiles`): there the scan is most of the run, and a thread would only add its start-up.
 */
export interface ScanRequest {
  readonly config: ResolvedConfig;
  /** Where relative `paths` are resolved from and what display paths are relative to. */
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly shard?: Shard;
  /** Production code or tests only (config `tests` globs). */
  readonly only?: 'production' | 'tests';
  /** Which files are kept: those that may hold a finding (the gate), a factory site (the codemod), or all. */
  readonly keep: 'finding' | 'factory-site' | 'all';
  /** Mark kept files whose bytes are not valid UTF-8 (the codemod must not write those back). */
  readonly checkUtf8?: boolean;
}

export interface ScannedFile {
  readonly file: string;
  readonly displayPath: string;
  readonly text: string;
  /** With `checkUtf8`: the bytes are not valid UTF-8, so `text` has replacement characters. */
  readonly notUtf8?: true;
}

export interface UnreadableFile {
  readonly file: string;
  readonly displayPath: string;
  /** The errno code (`EACCES`) or, failing that, the message. */
  readonly reason: string;
}

export type ScanEvent =
  /** First, once: how many files the run covers (after `paths`, the shard and `only`). */
  | { readonly type: 'discovered'; readonly files: number }
  | { readonly type: 'chunk'; readonly candidates: readonly ScannedFile[]; readonly unreadable: readonly UnreadableFile[] };

// A chunk goes out after this many files or candidates, whichever comes first: early enough that
// the first candidates reach the caller while it is still starting up, rarely enough that
// messages cost nothing next to reading.
const CHUNK_FILES = 250;
const CHUNK_CANDIDATES = 8;

function keepTest(request: ScanRequest): (text: string, file: string) => boolean {
  const { config, keep } = request;
  if (keep === 'finding') return (text, file) => mayContainFinding(text, config, file);
  if (keep === 'factory-site') return (text) => mayContainFactorySite(text, config);
  return () => true;
}

/**
 * No source file matched the config and `paths` at all: a usage error (exit code 2), as ESLint's
 * "No files matching the pattern". A gate that checks nothing would pass every build — after a
 * repo moves its code out of `src/`, or on a monorepo run with the default `include` — and say
 * 100 %. An empty shard or an empty `--only` slice is not this: the files exist, elsewhere.
 */
export class NoSourceFilesError extends Error {
  override readonly name = 'NoSourceFilesError';

  static of(config: ResolvedConfig, cwd: string, paths: readonly string[] | undefined): NoSourceFilesError {
    const where = paths && paths.length > 0 ? paths.join(', ') : toPosixRelative(cwd, config.rootDir) || '.';
    // Spelt out rather than CONFIG_FILE_NAME: its module loads zod, which the scan thread does without.
    const configFile = config.configFile ? toPosixRelative(cwd, config.configFile) : 'ssot.config.json';
    return new NoSourceFilesError(
      `no source files to look at: nothing in ${where} matches include ${JSON.stringify(config.include)} ` +
        `(outside exclude, .gitignore and node_modules); set "include" in ${configFile} to where the code is`,
    );
  }
}

/** The files a run covers: discovered (config include/exclude, .gitignore, `paths`), then its shard, then production or tests only. */
export async function filesToScan(request: Pick<ScanRequest, 'config' | 'cwd' | 'paths' | 'shard' | 'only'>): Promise<string[]> {
  const { config, cwd, shard, only } = request;
  // Loaded when files are found, not when this module is: the gate's main thread never finds any.
  const { discoverFiles } = await import('./discover.js');
  const discovered = await discoverFiles({ config, cwd, ...(request.paths ? { paths: request.paths } : {}) });
  if (discovered.length === 0) throw NoSourceFilesError.of(config, cwd, request.paths);
  const sharded = shard ? discovered.filter((file) => inShard(toPosixRelative(config.rootDir, file), shard)) : discovered;
  if (!only) return sharded;
  const { isTestFile } = await import('../analysis/test-files.js');
  return sharded.filter((file) => isTestFile(config, file) === (only === 'tests'));
}

/** The scan in the caller's thread. */
export async function* scanFiles(request: ScanRequest): AsyncGenerator<ScanEvent> {
  const { cwd } = request;
  const files = await filesToScan(request);
  yield { type: 'discovered', files: files.length };

  const keeps = keepTest(request);
  let candidates: ScannedFile[] = [];
  let unreadable: UnreadableFile[] = [];
  let since = 0;
  // Synchronous reads in one loop: 10,000 concurrent promises cost more in allocation and GC
  // than they save; only candidates' texts are kept.
  for (const file of files) {
    let text: string | undefined;
    let bytes: Buffer | undefined;
    try {
      if (request.checkUtf8) text = (bytes = readFileSync(file)).toString('utf8');
      else text = readFileSync(file, 'utf8');
    } catch (error) {
      unreadable.push({ file, displayPath: toPosixRelative(cwd, file), reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
    }
    // Display paths only for what is kept: path.relative for 10,000 files is measurable.
    if (text !== undefined && keeps(text, file)) {
      candidates.push({ file, displayPath: toPosixRelative(cwd, file), text, ...(bytes && !isUtf8(bytes) ? { notUtf8: true as const } : {}) });
    }
    if (++since >= CHUNK_FILES || candidates.length >= CHUNK_CANDIDATES) {
      yield { type: 'chunk', candidates, unreadable };
      candidates = [];
      unreadable = [];
      since = 0;
    }
  }
  if (candidates.length > 0 || unreadable.length > 0) yield { type: 'chunk', candidates, unreadable };
}

type FromThread<Event> =
  | Event
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string }
  /** The thread's scan threw this usage error; the message is the error's own. */
  | { readonly type: 'no-source-files'; readonly message: string };

/**
 * The events a worker posts, in order, until it posts `{ type: 'done' }`; the worker is then
 * terminated. The worker stays alive after `done` (it listens for messages), so an exit or an
 * uncaught error before it is a failure, and rejects the iteration — a run never ends quietly
 * short of files.
 */
export async function* eventsFromThread<Event>(worker: Worker): AsyncGenerator<Event> {
  const queue: Array<FromThread<Event>> = [];
  let wake: (() => void) | undefined;
  const push = (event: FromThread<Event>) => {
    queue.push(event);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (error) => push({ type: 'failed', message: error.message }));
  worker.on('exit', (code) => push({ type: 'failed', message: `exited with code ${code}` }));
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const event = queue.shift()!;
      if ((event as { type: string }).type === 'done') return;
      if ((event as { type: string }).type === 'failed') throw new Error(`the scan thread failed: ${(event as { message: string }).message}`);
      if ((event as { type: string }).type === 'no-source-files') throw new NoSourceFilesError((event as { message: string }).message);
      yield event as Event;
    }
  } finally {
    await worker.terminate();
  }
}

/** The same scan in a worker thread: the caller's thread is free between events. */
export function scanInThread(request: ScanRequest): AsyncGenerator<ScanEvent> {
  // Reading makes one short-lived string per file: a young generation of 8 MB instead of V8's
  // default collects them as soon, and took ≈ 10 MB off the gate's peak RSS on the bench repo.
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  return eventsFromThread<ScanEvent>(new Worker(compiledSibling(import.meta.url, './scan-worker.js'), { workerData: request, resourceLimits }));
}
