import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

// A class named for how it is shared (continue's `MCPManagerSingleton`).
const config = resolveConfig({ factories: [{ getter: 'MCPManagerSingleton.getInstance', creator: 'createMCPManager', class: 'MCPManagerSingleton' }] }, '/repo');

describe('the local a function\'s calls of one getter come to share', () => {
  it('is named for what it holds, a per-request instance: not for the sharing the class is named after', () => {
    const input = [
      "import { MCPManagerSingleton } from './mcp';",
      '',
      'export async function reconnect(userContext: UserExecutionContext, id: string) {',
      '  MCPManagerSingleton.getInstance().setStatus(id, "authenticating");',
      '  await MCPManagerSingleton.getInstance().refreshConnection(id);',
      '}',
      '',
    ].join('\n');
    const first = migrateSource(input, '/repo/src/reconnect.ts', config);
    expect(first.output).toBe([
      "import { createMCPManager } from './mcp';",
      '',
      'export async function reconnect(userContext: UserExecutionContext, id: string) {',
      '  const mcpManager = createMCPManager(userContext);',
      '  mcpManager.setStatus(id, "authenticating");',
      '  await mcpManager.refreshConnection(id);',
      '}',
      '',
    ].join('\n'));
    expect(migrateSource(first.output, '/repo/src/reconnect.ts', config).changed).toBe(false);
  });
});
