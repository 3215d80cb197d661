import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, resolveConfig } from '../../src/config/index.js';
import { creatorNameFor, discoverFactories } from '../../src/init/discover-factories.js';
import { cli, ROOT, scratchCopy, scratchProject } from '../check/helpers.js';

const LEGACY_APP = join(ROOT, 'fixtures/legacy-app');

const project = (files: Record<string, string>) => scratchProject(files, 'init');
/** What init finds in a scratch project's src/, as if no getter were configured yet. */
const discover = async (dir: string) => (await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,mjs}'] }, dir), dir, { known: new Set() })).factories;

describe('ssot-kit init: the legacy getters a repo already has', () => {
  it('finds the demo app\'s four, with what depends on each — the getter the demo migrates among them, with its 19 sites', async () => {
    const dir = scratchCopy(LEGACY_APP, 'init-legacy');
    const { factories: found, holdersWithoutGetter } = await discoverFactories(loadConfig({ cwd: dir }), dir, { known: new Set() });
    expect(found.map(({ factory, file, line, sites, files }) => ({ ...factory, at: `${file}:${line}`, sites, files }))).toEqual([
      { getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory', at: 'src/agents/factory.ts:46', sites: 19, files: 8 },
      { getter: 'WebSocketManagerFactory.getInstance', creator: 'createWebSocketManagerFactory', class: 'WebSocketManagerFactory', at: 'src/realtime/ws-manager.ts:8', sites: 4, files: 3 },
      // The app's fourth holder, an exported `new ExecutionEngineFactory()`: its reads are its sites.
      { getter: 'executionEngineFactory', creator: 'createExecutionEngineFactory', class: 'ExecutionEngineFactory', accessor: true, at: 'src/state/engine.ts:12', sites: 1, files: 1 },
      { getter: 'getThreadRunRegistry', creator: 'createThreadRunRegistry', class: 'ThreadRunRegistry', at: 'src/state/thread-registry.ts:12', sites: 1, files: 1 },
    ]);
    expect(holdersWithoutGetter).toBe(0);
  });

  it('suggests only what hands a holder out and takes nothing; a generic name comes with a warning', async () => {
    const dir = project({
      // set up by start(), handed out by an accessor: the accessor is the getter
      'src/server.ts': 'export class Engine {}\nlet engine: Engine | undefined;\nexport async function start() {\n  engine = new Engine();\n}\nexport function getEngine() {\n  return engine;\n}\n',
      // an initialiser that takes what it needs: no getter
      'src/registry.ts': 'export class Registry { constructor(readonly url: string) {} }\nlet registry: Registry | null = null;\nexport function initRegistry(url: string) {\n  registry ??= new Registry(url);\n  return registry;\n}\n',
      // fills on first use but returns nothing: no getter
      'src/warm.ts': 'class Cache {}\nlet cache: Cache | undefined;\nexport function warmUp() {\n  cache ??= new Cache();\n}\n',
      'src/pool.ts': 'export class Pool {}\nlet pool: Pool | undefined;\nexport function getInstance() {\n  if (pool === undefined) pool = new Pool();\n  return pool;\n}\n',
      'src/store.ts': 'export class RedisStore {}\nlet store: RedisStore | null = null;\nexport const initializeRedisStore = (): RedisStore => {\n  if (!store) store = new RedisStore();\n  return store;\n};\n',
      // a constructor keeps the first instance; a static method hands it out
      'src/router.ts': 'export class Router {\n  static instance?: Router;\n  constructor() {\n    if (Router.instance) return Router.instance;\n    Router.instance = this;\n  }\n  static route(path: string) {\n    return path;\n  }\n  static getInstance() {\n    if (!Router.instance) new Router();\n    return Router.instance;\n  }\n}\n',
      // the same getter name in two modules, filled with a global class
      'src/a/channel.ts': 'let channel: BroadcastChannel | undefined;\nexport function getOrCreateChannel() {\n  return (channel ??= new BroadcastChannel(\'a\'));\n}\n',
      'src/b/channel.ts': 'let channel: BroadcastChannel | undefined;\nexport function getOrCreateChannel() {\n  channel ??= new BroadcastChannel(\'b\');\n  return channel;\n}\n',
      // use the holder but hand out something else (continue's deactivate() and TTS.kill()): no getter
      'src/client.ts': 'export class Client { stop() { return Promise.resolve(); } }\nlet client: Client | undefined;\nexport function startClient() {\n  client ??= new Client();\n}\nexport function deactivate() {\n  if (!client) return undefined;\n  return client.stop();\n}\n',
      'src/tts.ts': 'export class TTS {\n  static handle?: { kill(): void };\n  static start() {\n    TTS.handle ??= { kill() {} };\n  }\n  static kill() {\n    return new Promise<void>((resolve) => {\n      TTS.handle?.kill();\n      resolve();\n      return TTS.handle;\n    });\n  }\n}\n',
      // hands out through an assertion, an await and a fill in one expression
      'src/db.ts': 'export class Db {}\nlet db: Promise<Db> | undefined;\nexport async function getDb() {\n  return (await (db ||= Promise.resolve(new Db())))!;\n}\n',
      // a package's class: every `new Sandbox()` would count
      'src/tracing.ts': "import { Sandbox } from '@e2b/code-interpreter';\nlet client: Sandbox | undefined;\nexport function getTracingClient() {\n  return (client ??= new Sandbox());\n}\n",
      'src/eval.ts': "import { Sandbox } from '@e2b/code-interpreter';\nexport const evalClient = () => new Sandbox({ template: 'eval' });\n",
      // sets the holder on every call and returns it: a new one each time, no getter
      'src/session.ts': 'export class Session {}\nlet current: Session | undefined;\nexport function startSession() {\n  current = new Session();\n  return current;\n}\n',
      // a cached plain value is no instance holder at all
      'src/version.ts': 'let latest: Promise<string | null> | null = null;\nexport function getLatestVersion(signal?: AbortSignal) {\n  if (latest) return latest;\n  latest = fetch(\'https://example.com\', { signal }).then((r) => r.text());\n  return latest;\n}\n',
      // a generic getter of what a holder is declared to be, filled with a proxy of one (apitable's databus)
      'src/bridge.ts': "export class DataBusBridge {}\nlet databus: DataBusBridge | undefined;\nexport function initialize() {\n  databus = new Proxy(new DataBusBridge(), {});\n}\nexport const getDefault = () => databus;\n",
      'src/use.ts': "import { getEngine } from './server';\nimport { getInstance } from './pool';\nimport { Router } from './router';\nimport { getDefault } from './bridge';\nexport const a = () => [getEngine(), getInstance(), Router.getInstance(), Router.getInstance(), getDefault()];\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, f.sites, f.note ?? ''])).toEqual([
      ['Router.getInstance', 'Router', 'createRouter', 2, ''],
      ['getDefault', 'DataBusBridge', 'createDataBusBridge', 1, 'a name other modules use too: rename the getter, or every getDefault() counts as this one'],
      ['getEngine', 'Engine', 'createEngine', 1, ''],
      ['getInstance', 'Pool', 'createPool', 1, 'a name other modules use too: rename the getter, or every getInstance() counts as this one'],
      ['getTracingClient', 'Sandbox', 'createTracingClient', 1, 'Sandbox is the @e2b/code-interpreter package\'s class, which the repo also constructs for other ends: every new Sandbox() would count as this factory\'s; give the entry a class of its own'],
      ['getDb', 'Db', 'createDb', 0, ''],
      ['getOrCreateChannel', 'BroadcastChannel', 'createChannel', 0, 'declared in 2 modules (src/a/channel.ts, src/b/channel.ts): matched by name, they count as one; rename all but one; and BroadcastChannel is a global class: every new BroadcastChannel() would count as this factory\'s; give the entry a class of its own'],
      ['initializeRedisStore', 'RedisStore', 'createRedisStore', 0, ''],
    ]);
  });

  it('names a class from a getter spelt in capitals and underscores as a class is spelt', async () => {
    // crowd.dev's QUEUE_CLIENT(): the class was QUEUE_CLIENT, the getter's own name, and the written config did not load
    const dir = project({
      'src/queue.ts': "let queueClient: IQueue;\nexport const QUEUE_CLIENT = (): IQueue => {\n  if (queueClient) return queueClient;\n  queueClient = QueueFactory.createQueueService(config);\n  return queueClient;\n};\n",
      'src/use.ts': "import { QUEUE_CLIENT } from './queue';\nexport const send = () => QUEUE_CLIENT().send('x');\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, f.sites])).toEqual([['QUEUE_CLIENT', 'QueueClient', 'createQueueClient', 1]]);
  });

  it('offers no getter only the class itself can call: a #private or TypeScript-private static one (lemmy-ui\'s services)', async () => {
    const dir = project({
      'src/http.ts': "export class HttpService {\n  static #instance: HttpService;\n  client = {};\n  static get #Instance() {\n    return this.#instance ?? (this.#instance = new this());\n  }\n  public static get client() {\n    return this.#Instance.client;\n  }\n}\n",
      'src/i18n.ts': "export class I18n {\n  private static instance?: I18n;\n  private static getInstance() {\n    return (I18n.instance ??= new I18n());\n  }\n  static t(key: string) {\n    return I18n.getInstance() && key;\n  }\n}\n",
      'src/use.ts': "import { HttpService } from './http';\nimport { I18n } from './i18n';\nexport const a = () => [HttpService.client, I18n.t('x')];\n",
    });
    expect(await discover(dir)).toEqual([]);
  });

  it('names the class as its module exports it, not as an alias; a class bound inside the getter is no global one', async () => {
    const dir = project({
      // chat-ui's haptics: the class loaded on first use under another name
      'src/haptics.ts': "import type { WebHaptics } from 'web-haptics';\nlet instance: WebHaptics | null = null;\nexport async function getHaptics() {\n  if (instance) return instance;\n  const { WebHaptics: WH } = await import('web-haptics');\n  instance = new WH();\n  return instance;\n}\n",
      // a package's class the getter's module alone constructs is the entry's; one constructed elsewhere too serves other purposes
      'src/queue.ts': "import { Interpreter as Runner } from 'xstate';\nlet runner: Runner | undefined;\nexport function getJobRunner() {\n  return (runner ??= new Runner(jobsMachine));\n}\n",
      'src/mail.ts': "import { Interpreter } from 'xstate';\nexport const mailRunner = () => new Interpreter(mailMachine);\n",
      'src/graph.ts': "import { Graph } from 'graphology';\nlet graph: Graph | undefined;\nexport function getGraph() {\n  return (graph ??= new Graph({ multi: true }));\n}\nexport function planOnce(steps) {\n  return new Graph().import(steps);\n}\n",
      // a promise made by hand holds what it resolves to, not "a Promise"
      'src/db.ts': "let dbPromise: Promise<Connection> | undefined;\nexport const openDb = (): Promise<Connection> => {\n  if (dbPromise) return dbPromise;\n  dbPromise = new Promise((resolve) => resolve(connect('x')));\n  return dbPromise;\n};\n",
      // the project's own class through a path alias: the creator is written beside the getter
      'src/pool.ts': "import { Pool } from '@/db/pool';\nlet pool: Pool | undefined;\nexport function getPool() {\n  return (pool ??= new Pool());\n}\n",
      // filled with one class or another by configuration (documenso's storage): neither is the factory's
      'src/storage.ts': "import { S3Provider } from './s3';\nimport { AzureProvider } from './azure';\nimport type { StorageProvider } from './provider';\nlet cached: StorageProvider | null = null;\nexport const getStorageProvider = (): StorageProvider => {\n  if (cached) return cached;\n  if (process.env.STORAGE === 's3') {\n    cached = new S3Provider();\n    return cached;\n  }\n  cached = new AzureProvider();\n  return cached;\n};\n",
      // another module of the project's class, required under an alias: the creator is written beside the getter
      'src/store.ts': "let store;\nfunction getStore() {\n  const { SessionStore: Store } = require('./session-store');\n  return (store ??= new Store());\n}\nmodule.exports = { getStore };\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, f.factory.module ?? '', f.note ?? ''])).toEqual([
      ['getGraph', 'Graph', 'createGraph', '', "Graph is the graphology package's class, which the repo also constructs for other ends: every new Graph() would count as this factory's; give the entry a class of its own"],
      ['getJobRunner', 'Interpreter', 'createJobRunner', '', "Interpreter is the xstate package's class, which the repo also constructs for other ends: every new Interpreter() would count as this factory's; give the entry a class of its own"],
      ['getHaptics', 'WebHaptics', 'createHaptics', '', ''],
      ['getPool', 'Pool', 'createPool', './src/pool', ''],
      ['getStorageProvider', 'StorageProvider', 'createStorageProvider', '', ''],
      ['getStore', 'SessionStore', 'createStore', './src/store', ''],
      ['openDb', 'Db', 'createDb', '', ''],
    ]);
  });

  it('notes a class of the repo\'s own that is constructed with arguments of its own more often than its getter is called', async () => {
    const dir = project({
      // the OpenAI Agents SDK: one default runner, and a runner configured for each end
      'src/run.ts': 'export class Runner {\n  constructor(readonly options: { model?: string } = {}) {}\n}\nlet defaultRunner: Runner | undefined;\nexport const getDefaultRunner = () => (defaultRunner ??= new Runner());\nexport const run = () => getDefaultRunner();\n',
      'src/fast.ts': "import { Runner } from './run';\nexport const fast = new Runner({ model: 'mini' });\nexport const slow = () => new Runner({ model: 'large' });\n",
      // a factory mostly reached through its getter, constructed with arguments once: the entry stands
      'src/agents.ts': 'export class AgentInstanceFactory {\n  constructor(readonly limit = 1) {}\n}\nlet factory: AgentInstanceFactory | undefined;\nexport function getAgentInstanceFactory() {\n  return (factory ??= new AgentInstanceFactory());\n}\n',
      'src/handlers.ts': "import { AgentInstanceFactory, getAgentInstanceFactory } from './agents';\nexport const a = () => getAgentInstanceFactory();\nexport const b = () => getAgentInstanceFactory();\nexport const batch = () => new AgentInstanceFactory(8);\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([
      ['getAgentInstanceFactory', 3, ''],
      ['getDefaultRunner', 3, "Runner is constructed with arguments of its own in 2 place(s), more than getDefaultRunner() is called (1): a class for other ends too, whose every new Runner() would count as this factory's (and stay manual); give the entry a class of its own"],
    ]);
  });

  it('notes a getter mostly called with arguments: a lookup by key, whose every such call stays manual', async () => {
    const dir = project({
      // trigger.dev's dashboard agent: one prompt cached per mode, asked for by mode
      'src/prompt.ts': "export class SystemPrompt {}\nlet cached: SystemPrompt | undefined;\nexport async function getSystemPrompt(mode = 'assistant') {\n  cached ??= new SystemPrompt();\n  return cached;\n}\n",
      'src/agent.ts': "import { getSystemPrompt } from './prompt';\nexport const a = () => getSystemPrompt('code');\nexport const b = (mode: string) => getSystemPrompt(mode);\nexport const c = () => getSystemPrompt();\n",
      // options on first use in one call of three: a manual site, no note
      'src/client.ts': 'export class ApiClient {}\nlet client: ApiClient | undefined;\nexport function getApiClient(_options?: { retries: number }) {\n  return (client ??= new ApiClient());\n}\n',
      'src/jobs.ts': "import { getApiClient } from './client';\nexport const boot = () => getApiClient({ retries: 3 });\nexport const run = () => getApiClient();\nexport const stop = () => getApiClient();\n",
      // JavaScript, where no parameter is required: Claw Control Center's stores, given their file on
      // the first call and asked for bare after it — a getter all the same (an init(server) is not)
      'src/bridge/agents-store.mjs': 'export class AgentsStore {\n  constructor(file) {\n    this.file = file;\n  }\n}\nlet store = null;\nexport function getAgentsStore(filePath) {\n  if (!store) store = new AgentsStore(filePath);\n  return store;\n}\n',
      'src/bridge/server.mjs': "import { getAgentsStore } from './agents-store.mjs';\nconst agents = getAgentsStore('agents.json');\nexport const list = () => getAgentsStore();\nexport const names = () => getAgentsStore();\nexport default agents;\n",
      'src/bridge/relay.mjs': 'export class Relay {}\nlet relay = null;\nexport function initRelay(server) {\n  relay ??= new Relay(server);\n  return relay;\n}\n',
      'src/bridge/boot.mjs': "import { initRelay } from './relay.mjs';\nexport const boot = (server) => initRelay(server);\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([
      ['getAgentsStore', 3, ''],
      ['getApiClient', 3, ''],
      ['getSystemPrompt', 3, "getSystemPrompt is called with arguments in 2 of 3 place(s), which all stay manual: a lookup by key, or a first call's configuration, more than one factory — give the creator a parameter for it, or leave the entry out"],
    ]);
  });

  it('notes a creator name other functions already answer to, called without a user context; not the team\'s own creator', async () => {
    const dir = project({
      // assistant-ui: a docs store behind getStore(), and a store library's createStore(initial) in other modules
      'src/budget.ts': 'export class Store {}\nlet store: Store | undefined;\nexport function getStore() {\n  return (store ??= new Store());\n}\nexport const spend = () => getStore();\n',
      'src/tap.ts': "import { createStore } from './tap-store';\nexport const counter = createStore(1);\nexport const named = createStore('client');\n",
      'src/tap-store.ts': 'export function createStore<T>(initial: T) {\n  return { get: () => initial };\n}\n',
      // a creator the team has started on, beside its getter: a call without a context is theirs to fix, not a name clash
      'src/agents.ts': "import type { UserExecutionContext } from 'ssot-kit/runtime';\nexport class AgentInstanceFactory {}\nlet factory: AgentInstanceFactory | undefined;\nexport function getAgentInstanceFactory() {\n  return (factory ??= new AgentInstanceFactory());\n}\nexport function createAgentInstanceFactory(_userContext: UserExecutionContext) {\n  return new AgentInstanceFactory();\n}\n",
      'src/handler.ts': "import { createAgentInstanceFactory, getAgentInstanceFactory } from './agents';\nexport const a = () => getAgentInstanceFactory();\n// @ts-expect-error a call that forgot its context\nexport const b = () => createAgentInstanceFactory();\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.note ?? ''])).toEqual([
      ['getAgentInstanceFactory', ''],
      ['getStore', "createStore is called 2 time(s) already without a user context — another function of that name, whose every call the gate would flag as this creator's: give the creator another name (createStoreForUser)"],
    ]);
  });

  it('notes a getter named for an operation that hands out no class of the code\'s own: it runs once, it makes no instance per user', async () => {
    const dir = project({
      // formbricks: the jobs worker started once and kept; botpress: a wasm module compiled once,
      // which is code, no holder at all (not offered)
      'src/jobs.ts': "declare function startJobsRuntime(): Promise<{ close(): Promise<void> }>;\nlet runtime: { close(): Promise<void> } | undefined;\nexport async function registerJobsWorker() {\n  runtime ??= await startJobsRuntime();\n  return runtime;\n}\nexport const stop = async () => (await registerJobsWorker()).close();\n",
      'src/quickjs.ts': "declare function newQuickJSWASMModule(): Promise<object>;\nlet modulePromise: Promise<object> | undefined;\nexport const loadQuickJSModule = () => (modulePromise ??= newQuickJSWASMModule());\nexport const run = () => loadQuickJSModule();\n",
      // a verb of its own, but the class it makes is the code's: offered
      'src/store.ts': 'export class SessionStore {}\nlet store: SessionStore | undefined;\nexport const loadSessionStore = () => (store ??= new SessionStore());\nexport const read = () => loadSessionStore();\n',
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.note ?? ''])).toEqual([
      ['loadSessionStore', 'SessionStore', ''],
      ['registerJobsWorker', 'JobsWorker', 'registerJobsWorker names an operation that keeps its first result (it runs once per process), not the factory of a class: leave it out, or configure the class it hands out by hand'],
    ]);
  });

  it('names no class after a function it only calls, PascalCase or not (inkeep\'s v1.NewClient(token), Go style)', async () => {
    const dir = project({
      'src/authz.ts': "import { v1 } from '@authzed/authzed-node';\nlet client: ReturnType<typeof v1.NewClient> | null = null;\nexport function getSpiceClient() {\n  if (!client) client = v1.NewClient('token');\n  return client;\n}\n",
      'src/use.ts': "import { getSpiceClient } from './authz';\nexport const check = () => getSpiceClient().checkPermission({});\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, f.note ?? ''])).toEqual([['getSpiceClient', 'SpiceClient', 'createSpiceClient', '']]);
  });

  it('notes a getter already named as a creator: the creator the migration writes needs its name', async () => {
    const dir = project({
      // a client memoised under a creator's name
      'src/store.ts': "declare function connect(options: object): object;\nlet _store: object | null = null;\nexport function createStoreClient() {\n  if (_store) return _store;\n  _store = connect({});\n  return _store;\n}\n",
      // langwatch's validated environment, memoised so: values, no getter to offer
      'src/env.ts': "declare function createEnv(options: object): object;\nlet _env: object | null = null;\nexport function createEnvConfig() {\n  if (_env) return _env;\n  _env = createEnv({});\n  return _env;\n}\n",
      'src/foo.ts': 'export class Foo {}\nlet foo: Foo | undefined;\nexport const createFoo = () => (foo ??= new Foo());\n',
      'src/use.ts': "import { createEnvConfig } from './env';\nimport { createStoreClient } from './store';\nimport { createFoo } from './foo';\nexport const handler = () => [createEnvConfig(), createStoreClient(), createFoo(), createFoo()];\n",
    });
    const found = await discover(dir);
    const note = (getter: string, renamed: string) => `${getter} is named as a creator but hands out one instance for the process: rename it (${renamed}) first — the creator the migration writes takes its name`;
    expect(found.map((f) => [f.factory.getter, f.factory.creator, f.factory.class, f.sites, f.note ?? ''])).toEqual([
      ['createFoo', 'createFoo', 'Foo', 2, note('createFoo', 'getFoo')],
      ['createStoreClient', 'createStoreClient', 'StoreClient', 1, note('createStoreClient', 'getStoreClient')],
    ]);
  });

  it('notes getters that share a class, found or configured: the config takes a class in one entry only', async () => {
    const dir = project({
      // Portkey's caches: one class, an instance per namespace
      'src/cache.ts': 'export class CacheService {}\nlet tokenCache: CacheService | null = null;\nlet sessionCache: CacheService | null = null;\nexport const getTokenCache = () => (tokenCache ??= new CacheService());\nexport const getSessionCache = () => (sessionCache ??= new CacheService());\n',
      'src/queue.ts': 'export class Queue {}\nlet queue: Queue | undefined;\nexport const getMailQueue = () => (queue ??= new Queue());\n',
    });
    const config = resolveConfig({ include: ['src/**/*.ts'], factories: [{ getter: 'getJobQueue', creator: 'createJobQueue', class: 'Queue' }] }, dir);
    const { factories: found } = await discoverFactories(config, dir, { known: new Set(['getJobQueue']) });
    const shared = (cls: string, others: string) => `${cls} is also the class of ${others}: a class stands in one entry only (a construction could not tell which creator replaces it); give each getter a class of its own, or configure one`;
    expect(found.map((f) => [f.factory.getter, f.note ?? ''])).toEqual([
      ['getMailQueue', shared('Queue', 'getJobQueue')],
      ['getSessionCache', shared('CacheService', 'getTokenCache')],
      ['getTokenCache', shared('CacheService', 'getSessionCache')],
    ]);
  });

  it('offers the exported function other modules call over the private one behind it; says when the creator\'s name is taken or shared', async () => {
    const dir = project({
      // growthbook's feature-flag client: a private filler, a public wrapper, a maker already named like the creator
      'src/flags.ts': "import { GrowthBookClient } from '@growthbook/growthbook';\nlet gbClient: GrowthBookClient | null = null;\nfunction createGrowthBookClient(): GrowthBookClient {\n  return new GrowthBookClient({ apiHost: 'https://cdn.growthbook.io' });\n}\nfunction ensureGrowthBookClient() {\n  if (!gbClient) gbClient = createGrowthBookClient();\n  return gbClient;\n}\nexport function getGrowthBookClient() {\n  const client = ensureGrowthBookClient();\n  void warmUp();\n  return client;\n}\nasync function warmUp() {}\n",
      // formbricks' queue: a maker under the creator's name that takes options, not a context
      'src/jobs.ts': "export class JobsQueue {}\nlet queue: JobsQueue | undefined;\nexport const createJobsQueue = ({ connection }: { connection: unknown }) => new JobsQueue();\nexport const getJobsQueue = () => (queue ??= createJobsQueue({ connection: null }));\n",
      // a private getter nothing exported hands out stays the getter; a creator taking a parameter may be the team's own
      'src/cache.ts': "class Cache {}\nlet cache: Cache | undefined;\nfunction getCache() {\n  return (cache ??= new Cache());\n}\nexport function createCache(userContext: unknown) {\n  return userContext ? new Cache() : getCache();\n}\n",
      // a function of the same name that holds nothing (openstatus' rate limiter's getRedis): its calls would count too
      'src/limits.ts': "async function getCache() {\n  return (await import('./cache-client')).cache;\n}\nexport const hit = async () => (await getCache()).get('k');\n",
      // CommonJS exports (the class is nobody's here: a global one); two getters whose creators would collide
      'src/a/store.js': "let store;\nfunction loadStore() {\n  return (store ??= new Store());\n}\nfunction getStore() {\n  return loadStore();\n}\nmodule.exports = { getStore };\n",
      'src/b/store.ts': "export class Store {}\nlet store: Store | undefined;\nexport const initStore = () => (store ??= new Store());\n",
      'src/use.ts': "import { getGrowthBookClient } from './flags';\nexport const flag = () => getGrowthBookClient()?.isOn('x');\n",
      // Dokploy's socket: filled by a package's function under the creator's name
      'src/ws.ts': "import { createWSClient } from 'ws-rpc-lite';\nlet wsClient: ReturnType<typeof createWSClient> | null = null;\nexport const getOrCreateWSClient = () => (wsClient ??= createWSClient({ url: '/ws' }));\n",
      // … imported as TypeScript's `import x = require(…)` (payever's style)
      'src/mq.ts': "import createMqClient = require('amqp-lite');\nlet mqClient: ReturnType<typeof createMqClient> | null = null;\nexport const getMqClient = () => (mqClient ??= createMqClient({ url: 'amqp://' }));\n",
      // civitai's cache client: filled by the project's own maker under the creator's name, called with nothing
      'src/redis/clients.ts': "export class CacheRedis {}\nexport function createCacheRedis(options: { url?: string } = {}) {\n  return new CacheRedis();\n}\n",
      'src/redis.ts': "import { createCacheRedis, CacheRedis } from './redis/clients';\nlet redis: CacheRedis | undefined;\nexport function getCacheRedis() {\n  return (redis ??= createCacheRedis());\n}\n",
      // … and what tsc emitted from it beside it, committed too: the same getter, not a second one
      'src/redis.js': "\"use strict\";\nObject.defineProperty(exports, \"__esModule\", { value: true });\nexports.getCacheRedis = getCacheRedis;\nvar clients_1 = require(\"./redis/clients\");\nvar redis;\nfunction getCacheRedis() {\n    return (redis !== null && redis !== void 0 ? redis : (redis = (0, clients_1.createCacheRedis)()));\n}\n",
    });
    const { factories: found } = await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,js}'] }, dir), dir, { known: new Set() });
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, `${f.file}:${f.line}`, f.note ?? ''])).toEqual([
      ['getCache', 'Cache', 'createCache', 'src/cache.ts:3', 'declared in 2 modules (src/cache.ts, src/limits.ts): matched by name, they count as one; rename all but one'],
      ['getGrowthBookClient', 'GrowthBookClient', 'createGrowthBookClient', 'src/flags.ts:10', 'src/flags.ts already has a createGrowthBookClient, a function that takes no user context: give the creator another name (createGrowthBookClientForUser)'],
      ['initStore', 'Store', 'createStore', 'src/b/store.ts:3', 'getStore would have the same creator: give each its own'],
      ['getCacheRedis', 'CacheRedis', 'createCacheRedis', 'src/redis.ts:3', 'src/redis.ts already has a createCacheRedis, the function it imports from ./redis/clients and calls with no user context: give the creator another name (createCacheRedisForUser)'],
      ['getJobsQueue', 'JobsQueue', 'createJobsQueue', 'src/jobs.ts:4', 'src/jobs.ts already has a createJobsQueue, a function that takes { connection }, no user context: give the creator another name (createJobsQueueForUser)'],
      ['getMqClient', 'MqClient', 'createMqClient', 'src/mq.ts:3', "src/mq.ts already has a createMqClient, the amqp-lite package's function it imports: give the creator another name (createMqClientForUser)"],
      ['getOrCreateWSClient', 'WSClient', 'createWSClient', 'src/ws.ts:3', "src/ws.ts already has a createWSClient, the ws-rpc-lite package's function it imports: give the creator another name (createWSClientForUser)"],
      ['getStore', 'Store', 'createStore', 'src/a/store.js:5', "Store is a global class: every new Store() would count as this factory's; give the entry a class of its own; and initStore would have the same creator: give each its own"],
    ]);
  });

  it('notes a getter of the composition root: the app or container that wires every service once', async () => {
    const dir = project({
      // LangWatch's app layer, a DI container; beside them a per-user factory of the app's own
      'src/app.ts': "export class App { agents = {}; }\nlet app: App | undefined;\nexport const getApp = () => (app ??= new App());\n",
      'src/container.ts': "class Container {}\nlet container: Container | undefined;\nexport function getContainer() { return (container ??= new Container()); }\n",
      'src/agents.ts': "export class AgentRegistry {}\nlet registry: AgentRegistry | undefined;\nexport const getAgentRegistry = () => (registry ??= new AgentRegistry());\n",
      // automatic-agent-platform's service locator and application kernel
      'src/services.ts': "export class ServiceRegistry {\n  private static instance: ServiceRegistry | null = null;\n  static getInstance(): ServiceRegistry {\n    return (ServiceRegistry.instance ??= new ServiceRegistry());\n  }\n}\n",
      'src/kernel.ts': "class PlatformApplicationKernel {}\nlet kernel: PlatformApplicationKernel | null = null;\nexport const getPlatformApplicationKernel = () => (kernel ??= new PlatformApplicationKernel());\n",
      'src/use.ts': "import { getApp } from './app';\nimport { getContainer } from './container';\nimport { getAgentRegistry } from './agents';\nimport { ServiceRegistry } from './services';\nimport { getPlatformApplicationKernel } from './kernel';\nexport const run = () => [getApp(), getContainer(), getAgentRegistry(), ServiceRegistry.getInstance(), getPlatformApplicationKernel()];\n",
    });
    const { factories: found } = await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,mjs}'] }, dir), dir, { known: new Set() });
    const note = (name: string) => `${name} names the application's composition root, which wires every service once for the process — a creator per request would rebuild all of it for each; leave it out, and configure the per-user services it hands out instead`;
    expect(found.map((f) => [f.factory.getter, f.note ?? ''])).toEqual([
      ['ServiceRegistry.getInstance', note('ServiceRegistry')],
      ['getAgentRegistry', ''],
      ['getApp', note('App')],
      ['getContainer', note('Container')],
      ['getPlatformApplicationKernel', note('PlatformApplicationKernel')],
    ]);
  });

  it('leaves out a getter of a database or cache client: one client and its pool serve every request, and no holder rule reports it', async () => {
    const dir = project({
      // kener's Redis connection, a namespace import's client, Prisma's; beside them an agent factory of the app's own
      'src/redis.ts': "import Redis from 'ioredis';\nlet redisClient: Redis | null = null;\nexport function redisConnection() {\n  if (!redisClient) redisClient = new Redis(process.env.REDIS_URL!);\n  return redisClient;\n}\n",
      'src/cache.ts': "import * as redis from 'redis';\nlet client: ReturnType<typeof redis.createClient> | undefined;\nexport const getCacheClient = () => (client ??= redis.createClient({ url: process.env.CACHE_URL }));\n",
      'src/db.ts': "import { PrismaClient } from '@prisma/client';\nlet prisma: PrismaClient | undefined;\nexport const getPrisma = () => (prisma ??= new PrismaClient());\n",
      'src/agents.ts': "export class AgentRegistry {}\nlet registry: AgentRegistry | undefined;\nexport const getAgentRegistry = () => (registry ??= new AgentRegistry());\n",
      'src/use.ts': "import { redisConnection } from './redis';\nimport { getAgentRegistry } from './agents';\nexport const run = () => [redisConnection().get('k'), getAgentRegistry()];\n",
    });
    const { factories: found } = await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,mjs}'] }, dir), dir, { known: new Set() });
    expect(found.map((f) => [f.factory.getter, f.note ?? ''])).toEqual([['getAgentRegistry', '']]);
    // Prisma 6 generates its client into the project: known by its class's name
    const generated = project({ 'src/db.ts': "import { PrismaClient } from '../generated/prisma';\nlet db: PrismaClient | undefined;\nexport const getDb = () => (db ??= new PrismaClient());\n" });
    expect((await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,mjs}'] }, generated), generated, { known: new Set() })).factories).toEqual([]);
  });

  it('finds a static accessor that hands out its holder, and says it is one: its sites are reads', async () => {
    const dir = project({
      'src/tools/registry.ts': 'export class ToolRegistry {\n  static #shared?: ToolRegistry;\n  static get shared(): ToolRegistry {\n    return (this.#shared ??= new ToolRegistry());\n  }\n  private tools = new Map<string, unknown>();\n  names(): string[] {\n    return [...this.tools.keys()];\n  }\n}\n',
      'src/routes.ts': "import { ToolRegistry } from './tools/registry';\nexport const names = () => ToolRegistry.shared.names();\nexport const registry = () => ToolRegistry.shared;\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory, f.holder, f.sites, f.files])).toEqual([
      [{ getter: 'ToolRegistry.shared', creator: 'createToolRegistry', class: 'ToolRegistry', accessor: true }, 'ToolRegistry.#shared', 2, 1],
    ]);
  });

  it("finds JavaScript's static getter whose holder has no field declaration", async () => {
    const dir = project({
      'src/agents/manager.js': 'class AgentManager {\n  constructor() {\n    this.agents = new Map();\n  }\n  static getInstance() {\n    if (!this.instance) this.instance = new AgentManager();\n    return this.instance;\n  }\n}\nmodule.exports = { AgentManager };\n',
      'src/routes.js': "const { AgentManager } = require('./agents/manager');\nexports.list = () => AgentManager.getInstance().agents;\n",
    });
    const found = (await discoverFactories(resolveConfig({ include: ['src/**/*.js'] }, dir), dir, { known: new Set() })).factories;
    expect(found.map((f) => [f.factory, f.holder, f.sites, f.files])).toEqual([
      [{ getter: 'AgentManager.getInstance', creator: 'createAgentManager', class: 'AgentManager' }, 'AgentManager.instance', 1, 1],
    ]);
  });

  it('finds an instance a module exports, as an accessor: its reads are its sites; one the module keeps to itself, by the getter that hands it out', async () => {
    const dir = project({
      'src/agents/manager.ts': 'export class AgentManager {\n  private agents: string[] = [];\n  list(): string[] {\n    return this.agents;\n  }\n}\nexport const agentManager = new AgentManager();\n',
      'src/events.ts': 'class EventNotifier {}\nconst eventNotifier = new EventNotifier();\nexport { eventNotifier };\n',
      'src/tools.ts': 'export class ToolRegistry {}\nconst toolRegistry = new ToolRegistry();\nexport const getToolRegistry = () => toolRegistry;\n',
      // kept to itself, handed out by nothing that takes no arguments: nothing to configure
      'src/engine.ts': 'class RenderEngine {}\nconst renderEngine = new RenderEngine();\nexport const render = (page: string) => [renderEngine, page];\n',
      'src/routes.ts': "import { agentManager } from './agents/manager';\nimport { eventNotifier } from './events';\nimport { getToolRegistry } from './tools';\nexport const names = () => agentManager.list();\nexport const both = () => [agentManager, eventNotifier, getToolRegistry()];\n",
    });
    const { factories: found, holdersWithoutGetter } = await discoverFactories(resolveConfig({ include: ['src/**/*.{ts,mjs}'] }, dir), dir, { known: new Set() });
    expect(found.map((f) => [f.factory, f.holder, f.sites, f.files])).toEqual([
      [{ getter: 'agentManager', creator: 'createAgentManager', class: 'AgentManager', accessor: true }, 'agentManager', 2, 1],
      [{ getter: 'eventNotifier', creator: 'createEventNotifier', class: 'EventNotifier', accessor: true }, 'eventNotifier', 1, 1],
      [{ getter: 'getToolRegistry', creator: 'createToolRegistry', class: 'ToolRegistry' }, 'toolRegistry', 1, 1],
    ]);
    expect(holdersWithoutGetter).toBe(1);
  });

  it('names a module\'s DataLoaders\' creators for what each loads: the class is the package\'s, one of several', async () => {
    const dir = project({
      'src/loaders.ts': "import DataLoader from 'dataloader';\nimport { db } from './db';\nexport const userLoader = new DataLoader(async (ids: readonly string[]) => db.users.byIds(ids));\nexport const postLoader = new DataLoader(async (ids: readonly string[]) => db.posts.byIds(ids));\n",
      'src/resolvers.ts': "import { postLoader, userLoader } from './loaders';\nexport const resolvers = { Post: { author: (post: { authorId: string }) => userLoader.load(post.authorId) }, Query: { post: (_: unknown, args: { id: string }) => postLoader.load(args.id) } };\n",
    });
    const found = (await discoverFactories(resolveConfig({ include: ['src/**/*.ts'] }, dir), dir, { known: new Set() })).factories;
    expect(found.map((f) => [f.factory, f.holder, f.sites])).toEqual([
      [{ getter: 'postLoader', creator: 'createPostLoader', class: 'DataLoader', accessor: true }, 'postLoader', 1],
      [{ getter: 'userLoader', creator: 'createUserLoader', class: 'DataLoader', accessor: true }, 'userLoader', 1],
    ]);
  });

  it('notes an instance whose name other modules give another module\'s own default instance: those imports would count, and be rewritten', async () => {
    const dir = project({
      // TicketToken's services: one exports its queue manager by name, another its own by default
      'src/notify/queue-manager.ts': 'export class QueueManager {\n  private startedBy = \'\';\n  start(user = \'\') {\n    this.startedBy = user;\n  }\n}\nexport const queueManager = new QueueManager();\n',
      'src/notify/send.ts': "import { queueManager } from './queue-manager';\nexport const send = () => queueManager.start();\n",
      'src/chain/queues/index.ts': 'class QueueManager {\n  private startedBy = \'\';\n  start(user = \'\') {\n    this.startedBy = user;\n  }\n}\nexport default new QueueManager();\n',
      'src/chain/app.ts': "import queueManager from './queues';\nexport const boot = () => queueManager.start();\n",
      // … a barrel that hands the getter's own instance on by default is the getter's
      'src/agents/manager.ts': 'export class AgentManager {\n  private agents: string[] = [];\n  list(): string[] {\n    return this.agents;\n  }\n}\nexport const agentManager = new AgentManager();\n',
      'src/agents/index.ts': "import { agentManager } from './manager';\nexport default agentManager;\n",
      'src/routes.ts': "import agentManager from './agents';\nexport const names = () => agentManager.list();\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([
      ['agentManager', 2, ''],
      ['queueManager', 2, "queueManager is also what other modules call the instance src/chain/queues/index.ts exports by default: matched by name, those imports would count as this factory's, and be rewritten; import it under another name first"],
    ]);
  });

  it('notes a class whose name another module\'s class has: its constructions would count, and be rewritten', async () => {
    const dir = project({
      // TicketToken's services: the queue service's monitor is a singleton, the auth service constructs its own
      'src/queue/monitoring.ts': 'export class MonitoringService {\n  private static instance: MonitoringService | undefined;\n  static getInstance() {\n    return (this.instance ??= new MonitoringService());\n  }\n}\n',
      'src/queue/jobs.ts': "import { MonitoringService } from './monitoring';\nexport const watch = () => MonitoringService.getInstance();\n",
      'src/auth/monitoring.ts': 'export class MonitoringService {\n  ping() {}\n}\n',
      'src/auth/routes.ts': "import { MonitoringService } from './monitoring';\nexport const health = () => new MonitoringService().ping();\n",
      // … a class reached through a barrel, or declared beside the getter's module, is the entry's own
      'src/agents/registry.ts': 'export class ToolRegistry {}\n',
      'src/agents/index.ts': "export { ToolRegistry } from './registry';\n",
      'src/agents/tools.ts': "import { ToolRegistry } from './registry';\nlet registry: ToolRegistry | undefined;\nexport const getToolRegistry = () => (registry ??= new ToolRegistry());\n",
      'src/agents/use.ts': "import { ToolRegistry } from '.';\nimport { getToolRegistry } from './tools';\nexport const both = () => [getToolRegistry(), new ToolRegistry()];\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([
      ['MonitoringService.getInstance', 2, "MonitoringService is also a class of another module (src/auth/monitoring.ts): matched by name, its constructions would count as this factory's, and be rewritten; give the entry a class of its own"],
      ['getToolRegistry', 2, ''],
    ]);
  });

  it('notes an instance whose name the repo also imports from a package: those uses would count, and be rewritten', async () => {
    const dir = project({
      'src/lib/cache.ts': 'export class CacheManager {\n  private entries = new Map<string, string>();\n  get(key: string) {\n    return this.entries.get(key) ?? key;\n  }\n}\nexport const cache = new CacheManager();\n',
      'src/actions.ts': "import { cache } from './lib/cache';\nexport const read = (key: string) => cache.get(key);\n",
      'src/page.ts': "import { cache } from 'react';\nexport const load = () => cache(async () => 1);\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([
      ['cache', 2, "cache is also a name the repo imports from react (1 place(s)): matched by name, each would count as this factory's, and be rewritten; rename the instance first"],
    ]);
    // … but not one imported from its own package by another of the monorepo's (TypeAgent's `@typeagent/action-grammar`)
    const monorepo = project({
      'packages/grammar/package.json': '{ "name": "@x/grammar", "main": "dist/index.js" }\n',
      'packages/grammar/src/registry.ts': 'export class EntityRegistry {\n  private entities: string[] = [];\n  names(): string[] {\n    return this.entities;\n  }\n}\nexport const globalEntityRegistry = new EntityRegistry();\n',
      'packages/app/package.json': '{ "name": "@x/app" }\n',
      'packages/app/src/use.ts': "import { globalEntityRegistry } from '@x/grammar';\nexport const names = () => globalEntityRegistry.names();\n",
    });
    const inMonorepo = (await discoverFactories(resolveConfig({ include: ['packages/**/*.ts'] }, monorepo), monorepo, { known: new Set() })).factories;
    expect(inMonorepo.map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([['globalEntityRegistry', 1, '']]);
    // … nor one a test imports through a variable: `await import(ROOT_ENTRY_MODULE)` names no package (automatic-agent-platform's)
    const throughVariable = project({
      'src/lib/cache.ts': 'export class CacheManager {\n  private entries = new Map<string, string>();\n  get(key: string) {\n    return this.entries.get(key) ?? key;\n  }\n}\nexport const cache = new CacheManager();\n',
      'src/actions.ts': "import { cache } from './lib/cache';\nexport const read = (key: string) => cache.get(key);\n",
      'src/entry.ts': "const ROOT_ENTRY_MODULE = './lib/cache';\nexport async function load() {\n  const { cache } = await import(ROOT_ENTRY_MODULE);\n  return cache.get('a');\n}\n",
    });
    expect((await discover(throughVariable)).map((f) => [f.factory.getter, f.sites, f.note ?? ''])).toEqual([['cache', 2, '']]);
  });

  it('still finds the getter of a holder a request handler hands its request\'s data to (reported as request state)', async () => {
    const dir = project({
      'src/orders.ts': "import express from 'express';\nconst app = express();\nlet orderManager: OrderManager | undefined;\nexport function getOrderManager() {\n  return (orderManager ??= new OrderManager());\n}\napp.get('/orders', (req, res) => {\n  getOrderManager();\n  orderManager!.setUser(req.user.id);\n  res.json(orderManager!.orders());\n});\n",
    });
    expect((await discover(dir)).map((f) => [f.factory.getter, f.factory.class, `${f.file}:${f.line}`])).toEqual([['getOrderManager', 'OrderManager', 'src/orders.ts:4']]);
  });

  it('finds a static method or accessor that keeps its instance in a module variable', async () => {
    const dir = project({
      'src/server.ts': 'let singleton: Server | undefined;\nexport class Server {\n  static get instance(): Server {\n    singleton = singleton || new Server();\n    return singleton;\n  }\n}\n',
      'src/queue.ts': 'let queue: JobQueue | undefined;\nexport class JobQueue {\n  static getInstance(): JobQueue {\n    if (!queue) queue = new JobQueue();\n    return queue;\n  }\n}\n',
      // a class named for how it shares (continue's): the creator is named for what it makes
      'src/mcp.ts': 'export class MCPManagerSingleton {\n  private static instance?: MCPManagerSingleton;\n  static getInstance(): MCPManagerSingleton {\n    return (MCPManagerSingleton.instance ??= new MCPManagerSingleton());\n  }\n}\n',
      // … or for what implements it (Huly's): the creator makes the client
      'src/inbox.ts': 'export class InboxClientImpl {\n  private static client?: InboxClientImpl;\n  static getClient(): InboxClientImpl {\n    return (InboxClientImpl.client ??= new InboxClientImpl());\n  }\n}\n',
      'src/use.ts': "import { Server } from './server';\nimport { JobQueue } from './queue';\nimport { MCPManagerSingleton } from './mcp';\nimport { InboxClientImpl } from './inbox';\nexport const boot = () => [Server.instance, JobQueue.getInstance(), MCPManagerSingleton.getInstance(), InboxClientImpl.getClient()];\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory, f.sites])).toEqual([
      [{ getter: 'InboxClientImpl.getClient', creator: 'createInboxClient', class: 'InboxClientImpl' }, 1],
      [{ getter: 'JobQueue.getInstance', creator: 'createJobQueue', class: 'JobQueue' }, 1],
      [{ getter: 'MCPManagerSingleton.getInstance', creator: 'createMCPManager', class: 'MCPManagerSingleton' }, 1],
      [{ getter: 'Server.instance', creator: 'createServer', class: 'Server', accessor: true }, 1],
    ]);
  });

  it('finds getters of a cache kept on the global object (so bundled copies share it): static methods and functions', async () => {
    const dir = project({
      'src/agent-registry.ts': 'declare global {\n  var __agentRegistry: AgentRegistry | undefined;\n}\nexport class AgentRegistry {\n  private constructor() {}\n  public static getInstance(): AgentRegistry {\n    if (!globalThis.__agentRegistry) {\n      globalThis.__agentRegistry = new AgentRegistry();\n    }\n    return globalThis.__agentRegistry;\n  }\n}\n',
      'src/logger.ts': 'export class LoggerProvider {}\nexport function getGlobalLoggerProvider(): LoggerProvider {\n  return ((globalThis as any).__logger ??= new LoggerProvider());\n}\n',
      // set by an initialiser, handed out by an accessor
      'src/bus.ts': 'export class Bus {}\nexport function initBus(): void {\n  global.__bus = new Bus();\n}\nexport const getBus = (): Bus => global.__bus;\n',
      // reads a global it does not hand out: no getter
      'src/flags.ts': 'export class Flags {}\nexport function loadFlags(): void {\n  globalThis.__flags ??= new Flags();\n}\nexport function hasFlags(): boolean {\n  return globalThis.__flags !== undefined;\n}\n',
      // through a constant bound to the global object (typeorm's connection manager)
      'src/globals.ts': 'import { ConnectionManager } from "./connection-manager";\nexport function getConnectionManager(): ConnectionManager {\n  const globalScope = PlatformTools.getGlobalVariable();\n  globalScope.typeormConnectionManager ??= new ConnectionManager();\n  return globalScope.typeormConnectionManager;\n}\n',
      // under a constant key (umami's `globalThis[PRISMA]`)
      'src/keyed.ts': "const KEY = '__keyed';\nexport class Keyed {}\nexport function getKeyed(): Keyed {\n  (globalThis as any)[KEY] ??= new Keyed();\n  return (globalThis as any)[KEY];\n}\n",
      'src/use.ts': "import { AgentRegistry } from './agent-registry';\nimport { getGlobalLoggerProvider } from './logger';\nimport { getBus } from './bus';\nexport const a = () => [AgentRegistry.getInstance(), AgentRegistry.getInstance(), getGlobalLoggerProvider(), getBus()];\n",
    });
    const found = await discover(dir);
    expect(found.map((f) => [f.factory.getter, f.factory.class, f.factory.creator, f.holder, f.sites])).toEqual([
      ['AgentRegistry.getInstance', 'AgentRegistry', 'createAgentRegistry', 'globalThis.__agentRegistry', 2],
      ['getBus', 'Bus', 'createBus', 'global.__bus', 1],
      ['getGlobalLoggerProvider', 'LoggerProvider', 'createGlobalLoggerProvider', 'globalThis.__logger', 1],
      ['getConnectionManager', 'ConnectionManager', 'createConnectionManager', 'globalThis.typeormConnectionManager', 0],
      ['getKeyed', 'Keyed', 'createKeyed', 'globalThis.__keyed', 0],
    ]);
    // Its class is another module's: the creator, written beside the getter, is imported from there by every site.
    expect(found.map((f) => f.factory.module)).toEqual([undefined, undefined, undefined, './src/globals', undefined]);
  });

  it('names creators after the getter, without its verb', () => {
    expect(creatorNameFor('getSfdcService')).toBe('createSfdcService');
    expect(creatorNameFor('initializeRedisClientAndStore')).toBe('createRedisClientAndStore');
    expect(creatorNameFor('client')).toBe('createClient');
    expect(creatorNameFor('lazyLoadQueryEngine')).toBe('createQueryEngine');
    expect(creatorNameFor('lazyDb')).toBe('createDb');
    expect(creatorNameFor('getOrCreateWorker')).toBe('createWorker');
    expect(creatorNameFor('getter')).toBe('createGetter');
    expect(creatorNameFor('openDb')).toBe('createDb');
    expect(creatorNameFor('registerJobsWorker')).toBe('createJobsWorker');
    expect(creatorNameFor('acquireCage')).toBe('createCage');
    // a private mark is no part of it either (ever-teams' `_getFirebase`)
    expect(creatorNameFor('_getFirebase')).toBe('createFirebase');
    expect(creatorNameFor('$client')).toBe('createClient');
    // how the getter shares is no part of what it makes
    expect(creatorNameFor('reactQueryClientSingleton')).toBe('createReactQueryClient');
    expect(creatorNameFor('getDbInstance')).toBe('createDb');
    expect(creatorNameFor('singleton')).toBe('createSingleton');
  });

  it('--write adds them to the config, keeping its other keys; a second run finds nothing new; --json lists them', async () => {
    const dir = scratchCopy(LEGACY_APP, 'init-write');
    const before = JSON.parse(readFileSync(join(dir, 'ssot.config.json'), 'utf8'));
    const listed = JSON.parse((await cli(['init', '--json'], dir)).stdout);
    expect(listed.version).toBe(1);
    expect(listed.factories.map((f: { getter: string }) => f.getter)).toEqual(['getAgentInstanceFactory', 'WebSocketManagerFactory.getInstance', 'executionEngineFactory', 'getThreadRunRegistry']);

    const written = await cli(['init', '--write'], dir);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('added 4 factories entries to ssot.config.json');
    const after = JSON.parse(readFileSync(join(dir, 'ssot.config.json'), 'utf8'));
    expect(after).toEqual({ ...before, factories: listed.factories.map(({ getter, creator, class: c, accessor }: Record<string, string>) => ({ getter, creator, class: c, ...(accessor ? { accessor } : {}) })) });
    // The written config is one the tool accepts, and migrate now sees the four factories.
    expect(loadConfig({ cwd: dir }).factories).toHaveLength(4);

    const again = await cli(['init'], dir);
    expect(again.stdout).toBe('ssot-kit init: no legacy getter found beyond the 4 the config names (a function, static method or static accessor, taking no arguments, that hands out a module-lifetime holder, or an instance a module exports)\n');
  });

  it('--write leaves out an entry with a note (it would match more than its getter)', async () => {
    const dir = project({
      'ssot.config.json': '{ "include": ["src/**/*.ts"] }\n',
      'src/server.ts': 'export class Engine {}\nlet engine: Engine | undefined;\nexport function getEngine() {\n  return (engine ??= new Engine());\n}\n',
      'src/pool.ts': 'export class Pool {}\nlet pool: Pool | undefined;\nexport function getInstance() {\n  return (pool ??= new Pool());\n}\n',
    });
    const written = await cli(['init', '--write'], dir);
    expect(written.stderr).toBe('ssot-kit: added 1 factories entry to ssot.config.json; 1 with a note ↳ left out: add it by hand once resolved\n');
    expect(JSON.parse(readFileSync(join(dir, 'ssot.config.json'), 'utf8')).factories).toEqual([{ getter: 'getEngine', creator: 'createEngine', class: 'Engine' }]);
  });

  it('lists configured getters that hand out nothing the holder rule reports, and leaves them in the config; not a shim that calls its creator', async () => {
    const dir = project({
      'ssot.config.json': JSON.stringify({ include: ['src/**/*.ts'], factories: [
        { getter: 'getEngine', creator: 'createEngine', class: 'Engine' },
        { getter: 'ContextService.getInstance', creator: 'createContextService', class: 'ContextService' },
        { getter: 'getDb', creator: 'createDb', class: 'PrismaClient' },
        { getter: 'getAgents', creator: 'createAgents', class: 'Agents' },
      ] }) + '\n',
      // still a holder: backed
      'src/engine.ts': 'export class Engine {\n  private runs = new Map<string, string>();\n  track(id: string, user: string) { this.runs.set(id, user); }\n}\nlet engine: Engine | undefined;\nexport function getEngine() {\n  return (engine ??= new Engine());\n}\n',
      // a class keeping nothing, and a database client: no holder the rule reports
      'src/context.ts': 'export class ContextService {\n  private static instance: ContextService;\n  static getInstance(): ContextService {\n    if (!ContextService.instance) ContextService.instance = new ContextService();\n    return ContextService.instance;\n  }\n  get(id: string) { return { id }; }\n}\n',
      'src/db.ts': "import { PrismaClient } from '@prisma/client';\nlet db: PrismaClient | undefined;\nexport const getDb = () => (db ??= new PrismaClient());\n",
      // migrate --remove-legacy's shim: its calls are still the entry's to find
      'src/agents.ts': "import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgents } from './create-agents';\n/** @deprecated */\nexport function getAgents() {\n  return createAgents(requireUserContext());\n}\n",
    });
    const before = readFileSync(join(dir, 'ssot.config.json'), 'utf8');
    const text = await cli(['init'], dir);
    expect(text.stdout).toContain("2 configured getter(s) hand out nothing no-module-singleton reports: ContextService.getInstance (src/context.ts:3), getDb (src/db.ts:3). Their calls still report, as ssot.config.json lists them: remove an entry whose holder is shared by design or gone; keep one added for a tenant's credentials.\n");
    const listed = JSON.parse((await cli(['init', '--json'], dir)).stdout);
    expect(listed.unbacked).toEqual([{ getter: 'ContextService.getInstance', file: 'src/context.ts', line: 3 }, { getter: 'getDb', file: 'src/db.ts', line: 3 }]);
    await cli(['init', '--write'], dir);
    expect(readFileSync(join(dir, 'ssot.config.json'), 'utf8')).toBe(before);
  });

  it('with no config and nothing under src/, searches the whole repository, and --write records that include', async () => {
    const dir = project({
      'packages/core/lib/pool.ts': 'export class Pool {}\nlet pool: Pool | undefined;\nexport function getPool() {\n  return (pool ??= new Pool());\n}\n',
      'packages/api/lib/route.ts': "import { getPool } from '../../core/lib/pool';\nexport const route = () => getPool();\n",
    });
    const listed = await cli(['init'], dir);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('ssot-kit: nothing matches the default include ["src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}"], so the whole repository was searched (--write records that include)\n');
    expect(listed.stdout).toContain('getPool');
    await cli(['init', '--write'], dir);
    expect(JSON.parse(readFileSync(join(dir, 'ssot.config.json'), 'utf8'))).toEqual({
      include: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      factories: [{ getter: 'getPool', creator: 'createPool', class: 'Pool' }],
    });
    // The gate now looks where the code is.
    expect((await cli(['check', '--format', 'json'], dir)).stdout).toContain('"filesScanned": 2');
  });
});
