import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readBaseline, serializeBaseline, tightenedBaseline } from '../../check/baseline.js';
import { runCheck } from '../../check/run-check.js';
import { loadConfig } from '../../config/index.js';
import { writeFileAtomic } from '../../atomic-write.js';

export function registerBaselineCommand(program: Command): void {
  program
    .command('baseline')
    .description('write (or tighten) the baseline: violation counts per file per rule')
    .argument('[paths...]', 'files or directories to count (default: the config\'s include)')
    .option('--config <file>', 'path to ssot.config.json')
    .option('--output <file>', 'baseline file', '.ssot-baseline.json')
    .option('--force', 'accept counts above the existing baseline')
    .action(async (paths: string[], flags: { config?: string; output: string; force?: boolean }) => {
      const cwd = process.cwd();
      const config = loadConfig({ cwd, ...(flags.config ? { configPath: flags.config } : {}) });
      const report = await runCheck({ config, cwd, paths });
      if (report.errors.length > 0) {
        for (const e of report.errors) process.stderr.write(`ssot-kit: ${e.file}: ${e.message}\n`);
        process.stderr.write('ssot-kit: baseline not written: some files could not be checked\n');
        process.exitCode = 1;
        return;
      }
      const target = resolve(cwd, flags.output);
      const previous = existsSync(target) ? readBaseline(target) : undefined;
      const { files, raised } = tightenedBaseline(report, previous, flags.force ?? false);
      if (raised.length > 0) {
        process.stderr.write(`ssot-kit: baseline not written: it would allow more violations than before:\n${raised.map((r) => `  ${r}`).join('\n')}\nFix them, or pass --force to accept them.\n`);
        process.exitCode = 1;
        return;
      }
      writeFileAtomic(target, serializeBaseline(files));
      const total = report.summary.violations;
      process.stderr.write(`ssot-kit: wrote ${flags.output}: ${total} violation(s) in ${Object.keys(files).length} file(s)\n`);
    });
}
