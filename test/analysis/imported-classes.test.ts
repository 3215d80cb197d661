import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import rule from '../../rules/no-module-singleton.js';
import fastParser, { loadFastParser } from '../../src/analysis/fast-parser.js';
import { scratchProject } from '../check/helpers.js';
import { ruleTester } from '../rules/rule-tester.js';

/** A server's package whose holders hold classes its other files declare. */
function project(): string {
  return scratchProject({
    'package.json': JSON.stringify({ name: 'api', dependencies: { express: '5', '@prisma/client': '6' } }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['./src/*'] } } }),
    // methods alone, each asking the database (slack-sales-agent's SupabaseMemoryProvider)
    'src/memory/provider.ts': `import { supabase } from '../lib/supabase.js';\nexport class MemoryProvider {\n  async search(userId: string, query: string) {\n    return supabase.rpc('search_memories', { userId, query });\n  }\n}\n`,
    // … exported by default, and under another name
    'src/memory/default-provider.ts': `export default class DefaultProvider {\n  search(query: string) { return fetch('/search?q=' + query); }\n}\n`,
    'src/memory/renamed.ts': `class Internal {\n  search(query: string) { return query.trim(); }\n}\nexport { Internal as Renamed };\n`,
    // only what one process shares by design: a Prisma client
    'src/users/repository.ts': `import { PrismaClient } from '@prisma/client';\nexport class UserRepository {\n  private readonly prisma: PrismaClient;\n  constructor() { this.prisma = new PrismaClient(); }\n  find(id: string) { return this.prisma.user.findUnique({ where: { id } }); }\n}\n`,
    // state of its own: a cache of every user's sessions, a base class, a write to a module variable
    'src/sessions/store.ts': `export class SessionStore {\n  private sessions = new Map<string, unknown>();\n  get(id: string) { return this.sessions.get(id); }\n}\n`,
    'src/sessions/base-store.ts': `import { Base } from './base.js';\nexport class BaseStore extends Base {\n  get(id: string) { return id; }\n}\n`,
    'src/sessions/current.ts': `let current: string | undefined;\nexport class CurrentUser {\n  set(id: string) { current = id; }\n  get() { return current; }\n}\n`,
    'src/broken.ts': `export class Broken {\n  search( {\n}\n`,
    // settings kept and only read once built (ai-sdk-slackbot's ServiceNowHttpClient); a maker of the module's own hands one back
    'src/servicenow/http-client.ts': `export interface ClientConfig { instanceUrl: string; apiToken?: string }\nexport class ServiceNowHttpClient {\n  private readonly config: ClientConfig;\n  constructor(config: ClientConfig) { this.config = { ...config, instanceUrl: config.instanceUrl.replace(/\\/$/, '') }; }\n  get(path: string) { return fetch(this.config.instanceUrl + path, { headers: { authorization: 'Bearer ' + this.config.apiToken } }); }\n  post(path: string, body: object) { return fetch(this.config.instanceUrl + path, { method: 'POST', body: JSON.stringify(body) }); }\n}\n`,
    // repositories that keep the client they are handed, imported for its type alone, and their table names
    'src/servicenow/case-repository.ts': `import type { ServiceNowHttpClient } from './http-client';\nexport class CaseRepository {\n  private readonly caseTable: string;\n  constructor(private readonly httpClient: ServiceNowHttpClient, config?: { caseTable?: string }) { this.caseTable = config?.caseTable ?? 'case'; }\n  find(id: string) { return this.httpClient.get('/api/now/table/' + this.caseTable + '/' + id); }\n  create(record: object) { return this.httpClient.post('/api/now/table/' + this.caseTable, record); }\n}\n`,
    // … two classes deep: a repository keeping the table client that keeps the HTTP client (ai-sdk-slackbot's change repository), and a service around that
    'src/servicenow/table-client.ts': `import type { ServiceNowHttpClient } from './http-client';\nexport class TableApiClient {\n  constructor(private readonly httpClient: ServiceNowHttpClient) {}\n  fetch(table: string, id: string) { return this.httpClient.get('/api/now/table/' + table + '/' + id); }\n}\n`,
    'src/servicenow/change-repository.ts': `import type { TableApiClient } from './table-client';\nexport class ChangeRepository {\n  constructor(private readonly tableClient: TableApiClient) {}\n  find(id: string) { return this.tableClient.fetch('change_request', id); }\n}\n`,
    'src/servicenow/change-service.ts': `import type { ChangeRepository } from './change-repository';\nexport class ChangeService {\n  constructor(private readonly repository: ChangeRepository) {}\n  find(id: string) { return this.repository.find(id); }\n}\n`,
    'src/servicenow/caching-repository.ts': `import type { CachingClient } from './caching-client';\nexport class CachingRepository {\n  constructor(private readonly client: CachingClient) {}\n  find(id: string) { return this.client.get('/cases/' + id); }\n}\n`,
    // … and one that remembers every response
    'src/servicenow/caching-client.ts': `export class CachingClient {\n  private readonly config: { instanceUrl: string };\n  private readonly seen = new Map<string, unknown>();\n  constructor(config: { instanceUrl: string }) { this.config = config; }\n  async get(path: string) { const r = await fetch(this.config.instanceUrl + path); this.seen.set(path, r); return r; }\n}\n`,
    // providers that keep their key and answer to a name they never change (Tami's transcription providers), each made from the process's environment
    'src/transcription/whisper.ts': `export class WhisperProvider {\n  name = 'whisper';\n  private apiKey: string;\n  constructor(apiKey: string) { this.apiKey = apiKey; }\n  transcribe(audio: Blob) { return fetch('https://api.openai.com/v1/audio/transcriptions', { method: 'POST', headers: { authorization: 'Bearer ' + this.apiKey }, body: audio }); }\n}\nexport function createWhisperProvider(): WhisperProvider {\n  return new WhisperProvider(process.env.OPENAI_API_KEY!);\n}\n`,
    // … not one whose name a method changes, nor one whose public field is made of anything but a literal
    'src/transcription/renamed.ts': `export class RenamedProvider {\n  name = 'renamed';\n  private apiKey: string;\n  constructor(apiKey: string) { this.apiKey = apiKey; }\n  use(name: string) { this.name = name; }\n}\n`,
    'src/transcription/font.ts': `export class PdfPrinter {\n  public font: 'roboto' | 'times' = 'roboto';\n  print(doc: object) { return JSON.stringify({ doc, font: this.font }); }\n}\n`,
    'src/transcription/tagged.ts': `export class TaggedProvider {\n  tags = ['a'];\n  private apiKey: string;\n  constructor(apiKey: string) { this.apiKey = apiKey; }\n  transcribe(audio: Blob) { return fetch(this.tags[0] + this.apiKey, { body: audio }); }\n}\n`,
    // a barrel: named and star re-exports, one barrel through another
    'src/services/index.ts': `export { MemoryProvider as Memory } from '../memory/provider';\nexport * from '../users/repository';\nexport * from './sessions';\nexport type { Broken } from '../broken';\n`,
    'src/services/sessions.ts': `export { SessionStore } from '../sessions/store';\n`,
    // CommonJS: the whole module a class, or one of its exports
    'src/legacy/campaigns.js': `class CampaignService {\n  list(db, userId) { return db.query('select * from campaigns where user_id = $1', [userId]); }\n}\nmodule.exports = CampaignService;\n`,
    // a record of values another file declares, by name and through a barrel (NovaOS' DbReadiness); and one holding an instance
    'src/db/readiness.ts': `export interface DbReadiness {\n  ready: boolean;\n  mode: 'postgres' | 'pglite';\n  errors: string[];\n  connectionInfo?: { host: string; database: string };\n}\nexport class Conversation {\n  messages: string[] = [];\n}\nexport interface ChatHandle {\n  ready: boolean;\n  conversation: Conversation;\n}\nexport async function checkDatabaseReadiness(url: string): Promise<DbReadiness> {\n  return { ready: url.length > 0, mode: 'postgres', errors: [] };\n}\n`,
    'src/db/index.ts': `export type { DbReadiness } from './readiness';\n`,
    // a repository whose one field is a flag it asks the database for (rgpd-ia-platform's PgTenantRepo); not one a caller sets
    'src/tenants/repo.ts': `import { pool } from '../db/pool';\nexport class PgTenantRepo {\n  private _hasDeletedAt: boolean | null = null;\n  private async hasDeletedAtColumn(): Promise<boolean> {\n    if (this._hasDeletedAt !== null) return this._hasDeletedAt;\n    const res = await pool.query('select 1');\n    this._hasDeletedAt = res.rowCount === 1;\n    return this._hasDeletedAt;\n  }\n  async findBySlug(slug: string) {\n    const where = (await this.hasDeletedAtColumn()) ? 'and deleted_at is null' : '';\n    return pool.query('select * from tenants where slug = $1 ' + where, [slug]);\n  }\n}\n`,
    'src/tenants/admin.ts': `export class AdminFlag {\n  private isAdmin = false;\n  set(isAdmin: boolean) { this.isAdmin = isAdmin; }\n  check() { return this.isAdmin; }\n}\n`,
    // the public variables a Remix app hands its pages (the Epic Stack's `getEnv()`), and a maker of an event bus
    'src/env.server.ts': `import { EventEmitter } from 'node:events';\nexport function getEnv() {\n  return { MODE: process.env.NODE_ENV, SENTRY_DSN: process.env.SENTRY_DSN };\n}\nexport const createBus = () => new EventEmitter();\n`,
    // crawler patterns parsed from a file, or the module's own list when the file is missing (banking's anti-bot middleware); and a registry's shared map
    'src/utils/crawlerPatterns.ts': `import fs from 'fs';\nconst DEFAULT_PATTERNS = [/googlebot/i, /bingbot/i];\nconst registry = new Map<string, RegExp>();\nexport function loadCrawlerPatterns(): RegExp[] {\n  if (!fs.existsSync('crawlers.json')) return DEFAULT_PATTERNS;\n  const patterns = (JSON.parse(fs.readFileSync('crawlers.json', 'utf8')) as { pattern: string }[]).map((item) => new RegExp(item.pattern, 'i'));\n  return patterns;\n}\nexport function patternRegistry() {\n  return registry;\n}\n`,
    // a pipeline whose base class, through a path alias and a barrel, keeps its settings and a logger (driftos' orchestrators); one whose base keeps every result
    'src/orchestration/base.ts': `import { createLogger } from '../lib/logger';\nexport abstract class BaseOrchestrator<TInput> {\n  protected config: { name: string; timeout: number };\n  protected logger;\n  constructor(config: { name: string; timeout?: number }) {\n    this.logger = createLogger(config.name);\n    this.config = { name: config.name, timeout: config.timeout ?? 30000 };\n  }\n  protected abstract run(input: TInput): Promise<unknown>;\n  execute(input: TInput) { return this.run(input); }\n}\n`,
    'src/orchestration/caching-base.ts': `export abstract class CachingBase {\n  protected results = new Map<string, unknown>();\n  remember(key: string, value: unknown) { this.results.set(key, value); }\n}\n`,
    'src/orchestration/index.ts': `export { BaseOrchestrator } from './base';\nexport { CachingBase } from './caching-base';\n`,
    'src/context/orchestrator.ts': `import { BaseOrchestrator } from '@/orchestration';\nexport class ContextOrchestrator extends BaseOrchestrator<{ branchId: string }> {\n  constructor() { super({ name: 'context', timeout: 5000 }); }\n  protected async run(input: { branchId: string }) { return { branchId: input.branchId }; }\n}\n`,
    'src/context/caching.ts': `import { CachingBase } from '@/orchestration';\nexport class CachingOrchestrator extends CachingBase {\n  constructor() { super(); }\n}\n`,
    // socket.io's server under a name another file gives it (Travel-Log-Api's TypedIOServer)
    'src/socket/types.ts': `import { Server } from 'socket.io';\nexport type TypedIOServer = Server<{ join: (room: string) => void }, { message: (text: string) => void }>;\n`,
    // a queue module's maker of BullMQ workers (eccb.app's `createWorker`), and one of event buses
    'src/jobs/queue.ts': `import { Worker, type Job } from 'bullmq';\nexport function createWorker(options: { queueName: string; processor: (job: Job) => Promise<unknown> }): Worker {\n  const worker = new Worker(options.queueName, options.processor, { connection: { url: process.env.REDIS_URL } });\n  worker.on('failed', () => {});\n  return worker;\n}\n`,
    'src/legacy/filters.js': `class ContactFilter {\n  apply(contacts, rule) { return contacts.filter(rule); }\n}\nclass Seen {\n  constructor() { this.ids = new Set(); }\n  add(id) { this.ids.add(id); }\n}\nmodule.exports = { ContactFilter, Seen };\nexports.Filter = ContactFilter;\n`,
  }, 'imported-classes');
}

const root = project();
const at = (path: string) => join(root, path);
const holder = (line: number) => ({ messageId: 'holder' as const, line });
const lazy = (imports: string, made: string) => `${imports}\nlet instance = null;\nexport function getInstance() {\n  if (!instance) instance = new ${made}();\n  return instance;\n}\n`;

ruleTester.run('no-module-singleton with a class another file declares', rule, {
  valid: [
    { code: `import { ChangeRepository } from './change-repository';\nimport { TableApiClient } from './table-client';\nimport { ServiceNowHttpClient } from './http-client';\nlet repository: ChangeRepository | undefined;\nexport function getChangeRepository() {\n  repository ??= new ChangeRepository(new TableApiClient(new ServiceNowHttpClient({ instanceUrl: process.env.SN_URL! })));\n  return repository;\n}\n`, filename: at('src/servicenow/changes.ts') },
    // a service that makes its providers on first use, each keeping its key and the name it answers to
    { code: `import { createWhisperProvider, WhisperProvider } from './whisper';\nexport class TranscriptionService {\n  private whisperProvider: WhisperProvider | null = null;\n  private getWhisperProvider(): WhisperProvider {\n    if (!this.whisperProvider) this.whisperProvider = createWhisperProvider();\n    return this.whisperProvider;\n  }\n  transcribe(audio: Blob) { return this.getWhisperProvider().transcribe(audio); }\n}\nlet transcriptionService: TranscriptionService | null = null;\nexport function getTranscriptionService(): TranscriptionService {\n  if (!transcriptionService) transcriptionService = new TranscriptionService();\n  return transcriptionService;\n}\n`, filename: at('src/transcription/service.ts') },
    { code: `import { WhisperProvider } from './whisper';\nlet provider: WhisperProvider | null = null;\nexport function getProvider() {\n  return (provider ??= new WhisperProvider(process.env.OPENAI_API_KEY!));\n}\n`, filename: at('src/transcription/provider.ts') },
    // NodeNext's `.js` for the `.ts` beside it
    { code: lazy(`import { MemoryProvider } from './provider.js';`, 'MemoryProvider'), filename: at('src/memory/index.ts') },
    { code: lazy(`import { MemoryProvider } from './provider';`, 'MemoryProvider'), filename: at('src/memory/index.ts') },
    { code: lazy(`import { MemoryProvider } from '@/memory/provider';`, 'MemoryProvider'), filename: at('src/routes/memory.ts') },
    { code: lazy(`import Provider from './default-provider';`, 'Provider'), filename: at('src/memory/index.ts') },
    { code: lazy(`import { Renamed as Search } from './renamed';`, 'Search'), filename: at('src/memory/index.ts') },
    { code: `import { MemoryProvider } from './memory/provider';\nexport const memory = new MemoryProvider();\n`, filename: at('src/services.ts') },
    { code: lazy(`import { UserRepository } from '../users/repository';`, 'UserRepository'), filename: at('src/memory/users.ts') },
    { code: lazy(`import { Memory } from './services';`, 'Memory'), filename: at('src/app.ts') },
    { code: lazy(`import { UserRepository } from '@/services';`, 'UserRepository'), filename: at('src/routes/users.ts') },
    { code: lazy(`const CampaignService = require('./campaigns');`, 'CampaignService'), filename: at('src/legacy/index.js') },
    { code: lazy(`const { ContactFilter } = require('./filters');`, 'ContactFilter'), filename: at('src/legacy/index.js') },
    { code: lazy(`const { Filter } = require('./filters');`, 'Filter'), filename: at('src/legacy/index.js') },
    { code: lazy(`import CampaignService from './campaigns';`, 'CampaignService'), filename: at('src/legacy/index.js') },
    { code: `import { ServiceNowHttpClient, type ClientConfig } from './http-client';\nimport { getServiceNowConfig } from './config';\nexport function createHttpClient(overrides?: Partial<ClientConfig>): ServiceNowHttpClient {\n  const sn = getServiceNowConfig();\n  return new ServiceNowHttpClient({ instanceUrl: overrides?.instanceUrl ?? sn.instanceUrl, apiToken: sn.apiToken });\n}\nlet httpClientInstance: ServiceNowHttpClient | undefined;\nexport function getHttpClient(): ServiceNowHttpClient {\n  if (!httpClientInstance) httpClientInstance = createHttpClient();\n  return httpClientInstance;\n}\n`, filename: at('src/servicenow/factory.ts') },
    { code: lazy(`import { ServiceNowHttpClient } from './http-client';`, 'ServiceNowHttpClient'), filename: at('src/servicenow/index.ts') },
    { code: `import { CaseRepository } from './case-repository';\nimport { ServiceNowHttpClient } from './http-client';\nexport function createCaseRepository(httpClient?: ServiceNowHttpClient) {\n  const client = httpClient ?? new ServiceNowHttpClient({ instanceUrl: process.env.SN_URL! });\n  return new CaseRepository(client, { caseTable: process.env.SN_CASE_TABLE });\n}\nlet caseRepositoryInstance: CaseRepository | undefined;\nexport function getCaseRepository() {\n  caseRepositoryInstance ??= createCaseRepository();\n  return caseRepositoryInstance;\n}\n`, filename: at('src/servicenow/repositories.ts') },
    { code: `import { checkDatabaseReadiness, type DbReadiness } from './readiness';\nlet cachedDbReadiness: DbReadiness | null = null;\nexport async function health() {\n  if (!cachedDbReadiness) cachedDbReadiness = await checkDatabaseReadiness(process.env.DATABASE_URL!);\n  return cachedDbReadiness;\n}\n`, filename: at('src/db/health.ts') },
    { code: `import type { DbReadiness } from './db';\nimport { checkDatabaseReadiness } from './db/readiness';\nlet cachedDbReadiness: DbReadiness | null = null;\nexport async function health() {\n  if (!cachedDbReadiness) cachedDbReadiness = await checkDatabaseReadiness(process.env.DATABASE_URL!);\n  return cachedDbReadiness;\n}\n`, filename: at('src/health.ts') },
    { code: lazy(`import { PgTenantRepo } from './repo';`, 'PgTenantRepo'), filename: at('src/tenants/index.ts') },
    { code: lazy(`import { ContextOrchestrator } from './orchestrator';`, 'ContextOrchestrator'), filename: at('src/context/index.ts') },
    { code: `import type { TypedIOServer } from './types';\nexport class ChatEmitter {\n  private static instance: ChatEmitter;\n  private io: TypedIOServer | null = null;\n  static getInstance(): ChatEmitter {\n    if (!ChatEmitter.instance) ChatEmitter.instance = new ChatEmitter();\n    return ChatEmitter.instance;\n  }\n  init(io: TypedIOServer) { this.io = io; }\n  send(room: string, text: string) { this.io?.to(room).emit('message', text); }\n}\n`, filename: at('src/socket/chat-emitter.ts') },
    // a Remix app's `global.ENV = getEnv()`: the values another file's function reads from the environment
    { code: `import { getEnv } from './env.server';\nglobal.ENV = getEnv();\nexport default function handleRequest(request: Request) {\n  return new Response(request.url);\n}\n`, filename: at('src/entry.server.ts') },
    // a list another file's function parses, or the list of its own it falls back to
    { code: `import { loadCrawlerPatterns } from '../utils/crawlerPatterns';\nlet crawlerPatterns = loadCrawlerPatterns();\nexport const isBot = (userAgent: string) => crawlerPatterns.some((pattern) => pattern.test(userAgent));\nexport function refreshCrawlerPatterns() {\n  crawlerPatterns = loadCrawlerPatterns();\n}\n`, filename: at('src/middleware/antiBot.ts') },
    // workers another file's maker hands back, started by the process
    { code: `import { createWorker } from './queue';\nlet emailWorker: ReturnType<typeof createWorker> | null = null;\nlet uploadWorker: ReturnType<typeof createWorker> | null = null;\nexport function startWorkers(): void {\n  emailWorker = createWorker({ queueName: 'EMAIL', processor: async (job) => sendEmail(job.data) });\n  uploadWorker = createWorker({ queueName: 'UPLOAD', processor: async (job) => {\n    const sessionId = (job.data as { sessionId?: string }).sessionId;\n    return { sessionId };\n  } });\n}\nexport async function stopWorkers() {\n  await emailWorker?.close();\n  await uploadWorker?.close();\n}\n`, filename: at('src/jobs/workers.ts') },
  ],
  invalid: [
    // … not what another file's function makes
    { code: `import { createBus } from './env.server';\nglobal.bus = createBus();\n`, filename: at('src/entry.server.ts'), errors: [holder(2)] },
    { code: `import { patternRegistry } from '../utils/crawlerPatterns';\nlet registry = patternRegistry();\nexport function refresh() {\n  registry = patternRegistry();\n}\nexport const lookup = (name: string) => registry.get(name);\n`, filename: at('src/middleware/antiBot.ts'), errors: [holder(2)] },
    { code: `import { getEnv } from './missing';\nglobal.ENV = getEnv();\n`, filename: at('src/entry.server.ts'), errors: [holder(2)] },
    { code: `import { startChat, type ChatHandle } from './readiness';\nlet handle: ChatHandle | null = null;\nexport async function chat() {\n  if (!handle) handle = await startChat();\n  return handle;\n}\n`, filename: at('src/db/handle.ts'), errors: [holder(2)] },
    { code: lazy(`import { AdminFlag } from './admin';`, 'AdminFlag'), filename: at('src/tenants/index.ts'), errors: [holder(2)] },
    // three classes deep is past what is asked
    { code: `import { ChangeService } from './change-service';\nimport { ChangeRepository } from './change-repository';\nimport { TableApiClient } from './table-client';\nimport { ServiceNowHttpClient } from './http-client';\nlet service: ChangeService | undefined;\nexport function getChangeService() {\n  service ??= new ChangeService(new ChangeRepository(new TableApiClient(new ServiceNowHttpClient({ instanceUrl: process.env.SN_URL! }))));\n  return service;\n}\n`, filename: at('src/servicenow/change-services.ts'), errors: [holder(5)] },
    { code: `import { PdfPrinter } from './font';\nlet printer: PdfPrinter | null = null;\nexport function getPrinter() {\n  return (printer ??= new PdfPrinter());\n}\n`, filename: at('src/transcription/printer.ts'), errors: [holder(2)] },
    { code: `import { RenamedProvider } from './renamed';\nlet provider: RenamedProvider | null = null;\nexport function getProvider() {\n  return (provider ??= new RenamedProvider(process.env.KEY!));\n}\n`, filename: at('src/transcription/provider.ts'), errors: [holder(2)] },
    { code: `import { TaggedProvider } from './tagged';\nlet provider: TaggedProvider | null = null;\nexport function getProvider() {\n  return (provider ??= new TaggedProvider(process.env.KEY!));\n}\n`, filename: at('src/transcription/provider.ts'), errors: [holder(2)] },
    { code: lazy(`import { SessionStore } from './store';`, 'SessionStore'), filename: at('src/sessions/index.ts'), errors: [holder(2)] },
    { code: lazy(`import { BaseStore } from './base-store';`, 'BaseStore'), filename: at('src/sessions/index.ts'), errors: [holder(2)] },
    { code: lazy(`import { CurrentUser } from './current';`, 'CurrentUser'), filename: at('src/sessions/index.ts'), errors: [holder(2)] },
    { code: lazy(`import { CachingOrchestrator } from './caching';`, 'CachingOrchestrator'), filename: at('src/context/index.ts'), errors: [holder(2)] },
    // not a file that does not parse, nor one that is not there, nor a package's class, nor a type-only import
    { code: lazy(`import { Broken } from './broken';`, 'Broken'), filename: at('src/index.ts'), errors: [holder(2)] },
    { code: lazy(`import { Missing } from './missing';`, 'Missing'), filename: at('src/index.ts'), errors: [holder(2)] },
    { code: lazy(`import { MemoryProvider } from 'memory-sdk';`, 'MemoryProvider'), filename: at('src/index.ts'), errors: [holder(2)] },
    { code: lazy(`import type { MemoryProvider } from './memory/provider';`, 'MemoryProvider'), filename: at('src/index.ts'), errors: [holder(2)] },
    // … nor a stateful class behind two barrels, nor a name no barrel exports
    { code: lazy(`import { SessionStore } from './services';`, 'SessionStore'), filename: at('src/app.ts'), errors: [holder(2)] },
    { code: lazy(`import { Nothing } from './services';`, 'Nothing'), filename: at('src/app.ts'), errors: [holder(2)] },
    { code: lazy(`const { Seen } = require('./filters');`, 'Seen'), filename: at('src/legacy/index.js'), errors: [holder(2)] },
    { code: lazy(`const { Missing } = require('./filters');`, 'Missing'), filename: at('src/legacy/index.js'), errors: [holder(2)] },
    // a client that keeps what it fetched, whichever maker hands it back; one made with the first caller's settings
    { code: `import { CachingClient } from './caching-client';\nexport function createClient() {\n  return new CachingClient({ instanceUrl: process.env.SN_URL! });\n}\nlet client: CachingClient | undefined;\nexport function getClient() {\n  client ??= createClient();\n  return client;\n}\n`, filename: at('src/servicenow/caching.ts'), errors: [holder(5)] },
    // a repository keeping a client that keeps what it fetched
    { code: `import { CachingRepository } from './caching-repository';\nimport { CachingClient } from './caching-client';\nlet repository: CachingRepository | undefined;\nexport function getRepository() {\n  repository ??= new CachingRepository(new CachingClient({ instanceUrl: process.env.SN_URL! }));\n  return repository;\n}\n`, filename: at('src/servicenow/cached.ts'), errors: [holder(3)] },
    { code: `import { ServiceNowHttpClient } from './http-client';\nlet client: ServiceNowHttpClient | undefined;\nexport function getClient(instanceUrl: string) {\n  client ??= new ServiceNowHttpClient({ instanceUrl });\n  return client;\n}\n`, filename: at('src/servicenow/tenant.ts'), errors: [holder(2)] },
  ],
});

describe('a class another file declares, read again when that file changes', () => {
  it('follows an edit of the imported module, as an editor running ESLint for hours must', () => {
    const linter = new Linter({ configType: 'flat', cwd: root });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { ssot: plugin as never }, rules: { 'ssot/no-module-singleton': 'error' as const } }];
    const importer = at('src/editing/index.ts');
    const imported = at('src/editing/service.ts');
    const code = lazy(`import { Service } from './service';`, 'Service');
    mkdirSync(dirname(imported), { recursive: true });
    writeFileSync(imported, `export class Service {\n  run(x: string) { return x; }\n}\n`);
    expect(linter.verify(code, config, { filename: importer })).toEqual([]);
    writeFileSync(imported, `export class Service {\n  private seen: string[] = [];\n  run(x: string) { this.seen.push(x); return x; }\n}\n`);
    expect(linter.verify(code, config, { filename: importer }).map((message) => message.line)).toEqual([2]);
  });
});

describe("the gate's parser reads another file's classes as ESLint's does", () => {
  beforeAll(async () => expect(await loadFastParser()).toBe(true));

  it('answers alike for a name a class answers to (an absent annotation is null in the fast AST)', () => {
    // Files of their own, first read here: another test's reading of a file is kept while it is unchanged.
    for (const [parser, dir] of [[tsParser, 'src/named-eslint'], [fastParser, 'src/named-gate']] as const) {
      mkdirSync(at(dir), { recursive: true });
      writeFileSync(at(`${dir}/whisper.ts`), `export class WhisperProvider {\n  name = 'whisper';\n  private apiKey: string;\n  constructor(apiKey: string) { this.apiKey = apiKey; }\n  transcribe(audio: Blob) { return fetch('https://api.example.com', { headers: { authorization: this.apiKey }, body: audio }); }\n}\n`);
      writeFileSync(at(`${dir}/font.ts`), `export class PdfPrinter {\n  public font: 'roboto' | 'times' = 'roboto';\n  print(doc: object) { return JSON.stringify({ doc, font: this.font }); }\n}\n`);
      const linter = new Linter({ configType: 'flat', cwd: root });
      const config = [{ files: ['**/*.ts'], languageOptions: { parser: parser as Linter.Parser }, plugins: { ssot: plugin as never }, rules: { 'ssot/no-module-singleton': 'error' as const } }];
      const named = `import { WhisperProvider } from './whisper';\nlet provider: WhisperProvider | null = null;\nexport function getProvider() {\n  return (provider ??= new WhisperProvider(process.env.OPENAI_API_KEY!));\n}\n`;
      const option = `import { PdfPrinter } from './font';\nlet printer: PdfPrinter | null = null;\nexport function getPrinter() {\n  return (printer ??= new PdfPrinter());\n}\n`;
      expect(linter.verify(named, config, { filename: at(`${dir}/provider.ts`) }), dir).toEqual([]);
      expect(linter.verify(option, config, { filename: at(`${dir}/printer.ts`) }).map((message) => message.line), dir).toEqual([2]);
    }
  });
});

// A monorepo whose packages import one another by name (a Better-T-Stack app's `apps/server` and
// `packages/platform`), shipped as TypeScript source; and one package built to dist/ alone.
const monorepo = scratchProject({
  'package.json': JSON.stringify({ name: 'profitabledge', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/server/package.json': JSON.stringify({ name: 'server', dependencies: { hono: '4', '@acme/platform': 'workspace:*', '@acme/built': 'workspace:*' } }),
  'packages/platform/package.json': JSON.stringify({ name: '@acme/platform', exports: { '.': './src/index.ts', './sessions': './src/sessions.ts' } }),
  'packages/platform/src/index.ts': `export { resolveServerAlphaFlags } from './flags';\n`,
  'packages/platform/src/flags.ts': `export function resolveServerAlphaFlags() {\n  return { journal: process.env.ALPHA_JOURNAL === '1', copilot: process.env.ALPHA_COPILOT === '1' };\n}\n`,
  'packages/platform/src/sessions.ts': `export class SessionStore {\n  private sessions = new Map<string, unknown>();\n  set(id: string, session: unknown) { this.sessions.set(id, session); }\n}\n`,
  'packages/built/package.json': JSON.stringify({ name: '@acme/built', main: 'dist/index.js', types: 'dist/index.d.ts' }),
  'packages/built/dist/index.js': `export function resolveFlags() { return { a: true }; }\n`,
}, 'imported-workspace');
const inServer = (path: string) => join(monorepo, 'apps/server/src', path);

ruleTester.run('no-module-singleton with what another package of the workspace declares', rule, {
  valid: [
    // the values another package's function reads from the environment, through its barrel
    { code: `import { resolveServerAlphaFlags } from '@acme/platform';\nlet cachedFlags: ReturnType<typeof resolveServerAlphaFlags> | null = null;\nexport function getServerAlphaFlags() {\n  if (cachedFlags) return cachedFlags;\n  cachedFlags = resolveServerAlphaFlags();\n  return cachedFlags;\n}\n`, filename: inServer('lib/alpha-runtime.ts') },
  ],
  invalid: [
    // … but its class that keeps every user's session is state
    { code: lazy(`import { SessionStore } from '@acme/platform/sessions';`, 'SessionStore'), filename: inServer('lib/sessions.ts'), errors: [holder(2)] },
    // … and a package built to dist/ is a build's output, not read
    { code: `import { resolveFlags } from '@acme/built';\nlet cachedFlags: ReturnType<typeof resolveFlags> | null = null;\nexport function getFlags() {\n  cachedFlags ??= resolveFlags();\n  return cachedFlags;\n}\n`, filename: inServer('lib/built.ts'), errors: [holder(2)] },
  ],
});
