/**
 * Every runtime failure has its own class, so callers can tell a programming error (a bad
 * context, an unknown agent) from a capacity signal (EngineLimitError) without parsing text.
 */
// Marks the runtime's error classes, in either of its builds (see process-slots.ts).
const RUNTIME_ERROR = Symbol.for('ssot-kit/runtime/error');

export class SsotRuntimeError extends Error {
  override name = 'SsotRuntimeError';

  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    // Each class's own prototype on the way up carries the mark, so a chain is read class by class.
    for (let proto: object | null = new.target.prototype; proto !== null && proto !== Error.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
      if (!Object.prototype.hasOwnProperty.call(proto, RUNTIME_ERROR)) Object.defineProperty(proto, RUNTIME_ERROR, { value: true });
    }
  }

  /**
   * `error instanceof MissingUserContextError` holds for the other build's error too: a process
   * that loads the runtime both as an ES module and as CommonJS has two classes of each name, and
   * an error thrown through one build is caught where the other's class is imported. A class of
   * the same name in the value's prototype chain, marked as the runtime's, is the same class.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    for (let proto: unknown = Object.getPrototypeOf(value); proto !== null && typeof proto === 'object'; proto = Object.getPrototypeOf(proto)) {
      if (proto === this.prototype) return true;
      const marked = Object.prototype.hasOwnProperty.call(proto, RUNTIME_ERROR);
      if (marked && (proto as { constructor?: { name?: unknown } }).constructor?.name === this.name) return true;
    }
    return false;
  }
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
