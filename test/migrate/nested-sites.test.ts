import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({}, '/repo');

describe('a site inside another site', () => {
  it('migrates the inner one, lists the outer one, and a second run changes nothing', () => {
    const input = [
      "import { AgentInstanceFactory, getAgentInstanceFactory } from './agents/factory';",
      'export function build(userContext: UserExecutionContext) {',
      '  return new AgentInstanceFactory(getAgentInstanceFactory().config);',
      '}',
      '',
    ].join('\n');
    const first = migrateSource(input, '/repo/src/build.ts', config);
    expect(first.error).toBeUndefined();
    expect(first.output).toBe(input
      .replace("import { AgentInstanceFactory, getAgentInstanceFactory }", 'import { AgentInstanceFactory, createAgentInstanceFactory }')
      .replace('getAgentInstanceFactory().config', 'createAgentInstanceFactory(userContext).config'));
    expect(first.manual).toEqual([{ line: 3, reason: 'its arguments acquire a factory too: rewrite the two together by hand' }]);
    const second = migrateSource(first.output, '/repo/src/build.ts', config);
    expect(second.changed).toBe(false);
    expect(second.manual).toEqual(first.manual);
  });
});
