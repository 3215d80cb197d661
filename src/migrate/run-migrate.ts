import { realpathSync } from 'node:fs';
import type { ResolvedConfig } from '../config/index.js';
import { NOT_UTF8 } from '../source-text.js';
import { writeFileAtomic } from '../atomic-write.js';
import { toPosixRelative } from '../check/discover.js';
import { scanFiles, type ScanRequest, type ScannedFile } from '../check/scan.js';
import { compiledSibling, defaultWorkerCount, WORKER_BATCH_SIZE, WORKER_MIN_CANDIDATES, WorkerPool } from '../worker-pool.js';
import type { MissingExport } from './creator-exports.js';
import { CreatorImports } from './creator-imports.js';
import type { CrossPackageImport } from './cross-package.js';
import { migrateRun } from './report.js';
import type { FileMigration, MigrateSourceOptions } from './types.js';

export interface MigrateOptions extends MigrateSourceOptions {
  readonly config: ResolvedConfig;
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly only?: 'production' | 'tests';
  readonly dryRun?: boolean;
  readonly workers?: number | 'auto';
  /** Files transformed so far, and how many there are in all — undefined while files are still being found. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
}

/** The `--json` contract (DESIGN.md), version 1. */
export interface MigrateReport {
  readonly version: 1;
  readonly summary: { filesScanned: number; filesChanged: number; sitesRewritten: number; sitesFallback: number; sitesManual: number; errors: number; sharedLocals: number; sitesSharingLocals: number };
  readonly changes: ReadonlyArray<{ file: string; line: number; from: string; to: string; context: string; kind: 'inferred' | 'fallback'; local?: string }>;
  /**
   * Every file the run changed (or would, with `--dry-run`), sorted: `changes` names only files
   * with a rewritten site, and a barrel that gains a creator's export, a legacy module made the
   * shim or a function given a context parameter has none — a formatter or `git add` needs them all.
   */
  readonly changedFiles: readonly string[];
  readonly manual: ReadonlyArray<{ file: string; line: number; reason: string }>;
  readonly errors: ReadonlyArray<{ file: string; message: string }>;
  /** Creators the migrated files import from a module that does not export them (yet). */
  readonly missingExports: readonly MissingExport[];
  /** Creator modules of another workspace package that migrated files import by relative path. */
  readonly crossPackageImports: readonly CrossPackageImport[];
}

export interface MigrateRun {
  readonly report: MigrateReport;
  /** Changed files: path (POSIX, relative to cwd), old and new text — for the dry-run diff. */
  readonly diffs: ReadonlyArray<{ file: string; before: string; after: string }>;
}


type Transform = (text: string, file: string) => FileMigration;

/** The parser and the transforms in this thread: most of a run's start-up, so loaded once, on demand. */
async function loadInlineTransform(config: ResolvedConfig, options: MigrateSourceOptions): Promise<Transform> {
  const [{ migrateSource }, { loadFastParser }] = await Promise.all([import('./migrate-source.js'), import('../analysis/fast-parser.js')]);
  await loadFastParser();
  return (text, file) => migrateSource(text, file, config, options);
}

/**
 * Migrates a repo: discover like `check`, skip files that cannot contain a site without parsing
 * them, transform the rest (in worker threads when there are many), write each changed file
 * atomically — or, with `dryRun`, nothing. Unlike `check`, the scan stays in this thread: here it
 * is most of the run (10,000 files read for 99 transforms), so a scan thread only adds its own
 * start-up (1.05 vs 0.99 s median on the bench repo, 8 alternating runs each).
 */
export async function runMigrate(options: MigrateOptions): Promise<MigrateRun> {
  const { config, cwd } = options;
  const sourceOptions: MigrateSourceOptions = {
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.fallback ? { fallback: options.fallback } : {}),
    ...(options.removeLegacy ? { removeLegacy: true } : {}),
  };
  const workers = options.workers ?? 'auto';
  const request: ScanRequest = {
    config,
    cwd,
    ...(options.paths ? { paths: options.paths } : {}),
    ...(options.only ? { only: options.only } : {}),
    keep: 'factory-site',
    checkUtf8: true,
  };

  const changes: Array<MigrateReport['changes'][number]> = [];
  const manual: Array<MigrateReport['manual'][number]> = [];
  const diffs: Array<MigrateRun['diffs'][number]> = [];
  const errors: Array<{ file: string; message: string }> = [];
  const creatorImports = new CreatorImports();
  // Each file is written as soon as it is transformed: a run stopped half-way leaves every
  // file either untouched or fully migrated (the write itself is atomic).
  let sharedLocals = 0;
  const settle = (file: string, text: string, result: FileMigration) => {
    const display = toPosixRelative(cwd, file);
    if (result.error) {
      errors.push({ file: display, message: result.error });
      return;
    }
    for (const change of result.changes) changes.push({ file: display, ...change });
    sharedLocals += result.sharedLocals ?? 0;
    // A written file's manual sites are where the file now has them (an import added at the top
    // moves them down), as `check` and an editor will show them; a dry run's, where they are.
    for (const { lineAfter, ...site } of result.manual) manual.push({ file: display, ...site, ...(!options.dryRun && lineAfter !== undefined ? { line: lineAfter } : {}) });
    creatorImports.record(file, result);
    if (result.changed) {
      diffs.push({ file: display, before: text, after: result.output });
      if (!options.dryRun) writeFileAtomic(file, result.output);
    }
  };

  // Loaded only once there is something to transform: the parser is most of the start-up.
  let inline: Promise<Transform> | undefined;
  let pool: WorkerPool<string[], Array<{ file: string; text: string; result: FileMigration }>> | undefined;
  const startPool = (count: number) => {
    const { rootDir, configFile, singletonClassPattern: _p, ...rawConfig } = config;
    return new WorkerPool<string[], Array<{ file: string; text: string; result: FileMigration }>>(
      compiledSibling(import.meta.url, './migrate-worker.js'),
      { rawConfig, rootDir, configFile, options: sourceOptions },
      count,
    );
  };
  if (typeof workers === 'number' && workers > 0) pool = startPool(workers);

  let filesScanned = 0;
  let received = 0;
  let done = 0;
  let scanning = true;
  // The total is known once the scan is over; until then progress counts what has been found.
  const progress = () => options.onProgress?.(done, scanning ? undefined : received);
  const fromPool: Array<Promise<void>> = [];
  // A file reached through a symlink too is one file: migrated (and counted) once.
  const seen = new Set<string>();
  try {
    for await (const event of scanFiles(request)) {
      if (event.type === 'discovered') {
        filesScanned = event.files;
        continue;
      }
      for (const { displayPath, reason } of event.unreadable) errors.push({ file: displayPath, message: `cannot read: ${reason}` });
      const batch: ScannedFile[] = [];
      for (const candidate of event.candidates) {
        let real: string;
        try {
          real = realpathSync(candidate.file);
        } catch (error) {
          errors.push({ file: candidate.displayPath, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
          continue;
        }
        if (seen.has(real)) continue;
        seen.add(real);
        if (candidate.notUtf8) errors.push({ file: candidate.displayPath, message: NOT_UTF8 });
        else batch.push(candidate);
      }
      if (batch.length === 0) continue;
      received += batch.length;
      if (!pool && workers === 'auto' && received >= WORKER_MIN_CANDIDATES) pool = startPool(defaultWorkerCount());
      if (pool) {
        for (let i = 0; i < batch.length; i += WORKER_BATCH_SIZE) {
          fromPool.push(pool.run(batch.slice(i, i + WORKER_BATCH_SIZE).map((c) => c.file)).then((results) => {
            for (const { file, text, result } of results) settle(file, text, result);
            done += results.length;
            progress();
          }));
        }
      } else {
        inline ??= loadInlineTransform(config, sourceOptions);
        const transform = await inline;
        for (const { file, text } of batch) {
          settle(file, text, transform(text, file));
          done++;
          progress();
        }
      }
    }
    scanning = false;
    await Promise.all(fromPool);
    if (received > 0) progress();
  } finally {
    await pool?.close();
  }
  const { missingExports, crossPackageImports } = await creatorImports.check(config, cwd);
  return migrateRun({ filesScanned, changes, manual, errors, diffs, sharedLocals, missingExports, crossPackageImports });
}
