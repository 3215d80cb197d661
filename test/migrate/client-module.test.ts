import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { BROWSER_CODE_NO_FALLBACK, BROWSER_MODULE_NO_FALLBACK } from '../../src/analysis/browser-only.js';

// A React client module runs in the browser: there is no request scope to fall back on, and the
// runtime's (node:async_hooks) would break the client bundle.
const config = resolveConfig({}, '/repo');

describe("migrate in a 'use client' module, or another that says it runs in a browser", () => {
  it('lists a site with no context in scope as manual and leaves the file as it is', () => {
    const input = "'use client';\nimport { getAgentInstanceFactory } from '../agents/factory';\n\nexport function Panel() {\n  const factory = getAgentInstanceFactory();\n  return factory.name;\n}\n";
    const migrated = migrateSource(input, '/repo/src/components/Panel.tsx', config);
    expect(migrated.output).toBe(input);
    expect(migrated.changed).toBe(false);
    expect(migrated.manual).toEqual([{ line: 5, reason: BROWSER_MODULE_NO_FALLBACK }]);
  });

  it('rewrites a site whose user context is passed in', () => {
    const input = "\"use client\"\nimport { getAgentInstanceFactory } from '../agents/factory'\nimport type { UserExecutionContext } from 'ssot-kit/runtime'\n\nexport function Panel({ userContext }: { userContext: UserExecutionContext }) {\n  return getAgentInstanceFactory().name\n}\n";
    const migrated = migrateSource(input, '/repo/src/components/Panel.tsx', config);
    expect(migrated.output).toBe("\"use client\"\nimport { createAgentInstanceFactory } from '../agents/factory'\nimport type { UserExecutionContext } from 'ssot-kit/runtime'\n\nexport function Panel({ userContext }: { userContext: UserExecutionContext }) {\n  return createAgentInstanceFactory(userContext).name\n}\n");
    expect(migrated.manual).toEqual([]);
  });

  it('treats a module whose top level reads document or self the same (a page script, a worker)', () => {
    const input = "import { getAgentInstanceFactory } from '../agents/factory';\nconst root = document.getElementById('root');\nexport function render() {\n  root.textContent = getAgentInstanceFactory().name;\n}\n";
    const migrated = migrateSource(input, '/repo/src/page.ts', config);
    expect(migrated.output).toBe(input);
    expect(migrated.manual).toEqual([{ line: 4, reason: BROWSER_MODULE_NO_FALLBACK }]);
  });

  it("treats a browser extension's module the same (it uses chrome.runtime, browser.tabs…)", () => {
    const input = "import { getAgentInstanceFactory } from '../agents/factory';\nchrome.runtime.onMessage.addListener((message) => {\n  getAgentInstanceFactory().run(message);\n});\n";
    const migrated = migrateSource(input, '/repo/src/background.ts', config);
    expect(migrated.output).toBe(input);
    expect(migrated.manual).toEqual([{ line: 3, reason: BROWSER_MODULE_NO_FALLBACK }]);
  });

  it("treats a module that imports 'client-only' the same (Next.js' marker: no server component may import it)", () => {
    const input = "import 'client-only';\nimport { getAgentInstanceFactory } from '../agents/factory';\nexport const panelFactory = () => getAgentInstanceFactory();\n";
    const migrated = migrateSource(input, '/repo/lib/panel.ts', config);
    expect(migrated.output).toBe(input);
    expect(migrated.manual).toEqual([{ line: 3, reason: BROWSER_MODULE_NO_FALLBACK }]);
  });

  it("lists a site in a function that fetches its page's own paths as manual (no server's fetch resolves them)", () => {
    const input = "import { getAgentInstanceFactory } from '../agents/factory';\nexport async function send(text: string) {\n  const res = await fetch('/api/chat', { method: 'POST', body: text });\n  getAgentInstanceFactory().record(await res.text());\n}\nexport async function relay(base: string) {\n  const res = await fetch(`${base}/api/chat`);\n  getAgentInstanceFactory().record(await res.text());\n}\n";
    const migrated = migrateSource(input, '/repo/src/lib/stores/chat.ts', config);
    expect(migrated.output).toBe("import { requireUserContext } from 'ssot-kit/runtime';\nimport { getAgentInstanceFactory, createAgentInstanceFactory } from '../agents/factory';\nexport async function send(text: string) {\n  const res = await fetch('/api/chat', { method: 'POST', body: text });\n  getAgentInstanceFactory().record(await res.text());\n}\nexport async function relay(base: string) {\n  const res = await fetch(`${base}/api/chat`);\n  createAgentInstanceFactory(requireUserContext()).record(await res.text());\n}\n");
    expect(migrated.manual).toEqual([{ line: 4, lineAfter: 5, reason: BROWSER_CODE_NO_FALLBACK }]);
  });

  it("takes the fallback where the directive is not the module's own ('use client' in a string further down)", () => {
    const input = "import { getAgentInstanceFactory } from '../agents/factory';\nexport const marker = 'use client';\nexport const run = () => getAgentInstanceFactory();\n";
    const migrated = migrateSource(input, '/repo/src/run.ts', config);
    expect(migrated.output).toContain('createAgentInstanceFactory(requireUserContext())');
  });
});
