import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { runMigrate } from '../../src/migrate/run-migrate.js';
import { formatSummary } from '../../src/migrate/summary.js';
import { scratchProject } from '../check/helpers.js';

const project = (files: Record<string, string>) => scratchProject(files, 'cross-package');

const consumer = (from: string) => `import { getAgentInstanceFactory } from '${from}';\n\nexport function run(userContext: unknown) {\n  return getAgentInstanceFactory();\n}\n`;

describe('a configured ./path creator module that other workspace packages reach by relative path', () => {
  it('is not reached so by a file that took the getter from that package by name: the creator comes from there too', async () => {
    const root = project({
      'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"] }\n',
      'packages/core/package.json': '{ "name": "@acme/core" }\n',
      // The creator's package names itself above a folder that only sets the module type.
      'packages/core/src/package.json': '{ "type": "module" }\n',
      'packages/core/src/factory.ts': 'export class AgentInstanceFactory {}\nexport function getAgentInstanceFactory() { return new AgentInstanceFactory(); }\nexport function createAgentInstanceFactory(_c: unknown) { return new AgentInstanceFactory(); }\n',
      'packages/core/src/inside.ts': consumer('./factory'),
      'packages/app/package.json': '{ "name": "@acme/app" }\n',
      // A package.json without a name (module type only) is no package boundary.
      'packages/app/src/esm/package.json': '{ "type": "module" }\n',
      'packages/app/src/esm/route.ts': consumer('@acme/core'),
      'packages/app/src/job.ts': consumer('@acme/core'),
    });
    const config = resolveConfig({ include: ['packages/*/src/**/*.ts'], factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory', module: './packages/core/src/factory.ts' }] }, root);
    const run = await runMigrate({ config, cwd: root, dryRun: true });
    expect(run.report.summary.sitesRewritten).toBe(3);
    expect(run.report.crossPackageImports).toEqual([]);
    // node-opcua's packages: `../../../node-opcua-factory/source/…` broke their builds (TS6059, TS6305)
    expect(run.diffs.find((d) => d.file.endsWith('job.ts'))?.after).toContain("import { createAgentInstanceFactory } from '@acme/core';");
    expect(run.diffs.find((d) => d.file.endsWith('route.ts'))?.after).toContain("import { createAgentInstanceFactory } from '@acme/core';");
    expect(run.diffs.find((d) => d.file.endsWith('inside.ts'))?.after).toContain("import { createAgentInstanceFactory } from './factory';");
  });

  it('is reported with the package to name in factories[].module where a file took the getter another way', async () => {
    const root = project({
      'package.json': '{ "name": "acme", "private": true, "workspaces": ["packages/*"] }\n',
      'packages/core/package.json': '{ "name": "@acme/core" }\n',
      'packages/core/src/factory.ts': 'export class AgentInstanceFactory {}\nexport function getAgentInstanceFactory() { return new AgentInstanceFactory(); }\nexport function createAgentInstanceFactory(_c: unknown) { return new AgentInstanceFactory(); }\n',
      // another package hands the getter on
      'packages/sdk/package.json': '{ "name": "@acme/sdk" }\n',
      'packages/sdk/src/index.ts': "export { getAgentInstanceFactory } from '@acme/core';\n",
      'packages/app/package.json': '{ "name": "@acme/app" }\n',
      'packages/app/src/esm/package.json': '{ "type": "module" }\n',
      'packages/app/src/esm/route.ts': consumer('@acme/sdk'),
      'packages/app/src/job.ts': consumer('@acme/sdk'),
    });
    const config = resolveConfig({ include: ['packages/app/src/**/*.ts', 'packages/core/src/**/*.ts'], factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory', module: './packages/core/src/factory.ts' }] }, root);
    const run = await runMigrate({ config, cwd: root, dryRun: true });
    expect(run.report.summary.sitesRewritten).toBe(2);
    expect(run.report.crossPackageImports).toEqual([{ file: 'packages/core/src/factory.ts', package: '@acme/core', importedBy: ['packages/app/src/esm/route.ts', 'packages/app/src/job.ts'] }]);
    expect(run.report.missingExports).toEqual([]);
    expect(formatSummary(run, true)).toContain("  across packages   1\n    packages/core/src/factory.ts belongs to @acme/core, yet 2 migrated files in other packages would import it by relative path: set factories[].module to @acme/core's own specifier for it\n");

    // Named by its package instead, nothing crosses.
    const byPackage = resolveConfig({ include: ['packages/app/src/**/*.ts', 'packages/core/src/**/*.ts'], factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' }] }, root);
    const fixed = await runMigrate({ config: byPackage, cwd: root, dryRun: true });
    expect(fixed.report.crossPackageImports).toEqual([]);

    // A file that already reaches into the other package for the getter is its own business: the
    // creator import follows it, unreported.
    writeFileSync(join(root, 'packages/app/src/deep.ts'), consumer('../../core/src/factory'));
    const following = await runMigrate({ config: byPackage, cwd: root, dryRun: true });
    expect(following.report.changes.map((c) => c.file)).toContain('packages/app/src/deep.ts');
    expect(following.report.crossPackageImports).toEqual([]);
    expect(formatSummary(fixed, true)).not.toContain('across packages');
  });
});
