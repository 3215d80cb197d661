import type { UserExecutionContext } from './context.js';
import type { UserEventEmitter } from './events.js';

/** What an agent may use while it runs inside an execution engine. */
export interface AgentRunIO {
  /** Events go to this user's connections only. */
  readonly events?: UserEventEmitter;
  /** Aborted when the engine's timeout fires or the engine is released. */
  readonly signal: AbortSignal;
}

/** An agent instance: built for one user context, never shared. */
export interface Agent {
  run?(input: unknown, io: AgentRunIO): unknown;
  dispose?(): void | PromiseLike<void>;
  /** Agents carry their own API beyond run/dispose. */
  readonly [member: string]: unknown;
}

export type AgentBuilder<Deps = unknown> = (userContext: UserExecutionContext, deps: Deps) => Agent;

/** name → builder. Frozen: the set of agents is decided at start-up, not at run time. */
export type AgentRegistry<Deps = unknown> = Readonly<Record<string, AgentBuilder<Deps>>>;

/**
 * Declares the agents an application has. Explicit on purpose: no fuzzy name matching and no
 * constructor probing, so `createAgent('DataHelper')` means exactly one builder or an error.
 */
export function defineAgents<Deps = unknown>(builders: Record<string, AgentBuilder<Deps>>): AgentRegistry<Deps> {
  if (builders === null || typeof builders !== 'object') throw new TypeError('defineAgents() takes an object of name → builder function');
  const registry: Record<string, AgentBuilder<Deps>> = Object.create(null) as Record<string, AgentBuilder<Deps>>;
  for (const [name, builder] of Object.entries(builders)) {
    if (typeof builder !== 'function') throw new TypeError(`defineAgents(): agent "${name}" must be a builder function (userContext, deps) => agent`);
    registry[name] = builder;
  }
  return Object.freeze(registry);
}

export function agentNames(registry: AgentRegistry<never>): string[] {
  return Object.keys(registry).sort();
}
