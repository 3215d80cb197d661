import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vercelJobOf } from '../../src/analysis/vercel-jobs.js';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { scratchProject } from '../check/helpers.js';

/** A Next.js app on Vercel (cleo-agent's cron, inbox-zero's queue consumers) beside one with no jobs. */
const root = scratchProject({
  'apps/web/vercel.json': JSON.stringify({
    functions: {
      'app/api/*/route.ts': { maxDuration: 300 },
      'app/api/ai/digest/queue/route.ts': { experimentalTriggers: [{ type: 'queue/v2beta', topic: 'ai-digest', retryAfterSeconds: 60 }] },
    },
    crons: [
      { path: '/api/cron/agent-tasks', schedule: '* * * * *' },
      { path: '/api/latest/internal/sync/?full=1', schedule: '0 * * * *' },
      { path: '/api/jobs/cleanup', schedule: '0 3 * * *' },
    ],
  }),
  'apps/site/vercel.json': '{ "rewrites": [] }',
  'apps/broken/vercel.json': '{ not json',
}, 'vercel-jobs');
const web = (path: string) => join(root, 'apps/web', path);

describe('vercelJobOf: the routes vercel.json has Vercel call for a job, not for a user', () => {
  it('names a scheduled route, App Router or Pages Router, through route groups and dynamic segments', () => {
    expect(vercelJobOf(web('app/api/cron/agent-tasks/route.ts'))).toBe('a cron job Vercel calls on "* * * * *" (vercel.json: /api/cron/agent-tasks)');
    expect(vercelJobOf(web('src/app/(internal)/api/latest/internal/sync/route.ts'))).toBe('a cron job Vercel calls on "0 * * * *" (vercel.json: /api/latest/internal/sync)');
    expect(vercelJobOf(web('app/api/jobs/[job]/route.ts'))).toMatch(/^a cron job Vercel calls on "0 3 \* \* \*"/);
    expect(vercelJobOf(web('pages/api/cron/agent-tasks.ts'))).toMatch(/^a cron job/);
    expect(vercelJobOf(web('pages/api/cron/agent-tasks/index.ts'))).toMatch(/^a cron job/);
    // … and a Vercel function of the project's own api/ directory (AI-agent-news-letter's api/cron.ts)
    expect(vercelJobOf(web('api/cron/agent-tasks.ts'))).toMatch(/^a cron job/);
    expect(vercelJobOf(web('api/chat.ts'))).toBeUndefined();
  });

  it('names a queue consumer by its topic', () => {
    expect(vercelJobOf(web('app/api/ai/digest/queue/route.ts'))).toBe("the consumer of ai-digest that Vercel's queue calls (vercel.json)");
  });

  it('leaves every other file alone: other routes, a module beside a route, a project with no jobs, a vercel.json that is not JSON', () => {
    expect(vercelJobOf(web('app/api/chat/route.ts'))).toBeUndefined();
    expect(vercelJobOf(web('app/api/cron/agent-tasks/helpers.ts'))).toBeUndefined();
    expect(vercelJobOf(web('app/api/cron/route.ts'))).toBeUndefined();
    expect(vercelJobOf(join(root, 'apps/site/app/api/cron/agent-tasks/route.ts'))).toBeUndefined();
    expect(vercelJobOf(join(root, 'apps/broken/app/api/cron/agent-tasks/route.ts'))).toBeUndefined();
    expect(vercelJobOf(join(root, 'elsewhere/app/api/cron/agent-tasks/route.ts'))).toBeUndefined();
  });
});

describe('migrate in a route Vercel calls for a job', () => {
  // cleo-agent's cron route: `const scheduler = getScheduler(); await scheduler.runScheduledTasksCycle()`.
  const CALL = "import { getAgentInstanceFactory } from '@/lib/agents/factory';\nexport async function GET() {\n  return getAgentInstanceFactory().runDue();\n}\n";
  const config = resolveConfig({}, root);

  it('gives no request-scope fallback there, and names the job', () => {
    const cron = migrateSource(CALL, web('app/api/cron/agent-tasks/route.ts'), config);
    expect(cron.changed).toBe(false);
    expect(cron.manual).toEqual([{ line: 3, reason: 'runs in a cron job Vercel calls on "* * * * *" (vercel.json: /api/cron/agent-tasks), outside every request, where requireUserContext() would throw: give it a context made for it, or leave it a process-wide instance' }]);
    expect(migrateSource(CALL, web('app/api/chat/route.ts'), config).output).toContain('createAgentInstanceFactory(requireUserContext()).runDue()');
  });
});
