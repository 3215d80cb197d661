/**
 * Every runtime failure has its own class, so callers can tell a programming error (a bad
 * context, an unknown agent) from a capacity signal (EngineLimitError) without parsing text.
 */
export class SsotRuntimeError extends Error {
  override name = 'SsotRuntimeError';
}

/** A user context input was rejected; `field` names the offending key (e.g. `metadata.plan`). */
export class InvalidUserContextError extends SsotRuntimeError {
  override name = 'InvalidUserContextError';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`Invalid user context: ${field} ${reason}`);
  }
}

export class MissingUserContextError extends SsotRuntimeError {
  override name = 'MissingUserContextError';
  constructor(what = 'requireUserContext()') {
    super(
      `${what} was called outside a request scope: no user context is active. ` +
        'Wrap the request in runWithUserContext(ctx, fn) or mount userContextMiddleware().',
    );
  }
}

export class UnknownAgentError extends SsotRuntimeError {
  override name = 'UnknownAgentError';
  constructor(
    readonly agentName: string,
    readonly knownAgents: readonly string[],
  ) {
    super(`Unknown agent "${agentName}". Known agents: ${knownAgents.length ? knownAgents.join(', ') : '(none)'}.`);
  }
}

export class ContextMismatchError extends SsotRuntimeError {
  override name = 'ContextMismatchError';
  constructor(boundUserId: string, requestedUserId: string) {
    super(
      `This factory is bound to user "${boundUserId}" and refuses a context of user "${requestedUserId}". ` +
        'Create a factory per request: createAgentInstanceFactory(userContext).',
    );
  }
}

export class FactoryDisposedError extends SsotRuntimeError {
  override name = 'FactoryDisposedError';
  constructor(what: string) {
    super(`${what} was used after dispose().`);
  }
}

/**
 * dispose() or shutdown() ran every disposer; these ones failed. Shaped like AggregateError
 * (`errors`, `message`) but not derived from it: the published types then need no ES2021 lib, and
 * the error is an SsotRuntimeError like every other one the runtime throws.
 */
export class DisposeError extends SsotRuntimeError {
  override name = 'DisposeError';
  readonly errors: readonly unknown[];
  constructor(errors: Iterable<unknown>, message: string) {
    super(message);
    this.errors = [...errors];
  }
}

export class InfrastructureNotConfiguredError extends SsotRuntimeError {
  override name = 'InfrastructureNotConfiguredError';
  constructor() {
    super(
      'createAgentInstanceFactory(userContext) needs the shared agent infrastructure: call ' +
        'configureAgentInfrastructure({ agents, deps }) once at start-up, or pass { agents, deps } as the second argument.',
    );
  }
}

export class InfrastructureAlreadyConfiguredError extends SsotRuntimeError {
  override name = 'InfrastructureAlreadyConfiguredError';
  constructor() {
    super('configureAgentInfrastructure() was already called; the infrastructure is configured once per process.');
  }
}

export class EngineLimitError extends SsotRuntimeError {
  override name = 'EngineLimitError';
  constructor(
    readonly userId: string,
    readonly limit: number,
  ) {
    super(`User "${userId}" already has ${limit} active execution engine(s) (maxEnginesPerUser). Release one first.`);
  }
}

export class AgentTimeoutError extends SsotRuntimeError {
  override name = 'AgentTimeoutError';
  constructor(
    readonly agentName: string,
    readonly timeoutMs: number,
  ) {
    super(`Agent "${agentName}" did not finish within ${timeoutMs} ms.`);
  }
}

export class EngineReleasedError extends SsotRuntimeError {
  override name = 'EngineReleasedError';
  constructor() {
    super('This execution engine was released; create a new one with createExecutionEngine(userContext).');
  }
}

export class EventOwnershipError extends SsotRuntimeError {
  override name = 'EventOwnershipError';
  constructor(field: string) {
    super(`An event payload may not set "${field}": events are stamped with the emitter's own user context.`);
  }
}

export class SingletonEliminatedError extends SsotRuntimeError {
  override name = 'SingletonEliminatedError';
  constructor() {
    super(
      'getAgentInstanceFactory() returned one factory shared by every user and has been removed. Replace\n' +
        '  getAgentInstanceFactory()\nwith\n  createAgentInstanceFactory(userContext)\n' +
        'or, where no context is in scope, createAgentInstanceFactory(requireUserContext()). ' +
        '`npx ssot-kit migrate` rewrites the call sites; SSOT_LEGACY_FACTORY=warn keeps them running isolated meanwhile.',
    );
  }
}
