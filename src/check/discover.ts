import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { toPosixRelative } from './posix-path.js';
import type { ResolvedConfig } from '../config/index.js';
import { SOURCE_EXTENSION } from '../analysis/source-lang.js';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface DiscoverOptions {
  readonly config: ResolvedConfig;
  /** Where relative `paths` are resolved from. */
  readonly cwd: string;
  /** Files or directories that narrow the run (still filtered by include/exclude and .gitignore). */
  readonly paths?: readonly string[];
}

export { toPosixRelative };

/**
 * What is never the project's code, whatever the config says: installed packages — npm's, and
 * Python's in a committed virtualenv (xbase-backups' `venv/lib/python3.11/site-packages`, whose
 * Selenium ships the bodies of browser functions as `.js` files no parser takes) —, git's own
 * store, and Yarn's folder — its release (medusa commits a 2 MB `yarn-3.2.1.cjs`, which took
 * 3.2 s and most of 860 MB to lint), plugins, PnP cache and unplugged packages.
 */
const NEVER_WALKED: ReadonlySet<string> = new Set(['node_modules', 'site-packages', 'dist-packages', '.git', '.yarn']);
/** Yarn Plug'n'Play's generated loader, in a project's root: its installed packages' map. */
const PACKAGE_MANAGER_FILES: ReadonlySet<string> = new Set(['.pnp.cjs', '.pnp.js', '.pnp.loader.mjs']);

interface GitignoreScope {
  readonly rules: Ignore;
  /** A path relative to the config root, as this .gitignore's patterns see it. */
  readonly local: (rootRel: string) => string;
}

function readGitignore(dir: string, local: GitignoreScope['local']): GitignoreScope | undefined {
  try {
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    return { rules: ignore().add(text), local };
  } catch {
    return undefined;
  }
}

/** What a path is, following links; undefined when it cannot be reached (missing, a link loop, no permission). */
function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
const isFile = (path: string): boolean => statOf(path)?.isFile() ?? false;
const exists = (path: string): boolean => statOf(path) !== undefined;

/**
 * As git decides: the deepest .gitignore with a pattern for the path has the last word, so a
 * package's `!keep.generated.ts` brings back what the root's `*.generated.ts` left out.
 */
function gitignored(scopes: readonly GitignoreScope[], rootRel: string, isDir: boolean): boolean {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i]!;
    const rel = scope.local(rootRel);
    const { ignored, unignored } = scope.rules.test(isDir ? `${rel}/` : rel);
    if (ignored) return true;
    if (unignored) return false;
  }
  return false;
}

/**
 * The files a run looks at: the config's include/exclude (relative to the config's directory),
 * nested .gitignore files honoured, node_modules and Yarn's files never, source extensions only. Directories
 * are pruned as early as possible so a 10,000-file repo costs one walk. Sorted absolute paths.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<string[]> {
  const { config } = options;
  const root = config.rootDir;
  const include = picomatch(config.include, { dot: true });
  const exclude = picomatch(config.exclude, { dot: true });
  const narrow = (options.paths ?? []).map((p) => resolve(options.cwd, p));
  const narrowed = (file: string) =>
    narrow.length === 0 || narrow.some((p) => file === p || file.startsWith(p.endsWith(sep) ? p : p + sep));
  const mayContainNarrowed = (dir: string) =>
    narrow.length === 0 || narrow.some((p) => p === dir || p.startsWith(dir + sep) || dir.startsWith(p + sep));

  const files: string[] = [];
  // Paths relative to the root are built by concatenation as the walk descends: computing
  // `path.relative` per file and per .gitignore scope was most of a 10,000-file walk. The
  // file system is read synchronously: a promise per directory cost more than it overlapped
  // (medusa's 9,237 directories: 0.35–0.7 s instead of 0.6–1.1 s; the bench repo's 0.07–0.15
  // instead of 0.11–0.16), and the gate walks in a thread of its own.
  const visit = (dir: string, dirRel: string, scopes: readonly GitignoreScope[]): void => {
    const skip = dirRel === '' ? 0 : dirRel.length + 1;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Read only where the listing shows one: trying every directory cost a failed open each
    // (medusa's: 0.9 s of a 1.3 s walk).
    const own = entries.some((entry) => entry.name === '.gitignore' && !entry.isDirectory()) ? readGitignore(dir, (rel) => rel.slice(skip)) : undefined;
    const active = own ? [...scopes, own] : scopes;
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (NEVER_WALKED.has(entry.name)) continue;
        if (exclude(rel) || exclude(`${rel}/`) || gitignored(active, rel, true) || !mayContainNarrowed(path)) continue;
        visit(path, rel, active);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (!SOURCE_EXTENSION.test(entry.name) || PACKAGE_MANAGER_FILES.has(entry.name)) continue;
        if (!include(rel) || exclude(rel) || !narrowed(path) || gitignored(active, rel, false)) continue;
        if (entry.isSymbolicLink() && !isFile(path)) continue;
        files.push(path);
      }
    }
  };

  // Start at the config root; .gitignore files above it (up to the repo) apply too.
  const inherited: GitignoreScope[] = [];
  for (let dir = resolve(root, '..'); ; dir = resolve(dir, '..')) {
    const prefix = toPosixRelative(dir, root);
    const scope = readGitignore(dir, (rel) => `${prefix}/${rel}`);
    // A parent repo that ignores the config root itself (a generated or vendored tree) does not
    // get to hide the tree the user pointed ssot-kit at.
    if (scope && !scope.rules.ignores(`${prefix}/`)) inherited.unshift(scope);
    if (exists(join(dir, '.git'))) break;
    if (resolve(dir, '..') === dir) break;
  }
  visit(root, '', inherited);
  return files.sort();
}
