import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { resolvedVariable } from './bound-names.js';
import { findContext } from './context.js';
import { unfitCreatorParameter } from './creator-signature.js';
import { analyzeFile } from './file-analysis.js';
import { globalMember } from './global-objects.js';
import { holdsValues } from './holds-values.js';
import { appearancesOf, comparedForIdentity } from './identity-checks.js';
import { spiedOn } from './mocks.js';
import { creatorModuleFor } from './module-specifiers.js';
import { getterAcquisition, isAccessorGetter } from './names.js';
import { insideTestCallback } from './test-callbacks.js';
import type { AnalysisInput, FactorySite } from './types.js';
import { localClass, moduleFunctionName } from './local-types.js';
import { contains, functionName, isFunctionNode, isNullish, isTypeWrapper, memberWrittenThrough, nodesByType, resetCalledThrough, setterCalledThrough, staticName, unwrapExpression, valueExpressionOf } from './walk.js';

// Why a site is left for a person (a manual site) rather than rewritten: the reason the report gives.

/** `undefined`, `null`, `void 0`, `{}`: an argument that says nothing, so dropping it loses nothing. */
function carriesNothing(node: TSESTree.Node): boolean {
  const arg = unwrapExpression(node);
  return isNullish(arg) || (arg.type === 'ObjectExpression' && arg.properties.length === 0);
}

/**
 * `new X(ctx, { agents: [] })` → `createX(ctx)` would silently drop the options: the creator
 * takes the context only. Only the context the rewrite passes anyway, and arguments that say
 * nothing, may go.
 */
export function dropsArguments(construction: TSESTree.NewExpression, input: AnalysisInput, config: ResolvedConfig): boolean {
  if (construction.arguments.length === 0) return false;
  const decision = findContext(construction, input, config);
  const context = decision.kind === 'found' ? decision.expression : undefined;
  return construction.arguments.some((arg) => {
    if (arg.type === 'SpreadElement') return true;
    const value = unwrapExpression(arg);
    return !carriesNothing(value) && input.text.slice(value.range[0], value.range[1]) !== context;
  });
}

/** Whether `node` lies in the body of a function called `name`. */
export function insideFunctionNamed(node: TSESTree.Node, name: string): boolean {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current) && functionName(current) === name) return true;
  return false;
}

/**
 * The module-lifetime place a site's instance (or what is read off it) is stored in, from inside a
 * function: crowd.dev's job generator keeps `seq = (await databaseInit()).sequelize` in a module
 * `let`, `globalThis.db = getDb()` on the global object. Rewritten, the first request's
 * per-request instance would be kept and handed to every later one — the singleton again. One
 * call away too: a site in the body of a function of the module whose result a call keeps so
 * (hackathon-starter's `createAIAgent()`, which builds the agent around `await getCheckpointer()`,
 * called as `globalAgent ??= await createAIAgent()` by the chat route).
 */
function keptForTheProcess(site: FactorySite, input: AnalysisInput): string | undefined {
  return keptIn(valueExpressionOf(site.node), input) ?? keptThroughMaker(site.node, input);
}

/** Where the value of `start` ends up, when an assignment keeps it (or what is read off it) in a module-lifetime place. */
function keptIn(start: TSESTree.Node, input: AnalysisInput): string | undefined {
  let value: TSESTree.Node = start;
  for (let parent = value.parent; parent; parent = value.parent) {
    const passesOn = (parent.type === 'MemberExpression' && parent.object === value) || parent.type === 'ChainExpression' || parent.type === 'LogicalExpression'
      || (parent.type === 'ConditionalExpression' && parent.test !== value) || parent.type === 'AwaitExpression' || (isTypeWrapper(parent) && parent.expression === value)
      // `emitter = new RunWorkerEmitter(QUEUE_CLIENT(), log)` (crowd.dev): what is made keeps what it is given.
      || (parent.type === 'NewExpression' && parent.arguments.includes(value as TSESTree.Expression))
      // … and so does a list or a record built around it: gemini-cli's `new Map([[CONSECA, getInstance()]])`.
      || parent.type === 'ArrayExpression' || (parent.type === 'Property' && parent.value === value) || parent.type === 'ObjectExpression';
    if (!passesOn) break;
    value = parent;
  }
  const assignment = value.parent;
  // `private monitoringService = getMonitoringService()`: an instance field's initializer, on each instance.
  if (assignment?.type === 'PropertyDefinition' && assignment.value === value && !assignment.static && !assignment.computed) {
    return keptInstanceField(assignment.parent.parent, staticName(assignment.key), input);
  }
  if (assignment?.type !== 'AssignmentExpression' || assignment.right !== value) return undefined;
  // A suite's `beforeEach(() => { engine = new SearchEngine(); })` (Joplin's): a fixture made
  // again for every test, which no request reaches.
  if (insideTestCallback(assignment)) return undefined;
  let target: TSESTree.Node = assignment.left;
  while (isTypeWrapper(target)) target = target.expression;
  if (target.type === 'Identifier') {
    const variable = resolvedVariable(input, target);
    if (!variable || (variable.scope.type !== 'module' && variable.scope.type !== 'global') || variable.defs.length === 0) return undefined;
    // Declared to hold values (`let registryName: string`): what it keeps is read off the
    // instance, not the instance.
    const declared = variable.defs[0]!.name as TSESTree.Node;
    return declared.type === 'Identifier' && holdsValues(declared.typeAnnotation?.typeAnnotation) ? undefined : target.name;
  }
  const member = globalMember(target, input);
  return member ? `${member.object}${member.slot}` : staticField(target, input) ?? fieldOfKeptInstance(target, input);
}

/**
 * `MonitoringOrchestrator's monitoringService` for `this.monitoringService = …` in a constructor or
 * method of a class the module keeps one instance of (EasyEscrow's orchestrator, made once by its
 * getter): that instance lives as long as the process, and so does what it keeps.
 */
function fieldOfKeptInstance(target: TSESTree.Node, input: AnalysisInput): string | undefined {
  if (target.type !== 'MemberExpression' || target.computed || target.object.type !== 'ThisExpression') return undefined;
  const declaration = instanceClassOf(target);
  return declaration ? keptInstanceField(declaration, staticName(target.property), input) : undefined;
}

/** The class's field described, when the module keeps an instance of the class for the process. */
function keptInstanceField(declaration: TSESTree.Node, field: string | undefined, input: AnalysisInput): string | undefined {
  if (declaration.type !== 'ClassDeclaration' || !declaration.id || field === undefined) return undefined;
  const kept = keptInstanceOf(declaration.id.name, input);
  return kept === undefined ? undefined : `${declaration.id.name}'s ${field}, on the one instance the module keeps (${kept})`;
}

/** The class whose instance `this` is at `node`: in a constructor, an instance method, or an instance field's initializer (arrows keep the enclosing `this`). */
function instanceClassOf(node: TSESTree.Node): TSESTree.ClassDeclaration | undefined {
  const owner = thisOwner(node);
  return owner && !owner.static ? owner.declaration : undefined;
}

/**
 * The class declaration whose method or field initializer `this` at `node` belongs to, and
 * whether that member is static; arrows keep the enclosing `this`.
 */
function thisOwner(node: TSESTree.Node): { declaration: TSESTree.ClassDeclaration; static: boolean; field: boolean } | undefined {
  for (let current = node.parent; current; current = current.parent) {
    const member = current.type === 'PropertyDefinition' ? current : isFunctionNode(current) && current.type !== 'ArrowFunctionExpression' ? current.parent : undefined;
    if (!member) continue;
    // A function's `this` is its class's only as a method's own (not as a field's value, nor a callback's).
    if (member.type !== (current.type === 'PropertyDefinition' ? 'PropertyDefinition' : 'MethodDefinition')) return undefined;
    const declaration = member.parent.parent;
    return declaration.type === 'ClassDeclaration' ? { declaration, static: member.static, field: member.type === 'PropertyDefinition' } : undefined;
  }
  return undefined;
}

/** The classes keptInstanceOf is answering for: `class Node { constructor() { this.next = new Node(); } }` asks again while answering, and the answer is no. */
const askedFor = new Set<string>();

/**
 * Where the module keeps an instance of its class `className` for the process, when it does: a
 * module variable or a static field it assigns `new C(…)` to (a getter's `instance ??= new
 * C()`, `C.instance = new this()`), a module-level `const c = new C()`, its default export.
 */
function keptInstanceOf(className: string, input: AnalysisInput): string | undefined {
  if (askedFor.has(className)) return undefined;
  askedFor.add(className);
  try {
    return keptInstanceOfUnguarded(className, input);
  } finally {
    askedFor.delete(className);
  }
}

function keptInstanceOfUnguarded(className: string, input: AnalysisInput): string | undefined {
  for (const node of nodesByType(input.ast).get('NewExpression') ?? []) {
    const construction = node as TSESTree.NewExpression;
    const callee = construction.callee;
    const makesIt = (callee.type === 'Identifier' && callee.name === className) || (callee.type === 'ThisExpression' && staticMethodClass(construction) === className);
    if (!makesIt) continue;
    const parent = construction.parent;
    if (parent?.type === 'ExportDefaultDeclaration') return 'its default export';
    const declaredAtTop = parent?.type === 'VariableDeclarator' && (parent.parent.parent.type === 'Program' || parent.parent.parent.type === 'ExportNamedDeclaration');
    if (declaredAtTop && parent.init === construction && parent.id.type === 'Identifier') return parent.id.name;
    const kept = keptIn(construction, input);
    if (kept !== undefined) return kept;
  }
  return undefined;
}

/**
 * `CheckerRegistry.checkers` for an assignment to a static field of a class the module declares
 * (`CheckerRegistry.checkers = …`, or `this.checkers = …` in one of its static methods): a class
 * lives as long as its module. Not a field declared to hold values.
 */
function staticField(target: TSESTree.Node, input: AnalysisInput): string | undefined {
  if (target.type !== 'MemberExpression' || target.computed || target.property.type !== 'Identifier') return undefined;
  const className = target.object.type === 'Identifier' ? declaredClassName(target.object, input) : target.object.type === 'ThisExpression' ? staticMethodClass(target) : undefined;
  const declaration = className === undefined ? undefined : localClass(target, className);
  const field = declaration?.body.body.find((member) => member.type === 'PropertyDefinition' && member.static && staticName(member.key) === (target.property as TSESTree.Identifier).name);
  if (!field || holdsValues((field as TSESTree.PropertyDefinition).typeAnnotation?.typeAnnotation)) return undefined;
  return `${className}.${target.property.name}`;
}

/** The class's name when `name` is bound to a class (inside its body, to the class's own binding of it); localClass then asks that the module declares it at its top. */
function declaredClassName(name: TSESTree.Identifier, input: AnalysisInput): string | undefined {
  return resolvedVariable(input, name)?.defs.some((def) => def.type === 'ClassName') ? name.name : undefined;
}

/** The name of the class whose static method `node` is in (arrows inside it included: their `this` is the method's). */
function staticMethodClass(node: TSESTree.Node): string | undefined {
  const owner = thisOwner(node);
  return owner?.static && !owner.field ? owner.declaration.id?.name : undefined;
}

/**
 * `globalAgent` for a site in `createAIAgent()`'s own body when the module keeps that function's
 * result so (`globalAgent = await createAIAgent()`), described with the function's name. Only the
 * innermost function counts, and only one the module declares at its top: a callback inside it
 * runs on each of its own calls.
 */
function keptThroughMaker(node: TSESTree.Node, input: AnalysisInput): string | undefined {
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn && !isFunctionNode(fn)) fn = fn.parent;
  const name = fn && moduleFunctionName(fn);
  if (name === undefined) return undefined;
  for (const call of nodesByType(input.ast).get('CallExpression') ?? []) {
    const callee = (call as TSESTree.CallExpression).callee;
    if (callee.type !== 'Identifier' || callee.name !== name || contains(fn!, call)) continue;
    const kept = keptIn(call, input);
    if (kept !== undefined) return `${kept} (what ${name}() makes)`;
  }
  return undefined;
}

/** Why a site cannot be rewritten mechanically, or undefined when it can. */
export function rewriteBlocker(site: FactorySite, input: AnalysisInput, config: ResolvedConfig, filePath: string): string | undefined {
  if (site.kind === 'getter-reference' && site.node.type === 'ExportSpecifier') {
    const exported = staticName(site.node.exported);
    if (exported !== undefined && exported !== site.factory.getter) {
      // Getters are known by name: `getFactory()` in the importers is not recognised as this one.
      return `re-exported as ${exported}: calls of ${exported}() are not recognised as ${site.factory.getter}, so nothing moves them — list ${exported} in factories too, or re-export the getter under its own name`;
    }
    return `re-exported: importers move to ${site.factory.creator} (migrate exports it here too); drop ${site.factory.getter} once nothing imports it`;
  }
  if (site.kind === 'getter-reference' && isAccessorGetter(site.factory)) {
    return `sets ${site.factory.getter}, the instance every caller shares: per request there is none to set — decide where it belongs`;
  }
  if (site.kind === 'getter-reference') return 'the getter is used as a value, not called: rewrite it by hand';
  if (site.kind === 'getter-mock' || site.kind === 'class-mock') {
    const name = site.kind === 'getter-mock' ? site.factory.getter : site.factory.class;
    return `a test double replaces ${name}: once the code calls ${site.factory.creator}, mock that instead`;
  }
  // The creator takes the context; a getter's own arguments (init options on first call) have
  // no mechanical place in `creator(<context>)`, and dropping them would change behaviour.
  if (site.kind === 'getter-call' && site.node.type === 'CallExpression' && site.node.arguments.length > 0) {
    return 'the getter is called with arguments: decide how the per-request creator receives them';
  }
  if (comparedForIdentity(site, input, analyzeFile(input, config).sites)) {
    return `compared for identity with another ${getterAcquisition(site.factory)} or another object (a test that one instance is handed out and shared): per request there is one per call — decide what the test should hold`;
  }
  if (spiedOn(site, input)) {
    return `a test double is set on, or read off, what ${getterAcquisition(site.factory)} hands out, the instance the code under test shares: on a per-request instance the code never sees it — spy on ${site.factory.class}.prototype, or hand the test's instance in`;
  }
  // `function createX(ctx) { return getX(); }`, a creator written as a wrapper: rewritten, it
  // would call itself, forever.
  if (site.kind === 'getter-call' && insideFunctionNamed(site.node, site.factory.creator)) {
    return `${site.factory.creator} itself calls ${getterAcquisition(site.factory)}: rewritten, it would call itself — build the per-request instance there instead of sharing the singleton`;
  }
  // `getX().onReady = f`: on the singleton that configures every later caller — also through the
  // constant it initialises: `const logger = getX(); logger.core = this`.
  const appearances = site.kind === 'getter-call' ? appearancesOf(valueExpressionOf(site.node), input).map(valueExpressionOf) : [];
  const written = appearances.map(memberWrittenThrough).find(Boolean);
  if (written !== undefined) {
    return `writes to ${staticName(written.property) ?? '[…]'} of the shared instance, for every later caller: on a per-request instance the write would last one request — decide where that state belongs`;
  }
  // `ConsecaSafetyChecker.getInstance().setContext(this)` (gemini-cli): a setter, so the same.
  const setter = appearances.map(setterCalledThrough).find(Boolean);
  if (setter !== undefined) {
    return `calls ${staticName(setter.property)}() on the shared instance, setting it for every later caller: on a per-request instance the setting would last one request — decide where that state belongs`;
  }
  // supertokens' tests: `ProcessState.getInstance().reset()` before each empties the one instance.
  const reset = appearances.map(resetCalledThrough).find(Boolean);
  if (reset !== undefined) {
    return `calls ${staticName(reset.property)}() on the shared instance, emptying it for every later caller: a per-request instance starts empty, so the call would do nothing — drop it, or empty what stays shared`;
  }
  const kept = keptForTheProcess(site, input);
  if (kept !== undefined) {
    return `kept in ${kept}, which lives as long as the process: rewritten, the first request's instance would serve every later one — build it per request where it is used, or keep what is shared there instead`;
  }
  const analysis = analyzeFile(input, config);
  // `new X(getX().config)`: the rewrite replaces the whole construction, arguments included, so
  // the acquisition inside would vanish instead of being migrated (and once migrated, a creator
  // call inside keeps it so: a second run must not do what the first refused).
  const within = (node: TSESTree.Node) => node !== site.node && contains(site.node, node);
  if (analysis.sites.some((other) => within(other.node)) || analysis.creatorCalls.some((call) => within(call.node))) {
    return 'its arguments acquire a factory too: rewrite the two together by hand';
  }
  if (site.kind === 'construction' && dropsArguments(site.node as TSESTree.NewExpression, input, config)) {
    return 'constructed with arguments the creator does not take: decide how the per-request creator receives them';
  }
  const { bindings } = analysis.bindings;
  const localCreator = bindings.find((b) => b.role === 'creator' && b.factory === site.factory && b.via === 'local');
  const unfit = localCreator && unfitCreatorParameter(localCreator.declaration, config);
  if (unfit !== undefined) {
    return `${site.factory.creator} in this module takes ${unfit}, not a user context: name the per-request creator otherwise in the config, or make this one take the context`;
  }
  const creatorKnown = creatorModuleFor(site, config, filePath) !== undefined || bindings.some((b) => b.role === 'creator' && b.factory === site.factory && !b.typeOnly);
  if (!creatorKnown && site.via === 'local') {
    // The getter's (or the class's) own module: the creator belongs here, next to it.
    return `${site.factory.creator} is not declared in this module, where ${site.kind === 'construction' ? site.factory.class : site.factory.getter} is: declare it here, then migrate again`;
  }
  if (!creatorKnown) return `no import of ${site.factory.creator} can be derived (the ${site.kind === 'construction' ? 'class' : 'getter'} is not imported here)`;
  return undefined;
}
