import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// A headless CMS runs its extensions' admin panel code in each editor's browser and the rest in
// its server; the extension's package.json says which is which.

// A Directus extension's package says in its manifest's `directus:extension` what kind each of its
// extensions is. The Data Studio's kinds — interfaces, displays, layouts, modules, panels, themes —
// are Vue code bundled for the browser (`app.js`), where each user's own Data Studio runs them;
// endpoints, hooks and an operation's `api` run in the Directus server, for every user.
const APP_KINDS: ReadonlySet<string> = new Set(['interface', 'display', 'layout', 'module', 'panel', 'theme']);

/** The part of a CMS extension's package that runs in its admin panel in the browser: its whole source, or files and directories of it. */
export interface PanelCode {
  readonly whole: boolean;
  readonly files: ReadonlySet<string>;
  readonly dirs: readonly string[];
}

interface Entry {
  readonly type?: unknown;
  readonly source?: unknown;
}

/**
 * What of a package `root` runs in the Data Studio, by its manifest's `directus:extension` field
 * (undefined: none does, or the package is no Directus extension). An extension of an app kind
 * alone: the whole package. A bundle (`"type": "bundle"` with `entries`): each app entry's source
 * file, and the directory it lies in when no server entry's source lies there too
 * (storage-manager's `src/module/`, whose `use-migrate-job.ts` keeps the tab's `AbortController`,
 * beside `src/endpoint/` and `src/hook/`); an operation's `app` source file. Files the two sides
 * share (`src/shared/`) stay the server's.
 */
export function directusAppCode(root: string, extension: unknown): PanelCode | undefined {
  if (typeof extension !== 'object' || extension === null) return undefined;
  const { type, entries } = extension as { type?: unknown; entries?: unknown };
  if (typeof type === 'string' && APP_KINDS.has(type)) return { whole: true, files: new Set(), dirs: [] };
  const list: readonly Entry[] = type === 'bundle' && Array.isArray(entries) ? (entries as Entry[]) : [extension as Entry];
  const appFiles = new Set<string>();
  const serverFiles = new Set<string>();
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const source = entry.source;
    if (typeof source === 'string' && typeof entry.type === 'string') (APP_KINDS.has(entry.type) ? appFiles : serverFiles).add(resolve(join(root, source)));
    else if (typeof source === 'object' && source !== null) {
      const { app, api } = source as { app?: unknown; api?: unknown };
      if (typeof app === 'string') appFiles.add(resolve(join(root, app)));
      if (typeof api === 'string') serverFiles.add(resolve(join(root, api)));
    }
  }
  if (appFiles.size === 0) return undefined;
  const serverDirs = new Set([...serverFiles].map((file) => dirname(file)));
  const dirs = [...new Set([...appFiles].map((file) => dirname(file)))].filter((dir) => dir !== resolve(root) && !serverDirs.has(dir));
  return { whole: false, files: appFiles, dirs };
}

/**
 * What of a package `root` is a Strapi plugin's admin panel code (undefined: none, or no Strapi
 * plugin): the folder of the source its manifest exports as `./strapi-admin` (comments' `exports:
 * { "./strapi-admin": { "source": "./admin/src/index.ts" } }`: `admin/src/`, React code the admin
 * panel bundles for the browser, where `getApiClient = once((fetch) => …)` keeps one tab's client),
 * or a plugin's `admin/` folder when it exports none (a Strapi 4 plugin, `"strapi": { "kind":
 * "plugin" }`). Its `server/` is the Strapi server's, for every user.
 */
export function strapiAdminCode(root: string, manifest: { readonly strapi?: unknown; readonly exports?: unknown }): PanelCode | undefined {
  const exported = typeof manifest.exports === 'object' && manifest.exports !== null ? (manifest.exports as Record<string, unknown>)['./strapi-admin'] : undefined;
  const source = typeof exported === 'object' && exported !== null ? (exported as { source?: unknown }).source : undefined;
  const base = resolve(root);
  if (typeof source === 'string') {
    const dir = dirname(resolve(join(root, source)));
    return dir === base ? undefined : { whole: false, files: new Set(), dirs: [dir] };
  }
  const kind = typeof manifest.strapi === 'object' && manifest.strapi !== null ? (manifest.strapi as { kind?: unknown }).kind : undefined;
  return kind === 'plugin' && existsSync(join(root, 'admin')) ? { whole: false, files: new Set(), dirs: [join(base, 'admin')] } : undefined;
}
