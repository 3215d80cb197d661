import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AnalysisInput } from './types.js';
import { calleeText, isTypeWrapper, staticName, unwrapExpression } from './walk.js';

/** A module of the project's own, by its specifier: what it exports is one instance for every importer. */
export const PROJECT_MODULE = /^(?:\.{1,2}\/|[@~#]\/)/;

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

/** A use of an object read through one of its members, by name, with the call or the `=` write the member is part of. */
export interface MemberUse {
  readonly member: TSESTree.MemberExpression;
  readonly name: string;
  readonly call?: TSESTree.CallExpression;
  readonly write?: TSESTree.AssignmentExpression;
}

/** `client.x`, `client.x(…)`, `client.x = …` for a use `client` — through type wrappers: `sessions!.currentUser`, `(manager as OrderManager).setUser(…)`. */
export function memberUse(use: TSESTree.Node): MemberUse | undefined {
  let object = use;
  while (object.parent && isTypeWrapper(object.parent) && object.parent.expression === object) object = object.parent;
  const member = object.parent;
  if (member?.type !== 'MemberExpression' || member.object !== object || member.computed) return undefined;
  const name = staticName(member.property);
  if (name === undefined) return undefined;
  const parent = member.parent;
  const call = parent?.type === 'CallExpression' && parent.callee === member ? parent : undefined;
  const write = parent?.type === 'AssignmentExpression' && parent.left === member && parent.operator === '=' ? parent : undefined;
  return { member, name, ...(call ? { call } : {}), ...(write ? { write } : {}) };
}

/**
 * What a member use signs a client in with: the arguments of a setter `setter` names
 * (`client.setCredentials(tokens)`), or what googleapis' `credentials` field, the setter's own, is
 * given (`client.credentials = tokens`); none for any other use.
 */
export function signInValues(used: MemberUse, setter: RegExp): readonly TSESTree.Node[] {
  if (used.call) return setter.test(used.name) ? used.call.arguments : [];
  return used.write && used.name === 'credentials' ? [used.write.right] : [];
}
