import { existsSync } from 'node:fs';
import { SOURCES_OF } from './module-files.js';

// When a project compiles in place, without an `outDir`, `tsc` writes the JavaScript beside its
// source under the same name: the sources an emitted extension comes from, as module resolution
// knows them, less the declaration files, which emit nothing.

/**
 * Whether a JavaScript file is what the compiler emitted from the TypeScript source beside it
 * (`src/infra/git-commit.js` next to `src/infra/git-commit.ts`, a project that compiles in place
 * and commits both). The source is where a holder is fixed, and where the rule reads it best —
 * `let cachedCommit: string | null` says it caches a value, the emitted `var cachedCommit;` does
 * not; the next build writes the output again. A declaration file (`x.d.ts` beside a hand-written
 * `x.js`) is not a source.
 */
export function emittedFromSourceBeside(filePath: string): boolean {
  const extension = /\.[cm]?jsx?$/i.exec(filePath)?.[0];
  if (extension === undefined) return false;
  const stem = filePath.slice(0, -extension.length);
  return (SOURCES_OF[extension.toLowerCase()] ?? []).some((source) => !source.startsWith('.d.') && existsSync(stem + source));
}
