import rule from '../../rules/no-direct-factory-construction.js';
import { ruleTester } from './rule-tester.js';

ruleTester.run('no-direct-factory-construction', rule, {
  valid: [
    // a creator declared outside the class's module constructs the class: that is how it works
    `import { AgentInstanceFactory } from './agent-instance-factory';\nexport function createAgentInstanceFactory(ctx: unknown) { return new AgentInstanceFactory(ctx); }`,
    `import { AgentInstanceFactory } from './agent-instance-factory';\nexport const createAgentInstanceFactory = (ctx: unknown) => new AgentInstanceFactory(ctx);`,
    // the legacy getter's own singleton belongs to --remove-legacy, not to a creator call
    `import { AgentInstanceFactory } from './agent-instance-factory';\nlet instance: AgentInstanceFactory | undefined;\nexport function getAgentInstanceFactory() { return (instance ??= new AgentInstanceFactory()); }`,
    // inside the class's own module (the creator is implemented there)
    `export class AgentInstanceFactory { constructor(readonly ctx: unknown) {} }\nexport function createAgentInstanceFactory(ctx: unknown) { return new AgentInstanceFactory(ctx); }`,
    // the type alone
    `import type { AgentInstanceFactory } from './factory';\nexport function use(f: AgentInstanceFactory) { return f; }`,
    `import { AgentInstanceFactory } from './factory';\nexport function isFactory(x: unknown) { return x instanceof AgentInstanceFactory; }`,
    // another class
    `import { AgentFactoryConfig } from './factory';\nexport const c = () => new AgentFactoryConfig();`,
    // the class's own unit test builds what it tests (continue's fileWatcher.test.ts)
    // … one aspect of it to a file (Schedule-Parser-App's ocrProcessor.googleVision.test.ts)
    ...['src/agents/factory.test.ts', 'src/agents/factory.spec.tsx', 'src/agents/__tests__/factory.ts', 'src/agents/factory.errors.test.ts', 'src/agents/factory.googleVision.spec.ts'].map((filename) => ({
      code: `import { AgentInstanceFactory } from './factory';\nit('creates agents', () => expect(new AgentInstanceFactory().createAgent('a')).toBeDefined());\n`,
      filename,
    })),
    { code: `import { AgentInstanceFactory } from '../agents/index.js';\nit('x', () => new AgentInstanceFactory());\n`, filename: 'src/__tests__/agents.ts' },
  ],
  invalid: [
    // a test of something else that builds the factory acquires one like any code
    ...['src/routes/run.test.ts', 'src/agents/factory.ts.bak.test.ts', 'src/agents/factory.old.test.ts', 'src/agents/factoryHelpers.test.ts'].map((filename) => ({
      code: `import { AgentInstanceFactory } from './factory';\nexport function run(userContext: UserExecutionContext) {\n  return new AgentInstanceFactory(userContext);\n}\n`,
      filename,
      output: `import { createAgentInstanceFactory } from './factory';\nexport function run(userContext: UserExecutionContext) {\n  return createAgentInstanceFactory(userContext);\n}\n`,
      errors: [{ messageId: 'site' as const, line: 3 }],
    })),
    {
      // a module mock that replaces the class: the migrated code calls the creator instead
      code: `jest.mock('./factory', () => ({ AgentInstanceFactory: jest.fn() }));\n`,
      output: null,
      errors: [{ messageId: 'mocked', line: 1, column: 33, data: { subject: 'AgentInstanceFactory', creator: 'createAgentInstanceFactory' } }],
    },
    {
      code: `import { AgentInstanceFactory } from './factory';\nexport function run(userContext: UserExecutionContext) {\n  return new AgentInstanceFactory(userContext);\n}\n`,
      output: `import { createAgentInstanceFactory } from './factory';\nexport function run(userContext: UserExecutionContext) {\n  return createAgentInstanceFactory(userContext);\n}\n`,
      errors: [{ messageId: 'site', line: 3, column: 10, data: { subject: 'AgentInstanceFactory', creator: 'createAgentInstanceFactory' } }],
    },
    {
      // options the creator does not take: no fix, rather than a fix that drops them
      code: `import { AgentInstanceFactory } from './factory';\nexport function run(userContext: UserExecutionContext) {\n  return new AgentInstanceFactory(userContext, { agents });\n}\n`,
      output: null,
      errors: [{ messageId: 'manual', line: 3, data: { subject: 'AgentInstanceFactory', creator: 'createAgentInstanceFactory', reason: 'constructed with arguments the creator does not take: decide how the per-request creator receives them' } }],
    },
    {
      // the class stays imported while it is still used as a type
      code: `import { AgentInstanceFactory } from './factory';\nexport function run(ctx: UserExecutionContext): AgentInstanceFactory {\n  return new AgentInstanceFactory();\n}\n`,
      output: `import { AgentInstanceFactory, createAgentInstanceFactory } from './factory';\nexport function run(ctx: UserExecutionContext): AgentInstanceFactory {\n  return createAgentInstanceFactory(ctx);\n}\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      code: `import * as agents from './factory';\nexport function run(ctx: UserExecutionContext) { return new agents.AgentInstanceFactory(); }\n`,
      output: `import * as agents from './factory';\nexport function run(ctx: UserExecutionContext) { return agents.createAgentInstanceFactory(ctx); }\n`,
      errors: [{ messageId: 'site' }],
    },
    {
      code: `import { AgentInstanceFactory } from './factory';\nexport const shared = new AgentInstanceFactory();\n`,
      output: null,
      errors: [{ messageId: 'moduleScope' }],
    },
    {
      code: `import { AgentInstanceFactory } from './factory';\nexport function run() { return new AgentInstanceFactory(); }\n`,
      output: null,
      errors: [{ messageId: 'site', suggestions: [{ messageId: 'useFallback', output: `import { requireUserContext } from 'ssot-kit/runtime';\nimport { createAgentInstanceFactory } from './factory';\nexport function run() { return createAgentInstanceFactory(requireUserContext()); }\n` }] }],
    },
  ],
});
