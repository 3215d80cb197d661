// The Linter alone: the package's main entry also loads the ESLint class, its config loader and file
// enumeration, which the gate never uses (≈ 35 ms of start-up).
import { Linter } from 'eslint/universal';
import type { ResolvedConfig } from '../config/index.js';
import { analyzeFile } from '../analysis/file-analysis.js';
import { unparsableHint } from '../analysis/parse.js';
import fastParser from '../analysis/fast-parser.js';
import type { AnalysisInput } from '../analysis/types.js';
import plugin from '../../rules/index.js';
import type { FileResult, Finding } from './types.js';

const RULE_PREFIX = 'ssot/';

export type FileLinter = (file: string, text: string, displayPath: string) => FileResult;

const onlyPluginRules = ({ ruleId }: { ruleId: string }) => ruleId.startsWith(RULE_PREFIX);

/**
 * The gate lints with ESLint's own Linter and the plugin's own rules — the same code an
 * editor runs — configured like the documented flat config: every rule at error, the migration
 * spec in `settings.ssot`. The parser is typescript-eslint's AST and scope analysis produced
 * faster (see fast-parser.ts); test/check/fast-parser.test.ts holds it to the same findings.
 */
export function createFileLinter(config: ResolvedConfig): FileLinter {
  const linter = new Linter({ configType: 'flat', cwd: config.rootDir });
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`${RULE_PREFIX}${name}`, 'error' as const]));
  const flatConfig: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      // JSDoc is not part of what the rules read; skipping its parse is ~free speed. The rules
      // listen to Program alone: ESLint need not walk the tree for them (fast-parser.ts).
      languageOptions: { parser: fastParser as Linter.Parser, parserOptions: { jsDocParsingMode: 'none', programOnly: true } },
      plugins: { ssot: plugin as never },
      rules,
      settings: { ssot: config },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ];

  return (file, text, displayPath) => {
    let messages: Linter.LintMessage[];
    try {
      // Only the plugin's rules run: an inline `/* eslint no-unused-vars: "error" */` turns on a
      // core rule, which would read tokens this parser does not make, crash, and fail the file.
      // (Linter#verify takes `ruleFilter` as ESLint's class does; its typings only list it there.)
      messages = linter.verify(text, flatConfig, { filename: file, ruleFilter: onlyPluginRules } as Linter.LintOptions);
    } catch (error) {
      // A rule that throws must fail the gate, never pass it silently.
      return { file: displayPath, findings: [], compliantSites: 0, error: `rule crashed: ${(error as Error).message.split('\n')[0]}` };
    }
    // Only a parse failure stops the file. ESLint 10 also marks an obsolete `/* eslint-env */`
    // comment fatal, yet lints the file all the same: its findings count, the comment is not ours.
    const fatal = messages.find((m) => m.fatal && m.message.startsWith('Parsing error:'));
    if (fatal) return { file: displayPath, findings: [], compliantSites: 0, error: `${fatal.message} (${fatal.line}:${fatal.column})${unparsableHint(text, fatal.line, fatal.message)}` };
    // Only the plugin's findings: a directive or inline config naming a rule the project's
    // own ESLint config defines (`eslint-disable-next-line @typescript-eslint/…`) makes the
    // Linter report "Definition for rule … was not found", which is not a violation here.
    const findings: Finding[] = messages.filter((m) => m.ruleId?.startsWith(RULE_PREFIX)).map((m) => ({
      ruleId: m.ruleId ?? 'unknown',
      file: displayPath,
      line: m.line,
      column: m.column,
      endLine: m.endLine ?? m.line,
      endColumn: m.endColumn ?? m.column,
      message: m.message,
      fixable: m.fix !== undefined,
    }));
    const sourceCode = linter.getSourceCode() as unknown as AnalysisInput;
    const compliantSites = analyzeFile(sourceCode, config).creatorCalls.filter((call) => !call.problem).length;
    return { file: displayPath, findings, compliantSites };
  };
}
