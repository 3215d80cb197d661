import { describe, expect, it } from 'vitest';
import {
  createAgentInstanceFactory,
  createConnectionRegistry,
  createExecutionEngineFactory,
  createUserEventEmitter,
  createUserExecutionContext,
  defineAgents,
  runWithUserContext,
} from '../../src/runtime/index.js';

const N = 100_000;

describe('no leaks', () => {
  it(`${N} contexts, factories, engines and connections created and disposed leave every registry empty`, async () => {
    let disposedAgents = 0;
    const agents = defineAgents({
      Worker: () => ({ run: () => 'done', dispose: () => { disposedAgents++; } }),
    });
    const engines = createExecutionEngineFactory({ agents, limits: { maxEnginesPerUser: 2 } });
    const connections = createConnectionRegistry();
    let builtAgents = 0;
    for (let i = 0; i < N; i++) {
      const ctx = createUserExecutionContext({ userId: `user-${i % 997}`, threadId: `thread-${i}`, runId: `run-${i}` });
      const factory = createAgentInstanceFactory(ctx, { agents });
      factory.createAgent('Worker');
      builtAgents++;
      await factory.dispose();
      expect(factory.liveAgents).toBe(0);

      const engine = engines.createExecutionEngine(ctx);
      if (i % 10 === 0) await runWithUserContext(ctx, () => engine.executeAgent('Worker'));
      await engine.release();

      const off = connections.register(ctx.userId, { send: () => undefined });
      createUserEventEmitter(ctx, connections).agentCompleted();
      off();
    }
    expect(disposedAgents).toBe(builtAgents + N / 10); // engine-run agents are disposed with their engine
    const metrics = engines.metrics();
    expect(metrics).toMatchObject({ created: N, released: N, active: 0, activeByUser: {}, rejected: 0 });
    expect(connections.size()).toBe(0);
    await engines.shutdown();
  });
});
