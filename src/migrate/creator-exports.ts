import { readFileSync } from 'node:fs';
import { toPosixRelative } from '../check/posix-path.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { langOf } from '../analysis/source-lang.js';
import { staticName, walk } from '../analysis/walk.js';
import { unfitCreatorParameter } from '../analysis/creator-signature.js';
import { exportsMember, isModuleExports } from '../analysis/commonjs-exports.js';
import type { ResolvedConfig } from '../config/index.js';
import { workspaceModuleResolver } from '../analysis/workspace-packages.js';
import { resolveProjectModule } from '../analysis/module-files.js';

/** A migrated file now takes `creator` from `module` (spelt as that file spells it). */
export interface CreatorSource {
  readonly importer: string;
  readonly creator: string;
  readonly module: string;
}

/** A module the migrated code imports a creator from that does not export it (the `--json` report's `missingExports[]`). */
export interface MissingExport {
  readonly file: string;
  readonly name: string;
  readonly importedBy: readonly string[];
  /**
   * Set when the module does export a function by that name, but one whose first parameter takes
   * this instead of a user context (formbricks' `createJobsQueue({ connection })`): the creator the
   * config names is still to be written, under another name.
   */
  readonly takes?: string;
}

type Oxc = typeof import('oxc-parser');

interface ModuleExports {
  /** CommonJS, `export =`, or a file that does not parse: what it exports is not read here. */
  readonly opaque: boolean;
  readonly names: ReadonlySet<string>;
  /** `export * from '…'` specifiers. */
  readonly stars: readonly string[];
}

type Verdict = 'exported' | 'missing' | 'unknown';

/**
 * What a CommonJS module exports, when its top level says so plainly: `module.exports = { a, b: c }`,
 * `exports.a = …`, `module.exports.a = …`. Any other use of `module.exports` or `exports`
 * (`module.exports = makeApi()`, a spread, `Object.assign(exports, …)`, compiled re-exports)
 * makes it opaque; a module that never touches them exports nothing.
 */
function commonJsExports(program: TSESTree.Program): ModuleExports {
  const names = new Set<string>();
  let plain = 0;
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') continue;
    const { left, right } = statement.expression;
    const member = exportsMember(left);
    if (member !== undefined) {
      names.add(member);
      plain++;
    } else if (isModuleExports(left) && right.type === 'ObjectExpression' && right.properties.every((p) => p.type === 'Property' && !p.computed)) {
      for (const property of right.properties) names.add(staticName((property as TSESTree.Property).key)!);
      plain++;
    }
  }
  // Every mention of `exports` (alone or as `module.exports`) must be one of the plain forms above.
  let mentions = 0;
  walk(program, (node) => {
    if (node.type === 'Identifier' && node.name === 'exports' && !(node.parent?.type === 'MemberExpression' && node.parent.property === node && !isModuleExports(node.parent))) mentions++;
  });
  return { opaque: mentions !== plain, names, stars: [] };
}

/**
 * Which names modules export, read from each file's module record (no AST is built), seeing
 * the migrated text of files this run changed: a barrel that gains `createX` in the same run
 * exports it.
 */
class ExportIndex {
  private readonly records = new Map<string, ModuleExports>();
  /** The ASTs the records were read from, for declaration(); undefined where the file did not parse. */
  private readonly programs = new Map<string, TSESTree.Program | undefined>();

  constructor(
    private readonly oxc: Oxc,
    private readonly migrated: ReadonlyMap<string, string>,
  ) {}

  /** `keepProgram`: the module a creator is imported from, whose declaration() may be asked (not one an `export *` reaches). */
  private record(file: string, keepProgram = false): ModuleExports {
    let record = this.records.get(file);
    // (Read first through an `export *`, a module is read again when its AST is wanted.)
    if (record && (!keepProgram || this.programs.has(file))) return record;
    let text: string;
    try {
      text = this.migrated.get(file) ?? readFileSync(file, 'utf8');
    } catch {
      // Unreadable: what it exports is not known. (An empty file is known: it exports nothing —
      // spacebar's barrel re-exports an empty `GuildWelcomeScreen.ts`.)
      record = { opaque: true, names: new Set(), stars: [] };
      this.records.set(file, record);
      this.programs.set(file, undefined);
      return record;
    }
    const parsed = this.oxc.parseSync(file, text, { lang: langOf(file), sourceType: 'module', astType: 'ts' });
    // Kept for declaration(): the modules a creator is imported from are parsed once.
    if (keepProgram) this.programs.set(file, parsed.errors.length === 0 ? (parsed.program as unknown as TSESTree.Program) : undefined);
    const module = parsed.module;
    const names = new Set<string>();
    const stars: string[] = [];
    for (const statement of module.staticExports) {
      for (const entry of statement.entries) {
        if (entry.exportName.kind === 'Name' && entry.exportName.name !== null) names.add(entry.exportName.name);
        else if (entry.importName.kind === 'AllButDefault' && entry.moduleRequest) stars.push(entry.moduleRequest.value);
      }
    }
    if (parsed.errors.length === 0 && !module.hasModuleSyntax) {
      record = commonJsExports(parsed.program as unknown as TSESTree.Program);
    } else {
      const opaque = parsed.errors.length > 0 || /\bexport\s*=(?!=)/.test(text);
      record = { opaque, names, stars };
    }
    this.records.set(file, record);
    return record;
  }

  /**
   * The module's own top-level declaration of `name` (`export function name`, `export const name = …`),
   * when it has one: from the AST its export record was read from — exports() is asked first.
   */
  declaration(file: string, name: string): TSESTree.Node | undefined {
    for (const statement of this.programs.get(file)?.body ?? []) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
      if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === name) return declaration;
      if (declaration?.type === 'VariableDeclaration') {
        const declarator = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === name);
        if (declarator) return declarator;
      }
    }
    return undefined;
  }

  exports(file: string, name: string, seen = new Set<string>()): Verdict {
    if (seen.has(file)) return 'missing';
    seen.add(file);
    const { opaque, names, stars } = this.record(file, seen.size === 1);
    if (opaque) return 'unknown';
    if (names.has(name)) return 'exported';
    let unknown = false;
    for (const star of stars) {
      const target = resolveProjectModule(file, star);
      const verdict = target ? this.exports(target, name, seen) : 'unknown';
      if (verdict === 'exported') return verdict;
      if (verdict === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : 'missing';
  }
}

/**
 * The modules the migrated code takes a creator from that do not export it: the codemod only
 * rewrites call sites, so a creator nobody has written yet would surface as a compile error in
 * every migrated file. Only what can be read for certain is reported — relative modules,
 * tsconfig path aliases (`@/src/x`) and the monorepo's own packages shipped as TypeScript source
 * (`@documenso/lib/server-only/x`, see workspace-packages.ts), written with ES exports (followed
 * through `export *`) or plain CommonJS ones (`module.exports = { … }`, `exports.x = …`); any other
 * package, `export =` or CommonJS built any other way is given the benefit of the doubt.
 */
export async function findMissingExports(sources: readonly CreatorSource[], migrated: ReadonlyMap<string, string>, cwd: string, config: ResolvedConfig): Promise<MissingExport[]> {
  if (sources.length === 0) return [];
  let oxc: Oxc;
  try {
    oxc = await import('oxc-parser');
  } catch {
    return [];
  }
  const index = new ExportIndex(oxc, migrated);
  const resolveWorkspaceModule = workspaceModuleResolver();
  const importers = new Map<string, { file: string; name: string; importedBy: Set<string> }>();
  for (const { importer, creator, module } of sources) {
    const file = resolveProjectModule(importer, module) ?? resolveWorkspaceModule(importer, module);
    if (!file) continue;
    const key = `${file}\0${creator}`;
    let entry = importers.get(key);
    if (!entry) importers.set(key, (entry = { file, name: creator, importedBy: new Set() }));
    entry.importedBy.add(toPosixRelative(cwd, importer));
  }
  const missing: MissingExport[] = [];
  for (const { file, name, importedBy } of importers.values()) {
    const verdict = index.exports(file, name);
    const declaration = verdict === 'exported' ? index.declaration(file, name) : undefined;
    const takes = declaration && unfitCreatorParameter(declaration, config);
    if (verdict !== 'missing' && takes === undefined) continue;
    missing.push({ file: toPosixRelative(cwd, file), name, importedBy: [...importedBy].sort(), ...(takes !== undefined ? { takes } : {}) });
  }
  return missing.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.name < b.name ? -1 : 1));
}
