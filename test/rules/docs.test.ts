import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';

const linter = new Linter({ configType: 'flat' });

/** The ```ts blocks under a "## ❌ Incorrect" or "## ✅ Correct" heading of a rule's page. */
function examples(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`## ${heading}`);
  if (start === -1) return [];
  const end = markdown.indexOf('\n## ', start + 3);
  const section = markdown.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function lint(code: string, rule: string) {
  return linter.verify(code, [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { ssot: plugin as never }, rules: { [`ssot/${rule}`]: 'error' } },
  ], 'example.ts');
}

describe('rule documentation', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    describe(name, () => {
      const page = new URL(`../../docs/rules/${name}.md`, import.meta.url);
      const markdown = readFileSync(page, 'utf8');

      it('has a page that meta.docs.url points to', () => {
        expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
        expect(markdown.startsWith(`# ssot/${name}\n`)).toBe(true);
      });

      it('flags every ❌ example', () => {
        const incorrect = examples(markdown, '❌ Incorrect');
        expect(incorrect.length).toBeGreaterThan(0);
        for (const code of incorrect) {
          const messages = lint(code, name);
          expect(messages.filter((m) => m.fatal), code).toEqual([]);
          expect(messages.length, code).toBeGreaterThan(0);
        }
      });

      it('accepts every ✅ example', () => {
        const correct = examples(markdown, '✅ Correct');
        expect(correct.length).toBeGreaterThan(0);
        for (const code of correct) expect(lint(code, name), code).toEqual([]);
      });
    });
  }
});
