import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const FACTORY = { getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' };
const input = "import { getAgentInstanceFactory, createAgentInstanceFactory } from './agents/factory';\n\nexport function run(ctx) {\n  audit(ctx.session);\n  return getAgentInstanceFactory();\n}\n";
const contextOf = (config: ReturnType<typeof resolveConfig>) => migrateSource(input, '/repo/src/run.ts', config).changes.map((c) => c.context);

// A member read is evidence only against ssot-kit's own UserExecutionContext, whose members are
// known; a project's own context type (context.module) may well have a `session`.
describe('an untyped ctx read for a member', () => {
  it('is another framework\'s context when the context type is ssot-kit\'s own', () => {
    expect(contextOf(resolveConfig({ factories: [FACTORY] }, '/repo'))).toEqual(['requireUserContext()']);
  });

  it('may be the project\'s own context when the type comes from its own module', () => {
    expect(contextOf(resolveConfig({ factories: [FACTORY], context: { module: './src/request-context' } }, '/repo'))).toEqual(['ctx']);
  });
});
