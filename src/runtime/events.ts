import type { UserExecutionContext } from './context.js';
import { EventOwnershipError } from './errors.js';

export type AgentEventType = 'agent_started' | 'agent_thinking' | 'tool_executing' | 'tool_completed' | 'agent_completed' | 'agent_error';

/** An event as delivered: the payload plus the ids of the context that emitted it. */
export interface AgentEvent {
  readonly type: AgentEventType;
  readonly userId: string;
  readonly threadId: string;
  readonly runId: string;
  readonly requestId: string;
  readonly timestamp: number;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Where events go. `createConnectionRegistry()` is one; a queue or a test spy can be another. */
export interface EventTransport {
  deliver(userId: string, event: AgentEvent): void;
}

export interface UserEventEmitter {
  readonly userContext: UserExecutionContext;
  agentStarted(payload?: Record<string, unknown>): AgentEvent;
  agentThinking(payload?: Record<string, unknown>): AgentEvent;
  toolExecuting(payload?: Record<string, unknown>): AgentEvent;
  toolCompleted(payload?: Record<string, unknown>): AgentEvent;
  agentCompleted(payload?: Record<string, unknown>): AgentEvent;
  agentError(payload?: Record<string, unknown>): AgentEvent;
}

// A payload that names another owner is a bug or an attack: refuse it rather than overwrite it,
// so the mistake surfaces where it was made.
const OWNER_FIELDS = ['userId', 'threadId', 'runId', 'requestId'] as const;

class ContextEventEmitter implements UserEventEmitter {
  constructor(
    readonly userContext: UserExecutionContext,
    private readonly transport: EventTransport,
  ) {}

  #emit(type: AgentEventType, payload: Record<string, unknown> = {}): AgentEvent {
    for (const field of OWNER_FIELDS) {
      if (Object.hasOwn(payload, field)) throw new EventOwnershipError(field);
    }
    const ctx = this.userContext;
    const event: AgentEvent = Object.freeze({
      type,
      userId: ctx.userId,
      threadId: ctx.threadId,
      runId: ctx.runId,
      requestId: ctx.requestId,
      timestamp: Date.now(),
      payload: Object.freeze({ ...payload }),
    });
    this.transport.deliver(ctx.userId, event);
    return event;
  }

  agentStarted(payload?: Record<string, unknown>) { return this.#emit('agent_started', payload); }
  agentThinking(payload?: Record<string, unknown>) { return this.#emit('agent_thinking', payload); }
  toolExecuting(payload?: Record<string, unknown>) { return this.#emit('tool_executing', payload); }
  toolCompleted(payload?: Record<string, unknown>) { return this.#emit('tool_completed', payload); }
  agentCompleted(payload?: Record<string, unknown>) { return this.#emit('agent_completed', payload); }
  agentError(payload?: Record<string, unknown>) { return this.#emit('agent_error', payload); }
}

/** Events for one user context. A missing transport is an error now, never a silent no-op later. */
export function createUserEventEmitter(userContext: UserExecutionContext, transport: EventTransport): UserEventEmitter {
  if (!userContext || typeof userContext.userId !== 'string') throw new TypeError('createUserEventEmitter() needs a user execution context');
  if (!transport || typeof transport.deliver !== 'function') {
    throw new TypeError('createUserEventEmitter() needs a transport with deliver(userId, event); events would otherwise be dropped silently');
  }
  return new ContextEventEmitter(userContext, transport);
}
