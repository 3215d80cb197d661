import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserExecutionContext } from './context.js';
import { MissingUserContextError } from './errors.js';
import { processSlot } from './process-slots.js';

// One request scope per process, shared by both builds of the runtime (see process-slots.ts).
const scope = processSlot('request-scope', () => new AsyncLocalStorage<UserExecutionContext>());

/** Runs `fn` (and everything it awaits) with `userContext` as the current request's context. */
export function runWithUserContext<T>(userContext: UserExecutionContext, fn: () => T): T {
  if (!userContext || typeof userContext.userId !== 'string') throw new TypeError('runWithUserContext() needs a user execution context');
  return scope.run(userContext, fn);
}

export function currentUserContext(): UserExecutionContext | undefined {
  return scope.getStore();
}

/** The current request's context; outside a request scope it throws instead of guessing a user. */
export function requireUserContext(): UserExecutionContext {
  const ctx = scope.getStore();
  if (!ctx) throw new MissingUserContextError();
  return ctx;
}
