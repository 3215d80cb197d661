import type { TSESTree } from '@typescript-eslint/utils';
import { programOf } from './local-types.js';
import { boundFromRequire, chainRoot, importEqualsSource, requiredBindings } from './walk.js';

/** Where a module-level name is imported from (`cron` → `node-cron`). */
export type ImportSource = (name: string) => string | undefined;

/** The imports of the module `node` is in, as an ImportSource. */
export function importsOf(node: TSESTree.Node): ImportSource {
  const program = programOf(node);
  return (name) => (program ? importSourceOf(program, name) : undefined);
}

const importSources = new WeakMap<TSESTree.Program, Map<string, string>>();

/** A CDN's URL for an npm package, as Deno and browsers import one: the package's name and path after it. */
const PACKAGE_CDN = /^https?:\/\/(?:esm\.sh|cdn\.skypack\.dev|unpkg\.com|cdn\.jsdelivr\.net\/npm)\/(?:v\d+\/)?((?:@[\w.-]+\/)?[\w.-]+)(?:@[^/?#]*)?(\/[^?#]*)?/;
/** Deno's `npm:` and `jsr:` specifiers: `npm:openai@4.20.1`, `jsr:@supabase/supabase-js@2/cors`. */
const REGISTRY_PREFIX = /^(?:npm|jsr):((?:@[\w.-]+\/)?[\w.-]+)(?:@[^/]*)?(\/.*)?$/;

/**
 * The package a specifier names, however it is spelt: `'openai'` as it is, and a Supabase Edge
 * Function's (Deno's) `'npm:openai@4'`, `'jsr:@supabase/supabase-js@2'` or
 * `'https://esm.sh/openai@4.20.1'` as `'openai'` and `'@supabase/supabase-js'` (loopgpt-backend's
 * edge functions import every client so) — the lists of packages shared by design name packages.
 */
export function packageSpecifier(source: string): string {
  const match = PACKAGE_CDN.exec(source) ?? REGISTRY_PREFIX.exec(source);
  if (!match) return source;
  const subpath = match[2] && match[2] !== '/' && match[2] !== '/+esm' ? match[2] : '';
  return match[1] + subpath;
}

/** The package of the name `client.Registry` (or `client`) starts from, when it is known. */
function sourceOfMember(node: TSESTree.Node | null, sources: ReadonlyMap<string, string>): string | undefined {
  const root = node && chainRoot(node);
  return root?.type === 'Identifier' ? sources.get(root.name) : undefined;
}

/**
 * The package a module-level name comes from: `import { Registry } from 'prom-client'`,
 * `import * as client from 'prom-client'`, `const { Registry } = require('prom-client')`,
 * `import client = require('prom-client')`, and a constant taken from one of those
 * (`const Registry = client.Registry`, `const { Histogram } = client`).
 */
export function importSourceOf(program: TSESTree.Program, name: string): string | undefined {
  let sources = importSources.get(program);
  if (!sources) {
    sources = new Map();
    for (const statement of program.body) {
      if (statement.type === 'ImportDeclaration') {
        for (const specifier of statement.specifiers) sources.set(specifier.local.name, packageSpecifier(statement.source.value));
      } else if (statement.type === 'VariableDeclaration') {
        for (const declarator of statement.declarations) {
          const required = requiredBindings(declarator);
          for (const { local, source } of required) sources.set(local.name, source);
          const source = required.length === 0 && statement.kind === 'const' ? sourceOfMember(declarator.init, sources) : undefined;
          if (source === undefined) continue;
          if (declarator.id.type === 'Identifier') sources.set(declarator.id.name, source);
          else if (declarator.id.type === 'ObjectPattern') {
            for (const property of declarator.id.properties) if (property.type === 'Property' && property.value.type === 'Identifier') sources.set(property.value.name, source);
          }
        }
      } else if (statement.type === 'TryStatement') {
        for (const [local, source] of optionalRequires(statement)) sources.set(local, source);
      } else {
        // TypeScript's CommonJS import, `import OpenAI = require('openai')`, exported or not.
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (declaration?.type !== 'TSImportEqualsDeclaration') continue;
        const source = importEqualsSource(declaration);
        if (source !== undefined) sources.set(declaration.id.name, packageSpecifier(source));
      }
    }
    importSources.set(program, sources);
  }
  return sources.get(name);
}

/**
 * An optional dependency, loaded where it is installed: `let VertexAI; try { VertexAI =
 * require('@google-cloud/vertexai').VertexAI; } catch { … }` at the module's top (moksh009's
 * chatbot), or `({ createClient } = require('redis'))` (troika's AI agent backend) — the name
 * comes from that package when it comes from anywhere.
 */
function optionalRequires(statement: TSESTree.TryStatement): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const inner of statement.block.body) {
    const assignment = inner.type === 'ExpressionStatement' ? inner.expression : undefined;
    if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=') continue;
    for (const { local, source } of boundFromRequire(assignment.left, assignment.right)) found.push([local.name, source]);
  }
  return found;
}
