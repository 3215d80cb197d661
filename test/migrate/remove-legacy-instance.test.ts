import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'agentManager', creator: 'createAgentManager', class: 'AgentManager', accessor: true }] }, '/repo');
const migrate = (text: string) => migrateSource(text, '/repo/src/agents/manager.ts', config, { removeLegacy: true });

// An exported instance (`"accessor": true`) is an object, not a function: no shim can stand in
// for it without building a factory on every property read.
describe('--remove-legacy on an exported instance', () => {
  it('leaves the instance where it is, rewrites the module\'s own reads, and lists the instance for a person', () => {
    const input = "import type { UserExecutionContext } from 'ssot-kit/runtime';\nexport class AgentManager {\n  list(): string[] {\n    return [];\n  }\n}\nexport const agentManager = new AgentManager();\nexport function createAgentManager(_userContext: UserExecutionContext): AgentManager {\n  return new AgentManager();\n}\nexport function names(userContext: UserExecutionContext): string[] {\n  return agentManager.list();\n}\n";
    const result = migrate(input);
    expect(result.output).toBe(input.replace('  return agentManager.list();', '  return createAgentManager(userContext).list();'));
    expect(result.manual).toEqual([{ line: 7, reason: '--remove-legacy: agentManager is an instance, which no shim can stand in for: delete it once nothing reads it' }]);
  });

  it('deletes an instance only its getter handed out, as it does a lazy holder', () => {
    const getterConfig = resolveConfig({ factories: [{ getter: 'getToolRegistry', creator: 'createToolRegistry', class: 'ToolRegistry' }] }, '/repo');
    const input = "import type { UserExecutionContext } from 'ssot-kit/runtime';\nexport class ToolRegistry {}\nconst toolRegistry = new ToolRegistry();\nexport function getToolRegistry(): ToolRegistry {\n  return toolRegistry;\n}\nexport function createToolRegistry(_userContext: UserExecutionContext): ToolRegistry {\n  return new ToolRegistry();\n}\n";
    const result = migrateSource(input, '/repo/src/tools.ts', getterConfig, { removeLegacy: true });
    expect(result.output).toBe("import type { UserExecutionContext } from 'ssot-kit/runtime';\nimport { requireUserContext } from 'ssot-kit/runtime';\nexport class ToolRegistry {}\n/** @deprecated One factory shared by every user. Use createToolRegistry(userContext): a factory per request, bound to the user. */\nexport function getToolRegistry(): ToolRegistry {\n  return createToolRegistry(requireUserContext());\n}\nexport function createToolRegistry(_userContext: UserExecutionContext): ToolRegistry {\n  return new ToolRegistry();\n}\n");
    expect(result.manual).toEqual([]);
  });
});
