import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import { tokenFor } from './isolation-server.js';

export interface LoadResult {
  responses: number;
  contaminatedResponses: number;
  frames: number;
  contaminatedFrames: number;
  failedRequests: number;
}

interface Frame {
  type: string;
  userId?: string;
  payload?: { requestOwner?: string; seen?: string };
}

function post(agent: Agent, port: number, path: string, userId: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { authorization: `Bearer ${tokenFor(userId)}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Every user holds a WebSocket and fires its requests at the same time as every other user.
 * A response or frame is contaminated when anything in it names a user other than its owner.
 */
export async function runIsolationLoad(port: number, users: number, requestsPerUser: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  const result: LoadResult = { responses: 0, contaminatedResponses: 0, frames: 0, contaminatedFrames: 0, failedRequests: 0 };
  const userIds = Array.from({ length: users }, (_, i) => `user-${String(i).padStart(4, '0')}`);
  const sockets = await Promise.all(
    userIds.map(
      (userId) =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}/events?token=${tokenFor(userId)}`);
          socket.on('error', reject);
          socket.on('message', (data) => {
            const frame = JSON.parse(String(data)) as Frame;
            if (frame.type === 'ready') return resolve(socket);
            result.frames++;
            // Every frame is stamped with an owner; the agent's own frames also say whose request
            // they came from and which user the agent saw.
            const named = [frame.userId, frame.payload?.requestOwner, frame.payload?.seen].filter((id) => id !== undefined);
            if (frame.userId === undefined || named.some((id) => id !== userId)) result.contaminatedFrames++;
          });
        }),
    ),
  );
  try {
    await Promise.all(
      userIds.flatMap((userId) =>
        Array.from({ length: requestsPerUser }, async (_, n) => {
          const { status, body } = await post(agent, port, `/run/${n}`, userId);
          if (status !== 200) {
            result.failedRequests++;
            return;
          }
          result.responses++;
          const json = JSON.parse(body) as { owner: string; seen: string; summary: string };
          if (json.owner !== userId || json.seen !== userId || json.summary !== userId) result.contaminatedResponses++;
        }),
      ),
    );
    // Frames are sent before each response; give the last ones a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    for (const socket of sockets) socket.close();
    agent.destroy();
  }
  return result;
}
