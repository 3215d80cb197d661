import type { AgentEvent, EventTransport } from './events.js';

/** Anything that can carry text to one client: a `ws` WebSocket fits. */
export interface UserConnection {
  send(data: string): void;
  on?(event: 'close', listener: () => void): unknown;
  addEventListener?(event: 'close', listener: () => void): unknown;
  readonly readyState?: number;
}

export interface ConnectionRegistry extends EventTransport {
  /**
   * Records a connection for a user at authenticated connect time (the user id comes from the
   * authenticated principal, never from the client's messages). Returns the unregister function;
   * the connection also unregisters itself when it closes.
   */
  register(userId: string, connection: UserConnection): () => void;
  connectionsFor(userId: string): number;
  /** Users with at least one open connection. */
  size(): number;
  /** Frames sent and frames dropped because the socket was not open. */
  stats(): { delivered: number; dropped: number };
}

const OPEN = 1;

/** Delivers each user's events to that user's connections only. */
export function createConnectionRegistry(): ConnectionRegistry {
  const byUser = new Map<string, Set<UserConnection>>();
  let delivered = 0;
  let dropped = 0;

  function unregister(userId: string, connection: UserConnection): void {
    const set = byUser.get(userId);
    if (!set) return;
    set.delete(connection);
    if (set.size === 0) byUser.delete(userId);
  }

  return {
    register(userId, connection) {
      if (typeof userId !== 'string' || userId.length === 0) throw new TypeError('register() needs the authenticated user id');
      if (!connection || typeof connection.send !== 'function') throw new TypeError('register() needs a connection with send(string)');
      let set = byUser.get(userId);
      if (!set) byUser.set(userId, (set = new Set()));
      set.add(connection);
      const off = () => unregister(userId, connection);
      if (typeof connection.on === 'function') connection.on('close', off);
      else if (typeof connection.addEventListener === 'function') connection.addEventListener('close', off);
      return off;
    },
    deliver(userId: string, event: AgentEvent) {
      if (event.userId !== userId) throw new Error(`refusing to deliver an event of user "${event.userId}" to user "${userId}"`);
      const set = byUser.get(userId);
      if (!set) return;
      const frame = JSON.stringify(event);
      for (const connection of set) {
        if (connection.readyState !== undefined && connection.readyState !== OPEN) {
          dropped++;
          continue;
        }
        connection.send(frame);
        delivered++;
      }
    },
    connectionsFor(userId) {
      return byUser.get(userId)?.size ?? 0;
    },
    size() {
      return byUser.size;
    },
    stats() {
      return { delivered, dropped };
    },
  };
}
