import { Command } from 'commander';
import { VERSION } from '../version.js';
import { registerBaselineCommand } from './commands/baseline.js';
import { registerCheckCommand } from './commands/check.js';
import { registerInitCommand } from './commands/init.js';
import { registerMergeReportsCommand } from './commands/merge-reports.js';
import { registerMigrateCommand } from './commands/migrate.js';

/**
 * The commander program. Thin by design: each command parses its flags and hands off to
 * src/check or src/migrate.
 */
export function createProgram(): Command {
  const program = new Command();
  program
    .name('ssot-kit')
    .description('Take a Node backend off module-level factory singletons, and keep it off.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride();
  registerCheckCommand(program);
  registerBaselineCommand(program);
  registerMergeReportsCommand(program);
  registerMigrateCommand(program);
  registerInitCommand(program);
  return program;
}
