import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FactorySpec } from '../config/index.js';

/**
 * The shared vocabulary of src/analysis. The ESLint rules, the gate and the codemod all ask
 * the same questions through these types, so an answer can't differ between editor, CI and
 * migration.
 */

/** What the analysis needs of a parsed file: ESLint's SourceCode satisfies it, and so does `parseFile`. */
export interface AnalysisInput {
  readonly text: string;
  readonly ast: TSESTree.Program;
  readonly scopeManager: TSESLint.Scope.ScopeManager | null;
}

/** How a site's reference reached the configured getter or class. */
export type SiteVia =
  | 'named' // import { getX } from '…'
  | 'aliased' // import { getX as g } from '…'
  | 'default' // import getX from '…' (the module's default export, under the configured name)
  | 'namespace' // import * as ns from '…'; ns.getX()
  | 'require' // const { getX } = require('…') / require('…').getX()
  | 'dynamic-import' // const { getX } = await import('…')
  | 'local'; // declared in this very module

/** One factory acquisition that is not (yet) per-request. */
export interface FactorySite {
  /** `getter-mock` / `class-mock`: a test double naming the getter or class by string or key (see mocks.ts). */
  readonly kind: 'getter-call' | 'getter-reference' | 'getter-mock' | 'construction' | 'class-mock';
  /** CallExpression for a call, Identifier/MemberExpression for a reference, NewExpression for a construction. */
  readonly node: TSESTree.Node;
  readonly factory: FactorySpec;
  readonly via: SiteVia;
  /** The module specifier the getter/class was imported from, when imported. */
  readonly source?: string;
}

/** A call of a configured creator, compliant or not (for require-user-context and compliance %). */
export interface CreatorCall {
  readonly node: TSESTree.CallExpression;
  readonly factory: FactorySpec;
  /** Why it is not compliant; undefined when a real context argument is passed. */
  readonly problem?: 'missing-context' | 'placeholder-context';
}

/** Which user-context expression is in scope at a site. Never a guess. */
export type ContextDecision =
  | { readonly kind: 'found'; readonly expression: string; readonly source: 'typed-binding' | 'named-binding' | 'this-member' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  /** Outside every function: would run at import time, outside every request. */
  | { readonly kind: 'module-scope' };

export type HolderShape =
  | 'lazy-module-binding' // let x; function get() { if (!x) x = new C(); return x }
  | 'memoised-promise' // let p: Promise<T> | undefined; … p ??= init()
  | 'static-holder' // class C { static instance; static getInstance() { … } }
  | 'eager-instance' // export const f = new XFactory() / export default new XRegistry()
  | 'global-cache' // globalThis.__x ??= new C()
  | 'iife-closure' // const get = (() => { let i; return () => (i ??= new C()) })()
  | 'once-wrapper' // const get = once(() => new C())
  | 'named-global-cache' // export const engine = singleton('engine', () => new Engine())
  | 'container-slot' // export const globals: { agentManager?: AgentManager } = {}
  | 'request-state'; // export async function POST(req) { globalThis.__userId = (await req.json()).userId }

/** A module-lifetime instance holder. */
export interface HolderFinding {
  readonly node: TSESTree.Node;
  /** The holder's name as a reader knows it (binding, `Class.instance`, `globalThis.key`). */
  readonly name: string;
  readonly shape: HolderShape;
  readonly className?: string;
  /** A module variable a function assigns without looking at it first (`start()`): not filled on first use, but set there. */
  readonly assignedIn?: string;
  /** The function that fills it (a lazy holder's getter, a static holder's method, a global cache's), when one does. */
  readonly filledBy?: TSESTree.Node;
  /** A request-state write's: the handler's parameter the value came from (`req`). */
  readonly requestParameter?: string;
  /** A request-state write's, when it goes through a holder: `it through setUser()`, `its userId`. */
  readonly through?: string;
  /** A request-state list's: the method a handler adds its request's data with (`push()`): the list is every request's. */
  readonly appendedBy?: string;
  /** A conversation thread a handler keeps for every request (shared-threads.ts): the call that made it (`openai.beta.threads.create()`). */
  readonly threadMadeBy?: string;
  /** … and what it made: a `thread`, a stored `conversation`, a `response` the next call continues from. */
  readonly threadKind?: 'thread' | 'conversation' | 'response';
  /** A chat session the module starts once (shared-chat-sessions.ts): the call that started it (`model.startChat()`) … */
  readonly chatStartedBy?: string;
  /** … and how requests reach it. */
  readonly chatReached?: string;
  /** A client a function of the module signs in with its caller's credentials (shared-sign-ins.ts): the setter (`setCredentials()`) … */
  readonly signedInThrough?: string;
  /** … and how requests reach the function. */
  readonly signInReached?: string;
  /** A conversation a NestJS provider keeps in a field (provider-conversations.ts): the provider is one for the app. */
  readonly provider?: boolean;
  /** … and that holder, as the rule would have reported it otherwise (init still finds its getter). */
  readonly holder?: HolderFinding;
  /** A module variable's scope variable (lazy holders): its references are its reads and writes. */
  readonly variable?: TSESLint.Scope.Variable;
}

/** A replacement of `text[start, end)` — what ESLint fixes and the codemod both apply. */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}
