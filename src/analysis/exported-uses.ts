import type { TSESTree } from '@typescript-eslint/utils';
import { exportsMember, isModuleExports } from './commonjs-exports.js';

/**
 * Whether a use of a module's binding hands it to other modules: `export { chain }`, `export
 * default chain`, `module.exports = chain`, `exports.chain = chain`, `module.exports = { chain }`.
 */
export function exportedThrough(use: TSESTree.Node): boolean {
  const parent = use.parent;
  if (parent?.type === 'ExportSpecifier' || parent?.type === 'ExportDefaultDeclaration') return true;
  const value = parent?.type === 'Property' && parent.value === use ? parent.parent?.parent : parent;
  const target = value?.type === 'AssignmentExpression' ? value.left : undefined;
  return target !== undefined && (isModuleExports(target) || exportsMember(target) !== undefined);
}
