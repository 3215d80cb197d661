import { readdir, readFile, stat } from 'node:fs/promises';
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

interface GitignoreScope {
  readonly rules: Ignore;
  /** A path relative to the config root, as this .gitignore's patterns see it. */
  readonly local: (rootRel: string) => string;
}

async function readGitignore(dir: string, local: GitignoreScope['local']): Promise<GitignoreScope | undefined> {
  try {
    const text = await readFile(join(dir, '.gitignore'), 'utf8');
    return { rules: ignore().add(text), local };
  } catch {
    return undefined;
  }
}

function gitignored(scopes: readonly GitignoreScope[], rootRel: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = scope.local(rootRel);
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/**
 * The files a run looks at: the config's include/exclude (relative to the config's directory),
 * nested .gitignore files honoured, node_modules never, source extensions only. Directories
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
  // `path.relative` per file and per .gitignore scope was most of a 10,000-file walk.
  const visit = async (dir: string, dirRel: string, scopes: readonly GitignoreScope[]): Promise<void> => {
    const skip = dirRel === '' ? 0 : dirRel.length + 1;
    const own = await readGitignore(dir, (rel) => rel.slice(skip));
    const active = own ? [...scopes, own] : scopes;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const subdirs: Promise<void>[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name === '.git') continue;
        if (exclude(rel) || exclude(`${rel}/`) || gitignored(active, rel, true) || !mayContainNarrowed(path)) continue;
        subdirs.push(visit(path, rel, active));
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (!SOURCE_EXTENSION.test(entry.name)) continue;
        if (!include(rel) || exclude(rel) || !narrowed(path) || gitignored(active, rel, false)) continue;
        if (entry.isSymbolicLink() && !(await stat(path).then((s) => s.isFile(), () => false))) continue;
        files.push(path);
      }
    }
    await Promise.all(subdirs);
  };

  // Start at the config root; .gitignore files above it (up to the repo) apply too.
  const inherited: GitignoreScope[] = [];
  for (let dir = resolve(root, '..'); ; dir = resolve(dir, '..')) {
    const prefix = toPosixRelative(dir, root);
    const scope = await readGitignore(dir, (rel) => `${prefix}/${rel}`);
    // A parent repo that ignores the config root itself (a generated or vendored tree) does not
    // get to hide the tree the user pointed ssot-kit at.
    if (scope && !scope.rules.ignores(`${prefix}/`)) inherited.unshift(scope);
    if (await stat(join(dir, '.git')).then(() => true, () => false)) break;
    if (resolve(dir, '..') === dir) break;
  }
  await visit(root, '', inherited);
  return files.sort();
}
