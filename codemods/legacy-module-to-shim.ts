import type { API, FileInfo, Options } from 'jscodeshift';
import { runTransform } from './transform.js';

/**
 * In the module that defines the getter: delete the holder and turn the getter into a
 * deprecated shim returning a factory for the current request's user (keeps the creator export).
 */
export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, { kinds: new Set(), removeLegacy: true });
}
