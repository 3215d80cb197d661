import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { API, FileInfo, Options } from 'jscodeshift';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import constructionToCreator from '../../codemods/construction-to-creator.js';
import getterToCreator from '../../codemods/getter-to-creator.js';
import legacyModuleToShim from '../../codemods/legacy-module-to-shim.js';
import plugin from '../../rules/index.js';
import { loadConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/codemods');
type Transform = (file: FileInfo, api: API, options: Options) => string | undefined;
const transforms: Record<string, Transform> = {
  'getter-to-creator': getterToCreator,
  'construction-to-creator': constructionToCreator,
  'legacy-module-to-shim': legacyModuleToShim,
};
// The same config the transforms find for these files: fixtures/codemods/ssot.config.json.
const config = loadConfig({ cwd: FIXTURES });
const linter = new Linter({ configType: 'flat' });
const SITE_RULES = ['ssot/no-singleton-getter-call', 'ssot/no-direct-factory-construction'];

function siteFindings(code: string, filename: string) {
  return linter
    .verify(code.replace(/^\uFEFF/, ''), [
      { files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'], languageOptions: { parser: tsParser as Linter.Parser }, plugins: { ssot: plugin as never }, rules: Object.fromEntries(SITE_RULES.map((r) => [r, 'error'])), settings: { ssot: config } },
    ], filename)
    .map((m) => (m.fatal ? `fatal ${m.message}` : `${m.line} ${m.ruleId}`));
}

const run = (transform: Transform, path: string, source: string) => transform({ path, source }, {} as API, {}) ?? source;

for (const [name, transform] of Object.entries(transforms)) {
  describe(name, () => {
    const dir = join(FIXTURES, name);
    const inputs = readdirSync(dir).filter((f) => /\.input\.[cm]?[jt]sx?$/.test(f));
    it('has fixtures', () => expect(inputs.length).toBeGreaterThan(1));
    for (const inputName of inputs) {
      const caseName = inputName.replace(/\.input\.[^.]+$/, '');
      const inputPath = join(dir, inputName);
      const outputPath = join(dir, inputName.replace('.input.', '.output.'));
      describe(caseName, () => {
        const input = readFileSync(inputPath, 'utf8');
        const expected = readFileSync(outputPath);

        it('produces the expected output, byte for byte', () => {
          expect(Buffer.from(run(transform, inputPath, input), 'utf8').equals(expected), `diff in ${outputPath}`).toBe(true);
          expect(run(transform, inputPath, input)).toBe(expected.toString('utf8'));
        });

        // Every case again with CRLF line endings and with a BOM: the same edits, in the file's own bytes.
        if (!input.includes('\r') && !input.startsWith('\uFEFF')) {
          it('gives the same result with CRLF line endings and with a BOM', () => {
            const crlf = (text: string) => text.replace(/\n/g, '\r\n');
            expect(run(transform, inputPath, crlf(input))).toBe(crlf(expected.toString('utf8')));
            expect(run(transform, inputPath, `\uFEFF${input}`)).toBe(`\uFEFF${expected.toString('utf8')}`);
          });
        }

        it('is idempotent', () => {
          const once = run(transform, inputPath, input);
          expect(run(transform, inputPath, once)).toBe(once);
        });

        if (name !== 'legacy-module-to-shim') {
          it('after migrate, the rules find exactly the sites listed as manual', () => {
            const result = migrateSource(input, inputPath, config);
            const remaining = siteFindings(result.output, inputPath);
            expect(remaining.filter((f) => f.startsWith('fatal'))).toEqual([]);
            // Manual sites are reported by their line in the input, and added import lines may
            // shift them: the same sites, listed again on the output, are where the rules point.
            const again = migrateSource(result.output, inputPath, config);
            expect(again.manual.length).toBe(result.manual.length);
            expect(remaining.map((f) => Number(f.split(' ')[0]))).toEqual(again.manual.map((m) => m.line));
            // And where a written file has them, as the report gives them after a real run.
            expect(remaining.map((f) => Number(f.split(' ')[0]))).toEqual(result.manual.map((m) => m.lineAfter ?? m.line));
            // Each rewritten site was a finding the rules flagged before, and nothing else changed the count.
            expect(siteFindings(input, inputPath).length - remaining.length).toBe(result.changes.length);
          });
        }
      });
    }
  });
}
