import type { TSESTree } from '@typescript-eslint/utils';
import { chainRoot, isFunctionNode, isNullish, patternNames, unwrapExpression, walk } from './walk.js';

/** The Program a node belongs to. */
export function programOf(node: TSESTree.Node): TSESTree.Program | undefined {
  let current = node;
  while (current.parent) current = current.parent;
  return current.type === 'Program' ? current : undefined;
}

/**
 * What a type the file declares itself at its top (exported or not) stands for: `type Name = …`,
 * or an `interface Name { … }`'s members (one extending nothing, declared once).
 */
export function localType(at: TSESTree.Node, name: string): TSESTree.TypeNode | readonly TSESTree.TypeElement[] | undefined {
  let found: TSESTree.TypeNode | readonly TSESTree.TypeElement[] | undefined;
  for (const statement of programOf(at)?.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'TSTypeAliasDeclaration' && declaration.id.name === name && !declaration.typeParameters) return declaration.typeAnnotation;
    if (declaration?.type === 'TSInterfaceDeclaration' && declaration.id.name === name) {
      // Declarations merge: a second one, or an `extends`, may add what is not read here.
      if (found || declaration.extends.length > 0 || declaration.typeParameters) return undefined;
      found = declaration.body.body;
    }
  }
  return found;
}

/** The module's own exports as [exported, local] names: `export function load`, `export const resolve = …`, `export { hook as resolve }`. */
export function exportedNames(program: TSESTree.Program): Array<[string, string]> {
  const names: Array<[string, string]> = [];
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) names.push([declaration.id.name, declaration.id.name]);
    if (declaration?.type === 'VariableDeclaration') for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.push([declarator.id.name, declarator.id.name]);
    for (const specifier of statement.specifiers) {
      if (specifier.local.type === 'Identifier' && specifier.exported.type === 'Identifier') names.push([specifier.exported.name, specifier.local.name]);
    }
  }
  return names;
}

/**
 * The function the file declares at its top under `name` (exported or not): `function name() {}`,
 * `const name = () => …`, `const name = async function () {…}`.
 */
export function localFunction(at: TSESTree.Node, name: string): TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | undefined {
  for (const statement of programOf(at)?.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    const init = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name)?.init;
    if (init) {
      const fn = unwrapExpression(init);
      return isFunctionNode(fn) ? fn : undefined;
    }
  }
  return undefined;
}

// The names each function binds itself, gathered once (a bundle's functions are long, and every
// name a value reads is asked about).
const boundByFunction = new WeakMap<TSESTree.Node, Set<string>>();

/**
 * Whether a function binds `name` itself — a parameter, a `const`, `let` or `var` anywhere in it, a
 * nested function's — so that it is not the module's.
 */
export function bindsInFunction(fn: TSESTree.Node, name: string): boolean {
  if (isFunctionNode(fn) && fn.params.some((param) => patternNames(param).includes(name))) return true;
  let bound = boundByFunction.get(fn);
  if (!bound) {
    const names = new Set<string>();
    walk(isFunctionNode(fn) ? fn.body : fn, (node) => {
      if (node.type === 'VariableDeclarator') for (const declared of patternNames(node.id)) names.add(declared);
    });
    bound = names;
    boundByFunction.set(fn, bound);
  }
  return bound.has(name);
}

/** The declarator of a `let`, `var` or `const` the file declares at its top under `name` (exported or not). */
export function localVariable(at: TSESTree.Node, name: string): TSESTree.VariableDeclarator | undefined {
  for (const statement of programOf(at)?.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    const declarator = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
    if (declarator) return declarator;
  }
  return undefined;
}

/** Whether a target (`x`, `x.y[k]`) starts at a variable the module declares at its top (not an import: a client's `db.delete(…)` changes its server, not the module). */
export function moduleBindingRoot(program: TSESTree.Program, target: TSESTree.Node): boolean {
  const root = chainRoot(target);
  return root.type === 'Identifier' && localVariable(program, root.name) !== undefined;
}

/** Every value the module gives its top-level variable `name`: where it is declared and each assignment, emptying it (`= null`) aside. */
export function valuesGivenTo(program: TSESTree.Program, name: string): TSESTree.Node[] {
  const declarator = localVariable(program, name);
  const values: TSESTree.Node[] = declarator?.init && !isNullish(declarator.init) ? [declarator.init] : [];
  walk(program, (node) => {
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === name && !isNullish(node.right)) values.push(node.right);
  });
  return values;
}

/** The `const` declared under `name` in a block around `at` (the innermost), inside a function. */
export function enclosingConst(at: TSESTree.Node, name: string): TSESTree.VariableDeclarator | undefined {
  for (let node: TSESTree.Node | undefined = at.parent; node && node.type !== 'Program'; node = node.parent) {
    if (node.type !== 'BlockStatement') continue;
    for (const statement of node.body) {
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
      const declarator = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
      if (declarator) return declarator;
    }
  }
  return undefined;
}

/** The variable declared under `name` in a block around `at` (the innermost): a `let` or a destructured one too, as enclosingConst's `const` alone is not. */
export function enclosingDeclaration(at: TSESTree.Node, name: string): TSESTree.VariableDeclarator | undefined {
  for (let node: TSESTree.Node | undefined = at.parent; node && node.type !== 'Program'; node = node.parent) {
    if (node.type !== 'BlockStatement') continue;
    for (const statement of node.body) {
      const declarator = statement.type === 'VariableDeclaration' ? statement.declarations.find((each) => patternNames(each.id).includes(name)) : undefined;
      if (declarator) return declarator;
    }
  }
  return undefined;
}

/** The class the file declares at its top under `name` (exported, default-exported or not). */
export function localClass(at: TSESTree.Node, name: string): TSESTree.ClassDeclaration | undefined {
  for (const statement of programOf(at)?.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'ClassDeclaration' && declaration.id?.name === name) return declaration;
  }
  return undefined;
}

/** The name a type reference ends with: `Engine` of `Engine` and of `engines.Engine`; undefined for `this`. */
export function lastTypeName(name: TSESTree.EntityName): string | undefined {
  return name.type === 'Identifier' ? name.name : name.type === 'TSQualifiedName' ? name.right.name : undefined;
}

/**
 * What a declared type holds once filled: `Gauge` for `Gauge | undefined` or `Gauge | null`;
 * undefined for a union of more than that.
 */
export function filledType(declared: TSESTree.TypeNode | undefined): TSESTree.TypeNode | undefined {
  if (declared?.type !== 'TSUnionType') return declared;
  const filled = declared.types.filter((t) => t.type !== 'TSUndefinedKeyword' && t.type !== 'TSNullKeyword');
  return filled.length === 1 ? filled[0] : undefined;
}

/**
 * What a declared type holds once filled and, for a promise, resolved: `IDBDatabase` for
 * `Promise<IDBDatabase> | undefined`; `ReaderModel` for openpanel's `Promise<ReaderModel | null> |
 * null`, a load that settles to null when the file is missing.
 */
export function resolvedFilledType(declared: TSESTree.TypeNode | undefined): TSESTree.TypeNode | undefined {
  const held = filledType(declared);
  const isPromise = held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && held.typeName.name === 'Promise' && held.typeArguments?.params.length === 1;
  return isPromise ? filledType(held.typeArguments!.params[0]) : held;
}

/**
 * The name a module gives a function at its top level: `function main()`, `export const init =
 * async () => …`, `export default function init(app)`.
 */
export function moduleFunctionName(fn: TSESTree.Node): string | undefined {
  const parent = fn.parent;
  const statement = fn.type === 'FunctionDeclaration' ? parent : parent?.type === 'VariableDeclarator' && parent.init === fn ? parent.parent?.parent : undefined;
  if (statement?.type !== 'Program' && statement?.type !== 'ExportNamedDeclaration' && statement?.type !== 'ExportDefaultDeclaration') return undefined;
  if (fn.type === 'FunctionDeclaration') return fn.id?.name;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}
