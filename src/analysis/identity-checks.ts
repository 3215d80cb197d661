import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput, FactorySite } from './types.js';
import { staticName, valueExpressionOf } from './walk.js';

// `expect(a).toBe(b)`, `assert.strictEqual(a, b)`, `t.is(a, b)`, `Object.is(a, b)`: the calls
// that ask whether two values are one object, not whether they look alike.
const IDENTITY_MATCHERS = new Set(['toBe']);
const IDENTITY_ASSERTIONS = new Set(['strictEqual', 'notStrictEqual', 'equal', 'notEqual', 'is', 'not']);

const NEGATED_ASSERTIONS = new Set(['notStrictEqual', 'notEqual', 'not']);

interface IdentityComparison {
  readonly operands: readonly [TSESTree.Node, TSESTree.Node];
  /** `!==`, `.not.toBe`, `notStrictEqual`: it holds that the two are different objects. */
  readonly negated: boolean;
}

/** The identity comparison `node` is one side of, or undefined. */
function identityComparison(node: TSESTree.Node): IdentityComparison | undefined {
  const parent = node.parent;
  if (parent?.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(parent.operator)) return { operands: [parent.left, parent.right], negated: parent.operator.startsWith('!') };
  if (parent?.type !== 'CallExpression' || parent.arguments.length < 1) return undefined;
  const callee = parent.callee;
  // assert.strictEqual(a, b), t.is(a, b), Object.is(a, b)
  if (callee.type === 'MemberExpression' && IDENTITY_ASSERTIONS.has(staticName(callee.property) ?? '') && parent.arguments.length >= 2) {
    return { operands: [parent.arguments[0]!, parent.arguments[1]!], negated: NEGATED_ASSERTIONS.has(staticName(callee.property)!) };
  }
  // expect(a).toBe(b) / expect(a).not.toBe(b), from either side
  if (callee.type === 'Identifier' && callee.name === 'expect') {
    let chain: TSESTree.Node = parent;
    let negated = false;
    while (chain.parent?.type === 'MemberExpression' && chain.parent.object === chain && staticName(chain.parent.property) === 'not') {
      chain = chain.parent;
      negated = !negated;
    }
    const matcher = chain.parent;
    const call = matcher?.parent;
    if (matcher?.type === 'MemberExpression' && IDENTITY_MATCHERS.has(staticName(matcher.property) ?? '') && call?.type === 'CallExpression' && call.callee === matcher && call.arguments[0]) {
      return { operands: [parent.arguments[0]!, call.arguments[0]], negated };
    }
    return undefined;
  }
  if (callee.type === 'MemberExpression' && IDENTITY_MATCHERS.has(staticName(callee.property) ?? '')) {
    let subject: TSESTree.Node = callee.object;
    let negated = false;
    while (subject.type === 'MemberExpression' && staticName(subject.property) === 'not') {
      subject = subject.object;
      negated = !negated;
    }
    if (subject.type === 'CallExpression' && subject.callee.type === 'Identifier' && subject.callee.name === 'expect' && subject.arguments[0]) return { operands: [subject.arguments[0], parent.arguments[0]!], negated };
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
 * same factory — `const a = getX(); const b = getX(); expect(a).toBe(b)` — or with any other
 * object (`expect(registry.checker).toBe(getX())`, `const m = initX(); expect(current()).toBe(m)`):
 * a test that the getter hands out one instance, shared. Rewritten, it would assert what
 * per-request creators promise not to do; what to test instead is a person's call.
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
    const comparison = identityComparison(appearance);
    if (!comparison) continue;
    const { operands, negated } = comparison;
    const other = operands[0] === appearance ? operands[1] : operands[0];
    const partner = acquisitionAt.get(other);
    if (partner !== undefined) {
      if (partner !== own) return true;
      continue;
    }
    // The same as an object from elsewhere (gemini-cli's `expect(checker).toBe(ConsecaSafetyChecker
    // .getInstance())`, the registry's checker): the test holds that one instance is shared.
    // Different from one (`.not.toBe(previous)`) a per-request instance always is; against `null`
    // or a literal the test asks whether there is one.
    if (!negated && !isPrimitive(other)) return true;
  }
  return false;
}

/** `null`, `undefined`, `void 0`, a number, string, boolean or template: no object to be. */
function isPrimitive(node: TSESTree.Node): boolean {
  const value = node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' ? node.expression : node;
  if (value.type === 'Literal') return !('regex' in value && value.regex);
  if (value.type === 'Identifier') return value.name === 'undefined' || value.name === 'NaN' || value.name === 'Infinity';
  return value.type === 'TemplateLiteral' || value.type === 'UnaryExpression';
}
