import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { mayContainFinding } from '../../src/analysis/prefilter.js';
import { configFromSettings } from '../../src/config/settings.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * The rule tester every rule's tests use. Each run also asks the gate's prefilter about every case
 * the rule reports in: the gate lints only the files its prefilter keeps, so a case it dropped
 * would be a finding the editor shows and `ssot-kit check` never counts.
 */
class GateAwareRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(name: string, rule: RuleModule<MessageIds, Options>, tests: RunTests<MessageIds, Options>): void {
    super.run(name, rule, tests);
    describe(`${name}: the gate's prefilter`, () => {
      it('keeps every case the rule reports in', () => {
        const dropped = tests.invalid
          .filter((test) => !mayContainFinding(test.code, configFromSettings(test.settings, '/repo'), test.filename))
          .map((test) => test.code);
        expect(dropped).toEqual([]);
      });
    });
  }
}

/** The rules need no type information: the plain typescript-eslint parser, as users run it. */
export const ruleTester = new GateAwareRuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});
