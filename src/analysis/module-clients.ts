import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { calleeText, unwrapExpression } from './walk.js';

/** A module of the project's own, by its specifier: what it exports is one instance for every importer. */
const PROJECT_MODULE = /^(?:\.{1,2}\/|[@~#]\/)/;

/**
 * The module-lifetime instances a module can sign in: its own `const client = new X(…)` (or a
 * call's result), and one it imports from a module of the project (`import { oauth2Client } from
 * './googleClient'`), which that module made once for every importer.
 */
export function moduleClients(input: AnalysisInput): { name: string; variable: TSESLint.Scope.Variable }[] {
  const found: { name: string; variable: TSESLint.Scope.Variable }[] = [];
  for (const statement of input.ast.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type' || !PROJECT_MODULE.test(statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportNamespaceSpecifier' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type')) continue;
        const variable = input.scopeManager?.getDeclaredVariables(specifier).find((each) => each.name === specifier.local.name);
        if (variable) found.push({ name: specifier.local.name, variable });
      }
      continue;
    }
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
      const made = unwrapExpression(declarator.init);
      if (made.type !== 'NewExpression' && made.type !== 'CallExpression') continue;
      // `const oauth2Client = require('./googleClient')`: the project module's instance.
      if (made.type === 'CallExpression' && calleeText(made.callee) === 'require') {
        const source = made.arguments[0];
        if (source?.type !== 'Literal' || typeof source.value !== 'string' || !PROJECT_MODULE.test(source.value)) continue;
      }
      const variable = input.scopeManager?.getDeclaredVariables(declarator).find((each) => each.name === (declarator.id as TSESTree.Identifier).name);
      if (variable) found.push({ name: declarator.id.name, variable });
    }
  }
  return found;
}
