import type { API, FileInfo, Options } from 'jscodeshift';
import { runTransform } from './transform.js';

/** new AgentInstanceFactory(…) outside its own module → createAgentInstanceFactory(<user context>). */
export default function transformer(file: FileInfo, _api: API, options: Options): string | undefined {
  return runTransform(file, options, { kinds: new Set(['construction']) });
}
