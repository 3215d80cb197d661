import type { TSESTree } from '@typescript-eslint/utils';
import { bindsInFunction, localFunction, localVariable, programOf } from './local-types.js';
import { importSourceOf } from './import-sources.js';
import { PROJECT_MODULE } from './module-clients.js';
import { LOGGER_NAME } from './produces-object.js';
import type { FillSource } from './shared-by-design.js';
import { askOnce, calleeText, chainRoot, dynamicImportSource, enclosingFunction, isFunctionNode, isPrimitiveLiteral, patternNames, readsParameterOf, returnedValues, staticName, unwrapExpression, walk } from './walk.js';

/** The globals the environment is read off: Node's `process.env`, Deno's `Deno.env`, Bun's `Bun.env`. */
const ENVIRONMENT_ROOTS: ReadonlySet<string> = new Set(['process', 'Deno', 'Bun']);
// What a value may read and still be the process's own configuration: the environment, and the
// platform's conversions and helpers around it (`Number(process.env.PORT)`, `Buffer.from(key,
// 'base64')`, `new URL(process.env.API_URL)`); Deno's and Bun's too (`Deno.env.get('OPENAI_API_KEY')`
// in a Supabase Edge Function, `Bun.env.PORT`); and the rest of fetch's companions, which a client's
// options wire in (gestaltview's Supabase admin client, whose `fetch` adds `signal:
// AbortSignal.timeout(…)` to every query); and the typed arrays bytes are read into, as into a
// `Buffer` (zmart's backend keypair, `Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(
// path))))` from the file its settings name).
const PLATFORM_GLOBALS: ReadonlySet<string> = new Set([
  ...ENVIRONMENT_ROOTS, 'undefined', 'NaN', 'Infinity', 'Number', 'String', 'Boolean', 'BigInt', 'parseInt', 'parseFloat', 'Buffer', 'JSON', 'Math', 'Object', 'Array', 'Map', 'Set', 'RegExp',
  'ArrayBuffer', 'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'Date', 'Symbol', 'Promise', 'Error', 'Intl', 'console', 'setTimeout', 'clearTimeout', 'require', '__dirname', '__filename',
  'fetch', 'Headers', 'Request', 'Response', 'URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone', 'atob', 'btoa',
]);

/**
 * A parameter that hands down the environment: `env`, a Cloudflare Worker's or a Hono app's
 * bindings (`getUserCache(env)` → `new KVCache(env.CACHE)`), or a check handed what `getEnv()`
 * read (rag-chatbot-starter-kit's health route, `createRedisClient(env)`). Every caller passes
 * the same process's own configuration: not a first caller's values; so does the application
 * (feathers-giveth's `getWeb3(app)`, reading `app.get('blockchain')`, Feathers' and Express'
 * settings). Nor is a logger handed down
 * (whatsapp-bot-scanner's `getSharedConnection(logger)` → `new SQLiteConnection({ logger })`): it
 * says where the client writes its log lines, not whose data it serves.
 */
const ENVIRONMENT_PARAMETER = /^(?:env|ENV|bindings|app|[a-z][A-Za-z0-9]*Bindings?)$/;

/** A parameter that hands down the environment, the application or a logger (see ENVIRONMENT_PARAMETER). */
const handsDownOwn = (name: string): boolean => ENVIRONMENT_PARAMETER.test(name) || LOGGER_NAME.test(name);

// The types of a Cloudflare Worker's bindings: one binding is the deployment's, handed to every
// request alike (hono-langgraph-tgbot's `getDB(d1Binding?: D1Database)` → `drizzle(d1Binding)`),
// however the parameter is named.
const PLATFORM_BINDING_TYPE = /^(?:D1Database|KVNamespace|R2Bucket|DurableObjectNamespace|Fetcher|Hyperdrive|VectorizeIndex|Queue|AnalyticsEngineDataset)$/;

// The application's configuration by its type's name (FIA's `getClient(config: AppConfig)` →
// `new Anthropic({ apiKey: config.anthropicApiKey })`): every caller hands down the one the process
// loaded. A type named for one user's settings (`UserConfig`) is no such.
const APP_CONFIGURATION_TYPE = /^(?:(?:App|Application|Server|Service|Global|Process|Runtime)(?:Config|Configuration|Settings|Env|Environment)|Env|Environment|ProcessEnv)$/;

/** A parameter that hands down the environment by its name, or the platform's bindings or the application's configuration by its type. */
export function handsDownOwnParameter(param: TSESTree.Parameter, name: string): boolean {
  if (handsDownOwn(name)) return true;
  const annotation = param.type === 'Identifier' ? param.typeAnnotation?.typeAnnotation : undefined;
  return annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && (PLATFORM_BINDING_TYPE.test(annotation.typeName.name) || APP_CONFIGURATION_TYPE.test(annotation.typeName.name));
}

// A function named for reading configuration (`getConfig()`, `loadEnv()`, `environmentNumber('PORT')`,
// `requireSecret('STRIPE_KEY')`): it reads the process's settings, whatever it is handed.
const CONFIGURATION_READER = /(?:^(?:config|configuration|env|environment|secrets?|settings)|(?:Config|Configuration|Env|Environment|Secrets?|Settings))(?=[A-Z0-9_$]|$)/;

// A name that says it is about one user, one tenant or one session (`getUserSettings()`,
// `tenant.stripeKey`, `session.apiKey`, `byokKey`): what it reads is theirs, not the process's. A
// request's own objects (`req`, `ctx`) are parameters, which are no module's configuration anyway.
// A name spelt with a capital first is a class, an entity, an enum or a constant — clarify's
// `entities: [User, Session]` given to typeorm's `DataSource` — none of them one user's value.
const PER_USER_WORD = /(?:^(?:user|tenant|session|customer|workspace|caller|principal|byok)|(?:User|Tenant|Session|Customer|Workspace|Caller|Principal|Byok|BYOK))(?:s|Id|ID)?(?=[A-Z0-9_$]|$)/;
const namesOneUser = (name: string) => !/^[A-Z]/.test(name) && PER_USER_WORD.test(name);

// A function whose whole name says it reads the settings (`getConfig`, `loadAppSettings`, `readEnv`).
const SETTINGS_READ = /^(?:get|load|read|parse|resolve|validate)(?:[A-Z]\w*)?(?:Config|Configuration|Settings|Env|Environment)$/;

/**
 * Whether a value is the process's settings, read by a function named for reading them and handed
 * nothing but literals: blazeconnector's `MessageQueue`, `private config = getConfig()` (its
 * environment, checked by a schema once). Not one named for a user's (`getUserSettings()`), nor one
 * handed what a caller passed (`getConfig(tenant)`).
 */
export function readsOwnSettings(value: TSESTree.Node): boolean {
  const read = unwrapExpression(value);
  const call = read.type === 'AwaitExpression' ? unwrapExpression(read.argument) : read;
  if (call.type !== 'CallExpression' || !call.arguments.every((argument) => isPrimitiveLiteral(argument))) return false;
  const name = calleeText(call.callee)?.split('.').pop();
  return name !== undefined && SETTINGS_READ.test(name) && !namesOneUser(name);
}

/**
 * Where what fills a holder comes from (FillSource, see sharedByDesign): `caller` when the filling
 * function reads what it was passed on first use (`getDb(tenant)`), or reads a name of one user's,
 * one tenant's or one session's — a function it calls, a module's variable (`new Pool({
 * connectionString: currentTenant().databaseUrl })`, the tenant read from the request scope: the
 * first tenant's database, handed to every later one); `own` when it reads only the process's
 * configuration; `unseen` otherwise.
 */
export function fillSourceOf(value: TSESTree.Node, filledBy: TSESTree.Node | undefined, firstUse: boolean): FillSource {
  if (readsOneUsers(value, filledBy, new Set())) return 'caller';
  if (!firstUse || !readsParameterThrough(value, filledBy, new Set())) return readsOnlyOwnConfiguration(value, filledBy) ? 'own' : 'unseen';
  // Its first caller can only be one of the module's own calls: when each hands it the process's
  // own values (saas-starter's private `getResendClient(apiKey)`, called only as
  // `getResendClient(config.apiKey)` with `const config = getEmailConfig()`), so is what it keeps.
  // Or it sets up and hands nothing back (slack-ai-agents' `connectDB(databaseUrl)`, which opens
  // the pool once and warns when called again): no caller gets a client of its own values from
  // it, and what the module hands out elsewhere is the one it set up with the app's.
  if (!filledBy || !(calledOnlyWithOwn(filledBy) || setsUpOnly(filledBy))) return 'caller';
  handedOwnArguments.add(filledBy);
  try {
    return readsOnlyOwnConfiguration(value, filledBy) ? 'own' : 'unseen';
  } finally {
    handedOwnArguments.delete(filledBy);
  }
}

/** Whether a function only sets up: a block whose every `return` hands back nothing. */
function setsUpOnly(fn: TSESTree.Node): boolean {
  return isFunctionNode(fn) && fn.body?.type === 'BlockStatement' && returnedValues(fn).every((value) => value === null || (value.type === 'Identifier' && value.name === 'undefined'));
}

/**
 * Whether only the module calls a function of its own — by name, never exported nor handed
 * anywhere — and every call hands it only the process's own values.
 */
function calledOnlyWithOwn(fn: TSESTree.Node): boolean {
  const program = programOf(fn);
  // Its name where the module declares it: `function f`, `const f = () => …`.
  const declared = fn.type === 'FunctionDeclaration' ? fn.id : fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn ? fn.parent.id : undefined;
  if (!program || !declared || declared.type !== 'Identifier' || exportedDeclaration(declared)) return false;
  const name = declared.name;
  const calls: TSESTree.CallExpression[] = [];
  let elsewhere = false;
  walk(program, (node) => {
    if (elsewhere || node.type !== 'Identifier' || node.name !== name || node === declared || !namesABinding(node)) return;
    const call = node.parent;
    if (call?.type === 'CallExpression' && call.callee === node) calls.push(call);
    else elsewhere = true;
  });
  return !elsewhere && calls.length > 0 && calls.every((call) => call.arguments.every((argument) => argument.type !== 'SpreadElement' && readsOwn(argument, enclosingFunction(call), new Set())));
}

/** Whether a declaration's name is exported where it is declared: `export function f`, `export const f = …`. */
function exportedDeclaration(id: TSESTree.Identifier): boolean {
  for (let current: TSESTree.Node | undefined = id.parent; current && current.type !== 'Program'; current = current.parent) {
    if (current.type === 'ExportNamedDeclaration' || current.type === 'ExportDefaultDeclaration') return true;
  }
  return false;
}

// A parameter named for where a service or a file is (`redisUrl`, `databaseUrl`, `mongoUri`, `dsn`,
// `connectionString`, `host`, `endpoint`; `filePath`, `envFile`, `configDir`).
const ADDRESS_PARAMETER = /(?:^(?:url|uri|dsn|host|endpoint|connectionString|path|file|dir|directory)|(?:Url|URL|Uri|URI|Dsn|DSN|Host|Endpoint|ConnectionString|Path|File|Dir|Directory))$/;

/**
 * Whether a parameter names where a service or a file is and stands in for the process's own
 * setting of it: given a default of the process's (`url = process.env.REDIS_URL`, nestify's
 * `ConfigService.getInstance(filePath = '.env')`), or read only as `redisUrl ??
 * process.env.REDIS_URL` (ai-support-widget's `getRedis(redisUrl?)`, so that a test can point it
 * elsewhere). Where a data store or the settings file is, is the deployment's and no user's. Not
 * a key (`apiKey ?? process.env.OPENAI_API_KEY` may be a user's own, handed first), nor a name of
 * one user's.
 */
function overridesOwnAddress(param: TSESTree.Parameter, name: string, fn: TSESTree.FunctionLike): boolean {
  if (!ADDRESS_PARAMETER.test(name) || namesOneUser(name)) return false;
  if (param.type === 'AssignmentPattern' && param.left.type === 'Identifier' && param.left.name === name) return readsOwn(param.right, fn, new Set());
  const target = param.type === 'TSParameterProperty' ? param.parameter : param;
  if (target.type !== 'Identifier' || !fn.body) return false;
  // Asked for each read of the name while a value is followed: the function's body is walked once.
  let answers = overridesByFunction.get(fn);
  if (!answers) overridesByFunction.set(fn, (answers = new Map()));
  const known = answers.get(name);
  if (known !== undefined) return known;
  answers.set(name, false); // while it is asked: `url ?? url` says nothing of the process's
  const answer = readOnlyAsOverride(name, fn);
  answers.set(name, answer);
  return answer;
}

const overridesByFunction = new WeakMap<TSESTree.Node, Map<string, boolean>>();

/** Whether a function reads `name` and only as `name ?? <the process's own>` (or `||`). */
function readOnlyAsOverride(name: string, fn: TSESTree.FunctionLike): boolean {
  let reads = 0;
  let onlyOverrides = true;
  walk(fn.body!, (node) => {
    if (!onlyOverrides || node.type !== 'Identifier' || node.name !== name || !readsName(node)) return;
    reads += 1;
    const parent = node.parent;
    onlyOverrides = parent?.type === 'LogicalExpression' && parent.left === node && (parent.operator === '??' || parent.operator === '||') && readsOwn(parent.right, fn, new Set());
  });
  return reads > 0 && onlyOverrides;
}

/**
 * Whether a value reads what the function was passed: a parameter, directly or through the
 * function's own `const`s (`const url = options.url; … new Redis(url)`), or a `const` a method
 * call then hands a parameter (`const auth = new google.auth.OAuth2(id, secret);
 * auth.setCredentials(tokens); drive = google.drive({ auth })`: the Drive of whoever called first).
 */
function readsParameterThrough(value: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  if (!fn || !isFunctionNode(fn)) return false;
  const parameters = new Set(fn.params.flatMap((param) => patternNames(param).filter((name) => !handsDownOwnParameter(param, name) && !overridesOwnAddress(param, name, fn) && !tunesWithDefault(param, name))));
  return readsThroughConsts(value, fn, asking, (node) => parameters.has(node.name) && !handedToConfigurationReader(node), (name) => configuredWithParameter(name, fn), (name) => tunesWithDefault(constIn(fn, name)?.id ?? null, name));
}

/**
 * Whether a pattern takes `name` out of what it destructures with a number or a boolean for its
 * default: avian's `connectRedis(options = {})`, `const { maxRetries = 10, retryDelay = 1000,
 * connectTimeout = 10000 } = options`. A count or a time tunes how a client connects, and a number
 * names no one: the Redis it opens is still the one at the process's `config.redis.url`.
 */
function tunesWithDefault(pattern: TSESTree.Node | null, name: string): boolean {
  if (!pattern) return false;
  let tunes = false;
  walk(pattern, (node) => {
    if (tunes || node.type !== 'Property' || node.value.type !== 'AssignmentPattern' || node.value.left.type !== 'Identifier' || node.value.left.name !== name) return;
    const fallback = unwrapExpression(node.value.right);
    const literal = fallback.type === 'UnaryExpression' && fallback.operator === '-' ? fallback.argument : fallback;
    tunes = literal.type === 'Literal' && (typeof literal.value === 'number' || typeof literal.value === 'boolean');
  });
  return tunes;
}

/**
 * Whether a name is handed to a function named for reading configuration (CONFIGURATION_READER),
 * which reads the process's settings whatever it is handed: Hono's `env(c)` (gemini-proxy's
 * `getSupabaseClient(c)`, its URL and service-role key read from the runtime's environment through
 * the request's context).
 */
function handedToConfigurationReader(node: TSESTree.Identifier): boolean {
  const call = node.parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(node)) return false;
  const name = calleeText(call.callee)?.split('.').pop();
  return name !== undefined && CONFIGURATION_READER.test(name) && !namesOneUser(name);
}

/** Whether `fn` calls a method of its `const` `name` with something it was passed: `auth.setCredentials(tokens)`. */
function configuredWithParameter(name: string, fn: TSESTree.Node): boolean {
  let configured = false;
  walk(fn, (node) => {
    if (configured || node.type !== 'CallExpression') return;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== 'MemberExpression' || unwrapExpression(callee.object).type !== 'Identifier' || (unwrapExpression(callee.object) as TSESTree.Identifier).name !== name) return;
    configured = node.arguments.some((argument) => readsParameterOf(argument, fn));
  });
  return configured;
}

/**
 * Whether a value reads a name of one user's (namesOneUser) that is not the function's own: a
 * function it calls, a variable of the module; through the function's own `const`s, whose names are
 * its author's words for what they hold (a `dbUser` from the config is no user).
 */
function readsOneUsers(value: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  return readsThroughConsts(value, fn, asking, (node) => !(fn && isFunctionNode(fn) && bindsInFunction(fn, node.name)) && namesOneUser(node.name) && !moduleConstOfConfiguration(node.name, node, fn, asking));
}

/**
 * Whether `name` is the module's own `const` of the process's configuration, whatever it is
 * called: fraudcheck2's `const sessionString = process.env.TELEGRAM_SESSION || '…'`, its Telegram
 * account's session — not a name the function binds itself.
 */
function moduleConstOfConfiguration(name: string, at: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  const declarator = fn && isFunctionNode(fn) && bindsInFunction(fn, name) ? undefined : localVariable(at, name);
  const init = declarator?.parent?.type === 'VariableDeclaration' && declarator.parent.kind === 'const' ? declarator.init : null;
  return declarator !== undefined && init !== null && askOnce(asking, declarator, () => readsOwn(init, undefined, asking));
}

/**
 * Whether a value reads a name `reads` answers yes for, following the filling function's own
 * `const`s to what they were given — and asking `constSays` of each such `const` besides; a
 * `const` `passes` answers yes for is not followed.
 */
function readsThroughConsts(value: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>, reads: (node: TSESTree.Identifier) => boolean, constSays?: (name: string) => boolean, passes?: (name: string) => boolean): boolean {
  let found = false;
  walk(value, (node) => {
    if (found || node.type !== 'Identifier' || !namesABinding(node)) return;
    const local = fn && isFunctionNode(fn) ? constIn(fn, node.name) : undefined;
    if (local && passes?.(node.name)) return;
    if (local) found = askOnce(asking, local, () => (local.init !== null && readsThroughConsts(local.init, fn, asking, reads, constSays, passes)) || (constSays?.(node.name) ?? false));
    else found = reads(node);
  });
  return found;
}

/**
 * Whether a member is read off the environment or an object named for configuration (`process.env.X`,
 * `env.smtpUser`, `config.db.user`), or off the function's `const` of what a configuration reader
 * returned, whatever it is called (Zerotrust's `const cfg = getConfig()`, then `cfg.session`: the
 * session settings, no one's session).
 */
function readFromConfiguration(member: TSESTree.MemberExpression, fn?: TSESTree.Node): boolean {
  const root = chainRoot(member);
  if (root.type !== 'Identifier') return false;
  if (ENVIRONMENT_ROOTS.has(root.name) || CONFIGURATION_READER.test(root.name)) return true;
  const reader = constMadeBy(fn, root.name)?.maker?.split('.').pop();
  return reader !== undefined && CONFIGURATION_READER.test(reader) && !namesOneUser(reader);
}


/**
 * The filling function's `const` of a name, with the call that made it, awaited or not: `getConfig`
 * for `const cfg = getConfig()`, `nodemailer.createTestAccount` for `const testAccount = await
 * nodemailer.createTestAccount()`; no maker when something else gave it its value.
 */
function constMadeBy(fn: TSESTree.Node | undefined, name: string): { local: TSESTree.VariableDeclarator & { init: TSESTree.Expression }; maker: string | undefined } | undefined {
  const local = fn && isFunctionNode(fn) ? constIn(fn, name) : undefined;
  if (!local?.init) return undefined;
  let made: TSESTree.Node = unwrapExpression(local.init);
  if (made.type === 'AwaitExpression') made = unwrapExpression(made.argument);
  return { local: local as TSESTree.VariableDeclarator & { init: TSESTree.Expression }, maker: made.type === 'CallExpression' ? calleeText(made.callee) : undefined };
}

/**
 * Whether a value reads only the process's own configuration — literals, the environment, the
 * module's own constants and imports (its `config`), configuration readers, and what the filling
 * function derives from those: hustlexp's `new OpenAI({ apiKey: config.ai.openai.apiKey })`,
 * `twilio(accountSid, authToken)` after `const { accountSid, authToken } = config.identity.twilio`,
 * Guebbit's SMTP transport on `smtpPort()`, a module function of the environment. Not a key read
 * from a user's settings (`new OpenAI({ apiKey: getUserSettings().apiKey })`), a parameter, `this`,
 * or anything else the function cannot show to be the process's: a hosted API's client made from
 * such a value may hold one user's key (an AI platform's "bring your own key"), and is reported.
 */
function readsOnlyOwnConfiguration(value: TSESTree.Node, filledBy: TSESTree.Node | undefined): boolean {
  return readsOwn(value, filledBy, new Set());
}

function readsOwn(value: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  // What a callback inside the value binds is its own (`fetch: (url, init) => fetch(url, init)`),
  // and so is a call of what it is handed (glubon-api's SMTP options, `dnsLookup: (hostname, dns)
  // => dns(hostname, { all: true })`).
  const inner = new Set<string>();
  walk(value, (node) => {
    if (node !== value && isFunctionNode(node)) for (const name of node.params.flatMap(patternNames)) inner.add(name);
  });
  const callsInner = (call: TSESTree.CallExpression | TSESTree.NewExpression) => { const callee = unwrapExpression(call.callee); return callee.type === 'Identifier' && inner.has(callee.name); };
  let own = true;
  walk(value, (node) => {
    if (!own) return;
    if (node.type === 'ThisExpression' || node.type === 'Super') own = false;
    else if (node.type === 'CallExpression' || node.type === 'NewExpression') own = callsInner(node) || callsOwn(node, fn, asking);
    else if (node.type === 'Identifier' && readsName(node) && !inner.has(node.name) && !handedToConfigurationReader(node)) own = nameIsOwn(node.name, node, fn, asking);
    // `tenant.stripeKey` is one tenant's; `env.smtpUser` and `config.db.user` are the configuration's
    // keys (genius365's SMTP transport on `env.smtpUser` from its `@/lib/env`).
    else if (node.type === 'MemberExpression' && !node.computed && namesOneUser(staticName(node.property) ?? '') && !readFromConfiguration(node, fn) && !readOffOwnConst(node, fn, asking)) own = false;
  });
  return own;
}

/**
 * Whether a member is read off what a package made for the process, kept in a `const` of the
 * function: twinity-api's SMTP `auth: { user: testAccount.user }`, `testAccount` the account
 * nodemailer's `createTestAccount()` made — its login, not one user of the app. Not off a
 * `session`, nor what a function of the app's own looked up (`const me = await auth()`).
 */
function readOffOwnConst(member: TSESTree.MemberExpression, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  const root = chainRoot(member);
  if (root.type !== 'Identifier' || namesOneUser(root.name)) return false;
  const made = constMadeBy(fn, root.name);
  const maker = made?.maker?.split('.')[0];
  const program = programOf(member);
  const source = maker === undefined || program === undefined ? undefined : importSourceOf(program, maker);
  return made !== undefined && source !== undefined && !PROJECT_MODULE.test(source) && askOnce(asking, made.local, () => readsOwn(made.local.init, fn, asking));
}

/** Whether an identifier names a variable or a function: not a property's name, a key, `import.meta` or a type's. */
function namesABinding(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
  if (parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand) return false;
  return parent?.type !== 'MetaProperty' && !parent?.type.startsWith('TS');
}

/**
 * Whether an identifier is read as a value: a binding's name, and not what a call is named
 * (callsOwn asks that), nor what a plain assignment writes — production-saas-starter's
 * `.catch(() => { stytchClientPromise = null; return null; })` clears its holder, reading nothing.
 */
function readsName(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === node && parent.operator === '=') return false;
  return namesABinding(node) && !((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === node);
}

function callsOwn(call: TSESTree.CallExpression | TSESTree.NewExpression, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier') return true; // a method: its object and name are read as the walk goes on
  const name = callee.name;
  if (namesOneUser(name)) return false;
  if (PLATFORM_GLOBALS.has(name) || CONFIGURATION_READER.test(name)) return true;
  // A function of the module's own, called with nothing of the caller's: what it returns is what
  // it reads (Guebbit's `smtpPort()`, `environmentNumber('NODE_SMTP_PORT', 587, 1)`).
  const own = localFunction(call, name);
  if (own) {
    return askOnce(asking, own, () => {
      // … and one handed only what is the process's own reads its parameters as such:
      // feathers-giveth's `instantiateWeb3(nodeUrl)`, `nodeUrl` read from the app's settings. A
      // parameter it is not handed is `undefined`, or its default when that is the process's own:
      // telegram-ai-platform's `createBot()` falls back to `process.env.TELEGRAM_BOT_TOKEN`.
      const handedOwn = (call.arguments.length > 0 || own.params.length > 0)
        && call.arguments.every((argument) => argument.type !== 'SpreadElement' && readsOwn(argument, fn, asking))
        && own.params.slice(call.arguments.length).every((param) => param.type === 'Identifier' || (param.type === 'AssignmentPattern' && readsOwn(param.right, own, asking)));
      if (handedOwn) handedOwnArguments.add(own);
      try {
        return returnedValues(own).every((returned) => returned !== null && readsOwn(returned, own, asking));
      } finally {
        handedOwnArguments.delete(own);
      }
    });
  }
  // The class or the maker of the client itself: the module's import or declaration, or what the
  // filling function loads (`const { RekognitionClient } = await import(…)`).
  return nameIsOwn(name, call, fn, asking);
}

/** The module's functions being read for a call that handed them only the process's own values (see callsOwn). */
const handedOwnArguments = new WeakSet<TSESTree.Node>();

function nameIsOwn(name: string, at: TSESTree.Node, fn: TSESTree.Node | undefined, asking: Set<TSESTree.Node>): boolean {
  // The function's own `const` is what it was given, whatever its name: ExAI's `const tenantId =
  // process.env.AZURE_TENANT_ID` is the app's Azure tenant, read from its configuration.
  const local = fn && isFunctionNode(fn) ? constIn(fn, name) : undefined;
  // … and a count or a time it takes out with a number for default is a number (see tunesWithDefault).
  if (local && tunesWithDefault(local.id, name)) return true;
  if (local) return askOnce(asking, local, () => local.init !== null && (dynamicImportSource(local.init) !== undefined || readsOwn(local.init, fn, asking)));
  // … and its `let`, when every value it is given is: AI-Call-Center-Conversation's PayPal
  // `environment`, a `LiveEnvironment` or a `SandboxEnvironment` on the app's id and secret by `NODE_ENV`.
  const variable = fn && isFunctionNode(fn) ? letIn(fn, name) : undefined;
  if (variable) return askOnce(asking, variable.declarator, () => variable.values.length > 0 && variable.values.every((value) => readsOwn(value, fn, asking)));
  if (moduleConstOfConfiguration(name, at, fn, asking)) return true;
  if (namesOneUser(name)) return false;
  if (PLATFORM_GLOBALS.has(name)) return true;
  if (fn && isFunctionNode(fn) && fn.params.some((param) => param.type === 'Identifier' && param.name === name && handsDownOwnParameter(param, name))) return true;
  if (fn && isFunctionNode(fn) && handedOwnArguments.has(fn) && fn.params.some((param) => patternNames(param).includes(name))) return true;
  if (fn && isFunctionNode(fn) && fn.params.some((param) => patternNames(param).includes(name) && overridesOwnAddress(param, name, fn))) return true;
  if (fn && isFunctionNode(fn) && bindsInFunction(fn, name)) return false;
  return topLevelNames(at).has(name);
}

/**
 * A plain `let` (or `var`) the function declares under `name`, once, and the values it is given: its
 * initializer and each `name = value` in the function. None when it is also changed otherwise
 * (`+=`, `++`, destructured into, a loop's variable), or declared twice.
 */
function letIn(fn: TSESTree.Node, name: string): LetWrites | undefined {
  const written = bindingsOf(fn).lets.get(name);
  return written && written.declarations === 1 && !written.other ? written : undefined;
}

interface LetWrites {
  declarator: TSESTree.VariableDeclarator;
  declarations: number;
  other: boolean;
  values: TSESTree.Expression[];
}

/** A `const` the function declares under `name`, plain or destructured (`const { accountSid } = config.twilio`). */
export function constIn(fn: TSESTree.Node, name: string): TSESTree.VariableDeclarator | undefined {
  return bindingsOf(fn).consts.get(name);
}

interface FunctionBindings {
  /** The `const`s it declares anywhere in it, by name: the first one for a name declared twice. */
  consts: Map<string, TSESTree.VariableDeclarator>;
  /** Its `let`s and `var`s, and what it writes to them. */
  lets: Map<string, LetWrites>;
}

// Each function's `const`s and `let`s, gathered in one walk: a value's every name is looked up in
// them, and a bundle's functions are long (an obfuscated 1.3 MB `index.js` took a minute when each
// lookup walked its function again; bindsInFunction gathers its names so too).
const bindingsByFunction = new WeakMap<TSESTree.Node, FunctionBindings>();

function bindingsOf(fn: TSESTree.Node): FunctionBindings {
  let bindings = bindingsByFunction.get(fn);
  if (bindings) return bindings;
  const consts = new Map<string, TSESTree.VariableDeclarator>();
  const lets = new Map<string, LetWrites>();
  const writes: Array<{ name: string; value?: TSESTree.Expression }> = [];
  walk(fn, (node) => {
    if (node.type === 'VariableDeclarator' && node.parent?.type === 'VariableDeclaration') {
      if (node.parent.kind === 'const') {
        for (const declared of patternNames(node.id)) if (!consts.has(declared)) consts.set(declared, node);
        return;
      }
      const loop = node.parent.parent?.type === 'ForInStatement' || node.parent.parent?.type === 'ForOfStatement';
      for (const declared of patternNames(node.id)) {
        const entry = lets.get(declared) ?? { declarator: node, declarations: 0, other: false, values: [] };
        entry.declarations++;
        entry.other ||= node.id.type !== 'Identifier' || loop;
        if (node.init) entry.values.push(node.init);
        lets.set(declared, entry);
      }
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier') {
      writes.push(node.operator === '=' ? { name: node.left.name, value: node.right } : { name: node.left.name });
    } else if (node.type === 'AssignmentExpression') {
      for (const target of patternNames(node.left)) writes.push({ name: target });
    } else if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier') {
      writes.push({ name: node.argument.name });
    }
  });
  for (const { name, value } of writes) {
    const entry = lets.get(name);
    if (!entry) continue;
    if (value) entry.values.push(value);
    else entry.other = true;
  }
  bindings = { consts, lets };
  bindingsByFunction.set(fn, bindings);
  return bindings;
}

const topLevel = new WeakMap<TSESTree.Program, Set<string>>();

/** The names the module binds at its top: its imports, constants, variables, functions and classes. */
function topLevelNames(at: TSESTree.Node): ReadonlySet<string> {
  const program = programOf(at);
  if (!program) return new Set();
  let names = topLevel.get(program);
  if (!names) {
    const found = new Set<string>();
    for (const statement of program.body) {
      const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
      if (!declaration) continue;
      if (declaration.type === 'ImportDeclaration') for (const specifier of declaration.specifiers) found.add(specifier.local.name);
      else if (declaration.type === 'TSImportEqualsDeclaration') found.add(declaration.id.name);
      else if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration' || declaration.type === 'TSEnumDeclaration') && declaration.id) found.add(declaration.id.name);
      else if (declaration.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) for (const name of patternNames(declarator.id)) found.add(name);
      }
    }
    names = found;
    topLevel.set(program, names);
  }
  return names;
}
