import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput, FactorySite } from './types.js';
import { staticName, valueExpressionOf } from './walk.js';

// `expect(a).toBe(b)`, `assert.strictEqual(a, b)`, `t.is(a, b)`, `Object.is(a, b)`: the calls
// that ask whether two values are one object, not whether they look alike.
const IDENTITY_MATCHERS = new Set(['toBe']);
const IDENTITY_ASSERTIONS = new Set(['strictEqual', 'notStrictEqual', 'equal', 'notEqual', 'is', 'not']);

/** The two operands of an identity comparison `node` is one side of, or undefined. */
function identityOperands(node: TSESTree.Node): readonly [TSESTree.Node, TSESTree.Node] | undefined {
  const parent = node.parent;
  if (parent?.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) return [parent.left, parent.right];
  if (parent?.type !== 'CallExpression' || parent.arguments.length < 1) return undefined;
  const callee = parent.callee;
  // assert.strictEqual(a, b), t.is(a, b), Object.is(a, b)
  if (callee.type === 'MemberExpression' && IDENTITY_ASSERTIONS.has(staticName(callee.property) ?? '') && parent.arguments.length >= 2) {
    return [parent.arguments[0]!, parent.arguments[1]!];
  }
  // expect(a).toBe(b) / expect(a).not.toBe(b), from either side
  if (callee.type === 'Identifier' && callee.name === 'expect') {
    let chain: TSESTree.Node = parent;
    while (chain.parent?.type === 'MemberExpression' && chain.parent.object === chain && staticName(chain.parent.property) === 'not') chain = chain.parent;
    const matcher = chain.parent;
    const call = matcher?.parent;
    if (matcher?.type === 'MemberExpression' && IDENTITY_MATCHERS.has(staticName(matcher.property) ?? '') && call?.type === 'CallExpression' && call.callee === matcher && call.arguments[0]) {
      return [parent.arguments[0]!, call.arguments[0]];
    }
    return undefined;
  }
  if (callee.type === 'MemberExpression' && IDENTITY_MATCHERS.has(staticName(callee.property) ?? '')) {
    let subject: TSESTree.Node = callee.object;
    while (subject.type === 'MemberExpression' && staticName(subject.property) === 'not') subject = subject.object;
    if (subject.type === 'CallExpression' && subject.callee.type === 'Identifier' && subject.callee.name === 'expect' && subject.arguments[0]) return [subject.arguments[0], parent.arguments[0]!];
  }
  return undefined;
}

/**
 * Where a value shows up: itself, and the reads of the variable it initialises (`const a = getX();
 * … a …`) — what identity checks and spies are looked for on.
 */
export function appearancesOf(value: TSESTree.Node, input: AnalysisInput): TSESTree.Node[] {
  const appearances: TSESTree.Node[] = [value];
  const declarator = value.parent;
  if (declarator?.type === 'VariableDeclarator' && declarator.init === value && declarator.id.type === 'Identifier') {
    for (const reference of input.scopeManager?.getDeclaredVariables(declarator)[0]?.references ?? []) {
      if (reference.isRead()) appearances.push(reference.identifier as TSESTree.Node);
    }
  }
  return appearances;
}

/**
 * Whether the value `site` acquires is compared for identity with another acquisition of the
 * same factory — `const a = getX(); const b = getX(); expect(a).toBe(b)`: a test that the getter
 * hands out one instance. Rewritten, it would assert what per-request creators promise not to do;
 * what to test instead is a person's call.
 */
export function comparedForIdentity(site: FactorySite, input: AnalysisInput, sites: readonly FactorySite[]): boolean {
  if (site.kind !== 'getter-call') return false;
  // Where each acquisition's value shows up: the value itself, or the reads of the variable it initialises.
  const acquisitionAt = new Map<TSESTree.Node, TSESTree.Node>();
  for (const other of sites) {
    if (other.kind !== 'getter-call' || other.factory !== site.factory) continue;
    const value = valueExpressionOf(other.node);
    for (const appearance of appearancesOf(value, input)) acquisitionAt.set(appearance, value);
  }
  const own = valueExpressionOf(site.node);
  for (const [appearance, value] of acquisitionAt) {
    if (value !== own) continue;
    const operands = identityOperands(appearance);
    if (!operands) continue;
    const other = operands[0] === appearance ? operands[1] : operands[0];
    const partner = acquisitionAt.get(other);
    if (partner !== undefined && partner !== own) return true;
  }
  return false;
}
