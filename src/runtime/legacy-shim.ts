import { createAgentInstanceFactory, type AgentInstanceFactory } from './agent-factory.js';
import type { UserExecutionContext } from './context.js';
import { SingletonEliminatedError } from './errors.js';
import { currentUserContext } from './request-scope.js';
import { MissingUserContextError } from './errors.js';
import { processSlot } from './process-slots.js';

export type LegacyFactoryMode = 'error' | 'warn';

// Set once for the process, whichever build of the runtime start-up code loaded (see process-slots.ts).
const state = processSlot('legacy-shim', () => ({ mode: undefined as LegacyFactoryMode | undefined, warned: false }));
// One factory per request context: repeated legacy calls within a request share it, and it
// is collected with the request. Never one factory for everyone.
const perRequest = new WeakMap<UserExecutionContext, AgentInstanceFactory>();

export function setLegacyFactoryMode(next: LegacyFactoryMode): void {
  if (next !== 'error' && next !== 'warn') throw new TypeError(`legacy factory mode must be "error" or "warn", got ${String(next)}`);
  state.mode = next;
}

export function legacyFactoryMode(): LegacyFactoryMode {
  return state.mode ?? (process.env['SSOT_LEGACY_FACTORY'] === 'warn' ? 'warn' : 'error');
}

/**
 * @deprecated The process-wide singleton is gone. Use `createAgentInstanceFactory(userContext)`.
 * In "warn" mode this returns a factory for the current request's context, so a legacy call
 * site is isolated per user while it waits to be migrated.
 */
export function getAgentInstanceFactory(): AgentInstanceFactory {
  if (legacyFactoryMode() === 'error') throw new SingletonEliminatedError();
  if (!state.warned) {
    state.warned = true;
    process.emitWarning(
      'getAgentInstanceFactory() is deprecated: it now returns a factory for the current request only. ' +
        'Use createAgentInstanceFactory(userContext); `npx ssot-kit migrate` rewrites the call sites.',
      { type: 'DeprecationWarning', code: 'SSOT001' },
    );
  }
  const ctx = currentUserContext();
  if (!ctx) throw new MissingUserContextError('getAgentInstanceFactory()');
  let factory = perRequest.get(ctx);
  if (!factory) perRequest.set(ctx, (factory = createAgentInstanceFactory(ctx)));
  return factory;
}

/** For tests only: back to the environment's mode, and warn again. */
export function resetLegacyShimForTests(): void {
  state.mode = undefined;
  state.warned = false;
}
