import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig } from '../config/index.js';
import { loadFastParser } from '../analysis/fast-parser.js';
import { migrateSource } from './migrate-source.js';
import type { MigrateSourceOptions } from './types.js';

/** A worker thread of `migrate`: transforms batches of files; the main thread writes them. */
const { rawConfig, rootDir, configFile, options } = workerData as { rawConfig: unknown; rootDir: string; configFile?: string; options: MigrateSourceOptions };
const config = resolveConfig(rawConfig, rootDir, configFile);
await loadFastParser();

parentPort!.on('message', (batch: string[]) => {
  try {
    parentPort!.postMessage({
      ok: true,
      value: batch.map((file) => {
        const text = readFileSync(file, 'utf8');
        return { file, text, result: migrateSource(text, file, config, options) };
      }),
    });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: (error as Error).message });
  }
});
