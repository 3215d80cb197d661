import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { moduleRunsOnlyInBrowser, PAGE_GLOBAL_OBJECTS, runsOnlyInBrowser, usesBrowserExtensionApi, type NameResolver } from './browser-only.js';
import { STANDARD_GLOBALS } from './standard-globals.js';
import { filledType, localClass, localFunction, localType, programOf, resolvedFilledType } from './local-types.js';
import { runsInSingleUserProcess } from './single-user-process.js';
import { onMinifiedLine } from './minified.js';
import { runsAsOneShotScript } from './one-shot-script.js';
import { functionName, invocationOf, isFunctionNode, isTypeWrapper, nodesOfTypes, requireSource, returnedValues, staticName, unwrapExpression, walk } from './walk.js';

/**
 * Wrappers that keep what a builder makes for the life of the process: memos (`once(() => new X())`)
 * and the named global caches of the Remix stacks (`singleton('prisma', () => new PrismaClient())`,
 * `@epic-web/remember`'s `remember('prisma', …)`), whose builder comes after the name.
 */
export const MEMO_WRAPPERS: ReadonlySet<string> = new Set(['once', 'memoize', 'memoizee', 'memoizeOne', 'memoizeWith', 'lazy', 'singleton', 'remember']);
const NAMED_CACHES: ReadonlySet<string> = new Set(['singleton', 'remember']);
/** Global objects a cache can hang off. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global', 'window', 'self']);
/** Calls that produce values, not service instances (a counter is not a singleton). */
const VALUE_CALLS = new Set([
  'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'RegExp', 'parseInt', 'parseFloat', 'Date.now', 'Object.freeze',
  'Math.random', 'Math.max', 'Math.min', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.abs',
  // id generators: a session id is a string (anything-llm's `_sessionId = uuidv4()`)
  'uuidv4', 'uuid', 'v4', 'randomUUID', 'nanoid', 'ulid', 'cuid', 'createId',
  // bytes (undici's `wasmBuffer ??= Buffer.from(wasmBase64, 'base64')`)
  'Buffer.from', 'Buffer.alloc', 'Buffer.allocUnsafe', 'Buffer.allocUnsafeSlow', 'Buffer.concat',
  // a page's frame and idle callback handles are numbers (bruno's terminal `fitFrameRef`)
  'requestAnimationFrame', 'requestIdleCallback', 'window.requestAnimationFrame', 'window.requestIdleCallback',
]);
/**
 * `getIndexSqlitePath()`, `getApiKey()`, `resolveBaseUrl()`: a function named for the value it
 * returns — a path, an address, a name, an id, a count. Not a lookup by one (`getElementById`,
 * `findUserByName`), which returns what it finds.
 */
const VALUE_GETTER = /^(?!.*By[A-Z]).*[a-z0-9](?:Path|Url|URL|Uri|URI|Dir|Directory|Name|Id|ID|Key|Count|Size|Hash)$/;
/**
 * Conversions to a value, whatever they are called on: audiobookshelf's `global.PodcastDownloadTimeout
 * = toNumber(process.env.PODCAST_DOWNLOAD_TIMEOUT, 30000)`, lodash's `_.toNumber`, a model's
 * `settings.toJSON()` (plain data, made to be serialised).
 */
const VALUE_CONVERSION = /^(?:toNumber|toInteger|toInt|toFinite|toBoolean|toBool|toJSON)$/;
/** String methods: whatever they are called on, the result is a string, never an instance. */
const STRING_METHODS = new Set(['join', 'toString', 'toFixed', 'toISOString', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'replace', 'replaceAll', 'substring', 'substr', 'charAt', 'repeat']);
/** Library functions that return strings (`Promise.resolve` is not `path.resolve`). */
const STRING_FUNCTIONS = new Set(['path.resolve', 'path.relative', 'path.dirname', 'path.basename', 'path.extname', 'path.normalize', 'JSON.stringify', 'os.tmpdir', 'os.homedir', 'process.cwd', 'crypto.randomUUID', 'uuid.v4']);
const LOGGER_NAME = /^_?(?:log|logger|console)(?:Instance)?$/i;
const LOGGER_CALLEE = /(?:^|\.)(?:createLogger|getLogger|pino|winston|bunyan|Logger|debug)$/;
// Metric instruments and tracers (OpenTelemetry's `meter.createCounter(…)`, `trace.getTracer(…)`,
// prom-client's `new Histogram(…)`) and the pipeline behind them (OpenTelemetry's `new NodeSDK(…)`,
// a `NodeTracerProvider`, its exporters and processors: genkit's `new AdjustingTraceExporter(…)`,
// `await this.buildMetricExporter()`, a `BatchSpanProcessor`), and a product-analytics client
// (posthog-node's `new PostHog(key)`, each event naming its user): like a logger, they aggregate
// across users by design.
const TELEMETRY_CALLEE = /(?:^|\.)(?:(?:get|create)(?:Observable)?(?:Counter|UpDownCounter|Histogram|Gauge|Meter|Tracer)|Counter|Histogram|Gauge|Summary|NodeSDK|(?:Node|Web|Basic)?TracerProvider|MeterProvider|[A-Za-z]*(?:Span|Trace|Metrics?|Logs?)(?:Exporter|Processor)|[A-Za-z]*MetricReader|PostHog)$/;
// A concurrency cap (`pLimit(4)` around image processing in refly, `new Bottleneck(…)`, a
// `Semaphore`): one for the process is the point; the tasks pass through it, nobody's state stays.
// A rate limiter (rate-limiter-flexible's, as etherpad's `new RateLimiterMemory(…)`;
// express-rate-limit's `rateLimit(…)`) counts per user or address by design: it is shared so that
// it can. Not a manager of the app's own that holds limiters among other things (Flowise's).
// Upstash's `new Ratelimit(…)`, and an app's own maker of one (typebot's `createRateLimiter({ … })`).
// The packages they come from, for a holder declared as one of their types and filled by a
// function of the app's own (nango's `limiterPromise: Promise<RateLimiterAbstract>`, built as a
// `RateLimiterRedis` or a `RateLimiterMemory`).
const LIMITER_PACKAGE = /^(?:rate-limiter-flexible|@upstash\/ratelimit|express-rate-limit|bottleneck|p-limit|p-throttle|p-queue|async-mutex|async-sema)(?:\/|$)/;
const LIMITER_CALLEE = /(?:^|\.)(?:pLimit|pThrottle|Bottleneck|Semaphore|Mutex|PQueue|Ratelimit|(?:(?:create|make|build)(?=[A-Z]))?(?:Bursty)?RateLimiter(?:Memory|Redis|Mongo|MySQL|Postgres|Cluster|Memcache|Union|Queue|Dynamo|Prisma|Drizzle|Valkey|Etcd|SQLite)?|rateLimit)$/;
// The server itself: the application a framework makes (`NestFactory.create(AppModule)` in refly's
// desktop entry point, `express()`, `fastify()`) or the listener (`http.createServer(…)`,
// `app.listen(port)`): one per process is what a server is.
const SERVER_CALLEE = /(?:^|\.)(?:NestFactory\.create(?:Microservice)?|express|fastify|Fastify|Koa|Hono|createServer|createSecureServer|listen)$/;
// What keeps each request's own state apart: one `AsyncLocalStorage` serves the whole process and
// hands every async context its own store (ssot-kit's request scope is one; so is the OpenAI
// Agents SDK's tracing context, kept lazily). `AsyncContext.Variable` is its TC39 successor.
const REQUEST_STORE_CLASS = /(?:^|\.)(?:AsyncLocalStorage|AsyncContext\.Variable)$/;
// A side table keyed by object identity (langgraph's `WeakSet` of patched prototypes, a
// `WeakMap` from a request to its data): nobody reaches an entry without holding its key object,
// so one user cannot read what another's object carries, and the entries go with their keys —
// as a `FinalizationRegistry`'s do (undici's request finalizer): only its clean-up reads them.
const SIDE_TABLE_CLASS = /^(?:WeakMap|WeakSet|FinalizationRegistry)$/;
// What a metrics or tracing library makes — prom-client's `new Registry()` that every route's
// metrics are registered in (trigger.dev's supervisor), Hono's `prometheus({ registry })`
// middleware (karakeep), an OpenTelemetry exporter, a StatsD client, a server's product-analytics
// client (posthog-node, Segment's, Mixpanel's, Amplitude's), Node's own instrumentation
// (`async_hooks`' `createHook(…)`, `perf_hooks`' `monitorEventLoopDelay(…)`: civitai's event-loop
// watch), and a logging library's transports and streams (langwatch's shared pino
// `DestinationStream`, one worker thread for every logger) — aggregates across users by design,
// whatever the class is called.
const TELEMETRY_PACKAGE = /^(?:(?:node:)?(?:async_hooks|perf_hooks)$|(?:pino|winston)(?:$|-)|bunyan$|log4js$|@logtape\/|prom-client|express-prom-bundle|@opentelemetry\/|hot-shots|node-statsd|dd-trace|@datadog\/|@sentry\/|posthog-node$|@segment\/analytics-node$|analytics-node$|mixpanel$|@amplitude\/(?:analytics-)?node$)|(?:^|[/-])(?:prometheus|opentelemetry)(?:$|[/-])/;
// SDKs that only run in a page: Stripe.js (the server's is `stripe`), PostHog's and Mixpanel's
// browser clients, Amplitude's and Segment's browser packages, IndexedDB wrappers (Dexie among them), Hocuspocus'
// editor provider (docmost's collaboration socket; the server is `@hocuspocus/server`), Cal.com's
// booking embed (agentset's), tippy.js'
// DOM popups (dittofeed's editor menu).
const BROWSER_SDK_PACKAGE = /^(?:@stripe\/(?:stripe-js|react-stripe-js)|posthog-js|mixpanel-browser|@amplitude\/analytics-browser|@segment\/analytics-next|idb|idb-keyval|localforage|dexie|@calcom\/embed-(?:react|snippet|core)|@hocuspocus\/provider|tippy\.js)(?:\/|$)/;
// A tokenizer or a model loaded once (lunary's `new Tiktoken(ranks)` per vendor, a
// transformers.js `pipeline('sentiment-analysis')`), or a syntax highlighter's grammars (Shiki's
// `createHighlighter(…)`, cline's code blocks): megabytes of weights and tables that every call
// reads and none writes — a pure function of its input, kept so that it loads once.
const MODEL_PACKAGE = /^(?:shiki|@shikijs\/[\w-]+|@xenova\/transformers|@huggingface\/transformers|js-tiktoken|tiktoken|@dqbd\/tiktoken|gpt-tokenizer|gpt-3-encoder|@anthropic-ai\/tokenizer|llama3-tokenizer-js|mistral-tokenizer-js|onnxruntime-(?:node|web)|@tensorflow\/tfjs(?:-node)?)(?:\/|$)/;
// … and what formats or codes values by fixed rules: an `Intl.NumberFormat` (agentset's number
// formatters), a `TextDecoder`.
const DATA_CONSTRUCTOR = /^(?:RegExp|(?:Big)?(?:Ui|I)nt(?:8|16|32|64)(?:Clamped)?Array|Float(?:32|64)Array|(?:Shared)?ArrayBuffer|DataView|Date|URL|Text(?:En|De)coder|Intl\.(?:NumberFormat|DateTimeFormat|Collator|PluralRules|RelativeTimeFormat|ListFormat|Segmenter|DisplayNames|Locale))$/;
// Packages whose `lazy` makes a code-split component.
const COMPONENT_LAZY_PACKAGE = /^(?:react|preact\/compat|solid-js)$/;
// A no-op stand-in (OpenTelemetry's `NoopTracer`, trigger.dev's `const NOOP_MANAGER = new
// NoopRunMetadataManager()` until a real manager is registered): it does nothing, so it keeps nothing.
const NO_OP_CLASS = /^No[oO]p[A-Z]/;
const isNoOpClass = (producer: string | undefined): boolean => producer !== undefined && NO_OP_CLASS.test(producer.split('.').pop()!);

/** `a.b.c` for a callee written so, through type wrappers. */
export function calleeText(node: TSESTree.Node): string | undefined {
  const callee = unwrapExpression(node);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') {
    const object = calleeText(callee.object);
    const name = staticName(callee.property);
    return object && name ? `${object}.${name}` : name;
  }
  return undefined;
}

/** The class or function an object-producing expression comes from, for messages and `allow`. */
function producerName(node: TSESTree.Node): string | undefined {
  const expr = unwrapExpression(node);
  if (expr.type === 'NewExpression' || expr.type === 'CallExpression') return calleeText(expr.callee);
  if (expr.type === 'AwaitExpression') return producerName(expr.argument);
  if (expr.type === 'LogicalExpression') return producerName(expr.right) ?? producerName(expr.left);
  if (expr.type === 'ConditionalExpression') return producerName(expr.consequent) ?? producerName(expr.alternate);
  if (expr.type === 'AssignmentExpression') return producerName(expr.right);
  return undefined;
}

// Methods a string shares with arrays: a string's (or a list of strings) when called on one —
// NodeBB's `crypto.randomBytes(9).toString('hex').slice(0, 18)`.
const STRING_OR_ARRAY_METHODS = new Set(['slice', 'concat', 'at', 'split']);

function returnsString(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticName(callee.property);
  if (method !== undefined && STRING_METHODS.has(method)) return true;
  if (method !== undefined && STRING_OR_ARRAY_METHODS.has(method)) {
    const target = unwrapExpression(callee.object);
    if (target.type === 'CallExpression' && returnsString(target)) return true;
  }
  const name = calleeText(callee);
  return name !== undefined && STRING_FUNCTIONS.has(name.split('.').slice(-2).join('.'));
}

// `setInterval(sweep, 60_000)`: a timer's handle cancels a job; it holds no one's state.
export const TIMER = /^(?:(?:globalThis|global|window|self|timers)\.)?(?:setInterval|setTimeout|setImmediate)$/;

/** `setInterval(…)`, `setTimeout(…).unref()`: a call that starts a timer and hands back its handle. */
function startsTimer(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'MemberExpression' && ['unref', 'ref'].includes(staticName(callee.property) ?? '')) {
    const target = unwrapExpression(callee.object);
    return target.type === 'CallExpression' && startsTimer(target);
  }
  return TIMER.test(calleeText(callee) ?? '');
}

const PRIMITIVE_OPERATORS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>']);

/** `a === b`, `'k' in o`, `!x`, `typeof x`, `1`, `` `${a}` ``: an expression whose value is a primitive whatever its operands. */
function isPrimitiveExpression(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  switch (expr.type) {
    case 'Literal':
      return !('regex' in expr && expr.regex);
    case 'TemplateLiteral':
      return true;
    case 'UnaryExpression':
      return expr.operator !== 'delete';
    case 'BinaryExpression':
      return PRIMITIVE_OPERATORS.has(expr.operator);
    case 'LogicalExpression':
      return isPrimitiveExpression(expr.left) && isPrimitiveExpression(expr.right);
    case 'ConditionalExpression':
      return isPrimitiveExpression(expr.consequent) && isPrimitiveExpression(expr.alternate);
    case 'CallExpression':
      return returnsString(expr);
    default:
      return false;
  }
}

/**
 * A call whose function gives a primitive at every `return`: an IIFE (voltagent's `isZodV4 = (() =>
 * { …; return 'toJSONSchema' in z; })()`), or a function the module declares at its top (Ackee's
 * `let salt = generate()`, renewed daily, where `generate = () => crypto.randomBytes(16).toString('hex')`).
 * It computes a value; it makes no instance.
 */
function callsPrimitiveReturningFunction(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const fn = isFunctionNode(callee) ? callee : callee.type === 'Identifier' ? localFunction(call, callee.name) : undefined;
  if (!fn) return false;
  const values = returnedValues(fn);
  return values.length > 0 && values.every((value) => value !== null && isPrimitiveExpression(value));
}

/** Whether a value is an object made at run time — `new`, a call or `await` — rather than a literal or a count. */
// `jest.fn()`, `vi.spyOn(…)`, `sinon.stub()`, `td.func()`: a test double, which holds no user's state.
const TEST_DOUBLE_MAKER = /^(?:(?:jest|vi)\.(?:fn|spyOn|mocked)|(?:sinon|sandbox)\.(?:stub|spy|fake|mock|createStubInstance)|td\.(?:func|object|instance|constructor))$/;

/** A test double, configured or not: `jest.fn()`, `jest.fn().mockImplementation(…)`. */
function makesTestDouble(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = call;
  for (;;) {
    const callee: TSESTree.Node = unwrapExpression((current as TSESTree.CallExpression).callee);
    if (callee.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'CallExpression') {
      current = unwrapExpression(callee.object);
      continue;
    }
    return TEST_DOUBLE_MAKER.test(calleeText(callee) ?? '');
  }
}

/**
 * `import('chrono-node')`, `require('heavy')`, through `await`, `.catch()` and `.finally()`: a module
 * loaded on first use — a bundle split or a slow require put off — not an instance built for anyone.
 */
function loadsModule(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'ImportExpression') return true;
  if (expr.type === 'AwaitExpression') return loadsModule(expr.argument);
  if (expr.type !== 'CallExpression') return false;
  if (expr.callee.type === 'Identifier') return expr.callee.name === 'require' || madeByCreateRequire(expr.callee);
  if (loadsModulesTogether(expr)) return true;
  if (expr.callee.type !== 'MemberExpression' || !loadsModule(expr.callee.object)) return false;
  const method = staticName(expr.callee.property);
  if (method === 'catch' || method === 'finally') return true;
  // `.then(cb)` hands out what `cb` makes — `import('elkjs').then((m) => new m.default())` is an
  // instance — unless `cb` only picks exports (React.lazy's `(m) => ({ default: m.Flow })`).
  const callback = expr.arguments[0];
  return method === 'then' && callback !== undefined && isFunctionNode(callback) && picksExports(callback);
}

/**
 * `r` after `const r = createRequire(import.meta.url)` in a block around it (TypeAgent's lazy
 * better-sqlite3, langwatch's lazy superjson): a `require` an ES module made itself.
 */
function madeByCreateRequire(callee: TSESTree.Identifier): boolean {
  for (let scope: TSESTree.Node | undefined = callee.parent; scope; scope = scope.parent) {
    if (scope.type !== 'BlockStatement' && scope.type !== 'Program') continue;
    for (const statement of scope.body) {
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
      const init = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === callee.name)?.init;
      if (init) return init.type === 'CallExpression' && /(?:^|\.)createRequire$/.test(calleeText(init.callee) ?? '');
    }
  }
  return false;
}

/** A callback that builds and calls nothing: it can only pick from what it is given. */
function picksExports(fn: TSESTree.FunctionLike): boolean {
  let builds = false;
  if (fn.body) walk(fn.body, (node) => {
    if (node.type === 'NewExpression' || node.type === 'CallExpression' || node.type === 'TaggedTemplateExpression') builds = true;
  });
  return !builds;
}

/** `Promise.all([import('node:fs'), import('node:path')])`: modules loaded together. */
function loadsModulesTogether(call: TSESTree.CallExpression): boolean {
  const list = call.arguments[0];
  return calleeText(call.callee) === 'Promise.all' && list?.type === 'ArrayExpression' && list.elements.length > 0
    && list.elements.every((element) => element !== null && element.type !== 'SpreadElement' && loadsModule(element));
}

/**
 * An IIFE that calls nothing but module loads (voltagent's `nodeRuntimePromise = (async () => {
 * const [fs, path] = await Promise.all([import('node:fs/promises'), import('node:path')]); return
 * { fs, path }; })()`): whatever it returns is picked from modules, as a `.then()` that picks exports.
 */
function iifeOnlyLoadsModules(call: TSESTree.CallExpression): boolean {
  const fn = unwrapExpression(call.callee);
  if (!isFunctionNode(fn)) return false;
  let loads = false;
  let other = false;
  walk(fn.body, (node) => {
    if (node.type === 'NewExpression' || node.type === 'TaggedTemplateExpression') other = true;
    else if (node.type === 'ImportExpression') loads = true;
    else if (node.type === 'CallExpression' && !loadsModule(node) && !loadsModulesTogether(node) && !(node.parent?.type === 'MemberExpression' && node.parent.parent?.type === 'CallExpression' && loadsModule(node.parent.parent))) other = true;
    else if (node.type === 'CallExpression') loads = true;
  });
  return loads && !other;
}

/**
 * `envSchema.parse(process.env)`, `JSON.parse(text)`, `yaml.parse(…)`, zod's `safeParseAsync(…)`:
 * what a parse returns is data read from its input (unkey's `_env ??= envSchema.parse(process.env)`),
 * config, not a service instance; so is what a deserialiser reads (an ANTLR grammar's
 * `__ATN ??= new ATNDeserializer().deserialize(…)`, in every generated parser) and what an
 * extraction takes out of its input (homarr's `cache = extractToolsFromProcedures(mcpRouter)`).
 */
const PARSE = /^(?:(?:safeP|p)arse(?:Async)?|deserialize|extract(?:[A-Z][\w$]*)?)$/;
// A response's payload, `await res.json()` or axios' `resp.data` (etherpad's update check keeps
// the `info.json` it fetched): data another service sent, not an instance.
const RESPONSE = /^(?:res|resp|response|result|reply)$|Response$/i;
const parsesData = (node: TSESTree.Node): boolean => {
  if (node.type === 'MemberExpression') {
    const object = unwrapExpression(node.object);
    return ['data', 'body'].includes(staticName(node.property) ?? '') && object.type === 'Identifier' && RESPONSE.test(object.name);
  }
  if (node.type !== 'CallExpression') return false;
  const callee = calleeText(node.callee);
  return PARSE.test(callee?.split('.').pop() ?? '') || (callee !== undefined && /^[\w$]+\.json$/.test(callee) && RESPONSE.test(callee.split('.')[0]!));
};

// A dependency-injection container: Vendure's `init(injector) { connection = injector.get(TransactionalConnection) }`,
// NestJS's `moduleRef.get(…)`, InversifyJS' and TypeDI's `container.get(…)`, `app.get(ConfigService)`.
const CONTAINER = /^(?:injector|moduleRef|container|Container|app|nestApp|ioc)$/;

/**
 * `injector.get(OrderService)`: a lookup in a DI container, which made the instance and decides how
 * long it lives (one for the app, or one per request where the provider says so) — the module
 * only keeps a reference to the container's. Not `app.get('/path', handler)` nor `app.get('env')`:
 * an app is a container when asked for a class or a token, not a string.
 */
function resolvesFromContainer(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !['get', 'resolve'].includes(staticName(callee.property) ?? '')) return false;
  const owner = calleeText(callee.object)?.split('.').pop();
  const token = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (owner === undefined || !CONTAINER.test(owner) || call.arguments.length > 2 || token === undefined) return false;
  // A string names a route or a setting of an Express app; a container may take one as a token.
  return token.type === 'Identifier' || token.type === 'MemberExpression' || (!/app$/i.test(owner) && token.type === 'Literal' && typeof token.value === 'string');
}

function producesObject(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  switch (expr.type) {
    case 'NewExpression': {
      // A compiled pattern holds no one's state: a lazily built `new RegExp(…)` is a constant; nor
      // do bytes, a date or an address (undici's `currentBuffer = new Uint8Array(memory, ptr, size)`).
      const made = calleeText(expr.callee);
      return !DATA_CONSTRUCTOR.test(made ?? '') && !isNoOpClass(made);
    }
    case 'AwaitExpression': {
      const awaited = unwrapExpression(expr.argument);
      return !loadsModule(expr.argument) && !parsesData(awaited) && !(awaited.type === 'CallExpression' && resolvesFromContainer(awaited));
    }
    case 'CallExpression': {
      if (loadsModule(expr)) return false;
      const name = calleeText(expr.callee);
      // `this.getService.bind(this)`: a function, not an instance.
      const bindsFunction = name?.endsWith('.bind') === true;
      return !((name && (VALUE_CALLS.has(name) || VALUE_GETTER.test(name) || VALUE_CONVERSION.test(name.split('.').pop()!))) || bindsFunction || parsesData(expr) || resolvesFromContainer(expr) || returnsString(expr) || makesTestDouble(expr) || startsTimer(expr) || callsPrimitiveReturningFunction(expr) || iifeOnlyLoadsModules(expr));
    }
    case 'LogicalExpression':
      return producesObject(expr.left) || producesObject(expr.right);
    case 'ConditionalExpression':
      return producesObject(expr.consequent) || producesObject(expr.alternate);
    case 'AssignmentExpression':
      return producesObject(expr.right);
    case 'SequenceExpression':
      return producesObject(expr.expressions[expr.expressions.length - 1]!);
    default:
      return false;
  }
}

const importSources = new WeakMap<TSESTree.Program, Map<string, string>>();

/** The package of the name `client.Registry` (or `client`) starts from, when it is known. */
function sourceOfMember(node: TSESTree.Node | null, sources: ReadonlyMap<string, string>): string | undefined {
  let root = node && unwrapExpression(node);
  while (root?.type === 'MemberExpression') root = unwrapExpression(root.object);
  return root?.type === 'Identifier' ? sources.get(root.name) : undefined;
}

/**
 * The package a module-level name comes from: `import { Registry } from 'prom-client'`,
 * `import * as client from 'prom-client'`, `const { Registry } = require('prom-client')`, and a
 * constant taken from one of those (`const Registry = client.Registry`, `const { Histogram } = client`).
 */
function importSourceOf(program: TSESTree.Program, name: string): string | undefined {
  let sources = importSources.get(program);
  if (!sources) {
    sources = new Map();
    for (const statement of program.body) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) sources.set(specifier.local.name, statement.source.value);
      } else if (statement.type === 'VariableDeclaration') {
        for (const declarator of statement.declarations) {
          const source = requireSource(declarator.init) ?? (statement.kind === 'const' ? sourceOfMember(declarator.init, sources) : undefined);
          if (source === undefined) continue;
          if (declarator.id.type === 'Identifier') sources.set(declarator.id.name, source);
          else if (declarator.id.type === 'ObjectPattern') {
            for (const property of declarator.id.properties) if (property.type === 'Property' && property.value.type === 'Identifier') sources.set(property.value.name, source);
          }
        }
      }
    }
    importSources.set(program, sources);
  }
  return sources.get(name);
}

/**
 * Loggers, telemetry, per-request stores, concurrency caps, loaded models and the server itself:
 * one for the process is what they are for. What a browser-only SDK makes (Stripe.js' `loadStripe(…)`,
 * posthog-js) lives in a page, which serves one user. `at` is where the holder is, to look up
 * where the producer comes from.
 */
function sharedByDesign(name: string, producer: string | undefined, at: TSESTree.Node, declaredType?: TSESTree.TypeNode): boolean {
  if (LOGGER_NAME.test(name)) return true;
  // Named for a value, as a getter can be (VALUE_GETTER): audiobookshelf's `global.ConfigPath =
  // fileUtils.filePathToPOSIX(…)`, a `sessionId`, a `baseUrl` — one for the process is no instance.
  if (VALUE_GETTER.test(name)) return true;
  const program = programOf(at);
  const packageOf = (root: string) => (program && importSourceOf(program, root)) ?? '';
  // Declared as a telemetry package's type (or a model's, or a limiter's), whatever fills it: spacebar's `static
  // openConnectionsMetric?: Gauge` (prom-client), set from `Monitoring.attachMetric(…)`.
  // `Gauge | undefined`, `Gauge | null`: what it holds once filled; and what a promise resolves to:
  // cline's `highlighterPromise: Promise<HighlighterCore>` (Shiki's).
  const held = resolvedFilledType(declaredType);
  if (held?.type === 'TSTypeReference') {
    let typeName: TSESTree.EntityName = held.typeName;
    while (typeName.type === 'TSQualifiedName') typeName = typeName.left;
    const source = typeName.type === 'Identifier' ? packageOf(typeName.name) : '';
    if (TELEMETRY_PACKAGE.test(source) || MODEL_PACKAGE.test(source) || LIMITER_PACKAGE.test(source)) return true;
  }
  if (producer === undefined) return false;
  if ([LOGGER_CALLEE, TELEMETRY_CALLEE, REQUEST_STORE_CLASS, LIMITER_CALLEE, SERVER_CALLEE, SIDE_TABLE_CLASS].some((pattern) => pattern.test(producer))) return true;
  const root = producer.split('.')[0]!;
  // A class of the module's own is its base class's kind: big-AGI's `class BigAgiDB extends Dexie`.
  const base = program && !producer.includes('.') ? baseClassOf(program, root) : undefined;
  const source = packageOf(root) || (base !== undefined ? packageOf(base) : '');
  if (TELEMETRY_PACKAGE.test(source) || BROWSER_SDK_PACKAGE.test(source) || MODEL_PACKAGE.test(source)) return true;
  return program !== undefined && !producer.includes('.') && keepsPageOnlyObject(program, root);
}

/**
 * Whether a class the module declares keeps, in a field of its own, what only a page has
 * (midscene's Chrome extension `IndexedDBManager`, `private db: IDBDatabase | null`): its instances
 * live in one user's page, as a holder so typed does (see holdsValues).
 */
function keepsPageOnlyObject(program: TSESTree.Program, name: string): boolean {
  return localClass(program, name)?.body.body.some((member) => {
    if (member.type !== 'PropertyDefinition' || member.static) return false;
    const held = resolvedFilledType(member.typeAnnotation?.typeAnnotation);
    return held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && PAGE_ONLY_TYPE.test(held.typeName.name);
  }) ?? false;
}

/** The imported name a class the module declares at its top extends (`class BigAgiDB extends Dexie` → `Dexie`). */
function baseClassOf(program: TSESTree.Program, name: string): string | undefined {
  const superClass = localClass(program, name)?.superClass;
  const base = superClass && unwrapExpression(superClass);
  return base?.type === 'Identifier' ? base.name : base?.type === 'MemberExpression' ? calleeText(base)?.split('.')[0] : undefined;
}

function allowed(config: ResolvedConfig, ...names: Array<string | undefined>): boolean {
  return names.some((name) => {
    if (!name) return false;
    const last = name.split('.').pop()!;
    return config.allow.includes(name) || config.allow.includes(last);
  });
}

/** An IIFE: `(function () { … })()`, `(() => { … })()`, `!function () { … }()`. */
function isIife(fn: TSESTree.Node): boolean {
  return invocationOf(fn)?.type === 'CallExpression';
}

/**
 * Code that lives as long as the module: the top level, and the bodies of IIFEs run from there.
 * A variable declared there and filled from inside a function is a module-lifetime holder.
 */
function isModuleLifetimeScopeBlock(node: TSESTree.Node): 'module' | 'iife' | undefined {
  let current: TSESTree.Node | undefined = node;
  let kind: 'module' | 'iife' = 'module';
  while (current) {
    if (current.type === 'Program') return kind;
    if (isFunctionNode(current)) {
      if (!isIife(current)) return undefined;
      kind = 'iife';
    }
    current = current.parent;
  }
  return undefined;
}

function isInsideNonIifeFunction(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== boundary; current = current.parent) {
    if (isFunctionNode(current) && !isIife(current)) return true;
  }
  return false;
}

// DOM types no server has: elements, IndexedDB's handles, media, canvas and WebRTC contexts.
const PAGE_ONLY_TYPE = /^(?:(?:HTML|SVG)\w*Element|IDB(?:Database|ObjectStore|Transaction|Index|Factory|OpenDBRequest|Cursor\w*)|MediaStream|MediaRecorder|AudioContext|CanvasRenderingContext2D|WebGL2?RenderingContext|OffscreenCanvas|ServiceWorkerRegistration|RTCPeerConnection)$/;
const PRIMITIVE_TYPES = new Set(['TSVoidKeyword', 'TSStringKeyword', 'TSNumberKeyword', 'TSBooleanKeyword', 'TSBigIntKeyword', 'TSSymbolKeyword', 'TSLiteralType', 'TSTemplateLiteralType', 'TSUndefinedKeyword', 'TSNullKeyword']);

// Data, not behaviour: a cached file's bytes (outline's `errorHtmlCache: Buffer`), a date, a
// pattern, an address, a document id (chat-ui's `lockId: ObjectId`); and handles that only undo
// something — a timer's, a registration's (continue's `vscode.Disposable` code-lens registrations).
const VALUE_TYPES = new Set(['Buffer', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigUint64Array', 'BigInt64Array', 'Date', 'RegExp', 'URL', 'ObjectId', 'Disposable', 'IDisposable', 'Subscription', 'Timeout', 'Timer', 'Immediate',
  // A middleware function (Express's, Hono's): the app's request pipeline, shared by design (Hexabot's session middleware).
  'RequestHandler', 'ErrorRequestHandler', 'MiddlewareHandler']);
// `UnlistenFn`, `CleanupFunction`: a function type by name (not `RegisteredCallback`, outline's `{ callback, options }` records).
const CALLBACK_TYPE = /[a-z](?:Fn|Func|Function)$/;
/** `ElasticsearchRuntimeOptions`, `AppConfig`: settings, which every request reads alike (Vendure's plugins keep theirs in a static). */
const SETTINGS_TYPE = /(?:^|[a-z])(?:Options|Config|Configuration|Settings)$/;
/** `ServerVersionDto`, `ModelInfo`: a data transfer object or an info record is data by its name (hedgedoc's cached version, cline's model catalogue). */
const DATA_TRANSFER_TYPE = /[a-z0-9](?:Dto|DTO|Info)$/;
/** Containers whose contents decide: a `Set<string>` of model names, a `Map<string, string[]>` of regions, hold values. */
const VALUE_CONTAINERS = new Set(['Promise', 'Array', 'ReadonlyArray', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Record']);

/**
 * `let secret: string | undefined`, `static os: string`, `let latest: Promise<string | null>`,
 * `let page: Buffer`: declared to hold a value — or a promise, a list, a set or a map of values
 * (Flowise's `Set<string>` of model names), or a callback — never an instance anyone else shares.
 */
function holdsValues(annotation: TSESTree.TypeNode | undefined, depth = 0): boolean {
  if (!annotation || depth > 8) return false;
  const holds = (type: TSESTree.TypeNode | undefined) => holdsValues(type, depth + 1);
  // An object only a page has (formbricks' `dbPromise: Promise<IDBDatabase>`, an element): a page serves one user.
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && PAGE_ONLY_TYPE.test(annotation.typeName.name)) return true;
  if (annotation.type === 'TSUnionType') return annotation.types.every(holds);
  // A list, of whatever: data read once (growthbook's `cachedSkills: Skill[]`, a search index, a
  // compiled route table) or what is registered (outline's `static handlers: Handler[]`), not one
  // instance handed to every caller.
  if (annotation.type === 'TSArrayType') return true;
  // atproto's `static appLabelers: readonly string[]`
  if (annotation.type === 'TSTypeOperator' && annotation.operator === 'readonly') return holds(annotation.typeAnnotation);
  // A part of a record of values is values: unkey's `z.infer<typeof githubKeysSchema>["public_keys"]`.
  if (annotation.type === 'TSIndexedAccessType') return holds(annotation.objectType);
  // `vscode.Disposable`, `NodeJS.Timeout`: the type's own name decides. What a zod schema parses
  // (`z.infer<typeof schema>`, `z.output`, `z.input`) is data.
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'TSQualifiedName') {
    const { left, right } = annotation.typeName;
    return VALUE_TYPES.has(right.name) || (left.type === 'Identifier' && left.name === 'z' && ZOD_DATA_TYPES.has(right.name))
      || (left.type === 'Identifier' && left.name === 'Intl' && DATA_CONSTRUCTOR.test(`Intl.${right.name}`));
  }
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier') {
    if (VALUE_TYPES.has(annotation.typeName.name) || CALLBACK_TYPE.test(annotation.typeName.name) || SETTINGS_TYPE.test(annotation.typeName.name) || DATA_TRANSFER_TYPE.test(annotation.typeName.name)) return true;
    if (!VALUE_CONTAINERS.has(annotation.typeName.name)) {
      if (annotation.typeArguments) return false;
      const local = localType(annotation, annotation.typeName.name);
      return Array.isArray(local) ? recordOfValues(local, holds) : holds(local as TSESTree.TypeNode | undefined);
    }
    const params = annotation.typeArguments?.params ?? [];
    // `Record<string, unknown>`: a plain object of whatever JSON holds (langwatch's evaluator
    // catalogue, built once from compiled-in schemas); nothing is called on an `unknown`.
    if (annotation.typeName.name === 'Record' && params.length === 2 && params[1]!.type === 'TSUnknownKeyword') return holds(params[0]);
    return params.length > 0 && params.every(holds);
  }
  // linkwarden's `let appleClientSecret: { value: string; expiresAt: number }`: a record of values.
  if (annotation.type === 'TSTypeLiteral') return recordOfValues(annotation.members, holds);
  // `let unsubscribe: (() => void) | null`: a callback kept, not an instance.
  return PRIMITIVE_TYPES.has(annotation.type) || annotation.type === 'TSFunctionType';
}

/**
 * `typeof import('typescript')`, or `typeof SuperJSON` after `import type SuperJSON from
 * 'superjson'`: the module itself, imported for its types only and loaded on first use
 * (langwatch's logger requires superjson lazily) — code, not an instance built for anyone.
 */
function holdsModule(annotation: TSESTree.TypeNode | undefined): boolean {
  const query = filledType(annotation);
  if (query?.type !== 'TSTypeQuery') return false;
  if (query.exprName.type === 'TSImportType') return true;
  if (query.exprName.type !== 'Identifier') return false;
  const name = query.exprName.name;
  return (programOf(query)?.body ?? []).some((statement) => statement.type === 'ImportDeclaration'
    && statement.specifiers.some((specifier) => specifier.local.name === name && (statement.importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'))));
}

/** The types a zod schema's parse gives: `z.infer<typeof schema>`, `z.output<…>`, `z.input<…>`. */
const ZOD_DATA_TYPES = new Set(['infer', 'output', 'input']);

/** `new Map<number, number>()`, `new Set<string>()`: a container whose type arguments say it holds values (civitai's `fetchedAt` clock). */
function constructsValues(init: TSESTree.Node | null | undefined): boolean {
  const value = init && unwrapExpression(init);
  if (value?.type !== 'NewExpression' || value.callee.type !== 'Identifier' || !VALUE_CONTAINERS.has(value.callee.name)) return false;
  const params = value.typeArguments?.params ?? [];
  return params.length > 0 && params.every((param) => holdsValues(param));
}

/** Whether a type's members are all properties, each holding values: `{ value: string; expiresAt: number }`. */
function recordOfValues(members: readonly TSESTree.TypeElement[], holds: (type: TSESTree.TypeNode | undefined) => boolean): boolean {
  const types = members.map((member) => (member.type === 'TSPropertySignature' ? member.typeAnnotation?.typeAnnotation : undefined));
  // Only functions (`{ get: (url: string) => Promise<Response> }`): an object's methods, not a record.
  return types.length > 0 && types.every(holds) && !types.every((type) => type?.type === 'TSFunctionType');
}

function isPrimitiveLiteral(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const expr = unwrapExpression(node);
  if (expr.type === 'TemplateLiteral') return true;
  return expr.type === 'Literal' && (typeof expr.value === 'string' || typeof expr.value === 'number' || typeof expr.value === 'boolean' || typeof expr.value === 'bigint');
}

const EQUALITY = new Set(['===', '!==', '==', '!=']);

/**
 * `c = peek(); … if (c === '{')`, `state = 'idle'`, `switch (c) { case 'x': … }`: a variable
 * that is given or compared with a string, number or boolean holds values, not an instance.
 */
function usedAsPrimitive(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    if (reference.isWrite() && isPrimitiveLiteral(reference.writeExpr as TSESTree.Node | null)) return true;
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (parent?.type === 'BinaryExpression' && EQUALITY.has(parent.operator)) {
      return isPrimitiveLiteral(parent.left === identifier ? parent.right : parent.left);
    }
    if (parent?.type === 'SwitchStatement' && parent.discriminant === identifier) return parent.cases.some((c) => isPrimitiveLiteral(c.test));
    // `<${name}@${baseDomain}>`: an instance would print as [object Object].
    return parent?.type === 'TemplateLiteral';
  });
}

/** Test-framework hooks and test cases: what they assign is a test's fixture or stub, not a holder. */
const TEST_HOOKS = new Set(['before', 'beforeEach', 'beforeAll', 'after', 'afterEach', 'afterAll', 'setup', 'teardown', 'suiteSetup', 'suiteTeardown']);
const TEST_CASES = new Set(['it', 'test', 'fit', 'xit', 'xtest']);

function insideTestCallback(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type === 'CallExpression' && call.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      // `beforeEach(…)`, `mocha.beforeEach(…)`; `it(…)`, `test(…)`, `it.concurrent(…)`
      const segments = calleeText(call.callee)?.split('.') ?? [];
      if (TEST_HOOKS.has(segments[segments.length - 1]!) || TEST_CASES.has(segments[0]!)) return true;
    }
  }
  return false;
}

function mentionsPromise(annotation: TSESTree.TypeNode | undefined): boolean {
  if (!annotation) return false;
  if (annotation.type === 'TSTypeReference') return annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Promise';
  if (annotation.type === 'TSUnionType') return annotation.types.some(mentionsPromise);
  return false;
}

/** The value a write reference stores: `x = v`, `x ??= v`, `x ||= v`. */
function writtenValue(identifier: TSESTree.Node): TSESTree.Node | undefined {
  let node = identifier;
  while (node.parent && isTypeWrapper(node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === node) return parent.right;
  return undefined;
}

/** The function a write runs in: the nearest enclosing one that is not an IIFE. */
function writingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current) && !isIife(current)) return current;
  return undefined;
}

/** What a reader calls a function: `start()`, `init()`; undefined for an anonymous callback. */
function functionLabel(fn: TSESTree.Node): string | undefined {
  const name = functionName(fn);
  return name === undefined ? undefined : `${name}()`;
}

/** Whether `node` is (inside) the test of an `if`, a `?:` or the left of `||`/`??`/`&&`, short of `boundary`. */
function inTest(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  for (let current = node; current.parent && current !== boundary; current = current.parent) {
    const parent = current.parent;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test === current) return true;
    if (parent.type === 'LogicalExpression' && parent.left === current) return true;
  }
  return false;
}

/**
 * `x ??= …`, `if (!x) x = …`, `if (x) return x; x = …`, `x || (x = …)`: the function looks at
 * the variable before it writes it — it fills it on first use. Otherwise (`serverApp = new App()`
 * in `start()`) the variable is simply assigned there, which the finding says instead.
 */
function fillsOnFirstUse(write: TSESLint.Scope.Reference, variable: TSESLint.Scope.Variable): boolean {
  const identifier = write.identifier as TSESTree.Node;
  let target = identifier;
  while (target.parent && isTypeWrapper(target.parent)) target = target.parent;
  const assignment = target.parent?.type === 'AssignmentExpression' ? target.parent : undefined;
  if (assignment && (assignment.operator === '??=' || assignment.operator === '||=')) return true;
  const fn = writingFunction(identifier);
  if (!fn) return true;
  // Looked at before the write, or in the value written (`x = x || create()`).
  const before = assignment?.range[1] ?? identifier.range[1];
  return variable.references.some((reference) => {
    const read = reference.identifier as TSESTree.Node;
    return reference.isRead() && read.range[0] < before && writingFunction(read) === fn && inTest(read, fn);
  });
}

/**
 * `memoryState = reducer(memoryState, action)` (shadcn's toast store, in many apps), `pending =
 * pending.filter((n) => n !== done)` (moleculer's dev client): the next state computed from the
 * last one — a reducer's state or a list's next version, not an instance made once and shared.
 */
function nextStateOf(value: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  const call = unwrapExpression(value);
  if (call.type !== 'CallExpression') return false;
  const isThisVariable = (node: TSESTree.Node) => {
    const passed = unwrapExpression(node);
    return passed.type === 'Identifier' && variable.references.some((reference) => reference.identifier === passed);
  };
  // `x.filter(…).map(…)`, `queue.then(…).catch(…)`: down the chain to what it starts from.
  let link: TSESTree.Node = call;
  while (link.type === 'CallExpression') {
    const callee = unwrapExpression(link.callee);
    if (callee.type !== 'MemberExpression' || !NEXT_VERSION_METHODS.has(staticName(callee.property) ?? '')) break;
    link = unwrapExpression(callee.object);
    if (isThisVariable(link)) return true;
  }
  return call.arguments.some(isThisVariable);
}

/**
 * `server = new Server(); server.listen()` (Plane's live server): what the module starts
 * listening is the process's server, whatever its class is called — one per process is what a
 * server is (as `app.listen(port)` is, in sharedByDesign).
 */
function listens(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    const member = (reference.identifier as TSESTree.Node).parent;
    return member?.type === 'MemberExpression' && member.object === reference.identifier && staticName(member.property) === 'listen' && member.parent?.type === 'CallExpression' && member.parent.callee === member;
  });
}

/**
 * Methods that make a value's next version: an array's (`filter`, `map`, `concat`, `toSorted`…),
 * or a promise chain's next link (`queue = queue.then(() => send(event))`, langgraph's analytics:
 * a serial queue, which the work passes through).
 */
const NEXT_VERSION_METHODS = new Set(['filter', 'map', 'concat', 'slice', 'flat', 'flatMap', 'toSorted', 'toReversed', 'toSpliced', 'with', 'then', 'catch', 'finally']);

function lazyBindingHolders(input: AnalysisInput, config: ResolvedConfig, names: NameResolver, out: HolderFinding[]): void {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return;
  for (const scope of scopeManager.scopes) {
    if (scope.type !== 'module' && scope.type !== 'global' && scope.type !== 'function') continue;
    if (scope.type === 'function' && !isIife(scope.block)) continue;
    const lifetime = isModuleLifetimeScopeBlock(scope.block);
    if (!lifetime) continue;
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (!def || def.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind === 'const') continue;
      const declarator = def.node as TSESTree.VariableDeclarator;
      const declared = declarator.id.type === 'Identifier' ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
      if (declarator.id.type === 'Identifier' && (holdsValues(declared) || holdsModule(declared) || constructsValues(declarator.init))) continue;
      const lazyWrite = variable.references.find((reference: TSESLint.Scope.Reference) => {
        if (!reference.isWrite() || reference.init) return false;
        if (!isInsideNonIifeFunction(reference.identifier as TSESTree.Node, scope.block as TSESTree.Node)) return false;
        if (insideTestCallback(reference.identifier as TSESTree.Node)) return false;
        // A page's own cache (see browser-only.ts): no server process fills it.
        if (runsOnlyInBrowser(reference.identifier as TSESTree.Node, names)) return false;
        const value = writtenValue(reference.identifier as TSESTree.Node);
        return value !== undefined && producesObject(value) && !nextStateOf(value, variable);
      });
      if (!lazyWrite || usedAsPrimitive(variable)) continue;
      // What it is filled with, when every fill agrees: documenso's storage provider is an
      // `S3Provider` or an `AzureBlobProvider`, by configuration — neither class is the holder's.
      const producers = new Set(variable.references.filter((reference) => reference.isWrite() && !reference.init).map((reference) => {
        const value = writtenValue(reference.identifier as TSESTree.Node);
        return value !== undefined && producesObject(value) ? producerName(value) : undefined;
      }).filter((name) => name !== undefined));
      const producer = producers.size === 1 ? [...producers][0] : undefined;
      const idAnnotation = (declarator.id as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
      if (allowed(config, variable.name, producer) || sharedByDesign(variable.name, producer, declarator, idAnnotation) || listens(variable)) continue;
      const shape = lifetime === 'iife' ? 'iife-closure' : mentionsPromise(idAnnotation) || /promise$/i.test(variable.name) ? 'memoised-promise' : 'lazy-module-binding';
      const assignedIn = shape === 'lazy-module-binding' && !fillsOnFirstUse(lazyWrite, variable) ? functionLabel(writingFunction(lazyWrite.identifier as TSESTree.Node)!) ?? 'a function' : undefined;
      const filledBy = writingFunction(lazyWrite.identifier as TSESTree.Node);
      out.push({ node: declarator.id, name: variable.name, shape, variable, ...(producer ? { className: producer } : {}), ...(assignedIn ? { assignedIn } : {}), ...(filledBy ? { filledBy } : {}) });
    }
  }
}

/**
 * `constructor() { if (X.instance) return X.instance; X.instance = this; }`: the constructor keeps
 * the first instance and hands it to every later `new X()` — a static holder filled with `this`.
 */
function keepsConstructedInstance(assignment: TSESTree.AssignmentExpression, classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  if (unwrapExpression(assignment.right).type !== 'ThisExpression') return false;
  let fn: TSESTree.Node | undefined = assignment.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const method = fn?.parent;
  return method?.type === 'MethodDefinition' && method.kind === 'constructor' && method.parent === classNode.body;
}

/**
 * What a class calls the one instance of itself it keeps: `instance`, `_instance`, `INSTANCE`,
 * `shared`, `defaultInstance`. Not `DEFAULT`: `static readonly DEFAULT = new Limits()` is a value.
 */
const INSTANCE_NAME = /^[_$#]*(?:(?:default|shared|global)?instance|singleton|shared)$/i;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function staticHolders(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, config: ResolvedConfig, out: HolderFinding[]): void {
  const className = classNode.id?.name ?? (classNode.parent?.type === 'VariableDeclarator' && classNode.parent.id.type === 'Identifier' ? classNode.parent.id.name : undefined);
  // What the class's code assigns to its own members (`this.x = …`, `Class.x = …`), in source
  // order, by member name: gathered in one walk of the body, on first need — a walk per static
  // member took 2.7 s on ANTLR's generated TSQLParser (448 KB, hundreds of token constants).
  let assignments: Map<string, TSESTree.AssignmentExpression[]> | undefined;
  const assignmentsTo = (name: string): readonly TSESTree.AssignmentExpression[] => {
    if (!assignments) {
      const found = new Map<string, TSESTree.AssignmentExpression[]>();
      walk(classNode.body, (node) => {
        if (node.type !== 'AssignmentExpression') return;
        const left = unwrapExpression(node.left);
        const member = left.type === 'MemberExpression' ? staticName(left.property) : undefined;
        if (member === undefined) return;
        const object = unwrapExpression((left as TSESTree.MemberExpression).object);
        if (object.type !== 'ThisExpression' && !(object.type === 'Identifier' && object.name === className)) return;
        const list = found.get(member);
        if (list) list.push(node);
        else found.set(member, [node]);
      });
      assignments = found;
    }
    return assignments.get(name) ?? [];
  };
  for (const member of classNode.body.body) {
    if (member.type !== 'PropertyDefinition' || !member.static || member.computed) continue;
    const name = staticName(member.key);
    if (!name) continue;
    const display = `${className ?? '(class)'}.${name}`;
    // `static os: string` holds a value; so does one given a string, number or boolean
    // (medusa's typedoc theme: `static MAX_LEVEL = 3`, later set from an option).
    if (holdsValues(member.typeAnnotation?.typeAnnotation) || holdsModule(member.typeAnnotation?.typeAnnotation) || constructsValues(member.value)) continue;
    if (isPrimitiveLiteral(member.value) || assignmentsTo(name).some((assignment) => isPrimitiveLiteral(assignment.right))) continue;
    if (allowed(config, className, name, display)) continue;
    const lazy: TSESTree.Node | undefined = assignmentsTo(name).find((node) => producesObject(node.right) || keepsConstructedInstance(node, classNode));
    const eager = member.value && unwrapExpression(member.value).type === 'NewExpression' ? member.value : undefined;
    const eagerClass = eager ? producerName(eager) : undefined;
    const eagerHolder = eager && !isNoOpClass(eagerClass) && (eagerClass === className || (eagerClass !== undefined && config.singletonClassPattern.test(eagerClass.split('.').pop()!)));
    // `static readonly X = …` is a constant — `static readonly ZERO = new Money(0)`, a value —
    // unless it is the instance the class hands out (`static readonly instance = new
    // SessionManager()`: readonly as a reference, the one object every caller mutates) or a
    // singleton class's (`static readonly tools = new ToolRegistry()`).
    if (member.readonly && !(eagerHolder && (INSTANCE_NAME.test(name) || config.singletonClassPattern.test(eagerClass!.split('.').pop()!)))) continue;
    // So is one named as a constant and built of its own class from arguments, never set again:
    // spacebar's `static NONE: Permissions = new Permissions(0)`, `static ALL = new Permissions(…)`.
    if (!lazy && eager && eagerClass === className && (unwrapExpression(eager) as TSESTree.NewExpression).arguments.length > 0 && CONSTANT_NAME.test(name) && !INSTANCE_NAME.test(name)) continue;
    if (!lazy && !eagerHolder) continue;
    // A constructor keeping `this` holds an instance of its own class.
    const producer = lazy?.type === 'AssignmentExpression' && unwrapExpression(lazy.right).type === 'ThisExpression' ? className : producerName(lazy ?? eager!);
    if (allowed(config, producer) || sharedByDesign(name, producer, member, member.typeAnnotation?.typeAnnotation)) continue;
    const filledBy = lazy ? writingFunction(lazy) : undefined;
    out.push({ node: member, name: display, shape: 'static-holder', ...(className ? { className } : {}), ...(filledBy ? { filledBy } : {}) });
  }
}

function eagerHolder(node: TSESTree.Node, name: string, value: TSESTree.Node | null | undefined, config: ResolvedConfig, out: HolderFinding[]): void {
  if (!value) return;
  const expr = unwrapExpression(value);
  if (expr.type !== 'NewExpression') return;
  const producer = producerName(expr);
  const className = producer?.split('.').pop();
  if (!className || !config.singletonClassPattern.test(className) || isNoOpClass(className)) return;
  if (allowed(config, name, className) || sharedByDesign(name, producer, node)) return;
  if (keepsOnlyRequestStores(node, className)) return;
  out.push({ node, name, shape: 'eager-instance', className });
}

/**
 * Whether the module's own class `className` keeps nothing but per-request stores — hatchet's
 * `ParentRunContextManager`, whose one field is `new AsyncLocalStorage()`, or the request
 * context a team writes on its way off a singleton. One for the process is how it works.
 */
function keepsOnlyRequestStores(node: TSESTree.Node, className: string): boolean {
  const declaration = localClass(node, className);
  if (!declaration) return false;
  const state: TSESTree.Node[] = [];
  for (const member of declaration.body.body) {
    if (member.type === 'PropertyDefinition' && !member.static && member.value) state.push(member.value);
    if (member.type === 'MethodDefinition' && member.kind === 'constructor' && member.value.body) {
      walk(member.value.body, (inner) => {
        if (inner.type === 'AssignmentExpression' && inner.left.type === 'MemberExpression' && inner.left.object.type === 'ThisExpression') state.push(inner.right);
      });
    }
  }
  return state.length > 0 && state.every((value) => REQUEST_STORE_CLASS.test(producerName(value) ?? ''));
}

function memoWrapper(declarator: TSESTree.VariableDeclarator, input: AnalysisInput, config: ResolvedConfig, out: HolderFinding[]): void {
  const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
  if (init?.type !== 'CallExpression' || declarator.id.type !== 'Identifier') return;
  const calleeName = calleeText(init.callee);
  const callee = calleeName?.split('.').pop();
  if (!callee || !MEMO_WRAPPERS.has(callee)) return;
  // trigger.dev's `DATABASE_SCHEMA = singleton('DATABASE_SCHEMA', getDatabaseSchema)`, read as
  // `${DATABASE_SCHEMA}`: what is kept is a string, whatever the builder is.
  const variable = input.scopeManager?.getDeclaredVariables(declarator)[0];
  if (variable && usedAsPrimitive(variable)) return;
  // `z.lazy(() => schema)`, `yup.lazy`, `React.lazy(() => import(…))`: a recursive schema or a
  // code-split component, not a memo; a bare `lazy(() => new X())` still is one (and a bare
  // `lazy(() => import(…))` loads a module: `producesObject` says so below).
  if (callee === 'lazy' && calleeName !== 'lazy') return;
  // Nor is React's `lazy` imported by name (trigger.dev's `StreamdownRenderer = lazy(() =>
  // Promise.all([import(…), …]).then(…))`), Preact's or Solid's: a component type, not an instance.
  if (callee === 'lazy' && init.callee.type === 'Identifier' && COMPONENT_LAZY_PACKAGE.test(importedFrom(input, init.callee)?.source ?? '')) return;
  if (NAMED_CACHES.has(callee)) {
    namedCache(declarator.id, init, config, out);
    return;
  }
  // Ramda's `memoizeWith(keyOf, fn)` takes the function second.
  const fn = init.arguments[callee === 'memoizeWith' ? 1 : 0];
  if (!fn || !isFunctionNode(fn)) return;
  // nango's `const close = once(() => { api.close(async () => { await db.destroy(); … }) })`: a
  // step guarded to run once, which hands nothing back — what it makes goes elsewhere or nowhere.
  if (fn.body.type === 'BlockStatement' && returnedValues(fn).every((value) => value === null)) return;
  let makesObject = false;
  let constructs = false;
  walk(fn.body, (node) => {
    if (node.type === 'NewExpression') constructs = true;
    if (node.type === 'NewExpression' || node.type === 'AwaitExpression') makesObject = true;
    if (node.type === 'ReturnStatement' && node.argument && producesObject(node.argument)) makesObject = true;
  });
  if (fn.body.type !== 'BlockStatement' && producesObject(fn.body)) makesObject = true;
  if (!makesObject) return;
  // `memoize((path) => parse(path))`: a result per argument, a lookup table of what a function
  // computes, not an instance handed to every caller; `memoize((tenant) => new Db(tenant))` still
  // keeps instances for the life of the process.
  if (KEYED_MEMOS.has(callee) && fn.params.length > 0 && !constructs) return;
  // `lazy(async () => { register(Quill); return import('react-quill'); })`: React.lazy's loader
  // hands out a module, whatever it sets up first.
  if (!constructs && returnsOnlyModules(fn)) return;
  // `lazy(() => blocked.map((word) => ({ word, regex: tokenRegex(word) })))`: a list computed once is
  // data (as a holder typed as a list is: see holdsValues).
  if (returnsOnlyLists(fn)) return;
  const producer = fn.body.type !== 'BlockStatement' ? producerName(fn.body) : undefined;
  if (allowed(config, declarator.id.name, producer) || sharedByDesign(declarator.id.name, producer, declarator)) return;
  out.push({ node: declarator.id, name: declarator.id.name, shape: 'once-wrapper', ...(producer ? { className: producer } : {}) });
}

/** Memos that keep one result per argument list (`once`, `lazy` and the named caches ignore arguments). */
const KEYED_MEMOS: ReadonlySet<string> = new Set(['memoize', 'memoizee', 'memoizeOne', 'memoizeWith']);

/** Whether every `return` of `fn` itself (or its expression body) loads a module, and there is one. */
function returnsOnlyModules(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const values = returnedValues(fn);
  return values.length > 0 && values.every((value) => value !== null && loadsModule(value));
}

/** Methods that hand back a new array, and the functions that make one. */
const ARRAY_METHODS = new Set(['map', 'filter', 'flatMap', 'flat', 'slice', 'concat', 'toSorted', 'toReversed']);
const ARRAY_FUNCTIONS = new Set(['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries']);

/** Whether every value `fn` returns (and there is one) is an array: a literal, `xs.map(…)`, `Array.from(…)`, `[…].sort()`. */
function returnsOnlyLists(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const isList = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    if (value.type === 'ArrayExpression') return true;
    if (value.type !== 'CallExpression') return false;
    const text = calleeText(value.callee);
    if (text !== undefined && ARRAY_FUNCTIONS.has(text)) return true;
    const callee = unwrapExpression(value.callee);
    if (callee.type !== 'MemberExpression') return false;
    const method = staticName(callee.property);
    // `.sort()` and `.reverse()` hand back the array they were called on: a list when it is one.
    if (method === 'sort' || method === 'reverse') return isList(callee.object);
    return method !== undefined && ARRAY_METHODS.has(method);
  };
  const values = returnedValues(fn);
  return values.length > 0 && values.every((value) => value !== null && isList(value));
}

/**
 * `export const engine = singleton('RunEngine', createRunEngine)`: kept under its name on the global
 * object so that a reloaded module finds it again — one per process by design. The builder may be
 * a function declared elsewhere; an inline one that makes no object (`() => 3`) keeps a value.
 */
function namedCache(id: TSESTree.Identifier, call: TSESTree.CallExpression, config: ResolvedConfig, out: HolderFinding[]): void {
  if (call.callee.type !== 'Identifier' || call.arguments.length !== 2) return;
  const [key, builder] = call.arguments;
  const named = key!.type === 'Literal' && typeof key!.value === 'string' || key!.type === 'TemplateLiteral';
  if (!named || !(builder!.type === 'Identifier' || isFunctionNode(builder!))) return;
  if (isFunctionNode(builder!)) {
    let makesObject = builder.body.type !== 'BlockStatement' && producesObject(builder.body);
    walk(builder.body, (node) => {
      if (node.type === 'NewExpression' || (node.type === 'ReturnStatement' && node.argument && producesObject(node.argument))) makesObject = true;
    });
    if (!makesObject) return;
  }
  const producer = isFunctionNode(builder!) && builder.body.type !== 'BlockStatement' ? producerName(builder.body) : undefined;
  if (allowed(config, id.name, producer) || sharedByDesign(id.name, producer, id)) return;
  out.push({ node: id, name: id.name, shape: 'named-global-cache', ...(producer ? { className: producer } : {}) });
}

const referencesByIdentifier = new WeakMap<object, Map<TSESTree.Node, TSESLint.Scope.Reference>>();

/**
 * The variable a reference resolves to: null for an undeclared global, undefined when `identifier`
 * is no reference. The file's references are indexed once: a search of them all per question
 * made a minified bundle (anything-llm's 636 KB chat widget) quadratic.
 */
function resolvedVariable(input: AnalysisInput, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null | undefined {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return undefined;
  let index = referencesByIdentifier.get(scopeManager);
  if (!index) {
    index = new Map();
    for (const scope of scopeManager.scopes) {
      for (const reference of scope.references) if (!index.has(reference.identifier)) index.set(reference.identifier, reference);
    }
    referencesByIdentifier.set(scopeManager, index);
  }
  return index.get(identifier)?.resolved;
}

/** Whether `identifier` names a declared binding (a parameter, a local) rather than the global object. */
function declaredLocally(input: AnalysisInput, identifier: TSESTree.Identifier): boolean {
  // `declare const self: ServiceWorkerGlobalScope` types the global; it binds nothing of its own.
  return (resolvedVariable(input, identifier)?.defs ?? []).some((def) => !(def.type === 'Variable' && (def.parent as TSESTree.VariableDeclaration).declare));
}

/** `PlatformTools.getGlobalVariable()`, `getGlobalObject()`, `getGlobalThis()`: a function named for handing out the global object (a pattern the prefilter shares). */
export const GLOBAL_GETTER_NAME = String.raw`getGlobal(?:Variable|Object|This|Scope)?`;
const GLOBAL_GETTER = new RegExp(`^${GLOBAL_GETTER_NAME}$`);

/**
 * The global object as `node` names it: `globalThis`, `global`, `window`, `self` (not a local of
 * that name), or a constant bound to one of them — `const g = globalThis as any`, typeorm's
 * `const globalScope = PlatformTools.getGlobalVariable()`. Returns its name for messages.
 */
export function globalObjectName(input: AnalysisInput, node: TSESTree.Node): string | undefined {
  const object = unwrapExpression(node);
  if (object.type !== 'Identifier') return undefined;
  const variable = resolvedVariable(input, object);
  // `(self) => { self.message = … }`: a local named like a global object is not one.
  if (GLOBAL_OBJECTS.has(object.name) && !declaredLocally(input, object)) return object.name;
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  if (!init || (def.node as TSESTree.VariableDeclarator).id !== def.name) return undefined;
  const value = unwrapExpression(init);
  // An alias of a page's global object is still the page's (`const w = window as any`).
  if (value.type === 'Identifier' && GLOBAL_OBJECTS.has(value.name) && !declaredLocally(input, value)) return PAGE_GLOBAL_OBJECTS.has(value.name) ? value.name : 'globalThis';
  if (value.type === 'CallExpression' && GLOBAL_GETTER.test(calleeText(value.callee)?.split('.').pop() ?? '')) return 'globalThis';
  return undefined;
}

/** What a `const` binding `node` names was initialised with (`const PRISMA = 'prisma'`, `const client = new PrismaClient()`); undefined for anything else. */
function constantInit(input: AnalysisInput, node: TSESTree.Node): TSESTree.Node | undefined {
  const identifier = unwrapExpression(node);
  if (identifier.type !== 'Identifier') return undefined;
  const variable = resolvedVariable(input, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  return declarator.id === def.name ? declarator.init ?? undefined : undefined;
}

/**
 * Which member of the global object `node` is, when it is one: the object as named (`globalThis`,
 * `global`; `globalThis` for an alias such as `const g = globalThis as any`) and the slot —
 * `.prisma` for `globalThis.prisma` and for `globalThis[PRISMA]` with `const PRISMA = 'prisma'`;
 * `[CLICKHOUSE]` for a key imported (umami's), named as written; `[…]` for one computed otherwise.
 */
function globalMember(node: TSESTree.Node, input: AnalysisInput): { object: string; slot: string } | undefined {
  const member = unwrapExpression(node);
  if (member.type !== 'MemberExpression') return undefined;
  const object = globalObjectName(input, member.object);
  if (object === undefined) return undefined;
  const computedName = member.computed && member.property.type === 'Identifier' ? member.property.name : undefined;
  const key = staticName(computedName === undefined ? member.property : constantInit(input, member.property));
  return { object, slot: key ? `.${key}` : computedName === undefined ? '[…]' : `[${computedName}]` };
}

/** The slot of the global object's member `node` is (see globalMember), to compare with a holder's. */
export const globalMemberSlot = (node: TSESTree.Node, input: AnalysisInput): string | undefined => globalMember(node, input)?.slot;

/** The slot of a global-cache holder's name (`globalThis.prisma` → `.prisma`), to compare with `globalMemberSlot`. */
export const slotOfHolderName = (name: string): string => name.slice(name.search(/[.[]/));

/**
 * The class whose constructor runs `node`, when it does (arrows inside it included: their `this`
 * is the constructor's): kuzzle's `constructor() { global.kuzzle = this; }` keeps its one instance
 * on the global object, where every module reads it.
 */
function constructingClass(node: TSESTree.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current) || current.type === 'ArrowFunctionExpression') continue;
    const method = current.parent;
    if (method?.type !== 'MethodDefinition' || method.kind !== 'constructor') return undefined;
    const owner = method.parent?.parent;
    if (owner?.type !== 'ClassDeclaration' && owner?.type !== 'ClassExpression') return undefined;
    return owner.id?.name ?? (owner.parent?.type === 'VariableDeclarator' && owner.parent.id.type === 'Identifier' ? owner.parent.id.name : undefined);
  }
  return undefined;
}

/**
 * The value a global cache is given, through a constant: umami's `globalThis[PRISMA] ??=
 * baseClient` after `const baseClient = new PrismaClient(…)`, the Prisma docs'
 * `globalForPrisma.prisma = prisma` after `export const prisma = globalForPrisma.prisma || new PrismaClient()`.
 */
function cachedValue(value: TSESTree.Node, input: AnalysisInput): TSESTree.Node {
  return constantInit(input, value) ?? value;
}

/** `source#imported` for a name an import declaration binds (`'esm-env#BROWSER'`; `#default`, `#*` for a namespace). */
function importedAs(input: AnalysisInput, identifier: TSESTree.Identifier): string | undefined {
  const def = resolvedVariable(input, identifier)?.defs[0];
  if (def?.type !== 'ImportBinding') return undefined;
  const specifier = def.node as TSESTree.ImportClause;
  const declaration = specifier.parent as TSESTree.ImportDeclaration;
  const imported = specifier.type === 'ImportSpecifier' ? staticName(specifier.imported) : specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
  return `${declaration.source.value}#${imported}`;
}

/** The module and the name there an import declaration binds `identifier` to (`default`, `*` for a namespace). */
export function importedFrom(input: AnalysisInput, identifier: TSESTree.Identifier): { source: string; name: string } | undefined {
  const imported = importedAs(input, identifier);
  if (imported === undefined) return undefined;
  const at = imported.lastIndexOf('#');
  return { source: imported.slice(0, at), name: imported.slice(at + 1) };
}

/**
 * The call `callee` makes when it is one of `callees` — by package, then name: `default` for a
 * default import, the member for a namespace or an object imported by name (`cron.schedule`,
 * `NestFactory.create`) — with how it reads (`cron.schedule()`) and the package it came from.
 */
export function importedCallee(callee: TSESTree.Node, input: AnalysisInput, callees: ReadonlyMap<string, ReadonlySet<string>>): { label: string; source: string } | undefined {
  const node = unwrapExpression(callee);
  const root = node.type === 'MemberExpression' ? unwrapExpression(node.object) : node;
  if (root.type !== 'Identifier') return undefined;
  const imported = importedFrom(input, root);
  if (imported === undefined) return undefined;
  const member = node.type === 'MemberExpression' ? staticName(node.property) : imported.name;
  if (member === undefined || !callees.get(imported.source)?.has(member)) return undefined;
  return { label: node.type === 'MemberExpression' ? `${root.name}.${member}()` : `${root.name}()`, source: imported.source };
}

/** What a file's names are bound to, for the browser-only tests (see NameResolver). */
export function nameResolverFor(input: AnalysisInput): NameResolver {
  return {
    constantInit: (node) => constantInit(input, node),
    declaredLocally: (identifier) => declaredLocally(input, identifier),
    usesOf: (fn) => usesOf(input, fn),
    importedAs: (identifier) => importedAs(input, identifier),
  };
}

/**
 * The references to the name a function is declared with (`function f() {}`, `const f = () => …`),
 * when that name is its only binding and nothing exports it: every place it can be run from.
 */
function usesOf(input: AnalysisInput, fn: TSESTree.Node): TSESTree.Identifier[] | undefined {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return undefined;
  let declaration: TSESTree.Node | undefined;
  if (fn.type === 'FunctionDeclaration') declaration = fn;
  else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier' && (fn.parent.parent as TSESTree.VariableDeclaration).kind === 'const') declaration = fn.parent;
  if (!declaration || !declaration.parent || declaration.parent.type.startsWith('Export') || declaration.parent.parent?.type.startsWith('Export')) return undefined;
  // A function declaration declares its parameters too: its name is the one defined by the node itself.
  const name = declaration.type === 'FunctionDeclaration' ? declaration.id : (declaration as TSESTree.VariableDeclarator).id;
  const variable = scopeManager.getDeclaredVariables(declaration).find((v) => v.defs[0]?.name === name);
  if (!variable || variable.defs.length !== 1) return undefined;
  return variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier as TSESTree.Identifier);
}

/**
 * Module-lifetime instance holders: what makes one instance serve every request. Function
 * locals, module-level-only assignments, `static readonly` constants, frozen config, loggers,
 * metric instruments and anything in `allow` are left alone.
 */
export function findHolders(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const names = nameResolverFor(input);
  // An editor extension's, a desktop app's or a browser extension's module: its process serves
  // one user. A module whose top level reads `document`: no server can import it. A script that
  // runs once and exits serves none.
  if (runsInSingleUserProcess(input.ast) || moduleRunsOnlyInBrowser(input.ast, names) || usesBrowserExtensionApi(input.ast, names) || runsAsOneShotScript(input.ast)) return [];
  const out: HolderFinding[] = [];
  const seenGlobals = new Set<string>();
  for (const node of nodesOfTypes(input.ast, ['ClassDeclaration', 'ClassExpression', 'VariableDeclarator', 'ExportDefaultDeclaration', 'AssignmentExpression'])) {
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') staticHolders(node, config, out);
    else if (node.type === 'VariableDeclarator' && node.parent?.parent?.type === 'Program' || node.type === 'VariableDeclarator' && node.parent?.parent?.type === 'ExportNamedDeclaration') {
      if (node.id.type === 'Identifier') {
        eagerHolder(node, node.id.name, node.init, config, out);
        memoWrapper(node, input, config, out);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      eagerHolder(node, 'default export', node.declaration as TSESTree.Node, config, out);
    } else if (node.type === 'AssignmentExpression' && node.parent?.type === 'ExpressionStatement' && node.parent.parent?.type === 'Program') {
      const left = unwrapExpression(node.left);
      // module.exports = new XManager() / exports.registry = new XRegistry()
      if (left.type === 'MemberExpression') {
        const text = calleeText(left);
        if (text === 'module.exports' || text?.startsWith('exports.') || text?.startsWith('module.exports.')) eagerHolder(node, text, node.right, config, out);
      }
    }
    if (node.type === 'AssignmentExpression') {
      const member = globalMember(node.left, input);
      const key = member && `${member.object}${member.slot}`;
      const value = key ? cachedValue(node.right, input) : node.right;
      const keptThis = key !== undefined && unwrapExpression(node.right).type === 'ThisExpression' ? constructingClass(node) : undefined;
      // `globalThis.fetch = vi.fn()` in a test case stubs a global; it caches nothing. `window.x`
      // and `self.x` are a page's (or a web worker's): a server has neither. `globalThis.fetch =
      // nodeFetch` anywhere polyfills the platform.
      if (key && !seenGlobals.has(key) && (producesObject(value) || keptThis !== undefined) && !insideTestCallback(node) && !PAGE_GLOBAL_OBJECTS.has(member!.object)
        && !STANDARD_GLOBALS.has(member!.slot.slice(1)) && !runsOnlyInBrowser(node.left, names)) {
        const producer = keptThis ?? producerName(value);
        if (!allowed(config, key, key.split('.').pop(), producer) && !sharedByDesign(key.split('.').pop()!, producer, node)) {
          seenGlobals.add(key);
          const filledBy = writingFunction(node);
          out.push({ node, name: key, shape: 'global-cache', ...(producer ? { className: producer } : {}), ...(filledBy ? { filledBy } : {}) });
        }
      }
    }
  }
  lazyBindingHolders(input, config, names, out);
  // One finding per holder: `let r = new XRegistry()` later refilled lazily is still one holder.
  // None in minified code (sim's sandbox bundles, a vendored worker bundle): a bundler's
  // variables are changed in the library it bundles, not in the bundle.
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.node.range[0] - b.node.range[0])
    .filter((holder) => !seen.has(holder.name) && (seen.add(holder.name), true))
    .filter((holder) => !onMinifiedLine(input.text, holder.node.range[0]));
}
