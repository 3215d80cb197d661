import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { SOURCES_OF } from './module-files.js';
import { nearestAbove } from './nearest-above.js';
import { parseJsonc } from './tsconfig-imports.js';

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

/** Where a project's tsconfig sends what it compiles, and the directories its sources lie under. */
interface EmitLayout {
  readonly outDir: string;
  readonly sourceRoots: readonly string[];
}

// The tsconfigs a project builds with: NestJS' CLI and many libraries put `outDir` in the build's own.
const TSCONFIG_NAMES = ['tsconfig.json', 'tsconfig.build.json'];

const emitLayouts = new Map<string, readonly EmitLayout[]>();

/**
 * The outDirs the tsconfigs in `dir` name (their own `compilerOptions`, not what they extend), each
 * with where its sources lie: `rootDir`, or, when none is named, `src/` or the tsconfig's own
 * directory — tsc's common root of the inputs is one or the other in nearly every project.
 */
function emitLayoutsIn(dir: string): readonly EmitLayout[] {
  let layouts = emitLayouts.get(dir);
  if (layouts === undefined) {
    const found: EmitLayout[] = [];
    for (const name of TSCONFIG_NAMES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      try {
        const options = (parseJsonc(readFileSync(path, 'utf8')) as { compilerOptions?: { outDir?: unknown; rootDir?: unknown } }).compilerOptions;
        if (typeof options?.outDir !== 'string') continue;
        const outDir = resolve(dir, options.outDir);
        if (outDir === dir) continue;
        const sourceRoots = typeof options.rootDir === 'string' ? [resolve(dir, options.rootDir)] : [join(dir, 'src'), dir];
        found.push({ outDir, sourceRoots });
      } catch {
        // A tsconfig that does not parse names no outDir we can trust.
      }
    }
    layouts = found;
    emitLayouts.set(dir, layouts);
  }
  return layouts;
}

/**
 * Whether a JavaScript file is what `tsc` emitted into a project's `outDir` from a TypeScript
 * source the project still has (alpha-date-sender's `server/dist/services/sessionManager.js`,
 * committed beside `server/src/services/sessionManager.ts`, under a `dist/package.json` its build
 * copies in): a tsconfig in a directory above names the outDir the file lies in, and the source
 * lies at the same path under the project's source root. The source is where a holder is fixed
 * and reported; the next build writes the output again.
 */
export function emittedToOutDir(filePath: string): boolean {
  const extension = /\.[cm]?jsx?$/i.exec(filePath)?.[0];
  if (extension === undefined) return false;
  const sources = (SOURCES_OF[extension.toLowerCase()] ?? []).filter((source) => !source.startsWith('.d.'));
  const path = resolve(filePath);
  for (let dir = dirname(path); dirname(dir) !== dir; dir = dirname(dir)) {
    for (const { outDir, sourceRoots } of emitLayoutsIn(dir)) {
      if (!path.startsWith(outDir + sep)) continue;
      const stem = relative(outDir, path).slice(0, -extension.length);
      if (sourceRoots.some((root) => sources.some((source) => existsSync(join(root, stem + source))))) return true;
    }
  }
  return false;
}

// What a framework's build leaves at the root of its output, which nothing else writes: Nitro's
// `nitro.json` (Nuxt's, TanStack Start's, SolidStart's `.output/`), Next.js's `.next/BUILD_ID`,
// the Build Output API's `.vercel/output/config.json`; SvelteKit writes all of `.svelte-kit/`, Vinxi
// (SolidStart 1's build) all of `.vinxi/` — tt5's committed `.vinxi/build/ssr/assets/*.js`, the
// app's services minified into chunks — and Nuxt all of `.nuxt/`.
const BUILD_OUTPUT_MARKERS: ReadonlyArray<(dir: string) => boolean> = [
  (dir) => existsSync(join(dir, 'nitro.json')),
  (dir) => basename(dir) === '.next' && existsSync(join(dir, 'BUILD_ID')),
  (dir) => basename(dir) === 'output' && basename(dirname(dir)) === '.vercel' && existsSync(join(dir, 'config.json')),
  (dir) => basename(dir) === '.svelte-kit' || basename(dir) === '.vinxi' || basename(dir) === '.nuxt',
];

const buildOutputDirs = new Map<string, boolean>();

/**
 * Whether a file lies in what a framework's build wrote (see BUILD_OUTPUT_MARKERS), committed with
 * the app: tcg-trade-hub's `apps/web/.output/server/_ssr/index.mjs`, whose `let entriesPromise`
 * and bundled `@tanstack/query-core` managers are the router's and the library's, put back by the
 * next build. A bundle with a source map says so itself (isGeneratedFile); a production build
 * without one is known by where it lies.
 */
export function inFrameworkBuildOutput(filePath: string): boolean {
  return nearestAbove(filePath, buildOutputDirs, (dir) => (BUILD_OUTPUT_MARKERS.some((marks) => marks(dir)) ? true : undefined), false);
}

/**
 * Whether a file is a build's output whose source is reported instead: the compiler's beside its
 * TypeScript source or in its project's outDir, or a framework's build. The holder rule and
 * `init` both look past it.
 */
export function isBuildOutput(filePath: string): boolean {
  return emittedFromSourceBeside(filePath) || emittedToOutDir(filePath) || inFrameworkBuildOutput(filePath);
}
