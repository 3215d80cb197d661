import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
// ESLint 9, installed side by side under an alias, to prove the rules run in both majors.
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { loadConfig } from '../../src/config/index.js';

const fixture = join(import.meta.dirname, '../../fixtures/rules');
const settings = { ssot: loadConfig({ cwd: fixture }) };

function lintAll(linter: { verify(text: string, config: unknown, filename: string): Array<{ ruleId: string | null; line: number; column: number; fix?: unknown }> }) {
  const out: string[] = [];
  for (const entry of readdirSync(join(fixture, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { ssot: plugin }, rules: Object.fromEntries(Object.keys(plugin.rules).map((r) => [`ssot/${r}`, 'error'])), settings }];
    for (const m of linter.verify(readFileSync(file, 'utf8'), config, file)) out.push(`${file.slice(fixture.length + 1)}:${m.line}:${m.column} ${m.ruleId} ${m.fix ? 'fix' : ''}`);
  }
  return out.sort();
}

describe('the plugin in ESLint 9 and ESLint 10', () => {
  it('finds and fixes the same on the fixture project', () => {
    const v10 = lintAll(new Linter10({ configType: 'flat', cwd: fixture }) as never);
    const v9 = lintAll(new Linter9({ configType: 'flat', cwd: fixture }) as never);
    expect(v10).toHaveLength(12);
    expect(v9).toEqual(v10);
  });
});
