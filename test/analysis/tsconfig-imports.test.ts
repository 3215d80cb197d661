import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasFor, isPackageSpecifier, pathAliasTargets, tsImportSpellingFor } from '../../src/analysis/tsconfig-imports.js';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { scratchCopy } from '../check/helpers.js';

function project(tsconfig: string, extra: Record<string, string> = {}): string {
  const dir = scratchCopy(undefined, 'tsconfig');
  writeFileSync(join(dir, 'tsconfig.json'), tsconfig);
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, 'src/jobs'), { recursive: true });
  return dir;
}

describe('how a project names a TypeScript file in an import, by its tsconfig', () => {
  it('reads the nearest tsconfig.json, comments, trailing commas and extends included', () => {
    const nodeNext = project('{\n  // NodeNext: imports name the emitted .js\n  "compilerOptions": { "module": "NodeNext", },\n}\n');
    expect(tsImportSpellingFor(join(nodeNext, 'src/jobs/run.ts'))).toBe('js');
    const bundler = project('{ "compilerOptions": { "module": "ESNext", "moduleResolution": "Bundler" } }');
    expect(tsImportSpellingFor(join(bundler, 'src/jobs/run.ts'))).toBe('none');
    const deno = project('{ "extends": "./base.json", "compilerOptions": { "noEmit": true } }', {
      'base.json': '{ /* shared */ "compilerOptions": { "allowImportingTsExtensions": true, "moduleResolution": "bundler" } }',
    });
    expect(tsImportSpellingFor(join(deno, 'src/jobs/run.ts'))).toBe('ts');
    const overridden = project('{ "extends": ["./base.json"], "compilerOptions": { "moduleResolution": "node16" } }', {
      'base.json': '{ "compilerOptions": { "moduleResolution": "bundler", "url": "http://x//y" } }',
    });
    expect(tsImportSpellingFor(join(overridden, 'src/jobs/run.ts'))).toBe('js');
    expect(tsImportSpellingFor('/no/such/project/src/run.ts')).toBeUndefined();
    // A base from a package that is not installed may set the resolution: unknown, unless this file does.
    const uninstalled = project('{ "extends": "@repo/typescript-config/nextjs.json", "compilerOptions": { "strict": true } }');
    expect(tsImportSpellingFor(join(uninstalled, 'src/jobs/run.ts'))).toBeUndefined();
    const decided = project('{ "extends": "@repo/typescript-config/base.json", "compilerOptions": { "moduleResolution": "Bundler" } }');
    expect(tsImportSpellingFor(join(decided, 'src/jobs/run.ts'))).toBe('none');
  });

  it('decides a configured module\'s spelling in a file that imports through path aliases only', () => {
    const input = "import { getStorage } from '@app/legacy';\n\nexport const run = () => getStorage();\n";
    const spelt = (tsconfig: string, module: string) => {
      const dir = project(tsconfig);
      const config = resolveConfig({ context: { module }, factories: [{ getter: 'getStorage', creator: 'createStorage', class: 'Storage' }] }, dir);
      const once = migrateSource(input, join(dir, 'src/jobs/run.ts'), config);
      expect(migrateSource(once.output, join(dir, 'src/jobs/run.ts'), config).changed).toBe(false);
      return /import \{ requireUserContext \} from '([^']+)'/.exec(once.output)?.[1];
    };
    const bundler = '{ "compilerOptions": { "moduleResolution": "bundler" } }';
    const nodeNext = '{ "compilerOptions": { "module": "nodenext" } }';
    expect(spelt(bundler, './src/request-context.ts')).toBe('../request-context');
    expect(spelt(nodeNext, './src/request-context.ts')).toBe('../request-context.js');
    expect(spelt(nodeNext, './src/request-context')).toBe('../request-context.js');
    expect(spelt('{ "compilerOptions": { "allowImportingTsExtensions": true } }', './src/request-context.ts')).toBe('../request-context.ts');
    expect(spelt(bundler, './src/request-context')).toBe('../request-context');
  });

  it('takes an import through a tsconfig path alias for the project\'s own, so a new package import joins the packages above it', () => {
    const dir = project('{ "compilerOptions": { "paths": { "@server/*": ["./server/*"], "config": ["./src/config.ts"] } } }');
    const input = [
      "import { z } from 'zod';",
      "import { getQueue } from '@server/queues';",
      "import config from 'config';",
      '',
      'export const run = () => getQueue().add(config);',
      '',
    ].join('\n');
    const config = resolveConfig({ factories: [{ getter: 'getQueue', creator: 'createQueue', class: 'Queue' }] }, dir);
    const { output } = migrateSource(input, join(dir, 'src/jobs/run.ts'), config);
    expect(output).toBe([
      "import { z } from 'zod';",
      "import { requireUserContext } from 'ssot-kit/runtime';",
      "import { createQueue } from '@server/queues';",
      "import config from 'config';",
      '',
      'export const run = () => createQueue(requireUserContext()).add(config);',
      '',
    ].join('\n'));
  });

  it('takes a specifier under baseUrl for the project\'s own (NestJS\'s `src/prisma/prisma.service`), and maps it there', () => {
    const dir = project('{ "compilerOptions": { "baseUrl": "./" } }', { 'src/prisma/prisma.service.ts': 'export class PrismaService {}\n', 'lib.ts': '' });
    const importer = join(dir, 'src/jobs/run.ts');
    expect(isPackageSpecifier('src/prisma/prisma.service', importer)).toBe(false);
    expect(isPackageSpecifier('lib', importer)).toBe(false);
    expect(isPackageSpecifier('@nestjs/common', importer)).toBe(true);
    expect(isPackageSpecifier('crypto', importer)).toBe(true);
    expect(pathAliasTargets('src/prisma/prisma.service', importer)).toEqual([join(dir, 'src/prisma/prisma.service')]);
    expect(pathAliasTargets('@nestjs/common', importer)).toEqual([]);
  });

  it('names a configured module of the project through the path aliases a file imports by, and only then (sim\'s `@/lib/…`)', () => {
    const dir = project('{ "compilerOptions": { "moduleResolution": "bundler", "paths": { "@/*": ["./*"], "@/lib/*": ["./lib/*"], "@sim/db": ["../db"] } } }');
    const importer = join(dir, 'app/jobs/route.ts');
    expect(aliasFor(join(dir, 'lib/core/async-jobs/config.ts'), importer)).toBe('@/lib/core/async-jobs/config');
    expect(aliasFor(join(dir, 'app/page.tsx'), importer)).toBe('@/app/page');
    expect(aliasFor(join(dir, '../elsewhere/x.ts'), importer)).toBeUndefined();
    const config = resolveConfig({ factories: [{ getter: 'getInlineJobQueue', creator: 'createInlineJobQueue', class: 'DatabaseJobQueue', module: './lib/core/async-jobs/config' }] }, dir);
    const migrate = (input: string) => migrateSource(input, importer, config).output;
    // through a barrel, by alias: the creator's module by alias too
    expect(migrate("import { getInlineJobQueue, shouldRunInline } from '@/lib/core/async-jobs';\n\nexport const run = () => getInlineJobQueue();\n"))
      .toBe("import { requireUserContext } from 'ssot-kit/runtime';\nimport { shouldRunInline } from '@/lib/core/async-jobs';\nimport { createInlineJobQueue } from '@/lib/core/async-jobs/config';\n\nexport const run = () => createInlineJobQueue(requireUserContext());\n");
    // the module itself, by alias: one import, swapped in place
    expect(migrate("import { getInlineJobQueue } from '@/lib/core/async-jobs/config';\n\nexport const run = () => getInlineJobQueue();\n"))
      .toBe("import { requireUserContext } from 'ssot-kit/runtime';\nimport { createInlineJobQueue } from '@/lib/core/async-jobs/config';\n\nexport const run = () => createInlineJobQueue(requireUserContext());\n");
    // a file with relative imports keeps to them
    expect(migrate("import { getInlineJobQueue } from '@/lib/core/async-jobs';\nimport { log } from './log';\n\nexport const run = () => getInlineJobQueue(log);\n".replace('(log)', '()')))
      .toContain("import { createInlineJobQueue } from '../../lib/core/async-jobs/config';");
  });

  it('spells an alias as the file spells its alias imports: `.js` after theirs under NodeNext', () => {
    const dir = project('{ "compilerOptions": { "module": "NodeNext", "paths": { "@/*": ["./*"] } } }');
    const importer = join(dir, 'app/jobs/route.ts');
    const config = resolveConfig({ factories: [{ getter: 'getInlineJobQueue', creator: 'createInlineJobQueue', class: 'DatabaseJobQueue', module: './lib/core/async-jobs/config.ts' }] }, dir);
    const migrate = (input: string) => migrateSource(input, importer, config).output;
    expect(migrate("import { getInlineJobQueue } from '@/lib/core/async-jobs/index.js';\nimport { log } from '@/lib/log.js';\n\nexport const run = () => getInlineJobQueue();\n"))
      .toContain("import { createInlineJobQueue } from '@/lib/core/async-jobs/config.js';");
    // Alias imports without one: none added, whatever the tsconfig says.
    expect(migrate("import { getInlineJobQueue } from '@/lib/core/async-jobs';\n\nexport const run = () => getInlineJobQueue();\n"))
      .toContain("import { createInlineJobQueue } from '@/lib/core/async-jobs/config';");
    // Alias imports that disagree: the tsconfig decides (NodeNext: `.js`).
    expect(migrate("import { getInlineJobQueue } from '@/lib/core/async-jobs';\nimport { log } from '@/lib/log.js';\n\nexport const run = () => getInlineJobQueue();\n"))
      .toContain("import { createInlineJobQueue } from '@/lib/core/async-jobs/config.js';");
  });
});
