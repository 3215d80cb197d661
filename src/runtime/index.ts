/**
 * ssot-kit/runtime — what a migrated backend runs on: an immutable context per request, a
 * factory bound to that user, per-user engines, per-user event delivery, a request scope, and
 * a deprecated shim that keeps un-migrated call sites isolated. Node built-ins only.
 */
export {
  createServiceContext,
  createUserExecutionContext,
  isServiceContext,
  isUserExecutionContext,
  MAX_CONTEXT_DEPTH,
  type Metadata,
  type ServiceContext,
  type UserExecutionContext,
  type UserExecutionContextInput,
} from './context.js';
export { isPlaceholderId } from './placeholders.js';
export { defineAgents, type Agent, type AgentBuilder, type AgentRegistry, type AgentRunIO } from './agents.js';
export { configureAgentInfrastructure, resetAgentInfrastructureForTests, type AgentInfrastructure } from './infrastructure.js';
export { AgentInstanceFactory, createAgentInstanceFactory, type AgentFactoryOptions } from './agent-factory.js';
export {
  createExecutionEngineFactory,
  DEFAULT_ENGINE_LIMITS,
  type EngineLimits,
  type EngineMetrics,
  type ExecutionEngine,
  type ExecutionEngineFactory,
} from './engines.js';
export { createUserEventEmitter, type AgentEvent, type AgentEventType, type EventTransport, type UserEventEmitter } from './events.js';
export { createConnectionRegistry, type ConnectionRegistry, type UserConnection } from './connection-registry.js';
export { currentUserContext, requireUserContext, runWithUserContext } from './request-scope.js';
export { userContextMiddleware, type ResolvedUser, type UserContextMiddlewareOptions } from './middleware.js';
export { getAgentInstanceFactory, legacyFactoryMode, resetLegacyShimForTests, setLegacyFactoryMode, type LegacyFactoryMode } from './legacy-shim.js';
export {
  AgentTimeoutError,
  ContextMismatchError,
  DisposeError,
  EngineLimitError,
  EngineReleasedError,
  EventOwnershipError,
  FactoryDisposedError,
  InfrastructureAlreadyConfiguredError,
  InfrastructureNotConfiguredError,
  InvalidUserContextError,
  MissingUserContextError,
  SingletonEliminatedError,
  SsotRuntimeError,
  UnknownAgentError,
} from './errors.js';
