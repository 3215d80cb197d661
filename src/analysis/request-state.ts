import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { PAGE_GLOBAL_OBJECTS } from './browser-only.js';
import { declaredVariable, moduleVariable, resolvedVariable } from './bound-names.js';
import { globalMember } from './global-objects.js';
import { lastTypeName, programOf } from './local-types.js';
import { keepsKeyedCacheEntry } from './keyed-cache-entry.js';
import { handsDownOwnParameter } from './own-configuration.js';
import { producerName, producesObject } from './produces-object.js';
import { memberUse, moduleClients, signInValues } from './module-clients.js';
import { allowed, sharedByDesign } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, contains, functionName, isFunctionNode, nodesOfTypes, staticName, unwrapExpression, walk } from './walk.js';

/**
 * One request's data written where every request reads it: a module variable, or a member of the
 * global object, set in a request handler from what the request carried — cleo-agent's chat
 * route sets `(globalThis as any).__currentUserId = realUserId` for its tools to read; an Express
 * handler sets `currentUser = req.user`. Node serves requests concurrently, so the next request
 * overwrites it while this one still reads it: one user's data reaches another's request. That is
 * the leak a shared factory causes, without the factory, and the fix is the same: keep it in the
 * request (pass it along, or in the request scope).
 *
 * Precise by construction: the function must be a request handler by what it is — a route
 * module's exported `GET`/`POST`/…, a function given `(req, res)` or a middleware's `(ctx, next)`, a parameter typed as a request,
 * a callback a router registers for a path, the function Deno's `serve` runs, a Worker's or Bun's
 * `fetch` handler, a Remix or SvelteKit loader or action, a Next.js server action, a tRPC
 * procedure's resolver — and the value must come from its parameters, through the handler's own
 * variables or a promise made from them. A
 * counter, a clock reading, a value made from nothing the request carried, or a variable nothing
 * reads is not reported.
 */

/** Next.js App Router's route module exports, one per HTTP method. */
const ROUTE_EXPORTS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
/** A router's registration of a handler for a path: Express', Hono's, Koa Router's, Fastify's shorthand. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);
/** The request by its type: the Fetch API's, Next.js', Fastify's, Node's own. */
const REQUEST_TYPE = /^(?:Request|NextRequest|NextApiRequest|FastifyRequest|IncomingMessage)$/;
const REQUEST_NAME = /^(?:req|request)$/;
const RESPONSE_NAME = /^(?:res|response|reply)$/;
/** Kept so each write is not followed further than any real handler's chain of locals. */
const MAX_DERIVATION_DEPTH = 8;

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** `export function f`, `export const f = () => …`. */
export function isExported(fn: FunctionNode): boolean {
  if (fn.type === 'FunctionDeclaration') return fn.parent?.type === 'ExportNamedDeclaration';
  const declarator = fn.parent;
  return declarator?.type === 'VariableDeclarator' && declarator.parent?.parent?.type === 'ExportNamedDeclaration';
}

/** `export async function POST(req)`, `export const GET = async (req) => …`. */
function isExportedRouteHandler(fn: FunctionNode): boolean {
  const name = functionName(fn);
  return name !== undefined && ROUTE_EXPORTS.has(name) && isExported(fn);
}

/** What a framework hands a loader or an action: Remix's and React Router's `{ request, params, context }`, SvelteKit's `{ params, locals, cookies, url }`. */
const LOADER_ARGUMENTS: ReadonlySet<string> = new Set(['request', 'params', 'context', 'locals', 'cookies', 'url']);
const LOADER_EXPORTS: ReadonlySet<string> = new Set(['loader', 'action', 'load']);

/** `export async function loader({ request })`, SvelteKit's `export const load = async ({ locals }) => …`: run for one request. */
function isExportedLoader(fn: FunctionNode): boolean {
  const name = functionName(fn);
  const first = fn.params[0];
  return name !== undefined && LOADER_EXPORTS.has(name) && isExported(fn)
    && first?.type === 'ObjectPattern' && first.properties.some((property) => property.type === 'Property' && LOADER_ARGUMENTS.has(staticName(property.key) ?? ''));
}

/**
 * A server action: an exported function of a `'use server'` module, or one whose body opens with
 * the directive. Next.js runs it for one request, with what the form or the call sent.
 */
function isServerAction(fn: FunctionNode): boolean {
  const directive = (body: readonly TSESTree.Node[] | undefined) => body?.some((statement) => statement.type === 'ExpressionStatement' && statement.directive === 'use server') ?? false;
  if (fn.body?.type === 'BlockStatement' && directive(fn.body.body)) return true;
  if (!isExported(fn)) return false;
  const program = programOf(fn);
  return program !== undefined && directive(program.body);
}

const PROCEDURE_METHODS: ReadonlySet<string> = new Set(['query', 'mutation', 'subscription']);
const PROCEDURE_ARGUMENTS: ReadonlySet<string> = new Set(['ctx', 'input']);

/** A tRPC procedure's resolver: `.mutation(async ({ ctx, input }) => …)`, `.query(({ input }) => …)`. */
function resolvesProcedure(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return false;
  const callee = unwrapExpression(call.callee);
  const first = fn.params[0];
  return callee.type === 'MemberExpression' && PROCEDURE_METHODS.has(staticName(callee.property) ?? '')
    && first?.type === 'ObjectPattern' && first.properties.some((property) => property.type === 'Property' && PROCEDURE_ARGUMENTS.has(staticName(property.key) ?? ''));
}

/** `(req: NextRequest)`, `(request: express.Request)`. */
function takesTypedRequest(fn: FunctionNode): boolean {
  const first = fn.params[0];
  const annotation = first?.type === 'Identifier' ? first.typeAnnotation?.typeAnnotation : undefined;
  return annotation?.type === 'TSTypeReference' && REQUEST_TYPE.test(lastTypeName(annotation.typeName) ?? '');
}

/** `(req, res)`, `(request, reply)`: Node's, Express', Fastify's handlers and middleware. */
function takesRequestAndResponse(fn: FunctionNode): boolean {
  const [first, second] = fn.params;
  return first?.type === 'Identifier' && REQUEST_NAME.test(first.name) && second?.type === 'Identifier' && RESPONSE_NAME.test(second.name);
}

/** The text a route's path starts with: `'/me'`, `` `/runs/${id}` ``; undefined for anything else. */
function pathStart(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * `app.get('/me', (c) => …)`, `router.post(`/runs`, auth, async (ctx) => …)`: registered for a
 * path. A path starts with `/` (or is `*`): `https.get('https://…', (res) => …)` is a request the
 * server makes, whose callback gets the response of another server, and `cache.get('key', load)` no route.
 */
function registeredForPath(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[call.arguments.length - 1] !== fn || call.arguments[0] === fn) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !ROUTE_METHODS.has(staticName(callee.property) ?? '')) return false;
  const path = pathStart(call.arguments[0]);
  return path !== undefined && (path.startsWith('/') || path === '*');
}

/** `serve(…)`, `Deno.serve(…)`, `Bun.serve(…)`: a runtime's server, handed its one handler. */
function isServeCall(node: TSESTree.Node | undefined): node is TSESTree.CallExpression {
  if (node?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'Identifier') return callee.name === 'serve';
  const runtime = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : undefined;
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'serve' && runtime?.type === 'Identifier' && (runtime.name === 'Deno' || runtime.name === 'Bun');
}

/** `serve(async (req) => …)`, `Deno.serve((request) => …)`: the server's one handler (Deno's, Supabase's edge functions). */
function servedByRuntime(fn: FunctionNode): boolean {
  const call = fn.parent;
  return isServeCall(call) && call.arguments.includes(fn as TSESTree.CallExpressionArgument);
}

/**
 * A `fetch` handler: the default export's (`export default { async fetch(request, env) { … } }`, a
 * Cloudflare Worker's or Bun's, `satisfies ExportedHandler<Env>` or not) or the one a runtime's
 * server is given (`Bun.serve({ fetch(req) { … } })`). A Worker's isolate serves many requests with
 * one module: what it keeps at the top is every request's.
 */
function fetchHandler(fn: FunctionNode): boolean {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn || property.computed || staticName(property.key) !== 'fetch') return false;
  const object = property.parent as TSESTree.ObjectExpression;
  let holder: TSESTree.Node | undefined = object.parent;
  let typedAsHandler = false;
  while (holder && (holder.type === 'TSSatisfiesExpression' || holder.type === 'TSAsExpression')) {
    typedAsHandler ||= holder.typeAnnotation.type === 'TSTypeReference' && /Handler$/.test(lastTypeName(holder.typeAnnotation.typeName) ?? '');
    holder = holder.parent;
  }
  if (isServeCall(holder)) return holder.arguments.includes(object as TSESTree.CallExpressionArgument);
  if (holder?.type !== 'ExportDefaultDeclaration') return false;
  // A server's, not an API client's default export: typed as a handler, given `(request, env)` as
  // a Worker's is, or beside what only a server has (a Worker's `scheduled`/`queue`, Bun's `port`).
  const keys = object.properties.map((each) => (each.type === 'Property' ? staticName(each.key) : undefined));
  return typedAsHandler || fn.params.length >= 2 || keys.some((key) => key !== undefined && WORKER_OR_SERVER_KEYS.has(key));
}
const WORKER_OR_SERVER_KEYS: ReadonlySet<string> = new Set(['scheduled', 'queue', 'email', 'tail', 'port', 'hostname', 'websocket']);

const CONTEXT_NAME = /^(?:ctx|c|context)$/;

/**
 * `async (ctx, next) => …`: Koa's and Hono's middleware (and a bot framework's, grammY's or
 * Telegraf's, run for one user's update), given the request's context and the rest of the chain.
 * `app.use(async (ctx, next) => { currentUser = ctx.state.user; await next() })` runs in a request
 * as an Express middleware given `(req, res, next)` does.
 */
function takesContextAndNext(fn: FunctionNode): boolean {
  const [first, second] = fn.params;
  return fn.params.length === 2 && first?.type === 'Identifier' && CONTEXT_NAME.test(first.name) && second?.type === 'Identifier' && second.name === 'next';
}

/** Whether a function is a request handler by what it is (see the module comment): what it runs, it runs in a request. */
export function isRequestHandler(fn: FunctionNode): boolean {
  return fn.params.length > 0 && (isExportedRouteHandler(fn) || takesTypedRequest(fn) || takesRequestAndResponse(fn) || takesContextAndNext(fn) || registeredForPath(fn) || servedByRuntime(fn)
    || fetchHandler(fn) || isExportedLoader(fn) || isServerAction(fn) || resolvesProcedure(fn));
}

/** The nearest request handler `node` runs in (through any callbacks of its own), if any. */
export function enclosingRequestHandler(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && isRequestHandler(current)) return current;
  }
  return undefined;
}

/**
 * The name a controller exports a wrapped handler under: `export const googleAuthentication =
 * errorWrapper(async (req, res) => …)` (an `asyncHandler`, a `catchAsync`), the name its routes
 * import it by.
 */
function exportedThroughWrapper(fn: FunctionNode): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || !call.arguments.includes(fn as TSESTree.CallExpressionArgument) || unwrapExpression(call.callee).type !== 'Identifier') return undefined;
  const declarator = call.parent;
  return declarator?.type === 'VariableDeclarator' && declarator.init === call && declarator.parent?.parent?.type === 'ExportNamedDeclaration' ? staticName(declarator.id) : undefined;
}

/** What a reader calls the handler: `POST()`, `the GET '/me' handler`, `the handler the module exports`, `a request handler`. */
export function handlerLabel(fn: FunctionNode): string {
  // `module.exports = function (req, res) { … }`: its name is the module's, not `exports`.
  if (fn.parent?.type === 'AssignmentExpression' && calleeText(fn.parent.left) === 'module.exports') return 'the handler the module exports';
  const name = functionName(fn) ?? exportedThroughWrapper(fn);
  if (name !== undefined) return `${name}()`;
  if (takesContextAndNext(fn)) return 'a middleware';
  if (!registeredForPath(fn)) return 'a request handler';
  const call = fn.parent as TSESTree.CallExpression;
  const method = staticName((unwrapExpression(call.callee) as TSESTree.MemberExpression).property)!.toUpperCase();
  const path = call.arguments[0]!;
  return path.type === 'Literal' ? `the ${method} '${String(path.value)}' handler` : `the ${method} handler`;
}

/** The promise whose value `fn` is given: the `p` of `p.then(fn)`. */
function promiseSettlingTo(fn: TSESTree.Node): TSESTree.Node | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return undefined;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && staticName(callee.property) === 'then' ? callee.object : undefined;
}

/** The values a variable of the handler's is given: its initializer (or what a `for…of` walks) and every later assignment. */
function valuesGiven(variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const def of variable.defs) {
    if (def.type !== 'Variable') continue;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.init) values.push(declarator.init);
    const loop = declarator.parent?.parent;
    if ((loop?.type === 'ForOfStatement' || loop?.type === 'ForInStatement') && loop.left === declarator.parent) values.push(loop.right);
  }
  for (const reference of variable.references) {
    if (reference.isWrite() && !reference.init && reference.writeExpr) values.push(reference.writeExpr as TSESTree.Node);
  }
  return values;
}

/**
 * The handler's parameter `value` is made from — directly (`req.user`, `await req.json()`), or
 * through the handler's own variables (`const { userId } = await req.json()`, `let id = userId;
 * id = auth.userId` after `const auth = await verify(req)`) — or undefined.
 */
export function requestParameterOf(value: TSESTree.Node, handler: FunctionNode, input: AnalysisInput, seen: Set<TSESLint.Scope.Variable>, depth: number): string | undefined {
  let found: string | undefined;
  walk(value, (node) => {
    if (found !== undefined || node.type !== 'Identifier') return;
    const variable = resolvedVariable(input, node);
    const def = variable?.defs[0];
    if (!variable || !def || seen.has(variable)) return;
    if (def.type === 'Parameter') {
      // A Worker's `env` (`fetch(request, env)`): the deployment's bindings, the same for every
      // request (hono-practice's `sql = postgres(env.HYPERDRIVE.connectionString)`), not the request's.
      if (def.node === handler) {
        const param = handler.params.find((each) => contains(each, def.name as TSESTree.Node));
        if (!param || !handsDownOwnParameter(param, variable.name)) found = variable.name;
      }
      // What a promise the handler made from its request settles to: `createUser(req.body.email,
      // …).then((user) => { global.currentUser = user.email; })`.
      else if (depth < MAX_DERIVATION_DEPTH && contains(handler, def.node as TSESTree.Node)) {
        const settled = promiseSettlingTo(def.node as TSESTree.Node);
        if (settled) {
          seen.add(variable);
          found = requestParameterOf(settled, handler, input, seen, depth + 1);
        }
      }
      return;
    }
    if (def.type !== 'Variable' || !contains(handler, def.node as TSESTree.Node) || depth >= MAX_DERIVATION_DEPTH) return;
    seen.add(variable);
    for (const given of valuesGiven(variable)) {
      found ??= requestParameterOf(given, handler, input, seen, depth + 1);
    }
  });
  return found;
}

/** What a write keeps for every request: a module `let`/`var` something reads, or a member of the server's global object. */
function processSlot(target: TSESTree.Node, input: AnalysisInput): string | undefined {
  const left = unwrapExpression(target);
  if (left.type === 'Identifier') {
    const variable = moduleVariable(input, left);
    if (!variable) return undefined;
    const declaration = variable.defs[0]!.parent as TSESTree.VariableDeclaration;
    if (declaration.kind === 'const' || declaration.declare) return undefined;
    return variable.references.some((reference) => reference.isRead()) ? variable.name : undefined;
  }
  const member = globalMember(left, input);
  if (!member || PAGE_GLOBAL_OBJECTS.has(member.object)) return undefined;
  return `${member.object}${member.slot}`;
}

/**
 * Named in `allow`, or an instance the holder rule would leave alone even when made from what a
 * caller passed: the socket.io server a Next.js API route makes from its response's HTTP server
 * (`io = new Server(res.socket.server)`) is the one server, not the request's.
 */
function keptByDesign(slot: string, value: TSESTree.Node, config: ResolvedConfig): boolean {
  if (allowed(config, slot)) return true;
  const producer = producesObject(value) ? producerName(value) : undefined;
  return producer !== undefined && sharedByDesign(slot.split('.').pop()!, producer, value, undefined, 'caller');
}

/** The writes of request data to a module-lifetime slot, one finding per slot. */
export function requestStateWrites(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  const reported = new Set<string>();
  for (const node of nodesOfTypes(input.ast, ['AssignmentExpression'])) {
    const write = node as TSESTree.AssignmentExpression;
    if (write.operator !== '=' && write.operator !== '??=' && write.operator !== '||=' && write.operator !== '&&=') continue;
    const slot = processSlot(write.left, input);
    if (slot === undefined || reported.has(slot)) continue;
    for (let current: TSESTree.Node | undefined = write.parent; current; current = current.parent) {
      if (!isFunctionNode(current) || !isRequestHandler(current)) continue;
      const parameter = requestParameterOf(write.right, current, input, new Set(), 0);
      if (parameter === undefined || keptByDesign(slot, write.right, config)) continue;
      // A cache of one entry under the key the request asked for, checked by every reader (see keyed-cache-entry.ts).
      const handler = current;
      if (keepsKeyedCacheEntry(write, handler, input, (value, seen) => requestParameterOf(value, handler, input, seen, 0) !== undefined)) continue;
      reported.add(slot);
      out.push({ node: write.left, name: slot, shape: 'request-state', requestParameter: parameter, assignedIn: handlerLabel(current), filledBy: current });
      break;
    }
  }
  return out;
}

/** `setUser`, `setTenantContext`: a method that sets something on its object (not a keyed store's `set(key, value)`). */
const SETTER = /^set[A-Z]/;
/**
 * A keyed store's setters — Web Storage's `setItem`, Redis' `setEx`, a cache's `setJSON` — and
 * any setter handed a key it spells out in text (simple-rpc-ai-backend's OAuth state, kept under
 * a template literal naming the state): each request writes its own entry.
 */
const KEYED_SETTER = /^set(?:Item|Ex|Nx|NX|Px|PX|Range|Bit|Key|Value|Entry|Cache|Cached|Json|JSON|Object|Field|Header|Cookie|Attribute|Property|Meta|Metadata)$/;
/** A store by its name (`sessionStorage`, `SessionStorage`, a `…Repository`, a `…Cache`): its setters write entries by key (`setUser(userId, user)`). */
const STORE_NAME = /(?:storage|store|repository|repo|cache|registry|map|dao|table|collection)$/i;
/** A key spelled in text, first of two or more arguments: `setFlag('theme', …)`, a template literal. */
const spellsKey = (call: TSESTree.CallExpression) => call.arguments.length >= 2 && (call.arguments[0]!.type === 'TemplateLiteral' || (call.arguments[0]!.type === 'Literal' && typeof call.arguments[0]!.value === 'string'));

/** The module variable a holder is: a module-level `const x = new X()`, or a lazily filled `let`. */
function holderVariable(holder: HolderFinding, input: AnalysisInput): TSESLint.Scope.Variable | undefined {
  if (holder.variable) return holder.variable;
  return holder.node.type === 'VariableDeclarator' ? declaredVariable(input, holder.node, holder.name) : undefined;
}

/**
 * The holders a request handler hands its request's data to — the leak a shared instance is made
 * for, caught in the act: `orderManager.setUser(request.user.id, request.user.tier)` in a
 * Fastify route, on the `const orderManager = new OrderManager()` every request shares, or
 * `orderManager.userId = req.user.id`. The holder is reported there, as request state, with the
 * setter or the field it goes through; the next request overwrites it while this one still reads it.
 */
export function holdersSetFromRequests(input: AnalysisInput, holders: readonly HolderFinding[]): HolderFinding[] {
  const out: HolderFinding[] = [];
  for (const holder of holders) {
    const variable = holderVariable(holder, input);
    const store = STORE_NAME.test(holder.name) || STORE_NAME.test(holder.className ?? '');
    for (const reference of variable?.references ?? []) {
      const found = setFromRequest(reference.identifier as TSESTree.Node, input, store);
      if (!found) continue;
      out.push({ node: found.node, name: holder.name, shape: 'request-state', requestParameter: found.parameter, assignedIn: handlerLabel(found.handler), filledBy: found.handler, through: found.through, holder });
      break;
    }
  }
  return out;
}

/**
 * The setters that sign a client in as someone: googleapis' `oAuth2Client.setCredentials(tokens)`,
 * spotify-web-api-node's `setAccessToken`, a bring-your-own-key app's `setApiKey`.
 */
const CREDENTIAL_SETTER = /^set(?:Credentials|AccessToken|RefreshToken|Token|Tokens|BearerToken|Auth|Authorization|ApiKey)$/;

/**
 * A client the module makes once that a request handler signs in as its request's user: a
 * Gmail assistant's `const oAuth2Client = new google.auth.OAuth2(…)` and its route's
 * `oAuth2Client.setCredentials({ refresh_token })` from the request's body. A client made once
 * is shared by design — until a request puts its user's credentials in it: the next request
 * signs it in as another user while the first one's calls still run, and reads the other user's
 * mail. Reported as request state, through the setter; any module-level instance, whatever its
 * class is called, or one imported from a module of the project (module-clients.ts; the holders
 * the rule already found are asked by holdersSetFromRequests).
 */
export function clientsSignedInByRequests(input: AnalysisInput, config: ResolvedConfig, holders: readonly HolderFinding[]): HolderFinding[] {
  const out: HolderFinding[] = [];
  const known = new Set(holders.map((holder) => holder.name));
  for (const { name, variable } of moduleClients(input)) {
    if (known.has(name) || allowed(config, name)) continue;
    for (const reference of variable.references) {
      const found = setFromRequest(reference.identifier as TSESTree.Node, input, false, CREDENTIAL_SETTER);
      if (!found) continue;
      out.push({ node: found.node, name, shape: 'request-state', requestParameter: found.parameter, assignedIn: handlerLabel(found.handler), filledBy: found.handler, through: found.through });
      break;
    }
  }
  return out;
}

/**
 * `x.setUser(req.user.id)` or `x.userId = req.user.id` in a request handler, for a use `x` of a
 * holder; only a call of a setter `only` names when it is given (a client's credential setters).
 */
function setFromRequest(use: TSESTree.Node, input: AnalysisInput, store: boolean, only?: RegExp): { node: TSESTree.Node; parameter: string; handler: FunctionNode; through: string } | undefined {
  const used = memberUse(use);
  if (!used) return undefined;
  const { member, name, call, write } = used;
  const values: readonly TSESTree.Node[] = only ? signInValues(used, only)
    : call && SETTER.test(name) && !store && !KEYED_SETTER.test(name) && !spellsKey(call) ? call.arguments : write ? [write.right] : [];
  if (values.length === 0) return undefined;
  for (let current: TSESTree.Node | undefined = member.parent; current; current = current.parent) {
    if (!isFunctionNode(current) || !isRequestHandler(current)) continue;
    for (const value of values) {
      const parameter = requestParameterOf(value, current, input, new Set(), 0);
      if (parameter !== undefined) return { node: member, parameter, handler: current, through: call ? `it through ${name}()` : `its ${name}` };
    }
    return undefined;
  }
  return undefined;
}
