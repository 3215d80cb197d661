import type { TSESTree } from '@typescript-eslint/utils';
import { localFunction, programOf, valuesGivenTo } from './local-types.js';
import { boundFromRequire, chainRoot, dynamicImportSource, isFunctionNode, isNullish, patternNames, requiredBindings, returnedValues, staticName, unwrapExpression, walk } from './walk.js';

const loadedSources = new WeakMap<TSESTree.Program, Map<string, string>>();

/**
 * The package a name bound inside a function comes from, when it is loaded there: the filling
 * function's `const { SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager')`
 * (TicketToken's, loading the SDK only when it is configured), a `require('x')` in a function,
 * also into a module variable (walkin-watchdog's `unleash = require('unleash-client')` on first use,
 * or a member of a module loaded there).
 */
export function loadedSourceOf(program: TSESTree.Program, name: string): string | undefined {
  let sources = loadedSources.get(program);
  if (!sources) {
    const found = new Map<string, string>();
    walk(program, (node) => {
      if (node.type === 'AssignmentExpression' && node.operator === '=') {
        for (const { local, source } of boundFromRequire(node.left, node.right)) found.set(local.name, source);
        // … and a module variable given what a loaded module exports (aspect-agent-server's `GoogleGenAI =
        // genai.GoogleGenAI` after `const genai = await import('@google/genai')`).
        if (node.left.type === 'Identifier') {
          const loaded = dynamicImportSource(node.right) ?? memberOfLoaded(node.right, found) ?? ownLoaderSource(node.right);
          if (loaded !== undefined) found.set(node.left.name, loaded);
        }
        return;
      }
      // `import('@xenova/transformers').then((m) => …)`: the module the callback is handed (matanew1's
      // nest-langgraph-ai, loading its embedding model on first use).
      if (node.type === 'CallExpression') {
        const loaded = thenCallbackModule(node);
        if (loaded) for (const local of patternNames(loaded.param)) found.set(local, loaded.source);
        return;
      }
      if (node.type !== 'VariableDeclarator' || !node.init || node.parent?.parent?.type === 'Program') return;
      for (const { local, source } of requiredBindings(node)) found.set(local.name, source);
      // … and what is taken from a loaded module: `const pipeline = m.pipeline`, `const remarkHtml = (await import('remark-html')).default`.
      const loaded = dynamicImportSource(node.init) ?? memberOfLoaded(node.init, found) ?? ownLoaderSource(node.init);
      if (loaded !== undefined) for (const local of patternNames(node.id)) found.set(local, loaded);
    });
    sources = found;
    loadedSources.set(program, sources);
  }
  return sources.get(name);
}

/** The module a dynamic import's `.then(callback)` hands its callback, and the parameter that receives it. */
function thenCallbackModule(call: TSESTree.CallExpression): { source: string; param: TSESTree.Parameter } | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || staticName(callee.property) !== 'then') return undefined;
  const source = dynamicImportSource(callee.object);
  const callback = call.arguments[0] && unwrapExpression(call.arguments[0]);
  const param = callback && isFunctionNode(callback) ? callback.params[0] : undefined;
  return source !== undefined && param !== undefined ? { source, param } : undefined;
}

/**
 * The module a member is read from, when its root is a loaded module (`m.pipeline`) or a dynamic
 * import itself (`(await import('x')).default`); read either way from the same module, the one
 * (Enterprise-Agent-OS' `const Pool = pg.Pool ?? (pg as unknown as { Pool: … }).Pool`, for pg's
 * CommonJS default export).
 */
function memberOfLoaded(init: TSESTree.Expression, loaded: ReadonlyMap<string, string>): string | undefined {
  const root = unwrapExpression(init);
  if (root.type === 'LogicalExpression') {
    // … or the module itself on one side: ChronaWorkFlow's `const Redis = ioredis.default || ioredis`.
    const side = (node: TSESTree.Expression) => {
      const expr = unwrapExpression(node);
      return expr.type === 'Identifier' ? loaded.get(expr.name) : memberOfLoaded(node, loaded);
    };
    const [left, right] = [side(root.left), side(root.right)];
    return left === right ? left : undefined;
  }
  if (root.type !== 'MemberExpression') return undefined;
  const start = chainRoot(root);
  return start.type === 'Identifier' ? loaded.get(start.name) : dynamicImportSource(start);
}

/**
 * The package a call of the module's own loader names: a function that requires or imports the
 * name it is handed, and hands back nothing else (tasteAI-Studio-Backend's `safeRequire(moduleName)`,
 * `return require(moduleName)` or `null` when the optional package is missing), called with a
 * literal — `phoenix = safeRequire('@arizeai/phoenix-otel')` holds that package.
 */
export function ownLoaderSource(node: TSESTree.Node): string | undefined {
  let call = unwrapExpression(node);
  if (call.type === 'AwaitExpression') call = unwrapExpression(call.argument);
  if (call.type === 'CallExpression' && call.arguments.length === 0) return oneModuleLoaderSource(call);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.arguments.length !== 1) return undefined;
  const source = staticName(call.arguments[0]);
  const program = programOf(call);
  const fn = source !== undefined && program ? localFunction(program, call.callee.name) : undefined;
  const param = fn?.params[0];
  if (!fn || param?.type !== 'Identifier') return undefined;
  const values = returnedValues(fn);
  const loadsParam = (value: TSESTree.Node): boolean => {
    let expr = unwrapExpression(value);
    if (expr.type === 'AwaitExpression') expr = unwrapExpression(expr.argument);
    const named = expr.type === 'ImportExpression' ? expr.source : expr.type === 'CallExpression' && expr.callee.type === 'Identifier' && expr.callee.name === 'require' ? expr.arguments[0] : undefined;
    return named?.type === 'Identifier' && named.name === param.name;
  };
  const loads = values.some((value) => value !== null && loadsParam(value));
  return loads && values.every((value) => value === null || loadsParam(value) || isNullish(value)) ? source : undefined;
}

/**
 * The package a call of the module's own loader of one package names: a function handed nothing
 * whose every return hands back that package's import, or the module variable it keeps the import
 * in (Freelancer-Client-matching-platform-be's `loadS3Module()`, returning `s3ModulePromise`, set
 * only to `import('@aws-sdk/client-s3').catch(…)`) — `const { S3Client } = await loadS3Module()`
 * takes AWS's client from it.
 */
function oneModuleLoaderSource(call: TSESTree.CallExpression): string | undefined {
  const program = programOf(call);
  const callee = unwrapExpression(call.callee);
  const iife = isFunctionNode(callee) ? callee : undefined;
  const fn = iife ?? (callee.type === 'Identifier' && program ? localFunction(program, callee.name) : undefined);
  if (!fn || !program) return undefined;
  const required = iife ? requiredInside(iife) : new Map<string, string>();
  const sources = new Set<string | undefined>();
  for (const value of returnedValues(fn)) {
    if (value === null || isNullish(value)) continue;
    const held = unwrapExpression(value);
    const fromRequired = held.type === 'Identifier' ? required.get(held.name) : memberOfLoaded(held as TSESTree.Expression, required);
    sources.add(fromRequired ?? (held.type === 'Identifier' ? variableImportSource(program, held.name) : importSourceOfValue(held)));
  }
  const [only] = sources;
  return sources.size === 1 ? only : undefined;
}

/**
 * The names an IIFE binds to a package it requires, by name: Luxela's optional Redis client,
 * `const Redis = (() => { try { const module = require('@upstash/redis'); return module.Redis ||
 * module.default; } catch { return null; } })()`, the package's class or nothing.
 */
function requiredInside(fn: TSESTree.Node): Map<string, string> {
  const found = new Map<string, string>();
  walk(fn, (node) => {
    if (node.type === 'VariableDeclarator') for (const { local, source } of requiredBindings(node)) found.set(local.name, source);
  });
  return found;
}

/** The package every value a module variable is given imports (nothing at all counts for none). */
function variableImportSource(program: TSESTree.Program, name: string): string | undefined {
  const sources = new Set(valuesGivenTo(program, name).map(importSourceOfValue));
  const [only] = sources;
  return sources.size === 1 ? only : undefined;
}

/** `import('x')`, awaited or not, and with a `.catch(…)` or `.finally(…)` after it: `x`. */
function importSourceOfValue(value: TSESTree.Node): string | undefined {
  let expr = unwrapExpression(value);
  if (expr.type === 'AwaitExpression') expr = unwrapExpression(expr.argument);
  while (expr.type === 'CallExpression' && expr.callee.type === 'MemberExpression' && ['catch', 'finally'].includes(staticName(expr.callee.property) ?? '')) expr = unwrapExpression(expr.callee.object);
  return dynamicImportSource(expr);
}
