import { analyze, type AnalyzeOptions } from '@typescript-eslint/scope-manager';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { TSESTree } from '@typescript-eslint/utils';
import { referenceParser } from './reference-parser.cjs';
import { langOf } from './source-lang.js';

/**
 * An ESLint parser that gives the rules typescript-eslint's AST and scope analysis at a fifth
 * of the cost: oxc parses (its TS-ESTree output is typescript-eslint's shape), and
 * typescript-eslint's own scope manager analyses it, with the options
 * `@typescript-eslint/parser` would pass. A file oxc rejects goes to `@typescript-eslint/parser`
 * itself, so whatever ESLint would report as a parse error — message, line and column — is
 * exactly what this reports; and a file oxc alone rejects is still linted.
 *
 * The gate and `migrate` use it because a 10,000-file run spends most of its time parsing; what
 * users put in their ESLint config stays `@typescript-eslint/parser`, and a test holds both to
 * the same AST, scopes and findings.
 *
 * oxc is loaded by `loadFastParser()`, not by importing this module: it is an ES module with a
 * native binding, which jscodeshift's Babel register (running our transforms) cannot load and a
 * platform without the binding lacks. Until it is loaded, or where it cannot be, every file
 * goes to @typescript-eslint/parser: slower, never different.
 */

interface ParserOptionsForESLint {
  readonly filePath?: string;
  readonly sourceType?: string;
  readonly ecmaFeatures?: { readonly jsx?: boolean; readonly globalReturn?: boolean };
  readonly lib?: AnalyzeOptions['lib'];
  readonly jsxPragma?: string | null;
  readonly jsxFragmentName?: string | null;
  /** The gate's: ESLint need not traverse the AST (see PROGRAM_ONLY_KEYS). */
  readonly programOnly?: boolean;
  /** Anything else is for @typescript-eslint/parser, which reads the files oxc rejects. */
  readonly [option: string]: unknown;
}

interface ParseResultForESLint {
  readonly ast: TSESTree.Program;
  readonly scopeManager: ReturnType<typeof analyze>;
  readonly visitorKeys: typeof visitorKeys;
  readonly services?: unknown;
}

let oxc: typeof import('oxc-parser') | undefined;

/** Loads oxc for this thread; false when it cannot be loaded here. Call before parsing. */
export async function loadFastParser(): Promise<boolean> {
  try {
    oxc ??= await import('oxc-parser');
    return true;
  } catch {
    return false;
  }
}

/** Offsets where each line starts, with ESLint's (and TypeScript's) line terminators. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number): TSESTree.Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! };
}

interface Located {
  type?: unknown;
  start?: number;
  end?: number;
  range?: [number, number];
  loc?: TSESTree.SourceLocation;
}

/**
 * ESLint reports positions from `loc`, which oxc leaves to the caller; and `parent`, which ESLint's
 * traversal would set, is set here, in the same pass, since the gate spares ESLint that traversal.
 */
function addLocations(node: unknown, starts: readonly number[], parent: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) addLocations(item, starts, parent);
    return;
  }
  const located = node as Located & Record<string, unknown>;
  if (typeof located.type !== 'string') return;
  located.parent = parent;
  if (typeof located.start === 'number' && typeof located.end === 'number') {
    located.range ??= [located.start, located.end];
    located.loc = { start: positionAt(starts, located.start), end: positionAt(starts, located.end) };
  }
  for (const key in located) {
    if (key === 'loc' || key === 'range' || key === 'parent') continue;
    const value = located[key];
    if (value !== null && typeof value === 'object') addLocations(value, starts, located);
  }
}

/**
 * Visitor keys that stop ESLint's traversal at the Program node. The plugin's rules listen to
 * `Program` alone and walk the AST with their own keys (walk.ts), so the per-node steps and the
 * code-path analysis ESLint's traversal builds — ≈ 40 % of linting a file — serve no rule of the
 * gate's; test/check/program-only.test.ts fails if a rule ever listens to anything else.
 */
const PROGRAM_ONLY_KEYS = Object.freeze({ Program: Object.freeze([]) }) as unknown as typeof visitorKeys;

export function parseForESLint(code: string, options: ParserOptionsForESLint = {}): ParseResultForESLint {
  const filePath = options.filePath ?? 'file.ts';
  // As @typescript-eslint/parser: anything but an ES module is analysed as a script.
  const sourceType = options.sourceType === 'module' ? 'module' : 'script';
  if (!oxc) return referenceParser().parseForESLint(code, options) as ParseResultForESLint;
  const parsed = oxc.parseSync(filePath, code, { lang: langOf(filePath), sourceType: 'module', astType: 'ts', range: true, preserveParens: false, showSemanticErrors: true });
  if (parsed.errors.length > 0) return referenceParser().parseForESLint(code, options) as ParseResultForESLint;

  const starts = lineStarts(code);
  const ast = parsed.program as unknown as TSESTree.Program & { comments: TSESTree.Comment[]; tokens: TSESTree.Token[] };
  addLocations(ast, starts, null);
  for (const comment of parsed.comments as unknown as Located[]) {
    comment.range = [comment.start!, comment.end!];
    comment.loc = { start: positionAt(starts, comment.start!), end: positionAt(starts, comment.end!) };
  }
  ast.comments = parsed.comments as unknown as TSESTree.Comment[];
  // No rule of ours reads tokens; ESLint only needs the list to exist.
  ast.tokens = [];
  (ast as { sourceType: string }).sourceType = sourceType;

  const scopeManager = analyze(ast, {
    globalReturn: options.ecmaFeatures?.globalReturn,
    jsxPragma: options.jsxPragma,
    jsxFragmentName: options.jsxFragmentName,
    lib: options.lib,
    sourceType,
  } as AnalyzeOptions);
  return { ast, scopeManager, visitorKeys: options.programOnly === true ? PROGRAM_ONLY_KEYS : visitorKeys };
}

export default { meta: { name: 'ssot-kit/fast-parser' }, parseForESLint };
