import { readFile } from 'node:fs/promises';
import type { ResolvedConfig } from '../config/index.js';
import { mayContainFinding } from '../analysis/prefilter.js';
import { compiledSibling, defaultWorkerCount, runInWorkers } from '../worker-pool.js';
import { discoverFiles, toPosixRelative } from './discover.js';
import { buildReport } from './report-model.js';
import { inShard, type Shard } from './shard.js';
import type { CheckReport, FileResult } from './types.js';

export interface CheckOptions {
  readonly config: ResolvedConfig;
  readonly cwd: string;
  readonly paths?: readonly string[];
  readonly shard?: Shard;
  /** Off only to prove the prefilter sound: every file is parsed. */
  readonly prefilter?: boolean;
  /** Worker threads: 'auto' (default) uses them when there are enough candidates to pay for them. */
  readonly workers?: number | 'auto';
}

// Spawning a worker and loading ESLint + the parser in it costs ~0.3 s; below this many
// candidate files one thread finishes first (measured with `npm run bench`).
const WORKER_THRESHOLD = 400;
const BATCH_SIZE = 25;

function stripConfig(config: ResolvedConfig): unknown {
  const { rootDir: _root, configFile: _file, singletonClassPattern: _pattern, ...raw } = config;
  return raw;
}

/** The gate: discover → prefilter → lint the candidates with the plugin's rules → one report. */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const { config, cwd } = options;
  const discovered = await discoverFiles({ config, cwd, ...(options.paths ? { paths: options.paths } : {}) });
  const files = options.shard ? discovered.filter((file) => inShard(toPosixRelative(config.rootDir, file), options.shard!)) : discovered;

  const candidates: Array<{ file: string; displayPath: string; text: string }> = [];
  const readErrors: FileResult[] = [];
  await Promise.all(
    files.map(async (file) => {
      const displayPath = toPosixRelative(cwd, file);
      try {
        const text = await readFile(file, 'utf8');
        if (options.prefilter === false || mayContainFinding(text, config)) candidates.push({ file, displayPath, text });
      } catch (error) {
        readErrors.push({ file: displayPath, findings: [], compliantSites: 0, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }),
  );
  candidates.sort((a, b) => (a.file < b.file ? -1 : 1));

  const workers = options.workers === 'auto' || options.workers === undefined
    ? (candidates.length >= WORKER_THRESHOLD ? defaultWorkerCount() : 0)
    : options.workers;
  let results: FileResult[];
  if (workers > 1 && candidates.length > BATCH_SIZE) {
    const batches: Array<Array<{ file: string; displayPath: string }>> = [];
    for (let i = 0; i < candidates.length; i += BATCH_SIZE) {
      batches.push(candidates.slice(i, i + BATCH_SIZE).map(({ file, displayPath }) => ({ file, displayPath })));
    }
    const workerData = { rawConfig: stripConfig(config), rootDir: config.rootDir, configFile: config.configFile };
    results = (await runInWorkers<typeof batches[number], FileResult[]>(compiledSibling(import.meta.url, './lint-worker.js'), workerData, batches, workers)).flat();
  } else if (candidates.length > 0) {
    // Loaded only when there is something to lint: ESLint and the parser are most of the start-up.
    const { createFileLinter } = await import('./lint.js');
    const lintFile = createFileLinter(config);
    results = candidates.map(({ file, displayPath, text }) => lintFile(file, text, displayPath));
  } else {
    results = [];
  }
  return buildReport(files.length, [...results, ...readErrors]);
}
