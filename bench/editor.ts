/**
 * `npm run bench:editor`: what the four ssot rules add to an editor's lint of one large file,
 * against typescript-eslint's recommended rules alone, on a 2,000-line file. The median of
 * many verify() runs each way, after a warm-up; the difference is the rules' cost.
 */
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import ssot from '../rules/index.js';

function bigFile(lines: number): string {
  const out = [
    "import { getAgentInstanceFactory } from './agents/factory';",
    "import type { UserExecutionContext } from 'ssot-kit/runtime';",
    '',
  ];
  for (let i = 0; out.length < lines; i++) {
    out.push(`export class Service${i} {`, '  private readonly cache = new Map<string, number>();', '  constructor(private readonly userContext: UserExecutionContext) {}');
    out.push(`  async run${i}(input: Record<string, number>, limit = ${i}): Promise<number[]> {`, '    let total = 0;', '    const out: number[] = [];');
    out.push('    for (const [key, value] of Object.entries(input)) {', '      if (total > limit) break;', '      total += value;', '      out.push(this.cache.get(key) ?? value);', '    }');
    if (i % 10 === 0) out.push('    getAgentInstanceFactory().createAgent(`agent-${total}`);');
    out.push('    return out;', '  }', '}', '');
  }
  return out.join('\n');
}

const linter = new Linter({ configType: 'flat' });
const recommended = tseslint.configs.recommended as Linter.Config[];
const base: Linter.Config[] = [{ files: ['**/*.ts'] }, ...recommended];
const withSsot: Linter.Config[] = [...base, { files: ['**/*.ts'], plugins: { ssot: ssot as never }, rules: Object.fromEntries(Object.keys(ssot.rules).map((r) => [`ssot/${r}`, 'error'])) }];
const text = bigFile(2000);

function medianMs(config: Linter.Config[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    linter.verify(text, config, 'service.ts');
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

for (let i = 0; i < 5; i++) {
  medianMs(base, 1);
  medianMs(withSsot, 1);
}
const runs = Number(process.env['BENCH_RUNS'] ?? 40);
// Interleave the two measurements so drift in machine load hits both alike.
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < 4; i++) {
  a.push(medianMs(base, runs / 4));
  b.push(medianMs(withSsot, runs / 4));
}
const baseMs = a.sort((x, y) => x - y)[1]!;
const ssotMs = b.sort((x, y) => x - y)[1]!;
const findings = linter.verify(text, withSsot, 'service.ts').filter((m) => m.ruleId?.startsWith('ssot/')).length;
console.log(`Editor cost on a ${text.split('\n').length}-line file (${findings} ssot findings), median of ${runs} runs each:`);
console.log(`  typescript-eslint recommended:            ${baseMs.toFixed(1)} ms`);
console.log(`  + the four ssot rules:                    ${ssotMs.toFixed(1)} ms`);
console.log(`  added by ssot: ${(((ssotMs - baseMs) / baseMs) * 100).toFixed(1)} % (target ≤ 5 %)`);
