import { afterEach, describe, expect, it } from 'vitest';
import {
  configureAgentInfrastructure,
  ContextMismatchError,
  createAgentInstanceFactory,
  createUserExecutionContext,
  defineAgents,
  DisposeError,
  FactoryDisposedError,
  InfrastructureAlreadyConfiguredError,
  InfrastructureNotConfiguredError,
  resetAgentInfrastructureForTests,
  UnknownAgentError,
  type UserExecutionContext,
} from '../../src/runtime/index.js';

const alice = createUserExecutionContext({ userId: 'alice', threadId: 'thread-a', runId: 'run-a' });
const bob = createUserExecutionContext({ userId: 'bob', threadId: 'thread-b', runId: 'run-b' });

function recordingAgents(log: string[] = []) {
  return defineAgents({
    DataHelper: (ctx: UserExecutionContext, deps: { prefix: string }) => ({
      owner: ctx.userId,
      describe: () => `${deps.prefix}:${ctx.userId}`,
      dispose: () => {
        log.push(`dispose DataHelper ${ctx.requestId}`);
      },
    }),
    Reporter: (ctx: UserExecutionContext) => ({ owner: ctx.userId }),
  });
}

afterEach(() => resetAgentInfrastructureForTests());

describe('defineAgents', () => {
  it('is a frozen explicit registry', () => {
    const agents = recordingAgents();
    expect(Object.isFrozen(agents)).toBe(true);
    expect(Object.keys(agents)).toEqual(['DataHelper', 'Reporter']);
    expect(() => defineAgents({ Broken: 'not a function' as never })).toThrow(/Broken/);
  });
});

describe('createAgentInstanceFactory', () => {
  it('returns a new factory per call, bound to that context', () => {
    const agents = recordingAgents();
    const a1 = createAgentInstanceFactory(alice, { agents, deps: { prefix: 'p' } });
    const a2 = createAgentInstanceFactory(alice, { agents, deps: { prefix: 'p' } });
    expect(a1).not.toBe(a2);
    expect(a1.userContext).toBe(alice);
    const agent = a1.createAgent('DataHelper') as unknown as { owner: string; describe(): string };
    expect(agent.owner).toBe('alice');
    expect(agent.describe()).toBe('p:alice');
  });

  it('accepts a child context of the same user and refuses another user', () => {
    const factory = createAgentInstanceFactory(alice, { agents: recordingAgents() });
    expect((factory.createAgent('Reporter', alice.child('sub')) as unknown as { owner: string }).owner).toBe('alice');
    expect(() => factory.createAgent('Reporter', bob)).toThrow(ContextMismatchError);
  });

  it('names the known agents for an unknown one, with no fuzzy matching', () => {
    const factory = createAgentInstanceFactory(alice, { agents: recordingAgents() });
    expect(() => factory.createAgent('datahelper')).toThrow(UnknownAgentError);
    expect(() => factory.createAgent('Data')).toThrow('Known agents: DataHelper, Reporter');
    expect(() => factory.createAgent('toString')).toThrow(UnknownAgentError);
  });

  it('disposes agents newest first, idempotently, and refuses use afterwards', async () => {
    const log: string[] = [];
    const factory = createAgentInstanceFactory(alice, { agents: recordingAgents(log) });
    const first = alice.child('one');
    const second = alice.child('two');
    factory.createAgent('DataHelper', first);
    factory.createAgent('DataHelper', second);
    expect(factory.liveAgents).toBe(2);
    await factory.dispose();
    await factory.dispose();
    expect(log).toEqual([`dispose DataHelper ${second.requestId}`, `dispose DataHelper ${first.requestId}`]);
    expect(factory.liveAgents).toBe(0);
    expect(() => factory.createAgent('Reporter')).toThrow(FactoryDisposedError);
  });

  it('keeps disposing past failures and reports them together', async () => {
    const disposed: string[] = [];
    const agents = defineAgents({
      Flaky: (ctx: UserExecutionContext) => ({
        dispose: async () => {
          disposed.push(ctx.operation ?? '');
          if (ctx.operation !== 'ok') throw new Error(`boom ${ctx.operation}`);
        },
      }),
    });
    const factory = createAgentInstanceFactory(alice, { agents });
    factory.createAgent('Flaky', alice.child('a'));
    factory.createAgent('Flaky', alice.child('ok'));
    factory.createAgent('Flaky', alice.child('b'));
    const error = await factory.dispose().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisposeError);
    expect((error as DisposeError).errors.map((e) => (e as Error).message)).toEqual(['boom b', 'boom a']);
    expect(disposed).toEqual(['b', 'ok', 'a']);
  });

  it('supports await using through Symbol.asyncDispose', async () => {
    const log: string[] = [];
    const factory = createAgentInstanceFactory(alice, { agents: recordingAgents(log) });
    factory.createAgent('DataHelper');
    await factory[Symbol.asyncDispose]();
    expect(log).toHaveLength(1);
    expect(factory.disposed).toBe(true);
  });

  it('validates a look-alike context and rejects a bad one', () => {
    const factory = createAgentInstanceFactory({ userId: 'carol', threadId: 't-1', runId: 'r-1' } as UserExecutionContext, { agents: recordingAgents() });
    expect(factory.userContext.userId).toBe('carol');
    expect(() => createAgentInstanceFactory({ userId: 'default', threadId: 't-1', runId: 'r-1' } as UserExecutionContext, { agents: recordingAgents() })).toThrow(/placeholder/);
  });
});

describe('configureAgentInfrastructure', () => {
  it('makes the one-argument form work, once', () => {
    expect(() => createAgentInstanceFactory(alice)).toThrow(InfrastructureNotConfiguredError);
    const infrastructure = configureAgentInfrastructure({ agents: recordingAgents(), deps: { prefix: 'shared' } });
    expect(Object.isFrozen(infrastructure)).toBe(true);
    const agent = createAgentInstanceFactory(bob).createAgent('DataHelper') as unknown as { describe(): string };
    expect(agent.describe()).toBe('shared:bob');
    expect(() => configureAgentInfrastructure({ agents: recordingAgents() })).toThrow(InfrastructureAlreadyConfiguredError);
  });
});
