import type { TSESTree } from '@typescript-eslint/utils';
import { localFunction, moduleFunctionName } from './local-types.js';
import { ownFunctionRun, topLevelPath } from './one-shot-script.js';
import { scheduledJob } from './scheduled-jobs.js';
import { isInsideFunction } from './context.js';
import { makesApp } from './start-up.js';
import type { AnalysisInput } from './types.js';
import { calleeText, isFunctionNode, staticName, walk } from './walk.js';

/**
 * Whether the module is a command-line program, and by what: its top level runs a function of its
 * own (`main().catch(…)`, also behind `if (require.main === module)`) that reads the command's
 * arguments (`process.argv`) or reads lines from the terminal (`createInterface({ input:
 * process.stdin })`, or `stdin` imported from `node:process`) — NAC's `src/cli.ts` and its REPL
 * `src/cli/main.ts` — or whose first line (`#!/usr/bin/env node`) makes it a command — and
 * nothing in the module serves anyone else (see serves). Everything it runs, its commands and its REPL's line
 * handler alike, runs for the one person who typed the command, in a process no request reaches.
 * A server's entry that reads `--port` and listens, or a worker's that reads its queue's name, is
 * no such program.
 */
export function commandLineProgram(input: AnalysisInput): string | undefined {
  let answer = answers.get(input.ast);
  if (answer === undefined) {
    answer = commandLineProgramOf(input) ?? null;
    answers.set(input.ast, answer);
  }
  return answer ?? undefined;
}

/** Answers by module: every site of a file asks. */
const answers = new WeakMap<TSESTree.Program, string | null>();

// `#!/usr/bin/env node` (or `tsx`, `ts-node`, `bun`, …): the file is run as a command, from a terminal.
const SHEBANG = /^#![^\n]*\b(?:node|tsx|ts-node|bun|deno|zx)\b/;

function commandLineProgramOf(input: AnalysisInput): string | undefined {
  let reads: string | undefined;
  const command = SHEBANG.test(input.text);
  const stdin = stdinNames(input.ast);
  const readAtTop = commandLineReadAtTop(input.ast);
  for (const statement of input.ast.body.flatMap(topLevelPath)) {
    if (statement.type !== 'ExpressionStatement') continue;
    const run = ownFunctionRun(statement.expression);
    if (!run) continue;
    const name = moduleFunctionName(run.fn);
    const ran = name === undefined ? 'a function of its own' : `${name}()`;
    const what = terminalInput(run.fn, stdin);
    if (what !== undefined) {
      reads = `its top level runs ${ran}, which reads ${what}`;
      break;
    }
    // What it runs is given what the top level read (aroma's `scripts/errandRecallCheck.js`:
    // `const QUERY = process.argv[2] || 'mushrooms'`, then `(async () => { … })()`).
    if (readAtTop) {
      reads = `its top level reads the command line (process.argv) and runs ${ran}`;
      break;
    }
    // A script its first line makes a command (leviathan's `agent/create-refactor-worktree.js`):
    // whatever its function reads, whoever typed the command is the one it runs for.
    if (command) {
      reads = `its first line makes it a command, and its top level runs ${ran}`;
      break;
    }
  }
  // A command whose top level is its body, branching on the arguments it read (gestaltview's
  // rendering engine's `src/cli/index.ts`: `const [, , command] = process.argv`, then `if (command
  // === 'inspect') …` around one `new GestaltRenderEngine()`).
  if (reads === undefined && command && readAtTop) reads = 'its first line makes it a command, and its top level reads the command line (process.argv)';
  return reads !== undefined && !serves(input) && !(command && makesServer(input)) ? reads : undefined;
}

/** Whether a top-level declaration reads the command's arguments as the module loads: `const query = process.argv[2]`. */
function commandLineReadAtTop(program: TSESTree.Program): boolean {
  let reads = false;
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    walk(declaration, (node) => {
      if (!reads && node.type === 'MemberExpression' && !isInsideFunction(node)) reads = calleeText(node) === 'process.argv';
    });
  }
  return reads;
}

// `createRpcAiServer(config)`, `http.createServer(app)`, `startServer()`: a server by its maker's
// name. A call's name says whether it makes one (a launcher's `waitForServer(5173)` and
// `checkServer()` wait for a server another process runs); a class's name is enough (`new McpServer(…)`).
const SERVER_MAKER_CALL = /^(?:create|make|start|run|launch|serve|build|new|init(?:ialize)?)\w*Server$/i;
const SERVER_CLASS = /Server$/;

/**
 * Whether the module makes a server by its maker's name — what a command's first line also
 * starts (simple-rpc-ai-backend's examples: `#!/usr/bin/env node`, then `createRpcAiServer(config)`
 * and `server.start()`): a server started from the terminal still serves whoever connects.
 */
function makesServer(input: AnalysisInput): boolean {
  let making = false;
  walk(input.ast, (node) => {
    if (making || (node.type !== 'CallExpression' && node.type !== 'NewExpression')) return;
    const name = calleeText(node.callee)?.split('.').pop() ?? '';
    making = (node.type === 'NewExpression' ? SERVER_CLASS : SERVER_MAKER_CALL).test(name);
  });
  return making;
}

/**
 * What a function reads from the terminal — its command's arguments or its input lines — in its
 * own body or in a function of the module's it calls (atlas' migration scripts: `main()` calls
 * `parseArgs()`, which reads `process.argv`), a few calls deep.
 */
function terminalInput(fn: TSESTree.Node, stdin: ReadonlySet<string>, depth = 0): string | undefined {
  let what: string | undefined;
  const called: TSESTree.Node[] = [];
  walk(fn, (node) => {
    if (what !== undefined) return;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && depth < MAX_CALL_DEPTH) {
      const own = localFunction(node, node.callee.name);
      if (own && own !== fn && !called.includes(own)) called.push(own);
    }
    if (node.type === 'Identifier' && stdin.has(node.name) && readsLinesFrom(node)) what = 'lines typed at the terminal';
    if (node.type !== 'MemberExpression') return;
    const text = calleeText(node);
    if (text === 'process.argv') what = 'the command line (process.argv)';
    else if (text === 'process.stdin' && readsLinesFrom(node)) what = 'lines typed at the terminal';
  });
  for (const own of called) what ??= terminalInput(own, stdin, depth + 1);
  return what;
}

const MAX_CALL_DEPTH = 2;

/**
 * The names the module imports the terminal's input under: `import { stdin as input } from
 * 'node:process'` (Node's readline examples, IC_Agent_Hack's arcade client).
 */
function stdinNames(program: TSESTree.Program): ReadonlySet<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || (statement.source.value !== 'process' && statement.source.value !== 'node:process')) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier' && staticName(specifier.imported) === 'stdin') names.add(specifier.local.name);
    }
  }
  return names;
}

/** `createInterface({ input: process.stdin, … })`, `createInterface({ input })`: readline reading what the user types. */
function readsLinesFrom(stdin: TSESTree.Node): boolean {
  const property = stdin.parent;
  const call = property?.type === 'Property' && property.value === stdin && staticName(property.key) === 'input' ? property.parent?.parent : undefined;
  return call?.type === 'CallExpression' && (calleeText(call.callee) ?? '').split('.').pop() === 'createInterface';
}

/**
 * Whether anything in the module serves more than the person at the terminal: makes an
 * application (`express()`, `fastify()`, …), listens (`server.listen(port)`), runs a queue's or
 * a broker's jobs or a cron schedule (scheduled-jobs.ts), or keeps a timer ticking.
 */
function serves(input: AnalysisInput): boolean {
  let serving = false;
  walk(input.ast, (node) => {
    if (serving) return;
    if (isFunctionNode(node)) serving = scheduledJob(node, input) !== undefined;
    else if (node.type === 'NewExpression') serving = makesApp(node, input) !== undefined;
    else if (node.type === 'CallExpression') {
      const name = calleeText(node.callee)?.split('.').pop();
      serving = makesApp(node, input) !== undefined || name === 'listen' || name === 'setInterval';
    }
  });
  return serving;
}
