import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { importedCallee, importedFrom } from './bound-names.js';
import { classDecoratedWith, decoratorsOf } from './decorators.js';
import { importsOf, type ImportSource } from './import-sources.js';
import { calleeText, isFunctionNode, staticName, unwrapExpression, walk } from './walk.js';

// What each cron library schedules with: node-cron's `cron.schedule('*/5 * * * *', fn)`,
// node-schedule's `scheduleJob(…)`, cron's `new CronJob(…)`, croner's `new Cron(…)` (its CommonJS module is
// the class: uptime-kuma's `const Cron = require('croner')`) — by package, then name.
const CRON_SCHEDULERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['node-cron', new Set(['schedule'])],
  ['node-schedule', new Set(['scheduleJob'])],
  ['cron', new Set(['CronJob'])],
  ['croner', new Set(['Cron', 'default'])],
]);
// What runs a queue's jobs: BullMQ's `new Worker('emails', async (job) => …)`.
const QUEUE_WORKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['bullmq', new Set(['Worker'])],
  ['@taskforcesh/bullmq-pro', new Set(['WorkerPro'])],
]);
// trigger.dev's tasks: `task({ id, run: async (payload) => … })`, `schedules.task({ cron, run })`.
const TRIGGER_DEV_SDK = /^@trigger\.dev\/sdk(?:\/v3)?$/;
const TRIGGER_DEV_TASKS = new Set(['task', 'schemaTask']);
// NestJS' scheduled methods: `@Cron('0 * * * *')`, `@Interval(60_000)`, `@Timeout(5_000)`.
const NEST_SCHEDULE = '@nestjs/schedule';
const NEST_SCHEDULE_DECORATORS = new Set(['Cron', 'Interval', 'Timeout']);
// NestJS' queue consumers: `@nestjs/bullmq`'s `@Processor('emails') class … extends WorkerHost`,
// whose `process(job)` its worker calls (and `@OnWorkerEvent('completed')` methods), and
// `@nestjs/bull`'s `@Process('send')` and `@OnQueue…()` methods.
const NEST_BULLMQ = '@nestjs/bullmq';
const NEST_BULL = '@nestjs/bull';
const NEST_BULL_METHOD_DECORATORS = /^(?:Process|OnQueue[A-Z][A-Za-z]*|OnGlobalQueue[A-Z][A-Za-z]*)$/;

// A queue library's job, as its processor's parameter is typed: Bull's and BullMQ's `Job`, Bee-Queue's.
const QUEUE_JOB_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['bull', new Set(['Job'])],
  ['bullmq', new Set(['Job'])],
  ['@taskforcesh/bullmq-pro', new Set(['JobPro'])],
  ['bee-queue', new Set(['Job'])],
]);

/**
 * What a queue processor's job is typed as, when `fn` is one: `async (job: Job<SettlementJobData>)
 * => …` handed to a call, whatever registers it (EasyEscrow's `this.process(3, …)`, through a
 * queue wrapper of its own) — `bull's Job`. The queue's worker runs it for each job, outside the
 * request that queued it.
 */
function queueJobTaken(fn: TSESTree.Node, sourceOf: ImportSource): string | undefined {
  const call = fn.parent;
  if (!isFunctionNode(fn) || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
  const first = fn.params[0];
  const type = first?.type === 'Identifier' ? first.typeAnnotation?.typeAnnotation : undefined;
  if (type?.type !== 'TSTypeReference') return undefined;
  const name = type.typeName;
  const [root, member] = name.type === 'Identifier' ? [name.name, name.name] : name.type === 'TSQualifiedName' && name.left.type === 'Identifier' ? [name.left.name, name.right.name] : [];
  const source = root === undefined ? undefined : sourceOf(root);
  return source !== undefined && QUEUE_JOB_TYPES.get(source)?.has(member!) ? `${source}'s ${member}` : undefined;
}

interface ClassJob {
  /** How the job runs, to end a sentence: `cron job (cron.schedule()) runs by the clock`. */
  readonly how: string;
  /** What the job runs: a scheduler's arguments, or a queue processor. */
  readonly runs: readonly TSESTree.Node[];
  /** The class's own methods the job runs, by name (a background task's `start()`). */
  readonly methods?: readonly string[];
  readonly cron: boolean;
}

// A background task's, a job's or a worker's contract, by the interface a class implements:
// aai-gateway's `class TurnCleanupTask implements BackgroundTask`, which its task manager starts
// as the process starts and stops as it ends.
const BACKGROUND_TASK_INTERFACE = /(?:Task|Job|Worker|Daemon|Poller)$/;
// … and the methods its runner calls: starting and stopping it, running it once.
const TASK_RUNNER_METHODS: ReadonlySet<string> = new Set(['start', 'stop', 'run', 'execute', 'tick', 'init', 'initialize', 'shutdown', 'dispose']);

/** The interface a class implements as a background task's (BACKGROUND_TASK_INTERFACE), when it implements one. */
function backgroundTaskInterface(declaration: TSESTree.ClassDeclaration): string | undefined {
  for (const implemented of declaration.implements ?? []) {
    const name = implemented.expression.type === 'Identifier' ? implemented.expression.name : implemented.expression.type === 'MemberExpression' ? staticName(implemented.expression.property) : undefined;
    if (name !== undefined && BACKGROUND_TASK_INTERFACE.test(name)) return name;
  }
  return undefined;
}

/**
 * The jobs a class sets up in its methods: what it hands a cron library's scheduler (`this.job =
 * cron.schedule(spec, () => this.check())`) or a repeating timer it keeps, and the queue
 * processors it registers (see queueJobTaken).
 */
function classJobs(declaration: TSESTree.ClassDeclaration, sourceOf: ImportSource): ClassJob[] {
  const jobs: ClassJob[] = [];
  const task = backgroundTaskInterface(declaration);
  if (task !== undefined) {
    const methods = declaration.body.body.flatMap((member) => member.type === 'MethodDefinition' && !member.static && member.kind === 'method' && TASK_RUNNER_METHODS.has(staticName(member.key) ?? '') ? [staticName(member.key)!] : []);
    if (methods.length > 0) jobs.push({ how: `task runner runs (it implements ${task})`, runs: [], methods, cron: false });
  }
  for (const member of declaration.body.body) {
    const body = member.type === 'MethodDefinition' && !member.static ? member.value.body : member.type === 'PropertyDefinition' && !member.static && member.value && isFunctionNode(member.value) ? member.value : undefined;
    if (!body) continue;
    walk(body, (inner) => {
      const job = queueJobTaken(inner, sourceOf);
      if (job !== undefined) jobs.push({ how: `queue job (a callback taking ${job}) runs in the queue's worker`, runs: [inner], cron: false });
      if (inner.type !== 'CallExpression' && inner.type !== 'NewExpression') return;
      const timer = keptIntervalField(inner);
      if (timer !== undefined) {
        jobs.push({ how: `timer (setInterval(), kept in this.${timer}) runs on its own clock`, runs: inner.arguments, cron: false });
        return;
      }
      const [root, name, ...deeper] = calleeText(inner.callee)?.split('.') ?? [];
      const source = root === undefined || deeper.length > 0 ? undefined : sourceOf(root);
      if (source === undefined || !CRON_SCHEDULERS.get(source)?.has(name ?? root!)) return;
      const scheduler = `${inner.type === 'NewExpression' ? 'new ' : ''}${[root, name].filter(Boolean).join('.')}()`;
      jobs.push({ how: `cron job (${scheduler}) runs by the clock`, runs: inner.arguments, cron: true });
    });
  }
  return jobs;
}

/**
 * `monitorTimer` for `this.monitorTimer = setInterval(() => this.check(), 60_000)`: a repeating
 * timer the instance keeps, to stop it later — its own clock (EasyEscrow's stuck-agreement
 * monitor), not a request's deferred work.
 */
function keptIntervalField(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const assignment = call.parent;
  if (call.type !== 'CallExpression' || calleeText(call.callee) !== 'setInterval' || assignment?.type !== 'AssignmentExpression' || assignment.right !== call) return undefined;
  const target = assignment.left;
  return target.type === 'MemberExpression' && target.object.type === 'ThisExpression' ? staticName(target.property) ?? '…' : undefined;
}

/** Whether a class runs cron jobs of its own: a method of it hands a cron library's scheduler a job. */
export function runsCronJobs(declaration: TSESTree.ClassDeclaration, sourceOf: ImportSource): boolean {
  return classJobs(declaration, sourceOf).some((job) => job.cron);
}

const methodsRunByJobs = new WeakMap<TSESTree.ClassDeclaration, ReadonlyMap<string, string>>();

/**
 * The methods a class's jobs run, each with how its job runs: the methods a job calls on `this`
 * (`cron.schedule(spec, () => this.runExpiryCheck())`), the methods those call, and so on
 * (EasyEscrow's `InstitutionEscrowExpiryMonitor`: the job calls `runExpiryCheck()`, which calls
 * `processExpiredEscrow()`, where the program's service is fetched).
 */
function methodsRunByClassJobs(declaration: TSESTree.ClassDeclaration, sourceOf: ImportSource): ReadonlyMap<string, string> {
  const cached = methodsRunByJobs.get(declaration);
  if (cached) return cached;
  const bodies = new Map<string, TSESTree.Node>();
  for (const member of declaration.body.body) {
    const name = (member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') && !member.static ? staticName(member.key) : undefined;
    if (name === undefined) continue;
    if (member.type === 'MethodDefinition' && member.kind === 'method') bodies.set(name, member.value);
    else if (member.type === 'PropertyDefinition' && member.value && isFunctionNode(member.value)) bodies.set(name, member.value);
  }
  const reached = new Map<string, string>();
  const pending: Array<{ node: TSESTree.Node; how: string }> = [];
  for (const job of classJobs(declaration, sourceOf)) {
    for (const node of job.runs) pending.push({ node, how: job.how });
    for (const method of job.methods ?? []) {
      const body = bodies.get(method);
      if (body === undefined || reached.has(method)) continue;
      reached.set(method, job.how);
      pending.push({ node: body, how: job.how });
    }
  }
  while (pending.length > 0) {
    const { node, how } = pending.pop()!;
    walk(node, (inner) => {
      if (inner.type !== 'MemberExpression' || inner.object.type !== 'ThisExpression') return;
      const name = staticName(inner.property);
      const body = name === undefined ? undefined : bodies.get(name);
      if (body === undefined || reached.has(name!)) return;
      reached.set(name!, how);
      pending.push({ node: body, how });
    });
  }
  methodsRunByJobs.set(declaration, reached);
  return reached;
}

/**
 * When `fn` is a method its class's jobs run (see methodsRunByClassJobs), described: it runs by
 * the clock or in a queue's worker, whatever else may call it. `sourceOf` reads the module's imports.
 */
export function runByClassJob(fn: TSESTree.Node, sourceOf: ImportSource): string | undefined {
  const member = fn.parent;
  if ((member?.type !== 'MethodDefinition' && member?.type !== 'PropertyDefinition') || member.value !== fn || member.static) return undefined;
  const declaration = member.parent?.parent;
  if (declaration?.type !== 'ClassDeclaration' || !declaration.id) return undefined;
  const name = staticName(member.key);
  const how = name === undefined ? undefined : methodsRunByClassJobs(declaration, sourceOf).get(name);
  return how === undefined ? undefined : `${declaration.id.name}.${name}(), which its class's ${how}`;
}

/**
 * `task = cron.schedule('0 * * * *', fn)` (node-cron; node-schedule's `scheduleJob`, cron's `new
 * CronJob`, croner's `new Cron`): the scheduled job's handle, kept to stop it — a timer's, as
 * `setInterval(…)`'s is (payever's campaign scheduler).
 */
export function schedulesCronJob(node: TSESTree.Node, input: AnalysisInput): boolean {
  const call = unwrapExpression(node);
  return (call.type === 'CallExpression' || call.type === 'NewExpression') && importedCallee(call.callee, input, CRON_SCHEDULERS) !== undefined;
}

/**
 * The job `fn` is, described, when the clock or a job runner runs it and no request ever does: a
 * callback (or a reference to a function) handed to a cron library's scheduler or a queue's
 * worker (BullMQ's `Worker`, or any call given a processor of a queue's `Job`) or a message broker's consumer (KafkaJS', amqplib's), a method NestJS schedules or runs for a queue (`@nestjs/bullmq`'s
 * `@Processor` `process()`, `@nestjs/bull`'s `@Process()`), or a trigger.dev task's `run`.
 * Unlike a timer's, a cron job's callback counts as outside requests wherever its schedule is set
 * up: one set up in a request would carry that request's scope, and its user, into every later
 * tick — no request's scope either.
 */
export function scheduledJob(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const consumer = messageConsumer(fn);
  if (consumer !== undefined) return `a message consumer (${consumer}), run for each message the broker delivers`;
  const call = fn.parent;
  if ((call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.callee !== fn && call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const scheduler = importedCallee(call.callee, input, CRON_SCHEDULERS)?.label;
    if (scheduler !== undefined) return `a cron job (${scheduler}), run by the clock`;
    const worker = call.type === 'NewExpression' ? importedCallee(call.callee, input, QUEUE_WORKERS)?.label : undefined;
    if (worker !== undefined) return `a queue's job (new ${worker}), run by its worker`;
    const job = queueJobTaken(fn, importsOf(fn));
    return job ? `a queue's job (a callback taking ${job}), run by its worker` : undefined;
  }
  const task = triggerDevTask(fn, input);
  if (task !== undefined) return `a trigger.dev task (${task}), run by its worker`;
  const method = fn.parent?.type === 'MethodDefinition' && fn.parent.value === fn ? fn.parent : undefined;
  if (!method) return undefined;
  for (const { local, imported } of decoratorsOf(method.decorators, input)) {
    if (imported.source === NEST_SCHEDULE && NEST_SCHEDULE_DECORATORS.has(imported.name)) return `a method NestJS schedules (@${local}), run by the clock`;
    if ((imported.source === NEST_BULL && NEST_BULL_METHOD_DECORATORS.test(imported.name)) || (imported.source === NEST_BULLMQ && imported.name === 'OnWorkerEvent')) return `a queue's job (@${local}), run by its worker`;
  }
  if (classDecoratedWith(method, input, NEST_BULLMQ, 'Processor') && !method.static && method.kind === 'method' && staticName(method.key) === 'process') return "a queue's job (a @Processor's process()), run by its worker";
  return undefined;
}



/**
 * A message broker's consumer callback: KafkaJS' `consumer.run({ eachMessage })` (or
 * `eachBatch`), amqplib's `channel.consume(queue, onMessage)`. The broker delivers each message,
 * whoever sent it, outside every request.
 */
function messageConsumer(fn: TSESTree.Node): string | undefined {
  const parent = fn.parent;
  if (parent?.type === 'Property' && parent.value === fn && !parent.computed) {
    const key = staticName(parent.key);
    const call = parent.parent?.parent;
    if ((key === 'eachMessage' || key === 'eachBatch') && call?.type === 'CallExpression' && call.arguments[0] === parent.parent) {
      const callee = unwrapExpression(call.callee);
      if (callee.type === 'MemberExpression' && staticName(callee.property) === 'run') return `run({ ${key} })`;
    }
    return undefined;
  }
  if (parent?.type !== 'CallExpression' || parent.arguments[1] !== fn) return undefined;
  const callee = unwrapExpression(parent.callee);
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'consume' ? 'consume()' : undefined;
}

/**
 * `schedules.task()` or `task()` when `fn` is the `run` of a trigger.dev task —
 * `schedules.task({ cron, run })`, `task({ id, run })`, `schemaTask({ schema, run })`, imported
 * from its SDK: its worker runs it, on the clock or from a queue, never inside a request.
 */
function triggerDevTask(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn || property.computed || staticName(property.key) !== 'run') return undefined;
  const options = property.parent;
  const call = options?.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== options) return undefined;
  const callee = unwrapExpression(call.callee);
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  if (root.type !== 'Identifier') return undefined;
  const imported = importedFrom(input, root);
  if (imported === undefined || !TRIGGER_DEV_SDK.test(imported.source)) return undefined;
  if (callee.type === 'MemberExpression') return imported.name === 'schedules' && staticName(callee.property) === 'task' ? `${root.name}.task()` : undefined;
  return TRIGGER_DEV_TASKS.has(imported.name) ? `${root.name}()` : undefined;
}
