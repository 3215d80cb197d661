import { dirname, join, resolve } from 'node:path';

// A Directus extension's package says in its manifest's `directus:extension` what kind each of its
// extensions is. The Data Studio's kinds — interfaces, displays, layouts, modules, panels, themes —
// are Vue code bundled for the browser (`app.js`), where each user's own Data Studio runs them;
// endpoints, hooks and an operation's `api` run in the Directus server, for every user.
const APP_KINDS: ReadonlySet<string> = new Set(['interface', 'display', 'layout', 'module', 'panel', 'theme']);

/** The Data Studio's part of a Directus extension's package: its whole source, or files and directories of it. */
export interface DirectusAppCode {
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
export function directusAppCode(root: string, extension: unknown): DirectusAppCode | undefined {
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
