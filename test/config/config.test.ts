import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, configFromSettings, configJsonSchema, loadConfig, resolveConfig } from '../../src/config/index.js';

// Every directory a test makes, removed when the file's tests are done.
const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ssot-config-'));
  madeDirs.push(dir);
  return dir;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('config defaults', () => {
  it('are the DESIGN.md values when no file exists', () => {
    const config = loadConfig({ cwd: tempDir() });
    expect(config.factories).toEqual([
      { getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' },
    ]);
    expect(config.context).toEqual({
      type: 'UserExecutionContext',
      names: ['userContext', 'ctx'],
      module: 'ssot-kit/runtime',
      fallback: 'request-scope',
    });
    expect(config.include).toEqual(['src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}']);
    expect(config.singletonClassPattern.test('ThreadRunRegistry')).toBe(true);
    expect(config.singletonClassPattern.test('Logger')).toBe(false);
    expect(config.allow).toEqual([]);
  });

  it('fills in nested defaults for a partial context', () => {
    const config = resolveConfig({ context: { names: ['uc'] } }, '/repo');
    expect(config.context).toEqual({ type: 'UserExecutionContext', names: ['uc'], module: 'ssot-kit/runtime', fallback: 'request-scope' });
  });
});

describe('config loading', () => {
  it('finds ssot.config.json from a subdirectory upward and roots paths at its directory', () => {
    const root = tempDir();
    writeFileSync(join(root, 'ssot.config.json'), JSON.stringify({ context: { fallback: 'manual' } }));
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    const config = loadConfig({ cwd: join(root, 'a', 'b') });
    expect(config.context.fallback).toBe('manual');
    expect(config.rootDir).toBe(root);
    expect(config.configFile).toBe(join(root, 'ssot.config.json'));
  });

  it('reads an explicit path and accepts a BOM', () => {
    const root = tempDir();
    writeFileSync(join(root, 'custom.json'), '\uFEFF' + JSON.stringify({ allow: ['LoggerRegistry'] }));
    expect(loadConfig({ cwd: root, configPath: 'custom.json' }).allow).toEqual(['LoggerRegistry']);
  });

  it('names a missing explicit file', () => {
    expect(configError(() => loadConfig({ cwd: tempDir(), configPath: 'nope.json' })).message).toBe('nope.json: config file not found');
  });

  it('reports invalid JSON with the file name', () => {
    const root = tempDir();
    writeFileSync(join(root, 'ssot.config.json'), '{ "include": [ }');
    expect(configError(() => loadConfig({ cwd: root })).message).toMatch(/ssot\.config\.json: not valid JSON/);
  });
});

describe('config validation names the key path', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['wrong type deep inside an array', { factories: [{ getter: 'getX', creator: 42, class: 'X' }] }, 'factories[0].creator', /expected string/],
    ['unknown key', { contxt: {} }, 'contxt', /is not a known key/],
    ['unknown nested key', { context: { fallbak: 'manual' } }, 'context.fallbak', /is not a known key/],
    ['bad enum', { context: { fallback: 'guess' } }, 'context.fallback', /request-scope|manual/],
    ['bad regex', { singletonClasses: '(Factory' }, 'singletonClasses', /valid regular expression/],
    ['not an identifier', { factories: [{ getter: 'get-x', creator: 'createX', class: 'X' }] }, 'factories[0].getter', /identifier/],
    ['empty factories', { factories: [] }, 'factories', /at least one/],
    ['a static getter of another class', { factories: [{ getter: 'Registry.getInstance', creator: 'createX', class: 'X' }] }, 'factories[0].getter', /method of the factory class/],
    ['a getter two members deep', { factories: [{ getter: 'X.a.getInstance', creator: 'createX', class: 'X' }] }, 'factories[0].getter', /Class\.staticMethod/],
    // sites are matched by name: a class in two entries would leave `new X()` to whichever came last
    ['one class in two entries', { factories: [{ getter: 'getA', creator: 'createA', class: 'Cache' }, { getter: 'getB', creator: 'createB', class: 'Cache' }] }, 'factories[1].class', /Cache is already factories\[0\]\.class: a name may stand in one entry only/],
    ['a getter listed twice', { factories: [{ getter: 'getA', creator: 'createA', class: 'A' }, { getter: 'getA', creator: 'createB', class: 'B' }] }, 'factories[1].getter', /getA is already factories\[0\]\.getter/],
    ["one entry's creator another's getter", { factories: [{ getter: 'getA', creator: 'createA', class: 'A' }, { getter: 'createA', creator: 'makeB', class: 'B' }] }, 'factories[1].getter', /createA is already factories\[0\]\.creator/],
  ];
  for (const [name, input, keyPath, reason] of cases) {
    it(name, () => {
      const error = configError(() => resolveConfig(input, '/repo', '/repo/ssot.config.json'));
      expect(error.keyPath).toBe(keyPath);
      expect(error.message.startsWith(`/repo/ssot.config.json: ${keyPath} `)).toBe(true);
      expect(error.message).toMatch(reason);
      expect(error.message).not.toContain('\n');
    });
  }
});

describe('settings.ssot', () => {
  it('takes a static method of the class as the getter', () => {
    const config = resolveConfig({ factories: [{ getter: 'QueueManager.getInstance', creator: 'createQueueManager', class: 'QueueManager' }] }, '/repo');
    expect(config.factories[0]!.getter).toBe('QueueManager.getInstance');
  });

  it('is resolved once per settings object', () => {
    const settings = { ssot: { context: { names: ['uc'] } } };
    const a = configFromSettings(settings);
    expect(configFromSettings(settings)).toBe(a);
    expect(a.context.names).toEqual(['uc']);
  });

  it('falls back to the defaults without settings', () => {
    expect(configFromSettings(undefined).factories[0]?.getter).toBe('getAgentInstanceFactory');
  });
});

describe('shipped JSON Schema', () => {
  it('is the schema generated from the zod schema (npm run schema regenerates it)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../schema/ssot.config.schema.json', import.meta.url), 'utf8'));
    expect(shipped).toEqual(configJsonSchema());
  });

  it('accepts the DESIGN.md example and rejects what zod rejects', () => {
    const validate = new Ajv.default({ strict: false }).compile(configJsonSchema());
    const example = {
      include: ['src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
      exclude: ['**/node_modules/**', 'dist/**'],
      tests: ['**/*.test.*'],
      context: { type: 'UserExecutionContext', names: ['userContext', 'ctx'], module: 'ssot-kit/runtime', fallback: 'request-scope' },
      factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' }],
      singletonClasses: '(Factory|Registry|Manager|Engine|Notifier)$',
      allow: [],
    };
    expect(validate(example)).toBe(true);
    expect(validate({ contxt: {} })).toBe(false);
    expect(validate({ context: { fallback: 'guess' } })).toBe(false);
  });
});
