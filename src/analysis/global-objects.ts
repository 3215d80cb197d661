import type { TSESTree } from '@typescript-eslint/utils';
import { PAGE_GLOBAL_OBJECTS } from './browser-only.js';
import { constantInit, declaredLocally, resolvedVariable } from './bound-names.js';
import type { AnalysisInput } from './types.js';
import { calleeText, enclosingFunction, isFunctionNode, staticName, unwrapExpression } from './walk.js';

// The global object and its members: where a global cache (`globalThis.prisma ??= …`) keeps what it holds.

/** Global objects a cache can hang off. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global', 'window', 'self']);

/** `PlatformTools.getGlobalVariable()`, `getGlobalObject()`, `getGlobalThis()`: a function named for handing out the global object (a pattern the prefilter shares). */
export const GLOBAL_GETTER_NAME = String.raw`getGlobal(?:Variable|Object|This|Scope)?`;
const GLOBAL_GETTER = new RegExp(`^${GLOBAL_GETTER_NAME}$`);

/**
 * The global object as `node` names it: `globalThis`, `global`, `window`, `self` (not a local of
 * that name), or a constant bound to one of them — `const g = globalThis as any`, typeorm's
 * `const globalScope = PlatformTools.getGlobalVariable()`. Returns its name for messages.
 */
export function globalObjectName(input: AnalysisInput, node: TSESTree.Node): string | undefined {
  const object = unwrapExpression(node);
  if (object.type !== 'Identifier') return undefined;
  const variable = resolvedVariable(input, object);
  // `(self) => { self.message = … }`: a local named like a global object is not one.
  if (GLOBAL_OBJECTS.has(object.name) && !declaredLocally(input, object)) return object.name;
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  if (!init || (def.node as TSESTree.VariableDeclarator).id !== def.name) return undefined;
  const value = unwrapExpression(init);
  // An alias of a page's global object is still the page's (`const w = window as any`).
  if (value.type === 'Identifier' && GLOBAL_OBJECTS.has(value.name) && !declaredLocally(input, value)) return PAGE_GLOBAL_OBJECTS.has(value.name) ? value.name : 'globalThis';
  if (value.type === 'CallExpression' && GLOBAL_GETTER.test(calleeText(value.callee)?.split('.').pop() ?? '')) return 'globalThis';
  return undefined;
}

/**
 * Which member of the global object `node` is, when it is one: the object as named (`globalThis`,
 * `global`; `globalThis` for an alias such as `const g = globalThis as any`) and the slot —
 * `.prisma` for `globalThis.prisma` and for `globalThis[PRISMA]` with `const PRISMA = 'prisma'`;
 * `[CLICKHOUSE]` for a key imported (umami's), named as written; `[…]` for one computed otherwise.
 */
export function globalMember(node: TSESTree.Node, input: AnalysisInput): { object: string; slot: string } | undefined {
  const member = unwrapExpression(node);
  if (member.type !== 'MemberExpression') return undefined;
  const object = globalObjectName(input, member.object);
  if (object === undefined) return undefined;
  const computedName = member.computed && member.property.type === 'Identifier' ? member.property.name : undefined;
  const key = staticName(computedName === undefined ? member.property : constantInit(input, member.property));
  return { object, slot: key ? `.${key}` : computedName === undefined ? '[…]' : `[${computedName}]` };
}

/** The slot of the global object's member `node` is (see globalMember), to compare with a holder's. */
export const globalMemberSlot = (node: TSESTree.Node, input: AnalysisInput): string | undefined => globalMember(node, input)?.slot;

/** The slot of a global-cache holder's name (`globalThis.prisma` → `.prisma`), to compare with `globalMemberSlot`. */
export const slotOfHolderName = (name: string): string => name.slice(name.search(/[.[]/));

/**
 * The class whose constructor runs `node`, when it does (arrows inside it included: their `this`
 * is the constructor's): kuzzle's `constructor() { global.kuzzle = this; }` keeps its one instance
 * on the global object, where every module reads it.
 */
export function constructingClass(node: TSESTree.Node): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current) || current.type === 'ArrowFunctionExpression') continue;
    const method = current.parent;
    if (method?.type !== 'MethodDefinition' || method.kind !== 'constructor') return undefined;
    const owner = method.parent?.parent;
    if (owner?.type !== 'ClassDeclaration' && owner?.type !== 'ClassExpression') return undefined;
    return owner.id?.name ?? (owner.parent?.type === 'VariableDeclarator' && owner.parent.id.type === 'Identifier' ? owner.parent.id.name : undefined);
  }
  return undefined;
}

/**
 * The value a global cache is given, through a constant: umami's `globalThis[PRISMA] ??=
 * baseClient` after `const baseClient = new PrismaClient(…)`, the Prisma docs'
 * `globalForPrisma.prisma = prisma` after `export const prisma = globalForPrisma.prisma || new PrismaClient()`.
 */
export function cachedValue(value: TSESTree.Node, input: AnalysisInput): TSESTree.Node {
  return constantInit(input, value) ?? value;
}

/**
 * The type the file declares for a slot of the global object, when it declares one: in `declare
 * global { var __bundleCache: Map<string, CachedBundle> | undefined }` (llamacoder's preview
 * bundler), a top-level `declare var`, or the type an alias of the global object is cast to
 * (`const g = globalThis as unknown as { prisma: PrismaClient | undefined }`). What the slot holds
 * is read from it as from a variable's annotation.
 */
export function declaredGlobalType(input: AnalysisInput, member: TSESTree.Node): TSESTree.TypeNode | undefined {
  const target = unwrapExpression(member);
  if (target.type !== 'MemberExpression') return undefined;
  const slot = staticName(target.computed && target.property.type === 'Identifier' ? constantInit(input, target.property) : target.property);
  if (slot === undefined) return undefined;
  const castType = aliasCastType(input, target.object);
  if (castType?.type === 'TSTypeLiteral') {
    for (const element of castType.members) {
      if (element.type === 'TSPropertySignature' && staticName(element.key) === slot) return element.typeAnnotation?.typeAnnotation;
    }
  }
  for (const statement of input.ast.body) {
    const declarations = statement.type === 'VariableDeclaration' && statement.declare ? [statement]
      : statement.type === 'TSModuleDeclaration' && statement.kind === 'global' && statement.body?.type === 'TSModuleBlock'
        ? statement.body.body.filter((inner): inner is TSESTree.VariableDeclaration => inner.type === 'VariableDeclaration')
        : [];
    for (const declaration of declarations) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === 'Identifier' && declarator.id.name === slot) return declarator.id.typeAnnotation?.typeAnnotation;
      }
    }
  }
  return undefined;
}

/**
 * The type a function declares it returns, when it returns what `assignment` stores in a slot of
 * the global object: mikro-orm's `static get REGISTRY(): Map<AnyEntity, EntitySchema> { return
 * ((globalThis as any)[key] ??= new Map()); }`. What the slot holds is what the function hands out.
 */
export function returnedAsDeclared(assignment: TSESTree.AssignmentExpression): TSESTree.TypeNode | undefined {
  let current: TSESTree.Node = assignment;
  while (current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSNonNullExpression' || current.parent.type === 'TSSatisfiesExpression')) current = current.parent;
  const owner = current.parent;
  const fn = owner?.type === 'ReturnStatement' ? enclosingFunction(owner) : owner?.type === 'ArrowFunctionExpression' && owner.body === current ? owner : undefined;
  return fn?.returnType?.typeAnnotation;
}

/** What a constant alias of the global object is cast to last: `{ prisma: … }` in `globalThis as unknown as { prisma: … }`. */
function aliasCastType(input: AnalysisInput, object: TSESTree.Node): TSESTree.TypeNode | undefined {
  if (object.type !== 'Identifier') return undefined;
  const init = constantInit(input, object);
  return init?.type === 'TSAsExpression' || init?.type === 'TSTypeAssertion' ? init.typeAnnotation : undefined;
}
