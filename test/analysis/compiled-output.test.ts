import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../rules/no-module-singleton.js';
import { emittedFromSourceBeside, emittedToOutDir, inFrameworkBuildOutput } from '../../src/analysis/compiled-output.js';
import { mayContainFinding } from '../../src/analysis/prefilter.js';
import { resolveConfig } from '../../src/config/index.js';
import { ruleTester } from '../rules/rule-tester.js';

/** Writes each file of `files` under `root`, its directories first. */
function writeFiles(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

// A project that compiles in place and commits what tsc emits beside each source (a fork of an
// agent gateway whose every `src/**/x.ts` has its `x.js`), and hand-written JavaScript beside it.
const root = mkdtempSync(join(tmpdir(), 'ssot-compiled-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = ['git-commit.ts', 'git-commit.js', 'view.tsx', 'view.js', 'panel.tsx', 'panel.jsx', 'loader.mts', 'loader.mjs', 'hook.cts', 'hook.cjs', 'pool.js', 'legacy.d.ts', 'legacy.js', 'panel-only.ts', 'panel-only.jsx'];
for (const file of files) writeFileSync(join(root, file), '');

// What the compiler emits for `let cachedClient: Client | undefined` filled on first use.
const EMITTED_HOLDER = 'var cachedClient;\nfunction getClient() {\n    if (!cachedClient) cachedClient = new ApiClient();\n    return cachedClient;\n}\nexports.getClient = getClient;\n';

describe('emittedFromSourceBeside: JavaScript beside the TypeScript it was compiled from', () => {
  it('answers for the output of each TypeScript extension, by the extension tsc emits', () => {
    for (const file of ['git-commit.js', 'view.js', 'panel.jsx', 'loader.mjs', 'hook.cjs']) expect(emittedFromSourceBeside(join(root, file)), file).toBe(true);
  });
  it('not for JavaScript with no source beside it, a declaration file\'s, or a source tsc would not emit it from', () => {
    for (const file of ['pool.js', 'legacy.js', 'panel-only.jsx', 'git-commit.ts', 'missing.js']) expect(emittedFromSourceBeside(join(root, file)), file).toBe(false);
  });
  it('the prefilter drops the emitted file as the rule does, and keeps the hand-written one', () => {
    const config = resolveConfig({}, root);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(root, 'git-commit.js'))).toBe(false);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(root, 'pool.js'))).toBe(true);
  });
});

ruleTester.run('no-module-singleton in what the compiler emitted beside its source', rule, {
  valid: [
    { code: EMITTED_HOLDER, filename: join(root, 'git-commit.js') },
    { code: EMITTED_HOLDER, filename: join(root, 'view.js') },
    { code: EMITTED_HOLDER, filename: join(root, 'loader.mjs') },
    { code: EMITTED_HOLDER, filename: join(root, 'hook.cjs') },
  ],
  invalid: [
    { code: EMITTED_HOLDER, filename: join(root, 'pool.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: EMITTED_HOLDER, filename: join(root, 'legacy.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: EMITTED_HOLDER, filename: join(root, 'panel-only.jsx'), errors: [{ messageId: 'holder', line: 1 }] },
  ],
});

// Projects that compile into an outDir and commit what tsc wrote there: a server whose build copies
// its manifest into dist/ (alpha-date-sender), a NestJS app whose outDir is in tsconfig.build.json,
// one without a rootDir whose output keeps src/ in its paths, and output whose source is gone.
const outDirs = mkdtempSync(join(tmpdir(), 'ssot-out-dir-'));
afterAll(() => rmSync(outDirs, { recursive: true, force: true }));
const outDirFiles: Record<string, string> = {
  'server/tsconfig.json': '{\n  // the build\n  "compilerOptions": { "outDir": "./dist", "rootDir": "./src", },\n}\n',
  'server/src/services/sessionManager.ts': '',
  'server/dist/package.json': '{ "name": "server" }',
  'server/dist/services/sessionManager.js': '',
  'server/dist/services/removed.js': '',
  'nest/tsconfig.json': '{ "extends": "./tsconfig.base.json" }',
  'nest/tsconfig.build.json': '{ "compilerOptions": { "outDir": "build" } }',
  'nest/src/app.service.ts': '',
  'nest/build/app.service.js': '',
  'flat/tsconfig.json': '{ "compilerOptions": { "outDir": "out" } }',
  'flat/src/pool.mts': '',
  'flat/out/src/pool.mjs': '',
  'plain/package.json': '{ "name": "plain" }',
  'plain/dist/index.js': '',
  'plain/src/index.ts': '',
};
writeFiles(outDirs, outDirFiles);

describe('emittedToOutDir: JavaScript tsc wrote into a project\'s outDir from a source the project still has', () => {
  it('answers by the outDir and rootDir of a tsconfig above, or of the build\'s own tsconfig', () => {
    for (const file of ['server/dist/services/sessionManager.js', 'nest/build/app.service.js', 'flat/out/src/pool.mjs']) expect(emittedToOutDir(join(outDirs, file)), file).toBe(true);
  });
  it('not for output whose source is gone, a directory no tsconfig sends output to, or the source itself', () => {
    for (const file of ['server/dist/services/removed.js', 'plain/dist/index.js', 'server/src/services/sessionManager.ts']) expect(emittedToOutDir(join(outDirs, file)), file).toBe(false);
  });
  it('the prefilter drops the emitted file as the rule does, and keeps the one whose source is gone', () => {
    const config = resolveConfig({}, outDirs);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(outDirs, 'server/dist/services/sessionManager.js'))).toBe(false);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(outDirs, 'server/dist/services/removed.js'))).toBe(true);
  });
});

ruleTester.run('no-module-singleton in what the compiler emitted into an outDir', rule, {
  valid: [
    { code: EMITTED_HOLDER, filename: join(outDirs, 'server/dist/services/sessionManager.js') },
    { code: EMITTED_HOLDER, filename: join(outDirs, 'nest/build/app.service.js') },
  ],
  invalid: [
    { code: EMITTED_HOLDER, filename: join(outDirs, 'server/dist/services/removed.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: EMITTED_HOLDER, filename: join(outDirs, 'plain/dist/index.js'), errors: [{ messageId: 'holder', line: 1 }] },
  ],
});

// Framework builds committed with the app, each with what marks its output, and look-alikes without the mark.
const builds = mkdtempSync(join(tmpdir(), 'ssot-build-output-'));
afterAll(() => rmSync(builds, { recursive: true, force: true }));
const buildFiles: Record<string, string> = {
  // TanStack Start's Nitro server (tcg-trade-hub's apps/web/.output), a Nuxt app's
  'apps/web/.output/nitro.json': '{ "preset": "node-server" }',
  'apps/web/.output/server/_ssr/index.mjs': '',
  'apps/web/.output/server/_chunks/_libs/@tanstack/query-core.mjs': '',
  'apps/shop/.next/BUILD_ID': 'a1b2c3',
  'apps/shop/.next/server/chunks/812.js': '',
  'apps/blog/.vercel/output/config.json': '{ "version": 3 }',
  'apps/blog/.vercel/output/functions/index.func/index.mjs': '',
  'apps/kit/.svelte-kit/output/server/chunks/db.js': '',
  'apps/solid/.vinxi/build/ssr/assets/performance-CpMIxBac.js': '',
  'apps/nuxt/.nuxt/dist/server/server.mjs': '',
  // the app's own code, and directories named alike that no build marked
  'apps/web/src/server/db.ts': '',
  'apps/api/.output/server/index.mjs': '',
  'apps/api/.next/server/db.js': '',
  'apps/api/output/handler.js': '',
};
writeFiles(builds, buildFiles);

describe('inFrameworkBuildOutput: what a framework\'s build wrote, committed with the app', () => {
  it('answers under the directory a build marked: Nitro\'s nitro.json, Next.js\'s BUILD_ID, the Build Output API\'s config, .svelte-kit, .vinxi, .nuxt', () => {
    for (const file of ['apps/web/.output/server/_ssr/index.mjs', 'apps/web/.output/server/_chunks/_libs/@tanstack/query-core.mjs', 'apps/shop/.next/server/chunks/812.js', 'apps/blog/.vercel/output/functions/index.func/index.mjs', 'apps/kit/.svelte-kit/output/server/chunks/db.js', 'apps/solid/.vinxi/build/ssr/assets/performance-CpMIxBac.js', 'apps/nuxt/.nuxt/dist/server/server.mjs']) {
      expect(inFrameworkBuildOutput(join(builds, file)), file).toBe(true);
    }
  });
  it('not for the app\'s own code, nor for a directory a build\'s is named like that no build marked', () => {
    for (const file of ['apps/web/src/server/db.ts', 'apps/api/.output/server/index.mjs', 'apps/api/.next/server/db.js', 'apps/api/output/handler.js']) {
      expect(inFrameworkBuildOutput(join(builds, file)), file).toBe(false);
    }
  });
  it('the prefilter drops the build\'s file as the rule does', () => {
    const config = resolveConfig({}, builds);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(builds, 'apps/web/.output/server/_ssr/index.mjs'))).toBe(false);
    expect(mayContainFinding(EMITTED_HOLDER, config, join(builds, 'apps/api/.output/server/index.mjs'))).toBe(true);
  });
});

// The router's manifest promises in TanStack Start's server bundle, as Nitro built it.
const BUILT_MANIFEST = 'let entriesPromise;\nasync function getEntries() {\n  if (!entriesPromise) entriesPromise = import("./_tanstack-start-manifest_v.mjs").then((m) => m.default);\n  return entriesPromise;\n}\nvar focusManager = new FocusManager();\nexport { getEntries, focusManager };\n';

ruleTester.run('no-module-singleton in a framework\'s build output', rule, {
  valid: [
    { code: EMITTED_HOLDER, filename: join(builds, 'apps/web/.output/server/_ssr/index.mjs') },
    { code: BUILT_MANIFEST, filename: join(builds, 'apps/web/.output/server/_ssr/index.mjs') },
    { code: EMITTED_HOLDER, filename: join(builds, 'apps/shop/.next/server/chunks/812.js') },
  ],
  invalid: [
    { code: EMITTED_HOLDER, filename: join(builds, 'apps/api/.output/server/index.mjs'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: EMITTED_HOLDER, filename: join(builds, 'apps/api/.next/server/db.js'), errors: [{ messageId: 'holder', line: 1 }] },
    { code: BUILT_MANIFEST, filename: join(builds, 'apps/api/.output/server/index.mjs'), errors: [{ messageId: 'holder', line: 6 }] },
  ],
});
