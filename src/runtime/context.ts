import { randomUUID } from 'node:crypto';
import { InvalidUserContextError } from './errors.js';
import { isPlaceholderId } from './placeholders.js';
import { processSlot } from './process-slots.js';

export const MAX_ID_LENGTH = 256;
export const MAX_CONTEXT_DEPTH = 10;
const RESERVED_METADATA_KEYS = new Set(['userId', 'threadId', 'runId', 'requestId']);
// C0, DEL and C1 controls: they break log lines and header values, and never belong in an id.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export type MetadataValue = string | number | boolean | null | readonly MetadataValue[] | { readonly [key: string]: MetadataValue };
export type Metadata = { readonly [key: string]: MetadataValue };

export interface UserExecutionContextInput {
  userId: string;
  threadId: string;
  runId: string;
  requestId?: string;
  websocketClientId?: string;
  metadata?: Record<string, unknown>;
}

/** Who a piece of work is for. Immutable: a sub-operation gets a `child()`, never a mutation. */
export interface UserExecutionContext {
  readonly kind: 'user';
  readonly userId: string;
  readonly threadId: string;
  readonly runId: string;
  readonly requestId: string;
  readonly websocketClientId?: string;
  readonly parentRequestId?: string;
  readonly operation?: string;
  readonly depth: number;
  readonly metadata: Metadata;
  child(operation: string): UserExecutionContext;
}

/** An internal operation (a migration job, a health check) that acts for no user. */
export interface ServiceContext {
  readonly kind: 'service';
  readonly serviceName: string;
  readonly requestId: string;
}

const EMPTY_METADATA: Metadata = Object.freeze({});

function checkId(field: string, value: unknown): string {
  if (typeof value !== 'string') throw new InvalidUserContextError(field, `must be a string, got ${value === null ? 'null' : typeof value}`);
  if (value.length === 0 || value.trim().length === 0) throw new InvalidUserContextError(field, 'must not be empty');
  if (value.length > MAX_ID_LENGTH) throw new InvalidUserContextError(field, `must be at most ${MAX_ID_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(value)) throw new InvalidUserContextError(field, 'must not contain control characters');
  if (isPlaceholderId(value)) throw new InvalidUserContextError(field, `must be a real id, not the placeholder "${value}"`);
  return value;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Copies metadata as plain data and freezes the copy: no functions, class instances or services. */
function copyMetadataValue(value: unknown, path: string, seen: Set<object>): MetadataValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidUserContextError(path, 'must be a finite number');
    return value;
  }
  if (typeof value !== 'object') {
    throw new InvalidUserContextError(path, `must be plain data (got a ${typeof value}); keep services out of the context`);
  }
  if (seen.has(value)) throw new InvalidUserContextError(path, 'must not be circular');
  seen.add(value);
  try {
    if (Array.isArray(value)) return Object.freeze(value.map((item, i) => copyMetadataValue(item, `${path}[${i}]`, seen)));
    if (!isPlainObject(value)) {
      const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new InvalidUserContextError(path, `must be plain data (got a ${name} instance); keep services out of the context`);
    }
    const copy: Record<string, MetadataValue> = {};
    for (const key of Object.keys(value)) copy[key] = copyMetadataValue((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    return Object.freeze(copy);
  } finally {
    seen.delete(value);
  }
}

function copyMetadata(metadata: unknown): Metadata {
  if (metadata === undefined) return EMPTY_METADATA;
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata) || !isPlainObject(metadata)) {
    throw new InvalidUserContextError('metadata', 'must be a plain object');
  }
  const keys = Object.keys(metadata);
  if (keys.length === 0) return EMPTY_METADATA;
  for (const key of keys) {
    if (RESERVED_METADATA_KEYS.has(key)) throw new InvalidUserContextError(`metadata.${key}`, 'is reserved: ids belong on the context itself');
  }
  return copyMetadataValue(metadata, 'metadata', new Set()) as Metadata;
}

// Every context this runtime made, whichever of its builds made it (see process-slots.ts): the
// ES module's middleware opens a request with one, and the CommonJS build's factories — in a
// migrated CommonJS module — must take it as their own.
const madeByTheRuntime = processSlot('user-contexts', () => new WeakSet<object>());

class FrozenUserContext implements UserExecutionContext {
  readonly kind = 'user' as const;
  readonly websocketClientId?: string;
  readonly parentRequestId?: string;
  readonly operation?: string;

  constructor(
    readonly userId: string,
    readonly threadId: string,
    readonly runId: string,
    readonly requestId: string,
    readonly depth: number,
    readonly metadata: Metadata,
    websocketClientId: string | undefined,
    parentRequestId: string | undefined,
    operation: string | undefined,
  ) {
    if (websocketClientId !== undefined) this.websocketClientId = websocketClientId;
    if (parentRequestId !== undefined) this.parentRequestId = parentRequestId;
    if (operation !== undefined) this.operation = operation;
    Object.freeze(this);
    madeByTheRuntime.add(this);
  }

  child(operation: string): UserExecutionContext {
    if (typeof operation !== 'string' || operation.length === 0) throw new InvalidUserContextError('operation', 'must be a non-empty string');
    if (this.depth >= MAX_CONTEXT_DEPTH) {
      throw new InvalidUserContextError('depth', `must be at most ${MAX_CONTEXT_DEPTH}: child contexts nest too deeply (runaway recursion?)`);
    }
    return new FrozenUserContext(
      this.userId, this.threadId, this.runId, randomUUID(), this.depth + 1, this.metadata,
      this.websocketClientId, this.requestId, operation,
    );
  }
}
Object.freeze(FrozenUserContext.prototype);

export function createUserExecutionContext(input: UserExecutionContextInput): UserExecutionContext {
  if (input === null || typeof input !== 'object') throw new InvalidUserContextError('input', 'must be an object');
  const userId = checkId('userId', input.userId);
  const threadId = checkId('threadId', input.threadId);
  const runId = checkId('runId', input.runId);
  const requestId = input.requestId === undefined ? randomUUID() : checkId('requestId', input.requestId);
  const websocketClientId = input.websocketClientId === undefined ? undefined : checkId('websocketClientId', input.websocketClientId);
  return new FrozenUserContext(userId, threadId, runId, requestId, 0, copyMetadata(input.metadata), websocketClientId, undefined, undefined);
}

export function isUserExecutionContext(value: unknown): value is UserExecutionContext {
  return typeof value === 'object' && value !== null && madeByTheRuntime.has(value);
}

/** An explicit, distinguishable internal context. Nothing in ssot-kit ever falls back to one. */
export function createServiceContext(serviceName: string): ServiceContext {
  if (typeof serviceName !== 'string' || serviceName.trim().length === 0) throw new InvalidUserContextError('serviceName', 'must be a non-empty string');
  if (serviceName.length > MAX_ID_LENGTH || CONTROL_CHARACTERS.test(serviceName)) {
    throw new InvalidUserContextError('serviceName', `must be at most ${MAX_ID_LENGTH} printable characters`);
  }
  return Object.freeze({ kind: 'service' as const, serviceName, requestId: randomUUID() });
}

export function isServiceContext(value: unknown): value is ServiceContext {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'service';
}
