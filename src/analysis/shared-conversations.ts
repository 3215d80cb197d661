import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { PAGE_GLOBAL_OBJECTS } from './browser-only.js';
import { declaredVariable, moduleVariable, resolvedVariable } from './bound-names.js';
import { exportedThrough } from './exported-uses.js';
import { CONVERSATION_MEMORY_CLASS, conversationListName } from './conversation-names.js';
import { globalMember } from './global-objects.js';
import { producerName } from './produces-object.js';
import { enclosingRequestHandler, handlerLabel, requestParameterOf } from './request-state.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { nodesOfTypes, staticName, unwrapExpression } from './walk.js';

/**
 * One conversation for the whole process: a module's list of chat messages that a request handler
 * adds its request's message to, and that every request then reads — JasonMacdonald6828's chatgpt
 * server keeps `global.messages = [system prompts]`, and its `POST /api/openai` handler pushes the
 * user's message and sends the whole list to the model. Every user talks into the same
 * conversation: the next user's answer is written from the last user's messages. That is the leak
 * a shared agent factory causes, kept in an array, and the fix is the same: the conversation
 * belongs to one user (in the request, or in a store keyed by the user).
 *
 * Precise by construction: the list is a module's (a module variable given an array, or an array
 * a module object's literal gives one of its members: `state.messages`) or the
 * process's (a member of the server's global object), it is a conversation by its name
 * (`messages`, `chatHistory`, `conversation`, a bare `history`) or by being handed on as one
 * (`{ messages: history }`), and a request handler (request-state.ts) `push`es or `unshift`s onto
 * it what came from its request.
 * A list of records (`orders.push(req.body)`, an in-memory table) is data, and not reported; nor is
 * a conversation kept per user (`conversations.get(userId).push(…)`): its key is the user.
 */

/** The properties a model's API takes a conversation under: OpenAI's `messages`, Gemini's `contents`, LangChain's `chat_history`. */
const CONVERSATION_PROPERTY: ReadonlySet<string> = new Set(['messages', 'contents', 'history', 'chat_history', 'chatHistory', 'conversation']);
const APPENDING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift']);

/** A list the module keeps: a module variable first given an array, or a member of the server's global object pushed onto. */
function moduleList(node: TSESTree.Node, input: AnalysisInput): { name: string; is: (other: TSESTree.Node) => boolean } | undefined {
  const list = unwrapExpression(node);
  if (list.type === 'Identifier') {
    const variable = moduleVariable(input, list);
    if (!variable) return undefined;
    const init = (variable.defs[0]!.node as TSESTree.VariableDeclarator).init;
    if (!init || unwrapExpression(init).type !== 'ArrayExpression') return undefined;
    return { name: variable.name, is: (other) => other.type === 'Identifier' && resolvedVariable(input, other) === variable };
  }
  // A module object's list is the module's as much: `const state = { messages: [] }` pushed onto as
  // `state.messages` is one list for every request.
  const objectList = moduleObjectList(list, input);
  if (objectList) return objectList;
  // The global object's member is the process's wherever it was made a list: JasonMacdonald6828's
  // `global.messages` is made in the server's entry module and pushed onto in another's handler.
  const member = globalMember(list, input);
  if (!member || PAGE_GLOBAL_OBJECTS.has(member.object) || !member.slot.startsWith('.')) return undefined;
  return { name: `${member.object}${member.slot}`, is: (other) => globalMember(other, input)?.slot === member.slot };
}

/** `state.messages` where the module made `const state = { messages: [] }`: the member its object literal gave an array. */
function moduleObjectList(list: TSESTree.Node, input: AnalysisInput): { name: string; is: (other: TSESTree.Node) => boolean } | undefined {
  const member = memberOfModuleObject(list, input);
  if (!member) return undefined;
  const init = (member.variable.defs[0]!.node as TSESTree.VariableDeclarator).init;
  const object = init ? unwrapExpression(init) : undefined;
  if (object?.type !== 'ObjectExpression') return undefined;
  const given = object.properties.some((property) => property.type === 'Property' && !property.computed
    && staticName(property.key) === member.property && unwrapExpression(property.value as TSESTree.Expression).type === 'ArrayExpression');
  if (!given) return undefined;
  return {
    name: `${member.variable.name}.${member.property}`,
    is: (other) => {
      const each = memberOfModuleObject(unwrapExpression(other), input);
      return each?.variable === member.variable && each.property === member.property;
    },
  };
}

/** `object.property` where `object` is a variable the module declares (or a script's global scope). */
function memberOfModuleObject(node: TSESTree.Node, input: AnalysisInput): { variable: TSESLint.Scope.Variable; property: string } | undefined {
  if (node.type !== 'MemberExpression' || node.computed) return undefined;
  const object = unwrapExpression(node.object);
  if (object.type !== 'Identifier') return undefined;
  const variable = moduleVariable(input, object);
  const property = staticName(node.property);
  if (!variable || property === undefined) return undefined;
  return { variable, property };
}

/** Handed on whole as a conversation: `{ messages: global.messages }`, `{ contents: history }`. */
function handedAsConversation(input: AnalysisInput, is: (node: TSESTree.Node) => boolean): boolean {
  return nodesOfTypes(input.ast, ['Property']).some((node) => {
    const property = node as TSESTree.Property;
    const key = property.computed ? undefined : staticName(property.key);
    return key !== undefined && CONVERSATION_PROPERTY.has(key) && is(unwrapExpression(property.value as TSESTree.Expression));
  });
}

/** The module lists a request handler appends its request's data to, one finding per list. */
export function conversationsSharedByRequests(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  const reported = new Set<string>();
  for (const node of nodesOfTypes(input.ast, ['CallExpression'])) {
    const call = node as TSESTree.CallExpression;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || callee.computed || call.arguments.length === 0) continue;
    const method = staticName(callee.property);
    if (method === undefined || !APPENDING_METHODS.has(method)) continue;
    const list = moduleList(callee.object, input);
    if (!list || reported.has(list.name) || allowed(config, list.name)) continue;
    if (!conversationListName(list.name.split('.').pop()!) && !handedAsConversation(input, list.is)) continue;
    const handler = enclosingRequestHandler(call);
    if (!handler) continue;
    const parameter = call.arguments.map((argument) => requestParameterOf(argument, handler, input, new Set(), 0)).find((each) => each !== undefined);
    if (parameter === undefined) continue;
    reported.add(list.name);
    out.push({ node: callee.object, name: list.name, shape: 'request-state', requestParameter: parameter, assignedIn: handlerLabel(handler), filledBy: handler, appendedBy: `${method}()` });
  }
  return out;
}

/** Whether `node` runs in a request handler: inside one, through any callbacks of its own. */
export function inRequestHandler(node: TSESTree.Node): boolean {
  return enclosingRequestHandler(node) !== undefined;
}

/** The module's own declarators: `const x = …`, `export let y = …`. */
export function moduleDeclarators(program: TSESTree.Program): TSESTree.VariableDeclarator[] {
  return program.body.flatMap((statement) => {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    return declaration?.type === 'VariableDeclaration' ? declaration.declarations : [];
  });
}

/**
 * Whether a module variable reaches requests: used in a request handler of the module, or exported
 * for another module's (`export default greenBotChain`, `export { memory }`, `export const chat =
 * …`, `module.exports = { chain }`) — a module's export is imported by whatever serves requests.
 */
function reachesRequests(variable: TSESLint.Scope.Variable): boolean {
  const declarator = variable.defs[0]?.node as TSESTree.Node | undefined;
  if (declarator?.parent?.parent?.type === 'ExportNamedDeclaration') return true;
  return variable.references.some((reference) => {
    const use = reference.identifier as TSESTree.Node;
    return inRequestHandler(use) || exportedThrough(use);
  });
}

/** A memory that reaches requests itself, or through what makes another of the module's variables one (`new ConversationChain({ memory })`). */
export function usedByRequests(variable: TSESLint.Scope.Variable, declarators: readonly TSESTree.VariableDeclarator[], input: AnalysisInput): boolean {
  if (reachesRequests(variable)) return true;
  return variable.references.some((reference) => {
    const use = reference.identifier as TSESTree.Node;
    const maker = declarators.find((declarator) => declarator.init && declarator.init.range[0] <= use.range[0] && use.range[1] <= declarator.init.range[1]);
    if (!maker || maker.id.type !== 'Identifier') return false;
    const made = declaredVariable(input, maker, maker.id.name);
    return made !== undefined && reachesRequests(made);
  });
}

/**
 * A conversation's memory the module makes once and requests use: LangChain's `const memory = new
 * BufferMemory()` given to the `ConversationChain` every `POST` calls (or that CarbonVoid's chain
 * module exports for its routes), an app's `const chatHistory = new ChatHistory()` handed to its
 * bot in a route. The first user's messages are in the memory the second user's chain reads.
 * Reported as the module-level instance it is. A script's or a terminal chat's memory reaches no
 * request (single-user modules and one-shot scripts are left to findHolders' own tests).
 */
export function conversationMemoriesSharedByRequests(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  const declarators = moduleDeclarators(input.ast);
  for (const declarator of declarators) {
    if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
    const made = unwrapExpression(declarator.init);
    if (made.type !== 'NewExpression') continue;
    const className = producerName(made)?.split('.').pop();
    if (className === undefined || !CONVERSATION_MEMORY_CLASS.test(className) || allowed(config, declarator.id.name, className)) continue;
    const variable = declaredVariable(input, declarator, declarator.id.name);
    if (!variable || !usedByRequests(variable, declarators, input)) continue;
    out.push({ node: declarator, name: declarator.id.name, shape: 'eager-instance', className, variable });
  }
  return out;
}
