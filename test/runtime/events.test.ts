import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import {
  createConnectionRegistry,
  createUserEventEmitter,
  createUserExecutionContext,
  EventOwnershipError,
  type AgentEvent,
} from '../../src/runtime/index.js';

const alice = createUserExecutionContext({ userId: 'alice', threadId: 'thread-a', runId: 'run-a' });
const bob = createUserExecutionContext({ userId: 'bob', threadId: 'thread-b', runId: 'run-b' });

describe('user event emitter', () => {
  it('stamps every event with the context ids', () => {
    const seen: AgentEvent[] = [];
    const events = createUserEventEmitter(alice, { deliver: (_user, event) => seen.push(event) });
    events.agentStarted({ agent: 'DataHelper' });
    events.agentThinking();
    events.toolExecuting({ tool: 'search' });
    events.toolCompleted({ tool: 'search' });
    events.agentCompleted();
    events.agentError({ error: 'x' });
    expect(seen.map((e) => e.type)).toEqual(['agent_started', 'agent_thinking', 'tool_executing', 'tool_completed', 'agent_completed', 'agent_error']);
    for (const event of seen) {
      expect(event).toMatchObject({ userId: 'alice', threadId: 'thread-a', runId: 'run-a', requestId: alice.requestId });
      expect(Object.isFrozen(event)).toBe(true);
    }
  });

  it('refuses a payload that claims another owner', () => {
    const events = createUserEventEmitter(alice, { deliver: () => undefined });
    expect(() => events.agentStarted({ userId: 'bob' })).toThrow(EventOwnershipError);
    expect(() => events.agentStarted({ runId: 'run-b' })).toThrow(EventOwnershipError);
  });

  it('needs a transport', () => {
    expect(() => createUserEventEmitter(alice, undefined as never)).toThrow(/transport/);
    expect(() => createUserEventEmitter(alice, {} as never)).toThrow(/transport/);
  });
});

describe('connection registry over real WebSockets', () => {
  it("delivers a user's events to that user's connections only, and forgets closed ones", async () => {
    const registry = createConnectionRegistry();
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    server.on('connection', (socket, req) => {
      // The user is known at authenticated connect time (here: the URL path stands in for a verified token).
      registry.register(new URL(req.url ?? '/', 'http://x').pathname.slice(1), socket);
      socket.send('ready');
    });
    const port = (server.address() as AddressInfo).port;
    const connect = async (user: string) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/${user}`);
      const frames: AgentEvent[] = [];
      const ready = new Promise<void>((resolve) => {
        socket.on('message', (data) => {
          const text = String(data);
          if (text === 'ready') resolve();
          else frames.push(JSON.parse(text) as AgentEvent);
        });
      });
      await ready;
      return { socket, frames };
    };
    const a1 = await connect('alice');
    const a2 = await connect('alice');
    const b = await connect('bob');
    expect(registry.connectionsFor('alice')).toBe(2);

    createUserEventEmitter(alice, registry).agentStarted({ n: 1 });
    createUserEventEmitter(bob, registry).agentStarted({ n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(a1.frames.map((f) => f.userId)).toEqual(['alice']);
    expect(a2.frames.map((f) => f.userId)).toEqual(['alice']);
    expect(b.frames.map((f) => f.userId)).toEqual(['bob']);

    a1.socket.close();
    b.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registry.connectionsFor('alice')).toBe(1);
    expect(registry.connectionsFor('bob')).toBe(0);
    expect(registry.size()).toBe(1);
    a2.socket.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('refuses to deliver an event to a user it does not belong to', () => {
    const registry = createConnectionRegistry();
    const event = createUserEventEmitter(alice, { deliver: () => undefined }).agentStarted();
    expect(() => registry.deliver('bob', event)).toThrow(/refusing/);
  });
});
