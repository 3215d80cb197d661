import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import type { AnalysisInput, ContextDecision } from './types.js';
import { invocationOf, isFunctionNode, memberWrittenThrough, nodesOfTypes, staticName } from './walk.js';
import { lastTypeName, localType } from './local-types.js';

type Candidate = { expression: string; name: string; source: 'typed-binding' | 'named-binding' | 'this-member' };

/** `UserExecutionContext`, `Readonly<UserExecutionContext>`, `ns.UserExecutionContext`. */
function isContextType(annotation: TSESTree.TypeNode | undefined, typeName: string): boolean {
  if (!annotation) return false;
  if (annotation.type === 'TSTypeReference') {
    const last = lastTypeName(annotation.typeName);
    if (last === typeName) return true;
    if (last === 'Readonly' || last === 'NonNullable') return isContextType(annotation.typeArguments?.params[0], typeName);
  }
  return false;
}

type Annotation = { typed: boolean; otherType: boolean };

function annotationOf(identifier: TSESTree.Node, typeName: string): Annotation {
  const annotation = (identifier as { typeAnnotation?: TSESTree.TSTypeAnnotation }).typeAnnotation?.typeAnnotation ?? destructuredAnnotation(identifier);
  if (!annotation) return { typed: false, otherType: false };
  const typed = isContextType(annotation, typeName);
  return { typed, otherType: !typed };
}

/**
 * The type a destructuring pattern gives one of its names: `({ userContext }: { userContext:
 * UserContext })`, or through an object type the file declares (`({ userContext }: Input)`) —
 * supertokens' recipes take their own `UserContext` so, which no creator taking ours accepts.
 */
function destructuredAnnotation(identifier: TSESTree.Node): TSESTree.TypeNode | undefined {
  const value = identifier.parent?.type === 'AssignmentPattern' && identifier.parent.left === identifier ? identifier.parent : identifier;
  const property = value.parent;
  if (property?.type !== 'Property' || property.computed || property.value !== value || property.parent?.type !== 'ObjectPattern') return undefined;
  const key = staticName(property.key);
  const patternType = property.parent.typeAnnotation?.typeAnnotation;
  if (key === undefined || !patternType) return undefined;
  const declared = patternType.type === 'TSTypeReference' && patternType.typeName.type === 'Identifier' && !patternType.typeArguments ? localType(patternType, patternType.typeName.name) : patternType;
  const members = Array.isArray(declared) ? declared : (declared as TSESTree.TypeNode | undefined)?.type === 'TSTypeLiteral' ? (declared as TSESTree.TSTypeLiteral).members : [];
  const member = members.find((m): m is TSESTree.TSPropertySignature => m.type === 'TSPropertySignature' && !m.computed && staticName(m.key) === key);
  return member?.typeAnnotation?.typeAnnotation;
}

/**
 * The variable's declaring identifier, when it certainly holds a value at `position`: a
 * parameter or catch binding; a variable whose declaration (initializer included) ends before
 * the site; a `for…of`/`for…in` binding inside its loop. A `let x;` assigned later is not: at
 * the site it may still be unassigned — or the site may be computing its value.
 */
function usableDefinition(variable: TSESLint.Scope.Variable, position: number): TSESTree.Identifier | undefined {
  for (const def of variable.defs) {
    if (def.type === 'CatchClause') return def.name as TSESTree.Identifier;
    // A parameter holds its value from its own position on: in an earlier parameter's default
    // (`f(factory = getX(), userContext)`) it is still in its temporal dead zone.
    if (def.type === 'Parameter') {
      if (def.name.range[1] <= position) return def.name as TSESTree.Identifier;
      continue;
    }
    if (def.type !== 'Variable') continue;
    const declarator = def.node as TSESTree.VariableDeclarator;
    const loop = declarator.parent?.parent;
    if ((loop?.type === 'ForOfStatement' || loop?.type === 'ForInStatement') && loop.left === declarator.parent) {
      if (position >= loop.body.range[0] && position < loop.body.range[1]) return def.name as TSESTree.Identifier;
      continue;
    }
    if (declarator.init && declarator.range[1] <= position) return def.name as TSESTree.Identifier;
  }
  return undefined;
}

// The members of ssot-kit's own UserExecutionContext (`ssot-kit/runtime`).
export const USER_CONTEXT_MEMBERS: ReadonlySet<string> = new Set(['kind', 'userId', 'threadId', 'runId', 'requestId', 'websocketClientId', 'parentRequestId', 'operation', 'depth', 'metadata', 'child']);
// Those only a user context has: every parser's context has `metadata`, many a `requestId`.
const USER_CONTEXT_IDS: ReadonlySet<string> = new Set(['userId', 'threadId', 'runId']);
// Names every framework gives its own context: tRPC's `({ ctx, input })`, Koa's `ctx`,
// OpenTelemetry's `context`, an editor's completion `ctx`.
const GENERIC_NAME = /^(?:ctx|context)$/;
// What hands out a user context: `requireUserContext()`, `createUserExecutionContext(…)`,
// a project's `getUserContext(req)`, `parent.child('op')`; or holds one: `req.userContext`.
const USER_CONTEXT_SOURCE = /user_?context|execution_?context|^child$/i;
const CONTEXT_HOLDER = /context|ctx/i;

/** Whether `identifier` is bound by destructuring (`{ ctx }`, `[ctx]`, `{ ctx = d }`), not by a name of its own. */
function destructured(identifier: TSESTree.Node): boolean {
  let node = identifier;
  if (node.parent?.type === 'AssignmentPattern' && node.parent.left === node) node = node.parent;
  return node.parent?.type === 'Property' || node.parent?.type === 'ArrayPattern';
}

function lastName(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return staticName(node.property);
  return undefined;
}

/** Whether a variable's initializer can hold a user context: one passed on, one made by its makers, one built from the request. */
function initializesUserContext(init: TSESTree.Expression): boolean {
  const value = init.type === 'AwaitExpression' ? init.argument : init;
  if (value.type === 'Identifier' || value.type === 'ObjectExpression') return true;
  if (value.type === 'MemberExpression') return CONTEXT_HOLDER.test(lastName(value) ?? '');
  if (value.type === 'CallExpression' || value.type === 'NewExpression') return USER_CONTEXT_SOURCE.test(lastName(value.callee) ?? '');
  return false;
}

/**
 * An untyped binding named like a user context that is evidently some other context: the code
 * writes into it (`ctx.body = …`, Koa) — user contexts are frozen; it reads a member
 * `UserExecutionContext` does not have (`ctx.session`, `ctx.prisma`: tRPC); it is made by a call
 * that is no maker of user contexts (`const userContext = otel.context.with(…)`); or it has a name
 * any framework uses (`ctx`, `context`) and is destructured from something (`({ ctx, input }) =>`,
 * `const { ctx } = msg.data`) or — with ssot-kit's own context type — nowhere shown to be one
 * (made by a user-context maker, or read for `ctx.userId` and the other ids). A binding taken for
 * the context wrongly gives the creator some other object; one passed over gets the request
 * scope's, which is always right.
 */
function isOtherContext(variable: TSESLint.Scope.Variable, identifier: TSESTree.Identifier, config: ResolvedConfig): boolean {
  const uses = variable.references.map((r) => r.identifier as TSESTree.Node);
  if (uses.some((use) => memberWrittenThrough(use))) return true;
  // Only ssot-kit's own context type is known member by member; a project's own type may have any.
  const ownType = config.context.type === 'UserExecutionContext' && config.context.module === 'ssot-kit/runtime';
  const members = uses.flatMap((use) => {
    const parent = use.parent;
    if (parent?.type !== 'MemberExpression' || parent.object !== use || parent.computed) return [];
    const member = staticName(parent.property);
    return member === undefined ? [] : [member];
  });
  if (ownType && members.some((member) => !USER_CONTEXT_MEMBERS.has(member))) return true;
  const declarator = identifier.parent;
  const init = declarator?.type === 'VariableDeclarator' && declarator.id === identifier ? declarator.init : null;
  // Whatever its name: `const userContext = otel.context.with(…)` is OpenTelemetry's.
  if (init && !initializesUserContext(init)) return true;
  if (!GENERIC_NAME.test(variable.name)) return false;
  if (destructured(identifier)) return true;
  // An untyped `ctx` is anybody's (a callback's contextually typed argument, a parser's state):
  // with ssot-kit's own type, only one made as a user context or read for a user's ids
  // (`ctx.userId`) is taken.
  return ownType && !members.some((member) => USER_CONTEXT_IDS.has(member)) && !(init && makesUserContext(init));
}

/** An initializer that is certainly a user context: its makers' result, a request's `userContext`, an object with a user context's fields. */
function makesUserContext(init: TSESTree.Expression): boolean {
  const value = init.type === 'AwaitExpression' ? init.argument : init;
  if (value.type === 'CallExpression' || value.type === 'NewExpression') return USER_CONTEXT_SOURCE.test(lastName(value.callee) ?? '');
  if (value.type === 'MemberExpression') return /user_?context|execution_?context/i.test(lastName(value) ?? '');
  if (value.type === 'ObjectExpression') return value.properties.some((p) => p.type === 'Property' && USER_CONTEXT_IDS.has(staticName(p.key) ?? ''));
  return false;
}

/**
 * Whether the module binds a user context anywhere — a binding or class member typed as the
 * context type, or a binding named like one that is not evidently another framework's. Wherever
 * it is declared, not where it holds a value: the question is whether threading could reach one.
 */
export function declaresUserContext(input: AnalysisInput, config: ResolvedConfig): boolean {
  for (const scope of input.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const identifier = variable.defs[0]?.name as TSESTree.Identifier | undefined;
      if (!identifier || identifier.type !== 'Identifier') continue;
      const { typed, otherType } = annotationOf(identifier, config.context.type);
      if (typed || (!otherType && config.context.names.includes(variable.name) && !isOtherContext(variable, identifier, config))) return true;
    }
  }
  return (nodesOfTypes(input.ast, ['ClassDeclaration', 'ClassExpression']) as Array<TSESTree.ClassDeclaration | TSESTree.ClassExpression>)
    .some((node) => classContextMembers(node, config).length > 0);
}

function scopeCandidates(scope: TSESLint.Scope.Scope, position: number, config: ResolvedConfig): Candidate[] {
  const out: Candidate[] = [];
  for (const variable of scope.variables) {
    const identifier = usableDefinition(variable, position);
    if (!identifier) continue;
    const { typed, otherType } = annotationOf(identifier, config.context.type);
    if (typed) out.push({ expression: variable.name, name: variable.name, source: 'typed-binding' });
    // A binding named like a context but typed as something else (a Koa `ctx: Context`) is not
    // one, nor is an untyped one that is evidently some other context.
    else if (!otherType && config.context.names.includes(variable.name) && !isOtherContext(variable, identifier, config)) out.push({ expression: variable.name, name: variable.name, source: 'named-binding' });
  }
  return out;
}

/**
 * When a site runs relative to the object's construction, which decides the members that hold
 * a value there: `later` (a method, or a function created earlier and called later) sees them
 * all; `constructor` (the constructor's own body, at `position`) sees parameter properties,
 * initialized fields and fields its body assigned before the site; `field` (a field
 * initializer starting at `position`) only sees fields initialized earlier — the constructor's
 * assignments and, with ES2022 class fields, parameter properties come after it.
 */
type Phase = { readonly kind: 'later' } | { readonly kind: 'constructor' | 'field'; readonly position: number; readonly body?: TSESTree.BlockStatement };

function assignedBefore(body: TSESTree.BlockStatement | undefined, name: string, position: number): boolean {
  return (body?.body ?? []).some((statement) => {
    if (statement.range[1] > position || statement.type !== 'ExpressionStatement') return false;
    const e = statement.expression;
    return e.type === 'AssignmentExpression' && e.left.type === 'MemberExpression' && e.left.object.type === 'ThisExpression' && staticName(e.left.property) === name;
  });
}

/** Whether a field holds its value in `phase` (parameter properties: whenever `phase` is not `field`). */
function holdsValue(member: TSESTree.PropertyDefinition, name: string, phase: Phase): boolean {
  if (phase.kind === 'later') return true;
  if (member.value && member.range[1] <= phase.position) return true;
  return phase.kind === 'constructor' && (member.value !== null || assignedBefore(phase.body, name, phase.position));
}

/** `this.<name>` members of the class typed as the context type that hold a value in `phase`: fields and constructor parameter properties. */
function classContextMembers(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression, config: ResolvedConfig, phase: Phase = { kind: 'later' }): Candidate[] {
  const out: Candidate[] = [];
  for (const member of classNode.body.body) {
    if (member.type === 'PropertyDefinition' && !member.static && !member.computed) {
      const name = staticName(member.key);
      if (!name || !holdsValue(member, name, phase)) continue;
      if (!name.startsWith('#') && isContextType(member.typeAnnotation?.typeAnnotation, config.context.type)) {
        out.push({ expression: `this.${name}`, name, source: 'this-member' });
      }
      if (name.startsWith('#') && isContextType(member.typeAnnotation?.typeAnnotation, config.context.type)) {
        out.push({ expression: `this.${name}`, name: name.slice(1), source: 'this-member' });
      }
    }
    if (member.type === 'MethodDefinition' && member.kind === 'constructor' && phase.kind !== 'field') {
      for (const param of member.value.params) {
        if (param.type !== 'TSParameterProperty') continue;
        const inner = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (inner.type === 'Identifier' && isContextType(inner.typeAnnotation?.typeAnnotation, config.context.type)) {
          out.push({ expression: `this.${inner.name}`, name: inner.name, source: 'this-member' });
        }
      }
    }
  }
  return out;
}

function decide(candidates: Candidate[], config: ResolvedConfig): ContextDecision {
  const unique = [...new Map(candidates.map((c) => [c.expression, c])).values()];
  if (unique.length === 1) return { kind: 'found', expression: unique[0]!.expression, source: unique[0]!.source };
  const ranked = config.context.names
    .map((name) => unique.find((c) => c.name === name))
    .filter((c): c is Candidate => c !== undefined);
  const best = ranked[0];
  if (best) return { kind: 'found', expression: best.expression, source: best.source };
  return { kind: 'ambiguous', candidates: unique.map((c) => c.expression) };
}

/**
 * Which user context is in scope at `node`: innermost scope first — bindings typed as the
 * context type, bindings named in `context.names`, `this.<member>` typed in the enclosing
 * class — walking out through closures. Several candidates in the deciding scope resolve to
 * the one named earliest in `context.names`; otherwise the answer is "ambiguous", never a guess.
 */
export function findContext(node: TSESTree.Node, input: AnalysisInput, config: ResolvedConfig): ContextDecision {
  // One answer per site: the rewrite's blocker check (constructions with arguments) and the
  // rewrite itself both ask, and a site's AST node belongs to one file's analysis.
  const cached = decisions.get(node);
  if (cached?.config === config) return cached.decision;
  const decision = decideContext(node, input, config);
  decisions.set(node, { config, decision });
  return decision;
}

const decisions = new WeakMap<TSESTree.Node, { readonly config: ResolvedConfig; readonly decision: ContextDecision }>();

function decideContext(node: TSESTree.Node, input: AnalysisInput, config: ResolvedConfig): ContextDecision {
  const position = node.range[0];
  // Whether the site runs per call at all: a candidate in a block of a function still counts.
  const insideFunction = isInsideFunction(node);
  let thisReachable = true;
  // Whether the site sits in a function nested in where it is written: that runs later, when called.
  let deferred = false;
  let ancestor: TSESTree.Node | undefined = node.parent;
  let child: TSESTree.Node = node;
  const scopeManager = input.scopeManager;

  while (ancestor) {
    if (ancestor.type === 'Decorator') {
      // Evaluated where the class is defined: go on from there, past the members' scopes.
      const owner = decoratedClass(ancestor);
      if (!owner) break;
      thisReachable = false;
      child = owner;
      ancestor = owner.parent;
      continue;
    }
    const candidates: Candidate[] = [];
    if (scopeManager) {
      const scope = scopeManager.acquire(ancestor, true);
      // Block scopes and function scopes both hold bindings; the class/module scopes are
      // handled below (members) or reached at the end.
      if (scope && scope.type !== 'global' && scope.type !== 'module' && scope.type !== 'class' && scope.type !== 'class-field-initializer' && scope.type !== 'class-static-block') {
        candidates.push(...scopeCandidates(scope, position, config));
      }
    }
    if (isFunctionNode(ancestor)) {
      if (ancestor.parent?.type === 'MethodDefinition' && thisReachable) {
        const method = ancestor.parent;
        const classNode = method.parent.parent;
        const phase: Phase = method.kind === 'constructor' && !deferred && ancestor.body?.type === 'BlockStatement'
          ? { kind: 'constructor', position, body: ancestor.body }
          : { kind: 'later' };
        if (!method.static && (classNode.type === 'ClassDeclaration' || classNode.type === 'ClassExpression')) candidates.push(...classContextMembers(classNode, config, phase));
      }
      // A non-arrow function rebinds `this`: outer classes' members are out of reach from here.
      if (ancestor.type !== 'ArrowFunctionExpression') thisReachable = false;
      deferred = true;
    } else if (ancestor.type === 'PropertyDefinition' && ancestor.value === child) {
      // A field initializer runs per instance, with `this` bound to it — during construction,
      // unless the site is in a function it creates (`handle = () => …`), called later.
      const classNode = ancestor.parent.parent;
      if (!ancestor.static && thisReachable) candidates.push(...classContextMembers(classNode, config, deferred ? { kind: 'later' } : { kind: 'field', position: ancestor.range[0] }));
      thisReachable = false;
    }
    if (candidates.length > 0) return insideFunction ? decide(candidates, config) : { kind: 'module-scope' };
    child = ancestor;
    ancestor = ancestor.parent;
  }
  return insideFunction ? { kind: 'none' } : { kind: 'module-scope' };
}

/**
 * The class a decorator belongs to: a decorator — of the class, a member or a parameter — runs
 * once, when the class is defined, never per call of what it decorates.
 */
function decoratedClass(decorator: TSESTree.Decorator): TSESTree.Node | undefined {
  let node: TSESTree.Node | undefined = decorator.parent;
  while (node && node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') node = node.parent;
  return node;
}

/**
 * `(() => …)()`, `(function () { … })()`, `new Promise((resolve) => …)`: a function run as soon as
 * it is created, so at import time when it is created at module scope.
 */
function runsImmediately(fn: TSESTree.Node): boolean {
  if (invocationOf(fn)) return true;
  const parent = fn.parent;
  return parent?.type === 'NewExpression' && parent.arguments[0] === fn && parent.callee.type === 'Identifier' && parent.callee.name === 'Promise';
}

/** Whether `node` runs only when something calls it (inside a function or an instance field). */
export function isInsideFunction(node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let ancestor = node.parent; ancestor; child = ancestor, ancestor = ancestor.parent) {
    if (ancestor.type === 'Decorator') {
      const owner = decoratedClass(ancestor);
      if (!owner) return false;
      ancestor = owner;
      continue;
    }
    if (isFunctionNode(ancestor) && !runsImmediately(ancestor)) return true;
    if (ancestor.type === 'PropertyDefinition' && ancestor.value === child && !ancestor.static) return true;
  }
  return false;
}
