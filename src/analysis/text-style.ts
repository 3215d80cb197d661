import type { TSESTree } from '@typescript-eslint/utils';
import { dirname, resolve } from 'node:path';
import { aliasFor, isPackageSpecifier, tsImportSpellingFor, type TsImportSpelling } from './tsconfig-imports.js';
import type { TextEdit } from './types.js';
import { requireSource, staticName } from './walk.js';

/** How this file writes things, so inserted code reads like its neighbours. */
export interface TextStyle {
  readonly eol: string;
  readonly quote: "'" | '"';
  readonly semicolon: boolean;
  /**
   * The extension every relative import of the file spells (`.js` under node16/NodeNext
   * resolution, `.ts` under Deno, '' for none), or undefined when they don't agree or there are none.
   */
  readonly relativeExtension: string | undefined;
  /** When the file's imports do not say: how its project's tsconfig has a TypeScript file named. */
  readonly projectTsImports?: TsImportSpelling;
  /**
   * The file's own path, when it imports the project's modules through path aliases alone
   * (`@/lib/…`, never `./…`): a module of the project it comes to import is named so too.
   */
  readonly importsThroughAliases?: string;
  /** The extension those alias imports agree on (`.js` under NodeNext, '' for none), or undefined when they don't. */
  readonly aliasExtension?: string;
  /** `{ a }` or `{a}`: whether the file pads the names its imports and requires list in braces. */
  readonly bracePadding: boolean;
  /** What a CommonJS file declares what it requires with (grist's `var {dom} = require(…)`). */
  readonly requireKind: 'const' | 'let' | 'var';
}

const RELATIVE = /^\.\.?\//;
const EXTENSION = /\.(?:[cm]?[jt]sx?|json)$/;

/** The modules the file's import and re-export statements name. */
function importedSources(program: TSESTree.Program): string[] {
  const sources: string[] = [];
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' && statement.type !== 'ExportAllDeclaration' && statement.type !== 'ExportNamedDeclaration') continue;
    const source = statement.source?.value;
    if (typeof source === 'string') sources.push(source);
  }
  return sources;
}

/** The extension `specifiers` agree on ('' for none; a JSON import says nothing), or undefined when they don't or there are none. */
function commonExtension(specifiers: readonly string[]): string | undefined {
  let common: string | undefined;
  for (const specifier of specifiers) {
    const extension = EXTENSION.exec(specifier)?.[0] ?? '';
    if (extension === '.json') continue;
    if (common !== undefined && common !== extension) return undefined;
    common = extension;
  }
  return common;
}

const relativeExtensionOf = (program: TSESTree.Program): string | undefined => commonExtension(importedSources(program).filter((source) => RELATIVE.test(source)));

/**
 * When the file's imports name modules of the project, and only through path aliases (none is
 * relative): the extension they agree on, as relativeExtensionOf reads relative ones.
 */
function aliasImportsOf(program: TSESTree.Program, filePath: string): { extension: string | undefined } | undefined {
  const sources = importedSources(program);
  if (sources.some((source) => RELATIVE.test(source))) return undefined;
  const aliased = sources.filter((source) => !isPackageSpecifier(source, filePath));
  return aliased.length > 0 ? { extension: commonExtension(aliased) } : undefined;
}

// A TypeScript source as an import names it under node16/NodeNext resolution.
const AS_JAVASCRIPT: Readonly<Record<string, string>> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' };
const TYPESCRIPT_EXTENSION = /\.(?:[cm]?ts|tsx)$/;

/**
 * `specifier` as this file would write it. A relative one without an extension gets the one the
 * file's relative imports agree on; one that names a TypeScript source (a configured
 * `./src/request-context.ts`) is spelt as they spell theirs — `.js` under NodeNext, no extension
 * where they have none — since `.ts` in an import compiles only with `allowImportingTsExtensions`.
 * When the file's imports do not say (path aliases only), its nearest tsconfig.json does; without
 * one the specifier stays as written.
 */
export function styledSpecifier(specifier: string, style: TextStyle): string {
  if (!RELATIVE.test(specifier)) return specifier;
  if (style.importsThroughAliases !== undefined) {
    const alias = aliasFor(resolve(dirname(style.importsThroughAliases), specifier), style.importsThroughAliases);
    // Without an extension, as aliasFor gives it: the file's alias imports say which to add.
    if (alias !== undefined) return withExtension(alias, specifier, style.aliasExtension ?? tsconfigExtension(specifier, style.projectTsImports) ?? '');
  }
  const wanted = style.relativeExtension ?? tsconfigExtension(specifier, style.projectTsImports);
  if (wanted === undefined) return specifier;
  const typescript = TYPESCRIPT_EXTENSION.exec(specifier)?.[0];
  if (typescript !== undefined) return withExtension(specifier.slice(0, -typescript.length), specifier, wanted);
  return EXTENSION.test(specifier) ? specifier : specifier + wanted;
}

/**
 * `stem` with the extension a file's imports take (`wanted`), for the module `original` names: a
 * TypeScript source keeps its own under `allowImportingTsExtensions` and takes its emitted one
 * (`.ts` → `.js`, `.mts` → `.mjs`) where imports name JavaScript.
 */
function withExtension(stem: string, original: string, wanted: string): string {
  if (wanted === '') return stem;
  const typescript = TYPESCRIPT_EXTENSION.exec(original)?.[0];
  if (typescript === undefined) return stem + wanted;
  return stem + (TYPESCRIPT_EXTENSION.test(wanted) ? typescript : AS_JAVASCRIPT[typescript] ?? typescript);
}

/**
 * The extension a new relative import takes under the project's tsconfig, for a file whose own
 * imports do not say: `.js` under node16/NodeNext, none under other resolutions; with
 * `allowImportingTsExtensions` a named `.ts` file stays as written.
 */
function tsconfigExtension(specifier: string, spelling: TsImportSpelling | undefined): string | undefined {
  if (spelling === undefined) return undefined;
  if (spelling === 'ts') return TYPESCRIPT_EXTENSION.exec(specifier)?.[0];
  return spelling === 'js' ? '.js' : '';
}

/** `name` as a whole identifier in source text: not part of a longer one (`$` counts as a letter). */
export function identifierPattern(name: string): RegExp {
  return new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
}

/** Where the line holding `offset` begins. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The edit that adds `entry` to a comma-separated list (import or export specifiers) next to
 * `item`: `, entry` after it on the same line; when `item` starts its line (one specifier per
 * line, as formatters lay out long lists), a line of its own, indented like `item` — before
 * `item` when a comment ends `item`'s line, so the comment stays on the line it was written for.
 */
export function listEntryEdit(text: string, item: { readonly range: readonly [number, number] }, entry: string, style: TextStyle): TextEdit {
  const [start, end] = item.range;
  const indent = text.slice(lineStart(text, start), start);
  if (!/^[ \t]*$/.test(indent)) return { range: [end, end], text: `, ${entry}` };
  const lineEnd = text.indexOf('\n', end);
  const restOfLine = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  if (/^\s*,?\s*(?:\/\/|\/\*)/.test(restOfLine)) return { range: [start, start], text: `${entry},${style.eol}${indent}` };
  return { range: [end, end], text: `,${style.eol}${indent}${entry}` };
}

/** `entry` as a new first item of the list `item` opens: on its line, or on a line of its own above it. */
function listEntryBeforeEdit(text: string, item: { readonly range: readonly [number, number] }, entry: string, style: TextStyle): TextEdit {
  const start = item.range[0];
  const indent = text.slice(lineStart(text, start), start);
  return { range: [start, start], text: /^[ \t]*$/.test(indent) ? `${entry},${style.eol}${indent}` : `${entry}, ` };
}

// The orders a list of names is kept in: ignoring case (simple-import-sort, Biome) or by code
// point (ESLint's `sort-imports`).
const caseInsensitive = (a: string, b: string): number => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const inOrder = (keys: readonly string[], compare: (a: string, b: string) => number): boolean => keys.every((key, i) => i === 0 || compare(keys[i - 1]!, key) <= 0);
const ORDERS = [caseInsensitive, byCodePoint];
/**
 * Every order `keys` are kept in — three or more of them: two names are in one order or the other
 * by chance as often as by choice (langfuse's `{ ClickHouseClientManager, clickhouseClient }`).
 * Fewer keep the orders that the file's other lists (`neighbours`) of three or more keep, every one
 * of them, when there is one: claude-task-master's `{ AuthManager, createTmCore }` beside
 * `{ type LogLevel, type TagInfo, tryAddTagViaRemote }` is a file whose imports a sorter keeps.
 */
export function ordersOf(keys: readonly string[], neighbours: ReadonlyArray<readonly string[]> = []): Array<(a: string, b: string) => number> {
  if (keys.length >= 3) return ORDERS.filter((c) => inOrder(keys, c));
  const evidence = neighbours.filter((list) => list.length >= 3);
  return evidence.length === 0 ? [] : ORDERS.filter((c) => inOrder(keys, c) && evidence.every((list) => inOrder(list, c)));
}

/** The names each of the file's import statements lists (`import { a, b } from …`) but `except`: a sorter's work shows in them. */
export function importedNameLists(program: TSESTree.Program, except?: TSESTree.Node): string[][] {
  return program.body
    .filter((statement): statement is TSESTree.ImportDeclaration => statement.type === 'ImportDeclaration' && statement !== except)
    .map((statement) => statement.specifiers.flatMap((s) => (s.type === 'ImportSpecifier' ? [staticName(s.imported) ?? ''] : [])));
}

/**
 * `entry` added after `item` in a list of `items` — or, in a list kept sorted that it would leave
 * unsorted there, at its sorted place (`export { getX, createX, run }` → `export { createX, getX,
 * run }`); a short list is kept as the file's `neighbours` are (see ordersOf).
 */
export function orderedListEntryEdit(text: string, items: ReadonlyArray<{ readonly range: readonly [number, number]; readonly key: string }>, item: { readonly range: readonly [number, number] }, entry: string, style: TextStyle, neighbours: ReadonlyArray<readonly string[]> = []): TextEdit {
  const orders = ordersOf(items.map((i) => i.key), neighbours);
  const at = items.findIndex((i) => i.range[0] === item.range[0]);
  const inPlace = [...items.slice(0, at + 1).map((i) => i.key), entry, ...items.slice(at + 1).map((i) => i.key)];
  if (orders.length === 0 || at < 0 || orders.some((c) => inOrder(inPlace, c))) return listEntryEdit(text, item, entry, style);
  const next = items.findIndex((i) => orders[0]!(i.key, entry) > 0);
  if (next === 0) return listEntryBeforeEdit(text, items[0]!, entry, style);
  return listEntryEdit(text, items[next < 0 ? items.length - 1 : next - 1]!, entry, style);
}

const TERMINATED = new Set(['VariableDeclaration', 'ExpressionStatement', 'TSTypeAliasDeclaration', 'ReturnStatement', 'ThrowStatement', 'TSImportEqualsDeclaration', 'ExportAllDeclaration']);

function endsLikeAStatement(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type === 'ExpressionStatement' && statement.directive) return true;
  if (statement.type === 'ExportNamedDeclaration') return !statement.declaration || TERMINATED.has(statement.declaration.type);
  if (statement.type === 'ExportDefaultDeclaration') return !/Declaration$/.test(statement.declaration.type);
  return TERMINATED.has(statement.type);
}

/** What stands between a braced list's `{` and its first entry `first`: `' '`, `'\n  '`, or nothing. */
export const braceLead = (text: string, first: TSESTree.Node): string => text.slice(text.lastIndexOf('{', first.range[0]) + 1, first.range[0]);

/**
 * How the file's first braced import or require is written — `{ a }` or `{a}` — and what its
 * top-level requires are declared with; padded braces and `const` where it does not say.
 */
function declarationStyleOf(text: string, program: TSESTree.Program): { bracePadding: boolean; requireKind: 'const' | 'let' | 'var' } {
  let bracePadding: boolean | undefined;
  let requireKind: 'const' | 'let' | 'var' | undefined;
  const padded = (first: TSESTree.Node) => /^\s/.test(braceLead(text, first));
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      const named = statement.specifiers.find((specifier) => specifier.type === 'ImportSpecifier');
      if (named && bracePadding === undefined) bracePadding = padded(named);
    } else if (statement.type === 'VariableDeclaration') {
      const required = statement.declarations.find((declarator) => requireSource(declarator.init) !== undefined);
      if (!required) continue;
      requireKind ??= statement.kind === 'var' || statement.kind === 'let' ? statement.kind : 'const';
      const first = required.id.type === 'ObjectPattern' ? required.id.properties[0] : undefined;
      if (first && bracePadding === undefined) bracePadding = padded(first);
    }
    if (bracePadding !== undefined && requireKind !== undefined) break;
  }
  return { bracePadding: bracePadding ?? true, requireKind: requireKind ?? 'const' };
}

/** How `text` writes things; with `filePath`, its project's tsconfig answers what its imports do not. */
export function detectStyle(text: string, program: TSESTree.Program, filePath?: string): TextStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let quote: "'" | '"' = "'";
  let semicolon = true;
  const firstImport = program.body.find((s) => s.type === 'ImportDeclaration') as TSESTree.ImportDeclaration | undefined;
  if (firstImport) {
    quote = firstImport.source.raw.startsWith('"') ? '"' : "'";
    semicolon = text[firstImport.range[1] - 1] === ';';
  } else {
    const literal = /\brequire\(\s*(['"])/.exec(text);
    if (literal?.[1] === '"') quote = '"';
    // The first statement that ends in a semicolon when the file writes them (a class or a function does not).
    const statement = program.body.find(endsLikeAStatement);
    if (statement) semicolon = text[statement.range[1] - 1] === ';';
  }
  const relativeExtension = relativeExtensionOf(program);
  const projectTsImports = relativeExtension === undefined && filePath !== undefined ? tsImportSpellingFor(filePath) : undefined;
  const aliasImports = filePath !== undefined ? aliasImportsOf(program, filePath) : undefined;
  const { bracePadding, requireKind } = declarationStyleOf(text, program);
  return {
    eol, quote, semicolon, relativeExtension, bracePadding, requireKind,
    ...(projectTsImports ? { projectTsImports } : {}),
    ...(aliasImports ? { importsThroughAliases: filePath, ...(aliasImports.extension !== undefined ? { aliasExtension: aliasImports.extension } : {}) } : {}),
  };
}

export function quoted(value: string, style: TextStyle): string {
  return `${style.quote}${value.replaceAll('\\', '\\\\').replaceAll(style.quote, `\\${style.quote}`)}${style.quote}`;
}
