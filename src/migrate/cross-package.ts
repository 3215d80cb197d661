import type { ResolvedConfig } from '../config/index.js';
import { namedPackageOf } from '../analysis/single-user-package.js';
import { toPosixRelative } from '../check/posix-path.js';
import { resolveRelativeModule } from '../analysis/module-files.js';
import type { CreatorSource } from './creator-exports.js';

/** A creator module of one workspace package that migrated files of others reach by relative path (`--json`: `crossPackageImports[]`). */
export interface CrossPackageImport {
  readonly file: string;
  readonly package: string;
  readonly importedBy: readonly string[];
}

/**
 * A configured `./path` creator module is spelt relative to each file that imports it, which in a
 * monorepo can reach into another package's sources (`../../../core/src/singletons/tracer.js`):
 * that compiles in place, but breaks the package's own build and its published form. Those
 * imports are reported, with the package to name in `factories[].module` instead.
 */
export function findCrossPackageImports(sources: readonly CreatorSource[], config: ResolvedConfig, cwd: string): CrossPackageImport[] {
  const found = new Map<string, { file: string; package: string; importedBy: Set<string> }>();
  // Only the configured `./path` modules: an import that follows the file's own import of the
  // getter reaches wherever that one already did, which is the file's business.
  const configuredPath = new Set(config.factories.filter((f) => f.module?.startsWith('.')).map((f) => f.creator));
  for (const { importer, creator, module } of sources) {
    if (!configuredPath.has(creator)) continue;
    const file = resolveRelativeModule(importer, module);
    if (!file) continue;
    const target = namedPackageOf(file);
    const own = namedPackageOf(importer);
    if (!target || !own || target.dir === own.dir) continue;
    let entry = found.get(file);
    if (!entry) found.set(file, (entry = { file, package: target.name, importedBy: new Set() }));
    entry.importedBy.add(toPosixRelative(cwd, importer));
  }
  return [...found.values()]
    .map(({ file, package: name, importedBy }) => ({ file: toPosixRelative(cwd, file), package: name, importedBy: [...importedBy].sort() }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
