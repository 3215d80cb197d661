import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import type { FactoryBinding, FileBindings } from './bindings.js';
import { findContext } from './context.js';
import { appearancesOf, comparedForIdentity } from './identity-checks.js';
import { spiedOn } from './mocks.js';
import { getterAcquisition, isAccessorGetter, staticGetterMethod } from './names.js';
import { moduleNames } from './module-names.js';
import { planSharedAcquisitions, type PlannedAcquisition } from './shared-acquisition.js';
import { analyzeFile } from './file-analysis.js';
import { detectStyle, inOrder, lineStart, listEntryEdit, ordersOf, quoted, styledSpecifier, type TextStyle } from './text-style.js';
import { isPackageSpecifier, pathAliasTargets } from './tsconfig-imports.js';
import { unfitCreatorParameter } from './creator-signature.js';
import type { AnalysisInput, FactorySite, TextEdit } from './types.js';
import { contains, functionName, isFunctionNode, memberWrittenThrough, requireSource, setterCalledThrough, staticName, unwrapExpression, valueExpressionOf } from './walk.js';
import { SOURCE_EXTENSION } from './source-lang.js';

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

/** A configured module as `filePath` must spell it: a package as is; a `./path` (relative to the config) re-based on the file's own directory. */
export function configuredModuleSpecifier(module: string, config: ResolvedConfig, filePath: string): string {
  if (!module.startsWith('./') && !module.startsWith('../')) return module;
  let specifier = relative(dirname(resolve(filePath)), resolve(config.rootDir, module)).split(sep).join('/');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return specifier;
}

/** The module to import `requireUserContext` from, as this file must spell it. */
export function contextModuleSpecifier(config: ResolvedConfig, filePath: string): string {
  return configuredModuleSpecifier(config.context.module, config, filePath);
}


/**
 * Whether two specifiers written in `filePath` name the same module: equal, or relative paths or
 * path aliases to the same file once the extension (`.js` for a `.ts` file under node16
 * resolution) and a trailing `/index` are set aside.
 */
export function sameModule(a: string, b: string, filePath: string): boolean {
  if (a === b) return true;
  const identity = (s: string) => {
    // A path alias is the file it stands for (`@/lib/config` and `../lib/config` in one file).
    const path = s.startsWith('./') || s.startsWith('../') ? resolve(dirname(resolve(filePath)), s) : isPackageSpecifier(s, filePath) ? undefined : pathAliasTargets(s, filePath)[0];
    return path?.replace(SOURCE_EXTENSION, '').replace(/[\\/]index$/, '');
  };
  const first = identity(a);
  return first !== undefined && first === identity(b);
}

/**
 * Where this file imports a factory's creator from: the configured `module` (moved), spelt the
 * way the file already imports that module when it does (`../globals.js`), or else the module
 * the getter or class came from.
 */
export function creatorModuleFor(site: FactorySite, config: ResolvedConfig, filePath: string): string | undefined {
  if (site.factory.module === undefined) return site.source;
  const configured = configuredModuleSpecifier(site.factory.module, config, filePath);
  // This file is the creator's module: the creator is declared here, never imported from itself.
  if (sameModule(configured, `./${basename(filePath)}`, filePath)) return undefined;
  return site.source !== undefined && sameModule(site.source, configured, filePath) ? site.source : configured;
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

/** `undefined`, `null`, `void 0`, `{}`: an argument that says nothing, so dropping it loses nothing. */
function carriesNothing(node: TSESTree.Node): boolean {
  const arg = unwrapExpression(node);
  if (arg.type === 'Identifier') return arg.name === 'undefined';
  if (arg.type === 'Literal') return arg.value === null && !('regex' in arg);
  if (arg.type === 'ObjectExpression') return arg.properties.length === 0;
  return arg.type === 'UnaryExpression' && arg.operator === 'void';
}

/**
 * `new X(ctx, { agents: [] })` → `createX(ctx)` would silently drop the options: the creator
 * takes the context only. Only the context the rewrite passes anyway, and arguments that say
 * nothing, may go.
 */
export function dropsArguments(construction: TSESTree.NewExpression, input: AnalysisInput, config: ResolvedConfig): boolean {
  if (construction.arguments.length === 0) return false;
  const decision = findContext(construction, input, config);
  const context = decision.kind === 'found' ? decision.expression : undefined;
  return construction.arguments.some((arg) => {
    if (arg.type === 'SpreadElement') return true;
    const value = unwrapExpression(arg);
    return !carriesNothing(value) && input.text.slice(value.range[0], value.range[1]) !== context;
  });
}

/** Whether `node` lies in the body of a function called `name`. */
export function insideFunctionNamed(node: TSESTree.Node, name: string): boolean {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current) && functionName(current) === name) return true;
  return false;
}

/** `typeof x` or `typeof x.y`: a type position that names a value. */
function inTypeQuery(node: TSESTree.Node): boolean {
  let current = node.parent;
  while (current?.type === 'TSQualifiedName') current = current.parent;
  return current?.type === 'TSTypeQuery';
}

/** Why a site cannot be rewritten mechanically, or undefined when it can. */
export function rewriteBlocker(site: FactorySite, input: AnalysisInput, config: ResolvedConfig, filePath: string): string | undefined {
  if (site.kind === 'getter-reference' && site.node.type === 'ExportSpecifier') {
    const exported = staticName(site.node.exported);
    if (exported !== undefined && exported !== site.factory.getter) {
      // Getters are known by name: `getFactory()` in the importers is not recognised as this one.
      return `re-exported as ${exported}: calls of ${exported}() are not recognised as ${site.factory.getter}, so nothing moves them — list ${exported} in factories too, or re-export the getter under its own name`;
    }
    return `re-exported: importers move to ${site.factory.creator} (migrate exports it here too); drop ${site.factory.getter} once nothing imports it`;
  }
  if (site.kind === 'getter-reference' && isAccessorGetter(site.factory)) {
    return `sets ${site.factory.getter}, the instance every caller shares: per request there is none to set — decide where it belongs`;
  }
  if (site.kind === 'getter-reference') return 'the getter is used as a value, not called: rewrite it by hand';
  if (site.kind === 'getter-mock' || site.kind === 'class-mock') {
    const name = site.kind === 'getter-mock' ? site.factory.getter : site.factory.class;
    return `a test double replaces ${name}: once the code calls ${site.factory.creator}, mock that instead`;
  }
  // The creator takes the context; a getter's own arguments (init options on first call) have
  // no mechanical place in `creator(<context>)`, and dropping them would change behaviour.
  if (site.kind === 'getter-call' && site.node.type === 'CallExpression' && site.node.arguments.length > 0) {
    return 'the getter is called with arguments: decide how the per-request creator receives them';
  }
  if (comparedForIdentity(site, input, analyzeFile(input, config).sites)) {
    return `compared for identity with another ${getterAcquisition(site.factory)} or another object (a test that one instance is handed out and shared): per request there is one per call — decide what the test should hold`;
  }
  if (spiedOn(site, input)) {
    return `a test double is set on, or read off, what ${getterAcquisition(site.factory)} hands out, the instance the code under test shares: on a per-request instance the code never sees it — spy on ${site.factory.class}.prototype, or hand the test's instance in`;
  }
  // `function createX(ctx) { return getX(); }`, a creator written as a wrapper: rewritten, it
  // would call itself, forever.
  if (site.kind === 'getter-call' && insideFunctionNamed(site.node, site.factory.creator)) {
    return `${site.factory.creator} itself calls ${getterAcquisition(site.factory)}: rewritten, it would call itself — build the per-request instance there instead of sharing the singleton`;
  }
  // `getX().onReady = f`: on the singleton that configures every later caller — also through the
  // constant it initialises: `const logger = getX(); logger.core = this`.
  const appearances = site.kind === 'getter-call' ? appearancesOf(valueExpressionOf(site.node), input).map(valueExpressionOf) : [];
  const written = appearances.map(memberWrittenThrough).find(Boolean);
  if (written !== undefined) {
    return `writes to ${staticName(written.property) ?? '[…]'} of the shared instance, for every later caller: on a per-request instance the write would last one request — decide where that state belongs`;
  }
  // `ConsecaSafetyChecker.getInstance().setContext(this)` (gemini-cli): a setter, so the same.
  const setter = appearances.map(setterCalledThrough).find(Boolean);
  if (setter !== undefined) {
    return `calls ${staticName(setter.property)}() on the shared instance, setting it for every later caller: on a per-request instance the setting would last one request — decide where that state belongs`;
  }
  const analysis = analyzeFile(input, config);
  // `new X(getX().config)`: the rewrite replaces the whole construction, arguments included, so
  // the acquisition inside would vanish instead of being migrated (and once migrated, a creator
  // call inside keeps it so: a second run must not do what the first refused).
  const within = (node: TSESTree.Node) => node !== site.node && contains(site.node, node);
  if (analysis.sites.some((other) => within(other.node)) || analysis.creatorCalls.some((call) => within(call.node))) {
    return 'its arguments acquire a factory too: rewrite the two together by hand';
  }
  if (site.kind === 'construction' && dropsArguments(site.node as TSESTree.NewExpression, input, config)) {
    return 'constructed with arguments the creator does not take: decide how the per-request creator receives them';
  }
  const { bindings } = analysis.bindings;
  const localCreator = bindings.find((b) => b.role === 'creator' && b.factory === site.factory && b.via === 'local');
  const unfit = localCreator && unfitCreatorParameter(localCreator.declaration, config);
  if (unfit !== undefined) {
    return `${site.factory.creator} in this module takes ${unfit}, not a user context: name the per-request creator otherwise in the config, or make this one take the context`;
  }
  const creatorKnown = creatorModuleFor(site, config, filePath) !== undefined || bindings.some((b) => b.role === 'creator' && b.factory === site.factory && !b.typeOnly);
  if (!creatorKnown && site.via === 'local') {
    // The getter's (or the class's) own module: the creator belongs here, next to it.
    return `${site.factory.creator} is not declared in this module, where ${site.kind === 'construction' ? site.factory.class : site.factory.getter} is: declare it here, then migrate again`;
  }
  if (!creatorKnown) return `no import of ${site.factory.creator} can be derived (the ${site.kind === 'construction' ? 'class' : 'getter'} is not imported here)`;
  return undefined;
}

interface ImportHost {
  /** ImportDeclaration, or the VariableDeclaration of a require()/import() destructuring. */
  readonly statement: TSESTree.Node;
  readonly source: string;
  /** ImportSpecifier[] or Property[] (the named part only). */
  readonly named: readonly TSESTree.Node[];
  /** Default / namespace specifiers that stay regardless. */
  readonly others: readonly TSESTree.Node[];
}

function hostOf(binding: FactoryBinding): ImportHost | undefined {
  const declaration = binding.declaration;
  if (declaration.type === 'ImportSpecifier') {
    const statement = declaration.parent as TSESTree.ImportDeclaration;
    return {
      statement,
      source: statement.source.value,
      named: statement.specifiers.filter((s) => s.type === 'ImportSpecifier'),
      others: statement.specifiers.filter((s) => s.type !== 'ImportSpecifier'),
    };
  }
  if (declaration.type === 'Property' && declaration.parent?.type === 'ObjectPattern') {
    const pattern = declaration.parent;
    const declarator = pattern.parent;
    if (declarator?.type !== 'VariableDeclarator' || declarator.parent?.type !== 'VariableDeclaration') return undefined;
    if (declarator.parent.declarations.length !== 1) return undefined;
    return { statement: declarator.parent, source: binding.source ?? '', named: pattern.properties, others: [] };
  }
  return undefined;
}

/**
 * Where a name from `module` can join the file's own import of it: a value import with named
 * specifiers (`import { Server } from './server'`), or a top-level destructured require (`const
 * { Server } = require('./server')`) — so the creator becomes `{ Server, createServer }` rather
 * than a second import of one module.
 */
function namedImportHost(file: Pick<FileBindings, 'imports' | 'requires'>, module: string, filePath: string): ImportHost | undefined {
  const declaration = file.imports.find((d) => sameModule(d.source.value, module, filePath) && d.importKind !== 'type' && d.specifiers.some((s) => s.type === 'ImportSpecifier'));
  if (declaration) return { statement: declaration, source: module, named: declaration.specifiers.filter((s) => s.type === 'ImportSpecifier'), others: [] };
  for (const statement of file.requires) {
    if (statement.declarations.length !== 1) continue;
    const { id, init } = statement.declarations[0]!;
    const source = requireSource(init);
    if (source === undefined || !sameModule(source, module, filePath) || id.type !== 'ObjectPattern' || id.properties.length === 0) continue;
    if (id.properties.every((property) => property.type === 'Property' && !property.computed)) return { statement, source: module, named: id.properties, others: [] };
  }
  return undefined;
}

function lineEndAfter(text: string, offset: number): number {
  const match = /^[ \t]*(?:\r?\n)?/.exec(text.slice(offset, offset + 200));
  return offset + (match?.[0].length ?? 0);
}

/** What the rewrites do to one import statement's named entries. */
interface HostEdit {
  readonly host: ImportHost;
  readonly removed: Set<TSESTree.Node>;
  /** Entries renamed where they stand: the getter's becomes the creator's. */
  readonly swapped: Map<TSESTree.Node, string>;
  /** Names that join the list, each after an entry. */
  readonly added: Array<{ readonly name: string; readonly after: TSESTree.Node }>;
  /** The whole statement's new text, when a new import takes its place. */
  replacement?: string;
}

/** The name an entry sorts by: what it imports (`getX` of `getX as g`, `X` of `type X`). */
function sortKey(entry: TSESTree.Node): string {
  return entry.type === 'ImportSpecifier' ? (staticName(entry.imported) ?? '') : '';
}

/**
 * The import's named entries written out again in order, when the file kept them sorted (see
 * ordersOf) and the
 * creator — swapped in where the getter stood, or joining — would break that order: nango's
 * `{ …, getProxyConfiguration, getServerOutboundUrlPolicy, LogActionEnum, … }` takes
 * `createServerOutboundUrlPolicy` among the c's. Undefined when the edits in place keep the order,
 * or the list holds a comment (a rewrite would have to place it).
 */
function sortedNamesEdit(input: AnalysisInput, entry: HostEdit): TextEdit | undefined {
  const { host, removed, swapped, added, replacement } = entry;
  const named = host.named;
  if (host.statement.type !== 'ImportDeclaration' || replacement !== undefined || (swapped.size === 0 && added.length === 0)) return undefined;
  // Every order the list keeps now (a list can be in both); the edits in place do if they keep one.
  const orders = ordersOf(named.map(sortKey));
  const kept = named.filter((n) => !removed.has(n)).map((n) => ({ key: swapped.get(n) ?? sortKey(n), text: swapped.get(n) ?? input.text.slice(n.range[0], n.range[1]) }));
  const after = [...kept, ...added.map(({ name }) => ({ key: name, text: name }))];
  if (orders.length === 0 || kept.length === 0 || orders.some((c) => inOrder(after.map((e) => e.key), c))) return undefined;
  const compare = orders[0]!;
  const range: [number, number] = [named[0]!.range[0], named[named.length - 1]!.range[1]];
  if ((input.ast.comments ?? []).some((c) => c.range[0] < range[1] && c.range[1] > range[0])) return undefined;
  // The separator the list is written with: `, ` on one line, `,\n  ` one entry per line.
  const separator = input.text.slice(named[0]!.range[1], named[1]!.range[0]);
  return { range, text: after.sort((a, b) => compare(a.key, b.key)).map((e) => e.text).join(separator) };
}

/** Whether removing `removed` leaves nothing of the host statement. */
function vacates(host: ImportHost, removed: ReadonlySet<TSESTree.Node>, swapped: ReadonlyMap<TSESTree.Node, string>): boolean {
  return host.others.length === 0 && swapped.size === 0 && host.named.every((n) => removed.has(n));
}

/** Removes `removed` named entries of a host (or the whole statement when nothing is left). */
function removalEdits(text: string, host: ImportHost, removed: ReadonlySet<TSESTree.Node>, swapped: ReadonlyMap<TSESTree.Node, string>, replacement?: string): TextEdit[] {
  const named = host.named;
  const kept = named.filter((n) => !removed.has(n));
  if (vacates(host, removed, swapped)) {
    if (replacement !== undefined) return [{ range: host.statement.range, text: replacement }];
    // An indented statement (a destructuring inside a function) takes its indentation with it.
    const line = lineStart(text, host.statement.range[0]);
    const start = /^[ \t]*$/.test(text.slice(line, host.statement.range[0])) ? line : host.statement.range[0];
    return [{ range: [start, lineEndAfter(text, host.statement.range[1])], text: '' }];
  }
  const edits: TextEdit[] = [];
  if (kept.length === 0 && swapped.size === 0) {
    // `import def, { getX } from …` → `import def from …`
    const last = host.others[host.others.length - 1]!;
    const close = text.indexOf('}', named[named.length - 1]!.range[1]);
    edits.push({ range: [last.range[1], close + 1], text: '' });
    return edits;
  }
  const lastKept = kept[kept.length - 1]!;
  for (let i = 0; i < named.length; i++) {
    const node = named[i]!;
    if (!removed.has(node)) continue;
    if (node.range[0] > lastKept.range[0]) {
      // After the last kept entry: take the comma before it (one edit covers the whole tail).
      edits.push({ range: [lastKept.range[1], node.range[1]], text: '' });
    } else {
      edits.push({ range: [node.range[0], named[i + 1]!.range[0]], text: '' });
    }
  }
  // Merge the tail edits (they share a start) into the longest one.
  const tail = edits.filter((e) => e.range[0] === lastKept.range[1]);
  if (tail.length > 1) {
    const longest = tail.reduce((a, b) => (a.range[1] >= b.range[1] ? a : b));
    return [...edits.filter((e) => e.range[0] !== lastKept.range[1]), longest];
  }
  return edits;
}

function isEsmFile(input: AnalysisInput, filePath: string): boolean {
  if (/\.c[jt]s$/i.test(filePath)) return false;
  const body = input.ast.body;
  if (body.some((s) => s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' || s.type === 'ExportAllDeclaration')) return true;
  // A file that only requires is CommonJS; anything else (a fresh .ts file) gets ESM.
  return !/\brequire\s*\(/.test(input.text);
}

function newImportText(names: readonly string[], source: string, esm: boolean, style: TextStyle): string {
  const semi = style.semicolon ? ';' : '';
  return esm ? `import { ${names.join(', ')} } from ${quoted(styledSpecifier(source, style), style)}${semi}` : `const { ${names.join(', ')} } = require(${quoted(source, style)})${semi}`;
}

/** The module an import or require statement names, when it names one by a string. */
function importedModule(statement: TSESTree.Node): string | undefined {
  if (statement.type === 'ImportDeclaration') return statement.source.value;
  if (statement.type === 'TSImportEqualsDeclaration') return statement.moduleReference.type === 'TSExternalModuleReference' ? String(statement.moduleReference.expression.value) : undefined;
  if (statement.type !== 'VariableDeclaration') return undefined;
  for (const declarator of statement.declarations) {
    const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
    const call = init?.type === 'AwaitExpression' ? init.argument : init;
    if (call?.type === 'CallExpression' && call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string') return call.arguments[0].value;
  }
  return undefined;
}

interface NewImportLine {
  readonly text: string;
  readonly module: string;
}

/**
 * Where new import lines go: after the last import (or require), else before the first
 * statement. A package's import goes after the last package import (the last one of values, when
 * type imports follow), so a file that keeps its packages above its own modules (import/order's
 * groups) keeps them so.
 */
function insertionEdits(input: AnalysisInput, filePath: string, lines: readonly NewImportLine[], esm: boolean, style: TextStyle, removedStatements: ReadonlySet<TSESTree.Node>): TextEdit[] {
  const body = input.ast.body.filter((s) => !removedStatements.has(s));
  const anchors = esm
    ? body.filter((s) => s.type === 'ImportDeclaration' || s.type === 'TSImportEqualsDeclaration')
    : body.filter((s) => s.type === 'VariableDeclaration' && s.declarations.some((d) => d.init && /^require\s*\(/.test(input.text.slice(unwrapExpression(d.init).range[0], unwrapExpression(d.init).range[1]))));
  const last = anchors[anchors.length - 1];
  if (last) {
    const isPackage = (module: string) => isPackageSpecifier(module, filePath);
    const packageImports = anchors.filter((a) => { const module = importedModule(a); return module !== undefined && isPackage(module); });
    // A value import goes with the packages' value imports, not after a block of `import type`
    // lines that a file keeps last (nango's `import type { NextFunction } from 'express'`).
    const valueImports = packageImports.filter((a) => !(a.type === 'ImportDeclaration' && a.importKind === 'type'));
    const packageAnchors = valueImports.length > 0 ? valueImports : packageImports;
    const lastPackage = packageAnchors.at(-1);
    // A file that imports no package yet gets its first one above its own modules, where
    // import/order's groups put packages: above the first import that binds something
    // (side-effect imports such as polyfills run first) — unless a comment sits right on it
    // (`// eslint-disable-next-line …`, a header), then after the last import as before.
    const first = anchors.find((a) => !(a.type === 'ImportDeclaration' && a.specifiers.length === 0));
    const commented = first !== undefined && (input.ast.comments ?? []).some((c) => c.range[1] <= first.range[0] && /^[ \t]*\r?\n?[ \t]*$/.test(input.text.slice(c.range[1], first.range[0])));
    const packagesFirst = !lastPackage && first !== undefined && !commented ? first : undefined;
    // Packages a file keeps sorted (simple-import-sort, Biome, import/order's `alphabetize`): the
    // new one takes its place among them rather than the end.
    const sorted = lastPackage ? sortedRun(input.text, packageAnchors, lastPackage) : undefined;
    const byAnchor = new Map<TSESTree.Node, string[]>();
    const beforeAnchor = new Map<TSESTree.Node, string[]>();
    const beforeFirst: string[] = [];
    for (const line of lines) {
      if (isPackage(line.module) && packagesFirst) {
        beforeFirst.push(line.text);
        continue;
      }
      const next = isPackage(line.module) ? sorted?.find((member) => importedModule(member)!.toLowerCase() > line.module.toLowerCase()) : undefined;
      if (next) {
        beforeAnchor.set(next, [...(beforeAnchor.get(next) ?? []), line.text]);
        continue;
      }
      const anchor = isPackage(line.module) ? lastPackage ?? last : last;
      byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), line.text]);
    }
    const edits: TextEdit[] = [...byAnchor].map(([anchor, texts]) => {
      const at = afterTrailingComment(input.text, anchor.range[1]);
      return { range: [at, at], text: texts.map((l) => style.eol + l).join('') };
    });
    for (const [member, texts] of beforeAnchor) {
      const at = attachedCommentsStart(input, member);
      edits.push({ range: [at, at], text: texts.map((l) => l + style.eol).join('') });
    }
    if (packagesFirst) edits.push({ range: [packagesFirst.range[0], packagesFirst.range[0]], text: beforeFirst.map((l) => l + style.eol).join('') });
    return edits;
  }
  const texts = lines.map((l) => l.text);
  const first = body.find((s) => !(s.type === 'ExpressionStatement' && s.directive));
  const directives = body.filter((s) => s.type === 'ExpressionStatement' && s.directive);
  if (directives.length > 0) {
    const end = afterTrailingComment(input.text, directives[directives.length - 1]!.range[1]);
    return [{ range: [end, end], text: texts.map((l) => style.eol + l).join('') }];
  }
  const at = first ? attachedCommentsStart(input, first) : input.text.length;
  // A file with no imports yet: the new ones stand apart from its code, as imports do.
  return [{ range: [at, at], text: texts.map((l) => l + style.eol).join('') + (first ? style.eol : '') }];
}

/**
 * The run of `imports` around `member` that stand on consecutive lines, when there are two or more
 * and they are sorted by module (ignoring case): a group a person or a sorter keeps in order.
 */
function sortedRun(text: string, imports: readonly TSESTree.Node[], member: TSESTree.Node): TSESTree.Node[] | undefined {
  const adjacent = (a: TSESTree.Node, b: TSESTree.Node) => /^[ \t]*\r?\n[ \t]*$/.test(text.slice(a.range[1], b.range[0]));
  let start = imports.indexOf(member);
  let end = start;
  while (start > 0 && adjacent(imports[start - 1]!, imports[start]!)) start--;
  while (end < imports.length - 1 && adjacent(imports[end]!, imports[end + 1]!)) end++;
  const run = imports.slice(start, end + 1);
  const modules = run.map((node) => importedModule(node)!.toLowerCase());
  return run.length >= 2 && modules.every((module, i) => i === 0 || modules[i - 1]! <= module) ? run : undefined;
}

/** The end of the line `offset` is on, when all that follows it there is a comment (`import …; // why`): a line added after the statement must not take the comment with it. */
function afterTrailingComment(text: string, offset: number): number {
  const newline = text.slice(offset).search(/\r?\n/);
  const lineEnd = newline < 0 ? text.length : offset + newline;
  return /^[ \t]*(?:\/\/.*|\/\*(?:[^*]|\*(?!\/))*\*\/[ \t]*)+$/.test(text.slice(offset, lineEnd)) ? lineEnd : offset;
}

const FILE_PRAGMA = /@(?:ts-nocheck|ts-check|jsx|jsxImportSource|jsxFrag|jsxRuntime|flow|noflow|jest-environment|vitest-environment|license|preserve|format|prettier)\b|\beslint-disable\b|^\s*eslint\s/;

/**
 * Where `statement` begins with the comments attached to it (its JSDoc: no blank line between),
 * so a line inserted before it does not part a doc comment from what it documents. A comment
 * set apart by a blank line (a licence header) stays above, and so do a `#!` line and a pragma.
 */
function attachedCommentsStart(input: AnalysisInput, statement: TSESTree.Node): number {
  const text = input.text;
  const hashbangEnd = text.startsWith('#!') ? text.indexOf('\n') + 1 || text.length : 0;
  // `@Injectable() export class X`: the decorators come before the `export` the statement starts at.
  const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : undefined;
  const decorators = declaration && 'decorators' in declaration ? (declaration.decorators as TSESTree.Decorator[] | undefined) ?? [] : [];
  let start = Math.min(statement.range[0], ...decorators.map((d) => d.range[0]));
  const comments = (input.ast.comments ?? []).filter((c) => c.range[1] <= start && c.range[0] >= hashbangEnd);
  for (let i = comments.length - 1; i >= 0; i--) {
    const between = text.slice(comments[i]!.range[1], start);
    // A pragma works only at the top of the file (`// @ts-nocheck`, `/** @vitest-environment jsdom */`): it stays first.
    if (!/^[ \t]*(?:\r?\n)?[ \t]*$/.test(between) || FILE_PRAGMA.test(comments[i]!.value)) break;
    start = comments[i]!.range[0];
  }
  return start;
}


/** Where a destructuring's binding is visible: its variable's scope, or else the statement's parent. */
function scopeRange(binding: FactoryBinding, host: ImportHost): readonly [number, number] {
  return (binding.variable?.scope.block ?? host.statement.parent ?? host.statement).range;
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
    // A call or construction, or an accessor's read (`ToolRegistry.instance`), which is its own callee.
    const call = site.node as TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.MemberExpression;
    const callee = call.type === 'MemberExpression' ? call : unwrapExpression(call.callee);
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
  for (const { site, creatorCall } of planned) if (!sharing.has(site.node)) edits.push({ range: site.node.range, text: creatorCall });
  for (const acquisition of shared) {
    edits.push(...acquisition.edits);
    options.onSharedLocal?.(acquisition.local, acquisition.sites);
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
    const module = contextModuleSpecifier(config, filePath);
    const existing = namedImportHost(bindings, module, filePath);
    if (existing && !newLines.has(module)) {
      const entry = hostFor(hostEdits.get(existing.statement)?.host ?? existing);
      const anchor = [...existing.named].reverse().find((n) => !entry.removed.has(n)) ?? existing.named[existing.named.length - 1]!;
      entry.added.push({ name: REQUIRE_USER_CONTEXT, after: anchor });
    } else {
      newLines.set(module, [...(newLines.get(module) ?? []), REQUIRE_USER_CONTEXT]);
    }
  }

  for (const entry of hostEdits.values()) {
    const { host, removed, swapped, replacement, added } = entry;
    const resorted = sortedNamesEdit(input, entry);
    if (resorted) {
      edits.push(resorted);
      continue;
    }
    for (const [node, name] of swapped) edits.push({ range: node.range, text: name });
    if (removed.size > 0) edits.push(...removalEdits(text, host, removed, swapped, replacement));
    for (const { name, after } of added) edits.push(listEntryEdit(text, after, name, style));
  }

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
