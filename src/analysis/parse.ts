import type { TSESTree } from '@typescript-eslint/utils';
import { parseForESLint } from './fast-parser.js';
import { langOf } from './source-lang.js';
import type { AnalysisInput } from './types.js';

/** A file that does not parse. Carries the position so reports can point at it. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    /** Why, when the file says (see unparsableHint). */
    hint = '',
  ) {
    super(`${message} (${line}:${column})${hint}`);
  }
}

/** JSX is on for .tsx/.jsx and plain JavaScript (as ESLint's parser defaults do), off for .ts/.mts/.cts. */
export function isJsxFile(filePath: string): boolean {
  return langOf(filePath) !== 'ts';
}

/**
 * Parses a file the way ESLint does with @typescript-eslint/parser: same AST, same offsets
 * (the BOM is not part of the text, exactly like ESLint's SourceCode), same scope analysis —
 * through the gate's fast parser, which is held to exactly that. `text` must already be
 * without a BOM; see `stripBom`.
 */
export function parseFile(text: string, filePath: string): AnalysisInput {
  try {
    const result = parseForESLint(text, {
      filePath,
      sourceType: 'module',
      ecmaFeatures: { jsx: isJsxFile(filePath) },
      // For the files only @typescript-eslint/parser reads: the analysis reads no JSDoc.
      jsDocParsingMode: 'none',
    });
    return { text, ast: result.ast as TSESTree.Program, scopeManager: result.scopeManager };
  } catch (error) {
    const e = error as { message?: string; lineNumber?: number; column?: number };
    throw new ParseError(e.message ?? String(error), e.lineNumber ?? 1, e.column ?? 0, unparsableHint(text, e.lineNumber, e.message));
  }
}

/** Whether the comments before a file's first statement hold Flow's `@flow` pragma. */
function hasFlowPragma(text: string): boolean {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const line = text.startsWith('//', at);
    if (!line && !text.startsWith('/*', at)) return false;
    const close = line ? text.indexOf('\n', at) : text.indexOf('*/', at);
    const end = close === -1 ? text.length : close;
    if (/@flow\b/.test(text.slice(at, end))) return true;
    at = end + (line ? 1 : 2);
  }
}

/**
 * Why a file may not parse, when its text says: parse-server's `// @flow` modules carry Flow type
 * annotations, which neither TypeScript's parser nor the gate's reads, and a template is no module
 * until it is rendered — files for `exclude`, not broken ones. `line` is where the parser stopped.
 * Empty when there is nothing to add to the parser's message.
 */
export function unparsableHint(text: string, line?: number, message = ''): string {
  if (hasFlowPragma(text)) return " — a Flow file (@flow), which TypeScript's parser cannot read: list it in exclude";
  // pm2's and wekan's vendored CommonJS scripts: `'\033[2J'`, `chmod(…, 0755)`. Valid in a sloppy-mode
  // script; ESLint reads a `.js` file as an ES module (strict) unless told otherwise, and so does the gate.
  if (/Octal (?:literals|escape sequences) are not allowed/.test(message)) return " — legacy octal syntax, which only a sloppy-mode script allows, and a .js file is read as an ES module, as ESLint reads it: write 0o755 or '\\x1b', or list the file in exclude";
  // etherpad's `src/templates/padBootstrap.js`: JavaScript with EJS tags (`<%- … %>`) in it, which
  // only the template engine's output is. Judged on the line the parser stopped at, since `'<%= x %>'`
  // in a string of a real module is fine.
  const failed = line === undefined ? undefined : text.split('\n', line)[line - 1];
  return failed !== undefined && /<%(?:[-=_#]|\s)/.test(failed) ? ' — a template (<% … %>), not JavaScript: list it in exclude' : '';
}

export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
