import { Node, SyntaxKind, type CallExpression } from 'ts-morph';
import type { NamedFunction } from './functions.js';

export type ReferenceVerdict =
  | { readonly kind: 'calls'; readonly calls: readonly CallExpression[]; readonly aliases: readonly string[] }
  | { readonly kind: 'blocked'; readonly reason: string };

const ALIAS_PARENTS = new Set(['ImportSpecifier', 'ExportSpecifier', 'ImportClause', 'NamespaceImport', 'ImportEqualsDeclaration']);

function where(node: Node, relative: (file: string) => string): string {
  return `${relative(node.getSourceFile().getFilePath())}:${node.getStartLineNumber()}`;
}

function snippet(node: Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}

/**
 * Every use of `fn` the type checker knows (named imports, aliases, re-exports, namespace
 * members, methods through instances), sorted into calls — which can pass one more argument —
 * and anything else, which blocks threading: a function used as a value may be called by
 * code we never see.
 */
export function classifyReferences(fn: NamedFunction, relative: (file: string) => string): ReferenceVerdict {
  if (Node.isFunctionDeclaration(fn.node) || Node.isMethodDeclaration(fn.node)) {
    if (fn.node.getOverloads().length > 0) return { kind: 'blocked', reason: 'overloaded: the overload signatures would all need the parameter' };
  }
  const calls: CallExpression[] = [];
  const aliases: string[] = [];
  for (const reference of fn.nameNode.findReferencesAsNodes()) {
    if (reference === fn.nameNode) continue;
    const parent = reference.getParent();
    if (!parent) continue;
    if (ALIAS_PARENTS.has(parent.getKindName())) {
      if (Node.isExportSpecifier(parent)) {
        // `export { f as g }`: importers spell `g`; their files must be in the program too.
        const alias = parent.getAliasNode()?.getText();
        if (alias) aliases.push(alias);
      }
      continue;
    }
    if (Node.isCallExpression(parent) && parent.getExpression() === reference) {
      calls.push(parent);
      continue;
    }
    if (Node.isPropertyAccessExpression(parent) && parent.getNameNode() === reference) {
      const call = parent.getParent();
      if (call && Node.isCallExpression(call) && call.getExpression() === parent) {
        calls.push(call);
        continue;
      }
    }
    const declares = (Node.isMethodDeclaration(parent) || Node.isMethodSignature(parent) || Node.isPropertySignature(parent) || Node.isFunctionDeclaration(parent) || Node.isPropertyDeclaration(parent)) && parent.getNameNode() === reference;
    if (declares) return { kind: 'blocked', reason: `another declaration shares its signature (${where(parent, relative)}: an interface, override or overload)` };
    if (Node.isCallExpression(parent)) {
      return { kind: 'blocked', reason: `passed as a callback to \`${snippet(parent.getExpression())}\` (${where(reference, relative)}): whoever calls it has no context to pass` };
    }
    return { kind: 'blocked', reason: `used as a value (\`${snippet(parent)}\` at ${where(reference, relative)}): not every call can be seen` };
  }
  return { kind: 'calls', calls, aliases };
}

export function isExported(fn: NamedFunction): boolean {
  const node = fn.node;
  if (Node.isFunctionDeclaration(node)) return node.isExported();
  if (Node.isMethodDeclaration(node)) {
    const owner = node.getParent();
    return Node.isClassDeclaration(owner) && owner.isExported() && !node.hasModifier(SyntaxKind.PrivateKeyword);
  }
  const statement = node.getFirstAncestor((a) => Node.isVariableStatement(a));
  return statement !== undefined && Node.isVariableStatement(statement) && statement.isExported();
}
