import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { moduleVariable, resolvedVariable } from './bound-names.js';
import type { AnalysisInput } from './types.js';
import { contains, staticName, unwrapExpression, walk } from './walk.js';

/**
 * Whether a value, apart from what it takes from one variable (`seen`), is made from its
 * handler's request: request-state.ts's own question, handed in.
 */
export type MadeFromRequest = (value: TSESTree.Node, seen: Set<TSESLint.Scope.Variable>) => boolean;

/**
 * Whether a handler's write to a module variable keeps a cache of one entry under the key the
 * request asked for, which every reader checks before it takes anything: FoodAI's inspiration
 * feed, `feedCache = { items, fetchedAt: now, lang }` after `if (feedCache && feedCache.lang ===
 * lang && …) return res.json(feedCache.items)`. The next request overwrites it, but takes from it
 * only when it asked for the same key, and then gets what that key gives: the items come from the
 * request through `lang` alone. An entry that keeps anything else of the request (the user's
 * rows fetched with `req.user.id` beside a key of filters) is one user's, and stays reported; so
 * is one any reader takes without comparing the key.
 */
export function keepsKeyedCacheEntry(write: TSESTree.AssignmentExpression, handler: TSESTree.Node, input: AnalysisInput, madeFromRequest: MadeFromRequest): boolean {
  const entry = unwrapExpression(write.right);
  const target = unwrapExpression(write.left);
  if (write.operator !== '=' || entry.type !== 'ObjectExpression' || target.type !== 'Identifier') return false;
  const slot = moduleVariable(input, target);
  if (!slot) return false;
  const properties = entry.properties.filter((property): property is TSESTree.Property => property.type === 'Property');
  if (properties.length !== entry.properties.length) return false;
  return properties.some((key) => {
    const name = key.computed ? undefined : staticName(key.key);
    const value = unwrapExpression(key.value);
    const variable = value.type === 'Identifier' ? resolvedVariable(input, value) : undefined;
    // The key is a variable of the handler's own: what this request asked for.
    if (name === undefined || !variable || variable.defs[0]?.type !== 'Variable' || !contains(handler, variable.defs[0].node as TSESTree.Node)) return false;
    const restFromKeyAlone = properties.every((property) => property === key || !madeFromRequest(property.value, new Set([variable])));
    return restFromKeyAlone && slot.references.every((reference) => !reference.isRead() || readAfterKeyCheck(reference.identifier as TSESTree.Node, target.name, name));
  });
}

/**
 * Whether a read of the slot `slot` lies in the test of an `if` (or a `?:`) that compares
 * `slot.key` with something else, or in what that test guards: `if (cache && cache.lang === lang)
 * return cache.items`.
 */
function readAfterKeyCheck(read: TSESTree.Node, slot: string, key: string): boolean {
  for (let inner: TSESTree.Node = read, outer = read.parent; outer; inner = outer, outer = outer.parent) {
    if (outer.type !== 'IfStatement' && outer.type !== 'ConditionalExpression') continue;
    if ((inner === outer.test || inner === outer.consequent) && comparesKey(outer.test, slot, key)) return true;
  }
  return false;
}

/** Whether a test compares `slot.key` (or `slot?.key`) with `===` or `==` against something not read from the slot. */
function comparesKey(test: TSESTree.Node, slot: string, key: string): boolean {
  let found = false;
  walk(test, (node) => {
    if (found || node.type !== 'BinaryExpression' || (node.operator !== '===' && node.operator !== '==')) return;
    const sides = [node.left, node.right].map((side) => unwrapExpression(side.type === 'ChainExpression' ? side.expression : side));
    found = sides.some((side, index) => readsKey(side, slot, key) && !mentions(sides[1 - index]!, slot));
  });
  return found;
}

/** `slot.key`, read off the slot itself. */
function readsKey(node: TSESTree.Node, slot: string, key: string): boolean {
  if (node.type !== 'MemberExpression' || node.computed || staticName(node.property) !== key) return false;
  const object = unwrapExpression(node.object);
  return object.type === 'Identifier' && object.name === slot;
}

/** Whether an expression reads the slot anywhere: a comparison of two of its own fields checks no request's key. */
function mentions(node: TSESTree.Node, slot: string): boolean {
  let found = false;
  walk(node, (inner) => {
    found ||= inner.type === 'Identifier' && inner.name === slot;
  });
  return found;
}
