import type { TSESTree } from '@typescript-eslint/utils';
import type { FileBindings } from './bindings.js';
import type { CreatorCall, FactorySite } from './types.js';
import type { FactorySpec } from '../config/index.js';
import { isTestDoubleUse } from './mocks.js';
import { isAccessorGetter } from './names.js';
import { contains, isWriteTarget, unwrapExpression } from './walk.js';

function inside(node: TSESTree.Node, containers: readonly TSESTree.Node[]): boolean {
  return containers.some((c) => contains(c, node));
}

/**
 * `ToolRegistry.instance`, or an exported instance's `agentManager` (`ns.agentManager`), with the
 * getter configured as an accessor: reading it hands out the instance as a call would. Writing it
 * (`X.instance = …`, `delete X.instance`) or a test double's use is no acquisition.
 */
function isAccessorRead(expression: TSESTree.Node, factory: FactorySpec): boolean {
  if (!isAccessorGetter(factory) || (expression.type !== 'MemberExpression' && expression.type !== 'Identifier') || isWriteTarget(expression)) return false;
  // `expect(getX)` inspects a mocked function; `expect(X.shared)` inspects what the read handed out.
  const parent = expression.parent;
  const expected = parent?.type === 'CallExpression' && parent.arguments[0] === expression && parent.callee.type === 'Identifier' && parent.callee.name === 'expect';
  return expected || !isTestDoubleUse(expression);
}

export function sitesFromBindings(file: FileBindings): FactorySite[] {
  const sites: FactorySite[] = [];
  for (const use of file.uses) {
    const source = use.source !== undefined ? { source: use.source } : {};
    if (use.role === 'getter') {
      if (inside(use.expression, file.localGetterDeclarations)) continue;
      if (use.call && use.call.type === 'CallExpression') sites.push({ kind: 'getter-call', node: use.call, factory: use.factory, via: use.via, ...source });
      else if (isAccessorRead(use.expression, use.factory)) sites.push({ kind: 'getter-call', node: use.expression, factory: use.factory, via: use.via, ...source });
      else sites.push({ kind: isTestDoubleUse(use.expression) ? 'getter-mock' : 'getter-reference', node: use.expression, factory: use.factory, via: use.via, ...source });
    } else if (use.role === 'class') {
      // Constructing the class is how its own module and a creator declared here implement the
      // creator (rewriting it there would make the creator call itself). Inside the legacy
      // getter's own body it is the singleton itself, which `--remove-legacy` replaces: making it
      // `creator(ctx)` would cache the first caller's factory for everyone.
      const implementation = file.localClasses.has(use.factory.class) || inside(use.expression, file.localCreatorDeclarations) || inside(use.expression, file.localGetterDeclarations);
      if (use.call?.type === 'NewExpression' && !implementation) {
        sites.push({ kind: 'construction', node: use.call, factory: use.factory, via: use.via, ...source });
      }
    }
  }
  return sites.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

const PLACEHOLDER_IDENTIFIERS = new Set(['undefined', 'NaN']);

/** `undefined`, `null`, `{}`, a string literal, `void 0`: an argument that is no user context. */
export function isPlaceholderContext(node: TSESTree.Node): boolean {
  const arg = unwrapExpression(node);
  switch (arg.type) {
    case 'Identifier':
      return PLACEHOLDER_IDENTIFIERS.has(arg.name);
    case 'Literal':
      return arg.value === null || typeof arg.value === 'string' || typeof arg.value === 'number' || typeof arg.value === 'boolean';
    case 'TemplateLiteral':
      return arg.expressions.length === 0;
    case 'ObjectExpression':
      return arg.properties.length === 0;
    case 'ArrayExpression':
      return arg.elements.length === 0;
    case 'UnaryExpression':
      return arg.operator === 'void';
    default:
      return false;
  }
}

export function creatorCallsFromBindings(file: FileBindings): CreatorCall[] {
  const calls: CreatorCall[] = [];
  for (const use of file.uses) {
    if (use.role !== 'creator' || use.call?.type !== 'CallExpression') continue;
    const first = use.call.arguments[0];
    const problem = !first || first.type === 'SpreadElement' ? (first ? undefined : 'missing-context') : isPlaceholderContext(first) ? 'placeholder-context' : undefined;
    calls.push({ node: use.call, factory: use.factory, ...(problem ? { problem } : {}) });
  }
  return calls.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
