import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { resolvedVariable } from './bound-names.js';
import { handlerLabel, isRequestHandler } from './request-state.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, isFunctionNode, nodesOfTypes, staticName, unwrapExpression } from './walk.js';

/**
 * One conversation thread for every user: a module variable that a request handler sets to a
 * thread the model's service made for it — OpenAI's Assistants (`openai.beta.threads.create()`),
 * LangGraph's SDK (`client.threads.create()`) — and that every later request posts its message
 * into. The service keeps the conversation; the module keeps which one, for everybody:
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

/** The call that makes a conversation thread: `….threads.create(…)`. */
function makesThread(node: TSESTree.Node): string | undefined {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return undefined;
  const callee = calleeText(call.callee);
  return callee !== undefined && /(?:^|\.)threads\.create$/.test(callee) ? `${callee}()` : undefined;
}

/** A thread's id: OpenAI's `id`, LangGraph's `thread_id`. */
const THREAD_ID: ReadonlySet<string> = new Set(['id', 'thread_id', 'threadId']);

/** The thread `value` is, or whose id it is: `await x.threads.create()`, `(await …).id`, `thread.thread_id`, `thread.id` where the handler made `thread` so. */
function threadMaker(value: TSESTree.Node, input: AnalysisInput): string | undefined {
  let node = unwrapExpression(value);
  if (node.type === 'MemberExpression' && THREAD_ID.has(staticName(node.property) ?? '')) node = unwrapExpression(node.object);
  if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
  const made = makesThread(node);
  if (made !== undefined || node.type !== 'Identifier') return made;
  // `const thread = await openai.beta.threads.create(); threadId = thread.id;`
  const def = resolvedVariable(input, node)?.defs[0];
  const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
  if (!init) return undefined;
  const awaited = unwrapExpression(init);
  return makesThread(awaited.type === 'AwaitExpression' ? awaited.argument : awaited);
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
    const variable = resolvedVariable(input, target);
    if (!variable || variable.defs[0]?.type !== 'Variable' || (variable.scope.type !== 'module' && variable.scope.type !== 'global')) continue;
    const maker = threadMaker(assignment.right, input);
    if (maker === undefined) continue;
    for (let current: TSESTree.Node | undefined = assignment.parent; current; current = current.parent) {
      if (!isFunctionNode(current) || !isRequestHandler(current)) continue;
      reported.add(target.name);
      out.push({ node: target, name: target.name, shape: 'request-state', assignedIn: handlerLabel(current), filledBy: current, threadMadeBy: maker, variable });
      break;
    }
  }
  return out;
}
