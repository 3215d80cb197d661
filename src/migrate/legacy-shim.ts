import { readFileSync } from 'node:fs';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec, ResolvedConfig } from '../config/index.js';
import { REQUIRE_USER_CONTEXT } from '../analysis/edits.js';
import { insideFunctionNamed } from '../analysis/rewrite-blockers.js';
import { getterAcquisition, isAccessorGetter, staticGetterMethod } from '../analysis/names.js';
import { contains, nodesOfTypes, staticName, unwrapExpression } from '../analysis/walk.js';
import { analyzeFile } from '../analysis/file-analysis.js';
import { globalMemberSlot, slotOfHolderName } from '../analysis/global-objects.js';
import { findHolders } from '../analysis/holders.js';
import { rememberFileOf } from '../analysis/imported-classes.js';
import { detectStyle, lineStart } from '../analysis/text-style.js';
import type { AnalysisInput, HolderFinding, TextEdit } from '../analysis/types.js';
import type { FactoryBinding } from '../analysis/bindings.js';
import { parseFile, stripBom } from '../analysis/parse.js';
import { resolveProjectModule } from '../analysis/module-files.js';
import type { ManualSite } from './types.js';

export interface ShimPlan {
  readonly edits: TextEdit[];
  readonly manual: ManualSite[];
  /** The shim calls requireUserContext(): the caller adds the import with the other edits. */
  readonly needsRequireUserContext: boolean;
}

function indentationAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, offset))?.[0] ?? '';
}

/** The statement and its line break, so deleting it leaves no blank hole (and one blank line before it goes too). */
function statementRemoval(text: string, statement: TSESTree.Node): TextEdit {
  let start = lineStart(text, statement.range[0]);
  let end = statement.range[1];
  const after = /^[ \t]*\r?\n/.exec(text.slice(end));
  if (after) end += after[0].length;
  // A blank line on both sides would leave two: take the one before. A holder that sits right
  // above its getter (outline's `let cached…` over `export const queue = () => …`) keeps the
  // blank line that sets the code apart from what precedes it.
  const before = /\r?\n[ \t]*\r?\n$/.exec(text.slice(0, start));
  const blankAfter = after !== null && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end));
  if (before && blankAfter) start -= before[0].length - (before[0].startsWith('\r\n') ? 2 : 1);
  return { range: [start, end], text: '' };
}

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The getter is a shim already: its body only returns `creator(requireUserContext())`. */
function isShim(text: string, fn: FunctionNode, creatorLocal: string): boolean {
  const call = `${creatorLocal}(${REQUIRE_USER_CONTEXT}())`;
  const current = fn.body.type === 'BlockStatement' ? text.slice(fn.body.range[0] + 1, fn.body.range[1] - 1).trim() : text.slice(fn.body.range[0], fn.body.range[1]).trim();
  return current === call || current === `return ${call}` || current === `return ${call};`;
}

/**
 * The getter `fn`, declared by `outer` (its statement, or a class's method definition), made a
 * deprecated shim: its doc comment gains `@deprecated` (or it gets one), its body becomes
 * `return creator(requireUserContext());`.
 */
function shimEdits(input: AnalysisInput, outer: TSESTree.Node, fn: FunctionNode, creatorLocal: string, creatorName: string, style: ReturnType<typeof detectStyle>): TextEdit[] {
  const text = input.text;
  const edits: TextEdit[] = [];
  const body = `return ${creatorLocal}(${REQUIRE_USER_CONTEXT}())${style.semicolon ? ';' : ''}`;
  const indent = indentationAt(text, outer.range[0]);
  // The body keeps the file's indentation step: its first statement's, when it has one on a line of its own.
  const first = fn.body.type === 'BlockStatement' ? fn.body.body[0] : undefined;
  const firstIndent = first && /^[ \t]*$/.test(text.slice(lineStart(text, first.range[0]), first.range[0])) ? indentationAt(text, first.range[0]) : undefined;
  const inner = firstIndent !== undefined && firstIndent.length > indent.length ? firstIndent : `${indent}  `;
  const note = `@deprecated One factory shared by every user. Use ${creatorName}(userContext): a factory per request, bound to the user.`;
  const doc = (input.ast.comments ?? []).filter((c) => c.type === 'Block' && c.value.startsWith('*') && c.range[1] <= outer.range[0] && /^\s*$/.test(text.slice(c.range[1], outer.range[0]))).pop();
  if (doc && !doc.value.includes('@deprecated')) {
    // Extend the getter's own doc comment rather than stacking a second one on it.
    const lines = doc.value.slice(1).split(/\r?\n/).map((l) => l.replace(/^\s*\*?\s?/, '').trimEnd()).filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
    const merged = ['/**', ...lines.map((l) => ` * ${l}`.trimEnd()), ` * ${note}`, ' */'].join(`${style.eol}${indent}`);
    edits.push({ range: doc.range, text: merged });
  } else if (!doc) {
    edits.push({ range: [outer.range[0], outer.range[0]], text: `/** ${note} */${style.eol}${indent}` });
  }
  const newBody = fn.body.type === 'BlockStatement'
    ? `{${style.eol}${inner}${body}${style.eol}${indent}}`
    : `${creatorLocal}(${REQUIRE_USER_CONTEXT}())`;
  let bodyRange: [number, number] = [fn.body.range[0], fn.body.range[1]];
  if (fn.body.type !== 'BlockStatement') {
    // `() => (shared ??= new X())`: the parentheses only existed for the assignment.
    const open = text.slice(0, bodyRange[0]).match(/\(\s*$/);
    const close = text.slice(bodyRange[1]).match(/^\s*\)/);
    if (open && close) bodyRange = [bodyRange[0] - open[0].length, bodyRange[1] + close[0].length];
  }
  edits.push({ range: bodyRange, text: newBody });
  return edits;
}

/** A creator written as a wrapper of the getter (`createX(ctx) { return getX(); }`): as a shim, the getter would call it back, forever. */
function creatorCallsGetter(input: AnalysisInput, config: ResolvedConfig, factory: FactorySpec): boolean {
  return analyzeFile(input, config).sites.some((site) => site.kind === 'getter-call' && site.factory === factory && insideFunctionNamed(site.node, factory.creator));
}

/**
 * The same question of a creator the getter's module imports (`factories[].module` naming
 * another file, where a team wrote `createX(ctx) { return getX(); }` as a first step): that
 * module is read and parsed here. One that cannot be read or parsed answers no.
 */
function importedCreatorCallsGetter(creator: FactoryBinding, filePath: string, config: ResolvedConfig, factory: FactorySpec): boolean {
  if (creator.via === 'local' || creator.source === undefined) return false;
  const file = resolveProjectModule(filePath, creator.source);
  if (!file) return false;
  try {
    return creatorCallsGetter(parseFile(stripBom(readFileSync(file, 'utf8')).text, file), config, factory);
  } catch {
    return false;
  }
}

/**
 * A cache the getter keeps on the global object (`globalThis.__registry ??= new Registry()`) goes
 * with the getter's body; one that other code in the module also reads or sets
 * (`setGlobalLoggerProvider(p)`) would go on being set for a getter that no longer reads it.
 */
function globalCachesUsedOutside(input: AnalysisInput, holders: readonly HolderFinding[], getter: TSESTree.Node, getterName: string): ManualSite[] {
  const manual: ManualSite[] = [];
  for (const holder of holders) {
    if (holder.shape !== 'global-cache' || !contains(getter, holder.node)) continue;
    const slot = slotOfHolderName(holder.name);
    const outside = (nodesOfTypes(input.ast, ['MemberExpression']) as TSESTree.MemberExpression[]).find((member) =>
      !contains(getter, member) && globalMemberSlot(member, input) === slot);
    if (outside) manual.push({ line: outside.loc.start.line, reason: `--remove-legacy: ${holder.name} is used outside ${getterName}, which no longer reads it; remove it by hand` });
  }
  return manual;
}

const wrapperReason = (factory: FactorySpec) =>
  `--remove-legacy: ${factory.creator} calls ${getterAcquisition(factory)}; as a shim, ${factory.getter} would call ${factory.creator} back, forever — build the instance in ${factory.creator} first`;

/**
 * `--remove-legacy`: in the module that defines the getter, delete the holder the getter fills
 * and turn the getter into a deprecated shim — `createX(requireUserContext())`, a factory for
 * the current request's user, never a shared one — keeping the creator export.
 */
export function planLegacyShim(input: AnalysisInput, config: ResolvedConfig, filePath: string): ShimPlan {
  const { bindings } = analyzeFile(input, config);
  const text = input.text;
  const style = detectStyle(text, input.ast);
  const edits: TextEdit[] = [];
  const manual: ManualSite[] = [];
  let needsRequireUserContext = false;
  rememberFileOf(input.ast, filePath);
  // A holder a handler hands request data to is reported as that; it is still the getter's holder.
  const holders = findHolders(input, config).map((found) => found.holder ?? found);

  for (const declaration of bindings.localGetterDeclarations) {
    if (declaration.type === 'MethodDefinition') continue; // a static getter: below
    const fn = declaration.type === 'FunctionDeclaration' ? declaration : (declaration as TSESTree.VariableDeclarator).init;
    // An exported instance (`"accessor": true`): a value no shim can stand in for — every read of
    // a shim object would have to build a factory. Once nothing imports it, it goes by hand.
    if (declaration.type === 'VariableDeclarator' && declaration.id.type === 'Identifier' && fn && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') {
      const name = declaration.id.name;
      manual.push({ line: declaration.loc.start.line, reason: `--remove-legacy: ${name} is an instance, which no shim can stand in for: delete it once nothing reads it` });
      continue;
    }
    if (!fn || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) continue;
    const name = declaration.type === 'FunctionDeclaration' ? declaration.id!.name : ((declaration as TSESTree.VariableDeclarator).id as TSESTree.Identifier).name;
    const factory = config.factories.find((f) => f.getter === name)!;
    const line = declaration.loc.start.line;
    const creator = bindings.bindings.find((b) => b.role === 'creator' && b.factory === factory && !b.typeOnly);
    if (!creator) {
      manual.push({ line, reason: `--remove-legacy: ${factory.creator} is not defined or imported here, so ${name} cannot become a shim` });
      continue;
    }
    if (isShim(text, fn, creator.localName)) continue;
    if (creatorCallsGetter(input, config, factory) || importedCreatorCallsGetter(creator, filePath, config, factory)) {
      manual.push({ line, reason: wrapperReason(factory) });
      continue;
    }

    // Holders this getter fills, used nowhere else: they go.
    const inGetter = (node: TSESTree.Node) => contains(fn, node);
    for (const holder of holders) {
      // A lazy holder, or an instance made as the module loads that the getter hands out (`const
      // toolRegistry = new ToolRegistry(); export function getToolRegistry() { return toolRegistry; }`).
      const eager = holder.shape === 'eager-instance' && holder.node.type === 'VariableDeclarator' && holder.node.id.type === 'Identifier';
      if (holder.shape !== 'lazy-module-binding' && holder.shape !== 'memoised-promise' && !eager) continue;
      const variable = holder.variable ?? (eager ? input.scopeManager?.getDeclaredVariables(holder.node).find((v) => v.name === holder.name) : undefined);
      if (!variable) continue;
      const uses = variable.references.filter((r) => !r.init);
      if (uses.length === 0 || !uses.some((r) => inGetter(r.identifier as TSESTree.Node))) continue;
      if (!uses.every((r) => inGetter(r.identifier as TSESTree.Node))) {
        manual.push({ line: holder.node.loc.start.line, reason: `--remove-legacy: ${holder.name} is used outside ${name}; remove it by hand` });
        continue;
      }
      const statement = (variable.defs[0]!.parent as TSESTree.VariableDeclaration);
      if (statement.declarations.length !== 1) {
        manual.push({ line: holder.node.loc.start.line, reason: `--remove-legacy: ${holder.name} shares its declaration; remove it by hand` });
        continue;
      }
      const removable = statement.parent?.type === 'ExportNamedDeclaration' ? statement.parent : statement;
      edits.push(statementRemoval(text, removable));
    }

    manual.push(...globalCachesUsedOutside(input, holders, fn, name));
    const statement = declaration.type === 'FunctionDeclaration' ? declaration : (declaration.parent as TSESTree.Node);
    edits.push(...shimEdits(input, statement.parent?.type === 'ExportNamedDeclaration' ? statement.parent : statement, fn, creator.localName, factory.creator, style));
    needsRequireUserContext = true;
  }

  // `static getInstance()` of a configured class declared here (`"getter": "X.getInstance"`), or
  // its `static get instance()` (`"accessor": true`).
  for (const factory of config.factories) {
    const method = staticGetterMethod(factory);
    if (method === undefined || !bindings.localClasses.has(factory.class)) continue;
    const classNode = (nodesOfTypes(input.ast, ['ClassDeclaration']) as TSESTree.ClassDeclaration[]).find((c) => c.id?.name === factory.class);
    const getter = classNode?.body.body.find((m): m is TSESTree.MethodDefinition => m.type === 'MethodDefinition' && m.static && m.kind === (isAccessorGetter(factory) ? 'get' : 'method') && !m.computed && staticName(m.key) === method);
    if (!classNode || !getter) continue;
    const fn = getter.value as TSESTree.FunctionExpression;
    const creator = bindings.bindings.find((b) => b.role === 'creator' && b.factory === factory && !b.typeOnly);
    if (!creator) {
      manual.push({ line: getter.loc.start.line, reason: `--remove-legacy: ${factory.creator} is not defined or imported here, so ${factory.getter} cannot become a shim` });
      continue;
    }
    if (isShim(text, fn, creator.localName)) continue;
    if (creatorCallsGetter(input, config, factory) || importedCreatorCallsGetter(creator, filePath, config, factory)) {
      manual.push({ line: getter.loc.start.line, reason: wrapperReason(factory) });
      continue;
    }

    // Static holders of the class that only this method reads and writes (`X.instance`, `this.instance`): they go.
    for (const holder of holders) {
      if (holder.shape !== 'static-holder' || holder.className !== factory.class || holder.node.type !== 'PropertyDefinition') continue;
      const property = staticName(holder.node.key);
      const uses = (nodesOfTypes(input.ast, ['MemberExpression']) as TSESTree.MemberExpression[]).filter((m) => {
        const object = unwrapExpression(m.object);
        return staticName(m.property) === property && !m.computed && (object.type === 'ThisExpression' || (object.type === 'Identifier' && object.name === factory.class));
      });
      if (uses.length === 0 || !uses.some((m) => contains(fn, m))) continue;
      if (!uses.every((m) => contains(fn, m))) {
        manual.push({ line: holder.node.loc.start.line, reason: `--remove-legacy: ${holder.name} is used outside ${factory.getter}; remove it by hand` });
        continue;
      }
      edits.push(statementRemoval(text, holder.node));
    }
    manual.push(...globalCachesUsedOutside(input, holders, fn, factory.getter));
    edits.push(...shimEdits(input, getter, fn, creator.localName, factory.creator, style));
    needsRequireUserContext = true;
  }
  return { edits, manual, needsRequireUserContext };
}
