import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';

const moduleNamesCache = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/**
 * Module-level names already bound in the file (imports, requires, declarations). Asked once
 * per planned fix, so ESLint reporting every site of a big file must not rebuild it each time.
 */
export function moduleNames(input: AnalysisInput): ReadonlySet<string> {
  let names = moduleNamesCache.get(input.ast);
  if (!names) {
    const set = new Set<string>();
    const scope = input.scopeManager?.scopes.find((s) => s.type === 'module') ?? input.scopeManager?.globalScope;
    if (scope) for (const variable of scope.variables) set.add(variable.name);
    moduleNamesCache.set(input.ast, (names = set));
  }
  return names;
}
