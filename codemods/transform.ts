import type { FileInfo, Options } from 'jscodeshift';
import { loadFastParser } from '../src/analysis/fast-parser.js';
import { mayContainFactorySite } from '../src/analysis/prefilter.js';
import { migrateSource } from '../src/migrate/migrate-source.js';
import type { MigrateSourceOptions } from '../src/migrate/types.js';
import { configForFile } from './load-config.js';

/**
 * What every transform here does for jscodeshift: migrate one file with src/migrate (the same
 * analysis and edit planner as the ESLint autofix and `ssot-kit migrate`), return the new
 * source, or undefined when nothing changes (jscodeshift then reports "unmodified"). A file
 * that does not parse throws, which jscodeshift reports as an error and leaves untouched.
 */
// The fast parser loads asynchronously and a jscodeshift transform is synchronous: start it now,
// and the files jscodeshift hands over before it is ready use the reference parser, which
// produces the same tree (test/check/fast-parser.test.ts). Under jscodeshift's Babel mode it
// cannot load (Babel compiles oxc's ES module to CommonJS) and every file uses the reference.
void loadFastParser();

export function runTransform(file: FileInfo, options: Options, sourceOptions: MigrateSourceOptions): string | undefined {
  const config = configForFile(file.path, options);
  // The same cheap skip `ssot-kit migrate` uses: a file that names no getter, creator or class
  // has nothing to rewrite (and the shim needs the getter's name too).
  if (!mayContainFactorySite(file.source, config)) return undefined;
  const fallback = options['fallback'] === 'manual' || options['fallback'] === 'request-scope' ? { fallback: options['fallback'] as 'manual' | 'request-scope' } : {};
  const result = migrateSource(file.source, file.path, config, { ...sourceOptions, ...fallback });
  if (result.error) throw new Error(`${file.path}: ${result.error}`);
  return result.changed ? result.output : undefined;
}
