import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { declaredVariable, moduleVariable } from './bound-names.js';
import { inRequestHandler, moduleDeclarators, usedByRequests } from './shared-conversations.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, nodesOfTypes, staticName, unwrapExpression } from './walk.js';

/**
 * One chat for the whole process: a chat session the module starts once — Gemini's
 * `model.startChat()` (the code Google AI Studio hands out: `export const chatSession =
 * model.startChat({ generationConfig, history: [] })`), the Gen AI SDK's `ai.chats.create()` — that
 * request handlers send their users' messages into. The session keeps every message sent through
 * it and sends them all with the next one, so the second user's answer is written from the first
 * user's words. The fix is the one for a shared conversation: start the chat per request, with the
 * user's own history.
 *
 * Reported when a request handler of the module uses the session, or when the module exports it and
 * is a server's: it reads a secret from `process.env` (not a `NEXT_PUBLIC_`/`VITE_` one a page's
 * bundle inlines) or loads `dotenv`. The same snippet in a page's code — a React or Next.js client
 * module importing `chatSession` with a public key — is one user's browser's chat, and not reported.
 */

/** The calls that start a chat keeping its own history: Gemini's `startChat()`, the Gen AI SDK's `chats.create()`. */
function startsChat(node: TSESTree.Node): string | undefined {
  let call = unwrapExpression(node);
  if (call.type === 'AwaitExpression') call = unwrapExpression(call.argument);
  if (call.type !== 'CallExpression') return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = staticName(callee.property);
  const text = calleeText(callee);
  if (method === 'startChat' || (text !== undefined && /(?:^|\.)chats\.create$/.test(text))) return `${text ?? method}()`;
  return undefined;
}

/** What a page's bundle inlines: the env variables its build exposes to the browser. */
const PUBLIC_ENV = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_|GATSBY_|NUXT_PUBLIC_|VUE_APP_)|^NODE_ENV$/;

/** Whether the module is a server's: it reads a secret from `process.env`, or loads `dotenv`. */
export function readsServerSecrets(input: AnalysisInput): boolean {
  if (/\bdotenv\b/.test(input.text)) return true;
  return nodesOfTypes(input.ast, ['MemberExpression']).some((node) => {
    const member = node as TSESTree.MemberExpression;
    if (calleeText(member.object) !== 'process.env') return false;
    const name = staticName(member.property);
    return name !== undefined && !PUBLIC_ENV.test(name);
  });
}

/**
 * Where the module starts a chat into one of its variables: `const chatSession = model.startChat()`,
 * or `chatSession = model.startChat()` in its start-up code or a function of its own that no request
 * runs (the Swar AI voice bot starts it in an `if (apiKey)` block).
 */
function startedSessions(input: AnalysisInput, declarators: readonly TSESTree.VariableDeclarator[]): { node: TSESTree.Identifier; variable: TSESLint.Scope.Variable; started: string }[] {
  const found: { node: TSESTree.Identifier; variable: TSESLint.Scope.Variable; started: string }[] = [];
  for (const declarator of declarators) {
    const started = declarator.id.type === 'Identifier' && declarator.init ? startsChat(declarator.init) : undefined;
    const variable = started !== undefined ? declaredVariable(input, declarator, (declarator.id as TSESTree.Identifier).name) : undefined;
    if (started !== undefined && variable) found.push({ node: declarator.id as TSESTree.Identifier, variable, started });
  }
  for (const node of nodesOfTypes(input.ast, ['AssignmentExpression'])) {
    const assignment = node as TSESTree.AssignmentExpression;
    const target = unwrapExpression(assignment.left);
    const started = target.type === 'Identifier' ? startsChat(assignment.right) : undefined;
    if (started === undefined || inRequestHandler(assignment)) continue;
    const variable = moduleVariable(input, target as TSESTree.Identifier);
    if (!variable) continue;
    if (!found.some((each) => each.variable === variable)) found.push({ node: target as TSESTree.Identifier, variable, started });
  }
  return found;
}

/** The module-level chat sessions requests send their messages into, one finding per session. */
export function chatSessionsSharedByRequests(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  const declarators = moduleDeclarators(input.ast);
  for (const { node, variable, started } of startedSessions(input, declarators)) {
    if (allowed(config, variable.name) || !usedByRequests(variable, declarators, input)) continue;
    const inHandler = variable.references.some((reference) => inRequestHandler(reference.identifier as TSESTree.Node));
    if (!inHandler && !readsServerSecrets(input)) continue;
    out.push({ node, name: variable.name, shape: 'eager-instance', variable, chatStartedBy: started, chatReached: inHandler ? 'a request handler of the module sends its message into it' : 'the module exports it to the routes that send their users\' messages' });
  }
  return out;
}
