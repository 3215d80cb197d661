import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { creatorModuleFor } from '../analysis/edits.js';
import type { AnalysisInput, FactorySite, TextEdit } from '../analysis/types.js';

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** Every name the module exports by name (`export { a as b }`, `export function f`, `export const x`). */
function exportedNames(ast: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  for (const statement of ast.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    for (const specifier of statement.specifiers) names.add(exportedName(specifier.exported));
    const declaration = statement.declaration;
    if (!declaration) continue;
    if (declaration.type === 'VariableDeclaration') {
      for (const d of declaration.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
    } else if ('id' in declaration && declaration.id?.type === 'Identifier') {
      names.add(declaration.id.name);
    }
  }
  return names;
}

/**
 * A barrel that re-exports the getter (`export { getX } from './factory'`) must export the
 * creator too, or every importer the codemod moves to `createX` from that barrel stops
 * compiling. The creator joins the getter's own re-export when it comes from the same module;
 * the getter's re-export stays (and is listed): whether anyone outside still imports it is the
 * package owner's call.
 */
export function creatorReexportEdits(input: AnalysisInput, sites: readonly FactorySite[], config: ResolvedConfig, filePath: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const exported = exportedNames(input.ast);
  for (const site of sites) {
    const specifier = site.node;
    if (site.kind !== 'getter-reference' || specifier.type !== 'ExportSpecifier' || specifier.exportKind === 'type') continue;
    const statement = specifier.parent;
    if (statement?.type !== 'ExportNamedDeclaration' || !statement.source || statement.exportKind === 'type') continue;
    const creator = site.factory.creator;
    if (exported.has(creator) || creatorModuleFor(site, config, filePath) !== statement.source.value) continue;
    edits.push({ range: [specifier.range[1], specifier.range[1]], text: `, ${creator}` });
    exported.add(creator);
  }
  return edits;
}
