import { readFileSync } from 'node:fs';
import type { ResolvedConfig } from '../config/index.js';
import { mayContainFinding } from '../analysis/prefilter.js';
import { compiledSibling, defaultWorkerCount, WorkerPool } from '../worker-pool.js';
import { discoverFiles, toPosixRelative } from './discover.js';
import { CheckCache } from './cache.js';
import { garbageBudget } from './gc.js';
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
  /** Worker threads: 'auto' (default) uses them when the run is big enough to pay for them. */
  readonly workers?: number | 'auto';
  /** Reuse the results of files unchanged since the last run with this cache file (`--cache`). */
  readonly cacheLocation?: string;
}

// A worker costs ~0.3 s of CPU to start (it loads ESLint and the parser), and this machine class
// has 2 cores: below a few hundred candidate files one thread finishes first (`npm run bench`).
const WORKER_MIN_CANDIDATES = 400;
const BATCH_SIZE = 16;

type Candidate = { file: string; displayPath: string; text: string };

function stripConfig(config: ResolvedConfig): unknown {
  const { rootDir: _root, configFile: _file, singletonClassPattern: _pattern, ...raw } = config;
  return raw;
}

async function lintInWorkers(config: ResolvedConfig, candidates: readonly Candidate[], count: number): Promise<FileResult[]> {
  const pool = new WorkerPool<Array<Omit<Candidate, 'text'>>, FileResult[]>(
    compiledSibling(import.meta.url, './lint-worker.js'),
    { rawConfig: stripConfig(config), rootDir: config.rootDir, configFile: config.configFile },
    count,
  );
  try {
    const batches: Array<Promise<FileResult[]>> = [];
    for (let i = 0; i < candidates.length; i += BATCH_SIZE) {
      batches.push(pool.run(candidates.slice(i, i + BATCH_SIZE).map(({ file, displayPath }) => ({ file, displayPath }))));
    }
    return (await Promise.all(batches)).flat();
  } finally {
    await pool.close();
  }
}

/** The gate: discover → prefilter → lint the candidates with the plugin's rules → one report. */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const { config, cwd } = options;
  const discovered = await discoverFiles({ config, cwd, ...(options.paths ? { paths: options.paths } : {}) });
  const files = options.shard ? discovered.filter((file) => inShard(toPosixRelative(config.rootDir, file), options.shard!)) : discovered;

  // Synchronous reads in one loop: 10,000 concurrent promises cost more in allocation and GC
  // than they save; only candidates' texts are kept.
  let candidates: Candidate[] = [];
  const readErrors: FileResult[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      readErrors.push({ file: toPosixRelative(cwd, file), findings: [], compliantSites: 0, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    // Display paths only for what is reported: path.relative for 10,000 files is measurable.
    if (options.prefilter === false || mayContainFinding(text, config)) candidates.push({ file, displayPath: toPosixRelative(cwd, file), text });
  }

  // Unchanged candidates keep their cached results; only the rest are linted.
  const cache = options.cacheLocation ? new CheckCache(options.cacheLocation, config) : undefined;
  const cached: FileResult[] = [];
  if (cache) {
    const misses: Candidate[] = [];
    for (const candidate of candidates) {
      const hit = cache.get(toPosixRelative(config.rootDir, candidate.file), candidate.text, candidate.displayPath);
      if (hit) cached.push(hit);
      else misses.push(candidate);
    }
    candidates = misses;
  }

  const workers = options.workers === 'auto' || options.workers === undefined
    ? (candidates.length >= WORKER_MIN_CANDIDATES ? defaultWorkerCount() : 0)
    : options.workers;
  let results: FileResult[] = [];
  if (workers > 0 && candidates.length > 0) {
    results = await lintInWorkers(config, candidates, workers);
  } else if (candidates.length > 0) {
    // Loaded only when there is something to lint: ESLint and the parser are most of the start-up.
    const [{ createFileLinter }, { loadFastParser }] = await Promise.all([import('./lint.js'), import('../analysis/fast-parser.js')]);
    await loadFastParser();
    const lintFile = createFileLinter(config);
    const betweenFiles = garbageBudget();
    results = candidates.map(({ file, displayPath, text }) => {
      betweenFiles();
      return lintFile(file, text, displayPath);
    });
  }
  if (cache) {
    results.forEach((result, i) => cache.set(toPosixRelative(config.rootDir, candidates[i]!.file), candidates[i]!.text, result));
    cache.save();
  }
  return buildReport(files.length, [...cached, ...results, ...readErrors]);
}
