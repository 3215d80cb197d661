import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import { declaredVariable } from './bound-names.js';
import { factoryNames, isAccessorGetter, staticGetterMethod, type FactoryRole } from './names.js';
import type { AnalysisInput, SiteVia } from './types.js';
import { dynamicImportSource, importEqualsSource, invocationOf, nodesOfTypes, requireSource, staticName, unwrapExpression } from './walk.js';

type Variable = TSESLint.Scope.Variable;

/** A local name bound to a configured getter, creator or class. */
export interface FactoryBinding {
  readonly role: FactoryRole;
  readonly factory: FactorySpec;
  readonly via: SiteVia;
  readonly localName: string;
  readonly source?: string;
  /** ImportSpecifier, Property (in a require/import() destructuring), or the local declaration. */
  readonly declaration: TSESTree.Node;
  readonly typeOnly: boolean;
  readonly variable?: Variable;
}

/** A local name for a whole module: `import * as ns`, `const m = require(…)`, `const m = await import(…)`. */
export interface NamespaceBinding {
  readonly via: 'namespace' | 'require' | 'dynamic-import';
  readonly localName: string;
  readonly source: string;
  readonly declaration: TSESTree.Node;
  readonly variable?: Variable;
}

/** One use of a configured name, however it was reached. */
export interface FactoryUse {
  readonly role: FactoryRole;
  readonly factory: FactorySpec;
  readonly via: SiteVia;
  readonly source?: string;
  /** The expression naming it: an Identifier, or a MemberExpression `ns.getX`. */
  readonly expression: TSESTree.Node;
  /** The call or `new` it is the callee of, if any. */
  readonly call?: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly binding?: FactoryBinding;
  /** `export { getX } from '…'` */
  readonly reexport?: boolean;
}

export interface FileBindings {
  readonly bindings: readonly FactoryBinding[];
  readonly namespaces: readonly NamespaceBinding[];
  readonly uses: readonly FactoryUse[];
  /** Names of configured classes declared in this file (their own module). */
  readonly localClasses: ReadonlySet<string>;
  /** Getter functions declared in this file (for a static getter, its method), to exclude their own bodies. */
  readonly localGetterDeclarations: readonly TSESTree.Node[];
  /** Creator functions declared in this file: constructing the class is how they work. */
  readonly localCreatorDeclarations: readonly TSESTree.Node[];
  /** Every top-level import/require statement, for edit planning. */
  readonly imports: readonly TSESTree.ImportDeclaration[];
  readonly requires: readonly TSESTree.VariableDeclaration[];
}

/** `module.exports`, `exports.x`, `module.exports.x`: where a CommonJS module puts what it exports. */
function isExportsTarget(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  if (target.type === 'Identifier') return target.name === 'exports';
  if (target.type !== 'MemberExpression') return false;
  const object = unwrapExpression(target.object);
  if (object.type === 'Identifier' && object.name === 'module' && staticName(target.property) === 'exports') return true;
  return isExportsTarget(object);
}

/**
 * The getter's own module exporting its definition, CommonJS or object style: `exports.getX =
 * getX`, `module.exports = { getX }`, `export default { getX }`. Like `export { getX }`, not a use.
 */
function exportsDefinition(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  if (parent?.type === 'AssignmentExpression' && parent.right === identifier) return isExportsTarget(parent.left);
  if (parent?.type !== 'Property' || parent.value !== identifier || parent.parent?.type !== 'ObjectExpression') return false;
  const holder = parent.parent.parent;
  return holder?.type === 'ExportDefaultDeclaration' || (holder?.type === 'AssignmentExpression' && holder.right === parent.parent && isExportsTarget(holder.left));
}

/** `X.getInstance`, where `classRef` names the class X and the factory's getter is its static `getInstance`: that member expression. */
function staticGetterOf(classRef: TSESTree.Node, factory: FactorySpec): TSESTree.MemberExpression | undefined {
  const method = staticGetterMethod(factory);
  const member = classRef.parent;
  if (method === undefined || member?.type !== 'MemberExpression' || member.object !== classRef || member.computed) return undefined;
  return staticName(member.property) === method ? member : undefined;
}

/**
 * Finds every binding of a configured name and every use of it, through named, aliased,
 * namespace, `require` and `import()` forms, with scope analysis deciding what a name refers
 * to — a parameter called `getAgentInstanceFactory` is not the import.
 */
export function collectBindings(input: AnalysisInput, config: ResolvedConfig): FileBindings {
  const { byName } = factoryNames(config);
  const bindings: FactoryBinding[] = [];
  const namespaces: NamespaceBinding[] = [];
  const uses: FactoryUse[] = [];
  const localClasses = new Set<string>();
  const localGetterDeclarations: TSESTree.Node[] = [];
  const localCreatorDeclarations: TSESTree.Node[] = [];
  const imports: TSESTree.ImportDeclaration[] = [];
  const requires: TSESTree.VariableDeclaration[] = [];
  const directMembers: TSESTree.MemberExpression[] = [];
  const localStaticGetterClasses: Array<{ variable: Variable; factory: FactorySpec }> = [];

  const addBinding = (binding: Omit<FactoryBinding, 'variable'>) => {
    const variable = declaredVariable(input, binding.declaration.type === 'Property' ? binding.declaration.value : binding.declaration, binding.localName);
    bindings.push(variable ? { ...binding, variable } : binding);
  };

  const addDestructured = (declarator: TSESTree.VariableDeclarator, pattern: TSESTree.ObjectPattern, via: SiteVia, source: string) => {
    for (const property of pattern.properties) {
      if (property.type !== 'Property') continue;
      const imported = staticName(property.key);
      const info = imported ? byName.get(imported) : undefined;
      if (!info) continue;
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (value.type !== 'Identifier') continue;
      const variable = declaredVariable(input, declarator, value.name);
      const binding: FactoryBinding = {
        role: info.role, factory: info.factory, via: via === 'require' || via === 'dynamic-import' ? via : value.name === imported ? 'named' : 'aliased',
        localName: value.name, source, declaration: property, typeOnly: false, ...(variable ? { variable } : {}),
      };
      bindings.push(binding);
    }
  };

  const relevant = nodesOfTypes(input.ast, ['ImportDeclaration', 'TSImportEqualsDeclaration', 'VariableDeclarator', 'FunctionDeclaration', 'ClassDeclaration', 'ExportNamedDeclaration', 'MemberExpression']);
  for (const node of relevant) {
    switch (node.type) {
      case 'TSImportEqualsDeclaration': {
        // `import ns = require('./factory')`: TypeScript's CommonJS import, a namespace.
        const source = importEqualsSource(node);
        if (node.importKind === 'type' || source === undefined) break;
        const variable = declaredVariable(input, node, node.id.name);
        namespaces.push({ via: 'require', localName: node.id.name, source, declaration: node, ...(variable ? { variable } : {}) });
        break;
      }
      case 'ImportDeclaration': {
        if (node.parent?.type === 'Program') imports.push(node);
        const source = node.source.value;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportNamespaceSpecifier') {
            if (node.importKind === 'type') continue;
            const variable = declaredVariable(input, specifier, specifier.local.name);
            namespaces.push({ via: 'namespace', localName: specifier.local.name, source, declaration: specifier, ...(variable ? { variable } : {}) });
            continue;
          }
          if (specifier.type === 'ImportDefaultSpecifier') {
            // A default import is only known by the name it is given here: under the getter's or
            // the class's own name, it is that getter or class; under another name it may be the
            // module object (a CommonJS module under esModuleInterop), so `x.getX()` is the getter
            // just as through a namespace.
            const info = byName.get(specifier.local.name);
            if (!info) {
              if (node.importKind === 'type') continue;
              const variable = declaredVariable(input, specifier, specifier.local.name);
              namespaces.push({ via: 'namespace', localName: specifier.local.name, source, declaration: specifier, ...(variable ? { variable } : {}) });
              continue;
            }
            if (info.role === 'creator') continue;
            addBinding({ role: info.role, factory: info.factory, via: 'default', localName: specifier.local.name, source, declaration: specifier, typeOnly: node.importKind === 'type' });
            continue;
          }
          if (specifier.type !== 'ImportSpecifier') continue;
          const imported = staticName(specifier.imported);
          const info = imported ? byName.get(imported) : undefined;
          if (!info) continue;
          addBinding({
            role: info.role, factory: info.factory, via: specifier.local.name === imported ? 'named' : 'aliased', localName: specifier.local.name,
            source, declaration: specifier, typeOnly: node.importKind === 'type' || specifier.importKind === 'type',
          });
        }
        break;
      }
      case 'VariableDeclarator': {
        const init = node.init;
        const fromRequire = requireSource(init);
        const fromImport = fromRequire === undefined ? dynamicImportSource(init) : undefined;
        const source = fromRequire ?? fromImport;
        if (source !== undefined) {
          const via = fromRequire !== undefined ? 'require' : 'dynamic-import';
          if (fromRequire !== undefined && node.parent?.parent?.type === 'Program') requires.push(node.parent as TSESTree.VariableDeclaration);
          if (node.id.type === 'ObjectPattern') addDestructured(node, node.id, via, source);
          else if (node.id.type === 'Identifier') {
            const variable = declaredVariable(input, node, node.id.name);
            namespaces.push({ via, localName: node.id.name, source, declaration: node, ...(variable ? { variable } : {}) });
          }
          break;
        }
        // const getX = () => …  (the getter defined here, at module level)
        const topLevel = node.parent?.parent?.type === 'Program' || node.parent?.parent?.type === 'ExportNamedDeclaration';
        if (!topLevel) break;
        const info = node.id.type === 'Identifier' ? byName.get(node.id.name) : undefined;
        const isFunction = init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression';
        // … or the instance it exports, configured as an accessor (`export const agentManager = new AgentManager()`).
        if (node.id.type === 'Identifier' && info?.role === 'getter' && init && (isFunction || isAccessorGetter(info.factory))) {
          localGetterDeclarations.push(node);
          addBinding({ role: 'getter', factory: info.factory, via: 'local', localName: node.id.name, declaration: node, typeOnly: false });
        } else if (node.id.type === 'Identifier' && info?.role === 'creator') {
          if (isFunction) localCreatorDeclarations.push(node);
          addBinding({ role: 'creator', factory: info.factory, via: 'local', localName: node.id.name, declaration: node, typeOnly: false });
        }
        break;
      }
      case 'FunctionDeclaration': {
        const name = node.id?.name;
        const info = name ? byName.get(name) : undefined;
        if (!name || !info || info.role === 'class') break;
        if (node.parent?.type !== 'Program' && node.parent?.type !== 'ExportNamedDeclaration' && node.parent?.type !== 'ExportDefaultDeclaration') break;
        if (info.role === 'getter') localGetterDeclarations.push(node);
        else localCreatorDeclarations.push(node);
        addBinding({ role: info.role, factory: info.factory, via: 'local', localName: name, declaration: node, typeOnly: false });
        break;
      }
      case 'ClassDeclaration': {
        const name = node.id?.name;
        const info = name ? byName.get(name) : undefined;
        if (!name || info?.role !== 'class') break;
        localClasses.add(name);
        // The class's own module: its static getter is declared here, and `X.getInstance()`
        // elsewhere in the module is a use like a local getter function's call.
        const method = staticGetterMethod(info.factory);
        const getter = method === undefined ? undefined : node.body.body.find((m) => m.type === 'MethodDefinition' && m.static && !m.computed && staticName(m.key) === method);
        if (!getter) break;
        localGetterDeclarations.push(getter);
        // The module's binding and the class body's own (which references inside the class resolve to).
        for (const variable of input.scopeManager?.getDeclaredVariables(node) ?? []) {
          if (variable.name === name) localStaticGetterClasses.push({ variable, factory: info.factory });
        }
        break;
      }
      case 'ExportNamedDeclaration': {
        if (!node.source) break;
        for (const specifier of node.specifiers) {
          const local = staticName(specifier.local);
          const info = local ? byName.get(local) : undefined;
          if (info?.role === 'getter' && node.exportKind !== 'type') {
            uses.push({ role: 'getter', factory: info.factory, via: 'named', source: node.source.value, expression: specifier, reexport: true });
          }
        }
        break;
      }
      case 'MemberExpression': {
        const name = staticName(node.property);
        if (!name || !byName.has(name)) break;
        const object = unwrapExpression(node.object);
        if (requireSource(object) !== undefined || dynamicImportSource(object) !== undefined) directMembers.push(node);
        break;
      }
      default:
        break;
    }
  }

  const push = (binding: Pick<FactoryBinding, 'role' | 'factory' | 'via' | 'source'>, expression: TSESTree.Node, owner?: FactoryBinding) => {
    // An accessor is invoked by reading it: `ToolRegistry.instance` is the acquisition, whatever follows.
    const call = binding.role === 'getter' && isAccessorGetter(binding.factory) ? undefined : invocationOf(expression);
    uses.push({
      role: binding.role, factory: binding.factory, via: binding.via, expression,
      ...(binding.source !== undefined ? { source: binding.source } : {}),
      ...(call ? { call } : {}),
      ...(owner ? { binding: owner } : {}),
    });
  };

  for (const binding of bindings) {
    if (!binding.variable || binding.typeOnly) continue;
    for (const reference of binding.variable.references) {
      if (reference.init || !reference.isValueReference) continue;
      const identifier = reference.identifier as TSESTree.Node;
      // `ReturnType<typeof getX>` names the getter's type, not a factory acquisition.
      if (identifier.parent?.type === 'TSTypeQuery') continue;
      // `export { getX }` in the getter's own module exports the definition; it is not a use.
      if (binding.via === 'local' && identifier.parent?.type === 'ExportSpecifier') continue;
      if (binding.via === 'local' && identifier.parent?.type === 'ExportDefaultDeclaration') continue;
      if (binding.via === 'local' && exportsDefinition(identifier)) continue;
      // `import { getX } from './f'; export { getX };` re-exports the getter like `export … from`.
      if (binding.role === 'getter' && identifier.parent?.type === 'ExportSpecifier') {
        push(binding, identifier.parent, binding);
        continue;
      }
      // `QueueManager.getInstance()` with the getter configured as `QueueManager.getInstance`.
      const member = binding.role === 'class' ? staticGetterOf(identifier, binding.factory) : undefined;
      if (member) {
        push({ ...binding, role: 'getter' }, member, binding);
        continue;
      }
      push(binding, identifier, binding);
    }
  }

  for (const { variable, factory } of localStaticGetterClasses) {
    for (const reference of variable.references) {
      const member = staticGetterOf(reference.identifier as TSESTree.Node, factory);
      if (member) push({ role: 'getter', factory, via: 'local' }, member);
    }
  }

  for (const namespace of namespaces) {
    if (!namespace.variable) continue;
    for (const reference of namespace.variable.references) {
      if (reference.init || !reference.isValueReference) continue;
      const member = reference.identifier.parent;
      if (!member || member.type !== 'MemberExpression' || member.object !== reference.identifier) continue;
      const name = staticName(member.property);
      const info = name ? byName.get(name) : undefined;
      if (!info) continue;
      // `ns.QueueManager.getInstance()`: the class's static getter, reached through the namespace.
      const outer = info.role === 'class' ? staticGetterOf(member, info.factory) : undefined;
      if (outer) {
        push({ role: 'getter', factory: info.factory, via: namespace.via, source: namespace.source }, outer);
        continue;
      }
      push({ role: info.role, factory: info.factory, via: namespace.via, source: namespace.source }, member);
    }
  }

  for (const member of directMembers) {
    const info = byName.get(staticName(member.property)!)!;
    const object = unwrapExpression(member.object);
    const fromRequire = requireSource(object);
    push({ role: info.role, factory: info.factory, via: fromRequire !== undefined ? 'require' : 'dynamic-import', source: fromRequire ?? dynamicImportSource(object)! }, member);
  }

  // Names used but declared nowhere (ambient globals, test globals): still the configured names.
  const globalScope = input.scopeManager?.globalScope;
  if (globalScope) {
    for (const reference of globalScope.through) {
      const name = reference.identifier.name;
      const info = byName.get(name);
      if (!info || !reference.isValueReference) continue;
      if (reference.resolved && reference.resolved.defs.length > 0) continue;
      if (reference.identifier.parent?.type === 'TSTypeQuery') continue;
      push({ role: info.role, factory: info.factory, via: 'named' }, reference.identifier as TSESTree.Node);
    }
  }

  return { bindings, namespaces, uses, localClasses, localGetterDeclarations, localCreatorDeclarations, imports, requires };
}
