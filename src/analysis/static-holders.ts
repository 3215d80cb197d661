import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { constructsValues, holdsModule, holdsValues } from './holds-values.js';
import { DATA_CONSTRUCTOR, isNoOpClass, producerName, producesObject } from './produces-object.js';
import { madeWithOwnCredentials } from './credentialed-clients.js';
import { fillSourceOf } from './own-configuration.js';
import { allowed, sharedByDesign } from './shared-by-design.js';
import type { HolderFinding } from './types.js';
import { calleeText, isFunctionNode, isNullish, isPrimitiveLiteral, staticName, unwrapExpression, walk, writingFunction } from './walk.js';

// A class's static fields that keep an instance: `static instance = new X()`, `X.instance ??= new X()`.

/**
 * `constructor() { if (X.instance) return X.instance; X.instance = this; }`: the constructor keeps
 * the first instance and hands it to every later `new X()` — a static holder filled with `this`.
 */
function keepsConstructedInstance(assignment: TSESTree.AssignmentExpression, classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
  if (unwrapExpression(assignment.right).type !== 'ThisExpression') return false;
  let fn: TSESTree.Node | undefined = assignment.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const method = fn?.parent;
  return method?.type === 'MethodDefinition' && method.kind === 'constructor' && method.parent === classNode.body;
}

/**
 * What a class calls the one instance of itself it keeps: `instance`, `_instance`, `INSTANCE`,
 * `shared`, `defaultInstance`. Not `DEFAULT`: `static readonly DEFAULT = new Limits()` is a value.
 */
const INSTANCE_NAME = /^[_$#]*(?:(?:default|shared|global)?instance|singleton|shared)$/i;
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** What a class calls a member that is a value of it: `static empty = new MongoDBResponse(bytes)`, `static zero`. */
const VALUE_MEMBER_NAME = /^(?:empty|none|zero|nil|null|unit|identity|unknown|origin)$/i;

/**
 * An argument fixed in the source: a literal, a list or a record of them, a member of an enum or a
 * class (`ReadPreferenceMode.primary`, not `config.primary`), a constant (`DEFAULT_MODE`), bytes
 * written out (`new Uint8Array([13, 0, 0, 0])`).
 */
function isConstantArgument(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  switch (expr.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return expr.expressions.length === 0;
    case 'UnaryExpression':
      return isConstantArgument(expr.argument);
    case 'Identifier':
      return CONSTANT_NAME.test(expr.name) || expr.name === 'undefined';
    case 'MemberExpression': {
      let root: TSESTree.Node = expr;
      while (root.type === 'MemberExpression' && !root.computed) root = unwrapExpression(root.object);
      return root.type === 'Identifier' && /^[A-Z]/.test(root.name);
    }
    case 'ArrayExpression':
      return expr.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isConstantArgument(element));
    case 'ObjectExpression':
      return expr.properties.every((property) => property.type === 'Property' && !property.computed && isConstantArgument(property.value));
    case 'NewExpression':
      return DATA_CONSTRUCTOR.test(calleeText(expr.callee) ?? '') && expr.arguments.every(isConstantArgument);
    default:
      return false;
  }
}

/**
 * The class's static fields that are named values of it: each built of the class itself from
 * constant arguments (see isConstantArgument) and named as a value (`empty`) or one of two or more
 * so built — the MongoDB driver's `static primary = new ReadPreference(ReadPreferenceMode.primary)`
 * beside `secondary`, `nearest` and the rest. An enumeration's members: a singleton keeps one
 * instance, not several, and nothing hands them out to be filled.
 */
function enumerationMembers(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, className: string | undefined): Set<string> {
  const built: string[] = [];
  for (const member of classNode.body.body) {
    if (member.type !== 'PropertyDefinition' || !member.static || member.computed || !member.value) continue;
    const name = staticName(member.key);
    const value = unwrapExpression(member.value);
    if (name === undefined || INSTANCE_NAME.test(name) || value.type !== 'NewExpression' || className === undefined || producerName(value) !== className) continue;
    if (value.arguments.length > 0 && value.arguments.every(isConstantArgument)) built.push(name);
  }
  return new Set(built.length >= 2 ? built : built.filter((name) => VALUE_MEMBER_NAME.test(name)));
}

/** The class's static fields that keep an instance of it or a singleton class, pushed onto `out`. */
export function staticHolders(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, config: ResolvedConfig, out: HolderFinding[]): void {
  const className = classNode.id?.name ?? (classNode.parent?.type === 'VariableDeclarator' && classNode.parent.id.type === 'Identifier' ? classNode.parent.id.name : undefined);
  // What the class's code assigns to its own members (`this.x = …`, `Class.x = …`), in source
  // order, by member name: gathered in one walk of the body, on first need — a walk per static
  // member took 2.7 s on ANTLR's generated TSQLParser (448 KB, hundreds of token constants).
  let assignments: Map<string, TSESTree.AssignmentExpression[]> | undefined;
  const assignedMembers = (): ReadonlyMap<string, readonly TSESTree.AssignmentExpression[]> => {
    if (!assignments) {
      const found = new Map<string, TSESTree.AssignmentExpression[]>();
      walk(classNode.body, (node) => {
        if (node.type !== 'AssignmentExpression') return;
        const left = unwrapExpression(node.left);
        const member = left.type === 'MemberExpression' ? staticName(left.property) : undefined;
        if (member === undefined) return;
        const object = unwrapExpression((left as TSESTree.MemberExpression).object);
        if (object.type !== 'ThisExpression' && !(object.type === 'Identifier' && object.name === className)) return;
        const list = found.get(member);
        if (list) list.push(node);
        else found.set(member, [node]);
      });
      assignments = found;
    }
    return assignments;
  };
  const assignmentsTo = (name: string): readonly TSESTree.AssignmentExpression[] => assignedMembers().get(name) ?? [];
  const enumeration = enumerationMembers(classNode, className);
  for (const member of classNode.body.body) {
    if (member.type !== 'PropertyDefinition' || !member.static || member.computed) continue;
    const name = staticName(member.key);
    if (!name) continue;
    const display = `${className ?? '(class)'}.${name}`;
    // `static os: string` holds a value; so does one given a string, number or boolean
    // (medusa's typedoc theme: `static MAX_LEVEL = 3`, later set from an option).
    if (holdsValues(member.typeAnnotation?.typeAnnotation) || holdsModule(member.typeAnnotation?.typeAnnotation) || constructsValues(member.value)) continue;
    // `static reservedLockers = []`: a list, as a module's `let` given one is (smart-city-booking's
    // locker reservations, refilled from its own `filter(…)`) — not one instance handed to every caller.
    if (member.value && unwrapExpression(member.value).type === 'ArrayExpression') continue;
    // Filled where the class's own code writes the class, not an instance: aura-nw's horoscope
    // declares `public static DB_BLOCK: any` beside an index signature, and its constructor sets
    // `this.DB_BLOCK = genericDbInfo('BLOCK')` on each instance it makes. An instance's own field
    // of the same name says nothing of the static one either, whatever it is given.
    const classWrites = assignmentsTo(name).filter((assignment) => writesTheClass(assignment, classNode, className));
    if (isPrimitiveLiteral(member.value) || classWrites.some((assignment) => isPrimitiveLiteral(assignment.right))) continue;
    if (allowed(config, className, name, display)) continue;
    const lazy: TSESTree.Node | undefined = classWrites.find((node) => producesObject(node.right) || keepsConstructedInstance(node, classNode));
    const eager = member.value && unwrapExpression(member.value).type === 'NewExpression' ? member.value : undefined;
    const eagerClass = eager ? producerName(eager) : undefined;
    const eagerHolder = eager && !isNoOpClass(eagerClass) && (eagerClass === className || (eagerClass !== undefined && config.singletonClassPattern.test(eagerClass.split('.').pop()!)));
    // `static readonly X = …` is a constant — `static readonly ZERO = new Money(0)`, a value —
    // unless it is the instance the class hands out (`static readonly instance = new
    // SessionManager()`: readonly as a reference, the one object every caller mutates) or a
    // singleton class's (`static readonly tools = new ToolRegistry()`).
    if (member.readonly && !(eagerHolder && (INSTANCE_NAME.test(name) || config.singletonClassPattern.test(eagerClass!.split('.').pop()!)))) continue;
    // So is one named as a constant and built of its own class from arguments, never set again:
    // spacebar's `static NONE: Permissions = new Permissions(0)`, `static ALL = new Permissions(…)`.
    if (!lazy && eager && eagerClass === className && (unwrapExpression(eager) as TSESTree.NewExpression).arguments.length > 0 && CONSTANT_NAME.test(name) && !INSTANCE_NAME.test(name)) continue;
    if (enumeration.has(name) && classWrites.length === 0) continue;
    if (!lazy && !eagerHolder) continue;
    // A constructor keeping `this` holds an instance of its own class.
    const producer = lazy?.type === 'AssignmentExpression' && unwrapExpression(lazy.right).type === 'ThisExpression' ? className : producerName(lazy ?? eager!);
    // `static getInstance(tenant) { return (this.instance ??= new Pool({ database: tenant.db })) }`: the first caller's, for everyone.
    const filledBy = lazy ? writingFunction(lazy) : undefined;
    const fill = lazy?.type === 'AssignmentExpression' ? fillSourceOf(lazy.right, filledBy, true) : 'own';
    // Asked where it is filled, as a lazy binding is (see lazyBindingHolders).
    const filledAt = lazy?.type === 'AssignmentExpression' ? lazy.right : member;
    if (allowed(config, producer) || sharedByDesign(name, producer, filledAt, member.typeAnnotation?.typeAnnotation, fill)) continue;
    const fills = classWrites.filter((assignment) => !isNullish(assignment.right));
    if (!eager && fills.length > 0 && madeWithOwnCredentials(fills.map((assignment) => ({ value: assignment.right, fill: fillSourceOf(assignment.right, writingFunction(assignment), true) })))) continue;
    out.push({ node: member, name: display, shape: 'static-holder', ...(className ? { className } : {}), ...(filledBy ? { filledBy } : {}) });
  }
  undeclaredStaticHolders(classNode, className, assignedMembers(), config, out);
}

/**
 * JavaScript's static holder, written without a field declaration: `static getInstance() { if
 * (!this.instance) this.instance = new AgentManager(); return this.instance; }`, or
 * `Singleton.instance = new Context()` in a constructor — the class's own member, set where its
 * code runs as the class (a static method or block, or through the class's name). Named as the
 * instance a class keeps (INSTANCE_NAME), as the prefilter's text test asks; the rest is a
 * declared holder's test: filled with an instance, not one shared by design.
 */
function undeclaredStaticHolders(
  classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  className: string | undefined,
  assignedMembers: ReadonlyMap<string, readonly TSESTree.AssignmentExpression[]>,
  config: ResolvedConfig,
  out: HolderFinding[],
): void {
  const declared = new Set<string>();
  for (const member of classNode.body.body) {
    const name = 'key' in member && !member.computed ? staticName(member.key) : undefined;
    if (name !== undefined) declared.add(name);
  }
  for (const [name, assignments] of assignedMembers) {
    if (!INSTANCE_NAME.test(name) || declared.has(name)) continue;
    const display = `${className ?? '(class)'}.${name}`;
    const writes = assignments.filter((assignment) => writesTheClass(assignment, classNode, className));
    const lazy = writes.find((assignment) => producesObject(assignment.right) || keepsConstructedInstance(assignment, classNode));
    if (!lazy || writes.some((assignment) => isPrimitiveLiteral(assignment.right)) || allowed(config, className, name, display)) continue;
    const producer = unwrapExpression(lazy.right).type === 'ThisExpression' ? className : producerName(lazy.right);
    const filledBy = writingFunction(lazy);
    const fill = fillSourceOf(lazy.right, filledBy, true);
    if (allowed(config, producer) || sharedByDesign(name, producer, lazy.right, undefined, fill)) continue;
    const fills = writes.filter((assignment) => !isNullish(assignment.right));
    if (madeWithOwnCredentials(fills.map((assignment) => ({ value: assignment.right, fill: fillSourceOf(assignment.right, writingFunction(assignment), true) })))) continue;
    out.push({ node: lazy.left, name: display, shape: 'static-holder', ...(className ? { className } : {}), ...(filledBy ? { filledBy } : {}) });
  }
}

/** Whether an assignment sets a member of the class itself: through its name, or through `this` where `this` is the class (a static method or block). */
function writesTheClass(assignment: TSESTree.AssignmentExpression, classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, className: string | undefined): boolean {
  const object = unwrapExpression((assignment.left as TSESTree.MemberExpression).object);
  if (object.type === 'Identifier') return object.name === className;
  if (object.type !== 'ThisExpression') return false;
  for (let current: TSESTree.Node | undefined = assignment.parent; current && current !== classNode.body; current = current.parent) {
    if (current.type === 'StaticBlock') return current.parent === classNode.body;
    // `static getInstance = () => (this.instance ??= new Registry())`: a static field's value runs as the class.
    if (current.type === 'PropertyDefinition') return current.static && current.parent === classNode.body;
    if (isFunctionNode(current) && current.type !== 'ArrowFunctionExpression') {
      const method = current.parent;
      return method?.type === 'MethodDefinition' && method.static && method.parent === classNode.body;
    }
  }
  return false;
}
