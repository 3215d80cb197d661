/**
 * `npm run bench [-- --files N]`: the gate against its peers on one generated repo, in one run.
 *   ssot-kit check · eslint CLI with only our plugin (best of --concurrency off / 2) ·
 *   oxlint with our plugin as a JS plugin · rg for the getter name · then both ssot-kit check and
 *   eslint again with a warm --cache
 * Prints wall time, peak RSS and findings, the ratios, and fails if the findings disagree.
 * Then, when bench/migrate.js exists, the codemod against jscodeshift on the same repo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateRepo } from './generate-repo.js';
import { measure, measureWarm, which, type Measurement } from './measure.js';

const ROOT = resolve(import.meta.dirname, '../..');
const files = Number(process.argv.find((a) => a.startsWith('--files='))?.split('=')[1] ?? process.argv[process.argv.indexOf('--files') + 1] ?? 10_000) || 10_000;
// Outside the project tree: tools that honour a parent repo's .gitignore must see the files.
const repoDir = join(tmpdir(), 'ssot-kit-bench-repo');
const node = process.execPath;
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

console.log(`Generating a ${files.toLocaleString('en-US')}-file TypeScript repo in ${repoDir} …`);
const repo = generateRepo(repoDir, { files });
console.log(`  ${repo.siteFiles} files acquire the legacy factory (${repo.nestedConsumers} of them two calls below a handler), ${repo.holderFiles} hold a module singleton\n`);

writeFileSync(join(repoDir, 'eslint.config.js'), `import tsParser from ${JSON.stringify(pathToFileURL(join(ROOT, 'node_modules/@typescript-eslint/parser/dist/index.js')).href)};
import ssot from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/rules/index.js')).href)};
export default [
  { files: ['src/**/*.{ts,tsx}', 'test/**/*.ts'], languageOptions: { parser: tsParser } },
  { plugins: { ssot }, rules: Object.fromEntries(Object.keys(ssot.rules).map((r) => ['ssot/' + r, 'error'])), settings: {} },
];
`);
writeFileSync(join(repoDir, '.oxlintrc.json'), JSON.stringify({
  categories: { correctness: 'off' },
  jsPlugins: [join(ROOT, 'dist/rules/index.js')],
  rules: Object.fromEntries(['no-module-singleton', 'no-singleton-getter-call', 'no-direct-factory-construction', 'require-user-context'].map((r) => [`ssot/${r}`, 'error'])),
}, null, 2));

function eslintFindings(m: Measurement): number {
  return (JSON.parse(m.stdout) as Array<{ messages: unknown[] }>).reduce((n, r) => n + r.messages.length, 0);
}

const rows: Array<{ m: Measurement; findings: number | string }> = [];
const cli = join(ROOT, 'dist/src/cli/bin.js');
// The median of five runs: one run of a 2-second tool is at the mercy of the machine's noise.
// The generator has just written ~80 MB: let the kernel flush it, and run check once untimed
// (it brings the tools' own code into the page cache). Every timed run below, of every tool,
// starts with the repo read into the page cache (measureWarm), as after a CI checkout.
try {
  execFileSync('sync');
} catch {
  // no sync(1): the discarded run still warms the page cache
}
await measure('warm-up', node, [cli, 'check', '--format', 'json'], repoDir);
const checkRuns: Measurement[] = [];
for (let i = 0; i < 5; i++) checkRuns.push(await measureWarm('ssot-kit check', node, [cli, 'check', '--format', 'json'], repoDir));
const check = [...checkRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(checkRuns.length / 2)]!;
const checkFindings = (JSON.parse(check.stdout) as { summary: { violations: number } }).summary.violations;
rows.push({ m: check, findings: checkFindings });

console.log('Running the eslint CLI twice (this takes a few minutes) …');
const eslintRuns: Measurement[] = [];
for (const concurrency of ['off', '2']) {
  eslintRuns.push(await measureWarm(`eslint --concurrency ${concurrency}`, node, [bin('eslint').replace(/\.bin\/eslint$/, 'eslint/bin/eslint.js'), '--format', 'json', '--concurrency', concurrency, 'src', 'test'], repoDir));
}
const eslint = eslintRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
rows.push({ m: eslint, findings: eslintFindings(eslint) });

const oxlint = await measureWarm('oxlint (JS plugin)', bin('oxlint'), ['-c', '.oxlintrc.json', '--no-ignore', '--format', 'json', 'src', 'test'], repoDir);
const oxlintFindings = (JSON.parse(oxlint.stdout) as { diagnostics: unknown[] }).diagnostics.length;
rows.push({ m: oxlint, findings: oxlintFindings });

const rg = which('rg');
let rgRun: Measurement | undefined;
if (rg) {
  rgRun = await measureWarm('rg getAgentInstanceFactory', rg, ['-l', '--no-ignore', 'getAgentInstanceFactory', 'src', 'test'], repoDir);
  rows.push({ m: rgRun, findings: `${rgRun.stdout.trim().split('\n').filter(Boolean).length} files` });
} else {
  console.log('(rg not installed: skipping the rg row)');
}

// Warm runs: both tools' caches, primed by a first run, then nothing changed (the common CI
// case with a restored cache and a pull request that touches a few files).
console.log('Priming both tools\' caches (another eslint run) …');
const cacheDir = join(tmpdir(), 'ssot-kit-bench-cache');
rmSync(cacheDir, { recursive: true, force: true });
const checkCached = [cli, 'check', '--format', 'json', '--cache', '--cache-location', join(cacheDir, 'check.json')];
const eslintCached = [bin('eslint').replace(/\.bin\/eslint$/, 'eslint/bin/eslint.js'), '--format', 'json', '--concurrency', eslint.label.split(' ').pop()!, '--cache', '--cache-location', join(cacheDir, 'eslintcache'), 'src', 'test'];
await measure('prime', node, checkCached, repoDir);
await measure('prime', node, eslintCached, repoDir);
const checkWarm = await measureWarm('ssot-kit check --cache (warm)', node, checkCached, repoDir);
const eslintWarm = await measureWarm(`eslint --cache (warm, --concurrency ${eslint.label.split(' ').pop()})`, node, eslintCached, repoDir);
const warmFindings = (JSON.parse(checkWarm.stdout) as { summary: { violations: number } }).summary.violations;
rows.push({ m: checkWarm, findings: warmFindings }, { m: eslintWarm, findings: eslintFindings(eslintWarm) });

const ratio = (m: Measurement) => (m.seconds / check.seconds).toFixed(1);
console.log('\n| tool | wall time | peak RSS | findings | time vs ssot-kit check |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const { m, findings: f } of rows) {
  console.log(`| ${m.label} | ${m.seconds.toFixed(2)} s | ${m.peakRssMb.toFixed(0)} MB | ${f} | ${m === check ? '1.0×' : `${ratio(m)}×`} |`);
}
for (const run of eslintRuns) if (run !== eslint) console.log(`(also measured: ${run.label}: ${run.seconds.toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB)`);
console.log(`(ssot-kit check: median of ${checkRuns.map((r) => r.seconds.toFixed(2)).join(' / ')} s; warm: eslint ${eslintWarm.seconds.toFixed(2)} s is ${(eslintWarm.seconds / checkWarm.seconds).toFixed(1)}× check's ${checkWarm.seconds.toFixed(2)} s)`);
console.log('');
const targets = [
  [`check ≥ 50× faster than the eslint CLI`, eslint.seconds / check.seconds >= 50, `${(eslint.seconds / check.seconds).toFixed(1)}×`],
  [`check faster than oxlint with the plugin`, check.seconds < oxlint.seconds, `${(oxlint.seconds / check.seconds).toFixed(1)}×`],
  ...(rgRun ? [[`check within 10× of rg`, check.seconds <= rgRun.seconds * 10, `${(check.seconds / rgRun.seconds).toFixed(1)}× rg`]] : []),
  [`check peak RSS ≤ 200 MB`, check.peakRssMb <= 200, `${check.peakRssMb.toFixed(0)} MB`],
] as Array<[string, boolean, string]>;
for (const [name, met, value] of targets) console.log(`${met ? 'met   ' : 'MISSED'} ${name}: ${value}`);

const agree = checkFindings === eslintFindings(eslint) && checkFindings === oxlintFindings && warmFindings === checkFindings && eslintFindings(eslintWarm) === checkFindings;
console.log(`\nfindings agree (check = eslint = oxlint = warm runs): ${agree ? 'yes' : 'NO'} (${checkFindings} / ${eslintFindings(eslint)} / ${oxlintFindings} / ${warmFindings} / ${eslintFindings(eslintWarm)})`);
if (!agree) process.exitCode = 1;

const migrateBench = join(ROOT, 'dist/bench/migrate.js');
if (existsSync(migrateBench)) {
  const { runMigrateBench } = (await import(pathToFileURL(migrateBench).href)) as { runMigrateBench(dir: string): Promise<boolean> };
  if (!(await runMigrateBench(repoDir))) process.exitCode = 1;
}
const threadBench = join(ROOT, 'dist/bench/thread.js');
if (existsSync(threadBench)) {
  const { runThreadBench } = (await import(pathToFileURL(threadBench).href)) as { runThreadBench(dir: string, nested: number): Promise<boolean> };
  if (!(await runThreadBench(repoDir, repo.nestedConsumers))) process.exitCode = 1;
}
if (process.argv.includes('--clean')) rmSync(repoDir, { recursive: true, force: true });
