import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Measurement {
  readonly label: string;
  readonly seconds: number;
  /** Peak resident set size of the process tree's largest process, in MB. */
  readonly peakRssMb: number;
  readonly stdout: string;
  readonly exitCode: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and measures wall time and peak RSS. With GNU time available, its
 * "Maximum resident set size" is used (the largest process of the tree as the kernel saw it).
 */
export function measure(label: string, command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '__PEAK_RSS_KB__=%M', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      const kb = Number(/__PEAK_RSS_KB__=(\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ label, seconds, peakRssMb: kb / 1024, stdout, exitCode: code ?? -1 });
    });
  });
}

export function which(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    const candidate = `${dir}/${command}`;
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Reads every file under `dir` (node_modules and .git aside), so the run timed next finds the
 * repo in the page cache, as a CI job finds the files its checkout has just written. This
 * machine reclaims cold page cache within a minute (its file cache stays under ≈ 200 MB), and a
 * check run after a pause read the repo from disk (1.9–2.8 s against 1.5 s back to back): every
 * timed run, of every tool, starts from the same warm repo. (The machine's own drift is larger
 * still; see docs/benchmarks.md.)
 */
export function warmPageCache(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) warmPageCache(path);
    else if (entry.isFile()) readFileSync(path);
  }
}

/** `measure`, with the page cache warmed for `cwd` first. */
export function measureWarm(label: string, command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measurement> {
  warmPageCache(cwd);
  return measure(label, command, args, cwd, env);
}
