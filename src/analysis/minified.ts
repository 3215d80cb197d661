import type { TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { isFunctionNode, isIife, unwrapExpression } from './walk.js';

/**
 * Lines no one writes by hand: a bundler's or minifier's output puts a whole module, or a whole
 * library, on a handful of lines. Prettier and every style guide wrap code near 80–120
 * characters, and even a long string literal a person types (a data URI, a SQL block) sits on
 * its own line apart from the declarations around it; so a declaration on a line this long is
 * generated code, which is fixed in what generates it, not where it is reported.
 */
const LONGEST_HAND_WRITTEN_LINE = 1_000;

/** Whether the line holding `offset` is longer than anyone writes by hand. */
export function onMinifiedLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const end = newline === -1 ? text.length : newline;
  return end - start > LONGEST_HAND_WRITTEN_LINE;
}

/**
 * Whether the file is a library's distributed build: it opens with the banner builds keep (`/*!`
 * or `@license`: Font Awesome's `all.js`, vendored into wekan) and the module is IIFEs alone (one,
 * or one per bundled part). What such a wrapper closes over is the library's state, changed in
 * the library.
 */
export function isLibraryBuild(input: AnalysisInput): boolean {
  const banner = input.ast.comments?.[0];
  if (banner?.type !== 'Block' || !/^!|@license\b/.test(banner.value)) return false;
  if (input.text.slice(0, banner.range[0]).replace(/^\uFEFF?(?:#![^\n]*\n)?/, '').trim() !== '') return false;
  const statements = input.ast.body.filter((statement) => !(statement.type === 'ExpressionStatement' && statement.directive));
  return statements.length > 0 && statements.every(isIifeStatement);
}

/** `(function () { … })();`, `(() => { … })();`, `!function () { … }();` */
function isIifeStatement(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  let call: TSESTree.Node = unwrapExpression(statement.expression);
  if (call.type === 'UnaryExpression') call = unwrapExpression(call.argument);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  return isFunctionNode(callee) && isIife(callee);
}
