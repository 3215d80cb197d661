import type { z } from 'zod';
import { ConfigError } from './errors.js';
import { configSchema, type SsotConfig } from './schema.js';

/** The config plus what every consumer derives from it, computed once. */
export interface ResolvedConfig extends SsotConfig {
  /** Directory the config's relative paths (globs, `./` context module) are relative to. */
  readonly rootDir: string;
  /** The config file, when one was read. */
  readonly configFile?: string;
  readonly singletonClassPattern: RegExp;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): { keyPath: string; reason: string } {
  if (issue.code === 'unrecognized_keys') {
    const base = formatPath(issue.path);
    const key = issue.keys[0] ?? '';
    return { keyPath: base ? `${base}.${key}` : key, reason: 'is not a known key' };
  }
  return { keyPath: formatPath(issue.path), reason: issue.message.replace(/^Invalid input: /, '') };
}

/**
 * Validates a parsed config object and applies the defaults. Throws a ConfigError whose
 * message names the first offending key path and what was expected.
 */
export function resolveConfig(input: unknown, rootDir: string, configFile?: string): ResolvedConfig {
  const parsed = configSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const { keyPath, reason } = first ? describeIssue(first) : { keyPath: '', reason: 'is invalid' };
    const where = configFile ? `${configFile}: ` : 'ssot config: ';
    throw new ConfigError(`${where}${keyPath || '(root)'} ${reason}`, keyPath, configFile);
  }
  const config = parsed.data;
  return {
    ...config,
    rootDir,
    ...(configFile ? { configFile } : {}),
    singletonClassPattern: new RegExp(config.singletonClasses),
  };
}
