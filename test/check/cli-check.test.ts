import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, RULES_FIXTURE, scratchCopy, scratchProject } from './helpers.js';

describe('ssot-kit check (built CLI)', () => {
  it('prints counts and compliance % and fails on violations by default', async () => {
    const result = await cli(['check'], RULES_FIXTURE);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('src/routes/run.ts');
    expect(result.stdout).toMatch(/violations\s+12 \(4 auto-fixable/);
    expect(result.stdout).toMatch(/module singletons\s+4/);
    expect(result.stdout).toMatch(/compliance\s+20\.0 % \(2 per-request \/ 8 violating sites\)/);
    expect(result.stdout).toContain('gate failed: 12 violation(s)');
  });

  it('--format json follows the version 1 contract', async () => {
    const result = await cli(['check', '--format', 'json', '--max-violations', '12'], RULES_FIXTURE);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['version', 'summary', 'findings', 'errors']);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({
      filesScanned: 15,
      filesWithViolations: 11,
      violations: 12,
      byRule: {
        'ssot/no-direct-factory-construction': 1,
        'ssot/no-module-singleton': 4,
        'ssot/no-singleton-getter-call': 6,
        'ssot/require-user-context': 1,
      },
      singletons: 4,
      compliance: { percent: 20, compliantSites: 2, violatingSites: 8 },
      parseErrors: 0,
    });
    expect(Object.keys(report.findings[0])).toEqual(['ruleId', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'fixable']);
    expect(report.findings[0]).toMatchObject({ ruleId: 'ssot/no-module-singleton', file: 'src/agents/factory.ts', line: 10, column: 5, fixable: false });
    expect(report.errors).toEqual([]);
  });

  it('gates on --max-violations and --min-compliance', async () => {
    expect((await cli(['check', '--max-violations', '11'], RULES_FIXTURE)).code).toBe(1);
    expect((await cli(['check', '--max-violations', '12'], RULES_FIXTURE)).code).toBe(0);
    expect((await cli(['check', '--min-compliance', '20'], RULES_FIXTURE)).code).toBe(0);
    const low = await cli(['check', '--min-compliance', '20.1', '--format', 'json'], RULES_FIXTURE);
    expect(low.code).toBe(1);
    expect(low.stderr).toContain('compliance 20.0 % is below --min-compliance 20.1 %');
  });

  it('narrows to explicit paths and writes --output', async () => {
    const dir = scratchCopy(undefined, 'output');
    const out = join(dir, 'report.json');
    const result = await cli(['check', 'src/legacy', '--format', 'json', '--output', out], RULES_FIXTURE);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.summary.filesScanned).toBe(5);
    expect(new Set(report.findings.map((f: { file: string }) => f.file.split('/')[1]))).toEqual(new Set(['legacy']));
  });

  it('exit code 2 with a one-line reason for an invalid config or a bad flag', async () => {
    const dir = scratchCopy(undefined, 'bad-config');
    writeFileSync(join(dir, 'ssot.config.json'), JSON.stringify({ factories: [{ getter: 'getX', creator: 42, class: 'X' }] }));
    const bad = await cli(['check'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`ssot-kit: ${join(dir, 'ssot.config.json')}: factories[0].creator expected string, received number\n`);
    const flag = await cli(['check', '--max-violations', 'lots'], RULES_FIXTURE);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('ssot-kit: --max-violations must be a non-negative integer (got "lots")\n');
    expect((await cli(['check', '--format', 'xml'], RULES_FIXTURE)).code).toBe(2);
    expect((await cli(['check', '--shard', '3/2'], RULES_FIXTURE)).code).toBe(2);
    expect((await cli(['check', '--bogus'], RULES_FIXTURE)).code).toBe(2);
    expect((await cli(['--help'], RULES_FIXTURE)).code).toBe(0);
  });

  it('a file that does not parse is an error and fails the gate, whatever the thresholds', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'parse-error');
    writeFileSync(join(dir, 'src/broken.ts'), 'export function getAgentInstanceFactory( {\n');
    const result = await cli(['check', '--format', 'json', '--max-violations', '1000'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary.parseErrors).toBe(1);
    expect(report.errors).toEqual([{ file: 'src/broken.ts', message: expect.stringContaining('(2:0)') }]);
  });

  it('a core rule turned on by an inline config comment does not run (it crashed on vitest\'s and qs\'s sources); disable directives still apply', async () => {
    const dir = scratchProject({
      'src/state.ts': '/* eslint no-unused-vars: "error", operator-linebreak: ["error", "before"] */\nclass Registry {}\nlet registry: Registry | undefined;\nexport const getRegistry = () =>\n  (registry ??= new Registry());\n',
      'src/quiet.ts': 'class Cache {}\n// eslint-disable-next-line ssot/no-module-singleton\nlet cache: Cache | undefined;\nexport const getCache = () => (cache ??= new Cache());\n',
    }, 'inline-config');
    const report = JSON.parse((await cli(['check', '--format', 'json'], dir)).stdout);
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f: { file: string; line: number; ruleId: string }) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['src/state.ts:3 ssot/no-module-singleton']);
  });

  it('no file matching include is a usage error naming the key (exit 2), not a pass at 100 %', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'clean');
    rmSync(join(dir, 'src'), { recursive: true });
    const expected = 'ssot-kit: no source files to look at: nothing in . matches include ["src/**/*.ts"] (outside exclude, .gitignore and node_modules); set "include" in ssot.config.json to where the code is\n';
    for (const command of [['check'], ['baseline'], ['migrate', '--dry-run'], ['init']]) {
      const result = await cli(command, dir);
      expect({ command, code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ command, code: 2, stdout: '', stderr: expected });
    }
    // The same through the one-thread path, and for paths that narrow to nothing.
    expect((await cli(['check', '--workers', '0'], dir)).stderr).toBe(expected);
    writeFileSync(join(dir, 'index.ts'), 'export {};\n');
    expect((await cli(['check', 'index.ts'], dir)).stderr).toContain('nothing in index.ts matches include');
  });

  it('a shard or an --only slice with no files of its own passes: the files exist elsewhere', async () => {
    const dir = scratchProject({ 'src/only.ts': 'export const one = 1;\n' }, 'one-file');
    const codes = await Promise.all([1, 2, 3].map(async (i) => (await cli(['check', '--shard', `${i}/3`], dir)).code));
    expect(codes).toEqual([0, 0, 0]);
    expect((await cli(['migrate', '--dry-run', '--only', 'tests'], dir)).code).toBe(0);
  });

  it('with no config and holders but no getter sites, points at ssot-kit init (on stderr; the report is unchanged)', async () => {
    const dir = scratchProject({ 'src/pool.ts': 'class Pool {}\nlet pool: Pool | undefined;\nexport function getPool() {\n  return (pool ??= new Pool());\n}\n' }, 'no-config');
    const result = await cli(['check'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ssot-kit: no ssot.config.json found, so only the example getter (getAgentInstanceFactory) was looked for: `ssot-kit init` finds the getters behind the 1 singleton(s)\n');
    // With a config, the user has chosen: no hint.
    writeFileSync(join(dir, 'ssot.config.json'), '{}\n');
    expect((await cli(['check'], dir)).stderr).toBe('');
  });
});
