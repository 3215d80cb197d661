import type { TSESTree } from '@typescript-eslint/utils';

/** `module.exports`. */
export const isModuleExports = (node: TSESTree.Node): boolean =>
  node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'module' && node.property.type === 'Identifier' && node.property.name === 'exports';

/** `exports.x` / `module.exports.x`: the name `x`, else undefined. */
export function exportsMember(node: TSESTree.Node): string | undefined {
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier') return undefined;
  const target = node.object;
  return (target.type === 'Identifier' && target.name === 'exports') || isModuleExports(target) ? node.property.name : undefined;
}
