import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { compiledAgentPlan } from './agent-graphs.js';
import { madeWithOwnCredentials } from './credentialed-clients.js';
import { holdsValues, PAGE_ONLY_TYPE, SETTINGS_TYPE } from './holds-values.js';
import { appClassNamed, importedClass, importedFunction, importedType } from './imported-classes.js';
import { bindsInFunction, enclosingConst, enclosingDeclaration, filledType, lastTypeName, localClass, localFunction, localType, localVariable, moduleBindingRoot, programOf, resolvedFilledType, valuesGivenTo } from './local-types.js';
import { LOGGER_NAME, madeValue, producerName, producesObject, startsTimer, VALUE_GETTER } from './produces-object.js';
import { readsOwnSettings } from './own-configuration.js';
import { ownPlainFields } from './plain-value-clients.js';
import { hooksProcess } from './process-hooks.js';
import { readOnlyOnceBuilt } from './read-only-instances.js';
import { runsCronJobs } from './scheduled-jobs.js';
import { importSourceOf, importsOf } from './import-sources.js';
import { loadedSourceOf } from './loaded-sources.js';
import { keepsMetrics } from './metrics-registries.js';
import { DATABASE_CLIENT_PACKAGE, isBrokerClient, isHostedApiClient, servesWithOwnCredentials } from './service-clients.js';
import { askOnce, calleeText, chainRoot, dynamicImportSource, functionName, isFunctionNode, isNullish, isPrimitiveLiteral, patternNames, readsParameterOf, requiredBindings, requireSource, returnedValues, staticName, unwrapExpression, walk, writingFunction } from './walk.js';

// What one process keeps on purpose, so that no holder of it is reported: what the config's
// `allow` names, and what is shared by its kind — loggers, telemetry, per-request stores,
// concurrency caps, loaded models, the server itself. A logger by its name: LOGGER_NAME.

const LOGGER_CALLEE = /(?:^|\.)(?:createLogger|getLogger|pino|winston|bunyan|[A-Za-z]*Logger(?:Factory)?|debug)$/;
// Metric instruments and tracers (OpenTelemetry's `meter.createCounter(…)`, `trace.getTracer(…)`,
// prom-client's `new Histogram(…)`) and the pipeline behind them (OpenTelemetry's `new NodeSDK(…)`,
// a `NodeTracerProvider`, its exporters and processors: genkit's `new AdjustingTraceExporter(…)`,
// `await this.buildMetricExporter()`, a `BatchSpanProcessor`), and a product-analytics client
// (posthog-node's `new PostHog(key)`, each event naming its user, or a maker named for it: SynthralOS'
// `initPostHog({ apiKey })`), a telemetry integration by its
// name (the AI SDK's `DevToolsTelemetry()`, a `TelemetryClient`), and an instrumentation — what
// OpenTelemetry's and OpenLLMetry's packages all call theirs (`new OpenAIInstrumentation(…)`,
// patching a library once for the process), and what watches the process itself — its memory, its
// event loop, its start-up phases (gemini-cli's `MemoryMonitor`, `EventLoopMonitor`,
// `StartupProfiler`) or the machine it runs on (firecrawl's `SystemMonitor`, its CPU and memory
// load) or its database's connections and queries (multi-tenant-platform's `ConnectionMonitor`,
// `DatabaseMonitor`, `QueryMonitor`) or the health of what it depends on (FroniterAi's
// `HealthCheckService`, keeping its last hundred checks), and an error tracker (its `ErrorTracker`, Sentry's role):
// like a logger, they aggregate across users by design; so does what Sentry's SDK hands out by its
// usual name (saas-starter's `sentryRequestHandle = sentry.sentryHandle()`, the SDK loaded lazily). A trace provider by
// either name (the OpenAI Agents SDK's `TraceProvider`), or a tracing service of the app's own
// (Aethermind's `TracingService`, its spans exported for every request). A tracer or a meter by any maker's name
// (LangWatch's `getLangWatchTracer(…)`), and a metrics collector (motia's `WorkerMetricsCollector`,
// read by its observable gauges) or registry (Encore's runtime `RT.getMetricsRegistry()`), and a
// performance tracker (TypeAgent's, timing the knowledge graph's operations), and a telemetry or
// metrics service of the app's own (pipeshub's `TelemetryService`, pushing the process's metrics;
// agent-memory's `MetricsService`, its operations' latencies), and one that writes metrics out for a
// scraper (AI-Agents' `PrometheusMetricsEmitter`, appending to the day's `.prom` file), and one
// instrument by the name of the function that makes or registers it (Credence-Backend's
// `_deadLetterCounter = getMetric('outbox_dead_letter_total', 'Counter', …)`, prom-client's loaded lazily).
const TELEMETRY_CALLEE = /(?:^|\.)(?:(?:Sentry|sentry)\.[A-Za-z]\w*|(?:get|create)(?:Observable)?(?:Counter|UpDownCounter|Histogram|Gauge)|(?:get|create|make|register)(?:[A-Z]\w*)?Metric|(?:get|create)[A-Za-z]*(?:Meter|Tracer)|[A-Za-z]*Metrics?(?:Collector|Registry)|Counter|Histogram|Gauge|Summary|NodeSDK|(?:Node|Web|Basic)?Trac(?:er|e)Provider|(?:EventLoop|Memory|Heap|Cpu|CPU|Gc|GC|System|Resource|Performance|Connection|Database|Db|DB|Query|Pool|Health|Api|API|Request|Latency)Monitor|(?:[A-Z][A-Za-z]*)?HealthCheck(?:er|Service|Manager)?|ErrorTracker|PerformanceTracker|[A-Za-z]*Profiler|MeterProvider|[A-Za-z]*(?:Span|Trace|Metrics?|Logs?|Otel|OTel|OTEL|Otlp|OTLP)(?:Exporter|Processor)|[A-Za-z]*Metrics?(?:Emitter|Reporter|Recorder)|[A-Za-z]*MetricReader|(?:init|create|get)?PostHog(?:Client)?|[A-Za-z]*Telemetry(?:Client|Service|Manager)?|(?:[A-Z][A-Za-z]*)?Metrics(?:Service|Manager)?|Tracing(?:Service|Manager)|[A-Z][A-Za-z]*Instrumentation)$/;
// A tracer by its type's name (OpenTelemetry's `Tracer`, an app's `MinimalTracer` over it): spans of every caller's work.
const TRACER_TYPE = /(?:^|[a-z])Tracer$/;
// A concurrency cap (`pLimit(4)` around image processing in refly, `new Bottleneck(…)`, a
// `Semaphore`): one for the process is the point; the tasks pass through it, nobody's state stays.
// A rate limiter (rate-limiter-flexible's, as etherpad's `new RateLimiterMemory(…)`;
// express-rate-limit's `rateLimit(…)`) counts per user or address by design: it is shared so that
// it can. Not a manager of the app's own that holds limiters among other things (Flowise's).
// Upstash's `new Ratelimit(…)`, and an app's own maker of one (typebot's `createRateLimiter({ … })`),
// and grammY's middleware of one (playphoto-hr-bot's `limit({ keyGenerator: (ctx) => ctx.from?.id … })`).
// A job queue of bounded concurrency by its plain name (ws' `zlibLimiter = new Limiter(concurrency)`,
// global on purpose: zlib's thread pool is the process's).
// The packages they come from, for a holder declared as one of their types and filled by a
// function of the app's own (nango's `limiterPromise: Promise<RateLimiterAbstract>`, built as a
// `RateLimiterRedis` or a `RateLimiterMemory`). And a pool of worker threads (cosmo's Tinypool
// for graph composition, Piscina, or one of the app's own by its name: filesystem-context-mcp-server's
// `SearchWorkerPool`): the process's threads, handed tasks whose results go back to whoever sent them. A circuit breaker counts a downstream's failures across every request, to
// stop calling it for all of them (opossum's, cockatiel's, TicketToken's `CircuitBreakerManager`
// of a breaker per service, 0aiAllInOne's `BreakerRegistry` of one per upstream), and a lock — a distributed one too (Redlock, TicketToken's
// `DistributedLock` over Redis, agent-orchestrator's `FileLock` around its state file, shopME's
// `CartLockManager` of a lock per customer's cart) — excludes every other request by design; so does a registry of
// downstreams' health that opens a breaker per provider (agentos' `LLMProviderHealthRegistry`),
// and a bulkhead, a concurrency cap per resource (Aethermind's `BulkheadManager`), and a concurrency
// manager of the app's own (alice's `ConcurrentManager`, admitting six streams at once across
// every user and timing out their heartbeats). A rate limiter of the
// app's own by any name (nostream's `SlidingWindowRateLimiter` over Redis, llm-gateway's
// `TokenBucket` per client IP) counts for every request, and so does the store express-rate-limit
// keeps its counts in (rate-limit-redis' `RedisStore`: locnguyen0904's, by key per user or IP), and
// an IP blocklist, banning abusive addresses for every request (aidos' `IpBlacklistManager`), or an
// allowlist, admitting only the addresses an admin listed (FroniterAi's `IPWhitelistManager`).
const LIMITER_PACKAGE = /^(?:rate-limiter-flexible|@grammyjs\/ratelimiter|@upstash\/ratelimit|express-rate-limit|rate-limit-(?:redis|mongo|memcached|postgresql)|@acpr\/rate-limit-postgresql|@express-rate-limit\/[\w-]+|@fastify\/rate-limit|bottleneck|p-limit|p-throttle|p-queue|async-mutex|async-sema|tinypool|piscina|workerpool|opossum|cockatiel|redlock)(?:\/|$)/;
const LIMITER_CALLEE = /(?:^|\.)(?:pLimit|pThrottle|Bottleneck|Semaphore|Mutex|PQueue|(?:Circuit)?Breaker(?:Manager|Registry)?|[A-Za-z]*HealthRegistry|Bulkhead(?:Manager|Registry)?|(?:[A-Z][A-Za-z]*)?Lock(?:Manager)?|Redlock|(?:Concurrency)?Limiter|Concurren(?:t|cy)(?:Manager|Controller|Gate|Guard)|Ratelimit|(?:[A-Za-z]\w*)?RateLimiter(?:Memory|Redis|Mongo|MySQL|Postgres|Cluster|Memcache|Union|Queue|Dynamo|Prisma|Drizzle|Valkey|Etcd|SQLite)?|rateLimit|(?:[A-Za-z]\w*)?(?:TokenBucket|LeakyBucket)|(?:Ip|IP)(?:Blacklist|Blocklist|Denylist|BanList|Banlist|Whitelist|WhiteList|Allowlist|AllowList)(?:Manager|Service|Store)?|[A-Za-z]*(?:Worker|Thread)Pool)$/;
// An id generator — flake ids, sortable event ids (agentic's `new EventId()` for request ids,
// Sapphire's `Snowflake`): unique across the process is what one is for.
const ID_GENERATOR_CALLEE = /(?:^|\.)(?:EventId|Snowflake|SnowflakeId|FlakeId(?:Gen)?|hyperid|[A-Za-z]*I[dD]Generator)$/;
// … and an id encoder (Sqids, Hashids): numbers in, short ids out, by an alphabet fixed when it is
// made — the same answer for every caller (tmcp's pagination cursors).
const ID_ENCODER_PACKAGE = /^(?:sqids|hashids)$/;
// A registry of schemas or of their metadata (langgraph's `SchemaMetaRegistry` and the zod
// registry over it, an `EntityMetadataRegistry`), or the store decorators write it to
// (type-graphql's `MetadataStorage` on the global object, TypeORM's `MetadataArgsStorage`): the
// code's own description of itself, keyed by the schemas and classes the modules declare, filled
// as they load and read by every request. So is an OpenAPI document's registry (zod-to-openapi's
// `OpenAPIRegistry`, genkit's reflection API: the routes' schemas, registered as the module loads).
const SCHEMA_REGISTRY_CALLEE = /(?:^|\.)(?:[A-Za-z]*(?:Schema|Meta)[A-Za-z]*(?:Registry|Storage)|OpenAPIRegistry|OpenApiRegistry)$/;
// A JSON Schema validator (Ajv, or one of the app's own by that name: the MCP SDK's
// `_defaultValidator ??= new DefaultJsonSchemaValidator()`): it compiles each schema once and
// checks whatever it is handed against it — a pure function of its input, kept so that the
// compiling happens once, as a markup converter is (MODEL_PACKAGE).
const SCHEMA_VALIDATOR_CALLEE = /(?:^|\.)(?:Ajv(?:2019|2020|JTD)?|[A-Za-z]*SchemaValidator)$/;
// An HTTP client's pool of connections: undici's `Agent`, `Pool` and `Client` (chat-ui's SSRF-guarded
// agent, `localMcpAgent ??= createSsrfAgent(…)`), a keep-alive agent, a proxy's agent — what
// every outbound request of the process goes through, each carrying its own URL and headers.
const HTTP_AGENT_PACKAGE = /^(?:undici|agentkeepalive|https?-proxy-agent|socks-proxy-agent|proxy-agent)$/;

// The server itself: the application a framework makes (`NestFactory.create(AppModule)` in refly's
// desktop entry point, or a worker's `NestFactory.createApplicationContext(CronModule)`, `express()`, `fastify()`, h3's and Astro's `createApp()`, the latter made on
// the first request by its Cloudflare adapter) or the listener (`http.createServer(…)`,
// `app.listen(port)`, Playwright's `chromium.launchServer(…)`, the browser maxun's browser service
// exposes to its workers): one per process is what a server is. So is what socket.io makes, by any
// name (openreplay's `io = _io(server, { … })`): the server every socket connects to, or its
// emitter, through which a worker process reaches that server's sockets over Redis, Postgres or
// MongoDB (uwazi's `io = new Emitter(redisClient)`); and
// Hocuspocus' collaboration server (plane's live server); and a database server the process
// runs for itself (chat-ui's `MongoMemoryServer.create(…)` when no MongoDB URL is configured); and
// bull-board's adapter, the queues' admin pages mounted on the app (`new ExpressAdapter()`); and
// multer's upload handler, a middleware of the app's routes that keeps nothing of any request
// (Guebbit's `configuredUpload ??= multer({ storage, fileFilter })`); and mcp-auth's set-up for the
// server's one OAuth issuer, whose bearer-token middleware checks each request's token
// (actual-mcp-server's `_instance = new MCPAuth({ protectedResources: … })`); and Hono's Node
// adapter, whose `serve({ fetch: app.fetch })` is the process's HTTP server; and express-session's
// middleware, whose store keeps each visitor's session under its own id — the server's sessions,
// which its socket handshakes read too (mighai-saas-template's `global.__sessionMiddleware`) — and
// that store itself (connect-redis', DIDTron-Portal's `redisStore = new RedisStore({ client, prefix })`;
// connect-pg-simple's, connect-mongo's, memorystore's); and
// Angular's server-side rendering engine, which renders each request's page from that request
// alone (the server.ts Angular's CLI generates: `angularApp = new AngularNodeAppEngine()`,
// azure-ai-travel-agents' UI; the older `CommonEngine`); and an authentication library's
// instance, the app's sign-in routes and session checks, each request's session in its own cookie
// and the database (ai-finance's `_auth ??= betterAuth({ database: drizzleAdapter(db, …) })`;
// Auth.js's `NextAuth(config)`, Lucia's `new Lucia(adapter)`); and a Shopify app's, whose
// `authenticate.admin(request)` finds each request's shop and its session in the session storage
// (chatgpt-feed's `globalThis.shopifyAppInstance = shopifyApp({ apiKey, apiSecretKey, … })`, made
// on first use where a Worker's environment arrives with the first request); and the process's
// announcement of its server on the local network over mDNS (alacrity's `bonjour = new Bonjour()`,
// publishing its HTTP port as `alacrity.local`); and grammY's runner, the bot's loop fetching every
// chat's updates (playphoto-hr-bot's `runner = run(bot)`).
// And a Discord bot's music player on the bot's client, a queue per guild inside it (Kazemi's
// `player = new DisTube(client, options)`; discord-player's `Player`): the bot's, as its client is.
// And a serverless platform's adapter around the app (`server ??= serverlessExpress({ app })`,
// serverless-http's `serverless(app)`): the app's handler, kept so that warm invocations reuse it.
// And a GraphQL server, whose context function builds each request's context from that request
// (Edifitech's `apolloServerInstance ??= new ApolloServer({ typeDefs, resolvers })`, graphql-yoga's
// `createYoga(…)`, Mercurius), and the handler a framework's integration wraps around it.
// And hapi's server (0x-jj's indexer: `server = Hapi.server({ port, routes })` in its `start()`).
// And Mastra's app, the agents and workflows its server serves (firemapsim-v2's `mastraSingleton =
// new Mastra({ agents, workflows, logger })` on first use): each agent call keeps its memory under
// the thread and resource the call names, in the storage the app was given.
const SERVER_PACKAGE = /^(?:@hapi\/hapi|hapi|@mastra\/core(?:\/mastra)?|@apollo\/server(?:\/[\w-]+)*|apollo-server(?:-[\w-]+)?|@as-integrations\/[\w-]+|graphql-yoga|@graphql-yoga\/node|mercurius|graphql-http(?:\/[\w-]+)*|express-graphql|@codegenie\/serverless-express|@vendia\/serverless-express|aws-serverless-express|serverless-http|@h4ad\/serverless-adapter|distube|discord-player|bonjour-service|bonjour|@homebridge\/ciao|@grammyjs\/runner|@shopify\/shopify-app-(?:remix|react-router|express)(?:\/[\w-]+)*|better-auth(?:\/[\w-]+)*|next-auth(?:\/[\w-]+)*|@auth\/[\w-]+|lucia|@angular\/ssr(?:\/node)?|@nguniversal\/[\w-]+|@hono\/node-server|express-session|connect-redis|connect-pg-simple|connect-mongo|connect-mongodb-session|connect-sqlite3|connect-session-sequelize|memorystore|session-file-store|@quixo3\/prisma-session-store|@bull-board\/(?:express|fastify|koa|hono|h3|hapi|nestjs)|multer|mcp-auth|socket\.io|@socket\.io\/(?:redis|postgres|mongo)-emitter|@hocuspocus\/server|mongodb-memory-server(?:-core)?)$/;
// Node's own listeners, declared so (DBOS' `static adminServer: Server | undefined`, `Server` from 'http',
// filled from a promise of `app.listen(…)`), and `ws`' WebSocket server, declared or made so
// (Agentic-wallet's `wss = new WebSocketServer({ port })`): the server a process opens on its port.
const NODE_SERVER_MODULE = /^(?:(?:node:)?(?:http|https|http2|net)|ws)$/;
const NODE_SERVER_TYPE = /(?:^|\.)(?:Server|Http2Server|Http2SecureServer|WebSocketServer)$/;
/**
 * A web framework's app by its type, however it is built: Hono's (mcp-approval2's Worker keeps
 * `cachedApp: Hono<AppBindings>`, wired up on its first request), Fastify's (token-indexer's
 * services keep `app?: FastifyInstance`, handed the server at start), Express' and Koa's. Not
 * the request's, the reply's or the context's type from the same package: each is one request's.
 */
const FRAMEWORK_APP_TYPE: ReadonlyMap<string, RegExp> = new Map([['hono', /^Hono$/], ['fastify', /^FastifyInstance$/], ['express', /^(?:Express|Application)$/], ['koa', /^Koa$/]]);
// … and Bun's and Deno's own servers (github-app-playground's `server = Bun.serve({ port, websocket })`),
// … and a function of the app's own named for starting the process's socket or HTTP server
// (NR-AI's `ioServer = initSocketServer(httpServer)` in its `bootstrap()`), or for making the app it
// serves (Analytics-Pulse's `cachedApp = await createServerlessApp(serverConfig)`, kept for a
// Lambda's warm starts; a Fastify app's `buildApp()`) — Vite's dev server too, by
// the name Replit's template imports `createServer` from `vite` under (SATYA's `viteServer =
// await createViteServer({ server: { middlewareMode: true } })`) —, or for starting any
// server at all (hustlexp's worker process keeps `workerHealthServer = await startWorkerHealthServer()`),
// and a class of the app's own named for its socket server (suspect-3's `GameRoomSocketServer`, the
// socket.io server over the process's HTTP server, its instance set in its constructor). And the
// socket.io server fetched from where the app set it up (click-platform's `io =
// socketService.getIO()`), and a framework's request handler (its `__nextHandler =
// nextApp.getRequestHandler()`, Next.js served from the Express process): the server's.
const SERVER_CALLEE = /(?:^|\.)(?:NestFactory\.create(?:Microservice|ApplicationContext)?|get(?:Io|IO|SocketIo|SocketIO)(?:Server)?|getRequestHandler|express|fastify|Fastify|Koa|Hono|createApp|(?:create|build)(?:Serverless|Express|Fastify|Hono|Koa|Http|Server|Api|API)App|buildApp|createServer|createSecureServer|listen|launchServer|Bun\.serve|Deno\.serve|(?:init|initiali[sz]e|setup|setUp|start|create)(?:Http|Https|Socket|SocketIo|SocketIO|Io|IO|WebSocket|Ws|WS|Realtime|Vite)Server|start(?:[A-Z]\w*)?Server|[A-Z]\w*(?:Socket|SocketIo|SocketIO|Io|IO|WebSocket|Ws|WS|Realtime)Server)$/;
// The process's own background work, by the function that starts it: hustlexp's `outboxHandles =
// startOutboxWorker(5000)`, the handles its shut-down clears the polling with. One poller for the
// process is what it starts; a user's work is a job the poller picks up, not the poller. And what
// sees the process out (Bun-Elysiajs-Paseto-Boilerplate's `new ShutdownManager(config)`, handling
// SIGTERM and SIGINT): one process, one way down. So is a monitor of the process's own operations,
// and the stop handle a worker's `start()` hands back (sath_marketplace's `stopOperationalMonitor =
// startOperationalMonitor({ pool })`, `stopOutboxWorker = outboxWorker.start(options)`), and a
// job the process runs on its own timer (gengui-core's `cleanupReservationsTask =
// startCleanupReservationsJob()`, stopped at shut-down).
const BACKGROUND_WORK_CALLEE = /(?:^|\.)(?:start(?:[A-Z]\w*)?(?:Worker|Workers|Poller|Polling|Scheduler|Loop|Monitor|Monitoring|Job|Jobs|CronJob|CronJobs)|[a-z]\w*(?:Worker|Poller|Scheduler|Loop|Monitor)\.start|(?:Graceful)?Shutdown(?:Manager|Handler|Coordinator)?)$/;
// What keeps each request's own state apart: one `AsyncLocalStorage` serves the whole process and
// hands every async context its own store (ssot-kit's request scope is one; so is the OpenAI
// Agents SDK's tracing context, kept lazily). `AsyncContext.Variable` is its TC39 successor. So
// do Remix's and React Router's cookie session storage and cookies (easybits' `_sessionStorage =
// createCookieSessionStorage({ cookie })`, made on first use): each request's session lives in its
// own cookie, signed with the server's secrets; the process keeps none. Not their memory session
// storage, which keeps every user's.
const REQUEST_STORE_CLASS = /(?:^|\.)(?:AsyncLocalStorage|AsyncContext\.Variable|createCookieSessionStorage|createCookie)$/;
// A side table keyed by object identity (langgraph's `WeakSet` of patched prototypes, a
// `WeakMap` from a request to its data): nobody reaches an entry without holding its key object,
// so one user cannot read what another's object carries, and the entries go with their keys —
// as a `FinalizationRegistry`'s do (undici's request finalizer): only its clean-up reads them.
const SIDE_TABLE_CLASS = /^(?:WeakMap|WeakSet|FinalizationRegistry)$/;
// What a metrics or tracing library makes — prom-client's `new Registry()` that every route's
// metrics are registered in (trigger.dev's supervisor), Hono's `prometheus({ registry })`
// middleware (karakeep), an OpenTelemetry exporter, a StatsD client, a server's product-analytics
// client (posthog-node, Segment's, Mixpanel's, Amplitude's, RudderStack's, TelemetryDeck's: KaibanJS'
// `tdInstance`), an LLM app's tracing client (LangSmith's, rag-chatbot-ts' `getLangSmithClient()`; Langfuse's; Arize Phoenix's and OpenInference's, tasteAI-Studio-Backend's
// `phoenix.register(…)` tracer provider; any package named for OpenTelemetry, `@vercel/otel`), Node's own instrumentation
// (`async_hooks`' `createHook(…)`, `perf_hooks`' `monitorEventLoopDelay(…)`: civitai's event-loop
// watch), and a logging library's transports and streams (langwatch's shared pino
// `DestinationStream`, one worker thread for every logger) — aggregates across users by design,
// whatever the class is called.
const TELEMETRY_PACKAGE = /^(?:(?:node:)?(?:async_hooks|perf_hooks)$|(?:pino|winston)(?:$|-)|bunyan$|log4js$|@logtape\/|prom-client|express-prom-bundle|@opentelemetry\/|hot-shots|node-statsd|dd-trace|@datadog\/|@sentry\/|posthog-node$|@segment\/analytics-node$|analytics-node$|mixpanel$|@amplitude\/(?:analytics-)?node$|@rudderstack\/rudder-sdk-node$|@telemetrydeck\/sdk$|langsmith(?:$|\/)|langfuse(?:-node)?$|@arizeai\/)|(?:^|[/-])(?:prometheus|opentelemetry|otel)(?:$|[/-])/;
// SDKs that only run in a page: Stripe.js (the server's is `stripe`), PostHog's and Mixpanel's
// browser clients, Amplitude's and Segment's browser packages, IndexedDB wrappers (Dexie among them), Hocuspocus'
// editor provider (docmost's collaboration socket; the server is `@hocuspocus/server`), Cal.com's
// booking embed (agentset's), Cognito's sign-in SDK (lead-magnet-ai-platform's `CognitoUserPool`, keeping the
// signed-in user's tokens in the page's storage), Appwrite's web SDK (line-bot-maker's `Client` and `Account`;
// the server's is `node-appwrite`), tippy.js'
// DOM popups (dittofeed's editor menu), Workbox's service-worker runtime (elk's
// `PrecacheController`), not its build tools, and FingerprintJS' agent (ai-matrx-admin's
// `fpPromise = FingerprintJS.load()`, which reads the visitor's own browser).
const BROWSER_SDK_PACKAGE = /^(?:@stripe\/(?:stripe-js|react-stripe-js)|@fingerprintjs\/fingerprintjs(?:-pro)?|posthog-js|mixpanel-browser|@amplitude\/analytics-browser|@segment\/analytics-next|idb|idb-keyval|localforage|dexie|@calcom\/embed-(?:react|snippet|core)|@hocuspocus\/provider|tippy\.js|amazon-cognito-identity-js|appwrite|workbox-(?!build$|cli$|webpack-plugin$)[a-z-]+)(?:\/|$)/;
// … and a page's client by its maker's name: Supabase's browser client (`@supabase/ssr`'s
// `createBrowserClient(url, anonKey)`, the auth helpers' `createPagesBrowserClient()` and
// `createClientComponentClient()`: vocui's `getClient()` keeping what its `createClient()` makes),
// which signs in with the page's cookies, the one user's; the package's server client is not this.
const BROWSER_CLIENT_CALLEE = /(?:^|\.)(?:createBrowserClient|createBrowserSupabaseClient|createPagesBrowserClient|createClientComponentClient)$/;
// A tokenizer or a model loaded once (lunary's `new Tiktoken(ranks)` per vendor, a
// transformers.js `pipeline('sentiment-analysis')`, click-platform's TensorFlow.js models,
// `await toxicity.load(0.85)`, and its AFINN word list, `new Sentiment()`), or a syntax highlighter's grammars (Shiki's
// `createHighlighter(…)`, cline's code blocks): megabytes of weights and tables that every call
// reads and none writes — a pure function of its input, kept so that it loads once. So is a
// markup converter or sanitizer, configured once (lemmy-ui's `new MarkdownIt(config)`, Tiptap's
// `MarkdownManager` in claude-agent-server's documents, grist's
// `Marked`, notesnook's DOMPurify, appium's fast-xml-parser `XMLBuilder`): each call renders,
// parses or cleans what it is given. So is a template engine (langwatch's LiquidJS engine for its
// customers' notification templates; payever's Twig templates through Twing): each render reads the template and the data it is handed;
// and an expression language's evaluator (chainreact's `new Jexl()`, for its workflows' field mappings): each eval reads the context it is handed;
// and a search index loaded once (hatchet's docs index, `MiniSearch.loadJSON(…)`): each query reads it,
// as it does a GeoIP database (umami's `maxmind.open(…)` of GeoLite2); and a PDF reader's engine
// loaded once (AI-Customer-Support-Agent's `pdfjsReady = definePDFJSModule(() => import('unpdf/pdfjs'))`,
// PDF.js itself): each document is read from the bytes each call hands it;
// and a math typesetter set up once (whatsapp-llm-bot's MathJax `mathjax.document('', { InputJax,
// OutputJax })` over its `liteAdaptor()`): each `convert` typesets the TeX it is handed;
// and a JSON Schema validator (Ajv, `@cfworker/json-schema`; see SCHEMA_VALIDATOR_CALLEE), and the
// message types a `.proto` file describes (chat-server's `protoRoot = protobufjs.loadSync(location)`,
// each event encoded and decoded with them); and an identity provider's public keys, which check
// every user's token alike (pubnub-mcp-server's `jwks = jose.createRemoteJWKSet(new URL(…))`: jose
// fetches them once and caches them, as a `KeyObject` holds one); and a syntax tree parser with its
// grammars loaded (ai-code-review-bot's web-tree-sitter `Parser`, after `Parser.init()` loads its
// WebAssembly): `setLanguage` and `parse` run in one synchronous turn, on the source each call hands it;
// and a word segmenter with its dictionary loaded (TencentDB-Agent-Memory's `Jieba.withDict(dict)`,
// @node-rs/jieba's, for full-text queries in Chinese): each `cut` splits the text it is handed, as
// Kuroshiro over kuromoji's dictionary converts the Japanese each call hands it (Nibi's Discord
// bot, reading kanji for its dictionary command); and
// LangChain's prompt templates and text splitters (`ChatPromptTemplate.fromMessages([…])`, `new
// RecursiveCharacterTextSplitter({ chunkSize })`): each format or split is of what the call hands it;
// and a terminal's colours (website-agent's logger, `new chalkModule.Chalk({ level: 3 })` loaded
// on first use): each call wraps the text it is handed in escape codes, at the level fixed once;
// and PKI.js' crypto engine over WebCrypto (apostille's `new pkijs.CryptoEngine({ name: 'webcrypto',
// crypto })`): each call signs, verifies or encodes what it is handed, with the keys it is handed;
// and a MediaPipe task with its model loaded (ralph-meet's selfie segmenter, `ImageSegmenter.createFromOptions(…)`
// from `@mediapipe/tasks-vision` on first use): each call segments the video frame it is handed.
const MODEL_PACKAGE = /^(?:chalk|kleur|picocolors|colorette|ansi-colors|yoctocolors|jose|@langchain\/core\/prompts|@langchain\/textsplitters|langchain\/prompts|langchain\/text_splitter|web-tree-sitter|tree-sitter|@node-rs\/jieba|nodejieba|jose-node-cjs-runtime|@tiptap\/markdown|ajv|@cfworker\/json-schema|protobufjs|@grpc\/proto-loader|markdown-it|marked|showdown|turndown|unified|dompurify|isomorphic-dompurify|fast-xml-parser|xml2js|liquidjs|handlebars|nunjucks|mustache|jexl|eta|ejs|pug|twing|maxmind|@maxmind\/geoip2-node|geoip-lite|minisearch|flexsearch|lunr|fuse\.js|@orama\/orama|shiki|@shikijs\/[\w-]+|@xenova\/transformers|@huggingface\/transformers|js-tiktoken|tiktoken|@dqbd\/tiktoken|gpt-tokenizer|gpt-3-encoder|@anthropic-ai\/tokenizer|llama3-tokenizer-js|mistral-tokenizer-js|onnxruntime-(?:node|web)|@tensorflow\/tfjs(?:-node)?|@tensorflow-models\/[\w-]+|@mediapipe\/tasks-(?:vision|text|audio|genai)|sentiment|unpdf|pdfjs-dist|mathjax-full|mathjax|@mathjax\/src|kuroshiro|kuroshiro-analyzer-[\w-]+|kuromoji|pkijs)(?:\/|$)/;

// The AI SDK's registry of providers (demo-local-ai-hr-it-bot's `createProviderRegistry(providers)`,
// each provider made on the process's own key), and a provider of its own over such models: a hosted
// API's clients by another name, when made from the process's own values.
const PROVIDER_REGISTRY = /^(?:(?:experimental_)?createProviderRegistry|customProvider)$/;

// A cron library's job (whatsapp-bot-ts' `bdayCronJob: cron.ScheduledTask`, filled by a function of
// its own that schedules it): the clock's handle on the job, kept to stop it, as a timer's is.
const CRON_PACKAGE = /^(?:node-cron|node-schedule|cron|croner)$/;
// The process's terminal (saas-starter's set-up script, `rl ??= createInterface({ input:
// process.stdin, output: process.stdout })`): one stdin, the operator's, whoever else the process serves.
const TERMINAL_PACKAGE = /^(?:node:)?readline(?:\/promises)?$/;
// What watches the process's files: `fs.watch(…)`, chokidar's `watch(…)` (see sharedByDesign).
const FILE_WATCH_PACKAGE = /^(?:(?:node:)?fs|chokidar)$/;

// A context's key (React's and React Router's `createContext(…)`; pg-boss' dashboard keeps its
// router context on the global object so that its two bundles share one): each render or request
// looks its own value up by it, and it holds none itself. Not Node's `vm.createContext(…)`, a sandbox.
const CONTEXT_KEY_PACKAGE = /^(?:react|react-router|react-router-dom|@remix-run\/router|preact|preact\/compat|solid-js|@lit\/context|use-context-selector)$/;

// A dependency-injection container — InversifyJS', tsyringe's, Awilix', TypeDI's: the app's
// composition root, which makes each service and decides how long it lives, one for the app or one
// per request as each binding says (real-time-sports-betting-platform-server's `ContainerManager`
// around `new Container({ defaultScope: 'Singleton' })`). A lookup in one is read so too
// (resolvesFromContainer); each service it makes is judged in its own module.
const CONTAINER_PACKAGE = /^(?:inversify|tsyringe|awilix|typedi|@owja\/ioc|brandi|diod|@needle-di\/core|typescript-ioc)$/;

/**
 * Whether a package is one whose instances one process keeps by design (the lists above), by its
 * name — and a service's client made with the process's own credentials (service-clients.ts): a
 * database's, a cache's or a search server's driver, a cloud platform's or a hosted API's SDK. One
 * client and its pool of connections is what such a package is for, and what a user sees is in the
 * queries and calls each request makes, not in the client. A fifth of what real backends had reported
 * (TicketToken's sixty `pool`, `redis`, `redisPub`, `mongoClient` …, 95 of 484 findings over
 * eighty-seven codebases) was that, and the message — one user's state reaching another's — was
 * wrong for every one.
 */
const sharedPackage = (source: string): boolean => servesWithOwnCredentials(source) || [TELEMETRY_PACKAGE, MODEL_PACKAGE, LIMITER_PACKAGE, ID_ENCODER_PACKAGE, BROWSER_SDK_PACKAGE, SERVER_PACKAGE, CONTAINER_PACKAGE, HTTP_AGENT_PACKAGE, CRON_PACKAGE, TERMINAL_PACKAGE].some((pattern) => pattern.test(source));
/** The same, but not a service's client (service-clients.ts): one filled from what its first caller passed (see sharedByDesign). */
const sharedBeyondClients = (source: string): boolean => !servesWithOwnCredentials(source) && sharedPackage(source);
/** The same, but not a hosted API's client: one filled from what the module cannot show to be the process's own configuration. */
const sharedBeyondHostedApis = (source: string): boolean => !isHostedApiClient(source) && sharedPackage(source);

/**
 * Where what fills a holder comes from: `caller`, what the filling function was passed, on first
 * use (`getDb(tenant)`); `unseen`, something the module cannot show to be the process's own
 * configuration (`new OpenAI({ apiKey: getUserSettings().apiKey })`, see own-configuration.ts);
 * `own`, that configuration, or whatever a module's top level makes as it loads, before any request.
 */
export type FillSource = 'own' | 'unseen' | 'caller';

/**
 * Prisma's client by its class's name too: Prisma 6 generates it into the project
 * (`../generated/prisma`); and a maker of a database's or a cache's client by its name, from a
 * package of the workspace's own (sourcebot's `createRedisClient({ … })` from `@sourcebot/shared`),
 * or a getter named for the Redis client it hands out (moksh009's `getAppRedis()`, kept on
 * `global.redisClient` for the socket server's adapter), or an opener of one (AgentX's
 * `openDatabase(path)`, SQLite's file), or a connection to one by its
 * class's name (stack-auth's `Promise<DbConnection>`, whatsapp-bot-scanner's `SQLiteConnection`, SpacetimeDB's generated client), or a class
 * named for the database it is (ft_transcendence's `new AuthDatabase()` around its SQLite file,
 * `new sqlite3.Database(path)`), or Bun's own clients (bun-llm-proxy's `new Bun.RedisClient(url)`,
 * `new Bun.SQL(url)`), or TypeORM's data source by its maker's name (chat-with-pdf-server's
 * `dataSource = await getDataSource()` from its ORM config), or a pool of connections to one by
 * its class's name (Reyada's `DatabaseConnectionPool`, a `PgPool`), or what a class makes from a
 * connection string (LangGraph's `PostgresSaver.fromConnString(url)`, aria-backend's checkpointer;
 * Azure's `fromConnectionString`): the store every request reads and writes by key, by design.
 */
// … and the server's privileged client by its maker's name: Supabase's service-role client
// (gpt-agent-platform's `getSupabaseServiceRoleClient()`, the `createAdminClient()` Supabase's
// guides write, tiangong-lca's `createSupabaseServiceClient()`), an admin API's client — made with
// the server's own key, never a user's session.
const ADMIN_CLIENT_CALLEE = /(?:^|\.)(?:get|create|make)?\w*(?:ServiceRole|Admin|SupabaseService)Client$/;
const DATABASE_CLIENT_CLASS = /(?:^|\.)(?:PrismaClient|(?:get|create)(?:[A-Z]\w*)?DataSource|Bun\.(?:RedisClient|SQL)|create(?:Redis|Valkey|Postgres|Pg|Mongo|MongoDb|MySql|Mysql|Prisma|Drizzle|Kysely|Knex|Database|Db)(?:Client|Pool)|get(?:[A-Z]\w*)?Redis(?:Client|Connection)?|open(?:Database|Db)|(?:Db|Database|SQLite|Sqlite|Postgres|Pg|MySql|Mysql|Mongo|MongoDb)Connection(?:Pool)?|(?:Db|DB|Database|Postgres|Pg|MySql|Mysql|Mongo|MongoDb|Redis)Pool|[A-Z]\w*(?:Database|Db|DB)|\w+\.from(?:ConnString|ConnectionString))$/;

// A base class named for a database's or a cache's client: `RedisApplication`, `MongoConnectionBase`, `PgStore`.
const DATABASE_CLIENT_BASE = /^(?:Redis|Valkey|Mongo|MongoDb|Postgres|Pg|MySql|Mysql|Sqlite|SQLite)(?:[A-Z]\w*)?(?:Client|Connection|Application|Service|Store|Cache|Base|Adapter|Provider|Repository)$/;

// Bun's own clients by the names `bun` exports them under (see sharedByDesign).
const BUN_CLIENT_CLASS = /^(?:SQL|RedisClient)$/;

// A model provider's or another hosted API's client by its maker's name, a function of the app's
// own around the SDKs (github-app-playground's `createLLMClient({ provider: config.provider,
// anthropicApiKey: config.anthropicApiKey })`, kept for its keep-alive pool; Replit's generated
// `twilioClient = await getTwilioClient()`): as a hosted API's client is (service-clients.ts),
// when only the process's own configuration made it.
// A function named for setting up the process's logging (dployr-base's `initFileLogging(path)`,
// opening the append stream every log line goes to), or for turning its file over (eccb.app's
// `rotateLogFile()`, reopening the day's file): what it keeps is the log's outlet.
const LOGGING_SET_UP = /^(?:init|initiali[sz]e|setup|setUp|configure|open|reopen|rotate|start|enable)\w*(?:Log|Logs|Logging|Logger)(?:File|Files|Stream)?$/;
const HOSTED_CLIENT_CALLEE = /(?:^|\.)(?:create|make|build|get)(?:[A-Z]\w*)?(?:LLM|Llm|OpenAI|OpenAi|Openai|Anthropic|Gemini|Claude|Groq|Mistral|Ollama|Bedrock|Twilio|Stripe|SendGrid|Sendgrid|Resend|Postmark|Mailgun|Slack|Octokit|GitHub|Github|Notion)Client$/;

/**
 * Loggers, telemetry, per-request stores, concurrency caps, id generators, loaded models and the server itself:
 * one for the process is what they are for. What a browser-only SDK makes (Stripe.js' `loadStripe(…)`,
 * posthog-js) lives in a page, which serves one user. `at` is where the holder is, to look up
 * where the producer comes from. `fill`: where what fills it comes from (FillSource). Filled on
 * first use from what the filling function was passed (`getDb(tenant)` → `db ??= new Pool({
 * database: tenant.db })`), a service's client is the first caller's, handed to every later one,
 * and no longer shared by design; filled from what may be one user's (`getUserSettings().apiKey`),
 * a hosted API's client may hold that user's key, and is not either.
 */
export function sharedByDesign(name: string, producer: string | undefined, at: TSESTree.Node, declaredType?: TSESTree.TypeNode, fill: FillSource = 'own'): boolean {
  const shared = fill === 'caller' ? sharedBeyondClients : fill === 'unseen' ? sharedBeyondHostedApis : sharedPackage;
  // A database's client or the server's admin client, by name: not when the first caller's values made it.
  const storeOrAdminClient = (text: string) => fill !== 'caller' && (DATABASE_CLIENT_CLASS.test(text) || ADMIN_CLIENT_CALLEE.test(text));
  if (LOGGER_NAME.test(name)) return true;
  // Named for a value, as a getter can be (VALUE_GETTER): audiobookshelf's `global.ConfigPath =
  // fileUtils.filePathToPOSIX(…)`, a `sessionId`, a `baseUrl` — one for the process is no instance.
  if (VALUE_GETTER.test(name)) return true;
  // Made by a package's export called where it is required (4humans' `io = require('socket.io')(server, options)`).
  const required = requiredMaker(at);
  if (required !== undefined && shared(required)) return true;
  if (opensGrpcChannel(at) || nestHttpServer(at)) return true;
  const program = programOf(at);
  const packageOf = (root: string) => (program && (importSourceOf(program, root) ?? loadedSourceOf(program, root))) ?? '';
  // Declared as a telemetry package's type (or a model's, or a limiter's), whatever fills it: spacebar's `static
  // openConnectionsMetric?: Gauge` (prom-client), set from `Monitoring.attachMetric(…)`.
  // `Gauge | undefined`, `Gauge | null`: what it holds once filled; and what a promise resolves to:
  // cline's `highlighterPromise: Promise<HighlighterCore>` (Shiki's).
  const held = resolvedFilledType(declaredType);
  // Declared as a per-request store, whatever constructor fills it (Sentry's Next.js SDK takes `AsyncLocalStorage` off the global object).
  if (held?.type === 'TSTypeReference' && (REQUEST_STORE_CLASS.test(typeNameText(held.typeName)) || storeOrAdminClient(typeNameText(held.typeName)))) return true;
  // Declared as a schema registry or a metadata store, whatever fills it (type-graphql's
  // `static metadataStorage: MetadataStorage`, a clone of the global one for each schema build).
  if (held?.type === 'TSTypeReference' && SCHEMA_REGISTRY_CALLEE.test(typeNameText(held.typeName))) return true;
  // Declared as a logger or a telemetry instrument by its type's name, whatever fills it (iris-eval's
  // `cachedExporter: OtelExporter | null`, set from its own `exporterFromEnv()`): the process's.
  if (held?.type === 'TSTypeReference' && [LOGGER_CALLEE, TELEMETRY_CALLEE].some((pattern) => pattern.test(typeNameText(held.typeName)))) return true;
  // … and a tracer by its type's name, unless the app's own class is that type: knowledge-base-mcp-server's
  // `cachedTracer: MinimalTracer | null`, an interface over OpenTelemetry's tracer, is one; ai-mcp-gateway's
  // `Tracer`, a class of its own keeping every request's payload until it is saved, is judged as any class is.
  if (program && held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && TRACER_TYPE.test(held.typeName.name) && !appClassNamed(program, held.typeName.name)) return true;
  // Declared as a class of the module's that runs cron jobs (`NonceCleanupScheduler | null`), whatever fills it.
  if (program && held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && keepsCronJobs(program, held.typeName.name)) return true;
  // A browser SDK's type too (supermemory's `Promise<PostHog>` from posthog-js, filled by a function of its own): a page's.
  if (program && typeKeptByDesign(program, declaredType, shared)) return true;
  // The process's own helper process, started from its own settings (unbrowse's `kuriProcess:
  // ChildProcess | null`, the browser driver its `start()` spawns; moltbot's Gmail watcher): one for
  // the process. Not one started from what a caller handed the function that starts it (fill).
  if (fill === 'own' && program && spawnsOwnProcess(program, held, producer)) return true;
  // Filled by a function named for making the server's admin client (genius365's
  // `createAdminClient()`, keeping the service-role Supabase client it makes): what it keeps is that.
  const maker = writingFunction(at);
  const makerName = maker && functionName(maker);
  if (makerName !== undefined && fill !== 'caller' && ADMIN_CLIENT_CALLEE.test(makerName)) return true;
  // … or for setting up the process's logging.
  if (makerName !== undefined && LOGGING_SET_UP.test(makerName)) return true;
  // … or a model provider's or a hosted API's client, from the process's own values (open-agentic-platform's
  // `getAnthropicClient()`, keeping the fetch-backed client its `makeHttpClient(anthropicApiKey())` builds).
  if (makerName !== undefined && fill === 'own' && HOSTED_CLIENT_CALLEE.test(makerName)) return true;
  // Filled by a function run where it is written, asked as a maker of the module's is: the same
  // ai-recruitment's `recordingCached ??= (async () => { …; return { client, config }; })()`.
  if (producer === undefined) {
    const invoked = invokedFunction(at);
    if (invoked !== undefined) return handsBackOnlySharedByDesign(invoked, fill);
    // Another variable of the module's, or what it settles to: driftos' `model = await loading`,
    // `loading` the embedding pipeline's load — what that one is given, this one holds.
    const other = awaitedName(at);
    return program !== undefined && other !== undefined && other !== name && madeByWhatIsShared(program, other, at, fill);
  }
  // A LangGraph plan, compiled from the process's own nodes and tools: not from a caller's, whose tools may hold its user's keys.
  if (fill === 'own' && program !== undefined && compiledAgentPlan(program, at)) return true;
  if (storeOrAdminClient(producer) || BROWSER_CLIENT_CALLEE.test(producer) || [LOGGER_CALLEE, TELEMETRY_CALLEE, REQUEST_STORE_CLASS, LIMITER_CALLEE, SERVER_CALLEE, BACKGROUND_WORK_CALLEE, SIDE_TABLE_CLASS, ID_GENERATOR_CALLEE, SCHEMA_REGISTRY_CALLEE, SCHEMA_VALIDATOR_CALLEE].some((pattern) => pattern.test(producer))) return true;
  const root = producer.split('.')[0]!;
  // A class of the module's own is its base class's kind: big-AGI's `class BigAgiDB extends Dexie`.
  const base = program && !producer.includes('.') ? baseClassOf(program, root) : undefined;
  const source = packageOf(root) || (base !== undefined ? packageOf(base) : '');
  if (shared(source)) return true;
  // … or a base class of the app's own named for a database's client (express-auth-service's
  // `class TokensCache extends RedisApplication`, whose entries live in Redis under each token).
  if (base !== undefined && fill !== 'caller' && (DATABASE_CLIENT_CLASS.test(base) || DATABASE_CLIENT_BASE.test(base))) return true;
  if (NODE_SERVER_TYPE.test(producer) && NODE_SERVER_MODULE.test(source)) return true;
  if (producer.split('.').pop() === 'createContext' && CONTEXT_KEY_PACKAGE.test(source)) return true;
  if (fill === 'own' && source === 'ai' && PROVIDER_REGISTRY.test(producer.split('.').pop()!)) return true;
  // A watch on the process's files (mcp-gateway's tenant loader, `watcher = watch(dir, …)` from
  // `node:fs`; chokidar's): a handle that stops it, as a timer's is.
  if (producer.split('.').pop() === 'watch' && FILE_WATCH_PACKAGE.test(source)) return true;
  // Bun's own clients imported by name (github-app-playground's `import { SQL } from "bun"`, `pool =
  // new SQL(config.databaseUrl)`), as `new Bun.SQL(url)` is (DATABASE_CLIENT_CLASS).
  if (source === 'bun' && fill !== 'caller' && BUN_CLIENT_CLASS.test(producer)) return true;
  if (fill === 'own' && HOSTED_CLIENT_CALLEE.test(producer)) return true;
  if (program !== undefined && producer.includes('.')) return madeByWhatIsShared(program, root, at, fill) || keepsCronJobs(program, root);
  if (program === undefined) return false;
  // A class's instance is asked what its class keeps, and so is one a maker of the module's own
  // hands back (ai-sdk-slackbot's `httpClientInstance = createHttpClient()`, returning `new
  // ServiceNowHttpClient(clientConfig)` of the process's ServiceNow settings).
  const made = classMadeBy(program, root);
  return classSharedByDesign(program, root, fill) || (made !== undefined && classSharedByDesign(program, made, fill));
}

/** Whether what a class of the module's, or one it imports, keeps is shared by design (see sharedByDesign). */
function classSharedByDesign(program: TSESTree.Program, root: string, fill: FillSource): boolean {
  // A table the module's class builds from the process's own data, that nothing changes once built.
  if (fill === 'own' && readOnlyOnceBuilt(program, root)) return true;
  return keepsPageOnlyObject(program, root) || bindsNativeLibrary(program, root) || keepsOnlySharedByDesign(program, root, fill) || makesOnlySharedByDesign(program, root, fill)
    || keepsCronJobs(program, root) || keepsMetrics(program, root) || pollsOnItsOwnTimer(program, root) || keepsNothing(program, root, fill) || keepsNothingInInstances(program, root) || hooksProcessOnly(program, root) || importedClassShared(program, root, fill);
}

/**
 * The class a function of the module's own makes every instance it hands back of — `return new
 * ServiceNowHttpClient(config)`, or `const client = new X(…); return client` — named as the module
 * names it; undefined for anything else.
 */
function classMadeBy(program: TSESTree.Program, name: string): string | undefined {
  const fn = localFunction(program, name);
  if (!fn) return undefined;
  const classes = new Set<string | undefined>();
  for (const value of returnedValues(fn)) {
    const made = value === null ? undefined : madeValue(fn, value);
    const newed = made && unwrapExpression(made);
    classes.add(newed?.type === 'NewExpression' && newed.callee.type === 'Identifier' && newed.callee.name !== name ? newed.callee.name : undefined);
  }
  const [only] = classes;
  return classes.size === 1 ? only : undefined;
}

/**
 * The fields' classes being asked (typeOfSharedAppClass), outermost first: two classes deep — a
 * repository keeping a table client that keeps the HTTP client (ai-sdk-slackbot's change
 * repository) — and never round a cycle.
 */
const askingFieldClasses: Array<{ readonly program: TSESTree.Program; readonly name: string }> = [];
const FIELD_CLASS_DEPTH = 2;

/**
 * Whether a field is declared as a class of the app's own — the module's, or another file's,
 * imported for its type alone too — whose instances are shared by design as a holder's would be
 * (see classSharedByDesign): ai-sdk-slackbot's ServiceNow repositories, each keeping the
 * `ServiceNowHttpClient` it is handed, a class that keeps only its settings. Two classes deep.
 */
function typeOfSharedAppClass(program: TSESTree.Program, declared: TSESTree.TypeNode, fill: FillSource): boolean {
  const held = resolvedFilledType(declared);
  if (askingFieldClasses.length >= FIELD_CLASS_DEPTH || held?.type !== 'TSTypeReference' || held.typeName.type !== 'Identifier' || held.typeArguments) return false;
  const appClass = appClassNamed(program, held.typeName.name);
  if (!appClass) return false;
  if (askingFieldClasses.some((asked) => asked.program === appClass.program && asked.name === appClass.name)) return false;
  askingFieldClasses.push(appClass);
  try {
    return classSharedByDesign(appClass.program, appClass.name, fill);
  } finally {
    askingFieldClasses.pop();
  }
}

/**
 * Whether a class another file of the project declares (see importedClass) keeps nothing, or only
 * what is shared by design, asked of its own module as a class of this one is: slack-sales-agent's
 * `instance = new SupabaseMemoryProvider()`, a class of methods alone in `./supabase-provider.js`;
 * or, made from the process's own values, is read-only once built (ai-sdk-slackbot's
 * `ServiceNowHttpClient`, keeping only its settings).
 */
function importedClassShared(program: TSESTree.Program, name: string, fill: FillSource): boolean {
  const imported = importedClass(program, name);
  return imported !== undefined && (keepsNothing(imported.program, imported.name, fill) || keepsMetrics(imported.program, imported.name) || keepsOnlySharedByDesign(imported.program, imported.name, fill)
    || (fill === 'own' && readOnlyOnceBuilt(imported.program, imported.name)));
}

/** A class the module declares that hooks into the process (process-hooks.ts), and collects no one's records. */
function hooksProcessOnly(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  return declaration !== undefined && !collectsRecordFields(program, declaration) && hooksProcess(declaration);
}

/**
 * The package whose export a value is made by where it is required: `require('socket.io')(server)`,
 * `new (require('ioredis'))(url)`, `require('x').make()` — or imported, awaited where it is made
 * (tmcp's `new (await import('sqids')).default()`, a package loaded only when first needed).
 */
function requiredMaker(value: TSESTree.Node): string | undefined {
  const made = unwrapExpression(value);
  if (made.type !== 'CallExpression' && made.type !== 'NewExpression') return undefined;
  const callee = unwrapExpression(made.callee);
  const loaded = (node: TSESTree.Node) => requireSource(node) ?? dynamicImportSource(node);
  return loaded(callee) ?? (callee.type === 'MemberExpression' ? loaded(callee.object) : undefined);
}

/**
 * `new (pkg().ControllerService)(address, grpc.credentials.createInsecure())`: a gRPC client,
 * which every generated stub is made with the channel's credentials for — one channel to one
 * service, whose calls each carry their own metadata, as a database's pool does (neutree's
 * control-plane client, its stub class loaded from a `.proto` file).
 */
const CHANNEL_CREDENTIALS = /(?:^|\.)(?:credentials|ChannelCredentials)\.(?:createInsecure|createSsl|createFromSecureContext|combineChannelCredentials)$/;
function opensGrpcChannel(value: TSESTree.Node): boolean {
  const made = unwrapExpression(value);
  return made.type === 'NewExpression' && made.arguments.some((argument) => {
    const given = unwrapExpression(argument);
    return given.type === 'CallExpression' && CHANNEL_CREDENTIALS.test(calleeText(given.callee) ?? '');
  });
}

/**
 * `app.getHttpAdapter().getInstance()`: the Express or Fastify instance under a NestJS app — the
 * app's own server, which a serverless entry point keeps so that each invocation reuses the app it
 * bootstrapped (nexaflow-backend's Vercel handler: `cachedServer = app.getHttpAdapter().getInstance()`).
 */
function nestHttpServer(value: TSESTree.Node): boolean {
  let made = unwrapExpression(value);
  if (made.type === 'AwaitExpression') made = unwrapExpression(made.argument);
  if (made.type !== 'CallExpression' || made.arguments.length > 0) return false;
  const callee = unwrapExpression(made.callee);
  if (callee.type !== 'MemberExpression' || staticName(callee.property) !== 'getInstance') return false;
  const adapter = unwrapExpression(callee.object);
  return adapter.type === 'CallExpression' && adapter.callee.type === 'MemberExpression' && staticName(adapter.callee.property) === 'getHttpAdapter';
}

// What changes a module's collection in place: `cache.set(k, v)`, `queue.push(job)`.
const MUTATING_METHODS: ReadonlySet<string> = new Set(['set', 'add', 'push', 'unshift', 'splice', 'delete', 'clear', 'pop', 'shift', 'sort', 'reverse', 'fill', 'copyWithin']);

/**
 * Whether a class the module declares keeps nothing at all: methods, and no field, no parameter
 * property, no write to `this`, no base class, `this` handed to nobody, and no method that writes
 * a module's variable or changes a module's collection — gHashTag's `export const projectManager = new
 * ProjectManager()`, whose methods each query the module's database pool. One instance for the
 * process is one set of functions: there is nothing in it for one user's state to be kept in.
 * (A class that keeps its state in the module beside it is not this: `setUser(u) { current = u }`.)
 * Nor is there in a field of the class's own flags (ownFlags) or of plain values no user gave it
 * (ownPlainFields: an address and a key from the environment, a circuit breaker's counts).
 */
function keepsNothing(program: TSESTree.Program, name: string, fill: FillSource): boolean {
  const declaration = localClass(program, name);
  if (!declaration || declaration.superClass) return false;
  const flags = new Set([...ownFlags(declaration), ...ownPlainFields(declaration, fill)]);
  for (const member of declaration.body.body) {
    if ((member.type === 'PropertyDefinition' || member.type === 'AccessorProperty') && !member.static && !isMethodField(member) && !flags.has(staticName(member.key) ?? '')) return false;
    if (member.type === 'MethodDefinition' && member.kind === 'constructor' && member.value.params.some((param) => param.type === 'TSParameterProperty')) return false;
  }
  // The instance's methods: a static one's `this` is the class, whose holder is asked about apart.
  const instanceMembers = declaration.body.body.filter((member) => !('static' in member && member.static));
  // An empty class is a stand-in whose state is declared elsewhere (or not yet): nothing seen to keep nothing.
  if (!instanceMembers.some((member) => (member.type === 'MethodDefinition' && member.kind === 'method') || isMethodField(member))) return false;
  let keeps = false;
  // A flag or a plain value is set only as ownFlags and ownPlainFields allow, and handing one to a
  // call hands a copy (`axios.post(this.url, …)`): neither keeps anything of a caller's.
  const usesFlag = (node: TSESTree.ThisExpression) => node.parent?.type === 'MemberExpression' && node.parent.object === node && !node.parent.computed && flags.has(staticName(node.parent.property) ?? '');
  for (const member of instanceMembers) walk(member, (node) => {
    if (keeps) return;
    if (node.type === 'ThisExpression') keeps = changesThis(node) && !usesFlag(node);
    else if (node.type === 'AssignmentExpression' || node.type === 'UpdateExpression') keeps = moduleBindingRoot(program, node.type === 'AssignmentExpression' ? node.left : node.argument);
    // … but a write through the module's database client goes to the database (ai-notes-full-stack's
    // `OfflineStorageService`, `db.syncQueue.add(item)` on the module's Dexie database).
    else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') keeps = MUTATING_METHODS.has(staticName(node.callee.property) ?? '') && moduleBindingRoot(program, node.callee.object) && !throughSharedBinding(program, node.callee.object);
    else if (node.type === 'UnaryExpression' && node.operator === 'delete') keeps = true;
  });
  return !keeps;
}

/**
 * A class's boolean fields that only it sets, never from what a caller hands a method — rgpd-ia-platform's
 * `PgTenantRepo`, `_hasDeletedAt: boolean | null`, whether the table has the column, asked of the
 * database once: a fact about the process's own world, as a reconnect flag is, not a user's state.
 */
function ownFlags(declaration: TSESTree.ClassDeclaration): ReadonlySet<string> {
  const flags = new Set<string>();
  for (const member of declaration.body.body) {
    if (member.type !== 'PropertyDefinition' || member.static || member.computed) continue;
    const field = staticName(member.key);
    const declared = filledType(member.typeAnnotation?.typeAnnotation);
    const initial = member.value && unwrapExpression(member.value);
    const boolean = declared !== undefined ? declared.type === 'TSBooleanKeyword' : initial?.type === 'Literal' && typeof initial.value === 'boolean';
    if (field !== undefined && boolean) flags.add(field);
  }
  for (const write of instanceWrites(declaration)) if (write.field !== undefined && write.fromCaller && !write.inConstructor) flags.delete(write.field);
  return flags;
}

/**
 * Whether a class the module declares is all static code: its instances keep nothing — no field,
 * no parameter property, a constructor that does nothing with `this` — and it has no instance
 * member, but a static method doing work of its own (one that neither makes an instance nor names
 * a member that holds one), while nothing in it reaches into what a static member holds
 * (`this.instance.x`, `Service.instance.x = …`): CityCatalyst's `NotificationService`, whose
 * `getInstance(transporter)` hands out an instance its static `sendEmail(…)` never uses. There is
 * nothing in one for a user's state to be kept in. (A class of a `getInstance()` alone is a
 * stand-in, as keepsNothing reads it.)
 */
function keepsNothingInInstances(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  if (!declaration || declaration.superClass) return false;
  const makesInstance = (node: TSESTree.Node): boolean => {
    const made = unwrapExpression(node as TSESTree.Expression);
    return made.type === 'NewExpression' && made.callee.type === 'Identifier' && made.callee.name === name;
  };
  // The static members an instance is kept in: given `new Name(…)` where declared or by an assignment.
  const holders = new Set<string>();
  walk(declaration.body, (node) => {
    if (node.type === 'PropertyDefinition' && node.static && node.value && makesInstance(node.value)) holders.add(staticName(node.key) ?? '');
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && makesInstance(node.right)) holders.add(staticName(node.left.property) ?? '');
  });
  let ownWork = false;
  for (const member of declaration.body.body) {
    if (member.type === 'StaticBlock') continue;
    if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
      if (member.value.params.some((param) => param.type === 'TSParameterProperty')) return false;
      let usesThis = false;
      if (member.value.body) walk(member.value.body, (node) => { usesThis ||= node.type === 'ThisExpression'; });
      if (usesThis) return false;
      continue;
    }
    if (!('static' in member) || !member.static) return false;
    if (member.type !== 'MethodDefinition' || !member.value.body) continue;
    let touchesInstance = false;
    walk(member.value.body, (node) => {
      touchesInstance ||= makesInstance(node) || (node.type === 'MemberExpression' && holders.has(staticName(node.property) ?? ''));
    });
    ownWork ||= !touchesInstance;
  }
  if (!ownWork) return false;
  let reachesIn = false;
  walk(declaration.body, (node) => {
    if (node.type !== 'MemberExpression') return;
    const object = unwrapExpression(node.object);
    if (object.type !== 'MemberExpression') return;
    const owner = unwrapExpression(object.object);
    reachesIn ||= owner.type === 'ThisExpression' || (owner.type === 'Identifier' && owner.name === name);
  });
  return !reachesIn;
}

/**
 * A method written as a field, `public SubscriptionHandler = async (req, res) => { … }`
 * (chat-with-pdf-server's Express controllers, bound to the instance so that a route can take it
 * as it is): a function, set once where the class declares it, not state.
 */
function isMethodField(member: TSESTree.ClassElement): boolean {
  return member.type === 'PropertyDefinition' && !member.static && !member.computed && member.value != null && (member.value.type === 'ArrowFunctionExpression' || member.value.type === 'FunctionExpression');
}

/**
 * `this.x = …`, `this.x++`, `this[k] = …`, `Object.assign(this, …)`, `register(this)`, `const self
 * = this`: the instance keeps something, or is handed to what may (an alias writes through as `this` does).
 */
function changesThis(node: TSESTree.ThisExpression): boolean {
  let outer: TSESTree.Node = node;
  while (outer.parent?.type === 'MemberExpression' && outer.parent.object === outer) outer = outer.parent;
  const parent = outer.parent;
  if ((parent?.type === 'AssignmentExpression' && parent.left === outer) || parent?.type === 'UpdateExpression') return outer !== node;
  if (outer === node && ((parent?.type === 'VariableDeclarator' && parent.init === node) || (parent?.type === 'AssignmentExpression' && parent.right === node))) return true;
  return parent?.type === 'CallExpression' && parent.arguments.includes(outer as TSESTree.CallExpressionArgument);
}


/** Whether what a member chain starts from is a module variable holding what is shared by design: `db` in `db.notes.add(…)`, a database. */
function throughSharedBinding(program: TSESTree.Program, target: TSESTree.Node): boolean {
  const root = chainRoot(target);
  return root.type === 'Identifier' && madeByWhatIsShared(program, root.name, root, 'own');
}

/**
 * Whether a class the module declares runs cron jobs of its own: a method of it hands a cron
 * library's scheduler a job (EasyEscrow's `OfferExpiryScheduler`, `this.job = cron.schedule(…)` in
 * `start()`). Its one instance is the process's scheduler — two would run every job twice — as
 * the job's handle is the process's (scheduled-jobs.ts); what it keeps is its jobs and how they
 * went. Not when a field collects records (`Map<string, UserDigest>`, an untyped `new Map()`):
 * those may be users', whatever else the class schedules.
 */
function keepsCronJobs(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  return declaration !== undefined && !collectsRecordFields(program, declaration) && runsCronJobs(declaration, importsOf(program));
}

/**
 * Whether a class the module declares is a poller of the process's own: a method keeps the handle of
 * a timer it starts (`this.intervalId = setInterval(() => this.processScheduledTasks(), …)`), and all
 * else it keeps is values it sets itself — a flag, counts of how its runs went — not a caller's
 * argument, nor anything it collects records in: cleo-agent's `AgentTaskScheduler`, picking up every
 * user's due tasks from the database each minute. Its one instance is the process's poller, as a
 * cron scheduler is (keepsCronJobs): a user's work is a task it picks up, not the poller.
 */
function pollsOnItsOwnTimer(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  if (!declaration || declaration.superClass) return false;
  const writes = instanceWrites(declaration);
  if (!writes.some(({ value }) => { const made = unwrapExpression(value); return made.type === 'CallExpression' && startsTimer(made); })) return false;
  const fields = [...declaration.body.body.filter((member): member is TSESTree.PropertyDefinition => member.type === 'PropertyDefinition' && !member.static), ...parameterProperties(declaration)];
  for (const field of fields) {
    const declared = field.typeAnnotation?.typeAnnotation;
    if (declared !== undefined ? !holdsValues(declared) || collectsRecords(program, declared) : field.value != null && producesObject(field.value)) return false;
  }
  if (writes.some(({ value, inConstructor, fromCaller }) => producesObject(value) || (fromCaller && !inConstructor))) return false;
  // Nor what a caller hands a method kept inside a field (`this.stats.lastUser = user`, `this.seen.push(id)`).
  return declaration.body.body.every((member) => member.type !== 'MethodDefinition' || member.static || !member.value.body || !keepsInsideFields(member.value));
}

/**
 * Whether a method a caller hands arguments changes what the instance keeps with them: sets a field
 * to what it makes of them, writes inside one or calls a changing method on one — finger's
 * `RouterConfigManager`, whose `importConfig(json)` sets `this.config` to `JSON.parse(json)` and
 * `addRoute(rule)` pushes the caller's rule into it. Not a field set to what the method fetched
 * for itself (vectorflow's Vault provider, `getToken(forceRefresh, signal)` keeping the token its
 * own AppRole login returned).
 */
function changedByCallers(declaration: TSESTree.ClassDeclaration): boolean {
  return declaration.body.body.some((member) => {
    if (member.type !== 'MethodDefinition' || member.kind === 'constructor' || member.static || !member.value.body || member.value.params.length === 0) return false;
    let writes = keepsInsideFields(member.value);
    walk(member.value, (node) => {
      if (!writes && node.type === 'AssignmentExpression') {
        writes = unwrapExpression(node.left).type === 'MemberExpression' && chainRoot(unwrapExpression(node.left) as TSESTree.MemberExpression).type === 'ThisExpression' && dependsOnParameters(node, member.value);
      }
    });
    return writes;
  });
}

/**
 * Whether what an assignment writes is made of a parameter of the method it is in (or of a callback
 * there), directly or through the method's own variables, a few deep: `this.config = config` after
 * `const config = JSON.parse(json)`. An abort signal carries no data: a response fetched with the
 * caller's signal is the method's own.
 */
function dependsOnParameters(assignment: TSESTree.AssignmentExpression, method: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): boolean {
  const parameters = parametersAround(assignment, method, (param) => {
    const annotated = param.type === 'AssignmentPattern' ? param.left : param;
    const declared = 'typeAnnotation' in annotated ? annotated.typeAnnotation?.typeAnnotation : undefined;
    return declared?.type === 'TSTypeReference' && declared.typeName.type === 'Identifier' && declared.typeName.name === 'AbortSignal';
  });
  // What each of the method's variables is given: where it is declared, the list a loop takes it
  // from (`for (const rule of rules)`), and any later assignment (`let token; token = body.token`).
  const sources = new Map<string, TSESTree.Node[]>();
  const give = (names: readonly string[], source: TSESTree.Node) => {
    for (const name of names) sources.set(name, [...(sources.get(name) ?? []), source]);
  };
  walk(method, (node) => {
    if (node.type === 'VariableDeclarator' && node.init) give(patternNames(node.id), node.init);
    else if ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') && node.left.type === 'VariableDeclaration') give(node.left.declarations.flatMap((d) => patternNames(d.id)), node.right);
    else if (node.type === 'AssignmentExpression' && node !== assignment && node.left.type === 'Identifier') give([node.left.name], node.right);
  });
  const followed = new Set<string>();
  const named = (node: TSESTree.Identifier): boolean => {
    const parent = node.parent;
    if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return false;
    return !(parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand);
  };
  const reads = (expression: TSESTree.Node, depth: number): boolean => {
    let found = false;
    walk(expression, (node) => {
      if (found || node.type !== 'Identifier' || !named(node)) return;
      if (parameters.has(node.name)) found = true;
      else if (depth < 4 && sources.has(node.name) && !followed.has(node.name)) {
        followed.add(node.name);
        found = sources.get(node.name)!.some((source) => reads(source, depth + 1));
      }
    });
    return found;
  };
  return reads(assignment.right, 0);
}

/** Whether a method writes a parameter's value into what a field holds, or calls a changing method on it (see pollsOnItsOwnTimer). */
function keepsInsideFields(method: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): boolean {
  const insideField = (node: TSESTree.Node): boolean => {
    const target = unwrapExpression(node);
    return target.type === 'MemberExpression' && unwrapExpression(target.object).type !== 'ThisExpression' && chainRoot(target).type === 'ThisExpression';
  };
  let keeps = false;
  walk(method, (node) => {
    if (node.type === 'AssignmentExpression' && insideField(node.left) && madeFromParameters(node, method)) keeps = true;
    else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && MUTATING_METHODS.has(staticName(node.callee.property) ?? '') && chainRoot(node.callee.object).type === 'ThisExpression') keeps = true;
  });
  return keeps;
}

/** Whether a field of the class collects records (`Map<string, UserDigest>`, an untyped `new Map()`): those may be users'. */
function collectsRecordFields(program: TSESTree.Program, declaration: TSESTree.ClassDeclaration): boolean {
  return declaration.body.body.some((member) => {
    if (member.type !== 'PropertyDefinition' || member.static) return false;
    const declared = member.typeAnnotation?.typeAnnotation;
    return declared !== undefined ? collectsRecords(program, declared) : member.value?.type === 'NewExpression' && calleeText(member.value.callee) === 'Map';
  });
}

/**
 * Whether a variable holds only what one process shares by design, so that what its methods make
 * is of the same kind: TicketToken's `channel = await connection.createChannel()` on amqplib's
 * `connection = await amqp.connect(url)`, a MongoDB `client.db(name)`, umami's
 * `baseClient.$extends(readReplicas(…))` on a `const baseClient = new PrismaClient(…)` of the same
 * function. Read from a `const` around `at`, or from a module variable's declared type or every
 * value the module gives it (emptying it aside).
 */
function madeByWhatIsShared(program: TSESTree.Program, name: string, at: TSESTree.Node, fill: FillSource): boolean {
  const local = enclosingConst(at, name);
  if (local?.init) {
    const init = local.init;
    return askOnce(askingMakers, local, () => {
      const producer = producerName(init);
      return producer !== undefined && sharedByDesign(name, producer, init, local.id.typeAnnotation?.typeAnnotation, fill);
    });
  }
  const declarator = localVariable(program, name);
  return declarator !== undefined && requiredBindings(declarator).length === 0 && askOnce(askingMakers, declarator, () => {
    if (sharedByDesign(name, undefined, declarator, declarator.id.typeAnnotation?.typeAnnotation, fill)) return true;
    const values = valuesGivenTo(program, name);
    return values.length > 0 && values.every((value) => {
      const producer = producerName(value);
      return producer !== undefined && sharedByDesign(name, producer, value, undefined, fill);
    });
  });
}

// The module's own makers and variables being asked whether they make or hold what is shared by
// design: one that calls itself, or two that call each other, are asked once.
const askingMakers = new Set<TSESTree.Node>();

/**
 * Whether a function the module declares hands back only what one process shares by design,
 * made where it returns it or just before: lmnr's `createDatabaseConnection()` returning
 * `drizzle(postgres(options), { schema })`, kept as `singleton('db', createDatabaseConnection)`.
 */
function makesOnlySharedByDesign(program: TSESTree.Program, name: string, fill: FillSource): boolean {
  // … or another file of the project's (eccb.app's `emailWorker = createWorker({ queueName, processor })`
  // from its queue module, handing back the BullMQ `Worker` it makes).
  const maker = localFunction(program, name) ?? importedFunction(program, name);
  return maker !== undefined && handsBackOnlySharedByDesign(maker, fill);
}

/** Whether every value a function hands back is shared by design, alone or in a record with the values it was made with (see makesOnlySharedByDesign). */
function handsBackOnlySharedByDesign(maker: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, fill: FillSource): boolean {
  return askOnce(askingMakers, maker, () => {
    // Nothing handed back where it is not configured (`if (!projectId || !secret) return null`) is no instance.
    const values = returnedValues(maker).filter((value): value is TSESTree.Node => value !== null && !isNullish(value));
    const program = programOf(maker);
    // What a value handed back is: made where it is handed back or just before, or a module
    // variable the function filled (pdf2html's `model = await AutoModelForVision2Seq.from_pretrained(…)`,
    // handed back as `{ model, processor }`), asked as the module's holders are.
    const handed = (value: TSESTree.Node, made = madeValue(maker, value)): { object: boolean; shared: boolean } | undefined => {
      if (made !== undefined) {
        const producer = producerName(made);
        return { object: producesObject(made), shared: producer !== undefined && sharedByDesign('', producer, made, undefined, fill) };
      }
      const name = unwrapExpression(value);
      if (name.type !== 'Identifier' || program === undefined || bindsInFunction(maker, name.name) || localVariable(program, name.name) === undefined) return undefined;
      return { object: true, shared: madeByWhatIsShared(program, name.name, name, fill) };
    };
    return values.length > 0 && values.every((value) => {
      const made = madeValue(maker, value);
      // A record of such a client and the values it was made with: agniwen's ai-interview builds
      // `{ client, config }`, an S3Client and the settings read for it.
      if (made?.type === 'ObjectExpression') {
        const parts = made.properties.map((property) => (property.type === 'Property' && !property.computed ? handed(property.value as TSESTree.Node) : undefined));
        return parts.some((part) => part?.object === true) && parts.every((part) => part !== undefined && (!part.object || part.shared));
      }
      const part = handed(value, made);
      return part !== undefined && part.shared;
    });
  });
}

/** The name a value reads, itself or awaited: `loading`, `await loading`. */
function awaitedName(value: TSESTree.Node): string | undefined {
  let read = unwrapExpression(value);
  if (read.type === 'AwaitExpression') read = unwrapExpression(read.argument);
  return read.type === 'Identifier' ? read.name : undefined;
}

/** The function an immediately invoked call runs: `(async () => { … })()`. */
function invokedFunction(value: TSESTree.Node): TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | undefined {
  const call = unwrapExpression(value);
  const callee = call.type === 'CallExpression' ? unwrapExpression(call.callee) : undefined;
  return callee?.type === 'ArrowFunctionExpression' || callee?.type === 'FunctionExpression' ? callee : undefined;
}

// The type of what a factory makes or returns, by the factory's name: `ReturnType<typeof twilio>`
// (hustlexp's Twilio client), `InstanceType<typeof Stripe>`.
const RETURNED_TYPE = /^(?:ReturnType|InstanceType)$/;

/**
 * The package a type reference's name is imported from (`Gauge` → `prom-client`), or '': an
 * inline import type names it (`import('@aws-sdk/client-rekognition').RekognitionClient`, the
 * type of a client whose package is imported lazily), and `ReturnType<typeof twilio>` is
 * `twilio`'s.
 */
function typeSource(program: TSESTree.Program, type: TSESTree.TypeNode | undefined): string {
  if (type?.type === 'TSImportType') return typeof type.source?.value === 'string' ? type.source.value : '';
  if (type?.type !== 'TSTypeReference') return '';
  let typeName: TSESTree.EntityName = type.typeName;
  const [argument] = type.typeArguments?.params ?? [];
  if (typeName.type === 'Identifier' && RETURNED_TYPE.test(typeName.name) && argument?.type === 'TSTypeQuery' && argument.exprName.type !== 'TSImportType') typeName = argument.exprName;
  while (typeName.type === 'TSQualifiedName') typeName = typeName.left;
  return typeName.type === 'Identifier' ? importSourceOf(program, typeName.name) ?? '' : '';
}

/**
 * Whether a type is of a kind `leaf` names (or the module's alias of one), or a record whose every
 * member is, or a record of such records. Telemetry instruments: ax's `AxAIMetricsInstruments { latencyHistogram?: Histogram;
 * errorCounter?: Counter; … }`, all OpenTelemetry's; chat-ui's `Metrics { model: { conversationsTotal:
 * Counter<…>; latency: Summary<…>; … } }`, prom-client's — made once for a meter, telemetry, as each
 * instrument is. A shared package's types: pong-game-web-app's `DbManager` keeps `stmts: {
 * getUserById: Database.Statement; … }`, better-sqlite3's statements prepared once on its
 * connection — the database's, as the connection is.
 */
function recordOf(program: TSESTree.Program, type: TSESTree.TypeNode | undefined, leaf: (type: TSESTree.TypeNode) => boolean, depth = 0): boolean {
  if (!type || depth > 3) return false;
  if (leaf(type)) return true;
  // A member declared as the module's own name for such a type (mastra-slack-hitl's connections,
  // `db: SQLiteDb` beside the libSQL client, `type SQLiteDb = LibSQLDatabase<typeof schema>` from drizzle).
  const alias = type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && !type.typeArguments ? localType(type, type.typeName.name) : undefined;
  if (alias !== undefined && !Array.isArray(alias) && (alias as TSESTree.TypeNode).type === 'TSTypeReference') return recordOf(program, alias as TSESTree.TypeNode, leaf, depth + 1);
  const members = recordMembers(type);
  return members !== undefined && members.length > 0 && members.every((member) => member.type === 'TSPropertySignature' && recordOf(program, resolvedFilledType(member.typeAnnotation?.typeAnnotation), leaf, depth + 1));
}

/** The members of a record type written in place, or of a local type alias or interface it names without type arguments. */
function recordMembers(type: TSESTree.TypeNode): readonly TSESTree.TypeElement[] | undefined {
  if (type.type === 'TSTypeLiteral') return type.members;
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || type.typeArguments) return undefined;
  const local = localType(type, type.typeName.name);
  const alias = local as TSESTree.TypeNode | undefined;
  return Array.isArray(local) ? (local as readonly TSESTree.TypeElement[]) : alias?.type === 'TSTypeLiteral' ? alias.members : undefined;
}

/** The name a type is exported under by the module it is imported from: `Server` for `import { type Server as HttpServer } from 'http'`. */
function importedTypeName(program: TSESTree.Program | undefined, name: TSESTree.EntityName): string {
  const text = typeNameText(name);
  if (name.type !== 'Identifier' || !program) return text;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && specifier.local.name === text && specifier.imported.type === 'Identifier') return specifier.imported.name;
    }
  }
  return text;
}

/**
 * Whether a class the module declares keeps what one process shares by design and values,
 * nothing else: plane's `HocusPocusServerManager`, whose fields are the collaboration server
 * (`server: Hocuspocus | null`, @hocuspocus/server's) and the server's name — the server, one per
 * process, behind a manager (or continue's `LoggerClass` around its winston logger). Every field is
 * declared, and the values are set once, or by the class itself from nothing a caller passed (a
 * reconnect counter, a flag: midcurve's RabbitMQ connection manager): continue's `CodeRenderer`
 * keeps a Shiki highlighter and the theme the last caller chose, which the next caller renders with.
 */
function keepsOnlySharedByDesign(program: TSESTree.Program, name: string, fill: FillSource = 'own'): boolean {
  const declaration = localClass(program, name);
  if (!declaration) return false;
  // Its fields, and its constructor's parameter properties (talkohavy's `CallContextService`,
  // `constructor(private readonly asyncLocalStorage: AsyncLocalStorage<Map<K, V>>)`), declared alike.
  const members = [...declaration.body.body.filter((member): member is TSESTree.PropertyDefinition => member.type === 'PropertyDefinition' && !member.static), ...parameterProperties(declaration)];
  if (members.length === 0) return keepsOnlySharedUndeclared(declaration, fill);
  const sharedFields = new Set<string>();
  const valueFields = new Set<string>();
  let server = false;
  let connections = false;
  for (const member of members) {
    const field = member.type === 'PropertyDefinition' ? staticName(member.key) : member.name;
    // `[Symbol.toStringTag] = '[object AsyncContext]'`: a name it prints, whatever its key.
    if (field === undefined && member.type === 'PropertyDefinition' && isPrimitiveLiteral(member.value)) continue;
    if (field === undefined) return false;
    const declared = member.typeAnnotation?.typeAnnotation;
    // Built from what its first caller handed it (stackconsult's `new CalendarAgent(config)`, a
    // user's OAuth tokens in `config`): a client it makes itself may be made of that caller's
    // credentials, as a holder's would be — a client it is handed (EasyEscrow's `this.connection =
    // connection`) is whatever client the app shares, and a logger or telemetry is no one's.
    const callersClient = declared !== undefined && fill === 'caller' && makesField(declaration, field) && callersFields(declaration).has(field) && !typeKeptByDesign(program, declared, sharedBeyondClients) && !typeNamedLogger(declared);
    if (declared !== undefined && (typeKeptByDesign(program, declared) || typeNamedShared(declared) || typeOfSharedAppClass(program, declared, fill)) && !callersClient) {
      sharedFields.add(field);
      server ||= isSocketServerType(program, declared);
    } else if (declared !== undefined && member.type === 'PropertyDefinition' && clientOfOwnSecret(declaration, field, member.value, fill)) {
      sharedFields.add(field);
    } else if (declared !== undefined ? collectsSockets(program, declared) : member.type === 'PropertyDefinition' && startsEmptyCollectionOfSockets(program, member.value)) {
      sharedFields.add(field);
      connections = true;
    } else if ((member.type === 'PropertyDefinition' && locksByKey(program, member)) || (declared !== undefined && collectsConnections(program, declared))) sharedFields.add(field);
    // A collection is filled through its methods, never set again: trusio's `userSessions:
    // Map<string, UserSession>` keeps every user's session, whatever else the class keeps.
    // A JavaScript field first set to nothing (mio-chat-backend's `PrismaManager`, `prisma = null;`
    // until `initialize()` makes its `PrismaClient`) is what the class later makes it.
    else if (declared === undefined && member.value != null && isNullish(member.value)) {
      const kind = fieldKind(declaration, field, undefined, fill);
      if (kind === undefined) return false;
      (kind === 'shared' ? sharedFields : valueFields).add(field);
    }
    else if (declared !== undefined ? holdsValues(declared) && (!collectsRecords(program, declared) || (member.type === 'PropertyDefinition' && constantTable(declaration, member))) : member.value != null && !producesObject(member.value)) valueFields.add(field);
    // Declared as anything at all (`private client: any`, or personifi-aria's `s3Client: unknown |
    // null` and `s3InitPromise: Promise<unknown | null> | null`): what the class makes it of decides.
    // One never given an object (`dynamoClient: unknown | null = null`, its loader not written yet) holds none.
    else if (member.type === 'PropertyDefinition' && declaredAsAnything(declared)) {
      const kind = fieldKind(declaration, field, member.value, fill);
      if (kind === undefined) return false;
      (kind === 'shared' ? sharedFields : valueFields).add(field);
    }
    else return false;
  }
  // The server's own connections, beside the server they came in on (see collectsSockets); without it, whoever's sockets a caller handed in.
  if (connections && !server) return false;
  // A JavaScript class declares a field by setting it in its constructor too (`this.isConnected = false`).
  for (const { field, inConstructor } of instanceWrites(declaration)) {
    if (!inConstructor || field === undefined || sharedFields.has(field) || valueFields.has(field) || members.some((member) => (member.type === 'PropertyDefinition' ? staticName(member.key) : member.name) === field)) continue;
    const kind = fieldKind(declaration, field, undefined, fill);
    if (kind === undefined) return false;
    (kind === 'shared' ? sharedFields : valueFields).add(field);
  }
  // A value the class sets itself — a reconnect counter, a flag, a time — is its own; one a caller hands a method is the caller's.
  // A class of values alone keeps the process's settings when one is declared so, made of the
  // process's own values (qr-flow's `ConfigManager`, `config: AppConfig` read from the environment,
  // and again by `reloadConfig()`) — not of what its first caller passed, handed to every later one.
  const keepsSettings = fill === 'own' && sharedFields.size === 0
    && members.some((member) => declaredAsSettings(member.typeAnnotation?.typeAnnotation ?? (member.type === 'PropertyDefinition' ? assertedType(member.value) : undefined)))
    && !changedByCallers(declaration);
  return (sharedFields.size > 0 || keepsSettings) && instanceWrites(declaration).every(({ field = '', inConstructor, fromCaller }) => sharedFields.has(field) || (valueFields.has(field) && (inConstructor || !fromCaller)));
}

/**
 * `config: AppConfig`, and a part of the settings (`zerotrustConfig['session']`) or the settings
 * widened (Zerotrust's token service: `config: zerotrustConfig['session'] & { secretKeyHex: string }`),
 * or empty until they are loaded (Calling-agent-with-bolna's `config: SystemConfig | null = null`).
 */
function declaredAsSettings(declared: TSESTree.TypeNode | undefined): boolean {
  if (declared?.type === 'TSUnionType') return declaredAsSettings(filledType(declared));
  if (declared?.type === 'TSIndexedAccessType') return declaredAsSettings(declared.objectType);
  // A list of settings (koa-boilerplate's `JobQueueManager`, `bullOptions = [noteExpireJobOptions] as IBullOptions<JobType>[]`).
  if (declared?.type === 'TSArrayType') return declaredAsSettings(declared.elementType);
  if (declared?.type === 'TSIntersectionType') return declared.types.some(declaredAsSettings);
  return declared?.type === 'TSTypeReference' && SETTINGS_TYPE.test(typeNameText(declared.typeName));
}

const CHILD_PROCESS_MODULE = /^(?:node:)?child_process$/;
const CHILD_PROCESS_TYPE = /^(?:ChildProcess|ChildProcessWithoutNullStreams|ChildProcessByStdio)$/;
const SPAWNS = /^(?:spawn|fork|exec|execFile)$/;

/**
 * Declared as Node's `ChildProcess`, or as the app's own type by that name (minds' `ChildProcess`, its
 * discovery module's handle on a helper it spawned with `Bun.spawn`), or made by `child_process`'
 * `spawn` (`fork`, `exec`, `execFile`).
 */
function spawnsOwnProcess(program: TSESTree.Program, held: TSESTree.TypeNode | undefined, producer: string | undefined): boolean {
  if (held?.type === 'TSTypeReference' && CHILD_PROCESS_MODULE.test(typeSource(program, held))) {
    return CHILD_PROCESS_TYPE.test(importedTypeName(program, held.typeName).split('.').pop()!);
  }
  if (held?.type === 'TSTypeReference' && CHILD_PROCESS_TYPE.test(lastTypeName(held.typeName) ?? '')) return true;
  // `spawn(…)` imported so, or `cp.spawn(…)` on the module.
  const parts = producer?.split('.') ?? [];
  return (parts.length === 1 || parts.length === 2) && CHILD_PROCESS_MODULE.test(importSourceOf(program, parts[0]!) ?? '') && SPAWNS.test(parts[parts.length - 1]!);
}

/** The type an undeclared field's first value is asserted to be (`bullOptions = [a, b] as IBullOptions[]`). */
function assertedType(value: TSESTree.Expression | null): TSESTree.TypeNode | undefined {
  return value?.type === 'TSAsExpression' || value?.type === 'TSSatisfiesExpression' ? value.typeAnnotation : undefined;
}

/** Undeclared, or declared as `any` or `unknown` — also once filled and resolved (`Promise<unknown | null> | null`). */
function declaredAsAnything(declared: TSESTree.TypeNode | undefined): boolean {
  const held = declared && resolvedFilledType(declared);
  return declared === undefined || held?.type === 'TSAnyKeyword' || held?.type === 'TSUnknownKeyword';
}

/**
 * What a class keeps in a field of its own, by every value it gives it: 'shared' when at least one
 * is what is shared by design and the rest are values (`null` until it connects), 'value' when all
 * are values; undefined when one is anything else, or a caller's outside the constructor. suissa's
 * `RedisClient` keeps `private client: any`, `createClient({ url })` from `redis`; its
 * `UnifiedProducer`, `connection: any = null`, then `await amqp.connect(url)` — and `channel: any`,
 * `await this.connection.createChannel()`, made of that.
 */
function fieldKind(declaration: TSESTree.ClassDeclaration, field: string, initial: TSESTree.Expression | null | undefined, fill: FillSource, depth = 0): 'shared' | 'value' | undefined {
  if (depth > 2) return undefined;
  let kind: 'shared' | 'value' = 'value';
  // An object the field starts with is judged as a later one is (jamify-websocket's RequestContext,
  // `private storage = new AsyncLocalStorage<{ token: string }>()`: each request's own store); the
  // process's settings, read by their reader (`private config = getConfig()`), are values.
  if (initial != null && producesObject(initial) && !readsOwnSettings(initial)) {
    if (!sharedByDesign(field, producerName(initial), initial, undefined, fill) && !madeWithOwnCredentials([{ value: initial, fill }])) return undefined;
    kind = 'shared';
  }
  for (const { field: written, value, inConstructor, fromCaller } of instanceWrites(declaration)) {
    if (written !== field) continue;
    if (!inConstructor && fromCaller) return undefined;
    if (!producesObject(value) || readsOwnSettings(value)) continue;
    const madeOf = madeOfOwnField(value);
    const handedBack = ownFieldsHandedBack(value);
    const ownShared = (other: string) => other !== field && (declaredShared(declaration, other) || fieldKind(declaration, other, fieldInitial(declaration, other), fill, depth + 1) === 'shared');
    const shared = madeOf !== undefined && madeOf !== field ? ownShared(madeOf)
      : handedBack !== undefined ? handedBack.every(ownShared)
      // … or a package's client made with the process's own secret (see credentialed-clients.ts):
      // DoktuTracker's `SupabaseStorageService`, `this.supabase = createClient(url, supabaseServiceKey, …)`.
      : sharedByDesign(field, producerName(value), value, undefined, fill) || madeWithOwnCredentials([{ value, fill }]);
    if (!shared) return undefined;
    kind = 'shared';
  }
  return kind;
}

/**
 * Whether every value a class gives a field is a package's client made with the process's own
 * secret (see credentialed-clients.ts), whatever type it is declared as: DoktuTracker's
 * `SupabaseStorageService`, `private supabase: SupabaseClient` made in its constructor with
 * `createClient(url, supabaseServiceKey, …)` from the environment.
 */
function clientOfOwnSecret(declaration: TSESTree.ClassDeclaration, field: string, initial: TSESTree.Expression | null, fill: FillSource): boolean {
  const values = [...(initial != null && !isNullish(initial) ? [initial] : []), ...instanceWrites(declaration).filter((write) => write.field === field).map((write) => write.value)];
  return values.length > 0 && madeWithOwnCredentials(values.map((value) => ({ value, fill })));
}

/** Whether a class makes a field's object itself (`this.calendar = google.calendar({ auth })`) rather than keeping one it is handed. */
function makesField(declaration: TSESTree.ClassDeclaration, field: string): boolean {
  return instanceWrites(declaration).some((write) => write.field === field && producesObject(write.value));
}

/** The fields callersFields found for a class, walked once. */
const callersFieldsOf = new WeakMap<TSESTree.ClassDeclaration, ReadonlySet<string>>();

/**
 * The fields a class fills with what a caller handed it, or makes of that: its parameter
 * properties, a field set from a parameter, one made of such a field (`this.calendar =
 * google.calendar({ auth: this.auth })`), or one a caller's value is handed to once made
 * (stackconsult's `this.auth.setCredentials({ access_token: this.config.accessToken })`). A
 * parameter declared as what is shared by design is the app's, not a caller's: 7kar7son7's
 * PushNotificationService is handed the app's Prisma client and logger, and makes its Firebase
 * app of the environment beside them — by the type's name too (KidsActivityTracker's
 * `prisma: PrismaClient` from the client Prisma generates into `../../generated/prisma`).
 */
function callersFields(declaration: TSESTree.ClassDeclaration): ReadonlySet<string> {
  const known = callersFieldsOf.get(declaration);
  if (known) return known;
  const program = programOf(declaration);
  const callersValue = (param: TSESTree.Parameter) => {
    const annotated = param.type === 'TSParameterProperty' ? param.parameter : param;
    const declared = 'typeAnnotation' in annotated ? annotated.typeAnnotation?.typeAnnotation : undefined;
    return declared === undefined || program === undefined || !(typeKeptByDesign(program, declared) || typeNamedShared(declared) || typeNamedLogger(declared));
  };
  const fields = new Set<string>();
  const writes: { field: string | undefined; values: readonly TSESTree.Node[]; fromCaller: boolean }[] = [];
  for (const member of declaration.body.body) {
    if (member.type !== 'MethodDefinition' || member.static || !member.value.body) continue;
    if (member.kind === 'constructor') for (const param of member.value.params) if (param.type === 'TSParameterProperty' && callersValue(param)) patternNames(param).forEach((name) => fields.add(name));
    const namesParameter = (node: TSESTree.Node) => readsParameterOf(node, member.value, callersValue);
    walk(member.value.body, (node) => {
      // `this.field = …`, and `this.field.method(…)`: what a field is made of, or handed once made.
      if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.type === 'ThisExpression') {
        writes.push({ field: staticName(node.left.property), values: [node.right], fromCaller: namesParameter(node.right) });
      } else if (node.type === 'CallExpression') {
        const callee = unwrapExpression(node.callee);
        const target = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
        if (target?.type !== 'MemberExpression' || target.object.type !== 'ThisExpression') return;
        // A method's own argument handed on is what the field works on (`this.tokens.remove(ids)`);
        // the constructor's configures it.
        writes.push({ field: staticName(target.property), values: node.arguments, fromCaller: member.kind === 'constructor' && node.arguments.some(namesParameter) });
      }
    });
  }
  for (const write of writes) if (write.fromCaller && write.field !== undefined) fields.add(write.field);
  for (let grew = true; grew;) {
    grew = false;
    for (const { field, values } of writes) {
      if (field === undefined || fields.has(field) || !values.some((value) => readsOwnFields(value, fields))) continue;
      fields.add(field);
      grew = true;
    }
  }
  callersFieldsOf.set(declaration, fields);
  return fields;
}

/**
 * Whether an expression reads one of `fields` off `this` — itself, or through a variable of the
 * function it is in (`const auth = this.config.token`, `const { projectId, privateKey } = this.credentials`).
 */
function readsOwnFields(value: TSESTree.Node, fields: ReadonlySet<string>, depth = 0): boolean {
  let reads = false;
  walk(value, (node) => {
    if (reads) return;
    if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') reads = fields.has(staticName(node.property) ?? '');
    else if (node.type === 'Identifier' && depth < 2 && !(node.parent?.type === 'MemberExpression' && node.parent.property === node && !node.parent.computed)) {
      const local = enclosingDeclaration(node, node.name);
      reads = local?.init != null && local.init !== value && readsOwnFields(local.init, fields, depth + 1);
    }
  });
  return reads;
}

/** A constructor's parameter property, as the field it declares. */
interface ParameterField {
  readonly type: 'TSParameterProperty';
  readonly name: string | undefined;
  readonly typeAnnotation: TSESTree.TSTypeAnnotation | undefined;
  /** Its default, what an untyped one is declared by (`private dbPath = path.join(cwd, 'auth.db')`, a string). */
  readonly value: TSESTree.Expression | null;
}

/** A constructor's parameter properties (`private readonly store: Store`), each as the field it declares. */
function parameterProperties(declaration: TSESTree.ClassDeclaration): ParameterField[] {
  const constructor = declaration.body.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor');
  const fields: ParameterField[] = [];
  for (const param of constructor?.value.params ?? []) {
    if (param.type !== 'TSParameterProperty') continue;
    const binding = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
    const value = param.parameter.type === 'AssignmentPattern' ? param.parameter.right : null;
    fields.push(binding.type === 'Identifier' ? { type: 'TSParameterProperty', name: binding.name, typeAnnotation: binding.typeAnnotation, value } : { type: 'TSParameterProperty', name: undefined, typeAnnotation: undefined, value: null });
  }
  return fields;
}

/** The field a value is made by a method of: `await this.connection.createChannel()` → `connection`; `this.redis.get.bind(this.redis)` → `redis`. */
function madeOfOwnField(value: TSESTree.Node): string | undefined {
  let made = unwrapExpression(value);
  if (made.type === 'AwaitExpression') made = unwrapExpression(made.argument);
  // A method of the field, bound to it and promisified (Whaticket's `CacheSingleton`, `this.get =
  // util.promisify(this.redis.get).bind(this.redis)`): a function of what the field keeps.
  let wrappedMethod = false;
  for (let unwrapped = true; unwrapped;) {
    unwrapped = false;
    const wrapper = made.type === 'CallExpression' ? unwrapExpression(made.callee) : undefined;
    const wrapped = made.type === 'CallExpression' ? made.arguments[0] : undefined;
    if (wrapper?.type === 'MemberExpression' && staticName(wrapper.property) === 'bind') {
      made = unwrapExpression(wrapper.object);
      unwrapped = wrappedMethod = true;
    } else if (wrapper !== undefined && PROMISIFY.test(calleeText(wrapper) ?? '') && wrapped !== undefined && wrapped.type !== 'SpreadElement') {
      made = unwrapExpression(wrapped);
      unwrapped = wrappedMethod = true;
    }
  }
  if (wrappedMethod && made.type === 'MemberExpression' && made.object.type === 'MemberExpression' && made.object.object.type === 'ThisExpression') return staticName(made.object.property);
  const callee = made.type === 'CallExpression' ? unwrapExpression(made.callee) : undefined;
  const object = callee?.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
  return object?.type === 'MemberExpression' && object.object.type === 'ThisExpression' ? staticName(object.property) : undefined;
}

const PROMISIFY = /^(?:util\.)?promisify$/;

/** Whether a class declares a field as what is shared by design (`private redis: Redis`, ioredis' client). */
function declaredShared(declaration: TSESTree.ClassDeclaration, field: string): boolean {
  const program = programOf(declaration);
  const declared = fieldDefinition(declaration, field)?.typeAnnotation?.typeAnnotation;
  return program !== undefined && declared !== undefined && (typeKeptByDesign(program, declared) || typeNamedShared(declared));
}

/**
 * The class's own fields a function run where it is written hands back: personifi-aria's
 * `s3InitPromise = (async () => { …; this.s3Client = new S3Client(…); return this.s3Client })()`,
 * one load that concurrent callers await — a promise of what that field keeps. Undefined when it
 * hands back anything else; nothing where it fails (`return null`).
 */
function ownFieldsHandedBack(value: TSESTree.Node): string[] | undefined {
  const call = unwrapExpression(value);
  const run = call.type === 'CallExpression' && call.arguments.length === 0 ? unwrapExpression(call.callee) : undefined;
  // An arrow's `this` is the class's; a function expression's is not.
  if (run?.type !== 'ArrowFunctionExpression') return undefined;
  const fields: string[] = [];
  for (const returned of returnedValues(run)) {
    if (returned === null || isNullish(returned)) continue;
    const member = unwrapExpression(returned);
    const name = member.type === 'MemberExpression' && member.object.type === 'ThisExpression' ? staticName(member.property) : undefined;
    if (name === undefined) return undefined;
    fields.push(name);
  }
  return fields.length > 0 ? fields : undefined;
}

/** What a class's instance field is declared with (`= null`), if anything. */
function fieldInitial(declaration: TSESTree.ClassDeclaration, field: string): TSESTree.Expression | null | undefined {
  return fieldDefinition(declaration, field)?.value;
}

/** Where a class declares an instance field: `private redis: Redis`, `cache = new Map()`. */
function fieldDefinition(declaration: TSESTree.ClassDeclaration, field: string): TSESTree.PropertyDefinition | undefined {
  return declaration.body.body.find((each): each is TSESTree.PropertyDefinition => each.type === 'PropertyDefinition' && !each.static && staticName(each.key) === field);
}

/** The classes keepsOnlySharedUndeclared is answering for: a field made of the class itself asks again, and the answer is no. */
const askingClasses = new Set<TSESTree.Node>();

/**
 * The same question of a JavaScript class, whose fields are what its constructor sets on `this`:
 * anything-llm's `TikTokenTokenizer`, whose one field is `this.encoder = getEncoding('cl100k_base')`
 * from js-tiktoken (a tokenizer's tables, shared by design) and which keeps its first instance. A
 * field is shared when what the class makes it of is (sharedByDesign), in its constructor or in a
 * method, a value when it is no object; any other field, a field the constructor does not set, or
 * a method setting one from its caller's argument, and the class keeps state.
 */
function keepsOnlySharedUndeclared(declaration: TSESTree.ClassDeclaration, fill: FillSource): boolean {
  return askOnce(askingClasses, declaration, () => {
    const writes = instanceWrites(declaration);
    // The fields its constructor sets are the ones it declares, as a TypeScript class's are declared.
    const declared = new Set(writes.filter((write) => write.inConstructor).map((write) => write.field));
    // A field only ever cleared holds nothing (rumors-line-bot's `close()` setting `this._instance = null`).
    if (writes.some(({ field, value }) => field === undefined || (!declared.has(field) && !isNullish(value)))) return false;
    const kinds = [...declared].map((field) => fieldKind(declaration, field!, undefined, fill));
    if (kinds.includes(undefined)) return false;
    // A subclass keeping nothing else keeps what its base class keeps: driftos' `ContextOrchestrator
    // extends BaseOrchestrator`, a pipeline over each call's own context, the base keeping its
    // settings and a logger.
    return declaration.superClass ? baseKeepsOnlySharedByDesign(declaration, fill) : kinds.includes('shared');
  });
}

/** Whether the app's own class a class extends keeps only what is shared by design, or nothing (see keepsOnlySharedByDesign). */
function baseKeepsOnlySharedByDesign(declaration: TSESTree.ClassDeclaration, fill: FillSource): boolean {
  const program = programOf(declaration);
  const superClass = declaration.superClass && unwrapExpression(declaration.superClass);
  const base = program && superClass?.type === 'Identifier' ? appClassNamed(program, superClass.name) : undefined;
  return base !== undefined && (keepsNothing(base.program, base.name, fill) || keepsOnlySharedByDesign(base.program, base.name, fill));
}

/** A WebSocket or socket.io server's type: `WebSocketServer` from `ws`, socket.io's `Server`. */
function isSocketServerType(program: TSESTree.Program, declared: TSESTree.TypeNode): boolean {
  const held = resolvedFilledType(declared);
  const source = typeSource(program, held);
  return held?.type === 'TSTypeReference' && ((source === 'ws' && NODE_SERVER_TYPE.test(importedTypeName(program, held.typeName))) || source === 'socket.io');
}

const SOCKET_TYPE = /^(?:WebSocket|Socket)$/;

/**
 * Whether a declared type is a collection of sockets — `Map<string, Set<AuthenticatedWebSocket>>`,
 * where `interface AuthenticatedWebSocket extends WebSocket` (multi-tenant-hms' three WebSocket
 * servers, each the `ws` server and its connections by tenant): a server's connections, each one
 * client's, kept where the server fans a message out to them. A server per request cannot be had,
 * and the registry is the server's by design.
 */
function collectsSockets(program: TSESTree.Program, declared: TSESTree.TypeNode): boolean {
  const held = collectedType(declared);
  return held?.type === 'TSTypeReference' && isSocketType(program, held);
}

/**
 * An undeclared field first given an empty collection of sockets, typed where it is made
 * (Live-Face-Tracker-Server's `WSStreamServer`, `private clients = new Set<WebSocket>()` beside
 * its WebSocket server): as one declared so (collectsSockets).
 */
function startsEmptyCollectionOfSockets(program: TSESTree.Program, value: TSESTree.Expression | null): boolean {
  const made = value && unwrapExpression(value);
  if (made?.type !== 'NewExpression' || made.callee.type !== 'Identifier' || !COLLECTION_TYPE.test(made.callee.name) || made.arguments.length > 0) return false;
  const held = made.typeArguments?.params.at(-1);
  const element = held && (collectedType(held) ?? held);
  return element?.type === 'TSTypeReference' && isSocketType(program, element);
}

/**
 * What a collection declared as `declared` holds, through up to three collections
 * (`Map<string, Set<WebSocket>>` → `WebSocket`); undefined when it is no list, set, map or record.
 */
function collectedType(declared: TSESTree.TypeNode): TSESTree.TypeNode | undefined {
  let held = filledType(declared);
  let depth = 0;
  for (; held !== undefined && depth < 3; depth++) {
    if (held.type === 'TSArrayType') held = held.elementType;
    else if (held.type === 'TSTypeReference' && COLLECTION_TYPE.test(lastTypeName(held.typeName) ?? '')) held = held.typeArguments?.params.at(-1);
    else break;
  }
  return depth > 0 ? held : undefined;
}

/** `WebSocket`, socket.io's `Socket`, or an interface of the module's that extends one. */
function isSocketType(program: TSESTree.Program, type: TSESTree.TSTypeReference): boolean {
  const name = lastTypeName(type.typeName) ?? '';
  if (SOCKET_TYPE.test(importedTypeName(program, type.typeName))) return true;
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'TSInterfaceDeclaration' && declaration.id.name === name) {
      return declaration.extends.some((heritage) => heritage.expression.type === 'Identifier' && SOCKET_TYPE.test(heritage.expression.name));
    }
  }
  return false;
}

/** A logger's type by its name (`ServiceLogger`): made for the class, of nothing a caller's. */
function typeNamedLogger(declared: TSESTree.TypeNode): boolean {
  const held = resolvedFilledType(declared);
  return held?.type === 'TSTypeReference' && LOGGER_CALLEE.test(typeNameText(held.typeName));
}

/**
 * Whether a declared type is, by its name, a database's client or a logger — `PrismaClient` from
 * the workspace's own database package, `ServiceLogger` — as a holder made by one is (midcurve's
 * `DomainEventPublisher`: its Prisma client, its RabbitMQ channel and its logger).
 */
function typeNamedShared(declared: TSESTree.TypeNode): boolean {
  const held = resolvedFilledType(declared);
  if (held?.type !== 'TSTypeReference') return false;
  const name = typeNameText(held.typeName);
  return DATABASE_CLIENT_CLASS.test(name) || LOGGER_CALLEE.test(name);
}

/**
 * Whether a declared type is of what one process keeps by design, by the type alone: a shared
 * package's (prom-client's `Registry`; `shared` narrows which, see sharedByDesign), a record of
 * telemetry instruments, Node's own server (chat-ui's `httpServer: HttpServer | undefined`,
 * `Server` imported under another name). Asked of a holder's type and of each field of a class.
 */
function typeKeptByDesign(program: TSESTree.Program, declared: TSESTree.TypeNode | undefined, shared: (source: string) => boolean = sharedPackage, depth = 0): boolean {
  const held = resolvedFilledType(declared);
  const source = typeSource(program, held);
  if (shared(source) || recordOf(program, held, (type) => TELEMETRY_PACKAGE.test(typeSource(program, type))) || recordOf(program, held, (type) => shared(typeSource(program, type)))) return true;
  if (held?.type !== 'TSTypeReference') return false;
  const typeName = importedTypeName(program, held.typeName);
  if ((NODE_SERVER_TYPE.test(typeName) && NODE_SERVER_MODULE.test(source)) || FRAMEWORK_APP_TYPE.get(source)?.test(typeName) === true) return true;
  // The project's own name for such a type, here or in another file: Travel-Log-Api's `io:
  // TypedIOServer | null`, `type TypedIOServer = Server<ClientToServerEvents, …>` from socket.io.
  const aliased = held.typeName.type === 'Identifier' && !held.typeArguments && depth < 2 ? localType(program, held.typeName.name) ?? importedType(program, held.typeName.name) : undefined;
  const aliasProgram = aliased !== undefined && !Array.isArray(aliased) ? programOf(aliased as TSESTree.TypeNode) : undefined;
  return aliasProgram !== undefined && typeKeptByDesign(aliasProgram, aliased as TSESTree.TypeNode, shared, depth + 1);
}

/**
 * Whether a class's field is a table it is written with and nothing changes: `readonly`, given a
 * literal with entries, and never written into, deleted from or changed through a method of its
 * own — suissa's `UnifiedProducer`, `private readonly exchanges: Record<string, ExchangeConfig> = {
 * baileys: { name: 'baileys.events', … }, … }`: configuration, not whoever's records.
 */
function constantTable(declaration: TSESTree.ClassDeclaration, member: TSESTree.PropertyDefinition): boolean {
  const table = member.value && unwrapExpression(member.value);
  const entries = table?.type === 'ObjectExpression' ? table.properties.length : table?.type === 'ArrayExpression' ? table.elements.length : 0;
  const field = staticName(member.key);
  if (!member.readonly || entries === 0 || field === undefined) return false;
  const isField = (node: TSESTree.Node): boolean => node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && staticName(node.property) === field;
  // `this.exchanges[name] = …`, `this.exchanges.x.y = …`, `delete this.exchanges[name]`: written into, at any depth.
  const reachesField = (node: TSESTree.Node): boolean => {
    let target = unwrapExpression(node);
    while (target.type === 'MemberExpression' && !isField(target)) target = unwrapExpression(target.object);
    return isField(target) && target !== unwrapExpression(node);
  };
  let changed = false;
  walk(declaration.body, (node) => {
    if (node.type === 'AssignmentExpression' && reachesField(node.left)) changed = true;
    else if (node.type === 'UnaryExpression' && node.operator === 'delete' && reachesField(node.argument)) changed = true;
    else if (node.type === 'CallExpression') {
      const callee = unwrapExpression(node.callee);
      if (callee.type === 'MemberExpression' && MUTATING_METHODS.has(staticName(callee.property) ?? '') && (isField(unwrapExpression(callee.object)) || reachesField(callee.object))) changed = true;
    }
  });
  return !changed;
}

const COLLECTION_TYPE = /^(?:Array|ReadonlyArray|Set|ReadonlySet|Map|ReadonlyMap|Record|WeakMap)$/;

/**
 * Whether a declared type is a collection of a message broker's or a database's objects —
 * thesis-api's `AMQPClient`, `consumers: Map<string, amqp.ConsumeMessage>` beside its amqplib
 * connection and channel; dishub's `PrismaManager`, `clients: Map<string, PrismaClient>`, a client
 * per tenant's database: connections and what they hand out, by queue or by database, each
 * message or query carrying whose it is, as one connection is the process's (see service-clients.ts).
 */
function collectsConnections(program: TSESTree.Program, declared: TSESTree.TypeNode): boolean {
  const held = collectedType(declared);
  const source = held === undefined ? '' : typeSource(program, held);
  return isBrokerClient(source) || DATABASE_CLIENT_PACKAGE.test(source);
}

// A lock's type by its name: async-mutex's `Mutex`, a `Semaphore`, the app's own `AsyncReaderWriterLock`.
const LOCK_TYPE = /(?:^|[a-z])(?:Lock|Mutex|Semaphore)$/;

/**
 * Whether a class's field is a map by key of locks, or of entries each holding one — Twig's
 * `GitOperationManager`, `repoStates = new Map<string, RepoState>()` where `RepoState` keeps an
 * `AsyncReaderWriterLock` per repository and the git client it guards: a lock per resource
 * excludes every other request on that resource by design, as a lock manager's does (see
 * LIMITER_CALLEE), so the map is the process's, whoever takes the lock.
 */
function locksByKey(program: TSESTree.Program, member: TSESTree.PropertyDefinition): boolean {
  const declared = member.typeAnnotation?.typeAnnotation;
  const made = member.value && unwrapExpression(member.value);
  let element: TSESTree.TypeNode | undefined;
  const held = declared !== undefined ? filledType(declared) : undefined;
  if (held?.type === 'TSTypeReference' && /^(?:Map|ReadonlyMap|Record)$/.test(lastTypeName(held.typeName) ?? '')) element = held.typeArguments?.params.at(-1);
  else if (declared === undefined && made?.type === 'NewExpression' && made.callee.type === 'Identifier' && made.callee.name === 'Map') element = made.typeArguments?.params.at(-1);
  const isLock = (type: TSESTree.TypeNode | undefined): boolean => type?.type === 'TSTypeReference' && LOCK_TYPE.test(lastTypeName(type.typeName) ?? '');
  if (element === undefined) return false;
  if (isLock(element)) return true;
  // An entry of a lock and what it guards — not of what a user's requests collect (a session's
  // `messages: Message[]` beside its `Mutex` is that user's history, the lock notwithstanding).
  const members = recordMembers(element);
  const typeOf = (each: TSESTree.TypeElement) => (each.type === 'TSPropertySignature' ? resolvedFilledType(each.typeAnnotation?.typeAnnotation) : undefined);
  const collects = (type: TSESTree.TypeNode | undefined) => type === undefined || type.type === 'TSArrayType' || type.type === 'TSTypeLiteral' || (type.type === 'TSTypeReference' && COLLECTION_TYPE.test(lastTypeName(type.typeName) ?? ''));
  return members !== undefined && members.some((each) => isLock(typeOf(each))) && members.every((each) => isLock(typeOf(each)) || !collects(typeOf(each)));
}

/**
 * Whether a declared type is a list, a set, a map or a record by key of records — `Map<string,
 * UserSession>` where `UserSession` is an interface of the module's, `{ [id: string]: { … } }`:
 * what such a collection keeps is whoever's entries its methods add. A map of strings (a script's
 * SHA by its name) or of handlers is a table the process fills, not a user's state.
 */
function collectsRecords(program: TSESTree.Program, declared: TSESTree.TypeNode): boolean {
  const held = filledType(declared);
  if (!held) return false;
  let element: TSESTree.TypeNode | undefined;
  if (held.type === 'TSArrayType') element = held.elementType;
  else if (held.type === 'TSTypeReference' && COLLECTION_TYPE.test(lastTypeName(held.typeName) ?? '')) element = held.typeArguments?.params.at(-1);
  else if (held.type === 'TSTypeLiteral') element = held.members.find((member) => member.type === 'TSIndexSignature')?.typeAnnotation?.typeAnnotation;
  while (element?.type === 'TSArrayType') element = element.elementType;
  if (element?.type === 'TSTypeLiteral') return true;
  if (element?.type !== 'TSTypeReference' || element.typeName.type !== 'Identifier') return false;
  const local = localType(program, element.typeName.name);
  return Array.isArray(local) || (local as TSESTree.TypeNode | undefined)?.type === 'TSTypeLiteral';
}

/**
 * Whether a class the module declares keeps, in a field of its own, what only a page has
 * (midscene's Chrome extension `IndexedDBManager`, `private db: IDBDatabase | null`): its instances
 * live in one user's page, as a holder so typed does (see holdsValues).
 */
function keepsPageOnlyObject(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  if (!declaration) return false;
  return declaration.body.body.some((member) => {
    if (member.type !== 'PropertyDefinition' || member.static) return false;
    const held = resolvedFilledType(member.typeAnnotation?.typeAnnotation);
    return held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && PAGE_ONLY_TYPE.test(held.typeName.name);
  }) || readsPageStorage(declaration);
}

/** A page's storage, where a page keeps its user's session: `localStorage`, `sessionStorage`, `document.cookie` (also off `window`). */
const PAGE_STORAGE = new Set(['localStorage', 'sessionStorage']);

/**
 * Whether a class reads a page's storage in any of its methods — guarded or not — as a page's
 * client does to find its one user's token: gpt-agent-platform's `WebSocketClient` in a Next.js
 * `lib/` reads `localStorage.getItem('auth_token')` and `document.cookie` before it connects, and
 * connects only where `window` is. A server keeps no user's session there.
 */
function readsPageStorage(declaration: TSESTree.ClassDeclaration): boolean {
  let reads = false;
  walk(declaration.body, (node) => {
    if (reads || node.type !== 'MemberExpression') return;
    const object = unwrapExpression(node.object);
    const root = object.type === 'MemberExpression' && staticName(object.object) === 'window' ? staticName(object.property) : object.type === 'Identifier' ? object.name : undefined;
    reads = (root !== undefined && PAGE_STORAGE.has(root)) || (root === 'document' && staticName(node.property) === 'cookie');
  });
  return reads;
}

// Foreign-function interfaces, which load a compiled library into the process (koffi's
// `koffi.load(path)`, ffi-napi's `ffi.Library(name, functions)`, ffi-rs' `open(…)`), and a
// native library's own bindings so named (LiveKit's `@livekit/rtc-ffi-bindings`).
const FFI_PACKAGE = /^koffi$|(?:^|[/-])ffi(?:$|[/-])/;

/**
 * Whether a class the module declares is a binding to a native library (firecrawl's
 * `RustCrawler`, `GoMarkdownConverter`; LiveKit's `FfiClient`, the one channel to its native
 * runtime): its constructor calls into an FFI package — to load the library and keep its
 * functions, or to start the library — and no other method writes to the instance. Like a loaded
 * model it is code, loaded once per process; each call hands back what it was given.
 */
function bindsNativeLibrary(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  const constructor = declaration?.body.body.find((member) => member.type === 'MethodDefinition' && member.kind === 'constructor');
  if (!declaration || constructor?.type !== 'MethodDefinition' || !constructor.value.body) return false;
  let loads = false;
  walk(constructor.value.body, (inner) => {
    const root = inner.type === 'CallExpression' ? calleeText(inner.callee)?.split('.')[0] : undefined;
    if (root !== undefined && FFI_PACKAGE.test(importSourceOf(program, root) ?? '')) loads = true;
  });
  return loads && instanceWrites(declaration).every((write) => write.inConstructor);
}

interface InstanceWrite {
  readonly field: string | undefined;
  readonly value: TSESTree.Expression;
  readonly inConstructor: boolean;
  /** Whether the value is made from a parameter of the method (or of a function in it): what a caller handed it. */
  readonly fromCaller: boolean;
}

/** A class's instance writes, by declaration: asked field by field, walked once. */
const writesOfClass = new WeakMap<TSESTree.ClassDeclaration, readonly InstanceWrite[]>();

/** Each `this.field = …` in a class's instance methods (arrows inside them too), with whether the constructor makes it and whether a caller's argument does. */
function instanceWrites(declaration: TSESTree.ClassDeclaration): readonly InstanceWrite[] {
  const known = writesOfClass.get(declaration);
  if (known) return known;
  const writes: InstanceWrite[] = [];
  for (const member of declaration.body.body) {
    if (member.type !== 'MethodDefinition' || member.static || !member.value.body) continue;
    walk(member.value.body, (inner) => {
      if (inner.type === 'AssignmentExpression' && inner.left.type === 'MemberExpression' && inner.left.object.type === 'ThisExpression') {
        writes.push({ field: staticName(inner.left.property), value: inner.right, inConstructor: member.kind === 'constructor', fromCaller: madeFromParameters(inner, member.value) });
      }
    });
  }
  writesOfClass.set(declaration, writes);
  return writes;
}

/** The names the parameters of every function between `node` and `method` (the method's own included) bind, but those `skip` says carry no data. */
function parametersAround(node: TSESTree.Node, method: TSESTree.Node, skip: (param: TSESTree.Parameter) => boolean = () => false): Set<string> {
  const parameters = new Set<string>();
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) for (const param of current.params) if (!skip(param)) for (const name of patternNames(param)) parameters.add(name);
    if (current === method) break;
  }
  return parameters;
}

/** Whether an assignment's value names a parameter of a function between it and `method` (the method's own included). */
function madeFromParameters(assignment: TSESTree.AssignmentExpression, method: TSESTree.Node): boolean {
  const parameters = parametersAround(assignment, method);
  let named = false;
  walk(assignment.right, (node) => {
    if (node.type === 'Identifier' && parameters.has(node.name) && !(node.parent?.type === 'MemberExpression' && node.parent.property === node && !node.parent.computed)) named = true;
  });
  return named;
}

/** A type's name as written: `AsyncLocalStorage`, `hooks.AsyncLocalStorage`. */
function typeNameText(name: TSESTree.EntityName): string {
  return name.type === 'TSQualifiedName' ? `${typeNameText(name.left)}.${name.right.name}` : name.type === 'Identifier' ? name.name : 'this';
}

/** The imported name a class the module declares at its top extends (`class BigAgiDB extends Dexie` → `Dexie`). */
function baseClassOf(program: TSESTree.Program, name: string): string | undefined {
  const superClass = localClass(program, name)?.superClass;
  const base = superClass && unwrapExpression(superClass);
  return base?.type === 'Identifier' ? base.name : base?.type === 'MemberExpression' ? calleeText(base)?.split('.')[0] : undefined;
}

/** Whether the config's `allow` names one of `names`, whole (`Registry.instance`) or by its last part (`instance`). */
export function allowed(config: ResolvedConfig, ...names: Array<string | undefined>): boolean {
  return names.some((name) => {
    if (!name) return false;
    const last = name.split('.').pop()!;
    return config.allow.includes(name) || config.allow.includes(last);
  });
}

/**
 * Whether the module's own class `className` keeps nothing but per-request stores — hatchet's
 * `ParentRunContextManager`, whose one field is `new AsyncLocalStorage()`, or the request
 * context a team writes on its way off a singleton. One for the process is how it works.
 */
export function keepsOnlyRequestStores(node: TSESTree.Node, className: string): boolean {
  const declaration = localClass(node, className);
  if (!declaration) return false;
  const state: TSESTree.Node[] = [];
  for (const member of declaration.body.body) if (member.type === 'PropertyDefinition' && !member.static && member.value) state.push(member.value);
  for (const write of instanceWrites(declaration)) if (write.inConstructor) state.push(write.value);
  return state.length > 0 && state.every((value) => REQUEST_STORE_CLASS.test(producerName(value) ?? ''));
}
