import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput, FactorySite, TextEdit } from './types.js';
import type { TextStyle } from './text-style.js';
import { moduleNames } from './module-names.js';
import { withoutSharing } from './names.js';
import { identifierPattern, lineStart } from './text-style.js';
import { ARRAY_CALLBACK_METHODS, contains, enclosingFunction, isFunctionNode, staticName, unwrapExpression, valueExpressionOf } from './walk.js';

/** One site about to become `creator(<context>)`, with the call it becomes. */
export interface PlannedAcquisition {
  readonly site: FactorySite;
  /** The text of the creator call that replaces the site: `createX(ctx)`. */
  readonly creatorCall: string;
  /** The context expression the call passes: sites share an acquisition only with the same one. */
  readonly context: string;
}

/** Sites of one function that take one factory from one local instead of a creator call each. */
export interface SharedAcquisition {
  readonly local: string;
  /**
   * `const x = createX(ctx);` before the statement holding the first site, and each site (with its
   * `await`, when every site awaits) made `x`; or, when the first site already initialises a
   * `const`, that site made the creator call and the others that constant.
   */
  readonly edits: readonly TextEdit[];
  readonly sites: ReadonlySet<TSESTree.Node>;
}

/**
 * `getX().plan(); …; getX().run()` in one function hands both lines one instance; rewritten call
 * by call, `createX(ctx).plan(); …; createX(ctx).run()` would build two, and what the first line
 * set up the second would not see. A person migrating by hand writes `const x = createX(ctx);`
 * once, where the calls first need it, and uses `x` — so does the planner, for two or more
 * sites of one factory's getter with one context in one function (its callbacks included when
 * they read its context: see homeFunction). Where that cannot be done safely (an arrow's
 * expression body, a class field, a context declared further down, no name free for the local
 * (see chooseLocalName), some sites awaited and some not, a first site inside a `try` the local
 * would be declared outside — or a later one, unless the first site's statement always reaches
 * it first —, two variables given the getter's value) the sites keep a creator call each.
 */
export function planSharedAcquisitions(input: AnalysisInput, planned: readonly PlannedAcquisition[], style: TextStyle): SharedAcquisition[] {
  const groups = new Map<string, PlannedAcquisition[]>();
  const homes = new Map<TSESTree.Node, TSESTree.Node>();
  const functionIds = new Map<TSESTree.Node, number>();
  for (const acquisition of planned) {
    // Each `new X(ctx)` made an instance of its own, and so does each creator call in its place.
    if (acquisition.site.kind !== 'getter-call') continue;
    const fn = homeFunction(input, acquisition);
    if (!fn) continue;
    homes.set(acquisition.site.node, fn);
    if (!functionIds.has(fn)) functionIds.set(fn, functionIds.size);
    // Each way of reaching the creator (`ns.createX`, `require('./x').createX`) apart.
    const { site } = acquisition;
    const key = [functionIds.get(fn), site.factory.creator, site.via, site.source ?? '', acquisition.context].join('\0');
    const group = groups.get(key);
    if (group) group.push(acquisition);
    else groups.set(key, [acquisition]);
  }
  const shared: SharedAcquisition[] = [];
  // The locals planned so far, by function: one name per function, and a callback's local named
  // unlike its handler's where it can be (see chooseLocalName).
  const taken: { readonly fn: TSESTree.Node; readonly local: string }[] = [];
  const names: LocalNames = {
    here: (fn, local) => taken.some((t) => t.local === local && t.fn === fn),
    around: (fn, local) => taken.some((t) => t.local === local && t.fn !== fn && (contains(t.fn, fn) || contains(fn, t.fn))),
  };
  // A context in scope before the request scope's (`requireUserContext()`): where both want a
  // function's local name, the one an editor's autofix would also make wins; then a handler's
  // before its callbacks', whose local would shadow it.
  const isCall = (group: readonly PlannedAcquisition[]) => Number(group[0]!.context.endsWith(')'));
  const start = (group: readonly PlannedAcquisition[]) => homes.get(group[0]!.site.node)!.range[0];
  const ordered = [...groups.values()].sort((a, b) => isCall(a) - isCall(b) || start(a) - start(b));
  for (const group of ordered) {
    // One site in a loop is one acquisition per iteration, where the getter handed out one instance for them all.
    const inLoop = (g: readonly PlannedAcquisition[]) => g.length === 1 && hoistableLoop(g, homes.get(g[0]!.site.node)!) !== undefined;
    if (group.length < 2 && !inLoop(group)) continue;
    // `getX();` alone, for its effect, after the first: `x;` would read as a slip; it keeps its call.
    const sorted = group.sort((a, b) => a.site.node.range[0] - b.site.node.range[0]).filter((a, i) => i === 0 || !isBareStatement(a.site.node));
    if (sorted.length < 2 && !inLoop(sorted)) continue;
    const home = homes.get(sorted[0]!.site.node)!;
    const plan = planGroup(input, sorted, home, style, names);
    if (plan) {
      taken.push({ fn: home, local: plan.local });
      shared.push(plan);
    }
  }
  return shared;
}

/**
 * The function whose one call the site's acquisition belongs to: where its context comes from.
 * `ctx` a parameter of the handler, read in a callback inside it (`items.map((i) =>
 * getX().run(i))`), is the handler's request: the callback's sites share the handler's local.
 * `this.userContext` is the method's, through arrow functions; the request scope's
 * (`requireUserContext()`) is the site's own function's, which may run later, elsewhere — unless
 * an array method runs it inside the call (see callingFunction).
 */
function homeFunction(input: AnalysisInput, acquisition: PlannedAcquisition): TSESTree.Node | undefined {
  const own = enclosingFunction(acquisition.site.node);
  if (!own) return undefined;
  const root = contextRoot(acquisition.context);
  if (root === undefined) return callingFunction(own);
  if (root === 'this') {
    let home = own;
    while (home.type === 'ArrowFunctionExpression') {
      const outer = enclosingFunction(home);
      if (!outer) break;
      home = outer;
    }
    return home;
  }
  const variable = resolve(input, acquisition.site.node, root);
  const def = variable?.defs[0];
  if (!def) return own;
  // A parameter's def names its function; a local's, its declarator: the function around it.
  const declaredIn = isFunctionNode(def.node) ? def.node : enclosingFunction(def.node);
  // Only outward along the site's own chain of functions, and never past a class body, nor out
  // of a function declaration: hoisted, it may be called before the local is declared.
  for (let current: TSESTree.Node | undefined = own; current; current = enclosingFunction(current)) {
    if (current === declaredIn) return current;
    if (current.type === 'FunctionDeclaration') break;
  }
  return own;
}

/**
 * The function a callback runs in the same call of: an array method's callback runs before the
 * method returns, inside the request that called the function around it — `register('scheduled')`
 * and `jobs.forEach((job) => getX().createAgent(job))` used one instance, and share one local
 * still. A callback handed to anything else (a listener, a timer) may run later, elsewhere: its
 * own function.
 */
function callingFunction(fn: TSESTree.Node): TSESTree.Node {
  let home = fn;
  while ((home.type === 'ArrowFunctionExpression' || home.type === 'FunctionExpression') && home.parent?.type === 'CallExpression' && home.parent.arguments.includes(home as TSESTree.CallExpressionArgument)) {
    const callee = unwrapExpression(home.parent.callee);
    if (callee.type !== 'MemberExpression' || !ARRAY_CALLBACK_METHODS.has(staticName(callee.property) ?? '')) break;
    const outer = enclosingFunction(home);
    if (!outer) break;
    home = outer;
  }
  return home;
}

/** The variable `name` means at `node`. */
export function resolve(input: AnalysisInput, node: TSESTree.Node, name: string): TSESLint.Scope.Variable | undefined {
  const manager = input.scopeManager;
  if (!manager) return undefined;
  let scope: TSESLint.Scope.Scope | null = null;
  for (let current: TSESTree.Node | undefined = node; current && !scope; current = current.parent) scope = manager.acquire(current, true);
  for (; scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

/** Which locals other groups were given: in the same function, or in one around or inside it. */
interface LocalNames {
  here(fn: TSESTree.Node, local: string): boolean;
  around(fn: TSESTree.Node, local: string): boolean;
}

/**
 * The local's name: the class's (`agentInstanceFactory`; `mcpManager` for `MCPManagerSingleton`); where that is taken — by the function,
 * the module, or a function around or inside this one (whose local it would shadow) — one naming
 * the context's user (`userAgentInstanceFactory` for `userContext`, `memberAgentInstanceFactory`
 * for `memberContext`). Failing both, the class's still when only an enclosing or enclosed
 * function has it, as shadowing keeps what each line means; undefined when the function or the
 * module uses it: each site keeps its creator call.
 */
function chooseLocalName(input: AnalysisInput, fn: TSESTree.Node, acquisition: PlannedAcquisition, names: LocalNames): string | undefined {
  // What the local holds is no longer shared: `mcpManager`, not `mcpManagerSingleton`.
  const base = localNameFor(withoutSharing(acquisition.site.factory.class));
  if (!base) return undefined;
  const usedHere = (name: string) => names.here(fn, name) || identifierPattern(name).test(input.text.slice(fn.range[0], fn.range[1])) || moduleNames(input).has(name);
  const free = (name: string) => !usedHere(name) && !names.around(fn, name) && !resolve(input, fn, name);
  if (free(base)) return base;
  // The context's owner (`user` of `userContext`, `session` of `sessionCtx`); the request scope's
  // `requireUserContext()` names no one in particular: its user. An exported instance's reads
  // (`agentManager`) spell the base name itself, so it is never free where they are.
  const user = acquisition.context.endsWith(')') ? 'user' : /([A-Za-z_$][\w$]*)$/.exec(acquisition.context)?.[1]?.replace(/(?:context|ctx)$/i, '');
  const named = user && /^[a-z]/.test(user) ? localNameFor(`${user}${base.charAt(0).toUpperCase()}${base.slice(1)}`) : undefined;
  if (named && free(named)) return named;
  return usedHere(base) ? undefined : base;
}

function planGroup(input: AnalysisInput, group: readonly PlannedAcquisition[], fn: TSESTree.Node, style: TextStyle, names: LocalNames): SharedAcquisition | undefined {
  const text = input.text;
  const first = group[0]!.site.node;
  // The innermost block of the function holding every site: the local is declared there.
  let block = innermostBlock(first, fn, group.map((a) => a.site.node));
  // Every site inside one loop's repeated part: the local goes above the loop, as a person would
  // write it, rather than into its body.
  const loop = hoistableLoop(group, fn);
  if (loop) {
    block = undefined;
    for (let current = loop.parent; current && current !== fn; current = current.parent) {
      if (current.type === 'BlockStatement') {
        block = current;
        break;
      }
    }
  }
  if (!block) return undefined;
  const statement = block.body.find((s) => contains(s, loop ?? first));
  if (!statement) return undefined;
  // `try { getX().a() } catch { getX().b() }`: declared before the `try`, the creator call (which
  // may throw: `requireUserContext()` outside a request) would escape the handler that caught it.
  // A later site in a `try` of its own is no such case when the first site's statement always
  // reaches it (linkedin-mcp-server-ts' `checkLogin`, `navigate` before a guarded `exportCookies`):
  // a throwing creator call would have thrown there first, outside that `try` as well.
  if (leavesTry(first, block)) return undefined;
  if (group.some((a) => leavesTry(a.site.node, block)) && !(loop === undefined && alwaysEvaluated(first, statement))) return undefined;

  // `await getX()` everywhere: the local holds what the creator's promise resolves to.
  const awaited = group.map((a) => (a.site.node.parent?.type === 'AwaitExpression' && a.site.node.parent.argument === a.site.node ? a.site.node.parent : undefined));
  const allAwaited = awaited.every((a) => a !== undefined);
  if (!allAwaited && awaited.some((a) => a !== undefined)) return undefined;

  const sites = new Set(group.map((a) => a.site.node));
  const valueAt = (i: number) => (allAwaited ? awaited[i]! : group[i]!.site.node);
  // `supervisor = getX(); await supervisor.destroy(); supervisor = getX()`, `const cage = await
  // acquireCage(); … (reset on a failure) … const freshCage = await acquireCage()`: given whole to a
  // variable a second time, the getter's value is wanted afresh — a new one after a reset — which
  // a creator call of its own gives, and one shared local would not. (One such variable is the
  // constant the others reuse, below.)
  if (group.filter((_, i) => givenToVariable(valueAt(i))).length > 1) return undefined;
  const declarationText = (local: string) => `const ${local} = ${allAwaited ? 'await ' : ''}${group[0]!.creatorCall}`;
  const others = (local: string) => group.slice(1).map((_, i) => ({ range: withGroupingParens(text, valueAt(i + 1)), text: local }));
  // `const queue = getX(); … getX().run()`: the constant already is the instance the others want —
  // unless it names it by a type other than the class (`const r = getX() as { agents?: Map<…> }`,
  // `const r: Base = getX()`): the others' `getX().setMemory()` would not type-check against it (VoltAgent).
  const declarator = statement.type === 'VariableDeclaration' && statement.kind === 'const' && statement.declarations.length === 1 ? statement.declarations[0]! : undefined;
  const className = group[0]!.site.factory.class;
  const keepsClass = (type: TSESTree.TypeNode | undefined) => type === undefined || (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === className);
  if (declarator?.id.type === 'Identifier' && keepsClass(declarator.id.typeAnnotation?.typeAnnotation) && declarator.init && withoutClassTyping(declarator.init, keepsClass) === valueAt(0) && group.slice(1).every((a) => a.site.node.range[0] >= statement.range[1])) {
    return { local: declarator.id.name, edits: [{ range: group[0]!.site.node.range, text: group[0]!.creatorCall }, ...others(declarator.id.name)], sites };
  }

  const root = contextRoot(group[0]!.context);
  if (declaredFrom(input, block, statement.range[0], root === 'this' ? undefined : root)) return undefined;
  const local = chooseLocalName(input, fn, group[0]!, names);
  if (!local) return undefined;

  // `getX();` first, for its effect: that statement becomes the declaration.
  if (statement.type === 'ExpressionStatement' && statement.expression === valueAt(0)) {
    return { local, edits: [{ range: valueAt(0).range, text: declarationText(local) }, ...others(local)], sites };
  }
  const declaration = declarationBefore(input, statement, declarationText(local), style);
  return { local, edits: [declaration, { range: withGroupingParens(text, valueAt(0)), text: local }, ...others(local)], sites };
}

/** `node` seen through what keeps its type: `!`, `satisfies T`, and `as`/`<…>` the class itself. */
function withoutClassTyping(node: TSESTree.Node, keepsClass: (type: TSESTree.TypeNode) => boolean): TSESTree.Node {
  let current = node;
  while (current.type === 'TSNonNullExpression' || current.type === 'TSSatisfiesExpression'
    || ((current.type === 'TSAsExpression' || current.type === 'TSTypeAssertion') && keepsClass(current.typeAnnotation))) {
    current = current.expression;
  }
  return current;
}

/**
 * The outermost loop of `fn` whose repeated part — its body, a `for`'s test and update, a
 * `while`'s test — holds every site of the group, when their context comes from outside it: a
 * variable, not the request scope's `requireUserContext()`, which a loop that never runs would not
 * have read (and which throws outside a request).
 */
function hoistableLoop(group: readonly PlannedAcquisition[], fn: TSESTree.Node): TSESTree.Node | undefined {
  if (group[0]!.context.endsWith(')')) return undefined;
  const loops = group.map((a) => outermostLoopAround(a.site.node, fn));
  return loops.every((loop) => loop !== undefined && loop === loops[0]) ? loops[0] : undefined;
}

function outermostLoopAround(node: TSESTree.Node, fn: TSESTree.Node): TSESTree.Node | undefined {
  let found: TSESTree.Node | undefined;
  for (let child = node, current = node.parent; current && current !== fn; child = current, current = current.parent) {
    if (repeats(current, child)) found = current;
  }
  return found;
}

/** Whether `child` is a part of `loop` that runs on every iteration. */
function repeats(loop: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (loop.type) {
    case 'ForStatement':
      return child === loop.body || child === loop.test || child === loop.update;
    case 'ForOfStatement':
    case 'ForInStatement':
      return child === loop.body;
    case 'WhileStatement':
    case 'DoWhileStatement':
      return child === loop.body || child === loop.test;
    default:
      return false;
  }
}

/** `getX();` or `await getX();` as a statement of its own. */
function isBareStatement(node: TSESTree.Node): boolean {
  return valueExpressionOf(node).parent?.type === 'ExpressionStatement';
}

/** `x = <node>`, `const x = <node>`: the value, awaited or not, is what a variable holds. */
function givenToVariable(node: TSESTree.Node): boolean {
  const value = valueExpressionOf(node);
  const parent = value.parent;
  if (parent?.type === 'VariableDeclarator') return parent.init === value;
  return parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === value;
}

/** The innermost block of `fn` that holds every site. */
export function innermostBlock(first: TSESTree.Node, fn: TSESTree.Node, sites: readonly TSESTree.Node[]): TSESTree.BlockStatement | undefined {
  for (let current = first.parent; current && current !== fn; current = current.parent) {
    if (current.type === 'BlockStatement' && sites.every((site) => contains(current, site))) return current;
  }
  return undefined;
}

/**
 * `declaration` (without its semicolon) inserted as a line of its own above `statement` and the
 * comments that belong to it, at its indentation; inline before it when it shares its line.
 */
export function declarationBefore(input: AnalysisInput, statement: TSESTree.Node, declaration: string, style: TextStyle): TextEdit {
  const text = input.text;
  const start = ownLine(text, statement.range[0]) ? aboveLeadingComments(input, statement.range[0]) : statement.range[0];
  const line = `${declaration}${style.semicolon ? ';' : ''}`;
  return { range: [start, start], text: ownLine(text, start) ? `${line}${style.eol}${text.slice(lineStart(text, start), start)}` : `${line} ` };
}

/** Whether only indentation comes before `offset` on its line. */
function ownLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/**
 * Where the comments on the lines right above a statement begin: they belong to it — a
 * description, or a directive for the next line (`// @ts-expect-error`,
 * `// eslint-disable-next-line`) that a line put between them would take for its own.
 */
function aboveLeadingComments(input: AnalysisInput, offset: number): number {
  const text = input.text;
  let start = offset;
  for (const comment of [...(input.ast.comments ?? [])].reverse()) {
    if (comment.range[1] > start) continue;
    if (!/^[ \t]*\r?\n[ \t]*$/.test(text.slice(comment.range[1], start)) || !ownLine(text, comment.range[0])) break;
    start = comment.range[0];
  }
  return start;
}

/**
 * `(await getX()).run()`: made a name, the value needs its parentheses no more, so they go with
 * it. Only a member's object: around an argument they are the call's.
 */
function withGroupingParens(text: string, node: TSESTree.Node): readonly [number, number] {
  const parent = node.parent;
  if (parent?.type !== 'MemberExpression' || parent.object !== node) return node.range;
  const before = /\(\s*$/.exec(text.slice(parent.range[0], node.range[0]));
  const after = /^\s*\)/.exec(text.slice(node.range[1], parent.range[1]));
  return before && after ? [node.range[0] - before[0].length, node.range[1] + after[0].length] : node.range;
}

/**
 * Whether running `statement` always evaluates `node` unless something before it in the statement
 * throws or leaves: no branch, loop, callback, optional chain or default value between them.
 */
function alwaysEvaluated(node: TSESTree.Node, statement: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; parent && child !== statement; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent) || /^(?:For|ForIn|ForOf|While|DoWhile|Labeled|Try|Switch)Statement$|^Class|Pattern$/.test(parent.type)) return false;
    if ((parent.type === 'ConditionalExpression' || parent.type === 'IfStatement') && child !== parent.test) return false;
    if (parent.type === 'LogicalExpression' && child !== parent.left) return false;
    // `getX()?.a()` evaluates the getter; `a?.b(getX())` and `a?.[getX()]` may not.
    if (parent.type === 'MemberExpression' && child !== parent.object) return false;
    if (parent.type === 'CallExpression' && child !== parent.callee && inOptionalChain(parent)) return false;
  }
  return true;
}

/** Whether a call is skipped when a link before it is nullish: `a?.b(…)`, `a?.(…)`. */
function inOptionalChain(call: TSESTree.CallExpression): boolean {
  for (let link: TSESTree.Node = call; link.type === 'CallExpression' || link.type === 'MemberExpression'; link = link.type === 'CallExpression' ? link.callee : link.object) {
    if (link.optional) return true;
  }
  return false;
}

/** Whether `node` lies in a `try` statement's block, handler or finalizer inside `block`: the local would be declared outside it. */
export function leavesTry(node: TSESTree.Node, block: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== block; current = current.parent) {
    if (current.type === 'TryStatement') return true;
  }
  return false;
}

/** `userContext` of `userContext`, `req` of `req.userContext`, `this` of `this.userContext`; undefined for a call (`requireUserContext()`). */
function contextRoot(context: string): string | undefined {
  return /^([A-Za-z_$][\w$]*)(?=\s*(?:$|[.?[]))/.exec(context)?.[1];
}

/** Whether `name` is declared inside `block` at or after `offset`: the context would not exist yet where the local is declared. */
function declaredFrom(input: AnalysisInput, block: TSESTree.Node, offset: number, name: string | undefined): boolean {
  if (name === undefined || !input.scopeManager) return false;
  return input.scopeManager.scopes.some((scope) => contains(block, scope.block as TSESTree.Node) && scope.variables.some((v) => v.name === name && v.defs.some((d) => d.name.range[0] >= offset)));
}


// Words a local cannot be called.
const RESERVED = new Set(['class', 'default', 'delete', 'enum', 'export', 'extends', 'function', 'import', 'new', 'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this', 'typeof', 'var', 'void', 'with', 'yield', 'let', 'await', 'arguments', 'eval']);

/** `AgentInstanceFactory` → `agentInstanceFactory`, `HTTPClient` → `httpClient`, `JWT` → `jwt`. */
export function localNameFor(className: string): string | undefined {
  const leading = /^[A-Z]+/.exec(className)?.[0] ?? '';
  let name: string;
  if (leading.length === className.length) name = className.toLowerCase();
  else if (leading.length > 1) name = leading.slice(0, -1).toLowerCase() + className.slice(leading.length - 1);
  else name = className.charAt(0).toLowerCase() + className.slice(1);
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) ? name : undefined;
}
