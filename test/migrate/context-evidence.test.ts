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

// A destructured parameter is typed through its pattern: supertokens' recipes take
// `({ tenantId, userContext }: { tenantId: string; userContext: UserContext })`, their own type.
describe('a destructured binding named like a context', () => {
  const config = resolveConfig({ factories: [FACTORY] }, '/repo');
  const contextIn = (parameters: string, declarations = '') => migrateSource(
    `import { getAgentInstanceFactory } from './agents/factory';\nimport type { UserExecutionContext } from 'ssot-kit/runtime';\n${declarations}\nexport function run(${parameters}) {\n  return getAgentInstanceFactory();\n}\n`,
    '/repo/src/run.ts',
    config,
  ).changes.map((c) => c.context);

  it('is not the user context when the pattern types it as another type, inline or by a type the file declares', () => {
    expect(contextIn('{ tenantId, userContext }: { tenantId: string; userContext: UserContext }')).toEqual(['requireUserContext()']);
    expect(contextIn('{ userContext = {} }: { userContext?: Record<string, unknown> }')).toEqual(['requireUserContext()']);
    expect(contextIn('{ userContext }: Input', 'interface Input {\n  userContext: UserContext;\n}')).toEqual(['requireUserContext()']);
  });

  it('is the user context when the pattern types it as the context type, or not at all', () => {
    expect(contextIn('{ userContext }: { userContext: UserExecutionContext }')).toEqual(['userContext']);
    expect(contextIn('{ userContext }: Input', 'type Input = { userContext: Readonly<UserExecutionContext> };')).toEqual(['userContext']);
    expect(contextIn('{ userContext }: ImportedInput')).toEqual(['userContext']);
    expect(contextIn('{ userContext }')).toEqual(['userContext']);
  });
});
