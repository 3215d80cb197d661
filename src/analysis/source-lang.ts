/** A JavaScript or TypeScript source file's extension: .ts .tsx .mts .cts .js .jsx .mjs .cjs. */
export const SOURCE_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** The dialect a file is parsed as, by its extension — typescript-estree's choice: JSX in .tsx/.jsx and in every plain JavaScript file, never in .ts. */
export type SourceLang = 'ts' | 'tsx' | 'jsx';

export function langOf(filePath: string): SourceLang {
  const ext = /\.([cm]?[jt]sx?)$/i.exec(filePath)?.[1]?.toLowerCase() ?? 'ts';
  if (ext === 'tsx') return 'tsx';
  if (ext.endsWith('ts')) return 'ts';
  return 'jsx';
}
