import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/analysis/parse.js';
import { loadConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { cli, ROOT, RULES_FIXTURE, scratchCopy, scratchProject } from '../check/helpers.js';

const run = promisify(execFile);
const tsc = join(ROOT, 'node_modules/.bin/tsc');

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'latin1'));
  }
  return files;
}

describe('ssot-kit migrate (built CLI) on the fixture project', () => {
  it('rewrites, then check finds only the manual sites, tsc passes, a second run changes nothing, a broken file is left alone', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'migrate');
    const broken = 'export function getAgentInstanceFactory( {\n';
    writeFileSync(join(dir, 'src/broken.ts'), broken);

    const first = await cli(['migrate', '--json', '--force'], dir);
    expect(first.code).toBe(1);
    const report = JSON.parse(first.stdout);
    expect(Object.keys(report)).toEqual(['version', 'summary', 'changes', 'changedFiles', 'manual', 'errors', 'missingExports', 'crossPackageImports']);
    expect(report.changedFiles).toHaveLength(report.summary.filesChanged);
    expect(report.crossPackageImports).toEqual([]);
    expect(report.missingExports).toEqual([]);
    expect(report.summary).toEqual({ filesScanned: 16, filesChanged: 4, sitesRewritten: 5, sitesFallback: 1, sitesManual: 2, errors: 1, sharedLocals: 0, sitesSharingLocals: 0 });
    expect(report.changes).toContainEqual({ file: 'src/services/report-service.ts', line: 8, from: 'agents.getAgentInstanceFactory()', to: 'agents.createAgentInstanceFactory(this.userContext)', context: 'this.userContext', kind: 'inferred' });
    expect(report.changes).toContainEqual({ file: 'src/routes/run.ts', line: 10, from: 'getAgentInstanceFactory()', to: 'createAgentInstanceFactory(requireUserContext())', context: 'requireUserContext()', kind: 'fallback' });
    expect(report.manual.map((m: { file: string; line: number }) => `${m.file}:${m.line}`)).toEqual(['src/legacy/module-scope.ts:3', 'src/services/ambiguous.ts:5']);
    expect(report.errors).toEqual([{ file: 'src/broken.ts', message: expect.stringContaining('(2:0)') }]);
    expect(readFileSync(join(dir, 'src/broken.ts'), 'utf8')).toBe(broken);

    const check = JSON.parse((await cli(['check', '--format', 'json', 'src/routes', 'src/services', 'src/legacy/module-scope.ts'], dir)).stdout);
    expect(check.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['src/legacy/module-scope.ts:3', 'src/services/ambiguous.ts:5']);

    writeFileSync(join(dir, 'src/broken.ts'), 'export {};\n');
    await run(tsc, ['--noEmit', '-p', join(dir, 'tsconfig.json')]);

    const before = snapshot(dir);
    const second = JSON.parse((await cli(['migrate', '--json', '--force'], dir)).stdout);
    expect(second.summary.filesChanged).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('lists a written file\'s manual sites where it now has them, as check does; a dry run\'s where they are', async () => {
    const files = {
      'src/agents/factory.ts': "export class AgentInstanceFactory {}\nexport function getAgentInstanceFactory() { return new AgentInstanceFactory(); }\nexport function createAgentInstanceFactory(_ctx: unknown) { return new AgentInstanceFactory(); }\n",
      'src/a.ts': "import { getAgentInstanceFactory } from './agents/factory';\nexport function run() { return getAgentInstanceFactory(); }\nexport const shared = getAgentInstanceFactory();\n",
    };
    const dry = JSON.parse((await cli(['migrate', '--json', '--dry-run'], scratchProject(files, 'manual-lines-dry'))).stdout);
    expect(dry.manual.map((m: { file: string; line: number }) => `${m.file}:${m.line}`)).toEqual(['src/a.ts:3']);
    const dir = scratchProject(files, 'manual-lines');
    const written = JSON.parse((await cli(['migrate', '--json', '--force'], dir)).stdout);
    // the requireUserContext import went in above it
    expect(written.manual.map((m: { file: string; line: number }) => `${m.file}:${m.line}`)).toEqual(['src/a.ts:4']);
    const check = JSON.parse((await cli(['check', '--format', 'json', 'src/a.ts'], dir)).stdout);
    expect(check.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(['src/a.ts:4']);
    expect(readFileSync(join(dir, 'src/a.ts'), 'utf8').split('\n')[3]).toBe('export const shared = getAgentInstanceFactory();');
  });

  it('reports the locals a function\'s calls of one getter now share: in the summary and on each change', async () => {
    const dir = scratchProject({
      'src/agents/factory.ts': "export class AgentInstanceFactory { createAgent(name: string) { return name; } }\nexport function getAgentInstanceFactory() { return new AgentInstanceFactory(); }\nexport function createAgentInstanceFactory(_ctx: unknown) { return new AgentInstanceFactory(); }\n",
      'src/plan.ts': "import { getAgentInstanceFactory } from './agents/factory';\nexport function plan(userContext: UserExecutionContext) {\n  const a = getAgentInstanceFactory().createAgent('a');\n  return [a, getAgentInstanceFactory().createAgent('b')];\n}\n",
    }, 'shared-locals');
    const json = JSON.parse((await cli(['migrate', '--json', '--dry-run'], dir)).stdout);
    expect(json.summary).toMatchObject({ sitesRewritten: 2, sharedLocals: 1, sitesSharingLocals: 2 });
    expect(json.changes.map((c: { line: number; to: string; local?: string }) => [c.line, c.to, c.local])).toEqual([[3, 'agentInstanceFactory', 'agentInstanceFactory'], [4, 'agentInstanceFactory', 'agentInstanceFactory']]);
    const text = await cli(['migrate', '--dry-run'], dir);
    expect(text.stdout).toContain('+  const agentInstanceFactory = createAgentInstanceFactory(userContext);\n');
    expect(text.stderr).toContain("                    2 of them read one of 1 local(s): a function's calls of one getter share one instance per request\n");
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'dry-run');
    const before = snapshot(dir);
    const result = await cli(['migrate', '--dry-run'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--- a/src/services/aliased.ts');
    expect(result.stdout).toContain('-import { getAgentInstanceFactory as legacyFactory } from "../agents/factory.js";');
    expect(result.stdout).toContain('+import { createAgentInstanceFactory } from "../agents/factory.js";');
    expect(result.stderr).toContain('dry run: nothing written');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--only tests / production and --fallback manual', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'only');
    const tests = JSON.parse((await cli(['migrate', '--json', '--force', '--only', 'tests'], dir)).stdout);
    expect(tests.summary.filesScanned).toBe(0);
    const manual = JSON.parse((await cli(['migrate', '--json', '--force', '--only', 'production', '--fallback', 'manual', '--dry-run'], dir)).stdout);
    expect(manual.summary.sitesFallback).toBe(0);
    expect(manual.manual).toContainEqual({ file: 'src/routes/run.ts', line: 10, reason: 'no user context in scope (fallback: manual)' });
  });

  it('refuses a dirty git tree unless --force (exit 2)', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'dirty');
    const git = (...args: string[]) => run('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir });
    await git('init', '-q');
    await git('add', '-A');
    await git('commit', '-qm', 'init');
    writeFileSync(join(dir, 'src/routes/run.ts'), readFileSync(join(dir, 'src/routes/run.ts'), 'utf8') + '\n// edited\n');
    const refused = await cli(['migrate'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/uncommitted changes \(1 file\(s\)\).*--force/);
    expect((await cli(['migrate', '--force'], dir)).code).toBe(0);
  });

  for (const mode of [['--no-babel'], []]) {
    it(`the real jscodeshift CLI runs the transform with the same result${mode.length ? ' (--no-babel)' : ' (Babel)'}`, async () => {
      const dir = scratchCopy(join(ROOT, 'fixtures/codemods/getter-to-creator'), 'jscodeshift');
      const input = join(dir, 'aliased-import.input.ts');
      await run(join(ROOT, 'node_modules/.bin/jscodeshift'), [...mode, '-t', join(ROOT, 'dist/codemods/getter-to-creator.js'), '--extensions=ts', '--parser=ts', input]);
      expect(readFileSync(input)).toEqual(readFileSync(join(ROOT, 'fixtures/codemods/getter-to-creator/aliased-import.output.ts')));
    });
  }
});

describe('files that are not UTF-8', () => {
  // A Latin-1 comment: decoding would turn 0xE9 into U+FFFD, and writing the file back would
  // change a byte no edit touched.
  const latin1 = Buffer.concat([
    Buffer.from("import { getAgentInstanceFactory } from './agents/factory';\n// caf"),
    Buffer.from([0xe9]),
    Buffer.from('\nexport function run(userContext: unknown) { return getAgentInstanceFactory(); }\n'),
  ]);

  for (const mode of [[], ['--thread-context']]) {
    it(`are reported and left byte for byte${mode.length ? ' (--thread-context)' : ''}, while the others migrate`, async () => {
      const dir = scratchCopy(RULES_FIXTURE, 'latin1');
      writeFileSync(join(dir, 'src/latin1.ts'), latin1);
      const result = await cli(['migrate', '--json', '--force', ...mode], dir);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout);
      expect(report.errors).toContainEqual({ file: 'src/latin1.ts', message: 'not valid UTF-8: left byte for byte (convert it to UTF-8 to migrate it)' });
      expect(report.summary.sitesRewritten).toBeGreaterThan(0);
      expect(readFileSync(join(dir, 'src/latin1.ts'))).toEqual(latin1);
    });
  }
});

describe('atomic writes', () => {
  it('a migrate killed at random moments leaves every file wholly old or wholly new', async () => {
    const dir = scratchCopy(undefined, 'kill');
    writeFileSync(join(dir, 'ssot.config.json'), '{}');
    const filler = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i};`).join('\n');
    for (let i = 0; i < 100; i++) {
      mkdirSync(join(dir, 'src'), { recursive: true });
      writeFileSync(join(dir, `src/service-${i}.ts`), `import { getAgentInstanceFactory } from './factory';\nexport function run${i}(ctx: UserExecutionContext) {\n  return getAgentInstanceFactory();\n}\n${filler}\n`);
    }
    const files = [...snapshot(dir).keys()].filter((f) => f.endsWith('.ts'));
    const originals = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
    const delays = [300, 500, 700, 900, 1100, 1400, 1700, 2100];
    for (const delay of delays) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'migrate', '--force'], { cwd: dir, stdio: 'ignore' });
        setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('exit', () => resolve());
      });
    }
    const config = loadConfig({ cwd: dir });
    let migrated = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const original = originals.get(file)!;
      const expected = migrateSource(original, file, config).output;
      // Wholly old or wholly new, never a torn write.
      expect([original, expected], file).toContain(text);
      expect(() => parseFile(text, file), file).not.toThrow();
      if (text !== original) migrated++;
    }
    expect(migrated).toBeGreaterThan(0);
  });
});
