import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { isInsideFunction } from './context.js';
import { calleeText, nameResolverFor, TIMER } from './holders.js';
import { isFunctionNode, staticName } from './walk.js';

// `process.on('SIGTERM', …)` and its kin: a process's own events are emitted outside every
// request — a signal, an IPC message, `beforeExit` — so a request's scope never reaches them.
const PROCESS_LISTENER = /^(?:on|once|addListener|prependListener|prependOnceListener)$/;

/**
 * Where `node` runs that no request's scope reaches, when it does: in a process event's listener
 * or a timer started at import time — directly, or in a function of the module's that only they
 * are given (`process.on('SIGTERM', shutdown)`). There `requireUserContext()` would always throw.
 * Answered file by file: a handler another module registers (langfuse's exported `onShutdown`) is
 * not seen.
 */
export function outsideEveryRequest(node: TSESTree.Node, input: AnalysisInput): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const where = handedTo(current) ?? onlyHandedOn(current, input);
    if (where) return where;
  }
  return undefined;
}

/** The call `fn` (or a reference to it) is given to, described, when that call runs it outside requests. */
function handedTo(fn: TSESTree.Node): string | undefined {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.callee === fn || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
  const callee = call.callee;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'process') {
    const method = staticName(callee.property);
    if (method === undefined || !PROCESS_LISTENER.test(method)) return undefined;
    const event = call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string' ? `'${call.arguments[0].value}'` : '…';
    return `a process.${method}(${event}) listener`;
  }
  // Started at import time, a timer's callback runs in no request either. (Started in a request,
  // it keeps that request's scope: AsyncLocalStorage follows it.)
  const timer = calleeText(callee);
  if (timer !== undefined && TIMER.test(timer) && !isInsideFunction(call)) return `a ${timer}() callback started at import time`;
  return undefined;
}

/**
 * A function the module names (`function shutdown()`, `const shutdown = async () => …`) that is
 * only ever handed to such a call — not exported: another module might call it in a request.
 */
function onlyHandedOn(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const uses = nameResolverFor(input).usesOf(fn);
  if (!uses || uses.length === 0) return undefined;
  let where: string | undefined;
  for (const use of uses) {
    const described = handedTo(use);
    if (!described) return undefined;
    where ??= described;
  }
  return where;
}
