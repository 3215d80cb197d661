/**
 * A deterministic, realistic TypeScript backend for benchmarks and soundness tests: services,
 * routes, repositories, React views and tests of ~150 lines, with ~1 % of files acquiring the
 * legacy factory (in every shape the rules know) and a few module singletons.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface GeneratedRepo {
  readonly root: string;
  readonly files: number;
  readonly siteFiles: number;
  readonly holderFiles: number;
  /** Consumers two calls below a handler that holds the context (helper ← flow ← handler, three files). */
  readonly nestedConsumers: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['billing', 'users', 'threads', 'agents', 'search', 'reports', 'auth', 'files', 'notifications', 'audit'];

function serviceBody(name: string, rand: () => number, lines: number): string {
  const out: string[] = [];
  const Name = name[0]!.toUpperCase() + name.slice(1);
  out.push(`export interface ${Name}Record {`, '  id: string;', '  ownerId: string;', '  createdAt: Date;', '  tags: string[];', '}', '');
  out.push(`export class ${Name}Service<T extends ${Name}Record = ${Name}Record> {`);
  out.push('  private readonly items = new Map<string, T>();', '', '  constructor(private readonly prefix: string) {}', '');
  let i = 0;
  while (out.length < lines - 4) {
    const method = `op${i++}`;
    out.push(`  /** Handles ${method} for ${name}; braces in strings: "{" and '}' and \`\${'{'}\`. */`);
    out.push(`  async ${method}(input: Partial<T>, limit = ${Math.floor(rand() * 100)}): Promise<T[]> {`);
    out.push('    let count = 0;', '    const results: T[] = [];');
    out.push('    for (const [key, value] of this.items) {', '      if (count >= limit) break;');
    out.push(`      if (key.startsWith(this.prefix) && /^[a-z]+\\/${i}/.test(key)) {`, '        results.push({ ...value, ...input });', '        count += 1;', '      }', '    }');
    out.push(`    const ratio = results.length / (limit || 1); // ${rand().toFixed(4)}`);
    out.push('    return ratio > 0.5 ? results.slice(0, limit) : results;', '  }', '');
  }
  out.push('}', '');
  return out.join('\n');
}

function routeBody(name: string, rand: () => number, lines: number): string {
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const out = [`import { ${Name}Service } from '../services/${name}-service.js';`, '', `const service = new ${Name}Service('${name}');`, ''];
  let i = 0;
  while (out.length < lines) {
    out.push(`export async function handle${i}(req: { params: Record<string, string>; body: unknown }) {`);
    out.push(`  let attempts = ${Math.floor(rand() * 5)};`, '  while (attempts-- > 0) {', `    const found = await service.op${i % 7}({ id: req.params['id'] } as never);`);
    out.push('    if (found.length > 0) return { status: 200, body: found };', '  }', `  return { status: 404, body: { error: \`${name} \${req.params['id']} not found\` } };`, '}', '');
    i++;
  }
  return out.join('\n');
}

function viewBody(name: string, lines: number): string {
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const out = ["import { useState } from 'react';", ''];
  let i = 0;
  while (out.length < lines) {
    out.push(`export function ${Name}Panel${i}({ items }: { items: string[] }) {`, '  const [open, setOpen] = useState(false);');
    out.push('  return (', '    <section className="panel">', `      <h2>${Name} — don't forget the {braces}</h2>`, '      <button onClick={() => setOpen(!open)}>{open ? "Hide" : "Show"}</button>');
    out.push('      {open && <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>}', '    </section>', '  );', '}', '');
    i++;
  }
  return out.join('\n');
}

function testBody(name: string, lines: number): string {
  const Name = name[0]!.toUpperCase() + name.slice(1);
  const out = ["import { describe, expect, it } from 'vitest';", `import { ${Name}Service } from '../src/services/${name}-service.js';`, ''];
  let i = 0;
  out.push(`describe('${Name}Service', () => {`);
  while (out.length < lines - 1) {
    out.push(`  it('op${i} returns nothing for an empty store', async () => {`, `    const service = new ${Name}Service('${name}');`, `    let result = await service.op${i % 7}({});`, '    expect(result).toEqual([]);', '  });', '');
    i++;
  }
  out.push('});', '');
  return out.join('\n');
}

const SITE_SHAPES = [
  (n: string) => `import { getAgentInstanceFactory } from '../agents/factory.js';\nimport type { UserExecutionContext } from '../context.js';\n\nexport function run${n}(userContext: UserExecutionContext) {\n  return getAgentInstanceFactory().createAgent('DataHelper');\n}\n`,
  (n: string) => `import { getAgentInstanceFactory as legacyFactory } from '../agents/factory.js';\n\nexport async function handler${n}(req: { id: string }) {\n  const factory = legacyFactory();\n  return factory.createAgent(req.id);\n}\n`,
  (n: string) => `import * as agents from '../agents/factory.js';\nimport type { UserExecutionContext } from '../context.js';\n\nexport class Worker${n} {\n  constructor(private readonly userContext: UserExecutionContext) {}\n  run() {\n    return agents.getAgentInstanceFactory().createAgent('Worker');\n  }\n}\n`,
  (n: string) => `import { AgentInstanceFactory } from '../agents/factory.js';\n\nexport function build${n}(ctx: { userId: string }) {\n  return new AgentInstanceFactory();\n}\n`,
];

const HOLDER_SHAPES = [
  (n: string) => `export class CacheRegistry${n} {\n  readonly entries = new Map<string, string>();\n}\n\nlet registry: CacheRegistry${n} | undefined;\n\nexport function getRegistry${n}() {\n  return (registry ??= new CacheRegistry${n}());\n}\n`,
  (n: string) => `export class JobManager${n} {\n  private static instance: JobManager${n} | undefined;\n  static getInstance() {\n    if (!this.instance) this.instance = new JobManager${n}();\n    return this.instance;\n  }\n}\n`,
];

/** Writes the repo to `root` (replacing it). Deterministic for a given seed and size. */
export function generateRepo(root: string, options: { files?: number; seed?: number; linesPerFile?: number } = {}): GeneratedRepo {
  const total = options.files ?? 10_000;
  const lines = options.linesPerFile ?? 150;
  const rand = mulberry32(options.seed ?? 42);
  rmSync(root, { recursive: true, force: true });
  const write = (rel: string, text: string) => {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write('ssot.config.json', JSON.stringify({ include: ['src/**/*.{ts,tsx}', 'test/**/*.ts'] }, null, 2) + '\n');
  write('.gitignore', 'node_modules/\ndist/\n');
  write('src/context.ts', 'export interface UserExecutionContext {\n  readonly userId: string;\n  readonly threadId: string;\n  readonly runId: string;\n}\n');
  write('src/agents/factory.ts', "import type { UserExecutionContext } from '../context.js';\n\nexport class AgentInstanceFactory {\n  createAgent(name: string) {\n    return { name };\n  }\n}\n\nexport function createAgentInstanceFactory(_userContext: UserExecutionContext) {\n  return new AgentInstanceFactory();\n}\n\nexport function getAgentInstanceFactory() {\n  return new AgentInstanceFactory();\n}\n");
  let siteFiles = 0;
  let holderFiles = 0;
  let nestedConsumers = 0;
  let written = 2;
  for (let i = 0; written < total; i++) {
    const domain = `${DOMAINS[i % DOMAINS.length]}${Math.floor(i / DOMAINS.length)}`;
    const roll = rand();
    if (roll < 0.01 && i % (SITE_SHAPES.length + 1) === SITE_SHAPES.length && written + 3 <= total) {
      // A consumer two calls below the handler that has the context: what --thread-context is for.
      const n = String(i);
      write(`src/consumers/${domain}-helper.ts`, `import { getAgentInstanceFactory } from '../agents/factory.js';\n\nexport function agentFor${n}(name: string) {\n  return getAgentInstanceFactory().createAgent(name);\n}\n` + serviceBody(`${domain}h`, rand, lines - 6));
      write(`src/services/${domain}-flow.ts`, `import { agentFor${n} } from '../consumers/${domain}-helper.js';\n\nexport function flow${n}(topic: string) {\n  return [agentFor${n}(topic), topic];\n}\n` + serviceBody(`${domain}f`, rand, lines - 6));
      write(`src/routes/${domain}-flow-routes.ts`, `import type { UserExecutionContext } from '../context.js';\nimport { flow${n} } from '../services/${domain}-flow.js';\n\nexport function handleFlow${n}(userContext: UserExecutionContext, topic: string) {\n  return flow${n}(topic);\n}\n` + routeBody(`${domain}r`, rand, lines - 7));
      siteFiles++;
      nestedConsumers++;
      written += 2;
    } else if (roll < 0.01) {
      write(`src/consumers/${domain}-consumer.ts`, SITE_SHAPES[i % SITE_SHAPES.length]!(String(i)) + serviceBody(`${domain}x`, rand, lines - 12));
      siteFiles++;
    } else if (roll < 0.012) {
      write(`src/state/${domain}-state.ts`, HOLDER_SHAPES[i % HOLDER_SHAPES.length]!(String(i)) + serviceBody(`${domain}y`, rand, lines - 10));
      holderFiles++;
    } else if (roll < 0.45) {
      write(`src/services/${domain}-service.ts`, serviceBody(domain, rand, lines));
    } else if (roll < 0.75) {
      write(`src/routes/${domain}-routes.ts`, routeBody(domain, rand, lines));
    } else if (roll < 0.85) {
      write(`src/views/${domain}-view.tsx`, viewBody(domain, lines));
    } else {
      write(`test/${domain}.test.ts`, testBody(domain, lines));
    }
    written++;
  }
  return { root, files: written, siteFiles, holderFiles, nestedConsumers };
}
