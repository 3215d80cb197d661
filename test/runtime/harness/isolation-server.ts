import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { WebSocketServer } from 'ws';
import {
  configureAgentInfrastructure,
  createAgentInstanceFactory,
  createConnectionRegistry,
  createExecutionEngineFactory,
  createUserEventEmitter,
  defineAgents,
  requireUserContext,
  resetAgentInfrastructureForTests,
  userContextMiddleware,
  type AgentRunIO,
  type ExecutionEngineFactory,
  type UserExecutionContext,
} from '../../../src/runtime/index.js';

/**
 * One server, two wirings of the same agent service: `isolated` uses ssot-kit/runtime (a factory
 * and an engine per request, events per user); `singleton` is the legacy shape the runtime
 * replaces — one module-level factory that remembers "the current user" between awaits.
 */
export type Wiring = 'isolated' | 'singleton';

export interface RunningServer {
  readonly port: number;
  readonly engines?: ExecutionEngineFactory;
  close(): Promise<void>;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const jitter = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 3));

// Tokens stand in for verified credentials: the server maps them to principals itself.
export const tokenFor = (userId: string) => `token-${userId}`;
const userForToken = (token: string | undefined) => (token?.startsWith('token-') ? token.slice('token-'.length) : undefined);

/** The legacy singleton: shared by every request, carrying per-call state across awaits. */
class LegacySharedFactory {
  currentUser: string | undefined;
  bindUser(userId: string) {
    this.currentUser = userId;
  }
}
let legacyFactory: LegacySharedFactory | undefined;
function getLegacyFactory(): LegacySharedFactory {
  if (!legacyFactory) legacyFactory = new LegacySharedFactory();
  return legacyFactory;
}

export async function startIsolationServer(wiring: Wiring): Promise<RunningServer> {
  const registry = createConnectionRegistry();
  const agents = defineAgents({
    Recorder: (ctx: UserExecutionContext) => ({
      async run(input: unknown, io: AgentRunIO) {
        await jitter();
        io.events?.agentThinking({ requestOwner: (input as { owner: string }).owner, seen: ctx.userId });
        await tick();
        io.events?.toolExecuting({ requestOwner: (input as { owner: string }).owner, seen: ctx.userId });
        await jitter();
        return { seen: ctx.userId };
      },
    }),
    Summariser: (ctx: UserExecutionContext) => ({ summarise: () => ctx.userId }),
  });
  const engines = wiring === 'isolated' ? createExecutionEngineFactory({ agents, limits: { maxEnginesPerUser: 20 } }) : undefined;
  if (wiring === 'isolated') {
    resetAgentInfrastructureForTests();
    configureAgentInfrastructure({ agents });
  }

  const app = express();
  app.use(userContextMiddleware({ resolveUser: (req) => {
    const user = userForToken(String(req.headers['authorization'] ?? '').replace(/^Bearer /, ''));
    return user ? { userId: user } : null;
  } }));

  app.post('/run/:n', async (req, res, next) => {
    try {
      const owner = (req as unknown as { userContext: UserExecutionContext }).userContext.userId;
      if (wiring === 'isolated') {
        const ctx = requireUserContext();
        await using factory = createAgentInstanceFactory(ctx);
        const summary = (factory.createAgent('Summariser') as unknown as { summarise(): string }).summarise();
        const events = createUserEventEmitter(ctx, registry);
        const engine = engines!.createExecutionEngine(ctx, { events });
        try {
          const result = (await engine.executeAgent('Recorder', { owner })) as { seen: string };
          res.json({ owner, seen: result.seen, summary, n: req.params.n });
        } finally {
          await engine.release();
        }
      } else {
        const factory = getLegacyFactory();
        factory.bindUser(owner);
        await jitter();
        const emit = (type: string) =>
          registry.deliver(factory.currentUser!, { type: type as never, userId: factory.currentUser!, threadId: 't', runId: 'r', requestId: 'q', timestamp: Date.now(), payload: { requestOwner: owner, seen: factory.currentUser } });
        emit('agent_started');
        emit('agent_thinking');
        await tick();
        emit('tool_executing');
        await jitter();
        emit('agent_completed');
        res.json({ owner, seen: factory.currentUser, summary: factory.currentUser, n: req.params.n });
      }
    } catch (error) {
      next(error);
    }
  });

  const server: Server = createServer(app);
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket, req) => {
    const user = userForToken(new URL(req.url ?? '/', 'http://localhost').searchParams.get('token') ?? undefined);
    if (!user) {
      socket.close(4401, 'unauthenticated');
      return;
    }
    registry.register(user, socket);
    socket.send(JSON.stringify({ type: 'ready' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    ...(engines ? { engines } : {}),
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engines?.shutdown();
      legacyFactory = undefined;
      if (wiring === 'isolated') resetAgentInfrastructureForTests();
    },
  };
}
