import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { SOURCE_EXTENSION } from './source-lang.js';
import { isPackageSpecifier, pathAliasTargets, splitSpecifier } from './tsconfig-imports.js';
import type { FactorySite } from './types.js';
import { packageNameOf } from './single-user-package.js';

// How a file spells a module the rewrite imports from — the configured creator or context module,
// re-based on the file's directory — and whether two spellings name one module.

/** A configured module as `filePath` must spell it: a package as is; a `./path` (relative to the config) re-based on the file's own directory. */
export function configuredModuleSpecifier(module: string, config: ResolvedConfig, filePath: string): string {
  if (!module.startsWith('./') && !module.startsWith('../')) return module;
  let specifier = relative(dirname(resolve(filePath)), resolve(config.rootDir, module)).split(sep).join('/');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return specifier;
}

/** Supabase's folder of Edge Functions, whose modules run on Deno. */
const SUPABASE_FUNCTIONS = /\/supabase\/functions\//;

/** A specifier only Deno (or a page) reads: `npm:openai@4`, `jsr:@std/http`, `https://esm.sh/…`. */
const DENO_SPECIFIER = /^(?:npm:|jsr:|https?:\/\/)/;

/**
 * Whether a module takes its packages the way Deno does — through `npm:` or `jsr:` specifiers or
 * URLs, never by a bare name (a Supabase Edge Function: loopgpt-backend's `import OpenAI from
 * 'https://esm.sh/openai@4.20.1'`), or lies among Supabase's Edge Functions and imports no package
 * by a bare name: Deno resolves a bare `ssot-kit/runtime` only through an import map or a
 * `package.json`, so the module's own way is the one that works. `node:` builtins and relative
 * paths say nothing either way.
 */
function importsPackagesAsDeno(program: TSESTree.Program, filePath: string): boolean {
  // Where Supabase keeps its Edge Functions, every module runs on Deno (a module importing only
  // its neighbours, `./clients/krogerClient.ts`, as much as one importing `npm:openai@4`).
  let deno = SUPABASE_FUNCTIONS.test(resolve(filePath).split(sep).join('/'));
  for (const statement of program.body) {
    const source = (statement.type === 'ImportDeclaration' || statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') ? statement.source?.value : undefined;
    if (typeof source !== 'string' || source.startsWith('node:')) continue;
    if (DENO_SPECIFIER.test(source)) deno = true;
    else if (isPackageSpecifier(source, filePath)) return false;
  }
  return deno;
}

/**
 * The module to import `requireUserContext` from, as this file must spell it: the configured one,
 * re-based on the file's directory when it is a path; a package `npm:`-prefixed in a module that
 * takes every package so (see importsPackagesAsDeno).
 */
export function contextModuleSpecifier(config: ResolvedConfig, filePath: string, program?: TSESTree.Program): string {
  const specifier = configuredModuleSpecifier(config.context.module, config, filePath);
  return program !== undefined && isPackageSpecifier(specifier, filePath) && !DENO_SPECIFIER.test(specifier) && importsPackagesAsDeno(program, filePath) ? `npm:${specifier}` : specifier;
}

/**
 * Whether two specifiers written in `filePath` name the same module: equal, or relative paths or
 * path aliases to the same file once the extension (`.js` for a `.ts` file under node16
 * resolution) and a trailing `/index` are set aside.
 */
export function sameModule(a: string, b: string, filePath: string): boolean {
  if (a === b) return true;
  const identity = (s: string) => {
    // A path alias is the file it stands for (`@/lib/config` and `../lib/config` in one file).
    const path = s.startsWith('./') || s.startsWith('../') ? resolve(dirname(resolve(filePath)), s) : isPackageSpecifier(s, filePath) ? undefined : pathAliasTargets(s, filePath)[0];
    return path?.replace(SOURCE_EXTENSION, '').replace(/[\\/]index$/, '');
  };
  const first = identity(a);
  return first !== undefined && first === identity(b);
}

/**
 * Where this file imports a factory's creator from: the configured `module` (moved), spelt the
 * way the file already imports that module when it does (`../globals.js`), or else the module
 * the getter or class came from.
 */
export function creatorModuleFor(site: FactorySite, config: ResolvedConfig, filePath: string): string | undefined {
  if (site.factory.module === undefined) return site.source;
  const configured = configuredModuleSpecifier(site.factory.module, config, filePath);
  // This file is the creator's module: the creator is declared here, never imported from itself.
  if (sameModule(configured, `./${basename(filePath)}`, filePath)) return undefined;
  if (site.source !== undefined && (sameModule(site.source, configured, filePath) || takesFromItsPackage(site.source, configured, filePath))) return site.source;
  return configured;
}

/**
 * Whether a file of another workspace package took the getter from the creator module's package by
 * its name (node-opcua's `import { getStandardDataTypeFactory } from 'node-opcua-factory'`): then
 * it takes the creator the same way. The configured `./path`, spelt from that file, would reach
 * into the package's sources (`../../../node-opcua-factory/source/…`) — which compiles in place
 * but breaks the package's own build (TS6059, TS6305 under project references) and its published form.
 */
function takesFromItsPackage(source: string, configured: string, filePath: string): boolean {
  if (!configured.startsWith('.') || !isPackageSpecifier(source, filePath)) return false;
  const [name] = splitSpecifier(source);
  return packageNameOf(resolve(dirname(resolve(filePath)), configured)) === name && packageNameOf(resolve(filePath)) !== name;
}
