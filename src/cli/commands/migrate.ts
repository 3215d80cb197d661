import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import type { MigrateOptions, MigrateRun } from '../../migrate/run-migrate.js';
import type { ThreadingReport } from '../../thread/types.js';
import { uncommittedChanges } from '../../migrate/git.js';
import { UsageError } from '../errors.js';
import { useColor } from '../output.js';

interface MigrateFlags {
  config?: string;
  dryRun?: boolean;
  only?: 'production' | 'tests';
  fallback?: 'request-scope' | 'manual';
  removeLegacy?: boolean;
  json?: boolean;
  force?: boolean;
  threadContext?: boolean;
  maxDepth?: number;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-depth must be a positive integer, got "${value}"`);
  return n;
}

function progressBar(): ((done: number, total: number | undefined) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    const finished = total !== undefined && done === total;
    if (!finished && now - last < 100) return;
    last = now;
    const width = 30;
    // While files are still being found the total is not known: a count, not a bar.
    const line = total === undefined
      ? `  migrating ${done} file(s), still finding files …`
      : `  migrating [${'#'.repeat(Math.round((done / total) * width))}${'.'.repeat(width - Math.round((done / total) * width))}] ${done}/${total}`;
    process.stderr.write(`\r\x1b[2K${line}${finished ? '\n' : ''}`);
  };
}

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('rewrite getter calls and direct constructions to per-request creators')
    .argument('[paths...]', 'files or directories to migrate (default: the config\'s include)')
    .option('--config <file>', 'path to ssot.config.json')
    .option('--dry-run', 'print a unified diff and write nothing')
    .addOption(new Option('--only <which>', 'migrate only production code or only tests (config "tests" globs)').choices(['production', 'tests']))
    .addOption(new Option('--fallback <mode>', 'with no context in scope: requireUserContext(), or leave it manual').choices(['request-scope', 'manual']))
    .option('--remove-legacy', "turn the getter's own module into the deprecated shim and delete its holder")
    .option('--json', 'print the machine-readable report (version 1)')
    .option('--force', 'run even with uncommitted changes in the git work tree')
    .option('--thread-context', 'pass the user context down from callers that have one (whole-program, with the type checker) instead of the fallback')
    .option('--max-depth <n>', 'with --thread-context: how many functions up a chain may gain the parameter', positiveInteger)
    .action(async (paths: string[], flags: MigrateFlags) => {
      const cwd = process.cwd();
      const config = loadConfig({ cwd, ...(flags.config ? { configPath: flags.config } : {}) });
      if (!flags.dryRun && !flags.force) {
        const dirty = uncommittedChanges(cwd);
        if (dirty && dirty.length > 0) {
          throw new UsageError(`refusing to migrate a git work tree with uncommitted changes (${dirty.length} file(s)); commit or stash them, or pass --force`);
        }
      }
      if (flags.maxDepth !== undefined && !flags.threadContext) throw new UsageError('--max-depth needs --thread-context');
      const progress = flags.json ? undefined : progressBar();
      // Loaded here, not at start-up: every other command would pay for them (the diff library alone is ≈ 20 ms).
      const [{ runMigrate }, { formatDiff, formatSummary, formatThreading }] = await Promise.all([import('../../migrate/run-migrate.js'), import('../../migrate/summary.js')]);
      const migrate: (options: MigrateOptions) => Promise<MigrateRun> = flags.threadContext
        ? async (options) => (await import('../../thread/run-thread.js')).runThreadedMigrate({ ...options, ...(flags.maxDepth ? { maxDepth: flags.maxDepth } : {}) })
        : runMigrate;
      const run = await migrate({
        config,
        cwd,
        paths,
        ...(flags.only ? { only: flags.only } : {}),
        ...(flags.fallback ? { fallback: flags.fallback } : {}),
        ...(flags.removeLegacy ? { removeLegacy: true } : {}),
        dryRun: flags.dryRun ?? false,
        ...(progress ? { onProgress: progress } : {}),
      });
      if (flags.json) process.stdout.write(JSON.stringify(run.report, null, 2) + '\n');
      else {
        if (flags.dryRun && run.diffs.length > 0) process.stdout.write(formatDiff(run, useColor()) + '\n');
        (flags.dryRun ? process.stderr : process.stdout).write(formatSummary(run, flags.dryRun ?? false, config.context.module));
        if ('threading' in run.report) (flags.dryRun ? process.stderr : process.stdout).write(formatThreading(run.report.threading as ThreadingReport));
      }
      process.exitCode = run.report.errors.length > 0 ? 1 : 0;
    });
}
