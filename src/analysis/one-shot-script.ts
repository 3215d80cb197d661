import type { TSESTree } from '@typescript-eslint/utils';
import { localFunction } from './local-types.js';
import { calleeText, isFunctionNode, PROMISE_CHAIN_METHODS, staticName, unwrapExpression, walk } from './walk.js';

/**
 * Whether the module is a script that runs once and ends its process: its top level calls a
 * function of its own — `command();`, `migrate().catch(…)`, `void main();`, `await main();` — that
 * ends with `process.exit(…)` on its way out (or whose promise is followed by one:
 * `main().then(() => process.exit(0))`). erxes' migration commands keep their `db` and collections
 * in module variables so: one run, one operator, no users served. A server's entry point
 * (`bootstrap()` calling `app.listen(…)`) does not exit, so it stays a server's module. Nor does
 * it end its top level with `process.exit(0)`, as a script written at the top level does
 * (discord-tickets' `scripts/dump.mjs`, awaiting its queries and exiting): importing that module
 * would end the process. Nor is a module a script for exiting under a condition of its own
 * (`if (!process.env.DB_URL) process.exit(1)`); a run-directly guard (`if (!module.parent)`,
 * `if (require.main === module)`) is the script's own path, as in opencollective's scripts.
 */
export function runsAsOneShotScript(program: TSESTree.Program): boolean {
  // A top-level `try { await run(); process.exit(0) } catch { … }` (overleaf's scripts) is the top level's own path.
  const statements = program.body.flatMap(topLevelPath);
  return statements.some((statement) => statement.type === 'ExpressionStatement' && (endsProcessAfterOwnCall(statement.expression) || isProcessExit(statement.expression)));
}

/** The statements a top-level statement runs on the module's own path: a `try` block's, a run-directly guard's (`if (require.main === module)`), or itself. */
export function topLevelPath(statement: TSESTree.ProgramStatement): TSESTree.ProgramStatement[] {
  if (statement.type === 'TryStatement') return statement.block.body;
  if (statement.type === 'IfStatement' && isRunDirectlyGuard(statement.test)) {
    return statement.consequent.type === 'BlockStatement' ? statement.consequent.body : [statement.consequent];
  }
  return [statement];
}

/** `!module.parent`, `require.main === module`, `import.meta.main`, `process.argv[1] === fileURLToPath(import.meta.url)`: true when the file is run, not imported. */
function isRunDirectlyGuard(test: TSESTree.Expression): boolean {
  let readsImportMeta = false;
  let readsArgv = false;
  let guard = false;
  walk(test, (node) => {
    if (node.type === 'MetaProperty' && node.meta.name === 'import') readsImportMeta = true;
    if (node.type !== 'MemberExpression') return;
    const text = calleeText(node);
    if (text === 'module.parent' || text === 'require.main' || text === 'process.argv') {
      if (text === 'process.argv') readsArgv = true;
      else guard = true;
    }
    if (node.object.type === 'MetaProperty' && staticName(node.property) === 'main') guard = true;
  });
  return guard || (readsImportMeta && readsArgv);
}

/**
 * The module's own function a top-level expression runs — `main()`, `main().catch(…)`,
 * `main().then(() => process.exit(0))`, `void main()`, `await main()`, an IIFE — with the promise chain's
 * handlers after it, or undefined when it runs none.
 */
export function ownFunctionRun(expression: TSESTree.Expression): { fn: TSESTree.Node; handlers: Array<{ method: string | undefined; argument: TSESTree.Node }> } | undefined {
  let current = unwrapExpression(expression);
  if ((current.type === 'UnaryExpression' && current.operator === 'void') || current.type === 'AwaitExpression') current = unwrapExpression(current.argument);
  const handlers: Array<{ method: string | undefined; argument: TSESTree.Node }> = [];
  // Down a promise chain to the call it starts from.
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression' && PROMISE_CHAIN_METHODS.has(staticName(current.callee.property) ?? '')) {
    const method = staticName(current.callee.property);
    for (const argument of current.arguments) handlers.push({ method, argument });
    current = unwrapExpression(current.callee.object);
  }
  if (current.type !== 'CallExpression') return undefined;
  // A function written where it runs: `(async () => { … })().catch(…)`.
  const callee = unwrapExpression(current.callee);
  if (isFunctionNode(callee)) return { fn: callee, handlers };
  if (callee.type !== 'Identifier') return undefined;
  const fn = localFunction(current, callee.name);
  return fn === undefined ? undefined : { fn, handlers };
}

/** The own function's run, then the exit: in its own body, or in a `.then`/`.finally` after it. */
function endsProcessAfterOwnCall(expression: TSESTree.Expression): boolean {
  const run = ownFunctionRun(expression);
  if (run === undefined) return false;
  const exitsAfter = run.handlers.some(({ method, argument }) => method !== 'catch' && isFunctionNode(argument) && exitsOnItsWayOut(argument));
  return exitsAfter || exitsOnItsWayOut(run.fn);
}

/**
 * A `process.exit(…)` among the function's own statements, or its `try` block's, or at the end of
 * each branch of an `if … else` there: the path every successful run takes (boxyhq's
 * `delete-team.js`: usage and `process.exit(1)` without arguments, else the work and `process.exit(0)`).
 */
function exitsOnItsWayOut(fn: TSESTree.Node): boolean {
  if (!isFunctionNode(fn)) return false;
  return fn.body.type === 'BlockStatement' ? exits(fn.body) : isProcessExit(fn.body);
}

function exits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case 'ExpressionStatement':
      return isProcessExit(statement.expression);
    case 'BlockStatement':
      return statement.body.some(exits);
    case 'TryStatement':
      return exits(statement.block);
    case 'IfStatement':
      return statement.alternate !== null && exits(statement.consequent) && exits(statement.alternate);
    default:
      return false;
  }
}

function isProcessExit(node: TSESTree.Node): boolean {
  const call = unwrapExpression(node);
  return call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && call.callee.object.type === 'Identifier'
    && call.callee.object.name === 'process' && staticName(call.callee.property) === 'exit';
}
