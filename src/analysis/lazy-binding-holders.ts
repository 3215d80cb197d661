import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { makesPageClass, runsOnlyInBrowser, type NameResolver } from './browser-only.js';
import { madeWithOwnCredentials } from './credentialed-clients.js';
import { constructsValues, holdsModule, holdsValues, jsdocSaysValues, usedAsPrimitive } from './holds-values.js';
import { localFunction } from './local-types.js';
import { isMemoCall, memoKeptInstance } from './memo-holders.js';
import { producerName, producesObject } from './produces-object.js';
import { isEmptyCollection, readsField } from './read-only-instances.js';
import { schedulesCronJob } from './scheduled-jobs.js';
import { constIn, fillSourceOf } from './own-configuration.js';
import { allowed, sharedByDesign } from './shared-by-design.js';
import { insideTestCallback, writtenForTestsOnly } from './test-callbacks.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { ARRAY_CALLBACK_METHODS, enclosingFunction, functionName, isFunctionNode, isIife, isNullish, isTypeWrapper, PROMISE_CHAIN_METHODS, returnedValues, staticName, unwrapExpression, writingFunction } from './walk.js';

// Module-lifetime `let`s (and an IIFE's) filled from inside a function: `let db; export function
// getDb() { return (db ??= new Db()); }` — the lazy holders.

/**
 * Code that lives as long as the module: the top level, and the bodies of IIFEs run from there.
 * A variable declared there and filled from inside a function is a module-lifetime holder.
 */
function isModuleLifetimeScopeBlock(node: TSESTree.Node): 'module' | 'iife' | undefined {
  let current: TSESTree.Node | undefined = node;
  let kind: 'module' | 'iife' = 'module';
  while (current) {
    if (current.type === 'Program') return kind;
    if (isFunctionNode(current)) {
      if (!isIife(current)) return undefined;
      kind = 'iife';
    }
    current = current.parent;
  }
  return undefined;
}

/**
 * `Object.keys(zones).find((name) => { zone = new SendingZone(name) })` (zone-mta's sender): a
 * callback an array method runs on the spot — what it writes, it writes then.
 */
function runsOnTheSpot(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return false;
  return ARRAY_CALLBACK_METHODS.has(staticName(call.callee.property) ?? '');
}

/** Whether `node` runs later than the code around it, short of `boundary`: inside a function that is not called on the spot (an IIFE, an array method's callback). */
function isInsideNonIifeFunction(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== boundary; current = current.parent) {
    if (isFunctionNode(current) && !isIife(current) && !runsOnTheSpot(current)) return true;
  }
  return false;
}

function mentionsPromise(annotation: TSESTree.TypeNode | undefined): boolean {
  if (!annotation) return false;
  if (annotation.type === 'TSTypeReference') return annotation.typeName.type === 'Identifier' && annotation.typeName.name === 'Promise';
  if (annotation.type === 'TSUnionType') return annotation.types.some(mentionsPromise);
  return false;
}

/** The value a write reference stores: `x = v`, `x ??= v`, `x ||= v`. */
function writtenValue(identifier: TSESTree.Node): TSESTree.Node | undefined {
  let node = identifier;
  while (node.parent && isTypeWrapper(node.parent)) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === node) return parent.right;
  return undefined;
}

/** What a reader calls a function: `start()`, `init()`; undefined for an anonymous callback. */
function functionLabel(fn: TSESTree.Node): string | undefined {
  const name = functionName(fn);
  return name === undefined ? undefined : `${name}()`;
}

/** Whether `node` is (inside) the test of an `if`, a `?:` or the left of `||`/`??`/`&&`, short of `boundary`. */
function inTest(node: TSESTree.Node, boundary: TSESTree.Node): boolean {
  for (let current = node; current.parent && current !== boundary; current = current.parent) {
    const parent = current.parent;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test === current) return true;
    if (parent.type === 'LogicalExpression' && parent.left === current) return true;
  }
  return false;
}

/**
 * `x ??= …`, `if (!x) x = …`, `if (x) return x; x = …`, `x || (x = …)`: the function looks at
 * the variable before it writes it — it fills it on first use. Otherwise (`serverApp = new App()`
 * in `start()`) the variable is simply assigned there, which the finding says instead.
 */
function fillsOnFirstUse(write: TSESLint.Scope.Reference, variable: TSESLint.Scope.Variable): boolean {
  const identifier = write.identifier as TSESTree.Node;
  let target = identifier;
  while (target.parent && isTypeWrapper(target.parent)) target = target.parent;
  const assignment = target.parent?.type === 'AssignmentExpression' ? target.parent : undefined;
  if (assignment && (assignment.operator === '??=' || assignment.operator === '||=')) return true;
  const fn = writingFunction(identifier);
  if (!fn) return true;
  // Looked at before the write, or in the value written (`x = x || create()`).
  const before = assignment?.range[1] ?? identifier.range[1];
  return variable.references.some((reference) => {
    const read = reference.identifier as TSESTree.Node;
    return reference.isRead() && read.range[0] < before && writingFunction(read) === fn && inTest(read, fn);
  });
}

/** Whether `node` reads `variable` itself. */
function refersTo(node: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  const read = unwrapExpression(node);
  return read.type === 'Identifier' && variable.references.some((reference) => reference.identifier === read);
}

/**
 * `memoryState = reducer(memoryState, action)` (shadcn's toast store, in many apps), `pending =
 * pending.filter((n) => n !== done)` (moleculer's dev client): the next state computed from the
 * last one — a reducer's state or a list's next version, not an instance made once and shared.
 * `isHolder` says which reads are of the holder itself: the variable, or a global slot (a serial
 * queue kept on the global object, open-dungeon-master's `globalThis.__odmEmbedQueue =
 * queued.catch(() => undefined)` after `const queued = (globalThis.__odmEmbedQueue ??
 * Promise.resolve()).then(run, run)`).
 */
export function nextStateOf(value: TSESTree.Node, isHolder: (node: TSESTree.Node) => boolean, depth = 0): boolean {
  const call = unwrapExpression(value);
  if (call.type !== 'CallExpression') return false;
  // `x.filter(…).map(…)`, `queue.then(…).catch(…)`: down the chain to what it starts from —
  // `(queue ?? Promise.resolve()).then(…)` starts from the holder too.
  let link: TSESTree.Node = call;
  while (link.type === 'CallExpression') {
    const callee = unwrapExpression(link.callee);
    if (callee.type !== 'MemberExpression' || !NEXT_VERSION_METHODS.has(staticName(callee.property) ?? '')) break;
    link = unwrapExpression(callee.object);
    if (link.type === 'LogicalExpression' && (link.operator === '??' || link.operator === '||')) link = unwrapExpression(link.left);
    if (isHolder(link)) return true;
  }
  // `const next = applyChain.then(() => apply(mounts)); applyChain = next.catch(() => undefined)`
  // (ai-support-agent-cli's mounts, applied one after another): the link made in a `const` first.
  const fn = link.type === 'Identifier' && depth < 2 ? enclosingFunction(value) : undefined;
  const local = fn && link.type === 'Identifier' ? constIn(fn, link.name) : undefined;
  if (local?.init && local.id.type === 'Identifier' && nextStateOf(local.init, isHolder, depth + 1)) return true;
  return call.arguments.some(isHolder);
}

/**
 * `capabilities = { ...capabilities, resources: getCurrentResources() }` (github-app-playground's
 * daemon, what its machine can run): remade by spreading itself into a literal, which keeps an
 * object's own fields and drops its class's methods — so what it holds is a record of values,
 * whatever first filled it, and no instance that serves anyone.
 */
function rebuiltBySpreadingItself(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    const value = reference.isWrite() ? writtenValue(reference.identifier as TSESTree.Node) : undefined;
    const literal = value && unwrapExpression(value);
    return literal?.type === 'ObjectExpression' && literal.properties.some((property) => property.type === 'SpreadElement' && refersTo(property.argument, variable));
  });
}

/**
 * Whether a written value is an instance: an object made at run time, except a memo wrapper
 * that keeps none — scrypted's notifier gives `memoizedAudioFetch = memoizeOne(audioFetch)` again
 * in a `catch`, so that a failure is not remembered: a memo of a function's results, read as
 * memo-holders reads one declared so.
 */
function fillsWithInstance(value: TSESTree.Node, input: AnalysisInput): boolean {
  const call = unwrapExpression(value);
  if (call.type === 'CallExpression' && isMemoCall(call)) return memoKeptInstance(call, input) !== undefined;
  return producesObject(value) && !schedulesCronJob(value, input);
}

/**
 * `cache = new Map()` given to a module variable that no code fills entry by entry nor hands out —
 * the module only reads it (`cache.get(key)`, `cache.has(key)`, `if (!cache)`) and replaces it
 * whole: an empty collection that stays empty, whatever else the variable is given (BytesPlatform's
 * admin settings, `cache = next` from the table's rows, and `cache = new Map()` when the load fails
 * so that callers fall back to their defaults). One that is exported, handed out or written into
 * (`cache.set(user.id, data)`) may hold anyone's entries.
 */
function emptyCollectionNobodyFills(value: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  if (!isKeyedCollection(unwrapExpression(value)) || !isEmptyCollection(value)) return false;
  const declaration = variable.defs[0]?.parent;
  if (declaration?.parent?.type === 'ExportNamedDeclaration') return false;
  return variable.references.every((reference) => {
    if (reference.init) return true;
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier.parent?.type === 'ExportSpecifier') return false;
    const assignment = identifier.parent;
    if (reference.isWrite()) return assignment?.type === 'AssignmentExpression' && assignment.left === identifier && readsField(assignment);
    return readsField(identifier);
  });
}

/**
 * `transporter = createTransporter()`, where the module's `createTransporter` fills `transporter`
 * itself and returns it (or null when it fails): the same instance written back, no maker of its
 * own — the producer is what the function filled it with (propvantage's email service,
 * `transporter = nodemailer.createTransport(config)` inside).
 */
function writesBackItself(value: TSESTree.Node, variable: TSESLint.Scope.Variable): boolean {
  const call = unwrapExpression(value);
  const callee = call.type === 'CallExpression' ? unwrapExpression(call.callee) : undefined;
  const fn = callee?.type === 'Identifier' ? localFunction(call, callee.name) : undefined;
  if (!fn) return false;
  const returned = returnedValues(fn).filter((given): given is TSESTree.Node => given !== null && !isNullish(given));
  return returned.length > 0 && returned.every((given) => {
    const name = unwrapExpression(given);
    return name.type === 'Identifier' && name.name === variable.name;
  });
}

/**
 * Whether every instance a variable is given is a package's client made with the process's own
 * secret (see madeWithOwnCredentials): inbox-zero's `productionClient ||= new
 * AppStoreServerAPIClient(getAppleSigningKey()!, …)` beside its `sandboxClient`.
 */
function fillsOnlyWithCredentialedClients(variable: TSESLint.Scope.Variable, firstUse: boolean, input: AnalysisInput): boolean {
  const fills = variable.references.flatMap((reference) => {
    const value = reference.isWrite() ? writtenValue(reference.identifier as TSESTree.Node) : undefined;
    return value !== undefined && fillsWithInstance(value, input) ? [{ value, filledBy: writingFunction(reference.identifier as TSESTree.Node) }] : [];
  });
  return fills.length > 0 && madeWithOwnCredentials(fills.map(({ value, filledBy }) => ({ value, fill: fillSourceOf(value, filledBy, firstUse) })));
}

/**
 * `server = new Server(); server.listen()` (Plane's live server): what the module starts
 * listening is the process's server, whatever its class is called — one per process is what a
 * server is (as `app.listen(port)` is, in sharedByDesign).
 */
function listens(variable: TSESLint.Scope.Variable): boolean {
  return calls(variable, 'listen');
}

/** Whether the module calls `variable.method(…)`. */
function calls(variable: TSESLint.Scope.Variable, method: string): boolean {
  return variable.references.some((reference) => {
    const member = (reference.identifier as TSESTree.Node).parent;
    return member?.type === 'MemberExpression' && member.object === reference.identifier && staticName(member.property) === method && member.parent?.type === 'CallExpression' && member.parent.callee === member;
  });
}

/**
 * `scheduledActionScheduler = createScheduler({ app }); await scheduledActionScheduler.start()`
 * (github-app-playground's): a scheduler the module starts is the process's background work, as
 * what `startScheduler()` hands back is (sharedByDesign) — one for the process, each user's work a
 * job it runs. So is a poller, a worker or a loop it starts (metaplex-mastra-agent-template's
 * `workerLoop = new WorkerLoop(agent, owner); workerLoop.start()` at boot: the agent's own ticks).
 */
const BACKGROUND_WORK = /(?:Scheduler|Poller|Worker|Loop)$/;
const startsBackgroundWork = (variable: TSESLint.Scope.Variable, producer: string | undefined): boolean => BACKGROUND_WORK.test(producer ?? '') && calls(variable, 'start');

/**
 * `queue.then(() => { …; queue = next.then(save); })` (screeps' room history, saved tick by tick):
 * written inside a callback the variable's own promise runs — the serial queue's next link, made
 * from the last one as `queue = queue.then(…)` is.
 */
function writtenInOwnChain(write: TSESLint.Scope.Reference, variable: TSESLint.Scope.Variable): boolean {
  for (let current = (write.identifier as TSESTree.Node).parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type !== 'CallExpression' || !call.arguments.includes(current as TSESTree.CallExpressionArgument)) return false;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || !PROMISE_CHAIN_METHODS.has(staticName(callee.property) ?? '')) return false;
    return refersTo(callee.object, variable);
  }
  return false;
}

/**
 * Methods that make a value's next version: an array's (`filter`, `map`, `concat`, `toSorted`…),
 * or a promise chain's next link (`queue = queue.then(() => send(event))`, langgraph's analytics:
 * a serial queue, which the work passes through).
 */
const NEXT_VERSION_METHODS = new Set(['filter', 'map', 'concat', 'slice', 'flat', 'flatMap', 'toSorted', 'toReversed', 'toSpliced', 'with', ...PROMISE_CHAIN_METHODS]);

const KEYED_COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);

/** `new Map()`, `new Set(ids)`: a collection of entries, not an instance that serves them. */
const isKeyedCollection = (value: TSESTree.Node): boolean => value.type === 'NewExpression' && value.callee.type === 'Identifier' && KEYED_COLLECTIONS.has(value.callee.name);

/** The module's (and its IIFEs') `let`s and `var`s that a function fills with an instance, pushed onto `out`. */
export function lazyBindingHolders(input: AnalysisInput, config: ResolvedConfig, names: NameResolver, out: HolderFinding[]): void {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return;
  for (const scope of scopeManager.scopes) {
    if (scope.type !== 'module' && scope.type !== 'global' && scope.type !== 'function') continue;
    if (scope.type === 'function' && !isIife(scope.block)) continue;
    const lifetime = isModuleLifetimeScopeBlock(scope.block);
    if (!lifetime) continue;
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (!def || def.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind === 'const') continue;
      const declarator = def.node as TSESTree.VariableDeclarator;
      // Declared by its annotation, or by the cast its first value is given, which TypeScript
      // types it by (open-next's `let tags = JSON.parse(text) as { tag: { S: string } }[]`).
      const initCast = declarator.init?.type === 'TSAsExpression' || declarator.init?.type === 'TSTypeAssertion' ? declarator.init.typeAnnotation : undefined;
      const declared = declarator.id.type === 'Identifier' ? declarator.id.typeAnnotation?.typeAnnotation ?? initCast : undefined;
      // Declared a list (`let tenantOrgs = []`, wekan's, refilled from a query): a list, as one typed so is.
      const startsAsList = declarator.init != null && unwrapExpression(declarator.init).type === 'ArrayExpression';
      // Declared a keyed collection (`let _inverted = new Map()`, pb-webhook-server's help index,
      // rebuilt by `ensureIndex()`): a module's `const` Map that is cleared is no holder, and one
      // rebuilt in place of clearing it is the same collection.
      const startsAsCollection = declarator.init != null && isKeyedCollection(unwrapExpression(declarator.init));
      // … or an empty record (whatsapp-bot-ts' `let defaultBadges: DefaultBadge = {}`, refilled by its loader).
      const startsAsRecord = declarator.init != null && isEmptyCollection(declarator.init);
      // A JavaScript file says the same in a JSDoc `@type` before the declaration.
      const statement = def.parent as TSESTree.VariableDeclaration;
      const documented = declared === undefined && jsdocSaysValues(input.text, (statement.parent?.type === 'ExportNamedDeclaration' ? statement.parent : statement).range[0]);
      if (declarator.id.type === 'Identifier' && (holdsValues(declared) || documented || holdsModule(declared) || constructsValues(declarator.init) || startsAsList || startsAsCollection || startsAsRecord)) continue;
      const lazyWrite = variable.references.find((reference: TSESLint.Scope.Reference) => {
        if (!reference.isWrite() || reference.init) return false;
        if (!isInsideNonIifeFunction(reference.identifier as TSESTree.Node, scope.block as TSESTree.Node)) return false;
        if (insideTestCallback(reference.identifier as TSESTree.Node) || writtenForTestsOnly(reference.identifier as TSESTree.Node)) return false;
        // A page's own cache (see browser-only.ts): no server process fills it.
        if (runsOnlyInBrowser(reference.identifier as TSESTree.Node, names)) return false;
        const value = writtenValue(reference.identifier as TSESTree.Node);
        return value !== undefined && fillsWithInstance(value, input) && !nextStateOf(value, (node) => refersTo(node, variable)) && !writtenInOwnChain(reference, variable) && !emptyCollectionNobodyFills(value, variable) && !makesPageClass(value, names);
      });
      if (!lazyWrite || usedAsPrimitive(variable, input) || rebuiltBySpreadingItself(variable)) continue;
      // What it is filled with, when every fill agrees: documenso's storage provider is an
      // `S3Provider` or an `AzureBlobProvider`, by configuration — neither class is the holder's.
      const fills = variable.references.filter((reference) => reference.isWrite() && !reference.init).flatMap((reference) => {
        const value = writtenValue(reference.identifier as TSESTree.Node);
        return value !== undefined && fillsWithInstance(value, input) && !writesBackItself(value, variable) ? [{ value, producer: producerName(value), filledBy: writingFunction(reference.identifier as TSESTree.Node) }] : [];
      });
      const producers = new Set(fills.map(({ producer }) => producer).filter((name) => name !== undefined));
      const producer = producers.size === 1 ? [...producers][0] : undefined;
      const idAnnotation = (declarator.id as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
      const firstUse = fillsOnFirstUse(lazyWrite, variable);
      const filledBy = writingFunction(lazyWrite.identifier as TSESTree.Node);
      const written = writtenValue(lazyWrite.identifier as TSESTree.Node)!;
      const fill = fillSourceOf(written, filledBy, firstUse);
      // Asked where it is filled: what the filling code made it from may be a `const` of the
      // function around it (formio's `db = client.db(name)`, `client` a MongoClient made there).
      if (allowed(config, variable.name, producer) || sharedByDesign(variable.name, producer, written, idAnnotation, fill) || listens(variable) || startsBackgroundWork(variable, producer)) continue;
      // Filled by two makers, each shared by design: uwazi's `io` is the socket.io server in the
      // API process and, in a worker, the emitter that reaches that server's sockets through Redis.
      if (producers.size > 1 && fills.every((each) => sharedByDesign(variable.name, each.producer, each.value, idAnnotation, fillSourceOf(each.value, each.filledBy, firstUse)))) continue;
      if (fillsOnlyWithCredentialedClients(variable, firstUse, input)) continue;
      const shape = lifetime === 'iife' ? 'iife-closure' : mentionsPromise(idAnnotation) || /promise$/i.test(variable.name) ? 'memoised-promise' : 'lazy-module-binding';
      const assignedIn = shape === 'lazy-module-binding' && !firstUse ? functionLabel(filledBy!) ?? 'a function' : undefined;
      out.push({ node: declarator.id, name: variable.name, shape, variable, ...(producer ? { className: producer } : {}), ...(assignedIn ? { assignedIn } : {}), ...(filledBy ? { filledBy } : {}) });
    }
  }
}
