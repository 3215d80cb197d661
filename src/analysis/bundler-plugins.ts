import type { TSESTree } from '@typescript-eslint/utils';
import { exportedNames, localFunction } from './local-types.js';

// The bundlers whose plugins are objects a function returns, and the names of their plugin types.
const BUNDLER_PACKAGE = /^(?:vite|rollup|rolldown|esbuild)$/;
const PLUGIN_TYPE_NAMES: ReadonlySet<string> = new Set(['Plugin', 'PluginOption']);
// What a plugin function may hand its plugins back in: a promise of them, a list of them.
const WRAPPERS: ReadonlySet<string> = new Set(['Promise', 'Array', 'ReadonlyArray']);

/**
 * Whether the module is a bundler's plugin: it exports functions, and every one is declared to
 * return a Vite, Rollup, Rolldown or esbuild plugin (`Plugin`, `PluginOption`, a list or a promise
 * of them, the type imported from the bundler). Such a module runs in the bundler's process — a
 * developer's dev server or a build — which no request reaches: vben admin's
 * `viteImportMapPlugin(): Promise<Plugin[]>` keeps its import-map `generator` so.
 */
export function isBundlerPlugin(program: TSESTree.Program): boolean {
  const pluginTypes = importedPluginTypes(program);
  if (pluginTypes.size === 0) return false;
  const exported = exportedFunctions(program);
  return exported.length > 0 && exported.every((fn) => returnsPlugins(fn.returnType?.typeAnnotation, pluginTypes));
}

/** The local names the module imports the bundlers' plugin types under (`import type { Plugin } from 'vite'`). */
function importedPluginTypes(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !BUNDLER_PACKAGE.test(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.imported.type === 'Identifier' && PLUGIN_TYPE_NAMES.has(specifier.imported.name)) names.add(specifier.local.name);
    }
  }
  return names;
}

/** The functions the module exports by name or as its default (a value exported beside them is no function, and says nothing). */
function exportedFunctions(program: TSESTree.Program): TSESTree.FunctionLike[] {
  const functions: TSESTree.FunctionLike[] = [];
  for (const [, local] of exportedNames(program)) {
    const fn = localFunction(program, local);
    if (fn) functions.push(fn);
  }
  for (const statement of program.body) {
    if (statement.type !== 'ExportDefaultDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration.type === 'FunctionDeclaration' || declaration.type === 'ArrowFunctionExpression' || declaration.type === 'FunctionExpression') functions.push(declaration);
    else if (declaration.type === 'Identifier') {
      const fn = localFunction(program, declaration.name);
      if (fn) functions.push(fn);
    }
  }
  return functions;
}

/** Whether a declared return type is the plugin types', wrapped or not: `Plugin`, `Promise<Plugin[]>`, `PluginOption | undefined`. */
function returnsPlugins(type: TSESTree.TypeNode | undefined, pluginTypes: ReadonlySet<string>): boolean {
  if (type === undefined) return false;
  switch (type.type) {
    case 'TSTypeReference': {
      if (type.typeName.type !== 'Identifier') return false;
      if (pluginTypes.has(type.typeName.name)) return true;
      const inner = type.typeArguments?.params;
      return WRAPPERS.has(type.typeName.name) && inner?.length === 1 && returnsPlugins(inner[0], pluginTypes);
    }
    case 'TSArrayType':
      return returnsPlugins(type.elementType, pluginTypes);
    case 'TSTypeOperator':
      return type.operator === 'readonly' && returnsPlugins(type.typeAnnotation, pluginTypes);
    case 'TSUnionType':
      return type.types.some((member) => returnsPlugins(member, pluginTypes))
        && type.types.every((member) => returnsPlugins(member, pluginTypes) || member.type === 'TSUndefinedKeyword' || member.type === 'TSNullKeyword');
    default:
      return false;
  }
}
