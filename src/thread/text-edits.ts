import { SyntaxKind, type CallExpression, type Node } from 'ts-morph';
import type { TextEdit } from '../analysis/types.js';
import type { ThreadableFunction } from './functions.js';

/**
 * Puts `text` first in a parameter or argument list whose `(` ends at `open`. A list written
 * one entry per line keeps that layout: the new entry gets its own line, indented alike.
 */
function insertFirst(source: string, open: number, first: Node | undefined, text: string): TextEdit {
  if (!first) return { range: [open, open], text };
  const start = first.getStart();
  const between = source.slice(open, start);
  const newline = between.lastIndexOf('\n');
  if (newline >= 0) {
    const indent = between.slice(newline + 1);
    const eol = source.slice(0, open).includes('\r\n') || between.includes('\r\n') ? '\r\n' : '\n';
    return { range: [start, start], text: `${text},${eol}${indent}` };
  }
  return { range: [start, start], text: `${text}, ` };
}

/** `function f(a)` → `function f(<param>, a)`; after a TypeScript `this` parameter; `x => …` gains parentheses. */
export function parameterEdit(fn: ThreadableFunction, parameter: string): TextEdit {
  const source = fn.getSourceFile().getFullText();
  const params = fn.getParameters();
  const open = fn.getFirstChildByKind(SyntaxKind.OpenParenToken);
  if (!open) {
    // A parenthesis-free arrow: `x => …` has exactly one parameter.
    const only = params[0]!;
    return { range: [only.getStart(), only.getEnd()], text: `(${parameter}, ${only.getText()})` };
  }
  const thisParam = params[0]?.getName() === 'this' ? params[0] : undefined;
  const rest = thisParam ? params.slice(1) : params;
  if (thisParam && rest.length === 0) return { range: [thisParam.getEnd(), thisParam.getEnd()], text: `, ${parameter}` };
  return insertFirst(source, open.getEnd(), rest[0], parameter);
}

/** `f(a)` → `f(<argument>, a)`. */
export function argumentEdit(call: CallExpression, argument: string): TextEdit {
  const source = call.getSourceFile().getFullText();
  const open = call.getFirstChildByKindOrThrow(SyntaxKind.OpenParenToken);
  return insertFirst(source, open.getEnd(), call.getArguments()[0], argument);
}

/** Names a new parameter of `fn` must not take: every identifier written inside it. */
export function namesUsedIn(fn: ThreadableFunction): Set<string> {
  const names = new Set<string>();
  for (const id of fn.getDescendantsOfKind(SyntaxKind.Identifier)) names.add(id.getText());
  return names;
}

/** `name` (the first configured context name), else the first free `name2`, `name3`… */
export function uniqueParameterName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) if (!taken.has(`${name}${i}`)) return `${name}${i}`;
}

export function isTypeScriptFile(path: string): boolean {
  return /\.(?:[cm]?ts|tsx)$/i.test(path);
}
