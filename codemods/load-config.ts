import { dirname, resolve } from 'node:path';
import { findConfigFile, loadConfig, type ResolvedConfig } from '../src/config/index.js';

const cache = new Map<string, ResolvedConfig>();

/**
 * The migration spec for a file a jscodeshift run hands us: `--config=F` when given, else the
 * nearest ssot.config.json above the file, else the defaults. Loaded once per config file.
 */
export function configForFile(filePath: string, options: { config?: unknown }): ResolvedConfig {
  const explicit = typeof options.config === 'string' ? resolve(options.config) : undefined;
  const file = explicit ?? findConfigFile(dirname(resolve(filePath)));
  const key = file ?? `(defaults)${dirname(resolve(filePath))}`;
  let config = cache.get(key);
  if (!config) {
    config = explicit ? loadConfig({ configPath: explicit }) : loadConfig({ cwd: dirname(resolve(filePath)) });
    cache.set(key, config);
  }
  return config;
}
