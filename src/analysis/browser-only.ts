import type { TSESTree } from '@typescript-eslint/utils';
import { localClass, localFunction, programOf } from './local-types.js';
import { contains, nodesByType, staticName, unwrapExpression } from './walk.js';

/**
 * Whether code runs only in a browser, by the guards around it: the TanStack Query docs'
 * `if (isServer) return makeQueryClient(); else { browserQueryClient ??= makeQueryClient() }`,
 * Dokploy's `if (typeof window === 'undefined') return null;` before `wsClient ??= …`. A cache
 * filled there holds one page's instance, for the one user that page belongs to: no server
 * process ever fills it, so it is no server-side singleton.
 */

/**
 * Globals only a browser defines: `typeof window === 'undefined'` means "on the server". Not
 * `navigator`, which Node has had since 21.
 */
const BROWSER_GLOBALS = new Set(['window', 'document', 'indexedDB', 'localStorage', 'sessionStorage']);
/**
 * What a server throws a ReferenceError on: code that reads one unguarded has run in a browser —
 * or, for `self`, in a web or service worker (Node has no `self`). A page's storage too (leon's
 * chat input keeps `parsedHistory = JSON.parse(localStorage.getItem('history'))`): Node's Web
 * Storage, where it has one, is a flag's file store no server code reads user state from. And the
 * page's address, `location` (forge-exchange's Nuxt composable opens its socket to
 * `${proto}//${location.host}/_ws`), which Node does not define.
 */
const PAGE_GLOBALS = new Set(['window', 'document', 'self', 'localStorage', 'sessionStorage', 'indexedDB', 'location']);
/**
 * Classes only a page defines (Node has none of them): `new MutationObserver(cb)` throws a
 * ReferenceError on a server, as reading `document` does — trigger.dev's theme hook keeps one
 * observer for the page.
 */
const PAGE_ONLY_CLASSES = new Set(['MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'FileReader', 'XMLHttpRequest', 'DOMParser', 'XMLSerializer', 'Image', 'Audio']);
/** The global objects only a page or a web worker has: a cache hung off one is never a server's. */
export const PAGE_GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'self']);
/** The flags frameworks and apps name the side they run on: `isServer` (TanStack Query), `IS_BROWSER`, `isClient`. */
const SERVER_FLAG = /^(?:is|IS_)(?:Server|SERVER)(?:Side|_SIDE)?$/;
const BROWSER_FLAG = /^(?:is|IS_)(?:Browser|BROWSER|Client|CLIENT)(?:Side|_SIDE)?$/;
/**
 * The flags a framework exports under a plainer name, by where they come from: SvelteKit's
 * `browser` (`$app/environment`), esm-env's `BROWSER`. Only the import decides — `browser` is as
 * often a Puppeteer browser kept in a module variable.
 */
const IMPORTED_FLAGS: ReadonlyMap<string, Side> = new Map([
  ['$app/environment#browser', 'browser'],
  ['esm-env#BROWSER', 'browser'],
  ['esm-env#NODE', 'server'],
]);

type Side = 'server' | 'browser';

/** What the guards' names are, from the file's scopes. */
export interface NameResolver {
  /** What a `const` was initialised with (`const isServer = typeof window === 'undefined'`). */
  constantInit(identifier: TSESTree.Node): TSESTree.Node | undefined;
  /** Whether a name is the file's own binding (a parameter named `window`) rather than the global. */
  declaredLocally(identifier: TSESTree.Identifier): boolean;
  /**
   * Where a function is used by name — `function load() {}`, `const load = () => …` — when it is
   * neither exported nor declared twice; undefined for a function without a name of its own.
   */
  usesOf(fn: TSESTree.Node): readonly TSESTree.Identifier[] | undefined;
  /** What an imported name is (`'$app/environment#browser'` for `import { browser } from '$app/environment'`); undefined for anything else. */
  importedAs(identifier: TSESTree.Identifier): string | undefined;
}

const opposite = (side: Side): Side => (side === 'server' ? 'browser' : 'server');

/** `typeof window === 'undefined'` → server; `typeof document !== 'undefined'`, `typeof window === 'object'` → browser. */
function typeofTest(test: TSESTree.BinaryExpression): Side | undefined {
  if (!['===', '==', '!==', '!='].includes(test.operator)) return undefined;
  const [operand, literal] = test.left.type === 'UnaryExpression' ? [test.left, test.right] : [test.right, test.left];
  if (operand.type !== 'UnaryExpression' || operand.operator !== 'typeof') return undefined;
  const argument = unwrapExpression(operand.argument);
  const global = argument.type === 'Identifier' ? argument.name : argument.type === 'MemberExpression' && staticName(argument.object) === 'globalThis' ? staticName(argument.property) : undefined;
  if (global === undefined || !BROWSER_GLOBALS.has(global) || literal.type !== 'Literal') return undefined;
  const whenEqual: Side | undefined = literal.value === 'undefined' ? 'server' : literal.value === 'object' || literal.value === 'function' ? 'browser' : undefined;
  if (whenEqual === undefined) return undefined;
  return test.operator.startsWith('!') ? opposite(whenEqual) : whenEqual;
}

/** The side a test being true says the code runs on, when it says one. */
function sideWhenTrue(test: TSESTree.Node, names: NameResolver, depth = 0): Side | undefined {
  if (depth > 4) return undefined;
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const side = sideWhenTrue(node.argument, names, depth + 1);
    return side && opposite(side);
  }
  if (node.type === 'BinaryExpression') return typeofTest(node);
  if (node.type === 'Identifier') {
    const init = names.constantInit(node);
    if (init) return sideWhenTrue(init, names, depth + 1);
    const flag = IMPORTED_FLAGS.get(names.importedAs(node) ?? '');
    if (flag !== undefined) return flag;
    if (SERVER_FLAG.test(node.name)) return 'server';
    if (BROWSER_FLAG.test(node.name)) return 'browser';
  }
  // `process.browser` (Next.js, webpack), `import.meta.env.SSR` (Vite, SvelteKit), Nuxt's
  // `import.meta.client` and `import.meta.server` (or3-chat's tokenizer worker, started after
  // `if (!import.meta.client) return null`), and their older `process.client`, `process.server`.
  if (node.type === 'MemberExpression') {
    const property = staticName(node.property);
    const onProcess = staticName(node.object) === 'process';
    const onImportMeta = node.object.type === 'MetaProperty';
    if ((property === 'browser' && onProcess) || (property === 'client' && (onProcess || onImportMeta))) return 'browser';
    if (property === 'server' && (onProcess || onImportMeta)) return 'server';
    if (property === 'SSR' && node.object.type === 'MemberExpression' && staticName(node.object.property) === 'env' && node.object.object.type === 'MetaProperty') return 'server';
  }
  return undefined;
}

/**
 * The test a guard function of the file's stands for: `isBrowser()` after `function isBrowser() {
 * return typeof window !== 'undefined' }`, or `hasBroadcastChannel()` returning `isBrowser() &&
 * typeof BroadcastChannel !== 'undefined'` (paralect-chatgpt-clone's cross-tab sync). A function
 * of the module's top level that takes nothing and only returns one expression; undefined for
 * any other call.
 */
function guardTest(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type !== 'CallExpression' || node.arguments.length > 0) return undefined;
  const callee = unwrapExpression(node.callee);
  const fn = callee.type === 'Identifier' ? localFunction(node, callee.name) : undefined;
  if (!fn || fn.params.length > 0) return undefined;
  if (fn.body.type !== 'BlockStatement') return fn.body;
  const [only] = fn.body.body;
  return fn.body.body.length === 1 && only?.type === 'ReturnStatement' && only.argument ? only.argument : undefined;
}

/**
 * The test a `const` of the file's stands for, when it is one of several parts: ai-video-gen-pipeline's
 * `canUseWorkers = typeof window !== 'undefined' && typeof window.Worker !== 'undefined'` (a single
 * test is read through the name by sideWhenTrue).
 */
function constantTest(node: TSESTree.Node, names: NameResolver): TSESTree.Node | undefined {
  const init = node.type === 'Identifier' ? names.constantInit(node) : undefined;
  return init && unwrapExpression(init).type === 'LogicalExpression' ? init : undefined;
}

/** A test that, when true, means the browser: one conjunct saying so is enough. */
function trueMeansBrowser(test: TSESTree.Node, names: NameResolver, depth = 0): boolean {
  const node = unwrapExpression(test);
  if (depth > 8) return false;
  if (node.type === 'LogicalExpression' && node.operator === '&&') return trueMeansBrowser(node.left, names, depth + 1) || trueMeansBrowser(node.right, names, depth + 1);
  if (node.type === 'UnaryExpression' && node.operator === '!') return falseMeansBrowser(node.argument, names, depth + 1);
  const guarded = guardTest(node) ?? constantTest(node, names);
  if (guarded) return trueMeansBrowser(guarded, names, depth + 1);
  return sideWhenTrue(node, names) === 'browser';
}

/** A test that, when false, means the browser: one disjunct saying "server" is enough. */
function falseMeansBrowser(test: TSESTree.Node, names: NameResolver, depth = 0): boolean {
  const node = unwrapExpression(test);
  if (depth > 8) return false;
  if (node.type === 'LogicalExpression' && node.operator === '||') return falseMeansBrowser(node.left, names, depth + 1) || falseMeansBrowser(node.right, names, depth + 1);
  if (node.type === 'UnaryExpression' && node.operator === '!') return trueMeansBrowser(node.argument, names, depth + 1);
  const guarded = guardTest(node) ?? constantTest(node, names);
  if (guarded) return falseMeansBrowser(guarded, names, depth + 1);
  return sideWhenTrue(node, names) === 'server';
}

/** A statement that always leaves the function: `return …;`, `throw …;`, or a block ending in one. */
function leaves(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type === 'BlockStatement') {
    const last = statement.body[statement.body.length - 1];
    return last !== undefined && leaves(last);
  }
  return false;
}

// The variables a framework's bundler writes into the page's code (Next.js', Vite's, Create React
// App's, Expo's, Nuxt's, Gatsby's, SvelteKit's and Astro's public ones): configuration for a page.
const PUBLIC_ENV_VARIABLE = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|PUBLIC_)/;

/** Whether `node` reads only such variables: `process.env.NEXT_PUBLIC_WS_URL`, `import.meta.env.VITE_API ?? process.env.REACT_APP_API`. */
function readsPublicEnv(node: TSESTree.Node): boolean {
  const expr = unwrapExpression(node);
  if (expr.type === 'LogicalExpression') return readsPublicEnv(expr.left) && readsPublicEnv(expr.right);
  if (expr.type !== 'MemberExpression') return false;
  const object = unwrapExpression(expr.object);
  const env = object.type === 'MemberExpression' && staticName(object.property) === 'env' ? unwrapExpression(object.object) : undefined;
  const fromEnv = env !== undefined && ((env.type === 'Identifier' && env.name === 'process') || env.type === 'MetaProperty');
  return fromEnv && PUBLIC_ENV_VARIABLE.test(staticName(expr.property) ?? '');
}

/**
 * Whether evaluating `node` always reads `window`, `document` or `self` (not under `typeof`), or
 * constructs a class only a page has (PAGE_ONLY_CLASSES): only the
 * parts that always run count — an `if`'s test, not its branches; the left of `&&`, not the right —
 * and what stands in for a page's configuration when it is not set: `process.env.NEXT_PUBLIC_WS_URL
 * || window.location.origin` (multi-tenant-challenge's realtime socket, cafesean's session socket)
 * is the page's own address, which no server has.
 */
function readsPageGlobal(node: TSESTree.Node | null | undefined, names: NameResolver): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Identifier':
      return PAGE_GLOBALS.has(node.name) && !names.declaredLocally(node);
    case 'MemberExpression':
      return readsPageGlobal(node.object, names) || (node.computed && readsPageGlobal(node.property, names));
    case 'NewExpression':
      if (node.callee.type === 'Identifier' && PAGE_ONLY_CLASSES.has(node.callee.name) && !names.declaredLocally(node.callee)) return true;
      return readsPageGlobal(node.callee, names) || node.arguments.some((argument) => readsPageGlobal(argument, names));
    case 'CallExpression':
      return readsPageGlobal(node.callee, names) || node.arguments.some((argument) => readsPageGlobal(argument, names)) || iifeReadsPageGlobal(node.callee, names);
    case 'ChainExpression':
    case 'AwaitExpression':
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return readsPageGlobal('expression' in node ? node.expression : node.argument, names);
    case 'UnaryExpression':
      return node.operator !== 'typeof' && readsPageGlobal(node.argument, names);
    case 'BinaryExpression':
      return readsPageGlobal(node.left, names) || readsPageGlobal(node.right, names);
    case 'LogicalExpression':
      return readsPageGlobal(node.left, names) || (node.operator !== '&&' && readsPublicEnv(node.left) && readsPageGlobal(node.right, names));
    case 'ConditionalExpression':
      return readsPageGlobal(node.test, names);
    case 'AssignmentExpression':
      return (node.left.type === 'MemberExpression' && readsPageGlobal(node.left.object, names)) || readsPageGlobal(node.right, names);
    case 'ObjectExpression':
      return node.properties.some((property) => property.type === 'SpreadElement' ? readsPageGlobal(property.argument, names) : readsPageGlobal(property.value, names) || (property.computed && readsPageGlobal(property.key, names)));
    case 'ArrayExpression':
      return node.elements.some((element) => readsPageGlobal(element, names));
    case 'SpreadElement':
      return readsPageGlobal(node.argument, names);
    case 'TemplateLiteral':
      return node.expressions.some((expression) => readsPageGlobal(expression, names));
    case 'ExpressionStatement':
      return readsPageGlobal(node.expression, names);
    case 'IfStatement':
      return readsPageGlobal(node.test, names);
    case 'VariableDeclaration':
      return node.declarations.some((declarator) => readsPageGlobal(declarator.init, names));
    default:
      return false;
  }
}

/**
 * Whether the function an IIFE calls reads a page's global in the statements it always runs, up to
 * the first that may leave early (an `if`, whose test still runs): DorkOS' visual-companion helper,
 * `(function () { const WS_URL = 'ws://' + window.location.host; let ws = null; … })()`, a page
 * script. An async function's body reads them too, but a failure there rejects its promise instead
 * of stopping the module, so only a plain function counts.
 */
function iifeReadsPageGlobal(callee: TSESTree.Node, names: NameResolver): boolean {
  const fn = unwrapExpression(callee);
  if ((fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') || fn.async || fn.generator) return false;
  return alwaysReadsPageGlobal(fn, names);
}

/** Whether a function reads a page's global in the statements it always runs, up to the first that may leave early. */
function alwaysReadsPageGlobal(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression, names: NameResolver): boolean {
  if (fn.body.type !== 'BlockStatement') return readsPageGlobal(fn.body, names);
  for (const statement of fn.body.body) {
    if (readsPageGlobal(statement, names)) return true;
    if (!STRAIGHT_LINE.has(statement.type)) return false;
  }
  return false;
}

/**
 * Whether `made` (`new AnalyticsManager()`) is an instance of a class of the module's own that is
 * page code: one of its methods reads `window`, `document` or `self` unguarded in the statements it
 * always runs (TemuulenBM's chat widget, whose `initialize()` starts `window.setInterval(…)` and
 * listens for the page's `beforeunload`). On a server every call of that method would throw; the
 * instance is the page's, kept for the one user the page belongs to.
 */
export function makesPageClass(made: TSESTree.Node, names: NameResolver): boolean {
  const expr = unwrapExpression(made);
  if (expr.type !== 'NewExpression' || expr.callee.type !== 'Identifier') return false;
  const declaration = localClass(expr, expr.callee.name);
  return declaration !== undefined && declaration.body.body.some((member) => {
    const fn = member.type === 'MethodDefinition' || member.type === 'PropertyDefinition' ? member.value : undefined;
    return (fn?.type === 'FunctionExpression' || fn?.type === 'ArrowFunctionExpression') && alwaysReadsPageGlobal(fn, names);
  });
}

/** Statements after which the next one always runs (a function's declaration is hoisted, and runs nothing). */
const STRAIGHT_LINE = new Set(['VariableDeclaration', 'ExpressionStatement', 'FunctionDeclaration', 'EmptyStatement']);

/**
 * What, among the statements of `block` before `statement`, keeps a server from getting there:
 * `if (typeof window === 'undefined') return null;`, or a read of `window` that would throw
 * (inbox-zero's `if (window.UnicornStudio?.addScene) …` before it loads the script once).
 */
function serverStoppedBefore(block: TSESTree.BlockStatement, statement: TSESTree.Node, names: NameResolver): boolean {
  for (const earlier of block.body) {
    if (earlier === statement) return false;
    if (earlier.type === 'IfStatement' && !earlier.alternate && leaves(earlier.consequent) && falseMeansBrowser(earlier.test, names)) return true;
    if (readsPageGlobal(earlier, names)) return true;
  }
  return false;
}

/**
 * Whether a function body's first statement returns on a server with nothing in hand (iframe-resizer's
 * `(function () { if (typeof window === 'undefined') return; … })()`): nothing declared in the body
 * can run there — a function it declares is hoisted, but no code of the body that could call it,
 * or hand it out, runs on a server.
 */
function serverStoppedFirst(body: TSESTree.BlockStatement, names: NameResolver): boolean {
  const first = body.body.find((statement) => !(statement.type === 'ExpressionStatement' && statement.directive));
  if (first?.type !== 'IfStatement' || first.alternate || !falseMeansBrowser(first.test, names)) return false;
  const exit = first.consequent.type === 'BlockStatement' && first.consequent.body.length === 1 ? first.consequent.body[0]! : first.consequent;
  if (exit.type === 'ThrowStatement') return true;
  const value = exit.type === 'ReturnStatement' ? exit.argument && unwrapExpression(exit.argument) : undefined;
  return exit.type === 'ReturnStatement' && (!value || value.type === 'Literal' || (value.type === 'Identifier' && value.name === 'undefined'));
}

/**
 * React's effect hooks, and Vue's, Svelte's and Solid's mount hooks: a server renders the
 * component but never runs them.
 */
const EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect', 'onMounted', 'onBeforeMount', 'onMount']);

/**
 * Whether `node` is handed to what only a page calls: an effect (`useEffect(() => …)`,
 * `React.useLayoutEffect(load)`, `onMounted(…)`), a data-fetching hook's function (`useQuery(…)`,
 * `useMutation(…)`, `useSWR(…)`) or a JSX event handler (`onClick={() => …}`, `onChange={save}`):
 * a server renders the markup and neither runs an effect, fetches a query nor fires an event.
 */
function handedToPage(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type === 'CallExpression' && parent.arguments[0] === node) {
    const callee = parent.callee;
    const hook = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && staticName(callee.object) === 'React' ? staticName(callee.property) : undefined;
    if (hook !== undefined && (EFFECT_HOOKS.has(hook) || hook === 'useMutation')) return true;
  }
  if (fetchedByDataHook(node)) return true;
  if (parent?.type === 'JSXExpressionContainer' && parent.parent?.type === 'JSXAttribute') {
    const attribute = parent.parent.name;
    return attribute.type === 'JSXIdentifier' && /^on[A-Z]/.test(attribute.name);
  }
  return false;
}

// Data-fetching hooks whose functions a page runs and a server render does not: React Query's
// (TanStack Query's) `useQuery` and kin, SWR's. Not `useSuspenseQuery`, which a streaming server
// render may run.
const DATA_HOOKS = new Set(['useQuery', 'useInfiniteQuery', 'useQueries', 'useMutation', 'useSWR', 'useSWRInfinite', 'useSWRMutation']);
const DATA_HOOK_FUNCTIONS = new Set(['queryFn', 'mutationFn']);

/**
 * Whether `node` is the function a data-fetching hook runs in the page: `useQuery(key, fetch)`
 * (React Query 3's order, SWR's `useSWR(key, fetcher)`), `useQuery({ queryKey, queryFn })`,
 * `useMutation({ mutationFn })` — amplication's code view fetching its folder list through
 * `StorageBaseAxios.instance`.
 */
function fetchedByDataHook(node: TSESTree.Node): boolean {
  let call = node.parent;
  if (call?.type === 'Property' && call.value === node && DATA_HOOK_FUNCTIONS.has(staticName(call.key) ?? '')) call = call.parent?.parent;
  else if (call?.type !== 'CallExpression' || call.arguments[1] !== node) return false;
  if (call?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  const hook = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? staticName(callee.property) : undefined;
  return hook !== undefined && DATA_HOOKS.has(hook);
}

// SvelteKit's navigation (`$app/navigation`): `goto(…)` and its kin throw when called on a server.
const PAGE_NAVIGATION: ReadonlySet<string> = new Set(['goto', 'invalidate', 'invalidateAll', 'pushState', 'replaceState', 'preloadData', 'preloadCode'].map((name) => `$app/navigation#${name}`));

/** A path on the page's own origin (`/api/chat`), not one on another host (`//cdn…`). */
const ROOT_RELATIVE = /^\/(?!\/)/;

/**
 * Whether a URL is a path on the page's own origin: `'/api/chat'`, `` `/api/conversations/${id}` ``,
 * `'/api/' + id`, either branch of `agent ? '/api/agent' : '/api/chat'`, or a `const` holding one.
 */
function rootRelativeUrl(node: TSESTree.Node, names: NameResolver, depth = 0): boolean {
  const value = unwrapExpression(node);
  switch (value.type) {
    case 'Literal':
      return typeof value.value === 'string' && ROOT_RELATIVE.test(value.value);
    case 'TemplateLiteral':
      return ROOT_RELATIVE.test(value.quasis[0]?.value.cooked ?? '');
    case 'BinaryExpression':
      return value.operator === '+' && rootRelativeUrl(value.left, names, depth);
    case 'ConditionalExpression':
      return rootRelativeUrl(value.consequent, names, depth) && rootRelativeUrl(value.alternate, names, depth);
    case 'Identifier': {
      const init = depth < 2 ? names.constantInit(value) : undefined;
      return init !== undefined && rootRelativeUrl(init, names, depth + 1);
    }
    default:
      return false;
  }
}

const pageCallsByProgram = new WeakMap<TSESTree.Node, readonly TSESTree.Node[]>();

/** The file's calls only a page can make (see writtenForPage), found once per parse. */
function pageCalls(program: TSESTree.Node, names: NameResolver): readonly TSESTree.Node[] {
  let calls = pageCallsByProgram.get(program);
  if (!calls) {
    calls = (nodesByType(program).get('CallExpression') ?? []).filter((node) => {
      const { callee, arguments: args } = node as TSESTree.CallExpression;
      if (callee.type !== 'Identifier') return false;
      if (callee.name === 'fetch' && !names.declaredLocally(callee)) return args[0] !== undefined && rootRelativeUrl(args[0], names);
      return PAGE_NAVIGATION.has(names.importedAs(callee) ?? '');
    });
    pageCallsByProgram.set(program, calls);
  }
  return calls;
}

/**
 * Whether a function is written for a page by what it calls: the global `fetch` on a path of the
 * page's own origin (KlimCode's chat store, `fetch('/api/conversations')`), which a server cannot
 * resolve — Node's `fetch` takes only an absolute URL, and a server's data loaders are handed a
 * `fetch` of their own (SvelteKit's `load({ fetch })`), a binding of the file's; or SvelteKit's
 * `goto(…)` (`$app/navigation`), which throws on a server (ConGustoAI's chat, whose
 * `_submitConversationClientSide()` keeps the page's `abortController`). What such a function
 * fills lives in one person's page.
 */
function writtenForPage(fn: TSESTree.Node, names: NameResolver): boolean {
  const program = programOf(fn);
  return program !== undefined && pageCalls(program, names).some((call) => call.range[0] >= fn.range[0] && call.range[1] <= fn.range[1]);
}

/** How many named functions deep runsOnlyInBrowser follows a function to the places that call it. */
const CALLER_DEPTH = 3;

/**
 * Whether a named function only ever runs in a browser: every use of its name is a call that
 * does (midday's `getSupabaseClient()` called in a `useEffect`), or hands it to an effect or an
 * event handler (`onClick={connect}`). A call inside the function itself runs only once the
 * function does (options-trading's `connectWebSocket()`, called again from its socket's `onclose`
 * to reconnect): the calls from elsewhere decide.
 */
function usedOnlyInBrowser(fn: TSESTree.Node, names: NameResolver, depth: number): boolean {
  if (depth >= CALLER_DEPTH) return false;
  const uses = names.usesOf(fn)?.filter((use) => !contains(fn, use));
  if (!uses || uses.length === 0) return false;
  return uses.every((use) => {
    if (handedToPage(use)) return true;
    const call = use.parent;
    return call?.type === 'CallExpression' && call.callee === use && runsOnlyInBrowser(call, names, depth + 1);
  });
}

/**
 * Whether `node` runs only in a browser: inside a branch a browser test guards, after the server
 * returned early, after what only a page has was read, or in an effect or an event handler — or
 * in a function only such code calls.
 */
export function runsOnlyInBrowser(node: TSESTree.Node, names: NameResolver, depth = 0): boolean {
  // Filled with what only a page has: `observer ??= new IntersectionObserver(cb, { root: document.body })`.
  if (node.parent?.type === 'AssignmentExpression' && node.parent.left === node && readsPageGlobal(node.parent.right, names)) return true;
  for (let current = node; current.parent; current = current.parent) {
    // A function declaration exists from the start of its scope, before any guard ran; a
    // function expression or arrow is made where it stands, so the guards around it hold inside.
    if (current.type === 'FunctionDeclaration') return (current.parent.type === 'BlockStatement' && serverStoppedFirst(current.parent, names)) || usedOnlyInBrowser(current, names, depth) || writtenForPage(current, names);
    if (current.type === 'ArrowFunctionExpression' || current.type === 'FunctionExpression') {
      if (handedToPage(current) || usedOnlyInBrowser(current, names, depth) || writtenForPage(current, names)) return true;
    }
    const parent = current.parent;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== current) {
      if (parent.consequent === current ? trueMeansBrowser(parent.test, names) : falseMeansBrowser(parent.test, names)) return true;
    }
    if (parent.type === 'LogicalExpression' && parent.right === current) {
      if (parent.operator === '&&' ? trueMeansBrowser(parent.left, names) : parent.operator === '||' && falseMeansBrowser(parent.left, names)) return true;
    }
    if (parent.type === 'BlockStatement' && serverStoppedBefore(parent, current, names)) return true;
  }
  return false;
}

/**
 * Whether the module itself runs only in a browser: a statement of its top level reads `window`,
 * `document` or `self` unguarded (`const root = document.getElementById('root')`, a service
 * worker's `self.addEventListener('install', …)`), so importing it on a server throws before any
 * of its functions could fill a holder.
 */
export function moduleRunsOnlyInBrowser(program: TSESTree.Program, names: NameResolver): boolean {
  return program.body.some((statement) => readsPageGlobal(statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement, names));
}

/**
 * The WebExtension APIs (`chrome.runtime.connect(…)`, `browser.tabs.query(…)`): only a browser
 * extension's scripts have them. `browser` is also WebdriverIO's global, whose methods are
 * none of these.
 */
const EXTENSION_APIS = new Set(['runtime', 'tabs', 'storage', 'scripting', 'windows', 'webNavigation', 'webRequest', 'declarativeNetRequest', 'contextMenus', 'sidePanel', 'offscreen', 'alarms', 'debugger', 'devtools', 'identity', 'cookies', 'permissions', 'browserAction', 'pageAction']);

/**
 * Whether the module is a browser extension's: it uses the WebExtension APIs of the global
 * `chrome` or `browser` (stagehand's extension keeps its service worker's heartbeat port and
 * its pages' execution contexts for the one browser profile it runs in).
 */
export function usesBrowserExtensionApi(program: TSESTree.Program, names: NameResolver): boolean {
  // Order does not matter here: the index's own list, not a sorted copy of it.
  return (nodesByType(program).get('MemberExpression') ?? []).some((node) => {
    const member = node as TSESTree.MemberExpression;
    return member.object.type === 'Identifier' && (member.object.name === 'chrome' || member.object.name === 'browser')
      && EXTENSION_APIS.has(staticName(member.property) ?? '') && !names.declaredLocally(member.object);
  });
}

/**
 * Whether the module starts a Web Worker with the page's own constructor: `new Worker(url)` or
 * `new SharedWorker(url)` where neither is declared or imported (agentswarms' DuckDB-Wasm engine,
 * whose worker runs the database for the one page that loaded it). Node has no global `Worker`;
 * its worker threads' class is imported from `node:worker_threads`, and such a module is not this.
 */
export function startsWebWorker(program: TSESTree.Program, names: NameResolver): boolean {
  // Order does not matter here: the index's own list, not a sorted copy of it.
  return (nodesByType(program).get('NewExpression') ?? []).some((node) => {
    const callee = (node as TSESTree.NewExpression).callee;
    return callee.type === 'Identifier' && WEB_WORKER_CLASSES.has(callee.name) && !names.declaredLocally(callee);
  });
}

const WEB_WORKER_CLASSES = new Set(['Worker', 'SharedWorker']);

/**
 * A React client module (`'use client'` among its leading directives, or a bare `import
 * 'client-only'`, the marker Next.js fails the build on when a server component imports the
 * module: superagent's Supabase browser client): it runs in the browser, where no request scope
 * exists — `requireUserContext()` would throw there, and importing the runtime's request scope
 * (`node:async_hooks`) would break the client bundle. Such a module's sites get the user context
 * passed in, or stay for a person.
 */
export function declaresClientModule(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement' || !statement.directive) break;
    if (statement.directive === 'use client') return true;
  }
  return program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.specifiers.length === 0 && statement.source.value === 'client-only');
}

const browserModules = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether a module says it runs in a browser: `'use client'`, a top level that reads `window`,
 * `document` or `self` (see moduleRunsOnlyInBrowser), a browser extension's APIs, or a Web Worker
 * started with the page's constructor (see startsWebWorker). Its sites
 * get no request-scope fallback.
 */
export function moduleRunsInBrowser(program: TSESTree.Program, names: NameResolver): boolean {
  // Asked once per site (the rules report sites one by one): answered once per parse.
  let answer = browserModules.get(program);
  if (answer === undefined) {
    answer = declaresClientModule(program) || moduleRunsOnlyInBrowser(program, names) || usesBrowserExtensionApi(program, names) || startsWebWorker(program, names);
    browserModules.set(program, answer);
  }
  return answer;
}

/** Why a site of such a module gets no request-scope fallback (see moduleRunsInBrowser). */
export const BROWSER_MODULE_NO_FALLBACK = "the module runs in the browser ('use client' or 'client-only', its top level reads window, document, self, location or a page's storage, it uses a browser extension's APIs or lies under one's manifest.json, it starts a Web Worker with the page's own Worker, it is a CMS extension's admin panel code (a Directus extension's for the Data Studio, a Strapi plugin's admin/), or its package serves it from public/ or www/, or a WordPress site does from its wp-admin/, wp-includes/ or wp-content/, or it is a page's app whose Worker does not bundle it), where there is no request scope: pass the user context in, or make the call on the server";
export const BROWSER_CODE_NO_FALLBACK = "runs only in the browser (a component's effect, data-fetching hook or event handler, a function that fetches its page's own paths or calls SvelteKit's goto(), a function only they call, or code a browser check guards), where there is no request scope: pass the user context in, or make the call on the server";
