import type { TSESTree } from '@typescript-eslint/utils';
import { localClass } from './local-types.js';
import { staticName } from './walk.js';

// A method that hands out one of a registry's instruments: `counter(name)`, `histogram(name, help,
// buckets)`, `createGauge(…)`, `registerSummary(…)`.
const INSTRUMENT_METHOD = /^(?:create|get|register|new|make)?(?:counter|gauge|histogram|summary|upDownCounter)$/i;

/**
 * Whether a class the module declares is a metrics registry of the app's own: two or more of its
 * methods hand out instruments (automail's `Registry`, a Prometheus exposition written by hand:
 * `metrics.counter("auto_sync_jobs_total").inc({ shop })`, `renderPrometheus()` for the scrape).
 * What it keeps is the process's counts, labelled by whatever each site passes, read whole by a
 * scraper: one per process is what it is for, as prom-client's registry is (TELEMETRY_CALLEE).
 */
export function keepsMetrics(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  if (!declaration) return false;
  const instruments = new Set<string>();
  for (const member of declaration.body.body) {
    if (member.type !== 'MethodDefinition' || member.static || member.kind !== 'method') continue;
    const method = staticName(member.key);
    if (method !== undefined && INSTRUMENT_METHOD.test(method)) instruments.add(method.toLowerCase());
  }
  return instruments.size >= 2;
}
