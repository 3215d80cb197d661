import type { TSESTree } from '@typescript-eslint/utils';
import { isPrimitiveType } from './holds-values.js';
import { localClass } from './local-types.js';
import { fillSourceOf } from './own-configuration.js';
import { producesObject } from './produces-object.js';
import type { FillSource } from './shared-by-design.js';
import { calleeText, isFunctionNode, isWriteTarget, staticName, unwrapExpression, walk } from './walk.js';

// The clock, read for when something happened: `Date.now()`, `performance.now()`.
const CLOCK = /^(?:Date\.now|performance\.now)$/;

/**
 * Whether the module's class `name` keeps nothing but plain values that no user gave it: a client
 * of the process's own settings — its address, key and timeout, set as it is built from nothing a
 * caller passed (`fill` is 'own') — and the flags, counts and times it keeps on itself afterwards.
 * Artorizer's `ProcessorService` (its circuit breaker's `failureCount`, `circuitOpen` and
 * `lastFailureTime`), Fastamoni's Flutterwave providers (`url`, `apiKey` from the environment).
 * Each field is a string, a number or a boolean, so it holds no one's object; none is written
 * later but with a literal, the clock or arithmetic on its own fields, so no request's id or token
 * gets in. Not a class that extends another (an EventEmitter keeps its listeners), nor one that
 * names a user where it is built (`this.userId = currentUser().id`).
 */
export function keepsOnlyOwnPlainValues(program: TSESTree.Program, name: string, fill: FillSource): boolean {
  if (fill !== 'own') return false;
  const declaration = localClass(program, name);
  if (!declaration || declaration.superClass) return false;
  let fields = 0;
  let constructor: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression | undefined;
  for (const member of declaration.body.body) {
    if ('static' in member && member.static) continue;
    // A method written as an arrow in a field is a method, asked below.
    if (member.type === 'PropertyDefinition' && member.value && isFunctionNode(member.value)) continue;
    if (member.type === 'PropertyDefinition') {
      if (!plainField(member.typeAnnotation?.typeAnnotation ?? undefined, member.value)) return false;
      if (member.value && fillSourceOf(member.value, undefined, false) === 'caller') return false;
      fields += 1;
    } else if (member.type === 'MethodDefinition' && member.kind === 'constructor') {
      constructor = member.value;
      for (const param of member.value.params) {
        if (param.type !== 'TSParameterProperty') continue;
        const binding = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (binding.type !== 'Identifier' || !binding.typeAnnotation || !plainType(binding.typeAnnotation.typeAnnotation)) return false;
        fields += 1;
      }
    } else if (member.type !== 'MethodDefinition') return false;
  }
  // A JavaScript class declares its fields where its constructor sets them.
  let built = true;
  if (constructor?.body) {
    walk(constructor.body, (node) => {
      if (!built || !writesThis(node)) return;
      const value = writtenValue(node);
      built = value !== undefined && plainField(undefined, value) && fillSourceOf(value, constructor, false) !== 'caller';
      fields += 1;
    });
  }
  if (!built || fields === 0) return false;
  // What runs later sets its own marks only.
  for (const member of declaration.body.body) {
    const body = member.type === 'MethodDefinition' && member.kind !== 'constructor' && !member.static ? member.value.body
      : member.type === 'PropertyDefinition' && !member.static && member.value && isFunctionNode(member.value) ? member.value.body : undefined;
    if (!body) continue;
    let own = true;
    walk(body, (node) => {
      if (own && writesThis(node)) own = ownMark(writtenValue(node));
    });
    if (!own) return false;
  }
  return true;
}

/** Declared as a primitive or a date, or undeclared and given neither an object nor a list: `url: string`, `retries = 3`, `key = process.env.KEY ?? ''`. */
function plainField(declared: TSESTree.TypeNode | undefined, value: TSESTree.Node | null | undefined): boolean {
  if (declared !== undefined) return plainType(declared);
  if (value == null) return true;
  const given = unwrapExpression(value);
  return ownMark(given) || (!producesObject(given) && given.type !== 'ArrayExpression' && given.type !== 'ObjectExpression' && !isFunctionNode(given) && given.type !== 'ClassExpression');
}

/** `string`, `number | null`, `'open' | 'closed'`, `Date`. */
function plainType(type: TSESTree.TypeNode): boolean {
  if (type.type === 'TSUnionType') return type.types.every(plainType);
  return isPrimitiveType(type) || (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Date');
}

/** A write through `this`: `this.x = …`, `this.x++`, `this.x.y = …` (a write inside a field, which plain fields have none of). */
function writesThis(node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression' || !isWriteTarget(node)) return false;
  let object = unwrapExpression(node.object);
  while (object.type === 'MemberExpression') object = unwrapExpression(object.object);
  return object.type === 'ThisExpression';
}

/**
 * The value a write through `this` gives: an assignment's right side (`this.x += n` reads `n` as
 * well), `this.x` itself for `++` and `--`; undefined for a field written inside (`this.x.y = …`)
 * or deleted.
 */
function writtenValue(target: TSESTree.Node): TSESTree.Node | undefined {
  if (target.type !== 'MemberExpression' || unwrapExpression(target.object).type !== 'ThisExpression' || staticName(target.property) === undefined) return undefined;
  let written: TSESTree.Node = target;
  while (written.parent && written.parent.type !== 'AssignmentExpression' && written.parent.type !== 'UpdateExpression' && written.parent.type !== 'UnaryExpression') written = written.parent;
  const write = written.parent;
  if (write?.type === 'UpdateExpression') return target;
  return write?.type === 'AssignmentExpression' ? write.right : undefined;
}

/** A mark the class sets on itself: a literal, the clock (`Date.now()`, `new Date()`), or arithmetic and tests on those and its own fields (`this.failures + 1`, `!this.open`). */
function ownMark(value: TSESTree.Node | undefined): boolean {
  if (value === undefined) return false;
  const mark = unwrapExpression(value);
  switch (mark.type) {
    case 'Literal':
      return true;
    case 'Identifier':
      return mark.name === 'undefined';
    case 'TemplateLiteral':
      return mark.expressions.every(ownMark);
    case 'UnaryExpression':
      return mark.operator !== 'delete' && ownMark(mark.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return mark.left.type !== 'PrivateIdentifier' && ownMark(mark.left) && ownMark(mark.right);
    case 'ConditionalExpression':
      return ownMark(mark.test) && ownMark(mark.consequent) && ownMark(mark.alternate);
    case 'MemberExpression':
      return unwrapExpression(mark.object).type === 'ThisExpression' && staticName(mark.property) !== undefined;
    case 'CallExpression':
      return mark.arguments.length === 0 && CLOCK.test(calleeText(mark.callee) ?? '');
    case 'NewExpression':
      return mark.arguments.length === 0 && calleeText(mark.callee) === 'Date';
    default:
      return false;
  }
}
