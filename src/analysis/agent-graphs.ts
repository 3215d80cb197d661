import type { TSESTree } from '@typescript-eslint/utils';
import { importSourceOf } from './import-sources.js';
import { enclosingConst, localVariable } from './local-types.js';
import { staticName, unwrapExpression } from './walk.js';

// LangGraph's graph builders, whose `.compile()` hands back the plan an agent runs.
const GRAPH_BUILDER_CLASS = /^(?:StateGraph|MessageGraph|Graph)$/;
// LangGraph's prebuilt agent, compiled where it is made.
const PREBUILT_AGENT = 'createReactAgent';
const GRAPH_PACKAGE = /^@langchain\/langgraph(?:\/|$)/;
// Where a compiled graph keeps what its runs leave behind: a checkpointer, a store, a cache.
const PERSISTENCE_OPTION = new Set(['checkpointer', 'checkpointSaver', 'store', 'cache']);
// LangGraph's persistence in the process's memory: every thread's state, in one process.
const IN_MEMORY_PERSISTENCE = /^(?:MemorySaver|InMemorySaver|InMemoryStore|InMemoryCache)$/;

/**
 * Whether a value is a LangGraph graph compiled into its plan — `new StateGraph(State)….compile()`
 * (slack-sales-agent's supervisor, compiled on its first run), or the prebuilt
 * `createReactAgent({ llm, tools })` — with nothing to keep in the process: each `invoke` or
 * `stream` runs in a state of its own, and a plan of nodes and edges is the same for every user.
 * Not one compiled with LangGraph's in-memory checkpointer or store (`{ checkpointer: new
 * MemorySaver() }`), which keeps every thread's state — every user's conversation — in the process.
 */
export function compiledAgentPlan(program: TSESTree.Program, value: TSESTree.Node): boolean {
  const call = unwrapExpression(value);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  const plan = callee.type === 'Identifier'
    ? callee.name === PREBUILT_AGENT && GRAPH_PACKAGE.test(importSourceOf(program, callee.name) ?? '')
    : callee.type === 'MemberExpression' && staticName(callee.property) === 'compile' && builtByGraphBuilder(program, callee.object);
  // The prebuilt agent's options and compile()'s alike name where it persists.
  return plan && !keepsInMemory(call.arguments[0]);
}

/** Whether a graph builder is what `node` is, through its configuring steps (`.addNode(…)`, `.addEdge(…)`) and the `const` that holds it. */
function builtByGraphBuilder(program: TSESTree.Program, node: TSESTree.Node, hops = 0): boolean {
  let expr = unwrapExpression(node);
  for (;;) {
    const callee = expr.type === 'CallExpression' ? unwrapExpression(expr.callee) : undefined;
    if (callee?.type !== 'MemberExpression') break;
    expr = unwrapExpression(callee.object);
  }
  if (expr.type === 'NewExpression') {
    const callee = unwrapExpression(expr.callee);
    return callee.type === 'Identifier' && GRAPH_BUILDER_CLASS.test(callee.name) && GRAPH_PACKAGE.test(importSourceOf(program, callee.name) ?? '');
  }
  // A builder kept in a variable (`const workflow = new StateGraph(State); workflow.addNode(…)`), a few names deep.
  const init = expr.type === 'Identifier' && hops < 3 ? declaredValue(expr) : undefined;
  return init !== undefined && builtByGraphBuilder(program, init, hops + 1);
}

/** What a name is declared as: a `const` of a block around it, or a variable of the module's. */
function declaredValue(name: TSESTree.Identifier): TSESTree.Expression | undefined {
  return (enclosingConst(name, name.name) ?? localVariable(name, name.name))?.init ?? undefined;
}

/** Whether compile's options (or the prebuilt agent's) hand it LangGraph's in-memory persistence, made there or in a variable. */
function keepsInMemory(options: TSESTree.Node | undefined): boolean {
  const object = options && unwrapExpression(options);
  if (object?.type !== 'ObjectExpression') return false;
  return object.properties.some((property) => {
    if (property.type !== 'Property' || !PERSISTENCE_OPTION.has(staticName(property.key) ?? '')) return false;
    let value = unwrapExpression(property.value as TSESTree.Expression);
    if (value.type === 'Identifier') value = declaredValue(value) ?? value;
    value = unwrapExpression(value);
    if (value.type !== 'NewExpression') return false;
    const maker = unwrapExpression(value.callee);
    return maker.type === 'Identifier' && IN_MEMORY_PERSISTENCE.test(maker.name);
  });
}
