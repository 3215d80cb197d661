import { existsSync, readFileSync } from 'node:fs';
import { isBuildOutput } from './compiled-output.js';
import { directusAppCode, strapiAdminCode, type PanelCode } from './cms-panel-code.js';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { DATABASE_CLIENT_PACKAGE } from './service-clients.js';
import { nearestAbove } from './nearest-above.js';
import { isSingleUserHost, OPENTUI } from './single-user-process.js';
import { isTestFile } from './test-files.js';
import { workerBundleOf } from './worker-bundle.js';

/** The directory of the nearest `package.json` above a directory, or null when none is, by directory (every one walked through). */
const packageRoots = new Map<string, string | null>();
/** Whether a package is a single-user app, by its root directory. */
const singleUserAnswers = new Map<string, boolean>();

/** The directory of the `package.json` nearest above a file — the package Node counts it in — or null. */
function packageRootOf(filePath: string): string | null {
  return nearestAbove<string | null>(filePath, packageRoots, (dir) => (existsSync(join(dir, 'package.json')) ? dir : undefined), null);
}

/**
 * Whether a file belongs to a package whose process serves one user: an Electron app (`electron`
 * among its dependencies — bruno's and Insomnia's main-process services, which need not import
 * `electron` themselves), a Tauri, React Native or Expo app, an editor extension
 * (`engines.vscode` in its manifest), an Obsidian plugin, a terminal app (Ink, oclif), a Cordova
 * plugin, or a page's app built for the browser alone. What such a module keeps lives in one
 * user's desktop, editor or phone process, as in a module that loads the host itself (see
 * single-user-process.ts). The nearest `package.json` decides, as it does for Node.
 */
export function inSingleUserPackage(filePath: string): boolean {
  return askPackage(filePath, singleUserAnswers, isSingleUserApp);
}

/** What `ask` says of the manifest of the package a file belongs to, remembered by package root in `answers`; false outside every package. */
function askPackage(filePath: string, answers: Map<string, boolean>, ask: (manifest: Manifest, root: string) => boolean): boolean {
  const root = packageRootOf(filePath);
  if (root === null) return false;
  let answer = answers.get(root);
  if (answer === undefined) {
    answer = ask(readManifest(root), root);
    answers.set(root, answer);
  }
  return answer;
}

/** The named package a directory belongs to, by directory (null: none above it). */
const namedPackages = new Map<string, NamedPackage | null>();

/** A package by the directory of its `package.json` and the name it is imported by. */
export interface NamedPackage {
  readonly dir: string;
  readonly name: string;
}

/**
 * The package a file belongs to by name: its nearest `package.json` that has a `name`. One
 * without (`{ "type": "module" }` in a source folder) only sets how Node loads the files under
 * it; the files still ship in, and are imported by the name of, the package above.
 */
export function namedPackageOf(filePath: string): NamedPackage | undefined {
  const walked: string[] = [];
  let found: NamedPackage | null = null;
  for (let dir = dirname(resolve(filePath)); ; ) {
    const root = packageRootOf(join(dir, 'package.json'));
    if (root === null) break;
    const known = namedPackages.get(root);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(root);
    const name = (readManifest(root) as { name?: unknown }).name;
    if (typeof name === 'string' && name !== '') {
      found = { dir: root, name };
      break;
    }
    if (dirname(root) === root) break;
    dir = dirname(root);
  }
  for (const dir of walked) namedPackages.set(dir, found);
  return found ?? undefined;
}

/** The name of the package a file belongs to (see namedPackageOf), or undefined. */
export function packageNameOf(filePath: string): string | undefined {
  return namedPackageOf(filePath)?.name;
}

/** Where a package keeps what its server hands to browsers as it is (see servedAsStaticFile). */
const STATIC_DIRECTORIES = ['public', 'www'];

/**
 * Whether a file is one a server hands to browsers as it is: it lies in the `public/` directory
 * beside its package's `package.json` — where Express's `express.static('public')`, Next.js, Vite
 * and Create React App keep what they serve (SillyTavern's page scripts and its vendored pdf.js) —
 * or in `www/`, the other name for it (cryptpad serves its `www/` so, vendored pdf.js and mermaid
 * among it; Cordova and Capacitor build their web assets there). Such a module runs in a visitor's
 * tab, once per page, never in the server's process. Only there: a `public/` deeper in the tree is
 * as often a route folder (langfuse's `pages/api/public/`).
 */
export function servedAsStaticFile(filePath: string): boolean {
  const path = resolve(filePath);
  // The nearest package's, or any package's above it: a library vendored into `public/` keeps its
  // own `package.json` there (AdminLTE's, with its require.js, in nodejs-express-mongodb-web-starter's
  // `public/themes/lte/`), and is served all the same.
  for (let root = packageRootOf(filePath); root !== null; root = packageRootOf(root)) {
    const packageRoot = root;
    if (STATIC_DIRECTORIES.some((name) => path.startsWith(join(packageRoot, name) + sep))) return true;
  }
  return inWebRoot(filePath) || WORDPRESS_SCRIPT.test(path);
}

// A WordPress site's own folders — its core's `wp-admin/` and `wp-includes/`, its themes' and
// plugins' `wp-content/` — which PHP serves, scripts and all, to browsers (siteproc keeps a Local
// WordPress site beside its Next.js app: `wp-admin/js/custom-header.js`, a media frame in an IIFE).
const WORDPRESS_SCRIPT = /[\\/]wp-(?:admin|includes|content)[\\/]/;

/** Whether a directory is a web root (see inWebRoot), by directory (every one walked through). */
const webRoots = new Map<string, boolean>();

/**
 * Whether a file lies in a `public/` or `www/` directory deeper in its package that holds an
 * `index.html`: a page and the scripts it loads, which the server hands out from there
 * (DollhouseMCP's console in `src/web/public/`, its `logs.js` keeping the page's one
 * `EventSource`). The page makes the folder a web root; a route folder (`pages/api/public/`) has none.
 */
function inWebRoot(filePath: string): boolean {
  const isWebRoot = (dir: string) => (STATIC_DIRECTORIES.includes(basename(dir)) && existsSync(join(dir, 'index.html')) ? true : undefined);
  return nearestAbove(filePath, webRoots, isWebRoot, false, packageRootOf(filePath));
}

/** The local scripts each page loads, by the page's directory: resolved paths, none when it has no `index.html`. */
const pageScripts = new Map<string, ReadonlySet<string>>();

// A script tag that loads a file (`<script type="module" src="/src/main.ts">`); an inline one has no `src`.
const SCRIPT_TAG = /<script\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;

/** The scripts the `index.html` in a directory loads from the app's own files (not another origin's). */
function scriptsOfPage(dir: string): ReadonlySet<string> {
  let scripts = pageScripts.get(dir);
  if (scripts === undefined) {
    const found = new Set<string>();
    const page = join(dir, 'index.html');
    if (existsSync(page)) {
      try {
        for (const [, src] of readFileSync(page, 'utf8').matchAll(SCRIPT_TAG)) {
          if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src!)) continue;
          // Vite serves `/src/main.ts` from its root, the page's directory.
          found.add(resolve(dir, src!.replace(/^\//, '').replace(/[?#].*$/, '')));
        }
      } catch {
        // An unreadable page loads nothing we can tell.
      }
    }
    scripts = found;
    pageScripts.set(dir, scripts);
  }
  return scripts;
}

/**
 * Whether a file is a script a page loads: an `index.html` in its directory or one above it, up to
 * its package's root, names it in a `<script src>` (pi-agent-chatbot-platform's Vite entry,
 * `<script type="module" src="/src/main.ts">`, whose `ws`, `storage` and `chatPanel` are one
 * tab's, beside the bridge server in the same package). The page loads it in a visitor's tab;
 * no server imports it.
 */
export function loadedByPage(filePath: string): boolean {
  const path = resolve(filePath);
  const root = packageRootOf(filePath);
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (scriptsOfPage(dir).has(path)) return true;
    if (root === null || dir === root || dirname(dir) === dir) return false;
  }
}

/**
 * Whether a file lies in the source tree of a page kept in a folder of its package, not at its
 * root: the full-stack layout Replit's template starts from, `client/index.html` loading
 * `/src/main.tsx`, whose `client/src/` the bundler builds for the browser while the package's
 * server lives in `server/` (Bunz_ai's `syncManager`, one tab's WebSocket; AiAgentGenPro's
 * Firebase Analytics). A page at the package's root may share its `src/` with the server
 * (eccb.app's `src/workers/`), so only a page in a folder of its own marks its tree.
 */
export function inPageSourceTree(filePath: string): boolean {
  const path = resolve(filePath);
  const root = packageRootOf(filePath);
  if (root === null) return false;
  for (let dir = dirname(path); dir !== root && dirname(dir) !== dir; dir = dirname(dir)) {
    for (const script of scriptsOfPage(dir)) {
      const tree = dirname(script);
      if (tree.startsWith(dir + sep) && path.startsWith(tree + sep)) return true;
    }
  }
  return false;
}

// A module the framework loads in the browser alone, by its name: Nuxt's client plugins
// (`plugins/*.client.ts`), Remix's and React Router's `.client` modules (kept out of the server
// bundle), SvelteKit's client hooks (`hooks.client.ts`).
const CLIENT_SUFFIX = /\.client\.[cm]?[jt]sx?$/;
const NUXT = /^(?:nuxt|nuxt3|nuxt-nightly)$/;
const REMIX = /^(?:@remix-run\/(?:dev|react)|@react-router\/dev)$/;
const SVELTEKIT_CLIENT_HOOKS = /^hooks\.client\.[jt]s$/;
// Vike's hooks that run in the browser alone (`+onRenderClient.tsx`, `+client.ts`, …); vite-plugin-ssr, its
// predecessor, names a page's client code `*.page.client.tsx`.
const VIKE_CLIENT_HOOK = /^\+(?:onRenderClient|onBeforeRenderClient|client|onHydrationEnd|onPageTransitionStart|onPageTransitionEnd)\.[cm]?[jt]sx?$/;
const VIKE = /^(?:vike|vike-react|vike-vue|vike-solid|vite-plugin-ssr)$/;

/**
 * Whether a file is a module its package's framework runs in the browser alone, by its name: a
 * Nuxt app's client plugin (or3-chat's `plugins/pane-plugin-api.client.ts`, keeping its plugin
 * API on `globalThis` for the tab), a Remix or React Router app's `.client` module, a SvelteKit
 * app's `hooks.client.ts`, a Vike app's client hooks (serieslist's `+onRenderClient.tsx`, keeping
 * the tab's Apollo client across page loads) or a vite-plugin-ssr app's `*.page.client.tsx`. The
 * same suffix elsewhere is only a name (a NestJS service's `redis.client.ts` is the server's client).
 */
export function clientModuleOfFramework(filePath: string): boolean {
  const name = basename(filePath);
  const vikeHook = VIKE_CLIENT_HOOK.test(name);
  if (!CLIENT_SUFFIX.test(name) && !vikeHook) return false;
  const root = packageRootOf(filePath);
  if (root === null) return false;
  // Read for the few files so named only.
  const manifest = readManifest(root);
  const names = [...keysOf(manifest.dependencies), ...keysOf(manifest.devDependencies)];
  if (names.some((dependency) => VIKE.test(dependency))) return vikeHook || /\.page\.client\./.test(name);
  if (vikeHook) return false;
  if (names.some((dependency) => REMIX.test(dependency))) return true;
  if (names.some((dependency) => NUXT.test(dependency)) && resolve(filePath).split(sep).includes('plugins')) return true;
  return SVELTEKIT_CLIENT_HOOKS.test(name) && names.includes('@sveltejs/kit');
}

/** Whether a directory lies in a Meteor app, by directory (every one walked through): the app's root, or null. */
const meteorRoots = new Map<string, string | null>();

/**
 * Whether a file is a Meteor app's client code: it lies in a directory named `client` inside an
 * app (a `.meteor/release` at its root), which Meteor's build never loads on the server —
 * 4minitz's `client/templates/topic/topicEdit.js`, whose module variables are one tab's. Not
 * inside one of the app's own packages, whose `package.js` says where each file runs.
 */
export function meteorClientModule(filePath: string): boolean {
  const dir = dirname(resolve(filePath));
  if (!dir.split(sep).includes('client')) return false;
  const root = nearestAbove(filePath, meteorRoots, (above) => (existsSync(join(above, '.meteor', 'release')) ? above : undefined), null);
  if (root === null) return false;
  const inside = dir.slice(root.length).split(sep).filter(Boolean);
  const client = inside.indexOf('client');
  return client >= 0 && !inside.slice(0, client).some((dir) => dir === 'packages' || dir === 'node_modules');
}

/** A CMS extension's admin panel code, by package root (null: none). */
const panelCode = new Map<string, PanelCode | null>();

/**
 * Whether a file is a CMS extension's code for its admin panel (see cms-panel-code.ts): a Directus
 * extension's for the Data Studio, a Strapi plugin's for the admin panel — code each user's
 * browser runs, whose module variables are that tab's.
 */
export function inCmsPanelCode(filePath: string): boolean {
  const root = packageRootOf(filePath);
  if (root === null) return false;
  let code = panelCode.get(root);
  if (code === undefined) {
    const manifest = readManifest(root);
    code = directusAppCode(root, manifest['directus:extension']) ?? strapiAdminCode(root, manifest) ?? null;
    panelCode.set(root, code);
  }
  if (code === null) return false;
  const file = resolve(filePath);
  return code.whole || code.files.has(file) || code.dirs.some((dir) => file.startsWith(dir + sep));
}

/** Whether a directory is a browser extension's, by directory (every one walked through). */
const extensionDirs = new Map<string, boolean>();

/**
 * Whether a file is a browser extension's: a `manifest.json` with a `manifest_version` — the
 * WebExtensions manifest Chrome, Firefox and Safari load — lies in its directory or one above it,
 * up to its package's root (workstation's `chrome-extension/`, whose agent registry and API
 * client run in the user's browser, and whose modules need not call `chrome.*` themselves).
 */
export function inBrowserExtension(filePath: string): boolean {
  return nearestAbove(filePath, extensionDirs, (dir) => (isExtensionManifest(join(dir, 'manifest.json')) ? true : undefined), false, packageRootOf(filePath));
}

function isExtensionManifest(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { manifest_version?: unknown };
    return typeof manifest === 'object' && manifest !== null && typeof manifest.manifest_version === 'number';
  } catch {
    // A PWA's or a build's manifest.json that is not JSON: no extension's either.
    return false;
  }
}

/**
 * The directories beside a package's `package.json` where its developers' tools keep their own
 * code: coding agents' skills and commands (`.claude/`, `.opencode/`, `.cursor/`, `.agents/`,
 * `.codex/`, `.gemini/`, `.windsurf/`), CI's scripts (`.github/`), git hooks (`.husky/`).
 */
const TOOLING_DIRECTORIES: ReadonlySet<string> = new Set(['.claude', '.opencode', '.cursor', '.agents', '.codex', '.gemini', '.windsurf', '.github', '.husky']);

/**
 * What says a directory is a project's root, beside which those folders are its developers': a
 * Node package's manifest, or another language's (talos-ai-gateway, a Python service whose
 * `.agents/skills/…/boilerplate/nodejs/` holds a coding agent's sample server).
 */
const PROJECT_MANIFESTS = ['package.json', 'deno.json', 'pyproject.toml', 'requirements.txt', 'setup.py', 'go.mod', 'Cargo.toml', 'composer.json', 'Gemfile', 'pom.xml', 'build.gradle', 'build.gradle.kts'];

/**
 * Whether a directory is an agent's skill: `skills/<name>/` with the skill's `SKILL.md` in it
 * (super-client-r's `skills/iconfont-downloader/`, whose scripts drive a Puppeteer browser). An
 * agent runs a skill's scripts as commands on its one user's machine or in one session's sandbox,
 * wherever the skills folder lies — the app's agent's, not only a coding agent's (`.claude/skills/`).
 */
const isAgentSkill = (dir: string): boolean => basename(dirname(dir)) === 'skills' && existsSync(join(dir, 'SKILL.md'));

/** Whether a directory is a developer tool's (see inDeveloperTooling), by directory (every one walked through). */
const toolingDirs = new Map<string, boolean>();

/**
 * Whether a file is a developer tool's: it lies in one of TOOLING_DIRECTORIES beside a
 * project's manifest (magic-ai-trading-bot's `.claude/skills/chrome-devtools/scripts/lib/browser.js`,
 * the Puppeteer browser a coding agent's skill drives for the one developer running it), or in an
 * agent's skill (see isAgentSkill). Such code runs on a developer's machine, in a CI job or as an
 * agent's command, never in the app's server. Beside a package only: a checkout under an editor's
 * own folder (`~/.cursor/worktrees/…`) is the app.
 */
export function inDeveloperTooling(filePath: string): boolean {
  const isTooling = (dir: string) => ((TOOLING_DIRECTORIES.has(basename(dir)) && PROJECT_MANIFESTS.some((manifest) => existsSync(join(dirname(dir), manifest)))) || isAgentSkill(dir) ? true : undefined);
  return nearestAbove(filePath, toolingDirs, isTooling, false);
}

/** Whether what the file's package says keeps the holder rule out: a single-user app's package, a browser extension's directory, a CMS extension's admin panel code (Directus', Strapi's), a developer tool's, a file its server serves to browsers, a page loads or lies in the source tree of (see inPageSourceTree), its framework's client-only module (a Meteor app's `client/` among them), or a page's module its Worker does not bundle. */
function packageServesOneUser(filePath: string): boolean {
  return servedAsStaticFile(filePath) || loadedByPage(filePath) || inPageSourceTree(filePath) || clientModuleOfFramework(filePath) || meteorClientModule(filePath) || inSingleUserPackage(filePath) || inBrowserExtension(filePath) || inCmsPanelCode(filePath) || inDeveloperTooling(filePath) || pageModuleBesideWorker(filePath);
}

/** Whether a package is a page's app that a Cloudflare Worker serves (see pageModuleBesideWorker), by package root. */
const pageAppsServedByWorker = new Map<string, boolean>();

/**
 * Whether a file is a page's module in a package that is a page's app but for the Worker that
 * serves it — a browser bundler and a UI library (or the bundler's `index.html`) among its
 * dependencies, and nothing on the server side but the Worker's platform and router (wrangler,
 * Cloudflare's Vite plugin, Hono) — and that Worker does not bundle the file (see
 * worker-bundle.ts): kabaddi-timer's `src/game-v2/hooks/useWebSocket.ts`, whose one
 * `WebSocketManager` is the scoreboard tab's. The Worker's own modules stay in the rule's view.
 * A package with Pages Functions (`functions/`), or whose Worker's bundle cannot be followed,
 * keeps every module in view.
 */
export function pageModuleBesideWorker(filePath: string): boolean {
  if (!askPackage(filePath, pageAppsServedByWorker, isPageAppServedByWorker)) return false;
  const bundle = workerBundleOf(packageRootOf(filePath)!);
  return bundle !== undefined && !bundle.has(resolve(filePath));
}

/**
 * Whether what lies around a file keeps the holder rule out of it: its package serves one user
 * (see packageServesOneUser), or it is the compiler's output of the TypeScript source beside it
 * or in its project's outDir, or it lies in a framework's build output.
 */
export function surroundingsKeepHoldersOut(filePath: string): boolean {
  return packageServesOneUser(filePath) || isBuildOutput(filePath);
}

/**
 * Whether the holder rule looks past a file's module state: a test's is its fixture (the client a
 * suite boots, which no request reaches), a desktop app's or an editor extension's package
 * serves one user, a page script a server serves runs in one visitor's tab, JavaScript the
 * compiler emitted beside its TypeScript source or into its outDir is reported in the source, and a framework's
 * build output keeps the framework's and its bundled libraries' state. The rule and `init`
 * ask this; the prefilter asks the two apart, the manifest last.
 */
export function holdsNoUsersState(config: ResolvedConfig, filePath: string): boolean {
  return isTestFile(config, filePath) || surroundingsKeepHoldersOut(filePath);
}

interface Manifest {
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly engines?: Record<string, string>;
  readonly build?: { readonly appId?: unknown };
  readonly oclif?: unknown;
  readonly cordova?: unknown;
  readonly bin?: unknown;
  readonly name?: unknown;
  readonly scripts?: unknown;
  readonly exports?: unknown;
  readonly 'directus:extension'?: unknown;
  readonly strapi?: unknown;
}

/** The directory's `package.json`; an unreadable or malformed one reads as an empty manifest (the package is still there). */
function readManifest(dir: string): Manifest {
  let text: string;
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Manifest) : {};
  } catch {
    return {};
  }
}

/** A manifest field's keys (its dependencies' names), or none when it is missing or not an object. */
const keysOf = (field: unknown): string[] => (typeof field === 'object' && field !== null ? Object.keys(field) : []);

// A page's app: a UI library for the DOM and the bundler or dev server that builds it for the
// browser (crowd.dev's `frontend`, Vue on Vite; lowcoder's `client` packages, React on Vite;
// Magic-Agent's Vue app, on Vite+'s `vite-plus`), or a browser extension's framework, which
// bundles its pages and its background worker for one user's browser (supermemory's extension,
// on WXT; Plasmo); Ember's, built by ember-cli (boundary-ui's `api` addon, whose shared service
// talks to the other tabs over a `BroadcastChannel`)… or a game engine that draws on the page's
// canvas (mistral-raid's Phaser game, built by Vite from its `client/` root)…
const PAGE_UI = new Set(['react-dom', 'vue', '@angular/core', 'svelte', 'solid-js', 'preact', 'ember-source', 'phaser', 'pixi.js', '@babylonjs/core', 'babylonjs', 'kaplay', 'kaboom', 'excalibur']);
const PAGE_BUNDLER = new Set(['vite', 'vite-plus', 'webpack', 'react-scripts', '@vue/cli-service', 'parcel', '@angular-devkit/build-angular', '@angular/build', '@craco/craco', '@rsbuild/core', '@rspack/core', 'wxt', 'plasmo', 'ember-cli']);
// The frameworks that render pages on a server, named alike in SERVER_SIDE, HTTP_SERVER and
// PAGE_FRAMEWORK (Remix apart: each list names its own packages of it).
const PAGE_RENDERERS = String.raw`next|nuxt|@react-router\/(?:dev|node|serve)|@sveltejs\/kit|astro|vike|@tanstack\/(?:react-|solid-)?start`;
// … and nothing that runs on a server: a framework that renders there or serves an API (Next.js,
// Nuxt, Remix, SvelteKit, Astro, Ember's FastBoot, Express and the like: apitable's `datasheet` is React on Next.js
// beside Express), a worker or function platform whose code ships in the same package (Cloudflare's
// agents examples: a React page and a Worker, built by one Vite — whose page's modules the Worker
// does not bundle are a page's all the same: see pageModuleBesideWorker), or a database or cache
// driver, which no page loads.
const SERVER_SIDE = new RegExp(String.raw`^(?:${PAGE_RENDERERS}|@remix-run\/.+|gatsby|vite-plugin-ssr|@builder\.io\/qwik-city|@analogjs\/platform|@angular\/ssr|@nguniversal\/.+|ember-cli-fastboot|fastboot|express|fastify|koa|@nestjs\/core|hono|elysia|@hapi\/hapi|restify|h3|nitropack|ws|socket\.io|@trpc\/server|graphql-yoga|@apollo\/server|apollo-server(?:-.+)?|wrangler|miniflare|@cloudflare\/(?:vite-plugin|workers-types)|partyserver|partykit|@vercel\/node|@netlify\/functions|firebase-functions|firebase-admin|@azure\/functions|serverless|convex|bullmq)$`);

// What a worker process runs its jobs with: a cron library, a message broker's or a job queue's client.
const WORKER_KIT = /^(?:node-cron|cron|croner|node-schedule|amqplib|amqp-connection-manager|rhea|kafkajs|@confluentinc\/kafka-javascript|node-rdkafka|bullmq|bull|bee-queue|pg-boss|graphile-worker|agenda|@hokify\/agenda|@temporalio\/worker)$/;
// What serves HTTP requests, in whose scope a request's user can be: a framework, a platform's function runtime.
const HTTP_SERVER = new RegExp(String.raw`^(?:${PAGE_RENDERERS}|@remix-run\/.+|express|fastify|@fastify\/.+|koa|@koa\/.+|@nestjs\/(?:core|platform-.+)|hono|@hono\/.+|elysia|@hapi\/hapi|restify|h3|nitropack|polka|micro|socket\.io|@trpc\/server|graphql-yoga|@apollo\/server|apollo-server(?:-.+)?|@vercel\/node|@netlify\/functions|firebase-functions|@azure\/functions|serverless|uWebSockets\.js|moleculer-web|@feathersjs\/.+|@adonisjs\/core|sails|loopback|@loopback\/.+)$`);

/** What the file's package runs jobs with, when it is a worker (see workerPackageKit), by package root. */
const workerAnswers = new Map<string, string | null>();

// A package that starts a process of its own: its `start` or `dev` script runs a file with Node
// (or tsx, ts-node, Bun, nodemon) — `node --env-file=.env dist/index.js`, `tsx watch src/index.ts`.
const RUNS_A_FILE = /(?:^|[\s;&|(])(?:node|tsx|ts-node|ts-node-dev|bun|nodemon|node-dev)(?=\s)/;

/**
 * The libraries a worker package runs its jobs with — `amqplib, node-cron` — when the file's
 * package is one: among its dependencies a cron library or a broker's or a queue's client, and no
 * framework that serves HTTP (midcurve's `business-logic` and `onchain-data` apps: RabbitMQ
 * consumers and cron rules, started by `main()`). No request ever opens a scope in its process.
 * It must start a process of its own, and export nothing: a library's modules (documenso's
 * `@documenso/lib`, with its job client on BullMQ) run in whatever imports them, its server actions
 * in requests.
 */
export function workerPackageKit(filePath: string): string | undefined {
  const root = packageRootOf(filePath);
  if (root === null) return undefined;
  let answer = workerAnswers.get(root);
  if (answer === undefined) {
    const manifest = readManifest(root);
    const runtime = keysOf(manifest.dependencies);
    const kit = runtime.filter((name) => WORKER_KIT.test(name));
    const scripts = (typeof manifest.scripts === 'object' && manifest.scripts !== null ? manifest.scripts : {}) as Record<string, unknown>;
    const runsItself = [scripts['start'], scripts['dev']].some((script) => typeof script === 'string' && RUNS_A_FILE.test(script)) && manifest.exports === undefined;
    answer = runsItself && kit.length > 0 && ![...runtime, ...keysOf(manifest.devDependencies)].some((name) => HTTP_SERVER.test(name)) ? kit.join(', ') : null;
    workerAnswers.set(root, answer);
  }
  return answer ?? undefined;
}

// A database in a local file, which a command-line tool opens for the one user who runs it.
const EMBEDDED_DATABASE_PACKAGE = /^(?:sqlite3|sqlite|better-sqlite3(?:-multiple-ciphers)?|duckdb|duckdb-async|@duckdb\/node-api|@mikro-orm\/(?:sqlite|better-sqlite)|@electric-sql\/pglite)$/;

// What a command-line tool parses its arguments or asks its questions with.
const COMMAND_LINE_KIT: ReadonlySet<string> = new Set(['commander', 'yargs', 'meow', 'cac', 'citty', 'clipanion', 'sade', '@clack/prompts', 'inquirer', '@inquirer/prompts', 'enquirer', 'prompts']);

/**
 * Whether a package is a command-line tool: it installs a command (`bin`), parses its arguments
 * or prompts with a command-line kit, and depends on no server framework or database server's
 * driver (codebuff's `npm-app`: its `Client.instance`, spinner and checkpoints are the terminal's,
 * one person at the keyboard; bobmatnyc's ai-code-review, whose SQLite file is the same person's).
 * `ws` may be among its dependencies: a CLI talks to its backend through it, and a socket it
 * opened itself would serve the same one user. A server that also installs a
 * command (verdaccio's, n8n's) depends on its framework, and stays a server; so does a package or
 * a command named for one (node-opcua's `local-discovery-server`, its samples' `simple_server`),
 * whose protocol no framework of the list speaks.
 */
function isCommandLineTool(manifest: Manifest): boolean {
  const commands = typeof manifest.bin === 'string' ? [] : keysOf(manifest.bin);
  if (typeof manifest.bin !== 'string' && commands.length === 0) return false;
  const packageName = typeof manifest.name === 'string' ? manifest.name : '';
  if ([packageName, ...commands].some((name) => /server|daemon/i.test(name))) return false;
  const names = [...keysOf(manifest.dependencies), ...keysOf(manifest.devDependencies)];
  return names.some((name) => COMMAND_LINE_KIT.has(name))
    && !names.some((name) => (SERVER_SIDE.test(name) && name !== 'ws') || (DATABASE_CLIENT_PACKAGE.test(name) && !EMBEDDED_DATABASE_PACKAGE.test(name)));
}

// SvelteKit's adapters: each but the static one deploys a server (Node's, a platform's functions).
const SVELTEKIT_ADAPTER = /^(?:@sveltejs\/adapter-[\w-]+|svelte-adapter-[\w-]+|@[\w-]+\/svelte-adapter-[\w-]+)$/;

/**
 * Whether a SvelteKit app deploys no server: its one adapter is `@sveltejs/adapter-static`, which
 * renders the pages at build time and ships files (sertantai-legal's frontend, a single-page app
 * with `fallback: 'index.html'`). Its modules then run in the build, once, and in one user's tab.
 */
function prerenderedSvelteKit(names: readonly string[]): boolean {
  const adapters = names.filter((name) => SVELTEKIT_ADAPTER.test(name));
  return names.includes('@sveltejs/kit') && adapters.length === 1 && adapters[0] === '@sveltejs/adapter-static';
}

/**
 * Whether a package is a page's app — a browser bundler among its own dependencies, and a UI
 * library too or the page the bundler starts from beside the manifest (Vite's `index.html`:
 * ft_transcendence's frontend, plain TypeScript with Babylon.js and GSAP), and no server-side
 * framework, nor a database driver it ships (a SvelteKit app only when it deploys none: see
 * prerenderedSvelteKit): its modules run in one user's tab.
 */
function isPageApp(manifest: Manifest, root: string): boolean {
  const names = [...keysOf(manifest.dependencies), ...keysOf(manifest.devDependencies)];
  const prerendered = prerenderedSvelteKit(names);
  const honoClientOnly = honoForItsClient(manifest, names);
  const trpcClientOnly = trpcForItsClient(names);
  // A database driver among the devDependencies only is the developer's scripts' (resto_backoffice's
  // Vue back office lists `pg` there for its migration scripts): nothing the page ships runs it.
  const shipsDriver = keysOf(manifest.dependencies).some((name) => DATABASE_CLIENT_PACKAGE.test(name));
  if (!names.some((name) => PAGE_BUNDLER.has(name)) || shipsDriver || names.some((name) => SERVER_SIDE.test(name) && !(prerendered && name === '@sveltejs/kit') && !(honoClientOnly && name === 'hono') && !(trpcClientOnly && name === '@trpc/server'))) return false;
  return names.some((name) => PAGE_UI.has(name)) || existsSync(join(root, 'index.html'));
}

/**
 * Whether a page's app has Hono for its typed client alone (`hc` from `hono/client`, typed by the
 * server's routes: Mineco's `@mineco/app`, a Solid UI whose API client is made on first use): Hono
 * among its devDependencies only, beside a UI library, and nothing else of a server's — no adapter
 * to serve it from (`@hono/node-server`, a Worker's wrangler, Bun's types).
 */
function honoForItsClient(manifest: Manifest, names: readonly string[]): boolean {
  if (!keysOf(manifest.devDependencies).includes('hono') || keysOf(manifest.dependencies).includes('hono') || !names.some((name) => PAGE_UI.has(name))) return false;
  return nothingElseOfAServer(names, 'hono');
}

/** Whether no package but `kept` brings a server's side: a framework or HTTP server, a Worker's platform, Bun's types. */
function nothingElseOfAServer(names: readonly string[], kept: string): boolean {
  return names.every((name) => name === kept || !(SERVER_SIDE.test(name) || HTTP_SERVER.test(name) || WORKER_SIDE.test(name) || name === '@types/bun' || name === 'bun-types'));
}

/**
 * Whether a page's app has tRPC's server package for its client's types alone (insightdesk's web
 * app, React on Vite, beside `@trpc/client` and `@trpc/tanstack-react-query`, the API in a package
 * of its own): a tRPC client beside a UI library, and nothing else of a server's — no HTTP server,
 * no Worker's platform, no Bun.
 */
function trpcForItsClient(names: readonly string[]): boolean {
  if (!names.some((name) => TRPC_CLIENT.test(name)) || !names.some((name) => PAGE_UI.has(name))) return false;
  return nothingElseOfAServer(names, '@trpc/server');
}

// tRPC's clients for a page: the plain one and its React and TanStack Query bindings.
const TRPC_CLIENT = /^@trpc\/(?:client|react-query|tanstack-react-query|next)$/;

// The server side a Worker brings: its platform's tools and types, and the routers that run in
// it (Hono, PartyKit's) — not Hono's adapter for Node (`@hono/node-server`), a server of its own.
const WORKER_SIDE = /^(?:wrangler|miniflare|@cloudflare\/.+|hono|@hono\/(?!node-).+|partyserver|partykit|agents)$/;

/** Whether a package is a page's app (see isPageApp) but for a Worker that serves it, and has no Pages Functions. */
function isPageAppServedByWorker(manifest: Manifest, root: string): boolean {
  const names = [...keysOf(manifest.dependencies), ...keysOf(manifest.devDependencies)];
  if (!names.some((name) => PAGE_BUNDLER.has(name)) || !(names.some((name) => PAGE_UI.has(name)) || existsSync(join(root, 'index.html')))) return false;
  const serverSide = names.filter((name) => SERVER_SIDE.test(name) || HTTP_SERVER.test(name));
  return serverSide.length > 0 && serverSide.every((name) => WORKER_SIDE.test(name)) && !existsSync(join(root, 'functions'));
}

/** Whether the manifest is an Electron app's as electron-builder packs it (ever-gauzy's desktop apps' `src/package.json`): its `build.appId`. */
const packedByElectronBuilder = (manifest: Manifest): boolean => typeof manifest.build === 'object' && manifest.build !== null && typeof manifest.build.appId === 'string';

// A terminal's UI: Ink, OpenTUI's renderers, the full-screen terminal-kit and blessed.
const TERMINAL_UI: ReadonlySet<string> = new Set(['ink', 'terminal-kit', 'blessed', 'neo-blessed', ...OPENTUI]);

// The hosts an app bundles into what it ships, so its manifest keeps them among devDependencies:
// Electron's runtime, a terminal UI; and Obsidian's API, which the app supplies to the plugin it
// loads (nexus lists `obsidian` there, its bundler leaving it out). Not React Native's or Expo's,
// which a library for them lists there to build against.
const BUNDLED_HOSTS: ReadonlySet<string> = new Set(['electron', 'obsidian', ...TERMINAL_UI]);

// The frameworks that render a site's pages on a server for whoever asks. Beside one, a terminal
// UI draws the build's or the dev server's console, not the app (AutomotiveCRM's Remix CRM lists
// `terminal-kit` for its `remix.config.js` banner): the site still serves every user. Not
// Electron's or Tauri's hosts, which do wrap a site into one person's app (Nextron).
const PAGE_FRAMEWORK = new RegExp(String.raw`^(?:${PAGE_RENDERERS}|@remix-run\/(?:dev|node|express|serve|react)|@solidjs\/start)$`);

// The platforms a package deploys its server side to, where one deployment answers every user:
// Cloudflare's Workers and Pages (Wrangler, their types, Remix's adapters for them, OpenNext's),
// Vercel's and Netlify's functions.
const SERVING_PLATFORM = /^(?:wrangler|@cloudflare\/workers-types|@cloudflare\/vite-plugin|@remix-run\/cloudflare(?:-pages|-workers)?|@react-router\/cloudflare|@opennextjs\/cloudflare|@vercel\/node|@netlify\/functions)$/;

/**
 * Whether a package is an Apify Actor: the `apify` SDK among its dependencies and the Actor's
 * definition, `.actor/actor.json`, beside its manifest. The platform starts a container for each
 * run, under the account that runs it — a Standby Actor's web server too (webhook-debugger-logger's
 * `WebhookManager`, `AppState` and DuckDB instance are that run's) — so its module state is one
 * account's.
 */
function isApifyActor(manifest: Manifest, root: string): boolean {
  return keysOf(manifest.dependencies).includes('apify') && existsSync(join(root, '.actor', 'actor.json'));
}

// Screeps' API types and the build plugins that upload a bot's code to the game.
const SCREEPS_BOT = /^(?:@types\/screeps|rollup-plugin-screeps|screeps-webpack-plugin|grunt-screeps)$/;

function isSingleUserApp(manifest: Manifest, root: string): boolean {
  // The hosts a module may load (single-user-process.ts) as the package's own dependencies: an
  // Electron app, a Tauri app's front end (`@tauri-apps/api`: humanlayer's desktop UI), a React
  // Native or Expo app; Electron or a terminal UI also as a devDependency, where apps that bundle
  // it keep it (letta-code's CLI: Ink among its devDependencies, compiled into one `letta.js`).
  const names = [...keysOf(manifest.dependencies), ...keysOf(manifest.devDependencies)];
  const servesPages = names.some((name) => PAGE_FRAMEWORK.test(name));
  // Deployed to a platform that serves everyone as well, with a server framework that runs the
  // app's modules there (bolt.diy: its Remix app on Cloudflare Pages, and the same modules in its
  // Electron build): the host's build is one target of two. Not a static export the platform only
  // hands to browsers (happy's Expo app, Wrangler deploying its web build).
  const deployedToServe = names.some((name) => SERVING_PLATFORM.test(name)) && names.some((name) => HTTP_SERVER.test(name));
  const hostOfTheApp = (name: string): boolean => !deployedToServe && !(servesPages && TERMINAL_UI.has(name));
  const dependsOnHost = keysOf(manifest.dependencies).some((name) => isSingleUserHost(name) && hostOfTheApp(name));
  const bundlesHost = keysOf(manifest.devDependencies).some((name) => BUNDLED_HOSTS.has(name) && hostOfTheApp(name));
  // A package typed against VS Code's API (`@types/vscode`) runs in an editor extension, whether
  // or not it is the extension itself (Roo-Code's `packages/cloud`, whose `CloudService.instance`
  // takes the extension's `ExtensionContext`).
  const typedForEditor = names.includes('@types/vscode');
  // An oclif CLI's manifest configures its commands (`oclif: { bin, commands }`): TypeAgent's
  // `agent-cli`, whose spinner and debug panel are the terminal's, one person at the keyboard.
  const oclifCli = typeof manifest.oclif === 'object' && manifest.oclif !== null;
  // A Cordova plugin's manifest names it to Cordova (`cordova: { id, platforms }`): its code runs
  // in one phone's app, its web view or its native bridge (PhoneChat's vendored
  // `plugins/cordova-plugin-file`, whose browser proxy keeps the page's file system in `fs_`).
  const cordovaPlugin = typeof manifest.cordova === 'object' && manifest.cordova !== null && typeof (manifest.cordova as { readonly id?: unknown }).id === 'string';
  // The host itself, its source in the tree: a terminal UI's core forked into the app that draws
  // with it (LongerAgent's `opentui-src/forked/core`, named `@opentui/core`, whose renderer
  // tracker and console capture are the one terminal's). Not a package named as a server.
  const isHostItself = typeof manifest.name === 'string' && isSingleUserHost(manifest.name) && !/server/i.test(manifest.name);
  // A Screeps bot, typed against the game's API or built by a plugin that uploads it to the game:
  // one player's code, run by the game's server in that player's sandbox (kncreeps' game engine,
  // made as its main module loads; screeps-logic's `Core`). Not a package with a server of its own.
  const screepsBot = names.some((name) => SCREEPS_BOT.test(name)) && !names.some((name) => HTTP_SERVER.test(name));
  return dependsOnHost || isHostItself || bundlesHost || typedForEditor || screepsBot || oclifCli || cordovaPlugin || isCommandLineTool(manifest) || keysOf(manifest.engines).includes('vscode') || packedByElectronBuilder(manifest) || isPageApp(manifest, root) || isApifyActor(manifest, root);
}
