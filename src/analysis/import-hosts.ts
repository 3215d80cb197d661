import type { TSESTree } from '@typescript-eslint/utils';
import type { FactoryBinding, FileBindings } from './bindings.js';
import { sameModule } from './module-specifiers.js';
import { braceLead, importedNameLists, inOrder, lineStart, listEntryEdit, ordersOf, type TextStyle } from './text-style.js';
import type { AnalysisInput, TextEdit } from './types.js';
import { requireSource, staticName } from './walk.js';

// The import statements a rewrite changes in place: the getter's entry swapped for the creator,
// entries that become unused removed, names joining an existing list — in the list's own order.

export interface ImportHost {
  /** ImportDeclaration, or the VariableDeclaration of a require()/import() destructuring. */
  readonly statement: TSESTree.Node;
  readonly source: string;
  /** ImportSpecifier[] or Property[] (the named part only). */
  readonly named: readonly TSESTree.Node[];
  /** Default / namespace specifiers that stay regardless. */
  readonly others: readonly TSESTree.Node[];
}

export function hostOf(binding: FactoryBinding): ImportHost | undefined {
  const declaration = binding.declaration;
  if (declaration.type === 'ImportSpecifier') {
    const statement = declaration.parent as TSESTree.ImportDeclaration;
    return {
      statement,
      source: statement.source.value,
      named: statement.specifiers.filter((s) => s.type === 'ImportSpecifier'),
      others: statement.specifiers.filter((s) => s.type !== 'ImportSpecifier'),
    };
  }
  if (declaration.type === 'Property' && declaration.parent?.type === 'ObjectPattern') {
    const pattern = declaration.parent;
    const declarator = pattern.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.parent?.type !== 'VariableDeclaration') return undefined;
    if (declarator.parent.declarations.length !== 1) return undefined;
    return { statement: declarator.parent, source: binding.source ?? '', named: pattern.properties, others: [] };
  }
  return undefined;
}

/**
 * Where a name from `module` can join the file's own import of it: a value import with named
 * specifiers (`import { Server } from './server'`), or a top-level destructured require (`const
 * { Server } = require('./server')`) — so the creator becomes `{ Server, createServer }` rather
 * than a second import of one module.
 */
export function namedImportHost(file: Pick<FileBindings, 'imports' | 'requires'>, module: string, filePath: string): ImportHost | undefined {
  const declaration = file.imports.find((d) => sameModule(d.source.value, module, filePath) && d.importKind !== 'type' && d.specifiers.some((s) => s.type === 'ImportSpecifier'));
  if (declaration) return { statement: declaration, source: module, named: declaration.specifiers.filter((s) => s.type === 'ImportSpecifier'), others: [] };
  for (const statement of file.requires) {
    if (statement.declarations.length !== 1) continue;
    const { id, init } = statement.declarations[0]!;
    const source = requireSource(init);
    if (source === undefined || !sameModule(source, module, filePath) || id.type !== 'ObjectPattern' || id.properties.length === 0) continue;
    if (id.properties.every((property) => property.type === 'Property' && !property.computed)) return { statement, source: module, named: id.properties, others: [] };
  }
  return undefined;
}

export function lineEndAfter(text: string, offset: number): number {
  const match = /^[ \t]*(?:\r?\n)?/.exec(text.slice(offset, offset + 200));
  return offset + (match?.[0].length ?? 0);
}

/** What the rewrites do to one import statement's named entries. */
export interface HostEdit {
  readonly host: ImportHost;
  readonly removed: Set<TSESTree.Node>;
  /** Entries renamed where they stand: the getter's becomes the creator's. */
  readonly swapped: Map<TSESTree.Node, string>;
  /** Names that join the list, each after an entry. */
  readonly added: Array<{ readonly name: string; readonly after: TSESTree.Node }>;
  /** The whole statement's new text, when a new import takes its place. */
  replacement?: string;
}

/** The name an entry sorts by: what it imports (`getX` of `getX as g`, `X` of `type X`). */
function sortKey(entry: TSESTree.Node): string {
  return entry.type === 'ImportSpecifier' ? (staticName(entry.imported) ?? '') : '';
}

/**
 * The import's named entries written out again in order, when the file kept them sorted (see
 * ordersOf) and the
 * creator — swapped in where the getter stood, or joining — would break that order: nango's
 * `{ …, getProxyConfiguration, getServerOutboundUrlPolicy, LogActionEnum, … }` takes
 * `createServerOutboundUrlPolicy` among the c's. Undefined when the edits in place keep the order,
 * or the list holds a comment (a rewrite would have to place it).
 */
function sortedNamesEdit(input: AnalysisInput, entry: HostEdit): TextEdit | undefined {
  const { host, removed, swapped, added, replacement } = entry;
  const named = host.named;
  if (host.statement.type !== 'ImportDeclaration' || replacement !== undefined || (swapped.size === 0 && added.length === 0)) return undefined;
  // Every order the list keeps now (a list can be in both); the edits in place do if they keep one.
  const orders = ordersOf(named.map(sortKey), importedNameLists(input.ast, host.statement));
  const kept = named.filter((n) => !removed.has(n)).map((n) => ({ key: swapped.get(n) ?? sortKey(n), text: swapped.get(n) ?? input.text.slice(n.range[0], n.range[1]) }));
  const after = [...kept, ...added.map(({ name }) => ({ key: name, text: name }))];
  if (orders.length === 0 || kept.length === 0 || orders.some((c) => inOrder(after.map((e) => e.key), c))) return undefined;
  const compare = orders[0]!;
  const range: [number, number] = [named[0]!.range[0], named[named.length - 1]!.range[1]];
  if ((input.ast.comments ?? []).some((c) => c.range[0] < range[1] && c.range[1] > range[0])) return undefined;
  // The separator the list is written with: `, ` on one line, `,\n  ` one entry per line (as the
  // space before a lone entry says).
  const lead = braceLead(input.text, named[0]!);
  const separator = named.length > 1 ? input.text.slice(named[0]!.range[1], named[1]!.range[0]) : lead.includes('\n') ? `,${lead}` : ', ';
  return { range, text: after.sort((a, b) => compare(a.key, b.key)).map((e) => e.text).join(separator) };
}

/** Whether removing `removed` leaves nothing of the host statement. */
export function vacates(host: ImportHost, removed: ReadonlySet<TSESTree.Node>, swapped: ReadonlyMap<TSESTree.Node, string>): boolean {
  return host.others.length === 0 && swapped.size === 0 && host.named.every((n) => removed.has(n));
}

/** Removes `removed` named entries of a host (or the whole statement when nothing is left). */
function removalEdits(text: string, host: ImportHost, removed: ReadonlySet<TSESTree.Node>, swapped: ReadonlyMap<TSESTree.Node, string>, replacement?: string): TextEdit[] {
  const named = host.named;
  const kept = named.filter((n) => !removed.has(n));
  if (vacates(host, removed, swapped)) {
    if (replacement !== undefined) return [{ range: host.statement.range, text: replacement }];
    // An indented statement (a destructuring inside a function) takes its indentation with it.
    const line = lineStart(text, host.statement.range[0]);
    const start = /^[ \t]*$/.test(text.slice(line, host.statement.range[0])) ? line : host.statement.range[0];
    return [{ range: [start, lineEndAfter(text, host.statement.range[1])], text: '' }];
  }
  const edits: TextEdit[] = [];
  if (kept.length === 0 && swapped.size === 0) {
    // `import def, { getX } from …` → `import def from …`
    const last = host.others[host.others.length - 1]!;
    const close = text.indexOf('}', named[named.length - 1]!.range[1]);
    edits.push({ range: [last.range[1], close + 1], text: '' });
    return edits;
  }
  const lastKept = kept[kept.length - 1]!;
  for (let i = 0; i < named.length; i++) {
    const node = named[i]!;
    if (!removed.has(node)) continue;
    if (node.range[0] > lastKept.range[0]) {
      // After the last kept entry: take the comma before it (one edit covers the whole tail).
      edits.push({ range: [lastKept.range[1], node.range[1]], text: '' });
    } else {
      edits.push({ range: [node.range[0], named[i + 1]!.range[0]], text: '' });
    }
  }
  // Merge the tail edits (they share a start) into the longest one.
  const tail = edits.filter((e) => e.range[0] === lastKept.range[1]);
  if (tail.length > 1) {
    const longest = tail.reduce((a, b) => (a.range[1] >= b.range[1] ? a : b));
    return [...edits.filter((e) => e.range[0] !== lastKept.range[1]), longest];
  }
  return edits;
}

/** Where a destructuring's binding is visible: its variable's scope, or else the statement's parent. */
export function scopeRange(binding: FactoryBinding, host: ImportHost): readonly [number, number] {
  return (binding.variable?.scope.block ?? host.statement.parent ?? host.statement).range;
}

/** The edits one import statement takes: its list written out again in order, or each entry swapped, removed or added where it stands. */
export function editsOfHost(input: AnalysisInput, entry: HostEdit, style: TextStyle): TextEdit[] {
  const resorted = sortedNamesEdit(input, entry);
  if (resorted) return [resorted];
  const { host, removed, swapped, replacement, added } = entry;
  const edits: TextEdit[] = [...swapped].map(([node, name]) => ({ range: node.range, text: name }));
  if (removed.size > 0) edits.push(...removalEdits(input.text, host, removed, swapped, replacement));
  for (const { name, after } of added) edits.push(listEntryEdit(input.text, after, name, style));
  return edits;
}
