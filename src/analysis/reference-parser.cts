/**
 * @typescript-eslint/parser, loaded on first use: it brings the TypeScript compiler (~0.3 s,
 * ~50 MB), which only files the fast parser cannot take need. CommonJS, so the lazy `require`
 * needs no `import.meta`, which jscodeshift's Babel register (running our transforms) rejects.
 */
interface ReferenceParser {
  parseForESLint(code: string, options: unknown): unknown;
}

let parser: ReferenceParser | undefined;

export function referenceParser(): ReferenceParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy by design (see above)
  parser ??= require('@typescript-eslint/parser') as ReferenceParser;
  return parser;
}
