import type { TSESTree } from '@typescript-eslint/utils';
import { importedFunction } from './imported-classes.js';
import { importSourceOf } from './import-sources.js';
import { ownLoaderSource } from './loaded-sources.js';
import { bindsInFunction, localFunction, localVariable, programOf } from './local-types.js';
import { spelledAsPackage } from './tsconfig-imports.js';
import { askOnce, calleeText, chainRoot, dynamicImportSource, isFunctionNode, isNullish, isPrimitiveLiteral, memberWrittenThrough, patternNames, PROMISE_CHAIN_METHODS, returnedValues, staticName, unwrapExpression, valueExpressionOf, walk } from './walk.js';

// Whether an expression makes an object at run time — an instance someone could share — or a
// value: a string, a number, parsed data, a loaded module, a timer's handle, a test double.

/** Calls that produce values, not service instances (a counter is not a singleton). */
const VALUE_CALLS = new Set([
  'String', 'Number', 'Boolean', 'BigInt', 'Symbol', 'RegExp', 'parseInt', 'parseFloat', 'Date.now', 'Object.freeze',
  // clock readings (graphile-worker's load-test timings: `lastModeStart = process.hrtime.bigint()`)
  // and the process's resource readings (dd-trace's runtime metrics: `lastCpuUsage = process.cpuUsage()`)
  'performance.now', 'process.hrtime', 'process.hrtime.bigint', 'process.uptime',
  'process.cpuUsage', 'process.memoryUsage', 'process.memoryUsage.rss', 'process.resourceUsage',
  'Math.random', 'Math.max', 'Math.min', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.abs',
  // id generators: a session id is a string (anything-llm's `_sessionId = uuidv4()`)
  'uuidv4', 'uuid', 'v4', 'randomUUID', 'nanoid', 'ulid', 'cuid', 'createId',
  // bytes (undici's `wasmBuffer ??= Buffer.from(wasmBase64, 'base64')`)
  'Buffer.from', 'Buffer.alloc', 'Buffer.allocUnsafe', 'Buffer.allocUnsafeSlow', 'Buffer.concat',
  // a file's contents, text or bytes (TypeAgent's policy checks: `license = fs.readFileSync(path, 'utf-8')`)
  'readFileSync', 'fs.readFileSync', 'readFile', 'fs.readFile', 'fs.promises.readFile', 'fsp.readFile', 'fsPromises.readFile',
  // a directory's path: a temporary one made for the process (aroma's test data directory), a resolved one
  'mkdtempSync', 'fs.mkdtempSync', 'mkdtemp', 'fs.mkdtemp', 'fs.promises.mkdtemp', 'fsp.mkdtemp', 'fsPromises.mkdtemp', 'realpathSync', 'fs.realpathSync', 'fs.realpathSync.native',
  // … or the directory made, whose promise a module keeps so that it is made once (starscreener's
  // `dirEnsured ??= mkdir(dirname(LAKE_PATH), { recursive: true })`): the first path made, or nothing.
  'mkdir', 'fs.mkdir', 'fs.promises.mkdir', 'fsp.mkdir', 'fsPromises.mkdir', 'mkdirSync', 'fs.mkdirSync', 'mkdirp', 'mkdirp.sync',
  // what a command printed, text or bytes (opencollective-api's `find_past_commit` script keeps the
  // test run's `stdout = execSync(command, { encoding: 'utf8' })`); not `exec`/`spawn`, whose child process it is
  'execSync', 'child_process.execSync', 'cp.execSync', 'execFileSync', 'child_process.execFileSync', 'cp.execFileSync',
  // a page's frame and idle callback handles are numbers (bruno's terminal `fitFrameRef`)
  'requestAnimationFrame', 'requestIdleCallback', 'window.requestAnimationFrame', 'window.requestIdleCallback',
]);
/**
 * `getIndexSqlitePath()`, `getApiKey()`, `resolveBaseUrl()`: a function named for the value it
 * returns — a path, an address, a name, an id, a count, a time (nango's sandbox server keeps
 * `timeOfLastUpdate = unixNow()`), a level or a version (ioBroker's `diskWarningLevel =
 * getDiskWarningLevel(state)`), or a document describing something (agent-memory's REST routes keep
 * `cachedSpec = generateOpenAPISpec()`, the API's OpenAPI document). Not a lookup by one (`getElementById`, `findUserByName`), which
 * returns what it finds, nor a thing made with one (`connectWithTimestamp()`). A time zone or a
 * locale is a name too (vben admin's `currentTimezone = getSystemTimezone()`, dayjs' guess).
 */
export const VALUE_GETTER = /^(?!.*(?:By|With)[A-Z]).*(?:[a-z0-9](?:Path|Url|URL|Uri|URI|Dir|Directory|Name|Id|ID|Key|Count|Size|Hash|Time|Timestamp|Timezone|TimeZone|Locale|At|Now|Level|Version|Threshold)|[A-Za-z0-9](?:Spec|Specification))$/;
/**
 * Conversions to a value, whatever they are called on: audiobookshelf's `global.PodcastDownloadTimeout
 * = toNumber(process.env.PODCAST_DOWNLOAD_TIMEOUT, 30000)`, lodash's `_.toNumber`, a model's
 * `settings.toJSON()` (plain data, made to be serialised); and a setting read as one (grist's
 * `memoize(() => appSettings.section('login').flag('forced').requireBool({ … }))`); and what a
 * serialiser writes, bytes or text (the MongoDB driver's `EMPTY_V ??= serialize({ v: [] })`).
 */
// … and a signature or a token signed (twilio-front-integration's APNs provider token, `jwt.sign(claims, key, …)`, kept for its hour),
// and an image's bytes (architect-ai-platform's stub PNG, `sharp({ create }).png().toBuffer()`; a canvas' `toDataURL()`).
const VALUE_CONVERSION = /^(?:toNumber|toInteger|toInt|toFinite|toBoolean|toBool|toJSON|(?:read|require)(?:Bool|Boolean|Int|Integer|Number|Float|String)|serialize|stringify|encode|sign|toBuffer|toDataURL)$/;
/** String methods: whatever they are called on, the result is a string, never an instance. */
const STRING_METHODS = new Set(['join', 'toString', 'toFixed', 'toISOString', 'toUTCString', 'toDateString', 'toTimeString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toPrecision', 'toExponential', 'toLowerCase', 'toUpperCase', 'trim', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'replace', 'replaceAll', 'substring', 'substr', 'charAt', 'repeat']);
/** Library functions that return strings (`Promise.resolve` is not `path.resolve`). */
const STRING_FUNCTIONS = new Set(['path.join', 'path.resolve', 'path.relative', 'path.dirname', 'path.basename', 'path.extname', 'path.normalize', 'JSON.stringify', 'os.tmpdir', 'os.homedir', 'process.cwd', 'crypto.randomUUID', 'uuid.v4']);

// … and what formats or codes values by fixed rules: an `Intl.NumberFormat` (agentset's number
// formatters), a `TextDecoder`; and a schema, which describes data's shape (AFFiNE's
// `_schema ??= new Schema()` of block types, `new mongoose.Schema({…})`, a `GraphQLSchema`,
// pg-promise's `new pgp.helpers.ColumnSet([…], { table })`: crowd.dev's insert columns); and a list
// made with `new Array(4)`, as one written `[]` is (CyberChef's GOST digest buffers); and an exact number,
// `new Decimal(0)` (decimal.js, Prisma's), `new BigNumber(…)`, `new Big(…)`: immutable, as a number is;
// and a parsed version, `new SemVer('0.2.0')` (semver's: grafana-llm-app's plugin version); and an
// error, a message and a stack kept to be thrown again (antigravity-claude-proxy's `moduleLoadError =
// new NativeModuleError(…)`, so that every later load of the native module fails alike).
export const DATA_CONSTRUCTOR = /^(?:(?:[\w$]+\.)*(?:[A-Za-z]*Schema|ColumnSet|(?:[A-Z][A-Za-z0-9]*)?Error)|RegExp|Array|(?:Big)?(?:Ui|I)nt(?:8|16|32|64)(?:Clamped)?Array|Float(?:32|64)Array|(?:Shared)?ArrayBuffer|DataView|Date|URL|(?:Prisma\.)?Decimal|BigNumber|Big|(?:semver\.)?SemVer|Text(?:En|De)coder|Intl\.(?:NumberFormat|DateTimeFormat|Collator|PluralRules|RelativeTimeFormat|ListFormat|Segmenter|DisplayNames|Locale))$/;

// A no-op stand-in (OpenTelemetry's `NoopTracer`, trigger.dev's `const NOOP_MANAGER = new
// NoopRunMetadataManager()` until a real manager is registered): it does nothing, so it keeps nothing.
const NO_OP_CLASS = /^No[oO]p[A-Z]/;
export const isNoOpClass = (producer: string | undefined): boolean => producer !== undefined && NO_OP_CLASS.test(producer.split('.').pop()!);

/**
 * `new Promise((resolve) => { release = resolve; })`, settled by calling the kept resolver with
 * nothing (`release()`): a turn in a queue, the promise the next caller waits on — puter's
 * permission dialogs, one at a time; an async lock's `lock = new Promise((r) => (release = r))`.
 * It settles to `undefined`: no one's state, as a mutex is none (see sharedByDesign).
 */
function opensTurn(made: TSESTree.NewExpression): boolean {
  const executor = made.arguments[0];
  if (calleeText(made.callee) !== 'Promise' || !executor || (executor.type !== 'ArrowFunctionExpression' && executor.type !== 'FunctionExpression')) return false;
  const resolve = executor.params[0]?.type === 'Identifier' ? executor.params[0].name : undefined;
  if (resolve === undefined) return false;
  const statements = executor.body.type === 'BlockStatement' ? executor.body.body.map((statement) => (statement.type === 'ExpressionStatement' ? statement.expression : undefined)) : [executor.body];
  const kept: string[] = [];
  for (const statement of statements) {
    const assignment = statement && unwrapExpression(statement);
    const value = assignment?.type === 'AssignmentExpression' ? unwrapExpression(assignment.right) : undefined;
    if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || assignment.left.type !== 'Identifier' || value?.type !== 'Identifier' || value.name !== resolve) return false;
    kept.push(assignment.left.name);
  }
  const program = programOf(made);
  if (kept.length === 0 || !program) return false;
  let settlesEmpty = true;
  walk(program, (node) => {
    if (node.type === 'CallExpression' && node.arguments.length > 0 && node.callee.type === 'Identifier' && kept.includes(node.callee.name)) settlesEmpty = false;
  });
  return settlesEmpty;
}

// A logger, or what manages the loggers (notesnook's `logManager`, a `loggerService`), by its name; a
// logger named for what it logs (`dlqLogger`, `healthLogger`), or a class of the code's own named one
// (automatic-agent-platform's `new StructuredLogger({ retentionLimit: 100 })`, keeping the last
// entries for its diagnostics), or what makes them (memory-bank-mcp-server's `LoggerFactory`,
// keeping one logger per component): a log gathers every user's lines by design. And the promise
// of one, kept while the logger's package loads (gestaltview's `braintrustLoggerPromise = import(
// "braintrust").then(({ initLogger }) => …)`).
export const LOGGER_NAME = /^_?(?:log|logger|console|[a-z][A-Za-z0-9]*Logger)(?:Instance|Manager|Service|Promise)?$/i;

/** A builder's methods that configure what it is called on and hand that back: unified's and Express' `use`, Fastify's `register`. */
const BUILDER_STEP = new Set(['use', 'plugin', 'register', 'freeze']);

/** The class or function an object-producing expression comes from, for messages and `allow`. */
export function producerName(node: TSESTree.Node): string | undefined {
  const expr = unwrapExpression(node);
  // A method called on an instance made right there is that class's doing: Prisma's extended
  // client, `new PrismaClient({ … }).$extends({ … })` (openpanel's), is a PrismaClient.
  const callee = expr.type === 'CallExpression' ? unwrapExpression(expr.callee) : undefined;
  if (callee?.type === 'MemberExpression' && unwrapExpression(callee.object).type === 'NewExpression') return producerName(callee.object);
  // … and so is a builder's configuring step on what a maker made, which hands the same object
  // back: pb-webhook-server's markdown processor, `unified().use(remarkParse).use(remarkHtml)`.
  if (callee?.type === 'MemberExpression' && BUILDER_STEP.has(staticName(callee.property) ?? '') && unwrapExpression(callee.object).type === 'CallExpression') return producerName(callee.object);
  if (expr.type === 'NewExpression') {
    const settled = settledWith(expr);
    if (settled !== undefined) return producerName(settled);
  }
  // A function run where it is written is what it hands back: walkin-watchdog's `connecting =
  // (async () => { const c = createClient({ url }); await c.connect(); return c; })()` is the
  // promise of a Redis client — when what it returns, nothing aside, has one maker.
  if (callee !== undefined && isFunctionNode(callee)) return returnedProducer(callee);
  // … and so is a helper the function around the call declares for itself: website-agent's
  // `getChalk()` declares `const requireChalk = () => { const chalkModule = require('chalk'); return
  // new chalkModule.Chalk({ level: 3 }); }`, then fills its holder with `requireChalk()`.
  const helper = callee?.type === 'Identifier' ? ownHelper(expr, callee.name) : undefined;
  if (helper !== undefined) return returnedProducer(helper) ?? calleeText(callee!);
  // … and a promise's next step is what its callback hands back: next-mikro-orm-trpc-template's
  // `getConfig().then((config) => MikroORM.init(config))` settles to a MikroORM.
  const onFulfilled = callee?.type === 'MemberExpression' && staticName(callee.property) === 'then' && expr.type === 'CallExpression' ? expr.arguments[0] : undefined;
  const next = onFulfilled && unwrapExpression(onFulfilled);
  if (next !== undefined && isFunctionNode(next) && callee?.type === 'MemberExpression') {
    const handedModule = dynamicImportSource(callee.object) !== undefined;
    // One that hands on what it was given (`.then((value) => { log(…); return value; })`, neobot's
    // Redis connection) settles to what the chain did: its maker is the step before.
    return !handedModule && handsOnOnlyWhatItIsGiven(next) ? producerName(callee.object) : returnedProducer(next, handedModule);
  }
  // … and a fallback for its failure keeps what it settles to otherwise: attio-mcp-server's
  // `import('./logger.js').then((m) => m.createScopedLogger(…)).catch(() => noopLogger)` is a logger.
  if (callee?.type === 'MemberExpression' && expr.type === 'CallExpression' && ['catch', 'finally'].includes(staticName(callee.property) ?? '')) return producerName(callee.object);
  // `Object.assign(new Web3(provider), EventEmitter.prototype)` (feathers-giveth's) is its target, added to.
  if (expr.type === 'CallExpression' && calleeText(expr.callee) === 'Object.assign' && expr.arguments[0] && expr.arguments[0].type !== 'SpreadElement') return producerName(expr.arguments[0]);
  if (expr.type === 'NewExpression' || expr.type === 'CallExpression') return calleeText(expr.callee);
  if (expr.type === 'AwaitExpression') return producerName(expr.argument);
  if (expr.type === 'LogicalExpression') return producerName(expr.right) ?? producerName(expr.left);
  if (expr.type === 'ConditionalExpression') return producerName(expr.consequent) ?? producerName(expr.alternate);
  if (expr.type === 'AssignmentExpression') return producerName(expr.right);
  return undefined;
}

/**
 * The function declared under `name` (`const name = () => …`, `function name() {}`) in a block
 * around `at`, inside the nearest function around it (a `try` block's too), not the module's.
 */
function ownHelper(at: TSESTree.Node, name: string): TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | undefined {
  for (let around = at.parent; around && !isFunctionNode(around); around = around.parent) {
    const fn = around.type === 'BlockStatement' ? functionDeclaredIn(around, name) : undefined;
    if (fn) return fn;
  }
  return undefined;
}

/** The function a block declares under `name`: `function name() {}`, `const name = () => …`. */
function functionDeclaredIn(block: TSESTree.BlockStatement, name: string): TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | undefined {
  for (const statement of block.body) {
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === name) return statement;
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    const init = statement.declarations.find((declarator) => declarator.id.type === 'Identifier' && declarator.id.name === name)?.init;
    const fn = init ? unwrapExpression(init) : undefined;
    if (fn && isFunctionNode(fn)) return fn;
  }
  return undefined;
}

/** Whether every value a callback returns is its first parameter itself. */
function handsOnOnlyWhatItIsGiven(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const given = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
  const values = returnedValues(fn);
  return given !== undefined && values.length > 0 && values.every((value) => {
    const returned = value && unwrapExpression(value);
    return returned?.type === 'Identifier' && returned.name === given;
  });
}

function returnedProducer(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, handedModule = false): string | undefined {
  const makers = new Set<string | undefined>();
  // Handed a module a dynamic import loaded, the callback may return what it took from it:
  // `import('posthog-js').then(({ default: posthog }) => { posthog.init(key); return posthog; })`
  // (ai-platform's page analytics) is posthog-js' own instance, named for where it comes from.
  const taken = handedModule ? new Set(fn.params.flatMap((param) => patternNames(param))) : new Set<string>();
  for (const value of returnedValues(fn)) {
    if (value === null || isNullish(value)) continue;
    const returned = unwrapExpression(value);
    if (returned.type === 'Identifier' && taken.has(returned.name)) {
      makers.add(returned.name);
      continue;
    }
    // A package's own member handed back (`.then(() => mongoose.connection)`, ai-fitness-backend's
    // memoised connection): named for the package, as a call of it would be.
    if (returned.type === 'MemberExpression' && readsImportedMember(returned)) {
      makers.add(calleeText(returned));
      continue;
    }
    const made = madeValue(fn, value);
    makers.add(made && producerName(made));
  }
  const [maker] = makers;
  return makers.size === 1 ? maker : undefined;
}

/** `mongoose.connection`: a plain member of a name the module imports from a package (not from a file of its own, `./store` or `@/lib/store`). */
function readsImportedMember(member: TSESTree.MemberExpression): boolean {
  const root = unwrapExpression(member.object);
  const program = programOf(member);
  const source = !member.computed && root.type === 'Identifier' && program !== undefined ? importSourceOf(program, root.name) : undefined;
  return source !== undefined && spelledAsPackage(source);
}

/**
 * What a `new Promise(executor)` settles to, when its executor resolves it with one value the
 * executor made: ExAI's `server = await new Promise((resolve, reject) => { const listening =
 * app.listen(port, host, () => resolve(listening)); … })` is the server `app.listen` makes.
 */
function settledWith(made: TSESTree.NewExpression): TSESTree.Node | undefined {
  const resolved = resolveCalls(made);
  const values = resolved?.settlings.filter((value) => value !== undefined) ?? [];
  const [value] = values;
  return resolved !== undefined && values.length === 1 && value !== undefined ? madeValue(resolved.executor, value) : undefined;
}

/**
 * A `new Promise(executor)`'s executor and what each call of its `resolve` settles the promise to
 * (undefined for a bare `resolve()`), or undefined when it is no such promise.
 */
function resolveCalls(made: TSESTree.NewExpression): { executor: TSESTree.Node; settlings: Array<TSESTree.Node | undefined> } | undefined {
  const executor = made.arguments[0];
  if (calleeText(made.callee) !== 'Promise' || !executor || !isFunctionNode(executor)) return undefined;
  const resolve = executor.params[0];
  if (resolve?.type !== 'Identifier') return undefined;
  const settlings: Array<TSESTree.Node | undefined> = [];
  walk(executor, (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === resolve.name) settlings.push(node.arguments[0]);
  });
  return { executor, settlings };
}

/**
 * What a value a function hands on was made from: itself, or the `const` of the function's own
 * body that it names (`const client = new Pool(…); return client`, `resolve(listening)`), or
 * else the module's own `const` of that name (cobuildwithus' chat-api: `redisClient.connect().then(()
 * => redisClient)` after `const redisClient = createClient({ url })`).
 */
export function madeValue(maker: TSESTree.Node, value: TSESTree.Node): TSESTree.Node | undefined {
  const returned = unwrapExpression(value);
  if (returned.type !== 'Identifier') return returned;
  let made: TSESTree.Node | undefined;
  walk(maker, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === returned.name && node.init && node.parent?.type === 'VariableDeclaration' && node.parent.kind === 'const') made = node.init;
  });
  if (made) return made;
  // A name the function binds itself (a parameter, a `let`) is not the module's.
  const top = bindsInFunction(maker, returned.name) ? undefined : localVariable(maker, returned.name);
  return top?.init && top.parent?.type === 'VariableDeclaration' && top.parent.kind === 'const' ? top.init : undefined;
}

// Methods a string shares with arrays: a string's (or a list of strings) when called on one —
// NodeBB's `crypto.randomBytes(9).toString('hex').slice(0, 18)`.
const STRING_OR_ARRAY_METHODS = new Set(['slice', 'concat', 'at', 'split']);

// Predicates, whatever they are called on: a string's, a list's, a set's, a pattern's (Folo's
// `isSafari = once(() => ua.includes('Safari') && !ua.includes('Chrome'))`).
const PREDICATE_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'test', 'has', 'some', 'every']);

// A date's readings, numbers (whatsapp-bot-scanner's quota month: `currentMonth = new Date().getMonth()`).
const DATE_READING = /^get(?:UTC)?(?:FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)$|^(?:getTime|getTimezoneOffset|valueOf)$/;

// A setting or a secret looked up by an environment variable's name (EvgenyLat's whatsapp-saas:
// `ADMIN_TOKEN = secrets.get('ADMIN_TOKEN')` once its secrets manager has loaded; Nest's
// `config.get('DATABASE_URL')`): a string, as `process.env.ADMIN_TOKEN` is.
const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** `secrets.get('ADMIN_TOKEN')`: a lookup by an environment variable's name alone. */
function looksUpSetting(call: TSESTree.CallExpression, method: string | undefined): boolean {
  const [key] = call.arguments;
  return method === 'get' && call.arguments.length === 1 && key?.type === 'Literal' && typeof key.value === 'string' && ENVIRONMENT_NAME.test(key.value);
}

// A function named for reading one environment variable, strictly or with a default: agniwen's
// ai-recruitment reads its S3 settings with `getRequiredEnv("S3_REGION")` and
// `getRequiredBooleanEnv("S3_FORCE_PATH_STYLE")`, others `requireEnv`, `getEnvVar`, `env('DATABASE_URL', fallback)`.
export const READS_ENVIRONMENT = /^(?:get|read|require|load|must)?(?:Required|Optional)?(?:Boolean|Bool|Number|Int|Integer|Float|String|Str)?(?:Env|ENV|env)(?:Var|Variable)?(?:OrThrow|OrDefault)?$/;

/** `getRequiredEnv('S3_REGION')`: a variable's value by its name, and perhaps a default — a string, a flag or a number. */
function readsEnvironmentVariable(call: TSESTree.CallExpression): boolean {
  const [key] = call.arguments;
  const name = calleeText(call.callee)?.split('.').pop();
  return name !== undefined && READS_ENVIRONMENT.test(name) && call.arguments.length <= 2 && key?.type === 'Literal' && typeof key.value === 'string' && ENVIRONMENT_NAME.test(key.value);
}

/** Whether a call gives a string or a boolean by its method or function (see the lists above), or a date's number. */
export function returnsPrimitive(call: TSESTree.CallExpression): boolean {
  if (readsEnvironmentVariable(call)) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type === 'Identifier') return importedStringFunction(callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticName(callee.property);
  if (method !== undefined && (STRING_METHODS.has(method) || PREDICATE_METHODS.has(method) || DATE_READING.test(method))) return true;
  if (looksUpSetting(call, method)) return true;
  if (method !== undefined && STRING_OR_ARRAY_METHODS.has(method)) {
    const target = unwrapExpression(callee.object);
    if (target.type === 'CallExpression' && returnsPrimitive(target)) return true;
  }
  const name = calleeText(callee);
  return name !== undefined && STRING_FUNCTIONS.has(name.split('.').slice(-2).join('.'));
}

// Node's path, URL and OS functions that hand back a string, imported by name.
const PATH_STRING_FUNCTIONS = new Set(['join', 'resolve', 'relative', 'dirname', 'basename', 'extname', 'normalize', 'format', 'fileURLToPath', 'homedir', 'tmpdir', 'hostname']);
const STRING_FUNCTION_MODULE = /^(?:node:)?(?:path(?:\/posix|\/win32)?|url|os)$/;

/** `join(ROOT, 'store')` after `import { join } from 'node:path'` (second-brain's `STORE_DIR`): a path, a string. */
function importedStringFunction(callee: TSESTree.Identifier): boolean {
  if (!PATH_STRING_FUNCTIONS.has(callee.name)) return false;
  const program = programOf(callee);
  return program !== undefined && STRING_FUNCTION_MODULE.test(importSourceOf(program, callee.name) ?? '');
}

/**
 * `buffer.subarray(start)`: a typed array's own method (a Buffer's too), so a view of bytes
 * whatever it is called on — an MCP stdio server's `inputBuffer = inputBuffer.subarray(end)` as
 * it consumes what it has read (claude-code-router's).
 */
function viewsBytes(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'subarray';
}

const MAKES_FETCH = /^(?:createFetch|(?:ofetch|\$fetch)\.create)$/;
// React's component wrappers (IriSync's `Flex = React.forwardRef(…)`, registered on `global` for its
// build): what they hand back is a component — a function each render calls — holding no one's state.
// Not a bare `memo(…)` or `lazy(…)`, which are as often a memoiser's or a lazy value's (memo-holders.ts).
const MAKES_COMPONENT = /^(?:React\.(?:forwardRef|memo|lazy)|forwardRef)$/;
// A web framework's middleware, made by its package's maker or by a function named for making one
// (Credence-Backend's `cachedMiddleware = getSecurityHeadersMiddleware()`, which hands back
// `helmet({ … })`): a function each request passes through, keeping no one's state.
const MAKES_MIDDLEWARE = /^(?:helmet|cors|compression|morgan|cookieParser|(?:bodyParser|express)\.(?:json|urlencoded|raw|text)|express\.static|(?:get|create|make|build)(?:[A-Z]\w*)?Middleware)$/;

// `setInterval(sweep, 60_000)`: a timer's handle cancels a job; it holds no one's state. The
// platform's, or a wrapper's of the same name (Joplin's `shim.setTimeout(…)`, a fake clock's).
export const TIMER = /(?:^|\.)(?:setInterval|setTimeout|setImmediate)$/;

/** `setInterval(…)`, `setTimeout(…).unref()`: a call that starts a timer and hands back its handle. */
export function startsTimer(call: TSESTree.CallExpression): boolean {
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
      return returnsPrimitive(expr) || NUMBER_CALLS.has(calleeText(expr.callee) ?? '');
    default:
      return false;
  }
}

/** Calls whose result is a number or a string whatever they are given: `Math.min(Math.max(value, MIN), MAX)`, `Number.parseInt(raw, 10)`. */
const NUMBER_CALLS: ReadonlySet<string> = new Set(['Math.max', 'Math.min', 'Math.floor', 'Math.ceil', 'Math.round', 'Math.trunc', 'Math.abs', 'Math.sign', 'Math.random',
  'Number', 'String', 'Boolean', 'parseInt', 'parseFloat', 'Number.parseInt', 'Number.parseFloat', 'Date.now', 'performance.now']);

/**
 * `return DEFAULT_JOB_TTL_MS`: a `const` of the module's own given a primitive (`30 * 60 * 1000`),
 * which the function does not shadow — a setting's default, clamped to (DalaiKarmaBot's
 * `jobTtlMs = clampTtl(value)`) — or a value as a `return` gives one, a list or a literal of data
 * (banking's `return DEFAULT_PATTERNS`, the crawler patterns it falls back to when the file of
 * them is missing).
 */
function returnsModuleConstant(value: TSESTree.Node, fn: TSESTree.Node): boolean {
  const returned = unwrapExpression(value);
  if (returned.type !== 'Identifier') return false;
  const init = moduleConstantInit(returned.name, fn);
  return init !== undefined && (isPrimitiveExpression(init) || loadsModule(init) || isValueIn(init, fn));
}

/** What a `const` of the module's own, which `fn` does not shadow, is given: arpa-reporter's `srcRules = require('../lib/templateRules.json')`. */
function moduleConstantInit(name: string, fn: TSESTree.Node): TSESTree.Expression | undefined {
  if (bindsInFunction(fn, name)) return undefined;
  const declarator = localVariable(fn, name);
  const declaration = declarator?.parent;
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' && declarator?.init != null ? declarator.init : undefined;
}

/**
 * A call whose function gives a primitive or a list at every `return`: an IIFE (voltagent's
 * `isZodV4 = (() => { …; return 'toJSONSchema' in z; })()`), or a function the module declares at
 * its top (Ackee's `let salt = generate()`, renewed daily, where `generate = () =>
 * crypto.randomBytes(16).toString('hex')`; engine.io's `byteArray = ucs2decode(byteString)`, whose
 * `output` starts as `[]`), or one another file of the project exports (a Remix app's
 * `global.ENV = getEnv()` in its `entry.server.tsx`, the Epic Stack's and AutomotiveCRM's, where
 * `getEnv()` returns the public variables read from `process.env`).
 * It computes a value; it makes no instance. So does one that returns
 * nothing: an async one's promise settles to `undefined` — anything-llm's reranker keeps
 * `#initializationPromise = (async () => { …load the model… })()` only so that a second caller
 * waits for the load the first started. (Not a generator's: its call hands back an iterator.)
 */
function callsValueReturningFunction(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const fn = isFunctionNode(callee) ? callee : callee.type === 'Identifier' ? functionInScope(call, callee.name) ?? importedFunctionOf(call, callee.name) : undefined;
  if (!fn || fn.generator) return false;
  const filled = filledVariable(call);
  return askOnce(askingFunctions, fn, () => returnedValues(fn).every((value) => value === null || isValueIn(value, fn) || returnsLocalValue(value, fn) || returnsModuleConstant(value, fn) || (filled !== undefined && returnsWhatItFills(value, fn, filled))));
}

/** The functions callsValueReturningFunction is asking about, outermost first: a function that fills its variable by calling itself is asked once. */
const askingFunctions = new Set<TSESTree.Node>();

/** The variable a call's result is assigned to (`globalCache = initializeSchemaSystem()`, `??=` too), when it is a plain name. */
function filledVariable(call: TSESTree.CallExpression): string | undefined {
  const node = valueExpressionOf(call);
  const assignment = node.parent;
  return assignment?.type === 'AssignmentExpression' && assignment.right === node && assignment.left.type === 'Identifier' ? assignment.left.name : undefined;
}

/**
 * Whether `fn` returns the very variable its call fills, and gives it nothing but a value itself:
 * ai-matrx-admin's `globalCache = initializeSchemaSystem()`, where the function returns
 * `globalCache` once set, and otherwise sets it to a literal of the schema it builds from the
 * module's own tables and returns it. What the variable then holds is what the function put there.
 */
function returnsWhatItFills(value: TSESTree.Node, fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, name: string): boolean {
  const returned = unwrapExpression(value);
  if (returned.type !== 'Identifier' || returned.name !== name || bindsInFunction(fn, name)) return false;
  const given: TSESTree.Node[] = [];
  walk(fn.body, (node) => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === name) given.push(node.right);
  });
  return given.length > 0 && given.every((right) => isNullish(right) || !producesObject(right));
}

/** The function another file of the project exports, which the module imports under `name`. */
function importedFunctionOf(at: TSESTree.Node, name: string): ReturnType<typeof importedFunction> {
  const program = programOf(at);
  return program && importedFunction(program, name);
}

/**
 * The function declared under `name` in a block around `at` or at the module's top (the
 * innermost): `function new512() { … }` inside the IIFE a vendored library wraps itself in
 * (CyberChef's GOST digest), or one of the module's own (see localFunction).
 */
function functionInScope(at: TSESTree.Node, name: string): TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | undefined {
  for (let node: TSESTree.Node | undefined = at.parent; node; node = node.parent) {
    if (node.type === 'Program') return localFunction(node, name);
    const fn = node.type === 'BlockStatement' ? functionDeclaredIn(node, name) : undefined;
    if (fn) return fn;
  }
  return undefined;
}

/**
 * A name `fn` declares once and returns as a value: a `const` given a module it loads
 * (claude-code-router's `importBotGatewaySdk()`: `const sdk = await import(candidate); … return sdk
 * as BotGatewaySdkModule`), or a name declared with a primitive or a list and only ever set to one
 * again (BMAD's `findProjectRoot()`, walking `let currentPath = path.resolve(start)` up with
 * `currentPath = path.dirname(currentPath)` and returning it).
 */
function returnsLocalValue(value: TSESTree.Node, fn: TSESTree.Node): boolean {
  const returned = unwrapExpression(value);
  if (returned.type !== 'Identifier') return false;
  const declarators: TSESTree.VariableDeclarator[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  walk(fn, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === returned.name) declarators.push(node);
    else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === returned.name) assignments.push(node);
  });
  const declarator = declarators.length === 1 ? declarators[0] : undefined;
  if (!declarator?.init) return false;
  if ((declarator.parent as TSESTree.VariableDeclaration).kind === 'const' && loadsModule(declarator.init)) return true;
  // … or another name for one the module loaded (arpa-reporter's `generateRules()`: `const rules = srcRules`,
  // the module's `require('../lib/templateRules.json')`, given its formatters and returned).
  const aliased = unwrapExpression(declarator.init);
  if ((declarator.parent as TSESTree.VariableDeclaration).kind === 'const' && aliased.type === 'Identifier') {
    const init = moduleConstantInit(aliased.name, fn);
    if (init !== undefined && loadsModule(init)) return true;
  }
  return isValueIn(declarator.init, fn) && assignments.every((assignment) => assignment.operator === '=' && isValueIn(assignment.right, fn));
}

/**
 * A promise chain over a call that gives values, each of whose callbacks hands back a value too
 * (see handsBackValues): apostrophe's in-flight fetch of its route matchers, `inflight =
 * fetchManifest().then((matchers) => { cached = matchers; return matchers; }).catch(() => [])
 * .finally(() => { inflight = null; })` — a promise of a list, shared while it runs.
 */
function settlesToValues(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.CallExpression = call;
  let replacesValue = false;
  for (let chained = false; ; chained = true) {
    const callee = unwrapExpression(current.callee);
    const method = callee.type === 'MemberExpression' ? staticName(callee.property) : undefined;
    // After a `.then(…)` the chain holds what its callbacks return (or the error it failed with),
    // not what it started from: puter's `list_all_shared().then(remember_shared_roots)`.
    // … over a call of the module's that gives values, or a query's records (sath_marketplace's
    // `pool.query(\`ALTER TABLE …\`).catch((err) => { …; throw err; })`).
    if (callee.type !== 'MemberExpression' || !PROMISE_CHAIN_METHODS.has(method ?? '')) return chained && (callsValueReturningFunction(current) || readsRecords(current, true));
    // What `.finally()`'s callback returns is dropped; the others' become the chain's value.
    if (method !== 'finally' && !current.arguments.every((callback) => handsBackValuesWhenCalled(callback, current))) return false;
    if (method === 'then' && current.arguments[0] !== undefined && !passesOnWhatItIsGiven(current.arguments[0], current)) replacesValue = true;
    // What a `.then(…)` settles to is what its callbacks hand back, whatever it was chained to —
    // a promise kept in a variable too (nextjs-ai-chatbot's write lock, `chain = next.then(() =>
    // undefined, () => undefined)`): the links outside it were asked already.
    if (replacesValue) return true;
    const target = unwrapExpression(callee.object);
    if (target.type !== 'CallExpression') return false;
    current = target;
  }
}

/** The function a promise callback is: written in place, or one of the module's own named there (puter's `.then(remember_shared_roots)`). */
function callbackFunction(callback: TSESTree.Node, call: TSESTree.CallExpression) {
  return isFunctionNode(callback) ? callback : callback.type === 'Identifier' ? localFunction(call, callback.name) : undefined;
}

/** Whether a promise callback may return what it is given (`(client) => client`): the chain's value, passed on. */
function passesOnWhatItIsGiven(callback: TSESTree.Node, call: TSESTree.CallExpression): boolean {
  const fn = callbackFunction(callback, call);
  const given = fn?.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
  return fn === undefined || (given !== undefined && returnedValues(fn).some((value) => value !== null && partOfGiven(value, given)));
}

/** `data`, `data.items?.[0]`, `data.settings`: what a callback was given, or a part of it — as much a value as it is. */
function partOfGiven(value: TSESTree.Node, given: string): boolean {
  const read = unwrapExpression(value);
  const part = chainRoot(read.type === 'ChainExpression' ? read.expression : read);
  return part.type === 'Identifier' && part.name === given;
}

/** A promise callback that returns only values (see callbackFunction). */
function handsBackValuesWhenCalled(callback: TSESTree.Node, call: TSESTree.CallExpression): boolean {
  const fn = callbackFunction(callback, call);
  return fn !== undefined && !fn.generator && handsBackValues(fn);
}

/**
 * Whether a promise callback returns only values: a primitive, a list, what it was given (its first
 * parameter, passed on, or a part of it: `.then((data) => data.items?.[0])`), a response's payload
 * (`.then((res) => res.json())`, Replit's connector lookup in many a generated app), or a name it
 * sets to a primitive or a list itself (`cached = []; return cached`).
 */
function handsBackValues(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): boolean {
  const given = fn.params[0]?.type === 'Identifier' ? fn.params[0].name : undefined;
  return returnedValues(fn).every((value) => {
    if (value === null || isNullish(value) || isValueIn(value, fn) || readsRowColumn(value, fn) || logs(value) || parsesData(unwrapExpression(value))) return true;
    if (given !== undefined && partOfGiven(value, given)) return true;
    const returned = unwrapExpression(value);
    return returned.type === 'Identifier' && setToValuesIn(returned.name, fn);
  });
}

const LOG_METHOD = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal']);

/** `logger.info('✅ Redis connected')`, `console.log(…)`: a log line written, nothing handed back (tritech-pos-backend's readiness promise). */
function logs(value: TSESTree.Node): boolean {
  const call = unwrapExpression(value);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  const target = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
  return target?.type === 'Identifier' && LOGGER_NAME.test(target.name) && LOG_METHOD.has(staticName((callee as TSESTree.MemberExpression).property) ?? '');
}

/**
 * `rows[0]?.cutover_at`, `result.rows[0].value`, or a `const` of `fn`'s given one: a column of a
 * row an SQL query returned (twilio-front-integration's cut-over date, read once from its config
 * table) — a value, as the drivers hand every column.
 */
function readsRowColumn(value: TSESTree.Node, fn: TSESTree.Node): boolean {
  const made = madeValue(fn, value);
  if (!made) return false;
  let read = unwrapExpression(made);
  if (read.type === 'ChainExpression') read = read.expression;
  if (read.type !== 'MemberExpression' || read.computed) return false;
  const row = unwrapExpression(read.object);
  if (row.type !== 'MemberExpression' || !row.computed || row.property.type !== 'Literal' || typeof row.property.value !== 'number') return false;
  const rows = unwrapExpression(row.object);
  return (rows.type === 'Identifier' && rows.name === 'rows') || (rows.type === 'MemberExpression' && staticName(rows.property) === 'rows');
}

/** Whether `fn` assigns `name` and every assignment gives it a primitive or a list. */
function setToValuesIn(name: string, fn: TSESTree.Node): boolean {
  let values = 0;
  let others = 0;
  walk(fn, (node) => {
    if (node.type !== 'AssignmentExpression' || node.left.type !== 'Identifier' || node.left.name !== name) return;
    if (node.operator === '=' && isValueIn(node.right, fn)) values++;
    else others++;
  });
  return values > 0 && others === 0;
}

/** A primitive, or a list `fn` builds or hands on (see returnsList): a value, whatever else `fn` does. */
const isValueIn = (value: TSESTree.Node, fn: TSESTree.Node): boolean => isPrimitiveExpression(value) || returnsList(value, fn) || isDataLiteral(value, fn) || madeAsData(value) || returnsPayload(value);

/**
 * `return response.data`, `return await res.json()`, `return JSON.parse(text)`: what another
 * service sent, or a text parsed — data (see parsesData), as the same read kept directly is.
 * Mbenve9198's CRM keeps `categoriesCache = await fetchCategories()`, whose function returns the
 * axios response's `data`.
 */
function returnsPayload(value: TSESTree.Node): boolean {
  const returned = unwrapExpression(value);
  return parsesData(returned.type === 'AwaitExpression' ? unwrapExpression(returned.argument) : returned);
}

/** `new Int32Array(16)`, `new Date()`, `new URL(…)`: bytes, a date, an address (DATA_CONSTRUCTOR) — CyberChef's GOST digest's `new512()`. */
function madeAsData(value: TSESTree.Node): boolean {
  const made = unwrapExpression(value);
  return made.type === 'NewExpression' && DATA_CONSTRUCTOR.test(calleeText(made.callee) ?? '');
}

/**
 * Whether a value `fn` returns is an object literal of data alone: primitives, lists and literals
 * of the same, and what the function parsed (simple-rpc-ai-backend's dev panel discovering its
 * server's config: `return { ...config, detected: true }` after `const config = await
 * response.json()`, or a literal of ports and URLs). No method, no function, nothing else the
 * function holds: `{ client: new OpenAI(), model }` carries an instance.
 */
function isDataLiteral(value: TSESTree.Node, fn: TSESTree.Node): boolean {
  const literal = unwrapExpression(value);
  if (literal.type !== 'ObjectExpression') return false;
  return literal.properties.every((property) => {
    if (property.type === 'SpreadElement') return isData(property.argument, fn);
    return property.kind === 'init' && !property.method && !property.computed && isData(property.value, fn);
  });
}

/**
 * A primitive, a literal of data, an environment variable (`process.env.PORT`), either of two
 * such (`manualPort || 8001`), or a `const` of `fn`'s given one, parsed data or a data literal.
 */
function isData(node: TSESTree.Node, fn: TSESTree.Node, depth = 0): boolean {
  const value = unwrapExpression(node);
  // Each step follows a `const` to what it was given, which cannot lead back to itself; the bound
  // only keeps the walk short. A config reads a secret through a few names (React-Photo-App's
  // `thumbnailSigningSecret = fromEnv || jwtSecret`, `jwtSecret = isProduction ? fromEnv : …`).
  if (depth > 8) return false;
  // `process.env.S3_ENDPOINT?.trim()`: what the chain reads, when it reaches it.
  if (value.type === 'ChainExpression') return isData(value.expression, fn, depth + 1);
  if (isPrimitiveExpression(value) || isDataLiteral(value, fn)) return true;
  if (value.type === 'ArrayExpression') return value.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isData(element, fn, depth + 1));
  if (value.type === 'MemberExpression') return calleeText(value.object) === 'process.env';
  if (value.type === 'LogicalExpression') return isData(value.left, fn, depth + 1) && isData(value.right, fn, depth + 1);
  if (value.type === 'ConditionalExpression') return isData(value.consequent, fn, depth + 1) && isData(value.alternate, fn, depth + 1);
  // A helper of the module's own, or of another of its files, that gives a value at every `return`:
  // React-Photo-App's config reads each setting with `readTrimmed('JWT_SECRET')`, a trimmed
  // `process.env[name]`, and its environment's name with `getNodeEnv()`.
  if (value.type === 'CallExpression') return callsValueReturningFunction(value);
  if (value.type !== 'Identifier') return false;
  let init: TSESTree.Node | undefined;
  let declarations = 0;
  let changed = false;
  walk(fn, (inner) => {
    if (inner.type === 'VariableDeclarator' && inner.id.type === 'Identifier' && inner.id.name === value.name) {
      declarations++;
      if (inner.parent?.type === 'VariableDeclaration' && inner.parent.kind === 'const' && inner.init) init = inner.init;
    }
    // Filled after it is made (inbox-zero's `adapters.slack = slackAdapter` into a `const adapters = {}`), or handed a method's call.
    if (inner.type === 'Identifier' && inner.name === value.name && inner.parent?.type === 'MemberExpression' && inner.parent.object === inner) {
      const call = inner.parent.parent;
      changed ||= memberWrittenThrough(inner) !== undefined || (call?.type === 'CallExpression' && call.callee === inner.parent);
    }
  });
  if (declarations !== 1 || init === undefined || changed) return false;
  const made = unwrapExpression(init);
  const settled = made.type === 'AwaitExpression' ? unwrapExpression(made.argument) : made;
  return parsesData(settled) || isData(made, fn, depth + 1);
}

/** Methods that hand back a new array, and the functions that make one. */
const ARRAY_METHODS = new Set(['map', 'filter', 'flatMap', 'flat', 'slice', 'concat', 'toSorted', 'toReversed']);
const ARRAY_FUNCTIONS = new Set(['Array.from', 'Array.of', 'Object.keys', 'Object.values', 'Object.entries']);

/**
 * Whether a value `fn` returns is a list: a literal, `xs.map(…)`, `Array.from(…)`, `[…].sort()`,
 * or a name the function declares as `[]` and never assigns again (the list it built).
 */
export function returnsList(value: TSESTree.Node, fn: TSESTree.Node): boolean {
  const returned = unwrapExpression(value);
  if (returned.type === 'ArrayExpression') return true;
  if (returned.type === 'Identifier') return builtAsList(returned.name, fn);
  if (returned.type !== 'CallExpression') return false;
  const text = calleeText(returned.callee);
  if (text !== undefined && ARRAY_FUNCTIONS.has(text)) return true;
  const callee = unwrapExpression(returned.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticName(callee.property);
  // `.sort()` and `.reverse()` hand back the array they were called on: a list when it is one.
  if (method === 'sort' || method === 'reverse') return returnsList(callee.object, fn);
  return method !== undefined && ARRAY_METHODS.has(method);
}

/** Whether `fn` declares `name` as `[]` and never declares or assigns it otherwise. */
function builtAsList(name: string, fn: TSESTree.Node): boolean {
  let lists = 0;
  let others = 0;
  walk(fn, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.id.name === name) {
      if (node.init?.type === 'ArrayExpression') lists++;
      else others++;
    }
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === name) others++;
  });
  return lists > 0 && others === 0;
}

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
export function loadsModule(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'ImportExpression') return true;
  if (expr.type === 'AwaitExpression') return loadsModule(expr.argument);
  if (expr.type !== 'CallExpression') return false;
  const callee = calleeText(expr.callee) ?? '';
  if (COMPILES_WASM.test(callee) || LOADS_SERVICE_DEFINITIONS.test(callee)) return true;
  if (expr.callee.type === 'Identifier') {
    return expr.callee.name === 'require' || madeByCreateRequire(expr.callee) || LOADS_LIBRARY.test(expr.callee.name) || loadsPackageByName(expr) || normalizesLoadedModule(expr, expr.callee.name) || ownLoaderSource(expr) !== undefined;
  }
  if (callsCreatedRequire(expr)) return true;
  if (loadsModulesTogether(expr)) return true;
  if (requiresThroughLoader(expr)) return true;
  if (expr.callee.type !== 'MemberExpression' || !loadsModule(expr.callee.object)) return false;
  const method = staticName(expr.callee.property);
  if (method === 'catch' || method === 'finally') return true;
  // `.then(cb)` hands out what `cb` makes — `import('elkjs').then((m) => new m.default())` is an
  // instance — unless `cb` only picks exports (React.lazy's `(m) => ({ default: m.Flow })`).
  const callback = expr.arguments[0];
  return method === 'then' && callback !== undefined && isFunctionNode(callback) && picksExports(callback);
}

/**
 * A function of the module's own handed a loaded module that hands back the module or a member of
 * it — the interop of a CommonJS package in an ES module (agentos' `normalizeNaturalModule(require('natural'))`:
 * `const candidate = mod?.default ?? mod['module.exports'] ?? mod; return candidate && typeof
 * candidate === 'object' ? candidate : null`): still the module.
 */
function normalizesLoadedModule(call: TSESTree.CallExpression, name: string): boolean {
  const [argument] = call.arguments;
  if (call.arguments.length !== 1 || argument === undefined || argument.type === 'SpreadElement' || !loadsModule(argument)) return false;
  const fn = localFunction(call, name);
  const parameter = fn?.params[0];
  if (!fn || parameter?.type !== 'Identifier') return false;
  const values = returnedValues(fn).filter((value): value is TSESTree.Node => value !== null && !isNullish(value));
  return values.length > 0 && values.every((value) => partOf(value, fn, parameter.name, 0));
}

/** Whether a value is the parameter, a member of it, or a choice among those (`a ?? b`, `c ? a : null`), also through a `const` of the function. */
function partOf(node: TSESTree.Node, fn: TSESTree.Node, parameter: string, depth: number): boolean {
  const expr = unwrapExpression(node);
  if (depth > 6) return false;
  if (isNullish(expr)) return true;
  if (expr.type === 'Identifier') {
    if (expr.name === parameter) return true;
    const made = madeValue(fn, expr);
    return made !== undefined && made !== expr && partOf(made, fn, parameter, depth + 1);
  }
  if (expr.type === 'MemberExpression') return partOf(expr.object, fn, parameter, depth + 1);
  if (expr.type === 'ChainExpression') return partOf(expr.expression, fn, parameter, depth + 1);
  if (expr.type === 'LogicalExpression') return partOf(expr.left, fn, parameter, depth + 1) && partOf(expr.right, fn, parameter, depth + 1);
  if (expr.type === 'ConditionalExpression') return partOf(expr.consequent, fn, parameter, depth + 1) && partOf(expr.alternate, fn, parameter, depth + 1);
  return false;
}

/**
 * `manager.require('modbus-serial')`, `module.require('x')`: a package required through a loader's
 * own `require` (FUXA's device drivers, installed on demand by a plugin manager), by its name.
 */
function requiresThroughLoader(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const name = call.arguments[0];
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'require' && call.arguments.length === 1
    && name?.type === 'Literal' && typeof name.value === 'string';
}

/**
 * A function named for loading a library (the MongoDB driver's `zstd = getZstdLibrary()`, which
 * requires its optional `@mongodb-js/zstd` package or says it is missing): what it hands back is
 * the library's code.
 */
const LOADS_LIBRARY = /^(?:get|load|require|import)[A-Z][A-Za-z0-9]*(?:Lib|Library)$/;

/**
 * NestJS' `loadPackage('ws', 'WsAdapter')` (`@nestjs/common/utils/load-package.util`): an optional
 * package required by its name, or a message that it is missing — payever's WebSocket adapters keep
 * `ws` so.
 */
function loadsPackageByName(call: TSESTree.CallExpression): boolean {
  const name = call.arguments[0];
  return call.callee.type === 'Identifier' && call.callee.name === 'loadPackage' && name?.type === 'Literal' && typeof name.value === 'string';
}

/**
 * gRPC's `grpc.loadPackageDefinition(definition)`: the client classes and service descriptions
 * generated from a `.proto` file (kener's health checks load the standard health service's once) —
 * code, as an imported module is; the clients made from it are not these.
 */
const LOADS_SERVICE_DEFINITIONS = /(?:^|\.)loadPackageDefinition$/;

/**
 * A WebAssembly module compiled once: `WebAssembly.compile(bytes)`, quickjs-emscripten's
 * `newQuickJSWASMModule()` (matrix-hookshot's webhook transformer, which makes a context of its
 * own for each script it runs) or `newQuickJSWASMModuleFromVariant(variant)` for a chosen build
 * (bruno's script sandbox). Compiled code, like an imported module; not an instance — a
 * `WebAssembly.Instance`, whose memory keeps state, is not one of these.
 */
const COMPILES_WASM = /(?:^|\.)(?:WebAssembly\.compile(?:Streaming)?|(?:new|load|get|create)[A-Za-z]*(?:WASM|Wasm)Module(?:From[A-Z][A-Za-z]*)?)$/;

/**
 * `r` after `const r = createRequire(import.meta.url)` in a block around it (TypeAgent's lazy
 * better-sqlite3, langwatch's lazy superjson): a `require` an ES module made itself. Or the
 * platform's own, kept where one exists (mcp-use's `const nodeRequire = typeof require !==
 * 'undefined' ? require : null`, its lazy `node:vm`).
 */
function madeByCreateRequire(callee: TSESTree.Identifier): boolean {
  for (let scope: TSESTree.Node | undefined = callee.parent; scope; scope = scope.parent) {
    if (scope.type !== 'BlockStatement' && scope.type !== 'Program') continue;
    for (const statement of scope.body) {
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
      const init = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === callee.name)?.init;
      if (init) return (init.type === 'CallExpression' && CREATE_REQUIRE.test(calleeText(init.callee) ?? '')) || requireOrNothing(init) || importsThroughFunction(init);
    }
  }
  return false;
}

/**
 * `createRequire(import.meta.url)('alasql')`: a `require` made and called at once (agentswarms'
 * lazily required AlaSQL, kept out of Vite's server module runner) — the module, as `require` gives.
 */
function callsCreatedRequire(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'CallExpression' && CREATE_REQUIRE.test(calleeText(callee.callee) ?? '');
}

const CREATE_REQUIRE = /(?:^|\.)createRequire$/;

/**
 * `new Function('specifier', 'return import(specifier)')`: a dynamic import a compiler targeting
 * CommonJS leaves alone (NAC's lazily loaded `mammoth`), whatever it is cast to.
 */
function importsThroughFunction(node: TSESTree.Node): boolean {
  const made = unwrapExpression(node);
  if ((made.type !== 'NewExpression' && made.type !== 'CallExpression') || calleeText(made.callee) !== 'Function') return false;
  const body = made.arguments.at(-1);
  return body?.type === 'Literal' && typeof body.value === 'string' && /^\s*return\s+import\s*\(/.test(body.value);
}

/** `require`, or `cond ? require : null` (either way round, `undefined` too). */
function requireOrNothing(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'Identifier') return expr.name === 'require';
  if (expr.type !== 'ConditionalExpression') return false;
  return (requireOrNothing(expr.consequent) && isNullish(expr.alternate)) || (isNullish(expr.consequent) && requireOrNothing(expr.alternate));
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
 * `envSchema.parse(process.env)`, `JSON.parse(text)`, `yaml.parse(…)`, `yaml.load(…)`, zod's `safeParseAsync(…)`:
 * what a parse returns is data read from its input (unkey's `_env ??= envSchema.parse(process.env)`),
 * config, not a service instance; so is what a deserialiser reads (an ANTLR grammar's
 * `__ATN ??= new ATNDeserializer().deserialize(…)`, in every generated parser) and what an
 * extraction takes out of its input (homarr's `cache = extractToolsFromProcedures(mcpRouter)`),
 * and the environment checked against a schema (t3-env's `createEnv({ … })`, envalid's
 * `cleanEnv(process.env, { … })`: langwatch's env config, validated once).
 */
const PARSE = /^(?:(?:safeP|p)arse(?:Async)?|deserialize|extract(?:[A-Z][\w$]*)?|createEnv|cleanEnv)$/;
// A schema's own check, which hands back the data it passed (ArkType's `runtimeEnvSchema.assert(process.env)`,
// a1d-agent's env; yup's `schema.validateSync(…)`, `schema.cast(…)`): named for the schema it is called on,
// as a bare `assert(…)` (Node's, which returns nothing) is not.
const SCHEMA_CHECK = /^(?:[\w$]+\.)*[\w$]*(?:Schema|schema|Validator|validator)\.(?:assert|validate(?:Sync)?|cast|decode)$/;
// A data format's reader by its other name (js-yaml's `yaml.load(text)`, in Temporal's DSL sample:
// `dslInput = yaml.load(…) as DSL`): a `load` on its own could be a model's or a plugin's.
const DATA_FORMAT_LOAD = /^(?:js)?(?:yaml|YAML|Yaml|toml|TOML|json5|JSON5|ini|hjson)\.(?:safeLoad|load|loadAll)$/;
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
  return PARSE.test(callee?.split('.').pop() ?? '') || DATA_FORMAT_LOAD.test(callee ?? '') || SCHEMA_CHECK.test(callee ?? '') || (callee !== undefined && /^[\w$]+\.json$/.test(callee) && RESPONSE.test(callee.split('.')[0]!));
};

/**
 * `await Settings.findOneAsync()` (wekan's cached settings), `prisma.user.findFirst(…)`,
 * `Org.find({ … })` awaited: records a database query returns — rows, documents, data — not a
 * service instance. A bare `list.find(…)` is not awaited, and hands back one of the list's own.
 */
const RECORD_QUERY = /^find(?:One|Many|First|Unique|All|ById|ByPk)(?:Async|OrThrow)?$/;
function readsRecords(node: TSESTree.Node, awaited: boolean): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticName(callee.property) ?? '';
  return RECORD_QUERY.test(method) || (awaited && (method === 'find' || method === 'findAsync')) || (awaited && RECORD_WRITE.test(method) && isModel(callee.object)) || runsSqlStatement(method, node.arguments[0]);
}

/**
 * `await adminModel.create({ … })`: the document a model's write hands back, as its `find` does
 * (mockify's seeded super admin, kept in a module variable) — a model's, by its name (`…Model`)
 * or by the models folder it is imported from; `await Client.create(config)` is a factory's.
 */
const RECORD_WRITE = /^(?:create|findOneAndUpdate|findByIdAndUpdate|upsert)$/;
const MODEL_NAME = /Model$/;
const MODELS_FOLDER = /(?:^|\/)models?(?:\/|$)/i;
function isModel(node: TSESTree.Node): boolean {
  const model = unwrapExpression(node);
  if (model.type !== 'Identifier') return false;
  if (MODEL_NAME.test(model.name)) return true;
  const program = programOf(model);
  const source = program && importSourceOf(program, model.name);
  return source !== undefined && !spelledAsPackage(source) && MODELS_FOLDER.test(source);
}

/**
 * `pool.query(\`ALTER TABLE bookings ADD COLUMN IF NOT EXISTS …\`)`, `db.execute('SELECT …')`: a SQL
 * statement written out, whose result is rows or a count — sath_marketplace keeps the promise of
 * its one-time schema change so that it runs once.
 */
const SQL_METHOD = /^(?:query|execute|exec|raw|run|all|\$queryRawUnsafe|\$executeRawUnsafe|unsafe)$/;
function runsSqlStatement(method: string, first: TSESTree.Node | undefined): boolean {
  return SQL_METHOD.test(method) && first !== undefined && SQL_STATEMENT.test(statementText(first));
}

/** The text an SQL statement starts with, written as a string or a template. */
function statementText(sql: TSESTree.Node): string {
  const written = unwrapExpression(sql);
  return written.type === 'Literal' && typeof written.value === 'string' ? written.value : written.type === 'TemplateLiteral' ? written.quasis[0]!.value.cooked ?? '' : '';
}

/**
 * `connection.model('IdentityCounter', counterSchema)`, `mongoose.model('User')`: a Mongoose model
 * — the class a collection's documents are made from, one per connection by design — not an
 * instance any user's state lives in (tiledesk's auto-increment plugin keeps its counter model so).
 */
function definesModel(node: TSESTree.Node): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  const first = node.arguments[0];
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'model' && first?.type === 'Literal' && typeof first.value === 'string';
}

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
  if (callee.type === 'MemberExpression' && looksUpService(call, callee)) return true;
  if (callee.type !== 'MemberExpression' || !['get', 'resolve'].includes(staticName(callee.property) ?? '')) return false;
  const owner = calleeText(callee.object)?.split('.').pop();
  const token = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (owner === undefined || !CONTAINER.test(owner) || call.arguments.length > 2 || token === undefined) return false;
  // A string names a route or a setting of an Express app; a container may take one as a token.
  return token.type === 'Identifier' || token.type === 'MemberExpression' || (!/app$/i.test(owner) && token.type === 'Literal' && typeof token.value === 'string');
}

// A service locator: Feathers' `app.service('users')`, a service framework's `this.services('persons')`
// (vue-express-mongo-boilerplate's modules), Moleculer's `broker.getLocalService('users')`.
const SERVICE_LOOKUP = /^(?:service|services|getService|getLocalService)$/;
const SERVICE_OWNER = /^(?:this|app|ctx|broker|container|locator|registry)$/;

/**
 * `app.service('users')`: the service registered under that name, looked up — the app made it and
 * keeps it, as a DI container does (resolvesFromContainer); the module keeps a reference to the
 * app's. Asked by its name as a string, of the app, the context, the broker or `this`.
 */
function looksUpService(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): boolean {
  const [name] = call.arguments;
  const owner = unwrapExpression(callee.object);
  const ownerName = owner.type === 'ThisExpression' ? 'this' : calleeText(owner)?.split('.').pop();
  const method = staticName(callee.property);
  if (call.arguments.length !== 1 || name === undefined || !SERVICE_LOOKUP.test(method ?? '') || !SERVICE_OWNER.test(ownerName ?? '')) return false;
  if (name.type === 'Literal') return typeof name.value === 'string';
  // Feathers' app asked by a path the project names once (enhealth-api's `app.service(userPath)`,
  // `userPath` exported beside every other service's path): a service's path, whatever holds it.
  return ownerName === 'app' && method === 'service' && (name.type === 'Identifier' || name.type === 'MemberExpression');
}

/** A literal, or what an operator makes: `code === 0`, `!found`, `a + b` — a string, a number or a boolean whatever it reads. */
function primitiveValued(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'BinaryExpression' || expr.type === 'UnaryExpression') return true;
  if (expr.type === 'ConditionalExpression') return primitiveValued(expr.consequent) && primitiveValued(expr.alternate);
  if (expr.type === 'LogicalExpression') return primitiveValued(expr.left) && primitiveValued(expr.right);
  return isPrimitiveLiteral(expr);
}

/**
 * `new Promise((resolve) => { child.on('error', () => resolve(false)); child.on('close', (code) =>
 * resolve(code === 0)); })`: a promise each of whose settlings is a primitive — a yes or a no, a
 * count — holds no instance (starscreener's `_curlAvailable`, whether `curl` runs, asked once).
 */
function settlesToPrimitives(made: TSESTree.NewExpression): boolean {
  const settlings = resolveCalls(made)?.settlings ?? [];
  return settlings.length > 0 && settlings.every((value) => value !== undefined && primitiveValued(value));
}

/** `Promise.resolve()`, `Promise.resolve(0)`: settled to nothing or to a literal, so it holds no instance. */
function settlesToLiteral(call: TSESTree.CallExpression): boolean {
  const settled = call.arguments[0] && unwrapExpression(call.arguments[0]);
  return settled === undefined || isNullish(settled) || isPrimitiveLiteral(settled);
}

/**
 * `new Set(rows.map((x) => x.column_name))`, `new Set(['a', 'b'])`: a set of strings and numbers —
 * a field named for a value (a name, an id, a key, a type…) read off each record, not one that may
 * be an object (`s.socket`), a literal, a text built of them (booking-backend's staff columns,
 * read from `information_schema` once a minute), or what the module's own function makes of each
 * when it hands back values. Values, as a `Set<string>` declared so holds.
 */
const VALUE_FIELD = /^(?:name|id|key|code|type|email|slug|url|path)$|(?:_|[a-z0-9])(?:name|Name|id|Id|ID|key|Key|code|Code|type|Type|email|Email|slug|Slug|url|Url|URL|path|Path)$/;
function setOfFields(made: TSESTree.NewExpression): boolean {
  const [items] = made.arguments;
  if (calleeText(made.callee) !== 'Set' || made.arguments.length !== 1 || items === undefined) return false;
  const isField = (node: TSESTree.Node) => {
    const value = unwrapExpression(node);
    return isPrimitiveLiteral(value) || value.type === 'TemplateLiteral' || (value.type === 'MemberExpression' && VALUE_FIELD.test(staticName(value.property) ?? ''))
      // … or what a function of the module's gives back when it gives values (ai-proxy's trusted
      // proxies, `new Set(trustedProxies.map((ip) => normalizeIp(ip)))`).
      || (value.type === 'CallExpression' && callsValueReturningFunction(value));
  };
  const list = unwrapExpression(items);
  if (list.type === 'ArrayExpression') return list.elements.length > 0 && list.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isField(element));
  if (list.type !== 'CallExpression' || list.callee.type !== 'MemberExpression' || staticName(list.callee.property) !== 'map') return false;
  const [pick] = list.arguments;
  return pick?.type === 'ArrowFunctionExpression' && pick.body.type !== 'BlockStatement' && isField(pick.body);
}

const SQL_STATEMENT = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|UPSERT|WITH|CREATE|DROP|ALTER|PRAGMA)\b/i;

/**
 * `db.prepare('INSERT INTO events … VALUES (?, ?, ?)')`: an SQL statement compiled once
 * (twilio-voice-ai's analytics insert on better-sqlite3, `node:sqlite`'s and Bun's the same) —
 * each run binds its own values, and the statement keeps none, as a compiled pattern does.
 */
function preparesStatement(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const sql = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if (callee.type !== 'MemberExpression' || staticName(callee.property) !== 'prepare' || !sql) return false;
  return SQL_STATEMENT.test(statementText(sql));
}

/**
 * `records.map((record) => ({ id: record.id, name: record.get('Name') || 'Assistant' }))`: a list
 * of records, each an object literal of what the callback read off its row (pb-webhook-server's
 * cache of assistants, read from Airtable for a minute), or of fields (`items.map((m) => m.id)`) —
 * values, whatever the rows were.
 */
function mapsRowsToRecords(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  const method = callee.type === 'MemberExpression' ? staticName(callee.property) : undefined;
  const callback = call.arguments[0] && unwrapExpression(call.arguments[0]);
  if ((method !== 'map' && method !== 'flatMap') || !callback || !isFunctionNode(callback) || callback.generator) return false;
  const row = callback.params[0]?.type === 'Identifier' ? callback.params[0].name : undefined;
  const returned = returnedValues(callback);
  return returned.length > 0 && returned.every((value) => value !== null && isFieldOf(value, row, 0));
}

/** An object literal whose every property is a field read off `row` (see isFieldOf). */
function isRecordOf(node: TSESTree.Node, row: string | undefined, depth: number): boolean {
  const literal = unwrapExpression(node);
  return literal.type === 'ObjectExpression' && literal.properties.length > 0 && literal.properties.every((property) => property.type === 'Property' && property.kind === 'init' && !property.method && isFieldOf(property.value, row, depth));
}

/** A primitive, a member read (`record.id`), a call on the row (`record.get('Name')`), a list method's result, or a record or list of those. */
function isFieldOf(node: TSESTree.Node, row: string | undefined, depth: number): boolean {
  const value = unwrapExpression(node);
  if (depth > 3) return false;
  if (isPrimitiveExpression(value) || value.type === 'MemberExpression') return true;
  if (value.type === 'LogicalExpression') return isFieldOf(value.left, row, depth + 1) && isFieldOf(value.right, row, depth + 1);
  if (value.type === 'ConditionalExpression') return isFieldOf(value.consequent, row, depth + 1) && isFieldOf(value.alternate, row, depth + 1);
  if (value.type === 'ArrayExpression') return value.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isFieldOf(element, row, depth + 1));
  if (value.type === 'ObjectExpression') return isRecordOf(value, row, depth + 1);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee);
  if (callee.type !== 'MemberExpression') return false;
  const root = chainRoot(callee);
  return (root.type === 'Identifier' && root.name === row) || ARRAY_METHODS.has(staticName(callee.property) ?? '');
}

/**
 * `raw.split('\n').map((line) => line.trim()).filter(Boolean)`: a text's parts, perhaps trimmed,
 * filtered or sliced — strings in a list, data as the text was (ai-podcast-suite's quotes, read
 * from a file once and kept); and so a list taken from parsed data, `JSON.parse(text).items.filter(…)`.
 * An argument makes it a string's `split`: a list has none. A `map` whose callback makes an
 * instance per part (`lines.map((l) => new Client(l))`) is not one.
 */
function listFromData(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const method = staticName(callee.property);
  if (method === 'split') return call.arguments.length > 0 && call.arguments[0]!.type !== 'SpreadElement';
  if (method === undefined || !ARRAY_METHODS.has(method)) return false;
  const [callback] = call.arguments;
  if ((method === 'map' || method === 'flatMap') && !(callback && isFunctionNode(callback) && callback.body.type !== 'BlockStatement' && !producesObject(callback.body))) return false;
  let target = unwrapExpression(callee.object);
  while (target.type === 'MemberExpression' && !target.computed) target = unwrapExpression(target.object);
  if (target.type === 'AwaitExpression') target = unwrapExpression(target.argument);
  return target.type === 'CallExpression' && (listFromData(target) || parsesData(target));
}

// What merges objects into one: a deep merge (`deepMerge`, `mergeDeep`, the `deepmerge` package,
// lodash's `merge`), defu, lodash's `defaultsDeep`, Vite's `mergeConfig`.
const MERGE_CALLEE = /^(?:deep[Mm]erge|merge(?:Deep|Config|Options|Settings)?|defu|defaultsDeep)$/;

/**
 * `deepMerge(DEFAULT_CONFIG, userConfig)`: a merge of objects none of which is made here at run
 * time — literals, parsed data, names — is data, as each of them is (antigravity-claude-proxy's
 * `config`, its defaults merged with the JSON file it reads). A merge with a `new` instance among
 * its arguments keeps that instance.
 */
function mergesData(call: TSESTree.CallExpression): boolean {
  const name = calleeText(call.callee)?.split('.').pop();
  if (name === undefined || !MERGE_CALLEE.test(name) || call.arguments.length === 0) return false;
  return call.arguments.every((argument) => !producesObject(argument.type === 'SpreadElement' ? argument.argument : argument));
}

/** Whether a value is an object made at run time — `new`, a call or `await` — rather than a literal or a count. */
export function producesObject(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  switch (expr.type) {
    case 'NewExpression': {
      // A compiled pattern holds no one's state: a lazily built `new RegExp(…)` is a constant; nor
      // do bytes, a date or an address (undici's `currentBuffer = new Uint8Array(memory, ptr, size)`).
      const made = calleeText(expr.callee);
      return !DATA_CONSTRUCTOR.test(made ?? '') && !isNoOpClass(made) && !opensTurn(expr) && !setOfFields(expr) && !settlesToPrimitives(expr);
    }
    case 'AwaitExpression': {
      const awaited = unwrapExpression(expr.argument);
      // What a value's function settles to is the value: `await readFile(path, 'utf8')`.
      if (awaited.type === 'CallExpression' && VALUE_CALLS.has(calleeText(awaited.callee) ?? '')) return false;
      // … and what a conversion settles to: `await sharp(…).png().toBuffer()`, bytes.
      if (awaited.type === 'CallExpression' && VALUE_CONVERSION.test((calleeText(awaited.callee) ?? '').split('.').pop()!)) return false;
      // … and what an async function of the module's gives back at every `return`, when values.
      if (awaited.type === 'CallExpression' && callsValueReturningFunction(awaited)) return false;
      // … and what a promise chain settles to when each step hands back values: `await fetch(url).then((res) => res.json())`.
      if (awaited.type === 'CallExpression' && settlesToValues(awaited)) return false;
      // … and what a promise made to settle to a primitive settles to: `await new Promise((resolve) => … resolve(code === 0))`.
      if (awaited.type === 'NewExpression' && settlesToPrimitives(awaited)) return false;
      return !loadsModule(expr.argument) && !parsesData(awaited) && !readsRecords(awaited, true) && !(awaited.type === 'CallExpression' && resolvesFromContainer(awaited));
    }
    case 'CallExpression': {
      if (loadsModule(expr)) return false;
      const name = calleeText(expr.callee);
      // `this.getService.bind(this)`: a function, not an instance; so is a fetch function with its
      // defaults (nitro's `globalThis.$fetch = createFetch({ fetch: localFetch, defaults })`, ofetch's),
      // and a component React's wrappers make (MAKES_COMPONENT), and a middleware (MAKES_MIDDLEWARE).
      const bindsFunction = name?.endsWith('.bind') === true || [MAKES_FETCH, MAKES_COMPONENT, MAKES_MIDDLEWARE].some((pattern) => pattern.test(name ?? ''));
      // A promise already settled to nothing or to a literal (genkit's `global[key] = config instanceof Promise ? config : Promise.resolve()`): a value's.
      if (name === 'Promise.resolve' && settlesToLiteral(expr)) return false;
      return !((name && (VALUE_CALLS.has(name) || VALUE_GETTER.test(name) || VALUE_CONVERSION.test(name.split('.').pop()!))) || bindsFunction || parsesData(expr) || readsRecords(expr, false) || definesModel(expr) || resolvesFromContainer(expr) || returnsPrimitive(expr) || viewsBytes(expr) || makesTestDouble(expr) || startsTimer(expr) || callsValueReturningFunction(expr) || settlesToValues(expr) || iifeOnlyLoadsModules(expr) || mapsRowsToRecords(expr) || preparesStatement(expr) || listFromData(expr) || mergesData(expr));
    }
    // `a && b` is `b`, or `a` when `a` is falsy — which no object is. A default that is a string,
    // a number or a boolean says what the rest is: lsr's `port = config.get<number>('PORT') ?? 8081`.
    case 'LogicalExpression':
      if (expr.operator !== '&&' && isPrimitiveLiteral(expr.right)) return false;
      return (expr.operator !== '&&' && producesObject(expr.left)) || producesObject(expr.right);
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
