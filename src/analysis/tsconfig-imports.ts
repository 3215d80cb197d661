import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { SOURCE_EXTENSION } from './source-lang.js';

/**
 * How a project's imports must name a TypeScript file, by its tsconfig: `.ts` as it is
 * (`allowImportingTsExtensions`), `.js` (node16/NodeNext resolution), or no extension (bundler
 * and classic node resolution). Asked only when a file's own relative imports do not say — a
 * file that imports through path aliases alone.
 */
export type TsImportSpelling = 'ts' | 'js' | 'none';

interface ImportOptions {
  allowImportingTsExtensions?: boolean;
  /** `compilerOptions.paths`: its keys are the project's path aliases (`@server/*`). */
  paths?: Record<string, unknown>;
  /** The directory `paths` targets are relative to: `baseUrl`, else the tsconfig that declares them. */
  pathsBase?: string;
  /** `compilerOptions.baseUrl`, resolved against the tsconfig that declares it. */
  baseUrl?: string;
  module?: string;
  moduleResolution?: string;
  /** An `extends` could not be read (a package not installed): what it sets is unknown. */
  incomplete?: boolean;
}

/** tsconfig's dialect of JSON (wrangler's `.jsonc` too): comments and trailing commas allowed. */
export function parseJsonc(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
}

function resolveExtends(from: string, target: string): string | undefined {
  if (target.startsWith('.') || target.startsWith('/')) {
    const path = resolve(dirname(from), target);
    return existsSync(path) ? path : existsSync(`${path}.json`) ? `${path}.json` : undefined;
  }
  const require = createRequire(from);
  for (const candidate of [target, `${target}.json`, `${target}/tsconfig.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // try the next spelling
    }
  }
  return undefined;
}

/** The import-related compiler options of `file`, its `extends` chain merged in (nearest wins). */
function importOptions(file: string, seen = new Set<string>()): ImportOptions {
  if (seen.has(file)) return {};
  seen.add(file);
  let json: { extends?: string | string[]; compilerOptions?: ImportOptions };
  try {
    json = parseJsonc(readFileSync(file, 'utf8')) as typeof json;
  } catch {
    return {};
  }
  const bases = json.extends === undefined ? [] : Array.isArray(json.extends) ? json.extends : [json.extends];
  let options: ImportOptions = {};
  for (const base of bases) {
    const path = typeof base === 'string' ? resolveExtends(file, base) : undefined;
    options = path ? { ...options, ...importOptions(path, seen) } : { ...options, incomplete: true };
  }
  const own = json.compilerOptions ?? {};
  for (const key of ['allowImportingTsExtensions', 'module', 'moduleResolution', 'paths'] as const) {
    if (own[key] !== undefined) (options as Record<string, unknown>)[key] = own[key];
  }
  if (typeof own.baseUrl === 'string') options.baseUrl = resolve(dirname(file), own.baseUrl);
  if (own.paths !== undefined) options.pathsBase = dirname(file);
  return options;
}

function spellingOf(options: ImportOptions): TsImportSpelling | undefined {
  if (options.allowImportingTsExtensions === true) return 'ts';
  // The unread base may set any of them: nothing here to go by.
  if (options.incomplete && options.module === undefined && options.moduleResolution === undefined) return undefined;
  const resolution = options.moduleResolution?.toLowerCase();
  if (resolution === 'node16' || resolution === 'nodenext') return 'js';
  const module = options.module?.toLowerCase();
  if (resolution === undefined && (module === 'node16' || module === 'node18' || module === 'node20' || module === 'nodenext')) return 'js';
  return 'none';
}

const byDirectory = new Map<string, ImportOptions | undefined>();

/** The import options of the nearest tsconfig.json above `filePath`; undefined without one. */
function nearestImportOptions(filePath: string): ImportOptions | undefined {
  const visited: string[] = [];
  let answer: ImportOptions | undefined;
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    if (byDirectory.has(dir)) {
      answer = byDirectory.get(dir);
      break;
    }
    visited.push(dir);
    const tsconfig = join(dir, 'tsconfig.json');
    if (existsSync(tsconfig)) {
      answer = importOptions(tsconfig);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  for (const dir of visited) byDirectory.set(dir, answer);
  return answer;
}

/** The spelling the nearest tsconfig.json above `filePath` asks for; undefined without one. */
export function tsImportSpellingFor(filePath: string): TsImportSpelling | undefined {
  const options = nearestImportOptions(filePath);
  return options && spellingOf(options);
}

/** What `specifier` matches of a `paths` pattern (`@server/*`): the part the `*` stands for ('' for an exact pattern), or undefined. */
function matchPathPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star === -1) return specifier === pattern ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  const matches = specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length;
  return matches ? specifier.slice(prefix.length, specifier.length - suffix.length) : undefined;
}

const underBaseUrl = new Map<string, boolean>();

/**
 * Whether `baseUrl` holds what `specifier` starts with: NestJS projects' `src/prisma/prisma.service`
 * with `"baseUrl": "./"` — TypeScript looks there before `node_modules`.
 */
function namesUnderBaseUrl(baseUrl: string, specifier: string): boolean {
  const first = join(baseUrl, specifier.split('/')[0]!);
  let found = underBaseUrl.get(first);
  if (found === undefined) {
    found = existsSync(first) || ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.d.ts'].some((extension) => existsSync(first + extension));
    underBaseUrl.set(first, found);
  }
  return found;
}

/** Whether `specifier` is one of the path aliases (`compilerOptions.paths`) of the nearest tsconfig.json above `filePath`, or names a module under its `baseUrl`. */
function isPathAlias(specifier: string, filePath: string): boolean {
  const options = nearestImportOptions(filePath);
  const paths = options?.paths;
  if (paths !== undefined && Object.keys(paths).some((pattern) => matchPathPattern(pattern, specifier) !== undefined)) return true;
  return options?.baseUrl !== undefined && !specifier.startsWith('.') && namesUnderBaseUrl(options.baseUrl, specifier);
}

/**
 * What a path alias stands for, as TypeScript maps it (`@/src/x` with `"@/*": ["./*"]` →
 * `<project>/src/x`; `src/x` under `"baseUrl": "./"`): the candidates, without extension, of the
 * longest matching pattern, else the path under `baseUrl`; empty for a specifier neither names.
 */
export function pathAliasTargets(specifier: string, importer: string): string[] {
  const options = nearestImportOptions(importer);
  const paths = options?.paths;
  // Without a matching `paths` pattern, TypeScript tries `baseUrl` itself.
  const fromBaseUrl = () => (options?.baseUrl !== undefined && !specifier.startsWith('.') && namesUnderBaseUrl(options.baseUrl, specifier) ? [resolve(options.baseUrl, specifier)] : []);
  if (!paths) return fromBaseUrl();
  // The longest prefix wins, as in TypeScript.
  let best: { prefix: number; captured: string; targets: unknown } | undefined;
  for (const [pattern, targets] of Object.entries(paths)) {
    const captured = matchPathPattern(pattern, specifier);
    const prefix = pattern.includes('*') ? pattern.indexOf('*') : pattern.length;
    if (captured === undefined || (best && best.prefix >= prefix)) continue;
    best = { prefix, captured, targets };
  }
  if (!best) return fromBaseUrl();
  if (!Array.isArray(best.targets)) return [];
  const base = options!.baseUrl ?? options!.pathsBase!;
  return best.targets.filter((t): t is string => typeof t === 'string').map((target) => resolve(base, target.replace('*', best.captured)));
}

/**
 * How the project's path aliases name a file (`<project>/lib/core/config.ts` → `@/lib/core/config`
 * with `"@/*": ["./*"]`), without its extension; undefined when no `paths` pattern of the nearest
 * tsconfig reaches it. Of several, the one whose target is the most specific (`@/lib/*` →
 * `./lib/*` over `@/*` → `./*`) — and then the one that resolves back to the file, as TypeScript
 * would resolve it (the longest pattern prefix wins there).
 */
export function aliasFor(file: string, importer: string): string | undefined {
  const options = nearestImportOptions(importer);
  if (!options?.paths) return undefined;
  const base = options.baseUrl ?? options.pathsBase!;
  const stem = resolve(file).replace(SOURCE_EXTENSION, '');
  let best: { specificity: number; alias: string } | undefined;
  for (const [pattern, targets] of Object.entries(options.paths)) {
    const star = pattern.indexOf('*');
    if (star === -1 || !Array.isArray(targets)) continue;
    for (const target of targets) {
      if (typeof target !== 'string' || !target.includes('*')) continue;
      const [before, after] = resolve(base, target.replace('*', '\0')).split('\0') as [string, string];
      const suffix = after.replace(SOURCE_EXTENSION, '');
      if (!stem.startsWith(before) || !stem.endsWith(suffix) || stem.length < before.length + suffix.length) continue;
      const alias = pattern.slice(0, star) + stem.slice(before.length, stem.length - suffix.length).split(sep).join('/') + pattern.slice(star + 1);
      if (best && best.specificity >= before.length) continue;
      if (!pathAliasTargets(alias, importer).some((candidate) => candidate.replace(SOURCE_EXTENSION, '') === stem)) continue;
      best = { specificity: before.length, alias };
    }
  }
  return best?.alias;
}

/**
 * A package specifier (`vitest`, `@scope/pkg/sub`), not a path or a path alias: `./x`, `/x`, the
 * usual alias spellings (`@/x`, `~/x`, `#x`; SvelteKit's `$lib/x`, `$app/x` — no npm name holds a
 * `$`) and whatever the nearest tsconfig's `paths` names (`@server/*`).
 */
export function isPackageSpecifier(specifier: string, filePath: string): boolean {
  return spelledAsPackage(specifier) && !isPathAlias(specifier, filePath);
}

/** The same by its spelling alone, where no file's tsconfig is at hand. */
export const spelledAsPackage = (specifier: string): boolean => !/^(?:\.|\/|@\/|~\/|#|\$)/.test(specifier);

/** `@scope/pkg/sub/path` → [`@scope/pkg`, `sub/path`]. */
export function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const length = specifier.startsWith('@') ? 2 : 1;
  return [parts.slice(0, length).join('/'), parts.slice(length).join('/')];
}
