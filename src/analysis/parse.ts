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
  ) {
    super(`${message} (${line}:${column})`);
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
    throw new ParseError(e.message ?? String(error), e.lineNumber ?? 1, e.column ?? 0);
  }
}

export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
