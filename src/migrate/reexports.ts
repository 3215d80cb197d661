import { readFileSync } from 'node:fs';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import { creatorModuleFor } from '../analysis/module-specifiers.js';
import { moduleNames } from '../analysis/module-names.js';
import { analyzeFile } from '../analysis/file-analysis.js';
import { staticGetterMethod } from '../analysis/names.js';
import { resolveProjectModule } from '../analysis/module-files.js';
import { detectStyle, importedNameLists, orderedListEntryEdit } from '../analysis/text-style.js';
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

/** Whether a module's text re-exports a default under a name, by file (read once a run). */
const defaultsNamed = new Map<string, boolean>();

/**
 * Whether the module a barrel re-exports `name` from takes it from a default export (`export {
 * default as CertificateService } from './certificate.service'`): what it hands out under the
 * class's name is whatever that module's default is — lms-backend's is `CertificateService.getInstance()`,
 * the instance, not the class — and that barrel gains no creator. Read as text, so a barrel the
 * run cannot resolve (a package, nothing there) is taken at its word.
 */
function takesNameFromADefault(importer: string, specifier: string, name: string): boolean {
  const target = resolveProjectModule(importer, specifier);
  if (target === undefined) return false;
  const key = `${target}\0${name}`;
  let answer = defaultsNamed.get(key);
  if (answer === undefined) {
    let text = '';
    try {
      text = readFileSync(target, 'utf8');
    } catch {
      // Unreadable: nothing known against it.
    }
    answer = new RegExp(String.raw`\bdefault\s+as\s+${name.replace(/\$/g, '\\$')}(?![\w$])`).test(text);
    defaultsNamed.set(key, answer);
  }
  return answer;
}

export interface CreatorReexports {
  readonly edits: TextEdit[];
  /** Creators the file must import for its new exports (planned with the rest of its imports). */
  readonly creatorImports: Array<{ factory: FactorySpec; module: string }>;
  /** Modules the new `export { createX } from '…'` entries take a creator from. */
  readonly creatorSources: Array<{ creator: string; module: string }>;
}

/**
 * A barrel that re-exports the getter (`export { getX } from './factory'`, or
 * `import { getX } from './factory'; export { getX };`), or the class whose static method it is,
 * must export the creator too, or every
 * importer the codemod moves to `createX` from that barrel stops compiling. The creator joins
 * the getter's own export when it comes from the same module (imported next to the getter in
 * the second form); the getter's export stays (and is listed): whether anyone outside still
 * imports it is the package owner's call.
 */
export function planCreatorReexports(input: AnalysisInput, sites: readonly FactorySite[], config: ResolvedConfig, filePath: string): CreatorReexports {
  const edits: TextEdit[] = [];
  const creatorImports: CreatorReexports['creatorImports'] = [];
  const creatorSources: CreatorReexports['creatorSources'] = [];
  const exported = exportedNames(input.ast);
  const style = detectStyle(input.text, input.ast);
  // Next to the getter's export, or at its sorted place in a list kept sorted.
  const after = (item: TSESTree.ExportSpecifier, entry: string): TextEdit => {
    const items = (item.parent as TSESTree.ExportNamedDeclaration).specifiers.map((s) => ({ range: s.range, key: exportedName(s.local) }));
    return orderedListEntryEdit(input.text, items, item, entry, style, importedNameLists(input.ast));
  };
  const { bindings } = analyzeFile(input, config).bindings;
  for (const site of sites) {
    const specifier = site.node;
    if (site.kind !== 'getter-reference' || specifier.type !== 'ExportSpecifier' || specifier.exportKind === 'type') continue;
    const statement = specifier.parent;
    if (statement?.type !== 'ExportNamedDeclaration' || statement.exportKind === 'type') continue;
    const creator = site.factory.creator;
    const module = creatorModuleFor(site, config, filePath);
    if (exported.has(creator) || module === undefined) continue;
    if (statement.source) {
      if (module !== statement.source.value) continue;
      edits.push(after(specifier, creator));
      creatorSources.push({ creator, module });
    } else {
      // The creator must be bound here: reuse its import, else import it beside the getter.
      const binding = bindings.find((b) => b.role === 'creator' && b.factory === site.factory && !b.typeOnly);
      if (binding) {
        edits.push(after(specifier, binding.localName === creator ? creator : `${binding.localName} as ${creator}`));
      } else if (!moduleNames(input).has(creator)) {
        creatorImports.push({ factory: site.factory, module });
        edits.push(after(specifier, creator));
      } else {
        continue;
      }
    }
    exported.add(creator);
  }
  // `export { QueueManager } from './queue-manager'` where the getter is `QueueManager.getInstance`:
  // the class carries the getter, so importers that took it from here take the creator from here.
  for (const statement of input.ast.body) {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.source || statement.exportKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.exportKind === 'type' || specifier.local.type !== 'Identifier') continue;
      const factory = config.factories.find((f) => f.class === (specifier.local as TSESTree.Identifier).name && staticGetterMethod(f) !== undefined);
      if (!factory || exported.has(factory.creator) || exportedName(specifier.exported) !== factory.class) continue;
      if (takesNameFromADefault(filePath, statement.source.value, factory.class)) continue;
      edits.push(after(specifier, factory.creator));
      creatorSources.push({ creator: factory.creator, module: statement.source.value });
      exported.add(factory.creator);
    }
  }
  return { edits, creatorImports, creatorSources };
}
