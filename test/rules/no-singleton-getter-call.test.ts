import rule from '../../rules/no-singleton-getter-call.js';
import { ruleTester } from './rule-tester.js';

const named = `import { getAgentInstanceFactory } from './agents/factory';\n`;

ruleTester.run('no-singleton-getter-call', rule, {
  valid: [
    // already migrated
    `import { createAgentInstanceFactory } from './agents/factory';
export function run(userContext: UserExecutionContext) { return createAgentInstanceFactory(userContext); }`,
    // a parameter that shadows the getter's name is not the import
    `${named}export function run(getAgentInstanceFactory: () => unknown) { return getAgentInstanceFactory(); }`,
    // a local with the same name in an inner scope
    `${named}export function run() { const getAgentInstanceFactory = () => 1; return getAgentInstanceFactory(); }`,
    // the type of the getter is not an acquisition
    `${named}type F = ReturnType<typeof getAgentInstanceFactory>;`,
    // unrelated getter with a similar name
    `import { getAgentInstanceFactoryConfig } from './x'; getAgentInstanceFactoryConfig();`,
    // the getter's own module defining it
    `let instance: AgentInstanceFactory | undefined;
export function getAgentInstanceFactory() { return (instance ??= new AgentInstanceFactory()); }
export { getAgentInstanceFactory as legacy };`,
    // … and exporting it CommonJS or object style
    `function getAgentInstanceFactory() { return factory; }\nexports.getAgentInstanceFactory = getAgentInstanceFactory;\nmodule.exports.legacy = getAgentInstanceFactory;`,
    `function getAgentInstanceFactory() { return factory; }\nmodule.exports = { getAgentInstanceFactory, other: getAgentInstanceFactory };`,
    `export function getAgentInstanceFactory() { return factory; }\nexport default { getAgentInstanceFactory };`,
    // type-only import
    `import type { getAgentInstanceFactory } from './agents/factory';`,
    // the name as a key or string outside a test double
    `const routes = { getAgentInstanceFactory: 1 }; log('getAgentInstanceFactory');`,
    // a spy on another function, a module mock without a factory, a mock of another name
    `jest.spyOn(mod, 'getOther'); jest.mock('./agents/factory'); vi.mock('./x', () => ({ other: vi.fn() }));`,
  ],
  invalid: [
    {
      // test doubles that name the getter: the migrated code calls the creator, so they stop intercepting
      code: [
        "jest.mock('./agents/factory', () => ({ ...jest.requireActual('./agents/factory'), getAgentInstanceFactory: jest.fn() }));",
        "vi.mock('./agents/factory', () => ({ 'getAgentInstanceFactory': vi.fn() }));",
        "jest.spyOn(factoryModule, 'getAgentInstanceFactory').mockReturnValue(fake);",
        'sinon.stub(factoryModule, `getAgentInstanceFactory`);',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'mocked', line: 1, column: 83, data: { subject: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory' } },
        { messageId: 'mocked', line: 2, column: 38 },
        { messageId: 'mocked', line: 3, column: 27 },
        { messageId: 'mocked', line: 4, column: 27 },
      ],
    },
    {
      // driving or inspecting the mocked getter is a test double too, not a plain reference
      code: [
        named.trimEnd(),
        '(getAgentInstanceFactory as jest.Mock).mockReturnValue(fake);',
        'vi.mocked(getAgentInstanceFactory).mockClear();',
        'expect(getAgentInstanceFactory).toHaveBeenCalled();',
        'const handler = getAgentInstanceFactory;',
        '',
      ].join('\n'),
      output: null,
      errors: [
        { messageId: 'mocked', line: 2, column: 2 },
        { messageId: 'mocked', line: 3, column: 11 },
        { messageId: 'mocked', line: 4, column: 8 },
        { messageId: 'reference', line: 5, column: 17 },
      ],
    },
    {
      code: `${named}export function run(userContext: UserExecutionContext) {\n  return getAgentInstanceFactory().createAgent('DataHelper');\n}\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\nexport function run(userContext: UserExecutionContext) {\n  return createAgentInstanceFactory(userContext).createAgent('DataHelper');\n}\n`,
      errors: [{ messageId: 'site', line: 3, column: 10, data: { subject: 'getAgentInstanceFactory()', creator: 'createAgentInstanceFactory', handsOut: 'returns' } }],
    },
    {
      // aliased import, a ctx parameter (named binding), double quotes kept
      code: `import { getAgentInstanceFactory as gaf } from "./agents/factory";\nexport const run = async (ctx: UserExecutionContext) => gaf();\n`,
      output: `import { createAgentInstanceFactory } from "./agents/factory";\nexport const run = async (ctx: UserExecutionContext) => createAgentInstanceFactory(ctx);\n`,
      errors: [{ messageId: 'site', line: 2 }],
    },
    {
      // namespace import with an optional call
      code: `import * as legacy from './agents/factory';\nexport function run(ctx: UserExecutionContext) { return legacy.getAgentInstanceFactory?.(); }\n`,
      output: `import * as legacy from './agents/factory';\nexport function run(ctx: UserExecutionContext) { return legacy.createAgentInstanceFactory(ctx); }\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      // this.userContext typed in a constructor parameter property
      code: `${named}export class ReportService {\n  constructor(private readonly userContext: UserExecutionContext) {}\n  build() { return getAgentInstanceFactory(); }\n}\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\nexport class ReportService {\n  constructor(private readonly userContext: UserExecutionContext) {}\n  build() { return createAgentInstanceFactory(this.userContext); }\n}\n`,
      errors: [{ messageId: 'site', line: 4 }],
    },
    {
      // closure: the context of the enclosing function, generics arrow
      code: `${named}export function handler(userContext: UserExecutionContext) {\n  const make = <T,>(x: T) => [x, getAgentInstanceFactory()];\n  return make(1);\n}\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\nexport function handler(userContext: UserExecutionContext) {\n  const make = <T,>(x: T) => [x, createAgentInstanceFactory(userContext)];\n  return make(1);\n}\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      // two typed candidates with no preferred name: ambiguous, suggestions only
      code: `${named}export function run(a: UserExecutionContext, b: UserExecutionContext) { return getAgentInstanceFactory(); }\n`,
      output: null,
      errors: [{
        messageId: 'site',
        suggestions: [
          { messageId: 'useContext', data: { creator: 'createAgentInstanceFactory', context: 'a' }, output: `import { createAgentInstanceFactory } from './agents/factory';\nexport function run(a: UserExecutionContext, b: UserExecutionContext) { return createAgentInstanceFactory(a); }\n` },
          { messageId: 'useContext', data: { creator: 'createAgentInstanceFactory', context: 'b' }, output: `import { createAgentInstanceFactory } from './agents/factory';\nexport function run(a: UserExecutionContext, b: UserExecutionContext) { return createAgentInstanceFactory(b); }\n` },
          { messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function run(a: UserExecutionContext, b: UserExecutionContext) { return createAgentInstanceFactory(requireUserContext()); }\n` },
        ],
      }],
    },
    {
      // a block-scoped context inside a function: a loop variable
      code: `${named}export async function drain(queue: UserExecutionContext[]) {\n  for (const userContext of queue) {\n    await getAgentInstanceFactory().createAgent('Nightly');\n  }\n}\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\nexport async function drain(queue: UserExecutionContext[]) {\n  for (const userContext of queue) {\n    await createAgentInstanceFactory(userContext).createAgent('Nightly');\n  }\n}\n`,
      errors: [{ messageId: 'site', line: 4 }],
    },
    {
      // several candidates, one of them preferred by context.names
      code: `${named}export function run(uc: UserExecutionContext, ctx: UserExecutionContext) { return getAgentInstanceFactory(); }\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\nexport function run(uc: UserExecutionContext, ctx: UserExecutionContext) { return createAgentInstanceFactory(ctx); }\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      // no context in a client module: no request scope to suggest (it runs in the browser)
      code: `'use client';\n${named}export function Panel() { return getAgentInstanceFactory().name; }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // no context in an editor extension: its one user's events never arrive in a request's scope
      code: `import * as vscode from 'vscode';\n${named}export function activate() { vscode.commands.registerCommand('plan', () => getAgentInstanceFactory().plan()); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // no context in a cron job's callback: the clock runs it, wherever the schedule is set up
      code: `import * as cron from 'node-cron';\n${named}export function schedule() { cron.schedule('0 * * * *', () => getAgentInstanceFactory().sweep()); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … in a CommonJS module too (uptime-kuma's maintenance windows, on croner)
      code: `const Cron = require('croner');\nconst { getAgentInstanceFactory } = require('./agents/factory');\nexports.start = (at) => new Cron(at, () => getAgentInstanceFactory().sweep());\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      code: `const { CronJob } = require('cron');\nconst { getAgentInstanceFactory } = require('./agents/factory');\nexports.job = new CronJob('0 * * * *', () => getAgentInstanceFactory().sweep());\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // no context in a background task's start(), stop() and what they call: its runner starts it with the process (aai-gateway's turn clean-up)
      code: `import type { BackgroundTask } from './task-manager';\n${named}export class TurnCleanupTask implements BackgroundTask {\n  readonly name = 'turn-cleanup';\n  async start() {\n    this.run();\n    getAgentInstanceFactory().schedule(60_000);\n  }\n  stop() {\n    getAgentInstanceFactory().unschedule();\n  }\n  private run() {\n    getAgentInstanceFactory().sweep();\n  }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', line: 7, suggestions: [] }, { messageId: 'site', line: 10, suggestions: [] }, { messageId: 'site', line: 13, suggestions: [] }],
    },
    {
      // … but a class that is no task's keeps its suggestion: its start() may be a request's
      code: `${named}export class Session {\n  start() {\n    getAgentInstanceFactory().open();\n  }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', line: 4, suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport class Session {\n  start() {\n    createAgentInstanceFactory(requireUserContext()).open();\n  }\n}\n` }] }],
    },
    {
      // no context in a process event's listener: no request scope to suggest (no request reaches it)
      code: `${named}process.on('SIGTERM', async () => { await getAgentInstanceFactory().dispose(); });\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // no context in a start-up function's own body: it runs before any request
      code: `${named}async function bootstrap() { await getAgentInstanceFactory().warmUp(); }\nvoid bootstrap();\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … nor in a shut-down function's: it runs after the last one, and a creator would make a new instance only to stop it
      // (Claw Control Center's stopNotificationDelivery(), the counterpart of its start-up function)
      code: `${named}export function startAgents() { getAgentInstanceFactory().start(); }\nexport function stopAgents() { getAgentInstanceFactory().stop(); }\nexport async function shutdown() { await getAgentInstanceFactory().dispose(); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // … nor in one its module calls at its top level: that call runs as the module loads (ai-agent-demo's createSupervisorAgent)
      code: `${named}export function createSupervisor(config: { name: string }) {\n  getAgentInstanceFactory().register(config);\n}\ncreateSupervisor({ name: 'supervisor' });\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … or under a top-level condition: when it runs, it runs as the module loads (multi-tenant-platform's development-only pool monitor)
      code: `${named}export const monitorConnectionPool = () => {\n  const optimizer = getAgentInstanceFactory();\n  setInterval(() => optimizer.report(), 30000);\n};\nif (process.env.NODE_ENV === 'development') {\n  monitorConnectionPool();\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … called through a promise chain there too
      code: `${named}export async function createSupervisor(config: { name: string }) {\n  await getAgentInstanceFactory().register(config);\n}\ncreateSupervisor({ name: 'supervisor' }).catch(() => undefined);\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … a stop…() that starts nothing of the module's, or is handed what to stop, may run in a request
      code: `${named}export function stopAll() { getAgentInstanceFactory().stopAll(); }\nexport function stopAgent(id: string) { getAgentInstanceFactory().stop(id); }\n`,
      output: null,
      errors: [
        { messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\nexport function stopAll() { createAgentInstanceFactory(requireUserContext()).stopAll(); }\nexport function stopAgent(id: string) { getAgentInstanceFactory().stop(id); }\n` }] },
        { messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\nexport function stopAll() { getAgentInstanceFactory().stopAll(); }\nexport function stopAgent(id: string) { createAgentInstanceFactory(requireUserContext()).stop(id); }\n` }] },
      ],
    },
    {
      // NestJS' queue consumers: @nestjs/bullmq's processor and @nestjs/bull's @Process() methods run in the worker
      code: `import { Processor, WorkerHost } from '@nestjs/bullmq';\nimport { Job } from 'bullmq';\n${named}@Processor('agents')\nexport class AgentsConsumer extends WorkerHost {\n  async process(job: Job) { return getAgentInstanceFactory().run(job.data); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      code: `import { Process, Processor } from '@nestjs/bull';\n${named}@Processor('agents')\nexport class AgentsConsumer {\n  @Process('run')\n  async run(job) { return getAgentInstanceFactory().run(job.data); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … a process() method elsewhere may run in a request
      code: `${named}export class Pipeline {\n  async process(input) { return getAgentInstanceFactory().run(input); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport class Pipeline {\n  async process(input) { return createAgentInstanceFactory(requireUserContext()).run(input); }\n}\n` }] }],
    },
    {
      // Next.js' instrumentation register() runs as the server starts
      code: `${named}export async function register() { await getAgentInstanceFactory().warmUp(); }\n`,
      filename: 'src/instrumentation.ts',
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // a Nitro plugin's body runs as the server starts; the request hook it registers runs in requests
      code: `${named}export default defineNitroPlugin((nitroApp) => {\n  getAgentInstanceFactory().warmUp();\n  nitroApp.hooks.hook('request', () => getAgentInstanceFactory().touch());\n});\n`,
      output: null,
      errors: [
        { messageId: 'site', line: 3, suggestions: [] },
        { messageId: 'site', line: 4, suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\nexport default defineNitroPlugin((nitroApp) => {\n  getAgentInstanceFactory().warmUp();\n  nitroApp.hooks.hook('request', () => createAgentInstanceFactory(requireUserContext()).touch());\n});\n` }] },
      ],
    },
    {
      // … a register() in any other file may run in a request
      code: `${named}export async function register() { await getAgentInstanceFactory().warmUp(); }\n`,
      filename: 'src/plugins.ts',
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport async function register() { await createAgentInstanceFactory(requireUserContext()).warmUp(); }\n` }] }],
    },
    {
      // a message broker's consumers: KafkaJS' eachMessage, amqplib's consume()
      code: `${named}await consumer.run({ eachMessage: async ({ message }) => { getAgentInstanceFactory().handle(message); } });\nchannel.consume('agents', (msg) => getAgentInstanceFactory().handle(msg));\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // a WebSocket's life runs after the upgrade, where no HTTP middleware opened a scope: the
      // server's 'connection' listener and all in it, a socket's event listeners
      code: `${named}io.on('connection', (socket) => {\n  socket.on('run', async (task) => { await getAgentInstanceFactory().run(task); });\n});\nexport function attach(ws: WebSocket) {\n  ws.addEventListener('message', () => getAgentInstanceFactory().touch());\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // … an emitter of another name keeps the fallback: its events may be emitted in a request
      code: `${named}bus.on('run', (task) => getAgentInstanceFactory().run(task));\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nbus.on('run', (task) => createAgentInstanceFactory(requireUserContext()).run(task));\n` }] }],
    },
    {
      // NestJS' WebSocket gateways and microservices: their messages come by no HTTP request
      code: `import { SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';\nimport { MessagePattern } from '@nestjs/microservices';\n${named}@WebSocketGateway()\nexport class AgentsGateway {\n  handleConnection(client) { getAgentInstanceFactory().track(client); }\n  @SubscribeMessage('run')\n  run(client, task) { return getAgentInstanceFactory().run(task); }\n  @MessagePattern('agents.list')\n  list() { return getAgentInstanceFactory().listAgents(); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // a pub/sub subscriber hears what another request or process published
      code: `${named}subscriber.on('message', (channel, text) => getAgentInstanceFactory().relay(channel, text));\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // a worker thread's messages arrive outside every request
      code: `import { parentPort } from 'node:worker_threads';\n${named}parentPort?.on('message', (task) => { parentPort!.postMessage(getAgentInstanceFactory().run(task)); });\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // a server's listen() callback and Fastify's application hooks run as it starts or closes
      code: `${named}app.listen(3000, () => { getAgentInstanceFactory().warmUp(); });\nfastify.addHook('onClose', async () => { await getAgentInstanceFactory().close(); });\nhttpServer.on('close', () => getAgentInstanceFactory().close());\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // … a request's 'close' may run in its request
      code: `${named}export function handle(req: Request) { req.on('close', () => getAgentInstanceFactory().cancel()); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function handle(req: Request) { req.on('close', () => createAgentInstanceFactory(requireUserContext()).cancel()); }\n` }] }],
    },
    {
      // … not its request hooks, which run in each request
      code: `${named}fastify.addHook('preHandler', async () => { getAgentInstanceFactory().touch(); });\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nfastify.addHook('preHandler', async () => { createAgentInstanceFactory(requireUserContext()).touch(); });\n` }] }],
    },
    {
      // a NestJS lifecycle hook runs as the application starts or stops: no request scope to suggest
      code: `import { Injectable, OnModuleInit } from '@nestjs/common';\n${named}@Injectable()\nexport class Warmup implements OnModuleInit {\n  async onModuleInit() { await getAgentInstanceFactory().warmUp(); }\n  async onApplicationShutdown() { await getAgentInstanceFactory().close(); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }, { messageId: 'site', suggestions: [] }],
    },
    {
      // a timer a start-up function starts ticks outside every request; one a request starts keeps its scope
      code: `import { Injectable, OnModuleInit } from '@nestjs/common';\n${named}@Injectable()\nexport class Poller implements OnModuleInit {\n  onModuleInit() { setInterval(() => getAgentInstanceFactory().poll(), 60_000); }\n  handle() { setTimeout(() => getAgentInstanceFactory().poll(), 10); }\n}\nexport async function bootstrap() {\n  setInterval(() => { ['a', 'b'].forEach((name) => getAgentInstanceFactory().createAgent(name)); }, 1000);\n}\nvoid bootstrap();\n`,
      output: null,
      errors: [
        { messageId: 'site', line: 5, suggestions: [] },
        { messageId: 'site', line: 6, suggestions: [{ messageId: 'useFallback', output: `import { Injectable, OnModuleInit } from '@nestjs/common';\nimport { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\n@Injectable()\nexport class Poller implements OnModuleInit {\n  onModuleInit() { setInterval(() => getAgentInstanceFactory().poll(), 60_000); }\n  handle() { setTimeout(() => createAgentInstanceFactory(requireUserContext()).poll(), 10); }\n}\nexport async function bootstrap() {\n  setInterval(() => { ['a', 'b'].forEach((name) => getAgentInstanceFactory().createAgent(name)); }, 1000);\n}\nvoid bootstrap();\n` }] },
        { messageId: 'site', line: 9, suggestions: [] },
      ],
    },
    {
      // a Moleculer service's started() runs as the broker starts it; its actions run for calls
      code: `${named}module.exports = {\n  name: 'agents',\n  actions: {\n    list() { return getAgentInstanceFactory().listAgents(); },\n  },\n  async started() { await getAgentInstanceFactory().warmUp(); },\n};\n`,
      output: null,
      errors: [
        { messageId: 'site', line: 5, suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\nmodule.exports = {\n  name: 'agents',\n  actions: {\n    list() { return createAgentInstanceFactory(requireUserContext()).listAgents(); },\n  },\n  async started() { await getAgentInstanceFactory().warmUp(); },\n};\n` }] },
        { messageId: 'site', line: 7, suggestions: [] },
      ],
    },
    {
      // … but a method of the same name outside NestJS, or another method, may run in a request
      code: `${named}export class Warmup {\n  async onModuleInit() { await getAgentInstanceFactory().warmUp(); }\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport class Warmup {\n  async onModuleInit() { await createAgentInstanceFactory(requireUserContext()).warmUp(); }\n}\n` }] }],
    },
    {
      // a describe() body runs as the suite is collected: no request scope to suggest
      code: `${named}describe('agents', () => { const factory = getAgentInstanceFactory(); it('has one', () => expect(factory).toBeDefined()); });\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // a function handed the app to set up (an Express router's wiring) runs as the server starts
      code: `import { Router } from 'express';\n${named}export function agentRouter(router: Router) { const factory = getAgentInstanceFactory(); router.get('/a', (_req, res) => res.json(factory.listAgents())); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // a function that makes the router the app mounts reads what it reads before its routes once, as the server starts (bayles' route modules)
      code: `import { Router } from 'express';\n${named}export function createAgentRoutes() {\n  const router = Router();\n  const factory = getAgentInstanceFactory();\n  router.get('/a', (_req, res) => res.json(factory.listAgents()));\n  return router;\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // … through express.Router() and Koa's router too
      code: `import express from 'express';\n${named}export function createAgentRoutes() {\n  const router = express.Router();\n  const factory = getAgentInstanceFactory();\n  return router;\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      code: `import Router from '@koa/router';\n${named}export function createAgentRoutes() {\n  const router = new Router();\n  const factory = getAgentInstanceFactory();\n  return router;\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [] }],
    },
    {
      // the route handlers it registers run in requests: the suggestion stays there
      code: `import { Router } from 'express';\n${named}export function createAgentRoutes() {\n  const router = Router();\n  router.get('/a', (_req, res) => res.json(getAgentInstanceFactory().listAgents()));\n  return router;\n}\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { Router } from 'express';\nimport { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function createAgentRoutes() {\n  const router = Router();\n  router.get('/a', (_req, res) => res.json(createAgentInstanceFactory(requireUserContext()).listAgents()));\n  return router;\n}\n` }] }],
    },
    {
      // a route handler made at start-up runs in every request: the suggestion stays
      code: `${named}export function startServer(app: App) { app.get('/a', () => getAgentInstanceFactory()); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function startServer(app: App) { app.get('/a', () => createAgentInstanceFactory(requireUserContext())); }\n` }] }],
    },
    {
      // an exported function handed to process.on may be called in a request too: the suggestion stays
      code: `${named}export async function drain() { await getAgentInstanceFactory().dispose(); }\nprocess.on('beforeExit', drain);\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport async function drain() { await createAgentInstanceFactory(requireUserContext()).dispose(); }\nprocess.on('beforeExit', drain);\n` }] }],
    },
    {
      // no context: the request-scope suggestion
      code: `${named}export function run(req: Request) { return getAgentInstanceFactory(); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function run(req: Request) { return createAgentInstanceFactory(requireUserContext()); }\n` }] }],
    },
    {
      // a ctx typed as something else (Koa's) is no user context
      code: `${named}export function run(ctx: Koa.Context) { return getAgentInstanceFactory(); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function run(ctx: Koa.Context) { return createAgentInstanceFactory(requireUserContext()); }\n` }] }],
    },
    {
      // module scope: runs at import time — no fix and no fallback
      code: `${named}export const factory = getAgentInstanceFactory();\n`,
      output: null,
      errors: [{ messageId: 'moduleScope', line: 2, column: 24 }],
    },
    {
      // passed as a value
      code: `${named}export function wire(register: (f: unknown) => void) { register(getAgentInstanceFactory); }\n`,
      output: null,
      errors: [{ messageId: 'reference' }],
    },
    {
      // re-export
      code: `export { getAgentInstanceFactory } from './agents/factory';\n`,
      output: null,
      errors: [{ messageId: 'reference', line: 1, column: 10 }],
    },
    {
      // require destructuring in CommonJS, the fallback adds a require
      filename: 'file.cjs',
      code: `const { getAgentInstanceFactory } = require('./agents/factory');\nfunction run(userContext) { return getAgentInstanceFactory(); }\nmodule.exports = { run };\n`,
      output: `const { createAgentInstanceFactory } = require('./agents/factory');\nfunction run(userContext) { return createAgentInstanceFactory(userContext); }\nmodule.exports = { run };\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      // require member and dynamic import destructuring
      code: `export async function run(ctx) {\n  const { getAgentInstanceFactory } = await import('./agents/factory');\n  audit(ctx.userId);\n  return [getAgentInstanceFactory(), require('./agents/factory').getAgentInstanceFactory()];\n}\n`,
      output: `export async function run(ctx) {\n  const { createAgentInstanceFactory } = await import('./agents/factory');\n  audit(ctx.userId);\n  return [createAgentInstanceFactory(ctx), require('./agents/factory').createAgentInstanceFactory(ctx)];\n}\n`,
      errors: [{ messageId: 'site', line: 4, column: 11 }, { messageId: 'site', line: 4, column: 38 }],
    },
    {
      // two calls, one import: ESLint applies one fix per pass; the end state has one clean import
      code: `${named}export function a(ctx: UserExecutionContext) { return getAgentInstanceFactory(); }\nexport function b(ctx: UserExecutionContext) { return getAgentInstanceFactory(); }\n`,
      output: [
        `import { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\nexport function a(ctx: UserExecutionContext) { return createAgentInstanceFactory(ctx); }\nexport function b(ctx: UserExecutionContext) { return getAgentInstanceFactory(); }\n`,
        `import { createAgentInstanceFactory } from './agents/factory';\nexport function a(ctx: UserExecutionContext) { return createAgentInstanceFactory(ctx); }\nexport function b(ctx: UserExecutionContext) { return createAgentInstanceFactory(ctx); }\n`,
      ],
      errors: [{ messageId: 'site', line: 2 }, { messageId: 'site', line: 3 }],
    },
    {
      // CRLF and a comment next to the call survive
      code: `${named.replace('\n', '\r\n')}export function run(ctx: UserExecutionContext) {\r\n  // build agents for this user\r\n  return getAgentInstanceFactory(); // legacy\r\n}\r\n`,
      output: `import { createAgentInstanceFactory } from './agents/factory';\r\nexport function run(ctx: UserExecutionContext) {\r\n  // build agents for this user\r\n  return createAgentInstanceFactory(ctx); // legacy\r\n}\r\n`,
      errors: [{ messageId: 'site', line: 4 }],
    },
    {
      // TSX, an existing creator import is reused, import type stays separate
      filename: 'component.tsx',
      code: `import type { AgentInstanceFactory } from './agents/factory';\nimport { createAgentInstanceFactory, getAgentInstanceFactory } from './agents/factory';\nexport function Panel({ userContext }: { userContext: UserExecutionContext }) {\n  const f: AgentInstanceFactory = getAgentInstanceFactory();\n  return <div>{String(f)}</div>;\n}\n`,
      output: `import type { AgentInstanceFactory } from './agents/factory';\nimport { createAgentInstanceFactory } from './agents/factory';\nexport function Panel({ userContext }: { userContext: UserExecutionContext }) {\n  const f: AgentInstanceFactory = createAgentInstanceFactory(userContext);\n  return <div>{String(f)}</div>;\n}\n`,
      errors: [{ messageId: 'site', line: 4 }],
    },
    {
      // a global getter (no import): flagged, but the creator's module is unknown
      code: `export function run(ctx: UserExecutionContext) { return getAgentInstanceFactory(); }\n`,
      output: null,
      errors: [{ messageId: 'manual' }],
    },
  ],
});

// `"accessor": true`: `static get shared()` is acquired by reading it, so a read is the site.
const accessorSettings = { ssot: { factories: [{ getter: 'ToolRegistry.shared', creator: 'createToolRegistry', class: 'ToolRegistry', accessor: true }] } };
const toolImport = `import { ToolRegistry } from './tools/registry';\n`;

ruleTester.run('no-singleton-getter-call (a static accessor)', rule, {
  valid: [
    // the class's type, another static member, the accessor's type
    { code: `${toolImport}export function f(r: ToolRegistry) { return ToolRegistry.create(); }\ntype S = typeof ToolRegistry.shared;\n`, settings: accessorSettings },
    // the accessor's own declaration
    { code: `export class ToolRegistry {\n  static #shared?: ToolRegistry;\n  static get shared() { return (this.#shared ??= new ToolRegistry()); }\n}\n`, settings: accessorSettings },
  ],
  invalid: [
    {
      code: `${toolImport}export function run(userContext: UserExecutionContext) {\n  return ToolRegistry.shared.names();\n}\n`,
      output: `import { createToolRegistry } from './tools/registry';\nexport function run(userContext: UserExecutionContext) {\n  return createToolRegistry(userContext).names();\n}\n`,
      settings: accessorSettings,
      errors: [{ messageId: 'site', line: 3, data: { subject: 'ToolRegistry.shared', creator: 'createToolRegistry', getter: 'ToolRegistry.shared', handsOut: 'is' } }],
    },
    {
      // a write of the shared instance has no per-request equivalent
      code: `${toolImport}export function use(userContext: UserExecutionContext, r: ToolRegistry) {\n  ToolRegistry.shared = r;\n}\n`,
      output: null,
      settings: accessorSettings,
      errors: [{ messageId: 'manual', line: 3, data: { subject: 'ToolRegistry.shared', creator: 'createToolRegistry', getter: 'ToolRegistry.shared', handsOut: 'returns', reason: 'sets ToolRegistry.shared, the instance every caller shares: per request there is none to set — decide where it belongs' } }],
    },
  ],
});

// `"accessor": true` on a plain name: an instance the module exports, acquired by reading it.
const instanceSettings = { ssot: { factories: [{ getter: 'agentManager', creator: 'createAgentManager', class: 'AgentManager', accessor: true }] } };
const managerImport = `import { agentManager } from './agents/manager';\n`;

ruleTester.run('no-singleton-getter-call (an exported instance)', rule, {
  valid: [
    // its type, a parameter of the same name, its own declaration
    { code: `${managerImport}type M = typeof agentManager;\nexport function f(agentManager: M) { return agentManager.list(); }\n`, settings: instanceSettings },
    { code: `import { AgentManager } from './agent-manager';\nexport const agentManager = new AgentManager();\n`, settings: instanceSettings },
  ],
  invalid: [
    {
      code: `${managerImport}export const names = agentManager.list();\n`,
      output: null,
      settings: instanceSettings,
      // "is read at import time": a read, not a call
      errors: [{ messageId: 'moduleScope', line: 2, data: { subject: 'agentManager', creator: 'createAgentManager', runs: 'is read' } }],
    },
    {
      code: `${managerImport}export function run(userContext: UserExecutionContext) {\n  return agentManager.list();\n}\n`,
      output: `import { createAgentManager } from './agents/manager';\nexport function run(userContext: UserExecutionContext) {\n  return createAgentManager(userContext).list();\n}\n`,
      settings: instanceSettings,
      // "agentManager is one factory shared by every user"
      errors: [{ messageId: 'site', line: 3, data: { subject: 'agentManager', creator: 'createAgentManager', handsOut: 'is' } }],
    },
    {
      // handed on in a shorthand property, and through an alias
      code: `import { agentManager as manager } from './agents/manager';\nexport function deps(userContext: UserExecutionContext) {\n  return { agentManager: manager, other: 1 };\n}\nexport function deps2(userContext: UserExecutionContext, agentManager = 1) {\n  return { agentManager };\n}\n`,
      output: `import { createAgentManager } from './agents/manager';\nexport function deps(userContext: UserExecutionContext) {\n  return { agentManager: createAgentManager(userContext), other: 1 };\n}\nexport function deps2(userContext: UserExecutionContext, agentManager = 1) {\n  return { agentManager };\n}\n`,
      settings: instanceSettings,
      errors: [{ messageId: 'site', line: 3 }],
    },
    {
      code: `${managerImport}export function deps(userContext: UserExecutionContext) {\n  return { agentManager };\n}\n`,
      output: `import { createAgentManager } from './agents/manager';\nexport function deps(userContext: UserExecutionContext) {\n  return { agentManager: createAgentManager(userContext) };\n}\n`,
      settings: instanceSettings,
      errors: [{ messageId: 'site', line: 3 }],
    },
    {
      // through a namespace; in its own module, a use in a function
      code: `import * as agents from './agents/manager';\nexport function run(userContext: UserExecutionContext) {\n  return agents.agentManager.list();\n}\n`,
      output: `import * as agents from './agents/manager';\nexport function run(userContext: UserExecutionContext) {\n  return agents.createAgentManager(userContext).list();\n}\n`,
      settings: instanceSettings,
      errors: [{ messageId: 'site', line: 3 }],
    },
    {
      code: `export class AgentManager { list() { return []; } }\nexport const agentManager = new AgentManager();\nexport function createAgentManager(_: UserExecutionContext) { return new AgentManager(); }\nexport function run(userContext: UserExecutionContext) {\n  return agentManager.list();\n}\n`,
      output: `export class AgentManager { list() { return []; } }\nexport const agentManager = new AgentManager();\nexport function createAgentManager(_: UserExecutionContext) { return new AgentManager(); }\nexport function run(userContext: UserExecutionContext) {\n  return createAgentManager(userContext).list();\n}\n`,
      settings: instanceSettings,
      errors: [{ messageId: 'site', line: 5 }],
    },
  ],
});
