import rule from '../../rules/no-module-singleton.js';
import { ruleTester } from './rule-tester.js';

// The message names the configured creator when the holder holds a configured class, else an example.
const GENERIC = 'a creator such as createX(userContext)';

const holder = (line: number, column?: number) => ({ messageId: 'holder' as const, line, ...(column ? { column } : {}) });
const requestState = (line: number, name: string, handler: string, parameter: string, what = 'it') => ({ messageId: 'requestState' as const, line, data: { name, handler, parameter, what } });
const providerConversation = (line: number, name: string, className: string, method: string, how: string) => ({ messageId: 'providerConversation' as const, line, data: { name, className, method, how } });
const sharedConversation = (line: number, name: string, handler: string, parameter: string, method = 'push()') => ({ messageId: 'sharedConversation' as const, line, data: { name, handler, method, parameter } });
const sharedThread = (line: number, name: string, handler: string, maker: string, what = 'thread') => ({ messageId: 'sharedThread' as const, line, data: { name, handler, maker, what } });
const sharedChatSession = (line: number, name: string, maker: string, reached: string) => ({ messageId: 'sharedChatSession' as const, line, data: { name, maker, reached } });
const sharedSignIn = (line: number, name: string, fn: string, parameter: string, setter: string, reached: string) => ({ messageId: 'sharedSignIn' as const, line, data: { name, fn, parameter, setter, reached } });

ruleTester.run('no-module-singleton', rule, {
  valid: [
    // a container's slots for values, a read-only slot, one its literal fills with a value, one filled from a spread, one in a function
    `interface Flags { verbose?: boolean; logger?: Logger; readonly manager?: SessionManager }\nexport const flags: Flags = {};\n`,
    `export const cache: { registry: ToolRegistry | null } = { registry: existingRegistry };\n`,
    `export const globals: { agentManager?: AgentManager } = { ...defaults };\n`,
    `export function run() {\n  const local: { agentManager?: AgentManager } = {};\n  return local;\n}\n`,
    // a package's export patched, a value written into an imported container, a namespace (read-only), a test's set-up
    `import express from 'express';\nexport function setup() {\n  express.sessions = new SessionManager();\n}\n`,
    `import { globals } from './globals.js';\nexport function count() {\n  globals.counter = new Counter();\n  globals.manager = createManager();\n}\n`,
    { code: `import { globals } from './globals.js';\nbeforeEach(() => {\n  globals.gameManager = new GameManager();\n});\n`, filename: 'src/game.test.ts' },
    // a logger keeping its first instance is a logger, as elsewhere
    'class Logger {\n  static _instance;\n  constructor() {\n    if (Logger._instance) return Logger._instance;\n    Logger._instance = this;\n  }\n}\n',
    // `this` kept by a method, not the constructor: a registry of the last one, not a singleton's
    'class Tab {\n  static active;\n  focus() {\n    Tab.active = this;\n  }\n}\n',
    // a test double holds no user's state, however it is configured
    'function mockFetchWith(response) {\n  global.fetch = jest.fn().mockImplementation(async () => response);\n}\n',
    'let api;\nfunction stubApi() {\n  api = vi.fn();\n}\n',
    'class Clock {\n  static current;\n  static fake() {\n    Clock.current = sinon.stub().returns(0);\n  }\n}\n',
    // function locals
    `export function build() { let f; if (!f) f = new AgentInstanceFactory(); return f; }`,
    // module-level-only assignments (not lazy)
    `let current = new Map(); current = new Map();`,
    // a counter or a flag filled lazily is not an instance
    `let count = 0; export function next() { count = count + 1; return count; }`,
    `let ready = false; export function start() { ready = true; }`,
    `let name: string | undefined; export function setName(n: string) { name = n; }`,
    // declared to hold a primitive, even when filled from a call
    `let secret: string | undefined; export async function init() { secret = await loadSecret('jwt'); }`,
    // values, a promise of one or a list of them: a cache shared on purpose, not an instance (continue's version check, TTS.os)
    `let latest: Promise<string | null> | null = null;\nexport function getLatestVersion() {\n  if (latest) return latest;\n  latest = fetch('/v').then((r) => r.text());\n  return latest;\n}\n`,
    `let names: Array<string> | undefined;\nexport function getNames() {\n  return (names ??= loadNames());\n}\n`,
    `export class TTS {\n  static os: string | undefined = undefined;\n  static setup() {\n    TTS.os = detectPlatform();\n  }\n}\n`,
    // an id: a string (anything-llm's chat log)
    `let _sessionId = null;\nfunction startSession() {\n  _sessionId = uuidv4();\n  return _sessionId;\n}\n`,
    // outline: a cached file's bytes, a module loaded on first use, a string only a template prints
    `let errorHtmlCache: Buffer | undefined;\nexport function readErrorFile() {\n  return errorHtmlCache ?? (errorHtmlCache = fs.readFileSync('error.html'));\n}\n`,
    `let chronoPromise: Promise<typeof Chrono> | undefined;\nexport function loadChrono() {\n  if (!chronoPromise) chronoPromise = import('chrono-node').catch((err) => { chronoPromise = undefined; throw err; });\n  return chronoPromise;\n}\n`,
    `let heavy;\nexport async function parse(text) {\n  heavy ??= await import('heavy-parser');\n  return heavy.parse(text);\n}\n`,
    `let baseDomain;\nexport function messageId(name) {\n  baseDomain ||= getBaseDomain();\n  return \`<\${name}@\${baseDomain}>\`;\n}\n`,
    `let port: number | null = null; export function listen() { port = pickPort(); }`,
    // calls that return strings
    `let cacheFile; export function init() { cacheFile || (cacheFile = path.join(os.tmpdir(), 'cache')); }`,
    `let label; export function name(parts) { label = parts.join('-').toLowerCase(); }`,
    // given or compared with a string, number or boolean: a value, not an instance
    `let c; function lex() { c = peek(); if (c === '{') return 1; }`,
    `let c; function lex() { c = read(); switch (c) { case 'a': return 1; default: return 0; } }`,
    `let state; export async function start() { state = 'starting'; state = await boot(); }`,
    // a parameter named like a global object is not the global
    `export const addIssue = (self) => (issue) => { self.message = JSON.stringify(issue); };`,
    `function Worker(window) { window.cache = createCache(); }`,
    // a test's fixtures, reset in its hooks
    `let repo: Repository; beforeEach(() => { repo = createRepository(); }); it('works', () => repo.find());`,
    `let client; before(async function () { client = await connect(); });`,
    `let server; it('serves', async () => { server = await listen(); server.close(); });`,
    // a global stubbed in a test case
    `test('fails', async () => { globalThis.fetch = vi.fn().mockRejectedValue(new TypeError('down')); });`,
    `it.concurrent('fails', () => { (global as any).fetch = vi.fn(); });`,
    // a lazily compiled pattern holds no one's state
    `let emojiRegex: RegExp | undefined; export const emoji = () => (emojiRegex ??= RegExp('^\\\\p{Emoji}+$', 'u'));`,
    `let re; export function pattern() { if (!re) re = new RegExp(source()); return re; }`,
    // a generated ANTLR parser's grammar, read once from its serialised form
    `export class QueryLexer {\n  public static __ATN: ATN;\n  public static get _ATN(): ATN {\n    if (!QueryLexer.__ATN) {\n      QueryLexer.__ATN = new ATNDeserializer().deserialize(Utils.toCharArray(QueryLexer._serializedATN));\n    }\n    return QueryLexer.__ATN;\n  }\n}`,
    // a list, of whatever: data read once, or what is registered
    `let cachedSkills: Skill[] | null = null;\nexport function getAllSkills(): Skill[] {\n  if (!cachedSkills) cachedSkills = loadSkillsFromDisk();\n  return cachedSkills;\n}`,
    `let indexPromise: Promise<IndexEntry[]> | null = null;\nexport const loadIndex = () => (indexPromise ??= fetchIndex());`,
    `export class ShutdownHelper {\n  private static handlers: Handler[] = [];\n  static add(handler: Handler) { this.handlers = [...this.handlers, handler]; }\n}`,
    // bytes, a view on memory, a finalizer's side table
    `let wasmBuffer;\nmodule.exports = () => wasmBuffer ?? (wasmBuffer = Buffer.from(wasmBase64, 'base64'));`,
    `let view = null;\nfunction bytes(memory, ptr, size) { if (view === null) view = new Uint8Array(memory.buffer, ptr, size); return view; }`,
    `const requestFinalizer = new FinalizationRegistry(({ signal, abort }) => signal.removeEventListener('abort', abort));`,
    // what only a page has, or a browser-only SDK makes
    `let dbPromise: Promise<IDBDatabase> | null = null;\nconst openDb = () => { if (dbPromise) return dbPromise; dbPromise = new Promise((resolve) => resolve(open())); return dbPromise; };`,
    // a class of the module's own that keeps IndexedDB's handle (midscene's Chrome extension): a page's
    `class IndexedDBManager {\n  private db: IDBDatabase | null = null;\n  async open() {\n    this.db ??= await openDb();\n  }\n}\nexport const dbManager = new IndexedDBManager();\n`,
    `let canvas: HTMLCanvasElement | undefined;\nexport function surface() { canvas ??= createCanvas(); return canvas; }`,
    `import { loadStripe, type Stripe } from '@stripe/stripe-js';\nlet stripeJsPromise: Promise<Stripe | null> | null = null;\nexport const getStripeJs = (key: string) => (stripeJsPromise ??= loadStripe(key));`,
    // what an extraction takes out of its input: data (homarr's MCP tool list)
    `import { extractToolsFromProcedures } from 'trpc-to-mcp';\nlet cache: ReturnType<typeof extractToolsFromProcedures> | null = null;\nexport function extractMcpTools() {\n  if (cache) return cache;\n  cache = extractToolsFromProcedures(mcpRouter);\n  return cache;\n}\n`,
    `import tippy from 'tippy.js';\nlet popup: any;\nexport const SlashCommand = Extension.create({\n  onCreate() {\n    popup = tippy('.menu', { interactive: true });\n  },\n});\n`,
    `import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';\nlet socket: HocuspocusProviderWebsocket | null = null;\nexport function getCollabSocket() {\n  if (!socket) socket = new HocuspocusProviderWebsocket({ url, autoConnect: false });\n  return socket;\n}\n`,
    // a recursive schema or a code-split component is not a memo
    `const node: z.ZodTypeAny = z.lazy(() => z.object({ children: z.array(node) }));`,
    `export const Page = React.lazy(() => import('./Page'));`,
    `import { lazy } from 'react';\nconst Flow = lazy(() => import('./flow').then((module) => ({ default: module.Flow })));`,
    // React's lazy by its import, whatever the loader does first (trigger.dev's StreamdownRenderer)
    `import { lazy } from 'react';\nexport const Renderer = lazy(() =>\n  Promise.all([import('streamdown'), import('./theme')]).then(([{ Streamdown }, { theme }]) => {\n    const plugin = createPlugin({ theme });\n    return { default: (props) => <Streamdown plugins={[plugin]} {...props} /> };\n  }),\n);\n`,
    `let chart; export async function loadChart() { chart ??= await import('chart.js').then((m) => m.default); return chart; }`,
    `const Editor = lazy(async () => {\n  const Quill = (await import('quill')).default;\n  registerFontSize(Quill);\n  return import('react-quill');\n});`,
    `let sdk; function modules() { sdk ??= Promise.all([import('@mcp/server.js'), import('@mcp/types.js')]).then(([server, types]) => ({ Server: server.Server, types })); return sdk; }`,
    // a memo keyed by its arguments is a table of results, not one instance for everyone
    `export const parseMarkdown = _.memoize(async (text: string) => (await import('./md')).default.render(text));`,
    `export const popupParams = memoize((path: string) => path.split('/popups/').filter(Boolean).map((p) => p.split('/')));`,
    `const toFieldProps = _.memoize((schema, scope) => schema.toFieldProps({ scope }));`,
    // a named global cache of a value, or a call that is no such cache
    `export const answer = singleton('answer', () => 42);`,
    `export const Service = singleton(ServiceImpl);`,
    // a test's module state is its fixture (the `tests` globs): no request reaches it
    { code: `let client;\nasync function boot() { client = new AgentRegistry(); }\nbeforeAll(boot);`, filename: 'src/db/queries.test.ts' },
    { code: `export class FakeQueue { static instance?: FakeQueue; static getInstance() { return (FakeQueue.instance ??= new FakeQueue()); } }`, filename: 'test/helpers/fake-queue.ts' },
    // test directories at any depth: a package's own, Jest's __tests__ and __mocks__
    { code: `const g = globalThis as any;\nif (!g.__testRedisStore) {\n  g.__testRedisStore = new Map<string, string>();\n}\n`, filename: 'apps/server/src/libs/test/doubles/state.ts' },
    { code: `export const installMockFetch = (impl) => {\n  global.fetch = spy(impl);\n};\n`, filename: 'packages/status-fetcher/__tests__/helpers.ts' },
    { code: `let client;\nexport const getClient = () => (client ??= new RedisMock());\n`, filename: 'src/__mocks__/redis.ts' },
    // Jasmine's suites and helpers
    { code: `let parseServer;\nexport async function reconfigureServer(config) { parseServer = await ParseServer.startApp(config); }\n`, filename: 'spec/helper.js' },
    // end-to-end suites and their fixtures (vendure's `*.e2e-spec.ts`, Playwright's `e2e/`)
    { code: `export class TransactionTestPlugin {\n  static eventHandlerComplete$ = new ReplaySubject(1);\n  static reset() {\n    this.eventHandlerComplete$ = new ReplaySubject(1);\n  }\n}\n`, filename: 'packages/core/e2e/fixtures/test-plugins/transaction-test-plugin.ts' },
    // a suite's set-up file, Jest's, Vitest's or Create React App's
    { code: `import { PrismaClient } from '@prisma/client';\nglobalThis.prisma = new PrismaClient();\n`, filename: 'packages/integration-tests/jest.setup.api.js' },
    { code: `let server;\nexport async function setup() { server ??= await startServer(); }\n`, filename: 'apps/web/vitest.setup.ts' },
    { code: `let worker;\nexport const getWorker = () => (worker ??= new MockWorker());\n`, filename: 'src/setupTests.ts' },
    // NestJS' end-to-end suites beside the controllers they test (bun-api-ddd's `logout.controller.e2e-spec.ts`), Playwright's `*.e2e.ts`
    { code: `let accountFactory = new AccountFactory(prisma);\nexport const getFactory = () => accountFactory;\n`, filename: 'src/infra/http/controllers/logout.controller.e2e-spec.ts' },
    { code: `let browserSession;\nexport const getSession = () => (browserSession ??= new Session());\n`, filename: 'src/checkout.e2e.ts' },
    { code: `let db_;\nexport async function beforeAllDb() { db_ = await connectDb(); }\n`, filename: 'src/utils/testing/testUtils.ts' },
    // a benchmark suite boots what it measures, as a test suite does (ioredis' benchmarks; Vitest's bench files)
    { code: `let redis;\ncronometro({\n  default: {\n    test() { return redis.set('foo', 'bar'); },\n    before(cb) { redis = new Redis(); cb(); },\n  },\n});\n`, filename: 'benchmarks/dropBuffer.ts' },
    { code: `export let SINK: any = null;\nexport function run(x) { SINK = wrap(x); }\n`, filename: 'packages/zod/src/parse.bench.ts' },
    // a fixtures module beside the code, which the suites import to boot the server (HyperDX's API)
    { code: `let clickhouseClient;\nexport const getClickhouseClient = () => (clickhouseClient ??= createNativeClient({ url }));\n`, filename: 'packages/api/src/fixtures.ts' },
    { code: `let mongoServer: MongoMemoryServer;\nbeforeAll(async () => { mongoServer = await MongoMemoryServer.create(); });\n`, filename: 'scripts/setups/vitest-setup-server.ts' },
    { code: `let db;\nexport async function setup() { db ??= await startDatabase(); }\n`, filename: 'libs/common/src/test-setup.ts' },
    { code: `let server;\nexport default async function globalSetup() { server = await startServer(); }\n`, filename: 'apps/web/playwright/global-setup.ts' },
    // the fixtures and helpers the suites share
    { code: `let session: API | undefined;\nexport function tsAst() { session ??= startSession(); return session; }\n`, filename: 'platform/app/src/test-utils/tsAst.ts' },
    // a package of helpers the suites share (the Inngest SDK's test harness, starting a dev server for them)
    { code: `let devServerProcess;\nexport async function startDevServer() {\n  devServerProcess = spawn('npx', ['inngest-cli', 'dev']);\n  return devServerProcess;\n}\n`, filename: 'packages/test-harness/src/devServer.ts' },
    // test support in the source tree: the registry of records the tests create (attio-mcp-server's src/test-support/)
    { code: `class TestDataRegistry {\n  private map = new Map<string, string[]>();\n  add(kind: string, id: string) { this.map.set(kind, [...(this.map.get(kind) ?? []), id]); }\n}\nexport const testDataRegistry = new TestDataRegistry();\n`, filename: 'src/test-support/test-data-registry.ts' },
    { code: `let models;\nexport const getModels = () => (models ??= new ModelStore());\n`, filename: 'src/lib/server/__fixtures__/models.ts' },
    // Cucumber's step definitions keep a scenario's state between its steps (AgentX's `bdd/` suite)
    { code: `let convertedResult: ModelMessage | null;\nWhen('converted', () => { convertedResult = convert(message); });\n`, filename: 'bdd/steps/message-contract.steps.ts' },
    { code: `let browser: Browser | null = null;\nexport async function launchBrowser() { browser ??= await chromium.launch(); return browser; }\n`, filename: 'packages/devtools/src/bdd/playwright.ts' },
    { code: `let world;\nGiven('a user', () => { world = createWorld(); });\n`, filename: 'features/step_definitions/user.ts' },
    // Cypress's folder: its suites, support commands and the script that runs them beside a dev server (shopify-ai-marketing-suite's)
    { code: `const { spawn } = require('child_process');\nlet devServerProcess = null;\nfunction startDevServer() {\n  devServerProcess = spawn('npm', ['run', 'dev']);\n}\nmodule.exports = { startDevServer };\n`, filename: 'frontend/cypress/scripts/run-tests.js' },
    // Storybook's mocks and stories render components in one developer's browser (openai-agents-saas-starter's mock queries)
    { code: `import { getTenantAccountFixture } from './tenantAccount-api';\nlet accountData = getTenantAccountFixture();\nexport function reset() {\n  if (!accountData) accountData = getTenantAccountFixture();\n}\n`, filename: 'apps/web-app/.storybook/mocks/tenantAccount-queries.ts' },
    { code: `let store;\nexport const getStore = () => (store ??= createStore());\nexport default { title: 'Cart' };\n`, filename: 'src/components/Cart.stories.tsx' },
    // suites named for their kind: Cloudflare's agents keep `react-tests/` and `tests-e2e/`, Nx an `api-e2e/` project
    { code: `let worker;\nexport async function setup() { worker = await startWorker(); }\n`, filename: 'packages/agents/src/react-tests/setup.ts' },
    { code: `let proc;\nexport function start() { proc ??= spawn('wrangler', ['dev']); return proc; }\n`, filename: 'agent-think/tests-e2e/harness.ts' },
    { code: `let app;\nexport async function globalSetup() { app = await bootstrap(); }\n`, filename: 'apps/api-e2e/src/support/server.ts' },
    // a local named like the global object, or bound to something else, is no alias of it
    `export function attach(self) { const target = self; target.handler = new Handler(); }`,
    `export function remember() { const store = getStore(); store.current = new Session(); }`,
    // a callback kept, not an instance
    `let unsubscribe: (() => void) | null = null;\nexport function listen(bus) { unsubscribe = bus.subscribe(() => {}); }`,
    // the global object given a parameter, a constant's plain value, or under a key nobody can name
    `export function register(plugin) { globalThis.__plugin = plugin; }`,
    `const LIMIT = 10;\nglobalThis.__limit = LIMIT;`,
    `export function put(key, value) { const copy = value; globalThis[key] = copy; }`,
    // the platform polyfilled: one implementation for the process, nobody's state (logto's test set-up, node-fetch, ws)
    `import { createRequire } from 'node:module';\nglobalThis.require = createRequire(import.meta.url);\n`,
    `import nodeFetch, { Headers } from 'node-fetch';\nif (!globalThis.fetch) {\n  globalThis.fetch = nodeFetch;\n  globalThis.Headers = Headers;\n}\n`,
    `import WebSocket from 'ws';\n(global as any).WebSocket = WebSocket;\nglobalThis.crypto ??= new Crypto();\n`,
    // a library's distributed build, vendored: its banner, then IIFEs alone (Font Awesome's all.js in wekan)
    `/*!\n * Icons Free 6.4.2 - https://example.com\n * License - MIT\n */\n(function () {\n  'use strict';\n  var registry = null;\n  function lookup() {\n    if (!registry) registry = new Registry();\n    return registry;\n  }\n  module.exports = { lookup };\n}());\n(function () {\n  'use strict';\n}());\n`,
    // a table's columns for pg-promise's inserts (crowd.dev): a definition of data's shape, as a schema is
    `let insertColumnSet: DbColumnSet;\nexport function getInsertColumnSet(db: DbInstance): DbColumnSet {\n  if (insertColumnSet) return insertColumnSet;\n  insertColumnSet = new db.helpers.ColumnSet(['id', 'type'], { table: 'activities' });\n  return insertColumnSet;\n}\n`,
    // records a query returns (wekan's cached settings and tenant list, Prisma's findFirst): data, not a service
    `let cachedSetting = null;\nexport async function load() {\n  cachedSetting = await Settings.findOneAsync();\n}\n`,
    `let admin;\nexport async function loadAdmin() {\n  admin = await prisma.user.findFirst({ where: { role: 'admin' } });\n}\n`,
    `let tenantOrgs = [];\nexport async function refreshTenantOrgs() {\n  tenantOrgs = await Org.find({ active: true }).fetchAsync();\n}\n`,
    // a module that loads a library only Electron runs is a desktop app's (ever-gauzy's store helpers)
    `import ElectronStore from 'electron-store';\nlet _store: ElectronStore | null = null;\nexport function getStore() {\n  if (!_store) _store = new ElectronStore();\n  return _store;\n}\n`,
    // a setting read as a value, once for the process (grist's settings)
    `export const getForceLogin = memoize(() =>\n  appSettings.section('login').flag('forced').requireBool({ envVar: 'GRIST_FORCE_LOGIN', defaultValue: false }),\n);\n`,
    // the page's Web Storage, or a stand-in for it (grist's client)
    `let _storage: Storage | undefined;\nexport function getStorage(): Storage {\n  _storage ??= testStorage('localStorage') || createInMemoryStorage();\n  return _storage;\n}\n`,
    // what manages the loggers is a logger's kind (notesnook's core)
    `let logManager;\nexport async function initialize(db) {\n  logManager = new LogManager(db);\n}\n`,
    // V8's collector, had without the flag (scrypted's start-up)
    `import v8 from 'node:v8';\nimport vm from 'node:vm';\nif (!globalThis.gc) {\n  v8.setFlagsFromString('--expose_gc');\n  globalThis.gc = vm.runInNewContext('gc');\n}\n`,
    // a memo of a function's results given again so that a failure is not remembered (scrypted's notifier)
    `var memoizedAudioFetch = memoizeOne(audioFetch);\nexport async function notify(text) {\n  try {\n    return await memoizedAudioFetch(text);\n  } catch {\n    memoizedAudioFetch = memoizeOne(audioFetch);\n  }\n}\n`,
    // a time (nango's sandbox server), a document read from YAML (Temporal's DSL sample), a schema of block types (AFFiNE)
    `let timeOfLastUpdate = unixNow();\nexport function touch() { timeOfLastUpdate = unixNow(); }\n`,
    `let dslInput = { variables: {} };\nexport async function run(path) { dslInput = yaml.load(await fs.promises.readFile(path, 'utf8')); }\n`,
    `let _schema = null;\nexport function getWorkspaceSchema() {\n  if (!_schema) {\n    _schema = new Schema();\n    _schema.register(AffineSchemas);\n  }\n  return _schema;\n}\n`,
    // a per-request store: one AsyncLocalStorage for the process hands each async context its own (the OpenAI Agents SDK's tracing context)
    `import { AsyncLocalStorage } from 'node:async_hooks';\nlet localFallbackAls: AsyncLocalStorage<ContextState> | undefined;\nexport function getContextStorage() {\n  return (localFallbackAls ??= new AsyncLocalStorage<ContextState>());\n}\n`,
    `let requestContext;\nexport const getRequestContext = () => (requestContext ||= new async_hooks.AsyncLocalStorage());\n`,
    `globalThis.__tracingStore ??= new AsyncContext.Variable();`,
    // shared by design: telemetry's pipeline, a concurrency cap, the server itself (refly)
    `import { NodeSDK } from '@opentelemetry/sdk-node';\nlet sdk: NodeSDK | null = null;\nexport function initTracer() {\n  sdk = new NodeSDK({});\n  sdk.start();\n}\n`,
    `import pLimit from 'p-limit';\nlet imageProcessLimit: ReturnType<typeof pLimit> | undefined;\nfunction getImageProcessLimit() {\n  if (!imageProcessLimit) imageProcessLimit = pLimit(2);\n  return imageProcessLimit;\n}\n`,
    `let rateLimiter;\nexport function socketio() {\n  rateLimiter = new RateLimiterMemory(settings.commitRateLimiting);\n}\n`,
    // declared as a limiter package's type, built by a function of the app's own (nango's webhook ingress)
    `import type { RateLimiterAbstract } from 'rate-limiter-flexible';\nlet limiterPromise: Promise<RateLimiterAbstract> | null = null;\nfunction getDefaultLimiter() {\n  if (!limiterPromise) limiterPromise = buildLimiter();\n  return limiterPromise;\n}\n`,
    `declare const global: { gentleRateLimiter: Ratelimit | undefined };\nif (!global.gentleRateLimiter) {\n  global.gentleRateLimiter = createRateLimiter({ requests: 10, window: '60 s' });\n}\n`,
    `let limiter;\nexport const getLimiter = () => (limiter ??= new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, '10 s') }));\n`,
    // circuit breakers and locks: a downstream's failures and a resource's owner, across every request (TicketToken's)
    `export const circuitBreakerManager = new CircuitBreakerManager();\n`,
    `import CircuitBreaker from 'opossum';\nlet breaker: CircuitBreaker | null = null;\nexport const getBreaker = () => (breaker ??= new CircuitBreaker(callVenue));\n`,
    `let distributedLockInstance: DistributedLock | null = null;\nexport function getDistributedLock() {\n  if (!distributedLockInstance) distributedLockInstance = new DistributedLock();\n  return distributedLockInstance;\n}\n`,
    `import Redlock from 'redlock';\nlet redlock: Redlock | undefined;\nexport const getRedlock = () => (redlock ??= makeRedlock());\n`,
    // a database's, a cache's or a search server's client: one client and its pool serve every request (TicketToken's, 6529's)
    `import { Pool } from 'pg';\nlet pool: Pool | null = null;\nexport function getPool() {\n  if (!pool) pool = new Pool({ connectionString: process.env.DATABASE_URL });\n  return pool;\n}\n`,
    // Vercel's serverless Postgres pool (KlimCode's), made on first use: one pool for the process
    `import { createPool } from '@vercel/postgres';\nlet pool: ReturnType<typeof createPool> | null = null;\nexport function getPool() {\n  if (!pool) {\n    pool = createPool();\n  }\n  return pool;\n}\n`,
    `import Redis from 'ioredis';\nlet redis: Redis;\nlet redisPub: Redis;\nexport async function initRedis() {\n  redis = new Redis(url);\n  redisPub = new Redis(url);\n}\n`,
    `import * as redis from 'redis';\nlet client: ReturnType<typeof redis.createClient> | undefined;\nexport const getCacheClient = () => (client ??= redis.createClient({ url: process.env.CACHE_URL }));\n`,
    `import { PrismaClient } from '@prisma/client';\nconst globalForPrisma = globalThis as unknown as { prisma: PrismaClient };\nexport const prisma = globalForPrisma.prisma || new PrismaClient();\nif (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = prisma;\n`,
    // Prisma 6 generates its client into the project: known by its class's name
    `import { PrismaClient } from '../generated/prisma';\nlet db: PrismaClient | undefined;\nexport const getDb = () => (db ??= new PrismaClient());\n`,
    // a cloud service's client, made with the platform's credentials (6529's S3 and SNS clients)
    `import { S3Client } from '@aws-sdk/client-s3';\nlet s3: S3Client | null = null;\nexport const getS3 = () => (s3 ??= new S3Client({ region: process.env.AWS_REGION }));\n`,
    `import { Storage } from '@google-cloud/storage';\nlet storage: Storage | undefined;\nexport function getStorage() {\n  return (storage ??= new Storage());\n}\n`,
    `import AWS from 'aws-sdk';\nlet sns;\nexport function snsClient() {\n  if (!sns) sns = new AWS.SNS({ region: 'us-east-1' });\n  return sns;\n}\n`,
    // a cloud client whose package is imported lazily: its type says whose it is (hustlexp's Rekognition client)
    `let rekognition: import('@aws-sdk/client-rekognition').RekognitionClient | null = null;\nexport async function getRekognition() {\n  if (rekognition) return rekognition;\n  const { RekognitionClient } = await import('@aws-sdk/client-rekognition');\n  rekognition = new RekognitionClient({ region: process.env.AWS_REGION });\n  return rekognition;\n}\n`,
    // … or untyped, its class loaded in the filling function (TicketToken's Secrets Manager client)
    `let secretsManagerClient: any = null;\nasync function getSecretsManagerClient() {\n  if (!secretsManagerClient) {\n    const { SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');\n    secretsManagerClient = new SecretsManagerClient({ region: AWS_REGION });\n  }\n  return secretsManagerClient;\n}\n`,
    `let s3 = null;\nfunction getS3() {\n  const aws = require('aws-sdk');\n  return (s3 ??= new aws.S3());\n}\n`,
    // a hosted API's SDK made with the server's key: model providers, payments, messages (hustlexp's, 6529's, opencollective's)
    `import OpenAI from 'openai';\nlet openAi: OpenAI | null = null;\nexport function getOpenAiInstance(): OpenAI {\n  if (!openAi) openAi = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return openAi;\n}\n`,
    `import Anthropic from '@anthropic-ai/sdk';\nlet anthropic: Anthropic | undefined;\nexport const getAnthropic = () => (anthropic ??= new Anthropic());\n`,
    `import Stripe from 'stripe';\nimport { config } from '../config.js';\nlet client: Stripe | null = null;\nexport function getSharedStripe() {\n  if (!client && config.stripe.secretKey) client = new Stripe(config.stripe.secretKey);\n  return client;\n}\n`,
    `import twilio from 'twilio';\nimport { config } from './config';\nlet twilioClient: ReturnType<typeof twilio> | null = null;\nfunction getClient() {\n  if (twilioClient) return twilioClient;\n  twilioClient = twilio(config.accountSid, config.authToken);\n  return twilioClient;\n}\n`,
    `import { createTransport, type Transporter } from 'nodemailer';\nlet transport: Transporter | undefined;\nexport const getTransporter = () => (transport ??= createTransport({ host: process.env.SMTP_HOST }));\n`,
    `const { Client, GatewayIntentBits } = require('discord.js');\nlet discord = null;\nasync function getDiscord() {\n  if (!discord) {\n    discord = new Client({ intents: [GatewayIntentBits.Guilds] });\n    await discord.login(process.env.DISCORD_BOT_TOKEN);\n  }\n  return discord;\n}\n`,
    // … its key from configuration derived in the filling function, from a module function of the environment, or loaded lazily with it
    `import twilio from 'twilio';\nimport { config } from './config';\nlet twilioClient = null;\nfunction getClient() {\n  if (twilioClient) return twilioClient;\n  const { accountSid, authToken } = config.identity.twilio;\n  if (!accountSid) return null;\n  twilioClient = twilio(accountSid, authToken);\n  return twilioClient;\n}\n`,
    `import { createTransport } from 'nodemailer';\nimport { environmentNumber } from './environment';\nconst smtpPort = () => environmentNumber('SMTP_PORT', 587);\nlet transport;\nexport const getTransporter = () => (transport ??= createTransport({ host: process.env.SMTP_HOST ?? '', port: smtpPort(), secure: smtpPort() === 465, logger: (message) => console.log(message) }));\n`,
    `let openai;\nexport async function getOpenAI() {\n  const { default: OpenAI } = await import('openai');\n  return (openai ??= new OpenAI({ apiKey: getEnv('OPENAI_API_KEY'), baseURL: import.meta.env.OPENAI_BASE_URL }));\n}\n`,
    // … a vector store's, a chain's RPC connection, an identity provider's key set
    `import { Pinecone } from '@pinecone-database/pinecone';\nlet pinecone: Pinecone | undefined;\nexport const getPinecone = () => (pinecone ??= new Pinecone({ apiKey: process.env.PINECONE_API_KEY! }));\n`,
    // a package's client made with the server's own secret, from its configuration alone (inbox-zero's Loops, Tinybird and App Store clients)
    `import { LoopsClient } from 'loops';\nlet loops: LoopsClient | undefined;\nfunction getLoopsClient(): LoopsClient | undefined {\n  if (!process.env.LOOPS_API_SECRET) return;\n  if (!loops) loops = new LoopsClient(process.env.LOOPS_API_SECRET);\n  return loops;\n}\nexport { getLoopsClient };\n`,
    `import { Tinybird } from '@chronark/zod-bird';\nlet tb: Tinybird;\nexport const getTinybird = () => {\n  if (!process.env.TINYBIRD_TOKEN) return;\n  if (!tb) tb = new Tinybird({ token: process.env.TINYBIRD_TOKEN, baseUrl: process.env.TINYBIRD_BASE_URL });\n  return tb;\n};\n`,
    `import { AppStoreServerAPIClient, Environment } from '@apple/app-store-server-library';\nimport { env } from '@/env';\nlet productionClient: AppStoreServerAPIClient | null = null;\nlet sandboxClient: AppStoreServerAPIClient | null = null;\nfunction getAppleSigningKey() {\n  return env.APPLE_IAP_PRIVATE_KEY?.replace(/\\\\n/g, '\\n');\n}\nexport function getAppleClient(environment: Environment) {\n  if (environment === Environment.PRODUCTION) {\n    productionClient ||= new AppStoreServerAPIClient(getAppleSigningKey()!, env.APPLE_IAP_KEY_ID!, env.APPLE_IAP_ISSUER_ID!, env.APPLE_IAP_BUNDLE_ID!, Environment.PRODUCTION);\n    return productionClient;\n  }\n  sandboxClient ||= new AppStoreServerAPIClient(getAppleSigningKey()!, env.APPLE_IAP_KEY_ID!, env.APPLE_IAP_ISSUER_ID!, env.APPLE_IAP_BUNDLE_ID!, Environment.SANDBOX);\n  return sandboxClient;\n}\n`,
    `import { createOpenAI } from '@better-agent/providers/openai';\nlet _openai: ReturnType<typeof createOpenAI> | null = null;\nexport function openai() {\n  if (!_openai) {\n    const { OPENAI_API_KEY } = openAiEnvSchema.parse(process.env);\n    _openai = createOpenAI({ apiKey: OPENAI_API_KEY });\n  }\n  return _openai;\n}\nconst openAiEnvSchema = z.object({});\n`,
    `import { Postal } from '@atech/postal';\nimport { config } from './config';\nexport class Mail {\n  static client: Postal | undefined;\n  static get() {\n    return (Mail.client ??= new Postal({ host: config.postal.host, apiKey: config.postal.apiKey }));\n  }\n}\n`,
    // the AI SDK's provider for a model API, made from the environment (openpanel's)
    `import { createOpenAI } from '@ai-sdk/openai';\nlet _openai: ReturnType<typeof createOpenAI> | null = null;\nfunction openai() {\n  if (!_openai) {\n    const { OPENAI_API_KEY, OPENAI_BASE_URL } = openAiEnvSchema.parse(process.env);\n    _openai = createOpenAI({ apiKey: OPENAI_API_KEY, baseURL: OPENAI_BASE_URL });\n  }\n  return _openai;\n}\nconst openAiEnvSchema = z.object({});\nexport { openai };\n`,
    // Prisma's extended client, kept on the global object across reloads (openpanel's)
    `import { PrismaClient } from './generated/prisma/client';\nconst getPrismaClient = () => {\n  const prisma = new PrismaClient({ log: ['error'] }).$extends({ result: {} });\n  return prisma;\n};\nconst globalForPrisma = globalThis as unknown as { prisma: ReturnType<typeof getPrismaClient> };\nexport const db = globalForPrisma.prisma ?? getPrismaClient();\nif (process.env.NODE_ENV !== 'production') {\n  globalForPrisma.prisma = db;\n}\n`,
    `import { PrismaClient } from '@prisma/client';\nlet db;\nexport const getDb = () => (db ??= new PrismaClient().$extends(withAccelerate()));\n`,
    // a loaded GeoIP database, null when its file is missing (openpanel's)
    `import type { ReaderModel } from '@maxmind/geoip2-node';\nlet readerPromise: Promise<ReaderModel | null> | null = null;\nexport function getReader(): Promise<ReaderModel | null> {\n  if (!readerPromise) readerPromise = loadDatabase('GeoLite2-City.mmdb');\n  return readerPromise;\n}\n`,
    // a Postgres-backed job queue's utilities and runner, and a browser server the service exposes (maxun's)
    `import { makeWorkerUtils, run, WorkerUtils, Runner } from 'graphile-worker';\nlet workerUtils: WorkerUtils | null = null;\nlet runner: Runner | null = null;\nexport async function start(pgPool) {\n  workerUtils = await makeWorkerUtils({ pgPool });\n  runner = await run({ pgPool, concurrency: 4 });\n}\n`,
    `import { chromium } from 'playwright-extra';\nimport type { BrowserServer } from 'playwright';\nlet browserServer: BrowserServer | null = null;\nasync function start(): Promise<void> {\n  browserServer = await chromium.launchServer({ headless: true, port: 3001 });\n}\nstart().catch(console.error);\n`,
    // a class of the app's own around MongoDB's client and the in-memory server it runs without one (chat-ui's)
    `import { MongoClient } from 'mongodb';\nimport { MongoMemoryServer } from 'mongodb-memory-server';\nimport { config } from '$lib/server/config';\nexport class Database {\n  private client?: MongoClient;\n  private mongoServer?: MongoMemoryServer;\n  private static instance: Database;\n  private async init() {\n    if (!config.MONGODB_URL) {\n      this.mongoServer = await MongoMemoryServer.create({ instance: { dbName: 'chat-ui' } });\n      this.client = new MongoClient(this.mongoServer.getUri());\n    } else {\n      this.client = new MongoClient(config.MONGODB_URL);\n    }\n    await this.client.connect();\n  }\n  public static async getInstance(): Promise<Database> {\n    if (!Database.instance) {\n      Database.instance = new Database();\n      await Database.instance.init();\n    }\n    return Database.instance;\n  }\n}\n`,
    // a metrics server: a prom-client registry, a record of records of its instruments, Node's own server under another name (chat-ui's)
    `import { Counter, Registry, Summary } from 'prom-client';\nimport { createServer, type Server as HttpServer } from 'http';\ninterface Metrics {\n  model: { conversationsTotal: Counter<'model'>; latency: Summary<'model'> };\n}\nexport class MetricsServer {\n  private static instance: MetricsServer | undefined;\n  private readonly enabled: boolean;\n  private readonly register: Registry;\n  private readonly metrics: Metrics;\n  private httpServer: HttpServer | undefined;\n  private constructor() {\n    this.enabled = process.env.METRICS_ENABLED === 'true';\n    this.register = new Registry();\n    this.metrics = this.createMetrics();\n  }\n  private start() {\n    this.httpServer = createServer((req, res) => res.end());\n  }\n  public static getInstance(): MetricsServer {\n    if (!MetricsServer.instance) MetricsServer.instance = new MetricsServer();\n    return MetricsServer.instance;\n  }\n}\n`,
    // an HTTP client's pool of connections, guarded against requests to private addresses (chat-ui's)
    `import { Agent } from 'undici';\nfunction createSsrfAgent(exempt: (hostname: string) => boolean = () => false): Agent {\n  return new Agent({ connect: { lookup: guardedLookup(exempt) } });\n}\nlet localMcpAgent: Agent | undefined;\nexport function getLocalMcpAgent(): Agent {\n  localMcpAgent ??= createSsrfAgent((hostname) => hostname === 'localhost');\n  return localMcpAgent;\n}\n`,
    // a connection to a database by its class's name, generated for SpacetimeDB (stack-auth's MCP call log)
    `import { DbConnection } from './spacetimedb-bindings';\nlet connectionPromise: Promise<DbConnection> | null = null;\nexport async function getConnection(): Promise<DbConnection | null> {\n  const uri = getEnvVariable('STACK_SPACETIMEDB_URI', '');\n  if (!uri) return null;\n  if (!connectionPromise) {\n    connectionPromise = new Promise<DbConnection>((resolve, reject) => {\n      DbConnection.builder().withUri(uri).onConnect((conn) => resolve(conn)).onConnectError((_, err) => reject(err)).build();\n    });\n  }\n  return connectionPromise;\n}\n`,
    // a class around Redis' client that keeps a table of strings the process fills (TicketToken's Lua script loader)
    `import type Redis from 'ioredis';\nexport class ScriptLoader {\n  private client: Redis | null = null;\n  private loadedScripts: Map<string, string> = new Map();\n  private async getClient(): Promise<Redis> {\n    if (!this.client) this.client = await getRedisClient();\n    return this.client;\n  }\n}\nlet scriptLoader: ScriptLoader | null = null;\nexport function getScriptLoader(): ScriptLoader {\n  if (!scriptLoader) scriptLoader = new ScriptLoader();\n  return scriptLoader;\n}\n`,
    // a turn in a queue: a promise the kept resolver settles with nothing (an async lock; puter's permission dialogs, one at a time)
    `let lock = Promise.resolve();\nexport async function withLock(fn) {\n  const prev = lock;\n  let release;\n  lock = new Promise((r) => { release = r; });\n  await prev;\n  try { return await fn(); } finally { release(); }\n}\n`,
    `let dialog_queue = Promise.resolve();\nexport async function UIPermissionDialog(options) {\n  const wait_for_turn = dialog_queue;\n  let release_turn;\n  dialog_queue = new Promise((r) => (release_turn = r));\n  await wait_for_turn;\n  try { return await show(options); } finally { release_turn(); }\n}\n`,
    // a database handle made from a client the function around the filling one made (Form.io's update script)
    `const { MongoClient } = require('mongodb');\nlet db = null;\nmodule.exports = function (formio) {\n  const client = new MongoClient(formio.config.mongo);\n  async function connectMongo() {\n    await client.connect();\n    db = client.db(client.s.options.dbName);\n  }\n  return connectMongo;\n};\n`,
    `import { MongoClient } from 'mongodb';\nexport class Store {\n  static db;\n  static async connect() {\n    const client = new MongoClient(process.env.MONGO_URL);\n    await client.connect();\n    Store.db = client.db('app');\n  }\n}\n`,
    // a mail transport a function of the module fills and returns, written back by its callers (propvantage's email service)
    `import nodemailer from 'nodemailer';\nconst EMAIL_CONFIG = { auth: { user: process.env.EMAIL_USER, pass: process.env.EMAIL_PASS } };\nlet transporter = null;\nconst createTransporter = () => {\n  try {\n    const config = { auth: EMAIL_CONFIG.auth };\n    transporter = nodemailer.createTransport(config);\n    return transporter;\n  } catch (error) {\n    return null;\n  }\n};\nexport const sendEmail = async (message) => {\n  if (!transporter) transporter = createTransporter();\n  return transporter.sendMail(message);\n};\n`,
    // a connection to LanceDB's files (anything-llm's vector store)
    `const lancedb = require('@lancedb/lancedb');\nclass LanceDb {\n  static #connection = null;\n  async connect() {\n    if (!LanceDb.#connection) LanceDb.#connection = await lancedb.connect(this.uri);\n    return { client: LanceDb.#connection };\n  }\n}\nmodule.exports.LanceDb = LanceDb;\n`,
    `import { Connection } from '@solana/web3.js';\nlet solanaConnection: Connection;\nexport function createApp() {\n  solanaConnection = new Connection(process.env.SOLANA_RPC_URL!);\n}\n`,
    `import jwksRsa from 'jwks-rsa';\nconst JWKS_URI = process.env.JWKS_URI || 'https://auth.example.com/.well-known/jwks.json';\nlet jwksClient: jwksRsa.JwksClient | null = null;\nfunction getJwksClient() {\n  if (!jwksClient) jwksClient = jwksRsa({ jwksUri: JWKS_URI, cache: true });\n  return jwksClient;\n}\n`,
    // a broker's connection and channel (TicketToken's search sync)
    `import * as amqp from 'amqplib';\nlet connection: any;\nlet channel: amqp.Channel;\nexport async function connectRabbitMQ() {\n  connection = await amqp.connect(process.env.AMQP_URL);\n  channel = await connection.createChannel();\n}\n`,
    `import { Queue } from 'bullmq';\nlet emailQueue: Queue | undefined;\nexport const getEmailQueue = () => (emailQueue ??= new Queue('email', { connection }));\n`,
    // … and what such a client's methods make: a broker's channel, a MongoDB database handle
    `import * as amqp from 'amqplib';\nlet connection: any = null;\nlet channel: any = null;\nasync function connect() {\n  if (connection && channel) return;\n  connection = await amqp.connect(RABBITMQ_URL);\n  channel = await connection.createChannel();\n}\nexport async function close() {\n  await connection?.close();\n  connection = null;\n  channel = null;\n}\n`,
    `import { MongoClient, type Db } from 'mongodb';\nexport let mongoClient: MongoClient;\nexport let mongoDB: Db;\nexport async function initializeMongo() {\n  mongoClient = new MongoClient(process.env.MONGO_URL!);\n  await mongoClient.connect();\n  mongoDB = mongoClient.db('events');\n}\n`,
    // … a client extended in the function that made it, kept on the global object; ClickHouse's; a GeoIP database (umami's)
    `import { PrismaClient } from '@/generated/prisma/client';\nfunction getClient() {\n  const baseClient = new PrismaClient({ adapter });\n  const extended = baseClient.$extends(readReplicas({ replicas }));\n  globalThis[PRISMA] ??= extended;\n  return extended;\n}\n`,
    `import { createClient } from '@clickhouse/client';\nfunction getClient() {\n  const client = createClient({ url: process.env.CLICKHOUSE_URL });\n  if (process.env.NODE_ENV !== 'production') globalThis[CLICKHOUSE] = client;\n  return client;\n}\n`,
    `import maxmind from 'maxmind';\nexport async function getLocation(ip) {\n  if (!globalThis[MAXMIND]) globalThis[MAXMIND] = await maxmind.open(process.env.GEOLITE_DB_PATH);\n  return globalThis[MAXMIND].get(ip);\n}\n`,
    // a maker of the module's own that hands back a database's client (lmnr's drizzle over postgres.js)
    `import { drizzle } from 'drizzle-orm/postgres-js';\nimport postgres from 'postgres';\nconst createDatabaseConnection = () => {\n  const client = postgres(process.env.DATABASE_URL!);\n  return drizzle(client, { schema });\n};\nexport const db = singleton('db', createDatabaseConnection);\n`,
    `import { Pool } from 'pg';\nfunction makePool() {\n  const pool = new Pool({ max: 10 });\n  pool.on('error', report);\n  return pool;\n}\nlet pool: Pool | undefined;\nexport const getPool = () => (pool ??= makePool());\n`,
    // an opener of a database's file, by its name (AgentX's SQLite)
    `import { openDatabase, type Database } from 'commonxjs/sqlite';\nlet db: Database | null = null;\nexport function getDatabase() {\n  if (!db) db = openDatabase(process.env.DATABASE_PATH!);\n  return db;\n}\n`,
    // … with a database user from the config, under a name of the author's own
    `import { Pool } from 'pg';\nimport { config } from './config';\nlet pool: Pool | undefined;\nexport function getPool() {\n  const { dbUser, dbPassword } = config.database;\n  return (pool ??= new Pool({ user: dbUser, password: dbPassword, host: config.database.host }));\n}\n`,
    // … given the entity classes, whose names are no user's (clarify's typeorm DataSource)
    `import { DataSource } from 'typeorm';\nimport { User } from './entities/User';\nimport { Session } from './entities/Session';\nclass AppDataSource {\n  private static connection: Promise<DataSource> | null = null;\n  static get() {\n    this.connection ??= (async () => {\n      const ds = new DataSource({ type: 'sqlite', database: 'db.sqlite', entities: [User, Session] });\n      await ds.initialize();\n      return ds;\n    })();\n    return this.connection;\n  }\n}\nexport const db = () => AppDataSource.get();\n`,
    // a cache's client by its maker's name, from a package of the workspace's own (sourcebot's)
    `import { createRedisClient } from '@acme/shared';\nlet redis: ReturnType<typeof createRedisClient> | undefined;\nexport function getRedisClient() {\n  redis ??= createRedisClient({ commandTimeout: 5000 });\n  return redis;\n}\n`,
    // … and a start-up function that connects with what it is passed (each call replaces the client)
    `import { Pool } from 'pg';\nlet pool: Pool | null = null;\nexport function initializePool(config: PoolConfig) {\n  pool = new Pool(config);\n}\n`,
    // a manager that keeps only the server and its database client
    `import { Hocuspocus } from '@hocuspocus/server';\nimport Redis from 'ioredis';\nexport class LiveManager {\n  private static instance: LiveManager;\n  private server: Hocuspocus | null = null;\n  private redis: Redis | null = null;\n  static getInstance() {\n    return (LiveManager.instance ??= new LiveManager());\n  }\n}\n`,
    `let nestApp = null;\nexport const start = async () => {\n  nestApp = await NestFactory.create(AppModule, { rawBody: true });\n  await nestApp.listen(3000);\n};\n`,
    `let server;\nexport function start(app) {\n  server = app.listen(8080);\n}\nexport const stop = () => server?.close();\n`,
    `let server: Server;\nasync function startServer() {\n  server = new Server();\n  await server.initialize();\n  server.listen();\n}\n`,
    // what a DI container made, kept by reference (Vendure's strategies, NestJS' moduleRef, InversifyJS)
    `let connection: TransactionalConnection;\nlet indicator: TypeOrmHealthIndicator;\nexport const strategy = {\n  async init(injector: Injector) {\n    connection = injector.get(TransactionalConnection);\n    indicator = await injector.resolve(TypeOrmHealthIndicator);\n  },\n};\n`,
    `let db;\nexport function boot(container) {\n  db = container.get('db');\n}\n`,
    // settings, however kept (atproto's readonly list, an Elasticsearch plugin's runtime options)
    `export class Agent {\n  static appLabelers: readonly string[] = [LABELER];\n  static configure(opts) { this.appLabelers = opts.appLabelers.map(asDid); }\n}\n`,
    `export class ElasticsearchPlugin {\n  static options: ElasticsearchRuntimeOptions;\n  static init(options) {\n    this.options = mergeWithDefaults(options);\n    return ElasticsearchPlugin;\n  }\n}\n`,
    // … and made from a settings type (zigbee2mqtt's settings file, read once)
    `let _settings: Partial<Settings> | undefined;\nfunction load(): void {\n  if (!_settings) _settings = read();\n}\n`,
    // a class that keeps only per-request stores, made once (hatchet's run context, a team's own request context)
    `import { AsyncLocalStorage } from 'async_hooks';\nexport class ParentRunContextManager {\n  private storage: AsyncLocalStorage<ParentRunContext>;\n  constructor() {\n    this.storage = new AsyncLocalStorage<ParentRunContext>();\n  }\n  run<T>(context: ParentRunContext, fn: () => T) { return this.storage.run(context, fn); }\n}\nexport const parentRunContextManager = new ParentRunContextManager();\n`,
    `class RequestContextManager {\n  readonly als = new AsyncLocalStorage();\n}\nexport const requestContext = new RequestContextManager();\n`,
    // a list's next version made from the last (moleculer's dev client)
    `let pendingReqs = [];\nexport function done(count) {\n  pendingReqs = pendingReqs.filter((n) => n != count);\n}\n`,
    // a lookup table's numbers (assistant-ui's CRC table)
    `let crcTable: Uint32Array | undefined;\nfunction crc32(input: Uint8Array) {\n  const table = crcTable ?? (crcTable = createCrcTable());\n  return table[input[0]!];\n}\n`,
    // an IIFE that only loads modules (voltagent's node runtime)
    `let nodeRuntimePromise: Promise<NodeRuntime | null> | null = null;\nexport const loadNodeRuntime = async () => {\n  if (!nodeRuntimePromise) {\n    nodeRuntimePromise = (async () => {\n      try {\n        const [fs, path] = await Promise.all([import('node:fs/promises'), import('node:path')]);\n        return { fs, path };\n      } catch {\n        return null;\n      }\n    })();\n  }\n  return nodeRuntimePromise;\n};`,
    // a flag computed once and published for debugging (voltagent's zod detection)
    `const isZodV4 = (() => {\n  try { return 'toJSONSchema' in z; } catch { return false; }\n})();\n(globalThis as any).__IS_ZOD_V4 = isZodV4;`,
    `let mode;\nexport function detect() { mode ??= (() => process.env.MODE === 'fast' ? 1 : 2)(); return mode; }`,
    // an async IIFE that returns nothing: a second caller waits on the load the first started (anything-llm's reranker)
    `class NativeEmbeddingReranker {\n  static #initializationPromise = null;\n  async initClient() {\n    if (NativeEmbeddingReranker.#initializationPromise) {\n      await NativeEmbeddingReranker.#initializationPromise;\n      return;\n    }\n    NativeEmbeddingReranker.#initializationPromise = (async () => {\n      try {\n        await this.#loadModel();\n      } finally {\n        NativeEmbeddingReranker.#initializationPromise = null;\n      }\n    })();\n    await NativeEmbeddingReranker.#initializationPromise;\n  }\n}\nexport { NativeEmbeddingReranker };\n`,
    // a value a function is named for: a path, a key
    `class SqliteDb {\n  private static indexSqlitePath = getIndexSqlitePath();\n  static reset() { SqliteDb.indexSqlitePath = getIndexSqlitePath(); }\n}`,
    `let apiKey;\nexport function key() { return (apiKey ??= config.getApiKey()); }`,
    // \`this\` published by a method, or by a function of its own, is no constructor's instance
    `class Tab {\n  focus() { window.activeTab = this; }\n}`,
    `class Worker {\n  constructor() {\n    emitter.on('x', function () { globalThis.last = this; });\n  }\n}`,
    // a string cut from a string
    `let fileName = null;\nexport function currentFileName() { if (fileName === null) fileName = module.filename.substr(5); return fileName; }`,
    // a subscription, a callback by its type's name, a bound function
    `let authEvents: Subscription | null = null;\nexport function init() { authEvents = authEvents$.subscribe(() => {}); }`,
    `let unlistenFn: UnlistenFn | undefined;\nexport async function watch() { unlistenFn ??= await listen('update', () => {}); }`,
    `export function expose(service) { (window as any)._getService = service.getService.bind(service); }`,
    // a registration's handle, a document id
    `let codeLensDisposable: vscode.Disposable | undefined = undefined;\nexport function register() { codeLensDisposable = vscode.languages.registerCodeLensProvider('*', provider); }`,
    `let lockId: ObjectId | null = null;\nexport async function lock() { if (!lockId) lockId = (await acquireLock('stats')) || null; }`,
    // a timer's handle, however it is started or typed
    `let sweeper: ReturnType<typeof setInterval> | undefined;\nexport function startSweeper() { if (!sweeper) sweeper = setInterval(sweep, 60_000); }`,
    // a cron job's handle, as a timer's (payever's campaign scheduler; cron's CronJob)
    `import * as cron from 'node-cron';\nlet task: cron.ScheduledTask;\nexport class CampaignResolver {\n  constructor() {\n    if (!task) task = cron.schedule('0 * * * *', async () => {});\n  }\n}\n`,
    `import { CronJob } from 'cron';\nlet job;\nexport function start() { job ??= new CronJob('* * * * *', () => {}); }\n`,
    `let flush;\nexport function schedule() { flush ??= setTimeout(run, 10).unref(); }`,
    `let scheduleRefreshIID_: any = null;\nexport function scheduleRefresh() {\n  if (scheduleRefreshIID_) shim.clearTimeout(scheduleRefreshIID_);\n  scheduleRefreshIID_ = shim.setTimeout(refresh, 1000);\n}\n`,
    `let tick: NodeJS.Timeout | null = null;\nexport function start() { tick = globalThis.setInterval(() => {}, 5); }`,
    // a promise chain's next link: a serial queue the work passes through
    `let queue = Promise.resolve();\nexport function track(event) {\n  queue = queue.then(() => send(event)).catch(() => undefined);\n}\n`,
    // a side table keyed by object identity: an entry is reached only through its key object
    `const key = Symbol.for('patched');\nif (!(key in globalThis)) {\n  (globalThis as any)[key] = new WeakSet();\n}\n`,
    `let meta: WeakMap<object, string> | undefined;\nexport function tag(o: object) {\n  (meta ??= new WeakMap()).set(o, 'x');\n}\n`,
    // a script that runs once and exits: one operator, no users (erxes' migration commands)
    `import { Db, MongoClient } from 'mongodb';\nconst client = new MongoClient(url);\nlet db: Db;\nconst command = async () => {\n  await client.connect();\n  db = client.db();\n  await db.collection('tags').updateMany({}, { $set: { order: '' } });\n  process.exit();\n};\ncommand();\n`,
    `let db;\nasync function migrate() {\n  db = await connect();\n  await db.run();\n}\nmigrate().then(() => process.exit(0)).catch(() => process.exit(1));\n`,
    // … exiting at the end of each branch: usage and exit(1), else the work and exit(0) (boxyhq's delete-team.js)
    `let jacksonInstance;\ninit();\nasync function init() {\n  if (process.argv.length < 3) {\n    console.log('Usage: node delete-team.js <teamId>');\n    process.exit(1);\n  } else {\n    jacksonInstance = await jackson.default(opts);\n    await deleteTeams(process.argv.slice(2));\n    process.exit(0);\n  }\n}\n`,
    // … or exiting at the end of a top-level try (overleaf's scripts)
    `let ids;\nasync function run() {\n  ids ??= await loadIds();\n  await deleteAll(ids);\n}\ntry {\n  await run();\n  process.exit(0);\n} catch (err) {\n  console.error(err);\n  process.exit(1);\n}\n`,
    // … run under a run-directly guard (opencollective's scripts)
    `let accountsCache = {};\nconst main = async () => {\n  accountsCache = await loadAccounts();\n};\nif (!module.parent) {\n  main()\n    .then(() => process.exit())\n    .catch(() => process.exit(1));\n}\n`,
    `let db;\nasync function main() {\n  db = await connect();\n  await db.run();\n  process.exit(0);\n}\nif (require.main === module) main();\n`,
    `let db;\nasync function main() {\n  db = await connect();\n  process.exit(0);\n}\nif (process.argv[1] === fileURLToPath(import.meta.url)) await main();\n`,
    // a script written at the top level, exiting there (discord-tickets' database dump)
    `import ora from 'ora';\nlet spinner = ora('Connecting').start();\nconst prisma = new PrismaClient();\nspinner.succeed('Connected');\nconst dump = await Promise.all(models.map(async (model) => {\n  spinner = ora(\`Exporting \${model}\`).start();\n  return [model, await prisma[model].findMany()];\n}));\nawait writeFile(path, JSON.stringify(dump));\nprocess.exit(0);\n`,
    // minified code (sim's sandbox bundles): a bundler's variables are changed in what it bundles
    `// generated by build.ts\n(()=>{var a=Object.create;let s;function g(){return s||(s=new Registry),s}${'var x=1;'.repeat(130)}globalThis.g=g})();\n`,
    // a string a function of the module makes, renewed by a job (Ackee's daily salt)
    `const crypto = require('crypto');\nconst generate = () => crypto.randomBytes(16).toString('hex');\nlet salt = generate();\nschedule.scheduleJob(rule, () => salt = generate());\nmodule.exports = () => salt;\n`,
    // a Mongoose model kept once the connection is known (tiledesk's auto-increment plugin): a class, not an instance
    `var mongoose = require('mongoose'), IdentityCounter;\nexports.initialize = function (connection) {\n  IdentityCounter = connection.model('IdentityCounter', new mongoose.Schema({ count: Number }));\n};\nexports.next = () => IdentityCounter.findOneAndUpdate({}, { $inc: { count: 1 } });\n`,
    // a WebAssembly module compiled once, each script run in a context of its own (matrix-hookshot's)
    `import { newQuickJSWASMModule, type QuickJSWASMModule } from 'quickjs-emscripten';\nexport class WebhookTransformer {\n  private static quickModule?: QuickJSWASMModule;\n  public static async initialiseQuickJS() {\n    WebhookTransformer.quickModule = await newQuickJSWASMModule();\n  }\n  public static run(src: string) {\n    const ctx = this.quickModule!.newContext();\n    try { return ctx.evalCode(src); } finally { ctx.dispose(); }\n  }\n}\n`,
    `let compiled;\nexport async function engine(bytes) {\n  compiled ??= await WebAssembly.compile(bytes);\n  return compiled;\n}\n`,
    // … from a chosen build of QuickJS, memoised as a promise that keeps the module too (bruno's script sandbox)
    `const { newQuickJSWASMModuleFromVariant } = require('quickjs-emscripten-core');\nlet QuickJSModule;\nlet modulePromise;\nconst loader = () => {\n  if (!modulePromise) {\n    modulePromise = newQuickJSWASMModuleFromVariant(variant)\n      .then((mod) => {\n        QuickJSModule = mod;\n        return mod;\n      })\n      .catch((error) => {\n        modulePromise = null;\n        throw error;\n      });\n  }\n  return modulePromise;\n};\nmodule.exports = { loader };\n`,
    // global slots the file declares as holding values (llamacoder's preview bundler): an init's promise, a cache of built bundles
    `import * as esbuild from 'esbuild-wasm';\ntype CachedBundle = { code: string; at: number };\ndeclare global {\n  var __esbuildInit: Promise<void> | undefined;\n  var __bundleCache: Map<string, CachedBundle> | undefined;\n}\nexport const ensureEsbuild = () => (globalThis.__esbuildInit ??= esbuild.initialize({ worker: true }));\nexport function bundleCache() {\n  globalThis.__bundleCache ??= new Map();\n  return globalThis.__bundleCache;\n}\n`,
    `const g = globalThis as unknown as { names: string[] | undefined };\nexport const names = () => (g.names ??= loadNames());\n`,
    // a level a function of another module computes (ioBroker's disk warning)
    `import { DEFAULT_DISK_WARNING_LEVEL, getDiskWarningLevel } from './tools';\nlet diskWarningLevel = DEFAULT_DISK_WARNING_LEVEL;\nexport function onStates(state) {\n  diskWarningLevel = getDiskWarningLevel(state);\n}\nexport const level = () => diskWarningLevel;\n`,
    // values a JavaScript file types in JSDoc, set for each run (overleaf's batched updates)
    { code: `const { ObjectId } = require('mongodb');\n/** @type {ObjectId | null} */\nlet ID_EDGE_PAST;\n/** @type {number} */\nlet BATCH_SIZE;\n/** @type {?ObjectId} */\nlet BATCH_RANGE_START;\n/** @type {Array<string>} */\nlet NAMES;\nfunction refresh(options) {\n  ID_EDGE_PAST = objectIdFromDate(new Date(options.since));\n  BATCH_SIZE = parseBatchSize(options);\n  BATCH_RANGE_START = objectIdFromInput(options.start);\n  NAMES = loadNames();\n}\nmodule.exports = { refresh };\n`, filename: 'batchedUpdate.js' },
    // a table of flags built on first use, typed by index signatures (ioredis' command flags)
    `interface FlagMap {\n  [flag: string]: { [command: string]: true };\n}\nexport class Command {\n  private static flagMap?: FlagMap;\n  static getFlagMap(): FlagMap {\n    if (!this.flagMap) this.flagMap = buildFlagMap();\n    return this.flagMap;\n  }\n}\n`,
    // a list a function of the module builds (engine.io's UTF-8 decoder's scratch code points)
    `function ucs2decode(string) {\n  var output = [];\n  for (var i = 0; i < string.length; i++) output.push(string.charCodeAt(i));\n  return output;\n}\nvar byteArray;\nfunction utf8decode(byteString) {\n  byteArray = ucs2decode(byteString);\n  return byteArray.length;\n}\n`,
    // a static given a number, a string or a boolean holds a value, whatever it is later set from
    `export class MarkdownTheme {\n  static MAX_LEVEL = 3;\n  constructor() { MarkdownTheme.MAX_LEVEL = this.getOption('maxLevel'); }\n}\n`,
    `export class Mode {\n  static current;\n  static reset() { Mode.current = 'idle'; }\n  static load() { Mode.current = readMode(); }\n}\n`,
    // given a string through a constant (Joplin's locale), whatever later fills it
    `const defaultLocale_ = 'en_GB';\nlet currentLocale_ = defaultLocale_;\nexport function setLocale(name) {\n  currentLocale_ = closestSupportedLocale(name);\n}\n`,
    // static readonly constants
    `export class Limits { static readonly DEFAULT = new Limits(); static readonly MAX = 3; }`,
    `export class Money { static readonly ZERO = new Money(0); static readonly EMPTY = new Set<string>(); constructor(readonly cents: number) {} }`,
    // …and, readonly or not, a constant of the class's own built from arguments (spacebar's permission masks)
    `export class Permissions {\n  constructor(readonly bits: bigint) {}\n  static NONE: Permissions = new Permissions(0n);\n  static DEFAULT_DM_PERMISSIONS = new Permissions(1n | 2n);\n}\n`,
    // frozen config, plain data and classes that are not singletons
    `export const config = Object.freeze({ retries: 3 });`,
    `export const cache = new Map<string, number>();`,
    `export const service = new UserService();`,
    // loggers, metric instruments and tracers
    `let jobsRunning: Counter | null = null;\nexport function jobsRunningCounter() { if (!jobsRunning) jobsRunning = metrics.getCounter('jobs.running'); return jobsRunning; }`,
    `let latency;\nexport const latencyHistogram = () => (latency ??= meter.createHistogram('latency'));`,
    `let tracer;\nexport function getTracer() { return (tracer ??= trace.getTracer('api')); }`,
    // a logger named for what it logs, or made by a logger class of the code's own (automatic-agent-platform's)
    `let dlqLogger: StructuredLogger | null = null;\nfunction getDlqLogger() {\n  dlqLogger ??= new StructuredLogger({ retentionLimit: 100 });\n  return dlqLogger;\n}\n`,
    `let health;\nexport const healthLog = () => (health ??= new StructuredLogger({ retentionLimit: 50 }));\n`,
    `let auditLogger;\nexport function audit() { auditLogger ??= makeSink('audit'); return auditLogger; }\n`,
    `let requests;\nexport function requestCounter() { return (requests ??= new client.Counter({ name: 'requests_total', help: 'requests' })); }`,
    // whatever a metrics or tracing package makes (prom-client's registry, etherpad's and trigger.dev's; an OpenTelemetry provider, voltagent's)
    `import { Registry } from 'prom-client';\nexport const register = new Registry();\n`,
    `import client from 'prom-client';\nconst register = new client.Registry();\n`,
    `const { Registry } = require('prom-client');\nmodule.exports = new Registry();\n`,
    // declared as a metrics package's type, whatever fills it (spacebar's IPC gauges)
    `import { Gauge } from 'prom-client';\nexport class SocketListener {\n  static openConnections?: Gauge;\n  constructor() {\n    SocketListener.openConnections = Monitoring.attachMetric('open', new Gauge({ name: 'open', help: 'open' }));\n  }\n}\n`,
    `import type * as client from 'prom-client';\nlet queued: client.Gauge | undefined;\nexport function queuedGauge() {\n  return (queued ??= register(createGauge('queued')));\n}\n`,
    `let evaluatorCatalogue: Record<string, unknown> | undefined;\nexport function getCatalogue() {\n  evaluatorCatalogue ??= buildEvaluatorCatalogue();\n  return evaluatorCatalogue;\n}\n`,
    // a class of the module's own is its base class's kind: a Dexie database lives in a page's IndexedDB (big-AGI)
    `import Dexie from 'dexie';\nclass BigAgiDB extends Dexie {}\nconst globalForDexie = globalThis as unknown as { bigAgiDB: BigAgiDB | undefined };\nconst _db = globalForDexie.bigAgiDB ?? new BigAgiDB();\nif (process.env.NODE_ENV !== 'production') globalForDexie.bigAgiDB = _db;\n`,
    // a require an ES module made itself (TypeAgent's lazy better-sqlite3)
    `import { createRequire } from 'node:module';\nlet sqliteCtor;\nfunction getSqliteCtor() {\n  if (!sqliteCtor) {\n    const r = createRequire(import.meta.url);\n    sqliteCtor = r('better-sqlite3');\n  }\n  return sqliteCtor;\n}\n`,
    `import module from 'node:module';\nconst load = module.createRequire(import.meta.url);\nlet pdf;\nexport const getPdf = () => (pdf ??= load('pdfjs-dist'));\n`,
    // formatters by fixed rules (agentset's), a logger's instance by its name (jackson's)
    `let formatter: Intl.NumberFormat | undefined;\nexport function formatNumber(n: number) {\n  formatter ??= new Intl.NumberFormat('en-US');\n  return formatter.format(n);\n}\n`,
    `let decoder;\nexport const decode = (bytes) => (decoder ??= new TextDecoder()).decode(bytes);\n`,
    `const g = globalThis as any;\nexport function getLogger() {\n  if (!g.loggerInstance) g.loggerInstance = initLogger('info');\n  return g.loggerInstance;\n}\n`,
    // Cal.com's booking embed lives in a page
    `import { getCalApi } from '@calcom/embed-react';\nlet calPromise;\nexport const getCal = () => (calPromise ??= getCalApi({ namespace: 'demo' }));\n`,
    // values on the global object, by their names or by what makes them (audiobookshelf's server)
    `export class Server {\n  constructor(configPath) {\n    global.ConfigPath = fileUtils.filePathToPOSIX(Path.normalize(configPath));\n    global.PodcastDownloadTimeout = toNumber(process.env.PODCAST_DOWNLOAD_TIMEOUT, 30000);\n  }\n  load(settings) { global.ServerSettings = settings.toJSON(); }\n}\n`,
    // a tokenizer or a model loaded once (lunary's)
    `import { Tiktoken } from 'js-tiktoken';\nlet anthropicTokenizer;\nexport function getAnthropicTokenizer() {\n  if (!anthropicTokenizer) anthropicTokenizer = new Tiktoken(ranks);\n  return anthropicTokenizer;\n}\n`,
    `import { pipeline } from '@xenova/transformers';\nlet nerPipeline: any = null;\nexport async function sentiment(text: string) {\n  nerPipeline ??= await pipeline('sentiment-analysis');\n  return nerPipeline(text);\n}\n`,
    // a syntax highlighter's grammars (cline's code blocks); an info record is data (its model catalogue)
    `import { createHighlighter, type Highlighter } from 'shiki';\nlet highlighterPromise: Promise<Highlighter> | undefined;\nexport const getHighlighter = () => (highlighterPromise ??= createHighlighter({ themes: ['github-dark'], langs: ['ts'] }));\n`,
    `import type { ModelInfo } from './types';\nlet sortedModelsCache: Record<string, Record<string, ModelInfo>> | undefined;\nexport function sortedModels() {\n  sortedModelsCache ??= sortAll(generatedModels);\n  return sortedModelsCache;\n}\n`,
    `import type { HighlighterCore } from 'shiki/core';\nlet highlighterPromise: Promise<HighlighterCore> | undefined;\nexport function getHighlighter() {\n  highlighterPromise ??= Promise.all([import('shiki/core'), import('shiki/engine/javascript')]).then(([core, engine]) => core.createHighlighterCore({ engine: engine.createJavaScriptRegexEngine() }));\n  return highlighterPromise;\n}\n`,
    // a markup converter or sanitizer, configured once (lemmy-ui's markdown, grist's, notesnook's DOMPurify)
    `import MarkdownIt from 'markdown-it';\nexport let md: MarkdownIt = new MarkdownIt();\nexport function setupMarkdown(config) {\n  md = new MarkdownIt(config).use(container);\n}\n`,
    `import { Marked } from 'marked';\nexport class Conversation {\n  private static _marked?: Marked;\n  static marked() { return (this._marked ??= new Marked({ gfm: true })); }\n}\n`,
    `import DOMPurify from 'dompurify';\nlet domPurify: DOMPurify.DOMPurify | undefined = undefined;\nexport function sanitize(html: string) {\n  if (!domPurify) domPurify = DOMPurify(createWindow());\n  return domPurify.sanitize(html);\n}\n`,
    `import { XMLBuilder } from 'fast-xml-parser';\nconst singletonXmlBuilder = util.memoize(function makeXmlBuilder() {\n  return new XMLBuilder({ format: true });\n});\n`,
    // a memo whose builder is declared to hand back values (appium's docs tooling)
    `export const isMkDocsInstalled = util.memoize(async (): Promise<boolean> => {\n  const found = await which('mkdocs', { nothrow: true });\n  return Boolean(found);\n});\nexport const findPython = util.memoize(async (): Promise<string | null> => (await which('python3')) ?? (await which('python')));\n`,
    // a class loaded on first use: code, not an instance (appium's optional MJPEG consumer)
    `type MJpegConsumerConstructor = new () => NodeJS.ReadWriteStream;\nlet MJpegConsumer: MJpegConsumerConstructor | null = null;\nasync function init() {\n  if (!MJpegConsumer) MJpegConsumer = (await requirePackage('mjpeg-consumer')) as MJpegConsumerConstructor;\n  return MJpegConsumer;\n}\n`,
    // clock readings are numbers
    `let lastModeStart = process.hrtime.bigint();\nlet tick = performance.now();\nexport function mark() {\n  lastModeStart = process.hrtime.bigint();\n  tick = performance.now();\n}\n`,
    // a pool of worker threads (cosmo's graph composition), and socket.io's server (openreplay's assist)
    `import WorkerPool from 'tinypool';\nlet composeGraphsPool: WorkerPool | undefined;\nexport function pool() {\n  if (!composeGraphsPool) composeGraphsPool = new WorkerPool({ filename });\n  return composeGraphsPool;\n}\n`,
    `const _io = require('socket.io');\nlet io;\nconst createSocketIOServer = function (server) {\n  if (io) return io;\n  io = _io(server, { path: '/socket' });\n  return io;\n};\nmodule.exports = { createSocketIOServer };\n`,
    `import { Server } from 'socket.io';\nlet io: Server | undefined;\nexport function attach(server) {\n  io = makeServer(server);\n}\n`,
    // … and its emitter, a worker's way to that server's sockets through Redis (uwazi's `setupWorkerSockets`)
    `import { Server } from 'socket.io';\nimport { createClient } from 'redis';\nimport { Emitter } from '@socket.io/redis-emitter';\nlet io: Server | Emitter;\nexport const setupApiSockets = (server) => {\n  io = new Server(server);\n};\nexport const setupWorkerSockets = () => {\n  if (io) return;\n  const redisClient = createClient({});\n  redisClient.on('ready', () => {\n    io = new Emitter(redisClient);\n  });\n};\n`,
    // a module imported for its types and loaded on first use
    `import type SuperJSON from 'superjson';\nlet sharedSuperjson: typeof SuperJSON | undefined;\nfunction getSuperjson() {\n  if (!sharedSuperjson) sharedSuperjson = loadModule('superjson') as typeof SuperJSON;\n  return sharedSuperjson;\n}\n`,
    `let ts: typeof import('typescript') | null = null;\nexport class Compiler {\n  static tsModule: typeof import('typescript');\n  static load() { Compiler.tsModule ??= loadTs(); ts ??= loadTs(); }\n}\n`,
    // the AI SDK's telemetry: a built-in module loaded once, through a local alias and a promise
    `import type * as diagnosticsChannelModule from 'node:diagnostics_channel';\ntype DiagnosticsChannel = typeof diagnosticsChannelModule;\nlet diagnosticsChannelPromise: Promise<DiagnosticsChannel | undefined> | undefined;\nasync function loadDiagnosticsChannel() {\n  if (diagnosticsChannelPromise == null) diagnosticsChannelPromise = Promise.resolve(loadBuiltinModule('node:diagnostics_channel'));\n  return diagnosticsChannelPromise;\n}\n`,
    // a logging library's transport: one worker thread for every logger (langwatch's observability package)
    `import pino, { type DestinationStream } from 'pino';\nlet sharedTransport: DestinationStream | null = null;\nfunction getSharedTransport() {\n  sharedTransport ??= pino.transport({ target: 'pino-pretty' });\n  return sharedTransport;\n}\n`,
    `import { transports } from 'winston';\nlet fileTransport;\nexport const getFileTransport = () => (fileTransport ??= new transports.File({ filename: 'app.log' }));\n`,
    // a tracing pipeline's exporters, whatever their package or class (genkit's Google Cloud plugin)
    `import { TraceExporter } from '@google-cloud/opentelemetry-cloud-trace-exporter';\nlet exporter: TraceExporter;\nexport function start() {\n  exporter = new TraceExporter({ projectId });\n}\n`,
    `let spanExporter: AdjustingTraceExporter;\nlet metricExporter: PushMetricExporter;\nexport class Telemetry {\n  async init() {\n    spanExporter = new AdjustingTraceExporter(base);\n    metricExporter = await this.buildMetricExporter();\n  }\n}\n`,
    // Node's own instrumentation: a process-wide hook, the event loop's delay
    `import { createHook } from 'node:async_hooks';\nlet labelHook: AsyncHook | null = null;\nexport function install() {\n  labelHook = createHook({ init: label });\n  labelHook.enable();\n}\n`,
    `import { monitorEventLoopDelay, type IntervalHistogram } from 'perf_hooks';\nlet delay: IntervalHistogram | null = null;\nexport function start() {\n  delay = monitorEventLoopDelay({ resolution: 10 });\n  delay.enable();\n}\n`,
    // a server's product-analytics client: each event names its user (rallly's, through its own package)
    `import { PostHog } from '@rallly/posthog/server';\nlet instance: PostHog | undefined;\nexport function posthog() {\n  if (!instance) instance = new PostHog(key, { flushAt: 20 });\n  return instance;\n}\n`,
    // an instrumentation, patching a library once for the process (OpenLLMetry's)
    `import { OpenAIInstrumentation } from '@traceloop/instrumentation-openai';\nlet openAIInstrumentation: OpenAIInstrumentation | undefined;\nexport const initInstrumentations = () => {\n  openAIInstrumentation = new OpenAIInstrumentation({ enrichTokens: true });\n  return [openAIInstrumentation];\n};\n`,
    // a record of OpenTelemetry instruments, made once for a meter (ax's metrics)
    `import type { Counter, Histogram, Meter } from '@opentelemetry/api';\nexport interface AIMetricsInstruments {\n  latencyHistogram?: Histogram;\n  errorCounter?: Counter;\n}\nlet instruments: AIMetricsInstruments | undefined;\nexport const getOrCreateInstruments = (meter: Meter) => (instruments ??= createMetricsInstruments(meter));\n`,
    // a telemetry integration (the AI SDK's devtools, cached on the global object across reloads)
    `import { DevToolsTelemetry } from '@ai-sdk/devtools';\nfunction getIntegration() {\n  const g = globalThis;\n  if (g.__devToolsIntegration == null) g.__devToolsIntegration = DevToolsTelemetry();\n  return g.__devToolsIntegration;\n}\n`,
    `import TelemetryDeck from '@telemetrydeck/sdk';\nlet tdInstance = null;\nexport function initializeTelemetry() {\n  if (!tdInstance) tdInstance = new TelemetryDeck({ appID, clientUser: uuidv4() });\n  return tdInstance;\n}\n`,
    `import { Analytics } from '@segment/analytics-node';\nlet analytics: Analytics | undefined;\nexport const getAnalytics = () => (analytics ??= new Analytics({ writeKey }));\n`,
    // …through a constant taken from its module (openpanel's worker metrics)
    `import client from 'prom-client';\nconst Registry = client.Registry;\nexport const register = new Registry();\n`,
    `import { prometheus } from '@hono/prometheus';\nconst g = globalThis as typeof globalThis & { __prom?: ReturnType<typeof prometheus> };\nexport const handlers = (g.__prom ??= prometheus({ prefix: 'app_' }));\n`,
    `import { LoggerProvider } from '@opentelemetry/sdk-logs';\nexport function setup() {\n  (globalThis as any).__otelLogs = new LoggerProvider({});\n}\n`,
    // a trace provider (the OpenAI Agents SDK's, on the global object with a module fallback)
    `let moduleTraceProvider: TraceProvider | undefined;\nfunction getModuleTraceProvider() {\n  if (!moduleTraceProvider) moduleTraceProvider = new TraceProvider();\n  return moduleTraceProvider;\n}\nexport function getGlobalTraceProvider() {\n  const holder = globalThis as unknown as Record<symbol, TraceProvider | undefined>;\n  const existing = holder[symbol];\n  if (existing) return existing;\n  try {\n    const provider = new TraceProvider();\n    holder[symbol] = provider;\n    return provider;\n  } catch {\n    return getModuleTraceProvider();\n  }\n}\n`,
    // the process's own health: its memory, its event loop, its start-up phases (gemini-cli's telemetry)
    `let globalMemoryMonitor: MemoryMonitor | null = null;\nexport function initializeMemoryMonitor() {\n  if (!globalMemoryMonitor) globalMemoryMonitor = new MemoryMonitor();\n  return globalMemoryMonitor;\n}\n`,
    `let globalEventLoopMonitor: EventLoopMonitor | null = null;\nexport function start(config: Config) {\n  if (!globalEventLoopMonitor) globalEventLoopMonitor = new EventLoopMonitor();\n  globalEventLoopMonitor.start(config);\n}\n`,
    `export class StartupProfiler {\n  private static instance: StartupProfiler;\n  static getInstance() {\n    if (!StartupProfiler.instance) StartupProfiler.instance = new StartupProfiler();\n    return StartupProfiler.instance;\n  }\n}\n`,
    // an id generator: unique across the process is what it is for (agentic's request ids)
    `import { EventId } from 'eventid';\nlet eventIdGenerator: EventId | undefined;\nexport function nextId() {\n  if (!eventIdGenerator) eventIdGenerator = new EventId();\n  return eventIdGenerator.new();\n}\n`,
    `import { Snowflake } from '@sapphire/snowflake';\nlet snowflake;\nexport const nextId = () => (snowflake ??= new Snowflake(epoch)).generate();\n`,
    // metadata and schemas are data (gemini-cli's client metadata; the MCP SDK's wire schemas, built on first use)
    `import type { ClientMetadata } from './types.js';\nlet clientMetadataPromise: Promise<ClientMetadata> | undefined;\nexport function getClientMetadata() {\n  if (!clientMetadataPromise) clientMetadataPromise = (async () => ({ platform: process.platform }))();\n  return clientMetadataPromise;\n}\n`,
    `function build() {\n  const A = z.object({ a: z.string() });\n  return { A };\n}\nexport type WireSchemas = ReturnType<typeof build>;\nlet memo: WireSchemas | undefined;\nexport function buildSchemas(): WireSchemas {\n  return (memo ??= build());\n}\n`,
    // declared as a browser SDK's object, whatever fills it (supermemory's extension)
    // FingerprintJS' agent, reading the visitor's own browser (ai-matrx-admin's guest identification)
    `import FingerprintJS from '@fingerprintjs/fingerprintjs';\nlet fpPromise: Promise<any> | null = null;\nfunction initFingerprint() {\n  if (!fpPromise) fpPromise = FingerprintJS.load();\n  return fpPromise;\n}\nexport async function getVisitorId() {\n  const fp = await initFingerprint();\n  return (await fp.get()).visitorId;\n}\n`,
    `import { PostHog } from 'posthog-js/dist/module.no-external';\nlet initializationPromise: Promise<PostHog> | null = null;\nexport async function getPostHogInstance() {\n  if (initializationPromise) return initializationPromise;\n  initializationPromise = initializePostHog();\n  return initializationPromise;\n}\n`,
    // a global cache returned by a function declared to return values (mikro-orm's entity schema registry)
    `export class EntitySchema {\n  static get REGISTRY(): Map<string, EntitySchema> {\n    const key = Symbol.for('@orm/EntitySchema.REGISTRY');\n    return ((globalThis as any)[key] ??= new Map());\n  }\n}\n`,
    `export const seenSchemas = (): Set<string> => ((globalThis as any).__seenSchemas ??= new Set());\n`,
    // a registry of schemas and their metadata: code's own description, keyed by the schemas (langgraph's zod registries)
    `export class SchemaMetaRegistry { _map = new Map(); }\nexport const schemaMetaRegistry = new SchemaMetaRegistry();\nexport const registry = new LanggraphZodMetaRegistry(schemaMetaRegistry);\n`,
    // the machine's load, watched for the process (firecrawl's SystemMonitor)
    `class SystemMonitor {\n  private static instance: SystemMonitor;\n  static async getInstance() {\n    if (!SystemMonitor.instance) SystemMonitor.instance = new SystemMonitor();\n    return SystemMonitor.instance;\n  }\n}\n`,
    // a binding to a native library, loaded once (firecrawl's Rust and Go helpers through koffi)
    `import koffi, { KoffiFunction } from 'koffi';\nclass RustCrawler {\n  private static instance: RustCrawler;\n  private _filterLinks: KoffiFunction;\n  private constructor() {\n    const lib = koffi.load(path);\n    this._filterLinks = lib.func('filter_links', 'string', ['string']);\n  }\n  static async getInstance() {\n    if (!RustCrawler.instance) RustCrawler.instance = new RustCrawler();\n    return RustCrawler.instance;\n  }\n}\n`,
    `const ffi = require('ffi-napi');\nclass Native {\n  constructor() { this.lib = ffi.Library('libnative', { convert: ['string', ['string']] }); }\n}\nlet native;\nexports.getNative = () => (native ??= new Native());\n`,
    // the one channel to a native runtime, started through its FFI bindings (LiveKit's FfiClient)
    `import { livekitInitialize } from '@livekit/rtc-ffi-bindings';\ndeclare global { var _ffiClientInstance: FfiClient | undefined; }\nexport class FfiClient extends EventEmitter {\n  static get instance(): FfiClient {\n    if (!globalThis._ffiClientInstance) globalThis._ffiClientInstance = new FfiClient();\n    return globalThis._ffiClientInstance;\n  }\n  private _nextId = BigInt(0);\n  constructor() {\n    super();\n    livekitInitialize((data) => this.emit('ffi_event', data), true);\n  }\n  nextId() { return ++this._nextId; }\n}\n`,
    // Web Audio's buffers are a page's (mcp-use's widget sounds)
    `let softBuffer: AudioBuffer | null = null;\nexport async function initAudio() {\n  softBuffer = await decode(SAMPLE);\n}\n`,
    // the platform's require, kept where there is one: a module loaded on first use (mcp-use's node:vm)
    `let vm: any = null;\nfunction tryLoadVM() {\n  const nodeRequire = typeof require !== 'undefined' ? require : null;\n  if (nodeRequire) {\n    vm = nodeRequire(['node', 'vm'].join(':'));\n    return true;\n  }\n  return false;\n}\n`,
    // … also through a function of the module's that picks the module out of what the require handed back (agentos' CommonJS interop)
    `import { createRequire } from 'node:module';\ntype NaturalModule = { PorterStemmer?: { stem(word: string): string } };\nlet cachedNaturalModule: NaturalModule | null | undefined;\nfunction normalizeNaturalModule(moduleValue: unknown): NaturalModule | null {\n  const candidate = (moduleValue as { default?: unknown } | null)?.default ?? moduleValue;\n  return candidate && typeof candidate === 'object' ? (candidate as NaturalModule) : null;\n}\nexport function getNaturalModule(): NaturalModule | null {\n  if (cachedNaturalModule !== undefined) return cachedNaturalModule;\n  try {\n    const require = createRequire(import.meta.url);\n    cachedNaturalModule = normalizeNaturalModule(require('natural'));\n  } catch {\n    cachedNaturalModule = null;\n  }\n  return cachedNaturalModule;\n}\n`,
    // a manager that keeps the collaboration server and its name: the server (plane's live server)
    `import { Hocuspocus } from '@hocuspocus/server';\nexport class HocusPocusServerManager {\n  private static instance: HocusPocusServerManager | null = null;\n  private server: Hocuspocus | null = null;\n  private serverName = env.HOSTNAME || uuidv4();\n  static getInstance() {\n    if (!HocusPocusServerManager.instance) HocusPocusServerManager.instance = new HocusPocusServerManager();\n    return HocusPocusServerManager.instance;\n  }\n  async initialize() {\n    this.server = new Hocuspocus({ name: this.serverName });\n    return this.server;\n  }\n}\n`,
    // every Google Cloud client library's client is the platform's, on the server's credentials (moksh009's chatbot)
    `const textToSpeech = require('@google-cloud/text-to-speech');\nlet ttsClient;\nfunction getTTSClient() {\n  if (ttsClient) return ttsClient;\n  const config = {};\n  if (process.env.GOOGLE_TTS_KEY_FILE) config.keyFilename = process.env.GOOGLE_TTS_KEY_FILE;\n  ttsClient = new textToSpeech.TextToSpeechClient(config);\n  return ttsClient;\n}\nmodule.exports = { getTTSClient };\n`,
    `import { VertexAI } from '@google-cloud/vertexai';\nlet vertex: VertexAI | null = null;\nexport function getVertex() {\n  if (!vertex) vertex = new VertexAI({ project: process.env.GCP_PROJECT, location: 'us-central1' });\n  return vertex;\n}\n`,
    // … also when the SDK is an optional dependency, loaded where it is installed
    `let VertexAI;\ntry {\n  VertexAI = require('@google-cloud/vertexai').VertexAI;\n} catch (e) {\n  VertexAI = null;\n}\nlet vertexPlatformInstance = null;\nfunction getVertexInstance() {\n  if (vertexPlatformInstance) return vertexPlatformInstance;\n  vertexPlatformInstance = new VertexAI({ project: process.env.GCP_PROJECT_ID, location: 'us-central1' });\n  return vertexPlatformInstance;\n}\nmodule.exports = { getVertexInstance };\n`,
    // … or destructured from one (troika's AI agent backend: its Redis client, with a no-op fallback)
    `let createClient;\ntry {\n  ({ createClient } = require('redis'));\n} catch (e) {\n  createClient = null;\n}\nlet client = null;\nasync function init() {\n  if (client || !createClient) return client;\n  client = createClient({ url: process.env.REDIS_URL });\n  return client;\n}\nmodule.exports = { init };\n`,
    // … or the promise of one a function run on the spot connects (walkin-watchdog's, emptied when it settles)
    `import { createClient } from 'redis';\nlet client: any = null;\nlet connecting: Promise<any> | null = null;\nexport async function getRedisClient() {\n  if (client) return client;\n  if (connecting) return connecting;\n  connecting = (async () => {\n    try {\n      const c = createClient({ url: process.env.REDIS_URL });\n      await c.connect();\n      client = c;\n      return c;\n    } catch {\n      return null;\n    } finally {\n      connecting = null;\n    }\n  })();\n  return connecting;\n}\n`,
    // … as a database's client is, however it is loaded
    `let db;\nexport function getDb() {\n  db ??= (async () => {\n    const { Client } = await import('pg');\n    return new Client();\n  })();\n  return db;\n}\n`,
    // a feature-flag service's client, made with the server's key, loaded on first use (walkin-watchdog's Unleash client)
    `let unleash: any;\nlet unleashClient: any | null;\nfunction getClient() {\n  if (!process.env.UNLEASH_URL) return null;\n  if (!unleashClient) {\n    unleash = require('unleash-client');\n    unleashClient = unleash.initialize({ url: process.env.UNLEASH_URL, appName: 'saas-backend' });\n  }\n  return unleashClient;\n}\nexport const isEnabled = (feature: string, tenantId: string) => getClient()?.isEnabled(feature, { tenantId }) ?? true;\n`,
    `import * as LaunchDarkly from '@launchdarkly/node-server-sdk';\nlet ld: LaunchDarkly.LDClient | undefined;\nexport function flags() {\n  ld ??= LaunchDarkly.init(process.env.LD_SDK_KEY!);\n  return ld;\n}\n`,
    // a WebSocket server's wrapper, with the connections that came in on it by tenant (multi-tenant-hms' realtime server)
    `import { WebSocketServer, WebSocket } from 'ws';\nimport type { Server } from 'http';\ninterface AuthenticatedWebSocket extends WebSocket {\n  tenantId?: string;\n}\nexport class RealtimeServer {\n  private wss: WebSocketServer;\n  private clients: Map<string, Set<AuthenticatedWebSocket>> = new Map();\n  private heartbeat: NodeJS.Timeout | null = null;\n  constructor(server: Server) {\n    this.wss = new WebSocketServer({ server, path: '/ws' });\n  }\n  broadcast(tenantId: string, message: string) {\n    this.clients.get(tenantId)?.forEach((client) => client.send(message));\n  }\n}\nlet realtimeServer: RealtimeServer;\nexport function initializeWebSocketServer(server: Server) {\n  realtimeServer = new RealtimeServer(server);\n  return realtimeServer;\n}\nexport function getRealtimeServer() {\n  return realtimeServer;\n}\n`,
    // an instance that keeps nothing: methods over the module's database pool, no field, no write to itself (gHashTag's project manager)
    `import { Pool } from 'pg';\nlet dbPool: Pool | null = null;\nconst pool = () => (dbPool ??= new Pool());\nexport class ProjectManager {\n  async getProjectById(id: number) {\n    const { rows } = await pool().query('SELECT * FROM projects WHERE id = $1', [id]);\n    return rows[0];\n  }\n}\nexport const projectManager = new ProjectManager();\n`,
    `export class RetryManager {\n  private static BACKOFF = { exponential: (attempt: number) => 2 ** attempt * 100 };\n  async executeWithRetry<T>(operation: () => Promise<T>, attempts = 3): Promise<T> {\n    for (let attempt = 1; ; attempt++) {\n      try {\n        return await operation();\n      } catch (error) {\n        if (attempt >= attempts) throw error;\n        await this.sleep(RetryManager.BACKOFF.exponential(attempt));\n      }\n    }\n  }\n  private sleep(ms: number) {\n    return new Promise((resolve) => setTimeout(resolve, ms));\n  }\n}\nlet retryManager: RetryManager | null = null;\nexport function getRetryManager() {\n  if (!retryManager) retryManager = new RetryManager();\n  return retryManager;\n}\n`,
    // an instance method's own member named so is the instance's, not the class's; a static one holding the database's pool is shared by design
    { code: `class Chart {\n  mount(el) {\n    this.instance = new ChartJS(el);\n  }\n}\nmodule.exports = Chart;\n`, filename: 'src/chart.js' },
    { code: `const { Pool } = require('pg');\nclass Db {\n  static getInstance() {\n    if (!this.instance) this.instance = new Pool({ connectionString: process.env.DATABASE_URL });\n    return this.instance;\n  }\n}\nmodule.exports = Db;\n`, filename: 'src/db.js' },
    // a JavaScript class whose constructor sets only what is shared by design, keeping its first instance (anything-llm's tokenizer)
    { code: `const { getEncoding } = require('js-tiktoken');\nclass TikTokenTokenizer {\n  constructor() {\n    if (TikTokenTokenizer.instance) return TikTokenTokenizer.instance;\n    this.encoder = getEncoding('cl100k_base');\n    TikTokenTokenizer.instance = this;\n  }\n  count(input) {\n    return this.encoder.encode(input).length;\n  }\n}\nmodule.exports = { TikTokenTokenizer };\n`, filename: 'src/utils/tokenizer.js' },
    // socket.io's server, made by the package's export called where it is required (4humans' socket module)
    `let io;\nmodule.exports = {\n  init: (serverInstance, options = null) => {\n    io = require('socket.io')(serverInstance, options);\n    return io;\n  },\n  getIO: () => io,\n};\n`,
    // a service the app registered, looked up by its name: the app's, not one the module made (Feathers' app.service, a framework's this.services)
    `let users;\nexport default function (app) {\n  users = app.service('users');\n}\nexport const find = (query) => users.find(query);\n`,
    `let personService;\nmodule.exports = {\n  actions: {\n    me(ctx) {\n      return personService.toJSON(ctx.user);\n    },\n  },\n  init(ctx) {\n    personService = this.services('persons');\n  },\n};\n`,
    // a temporary directory's path, made once for the process (aroma's test data directory)
    `const fs = require('fs');\nlet redirected = null;\nfunction redirectDir() {\n  if (!redirected) redirected = fs.mkdtempSync(path.join(os.tmpdir(), 'data-test-'));\n  return redirected;\n}\nmodule.exports = { redirectDir };\n`,
    // a Redis client by its getter's name, kept on the global object for the socket server's adapter
    `const { getAppRedis } = require('./redisFactory');\nconst redisClient = getAppRedis();\nif (redisClient) global.redisClient = redisClient;\nmodule.exports = redisClient;\n`,
    // what watches the database's connections, and an error tracker: telemetry (multi-tenant-platform's monitors)
    `export class ConnectionMonitor {\n  private static instance: ConnectionMonitor;\n  private connectionCount = 0;\n  private history: Array<{ timestamp: number; action: 'acquire' | 'release' }> = [];\n  static getInstance() {\n    if (!ConnectionMonitor.instance) ConnectionMonitor.instance = new ConnectionMonitor();\n    return ConnectionMonitor.instance;\n  }\n  acquire() {\n    this.connectionCount++;\n    this.history.push({ timestamp: Date.now(), action: 'acquire' });\n  }\n}\n`,
    `class ErrorTracker {\n  private errors: Array<{ message: string; at: number }> = [];\n  track(error: Error) { this.errors.push({ message: error.message, at: Date.now() }); }\n}\nlet tracker: ErrorTracker | undefined;\nexport const getErrorTracker = () => (tracker ??= new ErrorTracker());\n`,
    // a breaker per downstream, a bulkhead per resource, a tracing service (agentos', Aethermind's)
    `export class LLMProviderHealthRegistry {\n  private readonly records = new Map<string, { failures: number; openUntil: number }>();\n  isOpen(providerId: string) {\n    return (this.records.get(providerId)?.openUntil ?? 0) > Date.now();\n  }\n}\nexport const globalLLMProviderHealth = new LLMProviderHealthRegistry();\n`,
    `export class BulkheadManager {\n  private bulkheads = new Map<string, { active: number; max: number }>();\n  acquire(name: string) {\n    const b = this.bulkheads.get(name) ?? { active: 0, max: 10 };\n    b.active++;\n    this.bulkheads.set(name, b);\n  }\n}\nexport const bulkheadManager = new BulkheadManager();\n`,
    `class TracingService {\n  private spans = new Map<string, { name: string; start: number }>();\n  constructor(private config: { serviceName: string }) {}\n}\nlet globalTracer: TracingService | null = null;\nexport function initTracing(config: { serviceName: string }) {\n  globalTracer = new TracingService(config);\n  return globalTracer;\n}\n`,
    // the store a rate limiter keeps its counts in, by key (locnguyen0904's Redis store for express-rate-limit)
    `import rateLimit from 'express-rate-limit';\nimport { RedisStore } from 'rate-limit-redis';\nlet redisStore: RedisStore | undefined;\nconst getStore = () => {\n  if (redisStore) return redisStore;\n  redisStore = new RedisStore({ sendCommand: (...args: string[]) => client.call(...args), prefix: 'rl:' });\n  return redisStore;\n};\nexport const apiLimiter = rateLimit({ windowMs: 60_000, store: getStore() });\n`,
    // a token bucket is a rate limiter by another name (llm-gateway's per-IP limiters)
    // an expression language's evaluator, loaded on first use (chainreact's workflow mappings)
    `let jexlInstancePromise: Promise<any> | null = null;\nasync function loadJexl() {\n  if (!jexlInstancePromise) {\n    jexlInstancePromise = import('jexl').then((mod) => {\n      const JexlCtor = (mod as any).Jexl ?? (mod as any).default ?? mod;\n      return new JexlCtor();\n    });\n  }\n  return jexlInstancePromise;\n}\nexport async function evaluate(expr: string, context: Record<string, unknown>) {\n  return (await loadJexl()).eval(expr, context);\n}\n`,
    // an IP blocklist, banning abusive addresses for every request (aidos' IpBlacklistManager)
    `class IpBlacklistManager {\n  private entries = new Map<string, BlacklistEntry>();\n  constructor(private config: IpBlacklistConfig) {}\n  ban(ip: string, reason: string) { this.entries.set(ip, { ip, reason, blockedAt: Date.now() }); }\n}\nexport const ipBlacklist = new IpBlacklistManager({ defaultBanDuration: 3600 });\n`,
    `class TokenBucket {\n  private buckets = new Map<string, { tokens: number }>();\n  constructor(private capacity: number, private windowMs: number) {}\n}\nlet ipLimiter = new TokenBucket(600, 60_000);\nexport function configureLimits(perMinute: number) {\n  ipLimiter = new TokenBucket(perMinute, 60_000);\n}\nexport const hit = (ip: string) => ipLimiter;\n`,
    // a class that runs cron jobs of its own is the process's scheduler, as the job's handle is (EasyEscrow's expiry schedulers)
    `import * as cron from 'node-cron';\nexport class OfferExpiryScheduler {\n  private static instance: OfferExpiryScheduler;\n  private job: cron.ScheduledTask | null = null;\n  private lastRun: Date | null = null;\n  static getInstance(): OfferExpiryScheduler {\n    if (!OfferExpiryScheduler.instance) OfferExpiryScheduler.instance = new OfferExpiryScheduler();\n    return OfferExpiryScheduler.instance;\n  }\n  start() {\n    this.job = cron.schedule('* * * * *', () => { this.lastRun = new Date(); });\n  }\n}\nlet schedulerInstance: OfferExpiryScheduler | null = null;\nexport function getOfferExpiryScheduler(config?: object): OfferExpiryScheduler {\n  if (!schedulerInstance) schedulerInstance = OfferExpiryScheduler.getInstance();\n  return schedulerInstance;\n}\n`,
    `const { CronJob } = require('cron');\nclass Backups {\n  constructor() { this.jobs = []; }\n  start() { this.jobs.push(new CronJob('0 3 * * 0', () => backUp())); }\n}\nlet backups;\nexports.getBackups = () => (backups ??= new Backups());\n`,
    // … and the values it sets itself: a reconnect counter (midcurve's RabbitMQ connection manager, kept on globalThis across reloads)
    `import amqplib, { type ChannelModel, type Channel } from 'amqplib';\nclass RabbitMQConnectionManager {\n  private connection: ChannelModel | null = null;\n  private channel: Channel | null = null;\n  private connecting: Promise<Channel> | null = null;\n  private reconnectAttempts = 0;\n  async getChannel(): Promise<Channel> {\n    if (this.channel) return this.channel;\n    this.connecting ??= this.connect();\n    return this.connecting;\n  }\n  private async connect(): Promise<Channel> {\n    this.connection = await amqplib.connect(process.env.RABBITMQ_URL!);\n    this.reconnectAttempts = 0;\n    this.channel = await this.connection.createChannel();\n    return this.channel;\n  }\n  onClose() {\n    this.reconnectAttempts = this.reconnectAttempts + 1;\n  }\n}\nconst globalForRabbitMQ = globalThis as unknown as { automationRabbitMQ: RabbitMQConnectionManager | undefined };\nexport function getRabbitMQConnection(): RabbitMQConnectionManager {\n  if (!globalForRabbitMQ.automationRabbitMQ) globalForRabbitMQ.automationRabbitMQ = new RabbitMQConnectionManager();\n  return globalForRabbitMQ.automationRabbitMQ;\n}\n`,
    // … its Prisma client, from the workspace's own database package, and its logger, by their types' names (EasyEscrow's and midcurve's services)
    `import { PrismaClient } from '@acme/database';\nimport { createServiceLogger, type ServiceLogger } from '../logging';\nexport class InstitutionAuthService {\n  private prisma: PrismaClient;\n  private readonly logger: ServiceLogger;\n  constructor(prisma: PrismaClient) {\n    this.prisma = prisma;\n    this.logger = createServiceLogger('auth');\n  }\n  login(email: string) { return this.prisma.user.findUnique({ where: { email } }); }\n}\nlet instance: InstitutionAuthService | null = null;\nexport function getInstitutionAuthService(): InstitutionAuthService {\n  if (!instance) instance = new InstitutionAuthService(prisma);\n  return instance;\n}\n`,
    // a class around a logger is a logger (continue's LoggerClass)
    `import winston from 'winston';\nclass LoggerClass {\n  private static instance: LoggerClass;\n  private winston: winston.Logger;\n  private constructor() { this.winston = winston.createLogger({ level: 'info' }); }\n  static getInstance() { return (LoggerClass.instance ??= new LoggerClass()); }\n}\n`,
    // a record keyed by a type's keys, of bytes (latitude's OG-card fonts, fetched once)
    `const FONT_URLS = { regular: 'https://cdn/r.ttf', semibold: 'https://cdn/s.ttf' } as const;\ntype Weight = keyof typeof FONT_URLS;\nlet cache: Partial<Record<Weight, ArrayBuffer>> = {};\nconst fetchFonts = async () => {\n  const entries = await Promise.all(Object.entries(FONT_URLS).map(async ([w, url]) => [w, await (await fetch(url)).arrayBuffer()]));\n  cache = Object.fromEntries(entries);\n};\n`,
    // a concurrency cap by its plain name (ws' zlib limiter: zlib's thread pool is the process's)
    `const Limiter = require('./limiter');\nlet zlibLimiter;\nclass PerMessageDeflate {\n  constructor(options) {\n    if (!zlibLimiter) zlibLimiter = new Limiter(options.concurrencyLimit ?? 10);\n  }\n}\nmodule.exports = PerMessageDeflate;\n`,
    // typed by the cast of its first value: a list (open-next's dev tag cache)
    `let tags = JSON.parse(text) as { tag: { S: string }; path: { S: string } }[];\nexport function writeTags(newTags) {\n  tags = unchanged(tags).concat(newTags.map((t) => ({ tag: { S: t.tag }, path: { S: t.path } })));\n}\n`,
    // a fetch function with its defaults, on the global object (nitro's $fetch)
    `export function createNitroApp() {\n  const $fetch = createFetch({ fetch: localFetch, defaults: { baseURL } });\n  globalThis.$fetch = $fetch;\n}\n`,
    // a memo of an optional module, and of a tracer where there is one (workflow's telemetry)
    `const OtelApi = once(async () => {\n  try {\n    return await import('@opentelemetry/api');\n  } catch {\n    return null;\n  }\n});\nconst Tracer = once(async () => {\n  const api = await OtelApi.value;\n  if (!api) return null;\n  return api.trace.getTracer('workflow');\n});\n`,
    // a constructor's type: the library's entry point, loaded on first use (Astro's sharp service)
    `import type { SharpConstructor } from 'sharp';\nlet sharp: SharpConstructor;\nasync function loadSharp(): Promise<SharpConstructor> {\n  const sharpImport = (await import('sharp')).default;\n  sharpImport.cache(false);\n  return sharpImport;\n}\nexport async function transform(buffer) {\n  if (!sharp) sharp = await loadSharp();\n  return sharp(buffer).webp().toBuffer();\n}\n`,
    // the application itself, made on the first request (Astro's Cloudflare adapter)
    `import { createApp } from 'astro/app/entrypoint';\nlet app: ReturnType<typeof createApp> | undefined;\nfunction ensureInitialized() {\n  if (!app) app = createApp();\n}\nexport async function handle(request) {\n  ensureInitialized();\n  return app!.render(request);\n}\n`,
    // a promise of a record of records the module declares, three aliases down (sourcebot's models.dev catalog)
    `type ModelsDevModel = { id: string; name?: string };\ntype ModelsDevProvider = { id: string; models?: Record<string, ModelsDevModel> };\ntype ModelsDevCatalog = Record<string, ModelsDevProvider>;\nlet catalogPromise: Promise<ModelsDevCatalog | null> | null = null;\nexport function loadCatalog() {\n  if (!catalogPromise) catalogPromise = (async () => (await fetch(url)).json() as Promise<ModelsDevCatalog>)();\n  return catalogPromise;\n}\n`,
    // an in-flight fetch of values, shared while it runs (apostrophe's literal-route matchers)
    `let cached = null;\nlet inflight = null;\nasync function fetchManifest() {\n  const res = await fetch(url);\n  const { patterns } = await res.json();\n  return (patterns || []).map(toRegExp);\n}\nexport function getMatchers() {\n  if (cached) return Promise.resolve(cached);\n  if (!inflight) {\n    inflight = fetchManifest()\n      .then((matchers) => { cached = matchers; return matchers; })\n      .catch((err) => { cached = []; return cached; })\n      .finally(() => { inflight = null; });\n  }\n  return inflight;\n}\n`,
    // … or over any call, once a \`.then\` callback of the module's own replaces what it settles to (puter's shared roots)
    `import list_all_shared from './list_all_shared.js';\nconst roots = new Map();\nlet loaded = false;\nlet inflight = null;\nexport const remember_shared_roots = (shares) => {\n  roots.clear();\n  for (const share of shares) roots.set(share.path, { mode: share.mode });\n  loaded = true;\n};\nconst load_once = () => {\n  if (loaded) return Promise.resolve();\n  inflight ??= list_all_shared()\n    .then(remember_shared_roots)\n    .catch(() => {})\n    .finally(() => { inflight = null; });\n  return inflight;\n};\nexport { load_once };\n`,
    // a no-op stand-in keeps nothing (trigger.dev's API facades, OpenTelemetry's)
    `const NOOP_MANAGER = new NoopRunMetadataManager();\nexport class RunMetadataAPI {\n  static get() { return NOOP_MANAGER; }\n}\n`,
    `let tracer;\nexport function getTracer() { return (tracer ??= new NoopTracer()); }\nexport class Api { static readonly instance = new NoOpEngine(); }\n`,
    // a named cache of a string (trigger.dev's database schema, read into SQL text)
    `const DATABASE_SCHEMA = singleton('DATABASE_SCHEMA', getDatabaseSchema);\nexport const sqlDatabaseSchema = Prisma.sql([\`\${DATABASE_SCHEMA}\`]);\n`,
    // an initialisation latch: a promise of nothing holds nothing
    `let initPromise: Promise<void>;\nexport function init() { if (!initPromise) initPromise = (async () => { await connect(); })(); return initPromise; }`,
    `let logger; export function log() { logger ??= createLogger(); return logger; }`,
    `export const logger = new Logger('app');`,
    // allow-listed names
    { code: `export const agentRegistry = new AgentRegistry();`, settings: { ssot: { allow: ['AgentRegistry'] } } },
    { code: `let shared; export function get() { return (shared ??= new SharedPool()); }`, settings: { ssot: { allow: ['shared'] } } },
    // a per-request creator
    `export function createAgentInstanceFactory(ctx) { return new AgentInstanceFactory(ctx); }`,
    // a const arrow at module level is not a holder
    `export const make = () => new AgentInstanceFactory();`,
    // a page's own cache: filled only where a browser test holds, never by a server process
    `let browserQueryClient: QueryClient | undefined;\nexport function getQueryClient() {\n  if (isServer) {\n    return makeQueryClient();\n  } else {\n    if (!browserQueryClient) browserQueryClient = makeQueryClient();\n    return browserQueryClient;\n  }\n}\n`,
    `let ws = null;\nconst getWs = () => {\n  if (typeof window === 'undefined') return null;\n  if (!ws) {\n    ws = createWSClient({ url: '/ws' });\n  }\n  return ws;\n};\n`,
    `const isBrowser = typeof document !== 'undefined';\nlet store;\nexport function getStore() { return isBrowser ? (store ??= createStore()) : createStore(); }`,
    `let client;\nexport function getClient() { if (typeof window === 'undefined' || !enabled) { throw new Error('browser only'); } client ??= new Client(); return client; }`,
    `let tracker;\nexport const getTracker = () => process.browser && (tracker ??= new Tracker());`,
    // SvelteKit's and esm-env's flags, known by their import (chat-ui's haptics)
    `import { isServer, QueryClient } from '@tanstack/react-query';\nlet browserQueryClient: QueryClient | undefined;\nexport function getQueryClient() {\n  if (isServer) return new QueryClient();\n  return (browserQueryClient ??= new QueryClient());\n}\n`,
    `import { browser } from '$app/environment';\nlet instance = null;\nasync function getInstance() {\n  if (!browser || !supported()) return null;\n  if (instance) return instance;\n  instance = new WebHaptics();\n  return instance;\n}\n`,
    `import { BROWSER } from 'esm-env';\nlet store;\nexport const getStore = () => (BROWSER ? (store ??= createStore()) : createStore());\n`,
    `import { NODE } from 'esm-env';\nlet store;\nexport function getStore() { if (NODE) return createStore(); return (store ??= createStore()); }\n`,
    `let loading;\nfunction load() {\n  if (window.Lib?.ready) return Promise.resolve(window.Lib);\n  if (!loading) loading = new Promise((resolve) => { document.head.appendChild(script(resolve)); });\n  return loading;\n}\n`,
    `let db;\nexport function getDb() { if (typeof indexedDB === 'undefined') return undefined; return (db ??= openDB('cache')); }`,
    `let observer;\nexport const getObserver = () => (observer ??= new IntersectionObserver(onSeen, { root: document.body }));`,
    // filled from a page's storage (leon's chat input history)
    `let parsedHistory = null;\nexport const onKeyDown = (e, client) => {\n  if (e.key === 'ArrowUp') parsedHistory = JSON.parse(localStorage.getItem('history')).reverse();\n};\n`,
    // filled only in an effect or an event handler, or in functions only they call (midday's realtime
    // client, dub's syntax highlighter): a server renders the component but runs neither
    { filename: 'use-realtime.ts', code: `'use client';\nlet supabaseClient: ReturnType<typeof createClient> | null = null;\nfunction getSupabaseClient() {\n  if (!supabaseClient) supabaseClient = createClient();\n  return supabaseClient;\n}\nexport function useRealtime(table: string) {\n  useEffect(() => {\n    const channel = getSupabaseClient().channel(table).subscribe();\n    return () => void channel.unsubscribe();\n  }, [table]);\n}\n` },
    { filename: 'code-block.tsx', code: `let highlighterPromise: Promise<Highlighter> | null = null;\nfunction getHighlighter() {\n  return (highlighterPromise ??= import('shiki').then(({ createHighlighter }) => createHighlighter({ langs: [] })));\n}\nasync function highlight(code: string, lang: string) {\n  const highlighter = await getHighlighter();\n  return highlighter.codeToHtml(code, { lang });\n}\nexport function CodeBlock({ code, lang }: Props) {\n  const [html, setHtml] = useState('');\n  React.useLayoutEffect(() => { highlight(code, lang).then(setHtml); }, [code, lang]);\n  return <pre dangerouslySetInnerHTML={{ __html: html }} />;\n}\n` },
    { filename: 'player.ts', code: `import { onMounted } from 'vue';\nlet player: Player | null = null;\nexport function usePlayer() {\n  onMounted(() => {\n    player ??= new Player('#video');\n  });\n}\n` },
    { filename: 'chat.tsx', code: `let socket: Socket | undefined;\nconst connect = () => {\n  socket ??= io('/chat');\n};\nexport function Chat() {\n  return <button onClick={connect}>Join</button>;\n}\n` },
    // a page script: the IIFE that holds its state reads \`window\` before anything else (DorkOS' visual-companion helper)
    `(function () {\n  const WS_URL = 'ws://' + window.location.host;\n  let ws = null;\n  function connect() {\n    ws = new WebSocket(WS_URL);\n    ws.onclose = () => setTimeout(connect, 1000);\n  }\n  connect();\n})();\n`,
    // a function declared in a body that returns on a server first thing (iframe-resizer's content script, vendored by novu)
    `(function (undefined) {\n  if (typeof window === 'undefined') return; // don't run for server side render\n  var bodyObserver = null;\n  function setup() {\n    bodyObserver = new Watcher();\n  }\n  setup();\n})();\n`,
    // what only a page can construct (trigger.dev's theme hook, langfuse's shared row observer)
    `let observer: MutationObserver | null = null;\nfunction subscribe(listener) {\n  if (!observer) {\n    observer = new MutationObserver(bump);\n    observer.observe(document.documentElement, { attributes: true });\n  }\n}\n`,
    `let sharedObserver: IntersectionObserver;\nfunction observe(element: Element) {\n  if (!sharedObserver) sharedObserver = new IntersectionObserver(onSeen);\n  sharedObserver.observe(element);\n}\n`,
    // declared to hold values: a set of names, a map of lists of them
    `let unsupported: Set<string> | null = null;\nexport async function getUnsupported(): Promise<Set<string>> {\n  if (unsupported) return unsupported;\n  unsupported = new Set(await loadNames());\n  return unsupported;\n}\n`,
    `let geos: Map<string, string[]> | null = null;\nexport function getGeos() { return (geos ??= new Map()); }`,
    // what a zod schema parses, named by a local alias (unkey's GitHub keys, fetched once at a time)
    `type PublicKeys = z.infer<typeof keysSchema>['public_keys'];\nlet inFlight: Promise<PublicKeys | null> | null = null;\nexport function keys() {\n  inFlight ??= (async () => keysSchema.parse(await (await fetch(url)).json()).public_keys)();\n  return inFlight;\n}\n`,
    // …or through an interface of the file's own whose properties hold values (civitai's processed words)
    `export interface ProcessedWords {\n  originalWords: string[];\n}\nlet cachedProcessedWords: ProcessedWords | null = null;\nexport function getWords(): ProcessedWords {\n  if (!cachedProcessedWords) cachedProcessedWords = processWords();\n  return cachedProcessedWords;\n}\n`,
    // a container constructed to hold values, whatever fills it later (civitai's freshness clock)
    `let fetchedAt = new Map<number, number>();\nexport function restore(saved: Array<[number, number]>) {\n  fetchedAt = new Map(saved);\n}\n`,
    // a data transfer object, by its type's name (hedgedoc's version read once)
    `let versionCache: ServerVersionDto | undefined = undefined;\nexport async function getServerVersion(): Promise<ServerVersionDto> {\n  if (!versionCache) versionCache = await parseVersion();\n  return versionCache;\n}\n`,
    // a frame handle is a number
    `let fitFrame;\nexport const fit = (terminal) => {\n  if (fitFrame) cancelAnimationFrame(fitFrame);\n  fitFrame = requestAnimationFrame(() => {\n    fitFrame = null;\n    terminal.fit();\n  });\n};\n`,
    // a list computed once (civitai's word regexes)
    `export const blockedRegexLazy = lazy(() => blocked.map((word) => ({ word, regex: tokenRegex(word) })));`,
    `const expressionsLazy = lazy(() => [...new Set([...nsfwWords, ...promptWords])].map((word) => prepareWordRegex(word)));`,
    `const getRoutes = once(() => Object.entries(routes).sort(byPath));`,
    // a step guarded to run once that hands nothing back (nango's shutdown)
    `const close = once(() => {\n  logger.info('Closing…');\n  api.close(async () => {\n    await db.destroy();\n    process.exit();\n  });\n});\nprocess.on('SIGTERM', close);\n`,
    // a reducer's state: the next one computed from the last (shadcn's toast store)
    `let memoryState: State = { toasts: [] };\nfunction dispatch(action: Action) {\n  memoryState = reducer(memoryState, action);\n  listeners.forEach((listener) => listener(memoryState));\n}\n`,
    // what a parse returns is data: validated env, a read config file
    // a response's payload, or a string cut from a string (etherpad's update check, NodeBB's fake hash)
    `let infos: Infos;\nexport const load = () => axios.get('/info.json').then(async (resp) => {\n  infos = await resp.data;\n  return infos;\n});\n`,
    `let latest;\nexport async function check() {\n  const res = await fetch('/latest');\n  latest ??= await res.json();\n  return latest;\n}\n`,
    `let fakeHashCache;\nasync function getFakeHash() {\n  if (fakeHashCache) return fakeHashCache;\n  fakeHashCache = crypto.randomBytes(9).toString('hex').slice(0, 18);\n  return fakeHashCache;\n}\n`,
    `let _env: z.infer<typeof envSchema> | null = null;\nexport function env() {\n  if (!_env) {\n    _env = envSchema.parse(process.env);\n  }\n  return _env;\n}\n`,
    `let settings;\nexport async function loadSettings() { return (settings ??= JSON.parse(await readFile('settings.json', 'utf8'))); }`,
    `let config;\nexport async function getConfig() { return (config ??= await schema.safeParseAsync(raw)); }`,
    // an editor extension's or a desktop app's module: its process serves one user
    `import * as vscode from 'vscode';\nexport class TipManager {\n  static instance?: TipManager;\n  static getInstance() { return (TipManager.instance ??= new TipManager()); }\n}\n`,
    `const { app, BrowserWindow } = require('electron');\nlet mainWindow = null;\nfunction createWindow() { mainWindow = new BrowserWindow({ width: 800 }); }\napp.on('ready', createWindow);\n`,
    `import { Store } from '@tauri-apps/plugin-store';\nexport class DesktopPersistenceService {\n  private static instance: DesktopPersistenceService;\n  static getInstance() { return (this.instance ??= new DesktopPersistenceService()); }\n}\n`,
    `import vscode = require('vscode');\nlet client;\nexport function activate() { client ??= new LanguageClient(); }\n`,
    // an Obsidian plugin's (nexus, an agent in the person's own vault)
    `import { Notice, requestUrl } from 'obsidian';\nexport class OAuthService {\n  private static instance: OAuthService | null = null;\n  private pending = new Map<string, PendingFlow>();\n  static getInstance(): OAuthService { return (this.instance ??= new OAuthService()); }\n}\n`,
    // a browser extension's: it uses the WebExtension APIs (stagehand's service worker)
    `let port: chrome.runtime.Port | null = null;\nfunction connect(): void {\n  port = chrome.runtime.connect({ name: 'heartbeat' });\n}\nconnect();\n`,
    `let registry;\nexport const contexts = () => (registry ??= new ExecutionContextRegistry());\nbrowser.tabs.onRemoved.addListener((id) => registry?.drop(id));\n`,
    // a mobile app's (linkwarden's Expo app), and what a record or a middleware holds (linkwarden's Apple secret, Hexabot's session middleware)
    `import * as SQLite from 'expo-sqlite';\nlet dbPromise: Promise<SQLite.SQLiteDatabase> | null = null;\nconst getDb = () => (dbPromise ??= SQLite.openDatabaseAsync('cache'));\n`,
    `import { AppState } from 'react-native';\nlet store;\nexport const getStore = () => (store ??= new Store());\n`,
    // … or a Capacitor app's (saltcorn's mobile app: its push-notification listeners)
    `import { PushNotifications } from '@capacitor/push-notifications';\nlet registrationListener = null;\nexport async function initPush() {\n  registrationListener = await PushNotifications.addListener('registration', onToken);\n}\n`,
    `import { CapacitorSilentNotifications } from 'capacitor-plugin-silent-notifications';\nlet listener = null;\nexport async function listen() {\n  listener ??= await CapacitorSilentNotifications.addListener('push', onPush);\n}\n`,
    // a per-request store, by its declared type, whatever constructor fills it (Sentry's Next.js SDK, from the global object)
    `let escapedStorage: AsyncLocalStorage<true>;\nexport function escape(cb) {\n  const Storage = (GLOBAL_OBJ as any).AsyncLocalStorage;\n  if (!escapedStorage) escapedStorage = new Storage();\n  return escapedStorage.run(true, cb);\n}\n`,
    // … or OpenTUI's (coding-agent-v2's terminal assistant)
    `import { createCliRenderer } from '@opentui/core';\nclass TaskStore {\n  private tasks = new Map<string, string>();\n  add(id: string, text: string) { this.tasks.set(id, text); }\n}\nlet globalTaskStore: TaskStore | null = null;\nexport function getTaskStore() { return (globalTaskStore ??= new TaskStore()); }\nexport const render = () => createCliRenderer();\n`,
    `import { Box, Text } from 'ink';\nclass ThemeManager {\n  static instance?: ThemeManager;\n  static get() { return (this.instance ??= new ThemeManager()); }\n}\nexport const Header = () => <Box><Text>{String(ThemeManager.get())}</Text></Box>;\n`,
    `const tk = require('terminal-kit');\nlet app = null;\nexport function application() {\n  if (!app) app = new Application(tk.terminal);\n  return app;\n}\n`,
    // an MCP server over stdio: the one client that started the process (the MCP servers' memory server)
    `import { Server } from '@modelcontextprotocol/sdk/server/index.js';\nimport { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';\nlet knowledgeGraphManager: KnowledgeGraphManager;\nasync function main() {\n  knowledgeGraphManager = new KnowledgeGraphManager(MEMORY_FILE_PATH);\n  await server.connect(new StdioServerTransport());\n}\nmain();\n`,
    `let appleClientSecret: { value: string; expiresAt: number } | undefined;\nexport function secret() {\n  appleClientSecret ??= sign(createToken());\n  return appleClientSecret.value;\n}\n`,
    `let sessionMiddleware: RequestHandler | null = null;\nexport const getSessionMiddleware = () => (sessionMiddleware ??= session({ secret: 's' }));\n`,
    // Node's own server, declared so, whatever fills it: the process's listener (DBOS' admin server)
    `import { Server } from 'http';\nexport class DBOS {\n  static adminServer: Server | undefined = undefined;\n  static async launch(app) {\n    DBOS.adminServer = await new Promise((resolve) => { const server = app.listen(3001, () => resolve(server)); });\n  }\n}\n`,
    `import * as http from 'node:http';\nlet server: http.Server | null = null;\nexport async function start() {\n  server = await startServer();\n}\n`,
    // … and ws' WebSocket server, declared or made so (Agentic-wallet's)
    `import { WebSocketServer } from 'ws';\nlet wss = null;\nfunction setupWebSocket(port) {\n  wss = new WebSocketServer({ port });\n  wss.on('connection', (ws) => ws.send('hi'));\n}\nsetupWebSocket(8080);\n`,
    `import WebSocket from 'ws';\nlet wss;\nexport function attach(server) {\n  wss = new WebSocket.Server({ server });\n}\n`,
    `import type { WebSocketServer } from 'ws';\nlet wss: WebSocketServer | null = null;\nexport function attach(server) {\n  wss = makeSocketServer(server);\n}\n`,
    // a date written out is a string (total.js' Expires header, renewed every thousand requests)
    `var DATE_EXPIRES = new Date().toUTCString();\nexport function service(count) {\n  count % 1000 === 0 && (DATE_EXPIRES = NOW.add('y', 1).toUTCString());\n}\n`,
    // written as the module loads, by an array method's callback (zone-mta's sender picks its zone)
    `let zone;\nObject.keys(config.zones).find((name) => {\n  zone = new SendingZone(name);\n  return true;\n});\nexport const currentZone = () => zone;\n`,
    // a promise settled to nothing is a flag's, not an instance (genkit's telemetry switch)
    `export async function enableTelemetry(config) {\n  global.__TELEMETRY_ON = config instanceof Promise ? config : Promise.resolve();\n}\n`,
    // an OpenAPI document's registry: the routes' schemas (genkit's reflection API)
    `import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';\nexport const registry = new OpenAPIRegistry();\nregistry.register('CustomAny', CustomAnySchema);\n`,
    // a performance tracker times operations, as a metrics collector counts them (TypeAgent's knowledge graph)
    `let globalTracker: PerformanceTracker | null = null;\nexport function getPerformanceTracker(): PerformanceTracker {\n  if (!globalTracker) globalTracker = new PerformanceTracker(true);\n  return globalTracker;\n}\n`,
    // a generator's output: the generator keeps its state (zenstack's langium grammar module, Go-style and Relay-style markers)
    `/******\n * This file was generated by langium-cli 4.2.1.\n * DO NOT EDIT MANUALLY!\n ******/\nimport { loadGrammarFromJson } from 'langium';\nlet loadedGrammar: Grammar | undefined;\nexport const ZModelGrammar = () => loadedGrammar ?? (loadedGrammar = loadGrammarFromJson('{}'));\n`,
    `// Code generated by protoc-gen-es. DO NOT EDIT.\nlet registry;\nexport const getRegistry = () => (registry ??= new TypeRegistry());\n`,
    `/**\n * @generated SignedSource<<abc>>\n */\nlet env;\nexport function getEnvironment() {\n  return (env ??= new Environment());\n}\n`,
    // a build's output, linked to the source map of what it was built from (the Nitro server bundles sst's examples commit)
    `function createNitroApp() {\n  const $fetch = createFetch$1({ fetch: localFetch });\n  globalThis.$fetch = $fetch;\n}\nconst nitroApp = createNitroApp();\nexport { nitroApp };\n//# sourceMappingURL=index.mjs.map\n`,
    `let cache;\nexports.get = () => (cache ??= new Cache());\n//@ sourceMappingURL=index.js.map`,
    // Workbox's service-worker runtime: a page's service worker (elk's precache)
    `import { PrecacheController } from 'workbox-precaching';\nlet precacheController: PrecacheController | undefined;\nexport function getOrCreatePrecacheController() {\n  if (!precacheController) precacheController = new PrecacheController();\n  return precacheController;\n}\n`,
    // a serial queue's next link, written in a callback of the variable's own promise (screeps' room history)
    `var currentHistoryPromise = q.when();\nfunction saveRoomHistory(roomId, objects) {\n  return currentHistoryPromise.then(() => {\n    var promise = q.when();\n    currentHistoryPromise = promise.then(() => driver.history.saveTick(roomId, objects));\n    return currentHistoryPromise;\n  });\n}\n`,
    // a serial queue's next link, made first in a const of the function (ai-support-agent-cli's file mounts)
    `let applyChain: Promise<unknown> = Promise.resolve();\nexport function applyMounts(mounts: string[]): Promise<string[]> {\n  const next = applyChain.then(() => place(mounts));\n  applyChain = next.catch(() => undefined);\n  return next;\n}\n`,
    // a store's address that stands in for the process's own, so a test can point it elsewhere (ai-support-widget's Redis)
    `import Redis from 'ioredis';\nlet redisClient: Redis | null = null;\nexport function getRedis(redisUrl?: string): Redis {\n  if (redisClient) return redisClient;\n  const url = redisUrl ?? process.env.REDIS_URL;\n  if (!url) throw new Error('REDIS_URL is not set');\n  redisClient = new Redis(url, { maxRetriesPerRequest: null });\n  return redisClient;\n}\n`,
    `import { Pool } from 'pg';\nlet pool: Pool | undefined;\nexport function getPool(connectionString = process.env.DATABASE_URL) {\n  pool ??= new Pool({ connectionString });\n  return pool;\n}\n`,
    // a syntax tree parser with its grammars loaded: each parse is of the source it is handed (ai-code-review-bot's web-tree-sitter)
    `import { Parser } from 'web-tree-sitter';\nlet initialized = false;\nlet parserInstance: Parser | null = null;\nexport async function initializeAstParser() {\n  if (initialized) return;\n  await Parser.init();\n  parserInstance = new Parser();\n  initialized = true;\n}\nexport function parse(source: string) {\n  return parserInstance!.parse(source);\n}\n`,
    // the settings file's path, defaulting to the process's own (nestify's config service)
    `import { parse } from 'dotenv';\nimport * as fs from 'fs';\nexport class ConfigService {\n  private static instance: ConfigService;\n  private readonly envConfig: Record<string, string>;\n  constructor(filePath: string = '.env') {\n    this.envConfig = parse(fs.readFileSync(filePath));\n  }\n  static getInstance(filePath: string = '.env'): ConfigService {\n    if (!ConfigService.instance) ConfigService.instance = new ConfigService(filePath);\n    return ConfigService.instance;\n  }\n  get(key: string): string {\n    return this.envConfig[key];\n  }\n}\n`,
    // a text's lines, trimmed and filtered: strings in a list (ai-podcast-suite's quotes, read once)
    `import fs from 'fs';\nlet quotesCache = null;\nexport default function getTuringQuote() {\n  if (!quotesCache) {\n    const raw = fs.readFileSync('quotes.txt', 'utf-8');\n    quotesCache = raw.split('\\n').map((line) => line.trim()).filter((line) => line.length > 0);\n  }\n  return quotesCache[Math.floor(Math.random() * quotesCache.length)];\n}\n`,
    // a word segmenter with its dictionary loaded: each cut splits the text it is handed (TencentDB-Agent-Memory's jieba)
    `interface JiebaInstance { cutForSearch(text: string, hmm: boolean): string[] }\nlet _jieba: JiebaInstance | null | undefined;\nfunction getJieba(): JiebaInstance | null {\n  if (_jieba !== undefined) return _jieba;\n  try {\n    const { Jieba } = require('@node-rs/jieba');\n    const { dict } = require('@node-rs/jieba/dict');\n    _jieba = Jieba.withDict(dict) as JiebaInstance;\n  } catch {\n    _jieba = null;\n  }\n  return _jieba;\n}\nexport function buildFtsQuery(text: string) {\n  return getJieba()?.cutForSearch(text, true).join(' OR ') ?? text;\n}\n`,
    // a document a function is named for: the API's OpenAPI spec, generated once (agent-memory's REST routes)
    `import { generateOpenAPISpec, type OpenAPISpec } from '../openapi/generator.js';\nlet cached: OpenAPISpec | null = null;\nexport async function registerRoutes(app) {\n  app.get('/v1/openapi.json', async (_req, reply) => {\n    if (!cached) cached = generateOpenAPISpec();\n    return reply.send(cached);\n  });\n}\n`,
    // Mastra's S3 filesystem over the process's bucket, patched by a function of the module (mastra-claw's admin workspace)
    `import { S3Filesystem } from '@mastra/s3';\nimport { env } from '@/lib/env';\nfunction patchKeys(fs: S3Filesystem): S3Filesystem {\n  const bag = fs as unknown as { toKey: (path: string) => string };\n  const original = bag.toKey.bind(fs);\n  bag.toKey = (path) => original(path.replace(/^\\.\\//, ''));\n  return fs;\n}\nlet cached: S3Filesystem | null | undefined;\nexport function getWorkspaceFilesystem(): S3Filesystem | null {\n  if (cached !== undefined) return cached;\n  if (!env.SUPABASE_S3_ENDPOINT) return (cached = null);\n  cached = patchKeys(new S3Filesystem({ bucket: 'workspaces', endpoint: env.SUPABASE_S3_ENDPOINT, accessKeyId: env.S3_KEY, secretAccessKey: env.S3_SECRET }));\n  return cached;\n}\n`,
    // a hosted API's class kept in a module variable from the module loaded on first use (aspect-agent-server's Gemini client)
    `let GoogleGenAI = null;\nlet client = null;\nasync function getClient() {\n  if (client) return client;\n  const genai = await import('@google/genai');\n  GoogleGenAI = genai.GoogleGenAI;\n  client = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });\n  return client;\n}\nmodule.exports = { getClient };\n`,
    // a payments client on an environment chosen in a let, each value the app's own id and secret (AI-Call-Center-Conversation's PayPal)
    `import paypal from '@paypal/checkout-server-sdk';\nlet paypalClientInstance: paypal.core.PayPalHttpClient | null = null;\nexport function getPaypalClient(): paypal.core.PayPalHttpClient {\n  if (!paypalClientInstance) {\n    const clientId = process.env.PAYPAL_CLIENT_ID;\n    const clientSecret = process.env.PAYPAL_CLIENT_SECRET;\n    let environment: paypal.core.Environment;\n    if (process.env.NODE_ENV === 'production') environment = new paypal.core.LiveEnvironment(clientId, clientSecret);\n    else environment = new paypal.core.SandboxEnvironment(clientId, clientSecret);\n    paypalClientInstance = new paypal.core.PayPalHttpClient(environment);\n  }\n  return paypalClientInstance;\n}\n`,
    // Replit's key-value database, on the process's REPLIT_DB_URL (AI-Call-Center-Conversation's)
    `import Database from '@replit/database';\nlet dbInstance: Database | null = null;\nfunction getDb(): Database {\n  if (!dbInstance) dbInstance = new Database();\n  return dbInstance;\n}\nexport const db = { get: (key: string) => getDb().get(key), set: (key: string, value: unknown) => getDb().set(key, value) };\n`,
    // a stand-in client for a build without settings, made by the same maker as the one on the service role key (stock-ai-newsletter's Supabase)
    `import { createClient, SupabaseClient } from '@supabase/supabase-js';\nlet cachedClient: SupabaseClient | null = null;\nexport function getServerSupabaseClient(): SupabaseClient {\n  if (cachedClient) return cachedClient;\n  const url = process.env.NEXT_PUBLIC_SUPABASE_URL;\n  const key = process.env.SUPABASE_SERVICE_ROLE_KEY || process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY;\n  if (!url || !key) {\n    cachedClient = createClient('https://placeholder.supabase.co', 'placeholder-key', { auth: { persistSession: false } });\n    return cachedClient;\n  }\n  cachedClient = createClient(url, key, { auth: { persistSession: false } });\n  return cachedClient;\n}\n`,
    // a getter that throws outside a browser, by a const of two tests (ai-video-gen-pipeline's media worker manager)
    `export class MediaBunnyManager {\n  private requests = new Map<string, unknown>();\n  add(id: string, value: unknown) { this.requests.set(id, value); }\n}\nlet singleton: MediaBunnyManager | null = null;\nconst canUseWorkers = typeof window !== 'undefined' && typeof window.Worker !== 'undefined';\nexport const getMediaBunnyManager = (): MediaBunnyManager => {\n  if (!canUseWorkers) throw new Error('MediaBunnyManager is only available in the browser');\n  if (!singleton) singleton = new MediaBunnyManager();\n  return singleton;\n};\n`,
    // the AI SDK's registry of providers, each made on the process's own key (demo-local-ai-hr-it-bot's)
    `import { createProviderRegistry } from 'ai';\nimport { createOpenAI } from '@ai-sdk/openai';\nclass LLMProviderFactory {\n  static _registry = null;\n  static getRegistry() {\n    if (this._registry) return this._registry;\n    const providers = {};\n    if (process.env.OPENAI_API_KEY) providers.openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\n    this._registry = createProviderRegistry(providers);\n    return this._registry;\n  }\n}\nexport default LLMProviderFactory;\n`,
    // … and a list taken from parsed data
    `import fs from 'fs';\nlet faqs = null;\nexport function getFaqs() {\n  if (!faqs) faqs = JSON.parse(fs.readFileSync('faq.json', 'utf8')).items.filter((item) => item.active);\n  return faqs;\n}\n`,
    // LangChain's embeddings for a hosted model, on the key it reads from the environment when handed none
    `import { OpenAIEmbeddings } from '@langchain/openai';\nlet embeddings: OpenAIEmbeddings | null = null;\nexport function getEmbeddings() {\n  if (!embeddings) embeddings = new OpenAIEmbeddings({ model: 'text-embedding-3-small' });\n  return embeddings;\n}\n`,
    // LangChain's prompt templates and text splitters: each format or split is of what the call hands it
    `import { ChatPromptTemplate } from '@langchain/core/prompts';\nlet template = null;\nexport function getTemplate() {\n  if (!template) template = ChatPromptTemplate.fromMessages([['system', 'You are helpful'], ['human', '{input}']]);\n  return template;\n}\n`,
    `import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';\nlet splitter: RecursiveCharacterTextSplitter | null = null;\nexport function getSplitter() {\n  if (!splitter) splitter = new RecursiveCharacterTextSplitter({ chunkSize: 1000, chunkOverlap: 200 });\n  return splitter;\n}\n`,
    // a time zone's name, from a function named for it (vben admin's date utilities, dayjs' guess)
    `import dayjs from 'dayjs';\nexport const getSystemTimezone = () => {\n  return dayjs.tz.guess();\n};\nlet currentTimezone = getSystemTimezone();\nexport const setCurrentTimezone = (timezone?: string) => {\n  currentTimezone = timezone || getSystemTimezone();\n  dayjs.tz.setDefault(currentTimezone);\n};\nexport const getCurrentTimezone = () => currentTimezone;\n`,
    // an error kept to be thrown again (antigravity-claude-proxy's native module loader)
    `import { NativeModuleError } from '../errors.js';\nlet moduleLoadError = null;\nexport function load() {\n  if (moduleLoadError) throw moduleLoadError;\n  try { return require('better-sqlite3'); } catch (error) {\n    moduleLoadError = new NativeModuleError('restart the server', true);\n    throw moduleLoadError;\n  }\n}\n`,
    `let lastError;\nexport function load() {\n  try { return require('sharp'); } catch (error) { lastError = new errors.LoadError(String(error)); throw lastError; }\n}\n`,
    // defaults merged with the settings file read (antigravity-claude-proxy's config)
    `import fs from 'fs';\nimport { deepMerge } from './utils.js';\nconst DEFAULT_CONFIG = { port: 8080 };\nlet config = { ...DEFAULT_CONFIG };\nfunction loadConfig() {\n  if (fs.existsSync('config.json')) {\n    const userConfig = JSON.parse(fs.readFileSync('config.json', 'utf8'));\n    config = deepMerge(DEFAULT_CONFIG, userConfig);\n  }\n}\nloadConfig();\nexport { config };\n`,
    // the environment read through Hono's adapter, handed the request's context (gemini-proxy's Supabase client)
    `import { env } from 'hono/adapter';\nimport { createClient } from '@supabase/supabase-js';\nlet client = null;\nexport function getSupabaseClient(c) {\n  if (client) return client;\n  const envVars = env(c);\n  client = createClient(envVars.SUPABASE_URL, envVars.SUPABASE_SERVICE_ROLE_KEY);\n  return client;\n}\n`,
    // a tracer by its type's name (knowledge-base-mcp-server's, over OpenTelemetry's, loaded lazily)
    `interface MinimalTracer { startActiveSpan<T>(name: string, fn: (span: unknown) => T): T }\nlet cachedTracer: MinimalTracer | null | undefined;\nlet initPromise: Promise<MinimalTracer | null> | null = null;\nexport async function resolveTracer() {\n  if (cachedTracer !== undefined) return cachedTracer;\n  initPromise ??= initTracerProvider();\n  cachedTracer = await initPromise;\n  return cachedTracer;\n}\n`,
    // an optional package loaded through the module's own loader, and the tracer provider it registers (tasteAI-Studio-Backend's Arize Phoenix)
    `let phoenix = null;\nlet provider = null;\nfunction safeRequire(moduleName) {\n  try {\n    return require(moduleName);\n  } catch (error) {\n    return null;\n  }\n}\nfunction initPhoenixTracing() {\n  phoenix = safeRequire('@arizeai/phoenix-otel');\n  if (!phoenix?.register) return;\n  provider = phoenix.register({ projectName: process.env.PHOENIX_PROJECT_NAME });\n}\nmodule.exports = { initPhoenixTracing };\n`,
    `import { registerOTel } from '@vercel/otel';\nlet sdk;\nexport function register() {\n  sdk ??= registerOTel({ serviceName: 'web' });\n}\n`,
    // a serial queue kept on the global object (open-dungeon-master's embeddings, one batch after another)
    `declare global { var __embedQueue: Promise<unknown> | undefined; }\nexport async function embed(texts: string[]) {\n  const run = async () => model.embed(texts);\n  const queued = (globalThis.__embedQueue ?? Promise.resolve()).then(run, run);\n  globalThis.__embedQueue = queued.catch(() => undefined);\n  return queued;\n}\n`,
    // better-sqlite3's build with SQLCipher, read-only content (open-dungeon-master's)
    `import Database from 'better-sqlite3-multiple-ciphers';\nconst contentDbPath = process.env.CONTENT_DB_PATH || 'data/content.sqlite';\nexport function getContentDb() {\n  if (globalThis.__contentDb !== undefined) return globalThis.__contentDb;\n  const db = new Database(contentDbPath, { readonly: true });\n  globalThis.__contentDb = db;\n  return db;\n}\n`,
    // Valkey's client (valkey-glide), a static filled through the promise of its connection (pixelated-metaverse)
    `import { GlideClient } from '@valkey/valkey-glide';\nclass RedisClient {\n  static instance: GlideClient;\n  private static initializing: Promise<GlideClient> | null = null;\n  public static async getInstance() {\n    if (this.instance) return this.instance;\n    if (!this.initializing) this.initializing = GlideClient.createClient({ addresses: [{ host: process.env.REDIS_HOST! }] });\n    this.instance = await this.initializing;\n    return this.instance;\n  }\n}\nexport default RedisClient;\n`,
    `import Valkey from 'iovalkey';\nlet valkey: Valkey | null = null;\nexport function getValkey() {\n  if (!valkey) valkey = new Valkey(process.env.VALKEY_URL!);\n  return valkey;\n}\n`,
    // a lock manager of the app's own, by any prefix: its locks exclude every other request by design (shopME's cart locks)
    `export class CartLockManager {\n  private static instance: CartLockManager;\n  private locks = new Map<string, { lockedAt: number }>();\n  private constructor() {}\n  public static getInstance(): CartLockManager {\n    if (!CartLockManager.instance) CartLockManager.instance = new CartLockManager();\n    return CartLockManager.instance;\n  }\n  async acquireLock(customerId: string) { this.locks.set(customerId, { lockedAt: Date.now() }); }\n}\nexport const cartLockManager = CartLockManager.getInstance();\n`,
    // the app's own socket server by its class's name, the instance set in its constructor (suspect-3's game rooms)
    `import { Server } from 'socket.io';\nexport class GameRoomSocketServer {\n  static instance = null;\n  static getInstance(httpServer) {\n    if (!GameRoomSocketServer.instance && httpServer) new GameRoomSocketServer(httpServer);\n    return GameRoomSocketServer.instance;\n  }\n  constructor(httpServer) {\n    if (GameRoomSocketServer.instance) return GameRoomSocketServer.instance;\n    this.io = new Server(httpServer);\n    this.userSockets = new Map();\n    GameRoomSocketServer.instance = this;\n  }\n}\n`,
    // an id encoder, loaded by an awaited import where it is made (tmcp's pagination cursors), or imported
    `let Sqids;\nasync function get_sqids() {\n  if (!Sqids) {\n    Sqids = new (await import('sqids')).default();\n  }\n  return Sqids;\n}\nexport async function encode_cursor(offset) {\n  return (await get_sqids()).encode([offset]);\n}\n`,
    `import Hashids from 'hashids';\nlet hashids: Hashids | null = null;\nexport function getHashids() {\n  if (!hashids) hashids = new Hashids(process.env.HASH_SALT, 8);\n  return hashids;\n}\n`,
    // a package's client loaded by an awaited import where it is made
    `let redis;\nexport async function getRedis() {\n  if (!redis) redis = new (await import('ioredis')).default(process.env.REDIS_URL);\n  return redis;\n}\n`,
    // a list of records a handler adds to is data (an in-memory table), and a conversation kept per user is that user's
    `import express from 'express';\nconst app = express();\nconst orders = [];\napp.post('/orders', (req, res) => {\n  orders.push(req.body);\n  res.json(orders);\n});\n`,
    `import express from 'express';\nconst app = express();\nconst conversations = new Map();\napp.post('/chat', (req, res) => {\n  const history = conversations.get(req.user.id) ?? [];\n  history.push({ role: 'user', content: req.body.message });\n  conversations.set(req.user.id, history);\n  res.json(history);\n});\n`,
    // … and a conversation a handler builds for its own request, or one the module fills from nothing the request carried
    `import express from 'express';\nconst app = express();\nconst messages = [{ role: 'system', content: 'You are helpful.' }];\napp.post('/chat', (req, res) => {\n  const turn = [...messages, { role: 'user', content: req.body.message }];\n  res.json(turn);\n});\nexport function addSystemPrompt(text) {\n  messages.push({ role: 'system', content: text });\n}\n`,
    // a conversation's memory made for each request, or kept by a module no request reaches (a terminal chat)
    `import { BufferMemory } from 'langchain/memory';\nimport { ConversationChain } from 'langchain/chains';\nexport async function POST(request: Request) {\n  const { input } = await request.json();\n  const memory = new BufferMemory();\n  const chain = new ConversationChain({ llm, memory });\n  return Response.json(await chain.call({ input }));\n}\n`,
    `import { BufferMemory } from 'langchain/memory';\nimport readline from 'node:readline/promises';\nconst memory = new BufferMemory();\nconst rl = readline.createInterface({ input: process.stdin, output: process.stdout });\nexport async function chatLoop() {\n  for (;;) await chain.call({ input: await rl.question('> '), memory });\n}\n`,
    // a NestJS provider of its own scope, Angular's service (one tab's), and a provider that only resets its conversation
    `import { Injectable, Scope } from '@nestjs/common';\n@Injectable({ scope: Scope.REQUEST })\nexport class ChatService {\n  private history: string[] = [];\n  chat(message: string) {\n    this.history.push(message);\n    return this.history;\n  }\n}\n`,
    `import { Injectable } from '@angular/core';\n@Injectable({ providedIn: 'root' })\nexport class ChatService {\n  private messages: string[] = [];\n  add(message: string) {\n    this.messages.push(message);\n  }\n}\n`,
    `import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class ChatService {\n  private history: string[] = [];\n  reset() {\n    this.history = [];\n  }\n  chat(message: string, history: string[]) {\n    return [...this.history, ...history, message];\n  }\n}\n`,
    // a module object's list of records, or its conversations kept per user (`state.chats[userId]`)
    `const state = { orders: [] };\napp.post('/orders', (req, res) => { state.orders.push(req.body); res.sendStatus(201); });\n`,
    `const state = { chats: {} };\napp.post('/chat', (req, res) => { (state.chats[req.user.id] ??= []).push(req.body.message); res.sendStatus(201); });\n`,
    `const state = { messages: [] };\nfunction seed(text) { state.messages.push({ role: 'system', content: text }); }\nseed('You are helpful.');\n`,
    // a conversation thread kept per user, one a handler keeps for its own request, one a script makes for the one user running it
    `const threads = new Map();\napp.post('/chat', async (req, res) => {\n  if (!threads.has(req.user.id)) threads.set(req.user.id, (await openai.beta.threads.create()).id);\n  res.json({ thread: threads.get(req.user.id) });\n});\n`,
    `app.post('/chat', async (req, res) => {\n  let threadId = req.body.threadId;\n  if (!threadId) threadId = (await openai.beta.threads.create()).id;\n  res.json({ threadId });\n});\n`,
    `let threadId;\nasync function main() {\n  threadId = (await openai.beta.threads.create()).id;\n  for (;;) await ask(threadId, await prompt());\n}\nmain();\n`,
    `let threadId = null;\napp.post('/chat', async (req, res) => {\n  const run = await openai.beta.threads.runs.create(req.body.threadId, { assistant_id: 'asst' });\n  res.json(run);\n});\n`,
    // a chat started per request, one a page's bundle starts with its public key, one a terminal chat keeps
    `const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\napp.post('/chat', async (req, res) => {\n  const chat = model.startChat({ history: req.body.history });\n  res.json((await chat.sendMessage(req.body.message)).response.text());\n});\n`,
    `import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.NEXT_PUBLIC_GEMINI_API_KEY);\nconst model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\nexport const chatSession = model.startChat({ history: [] });\n`,
    `const apiKey = import.meta.env.VITE_GEMINI_KEY;\nconst model = new GoogleGenerativeAI(apiKey).getGenerativeModel({ model: 'gemini-1.5-flash' });\nexport const chatSession = model.startChat({ history: [] });\n`,
    `const chat = ai.chats.create({ model: 'gemini-2.5-flash' });\nasync function main() {\n  for (;;) console.log((await chat.sendMessage({ message: await ask() })).text);\n}\nmain();\n`,
    // a response's id a start-up check keeps, never continued from
    `let lastResponseId = null;\nasync function warmUp() {\n  lastResponseId = (await openai.responses.create({ model: 'gpt-4o', input: 'ping' })).id;\n}\nwarmUp();\napp.get('/health', (req, res) => res.json({ id: lastResponseId }));\n`,
    // a client signed in once from the environment, one made per request, a key the server holds
    `const oAuth2Client = new google.auth.OAuth2(id, secret);\noAuth2Client.setCredentials({ refresh_token: process.env.GOOGLE_REFRESH_TOKEN });\napp.get('/events', async (req, res) => res.json(await calendar(oAuth2Client).events.list({ calendarId: req.query.calendar })));\n`,
    `app.post('/emails', async (req, res) => {\n  const client = new google.auth.OAuth2(id, secret);\n  client.setCredentials(req.body.tokens);\n  res.json(await google.gmail({ version: 'v1', auth: client }).users.messages.list({ userId: 'me' }));\n});\n`,
    `const sgMail = require('@sendgrid/mail');\napp.post('/contact', async (req, res) => {\n  sgMail.setApiKey(process.env.SENDGRID_API_KEY);\n  await sgMail.send({ to: 'team@example.com', from: 'site@example.com', text: req.body.message });\n  res.sendStatus(204);\n});\n`,
    // a client signed in by a function: at start-up with the process's own account, from a page's module, from what the module loads itself, a client per call, a package's own key
    `const { google } = require('googleapis');\nconst oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);\nexport function initGmail(refreshToken) {\n  oauth2Client.setCredentials({ refresh_token: refreshToken });\n}\n`,
    `import { api } from './api';\nexport function login(token: string) {\n  api.setToken(token);\n}\n`,
    `const { google } = require('googleapis');\nconst oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);\nexport function refresh() {\n  oauth2Client.setCredentials(JSON.parse(fs.readFileSync('token.json', 'utf8')));\n}\noauth2Client.setCredentials({ refresh_token: process.env.GOOGLE_REFRESH_TOKEN });\n`,
    `const { google } = require('googleapis');\nconst oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);\nfunction useTokens(tokens) {\n  oauth2Client.setCredentials(tokens);\n}\nuseTokens(JSON.parse(fs.readFileSync('token.json', 'utf8')));\n`,
    `import { google } from 'googleapis';\nexport function calendarFor(tokens) {\n  const auth = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);\n  auth.setCredentials(tokens);\n  return google.calendar({ version: 'v3', auth });\n}\n`,
    `import sgMail from '@sendgrid/mail';\nimport { mailer } from './mailer';\nexport function configureMail(key: string) {\n  sgMail.setApiKey(key);\n  mailer.setApiKey(process.env.SENDGRID_KEY ?? key);\n}\n`,
    // a global cache of a package's client made with the process's own secret (v0-effizienz-praxis' Supabase admin client)
    `import { createClient } from '@supabase/supabase-js';\ndeclare global {\n  var __supabaseAdmin: ReturnType<typeof createClient> | undefined;\n}\nexport function getSupabaseAdmin() {\n  if (globalThis.__supabaseAdmin) return globalThis.__supabaseAdmin;\n  const url = process.env.SUPABASE_URL;\n  const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;\n  if (!url || !serviceKey) throw new Error('Supabase is not configured');\n  globalThis.__supabaseAdmin = createClient(url, serviceKey, { auth: { persistSession: false } });\n  return globalThis.__supabaseAdmin;\n}\n`,
    // LangChain's vector stores over an external index, made once from the process's configuration
    `import { PineconeStore } from '@langchain/pinecone';\nimport { pinecone, indexName } from './pinecone';\nimport { embeddings } from './embedding';\nlet cachedStore: PineconeStore | null = null;\nexport const getVectorStore = async () => {\n  if (cachedStore) return cachedStore;\n  cachedStore = await PineconeStore.fromExistingIndex(embeddings, { pineconeIndex: pinecone.Index(indexName) });\n  return cachedStore;\n};\n`,
    `import weaviate from 'weaviate-ts-client';\nimport { WeaviateStore } from 'langchain/vectorstores/weaviate';\nimport { OpenAIEmbeddings } from 'langchain/embeddings/openai';\nlet vectorStore = null;\nexport const getVectorStore = async () => {\n  if (vectorStore) return vectorStore;\n  const client = weaviate.client({ scheme: 'https', host: process.env.WEAVIATE_HOST, apiKey: new weaviate.ApiKey(process.env.WEAVIATE_API_KEY) });\n  vectorStore = await WeaviateStore.fromExistingIndex(new OpenAIEmbeddings(), { client, indexName: 'Docs' });\n  return vectorStore;\n};\n`,
    // a number setting clamped by the module's own function, to a constant's default or Math.min (DalaiKarmaBot's job TTL)
    "const DEFAULT_JOB_TTL_MS = 30 * 60 * 1000;\nfunction clampTtl(value: number | undefined) {\n  if (!value || Number.isNaN(value)) {\n    return DEFAULT_JOB_TTL_MS;\n  }\n  return Math.min(Math.max(value, 60_000), 3 * 60 * 60 * 1000);\n}\nlet jobTtlMs = clampTtl(Number.parseInt(process.env.JOB_TTL_MS ?? '', 10));\nexport function setJobTtlMs(value?: number) {\n  jobTtlMs = clampTtl(value);\n}\nexport const ttl = () => jobTtlMs;\n",
    // a Teams bot's Bot Framework SDK made from the bot's own app id and password: its identity, its adapter, its state keyed by conversation
    "import { CloudAdapter, ConfigurationServiceClientCredentialFactory, createBotFrameworkAuthenticationFromConfiguration, ConversationState, MemoryStorage } from 'botbuilder';\nconst credentialsFactory = new ConfigurationServiceClientCredentialFactory({\n  MicrosoftAppId: process.env.MicrosoftAppId,\n  MicrosoftAppPassword: process.env.MicrosoftAppPassword,\n  MicrosoftAppType: 'SingleTenant',\n});\nconst auth = createBotFrameworkAuthenticationFromConfiguration(null, credentialsFactory);\nexport const adapter = new CloudAdapter(auth);\nexport const conversationState = new ConversationState(new MemoryStorage());\n",
    // a record of maps keyed by a package's alias, of metadata: the entries decide, not the keys (ariadne's export index)
    "import type { SymbolName } from '@ariadnejs/types';\ninterface ExportMetadata { name: string; line: number }\ninterface ExportCache {\n  named_exports: Map<SymbolName, ExportMetadata>;\n}\nlet export_cache: ExportCache | null = null;\nexport function lookup(root: { id: number }, name: SymbolName) {\n  if (!export_cache) export_cache = buildExportCache(root);\n  return export_cache.named_exports.get(name);\n}\n",
    // a telemetry or metrics service of the app's own: the process's metrics, every user's alike (pipeshub's, agent-memory's)
    "export class TelemetryService {\n  private static instance: TelemetryService | undefined;\n  private apiKey = '';\n  constructor(private kvStore: KeyValueStore) {\n    if (TelemetryService.instance != null) return TelemetryService.instance;\n    TelemetryService.instance = this;\n  }\n  static get current() {\n    return TelemetryService.instance;\n  }\n}\n",
    "class MetricsService {\n  private metrics = new Map<string, number[]>();\n  record(operation: string, ms: number) { this.metrics.set(operation, [...(this.metrics.get(operation) ?? []), ms]); }\n}\nlet metricsService: MetricsService | null = null;\nexport function getMetricsService() {\n  if (!metricsService) metricsService = new MetricsService();\n  return metricsService;\n}\n",
    // filled only where Nuxt says it runs in the browser: `import.meta.client` (or3-chat's tokenizer worker), `process.client`, not `import.meta.server`
    "let workerPromise: Promise<Worker | null> | null = null;\nexport const ensureWorker = async () => {\n  if (!import.meta.client) return null;\n  if (workerPromise) return workerPromise;\n  workerPromise = new Promise<Worker | null>((resolve) => resolve(new Worker(new URL('./tokenizer.worker.ts', import.meta.url))));\n  return workerPromise;\n};\n",
    "let store: Promise<Store> | null = null;\nexport function getStore() {\n  if (import.meta.server) return null;\n  store ??= loadStore();\n  return store;\n}\n",
    "let store = null;\nexport function getStore() {\n  if (process.client) store ??= new LocalStore();\n  return store;\n}\n",
    // a database connection's statements, prepared once beside it (pong-game-web-app's DbManager, but for its caller's path)
    {
      code: "import Database from 'better-sqlite3';\nexport class DbManager {\n  private static _instance: DbManager;\n  private db: Database.Database;\n  private stmts: { getUserById: Database.Statement; deleteUserById: Database.Statement };\n  static getInstance(): DbManager {\n    if (!DbManager._instance) DbManager._instance = new DbManager();\n    return DbManager._instance;\n  }\n  constructor() {\n    this.db = new Database('auth.db');\n    this.stmts = this.prepareStatements();\n  }\n  private prepareStatements() {\n    return { getUserById: this.db.prepare('SELECT * FROM users WHERE id = ?'), deleteUserById: this.db.prepare('DELETE FROM users WHERE id = ?') };\n  }\n}\n",
    },
    // … and the file's path, an untyped parameter property with a string default
    {
      code: "import Database from 'better-sqlite3';\nimport path from 'node:path';\nexport class DbManager {\n  private static _instance: DbManager;\n  private db: Database.Database;\n  static getInstance(): DbManager {\n    if (!DbManager._instance) DbManager._instance = new DbManager();\n    return DbManager._instance;\n  }\n  constructor(private dbPath = path.join(process.cwd(), 'auth.db')) {\n    this.db = new Database(dbPath);\n  }\n  deleteUser(id: number) {\n    this.db.prepare('DELETE FROM users WHERE id = ?').run(id);\n  }\n}\n",
    },
    // a poller of the process's own: a timer's handle, a flag and counts it keeps itself (cleo-agent's AgentTaskScheduler)
    {
      code: "import { readyTasks, runTask } from './tasks-db';\ninterface SchedulerStats { tasksProcessed: number; lastRunAt: Date; isRunning: boolean }\nclass AgentTaskScheduler {\n  private intervalId: NodeJS.Timeout | null = null;\n  private isRunning = false;\n  private stats: SchedulerStats = { tasksProcessed: 0, lastRunAt: new Date(), isRunning: false };\n  constructor(private intervalMs: number = 60000) {}\n  start(): void {\n    if (this.intervalId) return;\n    this.intervalId = setInterval(() => void this.tick(), this.intervalMs);\n    this.stats.isRunning = true;\n  }\n  stop(): void {\n    if (this.intervalId) clearInterval(this.intervalId);\n    this.intervalId = null;\n  }\n  getStats(): SchedulerStats {\n    return { ...this.stats };\n  }\n  private async tick(): Promise<void> {\n    if (this.isRunning) return;\n    this.isRunning = true;\n    for (const task of await readyTasks()) {\n      await runTask(task);\n      this.stats.tasksProcessed++;\n    }\n    this.stats.lastRunAt = new Date();\n    this.isRunning = false;\n  }\n}\nlet globalScheduler: AgentTaskScheduler | null = null;\nexport function getScheduler(): AgentTaskScheduler {\n  if (!globalScheduler) globalScheduler = new AgentTaskScheduler();\n  return globalScheduler;\n}\nexport function startScheduler(): void {\n  getScheduler().start();\n}\n",
    },
    // filled by a function that returns it and gives it only a literal of what it builds from the module's tables (ai-matrx-admin's schema cache)
    {
      code: "import { initialSchema } from './initialSchemas';\nlet globalCache: SchemaCache | null = null;\nexport function initializeSchemaSystem(trace: string[] = ['unknownCaller']): SchemaCache {\n  if (globalCache) return globalCache;\n  const processed: Record<string, Entity> = {};\n  for (const [name, def] of Object.entries(initialSchema)) processed[name] = { ...def };\n  globalCache = { schema: processed, entityNames: Object.keys(processed) };\n  return globalCache;\n}\nexport function getGlobalCache(): SchemaCache | null {\n  if (!globalCache) globalCache = initializeSchemaSystem();\n  return globalCache;\n}\n",
    },
    // a class all of whose code is static: the instance it hands out keeps nothing (CityCatalyst's NotificationService)
    {
      code: "import { createTransport, type Transporter } from 'nodemailer';\nclass NotificationService {\n  private static instance: NotificationService;\n  private static transporter: Transporter;\n  private constructor(transporter?: Transporter) {}\n  static getInstance(transporter?: Transporter): NotificationService {\n    if (!NotificationService.instance) NotificationService.instance = new NotificationService(transporter);\n    return NotificationService.instance;\n  }\n  static async sendEmail(to: string, text: string) {\n    const transporter = createTransport({ host: process.env.SMTP_HOST });\n    return transporter.sendMail({ to, text });\n  }\n}\nexport default NotificationService;\n",
    },
    // filled with what a function returns: another name for the JSON the module requires (arpa-reporter's validation rules)
    {
      code: "const srcRules = require('../lib/templateRules.json');\nfunction generateRules() {\n  const rules = srcRules;\n  for (const rule of Object.values(rules.subrecipient)) rule.validationFormatters = [];\n  return rules;\n}\nlet generatedRules;\nfunction getRules() {\n  if (!generatedRules) generatedRules = generateRules();\n  return generatedRules;\n}\nmodule.exports = { getRules };\n",
    },
    // … or that JSON itself
    {
      code: "const srcRules = require('../lib/templateRules.json');\nfunction generateRules() {\n  srcRules.subrecipient.EIN__c.maxLength = 10;\n  return srcRules;\n}\nlet generatedRules;\nfunction getRules() {\n  if (!generatedRules) generatedRules = generateRules();\n  return generatedRules;\n}\nmodule.exports = { getRules };\n",
    },
    // DataLoaders made for each request, or one that caches nothing (it batches one tick's loads)
    {
      code: "import DataLoader from 'dataloader';\nexport function createLoaders(db: Db) {\n  return { user: new DataLoader((ids: readonly string[]) => db.users.byIds(ids)) };\n}\nexport const batchOnly = new DataLoader((ids: readonly string[]) => fetchMany(ids), { cache: false });\n",
    },
    // DataLoaders in an object the module makes for each request, or whose maker is kept, not the loader
    "import DataLoader from 'dataloader';\nexport const loaderMakers = { user: (db: Db) => new DataLoader((ids: readonly string[]) => db.users.byIds(ids)) };\nexport function createLoaders(db: Db) {\n  const loaders = { user: new DataLoader((ids: readonly string[]) => db.users.byIds(ids)) };\n  return loaders;\n}\n",
    // a static field beside an index signature that the constructor sets on each instance (aura-nw's horoscope config)
    "const getDbInfo = (where: string, what: string, defaultValue: string) => process.env[`DB_${where}_${what}`] || defaultValue;\nconst genericDbInfo = (where: string): DBInfo => ({ dialect: getDbInfo(where, 'DIALECT', 'local'), uri: getDbInfo(where, 'URI', '') });\nexport default class ConfigClass {\n  public static DB_BLOCK: any;\n  public static DB_PARAM: any;\n  [index: string]: any;\n  public constructor() {\n    this.DB_BLOCK = genericDbInfo('BLOCK');\n    this.DB_PARAM = genericDbInfo('PARAM');\n  }\n}\n",
    // a NestJS provider that refreshes its messages from what it fetches itself, taking nothing from a caller (schul-cloud's alert cache)
    "import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class AlertCacheService {\n  private messages: Message[] = [];\n  private messageProviders: StatusAdapter[] = [];\n  async updateMessages(): Promise<void> {\n    let newMessages: Message[] = [];\n    for (const provider of this.messageProviders) newMessages = newMessages.concat((await provider.getMessage()).messages);\n    this.messages = newMessages;\n  }\n  async getMessages(): Promise<Message[]> {\n    await this.updateMessages();\n    return this.messages;\n  }\n}\n",
    // a package's client made with the process's own secret, imported through TypeScript's import-equals
    "import OpenAI = require('openai');\nlet client: OpenAI | undefined;\nexport function getOpenAI() {\n  if (!client) client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return client;\n}\n",
    // a class's presets beside instance fields of the same names: the constructor writes each instance, never the class
    "export class Color {\n  static red = new Color(255, 0, 0);\n  static green = new Color(0, 255, 0);\n  red: number;\n  green: number;\n  constructor(r: number, g: number, b: number) {\n    this.red = r;\n    this.green = g;\n  }\n}\n",
    // the service-role client, its fetch given a timeout by the platform's AbortSignal (gestaltview's trainer)
    "import { createClient } from '@supabase/supabase-js';\nlet cachedClient: any = null;\nfunction envValue(...keys: string[]): string {\n  for (const key of keys) if (process.env[key]) return process.env[key]!.trim();\n  return '';\n}\nexport function getTrainerSupabaseAdmin(): any {\n  if (cachedClient) return cachedClient;\n  const url = envValue('SUPABASE_URL');\n  const key = envValue('SUPABASE_SERVICE_ROLE_KEY');\n  cachedClient = createClient(url, key, {\n    global: {\n      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(Number(process.env.SUPABASE_QUERY_TIMEOUT_MS ?? 25_000)) }),\n    },\n  });\n  return cachedClient;\n}\n",
    // … or whose first line makes it a command and whose top level branches on the arguments it read (gestaltview's rendering engine CLI)
    "#!/usr/bin/env node\nimport { GestaltRenderEngine } from '../adapters/orchestration.js';\nconst [, , command, ...args] = process.argv;\nconst engine = new GestaltRenderEngine();\nif (command === 'inspect') {\n  console.log(JSON.stringify(engine.capabilities()));\n} else if (command === 'render') {\n  await engine.render(args[0]);\n}\n",
    // the promise of a telemetry logger, kept while its package loads (gestaltview's Braintrust logger)
    "let braintrustLogger = null;\nlet braintrustLoggerPromise = null;\nexport async function initRuntimeBraintrust() {\n  const apiKey = process.env.BRAINTRUST_API_KEY;\n  braintrustLoggerPromise = import('braintrust').then(({ initLogger }) => {\n    braintrustLogger = initLogger({ apiKey, projectName: 'app' });\n    return braintrustLogger;\n  }, () => null);\n  return braintrustLoggerPromise;\n}\n",
    // a Japanese reading converter with its dictionary loaded: each convert reads the text it is handed (Nibi's Kuroshiro over kuromoji)
    `import Kuroshiro from 'kuroshiro';\nimport KuromojiAnalyzer from 'kuroshiro-analyzer-kuromoji';\nlet kuroshiro: Kuroshiro | null = null;\nasync function initKuroshiro() {\n  if (!kuroshiro) {\n    kuroshiro = new Kuroshiro();\n    await kuroshiro.init(new KuromojiAnalyzer({ dictPath: DICT_URL }));\n  }\n  return kuroshiro;\n}\nexport async function toHiragana(text: string) {\n  return (await initKuroshiro()).convert(text, { to: 'hiragana' });\n}\n`,
    // the log file's stream, opened by the function that sets up the process's logging (dployr-base's logger)
    `import { createWriteStream, type WriteStream } from 'fs';\nlet fileStream: WriteStream | null = null;\nexport function initFileLogging(path: string) {\n  fileStream = createWriteStream(path, { flags: 'a' });\n}\nexport function write(line: string) {\n  fileStream?.write(line);\n}\n`,
    // a middleware's (ctx, next) that keeps nothing the request carried: a counter
    `let served = 0;\napp.use(async (ctx, next) => {\n  served += 1;\n  await next();\n});\nexport const servedSoFar = () => served;\n`,
    // a model provider's client filled from the application's configuration, handed down by its type (FIA's getClient(config: AppConfig))
    `import Anthropic from '@anthropic-ai/sdk';\nimport { AppConfig } from '../utils/config';\nlet clientInstance: Anthropic | null = null;\nfunction getClient(config: AppConfig): Anthropic {\n  if (!clientInstance) clientInstance = new Anthropic({ apiKey: config.anthropicApiKey });\n  return clientInstance;\n}\nexport const callClaude = (config: AppConfig, prompt: string) => getClient(config).messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: prompt }] });\n`,
    // an app's own emitter of metrics for a scraper (AI-Agents' PrometheusMetricsEmitter)
    `export class PrometheusMetricsEmitter {\n  private static instance: PrometheusMetricsEmitter;\n  private lines: string[] = [];\n  static getInstance() {\n    if (!PrometheusMetricsEmitter.instance) PrometheusMetricsEmitter.instance = new PrometheusMetricsEmitter();\n    return PrometheusMetricsEmitter.instance;\n  }\n  emit(line: string) { this.lines.push(line); }\n}\n`,
    // an encryptor whose methods take its options apart, made from the process's own configuration (teable's access-token Encryptor)
    `import * as crypto from 'crypto';\nimport { authConfig } from './auth.config';\nclass Encryptor {\n  private readonly options: { algorithm: string; key: string; iv: string };\n  constructor(options: { algorithm: string; key: string; iv: string }) {\n    this.options = { ...options };\n  }\n  encrypt(data: string): string {\n    const { algorithm, key, iv } = this.options;\n    const cipher = crypto.createCipheriv(algorithm, key, iv);\n    return cipher.update(data, 'utf-8', 'hex') + cipher.final('hex');\n  }\n}\nlet accessTokenEncryptor: Encryptor;\nexport const getAccessTokenEncryptor = () => {\n  if (!accessTokenEncryptor) accessTokenEncryptor = new Encryptor({ ...authConfig().accessToken.encryption });\n  return accessTokenEncryptor;\n};\n`,
    // a lock per resource and what it guards, by any name: a request on a repository waits for the one before it (Twig's GitOperationManager)
    "import { createGitClient, type GitClient } from './client.js';\nimport { AsyncReaderWriterLock } from './rw-lock.js';\ninterface RepoState {\n  lock: AsyncReaderWriterLock;\n  client: GitClient;\n  lastAccess: number;\n}\nclass GitOperationManagerImpl {\n  private repoStates = new Map<string, RepoState>();\n  private cleanupInterval: ReturnType<typeof setInterval> | null = null;\n  constructor() {\n    this.cleanupInterval = setInterval(() => this.cleanupIdleRepos(), 60000);\n  }\n  private getRepoState(repoPath: string): RepoState {\n    let state = this.repoStates.get(repoPath);\n    if (!state) {\n      state = { lock: new AsyncReaderWriterLock(), client: createGitClient(repoPath), lastAccess: Date.now() };\n      this.repoStates.set(repoPath, state);\n    }\n    return state;\n  }\n  private cleanupIdleRepos(): void {\n    for (const [repoPath, state] of this.repoStates) if (Date.now() - state.lastAccess > 300000) this.repoStates.delete(repoPath);\n  }\n  async executeWrite<T>(repoPath: string, operation: (git: GitClient) => Promise<T>): Promise<T> {\n    const state = this.getRepoState(repoPath);\n    await state.lock.acquireWrite();\n    try {\n      return await operation(state.client);\n    } finally {\n      state.lock.releaseWrite();\n    }\n  }\n}\nlet instance: GitOperationManagerImpl | null = null;\nexport function getGitOperationManager(): GitOperationManagerImpl {\n  if (!instance) instance = new GitOperationManagerImpl();\n  return instance;\n}\n",
    "import { Mutex } from 'async-mutex';\nclass FileWriter {\n  private readonly locks: Map<string, Mutex> = new Map();\n  async write(path: string, text: string) {\n    let lock = this.locks.get(path);\n    if (!lock) this.locks.set(path, (lock = new Mutex()));\n    await lock.runExclusive(() => save(path, text));\n  }\n}\nlet writer: FileWriter | undefined;\nexport const getFileWriter = () => (writer ??= new FileWriter());\n",
    // a message broker's connection and its consumers by queue (thesis-api's AMQPClient)
    "import * as amqp from 'amqplib';\nclass AMQPClient {\n  private static instance: AMQPClient | null = null;\n  private connection: amqp.Connection | null = null;\n  private channel: amqp.Channel | null = null;\n  private isConnecting: boolean = false;\n  private consumers: Map<string, amqp.ConsumeMessage> = new Map();\n  private constructor() {}\n  static getInstance(): AMQPClient {\n    if (!AMQPClient.instance) AMQPClient.instance = new AMQPClient();\n    return AMQPClient.instance;\n  }\n  async connect(): Promise<void> {\n    this.isConnecting = true;\n    this.connection = await amqp.connect(process.env.AMQP_URL!);\n    this.channel = await this.connection.createChannel();\n    this.isConnecting = false;\n  }\n  async disconnect(): Promise<void> {\n    await this.connection?.close();\n    this.connection = null;\n    this.consumers.clear();\n  }\n}\nexport const amqpClient = AMQPClient.getInstance();\n",
    // paths joined by Node's path functions imported by name: strings, whatever sets them (second-brain's profile directories)
    "import { join, dirname } from 'node:path';\nimport { fileURLToPath } from 'node:url';\nconst ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');\nexport let STORE_DIR = join(ROOT, 'store');\nexport function setProfile(profileName: string): void {\n  STORE_DIR = join(ROOT, 'profiles', profileName, 'store');\n}\n",
    // a database client per tenant, made on first use of each (dishub's PrismaManager)
    "import { PrismaClient } from '@prisma/client';\nclass PrismaManager {\n  private static instance: PrismaManager;\n  private clients: Map<string, PrismaClient> = new Map();\n  public static getInstance(): PrismaManager {\n    if (!PrismaManager.instance) PrismaManager.instance = new PrismaManager();\n    return PrismaManager.instance;\n  }\n  public getClient(tenantId?: string): PrismaClient {\n    const key = tenantId || 'default';\n    if (!this.clients.has(key)) this.clients.set(key, new PrismaClient({ datasources: { db: { url: process.env.DATABASE_URL + '?schema=' + key } } }));\n    return this.clients.get(key)!;\n  }\n}\nexport const prismaManager = PrismaManager.getInstance();\n",
    // a LangChain chat model and embeddings by their base types, whichever provider the config names (company-support-chatbot's)
    "import { BaseChatModel } from '@langchain/core/language_models/chat_models';\nimport { Embeddings } from '@langchain/core/embeddings';\nimport { createLLMProvider, createEmbeddingsProvider } from './providers';\nlet llmInstance: BaseChatModel | null = null;\nlet embeddingsInstance: Embeddings | null = null;\nexport function createLLM(): BaseChatModel {\n  if (!llmInstance) llmInstance = createLLMProvider();\n  return llmInstance;\n}\nexport function createEmbeddings(): Embeddings {\n  if (!embeddingsInstance) embeddingsInstance = createEmbeddingsProvider();\n  return embeddingsInstance;\n}\n",
    // a media host's client on the app's own key, kept by a service of the module's (daycare-management-system's ImageKitService)
    "import ImageKit from 'imagekit';\nimport { config } from './config';\nexport class ImageKitService {\n  private imagekit: ImageKit | null = null;\n  private urlEndpoint: string;\n  constructor() {\n    this.urlEndpoint = config.imagekit.urlEndpoint;\n    if (config.imagekit.privateKey) this.imagekit = new ImageKit({ publicKey: config.imagekit.publicKey, privateKey: config.imagekit.privateKey, urlEndpoint: this.urlEndpoint });\n  }\n  upload(file: Buffer, fileName: string) {\n    return this.imagekit!.upload({ file, fileName });\n  }\n}\nlet imageKitServiceInstance: ImageKitService | null = null;\nexport function getImageKitService(): ImageKitService {\n  if (!imageKitServiceInstance) imageKitServiceInstance = new ImageKitService();\n  return imageKitServiceInstance;\n}\n",
    // a page's chat store: it fetches the page's own paths, which no server's fetch resolves (KlimCode's)
    `let currentAbortController: AbortController | null = null;\nexport async function sendMessage(content: string, agent: boolean) {\n  currentAbortController = new AbortController();\n  const endpoint = agent ? '/api/agent' : '/api/chat';\n  const res = await fetch(endpoint, { signal: currentAbortController.signal, method: 'POST', body: content });\n  return res.json();\n}\n`,
    `let controller: AbortController | null = null;\nexport const load = async (id: string) => {\n  controller = new AbortController();\n  return fetch(\`/api/conversations/\${id}/messages\`, { signal: controller.signal });\n};\n`,
    // … or calls SvelteKit's goto(), which throws on a server (ConGustoAI's chat)
    `import { goto } from '$app/navigation';\nexport let abortController: AbortController | undefined = undefined;\nexport async function submitConversation(user?: string) {\n  if (!user) {\n    await goto('/login');\n    return;\n  }\n  abortController = new AbortController();\n  await stream(abortController.signal);\n}\n`,
    // a product-analytics client by its maker's name, made with the process's key (SynthralOS')
    `import { initPostHog as initFromWrapper } from './posthog-wrapper.cjs';\nexport function initPostHog(options: { apiKey: string }): any {\n  return initFromWrapper(options);\n}\nlet posthogInstance: any | null = null;\nexport function getPostHogClient() {\n  if (!posthogInstance && process.env.POSTHOG_API_KEY) {\n    posthogInstance = initPostHog({ apiKey: process.env.POSTHOG_API_KEY });\n  }\n  return posthogInstance;\n}\n`,
    // a service-role client made by a maker of the module's own that takes nothing (bolt.diy's website-agent)
    `import { createClient } from '@supabase/supabase-js';\nexport function createSupabaseClient() {\n  const url = process.env.SUPABASE_URL || process.env.VITE_SUPABASE_URL;\n  const serviceKey = process.env.SUPABASE_SERVICE_KEY;\n  if (!url || !serviceKey) throw new Error('Missing Supabase configuration');\n  return createClient(url, serviceKey, { auth: { persistSession: false } });\n}\nlet adminClient: ReturnType<typeof createSupabaseClient> | null = null;\nexport function getSupabaseAdmin() {\n  if (!adminClient) {\n    adminClient = createSupabaseClient();\n  }\n  return adminClient;\n}\n`,
    // a cookie session storage made on first use: each request's session is in its cookie (easybits')
    `import { createCookieSessionStorage } from 'react-router';\nlet _sessionStorage: ReturnType<typeof createCookieSessionStorage>;\nfunction getSessionStorage() {\n  if (!_sessionStorage) {\n    _sessionStorage = createCookieSessionStorage({ cookie: { name: '__session', secrets: [process.env.SESSION_SECRET!] } });\n  }\n  return _sessionStorage;\n}\nexport const getSession = (request: Request) => getSessionStorage().getSession(request.headers.get('Cookie'));\n`,
    // a development launcher its first line makes a command, waiting for the dev server it spawned (bolt.diy's scripts/electron-dev.mjs)
    "#!/usr/bin/env node\nimport { spawn, exec } from 'node:child_process';\nlet electronProcess = null;\nlet remixProcess = null;\nfunction cleanup() {\n  electronProcess?.kill('SIGTERM');\n  remixProcess?.kill('SIGTERM');\n}\nprocess.on('SIGINT', cleanup);\nasync function waitForServer(port) {\n  return new Promise((resolve) => {\n    const checkServer = () => exec(`lsof -i :${port}`, (error, stdout) => (stdout ? resolve() : setTimeout(checkServer, 1000)));\n    checkServer();\n  });\n}\nasync function startElectronDev() {\n  remixProcess = spawn('pnpm', ['dev']);\n  await waitForServer(5173);\n  electronProcess = spawn('electron', ['build/electron/main/index.mjs']);\n}\nstartElectronDev();\n",
    // a terminal's colours, made on first use at a fixed level (website-agent's logger)
    "import { Chalk } from 'chalk';\nlet chalkInstance: InstanceType<typeof Chalk> | null = null;\nfunction getChalk() {\n  if (!chalkInstance) chalkInstance = new Chalk({ level: 3 });\n  return chalkInstance;\n}\nexport const paint = (text: string) => getChalk().cyan(text);\n",
    // a Shopify app's authentication, made where a Worker's environment arrives (chatgpt-feed's app/shopify.server.ts)
    "import { shopifyApp } from '@shopify/shopify-app-react-router/server';\nimport { D1SessionStorage } from './d1-session-storage';\ndeclare global { var shopifyAppInstance: ReturnType<typeof shopifyApp> | undefined; var shopifyEnv: Record<string, string> | undefined; }\nconst sessionStorage = new D1SessionStorage();\nfunction getShopifyApp() {\n  if (!globalThis.shopifyAppInstance) {\n    const env = globalThis.shopifyEnv || {};\n    globalThis.shopifyAppInstance = shopifyApp({ apiKey: env.SHOPIFY_API_KEY || '', apiSecretKey: env.SHOPIFY_API_SECRET || '', sessionStorage });\n  }\n  return globalThis.shopifyAppInstance;\n}\nexport const authenticate = { admin: (request: Request) => getShopifyApp().authenticate.admin(request) };\n",
    // a metrics registry of the app's own, written for a Prometheus scrape (automail's app/lib/metrics/registry.ts)
    "class Registry {\n  private metrics = new Map<string, { type: string; series: Map<string, number> }>();\n  counter(name: string) {\n    const series = this.series(name, 'counter');\n    return { inc: (labels: Record<string, string> = {}, value = 1) => series.set(JSON.stringify(labels), (series.get(JSON.stringify(labels)) ?? 0) + value) };\n  }\n  gauge(name: string) {\n    const series = this.series(name, 'gauge');\n    return { set: (labels: Record<string, string>, value: number) => series.set(JSON.stringify(labels), value) };\n  }\n  private series(name: string, type: string) {\n    let metric = this.metrics.get(name);\n    if (!metric) this.metrics.set(name, (metric = { type, series: new Map() }));\n    return metric.series;\n  }\n  renderPrometheus() {\n    return [...this.metrics].map(([name, metric]) => `# TYPE ${name} ${metric.type}`).join('\\n');\n  }\n}\nexport const metrics = new Registry();\n",
    // caches on the global object of what each shop's lookups returned, stamped for a TTL (B2b-portal's loaders)
    "declare global {\n  var __notificationsCache: Map<string, { data: any; timestamp: number }> | undefined;\n}\nconst cache: Map<string, { data: any; timestamp: number }> =\n  globalThis.__notificationsCache ?? (globalThis.__notificationsCache = new Map());\nexport const cached = (shop: string) => cache.get(shop)?.data;\n",
    "declare global {\n  var __storeCache: Map<string, { data: { id: string; plan: string | null; creditLimit: unknown }; timestamp: number }> | undefined;\n}\nconst storeCache: Map<string, { data: { id: string; plan: string | null; creditLimit: unknown }; timestamp: number }> =\n  globalThis.__storeCache ?? (globalThis.__storeCache = new Map());\nexport const cached = (shop: string) => storeCache.get(shop)?.data;\n",
    // the process's settings, read from the environment and read again on reload (qr-flow's ConfigManager)
    "interface AppConfig {\n  shopify: { apiKey: string; scopes: string[] };\n  limits: { free: { qrCodes: number } };\n}\nexport class ConfigManager {\n  private static instance: ConfigManager;\n  private config: AppConfig;\n  private constructor() {\n    this.config = this.loadConfig();\n  }\n  static getInstance(): ConfigManager {\n    if (!ConfigManager.instance) ConfigManager.instance = new ConfigManager();\n    return ConfigManager.instance;\n  }\n  private loadConfig(): AppConfig {\n    return { shopify: { apiKey: process.env.SHOPIFY_API_KEY ?? '', scopes: (process.env.SCOPES ?? '').split(',') }, limits: { free: { qrCodes: 10 } } };\n  }\n  get<K extends keyof AppConfig>(key: K): AppConfig[K] {\n    return this.config[key];\n  }\n  async reloadConfig(): Promise<void> {\n    this.config = this.loadConfig();\n  }\n}\n",
    // a Telegram account's client on the app's own session, connected on first use (fraudcheck2's lookups)
    { code: "import { TelegramClient } from 'telegram';\nimport { StringSession } from 'telegram/sessions/index.js';\nlet client = null;\nlet initPromise = null;\nasync function ensureClient() {\n  if (client) return client;\n  initPromise ??= (async () => {\n    client = new TelegramClient(new StringSession(process.env.TELEGRAM_SESSION), Number(process.env.TELEGRAM_API_ID), process.env.TELEGRAM_API_HASH, { connectionRetries: 5 });\n    await client.connect();\n    return client;\n  })();\n  return initPromise;\n}\nexport async function lookup(phone) {\n  const telegram = await ensureClient();\n  return telegram.sendMessage('TrueCalleRobot', { message: phone });\n}\n", filename: 'app/services/telegram.service.js' },
    // … loaded by a helper the getter declares for itself, inside its try (website-agent's logger)
    "let chalkInstance: any = null;\nlet chalkLoadAttempted = false;\nfunction getChalk() {\n  if (chalkLoadAttempted) return chalkInstance;\n  chalkLoadAttempted = true;\n  try {\n    const requireChalk = () => {\n      const chalkModule = require('chalk');\n      return chalkModule.Chalk ? new chalkModule.Chalk({ level: 3 }) : null;\n    };\n    chalkInstance = requireChalk();\n  } catch {\n    chalkInstance = null;\n  }\n  return chalkInstance;\n}\nexport const paint = (text: string) => getChalk()?.cyan(text) ?? text;\n",
    // an SMTP transport on the configuration's account, its options calling back what they are handed (glubon-api's EmailService)
    "import nodemailer, { type Transporter } from 'nodemailer';\nimport { config } from '../config';\nexport class EmailService {\n  private static transporter: Transporter | null = null;\n  constructor(private prisma: unknown) {\n    this.initializeTransporter();\n  }\n  private initializeTransporter(): void {\n    if (EmailService.transporter) return;\n    const transportConfig: any = {\n      host: config.EMAIL_HOST,\n      auth: { user: config.EMAIL_USER, pass: config.EMAIL_PASS },\n      dnsLookup: (hostname: string, dns: (hostname: string, options: any) => any) => dns(hostname, { all: true }),\n    };\n    EmailService.transporter = nodemailer.createTransport(transportConfig);\n  }\n  send(to: string) {\n    return EmailService.transporter?.sendMail({ to });\n  }\n}\n",
    // a GraphQL schema built once, declared by its type (gazatu-api's App.gqlSchema)
    "import * as gql from 'graphql';\nimport { buildGraphQLSchema } from './graphql';\nexport class App {\n  static gqlSchema?: gql.GraphQLSchema;\n  async setup() {\n    if (!App.gqlSchema) {\n      App.gqlSchema = await buildGraphQLSchema();\n    }\n    return App.gqlSchema;\n  }\n}\n",
    // a repository around the `sqlite` package's promise API, on the app's database file (tt5's SolidStart game)
    "import sqlite3 from 'sqlite3';\nimport { open, Database } from 'sqlite';\nclass BasePointRepository {\n  constructor(private db: Database) {}\n  getAll() {\n    return this.db.all('SELECT id, x, y FROM base_points');\n  }\n}\nlet db: Database;\nlet basePointRepo: BasePointRepository | null = null;\nexport async function getBasePointRepository() {\n  if (!db) db = await open({ filename: 'data/app.db', driver: sqlite3.Database });\n  if (!basePointRepo) basePointRepo = new BasePointRepository(db);\n  return basePointRepo;\n}\n",
    // … on the module's own constants of its configuration, whatever they are called (fraudcheck2's `sessionString`)
    { code: "import { TelegramClient } from 'telegram';\nimport { StringSession } from 'telegram/sessions/index.js';\nconst apiId = Number(process.env.TELEGRAM_API_ID);\nconst apiHash = process.env.TELEGRAM_API_HASH;\nconst sessionString = process.env.TELEGRAM_SESSION || '';\nlet client = null;\nexport async function ensureClient() {\n  if (!client) {\n    client = new TelegramClient(new StringSession(sessionString), apiId, apiHash, { connectionRetries: 5 });\n    await client.connect();\n  }\n  return client;\n}\n", filename: 'app/services/telegram-session.service.js' },
    // a package required through a `require` made and called at once (agentswarms' AlaSQL)
    "import { createRequire } from 'node:module';\nlet alasqlModule: any = null;\nfunction loadAlasql(): any {\n  if (!alasqlModule) {\n    alasqlModule = createRequire(import.meta.url)('alasql');\n  }\n  return alasqlModule;\n}\nexport function run(sql: string) {\n  return loadAlasql()(sql);\n}\n",
    // a module that starts a Web Worker with the page's own constructor runs on a page (agentswarms' DuckDB-Wasm)
    "let handle: Promise<{ db: unknown; worker: Worker }> | null = null;\nfunction init() {\n  if (handle) return handle;\n  handle = (async () => {\n    const dd = await import('@duckdb/duckdb-wasm');\n    const bundle = await dd.selectBundle(BUNDLES);\n    const worker = new Worker(bundle.mainWorker!);\n    const db = new dd.AsyncDuckDB(new dd.VoidLogger(), worker);\n    await db.instantiate(bundle.mainModule);\n    return { db, worker };\n  })();\n  return handle;\n}\nexport async function query(sql: string) {\n  const { db } = await init();\n  return db;\n}\n",
    // a concurrency manager of the app's own admits requests across every user (alice's chat streams)
    "class ConcurrentManager {\n  private activeConnections = new Set<string>();\n  private concurrent = 0;\n  private readonly maxConcurrent = 6;\n  canAcceptRequest(): boolean {\n    return this.concurrent < this.maxConcurrent;\n  }\n  acquire(id: string) {\n    this.activeConnections.add(id);\n    this.concurrent++;\n  }\n}\nexport const concurrentManager = new ConcurrentManager();\n",
    // a table a private method builds for the constructor alone, read-only afterwards (trusio's AgentRegistry)
    "import { Agent } from '@openai/agents';\nimport { AGENT_CONFIG } from './config';\nclass AgentRegistry {\n  private agents = new Map<string, Agent>();\n  private initialized = false;\n  constructor() {\n    this.initializeAgents();\n  }\n  private initializeAgents(): void {\n    for (const [name, config] of Object.entries(AGENT_CONFIG)) {\n      this.agents.set(name, new Agent({ name, instructions: config.instructions }));\n    }\n    this.initialized = true;\n  }\n  isInitialized(): boolean {\n    return this.initialized;\n  }\n  getAgent(name: string): Agent | undefined {\n    return this.agents.get(name);\n  }\n  getAgentMetrics() {\n    const metrics: Record<string, number> = {};\n    for (const [name, agent] of this.agents) metrics[name] = agent.tools.length;\n    return metrics;\n  }\n}\nexport const agentRegistry = new AgentRegistry();\n",
    // the server announcing itself on the local network (alacrity's mDNS)
    "import { Bonjour, type Service } from 'bonjour-service';\nlet bonjour: Bonjour | null = null;\nlet service: Service | null = null;\nexport function startMdns(port: number): void {\n  bonjour = new Bonjour();\n  service = bonjour.publish({ name: 'Alacrity', type: 'http', port });\n}\nexport function stopMdns(): void {\n  service?.stop?.();\n  bonjour?.destroy();\n  bonjour = null;\n}\n",
    // grammY's rate limiter, counting per chat by design, and its runner, the bot's loop (playphoto-hr-bot)
    "import { limit } from '@grammyjs/ratelimiter';\nlet candidateLimit: any = null;\nexport function getCandidateRateLimit(redis: any) {\n  if (!candidateLimit) {\n    candidateLimit = limit({ timeFrame: 60000, limit: 20, storageClient: redis, keyGenerator: (ctx: any) => ctx.from?.id.toString() });\n  }\n  return candidateLimit;\n}\n",
    "import { run, type RunnerHandle } from '@grammyjs/runner';\nimport { bot } from './bot';\nlet runner: RunnerHandle | undefined;\nasync function bootstrap() {\n  runner = run(bot);\n}\nprocess.once('SIGTERM', () => runner?.stop());\nbootstrap();\n",
    // Hono's app by its type, built by the app's own function on a Worker's first request (mcp-approval2)
    "import type { Hono } from 'hono';\nimport { createCfApp, type CfEnv } from './app-factory-cf.js';\nlet cachedApp: Hono | null = null;\nasync function getApp(env: CfEnv): Promise<Hono> {\n  if (cachedApp) return cachedApp;\n  cachedApp = await createCfApp(env);\n  return cachedApp;\n}\nexport default { async fetch(request: Request, env: CfEnv) { return (await getApp(env)).fetch(request); } };\n",
    // a tRPC client of another service's API, on the process's own URL (vit-store's agent)
    "import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';\nimport type { StoreRouter } from '@vit/api';\nconst storeApiUrl = (): string => `${process.env.STORE_API_URL ?? 'http://localhost:3000'}/trpc/store`;\nlet cachedClient: TRPCClient<StoreRouter> | undefined;\nexport const storeClient = (): TRPCClient<StoreRouter> => {\n  cachedClient ??= createTRPCClient<StoreRouter>({ links: [httpLink({ url: storeApiUrl() })] });\n  return cachedClient;\n};\n",
    // a Discord bot's music player on the bot's client, a queue per guild inside it (Kazemi's DisTube)
    "import { DisTube } from 'distube';\nimport type { Client } from 'discord.js';\nlet player: DisTube | null = null;\nexport function initializeMusicPlayer(client: Client): DisTube {\n  if (player) return player;\n  player = new DisTube(client, { emitNewSongOnly: true });\n  return player;\n}\n",
    // a class that loads the platform's clients once, concurrent callers awaiting one load (personifi-aria's AWS clients)
    "export class AwsClientFactory {\n  private dynamoClient: unknown | null = null;\n  private s3Client: unknown | null = null;\n  private s3InitPromise: Promise<unknown | null> | null = null;\n  constructor(private readonly subagent: string) {}\n  async getS3() {\n    if (this.s3Client) return this.s3Client;\n    if (!this.s3InitPromise) {\n      this.s3InitPromise = (async () => {\n        try {\n          const { S3Client } = await import('@aws-sdk/client-s3');\n          this.s3Client = new S3Client({ region: process.env.AWS_REGION });\n          return this.s3Client;\n        } catch {\n          this.s3InitPromise = null;\n          return null;\n        }\n      })();\n    }\n    return this.s3InitPromise;\n  }\n}\nexport const sharedClients = new AwsClientFactory('Shared');\n",
    // Feathers' services, looked up by the paths the project names (enhealth-api's AuthHelper)
    "import type { Service } from 'feathers-mongoose';\nimport type { Application } from '../declarations';\nimport { authenticationPath, userPath } from '../service_endpoints/services';\nexport class AuthHelper {\n  private static _userService: Service;\n  private static _authenticationService: Service;\n  static initializeAuth(app: Application): void {\n    AuthHelper._userService = app.service(userPath);\n    AuthHelper._authenticationService = app.service(authenticationPath);\n  }\n  static async findByPhone(phone: string) {\n    return AuthHelper._userService.find({ query: { phone } });\n  }\n}\n",
    // Appwrite's server SDK on the project's endpoint (swapNshare's uploads)
    "import sdk from 'node-appwrite';\nexport class AppWrite {\n  private static _storage: sdk.Storage;\n  static initializeAppWrite(app: { get(key: string): any }) {\n    const config = app.get('appwrite');\n    const client = new sdk.Client().setEndpoint(config.url).setProject(config.project_id);\n    AppWrite._storage = new sdk.Storage(client);\n  }\n}\n",
    // a model kept once its load settles, the load shared by concurrent callers (driftos' embeddings)
    "import { pipeline } from '@xenova/transformers';\nlet model: any = null;\nlet loading: Promise<any> | null = null;\nasync function getModel() {\n  if (model) return model;\n  if (loading) return loading;\n  loading = pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');\n  model = await loading;\n  return model;\n}\nexport async function embed(text: string) {\n  return (await getModel())(text);\n}\n",
    // a pipeline whose base class keeps its settings and a logger, each call's context its own (driftos' orchestrators)
    "import { createLogger } from './logger';\nabstract class BaseOrchestrator<TInput> {\n  protected config: { name: string; timeout: number };\n  protected logger;\n  constructor(config: { name: string; timeout?: number }) {\n    this.logger = createLogger(config.name);\n    this.config = { name: config.name, timeout: config.timeout ?? 30000 };\n  }\n  protected abstract run(input: TInput): Promise<unknown>;\n  async execute(input: TInput) {\n    return this.run(input);\n  }\n}\nclass ContextOrchestrator extends BaseOrchestrator<{ branchId: string }> {\n  constructor() {\n    super({ name: 'ContextOrchestrator', timeout: 5000 });\n  }\n  protected async run(input: { branchId: string }) {\n    return { branchId: input.branchId };\n  }\n}\nexport class ContextService {\n  private static instance: ContextService;\n  private orchestrator: ContextOrchestrator;\n  private constructor() {\n    this.orchestrator = new ContextOrchestrator();\n  }\n  static getInstance(): ContextService {\n    if (!ContextService.instance) ContextService.instance = new ContextService();\n    return ContextService.instance;\n  }\n  get(branchId: string) {\n    return this.orchestrator.execute({ branchId });\n  }\n}\n",
    // Fastify's app by its type, handed to the service at start (token-indexer's LogReaderService)
    "import { FastifyInstance } from 'fastify';\nexport class LogReaderService {\n  private static instance: LogReaderService;\n  private app?: FastifyInstance;\n  private constructor() {}\n  setApp(app: FastifyInstance) {\n    this.app = app;\n  }\n  static getInstance(): LogReaderService {\n    if (!LogReaderService.instance) LogReaderService.instance = new LogReaderService();\n    return LogReaderService.instance;\n  }\n  async start() {\n    this.app?.log.info('started');\n  }\n}\n",
    // handed the app's database client and logger, it makes its Firebase app of the environment (7kar7son7's push notifications)
    "import type { FastifyBaseLogger } from 'fastify';\nimport { PrismaClient } from '@prisma/client';\nimport * as admin from 'firebase-admin';\nlet instance: PushNotificationService | null = null;\nexport class PushNotificationService {\n  private firebaseAdmin: admin.app.App | null = null;\n  static getInstance(prisma: PrismaClient, logger: FastifyBaseLogger): PushNotificationService {\n    if (!instance) instance = new PushNotificationService(prisma, logger);\n    return instance;\n  }\n  constructor(private readonly prisma: PrismaClient, private readonly logger: FastifyBaseLogger) {\n    this.initializeFirebaseAdmin();\n  }\n  private initializeFirebaseAdmin() {\n    const privateKey = process.env.FCM_PRIVATE_KEY!.replace(/\\\\n/g, '\\n');\n    this.firebaseAdmin = admin.initializeApp({ credential: admin.credential.cert({ projectId: process.env.FCM_PROJECT_ID, privateKey }) });\n  }\n  async send(userId: string, body: string) {\n    const tokens = (await this.prisma.deviceToken.findMany({ where: { userId } })).map((row) => row.token);\n    this.logger.info({ userId }, 'sending');\n    return admin.messaging(this.firebaseAdmin!).sendEachForMulticast({ tokens, notification: { body } });\n  }\n}\n",
    // the app's dependency-injection container, its composition root (real-time-sports-betting-platform-server's)
    "import { interfaces, Container as InversifyContainer } from 'inversify';\nimport { ServicesModule } from './modules';\nclass ContainerManager {\n  private static instance: ContainerManager;\n  private _container: InversifyContainer;\n  private initialized: boolean = false;\n  private constructor() {\n    this._container = new InversifyContainer({ defaultScope: 'Singleton' });\n  }\n  static getInstance(): ContainerManager {\n    if (!ContainerManager.instance) ContainerManager.instance = new ContainerManager();\n    return ContainerManager.instance;\n  }\n  get<T>(id: interfaces.ServiceIdentifier<T>): T {\n    if (!this.initialized) {\n      this._container.load(ServicesModule);\n      this.initialized = true;\n    }\n    return this._container.get<T>(id);\n  }\n}\nexport const container = ContainerManager.getInstance();\n",
    // socket.io's server under the project's own name for it (Travel-Log-Api's ChatEmitter)
    "import { Server } from 'socket.io';\nimport { logger } from './logger';\ntype TypedIOServer = Server<{ join: (room: string) => void }, { message: (text: string) => void }>;\nexport class ChatEmitter {\n  private static instance: ChatEmitter;\n  private io: TypedIOServer | null = null;\n  private constructor() {}\n  static getInstance(): ChatEmitter {\n    if (!ChatEmitter.instance) ChatEmitter.instance = new ChatEmitter();\n    return ChatEmitter.instance;\n  }\n  init(io: TypedIOServer): void {\n    this.io = io;\n    logger.info('initialized');\n  }\n  sendMessage(chatId: string, text: string): void {\n    this.io?.to(chatId).emit('message', text);\n  }\n}\n",
    // Liquibase's migration runner on the process's connection settings (Linemate's)
    "import { Liquibase, LiquibaseConfig, POSTGRESQL_DEFAULT_CONFIG } from 'liquibase';\nexport class AppLiquibase {\n  static myConfig: LiquibaseConfig = { ...POSTGRESQL_DEFAULT_CONFIG, url: process.env.DB_URL!, changeLogFile: './db/changelog.xml' };\n  static liquibaseInstance: Liquibase;\n  static async initialize() {\n    this.liquibaseInstance = new Liquibase(this.myConfig);\n    await this.liquibaseInstance.update({});\n  }\n}\n",
    // nodemailer's test account, made for the process where no SMTP server is configured (twinity-api's)
    "import nodemailer, { Transporter } from 'nodemailer';\nimport { env } from '../config/env';\nlet _transporter: Transporter | null = null;\nasync function getTransporter(): Promise<Transporter> {\n  if (_transporter) return _transporter;\n  if (!env.smtp.user) {\n    const testAccount = await nodemailer.createTestAccount();\n    _transporter = nodemailer.createTransport({ host: 'smtp.ethereal.email', port: 587, auth: { user: testAccount.user, pass: testAccount.pass } });\n  } else {\n    _transporter = nodemailer.createTransport({ host: env.smtp.host, auth: { user: env.smtp.user, pass: env.smtp.pass } });\n  }\n  return _transporter;\n}\nexport async function send(to: string, html: string) {\n  return (await getTransporter()).sendMail({ to, html });\n}\n",
    // whether a program runs, asked once: a promise settled to a yes or a no (starscreener's curl check)
    "import { spawn } from 'node:child_process';\nlet _curlAvailable = null;\nasync function curlAvailable() {\n  if (_curlAvailable !== null) return _curlAvailable;\n  _curlAvailable = await new Promise((resolve) => {\n    const child = spawn('curl', ['--version'], { stdio: 'ignore' });\n    child.on('error', () => resolve(false));\n    child.on('close', (code) => resolve(code === 0));\n  });\n  return _curlAvailable;\n}\nexport async function resolveRedirect(url) {\n  if (!(await curlAvailable())) return null;\n  return url;\n}\n",
    // a directory made once, its promise kept so that the next append waits on it (starscreener's mentions lake)
    "import { appendFile, mkdir } from 'node:fs/promises';\nimport { dirname } from 'node:path';\nconst LAKE_PATH = '/data/unknown-mentions.jsonl';\nlet dirEnsured = null;\nexport async function appendUnknownMentions(rows) {\n  if (!dirEnsured) {\n    dirEnsured = mkdir(dirname(LAKE_PATH), { recursive: true });\n  }\n  await dirEnsured;\n  await appendFile(LAKE_PATH, rows.map((row) => JSON.stringify(row)).join('\\n'));\n}\n",
    // the environment checked against an ArkType schema on first use (a1d-agent's env)
    "import { runtimeEnvSchema } from './env.schema';\nimport { lazy } from './lazy';\nexport const env = lazy(() => runtimeEnvSchema.assert(process.env));\n",
    // a NestJS app's Express instance, kept by its Vercel handler so that each invocation reuses the app (nexaflow-backend's)
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.init();\n  return app;\n}\nlet cachedServer: any;\nexport default async (req: any, res: any) => {\n  if (!cachedServer) {\n    const app = await bootstrap();\n    cachedServer = app.getHttpAdapter().getInstance();\n  }\n  return cachedServer(req, res);\n};\n",
    // a serverless platform's adapter around the app, kept for warm invocations: serverless-express', serverless-http's,
    // and the same over a NestJS app's Express instance made by a bootstrap function of the module's
    "import serverlessExpress from '@codegenie/serverless-express';\nimport { app } from './app';\nlet server;\nexport const handler = async (event, context) => {\n  server = server ?? serverlessExpress({ app });\n  return server(event, context);\n};\n",
    "import serverless from 'serverless-http';\nimport { app } from './app';\nlet cached;\nexport const handler = async (event, context) => {\n  if (!cached) cached = serverless(app);\n  return cached(event, context);\n};\n",
    "import { NestFactory } from '@nestjs/core';\nimport serverlessExpress from '@codegenie/serverless-express';\nimport { AppModule } from './app.module';\nlet server;\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.init();\n  const expressApp = app.getHttpAdapter().getInstance();\n  return serverlessExpress({ app: expressApp });\n}\nexport const handler = async (event, context, callback) => {\n  server = server ?? (await bootstrap());\n  return server(event, context, callback);\n};\n",
    // a token service keeping its key and the session settings, widened by the key, read from the process's configuration (Zerotrust's)
    "import { encrypt } from '../crypto/paseto';\nimport type { zerotrustConfig } from '../types';\nimport { getConfig } from '../config';\nimport { getUserSettings } from '../settings';\nexport class TokenService {\n  private key!: Uint8Array;\n  private config: zerotrustConfig['session'] & { secretKeyHex: string };\n  constructor(secretKeyHex: string, sessionConfig: zerotrustConfig['session']) {\n    this.config = { ...sessionConfig, secretKeyHex };\n  }\n  async init() {\n    this.key = Buffer.from(this.config.secretKeyHex, 'hex');\n  }\n  async sign(payload: object): Promise<string> {\n    return encrypt(this.key, JSON.stringify(payload));\n  }\n}\nlet tokenServiceInstance: TokenService | null = null;\nexport async function getTokenService() {\n  if (tokenServiceInstance) return tokenServiceInstance;\n  const cfg = getConfig();\n  tokenServiceInstance = new TokenService(cfg.security.tokenSecretHex, cfg.session);\n  await tokenServiceInstance.init();\n  return tokenServiceInstance;\n}\n",
    // a request context whose one field, given where it is declared, is each request's store (jamify-websocket's)
    "import { AsyncLocalStorage } from 'node:async_hooks';\nexport class RequestContext {\n  private static instance: RequestContext;\n  private storage = new AsyncLocalStorage<{ token: string }>();\n  static getInstance(): RequestContext {\n    if (!RequestContext.instance) RequestContext.instance = new RequestContext();\n    return RequestContext.instance;\n  }\n  middleware() {\n    return (req: any, res: any, next: any) => {\n      this.storage.run({ token: '' }, () => next());\n    };\n  }\n  setToken(token: string) {\n    const store = this.storage.getStore();\n    if (store) store.token = token;\n  }\n  getToken(): string | undefined {\n    return this.storage.getStore()?.token;\n  }\n}\n",
    // a circuit breaker per upstream, kept for every request by design (0aiAllInOne's gateway)
    "class CircuitBreaker {\n  public failureCount = 0;\n  constructor(private config: { name: string }) {}\n  recordFailure() { this.failureCount++; }\n}\nclass BreakerRegistry {\n  private breakers = new Map<string, CircuitBreaker>();\n  get(name: string): CircuitBreaker {\n    if (!this.breakers.has(name)) this.breakers.set(name, new CircuitBreaker({ name }));\n    return this.breakers.get(name)!;\n  }\n}\nexport const breakers = new BreakerRegistry();\n",
    // a socket the page opens to its own host (forge-exchange's Nuxt composable): what reads `location` runs in a browser
    "let ws: WebSocket | null = null;\nexport function useRealtime() {\n  function connect() {\n    if (ws?.readyState === WebSocket.OPEN) return;\n    const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';\n    ws = new WebSocket(`${proto}//${location.host}/_ws`);\n  }\n  return { connect };\n}\n",
    // a component React's forwardRef makes, registered on the global object for a build (IriSync's Flex)
    "import React from 'react';\nconst Flex = React.forwardRef<HTMLDivElement, { gap?: number }>(({ gap, ...rest }, ref) => <div ref={ref} style={{ gap }} {...rest} />);\nif (typeof global !== 'undefined') {\n  (global as typeof global & { Flex?: typeof Flex }).Flex = Flex;\n}\nFlex.displayName = 'Flex';\nexport default Flex;\n",
    // a class of fields alone is a record, as an interface is (matrix-appservice-discord's logging settings)
    "class DiscordBridgeConfigLogging {\n  public console: string = 'info';\n  public lineDateFormat = 'MMM-D HH:mm:ss.SSS';\n  public files: LoggingFile[] = [];\n}\ninterface LoggingFile { file: string; level: string }\nexport class Log {\n  private static config: DiscordBridgeConfigLogging;\n  public static Configure(config: DiscordBridgeConfigLogging): void {\n    Log.config = Object.assign(new DiscordBridgeConfigLogging(), config);\n  }\n}\n",
    "class EndpointConfigEntry {\n  constructor(public host: string, port: number) {\n    this.port = port;\n  }\n  port: number;\n}\nlet endpoint: EndpointConfigEntry | undefined;\nexport function currentEndpoint(): EndpointConfigEntry {\n  return (endpoint ??= new EndpointConfigEntry('localhost', 8080));\n}\n",
    // a GraphQL server: its context function builds each request's context (Edifitech's Apollo server)
    "import { ApolloServer } from '@apollo/server';\nlet apolloServerInstance: ApolloServer<MyContext> | null = null;\nexport function getApolloServer(): ApolloServer<MyContext> {\n  if (!apolloServerInstance) {\n    apolloServerInstance = new ApolloServer<MyContext>({ typeDefs, resolvers });\n  }\n  return apolloServerInstance;\n}\n",
    "import { createYoga } from 'graphql-yoga';\nlet yoga;\nexport function handler(request) {\n  yoga ??= createYoga({ schema, context: ({ request }) => ({ user: userOf(request) }) });\n  return yoga.fetch(request);\n}\n",
    // a pool of database connections by its class's name (Reyada's), one per process as a client is
    "export class DatabaseConnectionPool {\n  private static instance: DatabaseConnectionPool;\n  private connections: Map<string, Connection> = new Map();\n  static getInstance(): DatabaseConnectionPool {\n    if (!DatabaseConnectionPool.instance) DatabaseConnectionPool.instance = new DatabaseConnectionPool();\n    return DatabaseConnectionPool.instance;\n  }\n  acquire(id: string) {\n    return this.connections.get(id);\n  }\n}\n",
    "class PgPool {\n  private idle: Client[] = [];\n  query(sql: string) {\n    return this.idle[0]?.query(sql);\n  }\n}\nlet pool: PgPool | null = null;\nexport const getPool = () => (pool ??= new PgPool());\n",
    // a package's client destructured from a part of its require (click-platform's Vertex AI client)
    "const { JobServiceClient } = require('@google-cloud/aiplatform').v1;\nlet jobClient = null;\nfunction getJobClient() {\n  if (jobClient) return jobClient;\n  jobClient = new JobServiceClient({ apiEndpoint: 'us-central1-aiplatform.googleapis.com' });\n  return jobClient;\n}\nmodule.exports = { getJobClient };\n",
    // a TensorFlow.js model and an AFINN word list, loaded on first use (click-platform's ML engine)
    "let _toxModel = null;\nlet _toxTried = false;\nasync function getToxicityModel() {\n  if (_toxTried) return _toxModel;\n  _toxTried = true;\n  const toxicity = require('@tensorflow-models/toxicity');\n  _toxModel = await toxicity.load(0.85);\n  return _toxModel;\n}\nmodule.exports = { getToxicityModel };\n",
    "let _sentiment = null;\nfunction getSentiment() {\n  if (_sentiment) return _sentiment;\n  const Sentiment = require('sentiment');\n  _sentiment = new Sentiment();\n  return _sentiment;\n}\nmodule.exports = { getSentiment };\n",
    // the socket.io server fetched from where the app set it up, and Next.js' request handler
    "let io = null;\nfunction getSocketIO() {\n  if (!io) {\n    const socketService = require('./socketService');\n    io = socketService.getIO();\n  }\n  return io;\n}\nmodule.exports = { getSocketIO };\n",
    "let __nextHandler = null;\nfunction initNextApp() {\n  const nextApp = require('next')({ dev: false, dir: clientDir });\n  return nextApp.prepare().then(() => {\n    __nextHandler = nextApp.getRequestHandler();\n    return __nextHandler;\n  });\n}\ninitNextApp();\napp.use((req, res) => __nextHandler(req, res));\n",
    // a class keeping a package's client made with the process's own secret (DoktuTracker's storage service)
    "import { createClient, SupabaseClient } from '@supabase/supabase-js';\nexport class SupabaseStorageService {\n  private supabase: SupabaseClient;\n  private bucketName: string = 'patient-documents';\n  constructor() {\n    const supabaseUrl = process.env.SUPABASE_URL;\n    const supabaseServiceKey = process.env.SUPABASE_SERVICE_ROLE_KEY;\n    if (!supabaseUrl || !supabaseServiceKey) throw new Error('missing');\n    this.supabase = createClient(supabaseUrl, supabaseServiceKey, { auth: { persistSession: false } });\n  }\n  async upload(path: string, file: Buffer) {\n    return this.supabase.storage.from(this.bucketName).upload(path, file);\n  }\n}\nlet storageServiceInstance: SupabaseStorageService | null = null;\nexport function getSupabaseStorageService(): SupabaseStorageService {\n  if (!storageServiceInstance) storageServiceInstance = new SupabaseStorageService();\n  return storageServiceInstance;\n}\n",
    "const { createClient } = require('@supabase/supabase-js');\nclass SupabaseStorageService {\n  constructor() {\n    this.bucketName = 'documents';\n    this.supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY);\n  }\n  upload(path, file) {\n    return this.supabase.storage.from(this.bucketName).upload(path, file);\n  }\n}\nlet instance = null;\nfunction getStorage() {\n  if (!instance) instance = new SupabaseStorageService();\n  return instance;\n}\nmodule.exports = { getStorage };\n",
    // a class of settings read from the environment as strings and numbers, handed to what it calls (SalesForceAI's llama.cpp provider)
    "class LlamaCppProvider {\n  readonly name = 'llamacpp';\n  private readonly baseUrl = (process.env.LLAMACPP_BASE_URL ?? 'http://localhost:8080/v1').replace(/\\/+$/, '');\n  private readonly apiKey = process.env.LLAMACPP_API_KEY;\n  private readonly timeoutMs = Number(process.env.LLAMACPP_TIMEOUT_MS ?? 60_000);\n  async complete(req: Req): Promise<string> {\n    const controller = new AbortController();\n    const timer = setTimeout(() => controller.abort(), this.timeoutMs);\n    try {\n      const res = await fetch(`${this.baseUrl}/chat/completions`, { headers: { Authorization: `Bearer ${this.apiKey}` }, signal: controller.signal });\n      return await res.text();\n    } finally {\n      clearTimeout(timer);\n    }\n  }\n}\nlet cached: LLMProvider | null = null;\nexport function getLLM(): LLMProvider {\n  if (cached) return cached;\n  cached = new LlamaCppProvider();\n  return cached;\n}\n",
    // the host's Docker daemon over its socket, and a secrets manager signed in as the process (Luna's, nexus-suite's)
    "import Docker from 'dockerode';\nlet dockerClient: Docker | null = null;\nfunction getDockerClient(): Docker {\n  if (!dockerClient) dockerClient = new Docker({ socketPath: '/var/run/docker.sock' });\n  return dockerClient;\n}\nexport const containers = () => getDockerClient().listContainers();\n",
    "import { InfisicalSDK } from '@infisical/sdk';\nlet client: InfisicalSDK | null = null;\nexport async function getInfisicalClient(): Promise<InfisicalSDK> {\n  if (client) return client;\n  client = new InfisicalSDK({ siteUrl: process.env.INFISICAL_SITE_URL ?? 'http://localhost:8080' });\n  await client.auth().universalAuth.login({ clientId: process.env.INFISICAL_CLIENT_ID!, clientSecret: process.env.INFISICAL_CLIENT_SECRET! });\n  return client;\n}\n",
    // a client made with a secret read by a helper named for the environment (zypflow's admin client)
    "import { createClient, type SupabaseClient } from '@supabase/supabase-js';\nconst requireEnv = (name: string): string => {\n  const value = process.env[name];\n  if (!value) throw new Error(`Missing ${name}`);\n  return value;\n};\nlet adminClient: SupabaseClient | null = null;\nexport const supabaseAdmin: SupabaseClient = new Proxy({} as SupabaseClient, {\n  get(_target, prop) {\n    if (!adminClient) adminClient = createClient(requireEnv('NEXT_PUBLIC_SUPABASE_URL'), requireEnv('SUPABASE_SERVICE_ROLE_KEY'));\n    return (adminClient as any)[prop];\n  },\n});\n",
    // an in-memory stand-in for Redis when none is configured, a Cosmos chain's RPC client, Nostr's relays (AI-Tracker-Mention's, dao-dao-indexer's, a-nostr-commerce-coordinator's)
    "import { Redis } from 'ioredis';\nimport RedisMock from 'ioredis-mock';\ntype RedisInstance = Redis | InstanceType<typeof RedisMock>;\nconst globalForRedis = globalThis as unknown as { redis: RedisInstance | undefined };\nfunction createRedis(): RedisInstance {\n  const url = process.env.REDIS_URL;\n  if (url) return new Redis(url, { lazyConnect: true });\n  return new RedisMock({ data: {}, lazyConnect: true });\n}\nconst _redis = globalForRedis.redis ?? createRedis();\nif (process.env.NODE_ENV !== 'production') globalForRedis.redis = _redis;\nexport const redis = _redis;\n",
    "import { StargateClient } from '@cosmjs/stargate';\nlet stargateClient: StargateClient | undefined;\nexport const getStargateClient = async () => {\n  if (!stargateClient) stargateClient = await StargateClient.connect(process.env.RPC!);\n  return stargateClient;\n};\n",
    "import NDK, { NDKRelay } from '@nostr-dev-kit/ndk';\nexport class NDKService {\n  private static instance: NDKService | null = null;\n  private ndk: NDK | null = null;\n  private homeRelay: NDKRelay | null = null;\n  public static getInstance(): NDKService {\n    if (!NDKService.instance) NDKService.instance = new NDKService();\n    return NDKService.instance;\n  }\n  public async connect(): Promise<void> {\n    this.ndk = new NDK({ explicitRelayUrls: RELAYS });\n    await this.ndk.connect();\n  }\n}\n",
    // the promise of a schema change written out in SQL, run once; a monitor the process starts and the stop handle a worker's start() hands back (sath_marketplace's)
    "import { pool } from '../config/db.js';\nlet pricingColumnsPromise = null;\nexport const ensureBookingPricingColumns = async () => {\n  if (!pricingColumnsPromise) {\n    pricingColumnsPromise = pool.query(`\n      ALTER TABLE bookings\n      ADD COLUMN IF NOT EXISTS base_amount INTEGER\n    `);\n  }\n  return pricingColumnsPromise;\n};\n",
    "let stopOperationalMonitor = null;\nexport const startApplicationObservability = () => {\n  if (!stopOperationalMonitor) stopOperationalMonitor = startOperationalMonitor({ pool: db.pool });\n  return stopOperationalMonitor;\n};\n",
    "const outboxWorker = createPaymentOutboxWorker({ pool });\nlet stopOutboxWorker = null;\nexport const startPaymentOutbox = (options) => {\n  if (!stopOutboxWorker) stopOutboxWorker = outboxWorker.start(options);\n  return stopOutboxWorker;\n};\n",
    "let freightColumnsPromise = null;\nexport const ensureBookingFreightColumns = async () => {\n  if (!freightColumnsPromise) {\n    freightColumnsPromise = pool.query(`ALTER TABLE bookings ADD COLUMN IF NOT EXISTS freight_origin TEXT`).catch((err) => {\n      freightColumnsPromise = null;\n      throw err;\n    });\n  }\n  return freightColumnsPromise;\n};\n",
    // hapi's server, made by its `start()` (0x-jj's indexer)
    "import Hapi from '@hapi/hapi';\nlet server: Hapi.Server;\nexport const inject = (options: Hapi.ServerInjectOptions) => server.inject(options);\nexport const start = async (): Promise<void> => {\n  server = Hapi.server({ port: 3000, routes: { cors: true } });\n  await server.start();\n};\n",
    // the log's file stream, reopened when the day turns over (eccb.app's file logger)
    "import fs from 'fs';\nlet currentLogStream: fs.WriteStream | null = null;\nfunction rotateLogFile(): void {\n  if (currentLogStream) currentLogStream.end();\n  currentLogStream = fs.createWriteStream(process.env.LOG_DIR + '/app.log', { flags: 'a' });\n}\nexport function writeLog(line: string) {\n  rotateLogFile();\n  currentLogStream?.write(line);\n}\n",
    // LangGraph's Postgres checkpointer, made from the connection string (aria-backend's)
    "let _checkpointer: any = null;\nexport const getCheckpointer = async () => {\n  if (_checkpointer) return _checkpointer;\n  const Saver = await getPostgresSaver();\n  _checkpointer = Saver.fromConnString(process.env.DATABASE_URL!);\n  await _checkpointer.setup();\n  return _checkpointer;\n};\n",
    // a queue keeping the Redis client and the process's settings, read by their reader (blazeconnector's MessageQueue)
    "import { getRedis } from './redis';\nimport { getConfig } from '../core/config';\nexport class MessageQueue {\n  private redis = getRedis();\n  private config = getConfig();\n  async enqueue(id: string) { await this.redis.lpush(this.config.queueName, id); }\n}\nlet _queue: MessageQueue | null = null;\nexport function getMessageQueue(): MessageQueue {\n  if (!_queue) _queue = new MessageQueue();\n  return _queue;\n}\n",
    // a job the process runs on its own timer, beside node-cron's tasks (gengui-core's reservations clean-up)
    "import cron, { type ScheduledTask } from 'node-cron';\nimport { startCleanupReservationsJob } from './jobs/cleanup';\nlet cleanupTask: ScheduledTask;\nlet cleanupReservationsTask: { stop: () => void };\nasync function main() {\n  cleanupTask = cron.schedule('0 * * * *', () => {});\n  cleanupReservationsTask = startCleanupReservationsJob();\n}\nprocess.on('SIGTERM', () => { cleanupTask.stop(); cleanupReservationsTask.stop(); });\nmain();\n",
    // Voyage AI's client, made on first use with the process's key (gengui-core's embeddings)
    "let initPromise: Promise<VoyageClient | null> | null = null;\nasync function createClient(): Promise<VoyageClient | null> {\n  const { VoyageAIClient } = require('voyageai') as { VoyageAIClient: new (opts: { apiKey: string }) => VoyageClient };\n  const apiKey = process.env.VOYAGE_API_KEY;\n  if (!apiKey) return null;\n  return new VoyageAIClient({ apiKey });\n}\nexport async function getClient() {\n  if (!initPromise) initPromise = createClient();\n  return initPromise;\n}\n",
    // the process's helper process, started with its own settings (unbrowse's browser driver)
    "import { spawn, type ChildProcess } from 'node:child_process';\nlet kuriProcess: ChildProcess | null = null;\nexport async function start(): Promise<void> {\n  if (kuriProcess) return;\n  kuriProcess = spawn(process.env.KURI_BIN ?? 'kuri', ['--port', '7400']);\n}\nexport function stop() { kuriProcess?.kill(); kuriProcess = null; }\n",
    "import * as cp from 'child_process';\nlet watcher = null;\nexport function startWatcher() {\n  watcher = cp.spawn('gog', ['gmail', 'watch', '--account', process.env.GMAIL_ACCOUNT]);\n}\n",
    // a metric made or registered by a function named for it (Credence-Backend's outbox metrics, prom-client loaded lazily)
    "let _deadLetterCounter: any | undefined = undefined;\nexport function incrementOutboxDeadLetter(errorCode = 'UNKNOWN') {\n  if (!_deadLetterCounter) _deadLetterCounter = getMetric('outbox_dead_letter_total', 'Counter', 'Dead letters', ['error_code']);\n  _deadLetterCounter?.inc({ error_code: errorCode }, 1);\n}\n",
    // a middleware, made once (Credence-Backend's security headers, helmet's)
    "import helmet from 'helmet';\nconst getSecurityHeadersMiddleware = () => helmet({ hidePoweredBy: true });\nlet cachedMiddleware: any = null;\nexport const securityHeadersMiddleware = (req, res, next) => {\n  if (!cachedMiddleware) cachedMiddleware = getSecurityHeadersMiddleware();\n  return cachedMiddleware(req, res, next);\n};\n",
    // lists of the process's own job settings beside the module's queue (koa-boilerplate's JobQueueManager)
    "import jobQueue, { IBullOptions, IRepeatableBullOptions, JobType } from '#job-queue';\nimport { addJobsForNoteExpirationOptions } from '#modules/notes/jobs/add';\nimport { noteExpireJobOptions } from '#modules/notes/jobs/expire-note';\nclass JobQueueManager {\n  private repeatableBullOptions = [\n    addJobsForNoteExpirationOptions,\n  ] as IRepeatableBullOptions<JobType>[];\n  private bullOptions = [\n    noteExpireJobOptions,\n  ] as IBullOptions<JobType>[];\n  public async init() {\n    await jobQueue.initRepeatableJobs(this.repeatableBullOptions);\n    await jobQueue.initJobs(this.bullOptions);\n  }\n  public async start() {\n    await jobQueue.start();\n  }\n}\nexport default new JobQueueManager();\n",
    // a page's speech, through the Web Speech API (lion-reader's browser narration)
    "export class BrowserTTSProvider {\n  private currentUtterance: SpeechSynthesisUtterance | null = null;\n  private isPaused = false;\n  speak(text: string) { this.currentUtterance = new SpeechSynthesisUtterance(text); speechSynthesis.speak(this.currentUtterance); }\n}\nlet browserProviderInstance: BrowserTTSProvider | null = null;\nexport function getBrowserTTSProvider() {\n  if (!browserProviderInstance) browserProviderInstance = new BrowserTTSProvider();\n  return browserProviderInstance;\n}\n",
    // the server's own connections, in a set typed where it is made, beside the WebSocket server they came in on (Live-Face-Tracker-Server's)
    "import http from 'http';\nimport { WebSocketServer, WebSocket } from 'ws';\nexport class WSStreamServer {\n  private wss: WebSocketServer;\n  private clients = new Set<WebSocket>();\n  constructor(server: http.Server) {\n    this.wss = new WebSocketServer({ server });\n    this.wss.on('connection', (ws) => { this.clients.add(ws); });\n  }\n  broadcast(frame: Buffer) { for (const client of this.clients) client.send(frame); }\n}\nlet wsServer: WSStreamServer;\nexport function initWSSStreaming(server: http.Server) {\n  wsServer = new WSStreamServer(server);\n}\n",
    // AWS's client from the module's own loader of the SDK, which keeps the import (Freelancer-Client-matching-platform-be's R2 provider)
    "type S3Module = typeof import('@aws-sdk/client-s3');\nlet s3ModulePromise: Promise<S3Module> | null = null;\nlet cachedClient: any | null = null;\nexport const loadS3Module = async (): Promise<S3Module> => {\n  if (!s3ModulePromise) {\n    s3ModulePromise = import('@aws-sdk/client-s3').catch((error) => {\n      s3ModulePromise = null;\n      throw error;\n    });\n  }\n  return s3ModulePromise;\n};\nexport const getClient = async (): Promise<any> => {\n  if (cachedClient) return cachedClient;\n  const { S3Client } = await loadS3Module();\n  cachedClient = new S3Client({ region: 'auto', endpoint: process.env.R2_ENDPOINT });\n  return cachedClient;\n};\n",
    // Redis opened at the process's URL, the caller's options only its retries and timeouts (avian's connectRedis)
    "import { createClient, RedisClientType } from 'redis';\nimport { config } from './config';\nlet redisClient: RedisClientType | null = null;\nexport async function connectRedis(options: { maxRetries?: number; connectTimeout?: number } = {}): Promise<RedisClientType> {\n  if (redisClient && redisClient.isOpen) return redisClient;\n  const { maxRetries = 10, retryDelay = 1000, connectTimeout = 10000 } = options;\n  redisClient = createClient({\n    url: config.redis.url,\n    socket: {\n      connectTimeout,\n      reconnectStrategy: (retries) => {\n        if (retries > maxRetries) return new Error('gave up');\n        const delay = Math.min(retryDelay * 2 ** retries, 32000);\n        return delay;\n      },\n    },\n  });\n  await redisClient.connect();\n  return redisClient;\n}\n",
    "import { createClient, RedisClientType } from 'redis';\nimport { config } from './config';\nlet redisClient: RedisClientType | null = null;\nexport async function connectRedis({ maxRetries = 10, connectTimeout = -1, tls = false } = {}): Promise<RedisClientType> {\n  redisClient ??= createClient({ url: config.redis.url, socket: { connectTimeout, tls, reconnectStrategy: (n) => (n > maxRetries ? false : 100) } });\n  return redisClient;\n}\n",
    // Stellar's Soroban RPC server, a contract and the server's own signer, made from the environment (zicket-backend)
    "import { Contract, Keypair, rpc } from '@stellar/stellar-sdk';\nexport class SorobanEventContractProvider {\n  private static _instance: SorobanEventContractProvider | null = null;\n  private readonly server: rpc.Server;\n  private readonly contract: Contract;\n  private readonly networkPassphrase: string;\n  private readonly signer: Keypair;\n  private constructor() {\n    this.networkPassphrase = process.env.SOROBAN_NETWORK_PASSPHRASE || '';\n    this.server = new rpc.Server(process.env.SOROBAN_RPC_URL || '', { allowHttp: false });\n    this.contract = new Contract(process.env.EVENT_CONTRACT_ID || '');\n    this.signer = Keypair.fromSecret(process.env.SOROBAN_ATTEND_SIGNER_SECRET || '');\n  }\n  static getInstance(): SorobanEventContractProvider {\n    if (!this._instance) this._instance = new SorobanEventContractProvider();\n    return this._instance;\n  }\n  attend(nullifier: string) {\n    return this.server.getAccount(this.signer.publicKey()).then((account) => ({ account, nullifier, contract: this.contract.contractId() }));\n  }\n}\n",
    // ActiveMQ's publishing client over STOMP, opened with the process's settings (jamify's QueueService)
    "import { Client, connect } from 'stompit';\nexport class QueueService {\n  private static instance: QueueService;\n  private publishClient: Client | null = null;\n  private isActiveMqAvailable = false;\n  static getInstance(): QueueService {\n    if (!QueueService.instance) QueueService.instance = new QueueService();\n    return QueueService.instance;\n  }\n  async connect() {\n    this.publishClient = await new Promise<Client>((resolve, reject) => connect({ host: process.env.ACTIVEMQ_HOST, port: 61613 }, (error, client) => (error ? reject(error) : resolve(client))));\n    this.isActiveMqAvailable = true;\n  }\n}\n",
    // Convex's HTTP client of the deployment at the process's URL (claude-telegram-relay's)
    "import { ConvexHttpClient } from 'convex/browser';\nlet client: ConvexHttpClient | null = null;\nexport function getConvex(): ConvexHttpClient | null {\n  if (client) return client;\n  const url = process.env.CONVEX_URL;\n  if (!url) return null;\n  client = new ConvexHttpClient(url);\n  return client;\n}\n",
    // a client of the process's own settings keeping plain values privately: its address and key from the environment …
    "import axios from 'axios';\nclass FlutterwaveWalletProvider {\n  private static instance: FlutterwaveWalletProvider;\n  private url: string;\n  private apiKey: string;\n  constructor() {\n    this.url = 'https://api.flutterwave.com/v3/virtual-account-numbers';\n    this.apiKey = process.env.FLUTTERWAVE_SECRET_KEY || '';\n  }\n  public static getInstance(): FlutterwaveWalletProvider {\n    if (!FlutterwaveWalletProvider.instance) FlutterwaveWalletProvider.instance = new FlutterwaveWalletProvider();\n    return FlutterwaveWalletProvider.instance;\n  }\n  async createWallet(request: { email: string }) {\n    return axios.post(this.url, request, { headers: { Authorization: `Bearer ${this.apiKey}` } });\n  }\n}\nexport default FlutterwaveWalletProvider;\n",
    // … and the flags, counts and times of its own circuit breaker (Artorizer's ProcessorService)
    "import { config } from '../config';\nexport class ProcessorService {\n  private baseUrl: string;\n  private timeout: number;\n  private failureCount = 0;\n  private circuitOpen = false;\n  private lastFailureTime = 0;\n  private lastSuccessAt: Date | null = null;\n  private readonly CIRCUIT_THRESHOLD = 5;\n  constructor() {\n    this.baseUrl = config.processor.url;\n    this.timeout = config.processor.timeout;\n  }\n  private recordFailure(): void {\n    this.failureCount++;\n    this.lastFailureTime = Date.now();\n    if (this.failureCount >= this.CIRCUIT_THRESHOLD) this.circuitOpen = true;\n  }\n  private recordSuccess = (): void => {\n    this.failureCount = 0;\n    this.circuitOpen = false;\n    this.lastSuccessAt = new Date();\n  };\n  async process(job: { id: string }) {\n    try {\n      const response = await fetch(`${this.baseUrl}/process/${job.id}`, { signal: AbortSignal.timeout(this.timeout) });\n      this.recordSuccess();\n      return response.json();\n    } catch (error) {\n      this.recordFailure();\n      throw error;\n    }\n  }\n}\nlet instance: ProcessorService | null = null;\nexport function getProcessorService(): ProcessorService {\n  if (!instance) instance = new ProcessorService();\n  return instance;\n}\n",
    // a config built once from settings read through helpers of the module's own (React-Photo-App's server config)
    {
      code: "let cachedConfig = null;\nfunction readTrimmed(name) {\n  const value = process.env[name];\n  if (value == null) return '';\n  return typeof value === 'string' ? value.trim() : String(value);\n}\nfunction nodeEnvironment() { return String(process.env.NODE_ENV || 'development').toLowerCase(); }\nfunction buildConfig() {\n  const nodeEnv = nodeEnvironment();\n  const isProduction = nodeEnv === 'production';\n  const isTest = nodeEnv === 'test';\n  const jwtSecretFromEnv = readTrimmed('JWT_SECRET');\n  const jwtSecret = isProduction ? jwtSecretFromEnv : (jwtSecretFromEnv || (isTest ? 'test-secret' : 'dev-secret'));\n  const signingFromEnv = readTrimmed('THUMBNAIL_SIGNING_SECRET');\n  const thumbnailSigningSecret = signingFromEnv || jwtSecret;\n  return { nodeEnv, isProduction, jwtSecret, supabase: { url: readTrimmed('SUPABASE_URL') }, thumbnailSigningSecret };\n}\nexport function getConfig() {\n  if (cachedConfig) return cachedConfig;\n  cachedConfig = buildConfig();\n  return cachedConfig;\n}\n",
      filename: '/app/server/config/env.ts',
    },
    // a client hook's socket, connected from an effect and again from its own onclose (options-trading's price feed)
    {
      code: "'use client';\nimport { useEffect, useState } from 'react';\nlet wsInstance: WebSocket | null = null;\nconst connectWebSocket = () => {\n  if (wsInstance?.readyState === WebSocket.OPEN) return;\n  wsInstance = new WebSocket('wss://feed.example.com');\n  wsInstance.onclose = () => {\n    setTimeout(() => {\n      connectWebSocket();\n    }, 3000);\n  };\n};\nexport function usePrices() {\n  const [prices] = useState({});\n  useEffect(() => {\n    if (!wsInstance) connectWebSocket();\n  }, []);\n  return prices;\n}\n",
      filename: '/app/frontend/hooks/useWebsocket.ts',
    },
    // a store's client whose class an IIFE requires, or nothing when the optional package is missing (Luxela's Upstash cache)
    `let redis = null;\nfunction getRedis() {\n  if (redis) return redis;\n  const url = process.env.UPSTASH_REDIS_REST_URL;\n  const token = process.env.UPSTASH_REDIS_REST_TOKEN;\n  const Redis = (() => {\n    try {\n      const module = require('@upstash/redis');\n      return module.Redis || module.default;\n    } catch {\n      return null;\n    }\n  })();\n  if (!Redis) return null;\n  redis = new Redis({ url, token });\n  return redis;\n}\n`,
    // what a command printed, kept by a script that bisects commits (opencollective-api's)
    `import { execSync } from 'child_process';\nlet stdout;\nconst run = (commit) => {\n  execSync('git checkout ' + commit);\n  stdout = execSync('npm test 2>&1', { encoding: 'utf8' });\n  return !stdout.includes('failing');\n};\nexport default run;\n`,
    // a database's client made by a function compiled CommonJS calls as `(0, m_1.drizzle)(…)` (audnix's compiled server)
    `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.getDatabase = getDatabase;\nconst neon_serverless_1 = require("drizzle-orm/neon-serverless");\nconst serverless_1 = require("@neondatabase/serverless");\nlet _db = null;\nfunction getDatabase() {\n    if (_db)\n        return _db;\n    const pool = new serverless_1.Pool({ connectionString: process.env.DATABASE_URL });\n    _db = (0, neon_serverless_1.drizzle)(pool);\n    return _db;\n}\n`,
    // Google's Analytics Data API client on the service account's credentials (seorylie's GA4 reports)
    `import { BetaAnalyticsDataClient } from '@google-analytics/data';\nimport { ga4Auth } from './ga4Auth';\nlet analyticsDataClient: BetaAnalyticsDataClient | null = null;\nasync function getAnalyticsClient() {\n  if (!analyticsDataClient) {\n    const auth = await ga4Auth.getAuthClient();\n    analyticsDataClient = new BetaAnalyticsDataClient({ auth });\n  }\n  return analyticsDataClient;\n}\nexport const report = async (propertyId: string) => (await getAnalyticsClient())!.runReport({ property: propertyId });\n`,
    // a cache of one entry under the key the request asked for, which every reader checks first (FoodAI's inspiration feed)
    `let feedCache = null;\nconst TTL = 3600000;\napp.get('/api/feed', async (req, res) => {\n  const lang = req.query.lang || 'de';\n  const now = Date.now();\n  if (feedCache && feedCache.lang === lang && now - feedCache.fetchedAt < TTL) {\n    return res.json(feedCache.items);\n  }\n  const feedUrls = lang === 'de' ? [DE_FEED] : [EN_FEED];\n  const feed = await parser.parseURL(feedUrls[0]);\n  const items = feed.items.slice(0, 6);\n  feedCache = { items, fetchedAt: now, lang };\n  res.json(items);\n});\n`,
    // express-session's store, each visitor's session under its own id (DIDTron-Portal's connect-redis store)
    `import { RedisStore } from 'connect-redis';\nimport { Redis } from '@upstash/redis';\nlet redisStore: RedisStore | null = null;\nexport async function initializeRedisSession() {\n  const client = new Redis({ url: process.env.UPSTASH_URL, token: process.env.UPSTASH_TOKEN });\n  redisStore = new RedisStore({ client, prefix: 'app:sess:', ttl: 86400 });\n  return redisStore;\n}\n`,
    // a store's client whose class is the loaded module or its default export (ChronaWorkFlow's rate-limit Redis)
    `let redisClient: any = null;\nexport async function initRedis() {\n  const ioredis = await import('ioredis');\n  const Redis = ioredis.default || ioredis;\n  redisClient = new (Redis as any)(process.env.REDIS_URL, { lazyConnect: true });\n  await redisClient.connect();\n}\n`,
    // the document a model's create hands back (mockify's seeded super admin)
    `import adminModel from './models/user';\nvar superAdminDefaultData;\nexport const initDefaultData = async () => {\n  [superAdminDefaultData] = await adminModel.find({ username: 'root' });\n  if (!superAdminDefaultData) superAdminDefaultData = await adminModel.create({ username: 'root' });\n};\n`,
    // Vite's dev server in middleware mode, loaded on first use (SATYA's server/vite.ts)
    `let createViteServer: any;\nlet viteServer: any;\nexport async function setupVite(app) {\n  const vite = await import('vite');\n  createViteServer = vite.createServer;\n  viteServer = await createViteServer({ server: { middlewareMode: true }, appType: 'custom' });\n  app.use(viteServer.middlewares);\n}\n`,
    // the app a Lambda's handler serves, kept for its warm starts (Analytics-Pulse's)
    `import { createServerlessApp } from './serverless';\nlet cachedApp = null;\nasync function initializeApp() {\n  if (cachedApp) return cachedApp;\n  cachedApp = await createServerlessApp(serverConfig);\n  return cachedApp;\n}\nexport const handler = async (event, context) => (await initializeApp()).handler(event, context);\n`,
    // the process's settings, empty until they are loaded from a table of its own (Calling-agent-with-bolna's ConfigService)
    "import { pool } from './db';\ninterface SystemConfig {\n  creditsPerMinute: number;\n  jwtSecret: string;\n}\nexport default class ConfigService {\n  private static instance: ConfigService;\n  private config: SystemConfig | null = null;\n  private isInitialized = false;\n  private constructor() {}\n  static getInstance(): ConfigService {\n    if (!ConfigService.instance) ConfigService.instance = new ConfigService();\n    return ConfigService.instance;\n  }\n  async initialize(): Promise<void> {\n    if (this.isInitialized) return;\n    const result = await pool.query('SELECT config_key, config_value FROM system_config');\n    const values = new Map(result.rows.map((row) => [row.config_key, row.config_value]));\n    this.config = { creditsPerMinute: parseInt(values.get('credits_per_minute') || '1'), jwtSecret: values.get('jwt_secret') || '' };\n    this.isInitialized = true;\n  }\n  getConfig(): SystemConfig {\n    if (!this.config) throw new Error('Configuration service not initialized');\n    return { ...this.config };\n  }\n}\n",
    // a helper process the app spawned, by its own type of that name (minds' spec engine)
    "import { discoverChildren } from './discovery.js';\nimport type { ChildProcess } from './discovery.js';\nlet specEngine: ChildProcess | null = null;\nexport async function ensureEngine(): Promise<ChildProcess> {\n  if (!specEngine) {\n    const discovery = await discoverChildren(import.meta.dir);\n    specEngine = discovery.children.find((c) => c.description.name === 'spec_engine') ?? null;\n  }\n  if (!specEngine) throw new Error('SpecEngine child not found');\n  return specEngine;\n}\n",
    // PKI.js' crypto engine over WebCrypto: each call signs what it is handed (apostille's key manager)
    "import * as pkijs from 'pkijs';\nconst cryptoEngine = new pkijs.CryptoEngine({ name: 'webcrypto', crypto, subtle: crypto.subtle });\npkijs.setEngine('webcrypto', cryptoEngine);\nexport async function signCertificate(certificate: pkijs.Certificate, key: CryptoKey) {\n  await certificate.sign(key, 'SHA-256', cryptoEngine);\n  return certificate;\n}\n",
    // a health check of the process's own dependencies, and an IP allowlist (FroniterAi's)
    "import { prisma } from '../db';\ninterface HealthStatus { status: 'healthy' | 'unhealthy'; at: number }\nclass HealthCheckService {\n  private static instance: HealthCheckService;\n  private healthHistory: HealthStatus[] = [];\n  public static getInstance(): HealthCheckService {\n    if (!HealthCheckService.instance) HealthCheckService.instance = new HealthCheckService();\n    return HealthCheckService.instance;\n  }\n  async performHealthCheck(): Promise<HealthStatus> {\n    const ok = await prisma.$queryRaw`SELECT 1`.then(() => true, () => false);\n    const status: HealthStatus = { status: ok ? 'healthy' : 'unhealthy', at: Date.now() };\n    this.healthHistory.push(status);\n    return status;\n  }\n}\nexport default HealthCheckService;\n",
    "import { prisma } from '../db';\nclass IPWhitelistManager {\n  private static instance: IPWhitelistManager;\n  private cache: Map<string, { ipAddress: string; isActive: boolean }> = new Map();\n  static getInstance(): IPWhitelistManager {\n    if (!IPWhitelistManager.instance) IPWhitelistManager.instance = new IPWhitelistManager();\n    return IPWhitelistManager.instance;\n  }\n  async refresh() {\n    for (const entry of await prisma.ipWhitelist.findMany()) this.cache.set(entry.ipAddress, entry);\n  }\n  isAllowed(ip: string) {\n    return this.cache.get(ip)?.isActive === true;\n  }\n}\nexport default IPWhitelistManager;\n",
    // a client of the process's own settings that keeps the token its own login returned, whatever flag and signal the call passed (vectorflow's Vault provider)
    "interface VaultTransitConfig {\n  address: string;\n  roleId: string;\n  secretId: string;\n  fetchImpl?: typeof fetch;\n}\nclass VaultTransitKmsProvider {\n  private clientToken: string | null = null;\n  private readonly fetchImpl: typeof fetch;\n  constructor(private readonly cfg: VaultTransitConfig) {\n    this.fetchImpl = cfg.fetchImpl ?? fetch;\n  }\n  private async getToken(forceRefresh = false, signal?: AbortSignal): Promise<string> {\n    if (this.clientToken && !forceRefresh) return this.clientToken;\n    const res = await this.fetchImpl(`${this.cfg.address}/v1/auth/approle/login`, { method: 'POST', body: JSON.stringify({ role_id: this.cfg.roleId, secret_id: this.cfg.secretId }), signal });\n    const body = (await res.json()) as { auth?: { client_token?: string } };\n    const token = body.auth?.client_token;\n    if (!token) throw new Error('vault-transit: AppRole login missing token');\n    this.clientToken = token;\n    return token;\n  }\n  async encrypt(orgId: string, plaintext: string) {\n    const token = await this.getToken();\n    return this.fetchImpl(`${this.cfg.address}/v1/transit/encrypt/${orgId}`, { method: 'POST', headers: { 'x-vault-token': token }, body: plaintext });\n  }\n}\nlet cachedProvider: VaultTransitKmsProvider | null = null;\nexport function getKmsProvider(): VaultTransitKmsProvider {\n  if (cachedProvider) return cachedProvider;\n  cachedProvider = new VaultTransitKmsProvider({ address: process.env.VF_VAULT_ADDR!, roleId: process.env.VF_VAULT_ROLE_ID!, secretId: process.env.VF_VAULT_SECRET_ID! });\n  return cachedProvider;\n}\n",
    // a package required through a plugin manager's own require (FUXA's device drivers)
    `var ModbusRTU;\nfunction load(manager) {\n  try { ModbusRTU = require('modbus-serial'); } catch { }\n  if (!ModbusRTU && manager) { try { ModbusRTU = manager.require('modbus-serial'); } catch { } }\n}\nmodule.exports = { load };\n`,
    // a file's contents are text or bytes
    `let license;\nexport function getLicense(repo) {\n  if (license === undefined) license = fs.readFileSync(path.join(repo, 'LICENSE'), 'utf-8');\n  return license;\n}\n`,
    `import { readFile } from 'node:fs/promises';\nlet template;\nexport async function render() {\n  template ??= await readFile('page.html', 'utf8');\n  return template;\n}\n`,
    // module customization hooks: Node runs them in its loader thread, once per process (braintrust's esm-hook)
    `import { create } from '@apm-js-collab/code-transformer';\nlet instrumentator: any;\nexport async function initialize(data = {}) {\n  instrumentator = create(data.instrumentations || []);\n}\nexport async function load(url: string, context: LoadContext, nextLoad: NextLoad) {\n  const result = await nextLoad(url, context);\n  return instrumentator.transform(result);\n}\n`,
    `let transformer = null;\nconst resolveHook = async (specifier, context, defaultResolve) => defaultResolve(specifier, context);\nexport function initialize() { transformer = new Transformer(); }\nexport { resolveHook as resolve };\n`,
    // a bundler's plugin: it runs in the dev server or the build (vben admin's import-map plugin for Vite)
    `import type { Plugin } from 'vite';\nimport { Generator } from '@jspm/generator';\nlet generator: Generator;\nasync function viteImportMapPlugin(options?: Options): Promise<Plugin[]> {\n  generator = new Generator({ ...options });\n  return [{ name: 'importmap', async buildStart() { await generator.install('vue'); } }];\n}\nexport { viteImportMapPlugin };\n`,
    `import { type PluginOption } from 'vite';\nlet cache = null;\nexport default function icons(): PluginOption | undefined {\n  cache ??= new IconCache();\n  return { name: 'icons', load: (id) => cache.get(id) };\n}\n`,
    // a module whose top level reads document or window: no server can import it (umami's tracker)
    `document.addEventListener('click', track);\nlet tracker;\nexport const getTracker = () => (tracker ??= new Tracker());\n`,
    `((window) => {\n  const { document } = window;\n})(window);\nlet recorder;\nexport function record() { recorder ??= new Recorder(); }\n`,
    // a service worker's module: its top level reads \`self\`, which Node has not (refly's precacher)
    `declare const self: ServiceWorkerGlobalScope;\nself.addEventListener('install', (event) => event.waitUntil(warm()));\nlet precacher: Precacher | null = null;\nexport function getPrecacher() {\n  if (!precacher) precacher = new Precacher();\n  return precacher;\n}\n`,
    // a page's global object is no server's: navigation, a page-wide store
    `export function leave() { window.location = paths.home(); }`,
    `export const getStore = () => (window.__store ??= createStore());`,
    `self.cache = new Cache();`,
    `declare const self: ServiceWorkerGlobalScope & { precacher?: Precacher };\nexport function getPrecacher() {\n  return (self.precacher ??= new Precacher());\n}\n`,
    `export function getStore() {\n  if (typeof window === 'undefined') return createStore();\n  return (globalThis.__store ??= createStore());\n}\n`,
    // an enumeration's members: the class's own instances from constants, several of them (the
    // MongoDB driver's read preferences) or one named as a value
    `export class ReadPreference {\n  constructor(mode) { this.mode = mode; }\n  static primary = new ReadPreference(ReadPreferenceMode.primary);\n  static secondary = new ReadPreference(ReadPreferenceMode.secondary);\n  static nearest = new ReadPreference('nearest', [{ dc: 'ny' }]);\n}\n`,
    `export class MongoDBResponse {\n  constructor(bytes: Uint8Array) {}\n  static empty = new MongoDBResponse(new Uint8Array([13, 0, 0, 0, 16, 111, 107, 0]));\n}\n`,
    // keyed by classes: a schema generator's tables of the code's own types (type-graphql)
    `export abstract class SchemaGenerator {\n  private static objectTypesInfoMap = new Map<Function, ObjectTypeInfo>();\n  private static usedInterfaceTypes = new Set<Function>();\n  static generate() {\n    this.usedInterfaceTypes = new Set<Function>();\n    this.objectTypesInfoMap = new Map<Function, ObjectTypeInfo>();\n  }\n}\n`,
    // decorators' metadata store, on the global object and cloned per build (type-graphql; TypeORM's)
    `export function getMetadataArgsStorage() {\n  const globalScope = PlatformTools.getGlobalVariable();\n  globalScope.typeormMetadataArgsStorage ??= new MetadataArgsStorage();\n  return globalScope.typeormMetadataArgsStorage;\n}\n`,
    `declare global {\n  var TypeGraphQLMetadataStorage: MetadataStorage;\n}\nexport function getMetadataStorage(): MetadataStorage {\n  if (!global.TypeGraphQLMetadataStorage) global.TypeGraphQLMetadataStorage = new MetadataStorage();\n  return global.TypeGraphQLMetadataStorage;\n}\nexport abstract class SchemaGenerator {\n  private static metadataStorage: MetadataStorage;\n  static generate() { this.metadataStorage = getMetadataStorage().clone(); }\n}\n`,
    // optional libraries loaded on first use (the MongoDB driver's socks and zstd)
    `let socks: SocksLib | null = null;\nfunction loadSocks(): SocksLib {\n  if (socks == null) {\n    const socksImport = getSocks();\n    if ('kModuleError' in socksImport) throw socksImport.kModuleError;\n    socks = socksImport;\n  }\n  return socks;\n}\n`,
    `let zstd: ZStandard;\nexport async function compress(buf) {\n  zstd ??= getZstdLibrary();\n  return zstd.compress(buf);\n}\n`,
    // NestJS' optional-package loader (payever's WebSocket adapters), and a template engine (its Twig mail templates)
    `import { loadPackage } from '@nestjs/common/utils/load-package.util';\nlet wsPackage: any = {};\nexport class CustomWsAdapter {\n  constructor() {\n    wsPackage = loadPackage('ws', 'WsAdapter');\n  }\n}\n`,
    `import { TwingEnvironment, TwingLoaderArray } from 'twing';\nexport class EmailRenderer {\n  private static twing: TwingEnvironment;\n  getTwing() {\n    return (EmailRenderer.twing ??= new TwingEnvironment(new TwingLoaderArray({})));\n  }\n}\n`,
    // what a serialiser writes; the environment checked once
    `let EMPTY_V;\nexport function next() { return (EMPTY_V ??= serialize({ v: [] })); }\n`,
    `/** @type {any} */\nlet _env = null;\nexport function createEnvConfig() {\n  if (_env) return _env;\n  _env = createEnv({ server: {} });\n  return _env;\n}\n`,
    // telemetry by any maker's name; a template engine
    `let tracer;\nexport function getTracer() { return (tracer ??= getLangWatchTracer('ai-server')); }\n`,
    `let metricsCollector: WorkerMetricsCollector | null = null;\nexport function registerWorkerGauges() { metricsCollector = new WorkerMetricsCollector(); }\n`,
    `import { RT } from '../runtime/mod';\nlet globalRegistry: MetricsRegistry | undefined;\nexport function setGlobalMetricsBuffer(buffer) {\n  globalRegistry = RT.getMetricsRegistry();\n}\nexport const getRegistry = () => globalRegistry;\n`,
    `import { Liquid } from 'liquidjs';\nlet engine: Liquid | undefined;\nexport function getEngine() { return (engine ??= new Liquid({ strictFilters: true })); }\n`,
    // a predicate computed once (Folo's browser check): a boolean, whatever `&&` starts from
    `export const isSafari = once(() => {\n  if (ELECTRON) return false;\n  const ua = window.navigator.userAgent;\n  return (ua.includes('Safari') || ua.includes('AppleWebKit')) && !ua.includes('Chrome');\n});\n`,
    `let enabled;\nexport function isEnabled() { return (enabled ??= flags.load() && flags.has('beta')); }\n`,
    // a list by either spelling (logto's CLI connectors, loaded once)
    `let cachedConnectorFactories: Array<ConnectorFactory<Router>> | undefined;\nexport const loadConnectorFactories = async (packages) => {\n  if (cachedConnectorFactories) return cachedConnectorFactories;\n  cachedConnectorFactories = await Promise.all(packages.map(load));\n  return cachedConnectorFactories;\n};\n`,
    // a search index loaded once; a NestJS module's definition
    `import MiniSearch from 'minisearch';\nlet cachedMiniSearch: MiniSearch<SearchDoc> | null = null;\nexport function getSearchIndex() {\n  if (cachedMiniSearch) return cachedMiniSearch;\n  cachedMiniSearch = MiniSearch.loadJSON(fs.readFileSync(path, 'utf-8'), options);\n  return cachedMiniSearch;\n}\n`,
    `let defaultTypeOrmModule: DynamicModule;\nexport class ConnectionModule {\n  static forRoot() {\n    if (!defaultTypeOrmModule) defaultTypeOrmModule = TypeOrmModule.forRootAsync({ useFactory: () => ({}) });\n    return { module: ConnectionModule, imports: [defaultTypeOrmModule] };\n  }\n}\n`,
    // a module loaded by a function of the file's own, which returns what import() gave it (claude-code-router's SDK)
    `let sdkPromise: Promise<SdkModule> | undefined;\nexport function loadSdk() {\n  if (!sdkPromise) sdkPromise = importSdk();\n  return sdkPromise;\n}\nasync function importSdk(): Promise<SdkModule> {\n  for (const candidate of candidates) {\n    try {\n      const sdk = await import(candidate);\n      if (typeof sdk.createClient === 'function') return sdk as SdkModule;\n    } catch {}\n  }\n  throw new Error('no SDK');\n}\n`,
    // a path a function of the file's own finds, walking a local up the tree (BMAD's installer)
    `const path = require('node:path');\nfunction findProjectRoot(start = __dirname) {\n  let currentPath = path.resolve(start);\n  while (currentPath !== path.dirname(currentPath)) {\n    if (fs.existsSync(path.join(currentPath, 'package.json'))) return currentPath;\n    currentPath = path.dirname(currentPath);\n  }\n  return process.cwd();\n}\nlet cachedRoot = null;\nfunction getProjectRoot() {\n  if (!cachedRoot) cachedRoot = findProjectRoot();\n  return cachedRoot;\n}\nmodule.exports = { getProjectRoot };\n`,
    // gRPC's classes generated from a .proto file, loaded once (kener's health checks)
    `import * as grpc from '@grpc/grpc-js';\nimport * as protoLoader from '@grpc/proto-loader';\nlet cachedProto: any = null;\nfunction getHealthProto() {\n  if (!cachedProto) {\n    const packageDef = protoLoader.loadSync(protoPath, { keepCase: true });\n    cachedProto = grpc.loadPackageDefinition(packageDef);\n  }\n  return cachedProto;\n}\nexport const check = (address) => new (getHealthProto().grpc.health.v1.Health)(address, grpc.credentials.createInsecure());\n`,
    // a reading of the process's resources, kept to measure the next against (dd-trace's runtime metrics)
    `let lastCpuUsage = null;\nexport function start() {\n  lastCpuUsage = process.cpuUsage();\n}\nexport function stop() {\n  lastCpuUsage = null;\n}\n`,
    // bytes read so far, consumed by views of themselves (claude-code-router's MCP stdio servers)
    `let inputBuffer = Buffer.alloc(0);\nprocess.stdin.on('data', (chunk) => {\n  inputBuffer = Buffer.concat([inputBuffer, chunk]);\n});\nexport function drainInputBuffer() {\n  inputBuffer = inputBuffer.subarray(4);\n}\n`,
    // a JSON Schema validator: Ajv, or one of the app's own by that name (the MCP SDK's default)
    `import Ajv from 'ajv';\nlet ajv: Ajv | undefined;\nexport const getAjv = () => (ajv ??= new Ajv({ allErrors: true }));\n`,
    `import { DefaultJsonSchemaValidator } from './shims';\nlet _defaultValidator: jsonSchemaValidator | undefined;\nexport function fromJsonSchema(schema, validator) {\n  return wrap(schema, validator ?? (_defaultValidator ??= new DefaultJsonSchemaValidator()));\n}\n`,
    // a context's key, kept on the global object so that two bundles share it (pg-boss' dashboard)
    `import { createContext, type RouterContext } from 'react-router';\nconst TOKEN_KEY = Symbol.for('pgboss.dashboard.dbContext');\nconst globalStore = globalThis as typeof globalThis & { [TOKEN_KEY]?: RouterContext<DbContext> };\nexport const dbContext: RouterContext<DbContext> = globalStore[TOKEN_KEY] ??= createContext<DbContext>();\n`,
    // a table the module's class builds from the module's own definitions, read-only once built (awesomeposter's facet catalog)
    `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`,
    // … kept as a constructor's private parameter, looked up with a string's and a map's reads
    `import { MODELS } from './models.js';\nexport class ModelTable {\n  constructor(private readonly models: ReadonlyMap<string, Model>) {}\n  find(id: string) { return this.models.get(id.trim().toLowerCase()); }\n  get size() { return this.models.size; }\n}\nlet table: ModelTable | undefined;\nexport const getModels = () => (table ??= new ModelTable(new Map(Object.entries(MODELS))));\n`,
    // a class named for the database it is, opened as the service starts (ft_transcendence's auth service around its SQLite file)
    `import { AuthDatabase } from './auth-db.js';\nlet authDatabase;\nconst start = async () => {\n  authDatabase = new AuthDatabase();\n  await authDatabase.initialize();\n  fastify.decorate('authDb', authDatabase);\n};\nstart();\n`,
    // data an async function of the module's own gives back: parsed JSON and a literal of ports and URLs (simple-rpc-ai-backend's dev panel)
    `let serverConfig = null;\nasync function discoverServerConfig() {\n  const response = await fetch('http://localhost:8001/config');\n  if (response.ok) {\n    const config = await response.json();\n    return { ...config, detected: true };\n  }\n  const manualPort = process.env.AI_SERVER_PORT;\n  const fallbackPort = manualPort || 8001;\n  return { port: fallbackPort, detected: false, endpoints: { health: \`http://localhost:\${fallbackPort}/health\` } };\n}\nexport async function checkServerHealth() {\n  if (!serverConfig) serverConfig = await discoverServerConfig();\n  else serverConfig = { ...serverConfig, detected: true };\n}\n`,
    // Agenda's job scheduler on MongoDB, a queue client as BullMQ's is (thasporesai's)
    `import { Agenda } from 'agenda';\nimport { MongoBackend } from '@agendajs/mongo-backend';\nlet agenda: Agenda | null = null;\nexport const initializeAgenda = async (): Promise<Agenda> => {\n  if (agenda) return agenda;\n  agenda = new Agenda({ backend: new MongoBackend({ address: DATABASE_URL }), processEvery: '1 minute' });\n  return agenda;\n};\n`,
    // the process's socket server, started by a function of the app's named so (NR-AI's bootstrap())
    `import { initSocketServer } from './services/socket.service';\nlet ioServer: any = null;\nasync function bootstrap() {\n  const server = app.listen(3000);\n  ioServer = initSocketServer(server);\n}\nbootstrap();\n`,
    // the server's privileged client by its maker's name: Supabase's service-role client (gpt-agent-platform's user repository)
    `import type { SupabaseClient } from '@supabase/supabase-js';\nimport { getSupabaseServiceRoleClient } from '@/lib/supabase/admin';\nlet cachedSupabaseClient: SupabaseClient | null = null;\nexport function getSupabaseClient(): SupabaseClient {\n  if (cachedSupabaseClient) return cachedSupabaseClient;\n  cachedSupabaseClient = getSupabaseServiceRoleClient() as unknown as SupabaseClient;\n  return cachedSupabaseClient;\n}\n`,
    // … or kept by a function named for making it (genius365's createAdminClient(), keeping the service-role client)
    `import { createClient, SupabaseClient } from '@supabase/supabase-js';\nlet adminClient: SupabaseClient | null = null;\nexport function createAdminClient(): SupabaseClient {\n  if (adminClient) return adminClient;\n  adminClient = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!, {\n    global: { fetch: (url, options) => fetch(url, { ...options, headers: new Headers(options?.headers) }) },\n  });\n  return adminClient;\n}\n`,
    // an SMTP transport on the configuration's SMTP user, read off the app's env module (genius365's)
    `import nodemailer from 'nodemailer';\nimport { env } from '@/lib/env';\nlet transporter = null;\nexport function getEmailTransporter() {\n  if (transporter) return transporter;\n  transporter = nodemailer.createTransport({ host: env.smtpHost, auth: { user: env.smtpUser, pass: env.smtpPass } });\n  return transporter;\n}\n`,
    // a command-line program: its top level runs main(), which reads the command line through a function of its own (atlas' migration scripts)
    `function parseArgs() {\n  const argv = process.argv.slice(2);\n  return { prodUrl: argv[0], dryRun: argv.includes('--dry-run') };\n}\nlet CFG: ReturnType<typeof parseArgs>;\nlet client: ApiClient | null = null;\nasync function main() {\n  CFG = parseArgs();\n  client ??= new ApiClient(CFG.prodUrl);\n  await client.migrate();\n}\nmain().catch((err: Error) => {\n  console.error(err.message);\n  process.exitCode = 1;\n});\n`,
    // … or reads lines from the terminal through the stdin it imports (IC_Agent_Hack's arcade client)
    `import readline from 'node:readline/promises';\nimport { stdin as input, stdout as output } from 'node:process';\nlet fetchClient: typeof fetch = fetch;\nasync function main(): Promise<void> {\n  if (process.env.PRIVATE_KEY) fetchClient = wrapFetchWithPayment(fetch, await createSigner(process.env.PRIVATE_KEY));\n  const rl = readline.createInterface({ input, output });\n  const nickname = await rl.question('Nickname: ');\n  await fetchClient('/register', { method: 'POST', body: nickname });\n  rl.close();\n}\nmain().catch((error) => {\n  console.error(error);\n  process.exit(1);\n});\n`,
    // … or whose top level reads the command line and runs a function written where it runs (aroma's errand check, driving a browser)
    `const { chromium } = require('playwright-core');\nconst QUERY = process.argv[2] || 'mushrooms';\n(async () => {\n  const browser = await chromium.launch();\n  const fence = process.env.FENCE === 'off' ? null : buildRequestFence({ query: QUERY });\n  if (fence) globalThis.__fence = fence;\n  await browser.close();\n})().catch((e) => { console.error('FATAL', e.message); process.exit(1); });\n`,
    // … or whose first line makes it a command (leviathan's worktree script, behind a run-directly guard)
    `#!/usr/bin/env node\nimport { WorktreeManager } from './worktree-manager.js';\nlet manager: WorktreeManager | null = null;\nasync function createRefactorWorktree() {\n  manager ??= new WorktreeManager();\n  await manager.create('refactor');\n}\nif (import.meta.url === \`file://\${process.argv[1]}\`) {\n  createRefactorWorktree();\n}\n`,
    // a module loaded through new Function('s', 'return import(s)'), the dynamic import a CommonJS build keeps (NAC's mammoth)
    `type MammothModule = { convertToHtml(x: unknown): Promise<unknown> };\nlet mammoth: MammothModule | null = null;\nasync function loadMammoth(): Promise<MammothModule | null> {\n  if (mammoth) return mammoth;\n  try {\n    const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<MammothModule>;\n    mammoth = await dynamicImport('mammoth');\n    return mammoth;\n  } catch {\n    return null;\n  }\n}\nexport async function convert(buffer: Buffer) {\n  return (await loadMammoth())?.convertToHtml({ buffer });\n}\n`,
    // a rate limiter of the app's own by any name (nostream's sliding window over Redis)
    `import { SlidingWindowRateLimiter } from '../utils/sliding-window-rate-limiter';\nlet instance: IRateLimiter = undefined;\nexport const slidingWindowRateLimiterFactory = () => {\n  if (!instance) instance = new SlidingWindowRateLimiter(new RedisAdapter(getCacheClient()));\n  return instance;\n};\n`,
    // buffers a vendored library's IIFE keeps: typed arrays a function of its own makes, and a list made with new Array(n) (CyberChef's GOST digest)
    `var digest = (function () {\n  var sigma, C;\n  function new512() {\n    return new Int32Array(16);\n  }\n  return function (data) {\n    sigma = new512();\n    C = new Array(4);\n    return sigma;\n  };\n})();\nexport { digest };\n`,
    // the server a promise settles to, which app.listen made (ExAI's main())
    `let server = null;\nasync function main() {\n  server = await new Promise((resolve, reject) => {\n    const listeningServer = app.listen(port, host, () => resolve(listeningServer));\n    listeningServer.once('error', reject);\n  });\n}\nmain();\n`,
    // Microsoft Graph's client on the app's own Azure credential: a const named for the tenant is the app's configuration (ExAI's)
    `const { Client } = require('@microsoft/microsoft-graph-client');\nconst { ClientSecretCredential } = require('@azure/identity');\nlet graphClient;\nfunction getGraphClient() {\n  if (graphClient) return graphClient;\n  const tenantId = process.env.AZURE_TENANT_ID;\n  const credential = new ClientSecretCredential(tenantId, process.env.AZURE_CLIENT_ID, process.env.AZURE_CLIENT_SECRET);\n  graphClient = Client.initWithMiddleware({ authProvider: credential });\n  return graphClient;\n}\nmodule.exports = { getGraphClient };\n`,
    // a handler that counts or stamps its requests keeps nothing of any request's
    `import express from 'express';\nconst app = express();\nlet hits = 0;\nlet last = 0;\napp.get('/stats', (req, res) => {\n  hits = hits + 1;\n  last = Date.now();\n  res.json({ hits, last });\n});\n`,
    // what a handler keeps from its request where nothing reads it, or in its own variable
    `let lastUrl;\nexport function handler(req, res) {\n  lastUrl = req.url;\n  res.end();\n}\n`,
    `export async function POST(req: Request) {\n  let user = null;\n  user = await req.json();\n  return Response.json(user);\n}\n`,
    // the response another server sends to a request this one makes, and a cache's loader: no route
    `import https from 'https';\nlet maxAge = 0;\nfunction getKeys() {\n  return new Promise((resolve) => {\n    https.get(\`https://www.googleapis.com/oauth2/v3/certs\`, (res) => {\n      maxAge = Number(res.headers['cache-control']);\n      resolve(maxAge);\n    });\n  });\n}\nexport { getKeys };\n`,
    `let last;\nexport function load(store) {\n  return store.get('settings', (value) => {\n    last = value;\n  });\n}\nexport const lastSettings = () => last;\n`,
    // … nor a fetch method of any other object (a client's)
    `let lastUrl = '';\nexport default {\n  fetch(url) {\n    lastUrl = url;\n    return fetch(url);\n  },\n};\nexport const last = () => lastUrl;\n`,
    `let lastUrl = '';\nexport const client = {\n  fetch(url) {\n    lastUrl = url;\n    return fetch(url);\n  },\n};\nexport const last = () => lastUrl;\n`,
    // … nor a server action's module's own helper, nor a function named like a loader that takes no request's arguments
    `'use server';\nlet cached: string | undefined;\nfunction remember(value: string) {\n  cached = value;\n}\nexport async function read() {\n  return cached;\n}\n`,
    `let lastPath: string | undefined;\nexport function load(path: string) {\n  lastPath = path;\n}\nexport const where = () => lastPath;\n`,
    // a function that is no request handler, given a value
    `let region: string | undefined;\nexport function configure(options: { region: string }) {\n  region = options.region;\n}\nexport const where = () => region;\n`,
    // the socket.io server a Next.js API route makes from its response's HTTP server: the one server
    `import { Server } from 'socket.io';\nlet io: Server | undefined;\nexport default function handler(req, res) {\n  if (!io) io = new Server(res.socket.server);\n  res.end();\n}\nexport const emit = (event: string) => io?.emit(event);\n`,
    // what a function returns from another service's response is data (Mbenve9198's Smartlead categories)
    `import axios from 'axios';\nexport const fetchCategories = async () => {\n  const response = await axios.get('https://example.test/categories');\n  return response.data;\n};\nlet categoriesCache = null;\nexport async function categoryId(name) {\n  if (!categoriesCache) categoriesCache = await fetchCategories();\n  return categoriesCache.find((c) => c.name === name)?.id;\n}\n`,
    `async function loadFlags() {\n  const res = await fetch('https://example.test/flags');\n  return await res.json();\n}\nlet flags = null;\nexport async function flag(name) {\n  flags ??= await loadFlags();\n  return flags[name];\n}\n`,
    // what a function named for settings returns is settings (appnoxtech's Twilio service)
    `import Twilio from 'twilio';\nimport { getTwilioConfig } from './twilio-config';\nexport class TwilioService {\n  private client: Twilio.Twilio | null = null;\n  private config: ReturnType<typeof getTwilioConfig> | null = null;\n  constructor() {\n    this.config = getTwilioConfig();\n    this.client = Twilio(this.config.accountSid, this.config.authToken);\n  }\n  call(to: string) {\n    return this.client!.calls.create({ to, from: this.config!.from });\n  }\n}\nlet instance: TwilioService | null = null;\nexport function getTwilioService() {\n  if (!instance) instance = new TwilioService();\n  return instance;\n}\n`,
    `import { loadSettings } from './settings';\nlet settings: Awaited<ReturnType<typeof loadSettings>> | null = null;\nexport async function getSettings() {\n  if (!settings) settings = await loadSettings();\n  return settings;\n}\n`,
    // a JavaScript class that connects its own client after the constructor (Mbenve9198's RedisManager)
    { code: `import Redis from 'ioredis';\nclass RedisManager {\n  constructor() {\n    this.redis = null;\n    this.isConnected = false;\n  }\n  async initialize() {\n    this.redis = new Redis(this.config());\n    this.redis.on('connect', () => {\n      this.isConnected = true;\n    });\n  }\n  config() {\n    return { host: process.env.REDIS_HOST };\n  }\n  getClient() {\n    return this.redis;\n  }\n}\nconst redisManager = new RedisManager();\nexport default redisManager;\n`, filename: 'config/redis.js' },
    // a field declared as anything, asked by what the class makes it of (suissa's RedisClient and UnifiedProducer)
    `import { createClient } from 'redis';\nexport class RedisClient {\n  private static instance: RedisClient;\n  private client: any;\n  private constructor() {\n    this.client = createClient({ url: process.env.REDIS_URL });\n  }\n  static getInstance(): RedisClient {\n    if (!RedisClient.instance) RedisClient.instance = new RedisClient();\n    return RedisClient.instance;\n  }\n  getClient() {\n    return this.client;\n  }\n}\n`,
    `import * as amqp from 'amqplib';\nexport class UnifiedProducer {\n  private static instance: UnifiedProducer;\n  private connection: any = null;\n  private channel: any = null;\n  static getInstance(): UnifiedProducer {\n    if (!UnifiedProducer.instance) UnifiedProducer.instance = new UnifiedProducer();\n    return UnifiedProducer.instance;\n  }\n  async connect() {\n    this.connection = await amqp.connect(process.env.AMQP_URL!);\n    this.channel = await this.connection.createChannel();\n  }\n  send(queue: string, body: Buffer) {\n    this.channel.sendToQueue(queue, body);\n  }\n}\n`,
    { code: `const amqp = require('amqplib');\nclass QueueManager {\n  constructor() {\n    this.connection = null;\n    this.channel = null;\n  }\n  async connect() {\n    this.connection = await amqp.connect(process.env.AMQP_URL);\n    this.channel = await this.connection.createChannel();\n  }\n}\nmodule.exports = new QueueManager();\n`, filename: 'services/queue.js' },
    // the server's own wallet, made from its key (ekai-gateway's x402 payer)
    `import { privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts';\nlet cachedAccount: PrivateKeyAccount | null = null;\nexport function getX402Account() {\n  cachedAccount ??= privateKeyToAccount(process.env.PRIVATE_KEY as \`0x\${string}\`);\n  return cachedAccount;\n}\n`,
    // Bun's own SQLite and Redis clients, and the message types a .proto file describes (bun-llm-proxy, chat-server)
    `import { Database } from 'bun:sqlite';\nlet _db: Database | null = null;\nexport function getRawDb(): Database {\n  if (_db) return _db;\n  _db = new Database(process.env.DB_PATH!, { create: true });\n  return _db;\n}\n`,
    `let redis: InstanceType<typeof Bun.RedisClient> | null = null;\nexport function getRedis() {\n  if (!redis) redis = new Bun.RedisClient(process.env.REDIS_URL!);\n  return redis;\n}\n`,
    { code: `const protobufjs = require('protobufjs');\nlet protoRoot = null;\nfunction loadProto(location) {\n  protoRoot = protobufjs.loadSync(location);\n  return protoRoot;\n}\nfunction messageType(type) {\n  if (!protoRoot) protoRoot = loadProto('event-args.proto');\n  return protoRoot.lookupType(type);\n}\nmodule.exports = { loadProto, messageType };\n`, filename: 'libs/event-args/util.js' },
    // … beside a table it is written with and never changes (suissa's UnifiedProducer's exchanges)
    `import * as amqp from 'amqplib';\ninterface ExchangeConfig { name: string; type: string; durable: boolean }\nexport class Producer {\n  private static instance: Producer;\n  private connection: amqp.ChannelModel | null = null;\n  private readonly exchanges: Record<string, ExchangeConfig> = {\n    events: { name: 'app.events', type: 'topic', durable: true },\n  };\n  static getInstance(): Producer {\n    if (!Producer.instance) Producer.instance = new Producer();\n    return Producer.instance;\n  }\n  async publish(kind: string, body: Buffer) {\n    this.connection ??= await amqp.connect(process.env.AMQP_URL!);\n    const channel = await this.connection.createChannel();\n    channel.publish(this.exchanges[kind]!.name, '', body);\n  }\n}\n`,
    // MikroORM, through the promise its config settles to (next-mikro-orm-trpc-template), and bull-board's admin pages
    `import { MikroORM } from '@mikro-orm/mysql';\nimport { getConfig } from './config';\nconst globalObject = global as typeof global & { __CACHED_ORM__: Promise<MikroORM> };\nexport function getORM(): Promise<MikroORM> {\n  if (!globalObject.__CACHED_ORM__) {\n    globalObject.__CACHED_ORM__ = getConfig().then((config) => MikroORM.init(config));\n  }\n  return globalObject.__CACHED_ORM__;\n}\n`,
    `import { ExpressAdapter } from '@bull-board/express';\nlet serverAdapter: ExpressAdapter | null = null;\nexport function getAdminQueueAdapter(): ExpressAdapter {\n  if (serverAdapter) return serverAdapter;\n  serverAdapter = new ExpressAdapter();\n  serverAdapter.setBasePath('/admin/queues');\n  return serverAdapter;\n}\n`,
    // Google's API clients on the process's own token (eGangotri's Drive), multer's upload handler, a worker's NestJS context
    `import { google, drive_v3 } from 'googleapis';\nlet drive: drive_v3.Drive;\nexport function getDrive() {\n  if (!drive) {\n    const auth = new google.auth.OAuth2(process.env.GOOGLE_ID, process.env.GOOGLE_SECRET);\n    auth.setCredentials({ refresh_token: process.env.GOOGLE_REFRESH_TOKEN });\n    drive = google.drive({ version: 'v3', auth });\n  }\n  return drive;\n}\n`,
    `import multer, { type Multer } from 'multer';\nlet configuredUpload: Multer | undefined;\nexport const upload = (): Multer => (configuredUpload ??= multer({ dest: process.env.UPLOAD_DIR }));\n`,
    `import type { INestApplicationContext } from '@nestjs/common';\nimport { NestFactory } from '@nestjs/core';\nimport { CronModule } from './cron.module';\nlet application: INestApplicationContext | undefined;\nasync function bootstrap() {\n  application = await NestFactory.createApplicationContext(CronModule);\n}\nvoid bootstrap();\n`,
    // a key fetched once (AbstractPlay's webhook verifier), a port with a number for its default (lsr)
    `import { createPublicKey, type KeyObject } from 'crypto';\nlet fetchPromise: Promise<KeyObject> | undefined;\nexport function publicKey() {\n  fetchPromise ??= fetch(process.env.KEY_URL!).then(async (res) => createPublicKey(await res.text()));\n  return fetchPromise;\n}\n`,
    `export function start(app, config) {\n  const port = config.get<number>('PORT') ?? 8081;\n  app.listen(port, () => {\n    global.ACTUAL_SERVER_PORT = port;\n  });\n}\n`,
    // a class over a request store, handed in through its constructor (talkohavy's CallContextService)
    `import { AsyncLocalStorage } from 'async_hooks';\nexport class CallContextService {\n  public [Symbol.toStringTag] = '[object AsyncContext]';\n  constructor(private readonly asyncLocalStorage: AsyncLocalStorage<Map<string, string>>) {}\n  get(key: string) {\n    return this.asyncLocalStorage.getStore()?.get(key);\n  }\n}\nexport let callContextService: CallContextService;\nexport function initCallContextService() {\n  callContextService = new CallContextService(new AsyncLocalStorage());\n  return callContextService;\n}\n`,
    // a class that reads a page's storage for its one user's token: a page's client (gpt-agent-platform's WebSocketClient in lib/)
    `import { io, type Socket } from 'socket.io-client';\nclass WebSocketClient {\n  private socket: Socket | null = null;\n  connect() {\n    if (this.socket || typeof window === 'undefined') return;\n    const token = localStorage.getItem('auth_token') ?? document.cookie;\n    this.socket = io(window.location.origin, { auth: { token } });\n  }\n}\nlet websocketClient: WebSocketClient | null = null;\nexport function getWebSocketClient() {\n  if (!websocketClient) websocketClient = new WebSocketClient();\n  return websocketClient;\n}\n`,
    // a value made first and remade later: what it is set to again is another of the same (DollhouseMCP's index manager recompiling its patterns from configuration)
    `export class IndexManager {\n  private static VERB_PATTERN = new RegExp('^(' + ['get', 'set'].join('|') + ')');\n  load(prefixes: string[]) {\n    IndexManager.VERB_PATTERN = this.compile('^(' + prefixes.join('|') + ')');\n  }\n  private compile(pattern: string): RegExp {\n    return new RegExp(pattern);\n  }\n}\n`,
    `let pattern = new RegExp('^v1/');\nexport function reload(prefix: string) {\n  pattern = compile(prefix);\n}\nexport const matches = (path: string) => pattern.test(path);\n`,
    // a logger loaded on first use, with a fallback for a failed load (attio-mcp-server's JSON serializer)
    `type ScopedLogger = { warn(message: string): void };\nconst noopLogger: ScopedLogger = { warn: () => {} };\nlet loggerPromise: Promise<ScopedLogger> | null = null;\nfunction getLogger(): Promise<ScopedLogger> {\n  if (!loggerPromise) loggerPromise = import('./logger.js').then((m) => m.createScopedLogger('serializer') as ScopedLogger).catch(() => noopLogger);\n  return loggerPromise;\n}\nexport const warn = async (message: string) => (await getLogger()).warn(message);\n`,
    // a telemetry exporter by its declared type, made by a function of the app's own (iris-eval's OTel exporter)
    `import { OtelExporter, exporterFromEnv } from './exporter.js';\nlet cachedExporter: OtelExporter | null | undefined;\nexport function getLazyExporter(): OtelExporter | null {\n  if (cachedExporter === undefined) cachedExporter = exporterFromEnv();\n  return cachedExporter;\n}\n`,
    // a pool of the process's worker threads, of the app's own (filesystem-context-mcp-server's search workers)
    `import { Worker } from 'node:worker_threads';\nclass SearchWorkerPool {\n  private readonly workers: Worker[] = [];\n  constructor(size: number) { for (let i = 0; i < size; i++) this.workers.push(new Worker('./search-worker.js')); }\n}\nlet poolInstance: SearchWorkerPool | null = null;\nexport function getSearchWorkerPool(size: number) {\n  return (poolInstance ??= new SearchWorkerPool(size));\n}\n`,
    // the identity provider's public keys, which check every user's token alike (pubnub-mcp-server's JWKS)
    `import * as jose from 'jose';\nlet jwks: jose.JWTVerifyGetKey | null = null;\nfunction getJWKS() {\n  if (!jwks) jwks = jose.createRemoteJWKSet(new URL(process.env.ISSUER + '/jwks'));\n  return jwks;\n}\nexport const validate = (token: string) => jose.jwtVerify(token, getJWKS());\n`,
    // the server's set-up for its one OAuth issuer (actual-mcp-server's mcp-auth)
    `import { MCPAuth } from 'mcp-auth';\nlet _instance: MCPAuth | null = null;\nexport function createMcpAuth(): MCPAuth {\n  if (_instance) return _instance;\n  _instance = new MCPAuth({ protectedResources: [{ metadata: { resource: process.env.RESOURCE } }] });\n  return _instance;\n}\n`,
    // a record of what happened, and what went wrong, by their types' names (DollhouseMCP's start-up repair, actual-mcp-server's connection)
    `let lastRepairSummary: StartupRepairSummary | null = null;\nfunction clone(summary: StartupRepairSummary) { return { ...summary, hosts: summary.hosts.map((h) => ({ ...h })) }; }\nexport function repairOnStartup(summary: StartupRepairSummary) { lastRepairSummary = clone(summary); }\nexport const lastSummary = () => lastRepairSummary;\n`,
    `let initializationError: Error | null = null;\nexport async function connect() {\n  try { await open(); } catch (err) { initializationError = err instanceof Error ? err : new Error(String(err)); }\n}\nexport const lastError = () => initializationError;\n`,
    // what makes the loggers, one per component (memory-bank-mcp-server's LoggerFactory)
    `export class LoggerFactory {\n  private static instance: LoggerFactory;\n  private loggers = new Map<string, Logger>();\n  static getInstance(): LoggerFactory {\n    if (!LoggerFactory.instance) LoggerFactory.instance = new LoggerFactory();\n    return LoggerFactory.instance;\n  }\n  getLogger(name: string) { return this.loggers.get(name); }\n}\n`,
    // a markdown converter configured once (claude-agent-server's Tiptap MarkdownManager)
    `import { Markdown, MarkdownManager } from '@tiptap/markdown';\nimport StarterKit from '@tiptap/starter-kit';\nconst markdownManager = new MarkdownManager({ extensions: [StarterKit, Markdown] });\nexport const toJSON = (markdown: string) => markdownManager.parse(markdown);\n`,
    // a cache on the global object handed a const declared as holding values (mtg-ai-assistant's card lookups)
    `const cache: Map<string, { type_line?: string; oracle_text?: string | null }> = (globalThis as any).__csCache ?? new Map();\n(globalThis as any).__csCache = cache;\nexport const cached = (name: string) => cache.get(name);\n`,
    // a set of the names a query read, refreshed once a minute (booking-backend's staff columns)
    { code: `let colsCache = null;\nasync function getStaffColumnSet() {\n  if (colsCache) return colsCache;\n  const r = await db.query('SELECT column_name FROM information_schema.columns');\n  colsCache = new Set(r.rows.map((x) => x.column_name));\n  return colsCache;\n}\nmodule.exports = { getStaffColumnSet };\n`, filename: 'routes/staff.js' },
    // a class's list, refilled from its own filter (smart-city-booking's locker reservations)
    { code: `class LockerService {\n  static reservedLockers = [];\n  static reserve(locker) { LockerService.reservedLockers.push(locker); }\n  static release(id) { LockerService.reservedLockers = LockerService.reservedLockers.filter((l) => l.id !== id); }\n}\nmodule.exports = LockerService;\n`, filename: 'src/locker-service.js' },
    // a Supabase Edge Function's clients: Deno's environment, and packages imported through a CDN or Deno's npm: and jsr: specifiers (loopgpt-backend)
    `import { OpenAI } from 'openai';\nlet openaiClient: OpenAI | null = null;\nexport function getOpenAIClient(): OpenAI {\n  if (!openaiClient) openaiClient = new OpenAI({ apiKey: Deno.env.get('OPENAI_API_KEY') });\n  return openaiClient;\n}\n`,
    `import { Client } from 'https://esm.sh/@elastic/elasticsearch@8';\nlet es: Client | null = null;\nexport function getEs() {\n  if (!es) es = new Client({ node: Deno.env.get('ES_URL') });\n  return es;\n}\n`,
    `import { Client } from 'npm:@elastic/elasticsearch@8';\nlet es: Client | null = null;\nexport function getEs() {\n  if (!es) es = new Client({ node: process.env.ES_URL });\n  return es;\n}\n`,
    `import { createClient } from 'jsr:@supabase/supabase-js@2';\nlet supabase: any = null;\nfunction getSupabaseClient() {\n  if (!supabase) supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SERVICE_ROLE_KEY')!);\n  return supabase;\n}\nexport const rows = () => getSupabaseClient().from('cache').select();\n`,
    // the service client of a Supabase Edge Function, by its maker's name (tiangong-lca's package import)
    `import type { SupabaseClient } from 'jsr:@supabase/supabase-js@2.98.0';\nimport { createSupabaseServiceClient } from '../_shared/supabase_client.ts';\nlet cachedSupabaseClient: SupabaseClient | undefined;\nfunction getSupabase() {\n  if (!cachedSupabaseClient) cachedSupabaseClient = createSupabaseServiceClient();\n  return cachedSupabaseClient;\n}\nexport const jobs = () => getSupabase().from('jobs').select();\n`,
    // the environment, read and checked once (a Bun API's config), and what sees the process out (its shutdown manager)
    `import { validateEnv, type Env } from './env.schema';\nlet cachedEnv: Env | null = null;\nexport function getConfig() {\n  if (cachedEnv) return cachedEnv;\n  cachedEnv = validateEnv();\n  return cachedEnv;\n}\n`,
    `import { ShutdownManager } from './core/shutdown';\nconst shutdownManager = new ShutdownManager({ timeoutMs: 10_000 });\nshutdownManager.initialize();\nexport const onShutdown = (fn: () => Promise<void>) => shutdownManager.register(fn);\n`,
    // a keyed collection rebuilt in place of clearing it (pb-webhook-server's help index)
    { code: `let _inverted = new Map();\nlet _docLengths = new Map();\nasync function ensureIndex(helpBase) {\n  _inverted = new Map();\n  _docLengths = new Map();\n  for (const r of await helpBase()) _inverted.set(r.id, r.terms);\n}\nfunction search(term) { return _inverted.get(term); }\nmodule.exports = { ensureIndex, search };\n`, filename: 'src/help-index.js' },
    // a markdown processor built by its package's maker in a function run where it is written, its plugins loaded there
    { code: `let _processorPromise = null;\nasync function getProcessor() {\n  if (_processorPromise) return _processorPromise;\n  _processorPromise = (async () => {\n    const { unified } = await import('unified');\n    const remarkParse = (await import('remark-parse')).default;\n    const remarkHtml = (await import('remark-html')).default;\n    return unified().use(remarkParse).use(remarkHtml, { sanitize: false });\n  })();\n  return _processorPromise;\n}\nmodule.exports = { markdownToHtml: async (md) => String(await (await getProcessor()).process(md)) };\n`, filename: 'src/one-pager.js' },
    // a model loaded through the module a dynamic import's callback is handed (nest-langgraph-ai's embedding pipeline)
    `type FeatureExtractionPipeline = ((input: string) => Promise<{ data: Float32Array }>) & { [k: string]: unknown };\nlet pipelinePromise: Promise<FeatureExtractionPipeline> | undefined;\nasync function getEmbeddingPipeline() {\n  if (!pipelinePromise) {\n    pipelinePromise = import('@xenova/transformers').then(async (m) => {\n      const pipeline = (m as unknown as { pipeline: (task: string, model: string) => Promise<FeatureExtractionPipeline> }).pipeline;\n      return pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');\n    });\n  }\n  return pipelinePromise;\n}\nexport const embed = async (text: string) => (await getEmbeddingPipeline())(text);\n`,
    // Airtable's base and Shopify's app object, made with the server's own key
    { code: `const Airtable = require('airtable');\nlet clientsBase = null;\nfunction initializeClientsBase() {\n  if (clientsBase) return clientsBase;\n  Airtable.configure({ apiKey: process.env.AIRTABLE_API_KEY });\n  clientsBase = Airtable.base(process.env.MASTER_CLIENTS_BASE_ID);\n  return clientsBase;\n}\nmodule.exports = { initializeClientsBase };\n`, filename: 'src/client-service.js' },
    `import { shopifyApi, ApiVersion, type Shopify } from '@shopify/shopify-api';\nlet shopifyInstance: Shopify | null = null;\nexport function getShopify(): Shopify {\n  if (!shopifyInstance) {\n    shopifyInstance = shopifyApi({ apiKey: process.env.SHOPIFY_CLIENT_ID!, apiSecretKey: process.env.SHOPIFY_CLIENT_SECRET!, apiVersion: ApiVersion.October24, isEmbeddedApp: false });\n  }\n  return shopifyInstance;\n}\n`,
    // a list of records read off the rows a query returned, kept for a minute (pb-webhook-server's assistants)
    { code: `let assistantsCache = null;\nlet assistantsCacheTimestamp = 0;\nasync function getAllAssistants(base) {\n  if (assistantsCache && Date.now() - assistantsCacheTimestamp < 60000) return assistantsCache;\n  const records = await base('Assistants').select({ maxRecords: 500 }).all();\n  assistantsCache = records.map((record) => ({\n    id: record.id,\n    name: record.get('Name') || 'Assistant',\n    clientRecordId: (record.get('Assistant To') || [])[0] || null,\n    functions: FUNCTIONS.filter((f) => record.get(f) === true),\n  }));\n  assistantsCacheTimestamp = Date.now();\n  return assistantsCache;\n}\nmodule.exports = { getAllAssistants };\n`, filename: 'src/assistants.js' },
    // a promise of a string, as its JSDoc type says (webhook-debugger-logger's dashboard template read)
    { code: `/** @type {Promise<string> | null} */\nlet activeReadPromise = null;\nexport function readTemplate() {\n  if (!activeReadPromise) activeReadPromise = readFile(TEMPLATE_PATH, 'utf8').finally(() => { activeReadPromise = null; });\n  return activeReadPromise;\n}\n`, filename: 'src/routes/dashboard.js' },
    // DuckDB's instance: the database's client, one per process
    `import { DuckDBInstance } from '@duckdb/node-api';\nlet initPromise: Promise<DuckDBInstance> | null = null;\nexport function getDbInstance() {\n  if (!initPromise) initPromise = DuckDBInstance.create(process.env.DUCKDB_PATH ?? ':memory:');\n  return initPromise;\n}\n`,
    // a store whose only fields are a string and a number its constructor set, handed to a string's method (gptlisting's Redis-backed stores)
    `class RedisStore {\n  private prefix: string;\n  private ttl: number;\n  constructor(name: string, ttl: number) {\n    this.prefix = 'blob:' + name + ':';\n    this.ttl = ttl;\n  }\n  private key(name: string) { return this.prefix + name; }\n  async get(name: string) { return (await redisCall('GET', this.key(name))).result; }\n  async set(name: string, value: string) { await redisCall('SETEX', this.key(name), String(this.ttl), value); }\n  async list() {\n    const keys: string[] = (await redisCall('KEYS', this.prefix + '*')).result;\n    return keys.map((k) => ({ key: k.replace(this.prefix, '') }));\n  }\n}\nlet _tokensStore: RedisStore | null = null;\nexport function tokensStore(): RedisStore {\n  if (!_tokensStore) _tokensStore = new RedisStore('tokens', 7776000);\n  return _tokensStore;\n}\n`,
    // a column of the row a query read, kept while it runs (twilio-front-integration's cut-over date)
    { code: `const db = require('../db/connection');\nlet activityLogCutoverPromise = null;\nasync function getActivityLogCutoverAt() {\n  if (!activityLogCutoverPromise) {\n    activityLogCutoverPromise = db.query('SELECT value AS cutover_at FROM activity_log_config').then(({ rows }) => {\n      const cutoverAt = rows[0]?.cutover_at;\n      if (!cutoverAt) throw new Error('not configured');\n      return cutoverAt;\n    }).catch((error) => {\n      activityLogCutoverPromise = null;\n      throw error;\n    });\n  }\n  return activityLogCutoverPromise;\n}\nmodule.exports = { getActivityLogCutoverAt };\n`, filename: 'src/event-service.js' },
    // the process's metrics, by their type's name (node-livekit-agent's job child)
    `import { startTelemetry, type Metrics } from './telemetry-core';\nlet childMetricsPromise: Promise<Metrics> | undefined;\nexport function getChildMetrics(serviceName: string): Promise<Metrics> {\n  if (!childMetricsPromise) childMetricsPromise = startTelemetry({ serviceName, withTraces: false }).then((handle) => handle.metrics);\n  return childMetricsPromise;\n}\n`,
    // an HTTP client configured for one API from the process's own settings, and the provider token it signs
    { code: `const axios = require('axios');\nconst VAPI_CALL_TIMEOUT_MS = Number(process.env.VAPI_CALL_TIMEOUT_MS) || 15000;\nlet client = null;\nfunction getClient() {\n  if (client) return client;\n  client = axios.create({ baseURL: 'https://api.vapi.ai/call', timeout: VAPI_CALL_TIMEOUT_MS, headers: { 'Content-Type': 'application/json' } });\n  return client;\n}\nmodule.exports = { placeCall: (body) => getClient().post('', body) };\n`, filename: 'src/outbound-call.js' },
    { code: `const jwt = require('jsonwebtoken');\nlet cachedApnsToken = null;\nlet cachedApnsTokenAt = 0;\nfunction getApnsProviderToken(cfg) {\n  const now = Date.now();\n  if (cachedApnsToken && now - cachedApnsTokenAt < 3000000) return cachedApnsToken;\n  cachedApnsToken = jwt.sign({ iss: cfg.teamId }, cfg.privateKey, { algorithm: 'ES256', header: { alg: 'ES256', kid: cfg.keyId } });\n  cachedApnsTokenAt = now;\n  return cachedApnsToken;\n}\nmodule.exports = { getApnsProviderToken };\n`, filename: 'src/push.js' },
    // an instance made as the module loads, remade only by a function named for tests
    { code: `function createScheduler() {\n  let running = false;\n  async function tick() { if (running) return; running = true; try { await reconcile(); } finally { running = false; } }\n  return { tick };\n}\nlet singleton = createScheduler();\nfunction resetForTests() {\n  singleton = createScheduler();\n}\nmodule.exports = { tick: () => singleton.tick(), _resetForTests: resetForTests };\n`, filename: 'src/scheduler.js' },
    // an SQL statement compiled once (twilio-voice-ai's analytics insert)
    { code: `import Database from 'better-sqlite3';\nlet db = null;\nexport function getDb() {\n  if (db) return db;\n  const instance = new Database('analytics.db');\n  instance.pragma('journal_mode = WAL');\n  db = instance;\n  return db;\n}\nlet insertStmt = null;\nexport function recordEvent(sessionId, eventType) {\n  const d = getDb();\n  if (!insertStmt) insertStmt = d.prepare('INSERT INTO events (session_id, event_type) VALUES (?, ?)');\n  insertStmt.run(sessionId, eventType);\n}\n`, filename: 'src/analytics.js' },
    // Supabase's browser client, through the module's own maker (vocui's)
    `import { createBrowserClient } from '@supabase/ssr';\nexport function createClient() {\n  return createBrowserClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);\n}\nlet browserClient: ReturnType<typeof createClient> | null = null;\nexport function getClient() {\n  if (!browserClient) browserClient = createClient();\n  return browserClient;\n}\n`,
    // posthog-js' instance, taken from the module a dynamic import hands its callback (ai-platform's page analytics)
    `let postHogClientPromise: Promise<unknown> | null = null;\nexport function loadPostHogClient(apiKey: string) {\n  postHogClientPromise ??= import('posthog-js').then(({ default: posthog }) => {\n    posthog.init(apiKey, { api_host: 'https://eu.posthog.com' });\n    return posthog;\n  }).catch(() => {\n    postHogClientPromise = null;\n    return null;\n  });\n  return postHogClientPromise;\n}\n`,
    // a list of the fields read off a table's rows
    `import { catalog } from './catalog';\nlet cachedIds: string[] | null = null;\nlet cachedNames = null;\nexport function ids() {\n  if (!cachedNames) cachedNames = catalog.items.map((m) => m.name);\n  if (!cachedIds) cachedIds = catalog.items.map((m) => m.id);\n  return cachedIds;\n}\n`,
    // a Redis client made from the environment a health check is handed (rag-chatbot-starter-kit's)
    `import { createRedisClient } from '@rag-chat-agent/rag-core';\nimport { getEnv } from '@/lib/pipeline';\nlet healthRedis: ReturnType<typeof createRedisClient> | null = null;\nasync function checkRedis(env: ReturnType<typeof getEnv>) {\n  if (!healthRedis) healthRedis = createRedisClient(env);\n  return healthRedis.ping();\n}\nexport async function GET() {\n  return Response.json({ redis: await checkRedis(getEnv()) });\n}\n`,
    // an LLM app's tracing client (rag-chatbot-ts' LangSmith client), an API monitor, Cognito's page SDK
    `import { Client as LangSmithClient } from 'langsmith';\nconst createLangSmithClient = () => new LangSmithClient({ apiUrl: process.env.LANGSMITH_ENDPOINT });\nlet _langSmithClient: LangSmithClient | null = null;\nexport const getLangSmithClient = (): LangSmithClient => {\n  if (!_langSmithClient) _langSmithClient = createLangSmithClient();\n  return _langSmithClient;\n};\n`,
    `class APIMonitor {\n  private static instance: APIMonitor;\n  private calls: Array<{ route: string; ms: number }> = [];\n  static getInstance() {\n    if (!APIMonitor.instance) APIMonitor.instance = new APIMonitor();\n    return APIMonitor.instance;\n  }\n  record(route: string, ms: number) { this.calls.push({ route, ms }); }\n}\nexport const monitor = () => APIMonitor.getInstance();\n`,
    `import { CognitoUserPool } from 'amazon-cognito-identity-js';\nlet userPool: CognitoUserPool | null = null;\nexport const getUserPool = (): CognitoUserPool => {\n  if (!userPool) userPool = new CognitoUserPool({ UserPoolId: process.env.NEXT_PUBLIC_POOL_ID!, ClientId: process.env.NEXT_PUBLIC_CLIENT_ID! });\n  return userPool;\n};\n`,
    // an image's bytes, made once (architect-ai-platform's stub PNG)
    { code: `let cachedStubPngBuffer = null;\nasync function getStubPngBuffer() {\n  if (cachedStubPngBuffer) return cachedStubPngBuffer;\n  const sharp = await loadSharp();\n  cachedStubPngBuffer = await sharp({ create: { width: 1, height: 1, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();\n  return cachedStubPngBuffer;\n}\nmodule.exports = { getStubPngBuffer };\n`, filename: 'src/rasteriser.js' },
    // a watch on the process's own files (mcp-gateway's tenant loader)
    `import type { FSWatcher } from 'node:fs';\nimport { watch } from 'node:fs';\nlet watcher: FSWatcher | undefined;\nexport function watchTenants(dir: string, reload: (file: string) => void) {\n  if (watcher) return;\n  watcher = watch(dir, { persistent: false }, (_event, filename) => { if (filename) reload(filename); });\n}\n`,
    // a record of a cloud client and the settings read for it, the settings trimmed (ai-interview's S3 storage)
    `function readConfig() {\n  const bucket = process.env.S3_BUCKET_NAME;\n  const endpoint = process.env.S3_ENDPOINT?.trim();\n  const region = process.env.S3_REGION?.trim() || 'auto';\n  return { bucket, endpoint, region };\n}\nlet cached: Promise<unknown> | undefined;\nasync function buildClient() {\n  const { S3Client } = await import('@aws-sdk/client-s3');\n  const config = readConfig();\n  const client = new S3Client({ endpoint: config.endpoint, region: config.region });\n  return { client, config };\n}\nexport function getClient() {\n  cached ??= buildClient();\n  return cached;\n}\n`,
    // a lock around the process's state file (agent-orchestrator's)
    `import { FileLock } from './file-lock-impl';\nlet globalFileLock: FileLock | null = null;\nexport function getFileLock(): FileLock {\n  if (!globalFileLock) globalFileLock = new FileLock();\n  return globalFileLock;\n}\n`,
    // a date's reading, a number (whatsapp-bot-scanner's quota month)
    `let monthlyRequestCount = 0;\nlet currentMonth = new Date().getMonth();\nexport function countRequest() {\n  const now = new Date();\n  if (now.getMonth() !== currentMonth) {\n    currentMonth = now.getMonth();\n    monthlyRequestCount = 0;\n  }\n  monthlyRequestCount += 1;\n}\n`,
    // an SQLite connection, handed only where to log (whatsapp-bot-scanner's shared connection)
    `import { SQLiteConnection } from './sqlite';\nimport type { Logger } from 'pino';\nlet sharedConnection: SQLiteConnection | null = null;\nexport function getSharedConnection(logger?: Logger): SQLiteConnection {\n  if (!sharedConnection) sharedConnection = new SQLiteConnection({ logger });\n  return sharedConnection;\n}\n`,
    // a cron job's handle, by its type (whatsapp-bot-ts'), and a record first made empty
    `import cron from 'node-cron';\nimport { postBdayCron } from './cron/bday';\nimport { addDefaultbadges, type DefaultBadge } from './badges';\nlet bdayCronJob: cron.ScheduledTask | undefined;\nlet defaultBadges: DefaultBadge = {};\nexport async function startBot(bot: unknown) {\n  bdayCronJob = await postBdayCron(bot);\n  defaultBadges = await addDefaultbadges(bot);\n  return { bdayCronJob, defaultBadges };\n}\n`,
    // a chain's client made by the module's function from the app's settings, added to (feathers-giveth's web3)
    { code: `const Web3 = require('web3');\nconst EventEmitter = require('events');\nfunction instantiateWeb3(nodeUrl) {\n  const provider = nodeUrl.startsWith('ws') ? new Web3.providers.WebsocketProvider(nodeUrl) : nodeUrl;\n  const w3 = Object.assign(new Web3(provider), EventEmitter.prototype);\n  return w3;\n}\nlet web3;\nfunction getWeb3(app) {\n  if (web3) return web3;\n  const { nodeUrl } = app.get('blockchain');\n  web3 = instantiateWeb3(nodeUrl);\n  return web3;\n}\nmodule.exports = { getWeb3 };\n`, filename: 'src/web3-helpers.js' },
    // a class around a database's client, whose field is only ever cleared besides (rumors-line-bot's)
    { code: `import { MongoClient } from 'mongodb';\nconst MONGODB_URI = process.env.MONGODB_URI;\nasync function instantiateClientAndConnect() {\n  const client = new CofactsMongoClient(MONGODB_URI, {});\n  await client.mongoClient.connect();\n  return client;\n}\nexport default class CofactsMongoClient {\n  static _instance = null;\n  static async getInstance() {\n    return (this._instance = this._instance || instantiateClientAndConnect());\n  }\n  constructor(uri, options) {\n    this.mongoClient = new MongoClient(uri, options);\n  }\n  async close() {\n    await this.mongoClient.close();\n    this._instance = null;\n  }\n}\n`, filename: 'src/database/mongo-client.js' },
    // the promise of a connection made ready, its callbacks only logging (tritech-pos-backend's)
    { code: `const { createClient } = require('redis');\nconst logger = require('./logger');\nconst client = createClient({ url: process.env.REDIS_URL });\nlet readyPromise = null;\nfunction ensureRedis() {\n  if (!readyPromise) {\n    readyPromise = client.connect().then(() => logger.info('Redis connected')).catch((err) => {\n      logger.error('Redis connect failed', err);\n      readyPromise = null;\n      throw err;\n    });\n  }\n  return readyPromise;\n}\nmodule.exports = { ensureRedis, client };\n`, filename: 'modules/redis.js' },
    // Appwrite's web SDK (line-bot-maker's)
    `import { Account, Client } from 'appwrite';\nlet client: Client | null = null;\nconst generateClient = () => {\n  if (client != null) return client;\n  client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject(process.env.NEXT_PUBLIC_APPWRITE_PROJECT_ID!);\n  return client;\n};\nlet account: Account | null = null;\nexport const getAccount = () => {\n  if (account != null) return account;\n  account = new Account(generateClient());\n  return account;\n};\n`,
    // a global slot given a Map its type arguments say holds bytes (ai-resume-builder's PDF store)
    `const globalForPdfStorage = globalThis as typeof globalThis & { pdfMemoryStore?: Map<string, Buffer> };\nfunction getMemoryStore(): Map<string, Buffer> {\n  if (!globalForPdfStorage.pdfMemoryStore) globalForPdfStorage.pdfMemoryStore = new Map<string, Buffer>();\n  return globalForPdfStorage.pdfMemoryStore;\n}\nexport const putPdf = (key: string, bytes: Buffer) => getMemoryStore().set(key, bytes);\n`,
    // a Cloudflare binding handed down, by its name or its type (hono-langgraph-tgbot's D1 database)
    `import { drizzle } from 'drizzle-orm/d1';\nimport * as schema from './schema';\nlet db: ReturnType<typeof drizzle>;\nexport function getDB(d1Binding?: D1Database) {\n  if (!db) db = drizzle(d1Binding || (process.env.DB as unknown as D1Database), { schema });\n  return db;\n}\n`,
    `import { drizzle } from 'drizzle-orm/d1';\nlet db: ReturnType<typeof drizzle>;\nexport function getDB(database: D1Database) {\n  if (!db) db = drizzle(database);\n  return db;\n}\n`,
    // Bun's own clients imported by name (github-app-playground's pool and Valkey client)
    `import { SQL } from 'bun';\nimport { config } from '../config';\nlet pool: SQL | null = null;\nexport function getDb(): SQL | null {\n  if (pool !== null) return pool;\n  if (config.databaseUrl === undefined) return null;\n  pool = new SQL(config.databaseUrl);\n  return pool;\n}\n`,
    `import { RedisClient } from 'bun';\nimport { config } from '../config';\nlet client: RedisClient | null = null;\nexport function getValkeyClient(): RedisClient | null {\n  if (client !== null) return client;\n  client = new RedisClient(config.valkeyUrl);\n  client.onconnect = () => {};\n  return client;\n}\n`,
    // a model provider's client made by the app's own maker from the process's configuration (github-app-playground's triage client)
    `import { createLLMClient, type LLMClient } from '../ai/llm-client';\nimport { config } from '../config';\nlet cached: LLMClient | undefined;\nexport function getTriageLLMClient(): LLMClient {\n  if (cached !== undefined) return cached;\n  cached = createLLMClient({\n    provider: config.provider,\n    ...(config.anthropicApiKey !== undefined && { anthropicApiKey: config.anthropicApiKey }),\n  });\n  return cached;\n}\n`,
    // a record remade by spreading itself: its fields, not an instance (github-app-playground's daemon capabilities)
    `import { discoverCapabilities } from './capabilities';\nimport type { DaemonCapabilities } from '../shared/daemon-types';\nlet capabilities: DaemonCapabilities;\nfunction refreshResources() {\n  capabilities = { ...capabilities, resources: getCurrentResources() };\n}\nasync function main() {\n  capabilities = await discoverCapabilities(config.cloneBaseDir);\n  setInterval(refreshResources, 60_000);\n}\nvoid main();\n`,
    // a scheduler made to be started: the process's background work (github-app-playground's)
    `import { createScheduler, type SchedulerHandle } from './scheduler/scheduler';\nlet scheduledActionScheduler: SchedulerHandle | null = null;\nasync function runStartupChecks() {\n  scheduledActionScheduler = createScheduler({ app });\n  await scheduledActionScheduler.start();\n}\nvoid runStartupChecks();\n`,
    // Bun's and Deno's own servers, and Hono's Node adapter (github-app-playground's WebSocket server)
    `let server: ReturnType<typeof Bun.serve> | null = null;\nexport function startWebSocketServer(): void {\n  if (server !== null) return;\n  server = Bun.serve({ port: config.wsPort, fetch: handle, websocket });\n}\n`,
    `let server: Deno.HttpServer | undefined;\nexport function start() {\n  server = Deno.serve({ port: 8000 }, handler);\n}\n`,
    `import { serve } from '@hono/node-server';\nimport { app } from './app';\nlet server: ReturnType<typeof serve> | undefined;\nexport function start() {\n  server = serve({ fetch: app.fetch, port: 3000 });\n}\n`,
    // a hook into the process: the console's methods, a standard global, a prototype, the process's failures (hono-telescope's watchers and interceptors)
    `class ExceptionWatcher {\n  private isWatching = false;\n  start() {\n    if (this.isWatching) return;\n    this.isWatching = true;\n    const previous = console.error;\n    console.error = (...args: unknown[]) => {\n      previous.apply(console, args);\n      record(new Error(args.join(' ')));\n    };\n    process.on('unhandledRejection', (reason) => record(reason));\n  }\n}\nlet watcher: ExceptionWatcher | null = null;\nexport function startExceptionWatcher() {\n  if (!watcher) watcher = new ExceptionWatcher();\n  watcher.start();\n}\n`,
    `export class HttpInterceptor {\n  private static instance: HttpInterceptor;\n  private originalFetch: typeof fetch;\n  private constructor() {\n    this.originalFetch = globalThis.fetch;\n  }\n  public static getInstance(): HttpInterceptor {\n    if (!HttpInterceptor.instance) HttpInterceptor.instance = new HttpInterceptor();\n    return HttpInterceptor.instance;\n  }\n  public startIntercepting(): void {\n    const original = this.originalFetch;\n    globalThis.fetch = async (input, init) => {\n      const response = await original(input, init);\n      record(input, response.status);\n      return response;\n    };\n  }\n}\n`,
    `export class DatabaseInterceptor {\n  private static instance: DatabaseInterceptor;\n  public static getInstance(): DatabaseInterceptor {\n    if (!DatabaseInterceptor.instance) DatabaseInterceptor.instance = new DatabaseInterceptor();\n    return DatabaseInterceptor.instance;\n  }\n  private wrapPrismaClient(PrismaClient: Record<string, unknown>): void {\n    const original = (PrismaClient.prototype as Record<string, unknown>).$queryRaw as Function;\n    (PrismaClient.prototype as Record<string, unknown>).$queryRaw = async function (query: unknown, ...args: unknown[]) {\n      record(String(query));\n      return original.call(this, query, ...args);\n    };\n  }\n}\n`,
    // a response's payload through a promise chain, and a part of it (Replit's generated connector lookup)
    `let connectionSettings: any;\nasync function getCredentialsFromConnector() {\n  connectionSettings = await fetch('https://' + hostname + '/api/v2/connection', { headers: { Accept: 'application/json' } }).then((res) => res.json()).then((data) => data.items?.[0]);\n  return connectionSettings.settings;\n}\n`,
    // a hosted API's client handed out by the app's own getter, and openid-client's discovered configuration (Replit's generated Twilio client and auth)
    `import { getTwilioClient } from './lib/twilioClient';\nlet twilioClient: Awaited<ReturnType<typeof getTwilioClient>>;\nexport async function initTwilio() {\n  twilioClient = await getTwilioClient();\n}\n`,
    `import * as client from 'openid-client';\nimport memoize from 'memoizee';\nconst getOidcConfig = memoize(async () => await client.discovery(new URL(process.env.ISSUER_URL ?? 'https://replit.com/oidc'), process.env.REPL_ID!), { maxAge: 3600 * 1000 });\nexport { getOidcConfig };\n`,
    // a server started by a function named so, plainly (mio-chat-backend's `httpServer = await dependencies.startServer()`)
    `let httpServer = null;\nexport async function startApp(dependencies) {\n  httpServer = await dependencies.startServer();\n}\n`,
    // a JavaScript class whose field, first set to nothing, becomes the database's client, beside a flag its constructor sets (mio-chat-backend's PrismaManager)
    `class PrismaManager {\n  prisma = null;\n  constructor() {\n    this.isConnected = false;\n  }\n  async initialize() {\n    if (this.prisma) return this.prisma;\n    const { PrismaClient } = await import('@prisma/client');\n    this.prisma = new PrismaClient({ log: ['error'] });\n    await this.prisma.$connect();\n    this.isConnected = true;\n    return this.prisma;\n  }\n}\nconst prismaManager = new PrismaManager();\nexport default prismaManager;\n`,
    // a PDF reader's engine loaded once (AI-Customer-Support-Agent's unpdf)
    { code: `import { extractText, getDocumentProxy, definePDFJSModule } from 'unpdf';\nlet pdfjsReady;\nasync function ensurePdfjs() {\n  if (!pdfjsReady) pdfjsReady = definePDFJSModule(() => import('unpdf/pdfjs'));\n  await pdfjsReady;\n}\nexport async function extractTextFromPdf(buffer) {\n  await ensurePdfjs();\n  const pdf = await getDocumentProxy(Uint8Array.from(buffer));\n  return (await extractText(pdf, { mergePages: true })).text;\n}\n`, filename: 'lib/utils/pdf.js' },
    // streams resumed over Redis (Vercel's chatbot template) and Mastra's storage adapter (mastra-chat-kit)
    `import { createResumableStreamContext, type ResumableStreamContext } from 'resumable-stream';\nimport { after } from 'next/server';\nlet globalStreamContext: ResumableStreamContext | null = null;\nexport function getStreamContext() {\n  if (!globalStreamContext) {\n    try {\n      globalStreamContext = createResumableStreamContext({ waitUntil: after });\n    } catch (error: any) {\n      console.error(error);\n    }\n  }\n  return globalStreamContext;\n}\n`,
    `import { LibSQLStore } from '@mastra/libsql';\nimport { env } from '../env';\nlet sharedStore: LibSQLStore | null = null;\nexport function getSharedStore(): LibSQLStore {\n  if (!sharedStore) sharedStore = new LibSQLStore({ id: 'mastra-storage', url: env.TURSO_DATABASE_URL });\n  return sharedStore;\n}\n`,
    // a write lock: the chain's next link settles to nothing, whatever it was chained to (nextjs-ai-chatbot's)
    `let generatedWriteChain: Promise<unknown> = Promise.resolve();\nfunction serializeGeneratedWrite<T>(fn: () => Promise<T>): Promise<T> {\n  const next = generatedWriteChain.then(fn, fn);\n  generatedWriteChain = next.then(\n    () => undefined,\n    () => undefined,\n  );\n  return next;\n}\nexport const updateGenerated = (id: string) => serializeGeneratedWrite(() => write(id));\n`,
    // a private filler the module calls only with its configuration's values (saas-starter's Resend client)
    `import { Resend } from 'resend';\nimport { getEmailConfig } from '@/lib/email/config';\nlet resendClient: Resend | null = null;\nfunction getResendClient(apiKey: string) {\n  if (!resendClient) resendClient = new Resend(apiKey);\n  return resendClient;\n}\nexport async function sendEmail(payload: EmailPayload) {\n  const config = getEmailConfig();\n  const resend = getResendClient(config.apiKey);\n  return resend.emails.send(payload);\n}\n`,
    // the process's terminal, Sentry's SDK by its usual name, unstorage's storage, Stytch's server SDK behind a catch that clears its holder (saas-starters)
    `import { createInterface, type Interface } from 'node:readline';\nlet rl: Interface | undefined;\nfunction ensureReadline(): Interface {\n  if (!rl) rl = createInterface({ input: process.stdin, output: process.stdout });\n  return rl;\n}\nexport const ask = (q: string) => new Promise((resolve) => ensureReadline().question(q, resolve));\n`,
    `import type { Handle } from '@sveltejs/kit';\nimport { loadSentry } from '$lib/monitoring/sentry';\nlet sentryRequestHandle: Handle | null = null;\nexport const handleSentry: Handle = async ({ event, resolve }) => {\n  if (!sentryRequestHandle) {\n    const sentry = await loadSentry();\n    if (!sentry) return resolve(event);\n    sentryRequestHandle = sentry.sentryHandle();\n  }\n  return sentryRequestHandle({ event, resolve });\n};\n`,
    `import { createStorage, type Storage } from 'unstorage';\nimport s3Driver from 'unstorage/drivers/s3';\nfunction createS3Storage(env: S3Env): Storage {\n  return createStorage({ driver: s3Driver(env) });\n}\nlet storagePromise: Promise<Storage> | null = null;\nexport function getFileStorage(): Promise<Storage> {\n  if (!storagePromise) storagePromise = Promise.resolve(createS3Storage(readS3Env()));\n  return storagePromise;\n}\n`,
    `let stytchClientPromise: Promise<any> | null = null;\nexport async function loadStytchB2BClient() {\n  if (!stytchClientPromise) {\n    stytchClientPromise = createStytchB2BClient().catch(() => {\n      stytchClientPromise = null;\n      return null;\n    });\n  }\n  return stytchClientPromise;\n}\nasync function createStytchB2BClient(): Promise<any | null> {\n  const projectId = process.env.STYTCH_PROJECT_ID;\n  const secret = process.env.STYTCH_SECRET;\n  if (!projectId || !secret) return null;\n  const { default: Stytch, envs } = await import('stytch');\n  return new Stytch.B2BClient({ project_id: projectId, secret, env: envs.test });\n}\n`,
    // a controller whose methods are fields, bound arrows, and which keeps nothing (chat-with-pdf-server's)
    `class WebhookController {\n  public static instance: WebhookController;\n  static getInstance() {\n    if (!WebhookController.instance) WebhookController.instance = new WebhookController();\n    return WebhookController.instance;\n  }\n  public SubscriptionHandler = async (req: any, res: any) => {\n    await webhookRepository.save({ event: req.body.event, payload: req.body.payload });\n    return res.status(200).send('ok');\n  };\n}\nexport default WebhookController.getInstance();\n`,
    // TypeORM's data source by its maker's name, and openai-edge's client (chat-with-pdf apps)
    `import { getDataSource } from './config/ormConfig.js';\nlet dataSource: any = null;\nexport async function initializeDatabase() {\n  dataSource = await getDataSource();\n  return dataSource;\n}\n`,
    `import { Configuration, OpenAIApi } from 'openai-edge';\nconst config = new Configuration({ apiKey: process.env.OPENAI_API_KEY });\nlet openai: OpenAIApi | null = null;\nexport const getOpenAIApi = () => {\n  if (!openai) openai = new OpenAIApi(config);\n  return openai;\n};\n`,
    // sequelize-typescript's client behind a service with a logger (node-express-typescript-api's DatabaseService)
    `import { Sequelize } from 'sequelize-typescript';\nimport configService from '../config/config.service';\nimport { WinstonLogger } from '../logger/wintson.logger';\nclass DatabaseService {\n  private readonly sequelize: Sequelize;\n  private readonly logger: WinstonLogger;\n  private static instance: DatabaseService;\n  constructor() {\n    this.logger = new WinstonLogger('Database Service');\n    this.sequelize = new Sequelize({ database: configService.get<string>('DB_DATABASE_NAME'), dialect: 'mysql' });\n  }\n  public static getInstance(): DatabaseService {\n    if (!DatabaseService.instance) DatabaseService.instance = new DatabaseService();\n    return DatabaseService.instance;\n  }\n  public authenticate(): void {\n    this.sequelize.authenticate().catch(() => process.exit(0));\n  }\n}\nexport default DatabaseService.getInstance();\n`,
    // a set of what the module's own function makes of each entry, when it hands back values (ai-proxy's trusted proxies)
    { code: `function normalizeIp(ip) {\n  return String(ip).trim().toLowerCase();\n}\nlet _cachedSet = null;\nfunction getTrustedSet(trustedProxies) {\n  if (!_cachedSet) _cachedSet = new Set(trustedProxies.map((ip) => normalizeIp(ip)));\n  return _cachedSet;\n}\nmodule.exports = { getTrustedSet };\n`, filename: 'lib/client-ip.js' },
    // a promise of a shared client's connection through a step that hands on what it was given (neobot-ai-crm's Redis)
    `import { createClient } from 'redis';\nimport { getServerEnv } from '@/lib/env';\ntype RedisClient = ReturnType<typeof createClient>;\nlet redisClient: RedisClient | null = null;\nlet redisConnectPromise: Promise<RedisClient> | null = null;\nexport async function getRedisClient(): Promise<RedisClient | null> {\n  if (!redisClient) redisClient = createClient({ url: getServerEnv().REDIS_URL });\n  if (!redisClient.isOpen) {\n    if (!redisConnectPromise) {\n      redisConnectPromise = redisClient.connect()\n        .then((value) => {\n          logger.info('[redis] connected');\n          return value;\n        })\n        .finally(() => {\n          redisConnectPromise = null;\n        });\n    }\n    await redisConnectPromise;\n  }\n  return redisClient;\n}\n`,
    // an esbuild bundle committed without its source map: its top-level path comments name the bundled files (whatsapp-bot-manager's dist-motor/server.js)
    `"use strict";\nvar __defProp = Object.defineProperty;\n\n// node_modules/groq-sdk/core.mjs\nvar _platformHeaders;\nvar getPlatformHeaders = () => {\n  return _platformHeaders ?? (_platformHeaders = getPlatformProperties());\n};\n\n// src/server.ts\nvar app = createApp();\n`,
    // a LangGraph graph compiled into its plan, each run in a state of its own (slack-sales-agent's supervisor), and the prebuilt agent
    `import { StateGraph } from "@langchain/langgraph";\nimport { State, classify, answer } from "./nodes";\nlet compiledGraph = null;\nfunction buildGraph() {\n  const graph = new StateGraph(State)\n    .addNode("classify", classify)\n    .addNode("answer", answer)\n    .addEdge("__start__", "classify")\n    .addEdge("classify", "answer")\n    .addEdge("answer", "__end__");\n  return graph.compile();\n}\nexport function getGraph() {\n  if (!compiledGraph) compiledGraph = buildGraph();\n  return compiledGraph;\n}\n`,
    `import { StateGraph } from "@langchain/langgraph";\nimport { State, classify } from "./nodes";\nlet graph;\nexport const getGraph = () => (graph ??= new StateGraph(State).addNode("classify", classify).addEdge("__start__", "classify").compile());\n`,
    `import { createReactAgent } from "@langchain/langgraph/prebuilt";\nimport { llm, tools } from "./model";\nlet agent;\nexport const getAgent = () => (agent ??= createReactAgent({ llm, tools }));\n`,
    // a page's socket: its address is the page's own when the bundler's public variable is unset (multi-tenant-challenge's realtime socket)
    `import { RealtimeClient } from "./realtime";\nlet socket = null;\nexport function getRealtimeSocket() {\n  if (socket) return socket;\n  const base = process.env.NEXT_PUBLIC_WS_URL || window.location.origin;\n  socket = new RealtimeClient(base + "/rt");\n  return socket;\n}\n`,
    `let ws = null;\nexport function connect() {\n  try {\n    const url = import.meta.env.VITE_WS_URL ?? process.env.REACT_APP_WS_URL ?? \`ws://\${window.location.host}/ws\`;\n    ws = new WebSocket(url);\n  } catch (error) {\n    console.error(error);\n  }\n  return ws;\n}\n`,
    // a model provider's client, kept by a getter named for it and made from the process's own key (open-agentic-platform's getAnthropicClient)
    `import { anthropicApiKey } from "./config";\nlet cachedClient = null;\nfunction makeHttpClient(key) {\n  return { messages: { create: async (params) => (await fetch(URL, { headers: { "x-api-key": key }, body: JSON.stringify(params) })).json() } };\n}\nexport function getAnthropicClient() {\n  if (cachedClient) return cachedClient;\n  cachedClient = makeHttpClient(anthropicApiKey());\n  return cachedClient;\n}\n`,
    // express-session's middleware, kept on the global object for the socket handshake (mighai-saas-template's server.cjs)
    `const session = require("express-session");\nconst FileStore = require("session-file-store")(session);\nfunction boot(server) {\n  const sessionMiddleware = session({ store: new FileStore({ path: "data/.sessions" }), secret: process.env.SECRET, resave: false });\n  server.use(sessionMiddleware);\n  global.__sessionMiddleware = sessionMiddleware;\n}\nmodule.exports = { boot };\n`,
    // a transactional mail API's client, on the process's own token (Priyalgeitpl22's ai-chatbot-backend, ZeptoMail)
    `const TOKEN = process.env.ZEPTOMAIL_TOKEN || "";\nlet _client: any = null;\nfunction getClient() {\n  if (!_client) {\n    const { SendMailClient } = require("zeptomail");\n    _client = new SendMailClient({ url: process.env.ZEPTOMAIL_API_URL, token: TOKEN });\n  }\n  return _client;\n}\nexport const send = (mail) => getClient().sendMail(mail);\n`,
    // a class of the app's whose base is named for Redis' client: its entries live in Redis (express-auth-service's TokensCache)
    `import { RedisApplication } from "@loaders/redis.loader";\nexport class TokensCache extends RedisApplication {\n  private static _instance: TokensCache;\n  public static getInstance(): TokensCache {\n    if (!TokensCache._instance) TokensCache._instance = new TokensCache(__filename);\n    return TokensCache._instance;\n  }\n  setProp(key: string, value: string) { return this.client.set(key, value); }\n}\n`,
    // a price table of exact numbers, reloaded from the pricing file (llm-gateway's `Decimal` rates)
    `import { Decimal } from 'decimal.js';\nimport { readFile } from 'node:fs/promises';\nimport pricingData from '../config/pricing.json';\ninterface ModelPricing { pattern: string; inputPerMillion: Decimal; outputPerMillion: Decimal }\nfunction normalize(data: any): Map<string, ModelPricing> {\n  const out = new Map<string, ModelPricing>();\n  for (const [key, m] of Object.entries<any>(data.models)) out.set(key, { pattern: m.pattern, inputPerMillion: new Decimal(m.input), outputPerMillion: new Decimal(m.output) });\n  return out;\n}\nlet pricingCache: Map<string, ModelPricing> = normalize(pricingData);\nexport async function reloadPricingFromFile(path: string) {\n  pricingCache = normalize(JSON.parse(await readFile(path, 'utf8')));\n}\nexport const priceOf = (model: string) => pricingCache.get(model);\n`,
    // an exact number kept as one (a running total)
    `import Big from 'big.js';\nlet total = new Big(0);\nexport function add(amount: string) { total = total.plus(amount); return total; }\n`,
    // a page's channel, made only where a guard function of the file says "browser" (paralect-chatgpt-clone's cross-tab sync)
    `function isBrowser(): boolean {\n  return typeof window !== 'undefined';\n}\nfunction hasBroadcastChannel(): boolean {\n  return isBrowser() && typeof BroadcastChannel !== 'undefined';\n}\nlet channel: BroadcastChannel | null = null;\nfunction getChannel(): BroadcastChannel | null {\n  if (!hasBroadcastChannel()) return null;\n  if (channel) return channel;\n  channel = new BroadcastChannel('chat-sync');\n  return channel;\n}\nexport function broadcast(): void { getChannel()?.postMessage({ type: 'invalidate' }); }\n`,
    `const isServer = () => typeof window === 'undefined';\nlet channel: BroadcastChannel | null = null;\nexport function getChannel() {\n  if (isServer()) return null;\n  channel ??= new BroadcastChannel('sync');\n  return channel;\n}\n`,
    // a Worker's database client made from its env on each request: the deployment's bindings, not the request's (hono-practice)
    `import postgres from 'postgres';\nimport { drizzle } from 'drizzle-orm/postgres-js';\nimport { app } from './app';\nlet sql: ReturnType<typeof postgres> | undefined;\nlet db: ReturnType<typeof drizzle> | undefined;\nexport default {\n  async fetch(req: Request, env: Env, ctx: ExecutionContext) {\n    sql = postgres(env.HYPERDRIVE.connectionString, { max: 5 });\n    db = drizzle(sql);\n    return app.fetch(req, { ...env, DB: db }, ctx);\n  },\n};\n`,
    // PGlite: Postgres in the process, the database every request queries (hono-practice's end-to-end server)
    `import { PGlite } from '@electric-sql/pglite';\nimport { serve } from '@hono/node-server';\nimport { app } from './app';\nlet pglite: PGlite | null = null;\nasync function main() {\n  pglite = new PGlite();\n  await pglite.waitReady;\n  serve({ fetch: app.fetch, port: 3000 });\n}\nmain();\n`,
    // the Telegram bot's client, on the process's token (telegram-ai-platform's grammY bot; a parameter not handed is undefined)
    `import { Bot, session } from 'grammy';\nlet botInstance: Bot | null = null;\nexport function createBot(token?: string): Bot {\n  const botToken = token ?? process.env.TELEGRAM_BOT_TOKEN;\n  if (!botToken) throw new Error('TELEGRAM_BOT_TOKEN is not set');\n  const bot = new Bot(botToken);\n  bot.use(session({ initial: () => ({ language: 'en' }) }));\n  return bot;\n}\nexport function getBot(): Bot {\n  if (!botInstance) botInstance = createBot();\n  return botInstance;\n}\n`,
    `import { Telegraf } from 'telegraf';\nlet bot: Telegraf | undefined;\nfunction makeBot(token = process.env.BOT_TOKEN!) { return new Telegraf(token); }\nexport const getBot = () => (bot ??= makeBot());\n`,
    // a worker loop the process starts at boot (metaplex-mastra-agent-template's agent ticks)
    `import { WorkerLoop } from './worker-loop.js';\nimport { PlexChatServer } from './websocket.js';\nconst server = new PlexChatServer();\nlet workerLoop: WorkerLoop | null = null;\nasync function bootstrap(): Promise<void> {\n  await server.start();\n  const owner = await server.whenReady();\n  workerLoop = new WorkerLoop(server.getAgent(), owner);\n  workerLoop.start();\n}\nbootstrap();\n`,
    // MinIO's S3-compatible client, on the process's own address and keys (FairPlayTeam's ts-backend)
    `import * as Minio from 'minio';\nimport { parseMinioUrl } from './serverConfig.js';\nlet minioClientInstance: Minio.Client | null = null;\nexport const getMinioClient = (): Minio.Client => {\n  if (!minioClientInstance) minioClientInstance = new Minio.Client(parseMinioUrl(process.env.MINIO_URL));\n  return minioClientInstance;\n};\n`,
    // socket.io's client: one connection to the realtime server (flowcraft-ai-workflow-builder's page socket)
    `import { io, type Socket } from 'socket.io-client';\nimport { createSocketTicket } from './api';\nlet socket: Socket | null = null;\nexport function getSocket(): Socket {\n  if (!socket) {\n    socket = io(process.env.NEXT_PUBLIC_SOCKET_URL ?? 'http://localhost:3001', {\n      auth: (callback) => { void createSocketTicket().then(({ ticket }) => callback({ ticket })); },\n    });\n  }\n  return socket;\n}\n`,
    // the promise of the module's Redis client, connected on first use (cobuildwithus' chat-api)
    `import { type RedisClientType, createClient } from 'redis';\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nlet client: Promise<typeof redisClient> | null = null;\nexport async function getRedisClient() {\n  if (!client) {\n    client = redisClient.connect().then(() => redisClient).catch((error) => { client = null; throw error; });\n  }\n  return client as unknown as RedisClientType;\n}\n`,
    // a maker of the module's own that hands back an instance of a class that keeps nothing
    `import { db } from './db';\nclass CaseRepository {\n  find(id: string) { return db.query('select * from cases where id = $1', [id]); }\n}\nexport function createCaseRepository(): CaseRepository {\n  const repository = new CaseRepository();\n  return repository;\n}\nlet caseRepositoryInstance: CaseRepository | undefined;\nexport function getCaseRepository() {\n  caseRepositoryInstance ??= createCaseRepository();\n  return caseRepositoryInstance;\n}\n`,
    // Replit's Stripe sync, on the app's database and its own Stripe key (ai-lead-gen-agency)
    `let stripeSync: any = null;\nasync function getStripeSecretKey() { return process.env.STRIPE_SECRET_KEY!; }\nexport async function getStripeSync() {\n  if (!stripeSync) {\n    const { StripeSync } = await import('stripe-replit-sync');\n    const secretKey = await getStripeSecretKey();\n    stripeSync = new StripeSync({ poolConfig: { connectionString: process.env.DATABASE_URL!, max: 2 }, stripeSecretKey: secretKey });\n  }\n  return stripeSync;\n}\n`,
    // a table's rows loaded whole, an empty map when the load fails: nothing fills it entry by entry (BytesPlatform's admin settings)
    { code: `let cache = null;\nlet loadPromise = null;\nasync function loadAllSettings() {\n  if (loadPromise) return loadPromise;\n  loadPromise = (async () => {\n    try {\n      const { data } = await supabase.from('admin_settings').select('key, value');\n      const next = new Map();\n      for (const row of data) next.set(row.key, row.value);\n      cache = next;\n    } catch (err) {\n      cache = new Map();\n    } finally {\n      loadPromise = null;\n    }\n  })();\n  return loadPromise;\n}\nfunction getCachedSetting(key, fallback) {\n  if (!cache) return fallback;\n  return cache.has(key) ? cache.get(key) : fallback;\n}\nmodule.exports = { loadAllSettings, getCachedSetting };\n`, filename: 'src/db/settings.js' },
    // a secret looked up by its environment name once the secrets manager has loaded (EvgenyLat's whatsapp-saas)
    { code: `let ADMIN_TOKEN = null;\nasync function initializeServices() {\n  await secrets.initialize();\n  ADMIN_TOKEN = secrets.get('ADMIN_TOKEN');\n}\napp.get('/admin/stats', (req, res) => {\n  if (!ADMIN_TOKEN || req.get('x-admin-token') !== ADMIN_TOKEN) return res.status(401).end();\n  res.json({});\n});\ninitializeServices();\n`, filename: 'Backend/index.js' },
    // Vonage's client, made from the process's API key and secret (botari-backend's voice calls)
    `import { Vonage } from '@vonage/server-sdk';\nimport { Auth } from '@vonage/auth';\nlet vonage: Vonage | null = null;\nexport function initializeVonage(): Vonage {\n  if (vonage) return vonage;\n  const auth = new Auth({ apiKey: process.env.VONAGE_API_KEY!, apiSecret: process.env.VONAGE_API_SECRET! });\n  vonage = new Vonage(auth);\n  return vonage;\n}\n`,
    // MathJax's TeX-to-SVG document, set up once: each convert typesets what it is handed (whatsapp-llm-bot)
    { code: `import { mathjax } from 'mathjax-full/js/mathjax.js';\nimport { TeX } from 'mathjax-full/js/input/tex.js';\nimport { SVG } from 'mathjax-full/js/output/svg.js';\nimport { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';\nimport { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';\nlet adaptor = null;\nlet mathDocument = null;\nfunction getMathDocument() {\n  if (!adaptor || !mathDocument) {\n    adaptor = liteAdaptor();\n    RegisterHTMLHandler(adaptor);\n    mathDocument = mathjax.document('', { InputJax: new TeX({}), OutputJax: new SVG({ fontCache: 'none' }) });\n  }\n  return { adaptor, document: mathDocument };\n}\nexport function renderMath(tex) {\n  const { adaptor, document } = getMathDocument();\n  return adaptor.outerHTML(document.convert(tex, { display: true }));\n}\n`, filename: 'math-image-renderer.js' },
    // an instance of a page's class: a method reads window unguarded, which throws on a server (TemuulenBM's chat widget analytics)
    `class AnalyticsManager {\n  private apiUrl = '';\n  private eventQueue: unknown[] = [];\n  private flushInterval: number | null = null;\n  initialize(apiUrl: string): void {\n    this.apiUrl = apiUrl;\n    this.flushInterval = window.setInterval(() => this.flush(), 30000);\n    window.addEventListener('beforeunload', () => this.flush());\n  }\n  track(event: string) { this.eventQueue.push({ event }); }\n  flush() { navigator.sendBeacon(this.apiUrl, JSON.stringify(this.eventQueue)); }\n}\nexport const analytics = new AnalyticsManager();\n`,
    { code: `class ThemeManager {\n  constructor() { this.current = null; }\n  apply = (theme) => {\n    document.documentElement.dataset.theme = theme;\n    this.current = theme;\n  };\n}\nlet manager = null;\nexport function getThemeManager() {\n  return (manager ??= new ThemeManager());\n}\n`, filename: 'src/theme.js' },
    // Gemini's file manager, on the server's key (Geneline-X's chatbot platform)
    `import { GoogleAIFileManager } from '@google/generative-ai/files';\nexport const fileManager = new GoogleAIFileManager(process.env.GOOGLE_GEMINI_API_KEY!);\n`,
    `import { GoogleAIFileManager } from '@google/generative-ai/server';\nexport const fileManager = new GoogleAIFileManager(process.env.GOOGLE_GEMINI_API_KEY!);\n`,
    // Neo4j's driver and its pool, made from the process's credentials (Tami's knowledge graph)
    `import neo4j, { Driver } from 'neo4j-driver';\nlet driver: Driver | null = null;\nexport function getNeo4jDriver(): Driver {\n  if (!driver) {\n    driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME!, process.env.NEO4J_PASSWORD!));\n  }\n  return driver;\n}\n`,
    // Angular's server-side rendering engine, in the server.ts its CLI generates (azure-ai-travel-agents' UI)
    `import { AngularNodeAppEngine, createNodeRequestHandler, writeResponseToNodeResponse } from '@angular/ssr/node';\nimport express from 'express';\nconst app = express();\nconst angularApp = new AngularNodeAppEngine();\napp.use((req, res, next) => {\n  angularApp.handle(req).then((response) => (response ? writeResponseToNodeResponse(response, res) : next())).catch(next);\n});\nexport const reqHandler = createNodeRequestHandler(app);\n`,
    // Mongoose's connection, the promise of it kept while it connects (ai-fitness-backend)
    { code: `import mongoose from 'mongoose';\nlet connecting = null;\nexport async function connectMongo() {\n  if (mongoose.connection.readyState === 1) return mongoose.connection;\n  if (connecting) return connecting;\n  connecting = mongoose\n    .connect(process.env.MONGODB_URI)\n    .then(() => mongoose.connection)\n    .catch(() => {\n      connecting = null;\n      return null;\n    });\n  return connecting;\n}\n`, filename: 'src/config/mongo.js' },
    // YDB's driver, made from the process's connection string (nikolaymatrosov's Telegram bot)
    `import { Driver } from '@ydbjs/core';\nlet driver: Driver | null = null;\nexport async function getDriver(): Promise<Driver> {\n  if (driver) return driver;\n  driver = new Driver(process.env.YDB_ENDPOINT! + process.env.YDB_DATABASE!);\n  await driver.ready();\n  return driver;\n}\n`,
    // LangGraph's checkpointer over Postgres: each thread's checkpoints under its own id (langgraph-js-mastery)
    `import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';\nlet checkpointer: PostgresSaver | null = null;\nexport async function getCheckpointer(): Promise<PostgresSaver> {\n  if (checkpointer) return checkpointer;\n  checkpointer = PostgresSaver.fromConnString(process.env.DATABASE_URL!);\n  await checkpointer.setup();\n  return checkpointer;\n}\n`,
    // Payload CMS' local API over its database, the promise of it kept (ai-booking-travel's storefront)
    `import { getPayload } from 'payload';\nimport config from '@payload-config';\nlet payloadPromise: ReturnType<typeof getPayload> | null = null;\nexport function getCachedPayload() {\n  if (!payloadPromise) payloadPromise = getPayload({ config });\n  return payloadPromise;\n}\n`,
    // a record of a cloud client and its settings, read by functions named for one environment variable each (ai-recruitment's S3 storage)
    `import { getRequiredBooleanEnv, getRequiredEnv } from './env';\nfunction readConfig() {\n  const bucket = process.env.S3_BUCKET_NAME;\n  const region = getRequiredEnv('S3_REGION');\n  return { bucket, forcePathStyle: getRequiredBooleanEnv('S3_FORCE_PATH_STYLE'), region };\n}\nlet cached: Promise<unknown> | undefined;\nasync function buildClient() {\n  const { S3Client } = await import('@aws-sdk/client-s3');\n  const config = readConfig();\n  const client = new S3Client({ forcePathStyle: config.forcePathStyle, region: config.region });\n  return { client, config };\n}\nexport function getClient() {\n  cached ??= buildClient();\n  return cached;\n}\n`,
    // a hosted API's client made with the process's key, its SDK loaded where it is made (aims-platform's Dub.co client)
    `let _dub: unknown | null = null;\nexport async function getDubClient() {\n  if (!process.env.DUB_API_KEY) return null;\n  if (!_dub) {\n    const { Dub } = await import('dub');\n    _dub = new Dub({ token: process.env.DUB_API_KEY });\n  }\n  return _dub;\n}\n`,
    // a record of a cloud client and its settings, made by a function run where the promise is kept (ai-recruitment's recording storage)
    `let recordingCached: Promise<unknown> | undefined;\nexport function getRecordingClient() {\n  recordingCached ??= (async () => {\n    const { S3Client } = await import('@aws-sdk/client-s3');\n    const config = { bucket: process.env.RECORDING_BUCKET, region: process.env.RECORDING_REGION };\n    const client = new S3Client({ region: config.region });\n    return { client, config };\n  })();\n  return recordingCached;\n}\n`,
    // a parsed version, a value as the string it was parsed from (grafana-llm-app's plugin version)
    `import { SemVer } from 'semver';\nexport let LLM_PLUGIN_VERSION = new SemVer('0.2.0');\nexport async function loadPluginVersion() {\n  const health = await fetch('/api/plugins/grafana-llm-app/health').then((res) => res.json());\n  LLM_PLUGIN_VERSION = new SemVer(health.details.version);\n}\n`,
    // a database pool opened by a set-up function that hands nothing back, from the URL the app starts it with (slack-ai-agents' connectDB)
    `import pg from 'pg';\nconst { Pool } = pg;\nlet pool: pg.Pool | null = null;\nexport const connectDB = async (databaseUrl: string): Promise<void> => {\n  if (pool) {\n    console.warn('already connected');\n    return;\n  }\n  pool = new Pool({ connectionString: databaseUrl, max: 5 });\n  const client = await pool.connect();\n  client.release();\n};\nconst getPool = (): pg.Pool => {\n  if (!pool) throw new Error('call connectDB() first');\n  return pool;\n};\nexport const query = (text: string, params?: unknown[]) => getPool().query(text, params);\n`,
    // LangChain's record manager over Postgres: the hashes of what it indexed, in a table (chatbot-langchain-backend's)
    `import { PostgresRecordManager } from '@langchain/community/indexes/postgres';\nconst recordManager = new PostgresRecordManager('docs', { postgresConnectionOptions: { host: process.env.PGHOST, password: process.env.PGPASSWORD }, tableName: 'upsertion_records' });\nexport const createSchema = () => recordManager.createSchema();\n`,
    // a class of functions over the module's database, its writes the database's (ai-notes-full-stack's offline storage over Dexie)
    `import Dexie, { type Table } from 'dexie';\nclass NotesDB extends Dexie {\n  syncQueue!: Table<unknown>;\n  constructor() {\n    super('notes');\n    this.version(1).stores({ syncQueue: '++id' });\n  }\n}\nexport const db = new NotesDB();\nexport class OfflineStorageService {\n  private static instance: OfflineStorageService;\n  static getInstance(): OfflineStorageService {\n    if (!OfflineStorageService.instance) OfflineStorageService.instance = new OfflineStorageService();\n    return OfflineStorageService.instance;\n  }\n  async queue(item: unknown): Promise<void> {\n    await db.syncQueue.add(item);\n  }\n}\n`,
    // an authentication library's instance: the app's sign-in routes and session checks, each session in its cookie and the database (ai-finance's better-auth)
    `import { betterAuth } from 'better-auth';\nimport { drizzleAdapter } from 'better-auth/adapters/drizzle';\nimport { db } from './db';\ntype AuthInstance = ReturnType<typeof betterAuth>;\nlet _auth: AuthInstance | null = null;\nexport function getAuth(): AuthInstance {\n  if (!_auth) _auth = betterAuth({ database: drizzleAdapter(db, { provider: 'pg' }), emailAndPassword: { enabled: true } });\n  return _auth;\n}\n`,
    // a database pool whose driver is loaded on first use, its class read either way from the same module (Enterprise-Agent-OS' store)
    `interface PgPool {\n  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;\n}\nlet _pool: unknown = null;\nasync function getPool(): Promise<PgPool> {\n  if (_pool) return _pool as PgPool;\n  const { default: pg } = await import('pg');\n  const Pool = pg.Pool ?? (pg as unknown as { Pool: new (config: Record<string, unknown>) => PgPool }).Pool;\n  _pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });\n  return _pool as PgPool;\n}\nexport const query = async (text: string) => (await getPool()).query(text);\n`,
    // a promise of the model and processor its function loads into the module's variables (ai-research-agent's pdf2html)
    `import { AutoProcessor, AutoModelForVision2Seq } from '@huggingface/transformers';\nlet model = null;\nlet processor = null;\nlet initializationPromise = null;\nasync function initializeModel() {\n  if (model && processor) return { model, processor };\n  if (initializationPromise) return initializationPromise;\n  initializationPromise = (async () => {\n    processor = await AutoProcessor.from_pretrained('onnx-community/granite-docling-258M-ONNX');\n    model = await AutoModelForVision2Seq.from_pretrained('onnx-community/granite-docling-258M-ONNX');\n    return { model, processor };\n  })();\n  return initializationPromise;\n}\nexport async function convert(image) {\n  const { model } = await initializeModel();\n  return model.generate(image);\n}\n`,
    // the verifier of what Apple signs, made from its root certificates and the app's bundle id (inbox-zero's App Store billing)
    `import { Environment, SignedDataVerifier } from '@apple/app-store-server-library';\nimport { APPLE_ROOT_CERTIFICATES } from './certificates';\nlet productionVerifier: SignedDataVerifier | null = null;\nexport function getAppleVerifier() {\n  productionVerifier ||= new SignedDataVerifier(APPLE_ROOT_CERTIFICATES, true, Environment.PRODUCTION, process.env.APPLE_IAP_BUNDLE_ID!, Number(process.env.APPLE_IAP_APPLE_ID));\n  return productionVerifier;\n}\n`,
    // a gRPC client, made with its channel's credentials (neutree's control-plane stub)
    `import * as grpc from '@grpc/grpc-js';\nimport { loadControllerPackage } from './proto';\nlet controllerClient: any;\nfunction controller() {\n  if (!controllerClient) controllerClient = new (loadControllerPackage().ControllerService)(process.env.ADDR, grpc.credentials.createInsecure());\n  return controllerClient;\n}\nexport const listVolumes = () => controller().listVolumes({});\n`,
    // a server and a poller the process starts for itself (hustlexp's worker process)
    `import { startWorkerHealthServer, type WorkerHealthServer } from './worker-health-server';\nimport { startOutboxWorker, type OutboxWorkerHandles } from './outbox';\nlet outboxHandles: OutboxWorkerHandles | null = null;\nlet healthServer: WorkerHealthServer | null = null;\nexport async function startWorkers() {\n  outboxHandles = startOutboxWorker(5000);\n}\nexport async function bootWorkerProcess() {\n  healthServer = await startWorkerHealthServer();\n  await startWorkers();\n}\n`,
  ],
  invalid: [
    // … but a token a caller's credentials logged in for, through the method's own variables, is that caller's
    { code: "interface VaultTransitConfig {\n  address: string;\n}\nclass VaultTransitKmsProvider {\n  private clientToken: string | null = null;\n  constructor(private readonly cfg: VaultTransitConfig) {}\n  async login(secretId: string, signal?: AbortSignal): Promise<string> {\n    const res = await fetch(`${this.cfg.address}/v1/auth/approle/login`, { method: 'POST', body: JSON.stringify({ secret_id: secretId }), signal });\n    const body = (await res.json()) as { auth?: { client_token?: string } };\n    const token = body.auth?.client_token;\n    if (!token) throw new Error('vault-transit: AppRole login missing token');\n    this.clientToken = token;\n    return token;\n  }\n}\nlet cachedProvider: VaultTransitKmsProvider | null = null;\nexport function getKmsProvider(): VaultTransitKmsProvider {\n  if (cachedProvider) return cachedProvider;\n  cachedProvider = new VaultTransitKmsProvider({ address: process.env.VF_VAULT_ADDR! });\n  return cachedProvider;\n}\n", output: null, errors: [holder(16)] },
    // … but settings a caller hands it, empty or not, are that caller's
    { code: "interface SystemConfig {\n  jwtSecret: string;\n}\nexport default class ConfigService {\n  private static instance: ConfigService;\n  private config: SystemConfig | null = null;\n  static getInstance(): ConfigService {\n    if (!ConfigService.instance) ConfigService.instance = new ConfigService();\n    return ConfigService.instance;\n  }\n  configure(config: SystemConfig) {\n    this.config = config;\n  }\n  getConfig(): SystemConfig | null {\n    return this.config;\n  }\n}\n", output: null, errors: [holder(5)] },
    // … and a handle of another name, kept from what the discovery found, is judged as any is
    { code: "import { discoverChildren } from './discovery.js';\nimport type { Runner } from './discovery.js';\nlet specEngine: Runner | null = null;\nexport async function ensureEngine(): Promise<Runner> {\n  if (!specEngine) {\n    const discovery = await discoverChildren(import.meta.dir);\n    specEngine = discovery.children.find((c) => c.description.name === 'spec_engine') ?? null;\n  }\n  if (!specEngine) throw new Error('SpecEngine child not found');\n  return specEngine;\n}\n", output: null, errors: [holder(3)] },
    // … but what a class's create hands back is its instance, a model's only by its name or its folder
    {
      code: "import { SessionClient } from './session-client';\nlet client;\nexport const init = async () => {\n  client = await SessionClient.create({ region: 'eu' });\n};\n",
      errors: [holder(2)],
    },
    // … but not one that keeps the user's rows beside the key, nor one a reader takes without comparing the key
    { code: `let feedCache = null;\nconst TTL = 3600000;\napp.get('/api/feed', async (req, res) => {\n  const lang = req.query.lang || 'de';\n  const now = Date.now();\n  if (feedCache && feedCache.lang === lang && now - feedCache.fetchedAt < TTL) {\n    return res.json(feedCache.items);\n  }\n  const feedUrls = lang === 'de' ? [DE_FEED] : [EN_FEED];\n  const items = await db.feedFor(req.user.id, feedUrls);\n  feedCache = { items, fetchedAt: now, lang };\n  res.json(items);\n});\n`, output: null, errors: [requestState(11, 'feedCache', "the GET '/api/feed' handler", 'req')] },
    { code: `let feedCache = null;\nconst TTL = 3600000;\napp.get('/api/feed', async (req, res) => {\n  const lang = req.query.lang || 'de';\n  const now = Date.now();\n  if (feedCache && feedCache.lang === lang && now - feedCache.fetchedAt < TTL) {\n    return res.json(feedCache.items);\n  }\n  const feedUrls = lang === 'de' ? [DE_FEED] : [EN_FEED];\n  const feed = await parser.parseURL(feedUrls[0]);\n  const items = feed.items.slice(0, 6);\n  feedCache = { items, fetchedAt: now, lang };\n  res.json(items);\n});\napp.get('/api/feed/last', (req, res) => res.json(feedCache));\n`, output: null, errors: [requestState(12, 'feedCache', "the GET '/api/feed' handler", 'req')] },
    // … but what such a call of the app's own module makes is still its maker's
    {
      code: "\"use strict\";\nObject.defineProperty(exports, \"__esModule\", { value: true });\nconst engine_1 = require(\"./engine\");\nlet _engine = null;\nfunction getEngine() {\n    if (!_engine)\n        _engine = (0, engine_1.createSessionEngine)();\n    return _engine;\n}\nexports.getEngine = getEngine;\n",
      errors: [holder(4)],
    },
    // … but a class of the app's own the IIFE requires is no store's client
    {
      code: "let engine = null;\nexport function getEngine() {\n  const Engine = (() => {\n    try {\n      const module = require('./session-engine');\n      return module.SessionEngine || module.default;\n    } catch {\n      return null;\n    }\n  })();\n  engine ??= new Engine();\n  return engine;\n}\n",
      errors: [holder(1)],
    },
    // … nor what spawn hands back: the child process itself
    {
      code: "import { spawn } from 'child_process';\nlet worker;\nexport function startWorker(userId) {\n  worker = spawn('node', ['worker.js', userId]);\n  return worker;\n}\n",
      errors: [holder(2)],
    },
    // the same socket, connected also where the module is first rendered: a server renders a client module too
    {
      code: "'use client';\nimport { useEffect, useState } from 'react';\nlet wsInstance: WebSocket | null = null;\nconst connectWebSocket = () => {\n  if (wsInstance?.readyState === WebSocket.OPEN) return;\n  wsInstance = new WebSocket('wss://feed.example.com');\n  wsInstance.onclose = () => {\n    setTimeout(() => {\n      connectWebSocket();\n    }, 3000);\n  };\n};\nexport function usePrices() {\n  const [prices] = useState({});\n  connectWebSocket();\n  useEffect(() => {}, []);\n  return prices;\n}\n",
      filename: '/app/frontend/hooks/useWebsocket.ts',
      errors: [holder(3)],
    },
    // a config one of whose values a helper makes as a client: the literal carries an instance
    {
      code: "let cachedConfig = null;\nfunction readTrimmed(name) { return (process.env[name] ?? '').trim(); }\nfunction makeClient(name) { return new OpenAI({ apiKey: readTrimmed(name) }); }\nfunction buildConfig() {\n  const model = readTrimmed('OPENAI_MODEL');\n  return { model, client: makeClient('OPENAI_API_KEY') };\n}\nexport function getConfig() {\n  if (cachedConfig) return cachedConfig;\n  cachedConfig = buildConfig();\n  return cachedConfig;\n}\n",
      filename: '/app/server/config/env.ts',
      errors: [holder(1)],
    },
    // plain values, but a caller's: the last user a method was handed, or one read where it runs or where the instance is built
    {
      code: "class ProfileService {\n  private userId: string | null = null;\n  private requests = 0;\n  open(userId: string) {\n    this.requests++;\n    this.userId = userId;\n  }\n}\nlet instance: ProfileService | null = null;\nexport const getProfileService = () => (instance ??= new ProfileService());\n",
      errors: [holder(9)],
    },
    {
      code: "class ProfileService {\n  private userId: string | null = null;\n  load() {\n    this.userId = currentSession().userId;\n  }\n}\nlet instance: ProfileService | null = null;\nexport const getProfileService = () => (instance ??= new ProfileService());\n",
      errors: [holder(7)],
    },
    {
      code: "class ProfileService {\n  private userId: string;\n  constructor() {\n    this.userId = getCurrentUser().id;\n  }\n  get() {\n    return this.userId;\n  }\n}\nlet instance: ProfileService | null = null;\nexport function getProfileService() {\n  if (!instance) instance = new ProfileService();\n  return instance;\n}\n",
      errors: [holder(10)],
    },
    {
      code: "class Tracker {\n  private lastUser = '';\n  private count = 0;\n  seen(user: { id: string }) {\n    this.count += 1;\n    this.lastUser += user.id;\n  }\n}\nlet instance: Tracker | null = null;\nexport const getTracker = () => (instance ??= new Tracker());\n",
      errors: [holder(9)],
    },
    // plain values, but the state is the module's: a method keeps its caller's user beside the class
    {
      code: "let current: { id: string } | null = null;\nclass SessionService {\n  ttl = 3600;\n  open(user: { id: string }) {\n    current = user;\n  }\n}\nlet instance: SessionService | null = null;\nexport const getSessionService = () => (instance ??= new SessionService());\n",
      errors: [holder(8)],
    },
    // plain values from what the first caller handed: a user's key, for everyone after
    {
      code: "class MailProvider {\n  private static instance: MailProvider;\n  private apiKey: string;\n  private constructor(apiKey: string) {\n    this.apiKey = apiKey;\n  }\n  static getInstance(apiKey: string): MailProvider {\n    if (!MailProvider.instance) MailProvider.instance = new MailProvider(apiKey);\n    return MailProvider.instance;\n  }\n  send(to: string) {\n    return fetch('https://api.mail.example/send', { method: 'POST', headers: { Authorization: this.apiKey }, body: to });\n  }\n}\n",
      errors: [holder(2)],
    },
    // plain values in public fields: any module may set them for the next caller (Fastamoni's Flutterwave provider)
    {
      code: "import axios from 'axios';\nclass FlutterwaveWalletProvider {\n  private static instance: FlutterwaveWalletProvider;\n  url: string;\n  apiKey: string;\n  constructor() {\n    this.url = 'https://api.flutterwave.com/v3/virtual-account-numbers';\n    this.apiKey = process.env.FLUTTERWAVE_SECRET_KEY || '';\n  }\n  public static getInstance(): FlutterwaveWalletProvider {\n    if (!FlutterwaveWalletProvider.instance) FlutterwaveWalletProvider.instance = new FlutterwaveWalletProvider();\n    return FlutterwaveWalletProvider.instance;\n  }\n  async createWallet(request: { email: string }) {\n    return axios.post(this.url, request, { headers: { Authorization: `Bearer ${this.apiKey}` } });\n  }\n}\nexport default FlutterwaveWalletProvider;\n",
      errors: [holder(3)],
    },
    // an emitter keeps the listeners its callers add, whatever its own fields hold
    {
      code: "import { EventEmitter } from 'events';\nclass QdrantService extends EventEmitter {\n  private url = process.env.QDRANT_URL ?? 'http://localhost:6333';\n  private isRunning = false;\n}\nlet instance: QdrantService | null = null;\nexport const getQdrantService = () => (instance ??= new QdrantService());\n",
      errors: [holder(6)],
    },
    // the caller's options name where Redis is: the first caller's address, for everyone
    {
      code: "import { createClient, RedisClientType } from 'redis';\nlet redisClient: RedisClientType | null = null;\nexport async function connectRedis(options: { url?: string; connectTimeout?: number } = {}): Promise<RedisClientType> {\n  const { url = 'redis://localhost:6379', connectTimeout = 10000 } = options;\n  redisClient ??= createClient({ url, socket: { connectTimeout } });\n  return redisClient;\n}\n",
      errors: [holder(2)],
    },
    // … not a class of the app's own, loaded so
    { code: "let storeModule = null;\nconst loadStoreModule = async () => {\n  if (!storeModule) storeModule = import('./session-store');\n  return storeModule;\n};\nlet store = null;\nexport const getStore = async () => {\n  if (store) return store;\n  const { SessionStore } = await loadStoreModule();\n  store = new SessionStore();\n  return store;\n};\n", errors: [holder(6)] },
    // … not sockets a caller hands in, without the server they came in on
    { code: "import { WebSocket } from 'ws';\nexport class Clients {\n  private clients = new Set<WebSocket>();\n  add(ws: WebSocket) { this.clients.add(ws); }\n  broadcast(frame: Buffer) { for (const client of this.clients) client.send(frame); }\n}\nlet clients: Clients | null = null;\nexport function getClients() {\n  return (clients ??= new Clients());\n}\n", errors: [holder(7)] },
    // … not a list of settings its callers add to
    { code: "import jobQueue, { IBullOptions } from '#job-queue';\nclass JobQueueManager {\n  private bullOptions = [] as IBullOptions[];\n  add(options: IBullOptions) { this.bullOptions.push(options); }\n  async init() { await jobQueue.initJobs(this.bullOptions); }\n}\nexport default new JobQueueManager();\n", errors: [holder(7)] },
    // … not settings read for a tenant, nor a user's
    { code: "import { getRedis } from './redis';\nimport { getConfig } from '../core/config';\nexport class TenantQueue {\n  private redis = getRedis();\n  private config = getConfig(currentTenant());\n  async enqueue(id: string) { await this.redis.lpush(this.config.queueName, id); }\n}\nlet _queue: TenantQueue | null = null;\nexport function getTenantQueue(): TenantQueue {\n  if (!_queue) _queue = new TenantQueue();\n  return _queue;\n}\n", errors: [holder(8)] },
    { code: "import { getRedis } from './redis';\nexport class Prefs {\n  private redis = getRedis();\n  private settings = getUserSettings();\n  async save(id: string) { await this.redis.set(id, this.settings.theme); }\n}\nlet _prefs: Prefs | null = null;\nexport function getPrefs(): Prefs {\n  if (!_prefs) _prefs = new Prefs();\n  return _prefs;\n}\n", errors: [holder(7)] },
    // … nor a process started with what a caller handed (one user's upload, transcoded)
    { code: "import { spawn, type ChildProcess } from 'node:child_process';\nlet ffmpeg: ChildProcess | null = null;\nexport function transcode(input: string) {\n  ffmpeg = spawn('ffmpeg', ['-i', input, 'out.mp4']);\n  return ffmpeg;\n}\n", errors: [holder(2)] },
    // … nor a middleware-looking maker whose name says otherwise: a cache
    { code: "let cachedStore: any = null;\nexport const handler = (req, res) => {\n  if (!cachedStore) cachedStore = createSessionCache();\n  return cachedStore.get(req.id);\n};\n", errors: [holder(1)] },
    // … not one that hands out an object it keeps, which whoever holds may fill
    { code: "class Relay {\n  private readonly channel = openChannel(process.env.RELAY_URL);\n  private readonly timeoutMs = Number(process.env.RELAY_TIMEOUT_MS ?? 5000);\n  listen(handler: Handler) {\n    subscribe(this.channel, handler, this.timeoutMs);\n  }\n}\nlet relay: Relay | null = null;\nexport const getRelay = () => (relay ??= new Relay());\n", errors: [holder(8)] },
    // … but not one made with what its first caller handed it, which may be that user's token
    { code: "import { createClient, SupabaseClient } from '@supabase/supabase-js';\nexport class SupabaseStorageService {\n  private supabase: SupabaseClient;\n  constructor(userToken: string) {\n    this.supabase = createClient(process.env.SUPABASE_URL!, userToken);\n  }\n}\nlet storageServiceInstance: SupabaseStorageService | null = null;\nexport function getSupabaseStorageService(token: string): SupabaseStorageService {\n  if (!storageServiceInstance) storageServiceInstance = new SupabaseStorageService(token);\n  return storageServiceInstance;\n}\n", errors: [holder(8)] },
    // a class with a method, or a field holding an instance, is more than a record, and so may be a class of fields not named for settings or data
    { code: "class Conversation {\n  messages: string[] = [];\n}\nlet conversation: Conversation | null = null;\nexport const getConversation = () => (conversation ??= new Conversation());\n", errors: [holder(4)] },
    { code: "class BridgeConfigLogging {\n  public files: string[] = [];\n  public add(file: string): void { this.files.push(file); }\n}\nexport class Log {\n  private static config: BridgeConfigLogging;\n  public static Configure(config: BridgeConfigLogging): void {\n    Log.config = Object.assign(new BridgeConfigLogging(), config);\n  }\n}\n", errors: [holder(6)] },
    { code: "class Bridge {\n  public files: string[] = [];\n  public store: Store = new Store();\n}\nexport class Log {\n  private static bridge: Bridge | null = null;\n  public static get(): Bridge { return (Log.bridge ??= new Bridge()); }\n}\n", errors: [holder(6)] },
    // … not a `location` the module binds itself: a server's socket to a configured host
    { code: "const location = { host: process.env.FEED_HOST };\nlet ws: WebSocket | null = null;\nexport function connect() {\n  if (ws) return ws;\n  ws = new WebSocket(`wss://${location.host}/feed`);\n  return ws;\n}\n", errors: [holder(2)] },
    // … not beside a map its setter fills with what callers hand it
    { code: "import { AsyncLocalStorage } from 'node:async_hooks';\nexport class RequestContext {\n  private static instance: RequestContext;\n  private storage = new AsyncLocalStorage<{ token: string }>();\n  private tokens = new Map<string, string>();\n  static getInstance(): RequestContext {\n    if (!RequestContext.instance) RequestContext.instance = new RequestContext();\n    return RequestContext.instance;\n  }\n  setToken(user: string, token: string) {\n    this.tokens.set(user, token);\n  }\n}\n", errors: [holder(3)] },
    // … not from one user's settings: the first user's key, handed to every later one
    { code: "import { encrypt } from '../crypto/paseto';\nimport type { zerotrustConfig } from '../types';\nimport { getConfig } from '../config';\nimport { getUserSettings } from '../settings';\nexport class TokenService {\n  private key!: Uint8Array;\n  private config: zerotrustConfig['session'] & { secretKeyHex: string };\n  constructor(secretKeyHex: string, sessionConfig: zerotrustConfig['session']) {\n    this.config = { ...sessionConfig, secretKeyHex };\n  }\n  async init() {\n    this.key = Buffer.from(this.config.secretKeyHex, 'hex');\n  }\n  async sign(payload: object): Promise<string> {\n    return encrypt(this.key, JSON.stringify(payload));\n  }\n}\nlet tokenServiceInstance: TokenService | null = null;\nexport async function getTokenService() {\n  if (tokenServiceInstance) return tokenServiceInstance;\n  const settings = getUserSettings();\n  tokenServiceInstance = new TokenService(settings.tokenSecretHex, settings.session);\n  await tokenServiceInstance.init();\n  return tokenServiceInstance;\n}\n", errors: [holder(18)] },
    // a promise settled to a connection, not a yes or a no: the socket is the holder's
    {
      code: "import net from 'node:net';\nlet _socket = null;\nexport async function socket() {\n  if (_socket !== null) return _socket;\n  _socket = await new Promise((resolve) => {\n    const conn = net.connect(6379);\n    conn.on('connect', () => resolve(conn));\n    conn.on('error', () => resolve(false));\n  });\n  return _socket;\n}\n",
      errors: [holder(2)],
    },
    // a bare assert (Node's, which returns nothing) is not a schema's check: what the holder keeps is the client made
    {
      code: "import { once } from './once';\nimport { Client } from './client';\nexport const client = once(() => new Client(validated.assert(process.env)));\n",
      errors: [holder(3)],
    },
    // … but a key read off the session the function looked up is that user's
    { code: "import OpenAI from 'openai';\nimport { auth } from './auth';\nlet _client: OpenAI | null = null;\nexport async function getClient() {\n  if (_client) return _client;\n  const session = await auth();\n  _client = new OpenAI({ apiKey: session.user.apiKey });\n  return _client;\n}\n", output: null, errors: [holder(3)] },
    // … but the project's name for a class that keeps its callers' sessions names that
    { code: "class SessionStore {\n  private sessions = new Map<string, { userId: string }>();\n  remember(id: string, userId: string) {\n    this.sessions.set(id, { userId });\n  }\n}\ntype Sessions = SessionStore;\nexport class SessionEmitter {\n  private static instance: SessionEmitter;\n  private sessions: Sessions | null = null;\n  static getInstance(): SessionEmitter {\n    if (!SessionEmitter.instance) SessionEmitter.instance = new SessionEmitter();\n    return SessionEmitter.instance;\n  }\n  init(sessions: Sessions): void {\n    this.sessions = sessions;\n  }\n  remember(id: string, userId: string) {\n    this.sessions?.remember(id, userId);\n  }\n}\n", output: null, errors: [holder(9)] },
    // … but one that keeps its callers' sessions beside the container keeps them
    { code: "import { Container } from 'inversify';\nclass ContainerManager {\n  private static instance: ContainerManager;\n  private container = new Container();\n  private sessions = new Map<string, { userId: string }>();\n  static getInstance(): ContainerManager {\n    if (!ContainerManager.instance) ContainerManager.instance = new ContainerManager();\n    return ContainerManager.instance;\n  }\n  remember(id: string, userId: string) {\n    this.sessions.set(id, { userId });\n  }\n}\nexport const container = ContainerManager.getInstance();\n", output: null, errors: [holder(3)] },
    // … but one that makes its Firebase app of what its first caller handed it keeps that caller's
    { code: "import type { FastifyBaseLogger } from 'fastify';\nimport * as admin from 'firebase-admin';\nlet instance: PushNotificationService | null = null;\nexport class PushNotificationService {\n  private firebaseAdmin: admin.app.App | null = null;\n  static getInstance(credentials: { projectId: string; privateKey: string }, logger: FastifyBaseLogger): PushNotificationService {\n    if (!instance) instance = new PushNotificationService(credentials, logger);\n    return instance;\n  }\n  constructor(private readonly credentials: { projectId: string; privateKey: string }, private readonly logger: FastifyBaseLogger) {\n    this.initializeFirebaseAdmin();\n  }\n  private initializeFirebaseAdmin() {\n    const { projectId, privateKey } = this.credentials;\n    this.firebaseAdmin = admin.initializeApp({ credential: admin.credential.cert({ projectId, privateKey }) });\n  }\n}\n", output: null, errors: [holder(3)] },
    // … but a request of the same framework is one request's
    { code: "import { FastifyRequest } from 'fastify';\nexport class RequestService {\n  private static instance: RequestService;\n  private request?: FastifyRequest;\n  private constructor() {}\n  setRequest(request: FastifyRequest) {\n    this.request = request;\n  }\n  static getInstance(): RequestService {\n    if (!RequestService.instance) RequestService.instance = new RequestService();\n    return RequestService.instance;\n  }\n}\n", output: null, errors: [holder(3)] },
    // … and a subclass of a base that keeps its callers' sessions keeps them too
    { code: "abstract class BaseStore {\n  protected sessions = new Map<string, { userId: string }>();\n  remember(id: string, userId: string) {\n    this.sessions.set(id, { userId });\n  }\n}\nclass SessionStore extends BaseStore {\n  constructor() {\n    super();\n  }\n}\nexport class SessionService {\n  private static instance: SessionService;\n  private store: SessionStore;\n  private constructor() {\n    this.store = new SessionStore();\n  }\n  remember(id: string, userId: string) {\n    this.store.remember(id, userId);\n  }\n  static getInstance(): SessionService {\n    if (!SessionService.instance) SessionService.instance = new SessionService();\n    return SessionService.instance;\n  }\n}\n", output: null, errors: [holder(13)] },
    // … and a model filled from what its caller awaited is that caller's
    { code: "import { fetchProfile } from './profiles';\nlet profile: any = null;\nlet loading: Promise<any> | null = null;\nexport async function getProfile(user: string) {\n  if (profile) return profile;\n  loading ??= fetchProfile(user);\n  profile = await loading;\n  return profile;\n}\n", output: null, errors: [holder(2), holder(3)] },
    // … but a field a caller fills is that caller's, whatever else the class loads
    { code: "export class AwsClientFactory {\n  private s3Client: unknown | null = null;\n  private currentUser: unknown | null = null;\n  async getS3() {\n    const { S3Client } = await import('@aws-sdk/client-s3');\n    this.s3Client ??= new S3Client({});\n    return this.s3Client;\n  }\n  setUser(user: unknown) {\n    this.currentUser = user;\n  }\n}\nexport const sharedClients = new AwsClientFactory();\n", output: null, errors: [holder(13)] },
    // … and a load whose promise is of what a caller handed in keeps that
    { code: "import { fetchProfile } from './profiles';\nexport class ProfileManager {\n  private profile: unknown | null = null;\n  private loading: Promise<unknown | null> | null = null;\n  load(userId: string) {\n    this.loading ??= (async () => {\n      this.profile = await fetchProfile(userId);\n      return this.profile;\n    })();\n    return this.loading;\n  }\n}\nexport const profiles = new ProfileManager();\n", output: null, errors: [holder(13)] },
    // … but one carrying the first caller's token is that caller's
    { code: "import { createTRPCClient, httpLink } from '@trpc/client';\nlet cachedClient: any;\nexport const storeClient = (token: string) => {\n  cachedClient ??= createTRPCClient({ links: [httpLink({ url: process.env.STORE_API_URL!, headers: { authorization: `Bearer ${token}` } })] });\n  return cachedClient;\n};\n", output: null, errors: [holder(2)] },
    // … but a private method a public one calls too builds for whoever calls it
    { code: "import { Agent } from '@openai/agents';\nimport { AGENT_CONFIG } from './config';\nclass AgentRegistry {\n  private agents = new Map<string, Agent>();\n  constructor() {\n    this.load(AGENT_CONFIG);\n  }\n  private load(config: typeof AGENT_CONFIG): void {\n    for (const [name, entry] of Object.entries(config)) this.agents.set(name, new Agent({ name, instructions: entry.instructions }));\n  }\n  reload(config: typeof AGENT_CONFIG) {\n    this.load(config);\n  }\n  getAgent(name: string): Agent | undefined {\n    return this.agents.get(name);\n  }\n}\nexport const agentRegistry = new AgentRegistry();\n", output: null, errors: [holder(18)] },
    // … but worker threads' Worker is imported, and such a module runs on a server
    { code: "import { Worker } from 'node:worker_threads';\nimport { Engine } from './engine';\nlet engine: Engine | null = null;\nexport function getEngine() {\n  if (!engine) engine = new Engine(new Worker(new URL('./engine-worker.js', import.meta.url)));\n  return engine;\n}\n", output: null, errors: [holder(3)] },
    // … and a `require` made at once that builds an instance from the module still holds one
    { code: "import { createRequire } from 'node:module';\nlet client: any = null;\nexport function getClient() {\n  if (!client) client = new (createRequire(import.meta.url)('pg').Pool)();\n  return client;\n}\n", output: null, errors: [holder(2)] },
    // … nor settings its methods change with what callers hand them (finger's RouterConfigManager)
    { code: "import { readFileSync } from 'node:fs';\ninterface RouterConfiguration {\n  version: string;\n  forcedRoutes: { id: string; pattern: string }[];\n}\nexport class RouterConfigManager {\n  private config: RouterConfiguration;\n  constructor() {\n    this.config = JSON.parse(readFileSync('router.json', 'utf8')) as RouterConfiguration;\n  }\n  addRoute(rule: { id: string; pattern: string }) {\n    this.config.forcedRoutes.push(rule);\n  }\n  importConfig(json: string) {\n    const config = JSON.parse(json) as RouterConfiguration;\n    this.config = config;\n  }\n}\nexport const routerConfig = new RouterConfigManager();\n", output: null, errors: [holder(19)] },
    // … but a transport on the first caller's account is that caller's, whatever its callbacks call
    { code: "import nodemailer from 'nodemailer';\nlet transporter = null;\nexport function getTransporter(session) {\n  transporter ??= nodemailer.createTransport({ host: 'smtp.example.com', auth: { user: session.user.email, pass: session.user.smtpPass }, dnsLookup: (hostname, dns) => dns(hostname, { all: true }) });\n  return transporter;\n}\n", output: null, errors: [holder(2)], filename: 'mailer.js' },
    // … but what such a helper makes is asked as any maker's is
    { code: "import { SessionRegistry } from './sessions';\nlet registry: SessionRegistry | null = null;\nexport function getRegistry() {\n  if (!registry) {\n    const make = () => new SessionRegistry();\n    registry = make();\n  }\n  return registry;\n}\n", output: null, errors: [holder(2)] },
    // … but settings a caller hands in are that caller's
    { code: "interface AppConfig {\n  shopify: { apiKey: string };\n}\nexport class ConfigManager {\n  private static instance: ConfigManager;\n  private config: AppConfig = { shopify: { apiKey: '' } };\n  static getInstance(): ConfigManager {\n    if (!ConfigManager.instance) ConfigManager.instance = new ConfigManager();\n    return ConfigManager.instance;\n  }\n  use(config: AppConfig) {\n    this.config = config;\n  }\n  get apiKey() {\n    return this.config.shopify.apiKey;\n  }\n}\n", output: null, errors: [holder(5)] },
    // … but an entry of `any` without a time it was stored at may be anything, a client among them
    { code: "declare global {\n  var __clients: Map<string, { client: any }> | undefined;\n}\nconst clients: Map<string, { client: any }> = globalThis.__clients ?? (globalThis.__clients = new Map());\nexport const clientFor = (shop: string) => clients.get(shop)?.client;\n", output: null, errors: [holder(4)] },
    // … not a memory session storage, which keeps every user's session in the process
    { code: `import { createMemorySessionStorage } from 'react-router';\nlet _s: ReturnType<typeof createMemorySessionStorage>;\nfunction getSessionStorage() {\n  if (!_s) _s = createMemorySessionStorage({ cookie: { name: '__session' } });\n  return _s;\n}\nexport const getSession = (request: Request) => getSessionStorage().getSession(request.headers.get('Cookie'));\n`, errors: [holder(2)] },
    // … not a maker that takes the caller's token, nor one that returns anything else
    { code: `import { createClient } from '@supabase/supabase-js';\nfunction createSupabaseClient(accessToken?: string) {\n  return createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!, { global: { headers: { Authorization: 'Bearer ' + accessToken } } });\n}\nlet client: ReturnType<typeof createSupabaseClient> | null = null;\nexport function getClient() {\n  if (!client) client = createSupabaseClient();\n  return client;\n}\n`, errors: [holder(5)] },
    { code: `import { createClient } from '@supabase/supabase-js';\nfunction createSupabaseClient() {\n  if (process.env.SUPABASE_SERVICE_KEY) return createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_KEY);\n  return new SessionStore();\n}\nlet client: ReturnType<typeof createSupabaseClient> | null = null;\nexport function getClient() {\n  if (!client) client = createSupabaseClient();\n  return client;\n}\n`, errors: [holder(6)] },
    // … not a server's loader, which fetches with the fetch it is handed; nor an absolute or another host's URL
    { code: `let controller: AbortController | null = null;\nexport async function load({ fetch }: { fetch: typeof globalThis.fetch }) {\n  controller = new AbortController();\n  return fetch('/api/data', { signal: controller.signal });\n}\n`, errors: [holder(1)] },
    { code: `let controller: AbortController | null = null;\nexport async function proxy(base: string) {\n  controller = new AbortController();\n  return fetch(\`\${base}/api/data\`, { signal: controller.signal });\n}\n`, errors: [holder(1)] },
    { code: `let controller: AbortController | null = null;\nexport async function assets() {\n  controller = new AbortController();\n  return fetch('//cdn.example.com/list.json', { signal: controller.signal });\n}\n`, errors: [holder(1)] },
    // … nor a goto() of the module's own
    { code: `import { goto } from './router';\nlet controller: AbortController | null = null;\nexport async function submit() {\n  controller = new AbortController();\n  await goto('/done');\n}\n`, errors: [holder(2)] },
    // … not a join of another module's
    {
      code: "import { join } from './paths';\nexport let STORE_DIR = join('a', 'b');\nexport function setProfile(profileName: string): void {\n  STORE_DIR = join('profiles', profileName);\n}\n",
      errors: [holder(2)],
    },
    // … not a map of entries that collect what users' requests bring, a lock beside it notwithstanding
    {
      code: "import { Mutex } from 'async-mutex';\ninterface Conversation {\n  lock: Mutex;\n  messages: string[];\n}\nclass ConversationStore {\n  private conversations = new Map<string, Conversation>();\n  async append(userId: string, message: string) {\n    let entry = this.conversations.get(userId);\n    if (!entry) this.conversations.set(userId, (entry = { lock: new Mutex(), messages: [] }));\n    await entry.lock.runExclusive(() => entry!.messages.push(message));\n  }\n}\nlet store: ConversationStore | null = null;\nexport function getConversationStore() {\n  if (!store) store = new ConversationStore();\n  return store;\n}\n",
      errors: [holder(14)],
    },
    // … but not one that takes its table whole out of the pattern, to hand on (`...rest` keeps the object's members together)
    { code: `import { authConfig } from './auth.config';\nclass Catalog {\n  private readonly options: { table: Map<string, string>; name: string };\n  constructor(options: { table: Map<string, string>; name: string }) {\n    this.options = { ...options };\n  }\n  rest() {\n    const { name, ...rest } = this.options;\n    return rest;\n  }\n}\nlet catalog: Catalog;\nexport const getCatalog = () => {\n  if (!catalog) catalog = new Catalog({ ...authConfig().catalog });\n  return catalog;\n};\n`, errors: [holder(12)] },
    // … but not from a configuration typed as one user's: the first caller's key, handed to every later one
    { code: `import Anthropic from '@anthropic-ai/sdk';\nlet clientInstance: Anthropic | null = null;\nexport function getClient(config: UserConfig): Anthropic {\n  if (!clientInstance) clientInstance = new Anthropic({ apiKey: config.anthropicApiKey });\n  return clientInstance;\n}\n`, errors: [holder(2)] },
    // Koa's middleware keeps the request's user where every request reads it
    { code: `let currentUser: string | undefined;\napp.use(async (ctx, next) => {\n  currentUser = ctx.state.user.id;\n  await next();\n});\nrouter.get('/me', async (ctx) => {\n  ctx.body = { user: currentUser };\n});\n`, output: null, errors: [requestState(3, 'currentUser', 'a middleware', 'ctx')] },
    // … as Hono's does, its (c, next) given the context
    { code: `let tenant: string | undefined;\nexport const tenantMiddleware = async (c, next) => {\n  tenant = c.req.header('x-tenant');\n  await next();\n};\nexport const currentTenant = () => tenant;\n`, output: null, errors: [requestState(3, 'tenant', 'tenantMiddleware()', 'c')] },
    // a command's first line and the arguments it read do not make a server's entry one: it listens for everyone
    {
      code: "#!/usr/bin/env node\nimport express from 'express';\nimport { RenderEngine } from './engine.js';\nconst [, , port] = process.argv;\nconst engine = new RenderEngine();\nconst app = express();\napp.post('/render', async (req, res) => res.json(await engine.render(req.body)));\napp.listen(Number(port));\n",
      errors: [{ messageId: 'holder', line: 5 }],
    },
    // the same client on the first caller's key: the platform's AbortSignal does not make it the process's
    {
      code: "import { createClient } from '@supabase/supabase-js';\nlet cachedClient: any = null;\nexport function getSupabase(userKey: string): any {\n  if (cachedClient) return cachedClient;\n  cachedClient = createClient(process.env.SUPABASE_URL!, userKey, {\n    global: { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(25_000) }) },\n  });\n  return cachedClient;\n}\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // the class's own instance filled lazily; a namesake instance field given a string says nothing of it
    {
      code: "export class Session {\n  static current: Session;\n  current: string;\n  constructor() {\n    this.current = 'idle';\n  }\n  open(userId: string) {\n    this.current = userId;\n  }\n  static start() {\n    if (!Session.current) Session.current = new Session();\n    return Session.current;\n  }\n}\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // a static holder a static arrow field fills: its `this` is the class
    {
      code: "export class ToolRegistry {\n  static instance: ToolRegistry | undefined;\n  static getInstance = () => (this.instance ??= new ToolRegistry());\n}\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // a module object of DataLoaders: each property's cache is kept for every request, as a variable's would be
    {
      code: "import DataLoader from 'dataloader';\nexport const loaders = {\n  user: new DataLoader(async (ids: readonly string[]) => db.users.findMany(ids)),\n  post: new DataLoader(async (ids: readonly string[]) => db.posts.findMany(ids)),\n  batchOnly: new DataLoader(async (ids: readonly string[]) => ids, { cache: false }),\n  make: () => new DataLoader(async (ids: readonly string[]) => ids),\n};\n",
      errors: [{ messageId: 'holder', line: 3, data: { name: 'loaders.user', shape: 'a module-level instance', creator: 'a creator such as createX(userContext)' } }, { messageId: 'holder', line: 4, data: { name: 'loaders.post', shape: 'a module-level instance', creator: 'a creator such as createX(userContext)' } }],
    },
    {
      code: "const DataLoader = require('dataloader');\nconst USERS = 'users';\nmodule.exports = { byId: { [USERS]: new DataLoader((ids) => User.find({ _id: { $in: ids } })) } };\n",
      errors: [{ messageId: 'holder', line: 3, data: { name: 'module.exports.byId[USERS]', shape: 'a module-level instance', creator: 'a creator such as createX(userContext)' } }],
    },
    // a DataLoader made as the module loads: its cache hands one request's rows to the next (an early iammrsea photo-sharing backend)
    {
      code: "const DataLoader = require('dataloader');\nconst User = require('./user.model');\nmodule.exports = new DataLoader((keys) => User.find({ _id: { $in: keys } }), { cacheKeyFn: (key) => key.toString() });\n",
      errors: [{ messageId: 'holder', line: 3 }],
    },
    {
      code: "import DataLoader from 'dataloader';\nexport const userLoader = new DataLoader(async (ids: readonly string[]) => db.users.findMany(ids));\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // … through TypeScript's import-equals, or as a class of the module's own that extends it
    {
      code: "import DataLoader = require('dataloader');\nexport const userLoader = new DataLoader(async (ids: readonly string[]) => ids);\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    {
      code: "import DataLoader from 'dataloader';\nclass UserDataLoader extends DataLoader<string, string> {\n  constructor() {\n    super(async (ids) => ids);\n  }\n}\nexport const userLoader = new UserDataLoader();\n",
      errors: [{ messageId: 'holder', line: 7 }],
    },
    // … under whatever name the module imports it
    {
      code: "import Dataloader from 'dataloader';\nconst batchUsers = async (ids: readonly number[]) => ids.map((id) => ({ id }));\n// @ts-ignore\nexport const userLoader = new Dataloader<number, User>(batchUsers);\n",
      errors: [{ messageId: 'holder', line: 4 }],
    },
    // … not another name for an instance the module makes
    {
      code: "const engine = new RulesEngine(require('../lib/templateRules.json'));\nfunction generateRules() {\n  const rules = engine;\n  return rules;\n}\nlet generatedRules;\nfunction getRules() {\n  if (!generatedRules) generatedRules = generateRules();\n  return generatedRules;\n}\nmodule.exports = { getRules };\n",
      errors: [{ messageId: 'holder', line: 1 }, { messageId: 'holder', line: 6 }],
    },
    // … not one whose static code keeps something in the instance
    {
      code: "class NotificationService {\n  static getInstance() {\n    if (!NotificationService.instance) NotificationService.instance = new NotificationService();\n    return NotificationService.instance;\n  }\n  static async sendEmail(to, text) {\n    NotificationService.instance.lastRecipient = to;\n  }\n}\nmodule.exports = NotificationService;\n",
      errors: [{ messageId: 'holder', line: 3 }],
    },
    // … not one that gives it an instance
    {
      code: "import { initialSchema } from './initialSchemas';\nlet globalCache: SchemaCache | null = null;\nexport function initializeSchemaSystem(): SchemaCache {\n  if (globalCache) return globalCache;\n  globalCache = new SchemaCache(initialSchema);\n  return globalCache;\n}\nexport function getGlobalCache(): SchemaCache | null {\n  if (!globalCache) globalCache = initializeSchemaSystem();\n  return globalCache;\n}\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // … not a poller keeping what a caller hands it, or records it collects
    {
      code: "class DigestScheduler {\n  private intervalId: NodeJS.Timeout | null = null;\n  private stats = { runs: 0, lastUser: '' };\n  start(): void {\n    this.intervalId = setInterval(() => this.tick(), 60000);\n  }\n  track(userId: string): void {\n    this.stats.lastUser = userId;\n  }\n  private tick(): void {\n    this.stats.runs++;\n  }\n}\nlet scheduler: DigestScheduler | null = null;\nexport function getScheduler() {\n  if (!scheduler) scheduler = new DigestScheduler();\n  return scheduler;\n}\n",
      errors: [{ messageId: 'holder', line: 14 }],
    },
    {
      code: "class DigestScheduler {\n  private intervalId: NodeJS.Timeout | null = null;\n  private pending: Map<string, UserDigest> = new Map();\n  start(): void {\n    this.intervalId = setInterval(() => this.tick(), 60000);\n  }\n  private tick(): void {\n    this.pending.clear();\n  }\n}\nlet scheduler: DigestScheduler | null = null;\nexport function getScheduler() {\n  if (!scheduler) scheduler = new DigestScheduler();\n  return scheduler;\n}\n",
      errors: [{ messageId: 'holder', line: 11 }],
    },
    // … not a record keeping anything beside its statements
    {
      code: "import Database from 'better-sqlite3';\nexport class DbManager {\n  private static _instance: DbManager;\n  private db: Database.Database;\n  private stmts: { getUserById: Database.Statement; lastUser: User | undefined };\n  static getInstance(): DbManager {\n    if (!DbManager._instance) DbManager._instance = new DbManager();\n    return DbManager._instance;\n  }\n  constructor() {\n    this.db = new Database('auth.db');\n    this.stmts = this.prepareStatements();\n  }\n  private prepareStatements() {\n    return { getUserById: this.db.prepare('SELECT * FROM users WHERE id = ?'), lastUser: undefined };\n  }\n  remember(user: User) {\n    this.stmts.lastUser = user;\n  }\n}\n",
      errors: [{ messageId: 'holder', line: 3 }],
    },
    // … not where it says it runs on the server
    {
      code: "let store: Promise<Store> | null = null;\nexport function getStore() {\n  if (!import.meta.server) return null;\n  store ??= loadStore();\n  return store;\n}\n",
      errors: [{ messageId: 'holder', line: 1 }],
    },
    {
      code: "let store = null;\nexport function getStore() {\n  if (process.server) store ??= new SessionStore();\n  return store;\n}\n",
      errors: [{ messageId: 'holder', line: 1 }],
    },
    // … not a service of the users' sessions so held
    {
      code: "export class SessionService {\n  private static instance: SessionService | undefined;\n  private apiKey = '';\n  constructor(private kvStore: KeyValueStore) {\n    if (SessionService.instance != null) return SessionService.instance;\n    SessionService.instance = this;\n  }\n  static get current() {\n    return SessionService.instance;\n  }\n}\n",
      errors: [{ messageId: 'holder', line: 2 }],
    },
    // … not a map whose entries are instances, whatever keys them
    {
      code: "import type { ProviderType } from './types';\nimport { OAuthProvider } from './oauth';\nlet providers: Map<ProviderType, OAuthProvider> | null = null;\nexport function getProviders() {\n  if (!providers) providers = loadProviders();\n  return providers;\n}\n",
      errors: [{ messageId: 'holder', line: 3 }],
    },
    // … not the bot's own manager of every user's conversations beside them
    {
      code: "import { CloudAdapter, ConfigurationServiceClientCredentialFactory } from 'botbuilder';\nimport { ConversationHistoryManager } from './history';\nconst credentialsFactory = new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: process.env.MicrosoftAppId, MicrosoftAppPassword: process.env.MicrosoftAppPassword });\nexport const historyManager = new ConversationHistoryManager();\n",
      errors: [{ messageId: 'holder', line: 4 }],
    },
    // … not a constant the module made an instance (the default client), nor a name the function binds itself
    {
      code: "const DEFAULT_CLIENT = new ApiClient();\nfunction pick(given?: ApiClient) {\n  if (!given) return DEFAULT_CLIENT;\n  return given;\n}\nlet client = pick();\nexport function setClient(given: ApiClient) {\n  client = pick(given);\n}\nexport const call = () => client.get('/');\n",
      errors: [{ messageId: 'holder', line: 6 }],
    },
    {
      code: "const CART = 5;\nfunction cartFor(size?: number) {\n  const CART = new ShoppingCart(size ?? 5);\n  return CART;\n}\nlet cart = cartFor();\nexport function resize(size: number) {\n  cart = cartFor(size);\n}\nexport const add = (item: string) => cart.add(item);\n",
      errors: [{ messageId: 'holder', line: 6 }],
    },
    // a controller's wrapped handler goes by the name it is exported under (Campus-Root's errorWrapper)
    {
      code: `import { oauth2Client } from '../../utils/oAuthClient.js';\nexport const googleAuthentication = errorWrapper(async (req, res, next) => {\n  const { tokens } = await oauth2Client.getToken(req.query.code);\n  oauth2Client.setCredentials(tokens);\n  res.json({ ok: true });\n});\n`,
      errors: [requestState(4, 'oauth2Client', 'googleAuthentication()', 'req', 'it through setCredentials()')],
    },
    // … but LangChain's in-memory vector store keeps the documents in the process
    {
      code: `import { MemoryVectorStore } from 'langchain/vectorstores/memory';\nimport { OpenAIEmbeddings } from '@langchain/openai';\nlet vectorStore: MemoryVectorStore | null = null;\nexport async function getVectorStore() {\n  if (!vectorStore) vectorStore = await MemoryVectorStore.fromTexts([], [], new OpenAIEmbeddings());\n  return vectorStore;\n}\n`,
      errors: [holder(3)],
    },
    // … but not one made with what its first caller passed
    {
      code: `import { createClient } from '@supabase/supabase-js';\nexport function getSupabase(accessToken: string) {\n  if (globalThis.__supabase) return globalThis.__supabase;\n  globalThis.__supabase = createClient(process.env.SUPABASE_URL!, accessToken);\n  return globalThis.__supabase;\n}\n`,
      errors: [holder(4)],
    },
    // … signed in where the code exchange settles (spotify-web-api-node's authorizationCodeGrant().then())
    {
      code: `require('dotenv').config();\nconst SpotifyWebApi = require('spotify-web-api-node');\nconst spotifyApi = new SpotifyWebApi({ clientId: process.env.SPOTIFY_CLIENT_ID, clientSecret: process.env.SPOTIFY_CLIENT_SECRET });\nfunction connect(code) {\n  return spotifyApi.authorizationCodeGrant(code).then((data) => {\n    spotifyApi.setAccessToken(data.body.access_token);\n    return data.body;\n  });\n}\nmodule.exports = { connect };\n`,
      errors: [sharedSignIn(6, 'spotifyApi', 'connect()', 'code', 'setAccessToken()', 'the module exports it to the routes that serve its users')],
    },
    // googleapis' credentials field, written by an exported function and by a handler
    {
      code: `require('dotenv').config();\nconst { OAuth2 } = require('googleapis').google.auth;\nconst oauth2Client = new OAuth2(process.env.CLIENT_ID, process.env.CLIENT_SECRET, process.env.REDIRECT_URL);\nexports.useToken = function (token) {\n  oauth2Client.credentials = token;\n};\n`,
      errors: [sharedSignIn(5, 'oauth2Client', 'useToken()', 'token', 'its credentials field', 'the module exports it to the routes that serve its users')],
    },
    {
      code: `const oauth2Client = new OAuth2(clientId, clientSecret, redirectUrl);\napp.get('/callback', async (req, res) => {\n  oauth2Client.credentials = (await oauth2Client.getToken(req.query.code)).tokens;\n  res.redirect('/');\n});\n`,
      errors: [requestState(3, 'oauth2Client', "the GET '/callback' handler", 'req', 'its credentials')],
    },
    // one client signed in by a function for its callers: exported by a server's module, exchanging a code itself, as a service object's member, called by a handler of the module
    {
      code: `const { google } = require('googleapis');\nconst oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET, process.env.GOOGLE_REDIRECT_URI);\nexport const setGoogleCredentials = (tokens) => {\n  oauth2Client.setCredentials(tokens);\n};\n`,
      errors: [sharedSignIn(4, 'oauth2Client', 'setGoogleCredentials()', 'tokens', 'setCredentials()', 'the module exports it to the routes that serve its users')],
    },
    // Convex's client signed in as whoever called last: setAuth() is its user's identity token
    {
      code: "import { ConvexHttpClient } from 'convex/browser';\nconst convex = new ConvexHttpClient(process.env.CONVEX_URL!);\nexport function signIn(token: string) {\n  convex.setAuth(token);\n}\n",
      errors: [sharedSignIn(4, 'convex', 'signIn()', 'token', 'setAuth()', 'the module exports it to the routes that serve its users')],
    },
    {
      code: `import { oauth2Client } from './client';\nexport async function getGoogleTokens(code: string) {\n  const { tokens } = await oauth2Client.getToken(code);\n  oauth2Client.setCredentials(tokens);\n  return tokens;\n}\n`,
      errors: [sharedSignIn(4, 'oauth2Client', 'getGoogleTokens()', 'code', 'setCredentials()', 'the module exports it to the routes that serve its users')],
    },
    {
      code: `const { google } = require('googleapis');\nconst oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET);\nconst googleService = {\n  getTokens: async (code) => {\n    const { tokens } = await oauth2Client.getToken(code);\n    oauth2Client.setCredentials(tokens);\n    return tokens;\n  },\n};\nmodule.exports = googleService;\n`,
      errors: [sharedSignIn(6, 'oauth2Client', 'getTokens()', 'code', 'setCredentials()', 'the module exports it to the routes that serve its users')],
    },
    {
      code: `const express = require('express');\nconst SpotifyWebApi = require('spotify-web-api-node');\nconst spotifyApi = new SpotifyWebApi({ clientId: 'abc' });\nconst app = express();\nfunction useToken(token) {\n  spotifyApi.setAccessToken(token);\n}\napp.get('/me', async (req, res) => {\n  useToken(req.query.token);\n  res.json(await spotifyApi.getMe());\n});\n`,
      errors: [sharedSignIn(6, 'spotifyApi', 'useToken()', 'token', 'setAccessToken()', "the GET '/me' handler calls it with its request's data (req)")],
    },
    // a handler signing in a client another module of the project made
    {
      code: `import type { Request, Response } from 'express';\nimport { oauth2Client } from '../config/driveAuth';\nexport const callback = async (req: Request, res: Response) => {\n  const { tokens } = await oauth2Client.getToken(req.query.code as string);\n  oauth2Client.setCredentials(tokens);\n  res.json(tokens);\n};\n`,
      errors: [requestState(5, 'oauth2Client', 'callback()', 'req', 'it through setCredentials()')],
    },
    { code: `const express = require('express');\nconst { google } = require('googleapis');\nconst app = express();\nconst oAuth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, process.env.GOOGLE_CLIENT_SECRET, 'http://localhost:3000');\napp.post('/refreshTokenAndGetEmails', async (req, res) => {\n  const { refresh_token } = req.body;\n  oAuth2Client.setCredentials({ refresh_token });\n  const gmail = google.gmail({ version: 'v1', auth: oAuth2Client });\n  res.json(await gmail.users.messages.list({ userId: 'me' }));\n});\n`, output: null, errors: [requestState(7, 'oAuth2Client', "the POST '/refreshTokenAndGetEmails' handler", 'req', 'it through setCredentials()')] },
    { code: `const SpotifyWebApi = require('spotify-web-api-node');\nconst spotifyApi = new SpotifyWebApi({ clientId: process.env.SPOTIFY_CLIENT_ID });\napp.get('/callback', async (req, res) => {\n  const data = await spotifyApi.authorizationCodeGrant(req.query.code);\n  spotifyApi.setAccessToken(data.body.access_token);\n  res.json(await spotifyApi.getMe());\n});\n`, output: null, errors: [requestState(5, 'spotifyApi', "the GET '/callback' handler", 'req', 'it through setAccessToken()')] },
    { code: `const express = require('express');\nconst OpenAI = require('openai');\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst app = express();\nlet lastResponseId = null;\napp.post('/api/chat', async (req, res) => {\n  const response = await openai.responses.create({ model: 'gpt-4o', input: [{ role: 'user', content: req.body.message }], previous_response_id: lastResponseId, store: true });\n  const responseData = response;\n  const currentResponseId = responseData?.id;\n  lastResponseId = currentResponseId;\n  res.json({ text: response.output_text });\n});\n`, output: null, errors: [sharedThread(10, 'lastResponseId', "the POST '/api/chat' handler", 'openai.responses.create()', 'response')] },
    { code: `import OpenAI from 'openai';\nconst openai = new OpenAI();\nlet conversationId: string | undefined;\nexport async function POST(req: Request) {\n  const { message } = await req.json();\n  conversationId ??= (await openai.conversations.create()).id;\n  const response = await openai.responses.create({ model: 'gpt-4.1', conversation: conversationId, input: message });\n  return Response.json({ text: response.output_text });\n}\n`, output: null, errors: [sharedThread(6, 'conversationId', 'POST()', 'openai.conversations.create()', 'conversation')] },
    { code: `const express = require('express');\nconst app = express();\nlet chatSession = null;\nconst apiKey = process.env.GEMINI_API_KEY;\nif (apiKey) {\n  const model = new GoogleGenerativeAI(apiKey).getGenerativeModel({ model: 'gemini-1.5-flash' });\n  chatSession = model.startChat({ history: [] });\n}\napp.post('/api/chat', async (req, res) => {\n  if (!chatSession) return res.status(500).json({ error: 'AI not initialized' });\n  res.json({ reply: (await chatSession.sendMessage(req.body.message)).response.text() });\n});\n`, output: null, errors: [sharedChatSession(7, 'chatSession', 'model.startChat()', 'a request handler of the module sends its message into it')] },
    { code: `const express = require('express');\nconst { GoogleGenerativeAI } = require('@google/generative-ai');\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);\nconst model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash', systemInstruction: 'You are a fashion influencer.' });\nconst chatSession = model.startChat({ generationConfig: { temperature: 1 }, history: [] });\nconst app = express();\napp.post('/chat', async (req, res) => {\n  const result = await chatSession.sendMessage(req.body.message);\n  res.json({ reply: result.response.text() });\n});\n`, output: null, errors: [sharedChatSession(5, 'chatSession', 'model.startChat()', 'a request handler of the module sends its message into it')] },
    { code: `const { GoogleGenerativeAI } = require('@google/generative-ai');\nrequire('dotenv').config({ path: '.env.local' });\nconst genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);\nconst model = genAI.getGenerativeModel({ model: 'gemini-2.0-flash-exp' });\nexport const chatSession = model.startChat({});\n`, output: null, errors: [sharedChatSession(5, 'chatSession', 'model.startChat()', "the module exports it to the routes that send their users' messages")] },
    { code: `import { GoogleGenAI } from '@google/genai';\nconst ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });\nconst chat = ai.chats.create({ model: 'gemini-2.5-flash' });\nexport async function POST(req: Request) {\n  const { message } = await req.json();\n  return Response.json({ text: (await chat.sendMessage({ message })).text });\n}\n`, output: null, errors: [sharedChatSession(3, 'chat', 'ai.chats.create()', 'a request handler of the module sends its message into it')] },
    { code: `const express = require('express');\nconst OpenAI = require('openai');\nconst client = new OpenAI();\nconst app = express();\nlet threadId = null;\napp.post('/chat', async (req, res) => {\n  if (!threadId) {\n    const thread = await client.beta.threads.create();\n    threadId = thread.id;\n  }\n  await client.beta.threads.messages.create(threadId, { role: 'user', content: req.body.message });\n  res.json(await client.beta.threads.runs.createAndPoll(threadId, { assistant_id: process.env.ASSISTANT_ID }));\n});\n`, output: null, errors: [sharedThread(9, 'threadId', "the POST '/chat' handler", 'client.beta.threads.create()')] },
    { code: `import OpenAI from 'openai';\nconst openai = new OpenAI();\nlet thread;\nexport default async function handler(req, res) {\n  thread ??= await openai.beta.threads.create();\n  await openai.beta.threads.messages.create(thread.id, { role: 'user', content: req.body.text });\n  res.json({ ok: true });\n}\n`, output: null, errors: [sharedThread(5, 'thread', 'handler()', 'openai.beta.threads.create()')] },
    { code: `import { Client } from '@langchain/langgraph-sdk';\nconst client = new Client();\nlet threadId: string | undefined;\nexport async function POST(req: Request) {\n  const { message } = await req.json();\n  if (!threadId) threadId = (await client.threads.create()).thread_id;\n  return Response.json(await client.runs.wait(threadId, 'agent', { input: { messages: [message] } }));\n}\n`, output: null, errors: [sharedThread(6, 'threadId', 'POST()', 'client.threads.create()')] },
    { code: `const express = require('express');\nconst app = express();\nconst state = { messages: [{ role: 'system', content: 'You are a helpful tutor.' }], turns: 0 };\napp.post('/chat', async (req, res) => {\n  state.messages.push({ role: 'user', content: req.body.message });\n  const reply = await fetch(url, { method: 'POST', body: JSON.stringify({ messages: state.messages }) });\n  res.json(await reply.json());\n});\n`, output: null, errors: [sharedConversation(5, 'state.messages', "the POST '/chat' handler", 'req')] },
    { code: `const store = { log: [] };\nexport async function POST(req: Request) {\n  const { text } = await req.json();\n  store.log.push({ role: 'user', content: text });\n  return Response.json(await openai.chat.completions.create({ model: 'gpt-4o', messages: store.log }));\n}\n`, output: null, errors: [sharedConversation(4, 'store.log', 'POST()', 'req')] },
    // one conversation for the whole app in a NestJS provider: appended to, or replaced by the model's context (harbouli's ai-ecommerce)
    { code: `import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class ChatService {\n  private readonly messages: { role: string; content: string }[] = [];\n  async chat(content: string) {\n    this.messages.push({ role: 'user', content });\n    return this.openai.chat.completions.create({ model: 'gpt-4o', messages: this.messages });\n  }\n}\n`, output: null, errors: [providerConversation(4, 'ChatService.messages', 'ChatService', 'chat()', 'push()')] },
    { code: `import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class AiService {\n  private conversationContext: number[] = [];\n  async generate(prompt: string) {\n    const response = await this.http.post('/api/generate', { prompt, context: this.conversationContext });\n    this.conversationContext = response.data.context;\n    return response.data.response;\n  }\n}\n`, output: null, errors: [providerConversation(4, 'AiService.conversationContext', 'AiService', 'generate()', 'an assignment')] },
    // … and one a chain module exports for another module's routes (CarbonVoid's greenBotChain), or exports itself
    { code: `import { ConversationChain } from 'langchain/chains';\nimport { BufferMemory } from 'langchain/memory';\nimport localLLM from '../llm/localLLM.js';\nconst memory = new BufferMemory();\nconst greenBotChain = new ConversationChain({\n  llm: localLLM,\n  memory,\n});\nexport default greenBotChain;\n`, output: null, errors: [holder(4)] },
    { code: `const { BufferWindowMemory } = require('langchain/memory');\nconst memory = new BufferWindowMemory({ k: 5 });\nmodule.exports = { memory };\n`, output: null, errors: [holder(2)] },
    // a conversation's memory the module makes once and its request handlers use: LangChain's, through the chain made from it, and an app's own
    { code: `import { BufferMemory } from 'langchain/memory';\nimport { ConversationChain } from 'langchain/chains';\nconst memory = new BufferMemory();\nconst chain = new ConversationChain({ llm, memory });\nexport async function POST(request: Request) {\n  const { input } = await request.json();\n  return Response.json(await chain.call({ input }));\n}\n`, output: null, errors: [holder(3)] },
    { code: `import { ChatHistory } from '@/lib/ChatHistory';\nimport { bot } from '@/lib/bot';\nconst chatHistory = new ChatHistory();\nexport async function POST(request: Request) {\n  const { prompt } = await request.json();\n  return new Response(JSON.stringify({ reply: await bot(prompt, chatHistory) }));\n}\n`, output: null, errors: [holder(3)] },
    { code: `import { ChatMessageHistory } from 'langchain/stores/message/in_memory';\nexport const history = new ChatMessageHistory();\napp.post('/chat', async (req, res) => {\n  await history.addUserMessage(req.body.input);\n  res.json(await history.getMessages());\n});\n`, output: null, errors: [holder(2)] },
    // … and a global list made elsewhere, pushed onto in another module's handler (its utills.js)
    { code: `app.post('/api/openai', async (req, res) => {\n  const userMessage = { role: 'user', content: req.body.message };\n  global.messages.push(userMessage);\n  res.json(global.messages);\n});\n`, output: null, errors: [sharedConversation(3, 'global.messages', "the POST '/api/openai' handler", 'req')] },
    // one conversation for the whole process: the global list every request pushes its user's message onto (JasonMacdonald6828's chatgpt)
    { code: `import express from 'express';\nexport const app = express();\nglobal.messages = [\n  { role: 'system', content: 'You are a helpful support specialist.' },\n];\napp.post('/api/openai', async (req, res) => {\n  const { message } = req.body;\n  const userMessage = { role: 'user', content: message };\n  global.messages.push(userMessage);\n  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ model: 'gpt-4o-mini', messages: global.messages }) });\n  res.json(await response.json());\n});\n`, output: null, errors: [sharedConversation(9, 'global.messages', "the POST '/api/openai' handler", 'req')] },
    // … a module's list by its name, or by being handed on as a conversation
    { code: `let chatHistory: { role: string; content: string }[] = [];\nexport async function POST(req: Request) {\n  const { prompt } = await req.json();\n  chatHistory.push({ role: 'user', content: prompt });\n  return Response.json(chatHistory);\n}\n`, output: null, errors: [sharedConversation(4, 'chatHistory', 'POST()', 'req')] },
    { code: `import OpenAI from 'openai';\nconst openai = new OpenAI();\nconst turns = [];\nexport default async function handler(req, res) {\n  turns.unshift({ role: 'user', content: req.body.text });\n  const completion = await openai.chat.completions.create({ model: 'gpt-4o', messages: turns });\n  res.json(completion);\n}\n`, output: null, errors: [sharedConversation(5, 'turns', 'handler()', 'req', 'unshift()')] },
    // a class of one's own loaded by an awaited import is judged as that class is
    { code: `let store;\nexport async function getStore() {\n  if (!store) store = new (await import('./session-store.js')).SessionStore();\n  return store;\n}\n`, output: null, errors: [holder(1)] },
    // a manager of the rooms a socket server serves is not the server
    { code: `export class GameRoomManager {\n  static instance = null;\n  static getInstance() {\n    if (!GameRoomManager.instance) GameRoomManager.instance = new GameRoomManager();\n    return GameRoomManager.instance;\n  }\n  constructor() {\n    this.rooms = new Map();\n  }\n}\n`, output: null, errors: [holder(2)] },
    // a clock is no lock: its name ends in "lock" but not in the word
    { code: `export class SimulationClock {\n  private static instance: SimulationClock;\n  private offsets = new Map<string, number>();\n  static getInstance() {\n    return (SimulationClock.instance ??= new SimulationClock());\n  }\n}\n`, output: null, errors: [holder(2)] },
    // … not a tracer class of the app's own that keeps every request's payload until it is saved (ai-mcp-gateway's)
    { code: `export class Tracer {\n  private activeTraces = new Map<string, RequestTrace>();\n  constructor(private db: Pool) {}\n  startTrace(payload: Record<string, unknown>) {\n    const id = randomUUID();\n    this.activeTraces.set(id, { id, payload });\n    return id;\n  }\n}\nlet tracerInstance: Tracer | null = null;\nexport function initTracer(db: Pool) {\n  tracerInstance = new Tracer(db);\n}\n`, output: null, errors: [holder(10)] },
    // … not a global slot given a client a promise hands back
    { code: `export async function getClient() {\n  const made = connect(process.env.URL).then((c) => c.session());\n  globalThis.__client = made.catch(() => undefined);\n  return made;\n}\n`, output: null, errors: [holder(3)] },
    // … not a function of the module's that makes an instance of what it loads
    { code: `let engine = null;\nfunction load(name) {\n  const Engine = require(name);\n  return new Engine();\n}\nexport function start() {\n  engine = load('./engine');\n}\n`, output: null, errors: [holder(1)] },
    // … not a merge that keeps an instance, nor a first caller's environment handed to a reader named for one user
    { code: `import { deepMerge } from './utils.js';\nlet client;\nexport function getClient(options) {\n  client ??= deepMerge(new HttpClient(), options);\n  return client;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { createClient } from '@supabase/supabase-js';\nlet client = null;\nexport function getSupabaseClient(c) {\n  if (client) return client;\n  const settings = getUserSettings(c);\n  client = createClient(settings.url, settings.key);\n  return client;\n}\n`, output: null, errors: [holder(2)] },
    // … not a server module that exports a plugin beside functions of its own, nor one whose plugin type is not a bundler's
    { code: `import type { Plugin } from 'vite';\nlet pool: Pool;\nexport function devPlugin(): Plugin {\n  return { name: 'dev' };\n}\nexport function getPool() {\n  pool ??= new Pool();\n  return pool;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import type { Plugin } from './plugins';\nlet registry: PluginRegistry;\nexport function plugin(): Plugin {\n  registry ??= new PluginRegistry();\n  return registry.next();\n}\n`, output: null, errors: [holder(2)] },
    // … but one on the key its first caller hands is that caller's
    {
      code: `import { OpenAIEmbeddings } from '@langchain/openai';\nlet embeddings = null;\nexport function getEmbeddings(user) {\n  if (!embeddings) embeddings = new OpenAIEmbeddings({ apiKey: user.openaiKey });\n  return embeddings;\n}\n`,
      output: null,
      errors: [holder(2)],
    },
    // … but one made on the key its first caller hands serves that caller's account to everyone
    {
      code: `import { createProviderRegistry } from 'ai';\nimport { createOpenAI } from '@ai-sdk/openai';\nclass LLMProviderFactory {\n  static _registry = null;\n  static getRegistry(apiKey) {\n    if (!this._registry) this._registry = createProviderRegistry({ openai: createOpenAI({ apiKey }) });\n    return this._registry;\n  }\n}\nexport default LLMProviderFactory;\n`,
      output: null,
      errors: [holder(4)],
    },
    // … but a stand-in made by another maker is not the credentialed client's kind
    {
      code: `import { createClient, SupabaseClient } from '@supabase/supabase-js';\nimport { createStub } from './stub';\nlet cachedClient: SupabaseClient | null = null;\nexport function getServerSupabaseClient(): SupabaseClient {\n  if (cachedClient) return cachedClient;\n  const key = process.env.SUPABASE_SERVICE_ROLE_KEY;\n  if (!key) {\n    cachedClient = createStub('https://placeholder.supabase.co', 'placeholder-key');\n    return cachedClient;\n  }\n  cachedClient = createClient(process.env.SUPABASE_URL, key);\n  return cachedClient;\n}\n`,
      output: null,
      errors: [holder(3)],
    },
    // … but a let given a caller's merchant credentials in one branch holds that merchant's client for everyone
    {
      code: `import paypal from '@paypal/checkout-server-sdk';\nlet paypalClientInstance: paypal.core.PayPalHttpClient | null = null;\nexport function getPaypalClient(merchant: { clientId: string; secret: string }) {\n  if (!paypalClientInstance) {\n    let environment;\n    if (process.env.NODE_ENV === 'production') environment = new paypal.core.LiveEnvironment(merchant.clientId, merchant.secret);\n    else environment = new paypal.core.SandboxEnvironment(process.env.PAYPAL_CLIENT_ID, process.env.PAYPAL_CLIENT_SECRET);\n    paypalClientInstance = new paypal.core.PayPalHttpClient(environment);\n  }\n  return paypalClientInstance;\n}\n`,
      output: null,
      errors: [holder(2)],
    },
    // a client made for each of a text's lines is an instance per line, kept for everyone
    {
      code: `import fs from 'fs';\nlet clients = null;\nexport function getClients() {\n  if (!clients) clients = fs.readFileSync('hosts.txt', 'utf-8').split('\\n').map((line) => new Client(line));\n  return clients;\n}\n`,
      output: null,
      errors: [holder(2)],
    },
    // a file's path the first caller hands, with no default of the process's
    { code: `import { parse } from 'dotenv';\nimport * as fs from 'fs';\nexport class ConfigService {\n  private static instance: ConfigService;\n  private readonly envConfig: Record<string, string>;\n  constructor(filePath: string) {\n    this.envConfig = parse(fs.readFileSync(filePath));\n  }\n  static getInstance(filePath: string): ConfigService {\n    if (!ConfigService.instance) ConfigService.instance = new ConfigService(filePath);\n    return ConfigService.instance;\n  }\n  get(key: string): string {\n    return this.envConfig[key];\n  }\n}\n`, output: null, errors: [holder(4)] },
    // a key that stands in for the process's may be a user's own, handed first
    { code: `import OpenAI from 'openai';\nlet client: OpenAI | null = null;\nexport function getOpenAI(apiKey?: string): OpenAI {\n  if (!client) client = new OpenAI({ apiKey: apiKey ?? process.env.OPENAI_API_KEY });\n  return client;\n}\n`, output: null, errors: [holder(2)] },
    // an address read as it is too, or one tenant's
    { code: `import Redis from 'ioredis';\nlet redis: Redis | null = null;\nexport function getRedis(redisUrl?: string): Redis {\n  if (redis) return redis;\n  redis = redisUrl ? new Redis(redisUrl) : new Redis(process.env.REDIS_URL!);\n  return redis;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { Pool } from 'pg';\nlet pool: Pool | undefined;\nexport function getPool(tenantDatabaseUrl?: string) {\n  pool ??= new Pool({ connectionString: tenantDatabaseUrl ?? process.env.DATABASE_URL });\n  return pool;\n}\n`, output: null, errors: [holder(2)] },
    // … but one of a module variable that keeps callers' entries is state
    { code: `let sessions = null;\nlet initializationPromise = null;\nexport function init() {\n  initializationPromise ??= (async () => {\n    sessions = new Map();\n    return { sessions };\n  })();\n  return initializationPromise;\n}\n`, errors: [holder(1), holder(2)] },
    // … but a class read from one of two modules is neither's for sure
    { code: `let _pool: unknown = null;\nexport async function getPool() {\n  if (_pool) return _pool;\n  const { default: pg } = await import('pg');\n  const { Pool: Fake } = await import('./fake-pool');\n  const Pool = pg.Pool ?? Fake.Pool;\n  _pool = new Pool({ connectionString: process.env.DATABASE_URL });\n  return _pool;\n}\n`, errors: [holder(1)] },
    // … but one whose methods fill the module's own list keeps every caller's items in the process
    { code: `const queue: unknown[] = [];\nexport class OfflineStorageService {\n  private static instance: OfflineStorageService;\n  static getInstance(): OfflineStorageService {\n    if (!OfflineStorageService.instance) OfflineStorageService.instance = new OfflineStorageService();\n    return OfflineStorageService.instance;\n  }\n  queue(item: unknown): void {\n    queue.push(item);\n  }\n}\n`, errors: [holder(3)] },
    // … but one that hands the pool back gives its first caller's database to every later caller
    { code: `import pg from 'pg';\nconst { Pool } = pg;\nlet pool: pg.Pool | null = null;\nexport const connectDB = async (databaseUrl: string): Promise<pg.Pool> => {\n  if (!pool) pool = new Pool({ connectionString: databaseUrl, max: 5 });\n  return pool;\n};\n`, errors: [holder(3)] },
    // … but one made with the key its first caller handed in serves that caller's account to every later one
    { code: `let _dub: unknown | null = null;\nexport async function getDubClient(token: string) {\n  if (!_dub) {\n    const { Dub } = await import('dub');\n    _dub = new Dub({ token });\n  }\n  return _dub;\n}\n`, errors: [holder(1)] },
    // … and a record that also keeps what requests put in it is state, however its client was made
    { code: `let cached: Promise<unknown> | undefined;\nexport function getStorage() {\n  cached ??= (async () => {\n    const { S3Client } = await import('@aws-sdk/client-s3');\n    const client = new S3Client({ region: process.env.S3_REGION });\n    const uploads = new Map();\n    return { client, uploads };\n  })();\n  return cached;\n}\n`, errors: [holder(1)] },
    // … but a setting looked up by a function named for nothing of the environment may be anything
    {
      code: `import { lookup } from './settings';\nfunction readConfig() {\n  const bucket = process.env.S3_BUCKET_NAME;\n  const region = lookup('S3_REGION');\n  return { bucket, region };\n}\nlet cached: Promise<unknown> | undefined;\nasync function buildClient() {\n  const { S3Client } = await import('@aws-sdk/client-s3');\n  const config = readConfig();\n  const client = new S3Client({ region: config.region });\n  return { client, config };\n}\nexport function getClient() {\n  cached ??= buildClient();\n  return cached;\n}\n`,
      errors: [holder(7)],
    },
    // … not its in-memory saver, every thread's checkpoints in the process
    { code: `import { MemorySaver } from '@langchain/langgraph';\nlet checkpointer: MemorySaver | null = null;\nexport function getCheckpointer() {\n  return (checkpointer ??= new MemorySaver());\n}\n`, errors: [holder(2)] },
    // … not a member of something the module made itself, nor of a file of its own
    { code: `import { store } from './store';\nlet ready = null;\nexport function whenReady() {\n  ready ??= store.connect().then(() => store.sessions);\n  return ready;\n}\n`, filename: 'src/ready.js', errors: [holder(2)] },
    { code: `import { makeStore } from './store';\nlet ready = null;\nexport function whenReady(userId) {\n  ready ??= makeStore(userId).then((made) => made.sessions);\n  return ready;\n}\n`, filename: 'src/ready.js', errors: [holder(2)] },
    // a class that asks where it runs before it reads window is meant for a server too
    { code: `class AnalyticsManager {\n  private queue: unknown[] = [];\n  initialize() {\n    if (typeof window === 'undefined') return;\n    window.addEventListener('beforeunload', () => this.flush());\n  }\n  flush() {}\n}\nexport const analytics = new AnalyticsManager();\n`, errors: [holder(9)] },
    // an empty map handed out, or written into entry by entry: it may hold anyone's entries
    { code: `let clients = null;\nexport function getClients() {\n  return (clients ??= new Map());\n}\n`, filename: 'src/clients.js', errors: [holder(1)] },
    { code: `let cache = null;\nexport function reset() {\n  cache = new Map();\n}\nexport function remember(user, data) {\n  cache.set(user.id, data);\n}\n`, filename: 'src/cache.js', errors: [holder(1)] },
    { code: `export let cache = null;\nexport function reset() {\n  cache = new Map();\n}\n`, filename: 'src/cache.js', errors: [holder(1)] },
    // looked up by another name than an environment variable's: what the lookup hands back may be anything
    { code: `let factory = null;\nexport function init(registry) {\n  factory = registry.get('agentFactory');\n}\nexport const use = () => factory;\n`, filename: 'src/agents.js', errors: [holder(1)] },
    // a table that reads its kept client with `get`, where the client keeps what it fetched: not read-only
    { code: `class CachingClient {\n  private readonly seen = new Map<string, unknown>();\n  async get(path: string) { const response = await fetch(path); this.seen.set(path, response); return response; }\n}\nclass CaseManager {\n  constructor(private readonly client: CachingClient) {}\n  find(id: string) { return this.client.get('/cases/' + id); }\n}\nexport const cases = new CaseManager(new CachingClient());\n`, output: null, errors: [holder(9)] },
    // … not one whose class keeps every user's sessions
    { code: `class Sessions {\n  private readonly byUser = new Map<string, string>();\n  set(userId: string, token: string) { this.byUser.set(userId, token); }\n}\nfunction createSessions() {\n  return new Sessions();\n}\nlet sessions: Sessions | undefined;\nexport const getSessions = () => (sessions ??= createSessions());\n`, output: null, errors: [holder(8)] },
    // a step that hands back the module's session store, not the client it connected
    { code: `import { createClient } from 'redis';\nimport { SessionStore } from './sessions';\nconst redisClient = createClient({ url: process.env.REDIS_URL });\nconst store = new SessionStore();\nlet ready: Promise<SessionStore> | null = null;\nexport function getStore() {\n  ready ??= redisClient.connect().then(() => store);\n  return ready;\n}\n`, output: null, errors: [holder(5)] },
    // a socket.io connection made with the first caller's token
    { code: `import { io, type Socket } from 'socket.io-client';\nlet socket: Socket | null = null;\nexport function getSocket(token: string): Socket {\n  socket ??= io(process.env.REALTIME_URL!, { auth: { token } });\n  return socket;\n}\n`, output: null, errors: [holder(2)] },
    // a loop nobody starts is an instance like any other
    { code: `import { WorkerLoop } from './worker-loop.js';\nlet workerLoop: WorkerLoop | null = null;\nexport function getLoop(): WorkerLoop {\n  workerLoop ??= new WorkerLoop();\n  return workerLoop;\n}\n`, output: null, errors: [holder(2)] },
    // a guard function that says nothing of the side it runs on
    { code: `function ready(): boolean {\n  return true;\n}\nlet channel: BroadcastChannel | null = null;\nexport function getChannel() {\n  if (!ready()) return null;\n  channel ??= new BroadcastChannel('sync');\n  return channel;\n}\n`, output: null, errors: [holder(4)] },
    // a Worker's env is not the request, but the request still is
    { code: `import postgres from 'postgres';\nlet sql: ReturnType<typeof postgres> | undefined;\nlet tenant: string | null = null;\nexport default {\n  async fetch(request: Request, env: Env) {\n    sql = postgres(env.DATABASE_URL);\n    tenant = request.headers.get('x-tenant');\n    return new Response(tenant);\n  },\n};\n`, output: null, errors: [requestState(7, 'tenant', 'fetch()', 'request')] },
    // the bot of whoever calls first, with the token they hand it
    { code: `import { Bot } from 'grammy';\nlet botInstance: Bot | null = null;\nfunction createBot(token?: string): Bot {\n  return new Bot(token ?? process.env.TELEGRAM_BOT_TOKEN!);\n}\nexport function getBot(token: string): Bot {\n  if (!botInstance) botInstance = createBot(token);\n  return botInstance;\n}\n`, output: null, errors: [holder(2)] },
    // a default the caller's user decides
    { code: `import { Bot } from 'grammy';\nimport { currentUser } from './session';\nlet botInstance: Bot | null = null;\nfunction createBot(token = currentUser().botToken): Bot {\n  return new Bot(token);\n}\nexport function getBot(): Bot {\n  botInstance ??= createBot();\n  return botInstance;\n}\n`, output: null, errors: [holder(3)] },
    // … not one whose base is named for something else, nor a Redis-named base filled from the caller's values
    { code: `import { SessionBase } from "./base";\nexport class Sessions extends SessionBase {\n  private static _instance: Sessions;\n  public static getInstance(): Sessions {\n    if (!Sessions._instance) Sessions._instance = new Sessions();\n    return Sessions._instance;\n  }\n}\n`, output: null, errors: [holder(3)] },
    { code: `import { RedisApplication } from "./redis";\nexport class TokensCache extends RedisApplication {\n  private static _instance: TokensCache;\n  public static getInstance(url: string): TokensCache {\n    if (!TokensCache._instance) TokensCache._instance = new TokensCache(url);\n    return TokensCache._instance;\n  }\n}\n`, output: null, errors: [holder(3)] },
    // … not a session maker of the app's own
    { code: `const session = require("./sessions");\nconst FileStore = require("session-file-store")(session);\nfunction boot(server) {\n  const sessionMiddleware = session({ store: new FileStore({ path: "data/.sessions" }), secret: process.env.SECRET, resave: false });\n  server.use(sessionMiddleware);\n  global.__sessionMiddleware = sessionMiddleware;\n}\nmodule.exports = { boot };\n`, output: null, errors: [holder(6)] },
    // … not from the first caller's key, nor by a getter named for something else
    { code: `let cachedClient = null;\nfunction makeHttpClient(key) {\n  return { messages: { create: async (params) => (await fetch(URL, { headers: { "x-api-key": key }, body: JSON.stringify(params) })).json() } };\n}\nexport function getAnthropicClient(key) {\n  if (!cachedClient) cachedClient = makeHttpClient(key);\n  return cachedClient;\n}\n`, output: null, errors: [holder(1)] },
    { code: `import { anthropicApiKey } from "./config";\nlet cachedClient = null;\nfunction makeHttpClient(key) {\n  return { messages: { create: async (params) => (await fetch(URL, { headers: { "x-api-key": key }, body: JSON.stringify(params) })).json() } };\n}\nexport function getConversation() {\n  if (!cachedClient) cachedClient = makeHttpClient(anthropicApiKey());\n  return cachedClient;\n}\n`, output: null, errors: [holder(2)] },
    // … not a server's variable, nor a page global read only when a public variable is set
    { code: `import { RealtimeClient } from "./realtime";\nlet socket = null;\nexport function getSocket() {\n  if (socket) return socket;\n  const base = process.env.WS_URL || window.location.origin;\n  socket = new RealtimeClient(base);\n  return socket;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { RealtimeClient } from "./realtime";\nlet socket = null;\nexport function getSocket() {\n  if (socket) return socket;\n  const base = process.env.NEXT_PUBLIC_WS_URL && window.location.origin;\n  socket = new RealtimeClient(base);\n  return socket;\n}\n`, output: null, errors: [holder(2)] },
    // … not one that keeps every thread's state in the process, nor one made from a caller's tools, nor another package's StateGraph
    { code: `import { StateGraph, MemorySaver } from "@langchain/langgraph";\nimport { State } from "./nodes";\nconst saver = new MemorySaver();\nlet graph;\nexport const getGraph = () => (graph ??= new StateGraph(State).compile({ checkpointer: saver }));\n`, output: null, errors: [holder(4)] },
    { code: `import { MemorySaver } from "@langchain/langgraph";\nimport { createReactAgent } from "@langchain/langgraph/prebuilt";\nimport { llm, tools } from "./model";\nlet agent;\nexport const getAgent = () => (agent ??= createReactAgent({ llm, tools, checkpointSaver: new MemorySaver() }));\n`, output: null, errors: [holder(4)] },
    { code: `import { createReactAgent } from "@langchain/langgraph/prebuilt";\nimport { llm } from "./model";\nlet agent;\nexport const getAgent = (tools) => (agent ??= createReactAgent({ llm, tools }));\n`, output: null, errors: [holder(3)] },
    { code: `import { StateGraph } from "./my-graph";\nimport { State } from "./nodes";\nlet graph;\nexport const getGraph = () => (graph ??= new StateGraph(State).compile());\n`, output: null, errors: [holder(3)] },
    // path comments, but none of a bundled package's, or only one, or inside a function: a person's notes
    { code: `// src/server.ts\nlet client;\nexport const getClient = () => (client ??= new Client());\n// src/db.ts\n`, output: null, errors: [holder(2)] },
    { code: `// node_modules/foo/index.js\nlet client;\nexport const getClient = () => (client ??= new Client());\n`, output: null, errors: [holder(2)] },
    { code: `let client;\nexport const getClient = () => {\n  // node_modules/foo/index.js\n  // src/db.ts\n  return (client ??= new Client());\n};\n`, output: null, errors: [holder(1)] },
    // … but a step that makes something else of it settles to that
    { code: `import { createClient } from 'redis';\nlet redisClient = null;\nlet sessionPromise = null;\nexport async function getSession() {\n  if (!redisClient) redisClient = createClient({ url: process.env.REDIS_URL });\n  if (!sessionPromise) sessionPromise = redisClient.connect().then((client) => new SessionStore(client));\n  return sessionPromise;\n}\n`, errors: [holder(3)] },
    // … not when that function makes an object of each
    { code: `function connect(url) {\n  return new Socket(url);\n}\nlet _cachedSet = null;\nfunction getSockets(urls) {\n  if (!_cachedSet) _cachedSet = new Set(urls.map((url) => connect(url)));\n  return _cachedSet;\n}\nmodule.exports = { getSockets };\n`, filename: 'lib/sockets.js', errors: [holder(4)] },
    // … not a controller whose bound method keeps what a request sent on the instance
    { code: `class SessionController {\n  public static instance: SessionController;\n  static getInstance() {\n    if (!SessionController.instance) SessionController.instance = new SessionController();\n    return SessionController.instance;\n  }\n  public start = async (req: any, res: any) => {\n    this.lastUser = req.body.userId;\n    return res.send('ok');\n  };\n}\nexport default SessionController.getInstance();\n`, errors: [holder(2)] },
    // … not a filler the module exports, nor one a caller hands a tenant's key
    { code: `import { Resend } from 'resend';\nlet resendClient: Resend | null = null;\nexport function getResendClient(apiKey: string) {\n  if (!resendClient) resendClient = new Resend(apiKey);\n  return resendClient;\n}\nexport const sendEmail = (payload) => getResendClient(process.env.RESEND_KEY!).emails.send(payload);\n`, errors: [holder(2)] },
    { code: `import { Resend } from 'resend';\nlet resendClient: Resend | null = null;\nfunction getResendClient(apiKey: string) {\n  if (!resendClient) resendClient = new Resend(apiKey);\n  return resendClient;\n}\nexport const sendEmail = (payload, tenant) => getResendClient(tenant.resendKey).emails.send(payload);\n`, errors: [holder(2)] },
    // … but a link that makes an instance is what the chain settles to
    { code: `let client;\nexport function getClient() {\n  client = pool.then(() => new Database()).catch(() => null);\n  return client;\n}\n`, errors: [holder(1)] },
    // … not when a field its constructor sets is what a caller hands a method
    { code: `class PrismaManager {\n  prisma = null;\n  constructor() {\n    this.currentUser = null;\n  }\n  async initialize() {\n    const { PrismaClient } = await import('@prisma/client');\n    this.prisma = new PrismaClient();\n  }\n  setUser(user) {\n    this.currentUser = user;\n  }\n}\nconst prismaManager = new PrismaManager();\nexport default prismaManager;\n`, errors: [holder(14)] },
    // a chain whose step makes an instance of what it was given is no payload, nor is a client made with a caller's account
    { code: `let client;\nexport async function getClient() {\n  client = await connect(process.env.DB_URL).then((connection) => new Database(connection));\n  return client;\n}\n`, errors: [holder(1)] },
    { code: `import { getTwilioClient } from './lib/twilioClient';\nlet twilioClient;\nexport async function initTwilio(account) {\n  twilioClient = await getTwilioClient(account.sid);\n}\n`, errors: [holder(2)] },
    // … not a class that writes the app's own global slot, nor one that sees itself out on a signal, nor one collecting records
    { code: `class SessionRegistry {\n  private current: Session | undefined;\n  register(key: string, session: Session) {\n    this.current = session;\n    globalThis[key] = this;\n    process.on('SIGTERM', () => this.close());\n  }\n  close() {}\n}\nlet registry: SessionRegistry | null = null;\nexport function getRegistry() {\n  if (!registry) registry = new SessionRegistry();\n  return registry;\n}\n`, errors: [holder(10)] },
    { code: `class RequestRecorder {\n  private entries: Map<string, { userId: string; url: string }> = new Map();\n  start() {\n    const previous = console.log;\n    console.log = (...args: unknown[]) => previous(...args);\n  }\n}\nlet recorder: RequestRecorder | null = null;\nexport function getRecorder() {\n  if (!recorder) recorder = new RequestRecorder();\n  return recorder;\n}\n`, errors: [holder(8)] },
    // spreading another object into a literal says nothing of what the holder is
    { code: `import { discoverCapabilities } from './capabilities';\nimport type { DaemonCapabilities } from '../shared/daemon-types';\nlet capabilities: DaemonCapabilities;\nfunction refreshResources() {\n  capabilities.resources = { ...capabilities.resources, ...getCurrentResources() };\n}\nasync function main() {\n  capabilities = await discoverCapabilities(config.cloneBaseDir);\n  setInterval(refreshResources, 60_000);\n}\nvoid main();\n`, errors: [holder(3)] },
    // … but not when what made it may be one user's key, nor Bun's pool made from the first caller's URL
    { code: `import { createLLMClient, type LLMClient } from '../ai/llm-client';\nimport { getUserSettings } from '../settings';\nlet cached: LLMClient | undefined;\nexport function getLLMClient(): LLMClient {\n  if (cached !== undefined) return cached;\n  cached = createLLMClient({ apiKey: getUserSettings().apiKey });\n  return cached;\n}\n`, errors: [holder(3)] },
    { code: `import { SQL } from 'bun';\nlet pool: SQL | null = null;\nexport function getDb(url: string): SQL {\n  if (pool === null) pool = new SQL(url);\n  return pool;\n}\n`, errors: [holder(2)] },
    // a parameter that names no binding and has none of their types is the first caller's
    { code: `import { drizzle } from 'drizzle-orm/d1';\nlet db: ReturnType<typeof drizzle>;\nexport function getDB(database: unknown) {\n  if (!db) db = drizzle(database);\n  return db;\n}\n`, errors: [holder(2)] },
    // … not one given a Map of clients
    { code: `import OpenAI from 'openai';\nconst g = globalThis as any;\nexport function clients(): Map<string, OpenAI> {\n  if (!g.__clients) g.__clients = new Map<string, OpenAI>();\n  return g.__clients;\n}\n`, errors: [holder(4)] },
    // … not one made from what its first caller passed, through the module's function
    { code: `const Web3 = require('web3');\nfunction instantiateWeb3(nodeUrl) {\n  return new Web3(nodeUrl);\n}\nlet web3;\nfunction getWeb3(tenant) {\n  if (web3) return web3;\n  web3 = instantiateWeb3(tenant.nodeUrl);\n  return web3;\n}\nmodule.exports = { getWeb3 };\n`, filename: 'src/web3-helpers.js', errors: [holder(5)] },
    // … not a connection made from what its first caller passed
    { code: `import { SQLiteConnection } from './sqlite';\nlet sharedConnection = null;\nexport function getSharedConnection(tenantFile) {\n  if (!sharedConnection) sharedConnection = new SQLiteConnection({ file: tenantFile });\n  return sharedConnection;\n}\n`, filename: 'src/db.js', errors: [holder(2)] },
    // … not a record that carries an instance of the app's own beside its client
    { code: `import { S3Client } from '@aws-sdk/client-s3';\nimport { UploadTracker } from './tracker';\nlet cached;\nasync function buildClient() {\n  const client = new S3Client({ region: 'auto' });\n  const tracker = new UploadTracker();\n  return { client, tracker };\n}\nexport function getClient() {\n  cached ??= buildClient();\n  return cached;\n}\n`, filename: 'src/storage.js', errors: [holder(3)] },
    // … not a list of clients, one per row
    { code: `let cached = null;\nexport function clients(rows) {\n  if (!cached) cached = rows.map((row) => new Client(row));\n  return cached;\n}\n`, filename: 'src/clients.js', errors: [holder(1)] },
    // … not an HTTP client holding the first caller's token
    { code: `const axios = require('axios');\nlet client = null;\nfunction getClient(token) {\n  if (!client) client = axios.create({ baseURL: 'https://api.example.com', headers: { Authorization: 'Bearer ' + token } });\n  return client;\n}\nmodule.exports = { getClient };\n`, filename: 'src/api-client.js', errors: [holder(2)] },
    // … nor what a function that is not a test's remakes, nor what a `prepare` that compiles no SQL makes
    { code: `function createScheduler() { return { tick() {} }; }\nlet singleton = createScheduler();\nfunction reset() {\n  singleton = createScheduler();\n}\nmodule.exports = { tick: () => singleton.tick(), reset };\n`, filename: 'src/scheduler.js', errors: [holder(2)] },
    { code: `let session = null;\nexport function getSession(manager) {\n  if (!session) session = manager.prepare({ user: 'x' });\n  return session;\n}\n`, filename: 'src/session.js', errors: [holder(1)] },
    // … not a list of clients made from the rows
    { code: `let clients = null;\nasync function getClients(rows) {\n  if (!clients) clients = rows.map((row) => ({ id: row.id, client: new OpenAI({ apiKey: row.key }) }));\n  return clients;\n}\nmodule.exports = { getClients };\n`, filename: 'src/clients.js', errors: [holder(1)] },
    // … nor a promise of an object its JSDoc names
    { code: `/** @type {Promise<Browser> | null} */\nlet browserPromise = null;\nexport function getBrowser() {\n  if (!browserPromise) browserPromise = launchBrowser();\n  return browserPromise;\n}\n`, filename: 'src/browser.js', errors: [holder(2)] },
    // … nor a store that hands out a map it keeps
    { code: `class SessionStore {\n  private prefix: string;\n  private sessions: Map<string, object>;\n  constructor(name: string) {\n    this.prefix = name;\n    this.sessions = new Map([['x', {}]]);\n  }\n  all() { return this.sessions; }\n}\nlet store: SessionStore | null = null;\nexport function getStore() {\n  if (!store) store = new SessionStore('s');\n  return store;\n}\n`, errors: [holder(10)] },
    // … not one made with a key its caller hands it, however the package is imported
    { code: `import { OpenAI } from 'npm:openai@4';\nlet openaiClient: OpenAI | null = null;\nexport function getOpenAIClient(apiKey: string): OpenAI {\n  if (!openaiClient) openaiClient = new OpenAI({ apiKey });\n  return openaiClient;\n}\n`, errors: [holder(2)] },
    // … not a set of what may be objects: every user's sockets
    { code: `let sockets = null;\nfunction getSockets(sessions) {\n  if (!sockets) sockets = new Set(sessions.map((s) => s.socket));\n  return sockets;\n}\nmodule.exports = { getSockets };\n`, filename: 'src/sockets.js', errors: [holder(1)] },
    // … not one declared as a pool
    { code: `const pool: Pool = (globalThis as any).__pool ?? new Pool();\n(globalThis as any).__pool = pool;\nexport const db = () => pool;\n`, errors: [holder(2)] },
    // … not a pool so loaded: the fallback keeps no one's state, the pool does
    { code: `let poolPromise: Promise<any> | null = null;\nfunction getPool() {\n  if (!poolPromise) poolPromise = import('./db.js').then((m) => m.createPool(process.env.DATABASE_URL)).catch(() => null);\n  return poolPromise;\n}\nexport const query = async (sql: string) => (await getPool()).query(sql);\n`, errors: [holder(1)] },
    // … not a class that only names a page's storage in a string
    { code: `import { io, type Socket } from 'socket.io-client';\nclass WebSocketClient {\n  private socket: Socket | null = null;\n  private lastUser = '';\n  connect(user: string) {\n    this.lastUser = user;\n    this.socket = io(process.env.WS_URL!, { auth: { from: 'localStorage' } });\n  }\n}\nlet websocketClient: WebSocketClient | null = null;\nexport function getWebSocketClient() {\n  if (!websocketClient) websocketClient = new WebSocketClient();\n  return websocketClient;\n}\n`, output: null, errors: [holder(10)] },
    // … nor a class of clients built from what its first caller handed it (stackconsult's CalendarAgent)
    { code: `import { google, calendar_v3 } from 'googleapis';\nimport type { OAuth2Client } from 'google-auth-library';\nexport interface CalendarAuthConfig { accessToken?: string; refreshToken?: string }\nexport class CalendarAgent {\n  private auth: OAuth2Client | null = null;\n  private calendar: calendar_v3.Calendar | null = null;\n  constructor(private config: CalendarAuthConfig) {}\n  connect() {\n    this.auth = new google.auth.OAuth2();\n    this.auth.setCredentials({ access_token: this.config.accessToken });\n    this.calendar = google.calendar({ version: 'v3', auth: this.auth });\n  }\n}\nlet defaultCalendarAgent: CalendarAgent | null = null;\nexport function getCalendarAgent(config?: CalendarAuthConfig) {\n  if (!defaultCalendarAgent && config) defaultCalendarAgent = new CalendarAgent(config);\n  return defaultCalendarAgent;\n}\n`, output: null, errors: [holder(14)] },
    // … not a Google client configured with its first caller's token, nor one a const of the caller's makes
    { code: `import { google, drive_v3 } from 'googleapis';\nlet drive: drive_v3.Drive;\nexport function driveFor(tokens: { refresh_token: string }) {\n  if (!drive) {\n    const auth = new google.auth.OAuth2(process.env.GOOGLE_ID, process.env.GOOGLE_SECRET);\n    auth.setCredentials(tokens);\n    drive = google.drive({ version: 'v3', auth });\n  }\n  return drive;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import Redis from 'ioredis';\nlet client: Redis | undefined;\nexport function redisFor(options: { url: string }) {\n  if (!client) {\n    const url = options.url;\n    client = new Redis(url);\n  }\n  return client;\n}\n`, output: null, errors: [holder(2)] },
    // … not what any other promise's callback makes
    { code: `import { loadUser } from './users';\nimport { UserSession } from './session';\nlet current: Promise<UserSession> | null = null;\nexport function session() {\n  current ??= loadUser().then((user) => new UserSession(user));\n  return current;\n}\n`, output: null, errors: [holder(3)] },
    // … not when the class writes into its table: whoever's records it adds
    { code: `import * as amqp from 'amqplib';\ninterface Session { user: string; since: number }\nexport class Producer {\n  private static instance: Producer;\n  private connection: amqp.ChannelModel | null = null;\n  private readonly sessions: Record<string, Session> = {\n    system: { user: 'system', since: 0 },\n  };\n  static getInstance(): Producer {\n    if (!Producer.instance) Producer.instance = new Producer();\n    return Producer.instance;\n  }\n  open(id: string, user: string) {\n    this.sessions[id] = { user, since: Date.now() };\n  }\n}\n`, output: null, errors: [holder(4)] },
    // … not one that also keeps what a caller hands it in a field declared as anything, nor a collection
    { code: `import { createClient } from 'redis';\nexport class RedisClient {\n  private static instance: RedisClient;\n  private client: any;\n  private lastKey: any;\n  private constructor() {\n    this.client = createClient({ url: process.env.REDIS_URL });\n  }\n  static getInstance(): RedisClient {\n    if (!RedisClient.instance) RedisClient.instance = new RedisClient();\n    return RedisClient.instance;\n  }\n  get(key: string) {\n    this.lastKey = key;\n    return this.client.get(key);\n  }\n}\n`, output: null, errors: [holder(3)] },
    { code: `export class Sessions {\n  private static instance: Sessions;\n  private sessions: any = new Map();\n  static getInstance(): Sessions {\n    if (!Sessions.instance) Sessions.instance = new Sessions();\n    return Sessions.instance;\n  }\n}\n`, output: null, errors: [holder(2)] },
    // … not one whose method keeps what its caller hands it, nor a field its constructor never declares
    { code: `import Redis from 'ioredis';\nclass RedisManager {\n  constructor() {\n    this.redis = null;\n    this.lastUser = null;\n  }\n  async initialize() {\n    this.redis = new Redis();\n  }\n  use(user) {\n    this.lastUser = user;\n  }\n}\nconst redisManager = new RedisManager();\nexport default redisManager;\n`, filename: 'config/redis.js', output: null, errors: [holder(14)] },
    { code: `import Redis from 'ioredis';\nclass RedisManager {\n  constructor() {\n    this.redis = null;\n  }\n  async initialize() {\n    this.redis = new Redis();\n    this.startedBy = currentUserId();\n  }\n}\nconst redisManager = new RedisManager();\nexport default redisManager;\n`, filename: 'config/redis.js', output: null, errors: [holder(11)] },
    // … not what any other function returns, nor what any other constructor makes
    { code: `import { createApiClient } from './api';\nlet client: ReturnType<typeof createApiClient> | null = null;\nexport function getClient() {\n  if (!client) client = createApiClient();\n  return client;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { ControllerService } from './proto';\nlet controllerClient: ControllerService | undefined;\nexport function controller() {\n  controllerClient ??= new ControllerService(process.env.ADDR, { retries: 3 });\n  return controllerClient;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { startSession } from './sessions';\nlet current = null;\nexport function begin(user) {\n  current = startSession(user);\n  return current;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { fetchUser } from './users';\nlet cachedUser = null;\nexport async function me() {\n  if (!cachedUser) cachedUser = await fetchUser();\n  return cachedUser;\n}\n`, output: null, errors: [holder(2)] },
    // … not a promise that settles to an instance of the app's own
    { code: `let store = null;\nexport async function getStore() {\n  store ??= await new Promise((resolve) => {\n    const made = new SessionStore();\n    made.load().then(() => resolve(made));\n  });\n  return store;\n}\n`, output: null, errors: [holder(1)] },
    // … nor a client made from the tenant a caller names
    { code: `const { Client } = require('@microsoft/microsoft-graph-client');\nlet graphClient;\nfunction getGraphClient(req) {\n  if (graphClient) return graphClient;\n  const tenantId = req.tenantId;\n  graphClient = Client.initWithMiddleware({ authProvider: tenantId });\n  return graphClient;\n}\nmodule.exports = { getGraphClient };\n`, output: null, errors: [holder(2)] },
    // … not what such a function makes when it is an instance
    { code: `var run = (function () {\n  var client;\n  function connect() {\n    return new Client(process.env.URL);\n  }\n  return function (query) {\n    client = client || connect();\n    return client.query(query);\n  };\n})();\nexport { run };\n`, output: null, errors: [holder(2)] },
    // … not one whose value may be an instance, chosen by the environment
    { code: `let state = null;\nasync function make() {\n  const client = process.env.OPENAI_KEY ? new OpenAI() : null;\n  return { client, model: 'gpt' };\n}\nexport async function get() {\n  if (!state) state = await make();\n  return state;\n}\n`, output: null, errors: [holder(1)] },
    // … not a function made from any other source
    { code: `let engine = null;\nexport async function getEngine() {\n  const make = new Function('config', 'return new Engine(config)');\n  if (!engine) engine = await make(settings);\n  return engine;\n}\n`, output: null, errors: [holder(1)] },
    // … not a server's entry that reads its port from the command line
    { code: `const express = require('express');\nconst port = process.argv[2] || 3000;\nlet engine;\n(async () => {\n  const app = express();\n  app.get('/', (req, res) => {\n    engine ??= new Engine();\n    res.send(engine.run(req.query));\n  });\n  app.listen(port);\n})();\n`, output: null, errors: [holder(3)] },
    // … not an instance a function of the module's builds from a loaded module
    { code: `let engine;\nfunction build(m) {\n  return new m.Engine();\n}\nexport function getEngine() {\n  if (!engine) engine = build(require('./engine'));\n  return engine;\n}\n`, output: null, errors: [holder(1)] },
    // … not one that starts a worker, which runs every user's jobs
    { code: `import { Worker } from 'bullmq';\nlet client: ApiClient | null = null;\nasync function main() {\n  const queue = process.argv[2];\n  new Worker(queue, async (job) => {\n    client ??= new ApiClient();\n    await client.run(job.data);\n  });\n}\nmain();\n`, output: null, errors: [holder(2)] },
    // … not one made from what the first caller passed
    { code: `import { createAdminClient } from '@/lib/supabase/admin';\nlet admin = null;\nexport function getAdmin(token) {\n  if (!admin) admin = createAdminClient(token);\n  return admin;\n}\n`, output: null, errors: [holder(2)] },
    // … not an MCP server a function makes, which may be one session's
    { code: `let mcpServer: any = null;\nexport function getMcpServer() {\n  if (!mcpServer) mcpServer = createMcpServer();\n  return mcpServer;\n}\n`, output: null, errors: [holder(1)] },
    // … not a literal that carries an instance, nor one filled after it is made (inbox-zero's messaging adapters), nor one with methods
    { code: `let state = null;\nasync function make() {\n  const client = new OpenAI();\n  return { client, model: 'gpt' };\n}\nexport async function get() {\n  if (!state) state = await make();\n  return state;\n}\n`, output: null, errors: [holder(1)] },
    { code: `let registry = null;\nasync function make() {\n  const adapters = {};\n  adapters.slack = createSlackAdapter({ signingSecret: env.SLACK_SIGNING_SECRET });\n  return { adapters };\n}\nexport async function get() {\n  if (!registry) registry = await make();\n  return registry;\n}\n`, output: null, errors: [holder(1)] },
    { code: `let state = null;\nasync function make() {\n  return { model: 'gpt', send(text) { return post(text); } };\n}\nexport async function get() {\n  if (!state) state = await make();\n  return state;\n}\n`, output: null, errors: [holder(1)] },
    // … not one a method fills (a register call of one request reaches every other)
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n  register(definition: FacetDefinition) {\n    this.definitions.set(definition.name, definition);\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(21)] },
    // … nor one that hands out the map itself, which whoever holds it may fill
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n  all() {\n    return this.definitions;\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(21)] },
    // … nor one whose table any module may write
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(18)] },
    // … nor one built from what the first caller passed
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(definitions: FacetDefinition[]): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(definitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(18)] },
    // … nor one whose constructor hands out a callback that writes to it later
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  private loadedAt = 0;\n  constructor(definitions: FacetDefinition[]) {\n    setInterval(() => {\n      this.loadedAt = Date.now();\n    }, 60_000);\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(22)] },
    // … nor one the class's static code fills
    { code: `import { FacetDefinitionSchema, type FacetDefinition } from './types.js';\nexport class FacetCatalog {\n  private readonly definitions: Map<string, FacetDefinition>;\n  constructor(definitions: FacetDefinition[]) {\n    this.definitions = new Map(definitions.map((d) => [d.name, Object.freeze({ ...FacetDefinitionSchema.parse(d) })]));\n  }\n  list(tag?: string): FacetDefinition[] {\n    const entries = Array.from(this.definitions.values());\n    return tag ? entries.filter((d) => d.tags?.includes(tag)) : entries;\n  }\n  get(name: string): FacetDefinition {\n    const definition = this.definitions.get(name);\n    if (!definition) throw new Error(\`Facet \${name} is not registered\`);\n    return definition;\n  }\n  static add(definition: FacetDefinition) {\n    getFacetCatalog().definitions.set(definition.name, definition);\n  }\n}\nconst defaultDefinitions: FacetDefinition[] = [{ name: 'brief', tags: ['marketing'] }];\nlet defaultCatalog: FacetCatalog | null = null;\nexport function getFacetCatalog(): FacetCatalog {\n  if (!defaultCatalog) defaultCatalog = new FacetCatalog(defaultDefinitions);\n  return defaultCatalog;\n}\n`, output: null, errors: [holder(21)] },
    // an empty map that construction never fills is filled by code not shown: state
    { code: `export class SessionManager {\n  private readonly sessions = new Map<string, Session>();\n  find(id: string) { return this.sessions.get(id); }\n}\nexport const sessionManager = new SessionManager();\n`, output: null, errors: [holder(5)] },
    // … but a function that returns something else than the holder names its own maker
    { code: `import nodemailer from 'nodemailer';\nlet transporter = null;\nconst buildTransport = () => new MailQueue(nodemailer.createTransport({}));\nexport const send = async (message) => {\n  transporter = nodemailer.createTransport({});\n  if (message.queued) transporter = buildTransport();\n  return transporter.sendMail(message);\n};\n`, output: null, errors: [holder(2)] },
    // … but one settled with what the resolver is handed holds that
    { code: `let pending = Promise.resolve(null);\nexport async function nextConnection() {\n  let hand;\n  pending = new Promise((r) => { hand = r; });\n  hand(await openConnection());\n  return pending;\n}\n`, output: null, errors: [holder(1)] },
    // … but not where the IIFE may leave before it reads one, nor where an async one reads it: the
    // module's other holders stay (the IIFE's own socket is still filled only after `window` was read)
    { code: `(function () {\n  if (process.env.HEADLESS) return;\n  const host = window.location.host;\n  let ws = null;\n  function connect() {\n    ws = new WebSocket('ws://' + host);\n    ws.onclose = () => setTimeout(connect, 1000);\n  }\n  connect();\n})();\nlet client = null;\nexport const getClient = () => (client ??= new ApiClient());\n`, output: null, errors: [holder(11)] },
    { code: `(async () => {\n  const host = window.location.host;\n  let ws = null;\n  function connect() {\n    ws = new WebSocket('ws://' + host);\n    ws.onclose = () => setTimeout(connect, 1000);\n  }\n  connect();\n})();\nlet client = null;\nexport const getClient = () => (client ??= new ApiClient());\n`, output: null, errors: [holder(10)] },
    // a class that keeps every user's session in a map, beside a key or a metrics registry of the process's (trusio's)
    { code: `import crypto from 'crypto';\nexport interface UserSession {\n  userId: string;\n  sessionId: string;\n  contextData: string;\n}\nexport class UserSessionManager {\n  private static instance: UserSessionManager;\n  private userSessions: Map<string, UserSession> = new Map();\n  private sessionTimeouts: Map<string, NodeJS.Timeout> = new Map();\n  private readonly encryptionKey: Buffer;\n  private constructor() {\n    this.encryptionKey = Buffer.from(process.env.SESSION_ENCRYPTION_KEY || crypto.randomBytes(32));\n  }\n  static getInstance(): UserSessionManager {\n    if (!UserSessionManager.instance) UserSessionManager.instance = new UserSessionManager();\n    return UserSessionManager.instance;\n  }\n}\n`, output: null, errors: [holder(8)] },
    { code: `import { Registry } from 'prom-client';\nexport class SessionTracker {\n  private static instance: SessionTracker;\n  private registry: Registry;\n  private sessions: { [id: string]: Session } = {};\n  private constructor() {\n    this.registry = new Registry();\n  }\n  static get() {\n    return (SessionTracker.instance ??= new SessionTracker());\n  }\n}\n`, output: null, errors: [holder(3)] },
    // a generator's call hands back its iterator, which keeps where the last caller stopped
    { code: `let ids = null;\nexport function nextId() {\n  ids ??= (function* () { let n = 0; while (true) yield n++; })();\n  return ids.next().value;\n}\n`, output: null, errors: [holder(1, 5)] },
    // a module-level container's slot for a singleton-named class, left empty to be filled at run time (bot-server's globals)
    { code: `import { AgentManager } from './A2A/manager.js';\ninterface GlobalContainer {\n  agentManager?: AgentManager;\n  agentManagerReady?: Promise<void>;\n}\nexport const globals: GlobalContainer = {};\n`, output: null, errors: [holder(3, 3)] },
    { code: `export const state: { engine: Engine | null; ready: boolean } = { engine: null, ready: false };\n`, output: null, errors: [holder(1, 23)] },
    { code: `type Services = { users?: UserManager; tools?: tools.ToolRegistry };\nexport const services = {} as Services;\n`, output: null, errors: [holder(1, 19), holder(1, 40)] },
    { code: `export const state = { engine: null as Engine | null, count: 0 };\n`, output: null, errors: [holder(1, 24)] },
    // … and written with an instance from the module that imports it, typed or not (a JavaScript `globals = { gameManager: null }`)
    { code: `import { globals } from './globals.js';\nexport async function start() {\n  globals.gameManager = new GameManager();\n}\n`, output: null, errors: [holder(3, 3)] },
    { code: `import state from '../state';\nstate.engine ??= new RenderEngine();\n`, output: null, errors: [holder(2, 1)] },
    // … imported as TypeScript's `import x = require(…)` (payever's fixtures, where the rule threw on it)
    { code: `import helper = require('./helper');\nimport ns = Foo.Bar;\nexport async function run() {\n  helper.checkoutsCreated = 0;\n  helper.manager = new AgentManager();\n  ns.registry = new ToolRegistry();\n}\n`, output: null, errors: [holder(5, 3)] },
    // one instance of its own class, built from a setting or named as no value: a holder
    { code: `export class Store {\n  constructor(options) {}\n  static main = new Store({ size: 10 });\n}\n`, output: null, errors: [holder(3)] },
    // … but one that also serves over HTTP answers every client from one process
    { code: `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';\nimport { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';\nlet manager;\nexport function start(http) {\n  manager = new KnowledgeGraphManager(path);\n  return http ? new StreamableHTTPServerTransport({}) : new StdioServerTransport();\n}\n`, output: null, errors: [holder(3)] },
    { code: `import express from 'express';\nimport { StdioServerTransport } from '@modelcontextprotocol/server/stdio';\nlet manager;\nexport function start() {\n  manager = new KnowledgeGraphManager(path);\n}\n`, output: null, errors: [holder(3)] },
    { code: `import Hapi from '@hapi/hapi';\nimport { StdioServerTransport } from '@modelcontextprotocol/server/stdio';\nlet manager;\nexport function start() {\n  manager = new KnowledgeGraphManager(path);\n}\n`, output: null, errors: [holder(3)] },
    { code: `import type { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';\nlet manager;\nexport function start(t: StdioServerTransport) {\n  manager = new KnowledgeGraphManager(path);\n}\n`, output: null, errors: [holder(2)] },
    // a Server of the module's own, or another package's, is whatever it is
    { code: `import { Server } from './mcp-server';\nlet server: Server | undefined;\nexport function getServer() {\n  return (server ??= new Server());\n}\n`, output: null, errors: [holder(2)] },
    // … but a callback that runs later writes later: in a handler, or one an array method runs inside a function
    { code: `let zone;\nexport function pick() {\n  Object.keys(config.zones).find((name) => {\n    zone = new SendingZone(name);\n    return true;\n  });\n}\n`, output: null, errors: [holder(1)] },
    { code: `let zone;\nemitter.on('ready', (name) => {\n  zone = new SendingZone(name);\n});\n`, output: null, errors: [holder(1)] },
    // … but one settled to an instance holds it
    { code: `export function start() {\n  global.__db = Promise.resolve(new Database());\n}\n`, output: null, errors: [holder(2)] },
    // … but a WebSocket client ws makes is a connection, which the module keeps for every caller
    { code: `import WebSocket from 'ws';\nlet upstream;\nexport function connect() {\n  upstream ??= new WebSocket('wss://feed.example');\n  return upstream;\n}\n`, output: null, errors: [holder(2)] },
    // … but a marker below the first statement is a comment about something else
    { code: `let registry;\n// The cache below is auto-generated on first use.\nexport const getRegistry = () => (registry ??= new TypeRegistry());\n`, output: null, errors: [holder(1)] },
    // … nor is a source map's link above the last statement, or in a block comment at the end
    { code: `//# sourceMappingURL=old.js.map\nlet registry;\nexport const getRegistry = () => (registry ??= new TypeRegistry());\n`, output: null, errors: [holder(2)] },
    { code: `let registry;\nexport const getRegistry = () => (registry ??= new TypeRegistry());\n/* # sourceMappingURL=a.map */\n`, output: null, errors: [holder(1)] },
    // … but a callback of another promise writes what it likes
    { code: `let client;\nexport function connectLater(ready) {\n  ready.then(() => {\n    client = new Client();\n  });\n}\n`, output: null, errors: [holder(1)] },
    // a function that only shares the hooks' name is no hook: a resolver's, or one of two parameters
    { code: `let registry;\nexport function resolve(name, options, cache) {\n  registry ??= new ServiceRegistry();\n  return registry.get(name);\n}\n`, output: null, errors: [holder(1)] },
    { code: `let loader;\nexport async function load(url, context) {\n  loader ??= new ModelLoader();\n  return loader.load(url);\n}\n`, output: null, errors: [holder(1)] },
    { code: `let loader;\nasync function load(url, context, nextLoad) {\n  loader ??= new ModelLoader();\n  return nextLoad(url);\n}\nexport { load as fetchModel };\n`, output: null, errors: [holder(1)] },
    // … but what it builds from the module is an instance
    { code: `let clientPromise;\nexport const client = () => (clientPromise ??= makeClient());\nasync function makeClient() {\n  const sdk = await import('sdk');\n  const client = new sdk.Client();\n  return client;\n}\n`, output: null, errors: [holder(1)] },
    // … but a local that is set to an instance too is not a value
    { code: `function findClient() {\n  let client = process.env.URL;\n  if (client) client = new Client(client);\n  return client;\n}\nlet cached = null;\nexport function getClient() {\n  if (!cached) cached = findClient();\n  return cached;\n}\n`, output: null, errors: [holder(6)] },
    // a validator of the app's own that is no schema's keeps what it is handed
    { code: `let validator;\nexport const getValidator = () => (validator ??= new RequestValidator());\n`, output: null, errors: [holder(1)] },
    { code: `export class Database {\n  constructor(url) {}\n  static primary = new Database(config.primaryUrl);\n  static replica = new Database(config.replicaUrl);\n}\n`, output: null, errors: [holder(3), holder(4)] },
    // `a || b` may be either; `a && b` is b
    { code: `let client;\nexport function get() { return (client ??= enabled && new Client()); }\n`, output: null, errors: [holder(1)] },
    // Node's vm context is a sandbox, not a key
    { code: `import { createContext } from 'node:vm';\nlet sandbox;\nexport function getSandbox() { return (sandbox ??= createContext({})); }\n`, output: null, errors: [holder(2)] },
    // the same wrapper without a build's banner is the module's own code, as is a banner above more than IIFEs
    { code: `(function () {\n  'use strict';\n  var registry = null;\n  function lookup() {\n    if (!registry) registry = new Registry();\n    return registry;\n  }\n  module.exports = { lookup };\n}());\n`, output: null, errors: [holder(3)] },
    { code: `/*! Acme server | MIT License */\nlet registry;\nexport function lookup() {\n  return (registry ??= new Registry());\n}\n(function () {}());\n`, output: null, errors: [holder(2)] },
    // one of a list's own, picked by a caller: the module keeps what one request chose for the next
    { code: `let current;\nexport function select(id) {\n  current = providers.find((p) => p.id === id);\n}\n`, output: null, errors: [holder(1)] },
    // a global cache returned by a function declared to return instances keeps them
    { code: `export class Factories {\n  static get all(): Map<string, AgentInstanceFactory> {\n    return ((globalThis as any).__factories ??= new Map());\n  }\n}\n`, output: null, errors: [holder(3)] },
    // a native library's binding that keeps what a call was given is state, not a binding
    { code: `import koffi from 'koffi';\nclass Native {\n  static instance;\n  constructor() { this.lib = koffi.load(path); }\n  convert(user, html) { this.lastUser = user; return this.lib.convert(html); }\n  static get() { return (Native.instance ??= new Native()); }\n}\n`, output: null, errors: [holder(3)] },
    // a scheduler that also collects records may keep users' (a digest per user), and one named like a cron library is not one
    { code: `import cron from 'node-cron';\ninterface Digest { userId: string; items: string[] }\nexport class Digests {\n  private static instance: Digests;\n  private pending: Map<string, Digest> = new Map();\n  static getInstance() { return (Digests.instance ??= new Digests()); }\n  start() { cron.schedule('0 8 * * *', () => this.flush()); }\n}\n`, output: null, errors: [holder(4)] },
    { code: `import cron from './cron';\nexport class Jobs {\n  static instance;\n  static getInstance() { return (Jobs.instance ??= new Jobs()); }\n  start(user) { this.user = user; cron.schedule('* * * * *', () => run(this.user)); }\n}\n`, output: null, errors: [holder(3)] },
    // a function of the module's own named like the platform's require is not it
    { code: `let vm = null;\nfunction load() {\n  const nodeRequire = makeLoader();\n  vm = nodeRequire('engine');\n}\n`, output: null, errors: [holder(1)] },
    { code: `import { Hocuspocus } from '@hocuspocus/server';\nexport class LiveManager {\n  private static instance: LiveManager;\n  private server: Hocuspocus | null = null;\n  static getInstance() {\n    return (LiveManager.instance ??= new LiveManager());\n  }\n  connect(user) { this.lastUser = user; }\n}\n`, output: null, errors: [holder(3)] },
    // nor one whose settings the last caller chose (continue's CodeRenderer: a Shiki highlighter and the theme)
    { code: `import { PrismaClient } from '@acme/database';\nexport class SessionService {\n  private prisma: PrismaClient = new PrismaClient();\n  private currentUserId: string | null = null;\n  use(userId: string) { this.currentUserId = userId; }\n}\nlet instance: SessionService | null = null;\nexport function getSessionService() {\n  return (instance ??= new SessionService());\n}\n`, output: null, errors: [holder(7)] },
    { code: `import amqplib, { type Channel } from 'amqplib';\nclass Publisher {\n  private static instance: Publisher;\n  private channel: Channel | null = null;\n  private lastTenant: string | null = null;\n  static getInstance() { return (Publisher.instance ??= new Publisher()); }\n  forTenant(tenant: { id: string }) { this.lastTenant = tenant.id; return this; }\n}\n`, output: null, errors: [holder(3)] },
    { code: `import { Highlighter } from 'shiki';\nexport class CodeRenderer {\n  private static instance: CodeRenderer;\n  private currentTheme: string = 'dark-plus';\n  private highlighter: Highlighter | null = null;\n  static getInstance() {\n    return (CodeRenderer.instance ??= new CodeRenderer());\n  }\n  setTheme(theme: string) { this.currentTheme = theme; }\n}\n`, output: null, errors: [holder(3)] },
    // a cast to an instance's type says an instance
    { code: `let client = null as Client | null;\nexport function connect() {\n  client = createClient();\n}\n`, output: null, errors: [holder(1)] },
    // a memo whose builder makes an instance where it can still keeps it
    { code: `export const db = once(async () => {\n  if (!process.env.DATABASE_URL) return null;\n  return new Pool({ connectionString: process.env.DATABASE_URL });\n});\n`, output: null, errors: [holder(1)] },
    // a type that refers to itself ends the reading, and a client in it is still an instance
    { code: `type Chain = { next: Chain | null; client: Client };\nlet head: Chain | undefined;\nexport function start() {\n  head = build();\n}\n`, output: null, errors: [holder(2)] },
    // an in-flight promise of an instance is the instance
    // a \`.then\` that hands on what it is given keeps what the chain started from
    { code: `let client = null;\nexport function getClient() {\n  client ??= connect().then((connected) => { log('up'); return connected; }).catch(() => null);\n  return client;\n}\n`, output: null, errors: [holder(1)] },
    { code: `let inflight = null;\nexport function getClient() {\n  if (!inflight) inflight = connect().then((socket) => new Client(socket)).finally(() => { inflight = null; });\n  return inflight;\n}\n`, output: null, errors: [holder(1)] },
    // a type of that name the file imports is not the page's: a package's Storage client
    { code: `import { Storage } from '@acme/files';\nlet storage: Storage | undefined;\nexport function getStorage() {\n  return (storage ??= new Storage());\n}\n`, output: null, errors: [holder(2)] },
    // a memo that keeps an instance, given from a function, is filled as any instance is
    { code: `let db;\nexport function connect() {\n  db = once(() => new Db());\n}\n`, output: null, errors: [holder(1)] },
    // put back as the module made it: what one run of the worker keeps in the module is there for the next (trigger.dev's run workers)
    { code: `let _cancelController = new AbortController();\nexport function resetExecutionEnvironment() {\n  _cancelController = new AbortController();\n}\n`, output: null, errors: [holder(1)] },
    // readonly as a reference, not as an object: the instance the class keeps, or a singleton class's
    { code: `export class SessionManager {\n  static readonly instance = new SessionManager();\n  sessions = new Map();\n}\n`, output: null, errors: [holder(2)] },
    { code: `export class Store {\n  private static readonly _INSTANCE: Store = new Store();\n}\n`, output: null, errors: [holder(2)] },
    // named as the instance it is, or set again later: not a constant, arguments or not
    { code: `export class Registry {\n  static INSTANCE = new Registry({ strict: true });\n}\n`, output: null, errors: [holder(2)] },
    // a long line elsewhere in the module (a data URI) does not make its holders generated code
    { code: `const ICON = 'data:image/png;base64,${'A'.repeat(1200)}';\nlet cache: Registry | undefined;\nexport function registry() {\n  return (cache ??= new Registry());\n}\n`, output: null, errors: [holder(2)] },
    // a server's entry point runs once too, but serves on: it does not exit; nor does one that exits only on a failure
    { code: `let db: Db;\nasync function bootstrap() {\n  db = await connect();\n  app.listen(3000);\n}\nbootstrap();\n`, output: null, errors: [holder(1)] },
    { code: `let db: Db;\nasync function bootstrap() {\n  db = await connect();\n  app.listen(3000);\n}\nbootstrap().catch(() => process.exit(1));\n`, output: null, errors: [holder(1)] },
    // an index signature over instances holds instances
    { code: `interface Clients {\n  [tenant: string]: RedisClient;\n}\nlet clients: Clients | undefined;\nexport function getClients() {\n  clients ??= connectAll();\n  return clients;\n}\n`, output: null, errors: [holder(4)] },
    // a global slot declared as holding an instance is still a cache of one
    { code: `declare global {\n  var __client: Client | undefined;\n}\nexport const client = () => (globalThis.__client ??= new Client());\n`, output: null, errors: [holder(4)] },
    // a JSDoc type that names an instance, or one this reading cannot split, keeps the holder
    { code: `/** @type {MongoClient | null} */\nlet client = null;\n/** @type {Map<string, Queue>|null} */\nlet queues = null;\nfunction connect() {\n  client = new MongoClient(url);\n  queues = makeQueues();\n}\nmodule.exports = { connect };\n`, filename: 'db.js', output: null, errors: [holder(2), holder(4)] },
    // an exit only on a path (a failed start), not the top level's end
    // … nor a start-up that exits on one branch only
    { code: `let db: Db;\nstart();\nasync function start() {\n  if (!process.env.DB_URL) {\n    process.exit(1);\n  } else {\n    db = await connect(process.env.DB_URL);\n  }\n  app.listen(3000);\n}\n`, output: null, errors: [holder(1)] },
    { code: `let db: Db;\nif (!process.env.DB_URL) process.exit(1);\nexport async function start() {\n  db = await connect(process.env.DB_URL);\n  app.listen(3000);\n}\n`, output: null, errors: [holder(1)] },
    // … nor when it starts a server under a run-directly guard
    { code: `let db: Db;\nasync function start() {\n  db = await connect(process.env.DB_URL);\n  app.listen(3000);\n}\nif (require.main === module) start().catch(() => process.exit(1));\n`, output: null, errors: [holder(1)] },
    // a function of the module that makes an instance, not a string
    { code: `const connect = () => new Pool({ max: 4 });\nlet pool = connect();\nexport function reset() { pool = connect(); }\nexport const getPool = () => pool;\n`, output: null, errors: [holder(2)] },
    { code: `export class Session {\n  static CURRENT = new Session('boot');\n  static start(id: string) { Session.CURRENT = new Session(id); }\n}\n`, output: null, errors: [holder(2)] },
    { code: `export class Tools {\n  static readonly registry = new ToolRegistry();\n}\n`, output: null, errors: [holder(2)] },
    // a registry of the app's own, or one from a package that is no metrics library, is still a singleton
    { code: `export const register = new Registry();\n`, output: null, errors: [holder(1)] },
    { code: `import { Registry } from './tools/registry';\nexport const register = new Registry();\n`, output: null, errors: [holder(2)] },
    { code: `import { Registry } from '@acme/service-registry';\nexport const register = new Registry();\n`, output: null, errors: [holder(2)] },
    // a function a server can reach: called before the guard, or handed out by it
    { code: `(function () {\n  setup();\n  if (typeof window === 'undefined') return;\n  var watcher = null;\n  function setup() { watcher = new Watcher(); }\n})();\n`, output: null, errors: [holder(4)] },
    { code: `export const start = (function () {\n  if (typeof window === 'undefined') return setup;\n  var watcher = null;\n  function setup() { watcher = new Watcher(); }\n})();\n`, output: null, errors: [holder(3)] },
    // a \`chrome\` of the module's own (a launched browser) is no extension API; WebdriverIO's global \`browser\` has none of them
    { code: `const chrome = await launch();\nlet page;\nexport const getPage = () => (page ??= chrome.tabs.open());\n`, output: null, errors: [holder(2)] },
    { code: `let session;\nexport async function open() { session ??= new SessionManager(); await browser.url('/'); }\n`, output: null, errors: [holder(1)] },
    // a page-only class's name bound to the module's own import is the import's
    { code: `import { MutationObserver } from './observer';\nlet observer;\nexport function watch() { observer ??= new MutationObserver(); }\n`, output: null, errors: [holder(2)] },
    // a record holding an instance is no record of values
    { code: `let cached: { client: RedisClient; at: number } | undefined;\nexport const get = () => (cached ??= connectWithTimestamp());\n`, output: null, errors: [holder(1)] },
    // what another list's method makes is no next version of this one
    { code: `let clients;\nexport function connect() {\n  clients = pool.map((config) => new Client(config));\n}\n`, output: null, errors: [holder(1)] },
    // a store beside other state is a singleton with a store in it
    { code: `class SessionManager {\n  readonly als = new AsyncLocalStorage();\n  readonly sessions = new Map();\n}\nexport const sessions = new SessionManager();\n`, output: null, errors: [holder(5)] },
    // an Express app asked for a setting is no container, and what a container's class is called says nothing
    { code: `let store;\nexport function boot(app) {\n  store = app.get('sessionStore');\n}\n`, output: null, errors: [holder(1)] },
    { code: `let client;\nexport function init() {\n  client = registry.get(RedisClient);\n}\n`, output: null, errors: [holder(1)] },
    // \`declare const global\` types the global object; the cache on it is still one
    { code: `declare const global: typeof globalThis & { agents?: AgentRegistry };\nexport const agents = global.agents || new AgentRegistry();\nif (process.env.NODE_ENV !== 'production') global.agents = agents;\n`, output: null, errors: [{ ...holder(3, 44), data: { name: 'global.agents', shape: 'a globalThis cache', creator: GENERIC } }] },
    // \`.data\` of what is no response, and \`.slice\` of what is no string, may be anything
    { code: `let pool;\nexport async function getPool() {\n  pool ??= await registry.data;\n  return pool;\n}\n`, output: null, errors: [holder(1)] },
    { code: `let workers;\nexport function getWorkers() {\n  return (workers ??= createPool().slice(0, 2));\n}\n`, output: null, errors: [holder(1)] },
    // a manager of the app's own that holds limiters among other things is no rate limiter (Flowise's)
    { code: `export class RateLimiterManager {\n  private static instance: RateLimiterManager;\n  static getInstance() {\n    return (RateLimiterManager.instance ??= new RateLimiterManager());\n  }\n}\n`, output: null, errors: [holder(2)] },
    // a module's own \`self\` is no worker's global
    { code: `const self = { on() {} };\nself.on();\nlet client;\nexport const getClient = () => (client ??= new Client());\n`, output: null, errors: [holder(3)] },
    // a guard that says nothing of the side, or one the fill is not under, leaves a holder
    { code: `let ws;\nexport function getWs() {\n  if (typeof window === 'undefined') console.warn('server');\n  return (ws ??= new WebSocketClient());\n}\n`, output: null, errors: [holder(1)] },
    { code: `let ws;\nexport function getWs() {\n  if (typeof window !== 'undefined') return null;\n  return (ws ??= new WebSocketClient());\n}\n`, output: null, errors: [holder(1)] },
    { code: `let ws;\nexport function getWs() {\n  if (typeof window === 'undefined' && !ready) return null;\n  return (ws ??= new WebSocketClient());\n}\n`, output: null, errors: [holder(1)] },
    { code: `export function getStore() {\n  if (typeof window !== 'undefined') return createStore();\n  return (globalThis.__store ??= createStore());\n}\n`, output: null, errors: [holder(3)] },
    // a modified type holds what the type it modifies holds: here an instance
    { code: `let registry: Readonly<ToolRegistry> | undefined;\nexport const getRegistry = () => (registry ??= new ToolRegistry());\n`, output: null, errors: [holder(1)] },
    // a map of instances is a store of them
    { code: `let clients: Map<string, Client> | null = null;\nexport function getClients() { return (clients ??= new Map()); }\n`, output: null, errors: [holder(1)] },
    // a holder handed to what fills it is still filled once: only its own next state is exempt
    { code: `let client;\nexport function getClient() { if (!client) client = connect(options); return client; }\n`, output: null, errors: [holder(1)] },
    // a parser is no parse
    { code: `let parser;\nexport const getParser = () => (parser ??= new Parser());\n`, output: null, errors: [holder(1)] },
    // a guarded read at the top level is no proof: the module loads on a server too
    { code: `if (typeof window !== 'undefined') window.addEventListener('keydown', onKey);\nlet tracker;\nexport const getTracker = () => (tracker ??= new Tracker());\n`, output: null, errors: [holder(2)] },
    // borrowing a host's types says nothing of where the module runs
    { code: `import type { Uri } from 'vscode';\nimport { type Range } from 'electron';\nlet cache;\nexport const getCache = () => (cache ??= new Cache());\n`, output: null, errors: [holder(3)] },
    // a parameter named window is no page; typeof reads nothing
    { code: `let cache;\nexport function get(window) {\n  if (window.ready) log('ready');\n  return (cache ??= new Cache());\n}\n`, output: null, errors: [holder(1)] },
    { code: `let cache;\nexport function get() {\n  const kind = typeof window;\n  return (cache ??= new Cache(kind));\n}\n`, output: null, errors: [holder(1)] },
    { code: `let clients: Map<string, unknown> | undefined;\nexport const getClients = () => (clients ??= connectAll());\n`, output: null, errors: [holder(1)] },
    // a function of the app's own named like one is no require
    { code: `const load = makeLoader();\nlet client;\nexport const getClient = () => (client ??= load('client'));\n`, output: null, errors: [holder(2)] },
    // a name that says nothing of a value, filled with an instance
    { code: `export class Server {\n  constructor() { global.Watcher = createWatcher(); }\n}\n`, output: null, errors: [holder(2)] },
    // extending a class of the app's own says nothing
    { code: `import { Base } from './base';\nclass Registry extends Base {}\nlet registry;\nexport const getRegistry = () => (registry ??= new Registry());\n`, output: null, errors: [holder(3)] },
    // a production module whose name ends in "setup" is no test's
    { code: `let client;\nexport const getClient = () => (client ??= new MailClient());\n`, filename: 'lib/emails/send-custom-domain-setup.ts', output: null, errors: [holder(1)] },
    // \`typeof\` a value imported as a value: what the module made, maybe an instance
    { code: `import prisma from './db';\nlet client: typeof prisma | undefined;\nexport function getClient() { return (client ??= prisma.$extends(audit)); }\n`, output: null, errors: [holder(2)] },
    // \`browser\` is a flag only when SvelteKit exports it: here a Puppeteer browser, shared by every request
    { code: `import puppeteer from 'puppeteer';\nlet browser = null;\nexport async function getBrowser() {\n  if (!browser) browser = await puppeteer.launch();\n  return browser;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { browser } from './state';\nlet store;\nexport function getStore() { if (!browser) return null; return (store ??= createStore()); }\n`, output: null, errors: [holder(2)] },
    // a function declaration exists before the guard that precedes it runs
    { code: `let ws;\nexport function getWs() {\n  if (typeof window === 'undefined') return fill();\n  return ws;\n  function fill() { return (ws ??= new WebSocketClient()); }\n}\n`, output: null, errors: [holder(1)] },
    {
      code: `let instance: AgentInstanceFactory | null = null;\nexport function getAgentInstanceFactory() {\n  if (!instance) instance = new AgentInstanceFactory();\n  return instance;\n}\n`,
      output: null,
      errors: [{ ...holder(1, 5), data: { name: 'instance', shape: 'a module variable filled on first use', creator: 'createAgentInstanceFactory(userContext)' } }],
    },
    { code: `let registry;\nexport const getRegistry = () => (registry ??= new ThreadRunRegistry());\n`, output: null, errors: [holder(1)] },
    // filled on first use, however the function looks first; set by a function that does not look: named
    ...[
      'let app;\nfunction get() { if (app) return app; app = new App(); return app; }\n',
      'let app;\nfunction get() { app = app || new App(); return app; }\n',
      'let app;\nfunction get() { return app ?? (app = new App()); }\n',
      'let app;\nfunction get() { if (app === undefined) { app = new App(); } return app; }\n',
    ].map((code) => ({ code, output: null, errors: [{ ...holder(1, 5), data: { name: 'app', shape: 'a module variable filled on first use', creator: GENERIC } }] })),
    ...[
      ['let app;\nexport async function start() { app = new App(); await app.boot(); }\n', 'start()'],
      ['let app;\nexport const init = async () => { app = new App(); };\n', 'init()'],
      ['let app;\nclass Server { boot() { app = new App(); } }\n', 'boot()'],
      ['let app;\nhooks.push(() => { app = new App(); });\n', 'a function'],
    ].map(([code, fn]) => ({ code: code!, output: null, errors: [{ ...holder(1, 5), data: { name: 'app', shape: `a module variable that ${fn} assigns`, creator: GENERIC } }] })),
    // a cache written through a constant bound to the global object (typeorm's connection manager)
    {
      code: `export function getConnectionManager() {\n  const globalScope = PlatformTools.getGlobalVariable();\n  globalScope.typeormConnectionManager ??= new ConnectionManager();\n  return globalScope.typeormConnectionManager;\n}\n`,
      output: null,
      errors: [{ ...holder(3), data: { name: 'globalThis.typeormConnectionManager', shape: 'a globalThis cache', creator: GENERIC } }],
    },
    { code: `const g = globalThis as any;\nexport function getStore() { g.__store ??= new Store(); return g.__store; }\n`, output: null, errors: [holder(2)] },
    // an instance kept on the global object through a constant, as the Prisma docs keep their client in Next.js; umami's constant key
    {
      code: `import { AgentRegistry } from './agents';\nconst globalForAgents = globalThis as unknown as { agents: AgentRegistry };\nexport const agents = globalForAgents.agents || new AgentRegistry();\nif (process.env.NODE_ENV !== 'production') globalForAgents.agents = agents;\n`,
      output: null,
      errors: [{ ...holder(4, 44), data: { name: 'globalThis.agents', shape: 'a globalThis cache', creator: GENERIC } }],
    },
    {
      code: `const AGENTS = 'agents';\nfunction getRegistry() {\n  const baseRegistry = new AgentRegistry();\n  globalThis[AGENTS] ??= baseRegistry;\n  return baseRegistry;\n}\nexport const registry = globalThis[AGENTS] || getRegistry();\n`,
      output: null,
      errors: [{ ...holder(4, 3), data: { name: 'globalThis.agents', shape: 'a globalThis cache', creator: GENERIC } }],
    },
    // a lookup by an id returns what it finds
    { code: `let tag;\nexport function show() { tag = registry.getElementById('elapsed'); }\n`, output: null, errors: [holder(1)] },
    // a constructor that keeps its instance on the global object (kuzzle's `global.kuzzle = this`)
    { code: `export class Kuzzle {\n  constructor() {\n    global.kuzzle = this;\n  }\n}\n`, output: null, errors: [{ ...holder(3, 5), data: { name: 'global.kuzzle', shape: 'a globalThis cache', creator: GENERIC } }] },
    { code: `export const Backend = class {\n  constructor() {\n    process.nextTick(() => { globalThis.app = this; });\n  }\n};\n`, output: null, errors: [holder(3)] },
    // an IIFE that makes an object is still one
    { code: `let runtime;\nexport function getRuntime() {\n  runtime ??= (async () => {\n    const { AgentRuntime } = await import('./agent-runtime');\n    return new AgentRuntime();\n  })();\n  return runtime;\n}\n`, output: null, errors: [holder(1)] },
    { code: `const client = (() => {\n  if (process.env.X) return null;\n  return new RedisClient();\n})();\nglobalThis.__client = client;\n`, output: null, errors: [holder(5)] },
    {
      code: `import { CLICKHOUSE } from './db';\nexport function getClient() {\n  const client = createClient();\n  globalThis[CLICKHOUSE] = client;\n  return client;\n}\n`,
      output: null,
      errors: [{ ...holder(4, 3), data: { name: 'globalThis[CLICKHOUSE]', shape: 'a globalThis cache', creator: GENERIC } }],
    },
    // the Remix stacks' named global caches: kept on the global object across module reloads
    ...[
      `export const agents = singleton('agents', () => new AgentRegistry());`,
      `export const engine = singleton("RunEngine", createRunEngine);`,
      `export const registry = remember('agents', () => {\n  const agents = new AgentRegistry();\n  return agents;\n});`,
    ].map((code) => ({ code, output: null, errors: [{ ...holder(1), data: { name: /const (\w+)/.exec(code)![1]!, shape: 'kept by name on the global object (singleton(name, …))', creator: GENERIC } }] })),
    // the same fixture outside the `tests` globs is a module holder like any other
    // a database's client filled on first use from what its first caller passed: every later caller gets that tenant's
    { code: `import { Pool } from 'pg';\nlet db: Pool | undefined;\nexport function getDb(tenant: Tenant) {\n  db ??= new Pool({ database: tenant.database });\n  return db;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { S3Client } from '@aws-sdk/client-s3';\nlet s3;\nexport function s3For(credentials) {\n  s3 ??= new S3Client({ credentials });\n  return s3;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { Pool } from 'pg';\nexport class TenantDb {\n  static pool: Pool | undefined;\n  static get(tenant: Tenant) {\n    return (TenantDb.pool ??= new Pool({ database: tenant.database }));\n  }\n}\n`, output: null, errors: [holder(3)] },
    { code: `import Redis from 'ioredis';\nlet redis;\nexport function redisFor({ url }) {\n  if (!redis) redis = new Redis(url);\n  return redis;\n}\n`, output: null, errors: [holder(2)] },
    // … or with a key the module cannot show to be its own: one user's, in a platform where each brings their own
    { code: `import OpenAI from 'openai';\nlet openai: OpenAI | undefined;\nexport function getOpenAI() {\n  openai ??= new OpenAI({ apiKey: getUserSettings().apiKey });\n  return openai;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import Anthropic from '@anthropic-ai/sdk';\nimport { requestScope } from './scope';\nlet anthropic;\nexport function getAnthropic() {\n  const key = requestScope.getStore().tenant.anthropicKey;\n  return (anthropic ??= new Anthropic({ apiKey: key }));\n}\n`, output: null, errors: [holder(3)] },
    { code: `import Stripe from 'stripe';\nlet stripe;\nexport function connectStripe(secretKey) {\n  stripe = new Stripe(secretKey);\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { Octokit } from '@octokit/rest';\nexport class GitHub {\n  static client: Octokit | undefined;\n  static get() {\n    return (GitHub.client ??= new Octokit({ auth: this.token }));\n  }\n}\n`, output: null, errors: [holder(3)] },
    // a database's client filled from the request scope's tenant: the first tenant's database, for every later one
    { code: `import { Pool } from 'pg';\nimport { currentTenant } from './tenancy';\nlet pool: Pool | undefined;\nexport function getPool() {\n  pool ??= new Pool({ connectionString: currentTenant().databaseUrl });\n  return pool;\n}\n`, output: null, errors: [holder(3)] },
    { code: `import { PrismaClient } from '@prisma/client';\nimport { tenantStore } from './tenancy';\nlet prisma;\nexport function getPrisma() {\n  const url = tenantStore.getStore().url;\n  return (prisma ??= new PrismaClient({ datasources: { db: { url } } }));\n}\n`, output: null, errors: [holder(3)] },
    // … and a hosted API's client made with the first caller's key
    { code: `import OpenAI from 'openai';\nlet openai: OpenAI | undefined;\nexport function openaiFor(apiKey: string) {\n  openai ??= new OpenAI({ apiKey });\n  return openai;\n}\n`, output: null, errors: [holder(2)] },
    // a package's client the server's own secret would make shared, when the secret is the first caller's or a user's
    { code: `import { LoopsClient } from 'loops';\nlet loops;\nexport function loopsFor(apiSecret) {\n  loops ??= new LoopsClient(apiSecret);\n  return loops;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import { Tinybird } from '@chronark/zod-bird';\nlet tb;\nexport const getTinybird = () => (tb ??= new Tinybird({ token: getUserSettings().tinybirdToken }));\n`, output: null, errors: [holder(2)] },
    // … and, with the server's own secret, a class of the app's own, or one that keeps entries for whoever calls
    { code: `import { Mailer } from './mailer';\nlet mailer;\nexport const getMailer = () => (mailer ??= new Mailer(process.env.SMTP_PASSWORD));\n`, output: null, errors: [holder(2)] },
    { code: `import { RedisSessionStore } from 'fastify-session-redis';\nlet sessions;\nexport const getSessions = () => (sessions ??= new RedisSessionStore({ secret: process.env.SESSION_SECRET }));\n`, output: null, errors: [holder(2)] },
    { code: `import { createStore } from 'keyed-store';\nlet store;\nexport const getStore = () => (store ??= createStore({ secret: process.env.STORE_SECRET }));\n`, output: null, errors: [holder(2)] },
    { code: `import { openClient } from 'some-sdk';\nlet client;\nexport const getClient = () => (client ??= openClient({ token: process.env.SDK_TOKEN }));\n`, output: null, errors: [holder(2)] },
    { code: `import { LRUCache } from 'lru-cache';\nlet answers;\nexport const getAnswers = () => (answers ??= new LRUCache({ max: 500, ttl: Number(process.env.CACHE_TOKEN_TTL) }));\n`, output: null, errors: [holder(2)] },
    // what a method of a variable makes, when the variable holds something else too (or anything at all)
    { code: `import * as amqp from 'amqplib';\nlet connection = new AgentRegistry();\nlet channel;\nexport async function connect() {\n  connection = await amqp.connect(url);\n  channel ??= connection.openSession();\n}\n`, output: null, errors: [holder(2), holder(3)] },
    { code: `let registry = loadRegistry();\nlet agents;\nexport const getAgents = () => (agents ??= registry.createAgents());\n`, output: null, errors: [holder(2)] },
    // what a method of a function's own const makes, when that const is no service's client
    { code: `function getRegistry() {\n  const base = new AgentRegistry();\n  const extended = base.withTools(tools);\n  globalThis[REGISTRY] ??= extended;\n  return extended;\n}\n`, output: null, errors: [holder(4)] },
    // a maker of the module's own that hands back something else too, or calls itself
    { code: `import { drizzle } from 'drizzle-orm/postgres-js';\nfunction makeStore(kind) {\n  if (kind === 'memory') return new AgentRegistry();\n  return drizzle(process.env.DATABASE_URL);\n}\nlet store;\nexport const getStore = () => (store ??= makeStore(process.env.STORE));\n`, output: null, errors: [holder(6)] },
    { code: `function makeRegistry(depth) {\n  return depth > 0 ? makeRegistry(depth - 1) : new AgentRegistry();\n}\nlet registry;\nexport const getRegistry = () => (registry ??= makeRegistry(2));\n`, output: null, errors: [holder(4)] },
    // a class loaded in a function from a package that is no service's
    { code: `let registry = null;\nexport async function getRegistry() {\n  const { AgentRegistry } = await import('@acme/agents');\n  return (registry ??= new AgentRegistry());\n}\n`, output: null, errors: [holder(1)] },
    // a service's client of the app's own making, named so but not from a known package, is the app's to judge
    { code: `let agentClient: AgentClient | undefined;\nexport const getAgentClient = () => (agentClient ??= new AgentClient());\n`, output: null, errors: [holder(1)] },
    { code: `let client;\nasync function boot() { client = new AgentRegistry(); }\nbeforeAll(boot);`, filename: 'src/db/queries.ts', output: null, errors: [holder(1, 5)] },
    // a bare lazy() around a constructor is a memo; a global cached outside any test is a holder
    { code: `export const registry = lazy(() => new ThreadRunRegistry());\n`, output: null, errors: [holder(1)] },
    // keyed by tenant, each instance still lives as long as the process
    { code: `export const dbFor = memoize((tenant: string) => new TenantAgentRegistry(tenant));\n`, output: null, errors: [holder(1)] },
    { code: `export const dbFor = R.memoizeWith(String, (tenant) => new TenantAgentRegistry(tenant));\n`, output: null, errors: [holder(1)] },
    { code: `export const client = once(async () => { const { Db } = await import('db'); return new Db(); });\n`, output: null, errors: [holder(1)] },
    { code: `describe('x', () => { globalThis.registry = new ThreadRunRegistry(); });\n`, output: null, errors: [holder(1)] },
    { code: `var engine;\nfunction getEngine() { engine = engine || createEngine(); return engine; }\n`, output: null, errors: [holder(1)] },
    {
      // a module loaded on first use, then made into an instance (langfuse's ELK layout engine)
      code: `let elk: Promise<ELK> | null = null;\nexport function getElk() {\n  if (!elk) elk = import('elkjs').then((mod) => new mod.default());\n  return elk;\n}\n`,
      output: null,
      errors: [holder(1)],
    },
    // … or a callback that calls a factory of the module: what it returns is built, not picked
    { code: `let db;\nexport const getDb = () => (db ??= import('./db').then((m) => m.connect()));\n`, output: null, errors: [holder(1)] },
    {
      code: `let clientPromise: Promise<Client> | undefined;\nexport function client() { clientPromise ??= connect(); return clientPromise; }\n`,
      output: null,
      errors: [{ ...holder(1), data: { name: 'clientPromise', shape: 'a module-level memoised promise', creator: GENERIC } }],
    },
    { code: `let db;\nexport async function getDb() { if (!db) db = await open(); return db; }\n`, output: null, errors: [holder(1)] },
    // sockets kept without the server they came in on are whoever's a caller handed in …
    {
      code: `import { WebSocket } from 'ws';\nexport class ConnectionRegistry {\n  private clients: Map<string, Set<WebSocket>> = new Map();\n  add(userId: string, socket: WebSocket) {\n    this.clients.set(userId, new Set([socket]));\n  }\n}\nexport const registry = new ConnectionRegistry();\n`,
      output: null,
      errors: [holder(8)],
    },
    // … and a server that also keeps each connection's user session keeps users' state (agent-relay's orchestrator)
    {
      code: `import { WebSocketServer, WebSocket } from 'ws';\ntype UserSession = { userId: string; workspaceId?: string };\nexport class Orchestrator {\n  private wss?: WebSocketServer;\n  private sessions: Map<WebSocket, UserSession> = new Map();\n  private sockets: Set<WebSocket> = new Set();\n}\nlet instance: Orchestrator | undefined;\nexport function getOrchestrator() {\n  return (instance ??= new Orchestrator());\n}\n`,
      output: null,
      errors: [holder(8)],
    },
    // a class that keeps its state in the module beside it keeps it all the same …
    {
      code: `let current: { id: string } | null = null;\nexport class SessionManager {\n  setUser(user: { id: string }) {\n    current = user;\n  }\n  getUser() {\n    return current;\n  }\n}\nexport const sessionManager = new SessionManager();\n`,
      output: null,
      errors: [holder(10)],
    },
    {
      code: `const agents = new Map<string, object>();\nexport class AgentRegistry {\n  register(id: string, agent: object) {\n    agents.set(id, agent);\n  }\n}\nexport const agentRegistry = new AgentRegistry();\n`,
      output: null,
      errors: [holder(7)],
    },
    // … not what a module of the app's own makes where it is required
    { code: `let engine;\nmodule.exports.init = (opts) => {\n  engine = require('./agent-engine')(opts);\n  return engine;\n};\n`, output: null, errors: [holder(1)] },
    // … not an instance handed to the app to register
    { code: `let users;\nexport default function (app) {\n  users = app.service(new UsersService());\n}\n`, output: null, errors: [holder(1)] },
    // … as one that writes to itself without declaring a field does
    // … or through an alias of itself
    { code: `export class SessionManager {\n  setUser(user) {\n    const self = this;\n    self.user = user;\n  }\n}\nexport const sessionManager = new SessionManager();\n`, output: null, errors: [holder(7)] },
    { code: `export class SessionManager {\n  setUser(user) {\n    this.user = user;\n  }\n}\nexport const sessionManager = new SessionManager();\n`, output: null, errors: [holder(6)] },
    // a promise of what a function run on the spot makes: that maker's instance
    {
      code: `let connecting: Promise<AgentInstanceFactory> | null = null;\nexport function getAgentInstanceFactory() {\n  connecting ??= (async () => {\n    const factory = new AgentInstanceFactory();\n    await factory.init();\n    return factory;\n  })();\n  return connecting;\n}\n`,
      output: null,
      errors: [{ ...holder(1), data: { name: 'connecting', shape: 'a module-level memoised promise', creator: 'createAgentInstanceFactory(userContext)' } }],
    },
    // JavaScript's static holder, with no field declaration: through `this` in a static method …
    {
      code: `class AgentManager {\n  constructor() {\n    this.agents = new Map();\n  }\n  static getInstance() {\n    if (!this.instance) this.instance = new AgentManager();\n    return this.instance;\n  }\n}\nmodule.exports = AgentManager;\n`,
      filename: 'src/agents/manager.js',
      output: null,
      errors: [{ ...holder(6, 25), data: { name: 'AgentManager.instance', shape: 'a class static instance holder', creator: GENERIC } }],
    },
    // … through the class's name in a constructor, holding another class's instance (a shared request context) …
    {
      code: `class Context {\n  constructor() {\n    this.context = {};\n  }\n  set(key, value) {\n    this.context[key] = value;\n  }\n}\nclass Singleton {\n  constructor() {\n    if (!Singleton.instance) Singleton.instance = new Context();\n  }\n  getInstance() {\n    return Singleton.instance;\n  }\n}\nmodule.exports = new Singleton().getInstance();\n`,
      filename: 'src/utils/httpContext.js',
      output: null,
      errors: [holder(11)],
    },
    // … and one whose methods also set what a caller hands them keeps that caller's state, whatever else it keeps
    {
      code: `const { getEncoding } = require('js-tiktoken');\nclass Tokenizer {\n  constructor() {\n    if (Tokenizer.instance) return Tokenizer.instance;\n    this.encoder = getEncoding('cl100k_base');\n    this.lastUser = null;\n    Tokenizer.instance = this;\n  }\n  count(user, text) {\n    this.lastUser = user;\n    return this.encoder.encode(text).length;\n  }\n}\nmodule.exports = Tokenizer;\n`,
      filename: 'src/utils/tokenizer.js',
      output: null,
      errors: [holder(7)],
    },
    // … or behind a static accessor
    {
      code: `export class EventBus {\n  constructor() {\n    this.handlers = {};\n  }\n  static get shared() {\n    return (EventBus._instance ??= new EventBus());\n  }\n}\n`,
      filename: 'src/events/bus.js',
      output: null,
      errors: [holder(6)],
    },
    {
      code: `export class WebSocketManagerFactory {\n  private static instance: WebSocketManagerFactory | undefined;\n  static getInstance() {\n    if (!this.instance) this.instance = new WebSocketManagerFactory();\n    return this.instance;\n  }\n}\n`,
      output: null,
      errors: [{ ...holder(2, 3), data: { name: 'WebSocketManagerFactory.instance', shape: 'a class static instance holder', creator: GENERIC } }],
    },
    {
      code: `class Hub {\n  static #instance;\n  static get shared() { return (Hub.#instance ??= new Hub()); }\n}\n`,
      output: null,
      errors: [holder(2)],
    },
    {
      // the constructor keeps the first instance and returns it to every later `new`
      code: `export class MCPLayer {\n  static _instance;\n  constructor() {\n    if (MCPLayer._instance) return MCPLayer._instance;\n    MCPLayer._instance = this;\n  }\n}\n`,
      output: null,
      errors: [{ ...holder(2, 3), data: { name: 'MCPLayer._instance', shape: 'a class static instance holder', creator: GENERIC } }],
    },
    { code: `export const executionEngineFactory = new ExecutionEngineFactory();\n`, output: null, errors: [{ ...holder(1, 14), data: { name: 'executionEngineFactory', shape: 'a module-level instance', creator: GENERIC } }] },
    { code: `export default new EventNotifier();\n`, output: null, errors: [holder(1, 1)] },
    { filename: 'file.cjs', code: `module.exports = new SessionManager();\n`, output: null, errors: [holder(1)] },
    { code: `const registry = new agents.AgentRegistry();\n`, output: null, errors: [holder(1)] },
    {
      code: `export function getCache() {\n  return ((globalThis as any).__agentCache ??= new AgentCache());\n}\n`,
      output: null,
      errors: [{ ...holder(2), data: { name: 'globalThis.__agentCache', shape: 'a globalThis cache', creator: GENERIC } }],
    },
    { code: `global.pool = global.pool || new Pool();\n`, output: null, errors: [holder(1)] },
    {
      code: `export const getFactory = (() => {\n  let factory;\n  return () => (factory ??= new AgentInstanceFactory());\n})();\n`,
      output: null,
      errors: [{ ...holder(2), data: { name: 'factory', shape: 'a variable closed over by a module-level IIFE', creator: 'createAgentInstanceFactory(userContext)' } }],
    },
    {
      // An IIFE seen through a type assertion, and one spelled `!function () { … }()`.
      code: `export const getPool = (function () {\n  let pool: Pool | undefined;\n  return () => (pool ??= createPool());\n} as () => () => Pool)();\n`,
      output: null,
      errors: [{ ...holder(2), data: { name: 'pool', shape: 'a variable closed over by a module-level IIFE', creator: GENERIC } }],
    },
    {
      code: `!function () {\n  let cache;\n  exports.getCache = () => cache || (cache = makeCache());\n}();\n`,
      output: null,
      errors: [{ ...holder(2), data: { name: 'cache', shape: 'a variable closed over by a module-level IIFE', creator: GENERIC } }],
    },
    { code: `export const getFactory = once(() => new AgentInstanceFactory());\n`, output: null, errors: [{ ...holder(1), data: { name: 'getFactory', shape: 'a once()/memoize() wrapper', creator: 'createAgentInstanceFactory(userContext)' } }] },
    { code: `const getClient = _.memoize(async () => { return await connect(); });\n`, output: null, errors: [holder(1)] },
    { filename: 'view.tsx', code: `let store;\nexport function App() { store ??= createStore(); return <div>{String(store)}</div>; }\n`, output: null, errors: [holder(1)] },
    // an interface of methods is an object's, whatever the holder keeps
    { code: `interface Api {\n  get: (url: string) => Promise<Response>;\n}\nlet api: Api | undefined;\nexport const getApi = () => (api ??= createApi());\n`, output: null, errors: [holder(4)] },
    { code: `export const getPool = lazy(() => pools.find((pool) => pool.primary) ?? new Pool(config));\n`, output: null, errors: [holder(1)] },
    // a local alias of an instance's type is no data
    { code: `type Client = ReturnType<typeof createClient>;\nlet client: Client | undefined;\nexport const getClient = () => (client ??= createClient());\n`, output: null, errors: [holder(2)] },
    // called from an effect and also from what a server runs (a loader, an export): a server fills it
    { filename: 'route.tsx', code: `let client;\nfunction getClient() { return (client ??= createClient()); }\nexport function useFeed() { useEffect(() => { getClient().subscribe(); }, []); }\nexport async function loader() { return getClient().query('feed'); }\n`, output: null, errors: [holder(1)] },
    { filename: 'client.ts', code: `let client;\nexport function getClient() { return (client ??= createClient()); }\nexport function useFeed() { useEffect(() => { getClient().subscribe(); }, []); }\n`, output: null, errors: [holder(1)] },
    { filename: 'handlers.tsx', code: `let client;\nconst getClient = () => (client ??= createClient());\nconst handlers = { onSave: getClient };\nexport function Form() { return <form onSubmit={() => getClient().save()} />; }\n`, output: null, errors: [holder(1)] },
    { code: `let instance;\r\nexport function get() {\r\n  return instance ?? (instance = new AgentInstanceFactory());\r\n}\r\n`, output: null, errors: [holder(1)] },
    // compared with null or by typeof: says nothing about what it holds
    { code: `let client;\nexport function get() { if (client === null || typeof client === 'undefined') client = connect(); return client; }\n`, output: null, errors: [holder(1)] },
    // a union with an object type may hold an instance
    { code: `let client: Client | string | undefined;\nexport function get() { return (client ??= connect()); }\n`, output: null, errors: [holder(1)] },
    // filled in a test hook and lazily elsewhere: the lazy fill makes it a holder
    { code: `let repo;\nbeforeEach(() => { repo = makeRepo(); });\nexport function get() { return (repo ??= makeRepo()); }\n`, output: null, errors: [holder(1)] },
    { code: `export class Registry {}\nexport const threadRunRegistry: ThreadRunRegistry = new ThreadRunRegistry();\n`, output: null, errors: [holder(2)] },
    // one request's data where every request reads it (cleo-agent's chat route, for its tools)
    { code: `export async function POST(req: Request) {\n  const { userId, locale } = await req.json();\n  (globalThis as any).__currentUserId = userId;\n  (globalThis as any).__currentLocale = locale || 'en';\n  return new Response('ok');\n}\n`, output: null, errors: [requestState(3, 'globalThis.__currentUserId', 'POST()', 'req'), requestState(4, 'globalThis.__currentLocale', 'POST()', 'req')] },
    { code: `let currentUser;\nexport function handler(req, res) {\n  currentUser = req.user;\n  res.send('ok');\n}\nexport const getUser = () => currentUser;\n`, output: null, errors: [requestState(3, 'currentUser', 'handler()', 'req')] },
    // a shared instance a handler hands its request's data to, through a setter or a field: reported where it happens
    { code: `import Fastify from 'fastify';\nimport { OrderManager } from './services/OrderManager';\nconst fastify = Fastify({ logger: true });\nconst orderManager = new OrderManager();\nfastify.get('/orders', async (request, reply) => {\n  orderManager.setUser(request.user.id, request.user.tier);\n  return orderManager.getOrders();\n});\n`, output: null, errors: [requestState(6, 'orderManager', "the GET '/orders' handler", 'request', 'it through setUser()')] },
    { code: `import express from 'express';\nconst app = express();\nlet sessions: SessionManager | undefined;\nconst getSessions = () => (sessions ??= new SessionManager());\napp.post('/login', async (req, res) => {\n  const { user } = await verify(req.body);\n  getSessions();\n  sessions!.currentUser = user;\n  res.json({ ok: true });\n});\n`, output: null, errors: [requestState(8, 'sessions', "the POST '/login' handler", 'req', 'its currentUser')] },
    // … not a keyed store's set(key, value), nor a setter given nothing the request carried
    { code: `let sessionStorage: SessionStorage;\nexport function init() { sessionStorage = createSessionStorage(); }\nexport async function handleProviderCallback(req: Request, res: Response) {\n  const user = await profileOf(req.query.code);\n  await sessionStorage.setUser(\`\${user.provider}:\${user.id}\`.toString(), user);\n}\n`, output: null, errors: [holder(1)] },
    { code: `const cacheManager = new CacheManager();\napp.get('/x', (req, res) => {\n  cacheManager.set(req.params.id, Date.now());\n  cacheManager.setMode('fast');\n  cacheManager.setItem(req.params.id, req.body);\n  cacheManager.setFlag(\`state_\${req.query.state}\`, req.query.code);\n  res.end();\n});\n`, output: null, errors: [holder(1)] },
    { code: `import { NextRequest } from 'next/server';\nlet locale: string | null = null;\nexport const GET = async (request: NextRequest) => {\n  locale ??= request.headers.get('accept-language');\n  return Response.json({ locale });\n};\n`, output: null, errors: [requestState(4, 'locale', 'GET()', 'request')] },
    // … through the handler's own variables, in a callback a router registers for a path
    { code: `import { Hono } from 'hono';\nconst app = new Hono();\nlet lastRunner = 'none';\napp.post('/runs', async (c) => {\n  let id = 'anonymous';\n  const auth = await verify(c.req.header('authorization'));\n  if (auth) id = auth.userId;\n  lastRunner = id;\n  return c.json({ by: lastRunner });\n});\n`, output: null, errors: [requestState(8, 'lastRunner', "the POST '/runs' handler", 'c')] },
    // … what a promise made from the request settles to; in the handler Deno's serve runs (a Supabase edge function)
    { code: `const firebase = require('firebase');\nmodule.exports = function (req, res) {\n  firebase.auth().createUserWithEmailAndPassword(req.body.email, req.body.password).then(function (userObject) {\n    global.currentUser = userObject.email;\n    res.redirect('/');\n  });\n};\n`, output: null, errors: [requestState(4, 'global.currentUser', 'the handler the module exports', 'req')] },
    { code: `import { serve } from 'https://deno.land/std/http/server.ts';\nserve(async (req) => {\n  const { user } = await authenticate(req.headers.get('authorization'));\n  (globalThis as any).__currentUser = user;\n  return new Response('ok');\n});\n`, output: null, errors: [requestState(4, 'globalThis.__currentUser', 'a request handler', 'req')] },
    // … in a Cloudflare Worker's fetch handler (its isolate serves many requests), and Bun's
    { code: `let lastUser: string | null = null;\nexport default {\n  async fetch(request, env) {\n    lastUser = request.headers.get('x-user');\n    return new Response(lastUser);\n  },\n} satisfies ExportedHandler<Env>;\n`, output: null, errors: [requestState(4, 'lastUser', 'fetch()', 'request')] },
    { code: `let lastPath = '';\nBun.serve({\n  fetch(req) {\n    lastPath = new URL(req.url).pathname;\n    return new Response(lastPath);\n  },\n});\n`, output: null, errors: [requestState(4, 'lastPath', 'fetch()', 'req')] },
    // … in a server action, a Remix loader, a tRPC procedure's resolver
    { code: `'use server';\nlet lastTitle = '';\nexport async function createPost(formData: FormData) {\n  lastTitle = String(formData.get('title'));\n  await save(lastTitle);\n}\nexport const latest = async () => lastTitle;\n`, output: null, errors: [requestState(4, 'lastTitle', 'createPost()', 'formData')] },
    { code: `let lastUrl: string | undefined;\nexport async function loader({ request }: LoaderFunctionArgs) {\n  lastUrl = request.url;\n  return json({ lastUrl });\n}\n`, output: null, errors: [requestState(3, 'lastUrl', 'loader()', 'request')] },
    { code: `let lastInput: unknown;\nexport const appRouter = t.router({\n  save: t.procedure.input(schema).mutation(async ({ input }) => {\n    lastInput = input;\n    return lastInput;\n  }),\n});\n`, output: null, errors: [requestState(4, 'lastInput', 'a request handler', 'input')] },
    // … not an admin client's maker that keeps what its first caller's key made, nor a transport on a tenant's SMTP user
    { code: `import { createClient } from '@supabase/supabase-js';\nlet adminClient = null;\nexport function createAdminClient(key) {\n  if (adminClient) return adminClient;\n  adminClient = createClient(process.env.SUPABASE_URL, key);\n  return adminClient;\n}\n`, output: null, errors: [holder(2)] },
    { code: `import nodemailer from 'nodemailer';\nimport { currentTenant } from './tenancy';\nlet transporter = null;\nexport function getEmailTransporter() {\n  if (transporter) return transporter;\n  const tenant = currentTenant();\n  transporter = nodemailer.createTransport({ auth: { user: tenant.smtpUser, pass: tenant.smtpPass } });\n  return transporter;\n}\n`, output: null, errors: [holder(3)] },
    // a command's first line does not make a server's entry one (Express' bin/www)
    { code: `#!/usr/bin/env node\nimport { createRpcAiServer } from 'simple-rpc-ai-backend';\nasync function main() {\n  const server = createRpcAiServer({ port: 8000 });\n  await server.start();\n  global.sessionRegistry = new SessionRegistry();\n}\nmain();\n`, output: null, errors: [holder(6)] },
    { code: `#!/usr/bin/env node\nimport http from 'http';\nimport app from '../app.js';\nlet registry: SessionRegistry | null = null;\nfunction start() {\n  registry ??= new SessionRegistry();\n  http.createServer(app).listen(3000);\n}\nstart();\n`, output: null, errors: [holder(4)] },
    // … an instance made from it is the request's too, reported once, as that
    { code: `import OpenAI from 'openai';\nlet client: OpenAI | undefined;\nexport default function handler(req, res) {\n  client = new OpenAI({ apiKey: req.headers['x-api-key'] });\n  res.end();\n}\nexport const chat = () => client!.chat;\n`, output: null, errors: [requestState(4, 'client', 'handler()', 'req')] },
  ],
});
