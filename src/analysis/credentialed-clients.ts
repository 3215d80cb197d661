import type { TSESTree } from '@typescript-eslint/utils';
import { localFunction, programOf } from './local-types.js';
import { importSourceOf } from './import-sources.js';
import { loadedSourceOf } from './loaded-sources.js';
import { READS_ENVIRONMENT } from './produces-object.js';
import type { FillSource } from './shared-by-design.js';
import { spelledAsPackage } from './tsconfig-imports.js';
import { calleeText, returnedValues, staticName, unwrapExpression, walk } from './walk.js';

// The last word of a name that holds a secret: `LOOPS_API_SECRET`, `TINYBIRD_TOKEN`, `apiKey`,
// `getAppleSigningKey()`, `config.smtp.password`.
const CREDENTIAL_WORD = new Set(['key', 'apikey', 'token', 'secret', 'password', 'passwd', 'pwd', 'credential', 'credentials']);

// What keeps entries for whoever calls it, whatever it is opened with (a session store given the
// cookie's secret, a cache of what a keyed API answered): state, not a service's client.
const KEEPS_ENTRIES = /(?:Cache|Memo|Store|Map|Set|State|Session|Sessions|Registry|Manager)$/;

/** A function named for making what it returns: `createOpenAI`, `createClient`. */
const MAKER = /^create[A-Z]/;

/** The words of a name, lower case: `LOOPS_API_SECRET` → loops, api, secret; `getAppleSigningKey` → get, apple, signing, key. */
const wordsOf = (name: string): string[] => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Whether a name says it holds a secret (see CREDENTIAL_WORD). */
const namesCredential = (name: string): boolean => CREDENTIAL_WORD.has(wordsOf(name).pop() ?? '');

/** Deno's reading of the environment by name: `Deno.env.get('SERVICE_ROLE_KEY')`. */
const ENV_GETTER = /(?:^|\.)env\.get$/;

/** A reading of the environment by name: Deno's, or a helper of the app's named for one (zypflow's `requireEnv('SUPABASE_SERVICE_ROLE_KEY')`; see READS_ENVIRONMENT). */
const readsEnvironment = (callee: string): boolean => ENV_GETTER.test(callee) || READS_ENVIRONMENT.test(callee.split('.').pop()!);

/** Whether an expression reads a name that holds a secret: a variable, a property, `process.env['X']`, `Deno.env.get('X')`, `requireEnv('X')`, a function named for one. */
function readsCredential(node: TSESTree.Node): boolean {
  let reads = false;
  walk(node, (inner) => {
    if (reads) return;
    if (inner.type === 'Identifier') reads = namesCredential(inner.name);
    else if (inner.type === 'MemberExpression' && inner.computed) reads = namesCredential(staticName(inner.property) ?? '');
    else if (inner.type === 'CallExpression' && readsEnvironment(calleeText(inner.callee) ?? '')) {
      const [name] = inner.arguments;
      reads = name?.type === 'Literal' && typeof name.value === 'string' && namesCredential(name.value);
    }
  });
  return reads;
}

/**
 * Whether a value is a package's client made with one of the process's own secrets, from nothing
 * but the process's own configuration (`fill`, see own-configuration.ts): inbox-zero's `loops =
 * new LoopsClient(process.env.LOOPS_API_SECRET)`, `tb = new Tinybird({ token:
 * process.env.TINYBIRD_TOKEN })` and Apple's `new AppStoreServerAPIClient(getAppleSigningKey()!, …)`,
 * or made by a package's maker so named: openpanel's `createOpenAI({ apiKey: OPENAI_API_KEY })`
 * from its agent framework's providers. The secret is the server's identity toward a hosted
 * service — every request speaks to it as the same server — and the client keeps it, the endpoint
 * and its connections, as the SDKs service-clients.ts names do; made as the module loads it would
 * be no holder at all. A class of the app's own, or one whose name says it keeps entries (a
 * session store given the cookie's secret), is not.
 */
function madeWithOwnCredential(value: TSESTree.Node, fill: FillSource, depth = 0): boolean {
  if (fill !== 'own') return false;
  let made = unwrapExpression(value);
  if (made.type === 'AwaitExpression') made = unwrapExpression(made.argument);
  if (made.type !== 'NewExpression' && made.type !== 'CallExpression') return false;
  // A maker of the module's own that takes nothing, each of whose returns is such a client: a
  // Remix app's `createSupabaseClient()`, returning `createClient(url, serviceKey, …)` on
  // `process.env.SUPABASE_SERVICE_KEY` (bolt.diy's website-agent). Nothing of a caller's reaches it.
  if (made.type === 'CallExpression' && made.callee.type === 'Identifier' && made.arguments.length === 0) {
    const maker = localFunction(made, made.callee.name);
    if (maker) {
      const returned = maker.params.length === 0 && !maker.generator && depth < 2 ? returnedValues(maker) : [];
      return returned.length > 0 && returned.every((inner) => inner !== null && madeWithOwnCredential(inner, 'own', depth + 1));
    }
  }
  const className = calleeText(made.callee);
  if (className === undefined || KEEPS_ENTRIES.test(className)) return false;
  // A maker by its name: openpanel's `createOpenAI({ apiKey: OPENAI_API_KEY, … })` from
  // `@better-agent/providers/openai`, Supabase's `createClient(url, serviceRoleKey)`.
  if (made.type === 'CallExpression' && !MAKER.test(className.split('.').pop()!)) return false;
  const program = programOf(made);
  // Imported, or loaded where it is made: aims-platform's `const { Dub } = await import("dub")`,
  // deferred so that a build never opens the SDK, then `new Dub({ token: process.env.DUB_API_KEY })`.
  const root = className.split('.')[0]!;
  const source = program && (importSourceOf(program, root) ?? loadedSourceOf(program, root));
  return source !== undefined && spelledAsPackage(source) && made.arguments.some(readsCredential);
}

/** What makes a value: the class or the maker a `new` or a call (awaited or not) names, as written. */
function makerOf(value: TSESTree.Node): string | undefined {
  let made = unwrapExpression(value);
  if (made.type === 'AwaitExpression') made = unwrapExpression(made.argument);
  return made.type === 'NewExpression' || made.type === 'CallExpression' ? calleeText(made.callee) : undefined;
}

/**
 * Whether every value a holder is given is such a client (madeWithOwnCredential), or is made by
 * the same maker as one that is, from nothing but the process's own configuration: a stand-in for
 * when the settings are missing (stock-ai-newsletter's `createClient('https://placeholder.supabase.co',
 * 'placeholder-key', …)` beside `createClient(url, key, …)` on its service role key) is the same
 * package's client, though no name in it says which argument is the secret.
 */
export function madeWithOwnCredentials(fills: ReadonlyArray<{ value: TSESTree.Node; fill: FillSource }>): boolean {
  const credentialed = fills.filter(({ value, fill }) => madeWithOwnCredential(value, fill));
  const makers = new Set(credentialed.map(({ value }) => makerOf(value)));
  return fills.every((made) => {
    if (credentialed.includes(made)) return true;
    const maker = makerOf(made.value);
    return made.fill === 'own' && maker !== undefined && makers.has(maker);
  });
}
