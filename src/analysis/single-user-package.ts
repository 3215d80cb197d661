import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { isTestFile } from './test-files.js';

/** Whether the package a directory belongs to is a single-user app, by directory (every one walked through). */
const answers = new Map<string, boolean>();

/**
 * Whether a file belongs to a package whose process serves one user: an Electron app (`electron`
 * among its dependencies — bruno's and Insomnia's main-process services, which need not import
 * `electron` themselves), an editor extension (`engines.vscode` in its manifest) or a
 * command-line tool (see isSingleUserApp). What such a
 * module keeps lives in one user's desktop or editor process, as in a module that loads the host
 * itself (see single-user-process.ts). The nearest `package.json` decides, as it does for Node.
 */
export function inSingleUserPackage(filePath: string): boolean {
  const walked: string[] = [];
  let answer = false;
  for (let dir = dirname(resolve(filePath)); ; dir = dirname(dir)) {
    const known = answers.get(dir);
    if (known !== undefined) {
      answer = known;
      break;
    }
    walked.push(dir);
    const manifest = readManifest(dir);
    if (manifest !== undefined) {
      answer = isSingleUserApp(manifest, dir);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  for (const dir of walked) answers.set(dir, answer);
  return answer;
}

/**
 * Whether the holder rule looks past a file's module state: a test's is its fixture (the client a
 * suite boots, which no request reaches), and a desktop app's or an editor extension's package
 * serves one user. The rule and `init` ask this; the prefilter asks the two apart, the manifest last.
 */
export function holdsNoUsersState(config: ResolvedConfig, filePath: string): boolean {
  return isTestFile(config, filePath) || inSingleUserPackage(filePath);
}

interface Manifest {
  readonly name?: unknown;
  readonly bin?: unknown;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly engines?: Record<string, string>;
}

/** What a command-line tool is built with: argument parsers and terminal prompts. */
const CLI_FRAMEWORKS = ['commander', 'yargs', '@oclif/core', 'cac', 'citty', 'clipanion', 'meow', 'sade', '@clack/prompts', 'inquirer', '@inquirer/prompts', 'prompts', 'enquirer', 'ink'];
/** What a server is built with: a tool that depends on one may serve others (verdaccio's registry has a `bin` and commander). */
const SERVER_FRAMEWORKS = ['express', 'fastify', 'koa', 'hono', '@hapi/hapi', '@nestjs/core', 'restify', 'polka', 'h3', 'elysia', 'next', '@remix-run/node', '@sveltejs/kit', 'nuxt', 'ws', 'socket.io'];

/** The directory's `package.json`; an unreadable one still ends the walk (the package is there), as an empty manifest. */
function readManifest(dir: string): Manifest | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Manifest) : {};
  } catch {
    return {};
  }
}

/** A command-line tool's name, of its package or its directory: `@inkeep/agents-cli`, `cli/`, `create-payload-app`, `cli-v3/`. */
const CLI_NAME = /^(?:[\w.-]*-)?cli(?:-v\d+)?$|^create-[\w.-]+$/;

function isSingleUserApp(manifest: Manifest, dir: string): boolean {
  const has = (deps: Record<string, string> | undefined, name: string) => typeof deps === 'object' && deps !== null && Object.hasOwn(deps, name);
  if (has(manifest.dependencies, 'electron') || has(manifest.devDependencies, 'electron')) return true;
  if (typeof manifest.engines === 'object' && manifest.engines !== null && Object.hasOwn(manifest.engines, 'vscode')) return true;
  // A command-line tool — named one, with a `bin`, built with an argument parser or prompts, and
  // no server framework: each run serves the one person at the terminal (inkeep's CLI keeps its
  // profile manager and keychain store in module variables). Not a library that ships a command
  // beside the code servers import (an SDK's, this toolkit's own).
  const name = typeof manifest.name === 'string' ? manifest.name.split('/').pop()! : '';
  return manifest.bin !== undefined && (CLI_NAME.test(name) || CLI_NAME.test(basename(dir)))
    && CLI_FRAMEWORKS.some((framework) => has(manifest.dependencies, framework))
    && !SERVER_FRAMEWORKS.some((framework) => has(manifest.dependencies, framework));
}
