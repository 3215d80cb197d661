/**
 * Runtime set-up throughput: what one isolated request costs (context + factory + agent),
 * the same inside runWithUserContext, and a shared-singleton access for reference.
 * `npm run bench:runtime`. Best of several rounds after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import {
  createAgentInstanceFactory,
  createUserExecutionContext,
  defineAgents,
  runWithUserContext,
  type UserExecutionContext,
} from '../src/runtime/index.js';

const agents = defineAgents({ DataHelper: (ctx: UserExecutionContext) => ({ owner: ctx.userId }) });
const userIds = Array.from({ length: 1024 }, (_, i) => `user-${i}`);
let sink = 0;

function isolatedSetup(i: number): void {
  const ctx = createUserExecutionContext({ userId: userIds[i & 1023]!, threadId: 'thread-1a', runId: 'run-1a' });
  const agent = createAgentInstanceFactory(ctx, { agents }).createAgent('DataHelper') as unknown as { owner: string };
  sink += agent.owner.length;
}

function scopedSetup(i: number): void {
  const ctx = createUserExecutionContext({ userId: userIds[i & 1023]!, threadId: 'thread-1a', runId: 'run-1a' });
  runWithUserContext(ctx, () => {
    const agent = createAgentInstanceFactory(ctx, { agents }).createAgent('DataHelper') as unknown as { owner: string };
    sink += agent.owner.length;
  });
}

// The legacy shape, for reference only: one factory for everyone (and the bug ssot-kit removes).
let shared: { createAgent(name: string): { owner: string } } | undefined;
function sharedSingletonAccess(i: number): void {
  shared ??= { createAgent: () => ({ owner: userIds[i & 1023]! }) };
  sink += shared.createAgent('DataHelper').owner.length;
}

function opsPerSecond(fn: (i: number) => void, iterations: number, rounds: number): number {
  for (let i = 0; i < iterations; i++) fn(i); // warm-up
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn(i);
    const seconds = (performance.now() - start) / 1000;
    best = Math.max(best, iterations / seconds);
  }
  return best;
}

const iterations = Number(process.env['BENCH_ITERATIONS'] ?? 300_000);
const rounds = 7;
const isolated = opsPerSecond(isolatedSetup, iterations, rounds);
const scoped = opsPerSecond(scopedSetup, iterations, rounds);
const singleton = opsPerSecond(sharedSingletonAccess, iterations, rounds);
const format = (n: number) => Math.round(n).toLocaleString('en-US').padStart(12);

console.log(`ssot-kit runtime benchmark — Node ${process.version}, best of ${rounds} × ${iterations.toLocaleString('en-US')}`);
console.log('');
console.log('| set-up | ops/s | vs isolated |');
console.log('| --- | ---: | ---: |');
console.log(`| isolated (context + factory + agent) | ${format(isolated)} | 1.00× |`);
console.log(`| same inside runWithUserContext | ${format(scoped)} | ${(scoped / isolated).toFixed(2)}× (scope costs ${((1 - scoped / isolated) * 100).toFixed(1)} %) |`);
console.log(`| shared singleton access (reference) | ${format(singleton)} | ${(singleton / isolated).toFixed(2)}× |`);
console.log('');
console.log(`targets: isolated ≥ 500,000/s → ${isolated >= 500_000 ? 'met' : 'MISSED'}; request scope ≤ 10 % → ${1 - scoped / isolated <= 0.1 ? 'met' : 'MISSED'}`);
if (sink === 0) console.log('');
