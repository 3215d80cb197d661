import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { runMigrate } from '../../src/migrate/run-migrate.js';
import { scratchCopy } from '../check/helpers.js';

describe('a file reached through a symlink as well', () => {
  it('is migrated and counted once, and the link stays a link', async () => {
    const root = scratchCopy(undefined, 'symlinked');
    mkdirSync(join(root, 'src/shared'), { recursive: true });
    const source = "import { getAgentInstanceFactory } from '../agents/factory';\n\nexport function run(userContext: UserExecutionContext) {\n  return getAgentInstanceFactory();\n}\n";
    writeFileSync(join(root, 'src/shared/run.ts'), source);
    symlinkSync('shared/run.ts', join(root, 'src/run.ts'));
    const config = resolveConfig({ include: ['src/**/*.ts'] }, root);

    const { report } = await runMigrate({ config, cwd: root });

    expect(report.summary.filesScanned).toBe(2);
    expect(report.summary.filesChanged).toBe(1);
    expect(report.changes).toHaveLength(1);
    expect(readFileSync(join(root, 'src/shared/run.ts'), 'utf8')).toBe(source
      .replace('{ getAgentInstanceFactory }', '{ createAgentInstanceFactory }')
      .replace('getAgentInstanceFactory()', 'createAgentInstanceFactory(userContext)'));
    expect(lstatSync(join(root, 'src/run.ts')).isSymbolicLink()).toBe(true);
  });
});
