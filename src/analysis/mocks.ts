import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import { appearancesOf } from './identity-checks.js';
import { lastTypeName } from './local-types.js';
import { staticGetterMethod } from './names.js';
import type { AnalysisInput, FactorySite } from './types.js';
import { contains, isTypeWrapper, nodesOfTypes, staticName, unwrapExpression, valueExpressionOf } from './walk.js';

/**
 * Test doubles that name a getter or the class as a string or an object key — `jest.spyOn(module,
 * 'getX')`, `sinon.stub(module, 'getX')`, `jest.mock('./factory', () => ({ getX: jest.fn() }))`.
 * They are not calls, so no rewrite touches them, yet once the code calls the creator they
 * silently stop intercepting it (or leave the creator `undefined` inside a mocked module): the
 * tests compile and then fail, far from the cause. They are sites that only a person can move.
 */

// `jest.spyOn`, `vi.spyOn`, `spyOn` (jasmine), `sinon.stub`, `sinon.spy`, `sandbox.stub`, `td.replace`.
const SPY_METHODS = new Set(['spyOn', 'stub', 'spy', 'replace']);
// `jest.mock(path, factory)`, `vi.mock`, `jest.doMock`, `vi.doMock`, `jest.unstable_mockModule`, `jest.setMock(path, exports)`.
const MODULE_MOCKS = new Set(['mock', 'doMock', 'unstable_mockModule', 'setMock']);

function calleeName(callee: TSESTree.Node): string | undefined {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return node.computed ? stringValue(node.property) : staticName(node.property);
  return undefined;
}

/** A string literal's value (`'getX'`, `` `getX` ``), or undefined for anything else. */
function stringValue(node: TSESTree.Node | undefined): string | undefined {
  return node && (node.type === 'Literal' || node.type === 'TemplateLiteral') ? staticName(node) : undefined;
}

export function mockSites(ast: TSESTree.Program, config: ResolvedConfig): FactorySite[] {
  const byName = new Map<string, { factory: FactorySpec; kind: 'getter-mock' | 'class-mock' }>();
  // Class name → its static getter (`QueueManager.getInstance`), doubled as `spyOn(QueueManager, 'getInstance')`
  // or as `{ QueueManager: { getInstance: … } }` in a module mock.
  const staticGetters = new Map<string, { factory: FactorySpec; method: string }>();
  for (const factory of config.factories) {
    byName.set(factory.getter, { factory, kind: 'getter-mock' });
    byName.set(factory.class, { factory, kind: 'class-mock' });
    const method = staticGetterMethod(factory);
    if (method !== undefined) staticGetters.set(factory.class, { factory, method });
  }
  const staticGetterKey = (className: string | undefined, value: TSESTree.Node) => {
    const getter = className === undefined ? undefined : staticGetters.get(className);
    const object = unwrapExpression(value);
    if (!getter || object.type !== 'ObjectExpression') return undefined;
    const property = object.properties.find((p): p is TSESTree.Property => p.type === 'Property' && (p.computed ? stringValue(p.key) : staticName(p.key)) === getter.method);
    return property ? { factory: getter.factory, node: property.key } : undefined;
  };
  const sites: FactorySite[] = [];
  const nodes = nodesOfTypes(ast, ['CallExpression', 'Property']);
  const properties = nodes.filter((n): n is TSESTree.Property => n.type === 'Property');
  for (const node of nodes) {
    if (node.type !== 'CallExpression') continue;
    const name = calleeName(node.callee);
    if (name !== undefined && SPY_METHODS.has(name)) {
      const [owner, target] = node.arguments;
      const named = byName.get(stringValue(target) ?? '');
      const ownerNode = owner && unwrapExpression(owner);
      const staticGetter = ownerNode?.type === 'Identifier' ? staticGetters.get(ownerNode.name) : undefined;
      if (named && target) sites.push({ kind: named.kind, node: target, factory: named.factory, via: 'named' });
      else if (staticGetter && target && stringValue(target) === staticGetter.method) sites.push({ kind: 'getter-mock', node: target, factory: staticGetter.factory, via: 'named' });
    } else if (name !== undefined && MODULE_MOCKS.has(name) && node.callee.type === 'MemberExpression' && node.arguments.length >= 2) {
      const exports = node.arguments[1]!;
      for (const property of properties) {
        if (!contains(exports, property) || property.parent?.type !== 'ObjectExpression') continue;
        const key = property.computed ? stringValue(property.key) : staticName(property.key);
        const named = byName.get(key ?? '');
        const getterKey = named?.kind === 'class-mock' ? staticGetterKey(key, property.value) : undefined;
        if (getterKey) sites.push({ kind: 'getter-mock', node: getterKey.node, factory: getterKey.factory, via: 'named' });
        else if (named) sites.push({ kind: named.kind, node: property.key, factory: named.factory, via: 'named' });
      }
    }
  }
  return sites;
}

// Methods that configure or inspect a mock function: jest/vitest (`mockReturnValue`, `mock.calls`…)
// and sinon (`returns`, `resolves`, `callsFake`…).
const MOCK_METHOD = /^(?:mock[A-Z]\w*|mock|returns|resolves|rejects|callsFake|withArgs|throws)$/;
// Type names a getter is cast to when a test drives it: `jest.Mock`, `MockedFunction`, `SinonStub`.
const MOCK_TYPE = /(?:Mock|Mocked\w*|Stub|Spy\w*)$/;

function castToMock(node: TSESTree.Node): boolean {
  if (node.type !== 'TSAsExpression' && node.type !== 'TSTypeAssertion') return false;
  const type = node.typeAnnotation;
  if (type.type !== 'TSTypeReference') return false;
  const name = lastTypeName(type.typeName) ?? '';
  return MOCK_TYPE.test(name);
}

/**
 * A reference to the getter that drives or inspects a test double of it: `(getX as jest.Mock)
 * .mockReturnValue(…)`, `jest.mocked(getX)`, `getX.mockResolvedValue(…)`, `expect(getX)`. The
 * module is mocked elsewhere; once the code calls the creator, these configure nothing.
 */
export function isTestDoubleUse(reference: TSESTree.Node): boolean {
  return drivesTestDouble(reference) || expectedOf(reference);
}

/** `expect(x)`, through type wrappers: x is what a test asserts on (a getter so asserted on is a double). */
const expectedOf = (reference: TSESTree.Node): boolean => expectCallOf(reference) !== undefined;

/** The `expect(x)` call that x, through type wrappers, is the subject of. */
function expectCallOf(reference: TSESTree.Node): TSESTree.CallExpression | undefined {
  let node = reference;
  while (node.parent && isTypeWrapper(node.parent)) node = node.parent;
  const call = node.parent;
  return call?.type === 'CallExpression' && call.arguments[0] === node && calleeName(call.callee) === 'expect' ? call : undefined;
}

/** `(x as jest.Mock)…`, `x.mockReturnValue(…)`, `jest.mocked(x)`: x is a test double, configured or inspected. */
function drivesTestDouble(reference: TSESTree.Node): boolean {
  let node = reference;
  while (node.parent && isTypeWrapper(node.parent)) {
    if (castToMock(node.parent)) return true;
    node = node.parent;
  }
  const parent = node.parent;
  if (parent?.type === 'MemberExpression' && parent.object === node) {
    const name = staticName(parent.property);
    return name !== undefined && MOCK_METHOD.test(name);
  }
  return parent?.type === 'CallExpression' && parent.arguments[0] === node && calleeName(parent.callee) === 'mocked';
}

/**
 * Whether what a getter call hands out is spied on or stubbed — `vi.spyOn(getX(), 'abort')`, or
 * `const x = getX(); sinon.stub(x, 'run')` — or a double of one of its methods is driven or read
 * (`vi.mocked(getX().deleteChain)`, continue's; `getX().run.mockResolvedValue(…)`): the test
 * reaches the code under test through the one instance they share. Rewritten, the double would sit
 * on an instance of the test's own, which the code never sees; the test would still pass its
 * set-up and then miss every call (chat-ui's stop-generating test).
 */
export function spiedOn(site: FactorySite, input: AnalysisInput): boolean {
  if (site.kind !== 'getter-call') return false;
  return appearancesOf(valueExpressionOf(site.node), input).some((appearance) => {
    const call = appearance.parent;
    if (call?.type === 'CallExpression' && call.arguments[0] === appearance && call.arguments.length >= 2) {
      const name = calleeName(call.callee);
      if (name !== undefined && SPY_METHODS.has(name)) return true;
    }
    const member = valueExpressionOf(appearance).parent;
    // An assertion on a value read off it (`expect(getX().name)`) drives no double; one on how a
    // method was called (`expect(tunnelManager.start).toHaveBeenCalledWith(…)`, DorkOS' tunnel
    // route tests) reads the double off it.
    return member?.type === 'MemberExpression' && member.object === valueExpressionOf(appearance) && (drivesTestDouble(member) || assertedCalled(member));
  });
}

// Matchers that only a mock function satisfies: jest's and vitest's (`toHaveBeenCalledWith`,
// `toBeCalledTimes`, `toHaveReturnedWith`…) and jasmine's older names (`lastCalledWith`).
const CALL_MATCHER = /^(?:toHaveBeenCalled\w*|toBeCalled\w*|toHaveBeenLastCalledWith|toHaveBeenNthCalledWith|toHaveReturned\w*|toReturn\w*|lastCalledWith|nthCalledWith|toHaveBeenCalledOnceWith)$/;

/** `expect(x.start).toHaveBeenCalledWith(…)`, `.not.toHaveBeenCalled()`, `.resolves…` aside: x.start is asserted to be a called double. */
function assertedCalled(member: TSESTree.Node): boolean {
  let node: TSESTree.Node | undefined = expectCallOf(member);
  while (node?.parent?.type === 'MemberExpression' && node.parent.object === node) {
    const name = staticName(node.parent.property);
    if (name !== undefined && CALL_MATCHER.test(name)) return true;
    if (name !== 'not') return false;
    node = node.parent;
  }
  return false;
}
