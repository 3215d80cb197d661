import { mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { discoverFiles } from '../../src/check/discover.js';
import { scratchProject } from './helpers.js';

const found = async (root: string, configRoot: string, raw: Parameters<typeof resolveConfig>[0], paths?: string[]) =>
  (await discoverFiles({ config: resolveConfig(raw, configRoot), cwd: configRoot, ...(paths ? { paths } : {}) })).map((file) => relative(root, file));

describe('discoverFiles: the files a run looks at', () => {
  it('takes include and exclude, source extensions only, never installed packages (npm\'s, Python\'s), .git or Yarn\'s files', async () => {
    const root = scratchProject({
      'src/a.ts': '', 'src/b.tsx': '', 'src/c.mjs': '', 'src/d.cts': '', 'src/readme.md': '', 'src/data.json': '',
      'src/gen/out.ts': '', 'src/node_modules/pkg/index.js': '', 'node_modules/pkg/index.ts': '', '.git/hooks/x.js': '',
      '.yarn/releases/yarn-3.2.1.cjs': '', '.yarn/unplugged/pkg/index.js': '', '.pnp.cjs': '', '.pnp.loader.mjs': '',
      'scripts/tool.ts': '', 'scripts/.eslintrc.cjs': '',
      'venv/lib/python3.11/site-packages/selenium/webdriver/remote/isDisplayed.js': '', 'usr/lib/python3/dist-packages/x/y.js': '',
    }, 'discover-include');
    expect(await found(root, root, { include: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'], exclude: ['src/gen/**'] })).toEqual([
      'scripts/.eslintrc.cjs', 'scripts/tool.ts', 'src/a.ts', 'src/b.tsx', 'src/c.mjs', 'src/d.cts',
    ]);
    expect(await found(root, root, { include: ['src/**/*.ts'] })).toEqual(['src/a.ts', 'src/gen/out.ts']);
  });

  it('leaves minified bundles out by default (a vendored pdf.worker.min.mjs), and dist/ at the root', async () => {
    const root = scratchProject({
      'public/workers/pdf.worker.min.mjs': '', 'public/vendor/jquery.min.js': '', 'src/a.ts': '', 'src/mini.ts': '', 'src/admin.js': '', 'dist/a.js': '',
    }, 'discover-minified');
    expect(await found(root, root, { include: ['**/*.{ts,js,mjs}'] })).toEqual(['src/a.ts', 'src/admin.js', 'src/mini.ts']);
    // An exclude of one's own replaces the default.
    expect(await found(root, root, { include: ['public/**/*.{js,mjs}'], exclude: [] })).toEqual(['public/vendor/jquery.min.js', 'public/workers/pdf.worker.min.mjs']);
  });

  it('honours every .gitignore on the way down, each relative to its own directory', async () => {
    const root = scratchProject({
      '.gitignore': 'build/\n*.generated.ts\n',
      'src/a.ts': '', 'src/a.generated.ts': '', 'build/b.ts': '', 'src/build/c.ts': '',
      'packages/x/.gitignore': 'local.ts\n/out\n!keep.generated.ts\n',
      'packages/x/local.ts': '', 'packages/x/src/local.ts': '', 'packages/x/out/d.ts': '', 'packages/x/src/out/e.ts': '',
      'packages/x/keep.generated.ts': '', 'packages/y/local.ts': '',
    }, 'discover-gitignore');
    expect(await found(root, root, { include: ['**/*.ts'] })).toEqual([
      'packages/x/keep.generated.ts', 'packages/x/src/out/e.ts', 'packages/y/local.ts', 'src/a.ts',
    ]);
  });

  it('honours the .gitignores above the config root, up to the repository, unless they ignore the root itself', async () => {
    const root = scratchProject({ '.gitignore': 'secret.ts\n', 'app/src/a.ts': '', 'app/src/secret.ts': '', 'vendored/.gitignore': '', 'vendored/lib/v.ts': '' }, 'discover-parents');
    mkdirSync(join(root, '.git'));
    expect(await found(root, join(root, 'app'), { include: ['src/**/*.ts'] })).toEqual(['app/src/a.ts']);
    const ignoring = scratchProject({ '.gitignore': 'vendored/\n', 'vendored/lib/v.ts': '' }, 'discover-ignored-root');
    mkdirSync(join(ignoring, '.git'));
    expect(await found(ignoring, join(ignoring, 'vendored'), { include: ['lib/**/*.ts'] })).toEqual(['vendored/lib/v.ts']);
  });

  it('follows a link to a file; a dangling link, a link loop and a directory named like a file are passed over', async () => {
    const root = scratchProject({ 'src/real.ts': '', 'src/.gitignore/x.ts': '' }, 'discover-links');
    symlinkSync('real.ts', join(root, 'src/alias.ts'));
    symlinkSync('missing.ts', join(root, 'src/dangling.ts'));
    symlinkSync('loop-b.ts', join(root, 'src/loop-a.ts'));
    symlinkSync('loop-a.ts', join(root, 'src/loop-b.ts'));
    expect(await found(root, root, { include: ['src/**/*.ts'] })).toEqual(['src/.gitignore/x.ts', 'src/alias.ts', 'src/real.ts']);
  });

  it('narrows to the paths given, still inside include and .gitignore', async () => {
    const root = scratchProject({ '.gitignore': 'src/api/skip.ts\n', 'src/api/a.ts': '', 'src/api/skip.ts': '', 'src/web/b.ts': '', 'test/c.ts': '' }, 'discover-paths');
    expect(await found(root, root, { include: ['src/**/*.ts'] }, ['src/api', 'test/c.ts'])).toEqual(['src/api/a.ts']);
  });
});
