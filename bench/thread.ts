/**
 * `migrate --thread-context` on the generated repo (with consumers nested two calls below a
 * handler that holds the context), against plain `migrate` on the same files. Targets: ≤ 60 s
 * and ≤ 1.5 GB peak RSS. Called by bench/index.ts; `npm run bench:thread` runs it alone.
 */
import { cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateRepo } from './generate-repo.js';
import { measureWarm } from './measure.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli/bin.js');

interface Report {
  summary: { filesChanged: number; sitesRewritten: number; sitesFallback: number; errors: number };
  threading?: { summary: { consumers: number; files: number; threaded: number; fallbacks: number; functionsChanged: number; callsUpdated: number } };
}

export async function runThreadBench(repoDir: string, nestedConsumers: number): Promise<boolean> {
  const copy = `${repoDir}-thread`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(repoDir, copy, { recursive: true });
  console.log(`\nContext threading: migrate --thread-context (${nestedConsumers} consumers nested two calls deep) vs plain migrate …`);
  const plain = await measureWarm('ssot-kit migrate --dry-run', process.execPath, [BIN, 'migrate', '--dry-run', '--json'], copy);
  const threaded = await measureWarm('ssot-kit migrate --thread-context', process.execPath, [BIN, 'migrate', '--thread-context', '--force', '--json'], copy);
  rmSync(copy, { recursive: true, force: true });
  const p = JSON.parse(plain.stdout) as Report;
  const t = JSON.parse(threaded.stdout) as Report;
  const s = t.threading!.summary;
  console.log('\n| run | wall time | peak RSS | files changed | fallbacks |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| ${plain.label} | ${plain.seconds.toFixed(2)} s | ${plain.peakRssMb.toFixed(0)} MB | ${p.summary.filesChanged} | ${p.summary.sitesFallback} |`);
  console.log(`| ${threaded.label} | ${threaded.seconds.toFixed(2)} s | ${threaded.peakRssMb.toFixed(0)} MB | ${t.summary.filesChanged} | ${s.fallbacks} |`);
  console.log(`\n${s.consumers} consumers in ${s.files} files: ${s.threaded} threaded through ${s.functionsChanged} functions and ${s.callsUpdated} calls`);
  const targets: Array<[string, boolean, string]> = [
    ['--thread-context ≤ 60 s', threaded.seconds <= 60, `${threaded.seconds.toFixed(2)} s`],
    ['--thread-context peak RSS ≤ 1.5 GB', threaded.peakRssMb <= 1536, `${threaded.peakRssMb.toFixed(0)} MB`],
    ['every nested consumer threaded', s.threaded >= nestedConsumers, `${s.threaded} of ${nestedConsumers}`],
  ];
  for (const [name, met, value] of targets) console.log(`${met ? 'met   ' : 'MISSED'} ${name}: ${value}`);
  return t.summary.errors === 0 && targets.every(([, met]) => met);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = Number(process.argv.find((a) => a.startsWith('--files='))?.split('=')[1] ?? 10_000);
  const repoDir = join(tmpdir(), 'ssot-kit-bench-repo');
  console.log(`Generating a ${files.toLocaleString('en-US')}-file TypeScript repo in ${repoDir} …`);
  const repo = generateRepo(repoDir, { files });
  if (!(await runThreadBench(repoDir, repo.nestedConsumers))) process.exitCode = 1;
}
