import picomatch from 'picomatch';
import { toPosixRelative } from '../check/posix-path.js';
import type { ResolvedConfig } from '../config/index.js';

const matchers = new WeakMap<ResolvedConfig, (path: string) => boolean>();

/**
 * Whether `filePath` is a test by the config's `tests` globs (relative to the config's directory):
 * what `--only tests` selects, and where a module-level holder is a test's fixture — the
 * database client a suite boots, a server it listens on — which no request ever reaches.
 */
export function isTestFile(config: ResolvedConfig, filePath: string): boolean {
  let matches = matchers.get(config);
  if (!matches) {
    matches = picomatch(config.tests, { dot: true });
    matchers.set(config, matches);
  }
  return matches(toPosixRelative(config.rootDir, filePath));
}
