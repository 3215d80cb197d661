import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { BROWSER_MODULE_NO_FALLBACK, moduleRunsInBrowser } from './browser-only.js';
import { isInsideFunction } from './context.js';
import { REQUIRE_USER_CONTEXT } from './edits.js';
import { calleeText, nameResolverFor, TIMER } from './holders.js';
import { programOf } from './local-types.js';
import { isFunctionNode, staticName } from './walk.js';

// `process.on('SIGTERM', …)` and its kin: a process's own events are emitted outside every
// request — a signal, an IPC message, `beforeExit` — so a request's scope never reaches them.
const PROCESS_LISTENER = /^(?:on|once|addListener|prependListener|prependOnceListener)$/;

/**
 * Why a site has no request scope to fall back on, when it has none — its module runs in the
 * browser, or the site runs outside every request (see outsideEveryRequest): the one answer for
 * migrate's manual list and the rule's suggestions.
 */
export function noRequestScope(node: TSESTree.Node, input: AnalysisInput): string | undefined {
  if (moduleRunsInBrowser(input.ast, nameResolverFor(input))) return BROWSER_MODULE_NO_FALLBACK;
  const outside = outsideEveryRequest(node, input);
  return outside === undefined ? undefined : `runs in ${outside}, outside every request, where ${REQUIRE_USER_CONTEXT}() would throw: give it a context made for it, or leave it a process-wide instance`;
}

/**
 * Where `node` runs that no request's scope reaches, when it does: in a process event's listener
 * or a timer started at import time — directly, or in a function of the module's that only they
 * are given (`process.on('SIGTERM', shutdown)`) — or in a start-up function's own body (`async
 * function bootstrap() { … }`), or a function only that body calls, or a test suite's body (not its
 * tests'). There `requireUserContext()` would always throw.
 * Answered file by file: a handler another module registers (langfuse's exported `onShutdown`) is
 * not seen.
 */
export function outsideEveryRequest(node: TSESTree.Node, input: AnalysisInput): string | undefined {
  let innermost = true;
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const where = handedTo(current) ?? onlyHandedOn(current, input) ?? (innermost ? suiteBody(current) ?? startUp(current, input) ?? appSetUp(current) ?? onlyCalledAtStartUp(current, input) : undefined);
    if (where) return where;
    innermost = false;
  }
  return undefined;
}

// `describe('…', () => { … })` and its kin (Jest's, Vitest's, Mocha's, Jasmine's; Mocha's `suite`): the body runs
// while the runner collects the suite — as the file is imported — before any test, and so before
// any scope a test or its hooks could open.
const SUITE = /^(?:describe|fdescribe|xdescribe|suite)(?:\.(?:only|skip|concurrent|sequential|shuffle|todo|each))*$/;

/** The suite whose body `fn` is, described, when `fn` is the callback of `describe(…)` (or `describe.each(table)(…)`). */
function suiteBody(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[call.arguments.length - 1] !== fn || call.arguments.length < 2) return undefined;
  // `describe.each(table)('…', fn)`: the suite is the inner call's callee.
  const callee = call.callee.type === 'CallExpression' ? call.callee.callee : call.callee;
  const name = calleeText(callee);
  return name !== undefined && SUITE.test(name) ? `a ${name.split('.')[0]}() block's body (run as the suite is collected)` : undefined;
}

// What a process's start-up is called: NestJS' `bootstrap()`, a script's `main()`, chat-ui's
// `initServer()`, SvelteKit's `init` server hook, `startServer()`.
const START_UP = /^(?:main|bootstrap|boot|init|initiali[sz]e|start|setup|launch)(?:Server|App|Application|Process|Worker|Workers|Services?)?$/;

/** The name a module gives a function at its top level (`function main()`, `export const init = async () => …`). */
function moduleFunctionName(fn: TSESTree.Node): string | undefined {
  const parent = fn.parent;
  const statement = fn.type === 'FunctionDeclaration' ? parent : parent?.type === 'VariableDeclarator' && parent.init === fn ? parent.parent?.parent : undefined;
  if (statement?.type !== 'Program' && statement?.type !== 'ExportNamedDeclaration' && statement?.type !== 'ExportDefaultDeclaration') return undefined;
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}

/**
 * A start-up function of the module's (START_UP), when the site is in its own body: it runs once,
 * before any request. One the module keeps to itself must be called at its top level, and only
 * there (`void bootstrap()`); one it exports must take no arguments (chat-ui's `initServer()`,
 * which its server hook calls) — an exported `start(input)` may well start one user's work. A
 * callback made inside it is left alone — a route handler registered in `bootstrap()` runs in
 * every request.
 */
function startUp(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const name = moduleFunctionName(fn);
  if (name === undefined || !START_UP.test(name) || !isFunctionNode(fn)) return undefined;
  const uses = nameResolverFor(input).usesOf(fn);
  if (uses === undefined) return fn.params.every((param) => param.type === 'AssignmentPattern') ? `the start-up function ${name}()` : undefined;
  // Called where the module starts, and only there: not handed to what may open a request's
  // scope first (`runWithUserContext(ctx, main)`).
  const calledAtTopLevel = uses.length > 0 && uses.every((use) => use.parent?.type === 'CallExpression' && use.parent.callee === use && !isInsideFunction(use.parent));
  return calledAtTopLevel ? `the start-up function ${name}()` : undefined;
}

/**
 * The application types a set-up function is handed, by the package that names them: a function
 * given the app configures it, once, as the server starts — a Fastify plugin (`async function
 * routes(server: FastifyInstance)`, steel-browser's routes), an Express router's wiring.
 */
const APP_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fastify', new Set(['FastifyInstance'])],
  ['express', new Set(['Express', 'Application', 'Router'])],
  ['hono', new Set(['Hono'])],
  ['koa', new Set(['Koa'])],
  ['@nestjs/common', new Set(['INestApplication'])],
  ['@nestjs/platform-express', new Set(['NestExpressApplication'])],
  ['@nestjs/platform-fastify', new Set(['NestFastifyApplication'])],
]);
/** What a Fastify plugin is declared as: `const logsRoutes: FastifyPluginAsync = async (fastify) => { … }`. */
const PLUGIN_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fastify', new Set(['FastifyPluginAsync', 'FastifyPluginCallback'])],
  ['@fastify/type-provider-typebox', new Set(['FastifyPluginAsyncTypebox', 'FastifyPluginCallbackTypebox'])],
  ['fastify-type-provider-zod', new Set(['FastifyPluginAsyncZod', 'FastifyPluginCallbackZod'])],
]);

/** The package a type name the module imports comes from (`import { FastifyInstance } from 'fastify'`). */
function typeSource(at: TSESTree.Node, type: TSESTree.TypeNode | undefined): { name: string; source: string } | undefined {
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
  const name = type.typeName.name;
  for (const statement of programOf(at)?.body ?? []) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers.find((s) => s.local.name === name);
    if (specifier) return { name: specifier.type === 'ImportSpecifier' ? staticName(specifier.imported) ?? name : name, source: statement.source.value };
  }
  return undefined;
}

const typed = (found: { name: string; source: string } | undefined, table: ReadonlyMap<string, ReadonlySet<string>>) => found !== undefined && table.get(found.source)?.has(found.name) === true;

/**
 * A function that sets an application up, when the site is in its own body: handed the app
 * (its first parameter typed as one of APP_TYPES) or declared as a Fastify plugin. It runs as
 * the server starts; the route handlers it registers run in requests, and are left alone.
 */
function appSetUp(fn: TSESTree.Node): string | undefined {
  if (!isFunctionNode(fn)) return undefined;
  const first = fn.params[0];
  const annotation = first?.type === 'Identifier' ? first.typeAnnotation?.typeAnnotation : undefined;
  const declarator = fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent : undefined;
  const declared = declarator?.id.type === 'Identifier' ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
  const name = moduleFunctionName(fn);
  const called = name === undefined ? 'a function' : `${name}()`;
  const app = typeSource(fn, annotation);
  if (typed(app, APP_TYPES)) return `${called}, given the ${app!.name} itself to set up or shut down, as the server starts or stops`;
  const plugin = typeSource(fn, declared);
  if (typed(plugin, PLUGIN_TYPES)) return `${called}, a ${plugin!.name} registered as the server starts`;
  return undefined;
}

/** A function of the module's, not exported, that only start-up functions call in their own bodies. */
function onlyCalledAtStartUp(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const uses = nameResolverFor(input).usesOf(fn);
  if (!uses || uses.length === 0) return undefined;
  let where: string | undefined;
  for (const use of uses) {
    if (use.parent?.type !== 'CallExpression' || use.parent.callee !== use) return undefined;
    let caller: TSESTree.Node | undefined = use.parent;
    while (caller && !isFunctionNode(caller)) caller = caller.parent;
    const described = caller && startUp(caller, input);
    if (!described) return undefined;
    where ??= described;
  }
  return where;
}

/** The call `fn` (or a reference to it) is given to, described, when that call runs it outside requests. */
function handedTo(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.callee === fn || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'process') {
    const method = staticName(callee.property);
    if (method === undefined || !PROCESS_LISTENER.test(method)) return undefined;
    const event = call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string' ? `'${call.arguments[0].value}'` : '…';
    return `a process.${method}(${event}) listener`;
  }
  // Started at import time, a timer's callback runs in no request either. (Started in a request,
  // it keeps that request's scope: AsyncLocalStorage follows it.)
  const timer = calleeText(callee);
  if (timer !== undefined && TIMER.test(timer) && !isInsideFunction(call)) return `a ${timer}() callback started at import time`;
  return undefined;
}

/**
 * A function the module names (`function shutdown()`, `const shutdown = async () => …`) that is
 * only ever handed to such a call — not exported: another module might call it in a request.
 */
function onlyHandedOn(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const uses = nameResolverFor(input).usesOf(fn);
  if (!uses || uses.length === 0) return undefined;
  let where: string | undefined;
  for (const use of uses) {
    const described = handedTo(use);
    if (!described) return undefined;
    where ??= described;
  }
  return where;
}
