import type { TSESTree } from '@typescript-eslint/utils';
import { STANDARD_GLOBALS } from './standard-globals.js';
import { calleeText, staticName, unwrapExpression, walk } from './walk.js';

// The objects a hook replaces members of: the console, and the global object under its names.
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global', 'window', 'self']);
// The process's own failures, which every caller's code raises: `process.on('uncaughtException', …)`.
// (A signal's listener says less: a service class sees itself out on `SIGTERM` as well.)
const PROCESS_LISTENER = /^process\.(?:on|once|addListener|prependListener|prependOnceListener)$/;
const FAILURE_EVENT = /^(?:uncaughtException|uncaughtExceptionMonitor|unhandledRejection|warning)$/;

/**
 * Whether a class hooks into the process itself: one of its methods replaces what every caller
 * of the platform calls — a method of the console (hono-telescope's watchers, `console.error =
 * (...args) => { previous(...args); record(…) }`), a standard global (its `HttpInterceptor`,
 * `globalThis.fetch = intercepted`), a method on a class's prototype (its `DatabaseInterceptor`,
 * `PrismaClient.prototype.$queryRaw = …`) — or listens for the process's own failures
 * (`process.on('unhandledRejection', …)`). Such a hook is the process's by design: a second
 * instance would wrap every call twice, and whose call it records is each caller's own (read from
 * the request scope, as those watchers do), not the instance's.
 */
export function hooksProcess(declaration: TSESTree.ClassDeclaration): boolean {
  let hooks = false;
  walk(declaration.body, (node) => {
    if (hooks) return;
    if (node.type === 'AssignmentExpression' && node.operator === '=') hooks = replacesPlatformMember(node.left);
    else if (node.type === 'CallExpression') hooks = PROCESS_LISTENER.test(calleeText(node.callee) ?? '') && FAILURE_EVENT.test(staticName(node.arguments[0]) ?? '');
  });
  return hooks;
}

/** `console.log`, `console[method]`, `globalThis.fetch`, `(PrismaClient.prototype as X).$queryRaw`: a member every caller of the platform reaches. */
function replacesPlatformMember(target: TSESTree.Node): boolean {
  const member = unwrapExpression(target as TSESTree.Expression);
  if (member.type !== 'MemberExpression') return false;
  const object = unwrapExpression(member.object);
  if (object.type === 'Identifier') {
    if (object.name === 'console') return true;
    // `globalThis[key]` names no global of the platform's: the key is the app's.
    const property = member.computed && member.property.type === 'Identifier' ? undefined : staticName(member.property);
    return GLOBAL_OBJECTS.has(object.name) && property !== undefined && STANDARD_GLOBALS.has(property);
  }
  return object.type === 'MemberExpression' && staticName(object.property) === 'prototype';
}
