import { basename, dirname } from 'node:path';
import type { FactorySite } from './types.js';
import { SOURCE_EXTENSION } from './source-lang.js';
import { isPackageSpecifier } from './tsconfig-imports.js';

// `fileWatcher.test.ts`, `queue.spec.mts`, `log.vitest.ts`, `__tests__/fileWatcher.ts`; `ocrProcessor.advanced.test.ts` for one aspect of it.
const TEST_MARKER = /\.(?:test|spec|vitest)$/;

/** `fileWatcher` for `…/fileWatcher.test.ts` and `…/__tests__/fileWatcher.ts`; undefined for a file that is no test by its name. */
function testedModuleStem(filePath: string): string | undefined {
  const stem = basename(filePath).replace(SOURCE_EXTENSION, '');
  if (TEST_MARKER.test(stem)) return stem.replace(TEST_MARKER, '');
  return /[\\/]__tests__[\\/]/.test(filePath) ? stem : undefined;
}

/**
 * A construction in the class's own unit test — `new FileWatcher()` in `fileWatcher.test.ts`, the
 * class imported from `./fileWatcher` — tests the class; it acquires no factory for a request.
 * Not a site: the rule does not flag it and the codemod leaves it (rewritten, the test would need
 * a request scope just to build what it tests). Known by the test's name matching the module's.
 */
export function isOwnUnitTestConstruction(site: FactorySite, filePath: string): boolean {
  // A module of the project's: by a relative path, or a path alias (sim's
  // `database.test.ts` importing `@/lib/core/async-jobs/backends/database`).
  if (site.kind !== 'construction' || site.source === undefined || isPackageSpecifier(site.source, filePath)) return false;
  const tested = testedModuleStem(filePath);
  if (tested === undefined) return false;
  const module = basename(site.source).replace(SOURCE_EXTENSION, '');
  // `../agents/index.js` is the `agents` module.
  return testsModule(tested, module) || (module === 'index' && testsModule(tested, basename(dirname(site.source))));
}

// What follows a file's name that makes another file of it, not an aspect of its test: an extension, a backup's mark.
const NOT_AN_ASPECT = /^(?:[cm]?[jt]sx?|d|bak|old|orig|copy|backup|tmp)$/i;

/**
 * Whether a test's stem names the module: `ocrProcessor` itself, or one aspect of it,
 * `ocrProcessor.googleVision` (Schedule-Parser-App's OCR tests, one file per engine) — not
 * `factory.ts.bak`, a copy of another file.
 */
function testsModule(tested: string, module: string): boolean {
  if (tested === module) return true;
  if (!tested.startsWith(`${module}.`)) return false;
  const aspects = tested.slice(module.length + 1).split('.');
  return aspects.every((aspect) => /^[A-Za-z][\w-]*$/.test(aspect) && !NOT_AN_ASPECT.test(aspect));
}
