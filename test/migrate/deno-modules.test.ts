import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'getUserProfileStore', creator: 'createUserProfileStore', class: 'UserProfileStore' }] }, '/repo');
const consumer = (imports: string) => `${imports}import { getUserProfileStore } from './userProfile.ts';\n\nexport async function retain(id: string) {\n  return getUserProfileStore().load(id);\n}\n`;
const runtimeImport = (output: string) => /import \{ requireUserContext \} from '([^']+)';/.exec(output)?.[1];

describe('the fallback\'s import in a module Deno runs', () => {
  it('is npm:ssot-kit/runtime where every package comes through npm:, jsr: or a URL, or among Supabase\'s Edge Functions', () => {
    expect(runtimeImport(migrateSource(consumer("import OpenAI from 'npm:openai@4';\n"), '/repo/src/retention.ts', config).output)).toBe('npm:ssot-kit/runtime');
    expect(runtimeImport(migrateSource(consumer("import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';\n"), '/repo/src/retention.ts', config).output)).toBe('npm:ssot-kit/runtime');
    // loopgpt-backend's mcp-tools/retention.ts imports only its neighbours
    const edge = migrateSource(consumer(''), '/repo/supabase/functions/mcp-tools/retention.ts', config);
    expect(runtimeImport(edge.output)).toBe('npm:ssot-kit/runtime');
    expect(migrateSource(edge.output, '/repo/supabase/functions/mcp-tools/retention.ts', config).changed).toBe(false);
  });

  it('stays the package\'s name where a package is imported by it, or nothing says Deno', () => {
    expect(runtimeImport(migrateSource(consumer("import OpenAI from 'openai';\nimport { serve } from 'npm:hono@4';\n"), '/repo/src/retention.ts', config).output)).toBe('ssot-kit/runtime');
    expect(runtimeImport(migrateSource(consumer(''), '/repo/src/retention.ts', config).output)).toBe('ssot-kit/runtime');
    expect(runtimeImport(migrateSource(consumer("import OpenAI from 'openai';\n"), '/repo/supabase/functions/chat/index.ts', config).output)).toBe('ssot-kit/runtime');
  });
});
