import type { TSESTree } from '@typescript-eslint/utils';
import { appClassNamed } from './imported-classes.js';
import { localClass, programOf } from './local-types.js';
import { isPrimitiveLiteral, unwrapExpression } from './walk.js';

// A class of the app's own that is a record by its shape: fields and nothing else, as an
// interface declares them (matrix-appservice-discord's `DiscordBridgeConfigLogging`, `console:
// string = "info"`, `files: LoggingFile[] = []`, kept by its logger's `static config`). An instance
// of it holds what its fields hold; a class with a method, an accessor or a base class does more.
// holds-values.ts asks it of a class named for settings or data.

/**
 * The instance fields of the class `name` names where `at` is — the module's own or one imported
 * from a file of the project — as `[declared type, initial value]` pairs, when the class is a
 * record: no base class, no method, accessor or index signature, and a constructor (if any) that
 * only stores its parameters. Undefined for any other class, or none.
 */
export function dataClassFields(at: TSESTree.Node, name: string): Array<[TSESTree.TypeNode | undefined, TSESTree.Expression | null]> | undefined {
  const program = programOf(at);
  const found = program && appClassNamed(program, name);
  const declaration = found && localClass(found.program, found.name);
  if (!declaration || declaration.superClass || declaration.typeParameters) return undefined;
  const fields: Array<[TSESTree.TypeNode | undefined, TSESTree.Expression | null]> = [];
  for (const member of declaration.body.body) {
    if (member.type === 'PropertyDefinition' && !member.computed) {
      if (!member.static) fields.push([member.typeAnnotation?.typeAnnotation, member.value]);
      continue;
    }
    if (member.type === 'MethodDefinition' && member.kind === 'constructor' && member.value.type === 'FunctionExpression' && storesParametersOnly(member.value)) {
      for (const param of member.value.params) if (param.type === 'TSParameterProperty') fields.push([param.parameter.typeAnnotation?.typeAnnotation, null]);
      continue;
    }
    return undefined;
  }
  return fields.length > 0 ? fields : undefined;
}

/** Whether a field's initial value is a value: a literal or a template, an empty list or record. */
export function initialValue(value: TSESTree.Expression | null): boolean {
  if (value === null) return false;
  const held = unwrapExpression(value);
  return isPrimitiveLiteral(held) || (held.type === 'ArrayExpression' && held.elements.length === 0) || (held.type === 'ObjectExpression' && held.properties.length === 0);
}

/** `constructor(public name: string, port: number) { this.port = port; }`: the fields are given what the caller passed, nothing else runs. */
function storesParametersOnly(constructor: TSESTree.FunctionExpression): boolean {
  const params = new Set(constructor.params.flatMap((param) => (param.type === 'Identifier' ? [param.name] : param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' ? [param.parameter.name] : [])));
  return (constructor.body?.body ?? []).every((statement) => statement.type === 'ExpressionStatement'
    && statement.expression.type === 'AssignmentExpression' && statement.expression.operator === '='
    && statement.expression.left.type === 'MemberExpression' && statement.expression.left.object.type === 'ThisExpression'
    && statement.expression.right.type === 'Identifier' && params.has(statement.expression.right.name));
}
