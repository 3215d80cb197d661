import { realpathSync } from 'node:fs';
import picomatch from 'picomatch';
import type { ResolvedConfig } from '../config/index.js';
import { mayContainFactorySite } from '../analysis/prefilter.js';
import { NOT_UTF8, readSourceText } from '../source-text.js';
import { writeFileAtomic } from '../atomic-write.js';
import { discoverFiles, toPosixRelative } from '../check/discover.js';
import { compiledSibling, defaultWorkerCount, WorkerPool } from '../worker-pool.js';
import type { FileMigration, MigrateSourceOptions } from './types.js';

export interface MigrateOptions extends MigrateSourceOptions {
  readonly config: ResolvedConfig;
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly only?: 'production' | 'tests';
  readonly dryRun?: boolean;
  readonly workers?: number | 'auto';
  readonly onProgress?: (done: number, total: number) => void;
}

/** The `--json` contract (DESIGN.md), version 1. */
export interface MigrateReport {
  readonly version: 1;
  readonly summary: { filesScanned: number; filesChanged: number; sitesRewritten: number; sitesFallback: number; sitesManual: number; errors: number };
  readonly changes: ReadonlyArray<{ file: string; line: number; from: string; to: string; context: string; kind: 'inferred' | 'fallback' }>;
  readonly manual: ReadonlyArray<{ file: string; line: number; reason: string }>;
  readonly errors: ReadonlyArray<{ file: string; message: string }>;
}

export interface MigrateRun {
  readonly report: MigrateReport;
  /** Changed files: path (POSIX, relative to cwd), old and new text — for the dry-run diff. */
  readonly diffs: ReadonlyArray<{ file: string; before: string; after: string }>;
}

const WORKER_MIN_CANDIDATES = 400;
const BATCH_SIZE = 16;

/** The files a migration looks at: discovered like `check`, narrowed by `--only`. */
export async function migrationFiles(options: Pick<MigrateOptions, 'config' | 'cwd' | 'paths' | 'only'>): Promise<string[]> {
  const { config, cwd } = options;
  const files = await discoverFiles({ config, cwd, ...(options.paths ? { paths: options.paths } : {}) });
  if (!options.only) return files;
  const isTest = picomatch(config.tests, { dot: true });
  return files.filter((file) => isTest(toPosixRelative(config.rootDir, file)) === (options.only === 'tests'));
}

/**
 * Migrates a repo: discover like `check`, skip files that cannot contain a site without parsing
 * them, transform the rest (in worker threads when there are many), write each changed file
 * atomically — or, with `dryRun`, nothing.
 */
export async function runMigrate(options: MigrateOptions): Promise<MigrateRun> {
  const { config, cwd } = options;
  const sourceOptions: MigrateSourceOptions = {
    ...(options.kinds ? { kinds: options.kinds } : {}),
    ...(options.fallback ? { fallback: options.fallback } : {}),
    ...(options.removeLegacy ? { removeLegacy: true } : {}),
  };
  const files = await migrationFiles(options);

  const candidates: Array<{ file: string; text: string }> = [];
  const errors: Array<{ file: string; message: string }> = [];
  // A file reached through a symlink too is one file: migrated (and counted) once.
  const seen = new Set<string>();
  for (const file of files) {
    try {
      const { text, isUtf8 } = readSourceText(file);
      if (!mayContainFactorySite(text, config)) continue;
      const real = realpathSync(file);
      if (seen.has(real)) continue;
      seen.add(real);
      if (isUtf8()) candidates.push({ file, text });
      else errors.push({ file: toPosixRelative(cwd, file), message: NOT_UTF8 });
    } catch (error) {
      errors.push({ file: toPosixRelative(cwd, file), message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }

  const workers = options.workers === 'auto' || options.workers === undefined
    ? (candidates.length >= WORKER_MIN_CANDIDATES ? defaultWorkerCount() : 0)
    : options.workers;
  const changes: Array<MigrateReport['changes'][number]> = [];
  const manual: Array<MigrateReport['manual'][number]> = [];
  const diffs: Array<MigrateRun['diffs'][number]> = [];
  // Each file is written as soon as it is transformed: a run stopped half-way leaves every
  // file either untouched or fully migrated (the write itself is atomic).
  const settle = (file: string, text: string, result: FileMigration) => {
    const display = toPosixRelative(cwd, file);
    if (result.error) {
      errors.push({ file: display, message: result.error });
      return;
    }
    for (const change of result.changes) changes.push({ file: display, ...change });
    for (const site of result.manual) manual.push({ file: display, ...site });
    if (result.changed) {
      diffs.push({ file: display, before: text, after: result.output });
      if (!options.dryRun) writeFileAtomic(file, result.output);
    }
  };

  let done = 0;
  if (workers > 0 && candidates.length > 0) {
    const { rootDir, configFile, singletonClassPattern: _p, ...rawConfig } = config;
    const pool = new WorkerPool<string[], Array<{ file: string; text: string; result: FileMigration }>>(
      compiledSibling(import.meta.url, './migrate-worker.js'),
      { rawConfig, rootDir, configFile, options: sourceOptions },
      workers,
    );
    try {
      const batches: Array<Promise<void>> = [];
      for (let i = 0; i < candidates.length; i += BATCH_SIZE) {
        batches.push(pool.run(candidates.slice(i, i + BATCH_SIZE).map((c) => c.file)).then((batch) => {
          for (const { file, text, result } of batch) settle(file, text, result);
          done += batch.length;
          options.onProgress?.(done, candidates.length);
        }));
      }
      await Promise.all(batches);
    } finally {
      await pool.close();
    }
  } else if (candidates.length > 0) {
    // Loaded only when there is something to transform: the parser is most of the start-up.
    const [{ migrateSource }, { loadFastParser }] = await Promise.all([import('./migrate-source.js'), import('../analysis/fast-parser.js')]);
    await loadFastParser();
    for (const { file, text } of candidates) {
      settle(file, text, migrateSource(text, file, config, sourceOptions));
      options.onProgress?.(++done, candidates.length);
    }
  }
  const byFileLine = <T extends { file: string; line: number }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  changes.sort(byFileLine);
  manual.sort(byFileLine);
  diffs.sort((a, b) => (a.file < b.file ? -1 : 1));
  errors.sort((a, b) => (a.file < b.file ? -1 : 1));
  return {
    report: {
      version: 1,
      summary: {
        filesScanned: files.length,
        filesChanged: diffs.length,
        sitesRewritten: changes.length,
        sitesFallback: changes.filter((c) => c.kind === 'fallback').length,
        sitesManual: manual.length,
        errors: errors.length,
      },
      changes,
      manual,
      errors,
    },
    diffs,
  };
}
