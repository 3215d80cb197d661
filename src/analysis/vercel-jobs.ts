import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { nearestAbove } from './nearest-above.js';

/**
 * Routes Vercel calls for a job, not for a user: a path its project's `vercel.json` schedules under
 * `crons` (cleo-agent's `/api/cron/agent-tasks`, every minute; Stack Auth's email queue step), and a
 * function file it lists with `experimentalTriggers`, a queue's consumer (inbox-zero's digest and
 * follow-up queues). No user's request opens a scope there, so `requireUserContext()` would always
 * throw: the codemod leaves such a site for a person, with this reason.
 */

interface VercelJobs {
  /** The directory of the vercel.json: what its paths and function files are relative to. */
  readonly dir: string;
  readonly crons: ReadonlyArray<{ readonly path: string; readonly schedule: string }>;
  readonly queues: ReadonlyArray<{ readonly matches: (file: string) => boolean; readonly topic: string }>;
}

/** The vercel.json nearest above a directory (its path), or null, by directory. */
const configs = new Map<string, string | null>();
/** What each vercel.json says, by its path (null: it lists no jobs, or is not JSON). */
const jobsByConfig = new Map<string, VercelJobs | null>();

function readJobs(configPath: string): VercelJobs | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { crons, functions } = parsed as { crons?: unknown; functions?: unknown };
  const cronList = (Array.isArray(crons) ? crons : []).flatMap((cron: { path?: unknown; schedule?: unknown }) =>
    typeof cron?.path === 'string' ? [{ path: cron.path.split('?')[0]!.replace(/\/+$/, '') || '/', schedule: typeof cron.schedule === 'string' ? cron.schedule : '' }] : []);
  const queues = Object.entries(typeof functions === 'object' && functions !== null ? functions : {}).flatMap(([glob, settings]) => {
    const triggers = (settings as { experimentalTriggers?: unknown })?.experimentalTriggers;
    if (!Array.isArray(triggers) || triggers.length === 0) return [];
    const topic = triggers.map((trigger: { topic?: unknown }) => (typeof trigger?.topic === 'string' ? trigger.topic : undefined)).find((name) => name !== undefined) ?? 'a queue';
    return [{ matches: picomatch(glob, { dot: true }), topic }];
  });
  return cronList.length === 0 && queues.length === 0 ? null : { dir: dirname(configPath), crons: cronList, queues };
}

/**
 * The URL path a route module answers: Next.js' `app/api/cron/x/route.ts` → `/api/cron/x` (route
 * groups `(group)` and parallel slots `@slot` add nothing; `src/` may hold the `app/`), and
 * `pages/api/x.ts` or `pages/api/x/index.ts` → `/api/x`; and a Vercel function of the project's
 * own `api/` directory, `api/cron.ts` → `/api/cron` (AI-agent-news-letter's); undefined for any other file.
 */
function routePathOf(relativePath: string): string | undefined {
  const app = /^(?:src\/)?app\/(?:(.*)\/)?route\.[cm]?[jt]sx?$/.exec(relativePath);
  if (app) return `/${(app[1] ?? '').split('/').filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment) && !segment.startsWith('@')).join('/')}`;
  const pages = /^(?:(?:src\/)?pages\/)?(api\/.+?)(?:\/index)?\.[cm]?[jt]sx?$/.exec(relativePath);
  return pages ? `/${pages[1]}` : undefined;
}

/** Whether a scheduled URL is one a route path answers, its dynamic segments (`[id]`, `[...rest]`, `[[...rest]]`) matching any. */
function answers(routePath: string, url: string): boolean {
  const pattern = routePath.split('/').map((segment) => {
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) return '.*';
    if (/^\[\.\.\..+\]$/.test(segment)) return '.+';
    if (/^\[.+\]$/.test(segment)) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('/');
  return new RegExp(`^${pattern}$`).test(url);
}

/** The job Vercel runs a file's route for, described for a reader, or undefined (see the module comment). */
export function vercelJobOf(filePath: string): string | undefined {
  const configPath = nearestAbove<string | null>(filePath, configs, (dir) => (existsSync(join(dir, 'vercel.json')) ? join(dir, 'vercel.json') : undefined), null);
  if (configPath === null) return undefined;
  let jobs = jobsByConfig.get(configPath);
  if (jobs === undefined) {
    jobs = readJobs(configPath);
    jobsByConfig.set(configPath, jobs);
  }
  if (jobs === null) return undefined;
  const relativePath = relative(jobs.dir, filePath).split(sep).join('/');
  const queue = jobs.queues.find(({ matches }) => matches(relativePath));
  if (queue) return `the consumer of ${queue.topic} that Vercel's queue calls (vercel.json)`;
  const routePath = routePathOf(relativePath);
  const cron = routePath === undefined ? undefined : jobs.crons.find(({ path }) => answers(routePath, path));
  return cron ? `a cron job Vercel calls${cron.schedule ? ` on "${cron.schedule}"` : ''} (vercel.json: ${cron.path})` : undefined;
}
