import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import type { FactoryBinding } from './bindings.js';
import { analyzeFile } from './file-analysis.js';
import { editsOfHost, hostOf, lineEndAfter, namedImportHost, scopeRange, vacates, type HostEdit, type ImportHost } from './import-hosts.js';
import { insertionEdits, isEsmFile, newImportText, type NewImportLine } from './import-lines.js';
import { contextModuleSpecifier, creatorModuleFor, sameModule } from './module-specifiers.js';
import { moduleNames } from './module-names.js';
import { staticGetterMethod } from './names.js';
import { planSharedAcquisitions, type PlannedAcquisition } from './shared-acquisition.js';
import { planSharedRequestContexts, SHARED_CONTEXT_LOCAL } from './shared-request-context.js';
import { detectStyle, quoted, styledSpecifier } from './text-style.js';
import type { AnalysisInput, FactorySite, TextEdit } from './types.js';
import { calledFunction } from './walk.js';

export const REQUIRE_USER_CONTEXT = 'requireUserContext';

export interface SiteRewrite {
  readonly site: FactorySite;
  readonly replacement: 'context' | 'fallback';
  /** The context expression, for `replacement: 'context'`. */
  readonly context?: string;
}

/** Applies non-overlapping edits to `text`. Insertions at a point go before a replacement starting there. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || (a.range[1] - a.range[0]) - (b.range[1] - b.range[0]));
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < cursor) throw new Error(`overlapping edits at offset ${start}`);
    out += text.slice(cursor, start) + edit.text;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * A member call's object as written, parentheses included — `(await import('./f'))` must keep
 * them, or `.createX()` would bind to the `import()` instead of the module — and the line break
 * before a `.` on the next line.
 */
function memberObjectText(text: string, member: TSESTree.MemberExpression): string {
  let end = member.object.range[1];
  while (end < member.property.range[0] && text[end] !== '.' && text[end] !== '[' && text[end] !== '?') end++;
  return text.slice(member.range[0], end);
}

/** `typeof x` or `typeof x.y`: a type position that names a value. */
function inTypeQuery(node: TSESTree.Node): boolean {
  let current = node.parent;
  while (current?.type === 'TSQualifiedName') current = current.parent;
  return current?.type === 'TSTypeQuery';
}

export interface PlanOptions {
  /** Import `requireUserContext` even with no fallback site (the legacy shim and threaded boundaries use it). */
  readonly ensureRequireUserContext?: boolean;
  /** Types the file must name (`import type { name } from source`), unless it binds that name already. */
  readonly typeImports?: ReadonlyArray<{ readonly name: string; readonly alias?: string; readonly source: string }>;
  /** Creators the file must bind (a barrel that exports them), imported from `module` unless bound already. */
  readonly creatorImports?: ReadonlyArray<{ readonly factory: FactorySpec; readonly module: string }>;
  /** Told each module the edited file will take a creator from (an import, or a namespace's member). */
  readonly onCreatorSource?: (creator: string, module: string) => void;
  /** Told each local that sites of one function now share (shared-acquisition.ts), with those sites. */
  readonly onSharedLocal?: (local: string, sites: ReadonlySet<TSESTree.Node>) => void;
}

/**
 * The one edit planner: rewrites the given sites to `creator(<context>)` and makes the whole
 * import change that set of rewrites needs — swapping the getter's specifier in place, adding
 * the creator next to it, removing what becomes unused, adding `requireUserContext` for
 * fallbacks. The ESLint fixes call it with one site; the codemod with every site of a file.
 * Sites with a `rewriteBlocker` must not be passed.
 */
export function planSiteEdits(
  input: AnalysisInput,
  rewrites: readonly SiteRewrite[],
  config: ResolvedConfig,
  filePath: string,
  options: PlanOptions = {},
): TextEdit[] {
  const typeImports = (options.typeImports ?? []).filter((t) => !moduleNames(input).has(t.alias ?? t.name));
  const creatorImports = options.creatorImports ?? [];
  if (rewrites.length === 0 && !options.ensureRequireUserContext && typeImports.length === 0 && creatorImports.length === 0) return [];
  const { bindings } = analyzeFile(input, config);
  const text = input.text;
  const style = detectStyle(text, input.ast, filePath);
  const esm = isEsmFile(input, filePath);
  const edits: TextEdit[] = [];
  const rewritten = new Set<TSESTree.Node>(rewrites.map((r) => r.site.node));
  const bound = moduleNames(input);

  // creator name → module it must be imported from (when no binding exists yet)
  const creatorsToImport = new Map<string, { factory: FactorySpec; module: string }>();
  // creator name → the sites that call it by that bare name; null: the whole file must bind it
  const bareCallers = new Map<string, Array<TSESTree.Node | null>>();
  const creatorLocal = (factory: FactorySpec, module: string | undefined, site: TSESTree.Node | null): string => {
    const existing = bindings.bindings.find((b) => b.role === 'creator' && b.factory === factory && !b.typeOnly && (module === undefined || b.via === 'local' || b.source === undefined || sameModule(b.source, module, filePath)));
    if (existing) {
      if (existing.via !== 'local' && existing.via !== 'default' && existing.source !== undefined) options.onCreatorSource?.(factory.creator, existing.source);
      return existing.localName;
    }
    if (module !== undefined && !bound.has(factory.creator)) {
      creatorsToImport.set(factory.creator, { factory, module });
      bareCallers.set(factory.creator, [...(bareCallers.get(factory.creator) ?? []), site]);
      options.onCreatorSource?.(factory.creator, module);
    }
    return factory.creator;
  };

  for (const { factory, module } of creatorImports) creatorLocal(factory, module, null);

  let needsRequireUserContext = options.ensureRequireUserContext ?? false;
  const planned: PlannedAcquisition[] = [];
  for (const rewrite of rewrites) {
    const { site } = rewrite;
    const context = rewrite.replacement === 'fallback' ? `${REQUIRE_USER_CONTEXT}()` : rewrite.context;
    if (rewrite.replacement === 'fallback') needsRequireUserContext = true;
    if (context === undefined) throw new Error('planSiteEdits: a context rewrite needs its context expression');
    // A call or construction, or an accessor's read (`ToolRegistry.instance`, an exported instance's `agentManager`), which is its own callee.
    const call = site.node as TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.MemberExpression | TSESTree.Identifier;
    const callee = call.type === 'MemberExpression' || call.type === 'Identifier' ? call : calledFunction(call);
    const module = creatorModuleFor(site, config, filePath);
    let calleeText: string;
    const staticGetter = staticGetterMethod(site.factory) !== undefined;
    // `ns.QueueManager.getInstance()` → `ns.createQueueManager(ctx)`; without a namespace the class
    // is no module, and `QueueManager.getInstance()` becomes a plain creator call (below).
    const namespaced = !staticGetter ? callee : callee.type === 'MemberExpression' && callee.object.type === 'MemberExpression' && site.via !== 'named' && site.via !== 'aliased' && site.via !== 'default' ? callee.object : undefined;
    if (namespaced?.type === 'MemberExpression' && module === site.source) {
      // ns.getX() → ns.createX(ctx): the namespace already points at the module with the creator.
      calleeText = `${memberObjectText(text, namespaced)}${namespaced.optional ? '?.' : '.'}${site.factory.creator}`;
      if (module !== undefined) options.onCreatorSource?.(site.factory.creator, module);
    } else {
      calleeText = creatorLocal(site.factory, module, site.node);
    }
    planned.push({ site, creatorCall: `${calleeText}(${context})`, context });
  }
  // Two or more sites of one factory in one function share one instance, as they did before.
  const shared = planSharedAcquisitions(input, planned, style);
  const sharing = new Set(shared.flatMap((s) => [...s.sites]));
  // Two or more fallback acquisitions in one function read the request scope once, into a local.
  const fallback = `${REQUIRE_USER_CONTEXT}()`;
  const contexts = planSharedRequestContexts(input, planned, shared, fallback, style);
  const takingLocal = new Set(contexts.flatMap((c) => [...c.sites]));
  const withContext = (edit: TextEdit, site: TSESTree.Node): TextEdit => (takingLocal.has(site) ? { range: edit.range, text: edit.text.split(fallback).join(SHARED_CONTEXT_LOCAL) } : edit);
  // Declared before what the shared locals' declarations insert at the same place: they use it.
  for (const context of contexts) edits.push(context.declaration);
  for (const { site, creatorCall } of planned) if (!sharing.has(site.node)) edits.push(withContext({ range: site.node.range, text: creatorCall }, site.node));
  for (const acquisition of shared) {
    const [anySite] = acquisition.sites;
    edits.push(...acquisition.edits.map((edit) => withContext(edit, anySite!)));
    options.onSharedLocal?.(acquisition.local, acquisition.sites);
  }
  // An exported instance read in a shorthand property (`{ agentManager }`): the key stays, the
  // value becomes the creator call (or the shared local) — `{ agentManager: createAgentManager(ctx) }`.
  for (const { site } of planned) {
    const property = site.node.parent;
    if (property?.type !== 'Property' || !property.shorthand || property.value !== site.node || site.node.type !== 'Identifier') continue;
    const index = edits.findIndex((edit) => edit.range[0] === site.node.range[0] && edit.range[1] === site.node.range[1]);
    if (index >= 0 && edits[index]!.text !== site.node.name) edits[index] = { range: edits[index]!.range, text: `${site.node.name}: ${edits[index]!.text}` };
  }

  // Import clean-up, per host statement.
  const hostEdits = new Map<TSESTree.Node, HostEdit>();
  const hostFor = (host: ImportHost) => {
    let entry = hostEdits.get(host.statement);
    if (!entry) hostEdits.set(host.statement, (entry = { host, removed: new Set(), swapped: new Map(), added: [] }));
    return entry;
  };

  // What the rewrites leave of an imported getter or class: untouched by them, still used (a
  // use not rewritten, or a type), or unused — then its import goes.
  const usageAfter = (binding: FactoryBinding): 'untouched' | 'used' | 'unused' => {
    const uses = bindings.uses.filter((u) => u.binding === binding);
    if (!uses.some((u) => rewritten.has(u.call ?? u.expression))) return 'untouched';
    // A type, or a value's type (`ReturnType<typeof fetchLicense>`: formbricks lost its import there).
    const typeUses = binding.variable?.references.some((r) => r.isTypeReference || inTypeQuery(r.identifier as TSESTree.Node)) ?? false;
    return typeUses || uses.some((u) => !rewritten.has(u.call ?? u.expression)) ? 'used' : 'unused';
  };

  // Creators swapped into a destructuring already: another destructuring of the same module in
  // another function (`const { X } = await import('./x')` in each test) needs its own.
  const swappedCreators = new Map<string, { factory: FactorySpec; module: string }>();
  // The scopes a destructuring inside a function binds a creator in: a site outside all of them
  // still needs the module-level import (openai-agents-js's tests lost theirs to one such `import()`).
  const scopedCreators = new Map<string, Array<readonly [number, number]>>();
  for (const binding of bindings.bindings) {
    if (binding.typeOnly || (binding.role !== 'getter' && binding.role !== 'class') || binding.via === 'local') continue;
    if (usageAfter(binding) !== 'unused') continue;
    const host = hostOf(binding);
    if (!host) continue;
    const entry = hostFor(host);
    const matches = ([, c]: [string, { factory: FactorySpec; module: string }]) => sameModule(c.module, host.source, filePath) && c.factory === binding.factory;
    const scoped = binding.declaration.type === 'Property' && host.statement.parent?.type !== 'Program';
    const wanted = [...creatorsToImport.entries()].find(matches) ?? (scoped ? [...swappedCreators.entries()].find(matches) : undefined);
    if (wanted && (binding.declaration.type === 'ImportSpecifier' || binding.declaration.type === 'Property')) {
      // Swap in place: `getX as g` / `{ getX: g }` → `createX`, keeping the import's position.
      entry.swapped.set(binding.declaration, wanted[0]);
      swappedCreators.set(wanted[0], wanted[1]);
      if (scoped) scopedCreators.set(wanted[0], [...(scopedCreators.get(wanted[0]) ?? []), scopeRange(binding, host)]);
      else creatorsToImport.delete(wanted[0]);
    } else {
      entry.removed.add(binding.declaration);
    }
  }
  for (const [creator, scopes] of scopedCreators) {
    const inScope = (node: TSESTree.Node | null) => node !== null && scopes.some(([start, end]) => node.range[0] >= start && node.range[1] <= end);
    if ((bareCallers.get(creator) ?? []).every(inScope)) creatorsToImport.delete(creator);
  }

  // `import X from './x'` that named the getter or the class: the creator is a named export of
  // the same module (the creators-to-write check says so when it is not), so it joins this
  // import — `import X, { createX }`, or `import { createX }` once X is unused — rather than
  // a second import of one module.
  const vacatedDefaultImports = new Set<TSESTree.Node>();
  for (const binding of bindings.bindings) {
    if (binding.via !== 'default' || binding.typeOnly || binding.declaration.type !== 'ImportDefaultSpecifier') continue;
    const usage = usageAfter(binding);
    if (usage === 'untouched') continue;
    const unused = usage === 'unused';
    const specifier = binding.declaration;
    const statement = specifier.parent as TSESTree.ImportDeclaration;
    const named = statement.specifiers.some((s) => s.type === 'ImportSpecifier');
    if (named) {
      // The creator joins the braces below; the default goes when nothing uses it.
      if (unused) edits.push({ range: [specifier.range[0], text.indexOf('{', specifier.range[1])], text: '' });
      continue;
    }
    if (statement.specifiers.length > 1) continue; // `import X, * as ns`: the creator gets a line of its own
    const wanted = [...creatorsToImport.entries()].find(([, c]) => sameModule(c.module, statement.source.value, filePath) && c.factory === binding.factory);
    if (wanted) {
      creatorsToImport.delete(wanted[0]);
      edits.push(unused ? { range: specifier.range, text: `{ ${wanted[0]} }` } : { range: [specifier.range[1], specifier.range[1]], text: `, { ${wanted[0]} }` });
    } else if (unused) {
      edits.push({ range: [statement.range[0], lineEndAfter(text, statement.range[1])], text: '' });
      vacatedDefaultImports.add(statement);
    }
  }

  // Creators still to import: join an existing value import of that module, else a new line.
  const newLines = new Map<string, string[]>();
  for (const [creator, { module }] of creatorsToImport) {
    const host = namedImportHost(bindings, module, filePath);
    if (host) {
      const entry = hostFor(hostEdits.get(host.statement)?.host ?? host);
      const lastKept = [...entry.host.named].reverse().find((n) => !entry.removed.has(n) && !entry.swapped.has(n));
      if (lastKept) {
        entry.added.push({ name: creator, after: lastKept });
      } else {
        // Every named import of that module is going: the last one becomes the creator.
        const last = [...entry.host.named].reverse().find((n) => entry.removed.has(n))!;
        entry.removed.delete(last);
        entry.swapped.set(last, creator);
      }
      continue;
    }
    newLines.set(module, [...(newLines.get(module) ?? []), creator]);
  }

  // A creator from another module takes the place of the getter's import it replaces, when
  // that import goes entirely: the file's import order stays as its author left it.
  for (const [module, names] of newLines) {
    const vacated = [...hostEdits.values()].find((e) => e.replacement === undefined && vacates(e.host, e.removed, e.swapped)
      && e.host.statement.type === (esm ? 'ImportDeclaration' : 'VariableDeclaration'));
    if (!vacated) continue;
    vacated.replacement = newImportText(names, module, esm, style);
    newLines.delete(module);
  }

  if (needsRequireUserContext && !bound.has(REQUIRE_USER_CONTEXT)) {
    const module = contextModuleSpecifier(config, filePath, input.ast);
    const existing = namedImportHost(bindings, module, filePath);
    if (existing && !newLines.has(module)) {
      const entry = hostFor(hostEdits.get(existing.statement)?.host ?? existing);
      const anchor = [...existing.named].reverse().find((n) => !entry.removed.has(n)) ?? existing.named[existing.named.length - 1]!;
      entry.added.push({ name: REQUIRE_USER_CONTEXT, after: anchor });
    } else {
      newLines.set(module, [...(newLines.get(module) ?? []), REQUIRE_USER_CONTEXT]);
    }
  }

  for (const entry of hostEdits.values()) edits.push(...editsOfHost(input, entry, style));

  const typeLines = new Map<string, string[]>();
  for (const { name, alias, source } of typeImports) typeLines.set(source, [...new Set([...(typeLines.get(source) ?? []), alias ? `${name} as ${alias}` : name])]);
  if (newLines.size > 0 || typeLines.size > 0) {
    const semi = style.semicolon ? ';' : '';
    const lines: NewImportLine[] = [
      ...[...newLines].map(([module, names]) => ({ text: newImportText(names, module, esm, style), module })),
      ...[...typeLines].map(([module, names]) => ({ text: `import type { ${names.join(', ')} } from ${quoted(styledSpecifier(module, style), style)}${semi}`, module })),
    ];
    const removedStatements = new Set([...vacatedDefaultImports, ...[...hostEdits.values()].filter((e) => e.replacement === undefined && vacates(e.host, e.removed, e.swapped)).map((e) => e.host.statement)]);
    edits.push(...insertionEdits(input, filePath, lines, esm, style, removedStatements));
  }
  return edits;
}
