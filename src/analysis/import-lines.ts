import type { TSESTree } from '@typescript-eslint/utils';
import { quoted, styledSpecifier, type TextStyle } from './text-style.js';
import { isPackageSpecifier } from './tsconfig-imports.js';
import type { AnalysisInput, TextEdit } from './types.js';
import { importEqualsSource, unwrapExpression } from './walk.js';
import { exportsMember, isModuleExports } from './commonjs-exports.js';

// Import lines a rewrite adds: ESM or CommonJS as the file is, and where they go — among the
// file's packages or its own modules, in its order, clear of doc comments and pragmas.

export function isEsmFile(input: AnalysisInput, filePath: string): boolean {
  if (/\.c[jt]s$/i.test(filePath)) return false;
  const body = input.ast.body;
  if (body.some((s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration')) return true;
  // A file that only requires is CommonJS, and so is one that exports through `module.exports` or
  // `exports.x` with nothing to require yet (a getter's own module, given the shim's import):
  // an `import` there would not load. Anything else (a fresh .ts file) gets ESM.
  if (/\.m[jt]s$/i.test(filePath)) return true;
  return !/\brequire\s*\(/.test(input.text) && !body.some(exportsCommonJs);
}

/** `module.exports = …`, `exports.x = …`, `module.exports.x = …` as a top-level statement. */
function exportsCommonJs(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') return false;
  const target = statement.expression.left;
  return isModuleExports(target) || exportsMember(target) !== undefined;
}

export function newImportText(names: readonly string[], source: string, esm: boolean, style: TextStyle): string {
  const semi = style.semicolon ? ';' : '';
  const list = style.bracePadding ? `{ ${names.join(', ')} }` : `{${names.join(', ')}}`;
  return esm ? `import ${list} from ${quoted(styledSpecifier(source, style), style)}${semi}` : `${style.requireKind} ${list} = require(${quoted(source, style)})${semi}`;
}

/** The module an import or require statement names, when it names one by a string. */
function importedModule(statement: TSESTree.Node): string | undefined {
  if (statement.type === 'ImportDeclaration') return statement.source.value;
  if (statement.type === 'TSImportEqualsDeclaration') return importEqualsSource(statement);
  if (statement.type !== 'VariableDeclaration') return undefined;
  for (const declarator of statement.declarations) {
    const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
    const call = init?.type === 'AwaitExpression' ? init.argument : init;
    if (call?.type === 'CallExpression' && call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string') return call.arguments[0].value;
  }
  return undefined;
}

export interface NewImportLine {
  readonly text: string;
  readonly module: string;
}

/**
 * Where new import lines go: after the last import (or require), else before the first
 * statement. A package's import goes after the last package import (the last one of values, when
 * type imports follow), so a file that keeps its packages above its own modules (import/order's
 * groups) keeps them so.
 */
export function insertionEdits(input: AnalysisInput, filePath: string, lines: readonly NewImportLine[], esm: boolean, style: TextStyle, removedStatements: ReadonlySet<TSESTree.Node>): TextEdit[] {
  const body = input.ast.body.filter((s) => !removedStatements.has(s));
  const anchors = esm
    ? body.filter((s) => s.type === 'ImportDeclaration' || s.type === 'TSImportEqualsDeclaration')
    : body.filter((s) => s.type === 'VariableDeclaration' && s.declarations.some((d) => d.init && /^require\s*\(/.test(input.text.slice(unwrapExpression(d.init).range[0], unwrapExpression(d.init).range[1]))));
  const last = anchors[anchors.length - 1];
  if (last) {
    const isPackage = (module: string) => isPackageSpecifier(module, filePath);
    const packageImports = anchors.filter((a) => { const module = importedModule(a); return module !== undefined && isPackage(module); });
    // A value import goes with the packages' value imports, not after a block of `import type`
    // lines that a file keeps last (nango's `import type { NextFunction } from 'express'`).
    const valueImports = packageImports.filter((a) => !(a.type === 'ImportDeclaration' && a.importKind === 'type'));
    const packageAnchors = valueImports.length > 0 ? valueImports : packageImports;
    const lastPackage = packageAnchors.at(-1);
    // A file that imports no package yet gets its first one above its own modules, where
    // import/order's groups put packages: above the first import that binds something
    // (side-effect imports such as polyfills run first) — unless a comment sits right on it
    // (`// eslint-disable-next-line …`, a header), then after the last import as before.
    const first = anchors.find((a) => !(a.type === 'ImportDeclaration' && a.specifiers.length === 0));
    const commented = first !== undefined && (input.ast.comments ?? []).some((c) => c.range[1] <= first.range[0] && /^[ \t]*\r?\n?[ \t]*$/.test(input.text.slice(c.range[1], first.range[0])));
    const packagesFirst = !lastPackage && first !== undefined && !commented ? first : undefined;
    // Packages a file keeps sorted (simple-import-sort, Biome, import/order's `alphabetize`): the
    // new one takes its place among them rather than the end.
    const sorted = lastPackage ? sortedRun(input.text, packageAnchors, lastPackage) : undefined;
    const byAnchor = new Map<TSESTree.Node, string[]>();
    const beforeAnchor = new Map<TSESTree.Node, string[]>();
    const beforeFirst: string[] = [];
    for (const line of lines) {
      if (isPackage(line.module) && packagesFirst) {
        beforeFirst.push(line.text);
        continue;
      }
      const next = isPackage(line.module) ? sorted?.find((member) => importedModule(member)!.toLowerCase() > line.module.toLowerCase()) : undefined;
      if (next) {
        beforeAnchor.set(next, [...(beforeAnchor.get(next) ?? []), line.text]);
        continue;
      }
      const anchor = isPackage(line.module) ? lastPackage ?? last : last;
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), line.text]);
    }
    const edits: TextEdit[] = [...byAnchor].map(([anchor, texts]) => {
      const at = afterTrailingComment(input.text, anchor.range[1]);
      return { range: [at, at], text: texts.map((l) => style.eol + l).join('') };
    });
    for (const [member, texts] of beforeAnchor) {
      const at = attachedCommentsStart(input, member);
      edits.push({ range: [at, at], text: texts.map((l) => l + style.eol).join('') });
    }
    if (packagesFirst) edits.push({ range: [packagesFirst.range[0], packagesFirst.range[0]], text: beforeFirst.map((l) => l + style.eol).join('') });
    return edits;
  }
  const texts = lines.map((l) => l.text);
  const first = body.find((s) => !(s.type === 'ExpressionStatement' && s.directive));
  const directives = body.filter((s) => s.type === 'ExpressionStatement' && s.directive);
  if (directives.length > 0) {
    const end = afterTrailingComment(input.text, directives[directives.length - 1]!.range[1]);
    return [{ range: [end, end], text: texts.map((l) => style.eol + l).join('') }];
  }
  const at = first ? attachedCommentsStart(input, first) : input.text.length;
  // A file with no imports yet: the new ones stand apart from its code, as imports do.
  return [{ range: [at, at], text: texts.map((l) => l + style.eol).join('') + (first ? style.eol : '') }];
}

/**
 * The run of `imports` around `member` that stand on consecutive lines, when there are two or more
 * and they are sorted by module (ignoring case): a group a person or a sorter keeps in order.
 */
function sortedRun(text: string, imports: readonly TSESTree.Node[], member: TSESTree.Node): TSESTree.Node[] | undefined {
  const adjacent = (a: TSESTree.Node, b: TSESTree.Node) => /^[ \t]*\r?\n[ \t]*$/.test(text.slice(a.range[1], b.range[0]));
  let start = imports.indexOf(member);
  let end = start;
  while (start > 0 && adjacent(imports[start - 1]!, imports[start]!)) start--;
  while (end < imports.length - 1 && adjacent(imports[end]!, imports[end + 1]!)) end++;
  const run = imports.slice(start, end + 1);
  const modules = run.map((node) => importedModule(node)!.toLowerCase());
  return run.length >= 2 && modules.every((module, i) => i === 0 || modules[i - 1]! <= module) ? run : undefined;
}

/** The end of the line `offset` is on, when all that follows it there is a comment (`import …; // why`): a line added after the statement must not take the comment with it. */
function afterTrailingComment(text: string, offset: number): number {
  const newline = text.slice(offset).search(/\r?\n/);
  const lineEnd = newline < 0 ? text.length : offset + newline;
  return /^[ \t]*(?:\/\/.*|\/\*(?:[^*]|\*(?!\/))*\*\/[ \t]*)+$/.test(text.slice(offset, lineEnd)) ? lineEnd : offset;
}

const FILE_PRAGMA = /@(?:ts-nocheck|ts-check|jsx|jsxImportSource|jsxFrag|jsxRuntime|flow|noflow|jest-environment|vitest-environment|license|preserve|format|prettier)\b|\beslint-disable\b|^\s*eslint\s/;

/**
 * Where `statement` begins with the comments attached to it (its JSDoc: no blank line between),
 * so a line inserted before it does not part a doc comment from what it documents. A comment
 * set apart by a blank line (a licence header) stays above, and so do a `#!` line and a pragma.
 */
function attachedCommentsStart(input: AnalysisInput, statement: TSESTree.Node): number {
  const text = input.text;
  const hashbangEnd = text.startsWith('#!') ? text.indexOf('\n') + 1 || text.length : 0;
  // `@Injectable() export class X`: the decorators come before the `export` the statement starts at.
  const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : undefined;
  const decorators = declaration && 'decorators' in declaration ? (declaration.decorators as TSESTree.Decorator[] | undefined) ?? [] : [];
  let start = Math.min(statement.range[0], ...decorators.map((d) => d.range[0]));
  const comments = (input.ast.comments ?? []).filter((c) => c.range[1] <= start && c.range[0] >= hashbangEnd);
  for (let i = comments.length - 1; i >= 0; i--) {
    const between = text.slice(comments[i]!.range[1], start);
    // A pragma works only at the top of the file (`// @ts-nocheck`, `/** @vitest-environment jsdom */`): it stays first.
    if (!/^[ \t]*(?:\r?\n)?[ \t]*$/.test(between) || FILE_PRAGMA.test(comments[i]!.value)) break;
    start = comments[i]!.range[0];
  }
  return start;
}
