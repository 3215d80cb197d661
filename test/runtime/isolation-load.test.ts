import { describe, expect, it } from 'vitest';
import { runIsolationLoad } from './harness/isolation-client.js';
import { startIsolationServer } from './harness/isolation-server.js';

const USERS = 200;
const REQUESTS_PER_USER = 20;

describe('isolation under load (Express 5 + ws on 127.0.0.1)', () => {
  it(`per-request runtime: ${USERS} users × ${REQUESTS_PER_USER} concurrent requests, 0 contaminated`, async () => {
    const server = await startIsolationServer('isolated');
    try {
      const result = await runIsolationLoad(server.port, USERS, REQUESTS_PER_USER);
      expect(result.failedRequests).toBe(0);
      expect(result.responses).toBe(USERS * REQUESTS_PER_USER);
      // agent_started, agent_thinking, tool_executing, agent_completed per request
      expect(result.frames).toBe(USERS * REQUESTS_PER_USER * 4);
      expect(result.contaminatedResponses).toBe(0);
      expect(result.contaminatedFrames).toBe(0);
      const metrics = server.engines!.metrics();
      expect(metrics.created).toBe(USERS * REQUESTS_PER_USER);
      expect(metrics.released).toBe(USERS * REQUESTS_PER_USER);
      expect(metrics.active).toBe(0);
      expect(metrics.activeByUser).toEqual({});
    } finally {
      await server.close();
    }
  });

  it('the same harness detects the legacy shared singleton leaking between users', async () => {
    const server = await startIsolationServer('singleton');
    try {
      const result = await runIsolationLoad(server.port, USERS, REQUESTS_PER_USER);
      expect(result.failedRequests).toBe(0);
      expect(result.contaminatedResponses).toBeGreaterThan(0);
      expect(result.contaminatedFrames).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
