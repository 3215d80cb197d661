import { Node, SyntaxKind, type CallExpression, type Identifier, type SourceFile } from 'ts-morph';
import { ARRAY_CALLBACK_METHODS, PROMISE_CHAIN_METHODS } from '../analysis/walk.js';

/**
 * Callbacks these methods run while the caller is still on the stack (or, for promises, in the
 * same async flow): a site inside one belongs to the function around the call, which a new
 * parameter reaches through the closure. Any other inline callback may run anywhere — a route
 * handler, a listener — so threading stops there.
 */
const IN_FLOW_CALLBACK_METHODS: ReadonlySet<string> = new Set([...ARRAY_CALLBACK_METHODS, ...PROMISE_CHAIN_METHODS]);

export type ThreadableFunction =
  | import('ts-morph').FunctionDeclaration
  | import('ts-morph').MethodDeclaration
  | import('ts-morph').ArrowFunction
  | import('ts-morph').FunctionExpression;

/** A function that can gain a parameter: it has a name its callers reach it by. */
export interface NamedFunction {
  readonly node: ThreadableFunction;
  /** The identifier references are found from (function, variable or method name). */
  readonly nameNode: Identifier;
  /** `name` or `Class.method`, for reports. */
  readonly display: string;
}

export type Enclosing =
  | { readonly kind: 'function'; readonly fn: NamedFunction }
  | { readonly kind: 'boundary'; readonly reason: string; readonly display: string }
  | { readonly kind: 'module-scope' };

function isInFlowCallback(fn: Node): boolean {
  const parent = fn.getParent();
  if (!parent || !Node.isCallExpression(parent) || !parent.getArguments().includes(fn)) return false;
  const callee = parent.getExpression();
  return Node.isPropertyAccessExpression(callee) && IN_FLOW_CALLBACK_METHODS.has(callee.getName());
}

function calleeText(call: CallExpression): string {
  const text = call.getExpression().getText();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function namedFunction(node: Node): NamedFunction | undefined {
  if (Node.isFunctionDeclaration(node)) {
    const name = node.getNameNode();
    return name ? { node, nameNode: name, display: name.getText() } : undefined;
  }
  if (Node.isMethodDeclaration(node)) {
    const name = node.getNameNode();
    const owner = node.getParent();
    if (!Node.isIdentifier(name) || !Node.isClassDeclaration(owner)) return undefined;
    return { node, nameNode: name, display: `${owner.getName() ?? '<class>'}.${name.getText()}` };
  }
  if (Node.isArrowFunction(node) || Node.isFunctionExpression(node)) {
    const declaration = node.getParent();
    if (Node.isVariableDeclaration(declaration) && declaration.getInitializer() === node) {
      const name = declaration.getNameNode();
      if (Node.isIdentifier(name)) return { node, nameNode: name, display: name.getText() };
    }
  }
  return undefined;
}

/** A readable name for whatever function holds `node`, for reports. */
export function describeEnclosing(node: Node): string {
  const enclosing = enclosingFunction(node);
  if (enclosing.kind === 'function') return enclosing.fn.display;
  if (enclosing.kind === 'boundary') return enclosing.display;
  return '<module>';
}

/**
 * The function a new context parameter would be added to for code at `node`: the nearest
 * named function, looking through in-flow callbacks (`items.map(x => …)`). Anything else on
 * the way — an inline callback, a constructor, an accessor, a field initializer — is a
 * boundary where threading stops.
 */
export function enclosingFunction(node: Node): Enclosing {
  for (let current: Node | undefined = node.getParent(); current; current = current.getParent()) {
    if (Node.isSourceFile(current)) return { kind: 'module-scope' };
    if (Node.isConstructorDeclaration(current)) {
      return { kind: 'boundary', reason: 'inside a constructor (pass the context to `new` by hand)', display: `${current.getParentOrThrow().asKind(SyntaxKind.ClassDeclaration)?.getName() ?? '<class>'}.constructor` };
    }
    if (Node.isGetAccessorDeclaration(current) || Node.isSetAccessorDeclaration(current)) {
      return { kind: 'boundary', reason: 'inside an accessor, which cannot take a parameter', display: current.getName() };
    }
    if (Node.isPropertyDeclaration(current)) {
      return { kind: 'boundary', reason: 'inside a class field initializer', display: current.getName() };
    }
    if (Node.isFunctionDeclaration(current) || Node.isMethodDeclaration(current) || Node.isArrowFunction(current) || Node.isFunctionExpression(current)) {
      const named = namedFunction(current);
      if (named) return { kind: 'function', fn: named };
      if (isInFlowCallback(current)) continue;
      const parent = current.getParent();
      if (parent && Node.isCallExpression(parent)) {
        return { kind: 'boundary', reason: `inside a callback handed to \`${calleeText(parent)}\`, which may run outside this call`, display: '<callback>' };
      }
      if (Node.isMethodDeclaration(current)) return { kind: 'boundary', reason: 'a method of an object literal', display: current.getName() };
      return { kind: 'boundary', reason: 'inside a function used as a value', display: '<function>' };
    }
  }
  return { kind: 'module-scope' };
}

export function functionKey(fn: NamedFunction): string {
  return `${fn.node.getSourceFile().getFilePath()}:${fn.node.getStart()}`;
}

/** The node at `[start, end)` of `file`, of the given kind. */
export function nodeAt<T extends Node>(file: SourceFile, start: number, end: number, is: (node: Node) => node is T): T | undefined {
  for (let node: Node | undefined = file.getDescendantAtPos(start); node; node = node.getParent()) {
    if (node.getStart() === start && node.getEnd() === end && is(node)) return node;
    if (node.getStart() < start) break;
  }
  return undefined;
}
