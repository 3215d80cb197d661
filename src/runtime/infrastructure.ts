import { defineAgents, type AgentRegistry } from './agents.js';
import { InfrastructureAlreadyConfiguredError } from './errors.js';
import { processSlot } from './process-slots.js';

/** What every request shares: the agent registry and stateless services. Never user state. */
export interface AgentInfrastructure<Deps = unknown> {
  readonly agents: AgentRegistry<Deps>;
  readonly deps: Deps;
}

// Configured once for the process, whichever build of the runtime start-up code loaded (see process-slots.ts).
const state = processSlot('infrastructure', () => ({ configured: undefined as AgentInfrastructure | undefined }));

/**
 * Called once at start-up. It is what makes the one-argument `createAgentInstanceFactory(ctx)`
 * (the form the codemod writes) work; a second call throws so no request can swap it.
 */
export function configureAgentInfrastructure<Deps>(options: { agents: AgentRegistry<Deps> | Record<string, never>; deps?: Deps }): AgentInfrastructure<Deps> {
  if (state.configured) throw new InfrastructureAlreadyConfiguredError();
  const agents = Object.isFrozen(options.agents) ? (options.agents as AgentRegistry<Deps>) : defineAgents<Deps>(options.agents);
  const infrastructure = Object.freeze({ agents, deps: options.deps as Deps });
  state.configured = infrastructure as AgentInfrastructure;
  return infrastructure;
}

export function configuredInfrastructure(): AgentInfrastructure | undefined {
  return state.configured;
}

/** For tests only: forget the configured infrastructure. */
export function resetAgentInfrastructureForTests(): void {
  state.configured = undefined;
}
