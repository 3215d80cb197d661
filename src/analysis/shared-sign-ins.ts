import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { exportsMember, isModuleExports } from './commonjs-exports.js';
import { exportedThrough } from './exported-uses.js';
import { memberUse, moduleClients, signInValues } from './module-clients.js';
import { enclosingRequestHandler, handlerLabel, isExported, requestParameterOf } from './request-state.js';
import { readsServerSecrets } from './shared-chat-sessions.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { functionName, isFunctionNode, staticName, unwrapExpression, walk } from './walk.js';

/**
 * One client signed in as whoever came last: the module's OAuth client (googleapis'
 * `new google.auth.OAuth2(clientId, clientSecret, redirectUri)`, spotify-web-api-node's
 * `new SpotifyWebApi(…)`) and a function of the module's that signs it in with the tokens its
 * caller passes —
 *
 *     const oauth2Client = new google.auth.OAuth2(process.env.GOOGLE_CLIENT_ID, …);
 *     export const setGoogleCredentials = (tokens) => { oauth2Client.setCredentials(tokens); };
 *
 * — for the OAuth callback route to call with the tokens its request's code was exchanged for. The
 * client is the app's; the tokens are one user's. The next user to connect signs the one client in
 * as themselves while the first user's calls still run, and the first user's calendar is read with
 * the second user's tokens. The fix is a client per user, made in the request from that user's
 * tokens (or kept per user in a store keyed by the user).
 *
 * A request handler that signs the client in itself is request-state.ts' question
 * (clientsSignedInByRequests); this is the function between them: reported when a request handler
 * of the module calls it with its request's data, or when the module exports it and is a
 * server's (it reads a secret from `process.env`, or the function exchanges an authorization code
 * itself: the client secret that takes is a server's). A function named for start-up
 * (`initGmail(refreshToken)`) signs in the process's own account once, and is left alone unless a
 * request handler is seen calling it.
 */

/**
 * The setters that sign a client in as a user: OAuth tokens, not the app's own key (a `setApiKey` at
 * start-up is the process's); and the identity token a database's client runs queries as (Convex's
 * `ConvexHttpClient.setAuth(jwt)`, Supabase Realtime's `setAuth(token)`).
 */
const USER_CREDENTIAL_SETTER = /^set(?:Credentials|AccessToken|RefreshToken|Token|Tokens|BearerToken|Auth)$/;

/** A function named for the process's start-up: it signs in the process's own account, once. */
const START_UP_NAME = /^(?:init|initialize|initialise|setup|setUp|configure|bootstrap|start|load|boot)(?:[A-Z0-9_$]|$)/;

/** The calls that exchange an OAuth authorization code for a user's tokens: googleapis' `getToken(code)`, spotify-web-api-node's `authorizationCodeGrant(code)`. */
const EXCHANGES_CODE = /^(?:getToken|authorizationCodeGrant|exchangeCode|exchangeCodeForToken|exchangeCodeForTokens)$/;

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/**
 * Where a use of the client signs it in: `client.setCredentials(tokens)` (the setter's arguments),
 * or `client.credentials = tokens` (googleapis' field the setter sets), or undefined.
 */
function signInAt(use: TSESTree.Node): { member: TSESTree.MemberExpression; values: readonly TSESTree.Node[]; through: string } | undefined {
  const used = memberUse(use);
  const values = used ? signInValues(used, USER_CREDENTIAL_SETTER) : [];
  if (!used || values.length === 0) return undefined;
  return { member: used.member, values, through: used.call ? `${used.name}()` : 'its credentials field' };
}

/** The outermost function `node` runs in, when it is one the module defines at its top (or as a member of a top-level object). */
function moduleFunction(node: TSESTree.Node): FunctionNode | undefined {
  let outer: FunctionNode | undefined;
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) outer = current;
  if (!outer) return undefined;
  let holder: TSESTree.Node | undefined = outer.parent;
  // `{ getTokens: async (code) => … }`, `module.exports = { … }`: one object's member.
  if (holder?.type === 'Property' && holder.value === outer) holder = holder.parent?.parent;
  while (holder?.type === 'VariableDeclarator' || holder?.type === 'VariableDeclaration' || holder?.type === 'AssignmentExpression' || holder?.type === 'ExpressionStatement'
    || holder?.type === 'ExportNamedDeclaration' || holder?.type === 'ExportDefaultDeclaration') holder = holder.parent;
  return holder?.type === 'Program' ? outer : undefined;
}

/** The name a reader calls the function by, for the message. */
function functionLabel(fn: FunctionNode): string {
  const name = functionName(fn);
  return name === undefined ? 'the function' : `${name}()`;
}

/** The binding the function is reached through: its own name, or the top-level object it is a member of. */
function bindingOf(fn: FunctionNode, input: AnalysisInput): TSESLint.Scope.Variable | undefined {
  const property = fn.parent?.type === 'Property' && fn.parent.value === fn ? fn.parent : undefined;
  const named: TSESTree.Node | undefined = property ? property.parent?.parent : fn.type === 'FunctionDeclaration' ? fn : fn.parent;
  if (named?.type === 'FunctionDeclaration' && named.id) return input.scopeManager?.getDeclaredVariables(named).find((each) => each.name === named.id!.name);
  if (named?.type === 'VariableDeclarator' && named.id.type === 'Identifier') {
    const name = named.id.name;
    return input.scopeManager?.getDeclaredVariables(named).find((each) => each.name === name);
  }
  return undefined;
}

/** Whether other modules can call the function: exported by any of the ways a module exports. */
function exportedForCallers(fn: FunctionNode, input: AnalysisInput): boolean {
  if (isExported(fn)) return true;
  let holder: TSESTree.Node | undefined = fn.parent?.type === 'Property' && fn.parent.value === fn ? fn.parent.parent?.parent : fn.parent;
  if (holder?.type === 'ExportDefaultDeclaration' || (holder?.type === 'VariableDeclarator' && holder.parent?.parent?.type === 'ExportNamedDeclaration')) return true;
  while (holder?.type === 'AssignmentExpression') {
    if (isModuleExports(holder.left) || exportsMember(holder.left) !== undefined) return true;
    holder = holder.parent;
  }
  return (bindingOf(fn, input)?.references ?? []).some((reference) => exportedThrough(reference.identifier as TSESTree.Node));
}

/** Whether the function exchanges an authorization code for tokens itself (`await oauth2Client.getToken(code)`). */
function exchangesCode(fn: FunctionNode): boolean {
  let found = false;
  walk(fn.body, (node) => {
    if (found || node.type !== 'CallExpression') return;
    const callee = unwrapExpression(node.callee);
    found = callee.type === 'MemberExpression' && EXCHANGES_CODE.test(staticName(callee.property) ?? '');
  });
  return found;
}

/** A request handler of the module that calls the function with its request's data, and that data's parameter. */
function handlerCalling(fn: FunctionNode, input: AnalysisInput): { handler: FunctionNode; parameter: string } | undefined {
  const property = fn.parent?.type === 'Property' && fn.parent.value === fn ? fn.parent : undefined;
  for (const reference of bindingOf(fn, input)?.references ?? []) {
    let callee: TSESTree.Node = reference.identifier as TSESTree.Node;
    // `googleService.getTokens(code)` for a member of a top-level object.
    if (property) {
      const member = callee.parent;
      if (member?.type !== 'MemberExpression' || member.object !== callee || staticName(member.property) !== staticName(property.key)) continue;
      callee = member;
    }
    const call = callee.parent;
    if (call?.type !== 'CallExpression' || call.callee !== callee) continue;
    const handler = enclosingRequestHandler(call);
    if (!handler) continue;
    for (const argument of call.arguments) {
      const parameter = requestParameterOf(argument, handler, input, new Set(), 0);
      if (parameter !== undefined) return { handler, parameter };
    }
  }
  return undefined;
}

/** The module's clients a function of its signs in with what its caller passes, one finding per client. */
export function clientsSignedInForCallers(input: AnalysisInput, config: ResolvedConfig, holders: readonly HolderFinding[]): HolderFinding[] {
  const out: HolderFinding[] = [];
  const known = new Set(holders.map((holder) => holder.name));
  let server: boolean | undefined;
  for (const { name, variable } of moduleClients(input)) {
    if (known.has(name) || allowed(config, name)) continue;
    for (const reference of variable.references) {
      const signIn = signInAt(reference.identifier as TSESTree.Node);
      if (!signIn || enclosingRequestHandler(signIn.member)) continue;
      const fn = moduleFunction(signIn.member);
      if (!fn || fn.params.length === 0) continue;
      const parameter = signIn.values.map((value) => requestParameterOf(value, fn, input, new Set(), 0)).find((each) => each !== undefined);
      if (parameter === undefined) continue;
      const caller = handlerCalling(fn, input);
      let reached: string | undefined;
      if (caller) reached = `${handlerLabel(caller.handler)} calls it with its request's data (${caller.parameter})`;
      else if (!START_UP_NAME.test(functionName(fn) ?? '') && exportedForCallers(fn, input) && (exchangesCode(fn) || (server ??= readsServerSecrets(input)))) {
        reached = 'the module exports it to the routes that serve its users';
      }
      if (reached === undefined) continue;
      out.push({ node: signIn.member, name, shape: 'request-state', requestParameter: parameter, assignedIn: functionLabel(fn), signedInThrough: signIn.through, signInReached: reached });
      break;
    }
  }
  return out;
}
