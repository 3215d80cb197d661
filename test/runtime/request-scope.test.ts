import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  configureAgentInfrastructure,
  createUserExecutionContext,
  currentUserContext,
  defineAgents,
  getAgentInstanceFactory,
  MissingUserContextError,
  requireUserContext,
  resetAgentInfrastructureForTests,
  resetLegacyShimForTests,
  runWithUserContext,
  setLegacyFactoryMode,
  SingletonEliminatedError,
  userContextMiddleware,
  type UserExecutionContext,
} from '../../src/runtime/index.js';

const alice = createUserExecutionContext({ userId: 'alice', threadId: 'thread-a', runId: 'run-a' });
const bob = createUserExecutionContext({ userId: 'bob', threadId: 'thread-b', runId: 'run-b' });

afterEach(() => {
  resetLegacyShimForTests();
  resetAgentInfrastructureForTests();
  delete process.env['SSOT_LEGACY_FACTORY'];
  vi.restoreAllMocks();
});

describe('request scope', () => {
  it('carries the context across awaits, per concurrent request', async () => {
    const seen = await Promise.all(
      [alice, bob, alice, bob].map((ctx, i) =>
        runWithUserContext(ctx, async () => {
          await new Promise((resolve) => setTimeout(resolve, 10 - i * 2));
          return requireUserContext().userId;
        }),
      ),
    );
    expect(seen).toEqual(['alice', 'bob', 'alice', 'bob']);
  });

  it('throws outside a scope instead of guessing a user', () => {
    expect(currentUserContext()).toBeUndefined();
    expect(() => requireUserContext()).toThrow(MissingUserContextError);
  });
});

type Req = { headers: Record<string, string | undefined>; user?: { id: string }; userContext?: UserExecutionContext };
function fakeResponse() {
  const res = { statusCode: 200, headers: {} as Record<string, string>, body: '', setHeader(n: string, v: string) { res.headers[n] = v; }, end(b?: string) { res.body = b ?? ''; } };
  return res;
}
function run(middleware: ReturnType<typeof userContextMiddleware<Req>>, req: Req) {
  const res = fakeResponse();
  return new Promise<{ res: typeof res; inScope?: string; error?: unknown }>((resolve) => {
    const originalEnd = res.end.bind(res);
    res.end = (b?: string) => { originalEnd(b); resolve({ res }); };
    middleware(req, res, (error?: unknown) => resolve({ res, inScope: currentUserContext()?.userId, error }));
  });
}

describe('userContextMiddleware', () => {
  const resolveUser = (req: Req) => (req.user ? { userId: req.user.id } : null);

  it('builds the context from the authenticated principal and runs the request in it', async () => {
    const req: Req = { headers: {}, user: { id: 'alice' } };
    const { inScope } = await run(userContextMiddleware<Req>({ resolveUser }), req);
    expect(inScope).toBe('alice');
    expect(req.userContext?.userId).toBe('alice');
  });

  it('answers 401 JSON when unauthenticated', async () => {
    const { res, inScope } = await run(userContextMiddleware<Req>({ resolveUser }), { headers: {} });
    expect(inScope).toBeUndefined();
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(res.body)).toHaveProperty('error');
  });

  it('never reads identity from a header unless trustHeader is set', async () => {
    const spoof: Req = { headers: { 'x-user-id': 'bob' } };
    expect((await run(userContextMiddleware<Req>({ resolveUser }), spoof)).res.statusCode).toBe(401);
    const trusted = await run(userContextMiddleware<Req>({ trustHeader: 'X-User-Id' }), { headers: { 'x-user-id': 'bob' } });
    expect(trusted.inScope).toBe('bob');
  });

  it('turns a placeholder principal into 401, and a resolver failure into next(error)', async () => {
    expect((await run(userContextMiddleware<Req>({ resolveUser }), { headers: {}, user: { id: 'default' } })).res.statusCode).toBe(401);
    const failing = userContextMiddleware<Req>({ resolveUser: () => { throw new Error('auth down'); } });
    expect(((await run(failing, { headers: {} })).error as Error).message).toBe('auth down');
  });

  it('needs a way to identify users', () => {
    expect(() => userContextMiddleware({})).toThrow(/resolveUser/);
  });
});

describe('legacy getAgentInstanceFactory shim', () => {
  it('throws SingletonEliminatedError with the replacement line by default', () => {
    expect(() => getAgentInstanceFactory()).toThrow(SingletonEliminatedError);
    expect(() => getAgentInstanceFactory()).toThrow('createAgentInstanceFactory(userContext)');
  });

  it('in warn mode returns a factory for the current request, warning once', async () => {
    configureAgentInfrastructure({ agents: defineAgents({ Who: (ctx: UserExecutionContext) => ({ who: ctx.userId }) }) });
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    setLegacyFactoryMode('warn');
    const [a, b] = await Promise.all([
      runWithUserContext(alice, async () => {
        const first = getAgentInstanceFactory();
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(getAgentInstanceFactory()).toBe(first);
        return first;
      }),
      runWithUserContext(bob, async () => getAgentInstanceFactory()),
    ]);
    expect(a).not.toBe(b);
    expect(a.userContext.userId).toBe('alice');
    expect(b.userContext.userId).toBe('bob');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ type: 'DeprecationWarning', code: 'SSOT001' });
    expect(() => getAgentInstanceFactory()).toThrow(MissingUserContextError);
  });

  it('reads warn mode from SSOT_LEGACY_FACTORY', () => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    configureAgentInfrastructure({ agents: defineAgents({}) });
    process.env['SSOT_LEGACY_FACTORY'] = 'warn';
    expect(runWithUserContext(alice, () => getAgentInstanceFactory()).userContext.userId).toBe('alice');
  });
});
