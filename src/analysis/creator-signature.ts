import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { USER_CONTEXT_MEMBERS } from './context.js';
import { lastTypeName } from './local-types.js';
import { isFunctionNode, staticName, unwrapExpression } from './walk.js';

// An untyped first parameter named for something else than a context.
const NOT_A_CONTEXT_NAME = /^(?:options|opts|config|configuration|settings|params|args|props|input|deps|dependencies)$/i;

/** The keys of a type literal or a destructuring: `{ connection; prefix? }`, `{ connection }`. */
function keysOf(node: TSESTree.TypeNode | TSESTree.ObjectPattern): string[] {
  if (node.type === 'ObjectPattern') return node.properties.map((p) => (p.type === 'Property' ? staticName(p.key) : undefined) ?? '…');
  if (node.type !== 'TSTypeLiteral') return [];
  return node.members.map((m) => (m.type === 'TSPropertySignature' ? staticName(m.key) : undefined) ?? '…');
}

const describeKeys = (keys: readonly string[]) => `{ ${keys.join(', ')} }`;

/**
 * What a creator declared in the getter's module takes, when that is plainly no user context:
 * formbricks already had `createJobsQueue({ connection })`, which `createJobsQueue(requireUserContext())`
 * would be handed (TS2345 at every site). A parameter typed with the configured context type or
 * one named like a context, destructured into its ids, untyped under another name, or declared by
 * anything but a function (a creator made by a helper) may be the creator: undefined.
 */
export function unfitCreatorParameter(declaration: TSESTree.Node, config: ResolvedConfig): string | undefined {
  const fn = declaration.type === 'VariableDeclarator' ? (declaration.init ? unwrapExpression(declaration.init) : undefined) : declaration;
  if (!fn || !isFunctionNode(fn)) return undefined;
  const first = fn.params[0];
  if (!first) return 'nothing';
  const param = first.type === 'AssignmentPattern' ? first.left : first;
  if (param.type === 'ObjectPattern') {
    const keys = keysOf(param);
    return keys.every((key) => USER_CONTEXT_MEMBERS.has(key)) ? undefined : describeKeys(keys);
  }
  if (param.type !== 'Identifier') return undefined;
  const annotation = param.typeAnnotation?.typeAnnotation;
  if (annotation?.type === 'TSTypeLiteral') {
    const keys = keysOf(annotation);
    return keys.every((key) => USER_CONTEXT_MEMBERS.has(key)) ? undefined : describeKeys(keys);
  }
  if (annotation?.type === 'TSTypeReference') {
    const name = lastTypeName(annotation.typeName);
    return name === undefined || name === config.context.type || /Context$/.test(name) ? undefined : `a ${name}`;
  }
  if (annotation?.type === 'TSStringKeyword' || annotation?.type === 'TSNumberKeyword' || annotation?.type === 'TSBooleanKeyword') return `a ${annotation.type.slice(2, -7).toLowerCase()}`;
  return annotation === undefined && NOT_A_CONTEXT_NAME.test(param.name) ? param.name : undefined;
}
