import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import { dropsArguments } from '../analysis/rewrite-blockers.js';
import { moduleFunctionName, resolvedFilledType } from '../analysis/local-types.js';
import { moduleNames } from '../analysis/module-names.js';
import { analyzeFile, sitesIn } from '../analysis/file-analysis.js';
import { loadFastParser } from '../analysis/fast-parser.js';
import { globalMemberSlot, slotOfHolderName } from '../analysis/global-objects.js';
import { findHolders } from '../analysis/holders.js';
import { PER_REQUEST_CACHE_CLASS } from '../analysis/request-caches.js';
import { rememberFileOf } from '../analysis/imported-classes.js';
import { isBuildOutput } from '../analysis/compiled-output.js';
import { getterAcquisition, isAccessorGetter, withoutSharing } from '../analysis/names.js';
import { parseFile, stripBom } from '../analysis/parse.js';
import type { AnalysisInput, HolderFinding } from '../analysis/types.js';
import { calleeText, importEqualsSource, isFunctionNode, nodesOfTypes, returnedValues, staticName, unwrapExpression, walk } from '../analysis/walk.js';
import { scanFiles, type ScanRequest } from '../check/scan.js';
import { isPackageSpecifier, splitSpecifier } from '../analysis/tsconfig-imports.js';
import { workspaceModuleResolver } from '../analysis/workspace-packages.js';
import { unfitCreatorParameter } from '../analysis/creator-signature.js';
import { holdsNoUsersState, packageNameOf } from '../analysis/single-user-package.js';
import { exportsMember, isModuleExports } from '../analysis/commonjs-exports.js';
import { isTestFile } from '../analysis/test-files.js';
import { toPosixRelative } from '../check/posix-path.js';
import { resolveProjectModule } from '../analysis/module-files.js';

/** A singleton getter found in the code: the factory entry it suggests, and how much depends on it. */
export interface DiscoveredFactory {
  readonly factory: FactorySpec;
  /** Where the getter is declared (POSIX, relative to the working directory) and the holder it fills. */
  readonly file: string;
  readonly line: number;
  readonly holder: string;
  /** Its acquisitions across the scanned files (calls, references, constructions, test doubles), and in how many files. */
  readonly sites: number;
  readonly files: number;
  /** Why the entry needs a look before it is used, when it does. */
  readonly note?: string;
}

// A TypeScript source's extension, which an import names only under `allowImportingTsExtensions`.
const TYPESCRIPT_SOURCE = /\.(?:[cm]?ts|tsx)$/;
const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const PASCAL_CASE = /^[A-Z][\w$]*$/;

// The verb a getter's name starts with: `getSfdcService`, `initializeRedisStore`, `ensureQueue`,
// formbricks' `openDb` and `registerJobsWorker`, hoppscotch's `acquireCage`, LlamaIndexTS' `lazyLoadQueryEngine`.
const GETTER_VERB = /^(?:getOrCreate|getOrInit|lazy(?:Load|Get|Init|Create)?|get|create|init|initialize|load|ensure|obtain|fetch|use|setup|make|build|provide|open|register|acquire|start|connect|resolve)(?=[A-Z$_])/;

/**
 * What a getter hands out, by its name: a private mark (`_getFirebase`) and the verb off the
 * front, and a `Singleton` or `Instance` off the end — it says how the getter shares, which the
 * per-request creator does not (big-AGI's `reactQueryClientSingleton` → `ReactQueryClient`);
 * written as a class is (crowd.dev's `QUEUE_CLIENT()` → `QueueClient`, `get_db` → `Db`).
 */
const subjectOf = (getter: string) => pascalCase(withoutSharing(getter.replace(/^[_$]+(?=[A-Za-z])/, '').replace(GETTER_VERB, '')));

/** `QUEUE_CLIENT` → `QueueClient`, `_db` → `Db`, `redisStore` → `RedisStore`, `API` as it is: the words of a name, each capitalised. */
function pascalCase(name: string): string {
  if (!name.includes('_')) return capitalize(name);
  const words = name.split('_').filter(Boolean);
  return words.map((word) => (word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : capitalize(word))).join('') || capitalize(name);
}

/** `getSfdcService` → `createSfdcService`, `initializeRedisStore` → `createRedisStore`; a name with no such verb gains the prefix whole: `client` → `createClient`. */
export function creatorNameFor(getter: string): string {
  return `create${subjectOf(getter)}`;
}

/**
 * The creator of a class's instances: `JobQueue` → `createJobQueue`, continue's
 * `MCPManagerSingleton` → `createMCPManager`, Huly's `InboxNotificationsClientImpl` →
 * `createInboxNotificationsClient` (what it makes is the client; `Impl` names the class behind it).
 */
const creatorForClass = (className: string) => `create${capitalize(withoutSharing(className).replace(/(?<=[a-zA-Z0-9])Impl$/, ''))}`;

/**
 * The module-level name of a function: `function getX()`, `const getX = () => …`, `export const
 * getX = function () {…}` — not a default export, which importers name as they like.
 */
function topLevelFunctionName(fn: TSESTree.Node): string | undefined {
  return fn.parent?.type === 'ExportDefaultDeclaration' ? undefined : moduleFunctionName(fn);
}

/** What a getter function is called by: `Class.method` for a static method of a named class, else its module-level name. */
function getterNameOf(fn: TSESTree.Node): string | undefined {
  const method = fn.parent;
  if (method?.type === 'MethodDefinition' && method.value === fn) {
    const owner = method.parent?.parent;
    const className = owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression' ? owner.id?.name : undefined;
    const key = method.static && (method.kind === 'method' || method.kind === 'get') && !method.computed && !isPrivateMember(method) ? staticName(method.key) : undefined;
    return className && key ? `${className}.${key}` : undefined;
  }
  return topLevelFunctionName(fn);
}

/**
 * `static get #Instance()`, `private static getInstance()`: only the class itself can reach it, so
 * no site elsewhere calls it (lemmy-ui's services hand out `HttpService.client`, read off the
 * instance the private getter keeps) — no getter to configure.
 */
function isPrivateMember(member: TSESTree.MethodDefinition): boolean {
  return member.key.type === 'PrivateIdentifier' || member.accessibility === 'private';
}

/** `static get instance()`: its sites read it rather than call it, which the factory entry says. */
function accessorOf(fn: TSESTree.Node): { accessor?: true } {
  return fn.parent?.type === 'MethodDefinition' && fn.parent.kind === 'get' ? { accessor: true } : {};
}

/**
 * A getter takes nothing: a function with a required parameter (`init(server)`) sets a holder up,
 * it does not hand one out. JavaScript has no required parameters, though: Claw Control Center's
 * `getAgentsStore(filePath)` is called with its path once at start-up and bare everywhere else — a
 * getter that its first call configures, and named as one. An untyped parameter of a `get…`
 * function is that; the calls that pass it are noted and stay manual (a lookup by key).
 */
function takesNoArguments(fn: TSESTree.Node): boolean {
  if (!isFunctionNode(fn)) return false;
  const namedAsGetter = GET_VERB.test(getterNameOf(fn)?.split('.').pop() ?? '');
  return fn.params.every((p) => p.type === 'AssignmentPattern' || (p.type === 'Identifier' && (p.optional === true || (namedAsGetter && !p.typeAnnotation))) || p.type === 'RestElement');
}

const GET_VERB = /^get(?=[A-Z$_])/;

// `getInstance()`, `getDefault()`: a name every such module uses, which says nothing of the class.
const GENERIC_GETTER = /^(?:get)?(?:Instance|Default|Singleton|Shared|Client|Service)$/i;

// Verbs of an operation rather than an acquisition: `registerJobsWorker()`, `fetchLicense()`,
// `loadQuickJSModule()`, `bootstrapApp()` keep their first result so the work runs once per process
// (formbricks, botpress, vendure). Without a class of the code's own to name, the entry would be a
// made-up class and a creator for an operation: noted, not offered.
/**
 * A getter already named as a creator (langwatch's memoised `createEnvConfig()`): the creator the
 * migration writes takes that name, so the getter must be renamed first.
 */
const CREATOR_VERB = /^create(?=[A-Z$_])/;

/**
 * What an application's composition root is called — the app object, a dependency-injection
 * container, a service locator (LangWatch's `getApp()`, 556 sites; automatic-agent-platform's
 * `ServiceRegistry.getInstance()`, registering each service's `init`, and its
 * `PlatformApplicationKernel`): it is built once and hands out
 * the services, so the per-user factories are among what it hands out, not it.
 */
const COMPOSITION_ROOT = /^(?:App|Application|AppContext|ApplicationContext|Container|DIContainer|IocContainer|ServiceContainer|Kernel|(?:[A-Z][A-Za-z]*)?(?:Application|App)Kernel|Injector|ServiceLocator|ServiceRegistry|ServiceProvider|Services)$/;

/** What npm accepts as a package's name (`lodash`, `@scope/pkg`): lower case, no spaces. */
const NPM_PACKAGE_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

const OPERATION_VERB = /^(?:register|start|bootstrap|boot|launch|run|ensure|setup|fetch|load|sync|refresh|schedule|prepare|warm|install|mount)(?=[A-Z$_])/;

/**
 * Whether `expression` evaluates to the holder: the holder itself, its filling
 * (`holder ??= new X()`, `holder || (holder = …)`, a ternary either way), or either through an
 * assertion, `await` or a comma. `holder.stop()` or `new Promise(…)` around it uses the holder
 * but hands out something else — continue's `deactivate()` and `TTS.kill()` did.
 */
function yieldsHolder(expression: TSESTree.Node, isHolder: (node: TSESTree.Node) => boolean): boolean {
  if (isHolder(expression)) return true;
  switch (expression.type) {
    case 'TSNonNullExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
      return yieldsHolder(expression.expression, isHolder);
    case 'AwaitExpression':
      return yieldsHolder(expression.argument, isHolder);
    case 'AssignmentExpression':
      return isHolder(expression.left);
    case 'LogicalExpression':
      return yieldsHolder(expression.left, isHolder) || yieldsHolder(expression.right, isHolder);
    case 'ConditionalExpression':
      return yieldsHolder(expression.consequent, isHolder) || yieldsHolder(expression.alternate, isHolder);
    case 'SequenceExpression':
      return yieldsHolder(expression.expressions[expression.expressions.length - 1]!, isHolder);
    default:
      return false;
  }
}

/** Whether `fn` hands the holder out: one of its own `return`s (or an arrow's body) yields it. */
function returnsHolder(fn: TSESTree.Node, isHolder: (node: TSESTree.Node) => boolean): boolean {
  return isFunctionNode(fn) && returnedValues(fn).some((value) => value !== null && yieldsHolder(value, isHolder));
}

/** Whether the module exports `name`: `export function name`, `export { name }`, `export default name`, `module.exports = { name }`, `exports.name = …`. */
function isExported(name: string, input: AnalysisInput): boolean {
  const declares = (node: TSESTree.Node | null | undefined): boolean =>
    (node?.type === 'FunctionDeclaration' && node.id?.name === name)
    || (node?.type === 'VariableDeclaration' && node.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name));
  for (const statement of input.ast.body) {
    if (statement.type === 'ExportNamedDeclaration') {
      if (declares(statement.declaration)) return true;
      if (!statement.source && statement.specifiers.some((s) => s.local.type === 'Identifier' && s.local.name === name)) return true;
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = statement.declaration;
      if ((declaration.type === 'Identifier' && declaration.name === name) || declares(declaration)) return true;
    }
  }
  let viaCommonJs = false;
  walk(input.ast, (node) => {
    if (viaCommonJs || node.type !== 'AssignmentExpression') return;
    const left = node.left;
    if (exportsMember(left) === name) viaCommonJs = true;
    else if (isModuleExports(left) && node.right.type === 'ObjectExpression') {
      viaCommonJs = node.right.properties.some((p) => p.type === 'Property' && p.value.type === 'Identifier' && p.value.name === name);
    }
  });
  return viaCommonJs;
}

/**
 * The exported function other modules call when the getter itself is private: growthbook's
 * `getGrowthBookClient()` hands out what the module's own `ensureGrowthBookClient()` fills
 * (`const client = ensureGrowthBookClient(); …; return client`). Undefined when the getter is
 * exported itself or nothing exported hands its result out.
 */
function exportedWrapper(getter: string, input: AnalysisInput): TSESTree.Node | undefined {
  if (isExported(getter, input)) return undefined;
  const callsGetter = (node: TSESTree.Node | null | undefined): boolean => {
    if (!node) return false;
    const expr = unwrapExpression(node);
    if (expr.type === 'AwaitExpression') return callsGetter(expr.argument);
    return expr.type === 'CallExpression' && expr.callee.type === 'Identifier' && expr.callee.name === getter;
  };
  return nodesOfTypes(input.ast, ['FunctionDeclaration', 'ArrowFunctionExpression', 'FunctionExpression']).find((candidate) => {
    const name = topLevelFunctionName(candidate);
    if (name === undefined || name === getter || !takesNoArguments(candidate) || !isExported(name, input)) return false;
    // Locals bound to the getter's result: `const client = ensureGrowthBookClient()`.
    const results = new Set<string>();
    walk(candidate, (node) => {
      if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && callsGetter(node.init)) results.add(node.id.name);
    });
    return returnsHolder(candidate, (node) => callsGetter(node) || (node.type === 'Identifier' && results.has(node.name)));
  });
}

/** `import('x')`, `await import('x')`, `require('x')`: the module a value is loaded from. */
function loadedModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const expr = unwrapExpression(node);
  if (expr.type === 'AwaitExpression') return loadedModule(expr.argument);
  const source = expr.type === 'ImportExpression' ? expr.source
    : expr.type === 'CallExpression' && expr.callee.type === 'Identifier' && expr.callee.name === 'require' ? expr.arguments[0] : undefined;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

/**
 * Where a class the module constructs under `local` comes from, and the name it is exported
 * under: `import { WebHaptics as WH } from 'web-haptics'`, or — loaded on first use —
 * `const { WebHaptics: WH } = await import('web-haptics')`. The config names the exported class.
 */
function importedClass(local: string, input: AnalysisInput): { name: string; source: string } | undefined {
  for (const statement of input.ast.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.local.name !== local || specifier.type === 'ImportNamespaceSpecifier') continue;
      const name = specifier.type === 'ImportSpecifier' ? staticName(specifier.imported) ?? local : local;
      return { name, source: statement.source.value };
    }
  }
  let found: { name: string; source: string } | undefined;
  walk(input.ast, (node) => {
    if (found || node.type !== 'VariableDeclarator' || node.id.type !== 'ObjectPattern') return;
    const source = loadedModule(node.init);
    if (source === undefined) return;
    for (const property of node.id.properties) {
      if (property.type !== 'Property' || property.value.type !== 'Identifier' || property.value.name !== local) continue;
      const name = staticName(property.key);
      if (name !== undefined) found = { name, source };
    }
  });
  return found;
}

/**
 * Why the module's own `name` cannot be the creator, when it binds that name already: a
 * function that takes something else than a user context (growthbook's `createGrowthBookClient()`,
 * formbricks' `createJobsQueue({ connection })`, which the getter calls to fill its holder) or
 * something other than a function, a package's function it imports, or one of the project's it
 * imports and calls with nothing. A function that may take one may be the creator a team has
 * started to write.
 */
function takenName(name: string, input: AnalysisInput, config: ResolvedConfig, file: string): string | undefined {
  const variable = (input.scopeManager?.scopes.find((scope) => scope.type === 'module') ?? input.scopeManager?.globalScope)?.set.get(name);
  const definition = variable?.defs[0];
  if (!definition) return undefined;
  if (definition.type === 'ImportBinding') {
    // Dokploy's `getOrCreateWSClient()` fills its holder with tRPC's `createWSClient(…)`: a
    // package's function is never the team's creator, and each call of it would count as a site
    // of one. One the project's own modules export may be the creator, written already.
    // `import createX = require('x')` names its module in a reference of its own (and `import x = A.B` none).
    const node = definition.node as TSESTree.Node;
    const source = node.type === 'TSImportEqualsDeclaration' ? importEqualsSource(node) : (definition.parent as TSESTree.ImportDeclaration).source.value;
    if (source === undefined) return undefined;
    if (isPackageSpecifier(source, file)) return `the ${source} package's function it imports`;
    // civitai's `getCacheRedis()` fills its holder with `createCacheRedis()` from its own
    // `@civitai/redis`: called here with no argument, the function takes no user context — a
    // creator written already would be handed one.
    const calledBare = variable!.references.some((reference) => {
      const call = (reference.identifier as TSESTree.Node).parent;
      return call?.type === 'CallExpression' && call.callee === reference.identifier && call.arguments.length === 0;
    });
    return calledBare ? `the function it imports from ${source} and calls with no user context` : undefined;
  }
  const node = definition.node as TSESTree.Node;
  const fn = node.type === 'VariableDeclarator' ? node.init && unwrapExpression(node.init) : node;
  if (!fn || !isFunctionNode(fn)) return 'something else';
  const takes = unfitCreatorParameter(node, config);
  return takes === undefined ? undefined : takes === 'nothing' ? 'a function that takes no user context' : `a function that takes ${takes}, no user context`;
}

// What a holder is made with that says nothing of what it holds: formbricks' `dbPromise = new
// Promise((resolve) => { … indexedDB.open(…) … })` holds a database, not "a Promise" — and as the
// factory's class, every `new Promise()` in the repo (131 of them) would count as its site.
const CONTAINERS = new Set(['Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object', 'Proxy']);

/**
 * Whether the module constructs what the holder's producer names (`new Queue(…)`): a function
 * named in PascalCase that it only calls — inkeep's `v1.NewClient(token)`, Go style, from the
 * authzed SDK — makes no class to name the entry after.
 */
function constructs(input: AnalysisInput, producer: string): boolean {
  return nodesOfTypes(input.ast, ['NewExpression']).some((node) => calleeText((node as TSESTree.NewExpression).callee) === producer);
}

/** The name the class made under `local` is exported under (`WH` → `WebHaptics`), or `local` itself; undefined for a container. */
const exportedName = (local: string | undefined, input: AnalysisInput): string | undefined =>
  local === undefined || CONTAINERS.has(local) ? undefined : importedClass(local, input)?.name ?? local;

/**
 * `export const agentManager = new AgentManager()`: an instance the module exports, which other
 * modules import and use as they would a getter's — an entry read as an accessor, its reads the
 * sites. Only a name other modules can import: a module-level constant the module exports
 * (`export const`, `export { agentManager }`, `module.exports = { agentManager }`). One it keeps to
 * itself is handed out by its getter, if any: `export function getToolRegistry() { return
 * toolRegistry; }`, taking nothing.
 */
function eagerInstanceFactory(holder: HolderFinding, input: AnalysisInput): { factory: FactorySpec; at: TSESTree.Node; produced: boolean } | undefined {
  const declarator = holder.node;
  if (declarator.type !== 'VariableDeclarator' || declarator.id.type !== 'Identifier' || !holder.className) return undefined;
  const name = declarator.id.name;
  const declaration = declarator.parent;
  if (!isExported(name, input)) {
    const reads = new Set((input.scopeManager?.getDeclaredVariables(declarator).find((v) => v.name === name)?.references ?? []).map((r) => r.identifier as TSESTree.Node));
    const getterFn = nodesOfTypes(input.ast, ['FunctionDeclaration', 'ArrowFunctionExpression', 'FunctionExpression']).find((candidate) => {
      const getter = getterNameOf(candidate);
      return getter !== undefined && takesNoArguments(candidate) && isExported(getter.split('.')[0]!, input) && returnsHolder(candidate, (node) => reads.has(node));
    });
    return getterFn ? factoryHandedOutBy(getterNameOf(getterFn)!, getterFn, holder, input) : undefined;
  }
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return undefined;
  const className = exportedName(holder.className.split('.').pop(), input);
  if (!className || !PASCAL_CASE.test(className)) return undefined;
  // A package's per-request cache is one of several the module makes (`userLoader`, `postLoader`,
  // each a `new DataLoader(…)`): its creator is named for what it loads, not for the class.
  const creator = PER_REQUEST_CACHE_CLASS.test(className) ? creatorNameFor(name) : creatorForClass(className);
  return { factory: { getter: name, creator, class: className, accessor: true }, at: declarator, produced: true };
}

/** The factory a holder's filling function suggests, or undefined when it is no getter (an `init()` that returns nothing, a constructor). */
function suggestion(holder: HolderFinding, input: AnalysisInput): { factory: FactorySpec; at: TSESTree.Node; produced?: boolean } | undefined {
  if (holder.shape === 'eager-instance') return eagerInstanceFactory(holder, input);
  const fn = holder.filledBy;
  if (!fn) return undefined;
  if (holder.shape === 'static-holder') {
    const className = holder.className;
    // The declared field's class, or — JavaScript's undeclared `this.instance = …` — the class the assignment is in.
    let classBody: TSESTree.Node | undefined = holder.node.parent;
    while (classBody && classBody.type !== 'ClassBody') classBody = classBody.parent;
    if (!className || classBody?.type !== 'ClassBody') return undefined;
    const property = holder.name.slice(holder.name.lastIndexOf('.') + 1);
    const isHolder = (node: TSESTree.Node) => node.type === 'MemberExpression' && staticName(node.property) === property;
    const handsOut = (member: TSESTree.Node): member is TSESTree.MethodDefinition =>
      member.type === 'MethodDefinition' && member.static && (member.kind === 'method' || member.kind === 'get') && !member.computed && !isPrivateMember(member) && staticName(member.key) !== undefined && takesNoArguments(member.value) && returnsHolder(member.value, isHolder);
    // The static method that fills it, or else — a constructor keeps the first instance — the one that hands it out.
    const method = fn.parent && handsOut(fn.parent) ? fn.parent : classBody.body.find(handsOut);
    if (!method) return undefined;
    return { factory: { getter: `${className}.${staticName(method.key)!}`, creator: creatorForClass(className), class: className, ...accessorOf(method.value) }, at: method };
  }
  if (holder.shape === 'global-cache') {
    // `static getInstance() { globalThis.__registry ??= new Registry(); return globalThis.__registry }`:
    // a cache kept on the global object so bundled copies of the module share it — a singleton all the same.
    // `globalThis.key`, `(globalThis as any).key`, `globalScope.key` (an alias): where the instance is kept.
    const slot = slotOfHolderName(holder.name);
    const handsOut = (candidate: TSESTree.Node) => takesNoArguments(candidate) && getterNameOf(candidate) !== undefined && returnsHolder(candidate, (node) => globalMemberSlot(node, input) === slot);
    const getterFn = handsOut(fn) ? fn : nodesOfTypes(input.ast, ['FunctionDeclaration', 'ArrowFunctionExpression', 'FunctionExpression']).find((candidate) => candidate !== fn && handsOut(candidate));
    const getter = getterFn && getterNameOf(getterFn);
    return getter ? factoryHandedOutBy(getter, getterFn, holder, input) : undefined;
  }
  if (holder.shape !== 'lazy-module-binding' && holder.shape !== 'memoised-promise') return undefined;
  const holderNodes = new Set<TSESTree.Node>((holder.variable?.references ?? []).map((r) => r.identifier as TSESTree.Node));
  // A module function, or a static method or accessor of a class that keeps its instance in the
  // module (`static get instance() { return (server ??= new Server()); }`).
  const handsOut = (candidate: TSESTree.Node) => takesNoArguments(candidate) && getterNameOf(candidate) !== undefined && returnsHolder(candidate, (node) => holderNodes.has(node));
  // The function that fills it on first use, or else — set by a `start()` — the one that hands it
  // out: a function that sets it on every call (`startSession()` returning the new id) makes a new
  // one each time, which is no getter.
  const filler = holder.assignedIn === undefined && handsOut(fn) ? fn : nodesOfTypes(input.ast, ['FunctionDeclaration', 'ArrowFunctionExpression', 'FunctionExpression']).find((candidate) => candidate !== fn && handsOut(candidate));
  const fillerName = filler && getterNameOf(filler);
  if (!fillerName) return undefined;
  // Other modules call the exported function; a private one behind it is the module's business.
  const getterFn = (fillerName.includes('.') ? undefined : exportedWrapper(fillerName, input)) ?? filler;
  return factoryHandedOutBy(getterNameOf(getterFn)!, getterFn, holder, input);
}

/**
 * The class a holder is declared to hold, by a plain name: `DataBusBridge` for `let databus:
 * DataBusBridge`, `Db` for `Promise<Db> | undefined`.
 */
function declaredClass(holder: HolderFinding): string | undefined {
  const id = holder.variable?.defs[0]?.name as TSESTree.Node | undefined;
  const held = resolvedFilledType(id?.type === 'Identifier' ? id.typeAnnotation?.typeAnnotation : undefined);
  const name = held?.type === 'TSTypeReference' && held.typeName.type === 'Identifier' && !held.typeArguments ? held.typeName.name : undefined;
  return name !== undefined && PASCAL_CASE.test(name) ? name : undefined;
}

/**
 * The entry for the getter `getterFn` (called `getter`: `getX`, or `Class.member`) handing out
 * `holder`: the class it makes (as the module exports it), else the getter's class, else — for a
 * generic getter (`getInstance`), whose name says nothing — the class the holder is declared to
 * hold (apitable's `let databus: DataBusBridge`, filled with a `Proxy` of one), else a name made from
 * the getter's; the creator named for the class when the getter's name is generic or a class's
 * member, else for the getter.
 */
function factoryHandedOutBy(getter: string, getterFn: TSESTree.Node, holder: HolderFinding, input: AnalysisInput): { factory: FactorySpec; at: TSESTree.Node; produced: boolean } {
  const produced = holder.className !== undefined && constructs(input, holder.className) ? exportedName(holder.className.split('.').pop(), input) : undefined;
  const ownerClass = getter.includes('.') ? getter.slice(0, getter.indexOf('.')) : undefined;
  const generic = GENERIC_GETTER.test(getter) ? declaredClass(holder) : undefined;
  const className = produced && PASCAL_CASE.test(produced) ? produced : ownerClass ?? generic ?? subjectOf(getter);
  const creator = ownerClass || GENERIC_GETTER.test(getter) ? creatorForClass(className) : creatorNameFor(getter);
  return { factory: { getter, creator, class: className, ...accessorOf(getterFn) }, at: getterFn, produced: className === produced };
}

/**
 * Finds the legacy getters a repo already has — the functions and static methods that fill a
 * module-lifetime holder and hand it out, as the holder rule sees them — and counts what depends
 * on each, so a team starts `ssot.config.json` from its own code instead of from a blank page.
 * Getters already known (by default, those the config names) are left out.
 */
/** Each file the scan keeps, parsed; files that do not parse are skipped (`check` reports them). */
async function* parsedFiles(request: ScanRequest): AsyncGenerator<{ file: string; displayPath: string; input: AnalysisInput }> {
  for await (const event of scanFiles(request)) {
    if (event.type !== 'chunk') continue;
    for (const { file, displayPath, text } of event.candidates) {
      try {
        yield { file, displayPath, input: parseFile(stripBom(text).text, file) };
      } catch {
        // not parsable: nothing to suggest from it
      }
    }
  }
}

export interface Discovery {
  readonly factories: DiscoveredFactory[];
  /** Holders the rule reports that no getter hands out (a constructor singleton, an instance the module does not export, a global cache): for `check` to list. */
  readonly holdersWithoutGetter: number;
  /** Getters the config names, declared in a module searched, that hand out no holder the rule reports there (see configuredGettersDeclared). */
  readonly unbacked: readonly { readonly getter: string; readonly file: string; readonly line: number }[];
}

/**
 * The getters of `factories` a module declares at its top: a function or a `const` of that name
 * (an exported instance, for an accessor), or a static member of a class it declares
 * (`ContextService.getInstance`), with the line each is declared on. Not one that calls its
 * creator: `migrate --remove-legacy`'s shim (`return createX(requireUserContext())`), whose calls
 * the entry still finds.
 */
function configuredGettersDeclared(input: AnalysisInput, factories: readonly FactorySpec[]): Map<string, number> {
  const declared = new Map<string, number>();
  const wanted = new Map(factories.map((factory) => [factory.getter, factory]));
  const add = (getter: string, node: TSESTree.Node) => {
    const factory = wanted.get(getter);
    if (factory && !input.text.slice(node.range[0], node.range[1]).includes(`${factory.creator}(`)) declared.set(getter, node.loc.start.line);
  };
  for (const statement of input.ast.body) {
    const node = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (node?.type === 'FunctionDeclaration' && node.id) add(node.id.name, node);
    if (node?.type === 'VariableDeclaration') for (const declarator of node.declarations) if (declarator.id.type === 'Identifier') add(declarator.id.name, declarator);
    if (node?.type === 'ClassDeclaration' && node.id) {
      for (const member of node.body.body) {
        if ((member.type === 'MethodDefinition' || member.type === 'PropertyDefinition') && member.static) add(`${node.id.name}.${staticName(member.key) ?? ''}`, member);
      }
    }
  }
  return declared;
}

interface Found {
  readonly factory: FactorySpec;
  readonly file: string;
  readonly line: number;
  readonly holder: string;
  /** The class is a global one (`Worker`). */
  readonly globalClass: boolean;
  /** The package the class is imported from. */
  readonly packageClass?: string;
  /** What the getter's module already binds under the creator's name. */
  readonly creatorTaken?: string;
  /** The getter's module binds the creator's name already (a creator the team has started on, or another function). */
  readonly creatorBound?: boolean;
  /** The getter is named for an operation and hands out no class of the code's own (OPERATION_VERB). */
  readonly operation?: boolean;
  /** The file that declares the class, when it is the project's: the getter's own, or the one it imports the class from. */
  readonly classHome?: string;
}

export async function discoverFactories(config: ResolvedConfig, cwd: string, options: { paths?: readonly string[]; known?: ReadonlySet<string> } = {}): Promise<Discovery> {
  await loadFastParser();
  const scope = { cwd, ...(options.paths ? { paths: options.paths } : {}) };
  const found = new Map<string, Found>();
  // Getters are configured by name: the same name declared in several modules is one factory to the tools.
  const declaredIn = new Map<string, Set<string>>();
  const configured = options.known ?? new Set(config.factories.map((f) => f.getter));
  let holdersWithoutGetter = 0;
  // Configured getters whose holder the rule does not report (an entry an older version suggested, a module since made per-request).
  const unbacked: { getter: string; file: string; line: number }[] = [];
  // Modules whose default export is an instance of their own (`export default new QueueManager()`): importers name it as they like.
  const defaultInstances = new Map<string, string>();
  for await (const { file, displayPath, input } of parsedFiles({ config, ...scope, keep: 'finding' })) {
    // A getter the config names, declared here: backed when a holder here is handed out by it.
    const declaredHere = configuredGettersDeclared(input, config.factories.filter((factory) => configured.has(factory.getter)));
    // The rule's view: no getter of the app's there.
    if (holdsNoUsersState(config, file)) {
      for (const [getter, line] of declaredHere) unbacked.push({ getter, file: displayPath, line });
      continue;
    }
    rememberFileOf(input.ast, file);
    // A holder a handler hands request data to is reported as that; its getter is still one.
    for (const holder of findHolders(input, config).map((found) => found.holder ?? found)) {
      if (holder.node.type === 'ExportDefaultDeclaration') defaultInstances.set(file, displayPath);
      const suggested = suggestion(holder, input);
      if (!suggested) holdersWithoutGetter++;
      if (suggested) declaredHere.delete(suggested.factory.getter);
      if (!suggested || configured.has(suggested.factory.getter)) continue;
      const getter = suggested.factory.getter;
      declaredIn.set(getter, (declaredIn.get(getter) ?? new Set()).add(displayPath));
      if (found.has(getter)) continue;
      const produced = suggested.produced === true ? holder.className!.split('.').pop()! : undefined;
      // The class as the module binds it: the one it makes, or a name made up from the getter's
      // that the module happens to import (growthbook's `GrowthBookClient`).
      const origin = importedClass(produced ?? suggested.factory.class, input);
      // A class the module neither declares nor imports is a global one (`new Worker(…)`).
      const globalClass = produced !== undefined && !origin && !moduleNames(input).has(produced);
      // A class a package exports (`new Langfuse(…)` from 'langfuse') may serve other ends too: noted when the repo constructs it again.
      const packageClass = origin && isPackageSpecifier(origin.source, file) ? origin.source : undefined;
      const creatorTaken = takenName(suggested.factory.creator, input, config, file);
      // A function getter whose class lives in another module of the project (typeorm's
      // `getMetadataArgsStorage()` in globals.ts, `MetadataArgsStorage` in its own file): the
      // creator is written beside the getter, so every site — constructions of the class
      // included — takes it from the getter's module. Named without a TypeScript extension, as
      // imports name it: each importing file spells it its own way (`.js` under NodeNext, none
      // under a bundler), where `.ts` would read as no one there writes it (sim's `'../config.ts'`).
      const factory = !getter.includes('.') && origin !== undefined && !isPackageSpecifier(origin.source, file)
        ? { ...suggested.factory, module: `./${toPosixRelative(config.rootDir, file).replace(TYPESCRIPT_SOURCE, '')}` }
        : suggested.factory;
      const creatorBound = moduleNames(input).has(suggested.factory.creator);
      const operation = !getter.includes('.') && suggested.produced !== true && OPERATION_VERB.test(getter);
      const classHome = origin === undefined ? (globalClass ? undefined : file) : packageClass === undefined ? resolveProjectModule(file, origin.source) : undefined;
      found.set(getter, { factory, file: displayPath, line: suggested.at.loc.start.line, holder: holder.name, globalClass, ...(packageClass ? { packageClass } : {}), ...(creatorTaken ? { creatorTaken } : {}), ...(creatorBound ? { creatorBound } : {}), ...(operation ? { operation } : {}), ...(classHome ? { classHome } : {}) });
    }
    for (const [getter, line] of declaredHere) unbacked.push({ getter, file: displayPath, line });
  }
  unbacked.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (found.size === 0) return { factories: [], holdersWithoutGetter, unbacked };

  // What depends on each: the same analysis the rules run, with the suggestions configured.
  // A getter named as its own creator (CREATOR_VERB) is counted as the getter it is: its creator
  // is given a name no code can call, or its every call would read as the creator's.
  const counted = (factory: FactorySpec): FactorySpec => (factory.creator === factory.getter ? { ...factory, creator: `${factory.creator}\u0000` } : factory);
  const withSuggestions: ResolvedConfig = { ...config, factories: [...found.values()].map((f) => counted(f.factory)) };
  const counts = new Map<string, { sites: number; files: Set<string> }>();
  // Getters whose class the repo constructs besides the getter's own `new` (sites exclude that
  // one): for a package's class, a sign it serves other purposes too — bullmq's `Queue`, one per
  // queue name; inbox-zero's `new PostHog(key)` in each function that sends one event.
  const constructedForOtherEnds = new Set<string>();
  // A class of the repo's own constructed with arguments of their own more often than the getter
  // is called (the OpenAI Agents SDK's `new Runner({ model })`, 200 of them, beside the one
  // `getDefaultRunner()`): a class for many ends, of which the getter's instance is one default.
  const configuredConstructions = new Map<string, number>();
  const getterCalls = new Map<string, number>();
  // Calls that pass the getter arguments (trigger.dev's `getSystemPrompt(mode)`): each stays manual.
  const callsWithArguments = new Map<string, number>();
  // Calls of a function with the suggested creator's name that pass no user context (assistant-ui's
  // `createStore(1)`, a store library's, beside its `getStore()`): another function of that name,
  // whose every call the gate would flag as this creator's.
  const creatorNameCalls = new Map<string, number>();
  // The name imported from a package (React's `cache` beside an exported `cache = new
  // CacheManager()`): matched by name, those uses would count as the factory's — and be rewritten.
  const packageUses = new Map<string, Map<string, number>>();
  // Another module's own default instance imported under the getter's name (TicketToken's
  // blockchain service: `import queueManager from './queues'`, its own `export default new
  // QueueManager()`, beside the notification service's `export const queueManager`): matched by
  // name, those imports would count as this factory's, and be rewritten to a creator that module lacks.
  const otherDefaults = new Map<string, Set<string>>();
  // Another class of the same name (TicketToken's auth service constructing its own
  // `MonitoringService`, beside the queue service's singleton one): matched by name, its
  // constructions would count as this factory's, and be rewritten. A module that declares it, not a barrel that passes it on.
  const otherClasses = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  const declaresClass = (path: string, name: string) => {
    let text = texts.get(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = '';
      }
      texts.set(path, text);
    }
    return new RegExp(`\\bclass\\s+${name.replace(/\$/g, '\\$')}\\b`).test(text);
  };
  const workspaceModule = workspaceModuleResolver();
  for await (const { file, displayPath, input } of parsedFiles({ config: withSuggestions, ...scope, keep: 'factory-site' })) {
    // A function of the same name elsewhere, holder or not (openstatus' `getRedis()` that imports
    // a client in its rate limiter): matched by name, its calls would count as the getter's. Not
    // what the compiler emitted from the source beside it, nor a framework's build output: that is
    // the same getter, built again.
    if (!isTestFile(config, file) && !isBuildOutput(file)) {
      for (const binding of analyzeFile(input, withSuggestions).bindings.bindings) {
        if (binding.role === 'getter' && binding.via === 'local') declaredIn.get(binding.factory.getter)?.add(displayPath);
      }
    }
    for (const call of analyzeFile(input, withSuggestions).creatorCalls) {
      if (call.problem) creatorNameCalls.set(call.factory.getter, (creatorNameCalls.get(call.factory.getter) ?? 0) + 1);
    }
    for (const site of sitesIn(input, withSuggestions, file)) {
      const entry = counts.get(site.factory.getter) ?? { sites: 0, files: new Set<string>() };
      entry.sites++;
      entry.files.add(displayPath);
      counts.set(site.factory.getter, entry);
      if (site.kind === 'construction') constructedForOtherEnds.add(site.factory.getter);
      // Not the declaring module's own package, imported by name from another of the monorepo's (TypeAgent's `@typeagent/action-grammar`).
      // A package's name is lower case: `await import(ROOT_ENTRY_MODULE)` names a variable (automatic-agent-platform's tests), no package.
      const name = site.source !== undefined && isPackageSpecifier(site.source, file) && NPM_PACKAGE_NAME.test(splitSpecifier(site.source)[0]) ? splitSpecifier(site.source)[0] : undefined;
      const declaredBy = name === undefined ? undefined : found.get(site.factory.getter);
      if (name !== undefined && site.kind !== 'construction' && site.kind !== 'class-mock' && workspaceModule(file, site.source!) === undefined
        && (declaredBy === undefined || packageNameOf(resolve(cwd, declaredBy.file)) !== name)) {
        const byPackage = packageUses.get(site.factory.getter) ?? new Map<string, number>();
        byPackage.set(name, (byPackage.get(name) ?? 0) + 1);
        packageUses.set(site.factory.getter, byPackage);
      }
      const home = site.kind === 'construction' ? found.get(site.factory.getter)?.classHome : undefined;
      const declaredAt = home === undefined ? undefined : site.via === 'local' ? file : site.source !== undefined ? resolveProjectModule(file, site.source) : undefined;
      if (declaredAt !== undefined && declaredAt !== home && declaresClass(declaredAt, site.factory.class)) {
        otherClasses.set(site.factory.getter, (otherClasses.get(site.factory.getter) ?? new Set()).add(toPosixRelative(cwd, declaredAt)));
      }
      const imported = site.via === 'default' && site.source !== undefined ? resolveProjectModule(file, site.source) : undefined;
      const otherDefault = imported === undefined ? undefined : defaultInstances.get(imported);
      if (otherDefault !== undefined && otherDefault !== found.get(site.factory.getter)?.file) {
        otherDefaults.set(site.factory.getter, (otherDefaults.get(site.factory.getter) ?? new Set()).add(otherDefault));
      }
      const tally = site.kind === 'getter-call' ? getterCalls
        : site.kind === 'construction' && dropsArguments(site.node as TSESTree.NewExpression, input, withSuggestions) ? configuredConstructions : undefined;
      tally?.set(site.factory.getter, (tally.get(site.factory.getter) ?? 0) + 1);
      if (site.kind === 'getter-call' && site.node.type === 'CallExpression' && site.node.arguments.length > 0) {
        callsWithArguments.set(site.factory.getter, (callsWithArguments.get(site.factory.getter) ?? 0) + 1);
      }
    }
  }
  // Two getters suggesting one creator would write one function twice.
  const gettersOf = (creator: string) => [...found.values()].filter((f) => f.factory.creator === creator).map((f) => f.factory.getter);
  // Portkey's six caches, one `CacheService` each: the config takes a class in one entry only.
  const sharersOf = (factory: FactorySpec) => [...config.factories.filter((f) => configured.has(f.getter)), ...[...found.values()].map((f) => f.factory)]
    .filter((other) => other.class === factory.class && other.getter !== factory.getter)
    .map((other) => other.getter);
  // A name to offer where the creator's is taken: what the per-request one is for.
  const otherName = (creator: string) => `${creator}ForUser`;
  const noteFor = ({ factory, file, globalClass, packageClass, creatorTaken, creatorBound, operation }: Found): string | undefined => {
    const notes: string[] = [];
    // LangWatch's `getApp()`: the object that wires every service, made once for the process.
    if (COMPOSITION_ROOT.test(factory.class)) notes.push(`${factory.class} names the application's composition root, which wires every service once for the process — a creator per request would rebuild all of it for each; leave it out, and configure the per-user services it hands out instead`);
    if (!factory.getter.includes('.') && CREATOR_VERB.test(factory.getter)) notes.push(`${factory.getter} is named as a creator but hands out one instance for the process: rename it (get${factory.getter.replace(CREATOR_VERB, '')}) first — the creator the migration writes takes its name`);
    if (operation) notes.push(`${factory.getter} names an operation that keeps its first result (it runs once per process), not the factory of a class: leave it out, or configure the class it hands out by hand`);
    const modules = declaredIn.get(factory.getter)!;
    if (modules.size > 1) notes.push(`declared in ${modules.size} modules (${[...modules].sort().join(', ')}): matched by name, they count as one; rename all but one`);
    else if (!factory.getter.includes('.') && GENERIC_GETTER.test(factory.getter)) notes.push(`a name other modules use too: rename the getter, or every ${getterAcquisition(factory)} counts as this one`);
    const fromPackages = packageUses.get(factory.getter);
    if (fromPackages) {
      const uses = [...fromPackages.values()].reduce((a, b) => a + b, 0);
      notes.push(`${factory.getter} is also a name the repo imports from ${[...fromPackages.keys()].sort().join(', ')} (${uses} place(s)): matched by name, each would count as this factory's, and be rewritten; rename ${isAccessorGetter(factory) && !factory.getter.includes('.') ? 'the instance' : 'the getter'} first`);
    }
    const defaults = otherDefaults.get(factory.getter);
    if (defaults) notes.push(`${getterAcquisition(factory).replace(/\(\)$/, '')} is also what other modules call the instance ${[...defaults].sort().join(', ')} export${defaults.size === 1 ? 's' : ''} by default: matched by name, those imports would count as this factory's, and be rewritten; import ${defaults.size === 1 ? 'it' : 'them'} under another name first`);
    const classes = otherClasses.get(factory.getter);
    if (classes) notes.push(`${factory.class} is also a class of ${classes.size === 1 ? 'another module' : `${classes.size} other modules`} (${[...classes].sort().join(', ')}): matched by name, its constructions would count as this factory's, and be rewritten; give the entry a class of its own`);
    if (globalClass) notes.push(`${factory.class} is a global class: every new ${factory.class}() would count as this factory's; give the entry a class of its own`);
    // One the repo constructs only where the getter does (inbox-zero's Stripe, openstatus' Redis):
    // the entry is right as it is, and a later `new Stripe()` elsewhere is a site to migrate.
    const withArguments = configuredConstructions.get(factory.getter) ?? 0;
    const calls = getterCalls.get(factory.getter) ?? 0;
    if (packageClass && constructedForOtherEnds.has(factory.getter)) notes.push(`${factory.class} is the ${packageClass} package's class, which the repo also constructs for other ends: every new ${factory.class}() would count as this factory's; give the entry a class of its own`);
    else if (withArguments > calls) notes.push(`${factory.class} is constructed with arguments of its own in ${withArguments} place(s), more than ${getterAcquisition(factory)} is ${isAccessorGetter(factory) ? "read" : "called"} (${calls}): a class for other ends too, whose every new ${factory.class}() would count as this factory's (and stay manual); give the entry a class of its own`);
    // Most calls pass a key or options: a lookup (one instance per key), or a getter its first
    // call configures, more than one factory — and no call that passes one can become
    // `creator(ctx)` mechanically. A few that pass options on first use are for the manual list, not a note.
    const keyed = callsWithArguments.get(factory.getter) ?? 0;
    if (keyed * 2 > calls) notes.push(`${factory.getter} is called with arguments in ${keyed} of ${calls} place(s), which all stay manual: a lookup by key, or a first call's configuration, more than one factory — give the creator a parameter for it, or leave the entry out`);
    const collisions = creatorNameCalls.get(factory.getter) ?? 0;
    // Not where the getter's module has that name itself: then they are calls of the team's creator, which the gate should flag.
    if (collisions > 0 && !creatorBound) notes.push(`${factory.creator} is called ${collisions} time(s) already without a user context — another function of that name, whose every call the gate would flag as this creator's: give the creator another name (${otherName(factory.creator)})`);
    // (The getter itself, named as a creator, is said above.)
    if (creatorTaken && factory.creator !== factory.getter) notes.push(`${file} already has a ${factory.creator}, ${creatorTaken}: give the creator another name (${otherName(factory.creator)})`);
    const others = gettersOf(factory.creator).filter((getter) => getter !== factory.getter);
    if (others.length > 0) notes.push(`${others.join(', ')} would have the same creator: give each its own`);
    // (Sharing the creator too, they are named once, above.)
    const sharingClass = sharersOf(factory).filter((getter) => !others.includes(getter));
    if (sharingClass.length > 0) notes.push(`${factory.class} is also the class of ${sharingClass.join(', ')}: a class stands in one entry only (a construction could not tell which creator replaces it); give each getter a class of its own, or configure one`);
    return notes.length > 0 ? notes.join('; and ') : undefined;
  };
  const factories = [...found.values()]
    .map((f) => {
      const note = noteFor(f);
      const { globalClass: _global, packageClass: _package, creatorTaken: _taken, creatorBound: _bound, ...entry } = f;
      return { ...entry, sites: counts.get(f.factory.getter)?.sites ?? 0, files: counts.get(f.factory.getter)?.files.size ?? 0, ...(note ? { note } : {}) };
    })
    .sort((a, b) => b.sites - a.sites || (a.factory.getter < b.factory.getter ? -1 : 1));
  return { factories, holdersWithoutGetter, unbacked };
}
