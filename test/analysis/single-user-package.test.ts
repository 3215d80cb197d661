import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../rules/no-module-singleton.js';
import { mayContainFinding } from '../../src/analysis/prefilter.js';
import { clientModuleOfFramework, inDeveloperTooling, inCmsPanelCode, inPageSourceTree, inSingleUserPackage, loadedByPage, meteorClientModule, pageModuleBesideWorker, servedAsStaticFile } from '../../src/analysis/single-user-package.js';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { ruleTester } from '../rules/rule-tester.js';

/** Writes each file of `files` (path → text) under `root`, making its directories. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A monorepo: a server, an Electron app (with a package of its own inside), an editor extension. */
function monorepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'ssot-single-user-'));
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'root', private: true, devDependencies: { typescript: '5' } }),
    'packages/server/package.json': JSON.stringify({ name: 'server', dependencies: { fastify: '5' } }),
    'packages/desktop/package.json': JSON.stringify({ name: 'desktop', main: 'src/index.js', devDependencies: { electron: '33' } }),
    'packages/desktop/vendor/sdk/package.json': JSON.stringify({ name: 'sdk' }),
    'packages/editor/package.json': JSON.stringify({ name: 'editor', engines: { vscode: '^1.90.0' } }),
    'packages/broken/package.json': '{ not json',
    // a Tauri app's front end (humanlayer's desktop UI); a server that only builds one keeps it a devDependency
    'packages/wui/package.json': JSON.stringify({ name: 'wui', dependencies: { '@tauri-apps/api': '2', react: '19' }, devDependencies: { '@tauri-apps/cli': '2' } }),
    'packages/builder/package.json': JSON.stringify({ name: 'builder', dependencies: { fastify: '5' }, devDependencies: { '@tauri-apps/cli': '2' } }),
    // an Obsidian plugin: the app supplies its API, so the manifest keeps it among devDependencies (nexus)
    'packages/vault-agent/package.json': JSON.stringify({ name: 'nexus', main: 'main.js', dependencies: { '@anthropic-ai/sdk': '0.60' }, devDependencies: { obsidian: '^1.12.3', esbuild: '0.25' } }),
    // an Ember addon, built by ember-cli for the page (boundary-ui's api addon); not one FastBoot also renders on the server
    'packages/ember-api/package.json': JSON.stringify({ name: 'api', keywords: ['ember-addon'], dependencies: { 'ember-cli-babel': '8' }, devDependencies: { 'ember-cli': '6', 'ember-source': '6', '@sqlite.org/sqlite-wasm': '3' } }),
    'packages/ember-ssr/package.json': JSON.stringify({ name: 'ssr', devDependencies: { 'ember-cli': '6', 'ember-source': '6', 'ember-cli-fastboot': '4' } }),
    // a library of an editor extension's, typed against VS Code's API (Roo-Code's packages/cloud)
    'packages/cloud/package.json': JSON.stringify({ name: 'cloud', dependencies: { ioredis: '5' }, devDependencies: { '@types/vscode': '^1.102.0' } }),
    // a terminal app (gemini-cli's): React for the terminal, one person at the keyboard
    'packages/cli/package.json': JSON.stringify({ name: 'cli', bin: { tool: 'dist/index.js' }, dependencies: { ink: '6', react: '19' } }),
    // … bundled into what the CLI ships, so a devDependency (letta-code's `letta.js`)
    'packages/bundled-cli/package.json': JSON.stringify({ name: 'bundled-cli', bin: { tool: 'tool.js' }, dependencies: { ws: '8' }, devDependencies: { ink: '6', react: '19' } }),
    // a terminal app on OpenTUI (coding-agent-v2's `renx`), as a dependency or bundled; not a server that renders a terminal page too
    'packages/opentui-cli/package.json': JSON.stringify({ name: '@renxqoo/renx-code', bin: { renx: './bin/renx.cjs' }, dependencies: { '@opentui/core': '0.1', '@opentui/react': '0.1', react: '19' } }),
    'packages/opentui-bundled/package.json': JSON.stringify({ name: 'renx-bundled', bin: { renx: './bin/renx.cjs' }, devDependencies: { '@opentui/solid': '0.1' } }),
    // an oclif CLI: its manifest configures the commands (TypeAgent's agent-cli)
    'packages/oclif-cli/package.json': JSON.stringify({ name: 'agent-cli', bin: { 'agent-cli': './bin/run.js' }, dependencies: { '@oclif/core': '4', ws: '8' }, oclif: { bin: 'agent-cli', commands: './dist/commands' } }),
    // a Cordova plugin, vendored into a phone app (PhoneChat's cordova-plugin-file); not a package that only names Cordova in its keywords
    'plugins/cordova-plugin-file/package.json': JSON.stringify({ name: 'cordova-plugin-file', cordova: { id: 'cordova-plugin-file', platforms: ['android', 'ios', 'browser'] }, keywords: ['ecosystem:cordova'] }),
    'packages/cordova-keyword/package.json': JSON.stringify({ name: 'push-server', keywords: ['ecosystem:cordova'], dependencies: { express: '5' } }),
    // … not a server that only depends on oclif's core (an admin command beside it)
    'packages/admin-api/package.json': JSON.stringify({ name: 'admin-api', dependencies: { '@oclif/core': '4', fastify: '5' } }),
    // a command-line tool: a command, its arguments parsed, nothing that serves (codebuff's npm-app, talking to its backend over ws)
    'packages/npm-app/package.json': JSON.stringify({ name: 'npm-app', bin: { codebuff: 'dist/index.js' }, dependencies: { commander: '13', ws: '8', 'posthog-node': '4' } }),
    // … not a server that installs a command too (verdaccio's), nor one with a database driver, nor a library that parses nothing
    'packages/registry/package.json': JSON.stringify({ name: 'registry', bin: { registry: 'bin/registry' }, dependencies: { commander: '13', express: '4' } }),
    'packages/sync/package.json': JSON.stringify({ name: 'sync', bin: 'bin/sync.js', dependencies: { yargs: '17', pg: '8' } }),
    // … but a local file's database is the same one user's (bobmatnyc's ai-code-review: commander, yargs and sqlite3)
    'packages/reviewer/package.json': JSON.stringify({ name: '@someone/ai-code-review', bin: './dist/index.js', dependencies: { commander: '13', yargs: '17', sqlite3: '5', 'better-sqlite3': '11' } }),
    // … as it is through the sqlite package's promise API over sqlite3
    'packages/notes-cli/package.json': JSON.stringify({ name: 'notes-cli', bin: { notes: './dist/index.js' }, dependencies: { commander: '13', sqlite: '5', sqlite3: '5' } }),
    'packages/lib/package.json': JSON.stringify({ name: 'lib', bin: { lib: 'bin/lib.js' }, dependencies: { ws: '8' } }),
    'packages/lds/package.json': JSON.stringify({ name: 'node-opcua-local-discovery-server', bin: { lds: './bin/lds.mjs' }, dependencies: { yargs: '17', 'node-opcua': '2' } }),
    'packages/samples/package.json': JSON.stringify({ name: 'samples', bin: { simple_client: './bin/client.js', simple_server: './bin/server.js' }, dependencies: { yargs: '17' } }),
    'packages/no-bin/package.json': JSON.stringify({ name: 'no-bin', dependencies: { commander: '13' } }),
    // a server with React among its devDependencies is no terminal app
    'packages/api/package.json': JSON.stringify({ name: 'api', bin: { api: 'dist/main.js' }, dependencies: { fastify: '5' }, devDependencies: { react: '19' } }),
    // … or a full-screen one (Joplin's CLI, on terminal-kit)
    'packages/app-cli/package.json': JSON.stringify({ name: 'joplin', bin: './main.js', dependencies: { 'terminal-kit': '3', sqlite3: '5' } }),
    // … but not beside a framework that serves pages: the terminal UI draws the build's console (AutomotiveCRM's Remix CRM)
    'packages/crm/package.json': JSON.stringify({ name: 'demodealer', dependencies: { '@remix-run/node': '2', '@prisma/client': '5', 'terminal-kit': '3' } }),
    'packages/docs-site/package.json': JSON.stringify({ name: 'docs-site', dependencies: { next: '15' }, devDependencies: { ink: '6' } }),
    // an app built for Electron and deployed to Cloudflare Pages too (bolt.diy): the Pages deployment serves everyone
    'packages/bolt/package.json': JSON.stringify({ name: 'bolt', dependencies: { '@remix-run/cloudflare': '2', 'electron-store': '10' }, devDependencies: { electron: '33', wrangler: '4' } }),
    // … not an Expo app whose web build Wrangler deploys as static files (happy's): no server runs its modules
    'packages/expo-web/package.json': JSON.stringify({ name: 'happy', dependencies: { expo: '54', 'react-native': '0.81', 'react-native-web': '0.21' }, devDependencies: { wrangler: '4' } }),
    // a page's app (crowd.dev's frontend: Vue on Vite); React rendered by Next.js, a page beside its
    // Cloudflare Worker, a Vite app with an Express server: each has a server side
    // an Electron app's manifest as electron-builder packs it (ever-gauzy's apps/agent/src/package.json)
    'apps/agent/src/package.json': JSON.stringify({ name: 'gauzy-agent', main: 'index.js', build: { appId: 'com.ever.gauzyagent', asar: true }, dependencies: { 'node-fetch': '2' } }),
    'packages/frontend/package.json': JSON.stringify({ name: 'frontend', dependencies: { vue: '3', 'socket.io-client': '4' }, devDependencies: { vite: '6' } }),
    'packages/web/package.json': JSON.stringify({ name: 'web', dependencies: { next: '15', react: '19', 'react-dom': '19' } }),
    'packages/worker-app/package.json': JSON.stringify({ name: 'worker-app', dependencies: { react: '19', 'react-dom': '19' }, devDependencies: { vite: '8', wrangler: '4' } }),
    'packages/ssr/package.json': JSON.stringify({ name: 'ssr', dependencies: { express: '5', 'react-dom': '19' }, devDependencies: { vite: '8' } }),
    // a page's app without a UI library, told by the page Vite starts from (ft_transcendence's
    // frontend: TypeScript, Babylon.js, GSAP); not a Vite-built library without one
    'packages/game-frontend/package.json': JSON.stringify({ name: 'frontend', dependencies: { '@babylonjs/core': '8', gsap: '3' }, devDependencies: { vite: '7' } }),
    'packages/game-frontend/index.html': '<!doctype html><script type="module" src="/src/main.ts"></script>',
    // a game engine drawing on the page's canvas, its page under the Vite root it names (mistral-raid's client/)
    'packages/phaser-game/package.json': JSON.stringify({ name: 'mistral-raid', dependencies: { phaser: '3', '@mistralai/mistralai': '1' }, devDependencies: { vite: '5' } }),
    'packages/phaser-game/client/index.html': '<!doctype html><script type="module" src="/src/main.ts"></script>',
    // the full-stack layout of Replit's template: one package, its page in client/, its server in server/ (Bunz_ai)
    'packages/fullstack-app/package.json': JSON.stringify({ name: 'rest-express', dependencies: { express: '4', react: '18', ws: '8' }, devDependencies: { vite: '5' } }),
    'packages/fullstack-app/client/index.html': '<!doctype html><script type="module" src="/src/main.tsx"></script>',
    // … and a page at a package's root, whose src/ holds its server's workers too (eccb.app)
    'packages/root-page/package.json': JSON.stringify({ name: 'eccb', dependencies: { express: '4', react: '18', bullmq: '5' }, devDependencies: { vite: '5' } }),
    'packages/root-page/index.html': '<!doctype html><script type="module" src="/src/main.tsx"></script>',
    'packages/phaser-server/package.json': JSON.stringify({ name: 'rooms', dependencies: { phaser: '3', express: '5' }, devDependencies: { vite: '5' } }),
    // tRPC's server package for the client's types alone (insightdesk's web app); not beside a server of its own
    'packages/trpc-web/package.json': JSON.stringify({ name: 'web', dependencies: { react: '19', 'react-dom': '19', '@trpc/client': '11', '@trpc/server': '11', '@trpc/tanstack-react-query': '11' }, devDependencies: { vite: '6' } }),
    'packages/trpc-fullstack/package.json': JSON.stringify({ name: 'fullstack', dependencies: { 'react-dom': '19', '@trpc/client': '11', '@trpc/server': '11', express: '5' }, devDependencies: { vite: '6' } }),
    'packages/trpc-api/package.json': JSON.stringify({ name: 'api', dependencies: { '@trpc/server': '11', zod: '3' }, devDependencies: { vite: '6' } }),
    // a Screeps bot, typed against the game and uploaded by its build (kncreeps); not a server that hosts a game of its own
    'packages/screeps-bot/package.json': JSON.stringify({ name: 'kncreeps', devDependencies: { '@types/screeps': '3', 'rollup-plugin-screeps': '1', typescript: '5' } }),
    'packages/screeps-stats/package.json': JSON.stringify({ name: 'stats', dependencies: { express: '5', '@types/screeps': '3' } }),
    // an Apify Actor: the SDK and the Actor's definition (webhook-debugger-logger); not a server that only uses the SDK's client
    'packages/actor/package.json': JSON.stringify({ name: 'webhook-debugger', dependencies: { apify: '3', express: '5', '@duckdb/node-api': '1' } }),
    'packages/actor/.actor/actor.json': JSON.stringify({ actorSpecification: 1, name: 'webhook-debugger' }),
    'packages/scraper-api/package.json': JSON.stringify({ name: 'scraper-api', dependencies: { apify: '3', express: '5' } }),
    // a SvelteKit app that deploys no server, its one adapter the static one (sertantai-legal's frontend);
    // not one on Node's adapter, nor one that keeps the static adapter beside another
    'packages/static-kit/package.json': JSON.stringify({ name: 'static-kit', dependencies: { 'idb-keyval': '6' }, devDependencies: { '@sveltejs/adapter-static': '3', '@sveltejs/kit': '2', svelte: '5', vite: '6' } }),
    'packages/node-kit/package.json': JSON.stringify({ name: 'node-kit', devDependencies: { '@sveltejs/adapter-node': '5', '@sveltejs/kit': '2', svelte: '5', vite: '6' } }),
    'packages/both-kit/package.json': JSON.stringify({ name: 'both-kit', devDependencies: { '@sveltejs/adapter-static': '3', '@sveltejs/adapter-vercel': '5', '@sveltejs/kit': '2', svelte: '5', vite: '6' } }),
    'packages/static-kit-pg/package.json': JSON.stringify({ name: 'static-kit-pg', dependencies: { pg: '8' }, devDependencies: { '@sveltejs/adapter-static': '3', '@sveltejs/kit': '2', svelte: '5', vite: '6' } }),
    // a Vue back office on Vite with a database driver among its devDependencies, for its migration
    // scripts (resto_backoffice's `pg`); not one that ships the driver
    'packages/backoffice/package.json': JSON.stringify({ name: 'backoffice', dependencies: { vue: '3', pinia: '3', '@supabase/supabase-js': '2' }, devDependencies: { vite: '7', pg: '8' } }),
    'packages/backoffice-pg/package.json': JSON.stringify({ name: 'backoffice-pg', dependencies: { vue: '3', pg: '8' }, devDependencies: { vite: '7' } }),
    'packages/vite-lib/package.json': JSON.stringify({ name: 'vite-lib', dependencies: { ws: '8' }, devDependencies: { vite: '7' } }),
    // a page's UI with Hono for its typed API client only (Mineco's @mineco/app); not one that serves Hono from Node or Bun, nor needs it at run time
    'packages/hono-client-ui/package.json': JSON.stringify({ name: '@mineco/app', dependencies: { 'solid-js': '1' }, devDependencies: { hono: '4', vite: '8' } }),
    'packages/hono-node-ui/package.json': JSON.stringify({ name: 'hono-node-ui', dependencies: { 'solid-js': '1', '@hono/node-server': '1' }, devDependencies: { hono: '4', vite: '8' } }),
    'packages/hono-bun-ui/package.json': JSON.stringify({ name: 'hono-bun-ui', dependencies: { react: '19', 'react-dom': '19' }, devDependencies: { hono: '4', vite: '8', '@types/bun': '1' } }),
    'packages/hono-runtime-ui/package.json': JSON.stringify({ name: 'hono-runtime-ui', dependencies: { react: '19', 'react-dom': '19', hono: '4' }, devDependencies: { vite: '8' } }),
    'packages/vite-node-lib/package.json': JSON.stringify({ name: 'vite-node-lib', dependencies: { zod: '3' }, devDependencies: { vite: '7' } }),
    // a browser extension, built by WXT (supermemory's) or Plasmo: one user's browser
    'apps/browser-extension/package.json': JSON.stringify({ name: 'extension', dependencies: { 'posthog-js': '1', react: '19', 'react-dom': '19' }, devDependencies: { wxt: '0.20' } }),
    'apps/plasmo-extension/package.json': JSON.stringify({ name: 'plasmo-extension', dependencies: { plasmo: '0.90', react: '18', 'react-dom': '18' } }),
    // a browser extension's directory inside a server's package, told by its WebExtensions manifest
    // (workstation's chrome-extension/); not a web app's manifest, nor one that is not JSON
    'packages/server/chrome-extension/manifest.json': JSON.stringify({ manifest_version: 3, name: 'Agent', background: { service_worker: 'background.js' } }),
    // a theme vendored into the server's public/ with its own manifest (AdminLTE's, its require.js beside it)
    'packages/server/public/themes/lte/package.json': JSON.stringify({ name: 'admin-lte', devDependencies: { grunt: '1' } }),
    // a page and its scripts in a web root deeper in the server's package (DollhouseMCP's console in src/web/public/)
    'packages/server/src/web/public/index.html': '<!doctype html><script src="logs.js"></script>',
    // a page Vite serves beside the server in the same package (pi-agent-chatbot-platform's browser entry), and another origin's script
    'packages/server/index.html': '<!doctype html><script src="https://challenges.example.com/api.js" async></script><script type="module" src="/src/page/main.ts"></script>',
    // a coding agent's skill and CI's scripts beside the server's manifest (magic-ai-trading-bot's .claude/skills/…)
    'packages/server/.claude/skills/chrome-devtools/scripts/package.json': JSON.stringify({ name: 'chrome-devtools-scripts', dependencies: { puppeteer: '24' } }),
    'packages/server/.github/scripts/label.js': '',
    // … and beside another language's manifest: a Python service's coding-agent skill with a sample Node server (talos-ai-gateway's)
    'services/gateway/pyproject.toml': '[project]\nname = "gateway"\n',
    'services/gateway/.agents/skills/whatsapp/boilerplate/nodejs/package.json': JSON.stringify({ name: 'whatsapp-boilerplate', dependencies: { express: '5' } }),
    // an agent's skill the app ships (super-client-r's skills/iconfont-downloader), its scripts a package of their own
    'skills/iconfont-downloader/SKILL.md': '---\nname: iconfont-downloader\ndescription: Search and download icons\n---\n',
    'skills/iconfont-downloader/scripts/package.json': JSON.stringify({ name: 'iconfont-downloader-skill', main: 'index.js', optionalDependencies: { puppeteer: '21' } }),
    'skills/draft/scripts/package.json': JSON.stringify({ name: 'draft-skill', main: 'index.js' }),
    'packages/server/src/skills/README.md': 'The skills the server loads.',
    // … a folder so named that no package sits beside: an editor's worktrees, holding a checkout
    'home/.cursor/worktrees/app/package.json': JSON.stringify({ name: 'app', dependencies: { fastify: '5' } }),
    'packages/server/src/pwa/manifest.json': JSON.stringify({ name: 'App', start_url: '/', display: 'standalone' }),
    'packages/server/src/broken/manifest.json': '{ not json',
    // a worker: RabbitMQ consumers and cron rules, no HTTP server (midcurve's business-logic app); not a
    // Next.js app that also consumes a queue, nor an Express server that runs a cron job
    'apps/business-logic/package.json': JSON.stringify({ name: 'business-logic', private: true, scripts: { dev: 'tsx watch --env-file=../../.env src/index.ts', start: 'node --env-file=../../.env dist/index.js' }, dependencies: { amqplib: '0.10', 'node-cron': '4', pino: '9', ws: '8' } }),
    // … not a library whose job client is on BullMQ (documenso's @documenso/lib): its modules run in what imports them
    'packages/jobs-lib/package.json': JSON.stringify({ name: '@acme/lib', main: './index.ts', scripts: { test: 'vitest run' }, dependencies: { bullmq: '5' } }),
    'packages/exporting-worker/package.json': JSON.stringify({ name: '@acme/queue', exports: { '.': './dist/index.js' }, scripts: { start: 'node dist/index.js' }, dependencies: { bullmq: '5' } }),
    'apps/automation/package.json': JSON.stringify({ name: 'automation', dependencies: { amqplib: '0.10', next: '15', react: '19' } }),
    'apps/api-with-cron/package.json': JSON.stringify({ name: 'api-with-cron', dependencies: { 'node-cron': '4', express: '5' } }),
    // apps whose framework runs a module in the browser alone by its name: a Nuxt app's client plugins
    // (or3-chat's), a Remix app's `.client` modules, a SvelteKit app's client hooks; a NestJS server's `.client` is its own
    'apps/nuxt-chat/package.json': JSON.stringify({ name: 'or3-chat', dependencies: { nuxt: '4', vue: '3' } }),
    'apps/remix-shop/package.json': JSON.stringify({ name: 'remix-shop', dependencies: { '@remix-run/node': '2', '@remix-run/react': '2' }, devDependencies: { '@remix-run/dev': '2' } }),
    // a Vike app served by Fastify (serieslist's webapp), and a vite-plugin-ssr one
    'apps/vike-web/package.json': JSON.stringify({ name: 'webapp', dependencies: { fastify: '5', vike: '0.4', 'react-dom': '18' }, devDependencies: { vite: '5' } }),
    'apps/vps-web/package.json': JSON.stringify({ name: 'vps-web', dependencies: { express: '4', 'vite-plugin-ssr': '0.4', react: '18' } }),
    'apps/kit-notes/package.json': JSON.stringify({ name: 'kit-notes', devDependencies: { '@sveltejs/adapter-node': '5', '@sveltejs/kit': '2', svelte: '5' } }),
    'apps/nest-api/package.json': JSON.stringify({ name: 'nest-api', dependencies: { '@nestjs/core': '11', ioredis: '5' } }),
    // a Meteor app, whose client/ directories its build never loads on the server (4minitz)
    'apps/meetings/.meteor/release': 'METEOR@2.16\n',
    'apps/meetings/package.json': JSON.stringify({ name: '4minitz', dependencies: { 'meteor-node-stubs': '1' } }),
    // a terminal UI's core forked into the app that draws with it (LongerAgent's opentui-src/forked/core); not a package named as a server
    'apps/fermi/opentui-src/forked/core/package.json': JSON.stringify({ name: '@opentui/core', main: 'index.ts', dependencies: { 'yoga-layout': '3' } }),
    'packages/expo-server/package.json': JSON.stringify({ name: 'expo-server', dependencies: { undici: '6' } }),
    // an Electron app's renderer as a package of its own, its bundler at the root (Folo's desktop renderer)
    'apps/desktop/layer/renderer/package.json': JSON.stringify({ name: 'renderer', dependencies: { '@electron-toolkit/preload': '3', react: '19', 'react-dom': '19' } }),
  };
  writeTree(root, files);
  return root;
}

const root = monorepo();
afterAll(() => rmSync(root, { recursive: true, force: true }));
// bruno's main-process store: it never imports electron itself.
const HOLDER = `let shared = null;\nexport function getPool() {\n  if (!shared) shared = new Pool();\n  return shared;\n}\n`;

describe('inSingleUserPackage: the nearest package.json says whether a desktop app, an editor extension or a page owns the file', () => {
  it('answers by the nearest manifest', () => {
    expect(inSingleUserPackage(join(root, 'packages/desktop/src/services/pool/index.js'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/editor/src/extension.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/vault-agent/src/services/oauth/OAuthService.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/ember-api/addon/workers/utils/shared-service.js'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/ember-ssr/app/services/session.js'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/server/src/db.ts'))).toBe(false);
    // a package of its own inside the app, a manifest that does not parse, the root's: none is an app's
    expect(inSingleUserPackage(join(root, 'packages/desktop/vendor/sdk/index.js'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/broken/src/a.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'scripts/seed.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/wui/src/hooks/scopeManager.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/builder/src/db.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/cli/src/ui/themes/theme-manager.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/app-cli/app/command-sync.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/crm/app/components/microsoft/graphService.server.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/docs-site/lib/search.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/bolt/app/lib/services/mcpService.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/expo-web/sources/sync/projectManager.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/bundled-cli/src/backend/backend.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/opentui-cli/src/ui/theme.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/opentui-bundled/src/agent/task-store.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/api/src/db.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/oclif-cli/src/enhancedConsole.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'plugins/cordova-plugin-file/src/browser/FileProxy.js'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/cordova-keyword/src/server.js'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/admin-api/src/db.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/npm-app/src/client.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/registry/src/storage.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/sync/src/db.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/reviewer/src/cache.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/notes-cli/src/db.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/lib/src/socket.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/no-bin/src/cli.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/lds/bin/lds.mjs'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/samples/bin/server.js'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/cloud/src/CloudService.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'apps/agent/src/main/api.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/frontend/src/modules/auth/auth.socket.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/web/app/api/chat/route.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/worker-app/src/server.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/ssr/server/render.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/game-frontend/src/components/chat/chatService.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/vite-lib/src/socket.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/phaser-game/client/src/systems/BuffManager.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/phaser-server/src/rooms.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/trpc-web/src/components/insights/generator.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/trpc-fullstack/src/server/cache.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/trpc-api/src/routers/cache.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/screeps-bot/src/managers/TaskManager.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/screeps-stats/src/server.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/hono-client-ui/src/lib/api-client.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/hono-node-ui/src/lib/api-client.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/hono-bun-ui/src/lib/api-client.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/hono-runtime-ui/src/lib/api-client.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/static-kit/src/lib/db/idb-storage.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/node-kit/src/lib/db/idb-storage.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/both-kit/src/lib/db/idb-storage.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/static-kit-pg/src/lib/db/pool.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/backoffice/src/core/sync/SyncService.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/backoffice-pg/src/core/sync/SyncService.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/actor/src/main.js'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/scraper-api/src/main.js'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'packages/vite-node-lib/src/client.ts'))).toBe(false);
    expect(inSingleUserPackage(join(root, 'apps/browser-extension/utils/posthog.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'apps/plasmo-extension/background/index.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'apps/desktop/layer/renderer/src/modules/debug/registry.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'apps/fermi/opentui-src/forked/core/renderer.ts'))).toBe(true);
    expect(inSingleUserPackage(join(root, 'packages/expo-server/src/index.ts'))).toBe(false);
  });

  it('keeps the prefilter to what the rule reports', () => {
    const config = resolveConfig({}, root);
    expect(mayContainFinding(HOLDER, config, join(root, 'packages/desktop/src/pool.js'))).toBe(false);
    expect(mayContainFinding(HOLDER, config, join(root, 'packages/server/src/pool.js'))).toBe(true);
    expect(mayContainFinding(HOLDER, config, join(root, 'packages/server/public/scripts/chat.js'))).toBe(false);
    expect(mayContainFinding(HOLDER, config, join(root, 'packages/server/chrome-extension/lib/api-client.ts'))).toBe(false);
    expect(mayContainFinding(HOLDER, config, join(root, 'packages/server/src/pwa/pool.ts'))).toBe(true);
  });
});

describe('servedAsStaticFile: the public/ or www/ directory beside a package.json holds what its server hands to browsers', () => {
  it('answers for that directory only', () => {
    // SillyTavern's page scripts: `express.static('public')` beside the server's manifest
    expect(servedAsStaticFile(join(root, 'packages/server/public/scripts/group-chats.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'packages/server/public/lib/pdf.mjs'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'public/sw.js'))).toBe(true);
    // … a library vendored there with a package.json of its own is served all the same
    expect(servedAsStaticFile(join(root, 'packages/server/public/themes/lte/js/require.js'))).toBe(true);
    // … or `www/` (cryptpad's `gzipStatic(Path.resolve('./www'))`, its vendored pdf.js and mermaid; Cordova's and Capacitor's web assets)
    expect(servedAsStaticFile(join(root, 'packages/server/www/lib/pdfjs/build/pdf.mjs'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'packages/server/bin/www'))).toBe(false);
    // a deeper `public/` is as often a route folder (langfuse's pages/api/public/); a name that only starts so is not it
    expect(servedAsStaticFile(join(root, 'packages/server/src/pages/api/public/traces.ts'))).toBe(false);
    expect(servedAsStaticFile(join(root, 'packages/server/public-api/routes.ts'))).toBe(false);
    // … unless a page lies in it: that folder is a web root, what lies under it a page's scripts
    expect(servedAsStaticFile(join(root, 'packages/server/src/web/public/logs.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'packages/server/src/web/public/js/metrics.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'packages/server/src/web/server.ts'))).toBe(false);
    expect(servedAsStaticFile(join(root, 'packages/server/src/db.ts'))).toBe(false);
    // a WordPress site's own folders, which PHP serves (siteproc's Local site beside its Next.js app)
    expect(servedAsStaticFile(join(root, 'siteproc/app/public/wp-admin/js/custom-header.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'siteproc/app/public/wp-includes/js/wp-auth-check.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'siteproc/app/public/wp-content/themes/twenty/js/navigation.js'))).toBe(true);
    expect(servedAsStaticFile(join(root, 'src/lib/wp-client.ts'))).toBe(false);
  });
});

describe('loadedByPage: a script an index.html loads runs in the visitor\'s tab', () => {
  it('answers for the scripts the page names only', () => {
    expect(loadedByPage(join(root, 'packages/server/src/page/main.ts'))).toBe(true);
    // what the entry imports, or the server beside it, is not named by the page
    expect(loadedByPage(join(root, 'packages/server/src/page/chat-panel.ts'))).toBe(false);
    expect(loadedByPage(join(root, 'packages/server/src/pool.ts'))).toBe(false);
    // a page in another package loads its own
    expect(loadedByPage(join(root, 'packages/game-frontend/src/main.ts'))).toBe(true);
    expect(loadedByPage(join(root, 'packages/game-frontend/main.ts'))).toBe(false);
  });
});

describe('inPageSourceTree: the source tree of a page kept in a folder of its package', () => {
  it('answers for the tree the page\'s script lies in, not the server beside it nor a page at the package\'s root', () => {
    expect(inPageSourceTree(join(root, 'packages/fullstack-app/client/src/hooks/useSync.ts'))).toBe(true);
    expect(inPageSourceTree(join(root, 'packages/fullstack-app/client/src/main.tsx'))).toBe(true);
    // the server and the page's folder itself (its Vite config, say) are not the page's tree
    expect(inPageSourceTree(join(root, 'packages/fullstack-app/server/routes.ts'))).toBe(false);
    expect(inPageSourceTree(join(root, 'packages/fullstack-app/client/vite.config.ts'))).toBe(false);
    // a page at the package's root may share src/ with the server
    expect(inPageSourceTree(join(root, 'packages/root-page/src/workers/scheduler.ts'))).toBe(false);
  });
});

describe('clientModuleOfFramework: a module the app\'s framework loads in the browser alone, by its name', () => {
  it('answers for Nuxt\'s client plugins, Remix\'s .client modules and SvelteKit\'s client hooks', () => {
    expect(clientModuleOfFramework(join(root, 'apps/nuxt-chat/app/plugins/pane-plugin-api.client.ts'))).toBe(true);
    expect(clientModuleOfFramework(join(root, 'apps/remix-shop/app/utils/analytics.client.ts'))).toBe(true);
    expect(clientModuleOfFramework(join(root, 'apps/kit-notes/src/hooks.client.ts'))).toBe(true);
  });
  it('answers for a Vike app\'s client hooks and a vite-plugin-ssr page\'s client code, not their server hooks', () => {
    expect(clientModuleOfFramework(join(root, 'apps/vike-web/src/renderer/+onRenderClient.tsx'))).toBe(true);
    expect(clientModuleOfFramework(join(root, 'apps/vike-web/src/pages/+client.ts'))).toBe(true);
    expect(clientModuleOfFramework(join(root, 'apps/vps-web/renderer/_default.page.client.tsx'))).toBe(true);
    expect(clientModuleOfFramework(join(root, 'apps/vike-web/src/renderer/+onRenderHtml.tsx'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/vike-web/src/pages/+data.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/vike-web/src/lib/redis.client.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/remix-shop/app/routes/+onRenderClient.tsx'))).toBe(false);
  });
  it('not for the server\'s modules of the same apps, a Nuxt composable so named, nor the suffix in another framework\'s app', () => {
    expect(clientModuleOfFramework(join(root, 'apps/nuxt-chat/app/plugins/registry.server.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/nuxt-chat/app/composables/cache.client.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/kit-notes/src/lib/store.client.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/nest-api/src/redis.client.ts'))).toBe(false);
    expect(clientModuleOfFramework(join(root, 'apps/remix-shop/app/utils/analytics.ts'))).toBe(false);
  });
});

describe('meteorClientModule: a Meteor app\'s client/ directories are never loaded on its server', () => {
  it('answers for a client/ directory anywhere in the app', () => {
    expect(meteorClientModule(join(root, 'apps/meetings/client/templates/topic/topicEdit.js'))).toBe(true);
    expect(meteorClientModule(join(root, 'apps/meetings/imports/client/session.js'))).toBe(true);
  });
  it('not for the app\'s server or shared code, its own packages\' files, nor a client/ directory outside a Meteor app', () => {
    expect(meteorClientModule(join(root, 'apps/meetings/server/mail.js'))).toBe(false);
    expect(meteorClientModule(join(root, 'apps/meetings/imports/ui/analytics.js'))).toBe(false);
    expect(meteorClientModule(join(root, 'apps/meetings/packages/chat/client/feed.js'))).toBe(false);
    expect(meteorClientModule(join(root, 'apps/meetings/client.js'))).toBe(false);
    expect(meteorClientModule(join(root, 'apps/nest-api/src/client/pool.ts'))).toBe(false);
  });
});

ruleTester.run('no-module-singleton in a desktop app\'s package', rule, {
  valid: [
    { code: HOLDER, filename: join(root, 'packages/desktop/src/services/pool/index.js') },
    { code: HOLDER, filename: join(root, 'packages/editor/src/pool.ts') },
    { code: HOLDER, filename: join(root, 'packages/server/public/scripts/pool.js') },
    { code: HOLDER, filename: join(root, 'packages/server/chrome-extension/agent-registry.js') },
    { code: HOLDER, filename: join(root, 'packages/server/chrome-extension/lib/api-client.ts') },
    { code: HOLDER, filename: join(root, 'packages/server/src/web/public/logs.js') },
    { code: HOLDER, filename: join(root, 'packages/server/src/page/main.ts') },
    { code: HOLDER, filename: join(root, 'packages/fullstack-app/client/src/hooks/useSync.ts') },
    { code: HOLDER, filename: join(root, 'packages/server/.claude/skills/chrome-devtools/scripts/lib/browser.js') },
    { code: HOLDER, filename: join(root, 'apps/nuxt-chat/app/plugins/pane-plugin-api.client.ts') },
    { code: HOLDER, filename: join(root, 'apps/meetings/client/templates/topic/topicEdit.js') },
  ],
  invalid: [
    { code: HOLDER, filename: join(root, 'packages/server/src/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/fullstack-app/server/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/root-page/src/workers/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/desktop/vendor/sdk/pool.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/server/src/pages/api/public/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/server/src/pwa/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/server/src/web/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'home/.cursor/worktrees/app/src/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'packages/server/src/broken/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'apps/nest-api/src/redis.client.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'apps/nuxt-chat/app/composables/cache.client.ts'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'apps/meetings/server/mail.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: HOLDER, filename: join(root, 'apps/nest-api/src/client/pool.ts'), errors: [{ messageId: 'holder', line: 1 }] },
  ],
});

/** Pages' apps that a Cloudflare Worker serves, with what their Workers import. */
function workerApps(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssot-worker-page-'));
  const page = { dependencies: { hono: '4', preact: '10' }, devDependencies: { vite: '7', wrangler: '4', '@cloudflare/workers-types': '4' } };
  const files: Record<string, string> = {
    // kabaddi-timer: a Preact scoreboard beside its Hono Worker and Durable Object; the Worker reaches
    // its routes through a relative import and a tsconfig path alias, the page's hooks through neither
    'scoreboard/package.json': JSON.stringify({ name: 'scoreboard', ...page }),
    'scoreboard/wrangler.toml': 'name = "scoreboard"\nmain = "src/index.ts"\n\n[assets]\ndirectory = "./public"\n',
    'scoreboard/tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'scoreboard/src/index.ts': "import { Hono } from 'hono';\nimport { gameRoutes } from './routes/game';\nexport { GameSession } from '@/durable-objects/game-session';\nimport './styles.css';\nexport default new Hono().route('/game', gameRoutes);\n",
    'scoreboard/src/routes/game.ts': "import type { Game } from '../types/game.js';\nexport const gameRoutes = {};\n",
    'scoreboard/src/types/game.ts': 'export interface Game { id: string }\n',
    'scoreboard/src/durable-objects/game-session.ts': 'export class GameSession {}\n',
    'scoreboard/src/game-v2/hooks/useWebSocket.ts': "import { useState } from 'preact/hooks';\nconst wsManager = new WebSocketManager();\n",
    // Magic-Agent's Vue app on Vite+, its Worker (named in wrangler.jsonc) handing out the built assets
    'vue-app/package.json': JSON.stringify({ name: 'vue-app', dependencies: { vue: '3' }, devDependencies: { 'vite-plus': '0.1', '@cloudflare/vite-plugin': '1', wrangler: '4' } }),
    'vue-app/wrangler.jsonc': '{\n  // the Worker only serves the SPA\n  "main": "src/worker.ts",\n  "assets": { "directory": "./dist", "not_found_handling": "single-page-application" },\n}\n',
    'vue-app/src/worker.ts': 'export default { fetch: (request: Request, env: { ASSETS: { fetch: typeof fetch } }) => env.ASSETS.fetch(request) };\n',
    'vue-app/src/services/sync/rpc.ts': 'let encryptionManagerPromise = null;\n',
    // a Worker that loads a module by a name worked out as it runs: its bundle could hold any module
    'computed/package.json': JSON.stringify({ name: 'computed', ...page }),
    'computed/wrangler.toml': 'main = "src/index.ts"\n',
    'computed/src/index.ts': 'export default { fetch: async (request: Request) => (await import(`./routes/${new URL(request.url).pathname}`)).default(request) };\n',
    // … or a module of the project that is not there (one a build generates)
    'generated/package.json': JSON.stringify({ name: 'generated', ...page }),
    'generated/wrangler.toml': 'main = "src/index.ts"\n',
    'generated/src/index.ts': "import { routes } from './generated/routes';\nexport default { fetch: routes };\n",
    // Pages Functions are servers the wrangler configuration does not name
    'pages-fns/package.json': JSON.stringify({ name: 'pages-fns', ...page }),
    'pages-fns/wrangler.toml': 'main = "src/index.ts"\n',
    'pages-fns/src/index.ts': 'export default {};\n',
    'pages-fns/functions/api/chat.ts': 'export const onRequest = () => new Response();\n',
    // Hono's Node server is a server of its own; and a Worker without a page is all server
    'node-hono/package.json': JSON.stringify({ name: 'node-hono', dependencies: { hono: '4', '@hono/node-server': '1', react: '19' }, devDependencies: { vite: '7', wrangler: '4' } }),
    'node-hono/wrangler.toml': 'main = "src/worker.ts"\n',
    'node-hono/src/worker.ts': 'export default {};\n',
    'api-worker/package.json': JSON.stringify({ name: 'api-worker', dependencies: { hono: '4' }, devDependencies: { wrangler: '4' } }),
    'api-worker/wrangler.toml': 'main = "src/index.ts"\n',
    'api-worker/src/index.ts': 'export default {};\n',
  };
  writeTree(dir, files);
  return dir;
}

describe('pageModuleBesideWorker: a page\'s module that the Worker serving the page does not bundle runs in the visitor\'s tab', () => {
  const apps = workerApps();
  afterAll(() => rmSync(apps, { recursive: true, force: true }));

  it('answers for what the Worker\'s main module does not reach, through relative imports and path aliases alike', () => {
    expect(pageModuleBesideWorker(join(apps, 'scoreboard/src/game-v2/hooks/useWebSocket.ts'))).toBe(true);
    for (const bundled of ['src/index.ts', 'src/routes/game.ts', 'src/types/game.ts', 'src/durable-objects/game-session.ts']) {
      expect(pageModuleBesideWorker(join(apps, 'scoreboard', bundled))).toBe(false);
    }
    expect(pageModuleBesideWorker(join(apps, 'vue-app/src/services/sync/rpc.ts'))).toBe(true);
    expect(pageModuleBesideWorker(join(apps, 'vue-app/src/worker.ts'))).toBe(false);
  });

  it('keeps every module in view where the bundle cannot be told, another server runs, or no page is there', () => {
    for (const file of ['computed/src/pages/state.ts', 'generated/src/pages/state.ts', 'pages-fns/src/pages/state.ts', 'node-hono/src/pages/state.ts', 'api-worker/src/lib/state.ts']) {
      expect(pageModuleBesideWorker(join(apps, file))).toBe(false);
    }
  });

  it('keeps the prefilter and the rule to the Worker\'s modules', () => {
    const config = resolveConfig({}, apps);
    expect(mayContainFinding(HOLDER, config, join(apps, 'scoreboard/src/game-v2/hooks/pool.ts'))).toBe(false);
    expect(mayContainFinding(HOLDER, config, join(apps, 'scoreboard/src/routes/game.ts'))).toBe(true);
  });

  it('gives migrate no request-scope fallback in the page\'s modules: the page runs in the browser', () => {
    const call = "import { getAgentInstanceFactory } from './agents/factory';\nexport function onAccept() {\n  return getAgentInstanceFactory().accept();\n}\n";
    const config = resolveConfig({}, apps);
    const inPage = migrateSource(call, join(apps, 'scoreboard/src/game-v2/hooks/accept.ts'), config);
    expect(inPage.changed).toBe(false);
    expect(inPage.manual[0]?.reason).toMatch(/^the module runs in the browser \(.*or it is a page's app whose Worker does not bundle it\)/);
    expect(migrateSource(call, join(apps, 'scoreboard/src/routes/game.ts'), config).output).toContain('createAgentInstanceFactory(requireUserContext()).accept()');
  });
});

describe('inDeveloperTooling: a coding agent\'s, CI\'s or git\'s folder beside a project\'s manifest holds its developers\' tools', () => {
  it('answers for those folders beside a package only', () => {
    expect(inDeveloperTooling(join(root, 'packages/server/.claude/skills/chrome-devtools/scripts/lib/browser.js'))).toBe(true);
    expect(inDeveloperTooling(join(root, 'packages/server/.github/scripts/label.js'))).toBe(true);
    expect(inDeveloperTooling(join(root, 'services/gateway/.agents/skills/whatsapp/boilerplate/nodejs/src/index.ts'))).toBe(true);
    expect(inDeveloperTooling(join(root, 'packages/server/src/db.ts'))).toBe(false);
    expect(inDeveloperTooling(join(root, 'home/.cursor/worktrees/app/src/pool.ts'))).toBe(false);
  });

  it('answers for an agent\'s skill, skills/<name>/ with its SKILL.md, wherever it lies', () => {
    expect(inDeveloperTooling(join(root, 'skills/iconfont-downloader/scripts/puppeteer-impl.example.ts'))).toBe(true);
    // a skills/ folder of the app's own code, and a skill's folder without its SKILL.md
    expect(inDeveloperTooling(join(root, 'packages/server/src/skills/skill-manager.ts'))).toBe(false);
    expect(inDeveloperTooling(join(root, 'skills/draft/scripts/index.ts'))).toBe(false);
  });
});

describe('migrate in a single-user app\'s package', () => {
  // continue's extension code calling its core's getters, in a module that does not load vscode itself.
  const CALL = "import { getAgentInstanceFactory } from './agents/factory';\nexport function onAccept() {\n  return getAgentInstanceFactory().accept();\n}\n";
  const config = resolveConfig({}, root);

  it('gives no request-scope fallback there: its one user\'s events never arrive in a request', () => {
    const inEditor = migrateSource(CALL, join(root, 'packages/editor/src/accept.ts'), config);
    expect(inEditor.changed).toBe(false);
    expect(inEditor.manual).toEqual([{ line: 3, reason: "the module runs in a single-user process (its package is an editor extension's, a desktop, mobile or terminal app's or an Apify Actor's), where no request opens a scope and requireUserContext() would throw: hand the creator that user's context" }]);
    expect(migrateSource(CALL, join(root, 'packages/server/src/accept.ts'), config).output).toContain('createAgentInstanceFactory(requireUserContext()).accept()');
    // an Apify Actor's run serves the account that started it
    expect(migrateSource(CALL, join(root, 'packages/actor/src/accept.ts'), config).manual[0]?.reason).toMatch(/an Apify Actor's\), where no request opens a scope/);
    // a page script the server serves runs in a visitor's tab
    const served = migrateSource(CALL, join(root, 'packages/server/public/scripts/accept.js'), config);
    expect(served.changed).toBe(false);
    expect(served.manual[0]?.reason).toMatch(/^the module runs in the browser \(.*its package serves it from public\/ or www\/, /);
    // … as a browser extension's module does
    const extension = migrateSource(CALL, join(root, 'packages/server/chrome-extension/lib/accept.ts'), config);
    expect(extension.changed).toBe(false);
    expect(extension.manual[0]?.reason).toMatch(/^the module runs in the browser \(.*lies under one's manifest\.json/);
  });

  it('gives none in a worker\'s package either: its jobs and messages never arrive in a request', () => {
    const inWorker = migrateSource(CALL, join(root, 'apps/business-logic/src/rules/accept.ts'), config);
    expect(inWorker.changed).toBe(false);
    expect(inWorker.manual).toEqual([{ line: 3, reason: "the module's package is a worker (amqplib, node-cron among its dependencies, no HTTP server), where no request opens a scope and requireUserContext() would throw: hand the creator the context of the job's user, or keep a process-wide instance" }]);
    for (const served of ['apps/automation/src/accept.ts', 'apps/api-with-cron/src/accept.ts', 'packages/jobs-lib/server-only/accept.ts', 'packages/exporting-worker/src/accept.ts']) {
      expect(migrateSource(CALL, join(root, served), config).output).toContain('createAgentInstanceFactory(requireUserContext()).accept()');
    }
  });
});

describe('inCmsPanelCode: a Directus extension\'s Data Studio code and a Strapi plugin\'s admin panel run in each user\'s browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ssot-directus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const HOLDER_IN_TAB = "import { useApi } from '@directus/extensions-sdk';\nlet abortController: AbortController | null = null;\nexport function start() {\n  abortController = new AbortController();\n  return useApi().post('/storage-manager/migrate', {}, { signal: abortController.signal });\n}\n";
  writeTree(dir, {
    // a bundle (storage-manager's): a module for the Data Studio beside an endpoint and a hook, a folder the two share
    'bundle/package.json': JSON.stringify({ name: 'directus-extension-storage-manager', 'directus:extension': { type: 'bundle', path: { app: 'dist/app.js', api: 'dist/api.js' }, entries: [
      { type: 'module', name: 'storage-manager-module', source: 'src/module/index.ts' },
      { type: 'endpoint', name: 'storage-manager-endpoint', source: 'src/endpoint/index.ts' },
      { type: 'hook', name: 'storage-manager-hook', source: 'src/hook/index.ts' },
      { type: 'operation', name: 'move-files', source: { app: 'src/operation/app.ts', api: 'src/operation/api.ts' } },
    ] } }),
    // an interface alone: the whole package is the Data Studio's
    'interface/package.json': JSON.stringify({ name: 'directus-extension-tiptap', 'directus:extension': { type: 'interface', path: 'dist/index.js', source: 'src/index.ts', host: '^10.0.0' } }),
    // an endpoint alone, and a package that is no extension
    'endpoint/package.json': JSON.stringify({ name: 'directus-extension-api-docs', 'directus:extension': { type: 'endpoint', path: 'dist/index.js', source: 'src/index.ts' } }),
    'server/package.json': JSON.stringify({ name: 'server', dependencies: { express: '5' } }),
    // a Strapi 5 plugin (comments'): the admin panel's source by what the manifest exports as ./strapi-admin
    'strapi5/package.json': JSON.stringify({ name: 'strapi-plugin-comments', strapi: { kind: 'plugin', name: 'comments' }, exports: { './strapi-admin': { source: './admin/src/index.ts', import: './dist/admin/index.mjs' }, './strapi-server': { source: './server/src/index.ts', import: './dist/server/index.mjs' } } }),
    // a Strapi 4 plugin exports none: its admin/ folder
    'strapi4/package.json': JSON.stringify({ name: 'strapi-plugin-cron', strapi: { kind: 'plugin', name: 'cron' } }),
    'strapi4/admin/src/index.js': 'export default {};\n',
  });

  it('answers for an app entry\'s folder and files, and a package of an app kind, not for the server\'s entries or what both share', () => {
    expect(inCmsPanelCode(join(dir, 'bundle/src/module/composables/use-migrate-job.ts'))).toBe(true);
    expect(inCmsPanelCode(join(dir, 'bundle/src/module/index.ts'))).toBe(true);
    expect(inCmsPanelCode(join(dir, 'bundle/src/operation/app.ts'))).toBe(true);
    expect(inCmsPanelCode(join(dir, 'interface/src/lib/editor.ts'))).toBe(true);
    expect(inCmsPanelCode(join(dir, 'strapi5/admin/src/api/client.ts'))).toBe(true);
    expect(inCmsPanelCode(join(dir, 'strapi4/admin/src/pages/HomePage.js'))).toBe(true);
    for (const file of ['bundle/src/endpoint/index.ts', 'bundle/src/hook/jobs.ts', 'bundle/src/operation/api.ts', 'bundle/src/operation/shared.ts', 'bundle/src/shared/format.ts', 'endpoint/src/index.ts', 'server/src/index.ts', 'strapi5/server/src/services/comments.ts', 'strapi5/admin/custom.d.ts', 'strapi4/server/services/cron.js']) {
      expect(inCmsPanelCode(join(dir, file))).toBe(false);
    }
  });

  it('keeps the rule and the prefilter out of the Data Studio\'s code, and gives migrate no request-scope fallback there', () => {
    const config = resolveConfig({}, dir);
    expect(mayContainFinding(HOLDER_IN_TAB, config, join(dir, 'bundle/src/module/composables/use-migrate-job.ts'))).toBe(false);
    expect(mayContainFinding(HOLDER_IN_TAB, config, join(dir, 'bundle/src/endpoint/jobs.ts'))).toBe(true);
    const call = "import { getAgentInstanceFactory } from './agents/factory';\nexport function accept() {\n  return getAgentInstanceFactory().accept();\n}\n";
    const inStudio = migrateSource(call, join(dir, 'bundle/src/module/accept.ts'), config);
    expect(inStudio.changed).toBe(false);
    expect(inStudio.manual[0]?.reason).toMatch(/^the module runs in the browser \(.*it is a CMS extension's admin panel code/);
    expect(migrateSource(call, join(dir, 'bundle/src/endpoint/accept.ts'), config).output).toContain('createAgentInstanceFactory(requireUserContext()).accept()');
  });

  ruleTester.run('no-module-singleton in a Directus extension', rule, {
    valid: [{ code: HOLDER_IN_TAB, filename: join(dir, 'bundle/src/module/composables/use-migrate-job.ts') }, { code: HOLDER_IN_TAB, filename: join(dir, 'strapi5/admin/src/api/client.ts') }],
    invalid: [{ code: HOLDER_IN_TAB, filename: join(dir, 'bundle/src/endpoint/jobs.ts'), errors: [{ messageId: 'holder', line: 2 }] }, { code: HOLDER_IN_TAB, filename: join(dir, 'strapi5/server/src/services/jobs.ts'), errors: [{ messageId: 'holder', line: 2 }] }],
  });
});
