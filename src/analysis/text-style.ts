import type { TSESTree } from '@typescript-eslint/utils';

/** How this file writes things, so inserted code reads like its neighbours. */
export interface TextStyle {
  readonly eol: string;
  readonly quote: "'" | '"';
  readonly semicolon: boolean;
  /**
   * The extension every relative import of the file spells (`.js` under node16/NodeNext
   * resolution, `.ts` under Deno), or '' when they don't agree on one.
   */
  readonly relativeExtension: string;
}

const RELATIVE = /^\.\.?\//;
const EXTENSION = /\.(?:[cm]?[jt]sx?|json)$/;

function relativeExtensionOf(program: TSESTree.Program): string {
  let common: string | undefined;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' && statement.type !== 'ExportAllDeclaration' && statement.type !== 'ExportNamedDeclaration') continue;
    const source = statement.source?.value;
    if (typeof source !== 'string' || !RELATIVE.test(source)) continue;
    const extension = EXTENSION.exec(source)?.[0] ?? '';
    if (extension === '.json') continue;
    if (common !== undefined && common !== extension) return '';
    common = extension;
  }
  return common ?? '';
}

/** `specifier` as this file would write it: a relative one gets the file's extension when it has none. */
export function styledSpecifier(specifier: string, style: TextStyle): string {
  if (!style.relativeExtension || !RELATIVE.test(specifier) || EXTENSION.test(specifier)) return specifier;
  return specifier + style.relativeExtension;
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
  return { eol, quote, semicolon, relativeExtension: relativeExtensionOf(program) };
}

export function quoted(value: string, style: TextStyle): string {
  return `${style.quote}${value.replaceAll('\\', '\\\\').replaceAll(style.quote, `\\${style.quote}`)}${style.quote}`;
}
