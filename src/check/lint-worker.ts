import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig } from '../config/index.js';
import { loadFastParser } from '../analysis/fast-parser.js';
import { garbageBudget } from './gc.js';
import { createFileLinter } from './lint.js';

/** A worker thread of the gate: lints batches of files with its own Linter. */
const { rawConfig, rootDir, configFile } = workerData as { rawConfig: unknown; rootDir: string; configFile?: string };
await loadFastParser();
const lintFile = createFileLinter(resolveConfig(rawConfig, rootDir, configFile));

const betweenFiles = garbageBudget();

parentPort!.on('message', (batch: Array<{ file: string; displayPath: string }>) => {
  try {
    const value = batch.map(({ file, displayPath }) => {
      betweenFiles();
      try {
        return lintFile(file, readFileSync(file, 'utf8'), displayPath);
      } catch (error) {
        return { file: displayPath, findings: [], compliantSites: 0, error: `cannot read: ${(error as Error).message}` };
      }
    });
    parentPort!.postMessage({ ok: true, value });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).message });
  }
});
