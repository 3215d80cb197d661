import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import * as typescriptEslintParser from '@typescript-eslint/parser';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import fastParser, { loadFastParser } from '../../src/analysis/fast-parser.js';
import { loadConfig } from '../../src/config/index.js';
import plugin from '../../rules/index.js';
import { ROOT } from './helpers.js';

// The gate's parser must be indistinguishable from @typescript-eslint/parser to the rules:
// the same nodes at the same places with the same properties, the same comments, the same
// scopes, the same parse errors — and so the same findings.

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes('node_modules'));
}

const CORPUS = ['fixtures', 'src', 'rules', 'codemods', 'bench', 'test'].flatMap((dir) => sourceFiles(join(ROOT, dir)));

const EDGE_CASES: Record<string, string> = {
  'shebang.js': '#!/usr/bin/env node\nconst x = 1; // note\n',
  'sloppy.cjs': 'with (a) { b }\nmodule.exports = 010;\n',
  'line-terminators.ts': 'let s = "a\u2028b";\r\nfoo(\r\n1)\rbar()\u2029baz() /* é */ ; qux("日本語")',
  'jsx-in.js': 'const el = <div a="x">{y}</div>;',
  'missing-expression.ts': 'let x = ;',
  'typescript.ts': 'const a = <T,>(x: T) => x; enum E { A = 1 } declare module "m" { export const x: number }',
  'top-level-await.mts': 'await foo(); export {}',
  'decorators.ts': 'class A { @dec() accessor x = 1; constructor(private readonly y: string) {} }',
  'literals.ts': 'const r = /a(?<n>b)/giu; const big = 10n; label: for(;;) break label; const t = `a${b}c`;',
  'generic-jsx.tsx': 'export const C = <T,>(p: { v: T }) => <span>{String(p.v)}</span>;',
  'ambient-implementation.ts': 'declare namespace N { function f() { return 1 } }',
};

const OPTIONS_FOR = (filePath: string) => ({
  filePath,
  ecmaVersion: 'latest' as const,
  sourceType: filePath.endsWith('.cjs') ? ('script' as const) : ('module' as const),
  ecmaFeatures: filePath.endsWith('.cjs') ? { globalReturn: true } : {},
  jsDocParsingMode: 'none' as const,
});

type Parsed = { ast: { body: unknown; comments?: unknown[] }; scopeManager: { scopes: ScopeLike[] } | null } | { error: string };
interface ScopeLike {
  type: string;
  block: { range: [number, number] };
  variables: { name: string; defs: unknown[]; references: unknown[] }[];
  through: { identifier: { name: string } }[];
}

function parseWith(parser: { parseForESLint(code: string, options: unknown): unknown }, text: string, filePath: string): Parsed {
  try {
    return parser.parseForESLint(text, OPTIONS_FOR(filePath)) as Parsed;
  } catch (error) {
    const e = error as { message: string; lineNumber?: number; column?: number };
    return { error: `${e.message} (${e.lineNumber}:${e.column})` };
  }
}

const IGNORED_KEYS = new Set(['type', 'start', 'end', 'range', 'loc', 'parent']);

/** Every node the ESLint traversal visits: type, range, loc and every scalar property. */
function flatten(node: unknown, out: string[]): string[] {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const item of node) flatten(item, out);
    return out;
  }
  const n = node as Record<string, unknown> & { type: string; range: number[]; loc: { start: { line: number; column: number }; end: { line: number; column: number } } };
  if (typeof n.type !== 'string') return out;
  const scalars = Object.keys(n)
    .filter((key) => !IGNORED_KEYS.has(key) && (n[key] === null || n[key] === undefined || typeof n[key] !== 'object'))
    // oxc keeps `computed` on enum members, which typescript-eslint 8 dropped; no rule reads it.
    .filter((key) => !(n.type === 'TSEnumMember' && key === 'computed'))
    .sort()
    .map((key) => `${key}=${String(n[key] ?? null)}`);
  const { start, end } = n.loc;
  out.push(`${n.type} ${n.range.join('-')} ${start.line}:${start.column}-${end.line}:${end.column} ${scalars.join(' ')}`);
  for (const key of visitorKeys[n.type as keyof typeof visitorKeys] ?? []) flatten(n[key], out);
  return out;
}

function describeParse(parsed: Parsed): unknown {
  if ('error' in parsed) return parsed;
  const comments = (parsed.ast.comments ?? []).map((c) => {
    const comment = c as { type: string; value: string; range: number[]; loc: Record<'start' | 'end', { line: number; column: number }> };
    const { start, end } = comment.loc;
    return `${comment.type} ${JSON.stringify(comment.value)} ${comment.range.join('-')} ${start.line}:${start.column}-${end.line}:${end.column}`;
  });
  const scopes = parsed.scopeManager!.scopes.map((scope) => ({
    type: scope.type,
    block: scope.block.range,
    variables: scope.variables.map((v) => `${v.name} defs=${v.defs.length} refs=${v.references.length}`),
    through: scope.through.map((ref) => ref.identifier.name),
  }));
  return { nodes: flatten(parsed.ast.body, []), comments, scopes };
}

describe('the gate\'s fast parser', () => {
  // Without oxc every file would go to @typescript-eslint/parser and this would compare it with itself.
  beforeAll(async () => expect(await loadFastParser()).toBe(true));

  it(`gives @typescript-eslint/parser's AST, comments and scopes on all ${CORPUS.length} source files of this repo`, () => {
    expect(CORPUS.length).toBeGreaterThan(200);
    const differing: string[] = [];
    for (const file of CORPUS) {
      let text = readFileSync(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const expected = describeParse(parseWith(typescriptEslintParser, text, file));
      const actual = describeParse(parseWith(fastParser, text, file));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) differing.push(relative(ROOT, file));
    }
    expect(differing).toEqual([]);
  });

  it.each(Object.entries(EDGE_CASES))('matches it on %s (errors included)', (file, text) => {
    const expected = describeParse(parseWith(typescriptEslintParser, text, file));
    expect(describeParse(parseWith(fastParser, text, file))).toEqual(expected);
  });

  it('gives the same ESLint messages, fixes included, on every fixture', () => {
    const config = loadConfig({ cwd: join(ROOT, 'fixtures/rules') });
    const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`ssot/${name}`, 'error' as const]));
    const configWith = (parser: unknown): Linter.Config[] => [
      {
        files: ['**/*'],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { ssot: plugin as never },
        rules,
        settings: { ssot: config },
      },
    ];
    const linter = new Linter({ configType: 'flat', cwd: ROOT });
    let findings = 0;
    for (const file of sourceFiles(join(ROOT, 'fixtures'))) {
      const text = readFileSync(file, 'utf8');
      const expected = linter.verify(text, configWith(typescriptEslintParser), file);
      const actual = linter.verify(text, configWith(fastParser), file);
      expect(actual, relative(ROOT, file)).toEqual(expected);
      findings += expected.length;
    }
    expect(findings).toBeGreaterThan(50);
  });
});
