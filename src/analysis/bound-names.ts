import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { NameResolver } from './browser-only.js';
import type { AnalysisInput } from './types.js';
import { importEqualsSource, requiredBindings, staticName, unwrapExpression } from './walk.js';

// What a file's names are bound to, from its scope analysis: the variable a reference resolves
// to, what a constant was given, which import a name came from, where a function is called.

const referencesByIdentifier = new WeakMap<object, Map<TSESTree.Node, TSESLint.Scope.Reference>>();

/**
 * The variable a reference resolves to: null for an undeclared global, undefined when `identifier`
 * is no reference. The file's references are indexed once: a search of them all per question
 * made a minified bundle (anything-llm's 636 KB chat widget) quadratic.
 */
/** The variable `node` declares under `name` (a declarator, an import specifier, a function), if any. */
export function declaredVariable(input: AnalysisInput, node: TSESTree.Node, name: string): TSESLint.Scope.Variable | undefined {
  return input.scopeManager?.getDeclaredVariables(node).find((variable) => variable.name === name);
}

export function resolvedVariable(input: AnalysisInput, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null | undefined {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return undefined;
  let index = referencesByIdentifier.get(scopeManager);
  if (!index) {
    index = new Map();
    for (const scope of scopeManager.scopes) {
      for (const reference of scope.references) if (!index.has(reference.identifier)) index.set(reference.identifier, reference);
    }
    referencesByIdentifier.set(scopeManager, index);
  }
  return index.get(identifier)?.resolved;
}

/** The module's own variable `identifier` names, declared by a `const`/`let`/`var` of the module (or of a script's global scope). */
export function moduleVariable(input: AnalysisInput, identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
  const variable = resolvedVariable(input, identifier);
  if (!variable || variable.defs[0]?.type !== 'Variable' || (variable.scope.type !== 'module' && variable.scope.type !== 'global')) return undefined;
  return variable;
}

/** Whether `identifier` names a declared binding (a parameter, a local) rather than the global object. */
export function declaredLocally(input: AnalysisInput, identifier: TSESTree.Identifier): boolean {
  // `declare const self: ServiceWorkerGlobalScope` types the global; it binds nothing of its own.
  return (resolvedVariable(input, identifier)?.defs ?? []).some((def) => !(def.type === 'Variable' && (def.parent as TSESTree.VariableDeclaration).declare));
}

/** The declarator of the `const` binding `node` names (`const client = new PrismaClient()`), when it binds the name itself (not a destructured part). */
function constantDeclarator(input: AnalysisInput, node: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
  const identifier = unwrapExpression(node);
  if (identifier.type !== 'Identifier') return undefined;
  const variable = resolvedVariable(input, identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || (def.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  return declarator.id === def.name ? declarator : undefined;
}

/** What a `const` binding `node` names was initialised with (`const PRISMA = 'prisma'`, `const client = new PrismaClient()`); undefined for anything else. */
export function constantInit(input: AnalysisInput, node: TSESTree.Node): TSESTree.Node | undefined {
  return constantDeclarator(input, node)?.init ?? undefined;
}

/** The type a `const` is declared with: `Map<string, Card>` for `const cache: Map<string, Card> = …`. */
export function constantType(input: AnalysisInput, node: TSESTree.Node): TSESTree.TypeNode | undefined {
  return constantDeclarator(input, node)?.id.typeAnnotation?.typeAnnotation;
}

/**
 * `source#imported` for a name an import declaration binds (`'esm-env#BROWSER'`; `#default`, `#*`
 * for a namespace), or a `const` bound to a `require()`: the module as a default import would bind
 * it (uptime-kuma's `const Cron = require('croner')`), a name taken from it (`const { CronJob } =
 * require('cron')`, `const CronJob = require('cron').CronJob`).
 */
function importedAs(input: AnalysisInput, identifier: TSESTree.Identifier): string | undefined {
  const def = resolvedVariable(input, identifier)?.defs[0];
  if (def?.type === 'Variable') return requiredAs(def.node as TSESTree.VariableDeclarator, def.name as TSESTree.Identifier);
  if (def?.type !== 'ImportBinding') return undefined;
  // `import helper = require('./helper')`: the module as a `const` bound to a `require()` is.
  if (def.node.type === 'TSImportEqualsDeclaration') {
    const source = importEqualsSource(def.node);
    return source === undefined ? undefined : `${source}#default`;
  }
  const specifier = def.node as TSESTree.ImportClause;
  const declaration = specifier.parent as TSESTree.ImportDeclaration;
  const imported = specifier.type === 'ImportSpecifier' ? staticName(specifier.imported) : specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
  return `${declaration.source.value}#${imported}`;
}

/** The module and the name there an import declaration binds `identifier` to (`default`, `*` for a namespace). */
export function importedFrom(input: AnalysisInput, identifier: TSESTree.Identifier): { source: string; name: string } | undefined {
  const imported = importedAs(input, identifier);
  if (imported === undefined) return undefined;
  const at = imported.lastIndexOf('#');
  return { source: imported.slice(0, at), name: imported.slice(at + 1) };
}

/**
 * The call `callee` makes when it is one of `callees` — by package, then name: `default` for a
 * default import, the member for a namespace or an object imported by name (`cron.schedule`,
 * `NestFactory.create`) — with how it reads (`cron.schedule()`) and the package it came from.
 */
export function importedCallee(callee: TSESTree.Node, input: AnalysisInput, callees: ReadonlyMap<string, ReadonlySet<string>>): { label: string; source: string } | undefined {
  const node = unwrapExpression(callee);
  const root = node.type === 'MemberExpression' ? unwrapExpression(node.object) : node;
  if (root.type !== 'Identifier') return undefined;
  const imported = importedFrom(input, root);
  if (imported === undefined) return undefined;
  const member = node.type === 'MemberExpression' ? staticName(node.property) : imported.name;
  if (member === undefined || !callees.get(imported.source)?.has(member)) return undefined;
  return { label: node.type === 'MemberExpression' ? `${root.name}.${member}()` : `${root.name}()`, source: imported.source };
}

/** What a file's names are bound to, for the browser-only tests (see NameResolver). */
export function nameResolverFor(input: AnalysisInput): NameResolver {
  return {
    constantInit: (node) => constantInit(input, node),
    declaredLocally: (identifier) => declaredLocally(input, identifier),
    usesOf: (fn) => usesOf(input, fn),
    importedAs: (identifier) => importedAs(input, identifier),
  };
}

/**
 * The references to the name a function is declared with (`function f() {}`, `const f = () => …`),
 * when that name is its only binding and nothing exports it: every place it can be run from.
 */
function usesOf(input: AnalysisInput, fn: TSESTree.Node): TSESTree.Identifier[] | undefined {
  const scopeManager = input.scopeManager;
  if (!scopeManager) return undefined;
  let declaration: TSESTree.Node | undefined;
  if (fn.type === 'FunctionDeclaration') declaration = fn;
  else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier' && (fn.parent.parent as TSESTree.VariableDeclaration).kind === 'const') declaration = fn.parent;
  if (!declaration || !declaration.parent || declaration.parent.type.startsWith('Export') || declaration.parent.parent?.type.startsWith('Export')) return undefined;
  // A function declaration declares its parameters too: its name is the one defined by the node itself.
  const name = declaration.type === 'FunctionDeclaration' ? declaration.id : (declaration as TSESTree.VariableDeclarator).id;
  const variable = scopeManager.getDeclaredVariables(declaration).find((v) => v.defs[0]?.name === name);
  if (!variable || variable.defs.length !== 1) return undefined;
  return variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier as TSESTree.Identifier);
}

/** `source#name` for a `const` a `require()` binds (see importedAs). */
function requiredAs(declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): string | undefined {
  if ((declarator.parent as TSESTree.VariableDeclaration).kind !== 'const') return undefined;
  const bound = requiredBindings(declarator).find(({ local }) => local === name);
  return bound && `${bound.source}#${bound.imported}`;
}
