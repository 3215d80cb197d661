import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { resolveConfig } from '../../src/config/index.js';
import fastParser from '../../src/analysis/fast-parser.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

// A repo whose getter lives in src/globals.ts and whose class lives elsewhere (typeorm's shape:
// `getMetadataArgsStorage()` in globals.ts, `MetadataArgsStorage` in its own module), with
// `factories[].module` pointing the creator at the getter's module.
const ROOT = '/repo';
const config = resolveConfig({
  context: { module: './src/request-context' },
  factories: [{ getter: 'getStorage', creator: 'createStorage', class: 'Storage', module: './src/globals' }],
}, ROOT);
const file = (path: string) => join(ROOT, path);
const migrate = (path: string, text: string) => migrateSource(text, file(path), config);

describe('factories[].module as a ./path', () => {
  it('swaps the getter import in place when it already names that module, however it is spelt', () => {
    const input = 'import { getStorage } from "../globals"\n\nexport function check(target: object) {\n    getStorage().checks.push(target)\n}\n';
    expect(migrate('src/decorator/Check.ts', input).output).toBe(
      'import { createStorage } from "../globals"\nimport { requireUserContext } from "../request-context"\n\nexport function check(target: object) {\n    createStorage(requireUserContext()).checks.push(target)\n}\n',
    );
    const withExtension = "import { getStorage } from '../globals.js';\n\nexport const run = () => getStorage();\n";
    expect(migrate('src/decorator/Run.ts', withExtension).output).toBe(
      "import { createStorage } from '../globals.js';\nimport { requireUserContext } from '../request-context.js';\n\nexport const run = () => createStorage(requireUserContext());\n",
    );
  });

  it('spells a new relative import with the extension the file\'s relative imports agree on', () => {
    // node16/NodeNext resolution needs `.js`; Deno needs `.ts`; a file that mixes gets none.
    const nodeNext = "import { getStorage } from './legacy.js';\nimport { log } from '../log.js';\n\nexport const run = () => log(getStorage());\n";
    expect(migrate('src/jobs/run.ts', nodeNext).output).toBe(
      "import { createStorage } from '../globals.js';\nimport { log } from '../log.js';\nimport { requireUserContext } from '../request-context.js';\n\nexport const run = () => log(createStorage(requireUserContext()));\n",
    );
    const deno = nodeNext.replaceAll('.js', '.ts');
    expect(migrate('src/jobs/run.ts', deno).output).toContain("import { requireUserContext } from '../request-context.ts';");
    const mixed = nodeNext.replace("'../log.js'", "'../log'");
    expect(migrate('src/jobs/run.ts', mixed).output).toContain("import { requireUserContext } from '../request-context';");
    // and a second run finds the import it wrote, extension and all
    const once = migrate('src/jobs/run.ts', nodeNext).output;
    expect(migrate('src/jobs/run.ts', once).changed).toBe(false);
  });

  it('spells a configured module that names its .ts file the way the file spells its imports', () => {
    // `.ts` in an import compiles only with allowImportingTsExtensions: where the file's relative
    // imports have no extension it gets none, under NodeNext `.js`; where they do not say, as written.
    const named = resolveConfig({ context: { module: './src/request-context.ts' }, factories: config.factories }, ROOT);
    const migrateNamed = (path: string, text: string) => migrateSource(text, file(path), named);
    const bare = "import { getStorage } from './legacy';\n\nexport const run = () => getStorage();\n";
    expect(migrateNamed('src/jobs/run.ts', bare).output).toContain("import { requireUserContext } from '../request-context';");
    const nodeNext = bare.replace("'./legacy'", "'./legacy.js'");
    expect(migrateNamed('src/jobs/run.ts', nodeNext).output).toContain("import { requireUserContext } from '../request-context.js';");
    const unsaid = "import { getStorage } from '@app/legacy';\n\nexport const run = () => getStorage();\n";
    expect(migrateNamed('src/jobs/run.ts', unsaid).output).toContain("import { requireUserContext } from '../request-context.ts';");
    for (const text of [bare, nodeNext, unsaid]) {
      const once = migrateNamed('src/jobs/run.ts', text).output;
      expect(migrateNamed('src/jobs/run.ts', once).changed).toBe(false);
    }
  });

  it('imports the creator from the module re-based on the file, when the getter came from elsewhere', () => {
    const input = "import { getStorage } from './legacy';\n\nexport const run = () => getStorage();\n";
    expect(migrate('src/deep/nested/run.ts', input).output).toBe(
      "import { createStorage } from '../../globals';\nimport { requireUserContext } from '../../request-context';\n\nexport const run = () => createStorage(requireUserContext());\n",
    );
  });

  it('never imports a module into itself: in the creator\'s module the creator is the local one', () => {
    const input = [
      "import { Storage } from './storage';",
      '',
      'export function createStorage(ctx: unknown): Storage {',
      '    return new Storage(ctx)',
      '}',
      '',
      'export function report() {',
      '    return getStorage().size',
      '}',
      '',
      'let instance: Storage | undefined',
      'export function getStorage(): Storage {',
      '    return (instance ??= new Storage(undefined))',
      '}',
      '',
    ].join('\n');
    const result = migrate('src/globals.ts', input);
    expect(result.output).toBe(input.replace('return getStorage().size', 'return createStorage(requireUserContext()).size').replace("from './storage';\n", "from './storage';\nimport { requireUserContext } from './request-context';\n"));
    expect(result.output).not.toMatch(/from '\.\/globals'/);
    // Without a local creator there is nothing to call: the site is manual, never a self-import.
    const noCreator = migrate('src/globals.ts', input.replace(/export function createStorage[^]*?\n}\n\n/, ''));
    expect(noCreator.changed).toBe(false);
    expect(noCreator.manual.map((m) => m.reason)).toEqual(['createStorage is not declared in this module, where getStorage is: declare it here, then migrate again']);
  });

  it('leaves the construction inside the legacy getter to --remove-legacy, and the rule does not flag it', () => {
    const input = "import { Storage } from './storage';\n\nexport function getStorage(): Storage {\n    const scope = platform.globals()\n    scope.storage ??= new Storage()\n    return scope.storage\n}\n";
    const result = migrate('src/globals.ts', input);
    expect(result.output).toBe(input);
    expect(result.manual).toEqual([]);
    const linter = new Linter({ configType: 'flat', cwd: ROOT });
    const messages = linter.verify(input, [{
      files: ['**/*.ts'],
      languageOptions: { parser: fastParser as Linter.Parser },
      plugins: { ssot: plugin as never },
      rules: { 'ssot/no-direct-factory-construction': 'error' },
      settings: { ssot: config },
    }], file('src/globals.ts'));
    expect(messages).toEqual([]);
  });
});
