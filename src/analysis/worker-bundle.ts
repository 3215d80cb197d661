import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isFile, resolveProjectModule } from './module-files.js';
import { SOURCE_EXTENSION } from './source-lang.js';
import { isPackageSpecifier, parseJsonc } from './tsconfig-imports.js';

/**
 * What a Cloudflare Worker bundles: the module its wrangler configuration names as `main`, and
 * every module of the project that one imports, directly or through others — what wrangler's
 * esbuild, or Cloudflare's Vite plugin, follows from there. A module of the package it does not
 * reach never runs in the Worker: in a page's app that a Worker serves (kabaddi-timer's Preact
 * scoreboard beside its Hono Worker; Magic-Agent's Vue app, whose Worker hands out its assets),
 * such a module is the page's, run in one visitor's tab.
 */

/** The files each package's Worker bundles, by package root; null where that cannot be told. */
const bundles = new Map<string, ReadonlySet<string> | null>();

// wrangler's configuration, in each of the formats it reads.
const CONFIG_FILES = ['wrangler.toml', 'wrangler.json', 'wrangler.jsonc'];

// `main = "src/index.ts"`, at the top or in an environment's table (`[env.production]`).
const TOML_MAIN = /^\s*main\s*=\s*["']([^"']+)["']/gm;

// What a module loads by a written-out name: `import … from '…'`, `export … from '…'`,
// `import '…'`, `import('…')`, `require('…')`. A comment's is taken too: one module more in the
// bundle only ever keeps a holder reported.
const LOADED = /\b(?:from|import|require)\s*\(?\s*(["'`])([^"'`\n]+)\1/g;
// A name worked out as the code runs (`import(`./routes/${name}`)`, `require(path)`): what it
// loads cannot be told from the text.
const COMPUTED_LOAD = /\b(?:import|require)\s*\(\s*(?!["'`]\s*[^"'`$\n]*["'`]\s*\))(?!\))/;
// What a bundler hands to the code as data, not as a module of its own: styles, markup, images,
// a WebAssembly module, a query (`?raw`, `?url`).
const ASSET = /(?:\.(?:css|scss|sass|less|html|json|jsonc|svg|png|jpe?g|gif|webp|ico|wasm|txt|md|sql|graphql|gql|toml|ya?ml|woff2?|ttf|bin)|\?[\w&=-]*)$/i;

/**
 * The files a package's Worker bundles (see above): undefined when its root has no wrangler
 * configuration naming a `main`, or when one of the bundle's modules loads something that cannot
 * be followed — a name computed as it runs, or a module of the project that is not there (a
 * generated one, an alias only the bundler's configuration knows) — where the bundle could hold
 * any module of the package.
 */
export function workerBundleOf(root: string): ReadonlySet<string> | undefined {
  let bundle = bundles.get(root);
  if (bundle === undefined) {
    const entries = workerEntries(root);
    bundle = entries.length > 0 ? modulesReached(entries) : null;
    bundles.set(root, bundle);
  }
  return bundle ?? undefined;
}

/** The `main` modules the package root's wrangler configurations name, resolved; none when no file is there. */
function workerEntries(root: string): string[] {
  const entries: string[] = [];
  for (const name of CONFIG_FILES) {
    let text: string;
    try {
      text = readFileSync(join(root, name), 'utf8');
    } catch {
      continue;
    }
    for (const main of name.endsWith('.toml') ? tomlMains(text) : jsonMains(text)) {
      const path = resolve(root, main);
      if (isFile(path)) entries.push(path);
    }
  }
  return entries;
}

const tomlMains = (text: string): string[] => [...text.matchAll(TOML_MAIN)].map((match) => match[1]!);

/** The top-level `main` of a `wrangler.json(c)` and each environment's. */
function jsonMains(text: string): string[] {
  let config: { main?: unknown; env?: Record<string, { main?: unknown }> };
  try {
    config = parseJsonc(text) as typeof config;
  } catch {
    return [];
  }
  // A configuration that is not an object (`null`, a list) names no entry.
  if (typeof config !== 'object' || config === null) return [];
  const mains = [config.main, ...Object.values(typeof config.env === 'object' && config.env !== null ? config.env : {}).map((env) => env?.main)];
  return mains.filter((main): main is string => typeof main === 'string');
}

/** Every module of the project the entries load, directly or through others; null when one load cannot be followed. */
function modulesReached(entries: readonly string[]): ReadonlySet<string> | null {
  const reached = new Set<string>(entries);
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    if (COMPUTED_LOAD.test(text)) return null;
    for (const [, , specifier] of text.matchAll(LOADED)) {
      if (isPackageSpecifier(specifier!, file)) continue;
      const target = resolveProjectModule(file, specifier!);
      if (target === undefined) {
        if (ASSET.test(specifier!)) continue;
        return null;
      }
      if (!SOURCE_EXTENSION.test(target) || reached.has(target)) continue;
      reached.add(target);
      pending.push(target);
    }
  }
  return reached;
}
