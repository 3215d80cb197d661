import { AgentInstanceFactory, toUserContext } from './agent-factory.js';
import type { AgentRegistry } from './agents.js';
import type { UserExecutionContext } from './context.js';
import { AgentTimeoutError, DisposeError, EngineLimitError, EngineReleasedError, FactoryDisposedError } from './errors.js';
import type { UserEventEmitter } from './events.js';

export interface EngineLimits {
  maxEnginesPerUser: number;
  maxConcurrentAgentsPerEngine: number;
  agentTimeoutMs: number;
  engineTtlMs: number;
  sweepIntervalMs: number;
}

export const DEFAULT_ENGINE_LIMITS: Readonly<EngineLimits> = Object.freeze({
  maxEnginesPerUser: 2,
  maxConcurrentAgentsPerEngine: 3,
  agentTimeoutMs: 25_000,
  engineTtlMs: 300_000,
  sweepIntervalMs: 60_000,
});

export interface ExecutionEngine {
  readonly userContext: UserExecutionContext;
  readonly released: boolean;
  /** Runs a factory-built agent under this engine's concurrency limit and timeout. */
  executeAgent(name: string, input?: unknown): Promise<unknown>;
  /** Frees this engine's slot and disposes its agents. Idempotent. */
  release(): Promise<void>;
}

export interface EngineMetrics {
  created: number;
  released: number;
  rejected: number;
  timedOut: number;
  expired: number;
  active: number;
  activeByUser: Record<string, number>;
  peak: number;
}

export interface ExecutionEngineFactory {
  createExecutionEngine(userContext: UserExecutionContext, options?: { events?: UserEventEmitter }): ExecutionEngine;
  metrics(): EngineMetrics;
  /** Releases every engine and stops the sweeper. */
  shutdown(): Promise<void>;
}

function checkLimits(limits: Partial<EngineLimits> | undefined): EngineLimits {
  const merged = { ...DEFAULT_ENGINE_LIMITS, ...limits };
  for (const [key, value] of Object.entries(merged)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`limits.${key} must be a positive integer, got ${String(value)}`);
  }
  return merged;
}

/** Per-user execution engines with hard limits: one user's burst cannot starve the others. */
export function createExecutionEngineFactory<Deps = unknown>(options: {
  agents: AgentRegistry<Deps>;
  deps?: Deps;
  limits?: Partial<EngineLimits>;
}): ExecutionEngineFactory {
  const limits = checkLimits(options.limits);
  const byUser = new Map<string, Set<Engine>>();
  const counters = { created: 0, released: 0, rejected: 0, timedOut: 0, expired: 0, active: 0, peak: 0 };
  let sweeper: NodeJS.Timeout | undefined;
  let stopped = false;

  function sweep(): void {
    const now = Date.now();
    for (const engines of byUser.values()) {
      for (const engine of engines) {
        if (engine.running === 0 && now - engine.lastUsed >= limits.engineTtlMs) {
          counters.expired++;
          void engine.release().catch(() => undefined);
        }
      }
    }
  }

  function ensureSweeper(): void {
    if (sweeper || stopped) return;
    // unref: an idle sweeper must never keep a process (or a test run) alive.
    sweeper = setInterval(sweep, limits.sweepIntervalMs).unref();
  }

  class Engine implements ExecutionEngine {
    running = 0;
    lastUsed = Date.now();
    #released: Promise<void> | undefined;
    readonly #factory: AgentInstanceFactory<Deps>;
    readonly #waiting: Array<() => void> = [];
    readonly #controllers = new Set<AbortController>();

    constructor(
      readonly userContext: UserExecutionContext,
      private readonly events: UserEventEmitter | undefined,
    ) {
      this.#factory = new AgentInstanceFactory(userContext, options.agents, options.deps as Deps);
    }

    get released(): boolean {
      return this.#released !== undefined;
    }

    async executeAgent(name: string, input?: unknown): Promise<unknown> {
      if (this.#released) throw new EngineReleasedError();
      const agent = this.#factory.createAgent(name); // unknown names fail before taking a slot
      await this.#acquire();
      const controller = new AbortController();
      this.#controllers.add(controller);
      let timer: NodeJS.Timeout | undefined;
      try {
        if (this.#released) throw new EngineReleasedError();
        this.events?.agentStarted({ agent: name });
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            counters.timedOut++;
            controller.abort(new AgentTimeoutError(name, limits.agentTimeoutMs));
            reject(controller.signal.reason);
          }, limits.agentTimeoutMs);
        });
        const run = Promise.resolve(agent.run ? agent.run(input, { events: this.events, signal: controller.signal }) : undefined);
        const result = await Promise.race([run, timeout]);
        this.events?.agentCompleted({ agent: name });
        return result;
      } catch (error) {
        this.events?.agentError({ agent: name, error: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        clearTimeout(timer);
        this.#controllers.delete(controller);
        this.lastUsed = Date.now();
        this.#releaseSlot();
      }
    }

    #acquire(): Promise<void> {
      if (this.running < limits.maxConcurrentAgentsPerEngine) {
        this.running++;
        return Promise.resolve();
      }
      return new Promise((resolve) => this.#waiting.push(() => { this.running++; resolve(); }));
    }

    #releaseSlot(): void {
      this.running--;
      this.#waiting.shift()?.();
    }

    release(): Promise<void> {
      this.#released ??= this.#doRelease();
      return this.#released;
    }

    async #doRelease(): Promise<void> {
      const engines = byUser.get(this.userContext.userId);
      if (engines?.delete(this)) {
        if (engines.size === 0) byUser.delete(this.userContext.userId);
        counters.active--;
        counters.released++;
      }
      for (const controller of this.#controllers) controller.abort(new EngineReleasedError());
      // Queued runs wake up, see the engine released, and fail fast.
      for (const wake of this.#waiting.splice(0)) wake();
      await this.#factory.dispose().catch((error: unknown) => {
        if (!(error instanceof FactoryDisposedError)) throw error;
      });
    }
  }

  return {
    createExecutionEngine(userContext, engineOptions = {}) {
      if (stopped) throw new Error('This execution engine factory was shut down.');
      // Validate before registering anything: a bad context must leave no trace.
      const ctx = toUserContext(userContext);
      const engines = byUser.get(ctx.userId);
      if (engines && engines.size >= limits.maxEnginesPerUser) {
        counters.rejected++;
        throw new EngineLimitError(ctx.userId, limits.maxEnginesPerUser);
      }
      const engine = new Engine(ctx, engineOptions.events);
      if (engines) engines.add(engine);
      else byUser.set(ctx.userId, new Set([engine]));
      counters.created++;
      counters.active++;
      if (counters.active > counters.peak) counters.peak = counters.active;
      ensureSweeper();
      return engine;
    },
    metrics() {
      const activeByUser: Record<string, number> = {};
      for (const [userId, engines] of byUser) activeByUser[userId] = engines.size;
      return { ...counters, activeByUser };
    },
    async shutdown() {
      stopped = true;
      if (sweeper) clearInterval(sweeper);
      sweeper = undefined;
      const all = [...byUser.values()].flatMap((set) => [...set]);
      const results = await Promise.allSettled(all.map((engine) => engine.release()));
      const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
      if (failures.length) throw new DisposeError(failures, `${failures.length} engine(s) failed to release cleanly`);
    },
  };
}
