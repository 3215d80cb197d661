import { Agent, request } from 'node:http';
import WebSocket from 'ws';

export interface LoadResult {
  readonly requests: number;
  readonly failed: number;
  readonly contaminatedResponses: number;
  readonly frames: number;
  readonly contaminatedFrames: number;
}

function get(agent: Agent, port: number, path: string, user: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { authorization: `Bearer token-${user}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** Every id-like value in a response or frame that names a user: all must be the owner's. */
function namesOnlyOwner(value: unknown, owner: string): boolean {
  if (typeof value === 'string') return !/^user-\d+$/.test(value) || value === owner;
  if (Array.isArray(value)) return value.every((v) => namesOnlyOwner(v, owner));
  if (value && typeof value === 'object') {
    return Object.entries(value).every(([key, v]) => {
      if (key === 'thread' && typeof v === 'string' && v !== 'none' && v !== `thread-${owner}`) return false;
      if (typeof v === 'string' && /for user-\d+/.test(v) && !v.endsWith(`for ${owner}`)) return false;
      return namesOnlyOwner(v, owner);
    });
  }
  return true;
}

/**
 * `users` users, each with a WebSocket open, fire `perUser` requests at once (all users
 * concurrently); every response and every frame is checked to belong to its own user.
 * Loopback only, bounded in count and time.
 */
export async function runLoadTest(port: number, users: number, perUser: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const ids = Array.from({ length: users }, (_, i) => `user-${String(i + 1).padStart(3, '0')}`);
  let frames = 0;
  let contaminatedFrames = 0;
  const sockets = await Promise.all(
    ids.map(
      (user) =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}/events?token=token-${user}`);
          socket.on('error', reject);
          socket.on('message', (data) => {
            const frame = JSON.parse(String(data)) as { type: string };
            if (frame.type === 'ready') return resolve(socket);
            frames++;
            if (!namesOnlyOwner(frame, user)) contaminatedFrames++;
          });
        }),
    ),
  );
  let failed = 0;
  let contaminatedResponses = 0;
  const paths = ['run?q=invoices', 'report?topic=usage', 'run?q=contracts', 'search?q=orders'];
  try {
    await Promise.all(
      ids.flatMap((user) =>
        Array.from({ length: perUser }, async (_, n) => {
          try {
            const { status, body } = await get(agent, port, `/threads/thread-${user}/${paths[n % paths.length]}`, user);
            if (status !== 200) return void failed++;
            const json = JSON.parse(body) as { owner: string };
            if (json.owner !== user || !namesOnlyOwner(json, user)) contaminatedResponses++;
          } catch {
            failed++;
          }
        }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last frames are in flight
  } finally {
    for (const socket of sockets) socket.terminate();
    agent.destroy();
  }
  return { requests: users * perUser, failed, contaminatedResponses, frames, contaminatedFrames };
}
