import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runMigrate } from '../../src/migrate/run-migrate.js';
import { runThreadedMigrate, type ThreadedRun } from '../../src/thread/run-thread.js';
import { cli, ROOT, scratchCopy, scratchProject } from '../check/helpers.js';

const FIXTURES = join(ROOT, 'fixtures/thread-context');
const CASES = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const run = promisify(execFile);

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  visit(dir);
  return out;
}

async function thread(dir: string, options: { dryRun?: boolean; maxDepth?: number } = {}): Promise<ThreadedRun> {
  return runThreadedMigrate({ config: loadConfig({ cwd: dir }), cwd: dir, dryRun: options.dryRun ?? false, ...(options.maxDepth ? { maxDepth: options.maxDepth } : {}) });
}

const results = new Map<string, ThreadedRun>();

describe('migrate --thread-context on multi-file fixtures (input tree → expected tree, as bytes)', () => {
  it('has the situations the migration must handle', () => {
    expect(CASES).toEqual(['callback', 'class-constructor-context', 'context-type-from-caller', 'context-type-name-taken', 'exported-instance', 'exported-three-callers', 'helper-two-calls-deep', 'name-clash', 'overloaded', 'package-entry', 'recursion']);
  });

  for (const name of CASES) {
    it(`${name}: the migrated tree is the expected one, and a second run changes nothing`, async () => {
      const dir = scratchCopy(join(FIXTURES, name, 'input'), `thread-${name}`);
      const first = await thread(dir);
      results.set(name, first);
      expect(first.report.errors).toEqual([]);
      // Every expected tree compiles: no creator the migrated code imports is missing.
      expect(first.report.missingExports).toEqual([]);
      const actual = tree(dir);
      const expected = tree(join(FIXTURES, name, 'output'));
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, bytes] of expected) expect({ file, text: actual.get(file)!.toString('latin1') }).toEqual({ file, text: bytes.toString('latin1') });
      const second = await thread(dir);
      expect(second.report.summary.filesChanged).toBe(0);
      expect(second.report.summary.sitesRewritten).toBe(0);
    });
  }

  it('every expected tree type-checks (tsc --noEmit over all outputs)', async () => {
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(FIXTURES, 'tsconfig.json')]);
  });
});

describe('what each fixture proves', () => {
  const threading = async (name: string) => {
    if (!results.has(name)) results.set(name, await thread(scratchCopy(join(FIXTURES, name, 'input'), `thread-${name}`), { dryRun: true }));
    return results.get(name)!.report.threading;
  };

  it('a helper two calls below the handler: both functions gain the parameter, the handler passes its context', async () => {
    const t = await threading('helper-two-calls-deep');
    expect(t.summary).toMatchObject({ consumers: 1, threaded: 1, fallbacks: 0, functionsChanged: 2, callsUpdated: 2 });
    expect(t.consumers[0]!.chain.map((c) => c.function)).toEqual(['title', 'buildReport']);
    expect(t.consumers[0]!.contextFrom).toEqual([{ function: 'handleReport', file: 'src/routes/report.ts', line: 6, context: 'ctx' }]);
  });

  it('a method of a class whose constructor receives the context: the parameter becomes a field, no caller changes', async () => {
    const t = await threading('class-constructor-context');
    expect(t.summary).toMatchObject({ threaded: 2, fallbacks: 0, functionsChanged: 0, callsUpdated: 0, fieldsPromoted: 1 });
  });

  it('a function exported and called from three files (named, aliased, namespace through a re-export)', async () => {
    const t = await threading('exported-three-callers');
    expect(t.consumers[0]!.contextFrom.map((c) => `${c.file} ${c.context}`)).toEqual([
      'src/jobs/weekly.ts userContext',
      'src/routes/plans.ts ctx',
      'src/services/roadmap.ts this.userContext',
    ]);
  });

  it('recursion passes its own parameter on', async () => {
    const t = await threading('recursion');
    expect(t.summary).toMatchObject({ threaded: 1, functionsChanged: 1, callsUpdated: 2, fallbacks: 0 });
  });

  it('a function handed over as a callback is never changed: its site keeps the fallback, with the reason', async () => {
    const t = await threading('callback');
    expect(t.summary).toMatchObject({ threaded: 0, fallbacks: 1, functionsChanged: 0 });
    expect(t.consumers[0]!.reason).toMatch(/passed as a callback to `bus.on`/);
  });

  it('an overloaded function keeps the fallback, with the reason', async () => {
    const t = await threading('overloaded');
    expect(t.summary).toMatchObject({ threaded: 0, fallbacks: 1 });
    expect(t.consumers[0]!.reason).toMatch(/overloaded/);
  });

  it('a function of the package\'s public API (exported through `export *` from the package.json entry) is never changed', async () => {
    const t = await threading('package-entry');
    expect(t.summary).toMatchObject({ threaded: 0, fallbacks: 1, functionsChanged: 0 });
    expect(t.consumers[0]!.reason).toMatch(/public API \(exported from src\/index.ts\)/);
  });

  it('a name clash: the parameter is made unique instead of shadowing the local', async () => {
    const t = await threading('name-clash');
    expect(t.summary.threaded).toBe(1);
    expect(readFileSync(join(FIXTURES, 'name-clash/output/src/render.ts'), 'utf8')).toContain('render(userContext2: UserExecutionContext, template: string)');
  });
});

describe('the limits and the command', () => {
  it('with no user context anywhere, every site takes the fallback without asking the type checker', async () => {
    const dir = scratchProject({
      'ssot.config.json': '{ "include": ["src/**/*.ts"] }',
      'src/factory.ts': "export class AgentInstanceFactory {}\nexport function getAgentInstanceFactory() { return new AgentInstanceFactory(); }\nexport function createAgentInstanceFactory(_c: unknown) { return new AgentInstanceFactory(); }\n",
      // `ctx` here is a renderer's: never made as a user context nor read for a user's ids
      'src/render.ts': "import { getAgentInstanceFactory } from './factory';\nexport function helper() { return getAgentInstanceFactory(); }\nexport const views = { main: (ctx) => draw(ctx, helper()) };\ndeclare function draw(a: unknown, b: unknown): void;\n",
    }, 'thread-nowhere');
    const run = await thread(dir, { dryRun: true });
    expect(run.report.threading.summary).toMatchObject({ threaded: 0, fallbacks: 1, functionsChanged: 0 });
    expect(run.report.threading.consumers[0]!.reason).toBe('no function in the files looked at holds a user context to pass down');
    expect(run.diffs.map((d) => d.after)).toEqual([expect.stringContaining('return createAgentInstanceFactory(requireUserContext());')]);
  });

  it('--max-depth stops the climb: past it nothing is threaded and the site keeps its fallback', async () => {
    const dir = scratchCopy(join(FIXTURES, 'helper-two-calls-deep/input'), 'thread-depth');
    const shallow = await thread(dir, { dryRun: true, maxDepth: 1 });
    expect(shallow.report.threading.summary).toMatchObject({ threaded: 0, fallbacks: 1, functionsChanged: 0 });
    expect(shallow.report.threading.consumers[0]!.reason).toMatch(/depth limit \(1\)/);
  });

  it('--dry-run --json is the consumer inventory and writes nothing; an unparsable file is listed, left byte for byte, exit 1', async () => {
    const dir = scratchCopy(join(FIXTURES, 'exported-three-callers/input'), 'thread-cli');
    const broken = join(dir, 'src/broken.ts');
    writeFileSync(broken, 'export function broken( {\n  getAgentInstanceFactory();\n');
    const before = tree(dir);
    const result = await cli(['migrate', '--thread-context', '--dry-run', '--json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.threading.summary).toMatchObject({ consumers: 1, files: 1, threaded: 1, fallbacks: 0 });
    expect(report.threading.consumers[0]).toMatchObject({ function: 'askPlanner', file: 'src/agents/planner.ts', line: 3, outcome: 'threaded' });
    expect(report.errors.map((e: { file: string }) => e.file)).toEqual(['src/broken.ts']);
    expect(tree(dir)).toEqual(before);
    const written = await cli(['migrate', '--thread-context', '--force'], dir);
    expect(written.code).toBe(1);
    expect(readFileSync(broken)).toEqual(before.get('src/broken.ts'));
    expect(readFileSync(join(dir, 'src/routes/plans.ts'), 'utf8')).toContain('askPlanner(ctx, `plan ${goal}`)');
  });

  it('--max-depth without --thread-context is a usage error (exit 2)', async () => {
    const result = await cli(['migrate', '--max-depth', '2', '--dry-run'], join(FIXTURES, 'recursion/input'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--max-depth needs --thread-context/);
  });

  it('on fixtures/legacy-app it leaves fewer fallbacks than plain migrate', async () => {
    const dir = join(ROOT, 'fixtures/legacy-app');
    const config = loadConfig({ cwd: dir });
    const plain = await runMigrate({ config, cwd: dir, dryRun: true });
    const threaded = await runThreadedMigrate({ config, cwd: dir, dryRun: true });
    expect(threaded.report.threading.summary.fallbacks).toBeLessThan(plain.report.summary.sitesFallback);
    expect(threaded.report.summary.sitesRewritten).toBe(plain.report.summary.sitesRewritten);
  });
});
