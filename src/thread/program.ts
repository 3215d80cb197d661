import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { parseFile, ParseError, stripBom } from '../analysis/parse.js';
import { identifierPattern } from '../analysis/text-style.js';
import { NOT_UTF8 } from '../source-text.js';
import type { AnalysisInput } from '../analysis/types.js';

/**
 * The whole-program view threading needs, built lazily: ts-morph gets only the files that can
 * matter — those with sites, and those whose text names a function being threaded (a reference
 * always spells the name: imports, aliases and re-exports included) — plus what they import.
 * On a 10,000-file repo that is a few hundred files, not all of them.
 */
export class ThreadingProgram {
  readonly project: Project;
  private readonly added = new Set<string>();
  private readonly searched = new Set<string>();
  private readonly estree = new Map<string, AnalysisInput>();

  constructor(
    /** Every file of the run (absolute path → text as read). */
    readonly texts: ReadonlyMap<string, string>,
    rootDir: string,
    /** Run files that must not be edited (not valid UTF-8): analysing them fails like a parse error. */
    private readonly unwritable: ReadonlySet<string> = new Set(),
  ) {
    const tsconfig = [join(rootDir, 'tsconfig.json')].find((file) => existsSync(file));
    this.project = tsconfig
      ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true, noEmit: true } })
      : new Project({
          compilerOptions: { allowJs: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, jsx: ts.JsxEmit.Preserve },
        });
  }

  /** Module specifiers in this program carry `.js` (NodeNext / Node16 resolution) or no extension. */
  get specifierExtension(): boolean {
    const resolution = this.project.getCompilerOptions().moduleResolution;
    return resolution === ts.ModuleResolutionKind.NodeNext || resolution === ts.ModuleResolutionKind.Node16;
  }

  /** The file, in the program — with exactly the text the ESTree analysis saw (no BOM). */
  file(path: string): SourceFile {
    if (!this.added.has(path)) {
      const text = stripBom(this.texts.get(path) ?? readFileSync(path, 'utf8')).text;
      const existing = this.project.getSourceFile(path);
      if (!existing || existing.getFullText() !== text) this.project.createSourceFile(path, text, { overwrite: true });
      this.added.add(path);
    }
    return this.project.getSourceFileOrThrow(path);
  }

  /** Adds every run file whose text contains `name`, so the checker sees each reference to it. */
  addFilesMentioning(name: string): void {
    if (this.searched.has(name)) return;
    this.searched.add(name);
    const word = identifierPattern(name);
    for (const [path, text] of this.texts) {
      if (!this.added.has(path) && text.includes(name) && word.test(text)) this.file(path);
    }
  }

  /** Whether `path` is one of the run's files (not a dependency pulled in by an import). */
  isRunFile(path: string): boolean {
    return this.texts.has(path);
  }

  /** The ESTree parse of a run file, as the rules see it. */
  analysisInput(path: string): AnalysisInput {
    // Anything threaded through such a file would need an edit there: block it as if unparsable.
    if (this.unwritable.has(path)) throw new ParseError(NOT_UTF8, 1, 1);
    let input = this.estree.get(path);
    if (!input) {
      input = parseFile(stripBom(this.texts.get(path) ?? readFileSync(path, 'utf8')).text, path);
      this.estree.set(path, input);
    }
    return input;
  }
}

/**
 * The package's public entry files (package.json `main`, `module`, `types`, `exports`): a
 * function exported from one is called by code outside the repo, so its signature is fixed.
 * A built path (`dist/x.js`) also names its source (`src/x.ts`).
 */
export function packageEntryFiles(rootDir: string): Set<string> {
  const file = join(rootDir, 'package.json');
  const entries = new Set<string>();
  if (!existsSync(file)) return entries;
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return entries;
  }
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
  };
  collect(manifest['main']);
  collect(manifest['module']);
  collect(manifest['types']);
  collect(manifest['exports']);
  for (const target of targets) {
    const absolute = resolve(rootDir, target);
    const sources = [absolute];
    // `dist/x.js` was built from `src/x.ts`, or (rootDir ".") from `x.ts`.
    const source = absolute.replace(/([\\/])(dist|build|lib|out)([\\/])/, '$1src$3');
    const flattened = absolute.replace(/([\\/])(dist|build|lib|out)([\\/])/, '$1');
    for (const base of new Set([absolute, source, flattened])) {
      const stem = base.replace(/\.d\.[cm]?ts$|\.[cm]?js$/, '');
      for (const ext of ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']) sources.push(stem + ext);
    }
    for (const candidate of sources) entries.add(candidate);
  }
  return new Set([...entries].filter((p) => existsSync(p)).map((p) => resolve(dirname(p), p)));
}
