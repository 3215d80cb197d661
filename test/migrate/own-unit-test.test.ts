import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

// continue's fileWatcher.test.ts builds the FileWatcher it tests; rewritten to the creator, the
// test would need a request scope just to construct its subject.
const config = resolveConfig({ factories: [{ getter: 'getFileWatcher', creator: 'createFileWatcher', class: 'FileWatcher' }] }, '/repo');
const input = "import { FileWatcher, getFileWatcher } from './fileWatcher.js';\n\nit('ignores patterns', () => {\n  const watcher = new FileWatcher();\n  expect(getFileWatcher()).toBeDefined();\n  return watcher;\n});\n";

describe('a class\'s own unit test', () => {
  it('keeps constructing the class it tests; its getter calls are still rewritten', () => {
    const migrated = migrateSource(input, '/repo/src/util/fileWatcher.test.ts', config);
    expect(migrated.output).toBe("import { requireUserContext } from 'ssot-kit/runtime';\nimport { FileWatcher, createFileWatcher } from './fileWatcher.js';\n\nit('ignores patterns', () => {\n  const watcher = new FileWatcher();\n  expect(createFileWatcher(requireUserContext())).toBeDefined();\n  return watcher;\n});\n");
    expect(migrated.manual).toEqual([]);
  });

  it('imports the class through a path alias as well as by a relative path (sim\'s database.test.ts)', () => {
    const aliased = input.replace("'./fileWatcher.js'", "'@/util/fileWatcher'");
    expect(migrateSource(aliased, '/repo/src/util/fileWatcher.test.ts', config).output).toContain('const watcher = new FileWatcher();');
    // a package's module of the same name is not the module under test
    const packaged = input.replace("'./fileWatcher.js'", "'@acme/fileWatcher'");
    expect(migrateSource(packaged, '/repo/src/util/fileWatcher.test.ts', config).output).toContain('const watcher = createFileWatcher(userContext);');
  });

  it('is known by its name: another module\'s test acquires the factory like any code', () => {
    const migrated = migrateSource(input, '/repo/src/services/FileIndexService.test.ts', config);
    expect(migrated.output).toContain('const watcher = createFileWatcher(userContext);');
  });
});
