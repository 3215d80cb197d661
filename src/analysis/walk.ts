import type { TSESTree } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'tokens', 'comments']);
const KEYS = visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node once, parents before children, and makes sure `parent` is set (ESLint
 * sets it; a bare parseForESLint result does not).
 */
export function walk(root: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    // The parser's visitor keys (no per-node allocation); unknown node types fall back to
    // their own keys so a new syntax is still walked.
    const keys = KEYS[node.type] ?? Object.keys(node).filter((key) => !SKIPPED_KEYS.has(key));
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child: unknown = value[i];
          if (isNode(child)) {
            if (!child.parent) (child as { parent?: TSESTree.Node }).parent = node;
            stack.push(child);
          }
        }
      } else if (isNode(value)) {
        if (!value.parent) (value as { parent?: TSESTree.Node }).parent = node;
        stack.push(value);
      }
    }
  }
}

export function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionLike & (TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression) {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';
}

/**
 * What a function hands back: an arrow's expression body, or the argument of each of its own
 * `return`s (null for a bare `return;`) — not those of a callback inside it.
 */
export function returnedValues(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression): Array<TSESTree.Node | null> {
  if (fn.body === null || fn.body === undefined) return [];
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const values: Array<TSESTree.Node | null> = [];
  walk(fn.body, (node) => {
    if (node.type !== 'ReturnStatement') return;
    let owner: TSESTree.Node | undefined = node.parent;
    while (owner && !isFunctionNode(owner)) owner = owner.parent;
    if (owner === fn) values.push(node.argument);
  });
  return values;
}

/** The names a binding pattern binds: `a`, `{ b, c: d }` (b, d), `[e, ...f]`, `g = 1`, a parameter property's. */
export function patternNames(pattern: TSESTree.Node | null): string[] {
  if (!pattern) return [];
  if (pattern.type === 'Identifier') return [pattern.name];
  if (pattern.type === 'AssignmentPattern') return patternNames(pattern.left);
  if (pattern.type === 'RestElement') return patternNames(pattern.argument);
  if (pattern.type === 'TSParameterProperty') return patternNames(pattern.parameter);
  if (pattern.type === 'ArrayPattern') return pattern.elements.flatMap(patternNames);
  if (pattern.type === 'ObjectPattern') return pattern.properties.flatMap((property) => patternNames(property.type === 'Property' ? property.value : property));
  return [];
}

/**
 * `question` about `node`, unless `asking` shows it already being asked higher up — a function
 * that calls itself, two that call each other: then no, as nothing further down can show it.
 */
export function askOnce(asking: Set<TSESTree.Node>, node: TSESTree.Node, question: () => boolean): boolean {
  if (asking.has(node)) return false;
  asking.add(node);
  try {
    return question();
  } finally {
    asking.delete(node);
  }
}

/** Whether `node` lies within `outer` (or is it). */
export function contains(outer: TSESTree.Node, node: TSESTree.Node): boolean {
  return outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

/** The name a property key or member property spells, when it is static. */
export function staticName(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'PrivateIdentifier') return `#${node.name}`;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

type TypeWrapper = TSESTree.TSAsExpression | TSESTree.TSNonNullExpression | TSESTree.TSTypeAssertion | TSESTree.TSSatisfiesExpression;
const TYPE_WRAPPERS = new Set(['TSAsExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSSatisfiesExpression']);

/** An expression that only adds types: `x as T`, `x!`, `<T>x`, `x satisfies T`. */
export function isTypeWrapper(node: TSESTree.Node): node is TypeWrapper {
  return TYPE_WRAPPERS.has(node.type);
}

/** Skips TS-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`); parentheses leave no node. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTypeWrapper(current)) current = current.expression;
  return current;
}

/**
 * The call (or `new`) whose callee is `node`, seen through type wrappers and type arguments:
 * `getX()`, `(getX as any)()`, `getX!()`, and IIFEs — `(function () { … })()`,
 * `!function () { … }()`, `(function () { … } as T)()`.
 */
export function invocationOf(node: TSESTree.Node): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  let callee = node;
  while (callee.parent && (isTypeWrapper(callee.parent) || callee.parent.type === 'TSInstantiationExpression') && callee.parent.expression === callee) callee = callee.parent;
  if (isIndirectCallee(callee)) callee = callee.parent!;
  const parent = callee.parent;
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === callee ? parent : undefined;
}

/**
 * `(0, hooks_1.getGlobalHookRunner)()`: how TypeScript's and Babel's CommonJS output call an
 * imported function — the comma drops the `this` the member would bind, so the call is the
 * function's own. The sequence's last expression is the callee; what comes before is a literal.
 */
export function isIndirectCallee(node: TSESTree.Node): boolean {
  const sequence = node.parent;
  if (sequence?.type !== 'SequenceExpression' || sequence.expressions.at(-1) !== node) return false;
  if (!sequence.expressions.slice(0, -1).every((expression) => expression.type === 'Literal')) return false;
  const call = sequence.parent;
  return call?.type === 'CallExpression' && call.callee === sequence;
}

/** The function a call calls: `getX` of `getX()`, `m.getX` of `(0, m.getX)()` (see isIndirectCallee). */
export function calledFunction(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node {
  const callee = unwrapExpression(call.callee);
  return indirectlyCalled(callee) ?? callee;
}

/** `m.getX` of a callee written `(0, m.getX)` (see isIndirectCallee); undefined for any other node. */
function indirectlyCalled(callee: TSESTree.Node): TSESTree.Node | undefined {
  const last = callee.type === 'SequenceExpression' ? callee.expressions.at(-1) : undefined;
  return last !== undefined && isIndirectCallee(last) ? unwrapExpression(last) : undefined;
}

/** The module TypeScript's `import x = require('m')` names (`m`); none for `import x = A.B`. */
export function importEqualsSource(declaration: TSESTree.TSImportEqualsDeclaration): string | undefined {
  const reference = declaration.moduleReference;
  return reference.type === 'TSExternalModuleReference' && reference.expression.type === 'Literal' && typeof reference.expression.value === 'string' ? reference.expression.value : undefined;
}

/** `require('x')` with a static specifier. */
export function requireSource(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require') return undefined;
  const arg = call.arguments[0];
  return arg ? staticName(arg) : undefined;
}

/**
 * The names a declarator binds from a `require()`, each with the module and the name there:
 * `const x = require('y')` binds the module as a default import would (`default`), `const { a,
 * b: c = 1 } = require('y')` binds `a` and `b`, `const a = require('y').a` binds `a`.
 */
export function requiredBindings(declarator: TSESTree.VariableDeclarator): Array<{ local: TSESTree.Identifier; source: string; imported: string }> {
  return declarator.init ? boundFromRequire(declarator.id, declarator.init) : [];
}

/**
 * The same for a target and a value that are not a declaration: an assignment to a variable
 * declared earlier (`({ createClient } = require('redis'))` in a `try`, where the package is optional).
 */
export function boundFromRequire(target: TSESTree.Node, value: TSESTree.Expression): Array<{ local: TSESTree.Identifier; source: string; imported: string }> {
  const init = unwrapExpression(value);
  const whole = requireSource(init);
  if (target.type === 'Identifier') {
    if (whole !== undefined) return [{ local: target, source: whole, imported: 'default' }];
    const member = init.type === 'MemberExpression' ? staticName(init.property) : undefined;
    const source = init.type === 'MemberExpression' ? requireSource(init.object) : undefined;
    return source !== undefined && member !== undefined ? [{ local: target, source, imported: member }] : [];
  }
  if (target.type !== 'ObjectPattern') return [];
  // … and what is destructured from a part of it (click-platform's `const { JobServiceClient } =
  // require('@google-cloud/aiplatform').v1`): the package's still.
  const root = chainRoot(init);
  const source = whole ?? (root !== init ? requireSource(root) : undefined);
  if (source === undefined) return [];
  const bound: Array<{ local: TSESTree.Identifier; source: string; imported: string }> = [];
  for (const property of target.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const local = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    const key = staticName(property.key);
    if (local.type === 'Identifier' && key !== undefined) bound.push({ local, source, imported: key });
  }
  return bound;
}

/** `await import('x')` / `import('x')` with a static specifier. */
export function dynamicImportSource(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  let expr = unwrapExpression(node);
  if (expr.type === 'AwaitExpression') expr = unwrapExpression(expr.argument);
  if (expr.type !== 'ImportExpression') return undefined;
  return staticName(expr.source);
}

const byTypeCache = new WeakMap<TSESTree.Node, ReadonlyMap<string, readonly TSESTree.Node[]>>();

/**
 * Every node of the tree grouped by type, in document order — one walk per tree, shared by
 * every question asked about it (bindings, holders), so a file is traversed once per lint.
 */
export function nodesByType(root: TSESTree.Node): ReadonlyMap<string, readonly TSESTree.Node[]> {
  let index = byTypeCache.get(root);
  if (!index) {
    const map = new Map<string, TSESTree.Node[]>();
    walk(root, (node) => {
      const list = map.get(node.type);
      if (list) list.push(node);
      else map.set(node.type, [node]);
    });
    index = map;
    byTypeCache.set(root, index);
  }
  return index;
}

/** The nodes of the given types, in document order. */
export function nodesOfTypes(root: TSESTree.Node, types: readonly string[]): TSESTree.Node[] {
  const index = nodesByType(root);
  const out: TSESTree.Node[] = [];
  // One push per node: spread into push(), a data file's 150,000 properties overflow the stack
  // (erxes' 3 MB `priusRemData.js`).
  for (const type of types) for (const node of index.get(type) ?? []) out.push(node);
  return out.sort((a, b) => a.range[0] - b.range[0]);
}

/** An expression seen as the value it yields: climbs through `await` and type wrappers (`await getX()`, `getX() as X`). */
export function valueExpressionOf(node: TSESTree.Node): TSESTree.Node {
  let value = node;
  for (let parent = value.parent; parent && ((parent.type === 'AwaitExpression' && parent.argument === value) || (isTypeWrapper(parent) && parent.expression === value)); parent = value.parent) value = parent;
  return value;
}

/** `node = …`, `node += …`, `node++`, `delete node`, `[node] = …`, `for (node of …)`: what `node` names is written, not read. */
export function isWriteTarget(node: TSESTree.Node): boolean {
  let target = node;
  while (target.parent && isTypeWrapper(target.parent) && target.parent.expression === target) target = target.parent;
  const parent = target.parent;
  switch (parent?.type) {
    case 'AssignmentExpression':
      return parent.left === target;
    case 'UpdateExpression':
      return true;
    case 'UnaryExpression':
      return parent.operator === 'delete';
    case 'ForInStatement':
    case 'ForOfStatement':
      return parent.left === target;
    case 'ArrayPattern':
    case 'RestElement':
      return true;
    case 'AssignmentPattern':
      return parent.left === target;
    case 'Property':
      return parent.value === target && parent.parent?.type === 'ObjectPattern';
    default:
      return false;
  }
}

/**
 * The member of `object` a statement writes through it — `object.onReady = f`, `object.count++`,
 * `delete object.cache`, `object.list.length = 0` — as the first member expression; or undefined.
 */
export function memberWrittenThrough(object: TSESTree.Node): TSESTree.MemberExpression | undefined {
  const first = object.parent;
  if (first?.type !== 'MemberExpression' || first.object !== object) return undefined;
  let member: TSESTree.MemberExpression = first;
  while (member.parent?.type === 'MemberExpression' && member.parent.object === member) member = member.parent;
  return isWriteTarget(member) ? first : undefined;
}

/**
 * The method `object`'s statement calls — `object.m(…);`, its result unused and not awaited — when
 * its name matches and it takes `argumentCount` arguments, or undefined: a call made for what it
 * does to the object itself.
 */
function statementCallThrough(object: TSESTree.Node, name: RegExp, argumentCount: number): TSESTree.MemberExpression | undefined {
  const member = object.parent;
  if (member?.type !== 'MemberExpression' || member.object !== object || member.computed || !name.test(staticName(member.property) ?? '')) return undefined;
  const call = member.parent;
  if (call?.type !== 'CallExpression' || call.callee !== member || call.arguments.length !== argumentCount) return undefined;
  return call.parent?.type === 'ExpressionStatement' ? member : undefined;
}

/**
 * The setter `object`'s statement calls, its result unused — `object.setContext(this);` — or
 * undefined. One argument, a `set` name and not awaited: what changes the object itself. A Redis
 * client's `setEx(key, ttl, value)` or a store's `setItem(key, value)` act on something outside
 * it, and take more; an awaited one (langwatch's `await service.setForScope({ … })`) writes
 * somewhere that takes time to reach.
 */
export const setterCalledThrough = (object: TSESTree.Node): TSESTree.MemberExpression | undefined => statementCallThrough(object, /^set[A-Z0-9_$]/, 1);

/**
 * The reset `object`'s statement calls — `ProcessState.getInstance().reset();`, a `clearCache()` —
 * or undefined: no argument, its result unused and not awaited, a `reset` or `clear` name: what
 * empties the object itself. `clear(key)` removes one thing it names; an awaited `reset()`
 * empties a store outside the process, which another instance reaches too.
 */
export const resetCalledThrough = (object: TSESTree.Node): TSESTree.MemberExpression | undefined => statementCallThrough(object, /^(?:reset|clear)(?:[A-Z0-9_$]|$)/, 0);

/** The name a function goes by where it is defined — `function f`, `const f = () => …`, `{ f() {} }`, `x.f = function …` — or undefined. */
export function functionName(fn: TSESTree.Node): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === fn) return staticName(parent.id);
  if ((parent?.type === 'Property' || parent?.type === 'PropertyDefinition') && parent.value === fn && !parent.computed) return staticName(parent.key);
  if (parent?.type === 'MethodDefinition' && !parent.computed) return staticName(parent.key);
  if (parent?.type === 'AssignmentExpression' && parent.right === fn) return parent.left.type === 'MemberExpression' ? staticName(parent.left.property) : staticName(parent.left);
  return undefined;
}

/** `a.b.c` for a callee written so, through type wrappers. */
export function calleeText(node: TSESTree.Node): string | undefined {
  const callee = unwrapExpression(node);
  if (callee.type === 'Identifier') return callee.name;
  // Compiled CommonJS calls an imported function as `(0, m_1.drizzle)(pool)`: the function's name
  // is the sequence's last expression's (audnix's compiled `.temp/server/db.js`).
  const indirect = indirectlyCalled(callee);
  if (indirect !== undefined) return calleeText(indirect);
  if (callee.type === 'MemberExpression') {
    const object = calleeText(callee.object);
    const name = staticName(callee.property);
    return object && name ? `${object}.${name}` : name;
  }
  return undefined;
}

/** An IIFE: `(function () { … })()`, `(() => { … })()`, `!function () { … }()`. */
export function isIife(fn: TSESTree.Node): boolean {
  return invocationOf(fn)?.type === 'CallExpression';
}

/** `undefined`, `null`, `void 0`: an expression that is nothing. */
export function isNullish(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'Identifier') return expr.name === 'undefined';
  if (expr.type === 'Literal') return expr.value === null && !('regex' in expr);
  return expr.type === 'UnaryExpression' && expr.operator === 'void';
}

/** The function whose every call the site runs in; undefined at module scope and in a class field, a static block or a decorator. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
    if (current.type === 'PropertyDefinition' || current.type === 'AccessorProperty' || current.type === 'StaticBlock' || current.type === 'Decorator' || current.type === 'ClassBody') return undefined;
  }
  return undefined;
}

/** The function a write runs in: the nearest enclosing one that is not an IIFE. */
export function writingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current) && !isIife(current)) return current;
  return undefined;
}

/** A string, number, boolean or bigint literal, or a template: a value, never an instance. */
export function isPrimitiveLiteral(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const expr = unwrapExpression(node);
  if (expr.type === 'TemplateLiteral') return true;
  return expr.type === 'Literal' && (typeof expr.value === 'string' || typeof expr.value === 'number' || typeof expr.value === 'boolean' || typeof expr.value === 'bigint');
}

/** What a member chain starts from: `x` of `x.y[k]`. */
export function chainRoot(target: TSESTree.Node): TSESTree.Node {
  let root = unwrapExpression(target as TSESTree.Expression);
  while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
  return root;
}

/** A promise chain's links: `p.then(…)`, `.catch(…)`, `.finally(…)`. */
export const PROMISE_CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** Array methods that run their callback before they return (`jobs.forEach((job) => …)`, a sort's comparator). */
export const ARRAY_CALLBACK_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'sort', 'toSorted']);

/**
 * Whether `value` reads a parameter of `fn`: `db ??= new Pool({ database: tenant.db })` in
 * `getDb(tenant)` keeps the first caller's, whatever the later ones pass. `counts` leaves some
 * parameters out (one typed as the app's own Prisma client is no caller's value).
 */
export function readsParameterOf(value: TSESTree.Node, fn: TSESTree.Node | undefined, counts: (param: TSESTree.Parameter) => boolean = () => true): boolean {
  if (!fn || !isFunctionNode(fn)) return false;
  const parameters = new Set(fn.params.filter(counts).flatMap(patternNames));
  let reads = false;
  walk(value, (node) => {
    if (node.type !== 'Identifier' || !parameters.has(node.name)) return;
    const parent = node.parent;
    // `x.tenant`, `{ tenant: 1 }`: a property's name, not the parameter.
    if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
    if (parent?.type === 'Property' && parent.key === node && !parent.shorthand) return;
    reads = true;
  });
  return reads;
}
