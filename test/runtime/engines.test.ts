import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AgentTimeoutError,
  createExecutionEngineFactory,
  createUserEventEmitter,
  createUserExecutionContext,
  defineAgents,
  DisposeError,
  EngineLimitError,
  EngineReleasedError,
  InvalidUserContextError,
  SsotRuntimeError,
  UnknownAgentError,
  type AgentEvent,
  type UserExecutionContext,
} from '../../src/runtime/index.js';

const alice = createUserExecutionContext({ userId: 'alice', threadId: 'thread-a', runId: 'run-a' });
const bob = createUserExecutionContext({ userId: 'bob', threadId: 'thread-b', runId: 'run-b' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function agents(state = { running: 0, peak: 0 }) {
  return defineAgents({
    Echo: (ctx: UserExecutionContext) => ({
      async run(input: unknown) {
        state.running++;
        state.peak = Math.max(state.peak, state.running);
        await sleep(5);
        state.running--;
        return { owner: ctx.userId, input };
      },
    }),
    Hang: () => ({ run: (_input: unknown, io: { signal: AbortSignal }) => new Promise((_, reject) => io.signal.addEventListener('abort', () => reject(io.signal.reason))) }),
  });
}

afterEach(() => vi.useRealTimers());

describe('execution engines', () => {
  it('shut down every engine, then report the ones whose agents failed to dispose', async () => {
    const brittle = defineAgents({ Brittle: (ctx: UserExecutionContext) => ({ run: async () => ctx.userId, dispose: async () => { throw new Error(`dispose ${ctx.userId}`); } }) });
    const factory = createExecutionEngineFactory({ agents: brittle });
    await factory.createExecutionEngine(alice).executeAgent('Brittle');
    await factory.createExecutionEngine(bob).executeAgent('Brittle');
    const error = await factory.shutdown().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisposeError);
    expect(error).toBeInstanceOf(SsotRuntimeError);
    const perEngine = (error as DisposeError).errors as DisposeError[];
    expect(perEngine.flatMap((e) => e.errors.map((inner) => (inner as Error).message)).sort()).toEqual(['dispose alice', 'dispose bob']);
    expect(factory.metrics()).toMatchObject({ active: 0, released: 2 });
  });

  it('run agents for their own user and count metrics', async () => {
    const factory = createExecutionEngineFactory({ agents: agents() });
    const engine = factory.createExecutionEngine(alice);
    expect(await engine.executeAgent('Echo', 1)).toEqual({ owner: 'alice', input: 1 });
    expect(factory.metrics()).toMatchObject({ created: 1, active: 1, activeByUser: { alice: 1 }, peak: 1 });
    await engine.release();
    await engine.release();
    expect(factory.metrics()).toMatchObject({ created: 1, released: 1, active: 0, activeByUser: {} });
    await expect(engine.executeAgent('Echo')).rejects.toBeInstanceOf(EngineReleasedError);
    await factory.shutdown();
  });

  it('enforce maxEnginesPerUser per user, and count rejections', async () => {
    const factory = createExecutionEngineFactory({ agents: agents(), limits: { maxEnginesPerUser: 2 } });
    const a1 = factory.createExecutionEngine(alice);
    factory.createExecutionEngine(alice);
    expect(() => factory.createExecutionEngine(alice)).toThrow(EngineLimitError);
    factory.createExecutionEngine(bob); // another user is not affected
    expect(factory.metrics()).toMatchObject({ rejected: 1, active: 3, peak: 3, activeByUser: { alice: 2, bob: 1 } });
    await a1.release();
    expect(() => factory.createExecutionEngine(alice)).not.toThrow();
    await factory.shutdown();
    expect(factory.metrics()).toMatchObject({ active: 0, activeByUser: {} });
  });

  it('validate the context before registering anything', async () => {
    const factory = createExecutionEngineFactory({ agents: agents() });
    expect(() => factory.createExecutionEngine({ userId: 'null', threadId: 't-1', runId: 'r-1' } as UserExecutionContext)).toThrow(InvalidUserContextError);
    expect(factory.metrics()).toMatchObject({ created: 0, active: 0, rejected: 0 });
    await factory.shutdown();
  });

  it('limit concurrent agents per engine', async () => {
    const state = { running: 0, peak: 0 };
    const factory = createExecutionEngineFactory({ agents: agents(state), limits: { maxConcurrentAgentsPerEngine: 3 } });
    const engine = factory.createExecutionEngine(alice);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => engine.executeAgent('Echo', i)));
    expect(results.map((r) => (r as { input: number }).input)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(state.peak).toBe(3);
    await factory.shutdown();
  });

  it('time agents out, abort them and count it', async () => {
    const factory = createExecutionEngineFactory({ agents: agents(), limits: { agentTimeoutMs: 20 } });
    const engine = factory.createExecutionEngine(alice);
    await expect(engine.executeAgent('Hang')).rejects.toBeInstanceOf(AgentTimeoutError);
    expect(factory.metrics().timedOut).toBe(1);
    await factory.shutdown();
  });

  it('reject unknown agents without taking a slot', async () => {
    const factory = createExecutionEngineFactory({ agents: agents() });
    await expect(factory.createExecutionEngine(alice).executeAgent('Nope')).rejects.toBeInstanceOf(UnknownAgentError);
    await factory.shutdown();
  });

  it('emit agent events stamped with the engine user', async () => {
    const delivered: Array<[string, AgentEvent]> = [];
    const events = createUserEventEmitter(alice, { deliver: (userId, event) => delivered.push([userId, event]) });
    const factory = createExecutionEngineFactory({ agents: agents() });
    await factory.createExecutionEngine(alice, { events }).executeAgent('Echo');
    expect(delivered.map(([user, e]) => `${user}:${e.type}:${e.userId}`)).toEqual(['alice:agent_started:alice', 'alice:agent_completed:alice']);
    await factory.shutdown();
  });

  it('expire idle engines with an unref-ed sweeper, and shutdown stops it', async () => {
    vi.useFakeTimers();
    const factory = createExecutionEngineFactory({ agents: agents(), limits: { engineTtlMs: 1_000, sweepIntervalMs: 500 } });
    const engine = factory.createExecutionEngine(alice);
    await vi.advanceTimersByTimeAsync(400);
    expect(engine.released).toBe(false);
    await vi.advanceTimersByTimeAsync(1_200);
    expect(engine.released).toBe(true);
    expect(factory.metrics()).toMatchObject({ expired: 1, active: 0 });
    await factory.shutdown();
    expect(vi.getTimerCount()).toBe(0);
    expect(() => factory.createExecutionEngine(alice)).toThrow(/shut down/);
  });

  it('reject bad limits', () => {
    expect(() => createExecutionEngineFactory({ agents: agents(), limits: { maxEnginesPerUser: 0 } })).toThrow('limits.maxEnginesPerUser');
  });
});
