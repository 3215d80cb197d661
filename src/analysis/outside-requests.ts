import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { BROWSER_CODE_NO_FALLBACK, BROWSER_MODULE_NO_FALLBACK, moduleRunsInBrowser, runsOnlyInBrowser } from './browser-only.js';
import { commandLineProgram } from './command-line-program.js';
import { isInsideFunction } from './context.js';
import { moduleFunctionName } from './local-types.js';
import { REQUIRE_USER_CONTEXT } from './edits.js';
import { nameResolverFor } from './bound-names.js';
import { TIMER } from './produces-object.js';
import { runByClassJob, scheduledJob } from './scheduled-jobs.js';
import { importsOf } from './import-sources.js';
import { nestMessageHandler, serverStartOrStop, socketListener } from './server-events.js';
import { inBrowserExtension, inCmsPanelCode, inPageSourceTree, inSingleUserPackage, loadedByPage, pageModuleBesideWorker, servedAsStaticFile, workerPackageKit } from './single-user-package.js';
import { singleUserHostLoaded } from './single-user-process.js';
import { appSetUp, calledAsModuleLoads, lifecycleHook, moleculerLifecycle, nitroPlugin, onlyCalledAtStartUp, serverLifecycleMethod, startUp } from './start-up.js';
import { isExported, isRequestHandler } from './request-state.js';
import { vercelJobOf } from './vercel-jobs.js';
import { calleeText, enclosingFunction, isFunctionNode, PROMISE_CHAIN_METHODS, staticName } from './walk.js';

// `process.on('SIGTERM', …)` and its kin: a process's own events are emitted outside every
// request — a signal, an IPC message, `beforeExit` — so a request's scope never reaches them.
const PROCESS_LISTENER = /^(?:on|once|addListener|prependListener|prependOnceListener)$/;

/**
 * Why a site has no request scope to fall back on, when it has none — its module runs in the
 * browser or in a single-user process (an editor extension, a desktop, mobile or terminal app, an Apify Actor's run),
 * or its package is a worker (single-user-package.ts), the site itself runs only in the browser, or it runs outside every request (see
 * outsideEveryRequest), or in a route Vercel calls for a cron job or a queue (vercel-jobs.ts):
 * the one answer for migrate's manual list and the rule's suggestions.
 */
export function noRequestScope(node: TSESTree.Node, input: AnalysisInput, filePath: string): string | undefined {
  const names = nameResolverFor(input);
  if (moduleRunsInBrowser(input.ast, names) || servedAsStaticFile(filePath) || loadedByPage(filePath) || inPageSourceTree(filePath) || inBrowserExtension(filePath) || inCmsPanelCode(filePath) || pageModuleBesideWorker(filePath)) return BROWSER_MODULE_NO_FALLBACK;
  // continue's VS Code extension calling its core's getters: its one user's events arrive from the
  // editor, never inside a request's scope — in a module that loads the host, or any module of the
  // extension's package (`engines.vscode`), as the holder rule reads them.
  const host = singleUserHostLoaded(input.ast);
  const why = host !== undefined ? `it loads ${host}` : inSingleUserPackage(filePath) ? "its package is an editor extension's, a desktop, mobile or terminal app's or an Apify Actor's" : undefined;
  if (why !== undefined) return `the module runs in a single-user process (${why}), where no request opens a scope and ${REQUIRE_USER_CONTEXT}() would throw: hand the creator that user's context`;
  const command = commandLineProgram(input);
  if (command !== undefined) return `the module is a command-line program (${command}), where no request opens a scope and ${REQUIRE_USER_CONTEXT}() would throw: hand the creator the context of whoever runs it`;
  const worker = workerPackageKit(filePath);
  if (worker !== undefined) return `the module's package is a worker (${worker} among its dependencies, no HTTP server), where no request opens a scope and ${REQUIRE_USER_CONTEXT}() would throw: hand the creator the context of the job's user, or keep a process-wide instance`;
  // A component's effect or event handler, or code a browser check guards — what the holder rule
  // reads as a page's — runs in the browser even in a module a server renders (an ink app's
  // effects run in its terminal: the single-user answer above is the one for them).
  if (runsOnlyInBrowser(node, names)) return BROWSER_CODE_NO_FALLBACK;
  const outside = outsideEveryRequest(node, input) ?? nextInstrumentation(node, filePath) ?? vercelJobOf(filePath);
  return outside === undefined ? undefined : `runs in ${outside}, outside every request, where ${REQUIRE_USER_CONTEXT}() would throw: give it a context made for it, or leave it a process-wide instance`;
}

// Next.js' instrumentation file, at the project's root or in `src/`: `export async function
// register()` runs once as each server instance starts.
const NEXT_INSTRUMENTATION = /(?:^|[\\/])instrumentation(?:-node)?\.[cm]?[jt]s$/;

/** Next.js' instrumentation `register()`, when `node` is in its own body (a callback made there is left alone). */
function nextInstrumentation(node: TSESTree.Node, filePath: string): string | undefined {
  if (!NEXT_INSTRUMENTATION.test(filePath)) return undefined;
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  return fn && isExported(fn) && moduleFunctionName(fn) === 'register' ? "Next.js' instrumentation register(), as the server starts" : undefined;
}

/**
 * Where `node` runs that no request's scope reaches, when it does: in a process event's listener,
 * a timer started at import time or a cron job (scheduled-jobs.ts) — directly, in a method its class's cron job runs, or in a function of the module's that only they
 * are given (`process.on('SIGTERM', shutdown)`) — or in a start-up function's own body (`async
 * function bootstrap() { … }`), or a function only that body calls, or a NestJS lifecycle hook's
 * (`onModuleInit()`), or a test suite's body (not its tests'). There `requireUserContext()` would always throw.
 * Answered file by file: a handler another module registers (langfuse's exported `onShutdown`) is
 * not seen.
 */
export function outsideEveryRequest(node: TSESTree.Node, input: AnalysisInput): string | undefined {
  let innermost = true;
  let timerCallback = false;
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    // A route registered inside start-up code (`connect().then(() => { app.get('/x', (req, res) => …) })`)
    // runs in the requests it answers, whatever set it up.
    if (isRequestHandler(current)) return undefined;
    const where = handedTo(current) ?? scheduledJob(current, input) ?? runByClassJob(current, importsOf(current)) ?? onlyHandedOn(current, input)
      ?? (innermost ? ownBodyOutsideRequests(current, input) : undefined);
    if (where) return where;
    // A timer a start-up function starts (`setInterval(poll, 60_000)` in `onModuleInit()`) ticks
    // outside every request, as one started at import time does.
    const startedBy = timerCallback ? ownBodyOutsideRequests(current, input) : undefined;
    if (startedBy) return `a timer started in ${startedBy}`;
    timerCallback = startsTimerWith(current);
    innermost = false;
  }
  return undefined;
}

/** What runs a function's own body outside every request, when something does: a suite's collection, start-up, app set-up, a lifecycle hook, a message handler. */
function ownBodyOutsideRequests(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  return suiteBody(fn) ?? startUp(fn, input) ?? appSetUp(fn, input) ?? serverLifecycleMethod(fn, input) ?? nitroPlugin(fn) ?? lifecycleHook(fn, input) ?? moleculerLifecycle(fn) ?? nestMessageHandler(fn, input) ?? onlyCalledAtStartUp(fn, input) ?? calledAsModuleLoads(fn, input);
}

/** Whether `fn` is the callback a timer is started with (`setInterval(() => …, ms)`). */
function startsTimerWith(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  return call?.type === 'CallExpression' && call.arguments[0] === fn && TIMER.test(calleeText(call.callee) ?? '');
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

/** The call `fn` (or a reference to it) is given to, described, when that call runs it outside requests. */
function handedTo(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.callee === fn || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
  const callee = call.callee;
  // The process's own events, and a worker thread's messages from the thread that started it
  // (`parentPort.on('message', …)`): a worker thread has no request scope of its own.
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && (callee.object.name === 'process' || callee.object.name === 'parentPort')) {
    const method = staticName(callee.property);
    if (method === undefined || !PROCESS_LISTENER.test(method)) return undefined;
    const event = call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string' ? `'${call.arguments[0].value}'` : '…';
    return callee.object.name === 'process' ? `a process.${method}(${event}) listener` : `a worker thread's parentPort.${method}(${event}) listener`;
  }
  const server = socketListener(call, fn) ?? serverStartOrStop(call, fn);
  if (server !== undefined) return server;
  // Started at import time, a timer's callback runs in no request either. (Started in a request,
  // it keeps that request's scope: AsyncLocalStorage follows it.)
  const timer = calleeText(callee);
  if (timer !== undefined && TIMER.test(timer) && !isInsideFunction(call)) return `a ${timer}() callback started at import time`;
  // … nor does what a promise made at import time goes on with: start-up written as a chain
  // (uwazi's worker: `DB.connect(…).then(async () => { …; ocrManager.start(); })`).
  const method = callee.type === 'MemberExpression' ? staticName(callee.property) : undefined;
  if (method !== undefined && PROMISE_CHAIN_METHODS.has(method) && !isInsideFunction(call)) return `a .${method}() callback of a promise made at import time`;
  return undefined;
}

/**
 * A function the module names (`function shutdown()`, `const shutdown = async () => …`) that is
 * only ever handed to such a call, or called from a callback handed to one (ccmanger's
 * `process.on('SIGTERM', () => shutdown('SIGTERM'))`) — not exported: another module might call
 * it in a request.
 */
function onlyHandedOn(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const uses = nameResolverFor(input).usesOf(fn);
  if (!uses || uses.length === 0) return undefined;
  let where: string | undefined;
  for (const use of uses) {
    const called = use.parent?.type === 'CallExpression' && use.parent.callee === use;
    const caller = called ? enclosingFunction(use) : undefined;
    const described = handedTo(use) ?? scheduledJob(use, input) ?? (caller && caller !== fn ? handedTo(caller) ?? scheduledJob(caller, input) : undefined);
    if (!described) return undefined;
    where ??= described;
  }
  return where;
}
