import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { mergeReports } from '../../check/report-model.js';
import type { CheckReport } from '../../check/types.js';
import { UsageError } from '../errors.js';
import { addGateOptions, finishReport, type GateFlags } from './check.js';

function readReport(path: string): CheckReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: cannot read report (${(error as Error).message})`);
  }
  const report = json as Partial<CheckReport>;
  if (report.version !== 1 || !report.summary || !Array.isArray(report.findings) || !Array.isArray(report.errors)) {
    throw new UsageError(`${path}: not a ssot-kit check --format json report (version 1)`);
  }
  return report as CheckReport;
}

export function registerMergeReportsCommand(program: Command): void {
  addGateOptions(
    program
      .command('merge-reports')
      .description('combine the JSON reports of check --shard runs into one, then format and gate it')
      .argument('<reports...>', 'JSON reports from ssot-kit check --format json'),
  ).action(async (files: string[], flags: GateFlags) => {
    const cwd = process.cwd();
    const report = mergeReports(files.map((file) => readReport(resolve(cwd, file))));
    process.exitCode = await finishReport(report, flags, cwd);
  });
}
