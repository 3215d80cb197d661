import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

// What the gate's Linter thread loads is most of its start-up. `@typescript-eslint/utils`'s root
// export pulls in the whole `eslint` package — the ESLint class, its file cache, the CLI engine —
// for nothing the rules use (≈ 0.1 s of every `check`). The rules take `RuleCreator` from the
// `eslint-utils` subpath; this fails if anything brings the root back.
describe('loading the gate loads no more of ESLint than its Linter', () => {
  it('the plugin, the Linter and the fast parser leave eslint\'s CLI side unloaded', () => {
    const script = `
      await import(${JSON.stringify(join(ROOT, 'dist/rules/index.js'))});
      await import(${JSON.stringify(join(ROOT, 'dist/src/check/lint.js'))});
      const { loadFastParser } = await import(${JSON.stringify(join(ROOT, 'dist/src/analysis/fast-parser.js'))});
      await loadFastParser();
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify(loaded.filter((file) => /[\\\\/]node_modules[\\\\/]eslint[\\\\/]lib[\\\\/](eslint|cli-engine|api)/.test(file) || /[\\\\/]node_modules[\\\\/](flat-cache|file-entry-cache)[\\\\/]/.test(file))));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([]);
  });
});
