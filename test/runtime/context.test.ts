import { describe, expect, it } from 'vitest';
import {
  createServiceContext,
  createUserExecutionContext,
  InvalidUserContextError,
  isServiceContext,
  isUserExecutionContext,
  MAX_CONTEXT_DEPTH,
} from '../../src/runtime/index.js';

const valid = { userId: 'user-42', threadId: 'thread-7', runId: 'run-9' };

function rejection(input: unknown): InvalidUserContextError {
  try {
    createUserExecutionContext(input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidUserContextError);
    return error as InvalidUserContextError;
  }
  throw new Error('expected InvalidUserContextError');
}

describe('createUserExecutionContext', () => {
  it('is frozen, generates a requestId and keeps the ids', () => {
    const ctx = createUserExecutionContext(valid);
    expect(Object.isFrozen(ctx)).toBe(true);
    expect(ctx).toMatchObject({ kind: 'user', userId: 'user-42', threadId: 'thread-7', runId: 'run-9', depth: 0 });
    expect(ctx.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(createUserExecutionContext(valid).requestId).not.toBe(ctx.requestId);
    expect(() => {
      (ctx as { userId: string }).userId = 'someone-else';
    }).toThrow(TypeError);
    expect(isUserExecutionContext(ctx)).toBe(true);
  });

  it('keeps an explicit requestId and websocketClientId', () => {
    const ctx = createUserExecutionContext({ ...valid, requestId: 'req-1a', websocketClientId: 'ws-3' });
    expect(ctx.requestId).toBe('req-1a');
    expect(ctx.websocketClientId).toBe('ws-3');
  });

  for (const field of ['userId', 'threadId', 'runId'] as const) {
    it(`requires ${field}`, () => {
      expect(rejection({ ...valid, [field]: undefined }).field).toBe(field);
      expect(rejection({ ...valid, [field]: '' }).field).toBe(field);
      expect(rejection({ ...valid, [field]: '   ' }).field).toBe(field);
      expect(rejection({ ...valid, [field]: 42 }).field).toBe(field);
      expect(rejection({ ...valid, [field]: 'x'.repeat(257) }).field).toBe(field);
      expect(rejection({ ...valid, [field]: 'abc\ndef' }).field).toBe(field);
      expect(rejection({ ...valid, [field]: 'abc\u0000' }).field).toBe(field);
    });
  }

  it('accepts an id of exactly 256 characters', () => {
    expect(createUserExecutionContext({ ...valid, userId: 'u'.repeat(256) }).userId).toHaveLength(256);
  });

  const placeholders = ['none', 'NULL', 'undefined', 'nil', 'Default', 'placeholder', 'registry', 'temp', 'test', 'mock', 'fake',
    'dummy', 'example', 'sample', 'demo', 'template', 'xxx', '0', '1', 'test_user', 'demo-1', 'DEFAULT_USER', 'temp-thread'];
  for (const placeholder of placeholders) {
    it(`rejects the placeholder "${placeholder}"`, () => {
      const error = rejection({ ...valid, userId: placeholder });
      expect(error.field).toBe('userId');
      expect(error.message).toContain('placeholder');
    });
  }

  for (const real of ['tester', 'user-1', 'demographics', '10', 'mockingbird', 'none1', 'x']) {
    it(`accepts the real id "${real}"`, () => {
      expect(createUserExecutionContext({ ...valid, userId: real }).userId).toBe(real);
    });
  }

  it('copies and deep-freezes metadata', () => {
    const metadata = { plan: 'pro', limits: { tokens: 1000, tags: ['a', 'b'] }, beta: true, note: null };
    const ctx = createUserExecutionContext({ ...valid, metadata });
    metadata.limits.tokens = 1;
    expect(ctx.metadata).toEqual({ plan: 'pro', limits: { tokens: 1000, tags: ['a', 'b'] }, beta: true, note: null });
    expect(Object.isFrozen(ctx.metadata)).toBe(true);
    expect(Object.isFrozen(ctx.metadata['limits'])).toBe(true);
    expect(Object.isFrozen((ctx.metadata['limits'] as { tags: unknown }).tags)).toBe(true);
  });

  it('rejects services, functions and class instances in metadata, naming the path', () => {
    class Db {}
    expect(rejection({ ...valid, metadata: { db: new Db() } }).field).toBe('metadata.db');
    expect(rejection({ ...valid, metadata: { deep: { fn: () => 1 } } }).field).toBe('metadata.deep.fn');
    expect(rejection({ ...valid, metadata: { list: [1, new Map()] } }).field).toBe('metadata.list[1]');
    expect(rejection({ ...valid, metadata: { n: Number.NaN } }).field).toBe('metadata.n');
    expect(rejection({ ...valid, metadata: 'plan=pro' }).field).toBe('metadata');
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    expect(rejection({ ...valid, metadata: { circular } }).field).toBe('metadata.circular.self');
  });

  for (const reserved of ['userId', 'threadId', 'runId', 'requestId']) {
    it(`rejects the reserved metadata key ${reserved}`, () => {
      expect(rejection({ ...valid, metadata: { [reserved]: 'x-1' } }).field).toBe(`metadata.${reserved}`);
    });
  }
});

describe('child contexts', () => {
  it('keep the user, get a new requestId, link the parent and count depth', () => {
    const root = createUserExecutionContext(valid);
    const child = root.child('summarise');
    expect(child).toMatchObject({ userId: root.userId, threadId: root.threadId, runId: root.runId, depth: 1, parentRequestId: root.requestId, operation: 'summarise' });
    expect(child.requestId).not.toBe(root.requestId);
    expect(Object.isFrozen(child)).toBe(true);
  });

  it('stop at depth 10', () => {
    let ctx = createUserExecutionContext(valid);
    for (let i = 0; i < MAX_CONTEXT_DEPTH; i++) ctx = ctx.child(`step-${i}`);
    expect(ctx.depth).toBe(10);
    expect(() => ctx.child('one-more')).toThrow(InvalidUserContextError);
    try {
      ctx.child('one-more');
    } catch (error) {
      expect((error as InvalidUserContextError).field).toBe('depth');
    }
  });

  it('need an operation name', () => {
    expect(() => createUserExecutionContext(valid).child('')).toThrow(InvalidUserContextError);
  });
});

describe('service contexts', () => {
  it('are explicit and distinguishable from user contexts', () => {
    const service = createServiceContext('nightly-reindex');
    expect(isServiceContext(service)).toBe(true);
    expect(isUserExecutionContext(service)).toBe(false);
    expect(isServiceContext(createUserExecutionContext(valid))).toBe(false);
    expect(Object.isFrozen(service)).toBe(true);
    expect(() => createServiceContext('')).toThrow(InvalidUserContextError);
  });
});
