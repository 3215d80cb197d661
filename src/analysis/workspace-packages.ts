import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDirectory, resolveFileLike } from './module-files.js';
import { splitSpecifier } from './tsconfig-imports.js';

/**
 * The source file a workspace package specifier names (`@documenso/lib/server-only/license/license-client`
 * from another package of the monorepo), found from the workspace's own `package.json`
 * `workspaces` or `pnpm-workspace.yaml`, so the answer needs no `npm install`. Only a package
 * shipped as TypeScript source is read — its `exports` (or, without them, its directory) naming a
 * `.ts`/`.tsx`/`.mts`/`.cts` file; one built to `dist/` is a build's output, stale until the next
 * build, and is left unresolved.
 */

type PackageJson = { name?: unknown; workspaces?: unknown; exports?: unknown; main?: unknown; types?: unknown };

const TS_SOURCE = /(?<!\.d)\.(?:ts|tsx|mts|cts)$/;
// Conditions in `exports`, in the order a TypeScript build would pick its source.
const CONDITIONS = ['types', 'import', 'node', 'require', 'default'];

function readJson(path: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

/** The workspace globs a repository root declares: `package.json` `workspaces` (npm, yarn, bun) or `pnpm-workspace.yaml`. */
function workspaceGlobs(root: string): string[] | undefined {
  const workspaces = readJson(join(root, 'package.json'))?.workspaces;
  const listed = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
  if (Array.isArray(listed)) return listed.filter((glob): glob is string => typeof glob === 'string');
  let yaml: string;
  try {
    yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  } catch {
    return undefined;
  }
  // The `packages:` list: `  - 'packages/*'` lines up to the next top-level key.
  const globs: string[] = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^\S/.test(line)) inPackages = /^packages\s*:/.test(line);
    else if (inPackages) {
      const item = /^\s+-\s*(['"]?)([^'"#]+?)\1\s*(?:#.*)?$/.exec(line);
      if (item) globs.push(item[2]!);
    }
  }
  return globs;
}

/** The directories a workspace glob names: `packages/*`, `apps/**`, `tools/cli`. */
function expand(root: string, glob: string): string[] {
  let dirs = [root];
  for (const segment of glob.replace(/^\.\//, '').replace(/\/$/, '').split('/')) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (segment === '**') next.push(dir, ...descendants(dir, 3));
      else if (segment.includes('*')) {
        const pattern = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
        next.push(...children(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name)));
      } else if (isDirectory(join(dir, segment))) next.push(join(dir, segment));
    }
    dirs = next;
  }
  return dirs;
}

function children(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch {
    return [];
  }
}

function descendants(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return children(dir).flatMap((name) => [join(dir, name), ...descendants(join(dir, name), depth - 1)]);
}

/** The workspace a directory belongs to: the nearest ancestor declaring workspaces, with its packages by name. */
function workspaceOf(dir: string, cache: Map<string, ReadonlyMap<string, string> | null>): ReadonlyMap<string, string> | null {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const globs = workspaceGlobs(dir);
  let found: ReadonlyMap<string, string> | null = null;
  if (globs) {
    const packages = new Map<string, string>();
    for (const glob of globs.filter((g) => !g.startsWith('!'))) {
      for (const packageDir of expand(dir, glob)) {
        const name = readJson(join(packageDir, 'package.json'))?.name;
        if (typeof name === 'string' && !packages.has(name)) packages.set(name, packageDir);
      }
    }
    found = packages;
  } else if (dirname(dir) !== dir) found = workspaceOf(dirname(dir), cache);
  cache.set(dir, found);
  return found;
}

/** The first target a conditions object (or a nested one) gives, in `CONDITIONS` order. */
function conditionTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return undefined;
  for (const condition of CONDITIONS) {
    const chosen = conditionTarget((target as Record<string, unknown>)[condition]);
    if (chosen !== undefined) return chosen;
  }
  return undefined;
}

/** The `exports` target for a subpath (`.` or `./sub/path`): exact keys, then `*` patterns. */
function exportsTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string' || (exports !== null && typeof exports === 'object' && !Object.keys(exports).some((key) => key.startsWith('.')))) {
    return subpath === '.' ? conditionTarget(exports) : undefined;
  }
  if (exports === null || typeof exports !== 'object') return undefined;
  const map = exports as Record<string, unknown>;
  if (subpath in map) return conditionTarget(map[subpath]);
  for (const [key, value] of Object.entries(map)) {
    const star = key.indexOf('*');
    if (star < 0 || !subpath.startsWith(key.slice(0, star)) || !subpath.endsWith(key.slice(star + 1))) continue;
    const target = conditionTarget(value);
    return target?.replace('*', subpath.slice(star, subpath.length - (key.length - star - 1)));
  }
  return undefined;
}

/** A TypeScript source a path names, with or without its extension (`./x.js` under NodeNext names `x.ts`). */
function sourceFile(base: string): string | undefined {
  const file = resolveFileLike(base);
  return file !== undefined && TS_SOURCE.test(file) ? file : undefined;
}

/**
 * A resolver for one run (it reads each workspace once): the source file `specifier` names in a
 * workspace package of `importer`'s repository; undefined for anything else.
 */
export function workspaceModuleResolver(): (importer: string, specifier: string) => string | undefined {
  const cache = new Map<string, ReadonlyMap<string, string> | null>();
  return (importer, specifier) => {
    if (specifier.startsWith('.') || specifier.startsWith('/')) return undefined;
    const [name, rest] = splitSpecifier(specifier);
    const packageDir = workspaceOf(dirname(importer), cache)?.get(name);
    if (!packageDir) return undefined;
    const manifest = readJson(join(packageDir, 'package.json')) ?? {};
    if (manifest.exports !== undefined) {
      const target = exportsTarget(manifest.exports, rest === '' ? '.' : `./${rest}`);
      return target === undefined ? undefined : sourceFile(join(packageDir, target));
    }
    if (rest !== '') return sourceFile(join(packageDir, rest));
    const entry = [manifest.types, manifest.main].find((field): field is string => typeof field === 'string');
    return sourceFile(join(packageDir, entry ?? 'index'));
  };
}
