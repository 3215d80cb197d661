import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { importedCallee, importedFrom } from './bound-names.js';
import { classDecoratedWith, decoratorsOf } from './decorators.js';
import { staticName, unwrapExpression } from './walk.js';

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

/** Whether `name` (a member, or the binding itself) of package `source` schedules a cron job: node-cron's `schedule`, cron's `CronJob`. */
export function isCronScheduler(source: string, name: string): boolean {
  return CRON_SCHEDULERS.get(source)?.has(name) ?? false;
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
 * worker (BullMQ's `Worker`) or a message broker's consumer (KafkaJS', amqplib's), a method NestJS schedules or runs for a queue (`@nestjs/bullmq`'s
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
    return worker === undefined ? undefined : `a queue's job (new ${worker}), run by its worker`;
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
