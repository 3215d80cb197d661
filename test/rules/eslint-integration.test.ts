import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'fixtures/rules');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** Every finding on fixtures/rules, as `file:line:column rule`. The negative files have none. */
const EXPECTED = [
  'src/agents/factory.ts:10:5 ssot/no-module-singleton',
  'src/legacy/creators.ts:5:10 ssot/require-user-context',
  'src/legacy/engine.ts:5:14 ssot/no-module-singleton',
  'src/legacy/module-scope.ts:3:30 ssot/no-singleton-getter-call',
  'src/legacy/registry.ts:5:5 ssot/no-module-singleton',
  'src/legacy/ws-manager.ts:2:3 ssot/no-module-singleton',
  'src/routes/run.ts:6:10 ssot/no-singleton-getter-call',
  'src/routes/run.ts:10:10 ssot/no-singleton-getter-call',
  'src/services/aliased.ts:5:17 ssot/no-singleton-getter-call',
  'src/services/ambiguous.ts:5:35 ssot/no-singleton-getter-call',
  'src/services/construct.ts:5:10 ssot/no-direct-factory-construction',
  'src/services/report-service.ts:8:21 ssot/no-singleton-getter-call',
];
/** What --fix cannot settle: holders, module scope, no or several contexts, a placeholder. */
const AFTER_FIX = EXPECTED.filter((line) => !/run\.ts:6|aliased|construct|report-service/.test(line));

type Result = { filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }> };
const findings = (results: Result[], base: string) =>
  results
    .flatMap((r) => r.messages.map((m) => `${relative(base, r.filePath).split('\\').join('/')}:${m.line}:${m.column} ${m.ruleId ?? m.message}`))
    .sort();

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the plugin through real ESLint', () => {
  it('the eslint CLI with the documented flat config reports exactly the expected findings', async () => {
    const { stdout } = await run(bin('eslint'), ['--format', 'json', 'src'], { cwd: fixture }).catch((e: { stdout: string }) => e);
    expect(findings(JSON.parse(stdout) as Result[], fixture)).toEqual([...EXPECTED].sort());
  });

  it('the ESLint Node API with lintText + filePath (as editors call it) agrees', async () => {
    const cwd = process.cwd();
    process.chdir(fixture); // configs.recommended reads ssot.config.json from the working directory
    try {
      const eslint = new ESLint({ cwd: fixture });
      const results: Result[] = [];
      for (const file of sourceFiles(join(fixture, 'src'))) {
        results.push(...(await eslint.lintText(readFileSync(file, 'utf8'), { filePath: file })));
      }
      expect(findings(results, fixture)).toEqual([...EXPECTED].sort());
    } finally {
      process.chdir(cwd);
    }
  });

  it('eslint --fix produces code that still type-checks, leaving only what needs a human', async () => {
    const copy = join(root, '.tmp', `rules-fix-${process.pid}-${Date.now()}`);
    temps.push(copy);
    mkdirSync(copy, { recursive: true });
    cpSync(fixture, copy, { recursive: true });
    await run(bin('eslint'), ['--fix', 'src'], { cwd: copy }).catch(() => undefined);
    const { stdout } = await run(bin('eslint'), ['--format', 'json', 'src'], { cwd: copy }).catch((e: { stdout: string }) => e);
    expect(findings(JSON.parse(stdout) as Result[], copy)).toEqual([...AFTER_FIX].sort());
    expect(readFileSync(join(copy, 'src/services/aliased.ts'), 'utf8')).toBe(
      'import { createAgentInstanceFactory } from "../agents/factory.js";\nimport type { UserExecutionContext } from "../context.js";\n\n' +
        'export const summarise = async (userContext: UserExecutionContext) => {\n  const agent = createAgentInstanceFactory(userContext).createAgent("Summariser");\n  return agent.name;\n};\n',
    );
    await run(bin('tsc'), ['--noEmit', '-p', join(copy, 'tsconfig.json')]);
  });

  it('oxlint runs the same plugin unchanged as a JS plugin and finds the same', async () => {
    const { stdout } = await run(bin('oxlint'), ['-c', '.oxlintrc.json', '--format', 'json', 'src'], { cwd: fixture }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(stdout) as { diagnostics: Array<{ code: string; filename: string; labels: Array<{ span: { line: number; column: number } }> }> };
    const oxlintFindings = report.diagnostics
      .map((d) => `${d.filename.split('\\').join('/')}:${d.labels[0]!.span.line}:${d.labels[0]!.span.column} ${d.code.replace(/^ssot\((.*)\)$/, 'ssot/$1')}`)
      .sort();
    expect(oxlintFindings).toEqual([...EXPECTED].sort());
  });
});
