import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from './errors.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';

export const CONFIG_FILE_NAME = 'ssot.config.json';

/** Finds ssot.config.json in `cwd` or the nearest directory above it. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates one config file. */
export function readConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read config (${(error as NodeJS.ErrnoException).code ?? String(error)})`, '', file);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`, '', file);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ConfigError(`${file}: (root) must be a JSON object`, '', file);
  }
  return resolveConfig(json, dirname(file), file);
}

/**
 * Loads the config: an explicit `--config` path must exist; otherwise the nearest
 * ssot.config.json from `cwd` upward; otherwise the defaults, rooted at `cwd`.
 */
export function loadConfig(options: { configPath?: string; cwd?: string } = {}): ResolvedConfig {
  const cwd = resolve(options.cwd ?? process.cwd());
  if (options.configPath) {
    const file = resolve(cwd, options.configPath);
    if (!existsSync(file)) throw new ConfigError(`${options.configPath}: config file not found`, '', file);
    return readConfigFile(file);
  }
  const found = findConfigFile(cwd);
  return found ? readConfigFile(found) : resolveConfig({}, cwd);
}
