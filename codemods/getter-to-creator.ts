import type { API, FileInfo, Options } from 'jscodeshift';
import { runTransform } from './transform.js';

/**
 * getAgentInstanceFactory() → createAgentInstanceFactory(<user context>), with the imports.
 * `npx jscodeshift -t dist/codemods/getter-to-creator.js src` (options: --config=F --fallback=manual).
 */
export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, { kinds: new Set(['getter']) });
}
