import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';
import { scratchProject } from '../check/helpers.js';

const GETTER_MODULE = "import { createQueue } from './create-queue';\nexport class Queue {}\nlet queue: Queue | undefined;\nexport function getQueue(): Queue {\n  return (queue ??= new Queue());\n}\nexport { createQueue };\n";

// A creator written first as a wrapper of the getter, in a module of its own
// (`factories[].module`): made a shim, the getter would call the creator, which calls the getter.
describe('--remove-legacy where the creator lives in another module', () => {
  const migrate = (creatorModule: string) => {
    const dir = scratchProject({ 'src/queue.ts': GETTER_MODULE, 'src/create-queue.ts': creatorModule }, 'remove-legacy-wrapper');
    const config = resolveConfig({ include: ['src/**/*.ts'], factories: [{ getter: 'getQueue', creator: 'createQueue', class: 'Queue', module: './src/create-queue.ts' }] }, dir);
    const file = join(dir, 'src/queue.ts');
    return migrateSource(readFileSync(file, 'utf8'), file, config, { removeLegacy: true });
  };

  it('leaves the getter alone when that creator calls it, and says why', () => {
    const result = migrate("import { getQueue, type Queue } from './queue';\nexport function createQueue(_context: unknown): Queue {\n  return getQueue();\n}\n");
    expect(result.output).toBe(GETTER_MODULE);
    expect(result.manual).toEqual([{ line: 4, reason: expect.stringMatching(/^--remove-legacy: createQueue calls getQueue\(\); as a shim, getQueue would call createQueue back, forever/) }]);
  });

  it('makes the shim when that creator builds its own instance', () => {
    const result = migrate("import { Queue } from './queue';\nexport function createQueue(_context: unknown): Queue {\n  return new Queue();\n}\n");
    expect(result.output).toContain('export function getQueue(): Queue {\n  return createQueue(requireUserContext());\n}');
    expect(result.manual).toEqual([]);
  });
});
