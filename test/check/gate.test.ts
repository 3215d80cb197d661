import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate-repo.js';
import { runCheck } from '../../src/check/run-check.js';
import type { CheckReport } from '../../src/check/types.js';
import { loadConfig, resolveConfig } from '../../src/config/index.js';
import { cli, ROOT, RULES_FIXTURE, scratchCopy } from './helpers.js';

const key = (r: CheckReport) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);

describe('baseline ratchet', () => {
  it('worse → 1, same → 0, better → 0 with "lock it in", deleted files dropped', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'baseline');
    const written = await cli(['baseline'], dir);
    expect(written.code).toBe(0);
    const baseline = readFileSync(join(dir, '.ssot-baseline.json'), 'utf8');
    expect(JSON.parse(baseline).files['src/routes/run.ts']).toEqual({ 'ssot/no-singleton-getter-call': 2 });
    expect(Object.keys(JSON.parse(baseline).files)).toEqual([...Object.keys(JSON.parse(baseline).files)].sort());

    expect((await cli(['check', '--baseline', '.ssot-baseline.json'], dir)).code).toBe(0);

    writeFileSync(join(dir, 'src/routes/more.ts'), "import { getAgentInstanceFactory } from '../agents/factory.js';\nexport const more = () => getAgentInstanceFactory();\n");
    const worse = await cli(['check', '--baseline', '.ssot-baseline.json'], dir);
    expect(worse.code).toBe(1);
    expect(worse.stdout).toContain('src/routes/more.ts: ssot/no-singleton-getter-call 1 > baseline 0');
    rmSync(join(dir, 'src/routes/more.ts'));

    writeFileSync(join(dir, 'src/services/construct.ts'), "export const planner = () => 'nothing to construct';\n");
    rmSync(join(dir, 'src/legacy/ws-manager.ts'));
    const better = await cli(['check', '--baseline', '.ssot-baseline.json'], dir);
    expect(better.code).toBe(0);
    expect(better.stdout).toContain('1 violation(s) fixed since the baseline: run `ssot-kit baseline` to lock it in.');
    expect(better.stdout).toContain('1 baseline entr(ies) for deleted files ignored.');

    expect((await cli(['baseline'], dir)).code).toBe(0);
    const tightened = JSON.parse(readFileSync(join(dir, '.ssot-baseline.json'), 'utf8'));
    expect(tightened.files['src/services/construct.ts']).toBeUndefined();
    expect(tightened.files['src/legacy/ws-manager.ts']).toBeUndefined();

    writeFileSync(join(dir, 'src/routes/more.ts'), "import { getAgentInstanceFactory } from '../agents/factory.js';\nexport const more = () => getAgentInstanceFactory();\n");
    const loosen = await cli(['baseline'], dir);
    expect(loosen.code).toBe(1);
    expect(loosen.stderr).toContain('src/routes/more.ts ssot/no-singleton-getter-call: 0 → 1');
    expect((await cli(['baseline', '--force'], dir)).code).toBe(0);
  });

  it('rejects a file that is not a baseline with exit code 2', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'bad-baseline');
    writeFileSync(join(dir, 'b.json'), '{"files": 3}');
    const result = await cli(['check', '--baseline', 'b.json'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not a ssot-kit baseline/);
  });
});

describe('prefilter soundness', () => {
  it('gives identical findings with and without the prefilter on every fixture', async () => {
    const config = resolveConfig({ include: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'], exclude: ['**/node_modules/**'] }, join(ROOT, 'fixtures'));
    const cwd = join(ROOT, 'fixtures');
    const fast = await runCheck({ config, cwd });
    const full = await runCheck({ config, cwd, prefilter: false });
    expect(fast.summary.filesScanned).toBeGreaterThan(10);
    expect(key(fast)).toEqual(key(full));
    expect(fast.errors.map((e) => e.file)).toEqual(full.errors.map((e) => e.file));
    // Each shape the prefilter must not miss is one the rules report: a file without a finding would prove nothing.
    const shapes = readdirSync(join(cwd, 'prefilter')).filter((name) => name.endsWith('.ts')).map((name) => `prefilter/${name}`);
    expect(shapes.length).toBeGreaterThan(5);
    expect(shapes.filter((file) => !full.findings.some((f) => f.file === file))).toEqual([]);
  });

  it('gives identical findings with and without the prefilter on a generated repo', async () => {
    const repo = generateRepo(scratchCopy(undefined, 'generated'), { files: 600, seed: 7 });
    const config = loadConfig({ cwd: repo.root });
    const fast = await runCheck({ config, cwd: repo.root });
    const full = await runCheck({ config, cwd: repo.root, prefilter: false, workers: 2 });
    expect(fast.findings.length).toBeGreaterThan(0);
    expect(key(fast)).toEqual(key(full));
  });
});

describe('shards', () => {
  it('the union of --shard i/n reports is the whole run, and merge-reports gates it', async () => {
    const repo = generateRepo(scratchCopy(undefined, 'shards'), { files: 400, seed: 11 });
    const whole = await cli(['check', '--format', 'json'], repo.root);
    const parts: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = join(repo.root, `shard-${i}.json`);
      await cli(['check', '--format', 'json', '--shard', `${i}/3`, '--output', out], repo.root);
      parts.push(out);
    }
    const merged = await cli(['merge-reports', ...parts, '--format', 'json'], repo.root);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(whole.stdout));
    expect(merged.code).toBe(whole.code);
    const sizes = parts.map((p) => JSON.parse(readFileSync(p, 'utf8')).summary.filesScanned as number);
    expect(sizes.every((n) => n > 0)).toBe(true);
  });
});

describe('one implementation', () => {
  it('counts only the plugin\'s findings: directives for the project\'s other rules are not violations, its own are honoured', async () => {
    const dir = scratchCopy(undefined, 'directives');
    writeFileSync(join(dir, 'routes.ts'), [
      "import { getAgentInstanceFactory } from './agents/factory.js';",
      '// eslint-disable-next-line @typescript-eslint/no-require-imports',
      "const legacy = require('legacy');",
      '/* eslint no-console: "off", @typescript-eslint/no-floating-promises: "error" */',
      'export const a = () => getAgentInstanceFactory();',
      '// eslint-disable-next-line ssot/no-singleton-getter-call -- migrated in the next release',
      'export const b = () => getAgentInstanceFactory();',
      'export { legacy };',
      '',
    ].join('\n'));
    const report = await runCheck({ config: resolveConfig({ include: ['*.ts'] }, dir), cwd: dir });
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['5 ssot/no-singleton-getter-call']);
  });

  it('an obsolete /* eslint-env */ comment (fatal to ESLint 10, which lints the file anyway) neither hides the findings nor fails the file', async () => {
    const dir = scratchCopy(undefined, 'eslint-env');
    writeFileSync(join(dir, 'job.test.js'), "/* eslint-env jest */\nconst { getAgentInstanceFactory } = require('./factory');\n\nit('runs', () => getAgentInstanceFactory());\n");
    writeFileSync(join(dir, 'broken.js'), 'const = getAgentInstanceFactory;\n');
    const report = await runCheck({ config: resolveConfig({ include: ['*.js'] }, dir), cwd: dir });
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['job.test.js:4 ssot/no-singleton-getter-call']);
    // A real parse failure still is one.
    expect(report.errors).toEqual([{ file: 'broken.js', message: expect.stringMatching(/^Parsing error: .*\(1:6\)$/) }]);
  });

  it("lints a data file of 150,000 properties (erxes' 3 MB priusRemData.js) without a rule crashing", async () => {
    const dir = scratchCopy(undefined, 'big-data');
    const rows = Array.from({ length: 75_000 }, (_, i) => `{ id: ${i}, rem: 0 }`).join(',\n');
    writeFileSync(join(dir, 'data.js'), `const { getAgentInstanceFactory } = require('./factory');\nmodule.exports = { data: [\n${rows}\n], run: () => getAgentInstanceFactory() };\n`);
    const report = await runCheck({ config: resolveConfig({ include: ['*.js'] }, dir), cwd: dir });
    expect(report.errors).toEqual([]);
    expect(report.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual(['data.js:75003 ssot/no-singleton-getter-call']);
  });

  it("says why a Flow module does not parse (parse-server's // @flow files): a file for exclude, not a broken one", async () => {
    const dir = scratchCopy(undefined, 'flow');
    // A Flow type cast, `(value: Type)`, is what TypeScript's parser stops at.
    writeFileSync(join(dir, 'typed.js'), '/**\n * Copyright\n * @flow\n */\nexport function sorted(where) {\n  return getAgentInstanceFactory() && Object.keys((where.sorts: any)).length > 0;\n}\n');
    writeFileSync(join(dir, 'plain.js'), '// no pragma\nexport function sorted(where) {\n  return getAgentInstanceFactory() && Object.keys((where.sorts: any)).length > 0;\n}\n');
    const report = await runCheck({ config: resolveConfig({ include: ['*.js'] }, dir), cwd: dir });
    expect(report.errors).toEqual([
      { file: 'plain.js', message: expect.stringMatching(/^Parsing error: .*\(3:\d+\)$/) },
      { file: 'typed.js', message: expect.stringMatching(/^Parsing error: .*\(6:\d+\) — a Flow file \(@flow\), which TypeScript's parser cannot read: list it in exclude$/) },
    ]);
  });

  it("says why a script with legacy octal syntax does not parse as a module (pm2's and wekan's vendored CommonJS)", async () => {
    const dir = scratchCopy(undefined, 'octal');
    writeFileSync(join(dir, 'watch.js'), "const { getAgentInstanceFactory } = require('./factory');\nfunction show() {\n  process.stdout.write('\\033[2J');\n  return getAgentInstanceFactory();\n}\nmodule.exports = show;\n");
    writeFileSync(join(dir, 'mode.js'), "const { getAgentInstanceFactory } = require('./factory');\nrequire('fs').chmodSync('bin', 0755);\nmodule.exports = () => getAgentInstanceFactory();\n");
    const report = await runCheck({ config: resolveConfig({ include: ['*.js'] }, dir), cwd: dir });
    const hint = " — legacy octal syntax, which only a sloppy-mode script allows, and a .js file is read as an ES module, as ESLint reads it: write 0o755 or '\\x1b', or list the file in exclude";
    expect(report.errors).toEqual([
      { file: 'mode.js', message: expect.stringMatching(/^Parsing error: Octal literals .*\(2:\d+\)/) },
      { file: 'watch.js', message: expect.stringMatching(/^Parsing error: Octal escape sequences .*\(3:\d+\)/) },
    ]);
    for (const error of report.errors) expect(error.message.endsWith(hint)).toBe(true);
  });

  it('the gate reports exactly what the eslint CLI reports on the fixture project', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(resolve(ROOT, 'node_modules/.bin/eslint'), ['--format', 'json', 'src'], { cwd: RULES_FIXTURE }).catch((e: { stdout: string }) => e);
    const eslint = (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }> }>)
      .flatMap((r) => r.messages.map((m) => ({ file: r.filePath.slice(RULES_FIXTURE.length + 1), line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, ruleId: m.ruleId, message: m.message })))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    const gate = await runCheck({ config: loadConfig({ cwd: RULES_FIXTURE }), cwd: RULES_FIXTURE });
    expect(gate.findings.map(({ fixable: _f, ...rest }) => rest)).toEqual(eslint.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message })));
  });
});
