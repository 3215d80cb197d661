import type { TSESTree } from '@typescript-eslint/utils';
import { isPrimitiveType } from './holds-values.js';
import { fillSourceOf } from './own-configuration.js';
import { producesObject } from './produces-object.js';
import type { FillSource } from './shared-by-design.js';
import { calleeText, isFunctionNode, isWriteTarget, readsParameterOf, staticName, unwrapExpression, walk } from './walk.js';

// The clock, read for when something happened: `Date.now()`, `performance.now()`.
const CLOCK = /^(?:Date\.now|performance\.now)$/;

/**
 * The fields of a class that hold plain values no user gave it: a client of the process's own
 * settings — its address, key and timeout, set as it is built from nothing a caller passed (`fill`
 * is 'own'; otherwise not from what its constructor is handed) — and the flags, counts and times it
 * keeps on itself afterwards: Artorizer's `ProcessorService` (its circuit breaker's `failureCount`,
 * `circuitOpen` and `lastFailureTime`), Reyada's security validation framework (a running flag and
 * the last audit's date). Each is kept privately (or readonly), so no other module sets it, and
 * declared a string, a number, a boolean or a date (or given one where it is declared), so it holds
 * no one's object; none is written after construction but with a literal, the clock or arithmetic
 * on the class's own fields, so no request's id or token gets in; none names a user where it is
 * built (`this.userId = currentUser().id`). keepsNothing reads a class whose every field is such as
 * keeping nothing of anyone's.
 */
export function ownPlainFields(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression, fill: FillSource): ReadonlySet<string> {
  const plain = new Set<string>();
  for (const member of declaration.body.body) {
    if (member.type !== 'PropertyDefinition' || member.static || member.computed || (member.value && isFunctionNode(member.value))) continue;
    const field = staticName(member.key);
    // Kept from other modules, or never set again: a public field is an option any caller may set
    // for the next (binance-trading-bot's PDF printer, `public font: 'roboto' | 'times'`).
    if (!member.readonly && member.key.type !== 'PrivateIdentifier' && member.accessibility !== 'private' && member.accessibility !== 'protected') continue;
    if (field === undefined || !plainField(member.typeAnnotation?.typeAnnotation ?? undefined, member.value)) continue;
    if (member.value && fillSourceOf(member.value, undefined, false) === 'caller') continue;
    plain.add(field);
  }
  // Every write through `this`, by where it runs: the constructor builds, the rest runs later.
  for (const member of declaration.body.body) {
    if ('static' in member && member.static) continue;
    const constructor = member.type === 'MethodDefinition' && member.kind === 'constructor' ? member.value : undefined;
    walk(member, (node) => {
      if (!writesThis(node)) return;
      const target = node as TSESTree.MemberExpression;
      let first: TSESTree.Node = target;
      while (first.type === 'MemberExpression' && unwrapExpression(first.object).type !== 'ThisExpression') first = unwrapExpression(first.object);
      const field = first.type === 'MemberExpression' ? staticName(first.property) : undefined;
      if (field === undefined || !plain.has(field)) return;
      const value = writtenValue(target);
      const builds = constructor !== undefined && value !== undefined && plainField(undefined, value) && fillSourceOf(value, constructor, false) !== 'caller' && (fill === 'own' || !readsParameterOf(value, constructor));
      if (!(constructor ? builds : ownMark(value))) plain.delete(field);
    });
  }
  return plain;
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
