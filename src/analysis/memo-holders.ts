import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { importedFrom } from './bound-names.js';
import { holdsValues, usedAsPrimitive } from './holds-values.js';
import { loadsModule, producerName, producesObject, returnsList } from './produces-object.js';
import { allowed, sharedByDesign } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, isFunctionNode, isNullish, returnedValues, unwrapExpression, walk } from './walk.js';

/**
 * Wrappers that keep what a builder makes for the life of the process: memos (`once(() => new X())`)
 * and the named global caches of the Remix stacks (`singleton('prisma', () => new PrismaClient())`,
 * `@epic-web/remember`'s `remember('prisma', …)`), whose builder comes after the name.
 */
export const MEMO_WRAPPERS: ReadonlySet<string> = new Set(['once', 'memoize', 'memoizee', 'memoizeOne', 'memoizeWith', 'lazy', 'singleton', 'remember']);
const NAMED_CACHES: ReadonlySet<string> = new Set(['singleton', 'remember']);

// Packages whose `lazy` makes a code-split component.
const COMPONENT_LAZY_PACKAGE = /^(?:react|preact\/compat|solid-js)$/;

/** `const db = once(() => new Db())`, `singleton('prisma', () => new PrismaClient())`: a memo or a named cache of an instance, pushed onto `out`. */
export function memoWrapper(declarator: TSESTree.VariableDeclarator, input: AnalysisInput, config: ResolvedConfig, out: HolderFinding[]): void {
  const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
  if (init?.type !== 'CallExpression' || declarator.id.type !== 'Identifier') return;
  const kept = memoKeptInstance(init, input);
  if (!kept) return;
  // trigger.dev's `DATABASE_SCHEMA = singleton('DATABASE_SCHEMA', getDatabaseSchema)`, read as
  // `${DATABASE_SCHEMA}`: what is kept is a string, whatever the builder is.
  const variable = input.scopeManager?.getDeclaredVariables(declarator)[0];
  if (variable && usedAsPrimitive(variable, input)) return;
  // A builder passed by name is asked what it makes (lmnr's `singleton('db', createDatabaseConnection)`).
  if (allowed(config, declarator.id.name, kept.producer) || sharedByDesign(declarator.id.name, kept.producer ?? kept.maker, declarator)) return;
  out.push({ node: declarator.id, name: declarator.id.name, shape: kept.shape, ...(kept.producer ? { className: kept.producer } : {}) });
}

/** Whether `call` is a memo wrapper's (`once(…)`, `memoizeOne(…)`, `singleton('name', …)`), whatever it keeps. */
export function isMemoCall(call: TSESTree.CallExpression): boolean {
  return MEMO_WRAPPERS.has(calleeText(call.callee)?.split('.').pop() ?? '');
}

/**
 * What a memo wrapper's call keeps for the life of the process, when that is an instance: the
 * holder's shape and, when the builder says, the class. Undefined for no memo, a memo of values
 * (a result per argument, a list, a module) and a builder it cannot see
 * (`memoizeOne(audioFetch)`: a function declared elsewhere, judged where it is declared).
 */
export function memoKeptInstance(call: TSESTree.CallExpression, input: AnalysisInput): { shape: 'once-wrapper' | 'named-global-cache'; producer?: string; maker?: string } | undefined {
  const calleeName = calleeText(call.callee);
  const callee = calleeName?.split('.').pop();
  if (!callee || !MEMO_WRAPPERS.has(callee)) return undefined;
  // `z.lazy(() => schema)`, `yup.lazy`, `React.lazy(() => import(…))`: a recursive schema or a
  // code-split component, not a memo; a bare `lazy(() => new X())` still is one (and a bare
  // `lazy(() => import(…))` loads a module: `producesObject` says so below).
  if (callee === 'lazy' && calleeName !== 'lazy') return undefined;
  // Nor is React's `lazy` imported by name (trigger.dev's `StreamdownRenderer = lazy(() =>
  // Promise.all([import(…), …]).then(…))`), Preact's or Solid's: a component type, not an instance.
  if (callee === 'lazy' && call.callee.type === 'Identifier' && COMPONENT_LAZY_PACKAGE.test(importedFrom(input, call.callee)?.source ?? '')) return undefined;
  if (NAMED_CACHES.has(callee)) return namedCacheKeeps(call);
  // Ramda's `memoizeWith(keyOf, fn)` takes the function second.
  const fn = call.arguments[callee === 'memoizeWith' ? 1 : 0];
  if (!fn || !isFunctionNode(fn)) return undefined;
  // nango's `const close = once(() => { api.close(async () => { await db.destroy(); … }) })`: a
  // step guarded to run once, which hands nothing back — what it makes goes elsewhere or nowhere.
  if (fn.body.type === 'BlockStatement' && returnedValues(fn).every((value) => value === null)) return undefined;
  // appium's `findPython = memoize(async (): Promise<string | null> => …)`: declared to hand back
  // values, as a holder so typed holds them (see holdsValues).
  if (holdsValues(fn.returnType?.typeAnnotation)) return undefined;
  let makesObject = false;
  let constructs = false;
  walk(fn.body, (node) => {
    if (node.type === 'NewExpression') constructs = true;
    if (node.type === 'NewExpression' || node.type === 'AwaitExpression') makesObject = true;
    if (node.type === 'ReturnStatement' && node.argument && producesObject(node.argument)) makesObject = true;
  });
  if (fn.body.type !== 'BlockStatement' && producesObject(fn.body)) makesObject = true;
  if (!makesObject) return undefined;
  // `memoize((path) => parse(path))`: a result per argument, a lookup table of what a function
  // computes, not an instance handed to every caller; `memoize((tenant) => new Db(tenant))` still
  // keeps instances for the life of the process.
  if (KEYED_MEMOS.has(callee) && fn.params.length > 0 && !constructs) return undefined;
  // `lazy(async () => { register(Quill); return import('react-quill'); })`: React.lazy's loader
  // hands out a module, whatever it sets up first.
  if (!constructs && returnsOnlyModules(fn)) return undefined;
  // `lazy(() => blocked.map((word) => ({ word, regex: tokenRegex(word) })))`: a list computed once is
  // data (as a holder typed as a list is: see holdsValues).
  if (returnsOnlyLists(fn)) return undefined;
  const producer = builderProducer(fn);
  return { shape: 'once-wrapper', ...(producer ? { producer } : {}) };
}

/**
 * What the builder makes, when it says: its expression body's producer, or the one producer every
 * `return` of its body names (appium's `return new XMLBuilder({ … })`) — a `return null` where
 * there is nothing to make aside (workflow's `if (!api) return null; return api.trace.getTracer(…)`).
 */
function builderProducer(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): string | undefined {
  if (fn.body.type !== 'BlockStatement') return producerName(fn.body);
  const producers = new Set(returnedValues(fn).filter((value) => !returnsNothing(value)).map((value) => producerName(value!)));
  const [only] = producers;
  return producers.size === 1 ? only : undefined;
}

/** `return;`, `return null`, `return undefined`: a builder's way out with nothing made. */
const returnsNothing = (value: TSESTree.Node | null): boolean => value === null || isNullish(value);

/** Memos that keep one result per argument list (`once`, `lazy` and the named caches ignore arguments). */
const KEYED_MEMOS: ReadonlySet<string> = new Set(['memoize', 'memoizee', 'memoizeOne', 'memoizeWith']);

/**
 * Whether every `return` of `fn` itself (or its expression body) loads a module, and there is one,
 * or gives nothing where it cannot (workflow's `try { return await import('@opentelemetry/api') }
 * catch { return null }`).
 */
function returnsOnlyModules(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const values = returnedValues(fn);
  return values.some((value) => value !== null && loadsModule(value)) && values.every((value) => returnsNothing(value) || loadsModule(value!));
}

/** Whether every value `fn` returns (and there is one) is a list (see returnsList). */
function returnsOnlyLists(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const values = returnedValues(fn);
  return values.length > 0 && values.every((value) => value !== null && returnsList(value, fn));
}

/**
 * `export const engine = singleton('RunEngine', createRunEngine)`: kept under its name on the global
 * object so that a reloaded module finds it again — one per process by design. The builder may be
 * a function declared elsewhere; an inline one that makes no object (`() => 3`) keeps a value.
 */
function namedCacheKeeps(call: TSESTree.CallExpression): { shape: 'named-global-cache'; producer?: string; maker?: string } | undefined {
  if (call.callee.type !== 'Identifier' || call.arguments.length !== 2) return undefined;
  const [key, builder] = call.arguments;
  const named = key!.type === 'Literal' && typeof key!.value === 'string' || key!.type === 'TemplateLiteral';
  if (!named || !(builder!.type === 'Identifier' || isFunctionNode(builder!))) return undefined;
  if (isFunctionNode(builder!)) {
    let makesObject = builder.body.type !== 'BlockStatement' && producesObject(builder.body);
    walk(builder.body, (node) => {
      if (node.type === 'NewExpression' || (node.type === 'ReturnStatement' && node.argument && producesObject(node.argument))) makesObject = true;
    });
    if (!makesObject) return undefined;
  }
  const producer = isFunctionNode(builder!) && builder.body.type !== 'BlockStatement' ? producerName(builder.body) : undefined;
  return { shape: 'named-global-cache', ...(producer ? { producer } : {}), ...(builder!.type === 'Identifier' ? { maker: builder!.name } : {}) };
}
