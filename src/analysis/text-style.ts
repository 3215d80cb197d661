import type { TSESTree } from '@typescript-eslint/utils';

/** How this file writes things, so inserted code reads like its neighbours. */
export interface TextStyle {
  readonly eol: string;
  readonly quote: "'" | '"';
  readonly semicolon: boolean;
}

export function detectStyle(text: string, program: TSESTree.Program): TextStyle {
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
    const statement = program.body[0];
    if (statement) semicolon = text[statement.range[1] - 1] === ';';
  }
  return { eol, quote, semicolon };
}

export function quoted(value: string, style: TextStyle): string {
  return `${style.quote}${value.replaceAll('\\', '\\\\').replaceAll(style.quote, `\\${style.quote}`)}${style.quote}`;
}
