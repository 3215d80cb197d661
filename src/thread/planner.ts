import { dirname, relative as relativePath, sep } from 'node:path';
import { Node, SyntaxKind, ts, type CallExpression, type ClassDeclaration, type MethodDeclaration, type SourceFile } from 'ts-morph';
import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { findContext } from '../analysis/context.js';
import { REQUIRE_USER_CONTEXT } from '../analysis/edits.js';
import { contextModuleSpecifier, creatorModuleFor, sameModule } from '../analysis/module-specifiers.js';
import type { ContextDecision, FactorySite, TextEdit } from '../analysis/types.js';
import { nodesOfTypes } from '../analysis/walk.js';
import { ParseError } from '../analysis/parse.js';
import type { ThreadedFileEdits } from '../migrate/types.js';
import { enclosingFunction, functionKey, type NamedFunction } from './functions.js';
import type { ThreadingProgram } from './program.js';
import { classifyReferences, isExported } from './references.js';
import { argumentEdit, isTypeScriptFile, namesUsedIn, parameterEdit, uniqueParameterName } from './text-edits.js';
import type { Boundary, FunctionRef } from './types.js';
import { SOURCE_EXTENSION } from '../analysis/source-lang.js';

/** A site with no user context in scope: where plain `migrate` writes the fallback. */
export interface Seed {
  readonly file: string;
  readonly site: FactorySite;
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
const THIS_FIELD = /^this\.([\p{L}_$][\p{L}\p{N}_$]*)$/u;

/** The parameter's type: a name, and the file (absolute) or package it is imported from. */
interface ContextType {
  readonly name: string;
  readonly from: { readonly file: string } | { readonly specifier: string };
}

/** `import type { name } from source`, or `{ name as alias }`. */
interface TypeImport {
  readonly name: string;
  readonly alias?: string;
  readonly source: string;
}

type Argument =
  | { readonly kind: 'context'; readonly call: CallExpression; readonly expression: string }
  | { readonly kind: 'parameter'; readonly call: CallExpression; readonly caller: FunctionPlan }
  | { readonly kind: 'fallback'; readonly call: CallExpression; readonly reason: string };

interface FunctionPlan {
  readonly fn: NamedFunction;
  readonly ref: FunctionRef;
  status: 'pending' | 'threaded' | 'blocked';
  reason?: string;
  parameter: string;
  type?: ContextType;
  /** Set when the context comes from the class's own constructor parameter, promoted to a field. */
  promoted?: { readonly parameter: Node; readonly name: string };
  readonly args: Argument[];
}

export interface SeedOutcome {
  readonly seed: Seed;
  /** The function whose new parameter (or promoted field) the site uses; undefined → fallback. */
  readonly plan?: FunctionPlan;
  readonly reason?: string;
}

export interface ThreadingOptions {
  readonly maxDepth: number;
  readonly fallback: 'request-scope' | 'manual';
  /** Display path of a file (POSIX, relative to the run's cwd). */
  readonly display: (file: string) => string;
}

export class ThreadPlanner {
  private readonly plans = new Map<string, FunctionPlan>();

  constructor(
    private readonly program: ThreadingProgram,
    private readonly config: ResolvedConfig,
    private readonly options: ThreadingOptions,
  ) {}

  ref(node: Node, name: string): FunctionRef {
    return { function: name, file: this.options.display(node.getSourceFile().getFilePath()), line: node.getStartLineNumber() };
  }

  /** Decides how a seed gets a context: a threaded parameter of its function, or the fallback (with why). */
  planSeed(seed: Seed): SeedOutcome {
    const file = this.program.file(seed.file);
    const at = file.getDescendantAtPos(seed.site.node.range[0]);
    if (!at) return { seed, reason: 'site not found in the program' };
    const enclosing = enclosingFunction(at);
    if (enclosing.kind === 'module-scope') return { seed, reason: 'runs at module scope' };
    if (enclosing.kind === 'boundary') return { seed, reason: enclosing.reason };
    const promoted = this.promotableConstructorParameter(enclosing.fn, at);
    if (promoted) {
      const plan = this.planFor(enclosing.fn);
      if (plan.status === 'pending') {
        plan.status = 'threaded';
        plan.promoted = promoted;
        plan.parameter = `this.${promoted.name}`;
      }
      if (plan.promoted) return { seed, plan };
    }
    const plan = this.resolve(enclosing.fn, 1, this.creatorParameterType(seed, file));
    return plan.status === 'threaded' ? { seed, plan } : { seed, ...(plan.reason ? { reason: plan.reason } : {}) };
  }

  private planFor(fn: NamedFunction): FunctionPlan {
    const key = functionKey(fn);
    let plan = this.plans.get(key);
    if (!plan) {
      const taken = namesUsedIn(fn.node);
      plan = { fn, ref: this.ref(fn.node, fn.display), status: 'pending', parameter: uniqueParameterName(this.config.context.names[0]!, taken), args: [] };
      this.plans.set(key, plan);
    }
    return plan;
  }

  private block(plan: FunctionPlan, reason: string): FunctionPlan {
    plan.status = 'blocked';
    plan.reason = reason;
    return plan;
  }

  /**
   * Whether `fn` (or a caller chain above it, up to the depth limit) can receive the context
   * from a caller that has one. Threaded only when at least one chain ends at a real context:
   * moving a fallback up a level gains nothing.
   */
  private resolve(fn: NamedFunction, depth: number, type: ContextType | undefined): FunctionPlan {
    const plan = this.planFor(fn);
    if (plan.status !== 'pending' || plan.args.length > 0 || plan.reason === 'resolving') return plan;
    plan.reason = 'resolving';
    if (type) plan.type = type;
    const verdict = this.references(fn);
    if (verdict.kind === 'blocked') return this.block(plan, verdict.reason);
    if (verdict.calls.length === 0) {
      return this.block(plan, isExported(fn) ? 'exported and called nowhere in the analysed files: an entry point' : 'never called in the analysed files');
    }
    let useful = false;
    for (const call of verdict.calls) {
      const callerFile = call.getSourceFile().getFilePath();
      if (!this.program.isRunFile(callerFile)) return this.block(plan, `called from ${this.options.display(callerFile)}, outside the analysed files`);
      let decision: ContextDecision;
      try {
        decision = this.contextAt(call);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        return this.block(plan, `called from ${this.options.display(callerFile)}, which does not parse`);
      }
      if (decision.kind === 'found') {
        plan.args.push({ kind: 'context', call, expression: decision.expression });
        useful = true;
        continue;
      }
      if (decision.kind === 'ambiguous') {
        return this.block(plan, `a caller has several user contexts in scope (${decision.candidates.join(', ')}) at ${this.options.display(callerFile)}:${call.getStartLineNumber()}`);
      }
      const enclosing = decision.kind === 'module-scope' ? { kind: 'module-scope' as const } : enclosingFunction(call);
      if (enclosing.kind === 'function') {
        const caller = functionKey(enclosing.fn) === functionKey(fn) ? plan : undefined;
        if (caller) {
          plan.args.push({ kind: 'parameter', call, caller }); // recursion passes its own parameter on
          continue;
        }
        if (depth + 1 > this.options.maxDepth) {
          plan.args.push({ kind: 'fallback', call, reason: `depth limit (${this.options.maxDepth}) reached` });
          continue;
        }
        const upper = this.resolve(enclosing.fn, depth + 1, plan.type);
        if (upper.status === 'blocked') {
          plan.args.push({ kind: 'fallback', call, reason: `${upper.fn.display}: ${upper.reason}` });
        } else {
          plan.args.push({ kind: 'parameter', call, caller: upper });
          if (upper.status === 'threaded') useful = true;
        }
        continue;
      }
      plan.args.push({ kind: 'fallback', call, reason: enclosing.kind === 'boundary' ? enclosing.reason : 'a top-level call, outside every request' });
    }
    delete plan.reason;
    if (!useful) {
      const firstFallback = plan.args.find((a): a is Extract<Argument, { kind: 'fallback' }> => a.kind === 'fallback');
      return this.block(plan, `no caller within ${this.options.maxDepth} levels holds a user context${firstFallback ? ` (${firstFallback.reason})` : ''}`);
    }
    if (this.options.fallback === 'manual') {
      const fallback = plan.args.find((a) => a.kind === 'fallback');
      if (fallback) return this.block(plan, `a caller would need the fallback, and the fallback is "manual" (${(fallback as { reason: string }).reason})`);
    }
    plan.status = 'threaded';
    return plan;
  }

  /** The checker's references to `fn`, after loading every file that spells its name or an alias of it. */
  private references(fn: NamedFunction) {
    const names = new Set([fn.nameNode.getText()]);
    for (;;) {
      for (const name of names) this.program.addFilesMentioning(name);
      const verdict = classifyReferences(fn, this.options.display);
      if (verdict.kind === 'blocked') return verdict;
      const entry = this.publicEntryOf(fn);
      if (entry) return { kind: 'blocked' as const, reason: `part of the package's public API (exported from ${this.options.display(entry)}): its callers are outside the repo` };
      const before = names.size;
      for (const alias of verdict.aliases) names.add(alias);
      if (names.size === before) return verdict;
    }
  }

  entryFiles: ReadonlySet<string> = new Set();

  /** The package entry file that exports `fn` (directly, by name, or through `export *`), if any. */
  private publicEntryOf(fn: NamedFunction): string | undefined {
    if (!isExported(fn)) return undefined;
    // A method is public when its class is.
    const declaration = Node.isMethodDeclaration(fn.node) ? fn.node.getParent() : Node.isFunctionDeclaration(fn.node) ? fn.node : fn.node.getParent();
    for (const path of this.entryFiles) {
      const entry = this.program.file(path);
      for (const declarations of entry.getExportedDeclarations().values()) {
        if (declarations.includes(declaration as never)) return path;
      }
    }
    return undefined;
  }

  /** The context decision at a call, asked of the same analysis the rules use. */
  private contextAt(call: CallExpression): ContextDecision {
    const input = this.program.analysisInput(call.getSourceFile().getFilePath());
    const start = call.getStart();
    const end = call.getEnd();
    const node = nodesOfTypes(input.ast, ['CallExpression']).find((n) => n.range[0] === start && n.range[1] === end) as TSESTree.CallExpression | undefined;
    if (!node) return { kind: 'none' };
    return findContext(node, input, this.config);
  }

  /**
   * The class's constructor takes the context as a plain parameter, and the site can reach
   * `this`: keeping that parameter as a field serves every method without touching a caller.
   */
  private promotableConstructorParameter(fn: NamedFunction, site: Node): FunctionPlan['promoted'] {
    // Parameter properties are TypeScript syntax.
    if (!Node.isMethodDeclaration(fn.node) || fn.node.isStatic() || !isTypeScriptFile(fn.node.getSourceFile().getFilePath())) return undefined;
    for (let node = site.getParent(); node && node !== fn.node; node = node.getParent()) {
      if (Node.isFunctionExpression(node) || Node.isFunctionDeclaration(node)) return undefined;
    }
    const owner = fn.node.getParent() as ClassDeclaration;
    const ctor = owner.getConstructors().find((c) => c.hasBody());
    if (!ctor) return undefined;
    const memberNames = new Set(owner.getMembers().map((m) => (Node.hasName(m) ? m.getName() : '')));
    for (const parameter of ctor.getParameters()) {
      if (parameter.isParameterProperty()) continue;
      const name = parameter.getName();
      const typeText = parameter.getTypeNode()?.getText().replace(/^Readonly<(.*)>$/, '$1').split('.').pop();
      const isContext = typeText === this.config.context.type || (typeText === undefined && this.config.context.names.includes(name));
      if (!isContext || memberNames.has(name) || !Node.isIdentifier(parameter.getNameNode())) continue;
      // The constructor must not reassign it (a field would then hold a different value).
      return { parameter, name };
    }
    return undefined;
  }

  /** The type the creator's first parameter is declared with, when it is a type of this repo. */
  private creatorParameterType(seed: Seed, file: SourceFile): ContextType | undefined {
    const source = creatorModuleFor(seed.site, this.config, file.getFilePath());
    const target = source === undefined ? file : file.getImportDeclarations().find((d) => sameModule(d.getModuleSpecifierValue(), source, file.getFilePath()))?.getModuleSpecifierSourceFile();
    const declaration = target?.getExportedDeclarations().get(seed.site.factory.creator)?.[0];
    let fn: Node | undefined = declaration;
    if (declaration && Node.isVariableDeclaration(declaration)) fn = declaration.getInitializer();
    if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return undefined;
    const typeNode = fn.getParameters()[0]?.getTypeNode();
    if (!typeNode || !Node.isTypeReference(typeNode)) return undefined;
    const typeName = typeNode.getTypeName();
    const symbol = typeName.getSymbol();
    const resolved = symbol?.getAliasedSymbol() ?? symbol;
    const typeDeclaration = resolved?.getDeclarations()[0];
    if (!resolved || !typeDeclaration) return undefined;
    const declaringFile = typeDeclaration.getSourceFile().getFilePath();
    if (declaringFile.includes(`${sep}node_modules${sep}`) || declaringFile.includes('/node_modules/')) return undefined;
    return { name: resolved.getName(), from: { file: declaringFile } };
  }

  /**
   * The type a threaded function's parameter is declared with: the creator's parameter type (set
   * while resolving), else the type the first real context reaching it is declared with, where its
   * caller imports that type from — `(req: Request)` with `import { Request } from 'express'`.
   */
  private parameterType(plan: FunctionPlan, seen = new Set<FunctionPlan>()): ContextType | undefined {
    if (plan.type) return plan.type;
    if (seen.has(plan)) return undefined;
    seen.add(plan);
    for (const arg of plan.args) {
      const type = arg.kind === 'context' ? this.declaredType(arg.call, arg.expression)
        : arg.kind === 'parameter' && arg.caller.status === 'threaded' ? this.parameterType(arg.caller, seen) : undefined;
      if (type) return type;
    }
    return undefined;
  }

  /** The type node the context expression at `at` is declared with: a binding, or `this.<field>`. */
  private contextTypeNode(at: Node, expression: string): Node | undefined {
    const field = THIS_FIELD.exec(expression)?.[1];
    if (field !== undefined) {
      const owner = at.getFirstAncestor((node) => Node.isClassDeclaration(node) || Node.isClassExpression(node)) as ClassDeclaration | undefined;
      const property = owner?.getProperty(field) ?? owner?.getConstructors()[0]?.getParameters().find((p) => p.isParameterProperty() && p.getName() === field);
      return property?.getTypeNode();
    }
    if (!IDENTIFIER.test(expression)) return undefined;
    const binding = at.getProject().getTypeChecker().getSymbolsInScope(at, ts.SymbolFlags.Variable).find((s) => s.getName() === expression);
    const declaration = binding?.getDeclarations()[0];
    if (!declaration || !(Node.isParameterDeclaration(declaration) || Node.isVariableDeclaration(declaration))) return undefined;
    return declaration.getTypeNode();
  }

  /** The importable type the context expression at `at` (`req`, `this.userContext`) is annotated with. */
  private declaredType(at: Node, expression: string): ContextType | undefined {
    const typeNode = this.contextTypeNode(at, expression);
    // A bare name only: type arguments could name types the callee's file cannot see.
    if (!typeNode || !Node.isTypeReference(typeNode) || typeNode.getTypeArguments().length > 0) return undefined;
    const typeName = typeNode.getTypeName();
    if (!Node.isIdentifier(typeName)) return undefined;
    const typeDeclaration = typeName.getSymbol()?.getDeclarations()[0];
    if (!typeDeclaration) return undefined;
    if (Node.isImportSpecifier(typeDeclaration)) {
      const from = typeDeclaration.getImportDeclaration();
      const specifier = from.getModuleSpecifierValue();
      if (!specifier.startsWith('.')) return { name: typeDeclaration.getName(), from: { specifier } };
      const file = from.getModuleSpecifierSourceFile()?.getFilePath();
      return file ? { name: typeDeclaration.getName(), from: { file } } : undefined;
    }
    const declaringFile = typeDeclaration.getSourceFile().getFilePath();
    if (Node.isExportable(typeDeclaration) && typeDeclaration.isExported() && !declaringFile.split(sep).includes('node_modules')) {
      return { name: typeName.getText(), from: { file: declaringFile } };
    }
    return undefined;
  }

  private specifierFor(type: ContextType, inFile: string): string {
    if ('specifier' in type.from) return type.from.specifier;
    let specifier = relativePath(dirname(inFile), type.from.file).split(sep).join('/');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const stem = specifier.replace(/\.d\.[cm]?ts$/, '').replace(SOURCE_EXTENSION, '');
    if (!this.program.specifierExtension) return stem;
    const ext = /\.mts$/.test(type.from.file) ? '.mjs' : /\.cts$/.test(type.from.file) ? '.cjs' : '.js';
    return stem + ext;
  }

  /**
   * What `file` calls the context type, and the import that brings it in: the name the file
   * already imports it under, else its own name, else — when the file binds that name to
   * something else (`interface RequestContext` of its own) — an alias named after the module
   * (`RequestContext as ContextRequestContext`), so the annotation never names the wrong type.
   */
  private localTypeName(file: SourceFile, type: ContextType, pending: ReadonlyArray<TypeImport>): { name: string; import?: TypeImport } {
    const source = this.specifierFor(type, file.getFilePath());
    const samePending = pending.find((p) => p.name === type.name && p.source === source);
    if (samePending) return { name: samePending.alias ?? samePending.name };
    for (const declaration of file.getImportDeclarations()) {
      const fromFile = declaration.getModuleSpecifierSourceFile()?.getFilePath();
      const same = 'specifier' in type.from ? sameModule(declaration.getModuleSpecifierValue(), type.from.specifier, file.getFilePath()) : fromFile === type.from.file;
      if (!same) continue;
      const named = declaration.getNamedImports().find((n) => n.getName() === type.name);
      if (named) return { name: named.getAliasNode()?.getText() ?? type.name };
    }
    const taken = (name: string) => file.getLocal(name) !== undefined || pending.some((p) => (p.alias ?? p.name) === name);
    if (!taken(type.name)) return { name: type.name, import: { name: type.name, source } };
    const words = source.replace(SOURCE_EXTENSION, '').split('/').pop()!.replace(/(?:^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, c: string) => c.toUpperCase());
    // `./2fa` has no name to lend: an identifier cannot start with a digit.
    const stem = /^[A-Za-z]/.test(words) ? words : `Imported${words}`;
    let alias = `${stem}${type.name}`;
    for (let n = 2; taken(alias); n++) alias = `${stem}${type.name}${n}`;
    return { name: alias, import: { name: type.name, alias, source } };
  }

  private defaultType(inFile: string): ContextType {
    return { name: this.config.context.type, from: { specifier: contextModuleSpecifier(this.config, inFile, this.program.analysisInput(inFile).ast) } };
  }

  /**
   * The edits, per file, for the seeds that were threaded: each threaded function reached from
   * one gains its parameter, each of its calls passes a context (or, at a boundary, the
   * fallback). A call whose caller did not end up threaded falls back at that call.
   */
  apply(outcomes: readonly SeedOutcome[]): { files: Map<string, ThreadedFileEdits>; boundaries: Boundary[]; applied: Set<FunctionPlan> } {
    const files = new Map<string, { siteContexts: Map<number, string>; edits: TextEdit[]; needsRequireUserContext: boolean; typeImports: TypeImport[] }>();
    const entry = (file: string) => {
      let value = files.get(file);
      if (!value) files.set(file, (value = { siteContexts: new Map(), edits: [], needsRequireUserContext: false, typeImports: [] }));
      return value;
    };
    const boundaries: Boundary[] = [];
    const applied = new Set<FunctionPlan>();
    const promotedParameters = new Set<Node>();
    const applyPlan = (plan: FunctionPlan) => {
      if (applied.has(plan)) return;
      applied.add(plan);
      const file = plan.fn.node.getSourceFile().getFilePath();
      if (plan.promoted) {
        // Several methods of one class share the promoted parameter: one edit for all.
        if (!promotedParameters.has(plan.promoted.parameter)) {
          promotedParameters.add(plan.promoted.parameter);
          entry(file).edits.push({ range: [plan.promoted.parameter.getStart(), plan.promoted.parameter.getStart()], text: 'private readonly ' });
        }
        return;
      }
      const typeScript = isTypeScriptFile(file);
      const type = this.parameterType(plan) ?? this.defaultType(file);
      const local = typeScript ? this.localTypeName(plan.fn.node.getSourceFile(), type, entry(file).typeImports) : undefined;
      entry(file).edits.push(parameterEdit(plan.fn.node, local ? `${plan.parameter}: ${local.name}` : plan.parameter));
      if (local?.import) entry(file).typeImports.push(local.import);
      for (const arg of plan.args) {
        const callFile = arg.call.getSourceFile().getFilePath();
        let text: string;
        if (arg.kind === 'context') text = arg.expression;
        else if (arg.kind === 'parameter' && arg.caller.status === 'threaded') {
          applyPlan(arg.caller);
          text = arg.caller.parameter;
        } else {
          const reason = arg.kind === 'fallback' ? arg.reason : `${arg.caller.fn.display}: ${arg.caller.reason ?? 'not threaded'}`;
          const enclosing = enclosingFunction(arg.call);
          boundaries.push({ ...this.ref(arg.call, enclosing.kind === 'function' ? enclosing.fn.display : enclosing.kind === 'boundary' ? enclosing.display : '<module>'), callee: plan.fn.display, reason });
          entry(callFile).needsRequireUserContext = true;
          text = `${REQUIRE_USER_CONTEXT}()`;
        }
        entry(callFile).edits.push(argumentEdit(arg.call, text));
      }
    };
    for (const outcome of outcomes) {
      if (!outcome.plan) continue;
      applyPlan(outcome.plan);
      entry(outcome.seed.file).siteContexts.set(outcome.seed.site.node.range[0], outcome.plan.parameter);
    }
    boundaries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    return { files: files as Map<string, ThreadedFileEdits>, boundaries, applied };
  }

  /** Every function that gains the parameter on behalf of `plan`, itself first, and where real contexts enter. */
  chainOf(plan: FunctionPlan): { chain: FunctionRef[]; contextFrom: Array<FunctionRef & { context: string }> } {
    const chain: FunctionRef[] = [];
    const contextFrom: Array<FunctionRef & { context: string }> = [];
    const seen = new Set<FunctionPlan>();
    const visit = (p: FunctionPlan) => {
      if (seen.has(p)) return;
      seen.add(p);
      chain.push(p.ref);
      if (p.promoted) {
        contextFrom.push({ ...this.ref(p.promoted.parameter, `${(p.fn.node as MethodDeclaration).getParent().asKind(SyntaxKind.ClassDeclaration)?.getName() ?? '<class>'}.constructor`), context: p.promoted.name });
        return;
      }
      for (const arg of p.args) {
        if (arg.kind === 'context') {
          const enclosing = enclosingFunction(arg.call);
          contextFrom.push({ ...this.ref(arg.call, enclosing.kind === 'function' ? enclosing.fn.display : '<callback>'), context: arg.expression });
        } else if (arg.kind === 'parameter' && arg.caller.status === 'threaded') visit(arg.caller);
      }
    };
    visit(plan);
    return { chain, contextFrom };
  }
}
