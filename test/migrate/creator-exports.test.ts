import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { resolveProjectModule, resolveRelativeModule } from '../../src/analysis/module-files.js';
import { runMigrate } from '../../src/migrate/run-migrate.js';
import { formatSummary } from '../../src/migrate/summary.js';
import { scratchProject } from '../check/helpers.js';

const GETTER = 'export function getAgentInstanceFactory() {\n  return new AgentInstanceFactory();\n}\n';
const CLASS = 'export class AgentInstanceFactory {}\n';
const CREATOR = 'export function createAgentInstanceFactory(_userContext: unknown) {\n  return new AgentInstanceFactory();\n}\n';
const consumer = (from: string) => `import { getAgentInstanceFactory } from '${from}';\n\nexport function run(userContext: unknown) {\n  return getAgentInstanceFactory();\n}\n`;

const project = (files: Record<string, string>) => scratchProject(files, 'creator-exports');

async function migrate(files: Record<string, string>, dryRun = true, include = ['src/**/*.ts']) {
  const root = project(files);
  return runMigrate({ config: resolveConfig({ include }, root), cwd: root, dryRun });
}

describe('a creator the migrated code imports but its module does not export', () => {
  it('is reported once per module, with the files that import it, in the report and the summary', async () => {
    const run = await migrate({
      'src/agents/factory.ts': CLASS + GETTER,
      'src/routes/a.ts': consumer('../agents/factory'),
      'src/routes/b.ts': consumer('../agents/factory'),
      'src/c.ts': consumer('./agents/factory'),
    });
    expect(run.report.summary.sitesRewritten).toBe(3);
    expect(run.report.missingExports).toEqual([{ file: 'src/agents/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['src/c.ts', 'src/routes/a.ts', 'src/routes/b.ts'] }]);
    expect(formatSummary(run, true)).toContain('  creators to write 1\n    src/agents/factory.ts does not export createAgentInstanceFactory, which 3 migrated files would import: write it before building or running\n');
  });

  it('is not reported when the module exports it: declared, renamed, through export * chains, or by a barrel this run extends', async () => {
    const run = await migrate({
      'src/agents/factory.ts': CLASS + GETTER + CREATOR,
      'src/agents/renamed.ts': `${CLASS}${GETTER}function make(_c: unknown) {\n  return new AgentInstanceFactory();\n}\nexport { make as createAgentInstanceFactory };\n`,
      'src/agents/index.ts': "export * from './nothing-here';\nexport * from './factory';\n",
      'src/agents/nothing-here.ts': 'export const unrelated = 1;\n',
      'src/barrel.ts': "export { getAgentInstanceFactory } from './agents/factory';\n",
      'src/a.ts': consumer('./agents/factory'),
      'src/b.ts': consumer('./agents/renamed'),
      'src/c.ts': consumer('./agents'),
      'src/d.ts': consumer('./barrel'),
    });
    expect(run.report.summary.sitesRewritten).toBe(4);
    expect(run.report.missingExports).toEqual([]);
    // The barrel gained the creator's export: changed, with no site of its own in `changes`.
    expect(run.report.changedFiles).toEqual(['src/a.ts', 'src/b.ts', 'src/barrel.ts', 'src/c.ts', 'src/d.ts']);
    expect(run.report.summary.filesChanged).toBe(5);
    expect(new Set(run.report.changes.map((change) => change.file))).toEqual(new Set(['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts']));
    expect(formatSummary(run, true)).not.toContain('creators to write');
    // Every site here took the fallback: the summary says what it needs at run time.
    expect(formatSummary(run, true)).toContain('\n4 site(s) would call requireUserContext(), which reads the request\'s scope: requests must run inside one\n(mount userContextMiddleware() where they enter, or wrap the work in runWithUserContext()), or it throws MissingUserContextError.\n');
    expect(formatSummary(run, true, './src/request-context')).toContain('(as ./src/request-context sets it up), or it throws.');
  });

  it('is looked for through export * and found missing when no branch has it', async () => {
    const run = await migrate({
      'src/agents/factory.ts': CLASS + GETTER,
      'src/agents/index.ts': "export * from './factory';\nexport * from './other';\n",
      'src/agents/other.ts': 'export const unrelated = 1;\n',
      'src/a.ts': consumer('./agents'),
    });
    expect(run.report.missingExports).toEqual([{ file: 'src/agents/index.ts', name: 'createAgentInstanceFactory', importedBy: ['src/a.ts'] }]);
  });

  it('is found missing past an empty module a barrel re-exports: it exports nothing (spacebar\'s GuildWelcomeScreen.ts)', async () => {
    const run = await migrate({
      'src/agents/factory.ts': CLASS + GETTER,
      'src/agents/index.ts': "export * from './empty';\nexport * from './factory';\n",
      'src/agents/empty.ts': '',
      'src/a.ts': consumer('./agents'),
    });
    expect(run.report.missingExports).toEqual([{ file: 'src/agents/index.ts', name: 'createAgentInstanceFactory', importedBy: ['src/a.ts'] }]);
  });

  it('is read from plain CommonJS too: module.exports = { … }, exports.x = …', async () => {
    const run = await migrate({
      'src/router.js': "class AgentInstanceFactory {}\nfunction getAgentInstanceFactory() {}\nmodule.exports = { AgentInstanceFactory, getAgentInstanceFactory };\n",
      'src/ready.js': "const make = require('./make');\nexports.getAgentInstanceFactory = () => make();\nmodule.exports.createAgentInstanceFactory = (_c) => make();\n",
      'src/a.js': "const { getAgentInstanceFactory } = require('./router');\n\nexports.run = function run(userContext) {\n  return getAgentInstanceFactory();\n};\n",
      'src/b.js': "const { getAgentInstanceFactory } = require('./ready');\n\nexports.run = function run(userContext) {\n  return getAgentInstanceFactory();\n};\n",
    }, true, ['src/**/*.js']);
    expect(run.report.changes.map((c) => c.file)).toEqual(['src/a.js', 'src/b.js']);
    expect(run.report.missingExports).toEqual([{ file: 'src/router.js', name: 'createAgentInstanceFactory', importedBy: ['src/a.js'] }]);
  });

  it('is given the benefit of the doubt where exports cannot be read for certain: CommonJS built otherwise, export =, a package, export * from a package', async () => {
    const run = await migrate({
      'src/agents/cjs.ts': "const make = require('./make');\nmodule.exports = make.api();\n",
      'src/agents/equals.ts': 'declare const api: { getAgentInstanceFactory(): unknown; createAgentInstanceFactory(c: unknown): unknown };\nexport = api;\n',
      'src/agents/star.ts': "export * from 'agents-package';\n",
      'src/a.ts': consumer('./agents/cjs'),
      'src/b.ts': consumer('./agents/equals'),
      'src/c.ts': consumer('agents-package'),
      'src/d.ts': consumer('./agents/star'),
    });
    expect(run.report.changes.map((c) => c.file)).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts']);
    expect(run.report.missingExports).toEqual([]);
  });

  it('is read through a tsconfig path alias too (langfuse\'s web imports everything as @/src/…)', async () => {
    const run = await migrate({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
      'src/agents/factory.ts': CLASS + GETTER,
      'src/routes/a.ts': consumer('@/src/agents/factory'),
    });
    expect(run.report.missingExports).toEqual([{ file: 'src/agents/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['src/routes/a.ts'] }]);
    const written = await migrate({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }',
      'src/agents/factory.ts': CLASS + GETTER + CREATOR,
      'src/routes/a.ts': consumer('@/src/agents/factory'),
    });
    expect(written.report.missingExports).toEqual([]);
  });

  it('is reported after a real run too (the files are written, the module is still without it)', async () => {
    const one = await migrate({ 'src/agents/factory.ts': CLASS + GETTER, 'src/a.ts': consumer('./agents/factory') }, false);
    expect(one.report.summary.filesChanged).toBe(1);
    expect(formatSummary(one, false)).toContain('src/agents/factory.ts does not export createAgentInstanceFactory, which src/a.ts now imports: write it');
    const two = await migrate({ 'src/agents/factory.ts': CLASS + GETTER, 'src/a.ts': consumer('./agents/factory'), 'src/b.ts': consumer('./agents/factory') }, false);
    expect(formatSummary(two, false)).toContain('src/agents/factory.ts does not export createAgentInstanceFactory, which 2 migrated files now import: write it');
  });
});

describe('a creator the module exports under that name, but taking something else', () => {
  it('is reported with what it takes (formbricks\' createJobsQueue({ connection })): the configured creator is still to be written', async () => {
    const run = await migrate({
      'src/agents/factory.ts': CLASS + GETTER + 'export const createAgentInstanceFactory = (options: { region: string }) => new AgentInstanceFactory();\n',
      'src/routes/a.ts': consumer('../agents/factory'),
    });
    expect(run.report.missingExports).toEqual([{ file: 'src/agents/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['src/routes/a.ts'], takes: '{ region }' }]);
    expect(formatSummary(run, true)).toContain('src/agents/factory.ts exports a createAgentInstanceFactory that takes { region }, not a user context, which src/routes/a.ts would import: name the creator otherwise in the config, or make it take the context');
    // Its module read first through a barrel's `export *`, then imported directly: still read for what it takes.
    const throughBarrel = await migrate({
      'src/agents/factory.ts': CLASS + GETTER + 'export const createAgentInstanceFactory = (options: { region: string }) => new AgentInstanceFactory();\n',
      'src/agents/index.ts': "export * from './factory';\n",
      'src/a.ts': consumer('./agents'),
      'src/b.ts': consumer('./agents/factory'),
    });
    expect(throughBarrel.report.missingExports).toEqual([{ file: 'src/agents/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['src/b.ts'], takes: '{ region }' }]);
    // One that may take the context is the creator.
    const fit = await migrate({
      'src/agents/factory.ts': CLASS + GETTER + 'export const createAgentInstanceFactory = (userContext: UserExecutionContext) => new AgentInstanceFactory();\n',
      'src/routes/a.ts': consumer('../agents/factory'),
    });
    expect(fit.report.missingExports).toEqual([]);
  });
});

describe('a creator another workspace package of the monorepo imports', () => {
  it('is looked for in the package\'s TypeScript source, found from package.json workspaces or pnpm-workspace.yaml without an install', async () => {
    const npm = await migrate({
      'package.json': '{ "private": true, "workspaces": ["packages/*", "apps/**"] }',
      'packages/lib/package.json': '{ "name": "@acme/lib", "main": "./index.ts" }',
      'packages/lib/index.ts': "export * from './agents/factory';\n",
      'packages/lib/agents/factory.ts': CLASS + GETTER,
      'apps/web/api/package.json': '{ "name": "@acme/api" }',
      'apps/web/api/src/a.ts': consumer('@acme/lib/agents/factory'),
      'apps/web/api/src/b.ts': consumer('@acme/lib'),
    }, true, ['packages/**/*.ts', 'apps/**/*.ts']);
    expect(npm.report.missingExports).toEqual([
      { file: 'packages/lib/agents/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['apps/web/api/src/a.ts'] },
      { file: 'packages/lib/index.ts', name: 'createAgentInstanceFactory', importedBy: ['apps/web/api/src/b.ts'] },
    ]);

    const pnpm = await migrate({
      'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n  # the apps\n  - \"apps/*\"\nonlyBuiltDependencies:\n  - esbuild\n",
      // exports patterns onto the sources, NodeNext-style
      'packages/core/package.json': '{ "name": "core", "exports": { "./*": { "types": "./src/*.ts", "default": "./dist/*.js" } } }',
      'packages/core/src/factory.ts': CLASS + GETTER,
      // built to dist/: its output is stale until the next build, so it is not read
      'packages/built/package.json': '{ "name": "@acme/built", "exports": { ".": { "types": "./dist/index.d.ts", "default": "./dist/index.js" } } }',
      'packages/built/dist/index.d.ts': 'export declare function getAgentInstanceFactory(): unknown;\n',
      'apps/web/package.json': '{ "name": "web" }',
      'apps/web/a.ts': consumer('core/factory'),
      'apps/web/b.ts': consumer('@acme/built'),
    }, true, ['packages/*/src/**/*.ts', 'apps/**/*.ts']);
    expect(pnpm.report.missingExports).toEqual([{ file: 'packages/core/src/factory.ts', name: 'createAgentInstanceFactory', importedBy: ['apps/web/a.ts'] }]);
  });
});

describe('a barrel re-exporting the class whose static method is the getter', () => {
  const SERVICE = 'export class CertificateService {\n  private static instance: CertificateService;\n  static getInstance() {\n    return (CertificateService.instance ??= new CertificateService());\n  }\n}\nexport function createCertificateService(_userContext: unknown) {\n  return new CertificateService();\n}\n';
  const factories = [{ getter: 'CertificateService.getInstance', creator: 'createCertificateService', class: 'CertificateService' }];

  it('gains the creator beside the class, and a barrel above it does too', async () => {
    const root = project({
      'src/services/certificates/certificate.service.ts': SERVICE,
      'src/services/certificates/index.ts': "export { CertificateService } from './certificate.service';\n",
      'src/services/index.ts': "export { CertificateService } from './certificates';\n",
    });
    const result = await runMigrate({ config: resolveConfig({ include: ['src/**/*.ts'], factories }, root), cwd: root, dryRun: true });
    expect([...result.report.changedFiles].sort()).toEqual(['src/services/certificates/index.ts', 'src/services/index.ts']);
    expect(result.report.missingExports).toEqual([]);
  });

  it('gains nothing where the name is a module\'s default re-exported (lms-backend\'s `export default CertificateService.getInstance()`: the instance)', async () => {
    const root = project({
      'src/services/certificates/certificate.service.ts': `${SERVICE}export default CertificateService.getInstance();\n`,
      'src/services/certificates/index.ts': "export { default as CertificateService } from './certificate.service';\n",
      'src/services/index.ts': "export { CertificateService } from './certificates';\n",
    });
    const result = await runMigrate({ config: resolveConfig({ include: ['src/**/*.ts'], factories }, root), cwd: root, dryRun: true });
    expect(result.report.changedFiles).toEqual([]);
    expect(result.report.missingExports).toEqual([]);
  });
});

describe('resolveRelativeModule: the file a relative specifier names, as TypeScript finds it', () => {
  const root = project({ 'src/f.ts': '', 'src/g.tsx': '', 'src/dir/index.ts': '', 'src/m.mts': '', 'src/plain.js': '' });
  const from = join(root, 'src/x.ts');
  it.each([
    ['./f', 'src/f.ts'],
    ['./f.js', 'src/f.ts'],
    ['./f.ts', 'src/f.ts'],
    ['./g.js', 'src/g.tsx'],
    ['./dir', 'src/dir/index.ts'],
    ['./dir/index.js', 'src/dir/index.ts'],
    ['./m.mjs', 'src/m.mts'],
    ['./plain.js', 'src/plain.js'],
    ['../src/f', 'src/f.ts'],
  ])('%s → %s', (specifier, file) => {
    expect(resolveRelativeModule(from, specifier)).toBe(join(root, file));
  });
  it('leaves packages, path aliases and missing files unresolved', () => {
    expect(resolveRelativeModule(from, 'pkg')).toBeUndefined();
    expect(resolveRelativeModule(from, '@/agents')).toBeUndefined();
    expect(resolveRelativeModule(from, './missing')).toBeUndefined();
  });
});

describe('resolveProjectModule: a relative specifier, or a tsconfig path alias as TypeScript maps it', () => {
  it('maps paths against the tsconfig that declares them, or against baseUrl; the longest pattern wins', () => {
    const root = project({
      'config/tsconfig.base.json': '{ "compilerOptions": { "paths": { "@shared/*": ["../packages/shared/src/*"] } } }',
      'tsconfig.json': '{ "extends": "./config/tsconfig.base.json" }',
      'packages/shared/src/queue.ts': '',
      'web/tsconfig.json': '{ "compilerOptions": { "baseUrl": "./src", "paths": { "@app/*": ["app/*"], "@app/special/*": ["special/*"], "~agents": ["agents/index.ts"] } } }',
      'web/src/app/routes.ts': '',
      'web/src/special/x.ts': '',
      'web/src/agents/index.ts': '',
    });
    expect(resolveProjectModule(join(root, 'src/a.ts'), '@shared/queue')).toBe(join(root, 'packages/shared/src/queue.ts'));
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), '@app/routes')).toBe(join(root, 'web/src/app/routes.ts'));
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), '@app/special/x')).toBe(join(root, 'web/src/special/x.ts'));
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), '~agents')).toBe(join(root, 'web/src/agents/index.ts'));
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), './app/routes')).toBe(join(root, 'web/src/app/routes.ts'));
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), '@shared/queue')).toBeUndefined();
    expect(resolveProjectModule(join(root, 'web/src/page.ts'), 'react')).toBeUndefined();
  });
});
