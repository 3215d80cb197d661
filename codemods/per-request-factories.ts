import type { API, FileInfo, Options } from 'jscodeshift';
import { runTransform } from './transform.js';

/** Everything `ssot-kit migrate` rewrites in one pass: getter calls and direct constructions. */
export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, {});
}
