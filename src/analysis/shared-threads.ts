import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { moduleVariable, resolvedVariable } from './bound-names.js';
import { enclosingRequestHandler, handlerLabel } from './request-state.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, nodesOfTypes, staticName, unwrapExpression } from './walk.js';

/**
 * One conversation thread for every user: a module variable that a request handler sets to a
 * thread the model's service made for it — OpenAI's Assistants (`openai.beta.threads.create()`),
 * LangGraph's SDK (`client.threads.create()`), OpenAI's stored conversations
 * (`openai.conversations.create()`), or the last stored response of the Responses API that the next
 * call continues from as its `previous_response_id` — and that every later request posts its
 * message into. The service keeps the conversation; the module keeps which one, for everybody:
 *
 *     let threadId = null;
 *     app.post('/chat', async (req, res) => {
 *       if (!threadId) threadId = (await openai.beta.threads.create()).id;
 *       await openai.beta.threads.messages.create(threadId, { role: 'user', content: req.body.message });
 *
 * The second user's message goes into the first user's thread, and the assistant answers it from
 * the first user's words. The fix is the one for a shared conversation: the thread is the user's
 * (its id in the user's session, or in a store keyed by the user).
 *
 * Precise by construction: the variable is the module's (or a script's global), the value is the
 * thread a `threads.create()` call made (or its `id`), and the write is in a request handler
 * (request-state.ts). A thread kept per user (`threads.set(userId, thread.id)`) is no variable's;
 * one a handler keeps in its own `let` is its request's; one a script makes at its start serves the
 * one user running it.
 */

/** What a call makes that a conversation continues from: a thread, a stored conversation, a stored response. */
interface Made { readonly maker: string; readonly what: 'thread' | 'conversation' | 'response' }

/**
 * The call that makes one: `….threads.create(…)`, OpenAI's `….conversations.create(…)`, and a
 * Responses API call (`….responses.create(…)`, `parse`, `stream`), whose id the next call continues
 * from as its `previous_response_id`.
 */
function makes(node: TSESTree.Node): Made | undefined {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return undefined;
  const callee = calleeText(call.callee);
  const match = callee === undefined ? null : /(?:^|\.)(threads|conversations|responses)\.(create|parse|stream)$/.exec(callee);
  if (!match || (match[1] !== 'responses' && match[2] !== 'create')) return undefined;
  return { maker: `${callee}()`, what: match[1] === 'threads' ? 'thread' : match[1] === 'conversations' ? 'conversation' : 'response' };
}

/** An id to continue from: OpenAI's `id`, LangGraph's `thread_id`. */
const MADE_ID: ReadonlySet<string> = new Set(['id', 'thread_id', 'threadId']);

/**
 * What `value` is, or whose id it is: `await x.threads.create()`, `(await …).id`, `thread.thread_id`,
 * or, through the handler's own constants, `thread.id` where it made `const thread = await …` (as far
 * as `const current = data?.id` where `const data = response`).
 */
function madeBy(value: TSESTree.Node, input: AnalysisInput, depth = 0): Made | undefined {
  let node = unwrapExpression(value);
  if (node.type === 'ChainExpression') node = unwrapExpression(node.expression);
  if (node.type === 'MemberExpression' && MADE_ID.has(staticName(node.property) ?? '')) node = unwrapExpression(node.object);
  if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
  const made = makes(node);
  if (made !== undefined || node.type !== 'Identifier' || depth > 3) return made;
  const variable = resolvedVariable(input, node);
  const def = variable?.defs[0];
  if (def?.type !== 'Variable' || variable!.scope.type === 'module' || variable!.scope.type === 'global') return undefined;
  const init = (def.node as TSESTree.VariableDeclarator).init;
  return init ? madeBy(init, input, depth + 1) : undefined;
}

/** Whether the module continues from `name` as a response: `previous_response_id: lastResponseId`. */
function continuedFrom(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    const parent = (reference.identifier as TSESTree.Node).parent;
    return parent?.type === 'Property' && parent.value === reference.identifier && ['previous_response_id', 'previousResponseId'].includes(staticName(parent.key) ?? '');
  });
}

/** The module variables a request handler keeps a made thread in, one finding per variable. */
export function threadsSharedByRequests(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  const reported = new Set<string>();
  for (const node of nodesOfTypes(input.ast, ['AssignmentExpression'])) {
    const assignment = node as TSESTree.AssignmentExpression;
    if (assignment.operator !== '=' && assignment.operator !== '??=' && assignment.operator !== '||=') continue;
    const target = unwrapExpression(assignment.left);
    if (target.type !== 'Identifier' || reported.has(target.name) || allowed(config, target.name)) continue;
    const variable = moduleVariable(input, target);
    if (!variable) continue;
    const made = madeBy(assignment.right, input);
    // A response is a conversation's only where the module continues from it.
    if (made === undefined || (made.what === 'response' && !continuedFrom(variable))) continue;
    const handler = enclosingRequestHandler(assignment);
    if (!handler) continue;
    reported.add(target.name);
    out.push({ node: target, name: target.name, shape: 'request-state', assignedIn: handlerLabel(handler), filledBy: handler, threadMadeBy: made.maker, threadKind: made.what, variable });
  }
  return out;
}
