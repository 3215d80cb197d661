import type { ResolvedConfig } from '../config/index.js';
import { findMissingExports, type CreatorSource, type MissingExport } from './creator-exports.js';
import { findCrossPackageImports, type CrossPackageImport } from './cross-package.js';
import type { FileMigration } from './types.js';

/**
 * What the migrated files now import their creators from, gathered file by file as a run
 * settles them, and checked once at its end: modules that do not export the creator, and
 * configured modules reached across workspace packages. Both `migrate` runners report it.
 */
export class CreatorImports {
  private readonly sources: CreatorSource[] = [];
  /** The new text of each changed file: a barrel that gains the creator in this run exports it. */
  private readonly migrated = new Map<string, string>();

  record(file: string, result: FileMigration): void {
    for (const source of result.creatorSources ?? []) this.sources.push({ importer: file, ...source });
    if (result.changed) this.migrated.set(file, result.output);
  }

  async check(config: ResolvedConfig, cwd: string): Promise<{ missingExports: MissingExport[]; crossPackageImports: CrossPackageImport[] }> {
    return {
      missingExports: await findMissingExports(this.sources, this.migrated, cwd, config),
      crossPackageImports: findCrossPackageImports(this.sources, config, cwd),
    };
  }
}
