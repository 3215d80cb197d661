import type { TSESTree } from '@typescript-eslint/utils';
import { exportedNames, localFunction } from './local-types.js';

// Node's module customization hooks: `resolve(specifier, context, nextResolve)` and
// `load(url, context, nextLoad)`, chained to the next hook by their third parameter (named
// `nextResolve`, `defaultLoad`, `parentResolve`… by convention).
const HOOK_NAMES: ReadonlySet<string> = new Set(['resolve', 'load']);
const NEXT_HOOK = /next|default|parent|resolve|load/i;

/**
 * Whether the module is a set of module customization hooks (what `module.register()` or
 * `--import`/`--loader` loads): it exports `resolve` or `load` with the hooks' signature. Node runs
 * such a module once per process, in a loader thread of its own, to resolve and load the process's
 * modules — braintrust's `esm-hook.mts` keeps its `instrumentator` so, as tracers and transpilers
 * do. Its state is about modules, and no request ever reaches it.
 */
export function isModuleCustomizationHooks(program: TSESTree.Program): boolean {
  return exportedNames(program).some(([exported, local]) => {
    const fn = HOOK_NAMES.has(exported) ? localFunction(program, local) : undefined;
    return fn !== undefined && chainsToNextHook(fn);
  });
}

/** A function of three parameters whose third names the next hook in the chain. */
function chainsToNextHook(fn: TSESTree.FunctionLike): boolean {
  if (fn.params.length !== 3) return false;
  const next = fn.params[2]!;
  return next.type === 'Identifier' && NEXT_HOOK.test(next.name);
}
