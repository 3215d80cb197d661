import { agentNames, type Agent, type AgentRegistry } from './agents.js';
import { createUserExecutionContext, isUserExecutionContext, type UserExecutionContext } from './context.js';
import { ContextMismatchError, DisposeError, FactoryDisposedError, InfrastructureNotConfiguredError, InvalidUserContextError, UnknownAgentError } from './errors.js';
import { configuredInfrastructure } from './infrastructure.js';

export interface AgentFactoryOptions<Deps = unknown> {
  agents: AgentRegistry<Deps>;
  deps?: Deps;
}

/** Accepts the runtime's own contexts, and validates look-alikes (an app's legacy context type) into one. */
export function toUserContext(value: unknown, field = 'userContext'): UserExecutionContext {
  if (isUserExecutionContext(value)) return value;
  if (value === null || typeof value !== 'object') throw new InvalidUserContextError(field, 'must be a user execution context');
  const { userId, threadId, runId, requestId, websocketClientId } = value as Record<string, string | undefined>;
  return createUserExecutionContext({ userId: userId as string, threadId: threadId as string, runId: runId as string, requestId, websocketClientId });
}

/** Builds agents for exactly one user. Per request: create, use, dispose. */
export class AgentInstanceFactory<Deps = unknown> {
  #agents: Agent[] = [];
  #disposed: Promise<void> | undefined;

  constructor(
    readonly userContext: UserExecutionContext,
    readonly registry: AgentRegistry<Deps>,
    readonly deps: Deps,
  ) {}

  get disposed(): boolean {
    return this.#disposed !== undefined;
  }

  /** How many agents this factory still owns (disposed on dispose()). */
  get liveAgents(): number {
    return this.#agents.length;
  }

  /**
   * Builds a named agent. A context may be passed for a sub-operation (a `child()`), but only
   * of the same user: the binding is enforced, not decorative.
   */
  createAgent(name: string, userContext?: UserExecutionContext): Agent {
    if (this.#disposed) throw new FactoryDisposedError('AgentInstanceFactory.createAgent()');
    const ctx = userContext === undefined ? this.userContext : toUserContext(userContext);
    if (ctx.userId !== this.userContext.userId) throw new ContextMismatchError(this.userContext.userId, ctx.userId);
    const builder = Object.hasOwn(this.registry, name) ? this.registry[name] : undefined;
    if (!builder) throw new UnknownAgentError(name, agentNames(this.registry));
    const agent = builder(ctx, this.deps);
    if (typeof agent?.dispose === 'function') this.#agents.push(agent);
    return agent;
  }

  /** Disposes this factory's agents, newest first; keeps going past failures and reports them together. */
  dispose(): Promise<void> {
    this.#disposed ??= this.#disposeAgents();
    return this.#disposed;
  }

  async #disposeAgents(): Promise<void> {
    const agents = this.#agents;
    this.#agents = [];
    const failures: unknown[] = [];
    for (let i = agents.length - 1; i >= 0; i--) {
      try {
        await agents[i]!.dispose!();
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length > 0) {
      throw new DisposeError(failures, `${failures.length} agent(s) of user "${this.userContext.userId}" failed to dispose`);
    }
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.dispose();
  }
}

/**
 * A new factory per call, bound to `userContext`. With one argument it uses the infrastructure
 * set by configureAgentInfrastructure() — the form `ssot-kit migrate` writes.
 */
export function createAgentInstanceFactory<Deps = unknown>(userContext: UserExecutionContext, options?: AgentFactoryOptions<Deps>): AgentInstanceFactory<Deps> {
  const ctx = toUserContext(userContext);
  if (options) return new AgentInstanceFactory(ctx, options.agents, options.deps as Deps);
  const infrastructure = configuredInfrastructure();
  if (!infrastructure) throw new InfrastructureNotConfiguredError();
  return new AgentInstanceFactory(ctx, infrastructure.agents as AgentRegistry<Deps>, infrastructure.deps as Deps);
}
