import { readFileSync, statSync } from 'node:fs';
import type { TSESTree } from '@typescript-eslint/utils';
import { localClass, localFunction, localType } from './local-types.js';
import { resolveProjectModule } from './module-files.js';
import { parseFile, stripBom } from './parse.js';
import { isPackageSpecifier } from './tsconfig-imports.js';
import { exportsMember, isModuleExports } from './commonjs-exports.js';
import { workspaceModuleResolver } from './workspace-packages.js';
import { requiredBindings, staticName, unwrapExpression, walk } from './walk.js';

/** The file each analysed module was read from: the rule and `init` say it before they ask. */
const filesOf = new WeakMap<TSESTree.Program, string>();

/** Records which file a module's AST came from, so that a question about an import can find the module it names. */
export function rememberFileOf(program: TSESTree.Program, filePath: string): void {
  filesOf.set(program, filePath);
}

/** A class another file of the project declares, with the module it is declared in. */
export interface ImportedClass {
  readonly program: TSESTree.Program;
  readonly name: string;
}

/**
 * The class a module imports under `name` from another file of the project — `import {
 * SupabaseMemoryProvider } from './supabase-provider.js'`, a path alias, a default import of
 * `export default class`, a `require()` of a CommonJS module — read from the file that declares it
 * as the rule reads its own, through a barrel's re-exports (`export { X } from './x'`, `export *
 * from './x'`) a few files deep.
 * Undefined for a package's class, a file that is not there or does not parse, or a type-only
 * import — unless `asType`: a field declared as the class is (`private readonly client: Client`
 * after `import type { Client }`) names it as well as a value import does.
 */
export function importedClass(program: TSESTree.Program, name: string, asType = false): ImportedClass | undefined {
  const imported = projectImport(program, name, asType);
  return imported && exportedDeclaration(imported.file, imported.name, 0, (other, local) => (localClass(other, local) ? { program: other, name: local } : undefined));
}

/**
 * The function a module imports under `name` from another file of the project — `import { getEnv }
 * from './utils/env.server'`, `export function` or `export const … = () => …` there — found as
 * importedClass finds a class.
 */
export function importedFunction(program: TSESTree.Program, name: string): ReturnType<typeof localFunction> {
  const imported = projectImport(program, name, false);
  return imported && exportedDeclaration(imported.file, imported.name, 0, localFunction);
}

/**
 * The class of the app's own a type names — the module's, or another file's imported for its type
 * alone too (`private readonly client: ServiceNowHttpClient`) — with the module that declares it.
 */
export function appClassNamed(program: TSESTree.Program, name: string): ImportedClass | undefined {
  return localClass(program, name) ? { program, name } : importedClass(program, name, true);
}

/**
 * The interface or type alias a module imports under `name` from another file of the project —
 * `import { type DbReadiness } from '../db/railwayReady.ts'`, through barrels as importedClass
 * goes — as localType answers for the module's own: an interface's members, or an alias's type.
 * Undefined for a package's type, or one the file does not declare plainly (see localType).
 */
export function importedType(program: TSESTree.Program, name: string): ReturnType<typeof localType> {
  const imported = projectImport(program, name, true);
  return imported && exportedType(imported.file, imported.name, 0);
}

/** The type the module at `file` exports as `exported`, declared there or re-exported from a file of the project. */
function exportedType(file: string | undefined, exported: string, depth: number): ReturnType<typeof localType> {
  const other = file === undefined ? null : parsedModule(file);
  if (other === null) return undefined;
  const local = exportedTypeName(other, exported);
  if (local !== undefined) return localType(other, local);
  if (depth >= DEEPEST_REEXPORT) return undefined;
  for (const from of reexportSources(other, exported, true)) {
    const target = projectModule(file!, from.source);
    if (target === undefined) continue;
    const found = exportedType(target, from.name, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The name a module's interface or type alias is declared under for what it exports as `exported`: `export interface X`, `export type X = …`, `export type { Local as X }`. */
function exportedTypeName(program: TSESTree.Program, exported: string): string | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const declaration = statement.declaration;
    if ((declaration?.type === 'TSInterfaceDeclaration' || declaration?.type === 'TSTypeAliasDeclaration') && declaration.id.name === exported) return exported;
    for (const specifier of statement.specifiers) {
      if (staticName(specifier.exported) === exported && specifier.local.type === 'Identifier') return specifier.local.name;
    }
  }
  return undefined;
}

/**
 * The workspace packages of a monorepo are the app's own code: `import { resolveServerAlphaFlags }
 * from '@profitabledge/platform'` names a TypeScript source of another package of the repository,
 * read without `npm install` (see workspace-packages.ts). One resolver for the process: it reads
 * each workspace's manifests once.
 */
const workspaceModule = workspaceModuleResolver();

/** The file of the project a specifier names from `importer`: a relative path, a path alias, or a workspace package's source. */
function projectModule(importer: string, specifier: string): string | undefined {
  return isPackageSpecifier(specifier, importer) ? workspaceModule(importer, specifier) : resolveProjectModule(importer, specifier);
}

/** The file of the project a module imports `name` from, and the name it is exported under there; undefined for a package's import or none. */
function projectImport(program: TSESTree.Program, name: string, asType: boolean): { file: string | undefined; name: string } | undefined {
  const importer = filesOf.get(program);
  const imported = importer === undefined ? undefined : importedBinding(program, name, asType);
  if (importer === undefined || imported === undefined) return undefined;
  const file = projectModule(importer, imported.source);
  if (file === undefined && isPackageSpecifier(imported.source, importer)) return undefined;
  return { file, name: imported.name };
}

// How many barrels deep an export is followed: `services/index.ts` → `services/memory/index.ts` → the class's file.
const DEEPEST_REEXPORT = 3;

/** What the module at `file` exports as `exported` — a class, a function, as `declared` finds it there — declared there or re-exported from a file of the project. */
function exportedDeclaration<T>(file: string | undefined, exported: string, depth: number, declared: (program: TSESTree.Program, local: string) => T | undefined): T | undefined {
  const other = file === undefined || /\.d\.[cm]?ts$/.test(file) ? null : parsedModule(file);
  if (other === null) return undefined;
  const local = exportedLocalName(other, exported);
  if (local !== undefined) return declared(other, local);
  if (depth >= DEEPEST_REEXPORT) return undefined;
  for (const from of reexportSources(other, exported)) {
    const target = projectModule(file!, from.source);
    if (target === undefined) continue;
    const found = exportedDeclaration(target, from.name, depth + 1, declared);
    if (found) return found;
  }
  return undefined;
}

/** Where a module re-exports `exported` from: `export { X } from './x'` (also renamed), or each `export * from './y'`; a type-only one too when `types`. */
function reexportSources(program: TSESTree.Program, exported: string, types = false): Array<{ source: string; name: string }> {
  const named: Array<{ source: string; name: string }> = [];
  const stars: Array<{ source: string; name: string }> = [];
  for (const statement of program.body) {
    if (statement.type === 'ExportAllDeclaration' && statement.exported === null && (types || statement.exportKind !== 'type')) stars.push({ source: statement.source.value, name: exported });
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source || (!types && statement.exportKind === 'type')) continue;
    for (const specifier of statement.specifiers) {
      const local = staticName(specifier.local);
      if (staticName(specifier.exported) === exported && local !== undefined && (types || specifier.exportKind !== 'type')) named.push({ source: statement.source.value, name: local });
    }
  }
  return [...named, ...stars];
}

/**
 * The specifier and the exported name (`default` for a default import, or for a whole `require()`)
 * a value import binds `name` to: `import { X } from './x'`, `const X = require('./x')`, `const { X }
 * = require('./x')` — and a type-only one too when `asType`.
 */
function importedBinding(program: TSESTree.Program, name: string, asType: boolean): { source: string; name: string } | undefined {
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const bound = requiredBindings(declarator).find((binding) => binding.local.name === name);
        if (bound) return { source: bound.source, name: bound.imported };
      }
      continue;
    }
    if (statement.type !== 'ImportDeclaration' || (statement.importKind === 'type' && !asType)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== name) continue;
      if (specifier.type === 'ImportDefaultSpecifier') return { source: statement.source.value, name: 'default' };
      const exported = specifier.type === 'ImportSpecifier' && (specifier.importKind !== 'type' || asType) ? staticName(specifier.imported) : undefined;
      return exported === undefined ? undefined : { source: statement.source.value, name: exported };
    }
  }
  return undefined;
}

/**
 * The name a module's class or function is declared under for what it exports as `exported`:
 * `export class X`, `export function X`, `export const X = …`, `export { Local as X }`, `export
 * default class X` — or, in CommonJS, `module.exports = X` (what a
 * whole `require()` binds), `module.exports = { X }`, `exports.X = X`.
 */
function exportedLocalName(program: TSESTree.Program, exported: string): string | undefined {
  for (const statement of program.body) {
    if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '=') {
      const local = commonJsExport(statement.expression, exported);
      if (local !== undefined) return local;
      continue;
    }
    if (exported === 'default' && statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      if (declaration.type === 'ClassDeclaration' || declaration.type === 'FunctionDeclaration') return declaration.id?.name;
      return declaration.type === 'Identifier' ? declaration.name : undefined;
    }
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const declaration = statement.declaration;
    if ((declaration?.type === 'ClassDeclaration' || declaration?.type === 'FunctionDeclaration') && declaration.id?.name === exported) return exported;
    if (declaration?.type === 'VariableDeclaration' && declaration.declarations.some((declarator) => declarator.id.type === 'Identifier' && declarator.id.name === exported)) return exported;
    for (const specifier of statement.specifiers) {
      if (staticName(specifier.exported) === exported && specifier.local.type === 'Identifier') return specifier.local.name;
    }
  }
  return undefined;
}

/** The local name a CommonJS export assignment gives `exported`: `module.exports = X` for `default`, `module.exports = { X }` or `exports.X = X` for `X`. */
function commonJsExport(assignment: TSESTree.AssignmentExpression, exported: string): string | undefined {
  const value = unwrapExpression(assignment.right);
  if (isModuleExports(assignment.left)) {
    if (exported === 'default') return value.type === 'Identifier' ? value.name : undefined;
    if (value.type !== 'ObjectExpression') return undefined;
    for (const property of value.properties) {
      if (property.type === 'Property' && !property.computed && staticName(property.key) === exported && property.value.type === 'Identifier') return property.value.name;
    }
    return undefined;
  }
  return exportsMember(assignment.left) === exported && value.type === 'Identifier' ? value.name : undefined;
}

// A module's source this size is generated or vendored, not a class someone wrote beside a holder.
const LARGEST_READ_MODULE = 512 * 1024;

/** Modules read for their classes, by path, with the size and time that say the file is unchanged (an editor's ESLint runs for hours). */
const modules = new Map<string, { readonly size: number; readonly mtimeMs: number; readonly program: TSESTree.Program | null }>();

/** The module at `file`, parsed as the gate parses, with every node's parent set; null when it is too large or does not parse. */
function parsedModule(file: string): TSESTree.Program | null {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return null;
  }
  const known = modules.get(file);
  if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) return known.program;
  let program: TSESTree.Program | null = null;
  if (stats.size <= LARGEST_READ_MODULE) {
    try {
      program = parseFile(stripBom(readFileSync(file, 'utf8')).text, file).ast;
      // The analysis walks up from nodes; a parser that left `parent` unset gets it here.
      walk(program, () => {});
    } catch {
      program = null;
    }
  }
  modules.set(file, { size: stats.size, mtimeMs: stats.mtimeMs, program });
  // Its own imports are followed as the linted file's are (a field declared as a class it imports).
  if (program) filesOf.set(program, file);
  return program;
}
