#!/usr/bin/env node
import { CommanderError } from 'commander';
import { BaselineError } from '../check/baseline.js';
import { NoSourceFilesError } from '../check/scan.js';
import { ConfigError } from '../config/index.js';
import { UsageError } from './errors.js';
import { createProgram } from './program.js';

const program = createProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; every usage error is exit code 2 (commander printed why).
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof ConfigError || error instanceof UsageError || error instanceof BaselineError || error instanceof NoSourceFilesError) {
    process.stderr.write(`ssot-kit: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    // A tool failure, not a usage error: the gate must not pass.
    process.stderr.write(`ssot-kit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
