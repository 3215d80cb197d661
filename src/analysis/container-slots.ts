import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { importedFrom } from './bound-names.js';
import { filledType, lastTypeName, localType } from './local-types.js';
import { isNoOpClass, producerName } from './produces-object.js';
import { allowed, sharedByDesign } from './shared-by-design.js';
import { insideTestCallback } from './test-callbacks.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { isNullish, staticName, unwrapExpression, writingFunction } from './walk.js';

/**
 * The slots of a module-level container that its declared type keeps for an instance of a
 * singleton-named class and its literal leaves empty:
 *
 *     interface GlobalContainer { agentManager?: AgentManager }
 *     export const globals: GlobalContainer = {};
 *     export const state = { engine: null as Engine | null };
 *
 * Such a slot exists to be filled at run time — by start-up code in this module or in another
 * (bot-server's `globals.agentManager = await initLeaderOrchestration([])`, in its entry point) —
 * and from then on every request reads the one instance, as it would a module variable's. The
 * finding points at the slot's declaration: the writes may be anywhere.
 */
export function containerSlotHolders(declarator: TSESTree.VariableDeclarator, config: ResolvedConfig, out: HolderFinding[]): void {
  if (declarator.id.type !== 'Identifier' || !declarator.init) return;
  const container = declarator.id.name;
  const literal = unwrapExpression(declarator.init);
  // A spread may fill any slot (`{ ...defaults }`): what it holds is not read here.
  if (literal.type !== 'ObjectExpression' || literal.properties.some((property) => property.type === 'SpreadElement')) return;
  const declared = declarator.id.typeAnnotation?.typeAnnotation ?? assertedType(declarator.init);
  for (const member of declared ? typeMembers(declarator, declared) : []) {
    if (member.type !== 'TSPropertySignature' || member.readonly || member.computed) continue;
    const slot = staticName(member.key);
    const annotation = member.typeAnnotation?.typeAnnotation;
    const className = slot && annotation ? heldClass(annotation, member.optional === true, config) : undefined;
    if (!slot || !className) continue;
    const value = literalValue(literal, slot);
    if (value !== undefined && !isNullish(value)) continue;
    report(member.key, `${container}.${slot}`, slot, className, config, out);
  }
  // `{ engine: null as Engine | null }`: the slot typed where it is made.
  for (const property of literal.properties) {
    if (property.type !== 'Property' || property.computed || !isNullish(property.value)) continue;
    const slot = staticName(property.key);
    const cast = assertedType(property.value);
    const className = slot && cast ? heldClass(cast, false, config) : undefined;
    if (slot && className) report(property.key, `${container}.${slot}`, slot, className, config, out);
  }
}

/**
 * The same slot written from the module that fills it, where the container is imported from a
 * module of the project's own — typed or not (a JavaScript `export const globals = { gameManager:
 * null }`): `globals.gameManager = new GameManager()`, an instance of a singleton-named class put
 * where every module that imports the container reads it.
 */
export function importedContainerWrite(assignment: TSESTree.AssignmentExpression, input: AnalysisInput, config: ResolvedConfig, out: HolderFinding[]): void {
  if (assignment.operator !== '=' && assignment.operator !== '??=' && assignment.operator !== '||=') return;
  const target = unwrapExpression(assignment.left);
  if (target.type !== 'MemberExpression') return;
  const container = unwrapExpression(target.object);
  const slot = target.computed && target.property.type !== 'Literal' ? undefined : staticName(target.property);
  if (container.type !== 'Identifier' || slot === undefined) return;
  // A module of the project's own (a package's export patched is another matter); a namespace object cannot be written.
  const from = importedFrom(input, container);
  if (!from || !from.source.startsWith('.') || from.name === '*') return;
  const value = unwrapExpression(assignment.right);
  const producer = value.type === 'NewExpression' ? producerName(value) : undefined;
  const className = producer?.split('.').pop();
  if (!className || !config.singletonClassPattern.test(className) || isNoOpClass(className) || insideTestCallback(assignment)) return;
  const filledBy = writingFunction(assignment);
  report(assignment, `${container.name}.${slot}`, slot, className, config, out, filledBy);
}

function report(node: TSESTree.Node, name: string, slot: string, className: string, config: ResolvedConfig, out: HolderFinding[], filledBy?: TSESTree.Node): void {
  if (allowed(config, name, className) || sharedByDesign(slot, className, node)) return;
  out.push({ node, name, shape: 'container-slot', className, ...(filledBy ? { filledBy } : {}) });
}

const isTypeNode = (local: TSESTree.TypeNode | readonly TSESTree.TypeElement[]): local is TSESTree.TypeNode => !Array.isArray(local);

/** `{} as T`, `<T>{}`: the type an expression is asserted to have. */
function assertedType(node: TSESTree.Node): TSESTree.TypeNode | undefined {
  return node.type === 'TSAsExpression' || node.type === 'TSTypeAssertion' ? node.typeAnnotation : undefined;
}

/** The members of an inline type literal, or of a type or interface the file declares. */
function typeMembers(at: TSESTree.Node, type: TSESTree.TypeNode): readonly TSESTree.TypeElement[] {
  if (type.type === 'TSTypeLiteral') return type.members;
  if (type.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || type.typeArguments) return [];
  const local = localType(at, type.typeName.name);
  if (local === undefined) return [];
  if (isTypeNode(local)) return local.type === 'TSTypeLiteral' ? local.members : [];
  return local;
}

/**
 * The singleton-named class a slot's type holds once filled — `AgentManager` for `AgentManager |
 * null`, or for an optional member's `AgentManager` — so that an empty slot is possible.
 */
function heldClass(annotation: TSESTree.TypeNode, optional: boolean, config: ResolvedConfig): string | undefined {
  const held = filledType(annotation);
  if (!held || (held === annotation && !optional)) return undefined;
  if (held.type !== 'TSTypeReference') return undefined;
  const name = lastTypeName(held.typeName);
  return name && config.singletonClassPattern.test(name) && !isNoOpClass(name) ? name : undefined;
}

/** What the literal gives the slot: its value, or undefined when it leaves the slot out. */
function literalValue(literal: TSESTree.ObjectExpression, slot: string): TSESTree.Node | undefined {
  for (const property of literal.properties) {
    if (property.type === 'Property' && !property.computed && staticName(property.key) === slot) return property.value;
  }
  return undefined;
}
