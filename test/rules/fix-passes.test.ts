import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({}, '/repo');
const linter = new Linter({ configType: 'flat', cwd: '/repo' });
const lintConfig: Linter.Config[] = [{
  files: ['**/*.ts'],
  languageOptions: { parser: tsParser as Linter.Parser },
  plugins: { ssot: plugin as never },
  rules: { 'ssot/no-singleton-getter-call': 'error', 'ssot/no-direct-factory-construction': 'error' },
  settings: { ssot: config },
}];

// QueueManager.getInstance(), a static getter, for the tests below that use one.
const staticConfig = resolveConfig({ factories: [{ getter: 'QueueManager.getInstance', creator: 'createQueueManager', class: 'QueueManager' }] }, '/repo');
const staticLint: Linter.Config[] = [{ ...lintConfig[0]!, settings: { ssot: staticConfig } }];

/** `eslint --fix` on `input` with the static getter configured, checked to end where migrate ends. */
function fixedLikeMigrate(input: string): string {
  const fixed = linter.verifyAndFix(input, staticLint, '/repo/src/run.ts');
  expect(fixed.messages).toEqual([]);
  expect(fixed.output).toBe(migrateSource(input, '/repo/src/run.ts', staticConfig).output);
  return fixed.output;
}

describe('eslint --fix on a file with several sites', () => {
  it('ends where migrate ends: every site rewritten and the getter import gone, not left unused', () => {
    const input = [
      "import { getAgentInstanceFactory } from './agents/factory';",
      '',
      'export async function run(userContext: UserExecutionContext) {',
      "  const planner = getAgentInstanceFactory().createAgent('planner');",
      "  const writer = getAgentInstanceFactory().createAgent('writer');",
      "  return [planner, writer, getAgentInstanceFactory().createAgent('critic')];",
      '}',
      '',
    ].join('\n');
    const fixed = linter.verifyAndFix(input, lintConfig, '/repo/src/run.ts');
    expect(fixed.messages).toEqual([]);
    expect(fixed.output).toBe(migrateSource(input, '/repo/src/run.ts', config).output);
    expect(fixed.output).not.toMatch(/getAgentInstanceFactory/);
    // The three calls shared one instance; they share one per request, created once.
    expect(fixed.output).toBe([
      "import { createAgentInstanceFactory } from './agents/factory';",
      '',
      'export async function run(userContext: UserExecutionContext) {',
      '  const agentInstanceFactory = createAgentInstanceFactory(userContext);',
      "  const planner = agentInstanceFactory.createAgent('planner');",
      "  const writer = agentInstanceFactory.createAgent('writer');",
      "  return [planner, writer, agentInstanceFactory.createAgent('critic')];",
      '}',
      '',
    ].join('\n'));
  });

  it('does the same for a static getter: QueueManager.getInstance() → createQueueManager(ctx), the class import kept while a type names it, the constant it initialises reused', () => {
    const input = [
      "import { QueueManager } from './queue/QueueManager';",
      '',
      'export async function run(userContext: UserExecutionContext) {',
      "  const queue: QueueManager = QueueManager.getInstance();",
      "  return [queue, QueueManager.getInstance().getQueue('prediction')];",
      '}',
      '',
    ].join('\n');
    expect(fixedLikeMigrate(input)).toBe(input
      .replace('{ QueueManager }', '{ QueueManager, createQueueManager }')
      .replace('QueueManager = QueueManager.getInstance()', 'QueueManager = createQueueManager(userContext)')
      .replace('QueueManager.getInstance().getQueue', 'queue.getQueue'));
  });

  it('does the same through a default import: the creator joins it, and the class goes with its last use', () => {
    const input = [
      "import QueueManager from './queue/QueueManager';",
      '',
      'export async function run(userContext: UserExecutionContext) {',
      "  await QueueManager.getInstance().getQueue('a').add(1);",
      "  return QueueManager.getInstance().getQueue('b');",
      '}',
      '',
    ].join('\n');
    expect(fixedLikeMigrate(input).split('\n')[0]).toBe("import { createQueueManager } from './queue/QueueManager';");
  });
});
