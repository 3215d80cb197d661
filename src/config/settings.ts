import { resolveConfig, type ResolvedConfig } from './resolve.js';

/**
 * Rules read `settings.ssot` (same shape as ssot.config.json). ESLint hands every rule
 * invocation the same settings object for one config, so resolving is cached per object:
 * validation runs once per lint run, not once per file.
 */
const cache = new WeakMap<object, ResolvedConfig>();
let defaults: ResolvedConfig | undefined;

export function configFromSettings(settings: Readonly<Record<string, unknown>> | undefined, cwd = process.cwd()): ResolvedConfig {
  const raw = settings?.['ssot'];
  if (raw === undefined || raw === null) return (defaults ??= resolveConfig({}, cwd));
  if (typeof raw !== 'object') return resolveConfig(raw, cwd); // throws a ConfigError naming the problem
  // A config resolved by loadConfig can be passed straight through (the gate does); ESLint may
  // clone settings, which would turn the RegExp into a plain object — then it is re-resolved.
  if ((raw as Partial<ResolvedConfig>).singletonClassPattern instanceof RegExp) return raw as ResolvedConfig;
  let resolved = cache.get(raw);
  if (!resolved) {
    const { rootDir, configFile, singletonClassPattern: _derived, ...rest } = raw as Record<string, unknown>;
    resolved = resolveConfig(rest, typeof rootDir === 'string' ? rootDir : cwd, typeof configFile === 'string' ? configFile : undefined);
    cache.set(raw, resolved);
  }
  return resolved;
}
