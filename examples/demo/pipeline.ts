import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CheckReport } from '../../src/check/types.js';
import type { MigrateReport } from '../../src/migrate/run-migrate.js';
import { PACKAGE_ROOT } from '../../src/version.js';
import { startApp } from './app-process.js';
import { runLoadTest, type LoadResult } from './load-test.js';
import { writeReports, type DemoResults, type ThreadedMigrateReport } from './report.js';

const exec = promisify(execFile);
const CLI = join(PACKAGE_ROOT, 'dist/src/cli/bin.js');
const TSC = join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc');

export interface DemoOptions {
  readonly users: number;
  readonly perUser: number;
  readonly keep?: boolean;
  readonly log?: (line: string) => void;
}

export interface DemoOutcome extends DemoResults {
  readonly workDir: string;
  readonly reportMarkdown: string;
  readonly reportHtml: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function tsc(args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    await exec(process.execPath, [TSC, ...args]);
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: (error as { stdout: string }).stdout };
  }
}

async function loadTest(appDir: string, options: DemoOptions): Promise<LoadResult> {
  const build = await tsc(['-p', join(appDir, 'tsconfig.json')]);
  if (!build.ok) throw new Error(`the app does not compile:\n${build.output}`);
  const app = await startApp(join(appDir, 'dist/src/main.js'), appDir);
  try {
    return await runLoadTest(app.port, options.users, options.perUser);
  } finally {
    await app.stop();
  }
}

const pct = (r: CheckReport) => `${r.summary.compliance.percent.toFixed(1)} %`;

/**
 * The golden path on fixtures/legacy-app, in a scratch copy inside the package (so the app
 * resolves `ssot-kit/runtime`, express and ws from here): load test → check → migrate → check
 * → tsc → load test → report. Each step's numbers are returned and checked.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const log = options.log ?? (() => undefined);
  const workDir = join(PACKAGE_ROOT, '.tmp', `demo-${Date.now()}-${process.pid}`);
  const appDir = join(workDir, 'app');
  mkdirSync(workDir, { recursive: true });
  cpSync(join(PACKAGE_ROOT, 'fixtures/legacy-app'), appDir, { recursive: true });
  const problems: string[] = [];
  try {
    log(`1/7  Load test on the legacy app: ${options.users} users × ${options.perUser} concurrent requests, each user on a WebSocket`);
    const beforeLoad = await loadTest(appDir, options);
    log(`     → ${beforeLoad.contaminatedResponses} of ${beforeLoad.requests} responses and ${beforeLoad.contaminatedFrames} of ${beforeLoad.frames} WebSocket frames carried another user's data`);
    if (beforeLoad.contaminatedResponses + beforeLoad.contaminatedFrames === 0) problems.push('the legacy app did not leak under load');

    log('2/7  ssot-kit check');
    const beforeCheck = JSON.parse((await cli(['check', '--format', 'json'], appDir)).stdout) as CheckReport;
    log(`     → ${beforeCheck.summary.violations} violations: ${Object.entries(beforeCheck.summary.byRule).map(([r, n]) => `${r} ${n}`).join(', ')}`);
    log(`     → module singletons: ${beforeCheck.summary.singletons}; compliance ${pct(beforeCheck)}`);

    log('3/7  ssot-kit migrate --thread-context --remove-legacy');
    const plain = JSON.parse((await cli(['migrate', '--dry-run', '--remove-legacy', '--json'], appDir)).stdout) as MigrateReport;
    const diff = await cli(['migrate', '--dry-run', '--force', '--remove-legacy', '--thread-context'], appDir);
    const diffFile = join(workDir, 'migration.diff');
    writeFileSync(diffFile, diff.stdout);
    const migrated = await cli(['migrate', '--force', '--remove-legacy', '--thread-context', '--json'], appDir);
    const migrate = JSON.parse(migrated.stdout) as ThreadedMigrateReport;
    const m = migrate.summary;
    const t = migrate.threading.summary;
    log(`     → ${m.sitesRewritten} sites rewritten in ${m.filesChanged} files (${m.sitesRewritten - m.sitesFallback} with a context, ${m.sitesFallback} with requireUserContext()); ${m.sitesManual} manual; ${m.errors} errors`);
    log(`     → ${t.consumers} consumers in ${t.files} files: ${t.threaded} threaded through ${t.functionsChanged} functions and ${t.callsUpdated} calls`);
    log(`     → fallbacks: plain migrate ${plain.summary.sitesFallback}, with --thread-context ${t.fallbacks}`);
    log(`     → the diff: ${diffFile}`);
    if (m.errors > 0 || m.sitesRewritten === 0) problems.push('migrate did not rewrite cleanly');
    if (t.fallbacks >= plain.summary.sitesFallback) problems.push('--thread-context did not leave fewer fallbacks than plain migrate');

    log('4/7  ssot-kit check');
    const afterCheck = JSON.parse((await cli(['check', '--format', 'json'], appDir)).stdout) as CheckReport;
    const manualLeft = afterCheck.findings.filter((f) => f.ruleId !== 'ssot/no-module-singleton');
    log(`     → compliance ${pct(afterCheck)}; ${manualLeft.length} manual site(s) left${manualLeft.map((f) => `\n       ${f.file}:${f.line} ${f.ruleId}`).join('')}`);
    log(`     → ${afterCheck.summary.singletons} module singleton(s) left for a person: ${afterCheck.findings.filter((f) => f.ruleId === 'ssot/no-module-singleton').map((f) => `${f.file}:${f.line}`).join(', ')}`);
    if (afterCheck.summary.compliance.percent !== 100 && manualLeft.length !== m.sitesManual) problems.push('check after migrate found more than the manual sites');

    log('5/7  tsc --noEmit on the migrated app');
    const typecheck = await tsc(['--noEmit', '-p', join(appDir, 'tsconfig.json')]);
    log(`     → ${typecheck.ok ? 'ok' : `FAILED\n${typecheck.output}`}`);
    if (!typecheck.ok) problems.push('the migrated app does not compile');

    log('6/7  The same load test on the migrated app (bootstrap already mounts userContextMiddleware: the one hand-written step)');
    const afterLoad = await loadTest(appDir, options);
    log(`     → ${afterLoad.contaminatedResponses} of ${afterLoad.requests} responses and ${afterLoad.contaminatedFrames} of ${afterLoad.frames} frames carried another user's data; ${afterLoad.failed} failed`);
    if (afterLoad.contaminatedResponses + afterLoad.contaminatedFrames > 0 || afterLoad.failed > 0) problems.push('the migrated app still leaks or fails');

    log('7/7  Report');
    const results: DemoResults = { before: { load: beforeLoad, check: beforeCheck }, migrate, plainFallbacks: plain.summary.sitesFallback, after: { load: afterLoad, check: afterCheck, tscOk: typecheck.ok }, diffFile };
    const files = writeReports(workDir, results);
    log(`     → ${files.markdown}\n     → ${files.html}`);
    return { ...results, workDir, reportMarkdown: files.markdown, reportHtml: files.html, ok: problems.length === 0, problems };
  } finally {
    // The report and diff stay for reading; the app copy (with its build) goes unless --keep.
    if (!options.keep) rmSync(appDir, { recursive: true, force: true });
  }
}
