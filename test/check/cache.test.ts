import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { runCheck } from '../../src/check/run-check.js';
import { cli, RULES_FIXTURE, scratchCopy, scratchProject } from './helpers.js';

type CacheFile = { key: string; files: Record<string, { hash: string; findings: Array<{ message: string }>; compliantSites: number }> };

const readCache = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CacheFile;

describe('check --cache', () => {
  it('a warm run gives the cold run\'s report; a changed file, config or broken file is linted again', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'check-cache');
    const cacheLocation = join(dir, '.cache/check.json');
    const config = loadConfig({ cwd: dir });
    const cold = await runCheck({ config, cwd: dir, workers: 0 });
    const first = await runCheck({ config, cwd: dir, workers: 0, cacheLocation });
    expect(first).toEqual(cold);
    expect(existsSync(cacheLocation)).toBe(true);
    expect(await runCheck({ config, cwd: dir, workers: 0, cacheLocation })).toEqual(cold);
    // The same cache, filled and read with the scan in its own thread and with lint workers.
    const threaded = join(dir, '.cache/threaded.json');
    for (const workers of ['auto', 2] as const) {
      expect(await runCheck({ config, cwd: dir, workers, cacheLocation: threaded })).toEqual(cold);
      expect(await runCheck({ config, cwd: dir, workers, cacheLocation: threaded })).toEqual(cold);
      expect(readFileSync(threaded, 'utf8')).toBe(readFileSync(cacheLocation, 'utf8'));
    }

    // Prove the warm run reads the cache: a marked entry comes back as stored…
    const cache = readCache(cacheLocation);
    const [key, entry] = Object.entries(cache.files).find(([, e]) => e.findings.length > 0)!;
    entry.findings[0]!.message = 'from the cache';
    writeFileSync(cacheLocation, JSON.stringify(cache));
    const marked = await runCheck({ config, cwd: dir, workers: 0, cacheLocation });
    expect(marked.findings.some((f) => f.message === 'from the cache')).toBe(true);

    // …until the file changes (then it is linted again)…
    appendFileSync(join(dir, key), '\n// edited\n');
    const edited = await runCheck({ config, cwd: dir, workers: 0, cacheLocation });
    expect(edited.findings.some((f) => f.message === 'from the cache')).toBe(false);
    expect(edited.summary).toEqual(cold.summary);

    // …and a different config never reads the old entries.
    writeFileSync(cacheLocation, JSON.stringify({ ...readCache(cacheLocation), files: Object.fromEntries(Object.entries(readCache(cacheLocation).files).map(([k, e]) => [k, { ...e, findings: [] }])) }));
    const otherConfig = loadConfig({ cwd: dir });
    const withAllow = { ...otherConfig, allow: ['SomethingElse'] };
    expect((await runCheck({ config: withAllow, cwd: dir, workers: 0, cacheLocation })).summary).toEqual(cold.summary);
  });

  it('never caches a file that does not parse', async () => {
    const dir = scratchCopy(RULES_FIXTURE, 'check-cache-broken');
    writeFileSync(join(dir, 'src/broken.ts'), 'export function broken( {\n  getAgentInstanceFactory();\n');
    const args = ['check', '--cache', '--cache-location', '.cache/c.json', '--format', 'json'];
    const first = await cli(args, dir);
    const second = await cli(args, dir);
    expect(first.code).toBe(1);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).errors).toEqual(JSON.parse(first.stdout).errors);
    expect(JSON.parse(second.stdout).errors.map((e: { file: string }) => e.file)).toEqual(['src/broken.ts']);
    expect(Object.keys(readCache(join(dir, '.cache/c.json')).files)).not.toContain('src/broken.ts');
  });

  it('lints a file again when its package becomes a desktop app\'s (the holder rule reads package.json)', async () => {
    const dir = scratchProject({
      'package.json': JSON.stringify({ name: 'app' }),
      'ssot.config.json': JSON.stringify({ include: ['src/**/*.js'], factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' }] }),
      // A candidate either way: it also calls a configured getter (whose rule a desktop app's package does not silence).
      'src/pool.js': "import { getAgentInstanceFactory } from './agents';\nlet shared = null;\nexport function getPool() {\n  if (!shared) shared = new Pool();\n  return shared;\n}\nexport const run = (userContext) => getAgentInstanceFactory().run();\n",
    }, 'check-cache-manifest');
    const args = ['check', '--cache', '--cache-location', '.cache/c.json', '--format', 'json'];
    const rules = (result: { stdout: string }) => JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    const server = await cli(args, dir);
    expect(rules(server)).toEqual(['ssot/no-module-singleton', 'ssot/no-singleton-getter-call']);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', devDependencies: { electron: '33' } }));
    expect(rules(await cli(args, dir))).toEqual(['ssot/no-singleton-getter-call']);
  });

  it('lints a file again when its TypeScript source appears beside it (the holder is the source\'s then)', async () => {
    const dir = scratchProject({
      'package.json': JSON.stringify({ name: 'app' }),
      'ssot.config.json': JSON.stringify({ include: ['src/**/*.{ts,js}'], factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' }] }),
      // A candidate either way: it also calls a configured getter (whose rule still reads emitted code).
      'src/pool.js': "import { getAgentInstanceFactory } from './agents';\nlet shared = null;\nexport function getPool() {\n  if (!shared) shared = new Pool();\n  return shared;\n}\nexport const run = (userContext) => getAgentInstanceFactory().run();\n",
    }, 'check-cache-compiled');
    const args = ['check', '--cache', '--cache-location', '.cache/c.json', '--format', 'json'];
    const found = (result: { stdout: string }) => JSON.parse(result.stdout).findings.map((f: { file: string; ruleId: string }) => `${f.file} ${f.ruleId}`);
    expect(found(await cli(args, dir))).toEqual(['src/pool.js ssot/no-module-singleton', 'src/pool.js ssot/no-singleton-getter-call']);
    writeFileSync(join(dir, 'src/pool.ts'), 'let shared: Pool | null = null;\nexport function getPool(): Pool {\n  if (!shared) shared = new Pool();\n  return shared;\n}\n');
    expect(found(await cli(args, dir))).toEqual(['src/pool.js ssot/no-singleton-getter-call', 'src/pool.ts ssot/no-module-singleton']);
  });
});
