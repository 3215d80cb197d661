import type { MigrateReport, MigrateRun } from './run-migrate.js';

/** What a run collected, in the order files finished — which worker threads make arbitrary. */
export interface MigrateResults {
  readonly filesScanned: number;
  readonly changes: Array<MigrateReport['changes'][number]>;
  readonly manual: Array<MigrateReport['manual'][number]>;
  readonly errors: Array<MigrateReport['errors'][number]>;
  readonly diffs: Array<MigrateRun['diffs'][number]>;
  readonly sharedLocals: number;
  readonly missingExports: MigrateReport['missingExports'];
  readonly crossPackageImports: MigrateReport['crossPackageImports'];
}

const byFileLine = <T extends { file: string; line: number }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** The `--json` report of a run (`migrate` and `migrate --thread-context` alike), sorted by file and line so that it is the same however the work was split. */
export function migrateRun(results: MigrateResults): MigrateRun {
  const { filesScanned, changes, manual, errors, diffs, sharedLocals, missingExports, crossPackageImports } = results;
  changes.sort(byFileLine);
  manual.sort(byFileLine);
  diffs.sort(byFile);
  errors.sort(byFile);
  return {
    report: {
      version: 1,
      summary: {
        filesScanned,
        filesChanged: diffs.length,
        sitesRewritten: changes.length,
        sitesFallback: changes.filter((c) => c.kind === 'fallback').length,
        sitesManual: manual.length,
        errors: errors.length,
        sharedLocals,
        sitesSharingLocals: changes.filter((c) => c.local !== undefined).length,
      },
      changes,
      changedFiles: diffs.map((diff) => diff.file),
      manual,
      errors,
      missingExports,
      crossPackageImports,
    },
    diffs,
  };
}
