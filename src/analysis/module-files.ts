import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SOURCE_EXTENSION } from './source-lang.js';
import { pathAliasTargets } from './tsconfig-imports.js';

// The file a module specifier names, found as TypeScript finds it: shared by the creator-export
// check (relative modules, path aliases), the workspace-package resolver and the holder rule's
// look at a class another file of the project declares.

// What TypeScript tries for an extensionless relative specifier, in its order.
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
// A specifier naming the emitted file (`./factory.js` under NodeNext) means the source next to it.
export const SOURCES_OF: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx', '.d.ts'], '.jsx': ['.tsx'], '.mjs': ['.mts', '.d.mts'], '.cjs': ['.cts', '.d.cts'] };

// `throwIfNoEntry` covers ENOENT only: `./config/index.ts` with a file named `config` throws ENOTDIR.
function stat(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export const isFile = (path: string): boolean => stat(path)?.isFile() ?? false;
export const isDirectory = (path: string): boolean => stat(path)?.isDirectory() ?? false;

/** The source file a path names, with or without its extension, as TypeScript looks for it. */
export function resolveFileLike(base: string): string | undefined {
  const extension = SOURCE_EXTENSION.exec(base)?.[0];
  const tries = extension
    ? [...(SOURCES_OF[extension] ?? []).map((e) => base.slice(0, -extension.length) + e), base]
    : [...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)];
  return tries.find(isFile);
}

/** The file a relative specifier names, as TypeScript resolves it; undefined for a package, a path alias or nothing there. */
export function resolveRelativeModule(importer: string, specifier: string): string | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') return undefined;
  return resolveFileLike(resolve(dirname(importer), specifier));
}

/** The file a relative specifier or a tsconfig path alias (`@/src/x`) names; undefined for a package or nothing there. */
export function resolveProjectModule(importer: string, specifier: string): string | undefined {
  return resolveRelativeModule(importer, specifier) ?? pathAliasTargets(specifier, importer).map(resolveFileLike).find((file) => file !== undefined);
}
