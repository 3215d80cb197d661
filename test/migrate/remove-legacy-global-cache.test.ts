import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'getLoggerProvider', creator: 'createLoggerProvider', class: 'LoggerProvider' }] }, '/repo');
const migrate = (text: string) => migrateSource(text, '/repo/src/logger.ts', config, { removeLegacy: true });

// A getter that keeps its instance on the global object so bundled copies share it (voltagent's
// registries and logger provider): --remove-legacy turns it into the shim like any other.
describe('--remove-legacy on a getter whose cache is a global property', () => {
  it('makes the getter a shim; the global goes with its body', () => {
    const input = "import type { UserContext } from 'ssot-kit/runtime';\nexport class LoggerProvider {}\nexport function getLoggerProvider(): LoggerProvider {\n  return ((globalThis as any).__loggerProvider ??= new LoggerProvider());\n}\nexport function createLoggerProvider(_context: UserContext): LoggerProvider {\n  return new LoggerProvider();\n}\n";
    const result = migrate(input);
    expect(result.output).toBe("import type { UserContext } from 'ssot-kit/runtime';\nimport { requireUserContext } from 'ssot-kit/runtime';\nexport class LoggerProvider {}\n/** @deprecated One factory shared by every user. Use createLoggerProvider(userContext): a factory per request, bound to the user. */\nexport function getLoggerProvider(): LoggerProvider {\n  return createLoggerProvider(requireUserContext());\n}\nexport function createLoggerProvider(_context: UserContext): LoggerProvider {\n  return new LoggerProvider();\n}\n");
    expect(result.manual).toEqual([]);
  });

  it('lists a setter of the same global: it would go on setting what the shim no longer reads', () => {
    const input = "import type { UserContext } from 'ssot-kit/runtime';\nexport class LoggerProvider {}\nexport function getLoggerProvider(): LoggerProvider {\n  if (!globalThis.__loggerProvider) globalThis.__loggerProvider = new LoggerProvider();\n  return globalThis.__loggerProvider;\n}\nexport function setLoggerProvider(provider: LoggerProvider): void {\n  globalThis.__loggerProvider = provider;\n}\nexport function createLoggerProvider(_context: UserContext): LoggerProvider {\n  return new LoggerProvider();\n}\n";
    const result = migrate(input);
    expect(result.output).toContain('  return createLoggerProvider(requireUserContext());\n}\nexport function setLoggerProvider');
    expect(result.manual).toEqual([{ line: 8, lineAfter: 9, reason: '--remove-legacy: globalThis.__loggerProvider is used outside getLoggerProvider, which no longer reads it; remove it by hand' }]);
    // Where the written file has it: an import added, two lines of the getter's body made one, a doc comment added.
    expect(input.split('\n')[8 - 1]).toBe('  globalThis.__loggerProvider = provider;');
    expect(result.output.split('\n')[9 - 1]).toBe('  globalThis.__loggerProvider = provider;');
  });
});
