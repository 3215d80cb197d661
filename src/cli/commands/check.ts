import { Command, Option } from 'commander';
import { CONFIG_FILE_NAME, loadConfig } from '../../config/index.js';
import { compareWithBaseline, readBaseline } from '../../check/baseline.js';
import { evaluateGate, type GateOptions } from '../../check/gate.js';
import { DEFAULT_CACHE_LOCATION } from '../../check/cache.js';
import { runCheck } from '../../check/run-check.js';
import { parseShard } from '../../check/shard.js';
import type { CheckReport } from '../../check/types.js';
import { FORMATS, type FormatName } from '../../report/format.js';
import { loadFormatter } from '../../report/index.js';
import { parseNonNegativeInteger, parsePercent, UsageError } from '../errors.js';
import { emit, useColor } from '../output.js';
import { resolve } from 'node:path';

export interface GateFlags {
  format: FormatName;
  output?: string;
  baseline?: string;
  maxViolations?: number;
  minCompliance?: number;
}

/** Options shared by `check` and `merge-reports`: how to format, and what makes the gate fail. */
export function addGateOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--baseline <file>', 'fail only on file/rule counts above this baseline')
    .option('--max-violations <n>', 'fail when there are more violations (module singletons included)', parseNonNegativeInteger('--max-violations'))
    .option('--min-compliance <pct>', 'fail when compliance % is lower', parsePercent('--min-compliance'));
}

/** Formats, writes and gates a report; returns the exit code. */
export async function finishReport(report: CheckReport, flags: GateFlags, cwd: string): Promise<number> {
  const gateOptions: GateOptions = {
    ...(flags.maxViolations !== undefined ? { maxViolations: flags.maxViolations } : {}),
    ...(flags.minCompliance !== undefined ? { minCompliance: flags.minCompliance } : {}),
    ...(flags.baseline ? { baseline: compareWithBaseline(report, readBaseline(resolve(cwd, flags.baseline)), cwd) } : {}),
  };
  const gate = evaluateGate(report, gateOptions);
  const format = await loadFormatter(flags.format);
  emit(format(report, { gate, color: !flags.output && flags.format === 'text' && useColor() }), flags.output, cwd);
  if (flags.output || flags.format !== 'text') {
    // Keep the verdict visible in CI logs when the report itself went elsewhere or is machine-readable.
    process.stderr.write(gate.passed ? `ssot-kit: gate passed${gate.notes.length ? ` — ${gate.notes.join(' ')}` : ''}\n` : `ssot-kit: gate failed: ${gate.failures.join('; ')}\n`);
  }
  return gate.passed ? 0 : 1;
}

export function registerCheckCommand(program: Command): void {
  addGateOptions(
    program
      .command('check')
      .description('count violations and compliance %, and gate CI on them')
      .argument('[paths...]', 'files or directories to check (default: the config\'s include)')
      .option('--config <file>', 'path to ssot.config.json (default: found from the working directory upward)')
      .option('--shard <i/n>', 'check only the i-th of n stable slices (merge the JSON reports with merge-reports)')
      .option('--cache', 'reuse the results of files unchanged since the last cached run (safe across config and version changes)')
      .option('--cache-location <file>', `where --cache keeps its results (default: ${DEFAULT_CACHE_LOCATION})`),
  )
    .addOption(new Option('--no-prefilter', 'parse every file (slow; proves the prefilter sound)').hideHelp())
    .addOption(new Option('--workers <n>', 'worker threads (default: automatic)').hideHelp().argParser(parseNonNegativeInteger('--workers')))
    .action(async (paths: string[], flags: GateFlags & { config?: string; shard?: string; prefilter: boolean; workers?: number; cache?: boolean; cacheLocation?: string }) => {
      const cwd = process.cwd();
      const config = loadConfig({ cwd, ...(flags.config ? { configPath: flags.config } : {}) });
      let shard;
      try {
        shard = flags.shard ? parseShard(flags.shard) : undefined;
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const report = await runCheck({
        config,
        cwd,
        paths,
        ...(shard ? { shard } : {}),
        prefilter: flags.prefilter,
        ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
        ...(flags.cache || flags.cacheLocation ? { cacheLocation: resolve(cwd, flags.cacheLocation ?? DEFAULT_CACHE_LOCATION) } : {}),
      });
      process.exitCode = await finishReport(report, flags, cwd);
      // With no config, only the example getter is looked for: say where the real ones come from.
      const { compliantSites, violatingSites } = report.summary.compliance;
      if (!config.configFile && report.summary.singletons > 0 && compliantSites + violatingSites === 0) {
        process.stderr.write(`ssot-kit: no ${CONFIG_FILE_NAME} found, so only the example getter (${config.factories.map((f) => f.getter).join(', ')}) was looked for: \`ssot-kit init\` finds the getters behind the ${report.summary.singletons} singleton(s)\n`);
      }
    });
}
