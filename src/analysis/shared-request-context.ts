import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput, TextEdit } from './types.js';
import type { TextStyle } from './text-style.js';
import type { PlannedAcquisition, SharedAcquisition } from './shared-acquisition.js';
import { moduleNames } from './module-names.js';
import { declarationBefore, innermostBlock, leavesTry, resolve } from './shared-acquisition.js';
import { identifierPattern } from './text-style.js';
import { contains, enclosingFunction, isFunctionNode } from './walk.js';

/** The local a function's creator calls take the request scope's context from. */
export const SHARED_CONTEXT_LOCAL = 'userContext';

/** A function whose fallback creator calls take one `const userContext = requireUserContext();`. */
export interface SharedRequestContext {
  readonly declaration: TextEdit;
  /** Every site whose creator call (its own, or its shared local's) now takes the local. */
  readonly sites: ReadonlySet<TSESTree.Node>;
}

/**
 * `const registry = getAgentRegistry(); const client = getSolanaClient();` in a handler with no
 * context in sight becomes two fallbacks; written `createAgentRegistry(requireUserContext())`,
 * `createSolanaClient(requireUserContext())`, the handler reads the request scope once per
 * factory, where a person migrating it would read it once: `const userContext =
 * requireUserContext();` above the first, and `userContext` in each creator call. The planner
 * does that for a function with two or more acquisitions (a site, or a shared local's group) on
 * the fallback, declaring the local where the first of them runs — and only where that changes
 * nothing: the first runs whenever its statement does (not behind an `if`, a `?:`, a `&&`, a
 * loop or an optional call — there the scope would be read, and throw outside a request, where
 * no getter was called), no site sits in a `try` the local would be declared outside, the
 * function has a block to declare it in, and the name is free. Callbacks keep their own reads:
 * they may run later, in another request's scope.
 */
export function planSharedRequestContexts(
  input: AnalysisInput,
  planned: readonly PlannedAcquisition[],
  shared: readonly SharedAcquisition[],
  fallbackContext: string,
  style: TextStyle,
): SharedRequestContext[] {
  // Each function's acquisitions: a shared local's group counts once.
  const byFunction = new Map<TSESTree.Node, Array<readonly TSESTree.Node[]>>();
  const counted = new Set<SharedAcquisition>();
  for (const { site, context } of planned) {
    if (context !== fallbackContext) continue;
    const fn = enclosingFunction(site.node);
    if (!fn) continue;
    const group = shared.find((s) => s.sites.has(site.node));
    if (group && counted.has(group)) continue;
    if (group) counted.add(group);
    const units = byFunction.get(fn) ?? [];
    units.push(group ? [...group.sites] : [site.node]);
    byFunction.set(fn, units);
  }
  const contexts: SharedRequestContext[] = [];
  const declaredIn: TSESTree.Node[] = [];
  // Outer functions first: a callback inside one that declares the local keeps its own reads
  // rather than a second `userContext` shadowing the first.
  const functions = [...byFunction.keys()].sort((a, b) => a.range[0] - b.range[0]);
  for (const fn of functions) {
    const units = byFunction.get(fn)!;
    if (units.length < 2) continue;
    if (declaredIn.some((outer) => contains(outer, fn))) continue;
    const sites = units.flat().sort((a, b) => a.range[0] - b.range[0]);
    const first = sites[0]!;
    const block = innermostBlock(first, fn, sites);
    if (!block) continue;
    const statement = block.body.find((s) => contains(s, first));
    if (!statement || !runsWhenever(first, statement) || sites.some((site) => leavesTry(site, block))) continue;
    if (!isFree(input, fn, shared)) continue;
    const declaration = declarationBefore(input, statement, `const ${SHARED_CONTEXT_LOCAL} = ${fallbackContext}`, style);
    contexts.push({ declaration, sites: new Set(sites) });
    declaredIn.push(fn);
  }
  return contexts;
}

/** Whether nothing in the function or the module is called `userContext` already, nor any shared local. */
function isFree(input: AnalysisInput, fn: TSESTree.Node, shared: readonly SharedAcquisition[]): boolean {
  const name = SHARED_CONTEXT_LOCAL;
  return !identifierPattern(name).test(input.text.slice(fn.range[0], fn.range[1]))
    && !moduleNames(input).has(name)
    && !resolve(input, fn, name)
    && !shared.some((s) => s.local === name);
}

/**
 * Whether `node` is evaluated every time `statement` runs (until something throws or returns):
 * no branch, loop body, short-circuit, default value or nested function between them.
 */
function runsWhenever(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent && child !== statement; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return false;
    switch (parent.type) {
      case 'IfStatement':
      case 'ConditionalExpression':
        if (child !== parent.test) return false;
        break;
      case 'LogicalExpression':
        if (child === parent.right) return false;
        break;
      case 'AssignmentExpression':
        if (child === parent.right && (parent.operator === '&&=' || parent.operator === '||=' || parent.operator === '??=')) return false;
        break;
      case 'AssignmentPattern':
        if (child === parent.right) return false;
        break;
      case 'SwitchStatement':
        if (child !== parent.discriminant) return false;
        break;
      case 'SwitchCase':
      case 'CatchClause':
        return false;
      case 'TryStatement':
        if (child !== parent.block) return false;
        break;
      case 'ForStatement':
        if (child !== parent.init) return false;
        break;
      case 'ForInStatement':
      case 'ForOfStatement':
        if (child !== parent.right) return false;
        break;
      case 'WhileStatement':
      case 'DoWhileStatement':
        return false;
      case 'CallExpression':
        if (child !== parent.callee && shortCircuits(parent)) return false;
        break;
      case 'MemberExpression':
        if (child !== parent.object && shortCircuits(parent)) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

/** `a?.b(x)`, `a?.b.c[x]`: an optional link at or before this one skips what it takes. */
function shortCircuits(node: TSESTree.CallExpression | TSESTree.MemberExpression): boolean {
  for (let current: TSESTree.Node = node; current.type === 'CallExpression' || current.type === 'MemberExpression'; current = current.type === 'CallExpression' ? current.callee : current.object) {
    if (current.optional) return true;
  }
  return false;
}
