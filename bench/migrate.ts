/**
 * `ssot-kit migrate` against the real jscodeshift CLI running the same transform
 * (codemods/per-request-factories) on copies of the same generated repo. Called by bench/index.ts.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { measure } from './measure.js';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function runMigrateBench(repoDir: string): Promise<boolean> {
  const ours = `${repoDir}-migrate`;
  const theirs = `${repoDir}-jscodeshift`;
  for (const dir of [ours, theirs]) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(repoDir, dir, { recursive: true });
  }
  console.log('\nMigrate: ssot-kit migrate vs the jscodeshift CLI with the same transform …');
  const migrate = await measure('ssot-kit migrate', process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'migrate', '--force', '--json'], ours);
  const jscodeshift = await measure(
    'jscodeshift -t per-request-factories',
    process.execPath,
    [join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js'), '-t', join(ROOT, 'dist/codemods/per-request-factories.js'), '--extensions=ts,tsx', '--parser=tsx', '--silent', 'src', 'test'],
    theirs,
  );

  // The same output on every file jscodeshift changed (and nowhere else).
  let changedByJscodeshift = 0;
  let differing = 0;
  for (const file of sourceFiles(repoDir)) {
    const rel = relative(repoDir, file);
    const original = readFileSync(file, 'utf8');
    const a = readFileSync(join(ours, rel), 'utf8');
    const b = readFileSync(join(theirs, rel), 'utf8');
    if (b !== original) changedByJscodeshift++;
    if (a !== b) differing++;
  }
  const report = JSON.parse(migrate.stdout) as { summary: { filesChanged: number; sitesRewritten: number } };
  console.log('\n| tool | wall time | peak RSS | files changed | time vs ssot-kit migrate |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| ${migrate.label} | ${migrate.seconds.toFixed(2)} s | ${migrate.peakRssMb.toFixed(0)} MB | ${report.summary.filesChanged} | 1.0× |`);
  console.log(`| ${jscodeshift.label} | ${jscodeshift.seconds.toFixed(2)} s | ${jscodeshift.peakRssMb.toFixed(0)} MB | ${changedByJscodeshift} | ${(jscodeshift.seconds / migrate.seconds).toFixed(1)}× |`);
  const ratio = jscodeshift.seconds / migrate.seconds;
  console.log(`\n${ratio >= 50 ? 'met   ' : 'MISSED'} migrate ≥ 50× faster than jscodeshift: ${ratio.toFixed(1)}×`);
  console.log(`same output: ${differing === 0 ? 'yes' : `NO (${differing} files differ)`} (${report.summary.sitesRewritten} sites rewritten in ${report.summary.filesChanged} files)`);
  rmSync(ours, { recursive: true, force: true });
  rmSync(theirs, { recursive: true, force: true });
  return differing === 0 && report.summary.filesChanged === changedByJscodeshift;
}
