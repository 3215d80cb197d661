import type { TSESTree } from '@typescript-eslint/utils';
import { importEqualsSource, requireSource } from './walk.js';

// OpenTUI's renderers: a terminal app's, as Ink's are (coding-agent-v2's `renx` terminal assistant).
export const OPENTUI: readonly string[] = ['@opentui/core', '@opentui/react', '@opentui/solid'];

/**
 * Hosts whose processes serve one user: an editor extension (`vscode`), a note app's plugin
 * (`obsidian`: nexus, an agent in the person's own vault), a desktop app
 * (`electron`, Tauri's `@tauri-apps/*`), a mobile app (`react-native`, Expo's `expo-*` modules, Capacitor's)
 * and a terminal app (`ink`, React for the terminal; OpenTUI's; the full-screen `terminal-kit`, `blessed` and
 * `neo-blessed`, as Joplin's CLI: the person at the keyboard).
 * A module that loads one runs in such a process, so what it keeps for the process's lifetime —
 * continue's `InlineTipManager.instance`, inbox-zero's desktop `mainWindow`, linkwarden's mobile
 * SQLite database, hoppscotch's desktop `DesktopPersistenceService.instance`, gemini-cli's
 * `themeManager` — is that one user's, never shared with another.
 */
const SINGLE_USER_HOSTS: ReadonlySet<string> = new Set(['vscode', 'obsidian', 'electron', 'react-native', 'ink', 'terminal-kit', 'blessed', 'neo-blessed', ...OPENTUI]);
// Libraries that only run inside Electron — its store, updater, remote module, crash reporter,
// title bar (ever-gauzy's desktop packages load `electron-store` rather than `electron`), and
// electron-vite's toolkit for a renderer's preload bridge (Folo's desktop renderer package).
const ELECTRON_ONLY = /^(?:@electron\/remote|@electron-toolkit\/(?:preload|utils)|electron-(?:store|updater|util|is-dev|context-menu|window-state|squirrel-startup|serve)|@sentry\/electron|custom-electron-titlebar)$/;
// Capacitor's runtime and plugins (saltcorn's mobile app): a mobile app's, as React Native's are — not its CLI or asset tools, which a build runs.
const CAPACITOR = /^(?:@capacitor(?:-community)?\/(?!cli$|assets$)|capacitor-plugin-)/;
export const isSingleUserHost = (source: string): boolean => SINGLE_USER_HOSTS.has(source) || ELECTRON_ONLY.test(source) || source === 'expo' || source.startsWith('expo-') || source.startsWith('@tauri-apps/') || CAPACITOR.test(source);

// An MCP server over stdio (the MCP servers' memory server: `new StdioServerTransport()` in its
// `main()`) talks to the one client that started it, over the process's stdin and stdout: a
// process for each user's agent or editor. Not a module that can also serve over HTTP or SSE,
// where one process answers every client.
const MCP_SERVER_PACKAGE = /^@modelcontextprotocol\/(?:sdk\/server\/stdio(?:\.js)?|server(?:\/stdio)?)$/;
const NETWORK_SERVER_TRANSPORT = /(?:HTTP|Http|SSE|WebSocket)ServerTransport$|^createMcp[A-Za-z]*(?:Handler|App)$/;
const NETWORK_SERVER_PACKAGE = /^(?:(?:node:)?(?:http|https|http2|net)|express|fastify|koa|hono|@hono\/node-server|@hapi\/hapi|hapi|ws)$/;

/**
 * The single-user host whose API the module loads, if it loads one: `import … from 'vscode'` (not
 * `import type`, which any module may borrow), `import vscode = require('vscode')`, or a top-level
 * `const { app } = require('electron')`; or the MCP SDK's stdio server transport, when the
 * module imports no transport that serves over the network.
 */
export function singleUserHostLoaded(program: TSESTree.Program): string | undefined {
  let mcpStdio: string | undefined;
  let servesOverNetwork = false;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      const typesOnly = statement.importKind === 'type' || (statement.specifiers.length > 0 && statement.specifiers.every((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'));
      if (typesOnly) continue;
      if (isSingleUserHost(statement.source.value)) return statement.source.value;
      if (NETWORK_SERVER_PACKAGE.test(statement.source.value)) servesOverNetwork = true;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
        const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
        if (imported === 'StdioServerTransport' && MCP_SERVER_PACKAGE.test(statement.source.value)) mcpStdio = statement.source.value;
        if (NETWORK_SERVER_TRANSPORT.test(imported)) servesOverNetwork = true;
      }
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      const source = importEqualsSource(statement);
      if (statement.importKind !== 'type' && source !== undefined && isSingleUserHost(source)) return source;
    } else if (statement.type === 'VariableDeclaration') {
      const host = statement.declarations.map((declarator) => requireSource(declarator.init)).find((source) => source !== undefined && isSingleUserHost(source));
      if (host !== undefined) return host;
    }
  }
  return servesOverNetwork ? undefined : mcpStdio;
}

/** Whether the module runs in a single-user process: it loads such a host's API (see singleUserHostLoaded). */
export const runsInSingleUserProcess = (program: TSESTree.Program): boolean => singleUserHostLoaded(program) !== undefined;
