import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { constantType, nameResolverFor } from './bound-names.js';
import { containerSlotHolders, importedContainerWrite } from './container-slots.js';
import { madeWithOwnCredentials } from './credentialed-clients.js';
import { makesPageClass, moduleRunsOnlyInBrowser, PAGE_GLOBAL_OBJECTS, runsOnlyInBrowser, startsWebWorker, usesBrowserExtensionApi, type NameResolver } from './browser-only.js';
import { cachedValue, constructingClass, declaredGlobalType, globalMember, returnedAsDeclared } from './global-objects.js';
import { isGeneratedFile } from './generated-code.js';
import { constructsValues, holdsValues } from './holds-values.js';
import { lazyBindingHolders, nextStateOf } from './lazy-binding-holders.js';
import { isModuleCustomizationHooks } from './loader-hooks.js';
import { isBundlerPlugin } from './bundler-plugins.js';
import { memoWrapper } from './memo-holders.js';
import { isLibraryBuild, onMinifiedLine } from './minified.js';
import { runsAsOneShotScript } from './one-shot-script.js';
import { commandLineProgram } from './command-line-program.js';
import { fillSourceOf } from './own-configuration.js';
import { isNoOpClass, producerName, producesObject } from './produces-object.js';
import { makesPerRequestCache, perRequestCachesIn } from './request-caches.js';
import { clientsSignedInByRequests, holdersSetFromRequests, requestStateWrites } from './request-state.js';
import { conversationsKeptByProviders } from './provider-conversations.js';
import { conversationMemoriesSharedByRequests, conversationsSharedByRequests } from './shared-conversations.js';
import { chatSessionsSharedByRequests } from './shared-chat-sessions.js';
import { clientsSignedInForCallers } from './shared-sign-ins.js';
import { threadsSharedByRequests } from './shared-threads.js';
import { allowed, keepsOnlyRequestStores, sharedByDesign } from './shared-by-design.js';
import { runsInSingleUserProcess } from './single-user-process.js';
import { STANDARD_GLOBALS } from './standard-globals.js';
import { staticHolders } from './static-holders.js';
import { insideTestCallback } from './test-callbacks.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { calleeText, nodesOfTypes, unwrapExpression, writingFunction } from './walk.js';

/**
 * `export const registry = new ToolRegistry()`: an instance of a singleton-named class made as the
 * module loads — or of a cache made for one request (`new DataLoader(…)`, see request-caches.ts),
 * alone or as a property of a module-level object (`export const loaders = { user: new DataLoader(…) }`).
 */
function eagerHolder(node: TSESTree.Node, name: string, value: TSESTree.Node | null | undefined, config: ResolvedConfig, names: NameResolver, out: HolderFinding[]): void {
  if (!value) return;
  const expr = unwrapExpression(value);
  if (expr.type === 'ObjectExpression') {
    for (const cache of perRequestCachesIn(expr, name === 'default export' ? 'default' : name)) {
      const className = producerName(cache.made)?.split('.').pop();
      if (className && !allowed(config, cache.name, className)) out.push({ node: cache.node, name: cache.name, shape: 'eager-instance', className });
    }
    return;
  }
  if (expr.type !== 'NewExpression') return;
  const producer = producerName(expr);
  const className = producer?.split('.').pop();
  if (!className || isNoOpClass(className)) return;
  if (makesPerRequestCache(expr)) {
    if (!allowed(config, name, className)) out.push({ node, name, shape: 'eager-instance', className });
    return;
  }
  if (!config.singletonClassPattern.test(className)) return;
  if (allowed(config, name, className) || sharedByDesign(name, producer, node)) return;
  if (keepsOnlyRequestStores(node, className) || makesPageClass(expr, names)) return;
  out.push({ node, name, shape: 'eager-instance', className });
}

/**
 * Module-lifetime instance holders: what makes one instance serve every request. Function
 * locals, module-level-only assignments, `static readonly` constants, frozen config, loggers,
 * metric instruments and anything in `allow` are left alone.
 */
export function findHolders(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const names = nameResolverFor(input);
  // An editor extension's, a desktop app's or a browser extension's module: its process serves
  // one user. A module whose top level reads `document`: no server can import it; one that starts
  // a Web Worker with the page's own constructor runs on a page too. A script that
  // runs once and exits serves none, nor does a command-line program, which serves whoever typed
  // the command. A library's build keeps the library's state, a generator's
  // output the generator's. Module customization hooks run in Node's loader thread, which no
  // request reaches, and a bundler's plugin in the bundler.
  if (runsInSingleUserProcess(input.ast) || moduleRunsOnlyInBrowser(input.ast, names) || usesBrowserExtensionApi(input.ast, names) || startsWebWorker(input.ast, names) || runsAsOneShotScript(input.ast) || commandLineProgram(input) !== undefined || isLibraryBuild(input) || isGeneratedFile(input) || isModuleCustomizationHooks(input.ast) || isBundlerPlugin(input.ast)) return [];
  const out: HolderFinding[] = [];
  const seenGlobals = new Set<string>();
  for (const node of nodesOfTypes(input.ast, ['ClassDeclaration', 'ClassExpression', 'VariableDeclarator', 'ExportDefaultDeclaration', 'AssignmentExpression'])) {
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') staticHolders(node, config, out);
    else if (node.type === 'VariableDeclarator' && node.parent?.parent?.type === 'Program' || node.type === 'VariableDeclarator' && node.parent?.parent?.type === 'ExportNamedDeclaration') {
      if (node.id.type === 'Identifier') {
        eagerHolder(node, node.id.name, node.init, config, names, out);
        memoWrapper(node, input, config, out);
        containerSlotHolders(node, config, out);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      eagerHolder(node, 'default export', node.declaration as TSESTree.Node, config, names, out);
    } else if (node.type === 'AssignmentExpression' && node.parent?.type === 'ExpressionStatement' && node.parent.parent?.type === 'Program') {
      const left = unwrapExpression(node.left);
      // module.exports = new XManager() / exports.registry = new XRegistry()
      if (left.type === 'MemberExpression') {
        const text = calleeText(left);
        if (text === 'module.exports' || text?.startsWith('exports.') || text?.startsWith('module.exports.')) eagerHolder(node, text, node.right, config, names, out);
      }
    }
    if (node.type === 'AssignmentExpression') {
      importedContainerWrite(node, input, config, out);
      const member = globalMember(node.left, input);
      const key = member && `${member.object}${member.slot}`;
      const value = key ? cachedValue(node.right, input) : node.right;
      const keptThis = key !== undefined && unwrapExpression(node.right).type === 'ThisExpression' ? constructingClass(node) : undefined;
      // `globalThis.fetch = vi.fn()` in a test case stubs a global; it caches nothing. `window.x`
      // and `self.x` are a page's (or a web worker's): a server has neither. `globalThis.fetch =
      // nodeFetch` anywhere polyfills the platform.
      // A slot the file declares as holding values (`declare global { var __cache: Map<string, Bundle> }`),
      // or one a function declared to return values hands out, or a `const` declared so that it
      // is handed (mtg-ai-assistant's `const cache: Map<string, { type_line?: string }> =
      // globalThis.__csCache ?? new Map(); globalThis.__csCache = cache`), keeps no instance; nor does
      // one given a container its type arguments say holds values (ai-resume-builder's
      // `globalForPdfStorage.pdfMemoryStore = new Map<string, Buffer>()`).
      const declared = key ? declaredGlobalType(input, node.left) ?? returnedAsDeclared(node) ?? constantType(input, node.right) : undefined;
      if (key && !seenGlobals.has(key) && (producesObject(value) || keptThis !== undefined) && !insideTestCallback(node) && !PAGE_GLOBAL_OBJECTS.has(member!.object)
        && !STANDARD_GLOBALS.has(member!.slot.slice(1)) && !runsOnlyInBrowser(node.left, names) && !holdsValues(declared) && !constructsValues(value) && !nextStateOf(node.right, (read) => globalMember(read, input)?.slot === member!.slot)) {
        const producer = keptThis ?? producerName(value);
        const filledBy = writingFunction(node);
        // A package's client made with the process's own secret, as a module variable's would be
        // left alone (madeWithOwnCredentials): v0-effizienz-praxis' `globalThis.__supabaseAdmin =
        // createClient(url, serviceRoleKey)`.
        if (!allowed(config, key, key.split('.').pop(), producer) && !sharedByDesign(key.split('.').pop()!, producer, node, declared)
          && !madeWithOwnCredentials([{ value, fill: fillSourceOf(value, filledBy, true) }])) {
          seenGlobals.add(key);
          out.push({ node, name: key, shape: 'global-cache', ...(producer ? { className: producer } : {}), ...(filledBy ? { filledBy } : {}) });
        }
      }
    }
  }
  lazyBindingHolders(input, config, names, out);
  // A conversation's memory the module makes once, whatever its class is called otherwise (BufferMemory).
  out.push(...conversationMemoriesSharedByRequests(input, config));
  // A slot a handler sets from its request is reported as that, whatever else it holds: the
  // request's data is what reaches the next user, and keeping it per request is the fix. So is one
  // conversation every request talks into (a list, a provider's field, a thread, a chat session).
  // The conversation's own finding first: a thread id a handler keeps is also a write from its
  // request, and the message that names the thread says more.
  const requestState = [...threadsSharedByRequests(input, config), ...chatSessionsSharedByRequests(input, config),
    ...requestStateWrites(input, config), ...holdersSetFromRequests(input, out), ...clientsSignedInByRequests(input, config, out), ...clientsSignedInForCallers(input, config, out),
    ...conversationsSharedByRequests(input, config), ...conversationsKeptByProviders(input, config)];
  const setFromRequests = new Set(requestState.map((holder) => holder.name));
  // One finding per holder: `let r = new XRegistry()` later refilled lazily is still one holder.
  // None in minified code (sim's sandbox bundles, a vendored worker bundle): a bundler's
  // variables are changed in the library it bundles, not in the bundle.
  const seen = new Set<string>();
  return [...requestState, ...out.filter((holder) => !setFromRequests.has(holder.name))]
    .sort((a, b) => a.node.range[0] - b.node.range[0])
    .filter((holder) => !seen.has(holder.name) && (seen.add(holder.name), true))
    .filter((holder) => !onMinifiedLine(input.text, holder.node.range[0]));
}
