import type { TSESTree } from '@typescript-eslint/utils';
import { calleeText, functionName, isFunctionNode, writingFunction } from './walk.js';

/** Test-framework hooks and test cases: what they assign is a test's fixture or stub, not a holder. */
const TEST_HOOKS = new Set(['before', 'beforeEach', 'beforeAll', 'after', 'afterEach', 'afterAll', 'setup', 'teardown', 'suiteSetup', 'suiteTeardown']);
const TEST_CASES = new Set(['it', 'test', 'fit', 'xit', 'xtest']);

/** Whether `node` runs in a test case or a test hook's callback (`it(…)`, `beforeEach(…)`, `mocha.beforeEach(…)`). */
export function insideTestCallback(node: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const call = current.parent;
    if (call?.type === 'CallExpression' && call.arguments.includes(current as TSESTree.CallExpressionArgument)) {
      // `beforeEach(…)`, `mocha.beforeEach(…)`; `it(…)`, `test(…)`, `it.concurrent(…)`
      const segments = calleeText(call.callee)?.split('.') ?? [];
      if (TEST_HOOKS.has(segments[segments.length - 1]!) || TEST_CASES.has(segments[0]!)) return true;
    }
  }
  return false;
}

/** A function named for tests alone: `resetForTests`, `_resetForTesting`, `setClientForTest`, `__testReset`. */
const TEST_ONLY_NAME = /(?:For|In|Only)Test(?:s|ing)?$|^_*test(?:Only)?[A-Z_]/;

/**
 * Whether `node` is written by a function its name keeps for tests (twilio-front-integration's
 * `resetForTests() { singleton = createVapiUsageReconcileScheduler(); }`, exported as
 * `_resetForTests`): no request runs it, so it fills nothing a user shares — what the module made
 * as it loaded is all production sees.
 */
export function writtenForTestsOnly(node: TSESTree.Node): boolean {
  const fn = writingFunction(node);
  const name = fn && functionName(fn);
  return name !== undefined && TEST_ONLY_NAME.test(name);
}
