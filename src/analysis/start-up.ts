import type { TSESTree } from '@typescript-eslint/utils';
import { isInsideFunction } from './context.js';
import { importedCallee, importedFrom, nameResolverFor } from './bound-names.js';
import { localFunction, moduleFunctionName } from './local-types.js';
import { ownFunctionRun } from './one-shot-script.js';
import type { AnalysisInput } from './types.js';
import { isFunctionNode, staticName, unwrapExpression } from './walk.js';

/**
 * Code that runs as a process starts, before any request: a start-up function's own body
 * (`bootstrap()`, `main()`), a function only that body calls, a function that sets the
 * application up (a Fastify plugin, a function handed the Express router), and a NestJS
 * lifecycle hook. See outside-requests.ts.
 */

// What a process's start-up is called: NestJS' `bootstrap()`, a script's `main()`, chat-ui's
// `initServer()`, SvelteKit's `init` server hook, `startServer()`, CapRover's
// `initializeCaptainWithDelay()` — a start-up verb, then whatever it starts.
const START_UP = /^(?:main|bootstrap|boot|init|initiali[sz]e|start|setup|setUp|launch)(?:[A-Z][A-Za-z0-9]*)?$/;
// …and its end: a `shutdown()` a signal's listener in another module calls, Claw Control Center's
// `stopNotificationDelivery()` beside its `startNotificationDelivery()`. A request's scope does not
// reach it either, and a creator there would make a new instance only to stop it, leaving the
// running one as it was. A `stop…` alone may be a request's (`stopAll()` of a user's engines): only
// the counterpart of the module's own start-up function is one.
const SHUT_DOWN = /^(?:shutdown|shutDown|teardown|tearDown)(?:[A-Z][A-Za-z0-9]*)?$/;
const STOP = /^stop((?:[A-Z][A-Za-z0-9]*)?)$/;

/**
 * A start-up function of the module's (START_UP), or a shut-down one (SHUT_DOWN), when the site is
 * in its own body: it runs once, before any request (or after the last). One the module keeps to itself must be called at its top level, and only
 * there (`void bootstrap()`); one it exports must take no arguments (chat-ui's `initServer()`,
 * which its server hook calls) — an exported `start(input)` may well start one user's work. A
 * callback made inside it is left alone — a route handler registered in `bootstrap()` runs in
 * every request.
 */
export function startUp(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const name = moduleFunctionName(fn);
  const what = name === undefined ? undefined : START_UP.test(name) ? 'start-up' : SHUT_DOWN.test(name) || stopsWhatItsModuleStarts(fn, name, input) ? 'shut-down' : undefined;
  if (what === undefined || !isFunctionNode(fn)) return undefined;
  const uses = nameResolverFor(input).usesOf(fn);
  if (uses === undefined) return fn.params.every((param) => param.type === 'AssignmentPattern') ? `the ${what} function ${name}()` : undefined;
  // Called where the module starts, and only there: not handed to what may open a request's
  // scope first (`runWithUserContext(ctx, main)`).
  const calledAtTopLevel = uses.length > 0 && uses.every((use) => use.parent?.type === 'CallExpression' && use.parent.callee === use && !isInsideFunction(use.parent));
  return calledAtTopLevel ? `the ${what} function ${name}()` : undefined;
}

/** `stopX()` where the module has a `startX()` that is a start-up function (asked without this counterpart, so never in a loop). */
function stopsWhatItsModuleStarts(fn: TSESTree.Node, name: string, input: AnalysisInput): boolean {
  const subject = STOP.exec(name)?.[1];
  if (subject === undefined) return false;
  const start = localFunction(fn, `start${subject}`);
  return start !== undefined && startUp(start, input) !== undefined;
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

/**
 * The name a type annotation gives, as the package it is imported from exports it — `Koa` for
 * `import type Koa from 'koa'`, the default export being the one the table lists under its name.
 */
function importedType(input: AnalysisInput, type: TSESTree.TypeNode | undefined): { name: string; source: string } | undefined {
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return undefined;
  const imported = importedFrom(input, type.typeName);
  if (imported === undefined) return undefined;
  return { name: imported.name === 'default' || imported.name === '*' ? type.typeName.name : imported.name, source: imported.source };
}

const listed = (found: { name: string; source: string } | undefined, table: ReadonlyMap<string, ReadonlySet<string>>) => found !== undefined && table.get(found.source)?.has(found.name) === true;

/**
 * What makes an application, by package: `express()`, `fastify()`, `new Koa()`, `new Hono()`,
 * `NestFactory.create(…)` — called as imported (see importedCallee).
 */
const APP_MAKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['express', new Set(['default'])],
  ['fastify', new Set(['default', 'fastify'])],
  ['koa', new Set(['default'])],
  ['hono', new Set(['Hono'])],
  ['@nestjs/core', new Set(['create'])],
]);

/** The package whose application `node` makes, when it makes one (APP_MAKERS). */
export function makesApp(node: TSESTree.Node | null | undefined, input: AnalysisInput): string | undefined {
  return madeBy(node, input, APP_MAKERS);
}

/**
 * What makes a router an application mounts, by package: Express's `Router()` (`express.Router()`),
 * Koa's `new Router()` — not an application: nothing listens on it, so it says nothing of a
 * module's serving (makesApp), only of the function that makes one.
 */
const ROUTER_MAKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['express', new Set(['Router'])],
  ['@koa/router', new Set(['default'])],
  ['koa-router', new Set(['default'])],
]);

function madeBy(node: TSESTree.Node | null | undefined, input: AnalysisInput, makers: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  let value = node ? unwrapExpression(node) : undefined;
  if (value?.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if (value?.type !== 'CallExpression' && value?.type !== 'NewExpression') return undefined;
  return importedCallee(value.callee, input, makers)?.source;
}

/**
 * A function that sets an application up, when the site is in its own body: handed the app
 * (its first parameter typed as one of APP_TYPES), declared as a Fastify plugin, or making the
 * app in its own statements (Huly's `createServer(ctx, config)`, `const app = express()` first),
 * or the router the app mounts (bayles' `createContactsRoutes()`, `const router = Router()` first,
 * mounted with `router.use('/contacts', createContactsRoutes())`: what it reads before its routes,
 * `const contactRepo = getContactRepository()`, it reads once, as the server starts).
 * It runs as the server starts; the route handlers it registers run in requests, and are left alone.
 */
export function appSetUp(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  if (!isFunctionNode(fn)) return undefined;
  const first = fn.params[0];
  const annotation = first?.type === 'Identifier' ? first.typeAnnotation?.typeAnnotation : undefined;
  const declarator = fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent : undefined;
  const declared = declarator?.id.type === 'Identifier' ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
  const name = moduleFunctionName(fn);
  const called = name === undefined ? 'a function' : `${name}()`;
  const app = importedType(input, annotation);
  if (listed(app, APP_TYPES)) return `${called}, given the ${app!.name} itself to set up or shut down, as the server starts or stops`;
  const plugin = importedType(input, declared);
  if (listed(plugin, PLUGIN_TYPES)) return `${called}, a ${plugin!.name} registered as the server starts`;
  const statements = fn.body.type === 'BlockStatement' ? fn.body.body : [];
  for (const statement of statements) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations) {
      const app = makesApp(init, input);
      if (app !== undefined) return `${called}, which makes the ${app} application as the server starts`;
      const router = madeBy(init, input, ROUTER_MAKERS);
      if (router !== undefined) return `${called}, which makes a router (${router}'s) for the server to mount as it starts`;
    }
  }
  return undefined;
}

/**
 * The start or stop method of what an app set-up function hands back (agent-relay's
 * `createServer()`, which makes the Express app and returns `{ app, async start() { … }, async
 * stop() { … } }`, its entry calling `server.start()`): the server's own start-up and shut-down,
 * when the site is in the method's own body. Not a method of any other object: `jobs = { start()
 * { … } }` may start one user's job.
 */
export function serverLifecycleMethod(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn || !isFunctionNode(fn)) return undefined;
  const name = staticName(property.key);
  const what = name === undefined ? undefined : START_UP.test(name) ? 'start-up' : SHUT_DOWN.test(name) || STOP.test(name) ? 'shut-down' : undefined;
  const returned = property.parent?.type === 'ObjectExpression' ? property.parent.parent : undefined;
  if (what === undefined || returned?.type !== 'ReturnStatement') return undefined;
  let setUp: TSESTree.Node | undefined = returned.parent;
  while (setUp && !isFunctionNode(setUp)) setUp = setUp.parent;
  if (setUp === undefined || appSetUp(setUp, input) === undefined) return undefined;
  return `${name}(), the ${what} method of the server ${moduleFunctionName(setUp) ?? 'its function'}() sets up`;
}

/**
 * A Nitro server plugin's body (`export default defineNitroPlugin((nitroApp) => { … })`, which
 * Nitro auto-imports): it runs once as the server starts. The hooks it registers
 * (`nitroApp.hooks.hook('request', …)`) run in requests, and are left alone. Not Nuxt's
 * `defineNuxtPlugin`, which runs for every server render.
 */
export function nitroPlugin(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return undefined;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'Identifier' && callee.name === 'defineNitroPlugin' ? 'a Nitro plugin, as the server starts' : undefined;
}

// Moleculer's service lifecycle handlers, run as the broker creates, starts and stops the service.
const MOLECULER_LIFECYCLE = new Set(['created', 'merged', 'started', 'stopped']);

/**
 * A Moleculer service's lifecycle handler, when the site is in its own body: `started()` in a
 * service schema (an object with a `name` and its `actions` or `events`), which the broker runs as
 * it starts the service, never for a call.
 */
export function moleculerLifecycle(fn: TSESTree.Node): string | undefined {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn || property.computed || property.key.type !== 'Identifier' || !MOLECULER_LIFECYCLE.has(property.key.name)) return undefined;
  const schema = property.parent;
  if (schema?.type !== 'ObjectExpression') return undefined;
  const keys = new Set(schema.properties.map((other) => (other.type === 'Property' && !other.computed && other.key.type === 'Identifier' ? other.key.name : undefined)));
  return keys.has('name') && (keys.has('actions') || keys.has('events')) ? `the Moleculer service's ${property.key.name}() handler, as the broker starts or stops it` : undefined;
}

// NestJS' lifecycle hooks: the framework calls them on each provider as the application starts
// (`onModuleInit`, `onApplicationBootstrap`) and as it shuts down, never inside a request.
const NEST_LIFECYCLE_HOOKS = new Set(['onModuleInit', 'onApplicationBootstrap', 'onModuleDestroy', 'beforeApplicationShutdown', 'onApplicationShutdown']);

/**
 * A NestJS lifecycle hook, when the site is in its own body: a class's `onModuleInit()` (a
 * provider warming a cache, opening a connection) or `onApplicationShutdown()`, in a module that
 * imports NestJS.
 */
export function lifecycleHook(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const method = fn.parent;
  if (method?.type !== 'MethodDefinition' || method.value !== fn || method.static || method.kind !== 'method') return undefined;
  const name = method.key.type === 'Identifier' && !method.computed ? method.key.name : undefined;
  if (name === undefined || !NEST_LIFECYCLE_HOOKS.has(name)) return undefined;
  const importsNest = input.ast.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value.startsWith('@nestjs/'));
  return importsNest ? `the NestJS lifecycle hook ${name}(), as the application starts or stops` : undefined;
}

/**
 * A function of the module's that its own top level calls — ai-agent-demo's exported
 * `createSupervisorAgent(config)`, called as `createSupervisorAgent({ name: 'supervisor' })` below
 * its declaration: that call runs as the module is imported, before any request, and a
 * `requireUserContext()` in its body would throw there and stop the import. Whoever else calls it.
 */
export function calledAsModuleLoads(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const name = moduleFunctionName(fn);
  if (name === undefined || !isFunctionNode(fn)) return undefined;
  const calledAtTop = input.ast.body.flatMap(runAsModuleLoads).some((statement) => statement.type === 'ExpressionStatement' && ownFunctionRun(statement.expression)?.fn === fn);
  return calledAtTop ? `${name}(), which its module calls at its top level as it loads` : undefined;
}

/**
 * The statements a top-level statement runs as the module loads, whenever it runs them: a block's,
 * either branch of an `if` whatever it asks (multi-tenant-platform's `if (process.env.NODE_ENV ===
 * "development") { monitorConnectionPool(); }`), a `try`'s and its handlers'.
 */
function runAsModuleLoads(statement: TSESTree.Statement): TSESTree.Statement[] {
  switch (statement.type) {
    case 'BlockStatement':
      return statement.body.flatMap(runAsModuleLoads);
    case 'IfStatement':
      return [statement.consequent, ...(statement.alternate ? [statement.alternate] : [])].flatMap(runAsModuleLoads);
    case 'TryStatement':
      return [statement.block, ...(statement.handler ? [statement.handler.body] : []), ...(statement.finalizer ? [statement.finalizer] : [])].flatMap(runAsModuleLoads);
    default:
      return [statement];
  }
}

/**
 * A function of the module's, not exported, that only start-up (or shut-down) functions call in
 * their own bodies — or functions that only they call, and so on down (simple-rpc-ai-backend's
 * `registerFileResource(…)`, called by `addWorkspaceFileResource(…)`, called by the exported
 * `setupFileReaderResources()` its server runs as it starts).
 */
export function onlyCalledAtStartUp(fn: TSESTree.Node, input: AnalysisInput, asking: ReadonlySet<TSESTree.Node> = new Set()): string | undefined {
  const uses = nameResolverFor(input).usesOf(fn);
  if (!uses || uses.length === 0 || asking.size >= MAX_CALL_DEPTH) return undefined;
  let where: string | undefined;
  for (const use of uses) {
    if (use.parent?.type !== 'CallExpression' || use.parent.callee !== use) return undefined;
    let caller: TSESTree.Node | undefined = use.parent;
    while (caller && !isFunctionNode(caller)) caller = caller.parent;
    if (!caller || caller === fn || asking.has(caller)) return undefined;
    const described = startUp(caller, input) ?? onlyCalledAtStartUp(caller, input, new Set([...asking, fn]));
    if (!described) return undefined;
    where ??= described;
  }
  return where;
}

/** How many functions down from start-up a call chain is followed. */
const MAX_CALL_DEPTH = 4;

