import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../rules/no-module-singleton.js';
import { emittedFromSourceBeside } from '../../src/analysis/compiled-output.js';
import { mayContainFinding } from '../../src/analysis/prefilter.js';
import { resolveConfig } from '../../src/config/index.js';
import { ruleTester } from '../rules/rule-tester.js';

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
