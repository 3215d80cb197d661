import type { TSESTree } from '@typescript-eslint/utils';
import { importedFrom } from './bound-names.js';
import type { AnalysisInput } from './types.js';
import { unwrapExpression } from './walk.js';

/** The decorators in a list that are imported functions: `@Cron('…')`, `@Processor('emails')`, as named locally and where they come from. */
export function decoratorsOf(decorators: readonly TSESTree.Decorator[] | undefined, input: AnalysisInput): Array<{ local: string; imported: { source: string; name: string } }> {
  const found: Array<{ local: string; imported: { source: string; name: string } }> = [];
  for (const decorator of decorators ?? []) {
    const expression = unwrapExpression(decorator.expression);
    const callee = expression.type === 'CallExpression' ? unwrapExpression(expression.callee) : expression;
    if (callee.type !== 'Identifier') continue;
    const imported = importedFrom(input, callee);
    if (imported !== undefined) found.push({ local: callee.name, imported });
  }
  return found;
}

/** Whether the class a method belongs to carries the decorator `name` imported from `source` (`@Processor` from '@nestjs/bullmq'). */
export function classDecoratedWith(method: TSESTree.MethodDefinition, input: AnalysisInput, source: string, name: string): boolean {
  const classNode = method.parent.parent;
  return (classNode?.type === 'ClassDeclaration' || classNode?.type === 'ClassExpression') && decoratorsOf(classNode.decorators, input).some(({ imported }) => imported.source === source && imported.name === name);
}
