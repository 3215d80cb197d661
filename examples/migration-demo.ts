/**
 * `npm run demo`: a leaking legacy backend, migrated in one command, measured before and after.
 * Options: --users N --requests N (per user) --keep (keep the migrated app copy).
 */
import { performance } from 'node:perf_hooks';
import { runDemo } from './demo/pipeline.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const start = performance.now();
console.log('ssot-kit demo: fixtures/legacy-app, an Express + ws agent service built on module-level singletons\n');
try {
  const outcome = await runDemo({
    users: arg('--users', 100),
    perUser: arg('--requests', 10),
    keep: process.argv.includes('--keep'),
    log: (line) => console.log(line),
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (outcome.ok) {
    console.log(`\nDone in ${seconds} s: the leak is gone, the gate is at ${outcome.after.check.summary.compliance.percent.toFixed(1)} %, and the code compiles.`);
  } else {
    console.log(`\nDemo FAILED after ${seconds} s: ${outcome.problems.join('; ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`\nDemo FAILED: ${(error as Error).message}`);
  process.exitCode = 1;
}
