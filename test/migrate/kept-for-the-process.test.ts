import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'getSearchEngine', creator: 'createSearchEngine', class: 'SearchEngine' }] }, '/repo');

describe('an acquisition kept for the life of the process', () => {
  it('stays manual where a function fills a module variable with it (langfuse\'s lazily made ingestion service)', () => {
    const input = "import { getSearchEngine } from './engine';\n\nlet indexer: Indexer | undefined;\nexport function getIndexer() {\n  indexer ??= new Indexer(getSearchEngine());\n  return indexer;\n}\n";
    const migrated = migrateSource(input, '/repo/src/indexer.ts', config);
    expect(migrated.output).toBe(input);
    expect(migrated.manual.map((m) => [m.line, m.reason.slice(0, 26)])).toEqual([[5, 'kept in indexer, which liv']]);
  });

  it('stays manual in a function of the module whose result a call keeps so (hackathon-starter\'s agent, built once around the checkpointer)', () => {
    const input = "const { getSearchEngine } = require('./engine');\n\nlet globalAgent = null;\nasync function createAgent() {\n  const engine = await getSearchEngine();\n  return makeAgent({ engine });\n}\nexports.chat = async (req, res) => {\n  if (!globalAgent) globalAgent = await createAgent();\n  res.json(await globalAgent.run(req.body));\n};\nexports.reset = async (req, res) => {\n  const engine = await getSearchEngine();\n  await engine.clear(req.user.id);\n  res.end();\n};\n";
    const migrated = migrateSource(input, '/repo/src/agent.js', config);
    expect(migrated.manual.map((m) => [m.line, m.reason.slice(0, 61)])).toEqual([[5, 'kept in globalAgent (what createAgent() makes), which lives a']]);
    // the route's own acquisition, used and dropped in the request, is rewritten
    expect(migrated.output).toContain('  const engine = await createSearchEngine(requireUserContext());\n  await engine.clear(req.user.id);\n');
  });

  it("stays manual where a class's static field keeps it, inside a list or a record (gemini-cli's built-in safety checkers)", () => {
    const input = "import { getSearchEngine } from './engine';\n\nexport class Registry {\n  private static engines: Map<string, SearchEngine> | undefined;\n  private static options: { engine: SearchEngine } | undefined;\n  static all() {\n    if (!Registry.engines) Registry.engines = new Map([['main', getSearchEngine()]]);\n    return Registry.engines;\n  }\n  static main() {\n    this.options ??= { engine: getSearchEngine() };\n    return this.options.engine;\n  }\n}\n";
    const migrated = migrateSource(input, '/repo/src/registry.ts', config);
    expect(migrated.output).toBe(input);
    expect(migrated.manual.map((m) => [m.line, m.reason.slice(0, 36)])).toEqual([[7, 'kept in Registry.engines, which live'], [11, 'kept in Registry.options, which live']]);
  });

  it("is rewritten where an instance's own field keeps it, or a list made in the request", () => {
    const input = "import { getSearchEngine } from './engine';\n\nexport class Session {\n  engines: SearchEngine[] = [];\n  open() {\n    this.engines = [getSearchEngine()];\n  }\n}\nexport function handle() {\n  const list = [getSearchEngine()];\n  return list;\n}\n";
    const migrated = migrateSource(input, '/repo/src/session.ts', config);
    expect(migrated.manual).toEqual([]);
    expect(migrated.output).toContain('    this.engines = [createSearchEngine(requireUserContext())];\n');
  });

  it('is rewritten where a suite fills one before each test (Joplin\'s search tests): a fixture no request reaches', () => {
    const input = "import { getSearchEngine } from './engine';\n\nlet engine: SearchEngine;\nbeforeEach(() => {\n  engine = getSearchEngine();\n});\n\nit('finds', () => expect(engine.search('a')).toEqual([]));\n";
    const migrated = migrateSource(input, '/repo/src/search.test.ts', config);
    expect(migrated.manual).toEqual([]);
    expect(migrated.output).toContain('  engine = createSearchEngine(requireUserContext());\n');
  });
});
