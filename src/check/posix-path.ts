import { relative, sep } from 'node:path';

/** POSIX path of `file` relative to `base`: the form globs, baselines and reports use. */
export function toPosixRelative(base: string, file: string): string {
  return relative(base, file).split(sep).join('/');
}
