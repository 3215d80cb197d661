/**
 * `ssot-kit migrate` against the real jscodeshift CLI running the same transform
 * (codemods/per-request-factories) on copies of the same generated repo. Called by bench/index.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { measureWarm } from './measure.js';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

// jscodeshift compiles the transform and everything it requires with Babel unless told not to
// (our transforms are compiled JavaScript already): both ways are measured, and the ratio is
// taken against the faster. The Babel way's time depends on Babel's cache (~/.babel.json).
const JSCODESHIFT_MODES = [
  { label: 'jscodeshift --no-babel -t per-request-factories', flags: ['--no-babel'] },
  { label: 'jscodeshift -t per-request-factories (default: Babel)', flags: [] },
] as const;

export async function runMigrateBench(repoDir: string): Promise<boolean> {
  const ours = `${repoDir}-migrate`;
  const theirs = JSCODESHIFT_MODES.map((_, i) => `${repoDir}-jscodeshift-${i}`);
  for (const dir of [ours, ...theirs]) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(repoDir, dir, { recursive: true });
  }
  // Flush the copies' ~240 MB before timing anything: write-back would slow whoever runs first.
  try {
    execFileSync('sync');
  } catch {
    // no sync(1)
  }
  console.log('\nMigrate: ssot-kit migrate vs the jscodeshift CLI with the same transform …');
  const migrate = await measureWarm('ssot-kit migrate', process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'migrate', '--force', '--json'], ours);
  const runs = [];
  for (const [i, mode] of JSCODESHIFT_MODES.entries()) {
    runs.push(await measureWarm(
      mode.label,
      process.execPath,
      [join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js'), ...mode.flags, '-t', join(ROOT, 'dist/codemods/per-request-factories.js'), '--extensions=ts,tsx', '--parser=tsx', '--silent', 'src', 'test'],
      theirs[i]!,
    ));
  }

  // The same output on every file jscodeshift changed (and nowhere else), in every mode.
  const changedByJscodeshift = theirs.map(() => 0);
  let differing = 0;
  for (const file of sourceFiles(repoDir)) {
    const rel = relative(repoDir, file);
    const original = readFileSync(file, 'utf8');
    const a = readFileSync(join(ours, rel), 'utf8');
    theirs.forEach((dir, i) => {
      const b = readFileSync(join(dir, rel), 'utf8');
      if (b !== original) changedByJscodeshift[i]!++;
      if (a !== b) differing++;
    });
  }
  const report = JSON.parse(migrate.stdout) as { summary: { filesChanged: number; sitesRewritten: number } };
  console.log('\n| tool | wall time | peak RSS | files changed | time vs ssot-kit migrate |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| ${migrate.label} | ${migrate.seconds.toFixed(2)} s | ${migrate.peakRssMb.toFixed(0)} MB | ${report.summary.filesChanged} | 1.0× |`);
  runs.forEach((run, i) => {
    console.log(`| ${run.label} | ${run.seconds.toFixed(2)} s | ${run.peakRssMb.toFixed(0)} MB | ${changedByJscodeshift[i]} | ${(run.seconds / migrate.seconds).toFixed(1)}× |`);
  });
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const ratio = best.seconds / migrate.seconds;
  console.log(`\n${ratio >= 50 ? 'met   ' : 'MISSED'} migrate ≥ 50× faster than jscodeshift (its faster way): ${ratio.toFixed(1)}×`);
  console.log(`same output: ${differing === 0 ? 'yes' : `NO (${differing} file versions differ)`} (${report.summary.sitesRewritten} sites rewritten in ${report.summary.filesChanged} files)`);
  for (const dir of [ours, ...theirs]) rmSync(dir, { recursive: true, force: true });
  return differing === 0 && changedByJscodeshift.every((n) => n === report.summary.filesChanged);
}
